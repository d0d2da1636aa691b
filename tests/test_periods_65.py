"""Halves of a fiscal year: a half of a fiscal year written over two calendar years
("im ersten Halbjahr des Geschäftsjahres 2026/27", "the first half of fiscal 2026/27")
keeps both years, as its fiscal year does; a half named by the day and month it ended
in ("the six months ended 30 September 2026") is the fiscal half it is; a quarter the
text calls fiscal ("the fiscal third quarter ended Oct. 31") is one of the fiscal year
that ends the next January, where one it does not call so is dated as a calendar one;
nine-month results in one word ("Neunmonatszahlen") name the span the figures after them are of.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kg.nlp.extract import Extractor
from kg.nlp.periods import period_match
from tests.helpers import run


def test_german_half_of_a_split_fiscal_year() -> None:
    found = period_match("Siemens hat im ersten Halbjahr des Geschäftsjahres 2026/27 mehr "
                         "umgesetzt.", "de")
    assert found is not None and found[1] == "H1 FY2026/27"


def test_german_half_of_a_calendar_year_keeps_its_year() -> None:
    found = period_match("Siemens hat im ersten Halbjahr 2026 mehr umgesetzt.", "de")
    assert found is not None and found[1] == "H1 2026"


def test_german_half_of_a_fiscal_year_named_by_one_year() -> None:
    found = period_match("Siemens hat im zweiten Halbjahr des Geschäftsjahres 2026 mehr "
                         "umgesetzt.", "de")
    assert found is not None and found[1] == "H2 FY2026"


def test_english_half_of_a_split_fiscal_year() -> None:
    found = period_match("Vodafone's revenue rose in the first half of fiscal 2026/27.", "en")
    assert found is not None and found[1] == "H1 FY2026/27"


def test_english_half_of_a_fiscal_year_named_by_one_year() -> None:
    found = period_match("Vodafone's revenue rose in the first half of fiscal 2027.", "en")
    assert found is not None and found[1] == "H1 FY2027"


def test_six_months_ended_day_before_month() -> None:
    found = period_match("Vodafone reported results for the six months ended 30 September "
                         "2026.", "en")
    assert found is not None and found[1] == "H1 FY2027"


def test_six_months_ended_june_stays_the_calendar_half() -> None:
    found = period_match("Vodafone reported results for the six months ended 30 June 2026.",
                         "en")
    assert found is not None and found[1] == "H1 2026"


def test_headline_half_ended_day_before_month_gives_the_figures_their_fiscal_half(
        extractor: Extractor) -> None:
    body = ("Vodafone reported revenue of £19.4 billion. The company did not comment "
            "further.")
    x = run(extractor, body, lang="en",
            headline="Vodafone: results for the six months ended 30 September 2026",
            published=date(2026, 11, 12))
    periods = {f.period for f in x.figures
               if f.about == "Vodafone" and f.metric == "Revenue"
               and f.value == Decimal("19400000000")}
    assert periods == {"H1 FY2027"}


def quarter_revenue_period(extractor: Extractor, company: str, quarter: str) -> str | None:
    """The period of the revenue figure of a results article about ``company`` whose
    lead names its quarter as ``quarter``, published in November 2026."""
    body = (f"{company} reported results for {quarter}. Revenue rose 5% to $41.3 billion. "
            "The company did not comment further.")
    x = run(extractor, body, lang="en", headline=f"{company} beats estimates",
            published=date(2026, 11, 19))
    found = {f.period for f in x.figures
             if f.about == company and f.metric == "Revenue" and f.value == Decimal("41300000000")}
    assert len(found) == 1, found
    return found.pop()


def test_fiscal_quarter_of_a_year_ending_in_january(extractor: Extractor) -> None:
    assert quarter_revenue_period(
        extractor, "Walmart", "the fiscal third quarter ended Oct. 31") == "Q3 FY2027"


def test_quarter_ended_in_october_not_called_fiscal_stays_calendar(
        extractor: Extractor) -> None:
    assert quarter_revenue_period(
        extractor, "Walmart", "the third quarter ended Oct. 31") == "Q3 2026"


def test_quarter_of_a_calendar_year_company_stays_calendar(extractor: Extractor) -> None:
    assert quarter_revenue_period(extractor, "Amazon", "the third quarter") == "Q3 2026"


def test_nine_month_results_in_one_word() -> None:
    found = period_match("Siemens hatte am Morgen Neunmonatszahlen vorgelegt.", "de")
    assert found is not None and found[1] == "9M"


def test_month_word_of_no_results_names_no_period() -> None:
    assert period_match("Siemens zahlt ein Neunmonatsgehalt als Abfindung.", "de") is None


def test_figures_after_nine_month_results_take_that_span(extractor: Extractor) -> None:
    body = ("Rheinmetall hatte am Morgen Neunmonatszahlen vorgelegt. Der Umsatz wuchs um 7 Prozent "
            "auf 8,3 Milliarden Euro.")
    x = run(extractor, body, published=date(2026, 11, 24))
    periods = {f.period for f in x.figures
               if f.about == "Rheinmetall" and f.metric == "Revenue"
               and f.value == Decimal("8300000000")}
    assert periods == {"9M 2026"}
