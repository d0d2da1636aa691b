"""Figures read as revenue or profit that are neither: revenue or rent per unit of
capacity ("revenue per available seat mile rose 1.5%", "Die Miete je Quadratmeter
stieg um 2 Prozent") is a unit price, `Other`; a blow to revenue told as a noun ("warns
of a $400 million revenue hit") is no revenue at all; a write-down of assets ("eine
Abwertung des Portfolios um 2 Prozent oder 300 Millionen Euro") is a negative `Other`,
not the result it burdens. Each rule on sentences written for the test, with
look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- revenue or rent per unit is a unit price ---------------------------------------------------

def test_revenue_per_seat_mile_is_no_revenue_growth(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Delta Air Lines said passenger revenue per available seat mile "
                    "rose 1.5% in the quarter.", lang="en", headline="Airline results")
    assert facts(x, "RevenueGrowth") == set()
    assert facts(x, "Other") == {("Delta Air Lines", Decimal("1.5"))}


def test_plain_revenue_growth_stays_revenue_growth(extractor: Extractor) -> None:
    # look-alike: revenue without "per": the company's revenue growth
    x = helpers.run(extractor, "Delta Air Lines said passenger revenue rose 1.5% in the quarter.",
                    lang="en", headline="Airline results")
    assert facts(x, "RevenueGrowth") == {("Delta Air Lines", Decimal("1.5"))}


def test_rent_per_square_metre_is_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Vonovia hat Zahlen vorgelegt. Die Miete je Quadratmeter stieg "
                    "um 2,5 Prozent auf 8,10 Euro.", headline="Wohnungen")
    assert facts(x, "Other") == {("Vonovia", Decimal("2.5")), ("Vonovia", Decimal("8.10"))}
    assert facts(x, "Revenue") == set() and facts(x, "RevenueGrowth") == set()


# --- a revenue hit is no revenue ----------------------------------------------------------------

def test_a_revenue_hit_is_no_revenue(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nvidia warns of $400 million revenue hit from new rules.",
                    lang="en", headline="Chip curbs")
    assert facts(x, "Revenue") == set()
    assert facts(x, "Other") == set()


def test_revenue_of_an_amount_stays_revenue(extractor: Extractor) -> None:
    # look-alike: "hit" as a verb of reaching, revenue as the subject
    x = helpers.run(extractor, "Nvidia said its revenue hit $40 billion in the quarter.",
                    lang="en", headline="Chip results")
    assert facts(x, "Revenue") == {("Nvidia", Decimal("40000000000"))}


# --- a write-down is a negative Other -----------------------------------------------------------

def test_a_portfolio_write_down_is_negative_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Vonovia hat Zahlen vorgelegt. Belastet wurde das Ergebnis von "
                    "einer Abwertung des Portfolios um 2 Prozent oder 300 Millionen Euro.",
                    headline="Wohnungen")
    assert facts(x, "Profit") == set() and facts(x, "ProfitGrowth") == set()
    assert facts(x, "Other") == {("Vonovia", Decimal("-2")), ("Vonovia", Decimal("-300000000"))}


def test_a_currency_devaluation_is_no_write_down(extractor: Extractor) -> None:
    # look-alike: a currency loses value, no asset of the company
    x = helpers.run(extractor, "Volkswagen hat Zahlen vorgelegt. Die Abwertung des Yuan um "
                    "2 Prozent belastete das Geschäft.", headline="Autos")
    assert facts(x, "Other") == set()


# --- funds from operations are Other --------------------------------------------------------------

def test_ffo_is_other_not_revenue(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Vonovia hat Zahlen vorgelegt. Das FFO I legte um 5,1 Prozent auf "
                    "410 Millionen Euro zu.", headline="Wohnungen")
    assert facts(x, "Other") == {("Vonovia", Decimal("5.1")), ("Vonovia", Decimal("410000000"))}


def test_funds_from_operations_in_english_are_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Prologis reported results. Core funds from operations rose 5.1% "
                    "to $1.4 billion.", lang="en", headline="REIT results")
    assert facts(x, "Other") == {("Prologis", Decimal("5.1")), ("Prologis", Decimal("1400000000"))}
    assert facts(x, "Revenue") == set() and facts(x, "RevenueGrowth") == set()


def test_revenue_beside_ffo_stays_revenue(extractor: Extractor) -> None:
    # look-alike: the revenue of the same report keeps its own word
    x = helpers.run(extractor, "Vonovia hat Zahlen vorgelegt. Der Umsatz stieg um 4 Prozent. "
                    "Das FFO I legte um 5,1 Prozent zu.", headline="Wohnungen")
    assert facts(x, "RevenueGrowth") == {("Vonovia", Decimal("4"))}
    assert facts(x, "Other") == {("Vonovia", Decimal("5.1"))}


# --- what a plan carried out, in the passive, is no revenue ---------------------------------------

def test_a_programme_carried_out_is_no_revenue(extractor: Extractor) -> None:
    x = helpers.run(extractor, "RWE hat Zahlen vorgelegt. Von dem Programm über bis zu 2 Milliarden "
                    "Euro seien erst rund 700 Millionen Euro umgesetzt.", headline="Versorger")
    assert facts(x, "Revenue") == set()


def test_revenue_told_with_umgesetzt_in_the_active_stays_revenue(extractor: Extractor) -> None:
    # look-alike: the company itself "hat … umgesetzt": its revenue
    x = helpers.run(extractor, "RWE hat Zahlen vorgelegt. Der Konzern hat im Quartal 7 Milliarden "
                    "Euro umgesetzt.", headline="Versorger")
    assert facts(x, "Revenue") == {("RWE", Decimal("7000000000"))}


# --- an airline's capacity and fuel, an oil producer's output are Other ----------------------------

def test_seat_miles_and_fuel_cost_are_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Delta Air Lines reported results. Capacity, measured in available "
                    "seat miles, grew 3.2% from a year earlier. The average cost of jet fuel fell "
                    "5% to $2.60 a gallon.", lang="en", headline="Airline results")
    assert facts(x, "Other") == {("Delta Air Lines", Decimal("3.2")),
                                 ("Delta Air Lines", Decimal("-5")),
                                 ("Delta Air Lines", Decimal("2.60"))}
    assert facts(x, "RevenueGrowth") == set()


def test_an_airlines_revenue_stays_revenue(extractor: Extractor) -> None:
    # look-alike: no capacity or fuel word
    x = helpers.run(extractor, "Delta Air Lines reported results. Revenue rose 3.2% to $15 billion.",
                    lang="en", headline="Airline results")
    assert facts(x, "RevenueGrowth") == {("Delta Air Lines", Decimal("3.2"))}
    assert facts(x, "Other") == set()


def test_barrels_a_day_are_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Shell hat Zahlen vorgelegt. Die Förderung lag bei 2,1 Millionen "
                    "Barrel Öläquivalent pro Tag.", headline="Öl")
    assert helpers.figure_facts(x) == {("Shell", "Other", Decimal("2100000"), "Count")}


def test_a_refining_margin_per_barrel_is_no_output(extractor: Extractor) -> None:
    # look-alike: dollars per barrel, no count of barrels a day
    x = helpers.run(extractor, "Shell hat Zahlen vorgelegt. Die Raffineriemarge fiel auf 6,50 "
                    "Dollar je Barrel.", headline="Öl")
    assert all(f.unit != "Count" for f in x.figures)
