"""The periods of figures that are found: the old value of "rose to X, or Y a
share, from Z, or W a share" is the year before's, a fiscal-year word makes a
relative year fiscal, a fiscal quarter with its months after it is that
quarter, and a fiscal year named "through" the month it ends in.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_figures_periods import dated
from test_periods_29 import english, period_of

from kg.nlp.extract import Extractor
from kg.nlp.periods import period_of as period_of_text
from kg.nlp.periods import resolve_relative

_NOV = date(2026, 11, 12)


@pytest.mark.parametrize("body", [
    "In the third quarter, Siemens said net income rose to $2.1 billion, or $2.45 a share, "
    "from $1.8 billion, or $2.10 a share.",
    "Siemens said third-quarter net income rose to $2.1 billion, or $2.45 per share, "
    "from $1.8 billion, or $2.10 per share.",
])
def test_the_old_value_after_a_per_share_aside_is_the_year_befores(
        extractor: Extractor, body: str) -> None:
    x = english(extractor, body, _NOV)
    assert period_of(x, "Profit", "2100000000") == "Q3 2026"
    assert period_of(x, "EarningsPerShare", "2.45") == "Q3 2026"
    assert period_of(x, "Profit", "1800000000") == "Q3 2025"
    assert period_of(x, "EarningsPerShare", "2.10") == "Q3 2025"


def test_a_value_with_a_per_share_aside_and_no_from_keeps_its_period(
        extractor: Extractor) -> None:
    """Look-alike: a result told with its per-share value, and a change after it
    compared with no old value, are both of the quarter."""
    body = ("In the third quarter, Siemens net income fell 8% to $1.8 billion, or $2.10 a "
            "share, and revenue rose 5% from the prior year.")
    x = english(extractor, body, _NOV)
    assert period_of(x, "Profit", "1800000000") == "Q3 2026"
    assert period_of(x, "EarningsPerShare", "2.10") == "Q3 2026"


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Die Firma BASF hat im vergangenen Geschäftsjahr 2,2 Milliarden Euro umgesetzt.",
     "de", "FY2025"),
    ("BASF made revenue of $2.2 billion in its last fiscal year.", "en", "FY2025"),
    # look-alike: the calendar year before stays a calendar year
    ("Siemens made revenue of $2.2 billion last year.", "en", "2025"),
])
def test_a_fiscal_year_word_makes_the_year_before_fiscal(
        extractor: Extractor, body: str, lang: str, expected: str) -> None:
    x = dated(extractor, body, _NOV, lang=lang)
    assert period_of(x, "Revenue", "2200000000") == expected


@pytest.mark.parametrize(("period", "expected"), [
    ("vergangenes Geschäftsjahr", "FY2025"),
    ("vergangenes Jahr", "2025"),
])
def test_resolving_the_year_before_keeps_its_fiscal_word(period: str, expected: str) -> None:
    assert resolve_relative(period, None, "de", _NOV) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Siemens steigerte im vierten Geschäftsquartal von Juli bis September den Umsatz "
     "um 5 Prozent auf 20 Milliarden Euro.", "Q4 FY"),
    ("Sony hat im zweiten Geschäftsquartal bis Ende September den Umsatz gesteigert.",
     "Q2 FY"),
    # look-alike: months with no quarter named stay the months
    ("Siemens steigerte von Juli bis September den Umsatz um 5 Prozent.",
     "Juli bis September"),
])
def test_a_fiscal_quarter_with_its_months_is_the_quarter(text: str, expected: str) -> None:
    assert period_of_text(text, "de") == expected


def test_a_fiscal_quarters_figures_take_the_quarter_not_its_months(
        extractor: Extractor) -> None:
    body = ("Siemens steigerte im vierten Geschäftsquartal von Juli bis September den "
            "Umsatz um 5 Prozent auf 20 Milliarden Euro.")
    x = dated(extractor, body, _NOV)
    assert period_of(x, "Revenue", "20000000000") == "Q4 FY2026"
    assert period_of(x, "RevenueGrowth", "5") == "Q4 FY2026"


def test_a_fiscal_quarter_takes_the_articles_split_fiscal_year(
        extractor: Extractor) -> None:
    body = ("Infineon hat im abgelaufenen Geschäftsjahr 2025/26 mehr umgesetzt. Infineon "
            "steigerte im vierten Geschäftsquartal von Juli bis September den Umsatz um "
            "11 Prozent auf 4,2 Milliarden Euro.")
    assert period_of(dated(extractor, body, _NOV), "Revenue", "4200000000") == "Q4 FY2025/26"
    # look-alike: a split year that is not the quarter's own (the next one) is not taken
    body = ("Infineon steigerte im vierten Geschäftsquartal von Juli bis September den "
            "Umsatz um 11 Prozent auf 4,2 Milliarden Euro. Für das Geschäftsjahr 2026/27 "
            "erwartet Infineon mehr.")
    assert period_of(dated(extractor, body, _NOV), "Revenue", "4200000000") == "Q4 FY2026"


@pytest.mark.parametrize(("text", "expected"), [
    ("Sony expects operating profit of 1.55 trillion yen for the fiscal year through "
     "March 2027.", "FY2027"),
    ("Sony expects operating profit of 1.55 trillion yen for the fiscal year to March 2027.",
     "FY2027"),
    # look-alike: a deadline in a month is no fiscal year
    ("Sony will buy back up to 150 billion yen of its shares through March 2027.", "2027-03"),
])
def test_a_fiscal_year_through_the_month_it_ends_in(text: str, expected: str) -> None:
    assert period_of_text(text, "en") == expected
