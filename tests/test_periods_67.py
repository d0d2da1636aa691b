"""Periods of quarterly results beside other periods, and two names that are none of a firm.

A fiscal quarter stated before a number keeps its own period where an annual outlook's noun
follows the number ("für sein zweites Geschäftsquartal einen Gewinn von … ausgewiesen und
seine Jahresprognose angehoben"); a company whose fiscal year ends in another month than the
article's company takes none of the quarter the article reports ("Dell reported a rise in
quarterly revenue" in a story on Lenovo's fiscal quarter); a month beside a verb of
publishing results is the day they came out, not the results' period ("hatte Ende Oktober
einen Quartalsgewinn von … gemeldet"); a multiple of the earnings of a rolling span ahead
("for the next 12 months", "forward earnings") is of no year. An index's name before a journalist's post is the
publisher of a byline ("Nikkei staff writer"), and a compound adjective before a noun in the
plural ("AI-capable PCs") names a class of products, not a firm.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kg.nlp.extract import Extractor
from kg.nlp.periods import rolls_ahead
from kg.records import Extraction
from tests.helpers import labels, run

_NOVEMBER = date(2026, 11, 14)


def periods_of(x: Extraction, company: str, metric: str, value: str) -> set[str | None]:
    """The periods of the figures of ``company``, ``metric`` and ``value`` in ``x``."""
    return {f.period for f in x.figures
            if f.about == company and f.metric == metric and f.value == Decimal(value)}


# A fiscal quarter before the number, an annual outlook's noun after it.

def test_german_quarter_before_the_number_beats_the_annual_forecast_after(
        extractor: Extractor) -> None:
    body = ("Sony Group hat für sein zweites Geschäftsquartal einen operativen Gewinn von "
            "377 Milliarden Yen ausgewiesen und seine Jahresprognose angehoben.")
    x = run(extractor, body, lang="de", published=_NOVEMBER)
    assert periods_of(x, "Sony Group", "Profit", "377000000000") == {"Q2 FY2027"}


def test_german_annual_forecast_alone_keeps_the_year(extractor: Extractor) -> None:
    body = ("Sony Group hat seine Jahresprognose für den operativen Gewinn auf "
            "1,52 Billionen Yen angehoben.")
    x = run(extractor, body, lang="de", published=_NOVEMBER)
    assert periods_of(x, "Sony Group", "Profit", "1520000000000") == {"FY2027"}


def test_english_quarter_before_the_number_beats_the_full_year_forecast_after(
        extractor: Extractor) -> None:
    body = ("In its fiscal second quarter, Sony Group's operating profit rose to 377 billion "
            "yen and the company raised its full-year forecast.")
    x = run(extractor, body, lang="en", published=_NOVEMBER)
    assert periods_of(x, "Sony Group", "Profit", "377000000000") == {"Q2 FY2027"}


def test_english_quarter_stated_after_the_forecast_is_still_the_quarter(
        extractor: Extractor) -> None:
    body = ("Sony Group raised its full-year forecast after operating profit rose to 377 "
            "billion yen in its fiscal second quarter.")
    x = run(extractor, body, lang="en", published=_NOVEMBER)
    assert periods_of(x, "Sony Group", "Profit", "377000000000") == {"Q2 FY2027"}


# Another company's quarter, counted by its own fiscal year.

_LENOVO = ("Lenovo Group said net income rose 20% to $420 million in its fiscal second "
           "quarter. Revenue rose 12% to $18.2 billion. ")


def test_quarterly_figure_of_a_calendar_company_takes_no_fiscal_quarter(
        extractor: Extractor) -> None:
    body = _LENOVO + "Dell Technologies last week reported quarterly revenue of $24.7 billion."
    x = run(extractor, body, lang="en", headline="Lenovo profit rises", published=_NOVEMBER)
    assert periods_of(x, "Dell Technologies", "Revenue", "24700000000") == {None}


def test_quarterly_figure_of_a_company_with_the_same_fiscal_year_takes_the_quarter(
        extractor: Extractor) -> None:
    body = _LENOVO + "Sony Group last week reported quarterly revenue of 3.1 trillion yen."
    x = run(extractor, body, lang="en", headline="Lenovo profit rises", published=_NOVEMBER)
    assert periods_of(x, "Sony Group", "Revenue", "3100000000000") == {"Q2 FY2027"}


def test_article_company_keeps_its_quarter(extractor: Extractor) -> None:
    x = run(extractor, _LENOVO, lang="en", headline="Lenovo profit rises", published=_NOVEMBER)
    assert periods_of(x, "Lenovo Group", "Revenue", "18200000000") == {"Q2 FY2027"}


# A month beside a verb of publishing results dates the report.

def test_german_month_end_of_a_report_is_no_period_of_its_growth(extractor: Extractor) -> None:
    body = ("Der Rivale Quanta Computer hatte bereits Ende Oktober einen Quartalsgewinn von "
            "18 Milliarden Taiwan-Dollar gemeldet, ein Plus von 27 Prozent.")
    x = run(extractor, body, lang="de", published=_NOVEMBER)
    growth = periods_of(x, "Quanta Computer", "ProfitGrowth", "27")
    assert growth and "2026-10" not in growth


def test_german_month_end_of_a_headcount_keeps_the_month(extractor: Extractor) -> None:
    body = "Quanta Computer beschäftigte Ende September rund 81.000 Mitarbeiter."
    x = run(extractor, body, lang="de", published=_NOVEMBER)
    assert periods_of(x, "Quanta Computer", "Employees", "81000") == {"2026-09"}


# A publisher's byline names no index.

def test_english_byline_of_the_publisher_is_no_index(extractor: Extractor) -> None:
    body = ("Toyota Motor shares rose 2.1% in Tokyo on Friday.\n"
            "Nikkei staff writer Jane Roe in Nagoya contributed to this report.")
    assert "Nikkei 225" not in labels(run(extractor, body, lang="en", published=_NOVEMBER))


def test_english_index_named_by_its_words_stays(extractor: Extractor) -> None:
    body = ("Toyota Motor shares rose 2.1% in Tokyo on Friday, while the Nikkei average "
            "slipped 0.3%.")
    assert "Nikkei 225" in labels(run(extractor, body, lang="en", published=_NOVEMBER))


def test_german_correspondent_of_the_publisher_is_no_index(extractor: Extractor) -> None:
    body = ("Die Toyota-Aktie stieg in Tokio um 2,1 Prozent.\n"
            "Nikkei-Korrespondentin Jane Roe hat zu diesem Bericht beigetragen.")
    assert "Nikkei 225" not in labels(run(extractor, body, lang="de", published=_NOVEMBER))


def test_german_index_closing_stays(extractor: Extractor) -> None:
    body = "Die Toyota-Aktie stieg in Tokio um 2,1 Prozent, der Nikkei schloss 0,3 Prozent tiefer."
    assert "Nikkei 225" in labels(run(extractor, body, lang="de", published=_NOVEMBER))


# A compound adjective and a plural are a class of products.

def test_english_adjective_and_plural_after_a_company_noun_are_no_firm(
        extractor: Extractor) -> None:
    body = ("Chief Executive Yang Yuanqing said the Beijing-based company expects AI-capable "
            "PCs to make up a third of its shipments.")
    x = run(extractor, body, lang="en", headline="Lenovo sees PC recovery", published=_NOVEMBER)
    assert "AI-capable PCs" not in labels(x)


def test_english_firm_after_a_seat_compound_stays(extractor: Extractor) -> None:
    body = ("Lenovo Group competes with the Shenzhen-based server maker Qinglan Systems in "
            "data centers.")
    x = run(extractor, body, lang="en", headline="Lenovo sees PC recovery", published=_NOVEMBER)
    assert "Qinglan Systems" in labels(x)



# A multiple of the earnings of a rolling span ahead is of no year.

def test_english_multiple_of_the_next_twelve_months_takes_no_year(extractor: Extractor) -> None:
    body = ("Toyota Motor shares have risen 30% this year and trade at about 11 times "
            "estimated earnings for the next 12 months.")
    x = run(extractor, body, lang="en", published=_NOVEMBER)
    assert periods_of(x, "Toyota Motor", "ValuationMultiple", "11") == {None}


def test_english_multiple_of_a_named_year_keeps_it(extractor: Extractor) -> None:
    body = "Toyota Motor trades at about 11 times its expected earnings for 2027."
    x = run(extractor, body, lang="en", published=_NOVEMBER)
    assert periods_of(x, "Toyota Motor", "ValuationMultiple", "11") == {"2027"}


def test_german_rolling_span_after_a_multiple() -> None:
    text = "das 11-Fache der erwarteten Gewinne der nächsten zwölf Monate"
    assert rolls_ahead(text, text.index("-Fache"), "de")


def test_german_named_year_after_a_multiple_is_no_rolling_span() -> None:
    text = "das 11-Fache der erwarteten Gewinne für 2027, nicht der nächsten zwölf Monate"
    assert not rolls_ahead(text, text.index("-Fache"), "de")
