"""Figures and periods on texts written for the test.

Names are catalogued companies (their fiscal years end as ``ontology/fiscal_year_ends.tsv``
says), facts invented.

- Tonnes a company mines, ships or sells are `Other` figures with unit `Count`, as wafers and
  barrels are ("shipped 3.4 million tonnes", "setzte 468.000 Tonnen ab"); a yearly rate ("is
  expected to produce 40,000 tonnes a year", "50.000 Tonnen pro Jahr"), mostly a project's or a
  plant's capacity, and a price per tonne are none; "a year ago" is no rate.
- A quarter named by its first and last month ("the July-September quarter", "im
  Juli-September-Quartal") of a company whose fiscal year ends off December is the fiscal
  quarter those months are (Sony, March: "Q2 FY2027"; Infineon, September: "Q4 FY2026"); of a
  calendar company it stays the calendar's, and so does a quarter named by its last month only
  ("the quarter ended September") and a span of months without the word quarter ("von Juli bis
  September"), which stays as written.
- "in the last fiscal year", "in the past fiscal year" is the fiscal year before, dated by the
  company's year end and the publication date, not a span back from now ("in the past year").
- A year named as the fiscal year by its number ("für das Geschäftsjahr 2027") of a company
  whose year ends off December (Siemens Energy, Infineon: September) is that fiscal year,
  "FY2027"; of a calendar company (Deutsche Telekom), or a year named without the word ("für
  2027"), it stays "2027".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.records import Extraction

_NOV = date(2026, 11, 12)


def _run(extractor: Extractor, body: str, lang: str, headline: str,
         published: date = _NOV) -> Extraction:
    return helpers.run(extractor, body, lang, headline, published=published)


def _counts(x: Extraction) -> set[tuple[str, Decimal | None]]:
    """The (about, value) pairs of the `Other` figures counted (unit `Count`)."""
    return {(f.about, f.value) for f in x.figures if f.metric == "Other" and f.unit == "Count"}


# --- tonnes counted ----------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "about", "value"), [
    ("en", "Rio Tinto output", "Rio Tinto shipped 3.4 million tonnes of iron ore from its "
     "Pilbara mines in the third quarter.", "Rio Tinto", "3400000"),
    ("en", "BHP output", "BHP mined 512,000 metric tons of copper in the quarter, up 6%.",
     "BHP", "512000"),
    ("de", "Aurubis legt Zahlen vor", "Aurubis setzte im dritten Quartal 468.000 Tonnen Kupfer "
     "ab.", "Aurubis", "468000"),
    ("de", "Salzgitter legt Zahlen vor", "Salzgitter hat den Absatz in den ersten neun Monaten "
     "auf 1,2 Millionen Tonnen Stahl gesteigert.", "Salzgitter", "1200000"),
    # a year named after the tonnes is their period, no rate
    ("de", "Aurubis legt Zahlen vor", "Aurubis setzte 1,1 Millionen Tonnen Kupfer im Jahr 2025 "
     "ab.", "Aurubis", "1100000"),
])
def test_tonnes_counted(extractor: Extractor, lang: str, headline: str, body: str, about: str,
                        value: str) -> None:
    assert (about, Decimal(value)) in _counts(_run(extractor, body, lang, headline))


def test_tonnes_a_year_ago_are_a_count_of_their_own(extractor: Extractor) -> None:
    x = _run(extractor, "Rio Tinto's iron ore shipments were 81.6 million tonnes, little changed "
             "from 81.2 million tonnes a year ago.", "en", "Rio Tinto output")
    assert {("Rio Tinto", Decimal("81600000")), ("Rio Tinto", Decimal("81200000"))} <= _counts(x)


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("en", "Rio Tinto output", "Rio Tinto bought a stake in a lithium project in Argentina. The "
     "project is expected to produce 32,000 tonnes of lithium carbonate a year from 2030."),
    ("en", "Rio Tinto output", "Rio Tinto said the new mine would produce 180,000 tons of copper "
     "annually."),
    ("de", "Aurubis legt Zahlen vor", "Das neue Werk von Aurubis soll 70.000 Tonnen Kupfer pro "
     "Jahr verarbeiten."),
    ("en", "Rio Tinto shares", "Rio Tinto shares rose 1% as copper climbed to $9,700 a tonne in "
     "London."),
])
def test_yearly_rates_and_prices_of_tonnes_are_no_count(extractor: Extractor, lang: str,
                                                        headline: str, body: str) -> None:
    assert not _counts(_run(extractor, body, lang, headline))


# --- a quarter named by its months in a fiscal year ----------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "metric", "value", "period"), [
    ("en", "Sony Group reports results", "Sony Group said operating profit in the "
     "July-September quarter rose 14% to 420 billion yen.", "Profit", "420000000000",
     "Q2 FY2027"),
    ("de", "Sony Group legt Zahlen vor", "Sony Group steigerte den operativen Gewinn im "
     "Juli-September-Quartal um 14 Prozent auf 420 Milliarden Yen.", "Profit", "420000000000",
     "Q2 FY2027"),
    ("de", "Infineon legt Zahlen vor", "Infineon steigerte den Umsatz im Juli-September-Quartal "
     "um 6 Prozent auf 4,1 Milliarden Euro.", "Revenue", "4100000000", "Q4 FY2026"),
    # the look-alikes: a calendar company, the quarter by its last month only, the months
    # without the word quarter
    ("en", "Rio Tinto reports results", "Rio Tinto said operating profit in the "
     "July-September quarter rose 14% to 420 million dollars.", "Profit", "420000000",
     "Q3 2026"),
    ("en", "Sony Group reports results", "Sony Group said operating profit for the quarter "
     "ended September rose 14% to 420 billion yen.", "Profit", "420000000000", "Q3 2026"),
    ("de", "Sony Group legt Zahlen vor", "Sony Group steigerte den operativen Gewinn von Juli "
     "bis September um 14 Prozent auf 420 Milliarden Yen.", "Profit", "420000000000",
     "Juli bis September"),
])
def test_months_of_a_fiscal_quarter(extractor: Extractor, lang: str, headline: str, body: str,
                                    metric: str, value: str, period: str) -> None:
    assert helpers.period_of(_run(extractor, body, lang, headline), metric, value) == period


# --- the last fiscal year ----------------------------------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "published", "value", "period"), [
    ("en", "Sony Group reports results", "Sony Group posted revenue of 12.9 trillion yen in the "
     "last fiscal year.", date(2026, 8, 12), "12900000000000", "FY2026"),
    ("en", "Sony Group reports results", "Sony Group posted revenue of 12.9 trillion yen in the "
     "past fiscal year.", date(2026, 8, 12), "12900000000000", "FY2026"),
    ("en", "Siemens reports results", "Siemens posted revenue of 79 billion euros in the last "
     "fiscal year.", date(2026, 11, 20), "79000000000", "FY2026"),
    ("en", "BMW reports results", "BMW posted revenue of 140 billion euros in the last fiscal "
     "year.", date(2026, 3, 12), "140000000000", "FY2025"),
    ("de", "Siemens legt Zahlen vor", "Siemens hat im vergangenen Geschäftsjahr einen Umsatz "
     "von 79 Milliarden Euro erzielt.", date(2026, 12, 2), "79000000000", "FY2026"),
])
def test_last_fiscal_year(extractor: Extractor, lang: str, headline: str, body: str,
                          published: date, value: str, period: str) -> None:
    x = _run(extractor, body, lang, headline, published)
    assert helpers.period_of(x, "Revenue", value) == period


def test_the_past_year_stays_a_span(extractor: Extractor) -> None:
    x = _run(extractor, "Sony Group said revenue rose 12% in the past year.", "en",
             "Sony Group reports results")
    assert helpers.period_of(x, "RevenueGrowth", "12") == "1 year"


# --- a fiscal year by its number -------------------------------------------------------------

@pytest.mark.parametrize(("headline", "body", "metric", "value", "period"), [
    ("Siemens Energy", "Für das Geschäftsjahr 2027 rechnet Siemens Energy mit einem Umsatz von "
     "44 Milliarden Euro.", "Revenue", "44000000000", "FY2027"),
    ("Infineon", "Infineon hat im Geschäftsjahr 2026 einen Umsatz von 15 Milliarden Euro "
     "erzielt.", "Revenue", "15000000000", "FY2026"),
    # the look-alikes: a calendar company, a year without the word
    ("Deutsche Telekom", "Für das Geschäftsjahr 2026 soll die Dividende der Deutschen Telekom "
     "auf 1,10 Euro je Aktie steigen.", "Dividend", "1.1", "2026"),
    ("Siemens Energy", "Für 2027 rechnet Siemens Energy mit einem Umsatz von 44 Milliarden "
     "Euro.", "Revenue", "44000000000", "2027"),
])
def test_fiscal_year_by_its_number(extractor: Extractor, headline: str, body: str, metric: str,
                                   value: str, period: str) -> None:
    assert helpers.period_of(_run(extractor, body, "de", headline), metric, value) == period
