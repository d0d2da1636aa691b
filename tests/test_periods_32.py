"""The periods of figures that are found: a quarter named by its last month
alone ("the quarter ended September", "the December quarter") is that
calendar quarter; "the year ending March 31, 2027" is the fiscal year FY2027; a
month without its year beside a year ("die Prognose für 2026 im Oktober
gesenkt") leaves the number that year; "the current quarter" of a quarterly
report is the quarter after the reported one; a German bare year after the noun of
a figure ("Konzernüberschuss 2026 auf …") or before the figure's article
("erzielte 2025 einen Umsatz") is the figure's year.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_figures_periods import dated
from test_periods_29 import english, period_of

from kg.nlp.extract import Extractor
from kg.nlp.periods import next_quarter
from kg.nlp.periods import period_of as period_of_text

_DEC = date(2026, 12, 3)
_NOV = date(2026, 11, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("orders rose 20% in the quarter ended September to $4 billion", "Q3"),
    ("orders rose 20% in the quarter ending in June", "Q2"),
    ("orders rose 20% in the quarter ended March 31, 2026", "Q1 2026"),
    ("for the December quarter, the company expects revenue of $5 billion", "Q4"),
    ("sales grew 9% in the September-quarter", "Q3"),
])
def test_a_quarter_named_by_its_last_month_is_that_calendar_quarter(
        text: str, expected: str) -> None:
    assert period_of_text(text, "en") == expected


@pytest.mark.parametrize("text", [
    # A month that ends no calendar quarter: a fiscal quarter that names no number.
    "orders rose 20% in the quarter ended October",
    # No quarter: a month of its own, or a deadline.
    "orders rose 20% in September",
    "the plant opens by the end of September",
])
def test_a_month_that_ends_no_quarter_names_none(text: str) -> None:
    assert period_of_text(text, "en") not in ("Q3", "Q4")


def test_the_quarter_ended_and_the_next_quarter_take_the_articles_year(
        extractor: Extractor) -> None:
    x = english(extractor,
                "Lam Research said its bookings rose 31% in the quarter ended September to "
                "$6.4 billion. For the December quarter, Lam Research expects revenue of "
                "$5.6 billion.", _DEC)
    assert period_of(x, "Revenue", "5600000000") == "Q4 2026"
    assert period_of(x, "Other", "6400000000") == "Q3 2026"


def test_an_ordinal_quarter_ended_off_the_calendar_stays_fiscal() -> None:
    # "second quarter ended September" is a fiscal quarter, not the September quarter.
    assert period_of_text("profit for the second quarter ended Sept. 30 rose 14%", "en") \
        not in ("Q3", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("operating profit of 1.2 trillion yen for the year ending March 31, 2027", "FY2027"),
    ("operating income for the year ending March 2027 is expected to reach 1.5 trillion yen",
     "FY2027"),
    ("net profit for the year ended March 2026 rose 8%", "FY2026"),
])
def test_a_year_ending_in_a_month_is_a_fiscal_year(text: str, expected: str) -> None:
    assert period_of_text(text, "en") == expected


def test_a_year_ending_in_december_is_no_fiscal_year() -> None:
    assert period_of_text("profit for the year ending December 2026 rose 8%", "en") != "FY2026"


@pytest.mark.parametrize(("body", "lang", "metric", "value", "expected"), [
    ("Aixtron hatte die Umsatzprognose für 2026 erst im Oktober auf 520 Millionen Euro "
     "gesenkt.", "de", "Revenue", "520000000", "2026"),
    ("Ford said in May it would invest $2 billion in 2027.", "en", "Investment",
     "2000000000", "2027"),
    # A month alone, of no monthly report: no period.
    ("Aixtron hatte die Umsatzprognose erst im Oktober auf 520 Millionen Euro gesenkt.", "de",
     "Revenue", "520000000", None),
    ("Ford said in May it would invest $2 billion.", "en", "Investment", "2000000000", None),
])
def test_a_month_without_its_year_gives_way_to_the_year_beside_it(
        extractor: Extractor, body: str, lang: str, metric: str, value: str,
        expected: str | None) -> None:
    x = dated(extractor, body, _NOV, lang=lang, headline="Results")
    assert period_of(x, metric, value) == expected


@pytest.mark.parametrize(("period", "expected"), [
    ("Q3 2026", "Q4 2026"), ("Q4 2026", "Q1 2027"), ("Q4 FY2026", "Q1 FY2027"),
    ("Q2 FY2027", "Q3 FY2027"), ("2026", None), ("H1 2026", None), ("Q3", None), (None, None),
])
def test_the_quarter_after(period: str | None, expected: str | None) -> None:
    assert next_quarter(period) == expected


@pytest.mark.parametrize(("body", "lang", "metric", "value", "expected"), [
    ("Nvidia steigerte im dritten Quartal den Umsatz um 60 Prozent auf 57 Milliarden Dollar. "
     "Für das laufende Quartal stellt Nvidia einen Umsatz von rund 65 Milliarden Dollar in "
     "Aussicht.", "de", "Revenue", "65000000000", "Q4 2026"),
    ("Apple said revenue in the fourth quarter rose 8% to $102 billion. Apple expects revenue "
     "of $130 billion in the current quarter.", "en", "Revenue", "130000000000", "Q1 FY2027"),
    # No quarter reported: the current quarter says too little.
    ("Apple opened a store in Munich. Apple expects revenue of $130 billion in the current "
     "quarter.", "en", "Revenue", "130000000000", None),
])
def test_the_current_quarter_is_the_one_after_the_reported_quarter(
        extractor: Extractor, body: str, lang: str, metric: str, value: str,
        expected: str | None) -> None:
    x = dated(extractor, body, _NOV, lang=lang, headline="Results")
    assert period_of(x, metric, value) == expected


def test_the_current_quarter_of_a_yearly_report_names_no_quarter(extractor: Extractor) -> None:
    x = dated(extractor, "Siemens steigerte im Geschäftsjahr 2026 den Umsatz auf 80 Milliarden "
              "Euro. Für das laufende Quartal erwartet Siemens einen Umsatz von 20 Milliarden "
              "Euro.", _NOV, lang="de", headline="Results")
    assert not (period_of(x, "Revenue", "20000000000") or "").startswith("Q")


@pytest.mark.parametrize(("text", "expected"), [
    ("die Prognose für den bereinigten Konzernüberschuss 2026 auf 2,1 Milliarden Euro angehoben",
     "2026"),
    ("Siemens erzielte 2025 einen Umsatz von 870 Millionen Euro", "2025"),
    ("Der Gewinn stieg 2025 um 12 Prozent", "2025"),
])
def test_a_bare_german_year_beside_its_figure_is_its_year(text: str, expected: str) -> None:
    assert period_of_text(text, "de") == expected


@pytest.mark.parametrize("text", [
    # A span's ends, not a figure's year.
    "Die Frist wurde von 2025 auf 2027 verlängert",
    "Von 2025 auf 2026 stieg die Zahl der Filialen um 40",
    "Der Umsatz liegt höher als 2025 die Analysten dachten",
])
def test_a_year_after_a_preposition_is_no_bare_year(text: str) -> None:
    assert period_of_text(text, "de") is None
