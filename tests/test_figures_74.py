"""Counts of a company's estate, on sentences written for these tests (catalogued companies,
invented figures): flats, branches, stores and homes a company runs, sells or builds are its
business figures (`Other`, unit `Count`); a country's need for them is no company's ("In
Deutschland fehlen 700.000 Wohnungen"); the buyer named after a sale of them owns none of
them ("der Verkauf von 2.900 Wohnungen an Vonovia"); those a company closes are a cut, their
count negative. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

# --- flats, branches, stores and homes counted ------------------------------------------


def test_flats_a_company_manages_are_its_count(extractor: Extractor) -> None:
    x = run(extractor, "Vonovia bewirtschaftet rund 410.000 Wohnungen in Deutschland.",
            headline="Vonovia: Mieten steigen")
    assert ("Vonovia", Decimal("410000")) in metric_facts(x, "Other")


def test_flats_a_country_lacks_are_no_company_count(extractor: Extractor) -> None:
    """Look-alike: the clause names the country and no company; the company's own count
    before it stays."""
    x = run(extractor, "Vonovia bewirtschaftet rund 410.000 Wohnungen in Deutschland. In Deutschland "
            "fehlen nach Schätzungen des Mieterbunds rund 700.000 Wohnungen.",
            headline="Vonovia: Mieten steigen")
    assert metric_facts(x, "Other") == {("Vonovia", Decimal("410000"))}


def test_branches_of_a_chain_are_its_count(extractor: Extractor) -> None:
    x = run(extractor, "Die Drogeriekette Rossmann betreibt 2.300 Filialen.", headline="Handel")
    assert metric_facts(x, "Other") == {("Rossmann", Decimal("2300"))}


def test_stores_a_retailer_operates_are_its_count(extractor: Extractor) -> None:
    x = run(extractor, "Home Depot operates about 2,100 stores in North America.", "en",
            headline="Home improvement")
    assert metric_facts(x, "Other") == {("Home Depot", Decimal("2100"))}


def test_homes_a_country_needs_are_no_builder_count(extractor: Extractor) -> None:
    """Look-alike: the builder's own homes are its count, the country's need is not."""
    x = run(extractor, "Barratt Redrow expects to complete 16,000 homes this year. Britain needs "
            "300,000 new homes a year, the government said.", "en", headline="Housing")
    assert metric_facts(x, "Other") == {("Barratt Redrow", Decimal("16000"))}


# --- the buyer of a sale of them --------------------------------------------------------


def test_buyer_after_a_sale_of_flats_owns_none_of_them(extractor: Extractor) -> None:
    x = run(extractor, "Der Verschuldungsgrad sank. Dazu trug der Verkauf von rund 2.900 Wohnungen "
            "an den Konkurrenten Vonovia bei.", headline="LEG Immobilien senkt Schulden")
    assert metric_facts(x, "Other") == {("LEG Immobilien", Decimal("2900"))}


def test_buyer_after_a_sale_of_branches_owns_none_of_them(extractor: Extractor) -> None:
    x = run(extractor, "Lloyds Banking Group sold 40 branches to Barclays.", "en", headline="Banks")
    assert metric_facts(x, "Other") == {("Lloyds Banking Group", Decimal("40"))}


def test_count_after_the_buyer_stays_its_owners(extractor: Extractor) -> None:
    """Look-alike: a sale names its buyer before the count, which the buyer's clause tells
    of its own branches."""
    x = run(extractor, "Lloyds Banking Group sold its card unit to Barclays, which runs 300 branches.",
            "en", headline="Banks")
    assert ("Barclays", Decimal("300")) in metric_facts(x, "Other")


# --- those closed -----------------------------------------------------------------------


def test_stores_to_be_closed_are_a_negative_count(extractor: Extractor) -> None:
    x = run(extractor, "Lowe's Companies said it would close 25 stores next year.", "en",
            headline="Home improvement")
    assert metric_facts(x, "Other") == {("Lowe's Companies", Decimal("-25"))}


def test_branches_closed_in_german_are_a_negative_count(extractor: Extractor) -> None:
    x = run(extractor, "Rossmann schließt 12 Filialen.", headline="Handel")
    assert metric_facts(x, "Other") == {("Rossmann", Decimal("-12"))}


def test_stores_run_beside_a_closure_stay_positive(extractor: Extractor) -> None:
    """Look-alike: the stores the company runs are its estate, only those it closes a cut."""
    x = run(extractor, "Lowe's Companies, which runs 1,750 stores, said it would close 25 stores "
            "next year.", "en", headline="Home improvement")
    assert metric_facts(x, "Other") == {("Lowe's Companies", Decimal("1750")),
                                        ("Lowe's Companies", Decimal("-25"))}


# --- an apposition's company after its seat, or after a verb of expecting ---------------


def test_apposition_after_the_names_seat_owns_the_headcount(extractor: Extractor) -> None:
    x = run(extractor, "Auch Jenoptik aus Jena, ein Konzern mit rund 4.500 Mitarbeitern, hat einen "
            "Auftrag von Nio erhalten.", headline="Nio Aufträge")
    assert metric_facts(x, "Employees") == {("Jenoptik", Decimal("4500"))}


def test_apposition_after_an_unnamed_makers_seat_owns_nothing(extractor: Extractor) -> None:
    """Look-alike: the seat follows a maker no name tells; the buyer takes no headcount."""
    x = run(extractor, "Jenoptik übernimmt einen Hersteller aus Chemnitz, ein Start-up mit 180 "
            "Mitarbeitern.", headline="Zukauf")
    assert metric_facts(x, "Employees") == set()


def test_apposition_of_a_company_to_be_bought_owns_the_headcount(extractor: Extractor) -> None:
    x = run(extractor, "Cisco Systems also said it would acquire Splunk, a data analytics company "
            "with about 8,000 employees.", "en", headline="Cisco deal")
    assert metric_facts(x, "Employees") == {("Splunk", Decimal("8000"))}


def test_unnamed_company_to_be_bought_gives_the_buyer_no_headcount(extractor: Extractor) -> None:
    """Look-alike: no name before the apposition; the number is no one's the text names."""
    x = run(extractor, "Cisco Systems said it would acquire a data analytics company with about "
            "8,000 employees.", "en", headline="Cisco deal")
    assert metric_facts(x, "Employees") == set()
