"""Periods named once for the sentences after: a fiscal year the text names as ended by
its month ("In the fiscal year that ended on March 31, …") is the year whose results the
following sentences report, unlike one "ending in March", which is under way; a period
in the brackets of a list's lead-in that say what the bracketed figures are ("Financial
highlights (H1 FY26 in brackets):") is theirs, not the period of the list.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kg.nlp.extract import Extractor
from kg.nlp.periods import period_match
from tests.helpers import run


def periods_of(extractor: Extractor, body: str, lang: str, company: str, metric: str,
               value: str, published: date, headline: str = "Market report") -> set[str | None]:
    """The periods of the figures of ``company``, ``metric`` and ``value`` in ``body``."""
    x = run(extractor, body, lang=lang, headline=headline, published=published)
    return {f.period for f in x.figures
            if f.about == company and f.metric == metric and f.value == Decimal(value)}


# A fiscal year named as ended goes on in the sentences after it.

def test_english_results_after_a_fiscal_year_that_ended(extractor: Extractor) -> None:
    body = ("In the fiscal year that ended on March 31, Toyota's operating profit fell 8% "
            "to 4.61 trillion yen. Net profit came in at 3.92 trillion yen.")
    assert periods_of(extractor, body, "en", "Toyota Motor", "Profit", "3920000000000",
                      date(2026, 5, 12)) == {"FY2026"}


def test_english_results_after_a_fiscal_year_still_ending_take_no_ended_year(
        extractor: Extractor) -> None:
    body = ("For the fiscal year ending in March, Toyota's operating profit is seen falling "
            "8% to 4.61 trillion yen. Net profit came in at 3.92 trillion yen.")
    assert "FY2026" not in periods_of(extractor, body, "en", "Toyota Motor", "Profit",
                                      "3920000000000", date(2026, 5, 12))


def test_german_results_after_a_fiscal_year_that_ended(extractor: Extractor) -> None:
    body = ("Im Ende März abgelaufenen Geschäftsjahr sank der Betriebsgewinn von Toyota um "
            "8 Prozent auf 4,61 Billionen Yen. Der Nettogewinn lag bei 3,92 Billionen Yen.")
    assert periods_of(extractor, body, "de", "Toyota Motor", "Profit", "3920000000000",
                      date(2026, 5, 12), headline="Marktbericht") == {"FY2026"}


def test_ended_fiscal_year_in_the_lead_is_the_reporting_period(extractor: Extractor) -> None:
    body = ("Toyota said on Tuesday that tariffs weighed on its business. In the fiscal year "
            "that ended on March 31, revenue rose 2% to 48.3 trillion yen. Hybrids sold well "
            "in North America. Dealers in Japan reported long waiting lists. The yen "
            "weakened against the dollar. Toyota's net profit reached 3.98 trillion yen.")
    assert periods_of(extractor, body, "en", "Toyota Motor", "Profit", "3980000000000",
                      date(2026, 5, 12)) == {"FY2026"}


def test_fiscal_year_ending_in_the_lead_is_no_reporting_period(extractor: Extractor) -> None:
    body = ("Toyota said on Tuesday that tariffs weighed on its business. In the fiscal year "
            "ending in March, revenue is seen rising 2% to 48.3 trillion yen. Hybrids sold well "
            "in North America. Dealers in Japan reported long waiting lists. The yen "
            "weakened against the dollar. Toyota's net profit reached 3.98 trillion yen.")
    assert "FY2026" not in periods_of(extractor, body, "en", "Toyota Motor", "Profit",
                                      "3980000000000", date(2026, 5, 12))


# A period in the brackets that say what the bracketed figures are.

def test_english_legend_period_is_not_the_list_period() -> None:
    assert period_match("Financial highlights (H1 FY26 in brackets):", "en") is None


def test_english_list_after_a_legend_takes_the_reported_half(extractor: Extractor) -> None:
    body = ("Vodafone announces its results for the six months ended 30 September 2026 "
            "(H1 FY27).\nFinancial highlights (H1 FY26 in brackets):\n"
            "* Revenue £19.4bn (£18.7bn), up 3.7%\n")
    published = date(2026, 11, 12)
    assert periods_of(extractor, body, "en", "Vodafone", "Revenue", "19400000000",
                      published) == {"H1 FY2027"}
    assert periods_of(extractor, body, "en", "Vodafone", "Revenue", "18700000000",
                      published) == {"H1 FY2026"}


def test_english_list_after_a_lead_in_naming_its_period_keeps_it(extractor: Extractor) -> None:
    body = ("Vodafone announces its results for the six months ended 30 September 2026 "
            "(H1 FY27).\nComparison with H1 FY26:\n* Revenue £19.4bn, up 3.7%\n")
    assert periods_of(extractor, body, "en", "Vodafone", "Revenue", "19400000000",
                      date(2026, 11, 12)) == {"H1 FY2026"}


def test_german_legend_period_is_not_the_list_period() -> None:
    assert period_match("Die Kennzahlen im Überblick (H1 2025 in Klammern):", "de") is None


def test_german_period_in_other_brackets_stays() -> None:
    found = period_match("Die Kennzahlen im Überblick (H1 2025):", "de")
    assert found is not None and found[1] == "H1 2025"


# A fiscal year named by its end month in other words.

def test_english_fiscal_year_which_ends_in_a_month() -> None:
    found = period_match("For the full fiscal year, which ends in January, Walmart now expects "
                         "adjusted earnings of $2.75 a share.", "en")
    assert found is not None and found[1] == "FYE01"


def test_english_year_ending_day_before_month() -> None:
    found = period_match("Vodafone expects adjusted profit for the year ending 31 March 2027 "
                         "of £5.1bn.", "en")
    assert found is not None and found[1] == "FY2027"


def test_month_a_fiscal_year_ends_in_is_no_monthly_period(extractor: Extractor) -> None:
    body = ("For the full fiscal year, which ends in January, Walmart now expects adjusted "
            "earnings per share of $2.75 to $2.80.")
    x = run(extractor, body, lang="en", published=date(2026, 11, 19))
    assert {f.period for f in x.figures
            if f.about == "Walmart" and f.metric == "EarningsPerShare"} == {"FY2027"}


def test_month_of_a_monthly_report_stays(extractor: Extractor) -> None:
    found = period_match("Walmart's sales rose 4% in January.", "en")
    assert found is not None and found[1] == "MI01"


# A list's lead-in opens a passage of its own; a fiscal year under way is no reporting period.

def test_german_list_lines_after_a_lead_in_take_the_reported_year(extractor: Extractor) -> None:
    body = ("Für das Geschäftsjahr 2026/27 stellte Siemens ein Umsatzplus von 3 bis 5 Prozent "
            "in Aussicht. Im abgelaufenen Geschäftsjahr 2025/26 stieg der Umsatz um 4 Prozent "
            "auf 79,2 Milliarden Euro. Im vierten Quartal legte der Umsatz um 6 Prozent auf "
            "21,4 Milliarden Euro zu.\nDie Sparten entwickelten sich unterschiedlich:\n"
            "Digital Industries: Umsatz 18,3 Milliarden Euro, Ergebnis 3,1 Milliarden Euro\n")
    assert periods_of(extractor, body, "de", "Siemens Digital Industries", "Revenue", "18300000000",
                      date(2026, 11, 13), headline="Siemens legt Zahlen vor") == {"FY2025/26"}


def test_german_line_without_a_lead_in_keeps_the_quarter_before(extractor: Extractor) -> None:
    body = ("Im abgelaufenen Geschäftsjahr 2025/26 stieg der Umsatz von Siemens um 4 Prozent "
            "auf 79,2 Milliarden Euro. Im vierten Quartal legte der Umsatz um 6 Prozent auf "
            "21,4 Milliarden Euro zu. Das Ergebnis stieg auf 2,9 Milliarden Euro.")
    assert periods_of(extractor, body, "de", "Siemens", "Profit", "2900000000",
                      date(2026, 11, 13), headline="Siemens legt Zahlen vor") == {"Q4 FY2025/26"}


def reported_orders_period(extractor: Extractor, published: date) -> set[str | None]:
    """The periods of the reported orders of a results lead that names a fiscal year first."""
    body = ("Für das Geschäftsjahr 2026/27 stellte Siemens ein Umsatzplus von 3 bis 5 Prozent "
            "in Aussicht. Der Auftragseingang stieg um 8 Prozent auf 90,4 Milliarden Euro.")
    return periods_of(extractor, body, "de", "Siemens", "Other", "90400000000", published,
                      headline="Siemens legt Zahlen vor")


def test_fiscal_year_under_way_is_no_reporting_period(extractor: Extractor) -> None:
    assert "FY2026/27" not in reported_orders_period(extractor, date(2026, 11, 13))


def test_fiscal_year_ended_by_the_date_is_the_reporting_period(extractor: Extractor) -> None:
    assert reported_orders_period(extractor, date(2027, 11, 12)) == {"FY2026/27"}


def test_current_fiscal_year_after_the_year_that_ended_is_the_one_under_way(
        extractor: Extractor) -> None:
    body = ("In the fiscal year that ended on March 31, Toyota's operating profit fell 8% to "
            "4.61 trillion yen. For the current fiscal year, Toyota forecast a 12% fall in "
            "operating profit.")
    assert periods_of(extractor, body, "en", "Toyota Motor", "ProfitGrowth", "-12",
                      date(2026, 5, 12)) == {"FY2027"}


def test_ended_fiscal_year_keeps_its_own_figures(extractor: Extractor) -> None:
    body = ("In the fiscal year that ended on March 31, Toyota's operating profit fell 8% to "
            "4.61 trillion yen. For the current fiscal year, Toyota forecast a 12% fall in "
            "operating profit.")
    assert periods_of(extractor, body, "en", "Toyota Motor", "Profit", "4610000000000",
                      date(2026, 5, 12)) == {"FY2026"}
