"""Catalogue seats of whole index lists: the members of the SPI large and mid
caps, OMX Helsinki 25, OBX and BEL 20, the Stockholm and Copenhagen names that still had
their country, and the Nikkei 225, Kospi 200 and Taiwan 50 members that had none or their
country, carry the registered or head-office town they publish (Schindler in Ebikon,
Sulzer in Winterthur, Konecranes in Hyvinkää, Telenor at Fornebu, Bekaert in Zwevegem,
Sandvik in Sandviken, Ørsted in Fredericia, Denso in Kariya, Celltrion in Incheon). A text
naming that town as a member's seat gives the seat, and the seat tells two members of one
sentence apart. Towns of the Zurich, Lucerne and Oslo areas lie in their city's area, so
"the Zurich-based chocolate maker" still seats Lindt & Sprüngli, seated in Kilchberg. A
town whose name is an ordinary word, a person's name or the name of another town (Zug,
Bellevue, Cambridge, Halle, Bergen) stays out of the catalogue and the members seated there
keep their country. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from helpers import located_in, run, triples

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (company, its seat): a sample of the corrected or added seats of each list
SEATS = [
    ("Schindler Holding", "Ebikon"), ("Sulzer", "Winterthur"),
    ("Chocoladefabriken Lindt & Sprüngli", "Kilchberg"), ("Kuehne + Nagel", "Schindellegi"),
    ("Partners Group", "Baar"), ("Flughafen Zürich", "Kloten"), ("Emmi AG", "Lucerne"),
    ("Konecranes", "Hyvinkää"), ("Fortum", "Espoo"), ("Wärtsilä", "Helsinki"),
    ("Telenor", "Fornebu"), ("Norsk Hydro", "Oslo"), ("Vår Energi", "Sandnes"),
    ("Frontline plc", "Limassol"), ("NV Bekaert", "Zwevegem"), ("Melexis", "Ypres"),
    ("Azelis Group", "Antwerp"), ("Solvay", "Brussels"), ("Sandvik", "Sandviken"),
    ("Saab", "Stockholm"), ("Ørsted", "Fredericia"),
    ("Denso", "Kariya"), ("Nidec", "Kyoto"), ("Nissan Motor", "Yokohama"),
    ("Suzuki Motor", "Hamamatsu"), ("Sekisui House", "Osaka"), ("Celltrion", "Incheon"),
    ("China Steel", "Kaohsiung"), ("Largan Precision", "Taichung"), ("AUO", "Hsinchu"),
    ("Tsingtao Brewery", "Qingdao"), ("BNK Financial Group", "Busan"), ("Mixue Group", "Zhengzhou"),
]


@pytest.mark.parametrize(("company", "seat"), SEATS)
def test_the_catalogue_seats_the_member_in_its_town(catalogue: Catalogue, company: str,
                                                    seat: str) -> None:
    assert located_in(catalogue, company) == (seat,)


@pytest.mark.parametrize(("town", "outer"), [
    ("Ebikon", "Switzerland"), ("Hyvinkää", "Finland"), ("Zwevegem", "Belgium"),
    ("Fredericia", "Denmark"), ("Limassol", "Cyprus"), ("Kariya", "Japan"),
    ("Yokohama", "Japan"), ("Incheon", "South Korea"), ("Kaohsiung", "Taiwan"),
    ("Kilchberg", "Zurich"), ("Ebikon", "Lucerne"), ("Fornebu", "Oslo"), ("Lysaker", "Oslo"),
])
def test_a_seat_town_lies_in_its_country_or_its_citys_area(catalogue: Catalogue, town: str,
                                                           outer: str) -> None:
    assert outer in located_in(catalogue, town)


@pytest.mark.parametrize(("sentence", "lang", "company", "seat"), [
    ("The Ebikon-based lift maker Schindler raised its outlook.", "en",
     "Schindler Holding", "Ebikon"),
    ("Der Aufzughersteller Schindler aus Ebikon hob die Prognose an.", "de",
     "Schindler Holding", "Ebikon"),
    ("Der Industriekonzern Sulzer aus Winterthur senkte die Prognose.", "de", "Sulzer",
     "Winterthur"),
    ("Konecranes cut its outlook. The Hyvinkää-based crane maker expects fewer orders.", "en",
     "Konecranes", "Hyvinkää"),
    ("Fornebu-based Telenor raised its dividend.", "en", "Telenor", "Fornebu"),
    ("Der Stahldrahthersteller NV Bekaert aus Zwevegem senkte die Prognose.", "de",
     "NV Bekaert", "Zwevegem"),
    ("Ørsted cut its outlook. The Fredericia-based company expects lower earnings.", "en",
     "Ørsted", "Fredericia"),
    ("Kuehne + Nagel cut its outlook. The Schindellegi-based logistics group expects less "
     "freight.", "en", "Kuehne + Nagel", "Schindellegi"),
    ("Melexis cut its outlook. The Ypres-based chip designer expects lower sales.", "en",
     "Melexis", "Ypres"),
    ("Der Chipentwickler Melexis aus Ypern senkte die Prognose.", "de", "Melexis", "Ypres"),
    ("Der Autozulieferer Denso aus Kariya senkte die Prognose.", "de", "Denso", "Kariya"),
    ("Nidec cut its outlook. The Kyoto-based motor maker expects lower sales.", "en", "Nidec",
     "Kyoto"),
    ("Celltrion raised its outlook. The Incheon-based drugmaker expects more sales.", "en",
     "Celltrion", "Incheon"),
])
def test_the_town_named_as_seat_gives_the_seat(extractor: Extractor, sentence: str, lang: str,
                                              company: str, seat: str) -> None:
    x = run(extractor, sentence, lang=lang, headline="Outlook changed")
    assert (company, "locatedIn", seat) in triples(x)


@pytest.mark.parametrize(("first", "second", "town", "company"), [
    ("Schindler", "Sulzer", "Ebikon", "Schindler Holding"),
    ("Schindler", "Sulzer", "Winterthur", "Sulzer"),
    ("Nidec", "Nissan", "Yokohama", "Nissan Motor"),
])
def test_the_seat_town_tells_two_members_apart(extractor: Extractor, first: str, second: str,
                                               town: str, company: str) -> None:
    """Both make machines (or cars); only the one seated in the town is "the X-based
    company", and the other gets no seat from it."""
    x = run(extractor, f"{first} and {second} raised their outlooks. The {town}-based company "
                       "expects more sales.", lang="en", headline="Outlooks raised")
    seats = {t for t in triples(x) if t[1] == "locatedIn"}
    assert seats == {(company, "locatedIn", town)}


def test_a_town_that_seats_both_members_seats_neither(extractor: Extractor) -> None:
    """Look-alike: Denso and Aisin both sit in Kariya, so "the Kariya-based company" names
    no one member and no seat is given."""
    x = run(extractor, "Denso and Aisin cut their outlooks. The Kariya-based company expects "
                       "lower sales.", lang="en", headline="Outlooks cut")
    assert not [t for t in triples(x) if t[1] == "locatedIn"]


def test_the_city_around_the_seat_town_seats_a_company_reference(extractor: Extractor) -> None:
    """Lindt & Sprüngli sits in Kilchberg, in the Zurich area: "the Zurich-based chocolate
    maker" is Lindt there."""
    x = run(extractor, "Lindt & Sprüngli raised its outlook. The Zurich-based chocolate maker "
                       "expects more sales.", lang="en", headline="Outlook raised")
    assert ("Chocoladefabriken Lindt & Sprüngli", "locatedIn", "Zurich") in triples(x)


@pytest.mark.parametrize(("word", "text"), [
    ("Zug", "Der Zug hatte Verspätung, sagte Holcim."),
    ("Bellevue", "Bellevue said the figure was a surprise."),
    ("Cambridge", "The Cambridge figure was a surprise, said Arm."),
    ("Halle", "In der Halle war es kalt, sagte Colruyt."),
    ("Bergen", "Die Retter konnten die Ladung bergen. Bergen sagte nichts."),
])
def test_a_seat_town_that_is_a_word_a_name_or_another_town_is_no_place(
        catalogue: Catalogue, gazetteer: Gazetteer, word: str, text: str) -> None:
    entry = catalogue.get(word)
    assert entry is None or entry.type != "Place"
    assert not any(m.type == "Place" for m in gazetteer.find(text))


@pytest.mark.parametrize(("company", "country"), [
    ("Holcim", "Switzerland"), ("Galderma", "Switzerland"), ("T-Mobile US", "United States"),
    ("Arm Holdings", "United Kingdom"),
])
def test_members_seated_in_such_a_town_keep_their_country(catalogue: Catalogue, company: str,
                                                          country: str) -> None:
    """Holcim and Galderma sit in Zug, T-Mobile US in Bellevue, Arm in Cambridge: with the
    town left out, the country stays."""
    assert located_in(catalogue, company) == (country,)


def test_a_town_outside_the_seat_gives_no_seat(extractor: Extractor) -> None:
    """Look-alike: Holcim keeps Switzerland and Zug is no catalogue place, so "the
    Zug-based company" gives no seat at all."""
    x = run(extractor, "Holcim raised its outlook. The Zug-based company expects more sales.",
            lang="en", headline="Outlook raised")
    assert not [t for t in triples(x) if t[1] == "locatedIn"]
