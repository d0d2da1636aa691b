"""The periods of figures that are found: values at a moment take none, a
headcount takes no year of the results beside it, calendar words count from
the date of publication, and halves and quarters of a fiscal year.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_figures_periods import dated

from kg.nlp.extract import Extractor
from kg.nlp.periods import period_match, prior_period, resolve_relative
from kg.nlp.periods import period_of as period_of_text
from kg.records import Extraction


def english(extractor: Extractor, body: str, published: date,
            headline: str = "Results") -> Extraction:
    """:func:`dated` for an English article."""
    return dated(extractor, body, published, lang="en", headline=headline)


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
    x = english(extractor, body, date(2026, 8, 10))
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
    x = english(extractor, body, date(2026, 11, 11))
    assert period_of(x, metric, value) is None


def test_a_move_this_year_keeps_its_year_beside_the_market_value(extractor: Extractor) -> None:
    body = ("Nvidia shares have gained 31% this year, giving the company a market value "
            "of about $19 billion.")
    x = english(extractor, body, date(2026, 12, 10))
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


@pytest.mark.parametrize(("text", "expected"), [
    ("profit rose in the second quarter ended Sept. 30, 2026", "Q2 FY2027"),
    ("revenue in the third quarter ended December 31, 2026", "Q3 FY2027"),
    ("revenue in the first quarter ending June 30, 2026", "Q1 FY2027"),
    # the calendar quarter's own last month: a calendar quarter
    ("profit rose in the third quarter ended September 30, 2026", "Q3 2026"),
    ("sales in the six months to September 2026", "H1 FY2027"),
    ("sales in the April-September half of 2026", "H1 FY2027"),
    ("sales in the six months to June 2026", "H1 2026"),
    ("sales in the three months to September 2026", "Q3 2026"),
    ("profit for the year to March 2027", "FY2027"),
    ("profit for the year to December 2026", "2026-12"),  # a calendar year: no fiscal one
])
def test_a_quarter_or_half_ending_off_the_calendar_is_a_fiscal_one(text: str,
                                                                   expected: str) -> None:
    assert period_of_text(text, "en") == expected


def test_a_fiscal_year_ending_in_a_month_in_german() -> None:
    assert period_match("Für das im März 2027 endende Geschäftsjahr rechnet Sony mit mehr.",
                        "de") == ("fy_ending", "FY2027")


def test_a_fiscal_quarter_without_its_year_takes_it_from_the_date(extractor: Extractor) -> None:
    body = ("Infosys said net profit rose 4.2% to 68.10 billion rupees in the second quarter "
            "ended Sept. 30.")
    x = english(extractor, body, date(2026, 10, 16))
    assert period_of(x, "Profit", "68100000000") == "Q2 FY2027"


def test_the_first_half_beside_a_fiscal_half_is_that_half(extractor: Extractor) -> None:
    body = ("Richemont reported 7% growth in the first half. Sales in the six months to the end "
            "of September rose 7 per cent to €11.2bn. Operating profit rose 5 per cent to "
            "€2.6bn.")
    x = english(extractor, body, date(2026, 11, 13))
    assert period_of(x, "Revenue", "11200000000") == "H1 FY2027"
    assert period_of(x, "Profit", "2600000000") == "H1 FY2027"


def test_an_outlook_goes_on_in_the_fiscal_year_the_sentence_before_names(
        extractor: Extractor) -> None:
    body = ("Fanuc raised its forecasts for the fiscal year ending March 2027. The company now "
            "expects revenue of 850 billion yen to 880 billion yen.")
    x = english(extractor, body, date(2026, 10, 27))
    revenue = [f for f in x.figures if f.metric == "Revenue" and f.unit == "JPY"]
    assert [f.period for f in revenue] == ["FY2027"]


@pytest.mark.parametrize(("text", "expected"), [
    ("comparable sales fell in the third quarter ended Nov. 1, 2026", "Q3 2026"),
    ("revenue in the second quarter ended July 31, 2026", "Q2 2026"),
])
def test_a_fiscal_year_ending_early_in_the_year_is_named_as_the_calendar_year(
        text: str, expected: str) -> None:
    assert period_of_text(text, "en") == expected


def test_a_retailer_s_third_quarter_is_dated_as_a_calendar_one(extractor: Extractor) -> None:
    body = ("Comparable sales at Target fell 3.4% in the third quarter ended Nov. 1. "
            "Net sales dropped 2.8% to $4.21 billion.")
    x = english(extractor, body, date(2026, 11, 19))
    assert period_of(x, "Revenue", "4210000000") == "Q3 2026"


@pytest.mark.parametrize(("text", "expected"), [
    # the company's year by its number: a year, as the gold files write it
    ("Für das Geschäftsjahr 2026 will die Bank eine Dividende zahlen.", ("annual", "2026")),
    ("Die Prognose des Geschäftsjahres 2025 steht.", ("annual", "2025")),
    # a year over two calendar years is a fiscal year, written as the text does
    ("Das Ergebnis legte im Geschäftsjahr 2025/26 um 17 Prozent zu.", ("fy", "FY2025/26")),
    ("Das Ergebnis legte im Geschäftsjahr 2025/2026 zu.", ("fy", "FY2025/26")),
    ("Im Fiskaljahr 2026 stieg der Umsatz.", ("fy", "FY2026")),
    # a quarter of a fiscal year stays one
    ("im dritten Quartal des Geschäftsjahres 2026 stieg der Umsatz", ("quarter", "Q3 FY2026")),
])
def test_a_german_business_year(text: str, expected: tuple[str, str]) -> None:
    assert period_match(text, "de") == expected


def test_the_year_before_and_after_a_split_fiscal_year() -> None:
    assert prior_period("FY2025/26", "de") == "FY2024/25"
    assert resolve_relative("kommendes Geschäftsjahr", "FY2025/26", "de") == "FY2026/27"


def test_a_dividend_for_a_business_year_and_the_one_before(extractor: Extractor) -> None:
    body = ("Der Versicherer Allianz will für das Geschäftsjahr 2026 eine Dividende von 16,80 Euro "
            "je Aktie zahlen, nach 15,40 Euro im Vorjahr.")
    x = dated(extractor, body, date(2026, 12, 4), lang="de", headline="Dividenden")
    assert period_of(x, "Dividend", "16.8") == "2026"
    assert period_of(x, "Dividend", "15.4") == "2025"


@pytest.mark.parametrize(("name", "published", "expected"), [
    ("Oracle", date(2026, 10, 30), "Q3 2026"),  # a year ending in December: the calendar's
    # look-alike: a month later, the same words are of a year ending in March
    ("Sony", date(2026, 11, 30), "Q3 FY2027"),
])
def test_a_fiscal_quarter_without_its_year(extractor: Extractor, name: str, published: date,
                                           expected: str) -> None:
    body = (f"Der Konzern {name} hat im dritten Geschäftsquartal den Umsatz um 19 Prozent "
            "auf 21,4 Milliarden Dollar gesteigert.")
    x = dated(extractor, body, published, lang="de", headline=name)
    assert period_of(x, "Revenue", "21400000000") == expected


_Q3_LEAD = "Wells Fargo reported third-quarter results on Wednesday. "


@pytest.mark.parametrize(("body", "metric", "value"), [
    ("Wells Fargo said provisions for credit losses fell to $158 million from $243 million in "
     "the second quarter.", "Other", "158000000"),
    ("Wells Fargo said its net interest margin widened to 3.05% from 2.94% in the second "
     "quarter.", "Other", "3.05"),
])
def test_a_quarter_after_an_old_value_is_not_the_new_one_s(extractor: Extractor, body: str,
                                                           metric: str, value: str) -> None:
    x = english(extractor, _Q3_LEAD + body, date(2026, 10, 14))
    assert period_of(x, metric, value) == "Q3 2026"


def test_the_reported_quarter_after_an_old_value_dates_the_new_one(extractor: Extractor) -> None:
    # look-alike: the quarter reported, after the old value, is the clause's
    body = _Q3_LEAD + ("Wells Fargo said net income rose to $1.8 billion from $1.6 billion in the "
                       "third quarter.")
    x = english(extractor, body, date(2026, 10, 14))
    assert period_of(x, "Profit", "1800000000") == "Q3 2026"


def test_a_quarter_after_a_new_value_without_an_old_one_stays(extractor: Extractor) -> None:
    # look-alike: no number compared with stands between, so the quarter is the value's
    body = _Q3_LEAD + "Wells Fargo said fee income rose 5% to $2.1 billion in the second quarter."
    x = english(extractor, body, date(2026, 10, 14))
    assert period_of(x, "Revenue", "2100000000") == "Q2 2026"
    assert period_of(x, "RevenueGrowth", "5") == "Q2 2026"


# a lead without a period, so the article has none to report on
_NO_PERIOD_LEAD = ("Rheinmetall erhielt einen Auftrag der Bundeswehr. Der Vertrag läuft lange. "
                   "Auftraggeber ist das Beschaffungsamt. Die Munition kommt aus Unterlüß. "
                   "Die Aktie stieg deutlich. ")


def test_a_results_passage_goes_on_in_the_quarter_named_two_sentences_before(
        extractor: Extractor) -> None:
    body = _NO_PERIOD_LEAD + (
        "Im dritten Quartal stieg der Auftragseingang von Rheinmetall um 38 Prozent. Die Zahl "
        "der Werke blieb stabil. Der Umsatz von Rheinmetall kletterte um 21 Prozent auf 2,9 "
        "Milliarden Euro.")
    x = dated(extractor, body, date(2026, 12, 2), lang="de", headline="Rheinmetall")
    assert period_of(x, "Revenue", "2900000000") == "Q3 2026"


def test_a_passage_that_names_another_period_between_gives_none(extractor: Extractor) -> None:
    # look-alike: the sentence between names a month, so the quarter no longer speaks
    body = _NO_PERIOD_LEAD + (
        "Im dritten Quartal stieg der Auftragseingang von Rheinmetall um 38 Prozent. Ende "
        "September lag die Quote höher. Der Umsatz von Rheinmetall kletterte um 21 Prozent auf "
        "2,9 Milliarden Euro.")
    x = dated(extractor, body, date(2026, 12, 2), lang="de", headline="Rheinmetall")
    assert period_of(x, "Revenue", "2900000000") is None


def test_a_sentence_with_a_period_of_its_own_reads_no_passage_back(
        extractor: Extractor) -> None:
    # look-alike: a month of its own (no monthly report) stops the look back
    body = ("Hong Kong shares ended lower on Tuesday. The Hang Seng Index fell 0.4%. Traders were "
            "cautious. Banks were mixed. Property stocks gained. Nomura estimates that JD.com "
            "will spend 10 billion yuan on promotions in the fourth quarter. Meituan shares fell "
            "1.7%. BYD declined 2.2% after reporting that its October sales fell 12% from a year "
            "earlier to 441,706 vehicles.")
    x = english(extractor, body, date(2025, 11, 11), headline="Hong Kong stocks slip")
    assert all(f.period is None for f in x.figures if f.about == "BYD"), x.figures


_HOUSES_BEFORE = ("JPMorgan bestätigte die Einstufung für Siemens Healthineers mit „Overweight“. "
                  "Das Anlageurteil der DZ Bank lautet „Kaufen“. ")


def test_a_house_named_after_its_target_is_the_target_s(extractor: Extractor) -> None:
    body = _HOUSES_BEFORE + ("Mit „Underweight“ und einem Kursziel von 41 Euro für Siemens "
                             "Healthineers bleibt Barclays dagegen skeptisch.")
    x = dated(extractor, body, date(2026, 11, 20), lang="de", headline="Siemens Healthineers")
    targets = [f for f in x.figures if f.metric == "PriceTarget" and f.value == Decimal("41")]
    assert [f.estimated_by for f in targets] == ["Barclays"]


def test_a_target_with_no_house_in_its_sentence_keeps_the_one_before(
        extractor: Extractor) -> None:
    # look-alike: no house after the target, so the house of the sentence before sets it
    body = _HOUSES_BEFORE + "Das Kursziel für Siemens Healthineers liegt bei 58 Euro."
    x = dated(extractor, body, date(2026, 11, 20), lang="de", headline="Siemens Healthineers")
    targets = [f for f in x.figures if f.metric == "PriceTarget" and f.value == Decimal("58")]
    assert [f.estimated_by for f in targets] == ["DZ Bank"]


def test_a_share_price_takes_no_year_of_the_move_before_it(extractor: Extractor) -> None:
    body = "Siemens shares have risen 18% this year to €74.20."
    x = english(extractor, body, date(2026, 12, 3))
    assert period_of(x, "SharePrice", "74.2") is None
    assert period_of(x, "StockPriceChange", "18") == "2026"


def test_a_share_price_of_a_past_year_keeps_it(extractor: Extractor) -> None:
    # look-alike: a year of its own, not the year under way
    body = "Die Siemens-Aktie kostete im Jahr 2021 noch 106 Euro."
    x = dated(extractor, body, date(2026, 12, 3), lang="de", headline="Siemens")
    assert period_of(x, "SharePrice", "106") == "2021"
