"""Figures whose words a newer rule read too widely.

After a number's noun of change ("a 5% increase in profit") only the first metric word of
the change's own complement names the number: a later one after "on" or "due to" is its
cause ("… in profit on higher sales"), and a word before the number loses to the
complement's ("cut its profit outlook and reported a 2.7% drop in comparable sales").
Each reading with a look-alike that keeps the other.
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
