"""Families of figures on sentences and page lines written for these tests, each with
look-alikes that must keep their reading:

- Quote boxes in further shapes: the name on a line of its own above the share's codes and a
  price after a venue label ("Symrise AG" / "WKN: … | Xetra: 88,40 EUR | +2,1 %"), a price
  line below the codes ("48,70 EUR +6,30 %"), a price in a cell of its own after the codes
  ("Acme AG | ISIN: … | 36,20 EUR | -3,40 %") and a price line with no label at all ("Acme
  AG 212,40 EUR +1,2 % | Xetra, 11:02 Uhr"). Look-alikes: a box of a share the report does
  not name, an amount after another label ("Börsenwert: …"), a percentage of another label
  after the price, a code in brackets inside a sentence, a currency's quote line.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _boxed(x: Extraction) -> set[tuple[str, str, Decimal | None]]:
    """The figures read from a quote box: (about, metric, value)."""
    return {(f.about, f.metric, f.value) for f in x.figures if f.evidence.extractor.endswith("/quote-box")}


_REPORT = "Symrise hat am Dienstag Zahlen vorgelegt. Der Ausblick bleibt vorsichtig."


@pytest.mark.parametrize("box", [
    "Symrise AG\nWKN: SYM999 | ISIN: DE000SYM9999 | Xetra: 88,40 EUR | +2,1 %",
    "Symrise AG\nWKN: SYM999 | ISIN: DE000SYM9999\n88,40 EUR +2,1 %\nBörse: Xetra | 09:38 Uhr",
    "Symrise AG | ISIN: DE000SYM9999 | 88,40 EUR | +2,1 % | Xetra, 11:02 Uhr",
    "Symrise AG 88,40 EUR +2,1 % | Xetra, 11:02 Uhr",
    "Symrise 88,40 € +2,1 %",
], ids=["name-above-venue", "price-line-below", "price-cell", "bare-with-venue", "bare"])
def test_quote_box_shapes_give_price_and_move(extractor: Extractor, box: str) -> None:
    x = run(extractor, f"{box}\n{_REPORT}", headline="Duftstoffe gefragt")
    facts = figure_facts(x)
    assert ("Symrise", "SharePrice", Decimal("88.40"), "EUR") in facts
    assert ("Symrise", "StockPriceChange", Decimal("2.1"), "Percent") in facts


@pytest.mark.parametrize("box", [
    "Givaudan AG\nWKN: GIV999 | ISIN: CH0000000001 | Xetra: 88,40 EUR | +2,1 %",
    "Givaudan AG 88,40 EUR +2,1 % | Xetra, 11:02 Uhr",
    "Zur Aktie\nWKN: SYM999 | ISIN: DE000SYM9999 | Xetra: 88,40 EUR | +2,1 %",
], ids=["rival-name-above", "rival-bare", "no-name-above"])
def test_box_of_a_share_the_report_does_not_name_gives_nothing(extractor: Extractor, box: str) -> None:
    """The box of a share named nowhere in the report, or of no name at all, is the page's."""
    x = run(extractor, f"{box}\n{_REPORT}", headline="Duftstoffe gefragt")
    assert not _boxed(x)


def test_amount_after_another_label_is_no_price(extractor: Extractor) -> None:
    x = run(extractor, f"Symrise AG | WKN: SYM999 | Börsenwert: 12,40 Mrd. EUR | +2,1 %\n{_REPORT}",
            headline="Duftstoffe gefragt")
    assert not any(metric == "SharePrice" for _about, metric, _value in _boxed(x))


def test_percentage_of_another_label_after_the_price_is_no_move(extractor: Extractor) -> None:
    x = run(extractor, f"Symrise AG | WKN: SYM999 | Kurs: 88,40 EUR | Dividendenrendite: 1,3 %\n{_REPORT}",
            headline="Duftstoffe gefragt")
    assert _boxed(x) == {("Symrise", "SharePrice", Decimal("88.40"))}


def test_code_in_brackets_inside_a_sentence_is_no_box(extractor: Extractor) -> None:
    x = run(extractor, "Symrise (WKN: SYM999) stieg nach einer Hochstufung auf 88,40 Euro. "
            "Der Ausblick bleibt vorsichtig.", headline="Duftstoffe gefragt")
    assert not _boxed(x)


def test_quote_line_of_a_currency_gives_nothing(extractor: Extractor) -> None:
    x = run(extractor, f"Euro 1,1642 USD +0,2 %\n{_REPORT}", headline="Duftstoffe gefragt")
    assert not _boxed(x)


# --- a fiscal year the article says ends in January ------------------------------------------

_NOVEMBER = date(2026, 11, 25)


def _periods(x: Extraction, about: str) -> dict[tuple[str, Decimal | None], str | None]:
    return {(f.metric, f.value): f.period for f in x.figures if f.about == about}


def test_bare_quarter_of_a_year_stated_to_end_in_january_is_fiscal(extractor: Extractor) -> None:
    x = run(extractor, "Dell Technologies raised its revenue forecast for the fiscal year ending in "
            "January 2027. Orders for AI servers reached $14.8 billion in the third quarter. Revenue "
            "rose 19% to $29.6 billion.", lang="en", headline="Dell lifts forecast", published=_NOVEMBER)
    periods = _periods(x, "Dell Technologies")
    assert periods[("Revenue", Decimal("29600000000"))] == "Q3 FY2027"
    assert periods[("RevenueGrowth", Decimal("19"))] == "Q3 FY2027"


def test_bare_quarter_without_a_stated_year_end_stays_the_calendars(extractor: Extractor) -> None:
    """Look-alike: where the article names no fiscal year, a January year is named like the
    calendar year it nearly is."""
    x = run(extractor, "Dell Technologies reported third-quarter revenue of $29.6 billion, up 19%.",
            lang="en", headline="Dell results", published=_NOVEMBER)
    assert _periods(x, "Dell Technologies")[("Revenue", Decimal("29600000000"))] == "Q3 2026"


def test_rivals_quarter_told_last_month_is_the_calendars(extractor: Extractor) -> None:
    """Look-alike: a calendar company's quarter in the fiscal company's article, with a month
    in the clause ("last month reported … for its third quarter")."""
    x = run(extractor, "Walmart said sales rose 5% to $180 billion in the fiscal third quarter, the "
            "fiscal year ending January 2027. Walmart also competes with Amazon; the online retailer "
            "last month reported a 12% rise in net sales for its third quarter.", lang="en",
            headline="Walmart results", published=date(2026, 11, 19))
    assert _periods(x, "Walmart")[("Revenue", Decimal("180000000000"))] == "Q3 FY2027"
    assert _periods(x, "Amazon")[("RevenueGrowth", Decimal("12"))] == "Q3 2026"


# --- a whole-company figure after a unit's sentence ------------------------------------------

@pytest.mark.parametrize(("lang", "text", "group", "unit"), [
    ("en", "Dell Technologies reported results. Revenue at Dell's Infrastructure Solutions Group rose "
           "38% to $16.1 billion. Total revenue rose 19% to $29.6 billion.",
     "Dell Technologies", "Infrastructure Solutions Group"),
    ("de", "Siemens legte Zahlen vor. Die Sparte Digital Industries steigerte den Umsatz um 9 Prozent "
           "auf 4,8 Milliarden Euro. Insgesamt stieg der Umsatz um 5 Prozent auf 21,1 Milliarden Euro.",
     "Siemens", "Siemens Digital Industries"),
    ("de", "Siemens legte Zahlen vor. Die Sparte Digital Industries steigerte den Umsatz um 9 Prozent "
           "auf 4,8 Milliarden Euro. Der Gesamtumsatz stieg um 5 Prozent auf 21,1 Milliarden Euro.",
     "Siemens", "Siemens Digital Industries"),
], ids=["total-en", "insgesamt", "gesamtumsatz"])
def test_total_after_a_units_sentence_is_the_groups(extractor: Extractor, lang: str, text: str,
                                                     group: str, unit: str) -> None:
    facts = figure_facts(run(extractor, text, lang=lang, headline="Results"))
    assert (group, "RevenueGrowth", Decimal("19" if lang == "en" else "5"), "Percent") in facts
    assert (unit, "RevenueGrowth", Decimal("38" if lang == "en" else "9"), "Percent") in facts
    assert not any(about == unit and value in (Decimal("19"), Decimal("5"))
                   for about, _metric, value, _unit in facts)


def test_bare_revenue_after_a_units_sentence_goes_to_no_one(extractor: Extractor) -> None:
    """Look-alike: without a word of the whole company, the figure after a unit named with
    its owner may be either's, and is left out."""
    facts = figure_facts(run(extractor, "Dell Technologies reported results. Revenue at Dell's "
                             "Infrastructure Solutions Group rose 38% to $16.1 billion. Revenue rose "
                             "19% to $29.6 billion.", lang="en", headline="Results"))
    assert not any(value == Decimal("19") for _about, _metric, value, _unit in facts)


def test_whole_word_inside_a_units_sentence_keeps_the_unit(extractor: Extractor) -> None:
    """Look-alike: "insgesamt" in a sentence that names the unit is the unit's total."""
    facts = figure_facts(run(extractor, "Siemens legte Zahlen vor. Die Sparte Digital Industries "
                             "verkaufte insgesamt 400.000 Geräte.", headline="Results"))
    assert ("Siemens Digital Industries", "Other", Decimal("400000"), "Count") in facts


def test_total_after_a_rivals_sentence_is_not_the_articles(extractor: Extractor) -> None:
    """Look-alike: after a rival's sentence the total is not the article company's."""
    facts = figure_facts(run(extractor, "Siemens legte Zahlen vor. Der Rivale ABB steigerte den Umsatz "
                             "um 9 Prozent auf 4,8 Milliarden Euro. Insgesamt stieg der Umsatz um 5 "
                             "Prozent auf 21,1 Milliarden Euro.", headline="Results"))
    assert ("Siemens", "RevenueGrowth", Decimal("5"), "Percent") not in facts
