"""Figures and periods on texts written for the test: the sign of a change whose verb closes
its clause, and fiscal years named by their end.

Names are real companies (their fiscal years end as ``ontology/fiscal_year_ends.tsv`` says)
or invented ones, facts invented.

- A comma between digits ("um 2,5 Prozent") parts no clause: the verb of change closing the
  clause after a number stands for it as it does after an integer, where "und" or a comma
  parts the number from the change word before it ("sank um 2,5 Prozent und der Gewinn ist
  um 4 Prozent … gestiegen": the 4 rose); without a verb of its own the number shares the
  verb before ("sank um 2,5 Prozent, der Gewinn um 4 Prozent": both fell).
- A year counted in weeks to a day ("in the 52 weeks to September 13") is a fiscal year past;
  with its year written, that year.
- A fiscal year "to" a month ("in the year to March", "im Geschäftsjahr bis Ende September") is
  the year just ended where the month ended a quarter or less before the article's date, else
  the one under way.
- The day a fiscal year ends in brackets after its name ("Geschäftsjahr 2025/26 (30.
  September)") says the month the company's years end in, so "im abgelaufenen Geschäftsjahr"
  is that year; a span of months in the brackets ("(1. April bis 30. September 2026)") is none,
  and a quarter named before it ("im vierten Quartal des Geschäftsjahres 2025/26 (…)") stays
  the quarter.
- A fiscal year named by its number with the month it ends in a relative clause after it ("das
  Geschäftsjahr 2028, das Ende Januar 2028 endet", "fiscal 2028, which ends in January 2028")
  is that fiscal year, not the month; a month named as a deadline stays the month.
- A company whose fiscal year ends in January (Walmart, Ross Stores) counts its quarters in
  that year where the article names the year under way by its number ("in fiscal 2027"), its
  units too; without such a year, and for another company named beside it, the quarter stays
  the calendar's.
- A lead printed under byline, date and credit lines ("Jane Doe in London", "© Bloomberg")
  names its reporting period in the paragraph after them: those lines count for no sentence of
  the lead; a quarter or half the lead names that had not begun by the date ("starting in the
  second half of 2027") is a plan's, no reporting period.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.records import Extraction

_NOV = date(2026, 11, 20)


def _run(extractor: Extractor, body: str, lang: str, headline: str,
         published: date = _NOV) -> Extraction:
    return helpers.run(extractor, body, lang, headline, published=published)


def _values(x: Extraction, metric: str) -> set[Decimal | None]:
    return {f.value for f in x.figures if f.metric == metric}


# --- the sign from a verb closing the clause ------------------------------------------------

@pytest.mark.parametrize("first", ["2,5", "2"])
@pytest.mark.parametrize("joint", [" und", ","])
def test_closing_verb_after_a_decimal_comma(extractor: Extractor, first: str, joint: str) -> None:
    body = (f"Der Umsatz von BASF sank um {first} Prozent{joint} der Gewinn ist um 4 Prozent auf "
            "300 Millionen Euro im dritten Quartal gestiegen.")
    x = _run(extractor, body, "de", "BASF")
    assert _values(x, "ProfitGrowth") == {Decimal("4")}
    assert _values(x, "RevenueGrowth") == {-Decimal(first.replace(",", "."))}


@pytest.mark.parametrize("first", ["2,5", "2"])
def test_shared_verb_after_a_decimal_comma(extractor: Extractor, first: str) -> None:
    # no verb of its own: the 4 fell with the revenue
    x = _run(extractor, f"Der Umsatz von BASF sank um {first} Prozent, der Gewinn um 4 Prozent.",
             "de", "BASF")
    assert _values(x, "ProfitGrowth") == {Decimal("-4")}


def test_closing_verb_after_a_move_and_und(extractor: Extractor) -> None:
    x = _run(extractor, "Die BASF-Aktie hat zeitweise 2,5 Prozent verloren und ist am Ende um 3 "
             "Prozent gestiegen.", "de", "BASF")
    assert _values(x, "StockPriceChange") == {Decimal("-2.5"), Decimal("3")}


# --- fiscal years named by their end ------------------------------------------------------

@pytest.mark.parametrize(("tail", "period"), [
    ("in the 52 weeks to September 13.", "FY2026"),
    ("in the 53 weeks ended 13 September.", "FY2026"),
    ("in the 52 weeks to September 13, 2025.", "FY2025"),
])
def test_year_in_weeks_is_a_year_past(extractor: Extractor, tail: str, period: str) -> None:
    x = _run(extractor, f"BASF said revenue rose 5% to 2.1 billion euros {tail}", "en",
             "BASF results")
    assert helpers.period_of(x, "Revenue", "2100000000") == period


def test_weeks_back_from_now_are_no_fiscal_year(extractor: Extractor) -> None:
    x = _run(extractor, "BASF shares have risen 12% in the past 52 weeks.", "en", "BASF shares")
    assert helpers.period_of(x, "StockPriceChange", "12") != "FY2026"


@pytest.mark.parametrize(("lang", "body", "published", "value", "period"), [
    ("en", "Tesco said pre-tax profit rose 5% to £2.1bn in the year to February.",
     date(2026, 4, 15), "2100000000", "FY2026"),
    ("en", "Tesco expects pre-tax profit of £2.3bn for the year to February.",
     date(2026, 11, 20), "2300000000", "FY2027"),
    ("de", "BASF hat im Geschäftsjahr bis Ende September den Umsatz um 5 Prozent auf 2,1 "
     "Milliarden Euro gesteigert.", _NOV, "2100000000", "FY2026"),
    ("de", "Für das Geschäftsjahr bis Ende März erwartet BASF einen Umsatz von 2,3 Milliarden "
     "Euro.", _NOV, "2300000000", "FY2027"),
])
def test_year_to_a_month(extractor: Extractor, lang: str, body: str, published: date,
                         value: str, period: str) -> None:
    headline = body.split()[0]
    metric = "Profit" if "profit" in body else "Revenue"
    x = _run(extractor, body, lang, headline, published)
    assert helpers.period_of(x, metric, value) == period


_REMUNERATION = "Der Vergütungsbericht der Muster Logistik AG für das Geschäftsjahr 2025/26{end} " \
    "fand wenig Zustimmung.\nIm abgelaufenen Geschäftsjahr war der Umsatz um 4 Prozent auf 2,8 " \
    "Milliarden Euro gestiegen."


@pytest.mark.parametrize("end", [" (30. September)", " (bis Ende September)"])
def test_year_end_in_brackets(extractor: Extractor, end: str) -> None:
    x = _run(extractor, _REMUNERATION.format(end=end), "de", "Muster Logistik AG",
             date(2026, 11, 27))
    assert helpers.period_of(x, "Revenue", "2800000000") == "FY2025/26"


@pytest.mark.parametrize("end", ["", " (1. April bis 30. September 2026)"])
def test_no_year_end_in_brackets(extractor: Extractor, end: str) -> None:
    x = _run(extractor, _REMUNERATION.format(end=end), "de", "Muster Logistik AG",
             date(2026, 11, 27))
    assert helpers.period_of(x, "Revenue", "2800000000") != "FY2025/26"


@pytest.mark.parametrize(("lang", "body", "metric", "value", "period"), [
    ("de", "Für das Geschäftsjahr 2028, das Ende Januar 2028 endet, erwartet die Bank of America "
     "einen Umsatz von 412 Milliarden Dollar bei Nvidia.", "Revenue", "412000000000", "FY2028"),
    ("en", "Bank of America expects Nvidia's revenue of $412 billion for fiscal 2028, which ends "
     "in January 2028.", "Revenue", "412000000000", "FY2028"),
    # a deadline's month stays the month
    ("de", "Bis Januar 2028 will Nvidia 5 Milliarden Dollar investieren.", "Investment",
     "5000000000", "2028-01"),
])
def test_fiscal_year_ending_in_a_relative_clause(extractor: Extractor, lang: str, body: str,
                                                 metric: str, value: str, period: str) -> None:
    x = _run(extractor, body, lang, "Nvidia", date(2026, 12, 5))
    assert helpers.period_of(x, metric, value) == period


# --- quarters of a year ending in January -----------------------------------------------------

_OUTLOOK = "Walmart now expects net sales to grow 4.5% to 5% in fiscal 2027.\n"
_QUARTER = "Revenue rose 5.2% to $179.5 billion in the third quarter ended Oct. 31."


@pytest.mark.parametrize(("body", "period"), [
    (_OUTLOOK + _QUARTER, "Q3 FY2027"),
    ("Walmart raised its outlook.\n" + _QUARTER, "Q3 2026"),
])
def test_quarter_of_a_year_ending_in_january(extractor: Extractor, body: str,
                                              period: str) -> None:
    x = _run(extractor, body, "en", "Walmart results", date(2026, 11, 19))
    assert helpers.period_of(x, "Revenue", "179500000000") == period


def test_unit_counts_in_its_group_year(extractor: Extractor) -> None:
    x = _run(extractor, _OUTLOOK + "Comparable sales at Walmart U.S. rose 4.8% in the third "
             "quarter ended Oct. 31.", "en", "Walmart results", date(2026, 11, 19))
    assert helpers.period_of(x, "RevenueGrowth", "4.8") == "Q3 FY2027"


def test_other_company_keeps_the_calendar(extractor: Extractor) -> None:
    x = _run(extractor, "Ross Stores now expects earnings of $6.40 per share in fiscal 2027.\n"
             "Revenue rose 5.2% to $5.6 billion in the third quarter ended Nov. 1.\nRival TJX "
             "reported revenue of $15 billion for its third quarter.", "en",
             "Ross Stores results", date(2026, 11, 20))
    assert helpers.period_of(x, "Revenue", "5600000000") == "Q3 FY2027"
    assert helpers.period_of(x, "Revenue", "15000000000") == "Q3 2026"


# --- a lead under byline lines ---------------------------------------------------------------

_OPENING = ("BASF has warned that profit will be flat this financial year, as weak demand "
            "for chemicals in Europe offsets growth in Asia.\n"
            "The group said revenue rose 2% to 65 billion euros in the 52 weeks to September 13, "
            "beating estimates.\n"
            "The board also named a new chairman. The vote was held in Ludwigshafen. Shareholders "
            "will meet in April.\n"
            "Agricultural Solutions lifted sales 4% to 10 billion euros.")


@pytest.mark.parametrize(("lines", "period"), [
    ("Jane Doe in Frankfurt\nNovember 4 2026\n© Bloomberg\n", "FY2026"),
    # five sentences of the lead before it: the reporting period comes too late
    ("BASF met analysts on Tuesday. The meeting took place in Ludwigshafen as every year. "
     "Investors asked about costs in Europe for an hour. The chief executive answered them "
     "at length. Many questions were about China and its market.\n", None),
])
def test_short_lines_count_for_no_lead_sentence(extractor: Extractor, lines: str,
                                                period: str | None) -> None:
    x = _run(extractor, "Investors weigh BASF's sales\n" + lines + _OPENING, "en",
             "BASF cuts outlook", date(2026, 11, 4))
    assert helpers.period_of(x, "Revenue", "10000000000") == period


def test_quarter_before_a_year_end_in_brackets_stays_the_quarter(extractor: Extractor) -> None:
    x = _run(extractor, "Im vierten Quartal des Geschäftsjahres 2025/26 (bis Ende September) stieg "
             "der Auftragseingang von Siemens um 12 Prozent auf 24,6 Milliarden Euro.", "de",
             "Siemens", date(2026, 11, 12))
    assert helpers.period_of(x, "Other", "24600000000") == "Q4 FY2025/26"


@pytest.mark.parametrize(("half", "period"), [
    ("the second half of 2027", None),  # not begun at the date: a plan's, reported by no one
    ("the second half of 2026", "H2 2026"),
])
def test_half_not_begun_is_no_reporting_period(extractor: Extractor, half: str,
                                               period: str | None) -> None:
    x = _run(extractor, f"BASF will open two plants in {half}, the company said.\nThe board "
             "also named a new chairman. The vote was held in Ludwigshafen. Shareholders will "
             "meet in April.\nRevenue rose 4% to 16 billion euros.", "en", "BASF plans",
             date(2026, 12, 4))
    assert helpers.period_of(x, "Revenue", "16000000000") == period
