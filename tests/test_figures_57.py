"""Figures of a US page's listing box and moves told against a day's close, on texts
written for the test.

Names are real companies, facts invented. A listing box prints the venue and the ticker on
a line ("NASDAQ: AAPL"), the name on the next and a line for each value ("Market Cap
$3.1T", "Today's Change (-1.25%) -$2.80", "Current Price $221.40"): the price line gives the
share price and the change line the day's move in percent, not its amount in dollars, for a
company the article names outside the box. A box of a company named nowhere else, lines
without a venue line above them, or a value that does not open its line give nothing.

A number right after a verb of trading or of a move and told against a day's close ("closed
6% below Friday's close", "6% above the previous session's close") is the share's move, with
the sign of "below" or "above"; after a target it stays the upside, and after an offer's
price, a verb of being or a comma it is no move.

A budget set aside for deals ("has set aside about €15 billion for acquisitions") is an
`Investment` the company guides, a house's estimate where a house expects it; an amount set
aside for anything else stays a provision, `Other`, reported.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.records import Extraction

_BOX = ("NASDAQ: AAPL\nApple\nMarket Cap $3.1T\nToday's Change ({move}) {amount}\n"
        "Current Price $221.40\n")
_TEXT = "Apple shares have lagged this year as demand for its phones cooled in China."


def _run(extractor: Extractor, body: str) -> Extraction:
    return helpers.run(extractor, body, lang="en", headline="Is Apple Stock a Buy?")


def _quotes(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    """The box's price and move figures."""
    return {(about, metric, value, unit) for about, metric, value, unit in helpers.figure_facts(x)
            if metric in ("SharePrice", "StockPriceChange")}


def test_listing_box_gives_price_and_signed_move(extractor: Extractor) -> None:
    body = _BOX.format(move="-1.25%", amount="-$2.80") + _TEXT
    x = _run(extractor, body)
    assert _quotes(x) == {("Apple", "SharePrice", Decimal("221.40"), "USD"),
                          ("Apple", "StockPriceChange", Decimal("-1.25"), "Percent")}
    # the evidence points at the value itself, in the article's text
    text = "Is Apple Stock a Buy?\n" + body
    spans = {f.metric: text[f.evidence.start:f.evidence.end] for f in x.figures
             if f.evidence.extractor == "figures/en/quote-box"}
    assert spans == {"SharePrice": "$221.40", "StockPriceChange": "-1.25%"}


def test_listing_box_move_without_sign_is_a_gain(extractor: Extractor) -> None:
    x = _run(extractor, _BOX.format(move="0.62%", amount="$1.37") + _TEXT)
    assert ("Apple", "StockPriceChange", Decimal("0.62"), "Percent") in _quotes(x)
    # the dollar amount of the change is no price
    assert ("Apple", "SharePrice", Decimal("1.37"), "USD") not in _quotes(x)


def test_listing_box_of_a_company_named_nowhere_else_gives_nothing(extractor: Extractor) -> None:
    body = _BOX.format(move="-1.25%", amount="-$2.80") + \
        "Microsoft shares have lagged this year as demand for cloud services cooled."
    x = helpers.run(extractor, body, lang="en", headline="Is Microsoft Stock a Buy?")
    assert not {q for q in _quotes(x) if q[0] == "Apple"}


def test_value_lines_without_a_venue_line_are_no_box(extractor: Extractor) -> None:
    body = "Apple\nToday's Change (-1.25%) -$2.80\nCurrent Price $221.40\n" + _TEXT
    assert not _quotes(_run(extractor, body))


def test_price_label_before_another_word_is_no_price(extractor: Extractor) -> None:
    body = "NASDAQ: AAPL\nApple\nPrice to Sales 8.2\nPrice $221.40\n" + _TEXT
    assert _quotes(_run(extractor, body)) == {("Apple", "SharePrice", Decimal("221.40"), "USD")}


# --- a move told against a day's close ---------------------------------------------


@pytest.mark.parametrize(("body", "value"), [
    ("BASF shares closed 6% below Friday's close.", Decimal(-6)),
    ("BASF shares closed 6% above Friday's close after the results.", Decimal(6)),
    ("Shares of BASF ended 3.2% below Monday's close in Frankfurt.", Decimal("-3.2")),
    ("BASF shares traded 2.5% below Friday's close on Monday morning.", Decimal("-2.5")),
    ("BASF shares closed 6% below the previous day's close.", Decimal(-6)),
    ("BASF shares closed 6% above the previous session's close.", Decimal(6)),
])
def test_move_against_a_days_close(extractor: Extractor, body: str, value: Decimal) -> None:
    x = helpers.run_in(extractor, body, "en")
    assert helpers.metric_facts(x, "StockPriceChange") == {("BASF", value)}
    assert not helpers.metric_facts(x, "UpsidePotential")


@pytest.mark.parametrize("body", [
    # a premium of an offer, a price told against the close, a value an investor sees
    "Bayer offered 50 euros a share for BASF, 25% above Friday's close.",
    "The offer price for BASF is 25% above Friday's close.",
    "The new shares of BASF were priced 6% below Friday's close.",
    "Elliott said BASF shares could be worth 220 euros, roughly 55% above Monday's close.",
])
def test_gap_to_the_close_without_a_move_verb_is_no_move(extractor: Extractor, body: str) -> None:
    x = helpers.run_in(extractor, body, "en")
    assert not {v for _, v in helpers.metric_facts(x, "StockPriceChange") if v is not None and abs(v) in (6, 25, 55)}


def test_target_before_keeps_the_upside(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Jefferies set a BASF target of 40 euros, 20% above Friday's close.", "en")
    assert helpers.metric_facts(x, "UpsidePotential") == {("BASF", Decimal(20))}
    assert not helpers.metric_facts(x, "StockPriceChange")


# --- a budget set aside for deals --------------------------------------------------


def _status_facts(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    """Each figure as (about, metric, value, status)."""
    return {(f.about, f.metric, f.value, f.status) for f in x.figures}


@pytest.mark.parametrize(("body", "value"), [
    ("Siemens has set aside about €15 billion for acquisitions over the next three years.",
     Decimal(15_000_000_000)),
    ("BASF has set aside €500 million for future acquisitions.", Decimal(500_000_000)),
])
def test_budget_set_aside_for_deals_is_guided_investment(extractor: Extractor, body: str,
                                                          value: Decimal) -> None:
    x = helpers.run_in(extractor, body, "en")
    company = body.split()[0]
    assert _status_facts(x) == {(company, "Investment", value, "Guidance")}


def test_amount_set_aside_for_a_settlement_stays_a_provision(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "BASF set aside a further €2.4 billion for the settlement.", "en")
    assert _status_facts(x) == {("BASF", "Other", Decimal(2_400_000_000), "Reported")}


def test_budget_a_house_expects_is_its_estimate(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Jefferies expects BASF to set aside €500 million for acquisitions.", "en")
    assert {(f.about, f.metric, f.status, f.estimated_by) for f in x.figures} == {
        ("BASF", "Investment", "Estimate", "Jefferies")}
