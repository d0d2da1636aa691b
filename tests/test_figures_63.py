"""Figures and periods on texts written for the test.

Names are real companies (their fiscal years end as ``ontology/fiscal_year_ends.tsv`` says),
facts invented.

- The first quarters of a year counted in quarters ("in den ersten drei Quartalen", "in the
  first three quarters") are its first months, "9M" (two: "H1"); "three quarters in a row"
  or "im dritten Quartal" are none of them.
- A span of months that makes up a calendar quarter ("von Juli bis September") is that
  quarter for a company whose year is the calendar's; for one whose year ends off December
  (Siemens, September) it stays as written, and so does a span that is no quarter.
- Fiscal years of Indian, Japanese and Australian companies as catalogue data: a bare
  quarter or half of Infosys (March), BHP (June) or Westpac (September) told just after it
  ended is one of its fiscal year; Rio Tinto's (December) stays the calendar's.
- A box of a label line and a value line ("Kursziel:" / "168 Euro") is one statement: the
  label is the value's metric word; not across a blank line, and not after a longer line
  ending in a colon.
- Wafers and barrels counted ("to about 140,000 wafers", "2.84 million barrels of oil
  equivalent per day") and a payment company's processed volume are `Other` figures; chips
  are no count ("2-nanometer chips"), a share move beside them stays the share's, and a
  price per ton or barrel is no figure.
- A month with a count after it ("im Oktober 441.000 Fahrzeuge") is the month of a monthly
  report, not a month of a year written in two digits.
- An index ticker bar whose moves stand without brackets ("MDAX 30.118,22 +0,15 %"); a
  lone cell beside a currency is no bar.
- A strip of share moves by ticker under a byline ("NKE +0.84%   ONON -1.12%"): each move is
  the company's whose ticker it is, where the article names it; a ticker of a company not
  named, or a cell alone, gives nothing.
- A quote box whose name carries its instrument code in brackets and whose venue stands in a
  cell of its own ("Allianz SE (ALVG.DE) | Xetra | 372.80 EUR | +2.6%"): the price, the move
  and the venue; a word in brackets after the name is no code.
- A relative clause right after a metric word holds that metric's number ("a 73% jump in Data
  Center revenue, which came in at $39.1 billion"); not one after a number ("profit rose 5%,
  which beat the 3% analysts had expected") or after a name.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

from kg.catalogue import load_fiscal_year_ends
from kg.nlp.extract import Extractor
from kg.records import Extraction

_NOV = date(2026, 11, 12)


def _run(extractor: Extractor, body: str, lang: str, headline: str,
         published: date = _NOV) -> Extraction:
    return helpers.run(extractor, body, lang, headline, published=published)


# --- the first quarters of a year --------------------------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "value", "period"), [
    ("de", "BASF", "BASF steigerte den Umsatz in den ersten drei Quartalen um 4 Prozent auf "
     "48 Milliarden Euro.", "48000000000", "9M 2026"),
    ("de", "BASF", "In den ersten zwei Quartalen erzielte BASF einen Umsatz von 32 Milliarden "
     "Euro.", "32000000000", "H1 2026"),
    ("en", "BASF results", "BASF said revenue in the first three quarters rose 4% to 48 billion "
     "euros.", "48000000000", "9M 2026"),
    ("en", "BASF results", "BASF posted revenue of 48 billion euros in the first three quarters "
     "of 2025.", "48000000000", "9M 2025"),
])
def test_first_quarters_are_the_first_months(extractor: Extractor, lang: str, headline: str,
                                             body: str, value: str, period: str) -> None:
    assert helpers.period_of(_run(extractor, body, lang, headline), "Revenue", value) == period


@pytest.mark.parametrize(("lang", "headline", "body", "value", "period"), [
    # a run of quarters is no span of the year's first months
    ("de", "BASF", "BASF steigerte den Umsatz im dritten Quartal auf 16 Milliarden Euro, drei "
     "Quartale in Folge.", "16000000000", "Q3 2026"),
    ("en", "BASF results", "BASF said third-quarter revenue rose to 16 billion euros, the third "
     "quarter in a row of growth.", "16000000000", "Q3 2026"),
])
def test_a_run_of_quarters_is_no_span(extractor: Extractor, lang: str, headline: str, body: str,
                                      value: str, period: str) -> None:
    assert helpers.period_of(_run(extractor, body, lang, headline), "Revenue", value) == period


# --- months that make up a quarter -------------------------------------------------------

@pytest.mark.parametrize(("headline", "body", "value", "period"), [
    # the calendar's year: the quarter
    ("Continental", "Continental steigerte den Umsatz von Juli bis September um 2 Prozent auf "
     "4,8 Milliarden Euro.", "4800000000", "Q3 2026"),
    ("BASF", "BASF steigerte den Umsatz von Januar bis März auf 17 Milliarden Euro.",
     "17000000000", "Q1 2026"),
    # a year ending in September: the months are its fourth quarter, written as they stand
    ("Siemens", "Siemens steigerte den Umsatz von Juli bis September auf 21 Milliarden Euro.",
     "21000000000", "Juli bis September"),
    # months that make up no quarter stay as written
    ("Continental", "Continental steigerte den Umsatz von Juli bis November auf 8,1 Milliarden "
     "Euro.", "8100000000", "Juli bis November"),
])
def test_months_of_a_quarter(extractor: Extractor, headline: str, body: str, value: str,
                             period: str) -> None:
    assert helpers.period_of(_run(extractor, body, "de", headline), "Revenue", value) == period


# --- fiscal years of Indian, Japanese and Australian companies -----------------------------

def test_fiscal_years_as_data() -> None:
    ends = load_fiscal_year_ends()
    assert ends["Infosys"] == ends["HDFC Bank"] == ends["Komatsu"] == 3
    assert ends["BHP"] == ends["Commonwealth Bank of Australia"] == 6
    assert ends["Westpac"] == 9
    # December years are not listed
    assert "Rio Tinto" not in ends and "Canon" not in ends and "Varun Beverages" not in ends


@pytest.mark.parametrize(("headline", "body", "published", "value", "period"), [
    ("Infosys results", "Infosys reported a 6% rise in second-quarter profit. Net profit rose to "
     "72 billion rupees in the quarter.", date(2026, 10, 16), "72000000000", "Q2 FY2027"),
    ("BHP results", "BHP said first-half profit rose to $6.1 billion.", date(2027, 2, 17),
     "6100000000", "H1 FY2027"),
    ("Westpac results", "Westpac said second-half profit rose to 3.4 billion Australian dollars.",
     date(2026, 11, 3), "3400000000", "H2 FY2026"),
    # a December year: the calendar's half
    ("Rio Tinto results", "Rio Tinto said first-half profit rose to $4.8 billion.",
     date(2026, 7, 30), "4800000000", "H1 2026"),
])
def test_bare_parts_of_these_fiscal_years(extractor: Extractor, headline: str, body: str,
                                          published: date, value: str, period: str) -> None:
    x = _run(extractor, body, "en", headline, published)
    assert helpers.period_of(x, "Profit", value) == period


# --- a label line and its value line -------------------------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "metric", "value"), [
    ("de", "Metzler hebt Krones auf Buy", 'Das Analysehaus Metzler hat Krones auf "Buy" '
     "hochgestuft.\nKursziel:\n168 Euro", "PriceTarget", "168"),
    ("en", "Jefferies upgrades Adobe", "Jefferies upgraded Adobe to Buy.\nPrice target:\n$450",
     "PriceTarget", "450"),
    ("de", "Krones", "Krones legt Zahlen vor.\nUmsatz:\n1,4 Milliarden Euro", "Revenue",
     "1400000000"),
])
def test_label_line_then_value_line(extractor: Extractor, lang: str, headline: str, body: str,
                                    metric: str, value: str) -> None:
    x = _run(extractor, body, lang, headline)
    assert {(f.metric, f.value) for f in x.figures} == {(metric, Decimal(value))}


@pytest.mark.parametrize(("lang", "headline", "body"), [
    # a blank line between: no box
    ("de", "Krones", "Krones legt Zahlen vor.\nUmsatz:\n\n1,4 Milliarden Euro"),
    # a line of a sentence's length ending in a colon is no label
    ("de", "Krones", "Krones legt Zahlen vor. Zum Umsatz hieß es im Bericht nur:\n1,4 Milliarden "
     "Euro"),
])
def test_no_label_line(extractor: Extractor, lang: str, headline: str, body: str) -> None:
    assert not _run(extractor, body, lang, headline).figures


# --- wafers, barrels and processed volume ---------------------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    ("en", "TSMC", "TSMC aims to raise monthly output to about 140,000 wafers by the end of 2027.",
     {("Other", Decimal("140000"), "Count")}),
    ("de", "BASF", "BASF will die Produktion auf 140.000 Wafer im Monat steigern.",
     {("Other", Decimal("140000"), "Count")}),
    ("en", "Shell results", "Shell said output reached 2.84 million barrels of oil equivalent per "
     "day.", {("Other", Decimal("2840000"), "Count")}),
    # chips are no count: a node size before them is none, a share move beside them the share's
    ("en", "Nvidia", "Nvidia raised prices for its 2-nanometer chips.", set()),
    ("en", "Nvidia", "Nvidia shares rose 3% as demand for AI chips surged.",
     {("StockPriceChange", Decimal("3"), "Percent")}),
    ("de", "Nvidia", "Die Nvidia-Aktie stieg um 3 Prozent, weil die Nachfrage nach Chips wuchs.",
     {("StockPriceChange", Decimal("3"), "Percent")}),
    # a price per barrel or ton is no count, a move beside it the share's
    ("en", "ExxonMobil", "Brent crude rose to $80 a barrel, and ExxonMobil shares gained 1%.",
     {("StockPriceChange", Decimal("1"), "Percent")}),
    ("de", "Salzgitter", "Der Stahlpreis lag bei 600 Euro je Tonne, die Salzgitter-Aktie stieg um "
     "2 Prozent.", {("StockPriceChange", Decimal("2"), "Percent")}),
    ("en", "Adyen results", "Adyen said processed volume rose 20% to 350 billion euros in the "
     "third quarter.", {("Other", Decimal("20"), "Percent"),
                        ("Other", Decimal("350000000000"), "EUR")}),
    # revenue beside it stays revenue
    ("en", "Adyen results", "Adyen said net revenue rose 20% to 612 million euros in the third "
     "quarter.", {("RevenueGrowth", Decimal("20"), "Percent"),
                  ("Revenue", Decimal("612000000"), "EUR")}),
])
def test_counted_volumes(extractor: Extractor, lang: str, headline: str, body: str,
                                    expected: set[tuple[str, Decimal, str]]) -> None:
    x = _run(extractor, body, lang, headline)
    assert {(f.metric, f.value, f.unit) for f in x.figures} == expected


# --- a month before a count ------------------------------------------------------------------

@pytest.mark.parametrize(("body", "value", "period"), [
    ("BYD lieferte im Oktober 441.000 Fahrzeuge aus.", "441000", "2026-10"),
    # a year after the month is the month's year
    ("BYD lieferte im Oktober 2025 insgesamt 441.000 Fahrzeuge aus.", "441000", "2025-10"),
])
def test_month_before_a_count(extractor: Extractor, body: str, value: str, period: str) -> None:
    assert helpers.period_of(_run(extractor, body, "de", "BYD"), "Other", value) == period


# --- index ticker bars without brackets --------------------------------------------------------

_REPORT = ("\n\nFRANKFURT (dpa-AFX) - Der Dax dürfte am Montag mit leichten Gewinnen in die neue "
           "Woche starten. Der MDax der mittelgroßen Werte dürfte ebenfalls zulegen.")


def test_ticker_bar_without_brackets(extractor: Extractor) -> None:
    x = _run(extractor, "DAX 24.287,40 +0,41 % | MDAX 30.118,22 +0,15 % | Euro/USD 1,1620"
             + _REPORT, "de", "Aktien Frankfurt Ausblick: Dax leicht im Plus erwartet")
    assert {(f.about, f.metric, f.value) for f in x.figures} == {
        ("DAX", "IndexLevel", Decimal("24287.40")), ("DAX", "StockPriceChange", Decimal("0.41")),
        ("MDAX", "IndexLevel", Decimal("30118.22")), ("MDAX", "StockPriceChange", Decimal("0.15"))}


def test_lone_cell_is_no_bar(extractor: Extractor) -> None:
    x = _run(extractor, "DAX 24.287,40 +0,41 % | Euro/USD 1,1620" + _REPORT, "de",
             "Aktien Frankfurt Ausblick: Dax leicht im Plus erwartet")
    assert not x.figures


# --- strips of share moves by ticker -----------------------------------------------------------

_BODY = "Nike and On Holding report results this week, and investors want proof of a comeback."


@pytest.mark.parametrize(("strip", "expected"), [
    ("NKE +0.84%   ONON -1.12%", {("Nike", Decimal("0.84")), ("On Holding", Decimal("-1.12"))}),
    # a ticker of a company the article does not name gives nothing
    ("NKE +0.84%  CRM -2.4%", {("Nike", Decimal("0.84"))}),
    # one cell alone is no strip
    ("NKE +0.84%", set()),
])
def test_ticker_strip(extractor: Extractor, strip: str,
                      expected: set[tuple[str, Decimal]]) -> None:
    x = _run(extractor, f"By Carla Mendes\n{strip}\n{_BODY}", "en", "Sneaker makers to report")
    assert {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"} == expected


# --- a quote box with an instrument code and a venue cell ---------------------------------------

_ALLIANZ = "\nBy Carla Mendes\nAllianz, Europe's biggest insurer, set new targets on Thursday."


def test_box_with_code_and_venue_cell(extractor: Extractor) -> None:
    x = _run(extractor, "Allianz SE (ALVG.DE) | Xetra | 372.80 EUR | +2.6%" + _ALLIANZ, "en",
             "Allianz sets new targets")
    assert {(f.about, f.metric, f.value) for f in x.figures} == {
        ("Allianz", "SharePrice", Decimal("372.80")), ("Allianz", "StockPriceChange", Decimal("2.6"))}
    assert ("Allianz", "listedOn", "Xetra") in helpers.triples(x)


def test_words_in_brackets_are_no_code(extractor: Extractor) -> None:
    x = _run(extractor, "Allianz SE (Insurer) | Xetra | 372.80 EUR | +2.6%" + _ALLIANZ, "en",
             "Allianz sets new targets")
    assert not x.figures


# --- a relative clause after a metric word ------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Growth was driven by a 73% jump in Data Center revenue, which came in at $39.1 billion.",
     {("Nvidia Data Center", "RevenueGrowth", Decimal("73")),
      ("Nvidia Data Center", "Revenue", Decimal("39100000000"))}),
    # after a number: the clause's own, no figure of the metric before
    ("Nvidia said profit rose 5%, which beat the 3% analysts had expected.",
     {("Nvidia", "ProfitGrowth", Decimal("5"))}),
])
def test_relative_clause_after_metric_word(extractor: Extractor, body: str,
                                           expected: set[tuple[str, str, Decimal]]) -> None:
    x = _run(extractor, body, "en", "Nvidia results")
    assert {(f.about, f.metric, f.value) for f in x.figures} == expected
