"""Families of figures, each on sentences written for the test: a
positive case and look-alikes that must not fire, or must not move the figure to another
company, metric or period.

Names are real companies (their fiscal year ends as ``ontology/fiscal_year_ends.tsv``
says), facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Extraction, Figure


def _extract(extractor: Extractor, body: str, lang: str, headline: str,
             published: date) -> Extraction:
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=published)
    return extractor.extract(article)


def _one(figures: list[Figure], metric: str, value: str) -> Figure:
    """The single figure of ``metric`` and ``value``; the test fails where there is none or
    more than one."""
    [found] = [f for f in figures if f.metric == metric and f.value == Decimal(value)]
    return found


# --- a quarter named by its months: the fiscal quarter where the article counts it so -------

_NOV_2025 = date(2025, 11, 10)


@pytest.mark.parametrize(("lang", "headline", "body", "metric", "value", "period"), [
    # the article names the months' place in its fiscal year: that fiscal quarter (a year
    # ending in March: July to September is the second quarter of FY2026)
    ("en", "Sony results", "Sony's sales rose in the July-September quarter, the second quarter "
     "of its fiscal year. Operating profit for the quarter rose 14% to 429 billion yen.",
     "Profit", "429000000000", "Q2 FY2026"),
    ("en", "Sony results", "Sony said revenue rose 5% to 3.1 trillion yen in the three months "
     "to September, its fiscal second quarter.", "Revenue", "3100000000000", "Q2 FY2026"),
    ("en", "Toyota results", "Toyota's operating profit fell 20% to 1.1 trillion yen in the "
     "April to June quarter. It was the first quarter of its fiscal year.", "Profit",
     "1100000000000", "Q1 FY2026"),
    ("de", "Sony", "Im Quartal Juli bis September, dem zweiten Geschäftsquartal, steigerte "
     "Sony den Umsatz auf 3,1 Billionen Yen.",
     "Revenue", "3100000000000", "Q2 FY2026"),
    # a year ending in September: the same months close it
    ("en", "Apple results", "Apple said revenue rose 8% to $102 billion in the July-September "
     "quarter, its fiscal fourth quarter.", "Revenue", "102000000000", "Q4 FY2025"),
    # a quarter named by its months alone is the company's fiscal quarter where the catalogue
    # knows its year to end in another month than December …
    ("en", "Sony results", "Sony's operating profit rose 12% to 380 billion yen in the "
     "July–September quarter.", "Profit", "380000000000", "Q2 FY2026"),
    ("de", "Sony", "Sony steigerte den Umsatz im Quartal Juli bis September auf 3,1 Billionen "
     "Yen.", "Revenue", "3100000000000", "Q2 FY2026"),
    # … whatever other fiscal quarter the article names …
    ("en", "Sony results", "Sony's operating profit rose 12% to 380 billion yen in the "
     "July–September quarter. It expects a weaker fiscal fourth quarter.", "Profit",
     "380000000000", "Q2 FY2026"),
    # … and a calendar-year company keeps the calendar quarter
    ("en", "BASF results", "BASF said sales rose 3% to 15 billion euros in the July-September "
     "quarter, its third quarter.", "Revenue", "15000000000", "Q3 2025"),
    ("de", "BASF", "BASF steigerte den Umsatz im Quartal Juli bis September auf 15 Milliarden "
     "Euro.", "Revenue", "15000000000", "Q3 2025"),
    # an ordinal quarter stays the one the company counts
    ("de", "Siemens", "Siemens steigerte den Umsatz im vierten Geschäftsquartal von Juli bis "
     "September auf 20 Milliarden Euro.", "Revenue", "20000000000", "Q4 FY2025"),
])
def test_quarter_named_by_months_is_fiscal_where_the_article_counts_it_so(
        extractor: Extractor, lang: str, headline: str, body: str, metric: str, value: str,
        period: str) -> None:
    x = _extract(extractor, body, lang, headline, _NOV_2025)
    assert _one(x.figures, metric, value).period == period


def test_months_without_a_quarter_word_stay_a_span(extractor: Extractor) -> None:
    # "von Juli bis September" alone names months: the calendar quarter they make up for a
    # company whose year is the calendar's; written as it stands for one whose year ends
    # in September, whose fourth quarter they are
    x = _extract(extractor, "Von Juli bis September steigerte BASF den Umsatz auf 15 Milliarden "
                 "Euro.", "de", "BASF", _NOV_2025)
    assert _one(x.figures, "Revenue", "15000000000").period == "Q3 2025"
    x = _extract(extractor, "Von Juli bis September steigerte Siemens den Umsatz auf 19 "
                 "Milliarden Euro.", "de", "Siemens", _NOV_2025)
    assert _one(x.figures, "Revenue", "19000000000").period == "Juli bis September"


# --- a dividend for the fiscal year just ended ----------------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "published", "value", "period"), [
    # a year ending in September, told in November: the one just ended
    ("de", "Siemens", "Für das abgelaufene Geschäftsjahr will Siemens eine Dividende von 5,20 "
     "Euro je Aktie zahlen.", date(2025, 11, 13), "5.2", "FY2025"),
    ("de", "Siemens", "Siemens will für das vergangene Geschäftsjahr eine Dividende von 5,20 "
     "Euro je Aktie ausschütten.", date(2025, 11, 13), "5.2", "FY2025"),
    ("en", "Siemens results", "Siemens proposed a dividend of 5.20 euros per share for the "
     "fiscal year just ended.", date(2025, 11, 13), "5.2", "FY2025"),
    # a year ending in March, told in May: the one that ended in March
    ("en", "Sony results", "Sony will pay a dividend of 25 yen per share for the fiscal year "
     "just ended.", date(2026, 5, 13), "25", "FY2026"),
    # a fiscal year written by its two calendar years alone
    ("de", "Siemens Healthineers", "Die Aktionäre von Siemens Healthineers sollen für 2025/26 "
     "eine Dividende von 1,00 Euro je Aktie erhalten.", date(2026, 11, 17), "1", "FY2025/26"),
])
def test_dividend_for_the_year_just_ended(extractor: Extractor, lang: str, headline: str,
                                          body: str, published: date, value: str,
                                          period: str) -> None:
    x = _extract(extractor, body, lang, headline, published)
    dividend = _one(x.figures, "Dividend", value)
    assert dividend.period == period
    assert dividend.about in headline or headline.startswith(dividend.about.split()[0])


@pytest.mark.parametrize(("body", "period"), [
    # look-alikes: the year under way is not the one just ended, nor is a plain year a split
    ("BASF will für das laufende Geschäftsjahr eine Dividende von mindestens 2,25 Euro zahlen.",
     "2026"),
    ("BASF will für 2025 eine Dividende von 2,25 Euro zahlen.", "2025"),
])
def test_dividend_of_another_year_keeps_it(extractor: Extractor, body: str, period: str) -> None:
    x = _extract(extractor, body, "de", "BASF", date(2026, 2, 27))
    assert _one(x.figures, "Dividend", "2.25").period == period


def test_outlook_in_the_headline_is_no_reporting_period(extractor: Extractor) -> None:
    # the headline's "Ausblick für 2026/27" is the outlook's year, not the one reported on
    body = ("Siemens Healthineers hat im Geschäftsjahr 2025/26 mehr verdient. Die Sparte Varian "
            "steigerte ihre Marge im Gesamtjahr auf 18,2 Prozent.")
    x = _extract(extractor, body, "de", "Siemens Healthineers: Ausblick für 2026/27 enttäuscht",
                 date(2026, 11, 17))
    assert _one(x.figures, "Other", "18.2").period == "FY2025/26"


# --- "sich mit/für X an Y beteiligen": X invests the amount in Y -----------------------------

@pytest.mark.parametrize(("body", "invests"), [
    ("Siemens will sich für 1 Milliarde Euro an Porsche beteiligen.", True),
    ("Siemens will sich mit 1 Milliarde Euro an Porsche beteiligen.", True),
    ("Siemens beteiligt sich mit 1 Milliarde Euro an Porsche.", True),
    # look-alikes: a share of costs or profits is no stake in a company
    ("Siemens will sich für 1 Milliarde Euro an den Kosten beteiligen.", False),
    ("Die Mitarbeiter von Porsche sollen mit 1 Milliarde Euro am Gewinn beteiligt werden.", False),
])
def test_stake_bought_for_an_amount_is_the_buyers_investment(extractor: Extractor, body: str,
                                                            invests: bool) -> None:
    x = _extract(extractor, body, "de", "Marktbericht", date(2026, 2, 5))
    relations = {(r.subject, r.object) for r in x.relations if r.predicate == "investsIn"}
    investments = {(f.about, f.value, f.unit) for f in x.figures if f.metric == "Investment"}
    if invests:
        assert relations == {("Siemens", "Porsche")}
        assert investments == {("Siemens", Decimal(1000000000), "EUR")}
    else:
        assert (relations, investments) == (set(), set())


# --- an order placed with a named company: the receiver's order, never the client's ---------

@pytest.mark.parametrize(("body", "receiver"), [
    ("Die Deutsche Bahn hat einen Auftrag über 2 Milliarden Euro an Siemens erteilt.", "Siemens"),
    ("Die Deutsche Bahn vergibt einen Auftrag über 2 Milliarden Euro an Siemens.", "Siemens"),
    ("Die Deutsche Bahn hat Siemens einen Auftrag über 2 Milliarden Euro erteilt.", "Siemens"),
    # look-alikes: two receivers may share it; a place is no receiver; the client never gets it
    ("Die Deutsche Bahn hat einen Auftrag über 2 Milliarden Euro an Siemens und Alstom erteilt.",
     None),
    ("Die Deutsche Bahn vergibt Aufträge über 2 Milliarden Euro an Firmen in Frankreich.", None),
])
def test_order_placed_is_the_receivers(extractor: Extractor, body: str,
                                       receiver: str | None) -> None:
    x = _extract(extractor, body, "de", "Marktbericht", date(2026, 2, 5))
    owners = [(f.about, f.metric, f.unit) for f in x.figures if f.value == Decimal(2000000000)]
    assert owners == ([(receiver, "Other", "EUR")] if receiver else [])


# --- a payment company's volumes and a retailer's GMV: `Other`, each its own -----------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Mastercard said payments volume grew 8% and cross-border volume climbed 13%."),
    ("en", "Mastercard's revenue rose 11%. Payments volume grew 8% and cross-border volume, "
           "excluding transactions within Europe, climbed 13%."),
    ("de", "Bei Mastercard stieg das Zahlungsvolumen um 8 Prozent, das grenzüberschreitende "
           "Volumen legte um 13 Prozent zu."),
])
def test_two_volumes_in_one_sentence(extractor: Extractor, lang: str, body: str) -> None:
    x = _extract(extractor, body, lang, "Mastercard", date(2026, 1, 30))
    for value in ("8", "13"):
        assert _one(x.figures, "Other", value).about == "Mastercard"
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


def test_a_volume_beside_the_shares_move_is_no_move(extractor: Extractor) -> None:
    body = "Mastercard shares rose 2% after payments volume grew 8% and cross-border volume " \
           "climbed 13%."
    x = _extract(extractor, body, "en", "Mastercard", date(2026, 1, 30))
    assert {f.value for f in x.figures if f.metric == "StockPriceChange"} == {Decimal(2)}


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Zalando, Europe's largest online fashion retailer with more than 50 million "
           "customers, said GMV rose 4%."),
    ("en", "Zalando said gross merchandise value rose 4% in the quarter."),
    ("de", "Zalando, Europas größter Online-Modehändler mit mehr als 50 Millionen Kunden, "
           "steigerte das Bruttowarenvolumen um 4 Prozent."),
])
def test_gmv_after_an_apposition_is_the_subjects(extractor: Extractor, lang: str,
                                                 body: str) -> None:
    x = _extract(extractor, body, lang, "Marktbericht", date(2026, 3, 5))
    gmv = _one(x.figures, "Other", "4")
    assert (gmv.about, gmv.unit) == ("Zalando", "Percent")
    assert not [f for f in x.figures if f.metric == "RevenueGrowth"]
