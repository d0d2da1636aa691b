"""The periods of figures in articles of a company whose fiscal year does not
end in December: where the article names the month its fiscal year ends in
("the fiscal year ending March 2027", "im Ende März endenden Geschäftsjahr"),
a quarter or half it gives without a year ("second-quarter profit") is one of
that fiscal year, and a quarter it names only by its months ("the
July-September quarter") is the fiscal quarter those months are; a German
quarter "seines Geschäftsjahres 2027" is that fiscal year's.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_figures_periods import dated
from test_periods_29 import english, period_of

from kg.catalogue import Catalogue
from kg.nlp.document import Document, Sentence
from kg.nlp.extract import Extractor
from kg.nlp.periods import fiscal_year_end
from kg.nlp.periods import period_of as period_of_text

_OCT = date(2026, 10, 20)

_QUARTER = ("Wipro reported a 7% rise in second-quarter profit on Thursday. Net profit rose "
            "to 31.5 billion rupees in the quarter, helped by banking clients. ")


@pytest.mark.parametrize(("outlook", "expected"), [
    # the company names its fiscal year by the month it ends in
    ("Wipro expects revenue for the fiscal year ending March 2027 to grow 2%.", "Q2 FY2027"),
    ("Its financial year that ends in March has two quarters left.", "Q2 FY2027"),
    ("Revenue for the year to June 2027 should grow 2%.", "Q2 FY2027"),  # October to December
    # none named: the catalogue's (Wipro's ends in March, as every Indian listed company's)
    ("Wipro expects revenue to grow 2% this year.", "Q2 FY2027"),
    # look-alikes: one ending in December, two different ones
    ("Wipro expects revenue for the fiscal year ending December 2026 to grow 2%.", "Q2 2026"),
    ("Revenue for the fiscal year ending March 2027 should grow 2%, while its rival's "
     "fiscal year ending June 2027 looks weaker.", "Q2 2026"),
])
def test_a_bare_quarter_is_one_of_the_fiscal_year_the_article_names(
        extractor: Extractor, outlook: str, expected: str) -> None:
    x = english(extractor, _QUARTER + outlook, _OCT)
    assert period_of(x, "Profit", "31500000000") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the year before of a fiscal quarter is that fiscal quarter a year earlier
    ("Infosys reported a 9% rise in second-quarter profit on Thursday. Net profit rose to "
     "74 billion rupees, compared with 68 billion rupees a year earlier. Infosys expects "
     "revenue for the fiscal year ending March 2027 to grow 3%.",
     {("Profit", "74000000000"): "Q2 FY2027", ("Profit", "68000000000"): "Q2 FY2026"}),
    # a quarter named by its months and a bare half are both fiscal
    ("Sony expects operating profit of 1.5 trillion yen for the fiscal year through March "
     "2027. Operating profit in the July-September quarter rose 14% to 428 billion yen. "
     "Music sales rose 9% to 900 billion yen in the first half.",
     {("Profit", "428000000000"): "Q2 FY2027", ("Revenue", "900000000000"): "H1 FY2027"}),
])
def test_fiscal_parts_beside_other_periods(extractor: Extractor, body: str,
                                          expected: dict[tuple[str, str], str]) -> None:
    x = english(extractor, body, _OCT)
    assert {key: period_of(x, *key) for key in expected} == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Oracle hat im ersten Quartal seines Geschäftsjahres 2027 den Umsatz um 14 Prozent "
     "auf 16,9 Milliarden Dollar gesteigert.", "Q1 FY2027"),
    ("Die Deutsche Telekom hat im zweiten Quartal ihres Geschäftsjahres 2026 den Umsatz um "
     "4 Prozent auf 16,9 Milliarden Euro gesteigert.", "Q2 FY2026"),
    # look-alike: a calendar quarter with its year
    ("Oracle hat im ersten Quartal 2027 den Umsatz um 14 Prozent auf 16,9 Milliarden "
     "Dollar gesteigert.", "Q1 2027"),
])
def test_a_german_quarter_of_its_fiscal_year(extractor: Extractor, body: str,
                                             expected: str) -> None:
    x = dated(extractor, body, date(2026, 9, 10))
    assert period_of(x, "Revenue", "16900000000") == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Toyota raised its forecast for the fiscal year ending in March.", "en", 3),
    ("Siemens rechnet im Ende September endenden Geschäftsjahr mit mehr Umsatz.", "de", 9),
    ("Der Umsatz im Geschäftsjahr bis Ende Juni soll steigen.", "de", 6),
    ("Toyota raised its forecast for the year.", "en", None),
    ("Walmart's fiscal year ending January 2027 looks strong.", "en", None),
])
def test_the_month_a_fiscal_year_ends_in(body: str, lang: str, expected: int | None) -> None:
    document = Document(lang=lang, sentences=[Sentence(start=0, text=body, mentions=[],
                                                        index=0)],
                        catalogue=Catalogue())
    assert fiscal_year_end(document) == expected


@pytest.mark.parametrize(("body", "value", "expected"), [
    # the article counts the quarters of fiscal year 2026: its "Q2 2026" is the fiscal one
    ("Nvidia reported results for its first quarter of fiscal year 2026. Revenue rose 69% "
     "to $44 billion. For Q2 2026, the company guided to revenue of $45 billion.",
     "45000000000", "Q2 FY2026"),
    # look-alikes: a fiscal quarter of another year, and no fiscal quarter at all
    ("Nvidia reported results for its first quarter of fiscal year 2027. Revenue rose 69% "
     "to $44 billion. For Q2 2026, the company had guided to revenue of $45 billion.",
     "45000000000", "Q2 2026"),
    ("Nvidia reported results for the first quarter. Revenue rose 69% to $44 billion. "
     "For Q2 2026, the company guided to revenue of $45 billion.", "45000000000", "Q2 2026"),
])
def test_a_dated_quarter_in_an_article_counting_that_fiscal_year(
        extractor: Extractor, body: str, value: str, expected: str) -> None:
    x = english(extractor, body, date(2026, 5, 29))
    assert period_of(x, "Revenue", value) == expected


_MOVE = ("Nvidia shares fell 3% to $180.20 in extended trading even though the chipmaker "
         "reported fourth-quarter revenue well ahead of estimates. Nvidia's revenue rose 60% "
         "to $57 billion. ")
_MOVE_DE = ("Die Aktie von Siemens Healthineers hat am Mittwoch nach den Zahlen zum vierten "
            "Geschäftsquartal 2,1 Prozent auf 47,30 Euro verloren. ")


@pytest.mark.parametrize(("body", "lang", "metric", "value", "expected"), [
    (_MOVE, "en", "StockPriceChange", "-3", None),
    (_MOVE, "en", "SharePrice", "180.2", None),
    (_MOVE_DE, "de", "StockPriceChange", "-2.1", None),
    (_MOVE_DE, "de", "SharePrice", "47.3", None),
    # look-alikes: the quarter stays the revenue's, and a year of a move stays the move's
    (_MOVE, "en", "Revenue", "57000000000", "Q4 2026"),
    ("Nvidia shares have gained 58% in 2026.", "en", "StockPriceChange", "58", "2026"),
])
def test_a_share_price_and_its_move_take_no_reported_quarter(
        extractor: Extractor, body: str, lang: str, metric: str, value: str,
        expected: str | None) -> None:
    x = dated(extractor, body, date(2026, 12, 4), lang=lang, headline="Results")
    assert period_of(x, metric, value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("its fuel bill for the first half of the 2027 financial year would reach A$3 billion",
     "H1 FY2027"),
    ("sales in the second half of fiscal 2027 should recover", "H2 FY2027"),
    ("profit in the third quarter of its 2026 fiscal year rose", "Q3 FY2026"),
    # look-alikes: a calendar half with its year, and a half without one
    ("sales in the first half of 2027 should recover", "H1 2027"),
    ("sales in the first half of the year rose", "H1"),
])
def test_a_half_or_quarter_of_a_numbered_fiscal_year(text: str, expected: str) -> None:
    assert period_of_text(text, "en") == expected


@pytest.mark.parametrize(("body", "value", "expected"), [
    # a monthly report: its other months are counted too
    ("BYD delivered 480,000 vehicles in November, up 5% from a year earlier. BYD expects to "
     "deliver 500,000 vehicles in December.", "500000", "2026-12"),
    ("BYD delivered 480,000 vehicles in November, up 5% from a year earlier. BYD expects to "
     "deliver 500,000 vehicles in December.", "480000", "2026-11"),
    # look-alike: a quarterly report gives a month named without its year to no number
    ("Nio reported third-quarter revenue of 20 billion yuan. Nio expects to deliver 40,000 "
     "vehicles in December.", "40000", None),
])
def test_every_month_of_a_monthly_report_is_a_period(
        extractor: Extractor, body: str, value: str, expected: str | None) -> None:
    x = english(extractor, body, date(2026, 12, 1))
    assert period_of(x, "Other", value) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a month before what a monthly report counts makes the report monthly
    ("TSMC said its October revenue rose 30% from a year earlier to NT$350 billion.",
     "2026-10"),
    ("TSMC said October's revenue rose 30% from a year earlier to NT$350 billion.",
     "2026-10"),
    # look-alike: a month that ends a quarter is no monthly revenue
    ("TSMC said revenue in the September quarter rose 30% to NT$350 billion.", "Q3 2026"),
])
def test_a_month_before_a_monthly_count(extractor: Extractor, body: str,
                                        expected: str) -> None:
    x = english(extractor, body, date(2026, 11, 10))
    assert period_of(x, "Revenue", "350000000000") == expected


def test_a_span_of_months_before_revenue_stays_the_span() -> None:
    assert period_of_text("From January through October revenue rose 30%.", "en") == "10M"
