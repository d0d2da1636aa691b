"""Catalogue seats of whole index lists: the members of DAX, MDAX, SDAX, TecDAX,
ATX, SMI, Euro Stoxx 50, CAC 40 and FTSE 100 carry the registered or head-office seat
they publish, the town rather than the city beside it or the country (Schaeffler in
Herzogenaurach, SMA Solar in Niestetal, Klöckner & Co in Duisburg, Sika in Baar), and
members that had no seat have one (Hella in Lippstadt, Swisscom in Ittigen).
A text naming that town as a member's seat gives the seat. A town whose name is an
ordinary word (Zug, Essen, Hof) stays out of the catalogue, so the word alone names no
place. A seat town of the district named after a city (Neubiberg and Pullach in the
Munich district, Niestetal in Kassel's) lies in that city's area, so the city's
adjective still refers to the company; another city's does not. Sentences are written
for these tests."""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (company, its seat): a sample of the corrected seats of each list
SEATS = [
    ("SMA Solar Technology", "Niestetal"),
    ("Klöckner & Co", "Duisburg"),
    ("Schaeffler", "Herzogenaurach"),
    ("Symrise", "Holzminden"),
    ("Sixt", "Pullach"),
    ("Sika", "Baar"),
    ("Nestlé", "Vevey"),
    ("voestalpine", "Linz"),
    ("Andritz", "Graz"),
    ("Hella", "Lippstadt"),
    ("Swisscom", "Ittigen"),
    ("Legrand", "Limoges"),
    ("Burberry", "London"),
]


@pytest.mark.parametrize(("company", "seat"), SEATS)
def test_the_catalogue_seats_the_member_in_its_town(catalogue: Catalogue, company: str,
                                                    seat: str) -> None:
    entry = catalogue.get(company)
    assert entry is not None
    assert entry.located_in == (seat,)


@pytest.mark.parametrize(("town", "country"), [
    ("Niestetal", "Germany"), ("Pullach", "Germany"), ("Duisburg", "Germany"),
    ("Baar", "Switzerland"), ("Vevey", "Switzerland"), ("Linz", "Austria"),
])
def test_a_seat_town_lies_in_its_country(catalogue: Catalogue, town: str,
                                         country: str) -> None:
    """A town seat lies in its country, so "the German company" still fits its seat."""
    entry = catalogue.get(town)
    assert entry is not None
    assert country in entry.located_in


@pytest.mark.parametrize(("sentence", "company", "seat"), [
    ("Der Solarkonzern SMA Solar aus Niestetal senkte seine Prognose.",
     "SMA Solar Technology", "Niestetal"),
    ("Der Stahlhändler Klöckner & Co aus Duisburg senkte seine Prognose.",
     "Klöckner & Co", "Duisburg"),
    ("Der Wälzlagerhersteller Schaeffler aus Herzogenaurach senkte seine Prognose.",
     "Schaeffler", "Herzogenaurach"),
    ("Der Duftstoffhersteller Symrise aus Holzminden hob die Prognose an.",
     "Symrise", "Holzminden"),
    ("Der Baustoffkonzern Sika aus Baar steigerte den Umsatz.", "Sika", "Baar"),
    ("The Vevey-based food group Nestlé raised its outlook.", "Nestlé", "Vevey"),
    ("Der Anlagenbauer Andritz aus Graz erhielt einen Auftrag.", "Andritz", "Graz"),
    ("Der Autozulieferer Hella aus Lippstadt senkte die Prognose.", "Hella", "Lippstadt"),
])
def test_the_town_named_as_seat_gives_the_seat(extractor: Extractor, sentence: str,
                                              company: str, seat: str) -> None:
    lang = "en" if sentence.startswith("The ") else "de"
    assert (company, "locatedIn", seat) in triples(run(extractor, sentence, lang=lang))


@pytest.mark.parametrize("word", ["Zug", "Essen", "Hof"])
def test_a_seat_town_that_is_an_ordinary_word_is_no_catalogue_place(
        catalogue: Catalogue, gazetteer: Gazetteer, word: str) -> None:
    assert catalogue.get(word) is None
    text = f"Der {word} war teuer, sagte Sixt."
    assert not any(m.type == "Place" for m in gazetteer.find(text))


def test_members_seated_in_an_ordinary_word_keep_their_country(catalogue: Catalogue) -> None:
    """Holcim sits in Zug and Brenntag in Essen: with the town left out, the country stays."""
    holcim, brenntag = catalogue.get("Holcim"), catalogue.get("Brenntag")
    assert holcim is not None and brenntag is not None
    assert (holcim.located_in, brenntag.located_in) == (("Switzerland",), ("Germany",))


# --- a seat town of the district named after a city ----------------------------------

@pytest.mark.parametrize(("sentence", "company"), [
    ("Infineon hob die Prognose an. Die Aktie des Münchner Konzerns stieg um 3 Prozent.",
     "Infineon Technologies"),
    ("Sixt hob die Prognose an. Die Aktie des Münchner Autovermieters stieg um 3 Prozent.",
     "Sixt"),
    ("SMA Solar senkte die Prognose. Die Aktie des Kasseler Konzerns fiel um 3 Prozent.",
     "SMA Solar Technology"),
])
def test_the_city_of_the_seat_towns_district_names_the_company(
        extractor: Extractor, sentence: str, company: str) -> None:
    """Neubiberg and Pullach lie in the Munich district, Niestetal in Kassel's: the city's
    adjective refers to the company seated in the town."""
    x = run(extractor, sentence)
    assert [(f.about, f.metric) for f in x.figures] == [(company, "StockPriceChange")]


@pytest.mark.parametrize("sentence", [
    "Schaeffler hob die Prognose an. Die Aktie des Münchner Konzerns stieg um 3 Prozent.",
    "SMA Solar senkte die Prognose. Die Aktie des Münchner Konzerns fiel um 3 Prozent.",
])
def test_another_citys_adjective_names_no_company(extractor: Extractor, sentence: str) -> None:
    """Look-alike: Herzogenaurach and Niestetal lie outside Munich, so the reference
    names neither company and the move is left out."""
    assert not run(extractor, sentence).figures


def test_the_city_of_the_seat_towns_district_is_the_named_seat(extractor: Extractor) -> None:
    x = run(extractor, "Der Münchner Chipkonzern Infineon hob die Prognose an.")
    assert ("Infineon Technologies", "locatedIn", "Munich") in triples(x)
