"""Periods and figures that must be dated right, on sentences written for these tests, each
with a look-alike that keeps its other reading: an outlook for "the year to" a month is the
year under way, results for it the year just ended; a fiscal year named by its number with
the month it ends in in a relative clause before the number ("For fiscal 2028, which ends in
January 2028, …") is that fiscal year, not the month, also where it ended; a word of what a
company counts in an apposition before its name ("Its rival in smartphones, X, rose 1.2%")
describes the company, and names no number of it; a house's outlook a passage after the only
rating it gives is that rated company's figure, estimated by the house."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from helpers import metric_facts, run

from kg.nlp.extract import Extractor

_NOVEMBER = date(2026, 11, 12)


def _periods(x: object, metric: str) -> set[tuple[str, Decimal | None, str | None]]:
    """Each figure of ``metric`` as (about, value, period): what these tests compare."""
    return {(f.about, f.value, f.period) for f in x.figures if f.metric == metric}  # type: ignore[attr-defined]


# --- an outlook for "the year to" a month is the year under way ----------------------------


@pytest.mark.parametrize("verb", ["expects", "forecast"])
def test_outlook_for_the_year_to_a_month_is_the_year_under_way(extractor: Extractor, verb: str) -> None:
    x = run(extractor, f"Siemens {verb} revenue of 84 billion euros for the year to September.",
            lang="en", headline="Siemens outlook", published=_NOVEMBER)
    assert ("Siemens", Decimal("84000000000"), "FY2027") in _periods(x, "Revenue")


def test_results_for_the_year_to_a_month_are_the_year_just_ended(extractor: Extractor) -> None:
    x = run(extractor, "Siemens reported revenue of 79 billion euros for the year to September.",
            lang="en", headline="Siemens results", published=_NOVEMBER)
    assert ("Siemens", Decimal("79000000000"), "FY2026") in _periods(x, "Revenue")


def test_an_outlook_verb_in_a_closed_aside_leaves_the_results_year(extractor: Extractor) -> None:
    x = run(extractor, "Siemens, which expects a better year, reported revenue of 79 billion "
            "euros for the year to September.",
            lang="en", headline="Siemens results", published=_NOVEMBER)
    assert ("Siemens", Decimal("79000000000"), "FY2026") in _periods(x, "Revenue")


def test_the_base_an_outlook_is_compared_with_keeps_the_year_just_ended(extractor: Extractor) -> None:
    x = run(extractor, "Siemens expects revenue of 84 billion euros for the year to September, "
            "up from 79 billion euros.",
            lang="en", headline="Siemens outlook", published=_NOVEMBER)
    revenue = _periods(x, "Revenue")
    assert ("Siemens", Decimal("84000000000"), "FY2027") in revenue
    assert ("Siemens", Decimal("79000000000"), "FY2027") not in revenue


# --- a fiscal year with the month it ends in in a relative clause before the number --------


def test_fiscal_year_with_its_end_in_a_clause_before_the_number(extractor: Extractor) -> None:
    x = run(extractor, "For fiscal 2028, which ends in January 2028, Walmart expects revenue "
            "of 720 billion dollars.",
            lang="en", headline="Walmart outlook", published=date(2026, 11, 20))
    revenue = _periods(x, "Revenue")
    assert ("Walmart", Decimal("720000000000"), "FY2028") in revenue
    assert not any(period == "2028-01" for _, _, period in revenue)


def test_fiscal_year_that_ended_in_a_clause_before_the_number(extractor: Extractor) -> None:
    x = run(extractor, "In fiscal 2027, which ended in January 2027, Walmart's revenue rose 5%.",
            lang="en", headline="Walmart results", published=date(2027, 3, 2))
    assert ("Walmart", Decimal("5"), "FY2027") in _periods(x, "RevenueGrowth")


def test_a_month_of_its_own_stays_the_month(extractor: Extractor) -> None:
    x = run(extractor, "In January 2027, Walmart's revenue rose 5%.",
            lang="en", headline="Walmart results", published=date(2027, 3, 2))
    growth = _periods(x, "RevenueGrowth")
    assert not any(period == "FY2027" for _, _, period in growth)


# --- a counted noun in an apposition before the name names no number ----------------------


@pytest.mark.parametrize("verb", ["rose", "gained"])
def test_counted_noun_in_an_apposition_before_the_name_is_no_metric(extractor: Extractor,
                                                                     verb: str) -> None:
    x = run(extractor, f"Huawei launched a phone on Monday. Its rival in smartphones, Xiaomi, "
            f"{verb} 1.2% in Hong Kong.", lang="en", headline="Phone makers")
    assert not any(about == "Xiaomi" for about, _ in metric_facts(x, "Other"))


def test_counted_noun_of_the_company_still_names_its_number(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi's smartphone shipments rose 1.2% in the quarter.",
            lang="en", headline="Phone makers")
    assert ("Xiaomi", Decimal("1.2")) in metric_facts(x, "Other")


def test_the_apposition_closed_before_a_market_word_leaves_the_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Its rival in smartphones, Xiaomi, rose 1.2% in Hong Kong trading.",
            lang="en", headline="Phone makers")
    assert ("Xiaomi", Decimal("1.2")) in metric_facts(x, "StockPriceChange")


# --- a house's outlook a passage after its only rating is the rated company's ------------

_DOWNGRADE = ('Die Privatbank Berenberg hat Hannover Rück von "Buy" auf "Hold" abgestuft{also}. '
              "Berenberg-Analyst Samuel Okafor senkte das Kursziel von 310 auf 285 Euro.\n\n"
              "Die Versicherer geben sich gelassen. Die Aktien zogen am Nachmittag an. "
              "Berenberg rechnet für das laufende Jahr mit einem Gewinn von 2,7 Milliarden Euro. "
              "Die Dividende soll laut Okafor auf 10,50 Euro je Aktie steigen.")


def _dividends(x: object) -> set[tuple[str, Decimal | None, str | None]]:
    """Each dividend as (about, value, estimator)."""
    return {(f.about, f.value, f.estimated_by)  # type: ignore[attr-defined]
            for f in x.figures if f.metric == "Dividend"}  # type: ignore[attr-defined]


def test_house_outlook_after_its_only_rating_is_the_rated_company(extractor: Extractor) -> None:
    x = run(extractor, _DOWNGRADE.format(also=""), headline="Hannover Rück: Abstufung",
            published=_NOVEMBER)
    dividends = _dividends(x)
    assert ("Hannover Re", Decimal("10.5"), "Berenberg") in dividends
    assert not any(about == "Berenberg" for about, _, _ in dividends)


def test_house_that_rated_two_companies_gives_the_outlook_to_neither(extractor: Extractor) -> None:
    x = run(extractor, _DOWNGRADE.format(also=' und Munich Re von "Hold" auf "Buy" hochgestuft'),
            headline="Versicherer: Abstufungen", published=_NOVEMBER)
    assert not any(about in ("Hannover Re", "Munich Re") for about, _, _ in _dividends(x))


def test_bank_outlook_before_it_rates_anyone_stays_its_own(extractor: Extractor) -> None:
    """Look-alike: the bank's own results and outlook come first in a market report, and its
    analysts rate another company only paragraphs later."""
    x = run(extractor, "Im Mittelpunkt stand die Commerzbank, die vor Handelsbeginn Zahlen vorgelegt "
                       "hatte. Das Institut steigerte den Gewinn um 8 Prozent und stellt für das "
                       "Gesamtjahr nun einen Gewinn von mehr als 2,9 Milliarden Euro in Aussicht.\n\n"
                       'Schlusslicht im Dax war Zalando. Die Analysten der Commerzbank hatten Zalando '
                       'von "Buy" auf "Hold" abgestuft.',
            headline="Dax schließt nach Bankzahlen fester", published=_NOVEMBER)
    profits = {(f.about, f.estimated_by) for f in x.figures  # type: ignore[attr-defined]
               if f.metric == "Profit" and f.value == Decimal("2900000000")}
    assert ("Zalando", "Commerzbank") not in profits
