"""Figures of a portion of revenue in forms the rules lacked, on sentences written for these
tests (catalogued companies, invented figures): a portion of a named company's revenue ("China
accounted for 24% of ASML's system sales") is that company's figure, and the value of the year
before told after the words of what the portion is of ("…, down from 42% a year earlier") is the
same figure of the earlier period. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

# --- a portion of a named company's revenue ---------------------------------------------


def test_portion_of_a_named_companys_sales_is_its_figure(extractor: Extractor) -> None:
    x = run(extractor, "China accounted for 24% of ASML's system sales in the quarter.", "en")
    assert ("ASML", Decimal("24")) in metric_facts(x, "Other")


def test_portion_of_a_companys_sales_growth_is_none(extractor: Extractor) -> None:
    """Look-alike: a portion of a growth names no part of the revenue."""
    x = run(extractor, "ASML said 24% of Samsung Electronics' sales growth came from memory.", "en")
    assert not [v for _, v in metric_facts(x, "Other") if v == Decimal("24")]


# --- the earlier value after the portion's words ----------------------------------------


def test_earlier_value_after_a_named_portion_is_the_same_figure(extractor: Extractor) -> None:
    x = run(extractor, "China accounted for 24% of ASML's system sales in the quarter, down from 42% a "
            "year earlier.", "en")
    assert {("ASML", Decimal("24")), ("ASML", Decimal("42"))} <= metric_facts(x, "Other")


def test_earlier_value_after_its_revenue_is_the_same_figure(extractor: Extractor) -> None:
    x = run(extractor, "Applied Materials said sales to China made up 29% of its revenue in the quarter, "
            "down from 37% a year earlier.", "en", headline="Applied Materials results")
    assert {("Applied Materials", Decimal("29")), ("Applied Materials", Decimal("37"))} \
        <= metric_facts(x, "Other")


def test_earlier_value_takes_the_period_before(extractor: Extractor) -> None:
    x = run(extractor, "China accounted for 24% of ASML's sales in the third quarter, down from 42% in the "
            "same quarter a year earlier.", "en")
    periods = {f.value: f.period for f in x.figures if f.metric == "Other"}
    assert periods[Decimal("24")] != periods[Decimal("42")]
    assert periods[Decimal("42")] is not None


def test_another_portion_after_the_first_is_none(extractor: Extractor) -> None:
    """Look-alike: a second percentage that no word of an earlier time follows is another
    part of the revenue, whose own holder the rule does not know."""
    x = run(extractor, "China accounted for 24% of ASML's sales in the quarter, while 42% came from "
            "Taiwan.", "en")
    assert not [v for _, v in metric_facts(x, "Other") if v == Decimal("42")]
