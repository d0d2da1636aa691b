"""Figures whose words a newer rule read too widely.

After a number's noun of change ("a 5% increase in profit") only the first metric word of
the change's own complement names the number: a later one after "on" or "due to" is its
cause ("… in profit on higher sales"), and a word before the number loses to the
complement's ("cut its profit outlook and reported a 2.7% drop in comparable sales").

The agent of a "takeover by X" after an amount pays it only where that takeover is the
clause's own deal ("X agrees £3bn takeover by Y"): not after an active buyer ("Acme agreed
to pay … for X"), and not where the words between make it another deal ("after a failed
takeover by Y"). Each reading with a look-alike that keeps the other.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

# --- the complement of a noun of change names the number -----------------------------------


def test_profit_after_a_change_wins_over_the_sales_it_rose_on(extractor: Extractor) -> None:
    x = run(extractor, "Unilever reported a 5% increase in profit on higher sales.", "en",
            headline="Consumer goods")
    assert ("Unilever", Decimal("5")) in metric_facts(x, "ProfitGrowth")
    assert not metric_facts(x, "RevenueGrowth")


def test_profit_growth_and_the_revenue_it_rose_on(extractor: Extractor) -> None:
    x = run(extractor, "Unilever reported a 12% increase in operating profit on revenue of "
                       "$4 billion.", "en", headline="Consumer goods")
    assert ("Unilever", Decimal("12")) in metric_facts(x, "ProfitGrowth")
    assert ("Unilever", Decimal("4000000000")) in metric_facts(x, "Revenue")
    assert not metric_facts(x, "RevenueGrowth")


def test_sales_after_a_change_win_over_the_profit_they_rose_on(extractor: Extractor) -> None:
    """Look-alike: the same shape the other way round names revenue growth."""
    x = run(extractor, "Unilever reported a 6% increase in sales on higher margins.", "en",
            headline="Consumer goods")
    assert ("Unilever", Decimal("6")) in metric_facts(x, "RevenueGrowth")
    assert not metric_facts(x, "ProfitGrowth")


def test_complement_wins_over_a_metric_word_before_the_number(extractor: Extractor) -> None:
    """Look-alike: a profit word before the number names no profit growth."""
    x = run(extractor, "Unilever cut its profit outlook and reported a 3.1% drop in "
                       "comparable sales.", "en", headline="Consumer goods")
    assert ("Unilever", Decimal("-3.1")) in metric_facts(x, "RevenueGrowth")
    assert not metric_facts(x, "ProfitGrowth")


# --- the agent of a takeover after the amount ----------------------------------------------


def test_failed_takeover_after_an_active_buyer_pays_nothing(extractor: Extractor) -> None:
    body = ("Brookfield Infrastructure Partners agreed to pay 2.1 billion pounds for Severn Trent "
            "after a failed takeover by Unilever.")
    x = run(extractor, body, "en", headline="Utility deal")
    assert ("Unilever", Decimal("2100000000")) not in metric_facts(x, "Investment")
    assert ("Severn Trent", Decimal("2100000000")) not in metric_facts(x, "Investment")


def test_rejected_takeover_after_the_amount_names_no_payer(extractor: Extractor) -> None:
    body = "Severn Trent accepted 2.1 billion pounds after a rejected takeover by Unilever."
    x = run(extractor, body, "en", headline="Utility deal")
    assert ("Unilever", Decimal("2100000000")) not in metric_facts(x, "Investment")


def test_agent_of_the_clauses_own_takeover_still_pays(extractor: Extractor) -> None:
    """Look-alike: no active buyer and nothing between makes the takeover the amount's."""
    body = "Severn Trent agreed to a 2.1 billion pound takeover by Unilever."
    x = run(extractor, body, "en", headline="Utility deal")
    assert ("Unilever", Decimal("2100000000")) in metric_facts(x, "Investment")
    assert ("Severn Trent", Decimal("2100000000")) not in metric_facts(x, "Investment")
