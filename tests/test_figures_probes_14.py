"""Figures a probe sentence got wrong: the size of a change "by" a number
before the level it reached, an old forecast compared with by "down from",
the amount raised before the valuation it was raised at. Each guard on
sentences written for the test, with look-alikes that must still fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.nlp.quantities import find_quantities
from kg.records import Extraction


def figures(x: Extraction, metric: str) -> set[tuple[Decimal | None, Decimal | None,
                                                    Decimal | None]]:
    return {(f.value, f.min_value, f.max_value) for f in x.figures if f.metric == metric}


# --- "fell by 2,400 to 321,800": the change, then the level it reached -----------------------

def test_a_change_by_a_number_then_its_level_is_no_range() -> None:
    [by, level] = find_quantities("Its headcount fell by 2,400 to 321,800 employees.", "en")
    assert (by.value, level.value) == (Decimal(2400), Decimal(321800))
    [by, level] = find_quantities("Sales rose by $40 million to $910 million.", "en")
    assert (by.value, level.value) == (Decimal(40_000_000), Decimal(910_000_000))


def test_a_range_after_by_without_a_past_verb_stays_a_range() -> None:
    # look-alikes: no verb of a past change before "by", or none at all
    [costs] = find_quantities("It expects costs to rise by $1 billion to $1.5 billion.", "en")
    assert (costs.min_value, costs.max_value) == (Decimal(1_000_000_000), Decimal(1_500_000_000))
    [staff] = find_quantities("The unit employs 2,400 to 3,100 people.", "en")
    assert (staff.min_value, staff.max_value) == (Decimal(2400), Decimal(3100))


def test_a_headcount_that_fell_by_a_number_is_a_cut(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Infosys said its headcount fell by 2,400 to 321,800 employees.",
                    lang="en", headline="Infosys results")
    assert (Decimal(-2400), None, None) in figures(x, "Employees")
    assert (Decimal(2400), None, None) not in figures(x, "Employees")
    x = helpers.run(extractor, "Die Zahl der Mitarbeiter von Siemens sank um 2.400 auf 321.800.",
                    headline="Siemens-Zahlen")
    assert figures(x, "Employees") == {(Decimal(-2400), None, None),
                                       (Decimal(321800), None, None)}
    # look-alike: the workforce itself, with no fall before it
    x = helpers.run(extractor, "Infosys said it now has 321,800 employees.", lang="en",
                    headline="Infosys results")
    assert figures(x, "Employees") == {(Decimal(321800), None, None)}


# --- "down from its earlier forecast of 2% to 3%": the old value is not a fall ---------------

def test_an_old_forecast_after_down_from_keeps_its_sign(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Infosys now expects revenue to grow 1.5% to 2.5% in fiscal 2027, "
                               "down from its earlier forecast of 2% to 3%.", lang="en",
                    headline="Infosys cuts outlook")
    growth = figures(x, "RevenueGrowth")
    assert (None, Decimal("1.5"), Decimal("2.5")) in growth
    assert (None, Decimal(2), Decimal(3)) in growth
    assert not any(lo is not None and lo < 0 for _v, lo, _hi in growth)


def test_a_fall_before_its_number_still_makes_it_negative(extractor: Extractor) -> None:
    # look-alikes: the word of change before the number with no "from" after it, and
    # German "ein Minus von", where "von" gives the size of the fall
    x = helpers.run(extractor, "Infosys said revenue fell 3% from a year earlier.", lang="en",
                    headline="Infosys results")
    assert (Decimal(-3), None, None) in figures(x, "RevenueGrowth")
    x = helpers.run(extractor, "Der Umsatz von SAP ging mit einem Minus von 3 Prozent zurück.",
                    headline="SAP-Zahlen")
    assert (Decimal(-3), None, None) in figures(x, "RevenueGrowth")


# --- "raises $2.4B at an $18B valuation": the valuation is the nearer number's -------------

def test_the_amount_raised_is_no_valuation(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Mistral AI raises $2.4 billion at an $18 billion valuation.",
                    lang="en", headline="Mistral AI funding")
    assert figures(x, "MarketCapitalization") == {(Decimal(18_000_000_000), None, None)}


def test_a_valuation_right_after_its_number_still_binds(extractor: Extractor) -> None:
    # look-alike: no other amount between the number and its word
    x = helpers.run(extractor, "Mistral AI is raising money at $18 billion valuation, "
                               "people familiar said.", lang="en", headline="Mistral AI funding")
    assert (Decimal(18_000_000_000), None, None) in figures(x, "MarketCapitalization")


def test_a_part_of_a_count_after_it_keeps_its_noun(extractor: Extractor) -> None:
    # look-alike: "250 der 5.600 Stellen" names a part of the count after it, whose noun
    # is the part's too
    x = helpers.run(extractor, "Finanzvorstand Henrik Albers von Siemens kündigte an, rund 250 "
                               "der 5.600 Stellen in der Verwaltung abzubauen.",
                    headline="Siemens spart")
    assert (Decimal(-250), None, None) in figures(x, "Employees")


# --- "cut its dividend, saving about $10 billion a year": a saving, no dividend ------------

def test_an_amount_saved_is_no_dividend(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens plans to cut its dividend, saving about $10 billion a "
                               "year.", lang="en", headline="Siemens cuts payout")
    assert figures(x, "Dividend") == set()
    # look-alike: the dividend's own amount, with a saving named after it
    x = helpers.run(extractor, "Siemens will pay a dividend of $5 a share, saving nothing.",
                    lang="en", headline="Siemens payout")
    assert figures(x, "Dividend") == {(Decimal(5), None, None)}
