"""Families of figures any article prints, on texts written for the test.

Names are real companies, facts invented.

- An index whose initials come before its count is also printed in title case ("Der Cac 40
  legte 0,6 Prozent auf 8115,4 Punkte zu", "the Ftse 100 fell 0.3%"): the index, with its move
  and level; a bare "Cac" without the count is no index.
- A listing box may print each label on a line of its own and the value on the next ("Today's
  Change" / "(-2.84%) -$3.71", "Current Price" / "$126.90", "Market Cap" / "$301B"), under a
  heading line ("Key Data Points"): the move, the price and the market value of the company
  the article names; a range, a margin or a label line with no value below gives nothing.
- "Rmb" glued to the digits ("Rmb41.2bn") is the renminbi.
- A name in a person's relative clause ("said X, chief executive of Alibaba Group, who also
  runs the cloud business. He reaffirmed a plan to spend …") is no subject of the next
  sentence; a name in a relative clause that closed before a reference ("X, which supplies
  chips for Apple's iPhone, and said it expects the business to …") is not what the
  reference means, and "the business" after a unit the sentence names is that unit.
- Capital spending in German: money put "in … stecken" is an investment, "in der Krise
  stecken" none.
- Periods: "im Dezemberquartal", "im Septemberquartal" are the quarters ending then; a span
  of years ("von 2026 bis 2030", "between 2026 and 2030") is the span, of two years in a row
  ("from 2024 to 2025") the later one.
- German buybacks in shares: "bis zu 10 Millionen eigene Aktien zurückkaufen" is the count
  bought back; "hält 10 Millionen eigene Aktien" is none.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import _numbered_title_case
from kg.nlp.quantities import find_quantities
from kg.records import Extraction

_PUBLISHED = date(2027, 2, 10)


def _run(extractor: Extractor, body: str, lang: str, headline: str | None = None) -> Extraction:
    return helpers.run(extractor, body, lang, headline or ("Marktbericht" if lang == "de" else "Market report"),
                       published=_PUBLISHED)


def _figures(x: Extraction) -> set[tuple[str, str, Decimal | None, str, str | None]]:
    return {(f.about, f.metric, f.value, f.unit, f.period) for f in x.figures}


# --- indices in title case ------------------------------------------------------------


@pytest.mark.parametrize(("body", "lang", "index", "move", "level"), [
    ("Der Cac 40 in Paris legte 0,6 Prozent auf 8115,4 Punkte zu.", "de", "CAC 40",
     Decimal("0.6"), Decimal("8115.4")),
    ("The Ftse 100 fell 0.3% to 9,012.5 points.", "en", "FTSE 100", Decimal("-0.3"),
     Decimal("9012.5")),
    ("The CAC 40 rose 0.6% to 8,115.4 points.", "en", "CAC 40", Decimal("0.6"), Decimal("8115.4")),
])
def test_index_in_title_case_is_the_index(extractor: Extractor, body: str, lang: str, index: str,
                                          move: Decimal, level: Decimal) -> None:
    x = _run(extractor, body, lang)
    assert helpers.metric_facts(x, "StockPriceChange") == {(index, move)}
    assert helpers.metric_facts(x, "IndexLevel") == {(index, level)}


def test_title_case_only_of_a_numbered_index_name() -> None:
    assert _numbered_title_case("CAC 40") == "Cac 40"
    assert _numbered_title_case("FTSE 100") == "Ftse 100"
    # no count: a bare word of its own ("Dax", "Mib"); nothing to change; no letters
    assert _numbered_title_case("FTSE MIB") is None
    assert _numbered_title_case("DAX") is None
    assert _numbered_title_case("Nikkei 225") is None
    assert _numbered_title_case("S&P 500") is None


def test_bare_title_case_initials_are_no_index(extractor: Extractor) -> None:
    x = _run(extractor, "The Cac rose 0.6% on Tuesday.", "en")
    assert not helpers.metric_facts(x, "StockPriceChange")


# --- a listing box with labels and values on lines of their own -------------------------

_BOX = ("NASDAQ: MSFT\nMicrosoft\nToday's Change\n(-1.25%) -$5.10\nCurrent Price\n$401.20\n"
        "Key Data Points\nMarket Cap\n$3T\nDay's Range\n$398.10 - $405.00\nGross Margin\n68.8%\n")
_TEXT = "Microsoft shares have lagged this year as investors weighed its spending on data centres."


def test_listing_box_with_values_below_their_labels(extractor: Extractor) -> None:
    x = helpers.run(extractor, _BOX + _TEXT, lang="en", headline="Is Microsoft Stock a Buy?")
    assert {(about, metric, value) for about, metric, value, _ in helpers.figure_facts(x)} == {
        ("Microsoft", "StockPriceChange", Decimal("-1.25")),
        ("Microsoft", "SharePrice", Decimal("401.20")),
        ("Microsoft", "MarketCapitalization", Decimal("3E12")),
    }


def test_listing_box_on_one_line_each_gives_the_market_value(extractor: Extractor) -> None:
    body = "NASDAQ: MSFT\nMicrosoft\nMarket Cap $3.1T\nCurrent Price $401.20\n" + _TEXT
    x = helpers.run(extractor, body, lang="en", headline="Is Microsoft Stock a Buy?")
    assert helpers.metric_facts(x, "MarketCapitalization") == {("Microsoft", Decimal("3.1E12"))}


def test_label_line_without_a_value_below_ends_the_box(extractor: Extractor) -> None:
    # the label line is followed by a sentence, not by a value: no market value, and the
    # box's price still read
    body = "NASDAQ: MSFT\nMicrosoft\nCurrent Price\n$401.20\nMarket Cap\n" + _TEXT + \
        " Its market cap of $3 trillion is not in the box."
    x = helpers.run(extractor, body, lang="en", headline="Is Microsoft Stock a Buy?")
    assert ("Microsoft", Decimal("401.20")) in helpers.metric_facts(x, "SharePrice")
    assert all(f.evidence.extractor != "figures/en/quote-box" for f in x.figures
               if f.metric == "MarketCapitalization")


def test_listing_box_of_a_company_named_nowhere_else_gives_nothing(extractor: Extractor) -> None:
    body = _BOX + "Apple shares have lagged this year as demand for its phones cooled."
    x = helpers.run(extractor, body, lang="en", headline="Is Apple Stock a Buy?")
    assert not {f for f in helpers.figure_facts(x) if f[0] == "Microsoft"}


# --- the renminbi as "Rmb" --------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Rmb41.2bn", Decimal("41.2E9")),
    ("more than Rmb380bn", Decimal("380E9")),
    ("Rmb 5.6bn", Decimal("5.6E9")),
])
def test_rmb_is_the_renminbi(text: str, value: Decimal) -> None:
    [q] = find_quantities(text, "en")
    assert (q.value, q.unit) == (value, "CNY")


# --- names in relative clauses ----------------------------------------------------------


def test_name_in_a_persons_relative_clause_is_no_subject_of_the_next_sentence(
        extractor: Extractor) -> None:
    body = ("Alibaba's cloud computing unit has cut the prices of its AI models again. "
            "\"Price opens the door,\" said Eddie Wu, chief executive of Alibaba Group, who also "
            "runs the cloud business. He reaffirmed a plan to spend more than Rmb380bn on cloud "
            "and AI infrastructure over three years.")
    x = _run(extractor, body, "en", headline="Alibaba Cloud bets on cheaper AI")
    assert helpers.metric_facts(x, "Investment") == {("Alibaba Group", Decimal("380E9"))}


def test_unit_as_subject_before_keeps_the_next_sentence(extractor: Extractor) -> None:
    # look-alike: the unit opens the sentence before, as its subject
    body = ("Alibaba Cloud cut the prices of its AI models again, said Eddie Wu, who runs it. "
            "It plans to spend more than Rmb380bn on cloud and AI infrastructure over three years.")
    x = _run(extractor, body, "en", headline="Alibaba Cloud bets on cheaper AI")
    assert ("Alibaba Group", Decimal("380E9")) not in helpers.metric_facts(x, "Investment")


def test_reference_after_a_closed_relative_clause_means_the_unit(extractor: Extractor) -> None:
    body = ("Sony also lifted its forecast for its image sensor unit, Sony Semiconductor "
            "Solutions, which supplies chips for Apple's iPhone, and said it expects the "
            "business to post sales of 1.9 trillion yen in the year.")
    x = _run(extractor, body, "en", headline="Sony lifts forecast")
    assert helpers.metric_facts(x, "Revenue") == {("Sony Semiconductor Solutions", Decimal("1.9E12"))}


def test_business_with_a_modifier_is_no_unit_named_before(extractor: Extractor) -> None:
    # look-alike: "the optical business" names a line of business, not the unit before it
    body = ("Revenue at Nokia's Network Infrastructure unit, which holds the optical business "
            "it gained by buying Infinera, rose 12% to 2.1 billion euros.")
    x = _run(extractor, body, "en", headline="Nokia results")
    assert not {t for t in helpers.triples(x) if t[0] == "Network Infrastructure" and t[1] == "acquired"}


# --- money put into something, in German ------------------------------------------------


def test_money_put_into_something_is_an_investment(extractor: Extractor) -> None:
    x = _run(extractor, "Meituan will bis zu 10 Milliarden Yuan in Drohnen und autonome "
                        "Lieferfahrzeuge stecken.", "de")
    assert helpers.metric_facts(x, "Investment") == {("Meituan", Decimal("10E9"))}


def test_a_plight_is_no_investment(extractor: Extractor) -> None:
    x = _run(extractor, "Meituan, das mit 2 Milliarden Euro Schulden in der Krise steckt, "
                        "verlor an der Börse.", "de")
    assert not helpers.metric_facts(x, "Investment")


# --- periods ----------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "period"), [
    ("Im Dezemberquartal steigerte Alibaba den Umsatz auf 291 Milliarden Yuan.", "Q4 2026"),
    ("Im Septemberquartal steigerte Alibaba den Umsatz auf 248 Milliarden Yuan.", "Q3 2026"),
    ("Im September-Quartal 2025 steigerte Alibaba den Umsatz auf 240 Milliarden Yuan.", "Q3 2025"),
])
def test_quarter_named_by_its_last_month_in_german(extractor: Extractor, body: str,
                                                   period: str) -> None:
    x = _run(extractor, body, "de")
    assert {(f.metric, f.period) for f in x.figures if f.about == "Alibaba Group"} == {("Revenue", period)}


def test_month_alone_is_no_quarter(extractor: Extractor) -> None:
    x = _run(extractor, "Im Dezember steigerte Alibaba den Umsatz auf 91 Milliarden Yuan.", "de")
    assert all(f.period is None or not f.period.startswith("Q") for f in x.figures)


@pytest.mark.parametrize(("body", "lang", "period"), [
    ("Eon will von 2026 bis 2030 mehr als 45 Milliarden Euro investieren.", "de", "2026-2030"),
    ("Eon will zwischen 2026 und 2030 mehr als 45 Milliarden Euro investieren.", "de", "2026-2030"),
    ("E.ON plans to invest more than 45 billion euros between 2026 and 2030.", "en", "2026-2030"),
    ("E.ON will invest more than 45 billion euros from 2026 to 2030.", "en", "2026-2030"),
])
def test_span_of_years_is_the_plans_period(extractor: Extractor, body: str, lang: str,
                                           period: str) -> None:
    x = _run(extractor, body, lang)
    assert _figures(x) == {("E.ON", "Investment", Decimal("45E9"), "EUR", period)}


def test_two_years_in_a_row_give_the_later(extractor: Extractor) -> None:
    x = _run(extractor, "E.ON's revenue grew 5% from 2025 to 2026.", "en")
    assert {(f.metric, f.period) for f in x.figures} == {("RevenueGrowth", "2026")}


# --- German buybacks in shares ----------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Vonovia will bis zu 10 Millionen eigene Aktien zurückkaufen.",
    "Vonovia kauft bis zu 10 Millionen eigene Aktien zurück.",
    "Vonovia will bis zu 10 Millionen Aktien zurückkaufen.",
])
def test_shares_bought_back_are_counted(extractor: Extractor, body: str) -> None:
    x = _run(extractor, body, "de")
    assert {(f.about, f.metric, f.value, f.unit, f.qualifier) for f in x.figures} == {
        ("Vonovia", "ShareBuyback", Decimal("10E6"), "Count", "AtMost")}


def test_buyback_in_euros_stays_an_amount(extractor: Extractor) -> None:
    x = _run(extractor, "Vonovia will eigene Aktien im Wert von bis zu 2 Milliarden Euro "
                        "zurückkaufen.", "de")
    assert {(f.metric, f.value, f.unit) for f in x.figures} == {("ShareBuyback", Decimal("2E9"), "EUR")}


def test_own_shares_held_are_no_buyback(extractor: Extractor) -> None:
    x = _run(extractor, "Vonovia hält derzeit 10 Millionen eigene Aktien.", "de")
    assert not helpers.metric_facts(x, "ShareBuyback")
