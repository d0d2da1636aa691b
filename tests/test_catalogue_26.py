"""Catalogue seats of whole index lists: the members of Euro Stoxx 50, CAC 40,
FTSE 100, AEX, IBEX 35, FTSE MIB, OMX Stockholm 30, OMX Copenhagen 25, Nasdaq-100 and
S&P 100 outside the capitals carry the registered or head-office town they publish, not
their country or another city (Michelin in Clermont-Ferrand, Inditex in Arteixo, Generali
in Trieste, Kone in Espoo, Micron in Boise). A text naming that town as a member's seat
gives the seat. Towns of the Paris region and of Greater Copenhagen and Helsinki lie in
their city's area, so "des Pariser Konzerns" still names a member seated in Clichy. A town whose
name is an ordinary word or a person's name (Purchase, Irving, Coventry) stays out of the
catalogue and the members seated there keep their country. Sentences are written for
these tests."""

from __future__ import annotations

import pytest
from helpers import located_in, run, triples

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (company, its seat): a sample of the corrected seats of each list
SEATS = [
    ("Michelin", "Clermont-Ferrand"),
    ("L'Oréal", "Clichy"),
    ("Orange SA", "Issy-les-Moulineaux"),
    ("Inditex", "Arteixo"),
    ("Generali", "Trieste"),
    ("Ferrari", "Maranello"),
    ("Ahold Delhaize", "Zaandam"),
    ("Novo Nordisk", "Bagsværd"),
    ("Vestas", "Aarhus"),
    ("Equinor", "Stavanger"),
    ("Kone", "Espoo"),
    ("Nokia", "Espoo"),
    ("SKF", "Gothenburg"),
    ("Tesco", "Welwyn Garden City"),
    ("Micron Technology", "Boise"),
    ("Walmart", "Bentonville"),
    ("Netflix", "Los Gatos"),
    ("Oracle", "Austin"),
    ("Airbus", "Toulouse"),
    ("Telia", "Solna"),
    ("Vodafone", "Newbury"),
    ("Indra Sistemas", "Alcobendas"), ("Mapfre", "Majadahonda"), ("Aena", "Madrid"),
    ("Unicaja", "Málaga"), ("Snam", "San Donato Milanese"), ("Unipol", "Bologna"),
    ("A2A", "Brescia"), ("Banca Monte dei Paschi di Siena", "Siena"), ("Moncler", "Milan"),
    ("Spirax Group", "Cheltenham"), ("easyJet", "Luton"), ("Aegon", "The Hague"),
    ("IMCD", "Rotterdam"), ("Booking Holdings", "Norwalk"), ("Lululemon Athletica", "Vancouver"),
    ("DSV", "Hedehusene"), ("Bavarian Nordic", "Hellerup"),
]


@pytest.mark.parametrize(("company", "seat"), SEATS)
def test_the_catalogue_seats_the_member_in_its_town(catalogue: Catalogue, company: str,
                                                    seat: str) -> None:
    assert located_in(catalogue, company) == (seat,)


@pytest.mark.parametrize(("town", "outer"), [
    ("Clermont-Ferrand", "France"), ("Arteixo", "Spain"), ("Trieste", "Italy"),
    ("Stavanger", "Norway"), ("Bagsværd", "Denmark"), ("Boise", "Idaho"),
    ("Clichy", "Paris"), ("Bagsværd", "Copenhagen"), ("Espoo", "Helsinki"),
    ("Søborg", "Copenhagen"),
])
def test_a_seat_town_lies_in_its_country_or_its_citys_area(catalogue: Catalogue, town: str,
                                                           outer: str) -> None:
    assert outer in located_in(catalogue, town)


@pytest.mark.parametrize(("sentence", "company", "seat"), [
    ("Apple raised its dividend. The Cupertino-based iPhone maker also bought back shares.",
     "Apple", "Cupertino"),
    ("The Clermont-Ferrand-based tyre maker Michelin cut its outlook.",
     "Michelin", "Clermont-Ferrand"),
    ("Der Reifenhersteller Michelin aus Clermont-Ferrand senkte seine Prognose.",
     "Michelin", "Clermont-Ferrand"),
    ("Der Modekonzern Inditex aus Arteixo steigerte den Umsatz.", "Inditex", "Arteixo"),
    ("Der Versicherer Generali aus Triest steigerte den Gewinn.", "Generali", "Trieste"),
    ("Stavanger-based Equinor raised its dividend.", "Equinor", "Stavanger"),
    ("Der Windturbinenhersteller Vestas aus Aarhus erhielt einen Auftrag.", "Vestas", "Aarhus"),
    ("Der Aufzughersteller Kone aus Espoo senkte die Prognose.", "Kone", "Espoo"),
    ("Walmart raised its forecast. The Bentonville, Arkansas-based retailer expects more.",
     "Walmart", "Bentonville"),
    ("The Maranello-based carmaker Ferrari raised its outlook.", "Ferrari", "Maranello"),
    ("Der Versicherer Aegon aus Den Haag steigerte den Gewinn.", "Aegon", "The Hague"),
    ("Lowe's raised its forecast. The Mooresville, North Carolina-based retailer expects more.",
     "Lowe's Companies", "Mooresville"),
])
def test_the_town_named_as_seat_gives_the_seat(extractor: Extractor, sentence: str,
                                              company: str, seat: str) -> None:
    lang = "de" if " aus " in sentence else "en"
    assert (company, "locatedIn", seat) in triples(run(extractor, sentence, lang=lang))


@pytest.mark.parametrize(("sentence", "company"), [
    ("L'Oréal hob die Prognose an. Die Aktie des Pariser Konzerns stieg um 3 Prozent.",
     "L'Oréal"),
    ("Novo Nordisk senkte die Prognose. Die Aktie des Kopenhagener Konzerns fiel um 3 Prozent.",
     "Novo Nordisk"),
])
def test_the_city_around_the_seat_town_names_the_company(extractor: Extractor, sentence: str,
                                                         company: str) -> None:
    """Clichy lies in the Paris area and Bagsværd in Copenhagen's: the city's adjective
    refers to the company seated in the town."""
    x = run(extractor, sentence)
    assert [(f.about, f.metric) for f in x.figures] == [(company, "StockPriceChange")]


def test_another_citys_adjective_names_no_company(extractor: Extractor) -> None:
    """Look-alike: Clermont-Ferrand lies outside Paris's area, so the reference names no
    company and the move is left out."""
    x = run(extractor, "Michelin senkte die Prognose. Die Aktie des Pariser Konzerns fiel um "
                       "3 Prozent.")
    assert not x.figures


@pytest.mark.parametrize(("sentence", "company", "city"), [
    ("L'Oréal raised its outlook. The Paris-based company expects higher sales.", "L'Oréal",
     "Paris"),
    ("Novo Nordisk cut its outlook. The Copenhagen-based drugmaker expects lower sales.",
     "Novo Nordisk", "Copenhagen"),
])
def test_the_city_around_the_seat_town_seats_a_company_reference(
        extractor: Extractor, sentence: str, company: str, city: str) -> None:
    """L'Oréal sits in Clichy, in the Paris area: "the Paris-based company" is L'Oréal there."""
    x = run(extractor, sentence, lang="en", headline="Outlook changed")
    assert (company, "locatedIn", city) in triples(x)


def test_a_region_around_the_seat_city_seats_no_company_reference(extractor: Extractor) -> None:
    """Look-alike: California holds Nvidia's seat town but is a region the catalogue seats
    no company in; "the California-based company" gives no second seat."""
    x = run(extractor, "Nvidia raised its outlook. The California-based company expects higher "
                       "sales.", lang="en", headline="Chipmaker raises outlook")
    assert not [t for t in triples(x) if t[1] == "locatedIn"]


def test_a_city_outside_the_seat_towns_area_gives_no_seat(extractor: Extractor) -> None:
    """Look-alike: Michelin sits in Clermont-Ferrand, which lies outside Paris's area, so
    the Paris-based company that a reference names is not Michelin."""
    x = run(extractor, "Michelin cut its outlook. The Paris-based company expects lower sales.",
            lang="en", headline="Tyre maker cuts outlook")
    assert not [t for t in triples(x) if t[1] == "locatedIn"]


def test_the_real_seat_tells_the_company_of_a_seat_compound(extractor: Extractor) -> None:
    """Micron sits in Boise; Analog Devices only in the United States: the Boise-based
    company is Micron."""
    text = ("Shares of Micron Technology and Analog Devices jumped on Wednesday. Analog Devices "
            "said it would build a new plant. The Boise, Idaho-based company also raised its "
            "spending plan.")
    x = run(extractor, text, lang="en", headline="Chip shares rally")
    assert ("Micron Technology", "locatedIn", "Boise") in triples(x)
    assert ("Analog Devices", "locatedIn", "Boise") not in triples(x)


@pytest.mark.parametrize("word", ["Purchase", "Irving", "Coventry", "Midland"])
def test_a_seat_town_that_is_a_word_or_a_name_is_no_catalogue_place(
        catalogue: Catalogue, gazetteer: Gazetteer, word: str) -> None:
    entry = catalogue.get(word)
    assert entry is None or entry.type != "Place"
    text = f"The {word} figure was a surprise, said PepsiCo."
    assert not any(m.type == "Place" for m in gazetteer.find(text))


@pytest.mark.parametrize("company", ["PepsiCo", "Caterpillar", "Duke Energy", "Bank of America"])
def test_members_seated_in_such_a_town_keep_their_country(catalogue: Catalogue,
                                                          company: str) -> None:
    """PepsiCo sits in Purchase, Caterpillar in Irving, Duke Energy in Charlotte (a first
    name, catalogued only with its state): with the town left out, the country stays."""
    assert located_in(catalogue, company) == ("United States",)


# --- a bank named after its town ------------------------------------------------------

def test_the_bank_named_after_its_town_stays_the_bank(gazetteer: Gazetteer) -> None:
    """Look-alike: the town in the bank's name is no place of its own."""
    found = [(m.label, m.type) for m in gazetteer.find(
        "Die Banca Monte dei Paschi di Siena steigerte den Gewinn, sagte die Bank in Siena.")]
    assert found == [("Banca Monte dei Paschi di Siena", "FinancialInstitution"),
                     ("Siena", "Place")]


# --- the short names of SIPRI Top 100 members -----------------------------------------

@pytest.mark.parametrize(("short", "company"), [
    ("KAI", "Korea Aerospace Industries"), ("IAI", "Israel Aerospace Industries"),
    ("BWXT", "BWX Technologies"), ("HII", "Huntington Ingalls Industries"),
    ("MHI", "Mitsubishi Heavy Industries"), ("BAE", "BAE Systems"),
])
def test_the_printed_short_name_names_the_arms_maker(gazetteer: Gazetteer, short: str,
                                                     company: str) -> None:
    text = f"Shares of {short} rose 4 percent after the defence order."
    assert [(m.label, text[m.start:m.end]) for m in gazetteer.find(text)] == [(company, short)]


@pytest.mark.parametrize("text", [
    "Kai Wegner sagte, der Senat plane nichts.",
    "Bae said the order was small.",
    "Hanwha said the order was small.",
])
def test_a_name_spelt_like_the_short_name_names_no_arms_maker(gazetteer: Gazetteer,
                                                              text: str) -> None:
    """Look-alikes: the first name Kai and the surname Bae are not the initials; a bare
    "Hanwha" names no group the catalogue knows."""
    assert not [m for m in gazetteer.find(text) if m.type == "Company"]
