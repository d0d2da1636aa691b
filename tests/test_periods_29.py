"""The periods of figures that are found: values at a moment take none, a
headcount takes no year of the results beside it, calendar words count from
the date of publication, and halves and quarters of a fiscal year.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.periods import resolve_relative
from kg.records import Extraction


def dated(extractor: Extractor, body: str, published: date | None, lang: str = "en",
          headline: str = "Results") -> Extraction:
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=published)
    return extractor.extract(article)


def period_of(x: Extraction, metric: str, value: str) -> str | None:
    found = [f for f in x.figures if f.metric == metric and f.value == Decimal(value)]
    assert len(found) == 1, [(f.metric, f.value) for f in x.figures]
    return found[0].period


@pytest.mark.parametrize(("body", "lang", "value"), [
    ("Siemens beschäftigt rund 12.000 Mitarbeiter und setzte im vergangenen Jahr "
     "2,2 Milliarden Euro um.", "de", "12000"),
    ("Siemens erzielte im vergangenen Jahr mit rund 3.100 Mitarbeitern einen Umsatz "
     "von 1,1 Milliarden Euro.", "de", "3100"),
    ("Unilever made revenue of 1.9 billion euros last year and employs about 8,700 people.",
     "en", "8700"),
])
def test_a_headcount_takes_no_year_of_the_results_beside_it(
        extractor: Extractor, body: str, lang: str, value: str) -> None:
    x = dated(extractor, body, date(2026, 11, 20), lang=lang)
    assert period_of(x, "Employees", value) is None
    assert any(f.metric == "Revenue" and f.period == "2025" for f in x.figures)


def test_a_headcount_at_the_end_of_a_half_keeps_it(extractor: Extractor) -> None:
    body = "At the end of the first half of 2026, Siemens employed 21,340 people."
    x = dated(extractor, body, date(2026, 8, 10))
    assert period_of(x, "Employees", "21340") == "H1 2026"


@pytest.mark.parametrize(("body", "metric", "value"), [
    ("Nvidia shares have more than doubled this year, giving the company a market value "
     "of about $245 billion.", "MarketCapitalization", "245000000000"),
    ("Siemens raised money in 2026 at a valuation of $39 billion.",
     "MarketCapitalization", "39000000000"),
    ("Goldman Sachs raised its price target on Nvidia to $260 as it expects demand to "
     "grow in 2027.", "PriceTarget", "260"),
])
def test_a_value_at_a_moment_takes_no_period(extractor: Extractor, body: str, metric: str,
                                             value: str) -> None:
    x = dated(extractor, body, date(2026, 11, 11))
    assert period_of(x, metric, value) is None


def test_a_move_this_year_keeps_its_year_beside_the_market_value(extractor: Extractor) -> None:
    body = ("Nvidia shares have gained 31% this year, giving the company a market value "
            "of about $19 billion.")
    x = dated(extractor, body, date(2026, 12, 10))
    assert period_of(x, "StockPriceChange", "31") == "2026"


@pytest.mark.parametrize(("period", "reporting", "expected"), [
    ("this year", "Q4 FY2026", "2026"),   # a fiscal quarter reported: still the calendar year
    ("next year", "Q1 FY2027", "2027"),
    ("last year", "Q1 FY2027", "2025"),
    ("current fiscal year", "Q1 FY2027", "FY2027"),  # a fiscal word: the reporting year
    ("full year", "Q3 2026", "2026"),
])
def test_calendar_words_count_from_the_date_of_publication(
        period: str, reporting: str, expected: str) -> None:
    assert resolve_relative(period, reporting, "en", date(2026, 11, 10)) == expected


def test_calendar_words_without_a_date_take_the_reporting_year() -> None:
    assert resolve_relative("next year", "Q3 2026", "en") == "2027"
