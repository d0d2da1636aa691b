"""Figures of a portion of revenue in forms the rules lacked, on sentences written for these
tests (catalogued companies, invented figures): a portion of a named company's revenue ("China
accounted for 24% of ASML's system sales") is that company's figure, and the value of the year
before told after the words of what the portion is of ("…, down from 42% a year earlier") is the
same figure of the earlier period; a company's count of users in a report on a period is that
period's, a model's is none; "vor Jahresfrist" and "im gleichen Quartal des Vorjahres" put a value in
the year before. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers import metric_facts, period_of, run

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


def test_products_part_of_its_makers_named_sales_goes_to_no_maker(extractor: Extractor) -> None:
    """Look-alike: "The iPhone made up 52% of Apple's revenue" is the product's part, which "of its
    revenue" gives the product; the maker's possessive after the number must not take it."""
    x = run(extractor, "Apple reported record revenue. The iPhone made up 52% of Apple's revenue in "
            "the quarter.", "en", headline="Apple results")
    assert ("Apple", Decimal("52")) not in metric_facts(x, "Other")
    x = run(extractor, "Apple reported record revenue. The iPhone accounted for 52% of its revenue in "
            "the quarter.", "en", headline="Apple results")
    assert ("iPhone", Decimal("52")) in metric_facts(x, "Other")


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


# --- a company's count of users in a report on a period ----------------------------------


def test_companys_users_in_a_report_take_its_period(extractor: Extractor) -> None:
    x = run(extractor, "Spotify reported results for the third quarter of 2026 on Tuesday. Revenue rose 10% "
            "to 4.6 billion euros. Monthly active users grew 11% to 700 million.", "en",
            headline="Spotify results")
    assert period_of(x, "Users", "700000000") == period_of(x, "Revenue", "4600000000")
    assert period_of(x, "Users", "700000000") is not None


def test_models_users_in_a_report_take_no_period(extractor: Extractor) -> None:
    """Look-alike: a model's users are a running tally, no count of the reported quarter."""
    x = run(extractor, "Alibaba Group reported results for the third quarter of 2026 on Tuesday. Revenue "
            "rose 10% to 250 billion yuan. Its Qwen app has 150 million monthly active users.", "en",
            headline="Alibaba results")
    assert period_of(x, "Revenue", "250000000000") is not None
    assert period_of(x, "Users", "150000000") is None


def test_companys_users_only_reached_take_no_period(extractor: Extractor) -> None:
    """Look-alike: a count the company only has, moved by no verb, is a running tally."""
    x = run(extractor, "Spotify reported results for the third quarter of 2026 on Tuesday. Revenue rose 10% "
            "to 4.6 billion euros. The service now has 700 million monthly active users.", "en",
            headline="Spotify results")
    assert period_of(x, "Revenue", "4600000000") is not None
    assert period_of(x, "Users", "700000000") is None


# --- the words of the year before -------------------------------------------------------


def test_value_a_year_before_in_german_takes_the_year_before(extractor: Extractor) -> None:
    x = run(extractor, "Daimler Truck legte am Dienstag Zahlen für das dritte Quartal vor. Die bereinigte "
            "Marge von Daimler Truck stieg auf 13,1 Prozent, nach 11,8 Prozent vor Jahresfrist. Der Umsatz "
            "stieg auf 5,1 Milliarden Euro, nach 4,8 Milliarden Euro im gleichen Quartal des Vorjahres.",
            published=date(2026, 11, 3))
    assert period_of(x, "Other", "11.8") == "Q3 2025"
    assert period_of(x, "Revenue", "4800000000") == "Q3 2025"
    assert period_of(x, "Revenue", "5100000000") == "Q3 2026"


def test_change_against_the_same_quarter_of_the_year_before_is_this_periods(extractor: Extractor) -> None:
    """Look-alike: a change told against the year before's quarter ("höher als im gleichen Quartal
    des Vorjahres") is this quarter's, as are the amount and its growth."""
    x = run(extractor, "Daimler Truck legte am Dienstag Zahlen für das dritte Quartal vor. Der Umsatz von "
            "Daimler Truck stieg auf 5,1 Milliarden Euro und lag damit 6 Prozent höher als im gleichen "
            "Quartal des Vorjahres.", published=date(2026, 11, 3))
    assert period_of(x, "RevenueGrowth", "6") == "Q3 2026"
    assert period_of(x, "Revenue", "5100000000") == "Q3 2026"
