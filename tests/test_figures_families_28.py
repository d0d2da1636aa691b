"""Figure families the extractor still missed, each on sentences written for the
test with look-alikes that must not fire: the period of a "full-year" outlook.

Names are invented or real companies, facts invented.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Extraction, Figure

_PUBLISHED = datetime.date(2026, 11, 5)


def dated(extractor: Extractor, text: str, lang: str = "en") -> Extraction:
    """The extraction of ``text`` (headline first) published on a known day, so a
    period in words ("full-year") has a year to resolve to."""
    article = make_article(text=text, source="test", article_id="t", lang=lang,
                           published=_PUBLISHED)
    return extractor.extract(article)


def figure(x: Extraction, metric: str, value: str) -> Figure:
    """The one figure of ``metric`` whose value (or lower end of its range) is ``value``."""
    found = [f for f in x.figures if f.metric == metric
             and Decimal(value) in (f.value, f.min_value)]
    assert len(found) == 1, x.figures
    return found[0]


# --- the "full-year" of an outlook is the current year -----------------------------------------

def test_full_year_outlook_range_takes_the_current_year(extractor: Extractor) -> None:
    x = dated(extractor, "PayPal lifts outlook\nPayPal now expects full-year adjusted "
                         "earnings of $5.35 to $5.39 per share.")
    assert figure(x, "EarningsPerShare", "5.35").period == "2026"


def test_full_year_forecast_word_after_takes_the_fiscal_year(extractor: Extractor) -> None:
    # the article reports a fiscal quarter: the outlook's year is that fiscal year
    x = dated(extractor, "Salesforce beats\nSalesforce posted revenue of $10.61 billion for "
                         "its fiscal 2027 third quarter. The company also lifted its "
                         "full-year revenue outlook to between $41.6 billion and $41.8 billion.")
    assert figure(x, "Revenue", "41600000000").period == "FY2027"


def test_full_year_result_takes_no_year(extractor: Extractor) -> None:
    # look-alike: a result of the whole year, posted after it ended, is not this year's
    x = dated(extractor, "Bayer results\nBayer posted full-year revenue of 46 billion euros.")
    assert figure(x, "Revenue", "46000000000").period is None


def test_full_year_outlook_does_not_pass_to_a_later_amount(extractor: Extractor) -> None:
    # look-alike: the buyback after the forecast's amount is no full-year figure
    x = dated(extractor, "Mitsubishi Corp\nMitsubishi Corp raised its full-year net profit "
                         "forecast to 1.05 trillion yen and announced a share buyback of "
                         "500 billion yen.")
    assert figure(x, "Profit", "1050000000000").period == "2026"
    assert figure(x, "ShareBuyback", "500000000000").period is None


# --- the year before's words after an amount and its per-share value speak for both -----------

def test_prior_year_after_amount_and_per_share_pair(extractor: Extractor) -> None:
    x = dated(extractor, "PNC profit rises\nPNC earned $1.71 billion, or $4.02 per share, in the "
                         "second quarter, compared with $1.53 billion, or $3.58 per share, a year "
                         "earlier.")
    assert figure(x, "Profit", "1530000000").period == "Q2 2025"
    assert figure(x, "EarningsPerShare", "3.58").period == "Q2 2025"
    # look-alike: the pair of the quarter reported, followed by its own quarter
    assert figure(x, "Profit", "1710000000").period == "Q2 2026"
    assert figure(x, "EarningsPerShare", "4.02").period == "Q2 2026"


def test_german_prior_year_after_amount_and_per_share_pair(extractor: Extractor) -> None:
    x = dated(extractor, "Allianz verdient mehr\nDie Allianz verdiente im dritten Quartal "
                         "2,6 Milliarden Euro oder 6,60 Euro je Aktie, nach 2,2 Milliarden Euro "
                         "oder 5,60 Euro je Aktie im Vorjahresquartal.", lang="de")
    assert figure(x, "Profit", "2200000000").period == "Q3 2025"
    assert figure(x, "Profit", "2600000000").period == "Q3 2026"
