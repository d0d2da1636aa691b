"""Figures of the wrong owner, each fixed so that it holds for any article:

* two companies sharing a subject ("Covestro und Lanxess erwarten Einsparungen von 600
  Millionen Euro", "BASF and Shell expect synergies of $1 billion"): the amount is theirs
  together, not the last name's alone, so it goes to none; a word that gives a part to one of
  them still does, and paired numbers ("um 5,2 und 4,4 Prozent") and "each" keep their readings;
* a government as the subject of a count ("Die Bundesregierung will bis 2030 15 Millionen
  Elektroautos auf der Straße sehen", "The government wants 15 million electric cars on the
  road by 2030") in a clause that names no company: the figure is the country's, and the company
  of the passage does not take it, as for a market ("Der chinesische Markt wuchs um 8
  Prozent"); a company that sells in a country ("BMW verkaufte in Deutschland 250.000
  Fahrzeuge") keeps its figure, and so does the passage's company for a count told in a country
  with no subject ("In Japan wurden 9 Prozent weniger Autos abgesetzt" is its own sales there);
* the whole group opening a sentence with a capital ("Der Konzern erwartet …", "Die Gruppe …")
  names the group as "der Konzern" inside a sentence does: the outlook is the group's, not that
  of the unit the sentence before spoke of.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, metric_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- two companies sharing a subject ----------------------------------------------------------


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Covestro und Lanxess erwarten Einsparungen von 600 Millionen Euro."),
    ("de", "Covestro und Lanxess erwarten Einsparungen von 600 Millionen Euro und 200 Millionen Euro."),
    ("en", "BASF and Shell expect synergies of $1 billion."),
    ("en", "BASF and Shell expect synergies of $1 billion, BASF said."),
    ("de", "Siemens und Alstom kommen zusammen auf einen Umsatz von 30 Milliarden Euro."),
])
def test_amount_of_two_subjects_goes_to_neither(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang, headline="Marktbericht" if lang == "de" else "Market report")
    assert figure_facts(x) == set()


def test_part_given_to_one_of_two_subjects_stays_its(extractor: Extractor) -> None:
    x = run(extractor, "Covestro und Lanxess erwarten Einsparungen von 600 Millionen Euro, davon "
                       "entfallen 200 Millionen Euro auf Lanxess.", "de")
    assert metric_facts(x, "Other") == {("Lanxess", Decimal("200000000"))}


@pytest.mark.parametrize(("body", "expected"), [
    # one subject, with the two names in a phrase of their own
    ("BASF erwartet nach Gesprächen mit Covestro und Lanxess Einsparungen von 600 Millionen Euro.",
     {("BASF", Decimal("600000000"))}),
    # two clauses, each with its own subject
    ("Covestro steigerte den Umsatz um 5 Prozent, Lanxess erwartet Einsparungen von 600 "
     "Millionen Euro.", {("Lanxess", Decimal("600000000"))}),
])
def test_one_subject_keeps_its_amount(extractor: Extractor, body: str,
                                      expected: set[tuple[str, Decimal]]) -> None:
    assert metric_facts(run(extractor, body, "de"), "Other") == expected


def test_paired_moves_of_two_subjects_keep_their_pairs(extractor: Extractor) -> None:
    x = run(extractor, "Siemens und BASF legten um 5,2 und 4,4 Prozent zu.", "de", headline="Börse")
    assert metric_facts(x, "StockPriceChange") == {("Siemens", Decimal("5.2")),
                                                   ("BASF", Decimal("4.4"))}


def test_each_of_two_subjects_keeps_the_number(extractor: Extractor) -> None:
    x = run(extractor, "BMW and Mercedes each sold 500,000 cars.", "en", headline="Market report")
    assert metric_facts(x, "Other") == {("BMW", Decimal("500000")),
                                        ("Mercedes-Benz Group", Decimal("500000"))}


# --- a government or a market as the subject -----------------------------------------------------


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("de", "BMW steigert den Absatz",
     "Die Bundesregierung will bis 2030 15 Millionen Elektroautos auf der Straße sehen."),
    ("en", "Exxon raises output",
     "The government wants 15 million electric cars on the road by 2030."),
    ("de", "Volkswagen wächst", "Der chinesische Markt wuchs um 8 Prozent."),
    ("en", "Walmart grows", "US retail sales rose 0.4%."),
])
def test_figure_of_a_government_or_market_goes_to_no_company(extractor: Extractor, lang: str, headline: str,
                                                 body: str) -> None:
    assert figure_facts(run(extractor, body, lang, headline=headline)) == set()


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    ("de", "BMW steigert den Absatz", "BMW verkaufte in Deutschland 250.000 Fahrzeuge.",
     {("BMW", Decimal("250000"))}),
    ("de", "BMW steigert den Absatz", "In Deutschland verkaufte BMW 250.000 Fahrzeuge.",
     {("BMW", Decimal("250000"))}),
    ("de", "BMW steigert den Absatz", "In Deutschland verkaufte der Konzern 250.000 Fahrzeuge.",
     {("BMW", Decimal("250000"))}),
    ("en", "Exxon raises output", "Exxon pumped 4.3 million barrels per day in the United States.",
     {("ExxonMobil", Decimal("4300000"))}),
    ("de", "BYD meldet Zahlen", "In Japan wurden 90.000 Autos abgesetzt.",
     {("BYD", Decimal("90000"))}),
    # a government named beside the company that owns the figure
    ("de", "Siemens erhält Auftrag",
     "Siemens erhält von der Bundesregierung einen Auftrag über 500 Millionen Euro.",
     {("Siemens", Decimal("500000000"))}),
])
def test_company_selling_in_a_country_keeps_its_figure(extractor: Extractor, lang: str, headline: str,
                                                       body: str, expected: set[tuple[str, Decimal]]
                                                       ) -> None:
    assert metric_facts(run(extractor, body, lang, headline=headline), "Other") == expected


def test_order_of_a_government_stays_the_makers(extractor: Extractor) -> None:
    x = run(extractor, "The government ordered 20 Boeing jets.", "en", headline="Boeing wins order")
    assert metric_facts(x, "Other") == {("Boeing", Decimal("20"))}


def test_share_move_at_a_venue_stays_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Die BMW-Aktie fiel in Frankfurt um 2 Prozent.", "de",
            headline="BMW steigert den Absatz")
    assert metric_facts(x, "StockPriceChange") == {("BMW", Decimal("-2"))}


# --- the group named at a sentence's start ------------------------------------------------------

_KABI = ("Fresenius steigerte den Konzernumsatz um 6 Prozent auf 5,7 Milliarden Euro. "
         "Fresenius Kabi steigerte den Umsatz organisch um 7 Prozent auf 2,19 Milliarden Euro. "
         "Die bereinigte Ebit-Marge der Tochter erreichte 16,8 Prozent. ")


def ranges(x: Extraction) -> set[tuple[str, Decimal | None, Decimal | None]]:
    """Each range figure as (about, min, max)."""
    return {(f.about, f.min_value, f.max_value) for f in x.figures if f.value is None}


@pytest.mark.parametrize("outlook", [
    "Der Konzern erwartet laut Vorstand nun eine Marge von 12,0 bis 12,5 Prozent.",
    "Die Gruppe erwartet laut Vorstand nun eine Marge von 12,0 bis 12,5 Prozent.",
])
def test_group_opening_the_outlook_keeps_it(extractor: Extractor, outlook: str) -> None:
    x = run(extractor, _KABI + outlook, "de", headline="Fresenius hebt Ziele an")
    assert ("Fresenius", Decimal("12.0"), Decimal("12.5")) in ranges(x)
    assert not any(about == "Fresenius Kabi" for about, _low, _high in ranges(x))


def test_board_outlook_after_unit_margin_stays_the_units(extractor: Extractor) -> None:
    outlook = "Für das Gesamtjahr erwartet der Vorstand nun eine Marge von 15,0 bis 15,5 Prozent."
    x = run(extractor, _KABI + outlook, "de", headline="Fresenius hebt Ziele an")
    assert ("Fresenius Kabi", Decimal("15.0"), Decimal("15.5")) in ranges(x)
