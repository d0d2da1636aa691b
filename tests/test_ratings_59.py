"""Estimates of a house and the bounds of their numbers: a market value a price target
implies is the house's estimate ("That implies a market value of $5 trillion"), "über"
between a noun and a percentage is a lower bound ("dem Wert über 35 Prozent Potenzial"), and
so is "past" before an amount ("rose past $4 trillion"), each with a look-alike that must
keep its reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run_in

from kg.nlp.extract import Extractor
from kg.records import Extraction, Figure


def _figure(x: Extraction, metric: str, value: Decimal) -> Figure:
    found = [f for f in x.figures if f.metric == metric and f.value == value]
    assert len(found) == 1, x.figures
    return found[0]


# --- a market value a price target implies -------------------------------------------------

_TRILLION = Decimal("5000000000000")


@pytest.mark.parametrize(("lang", "body", "house"), [
    pytest.param("en", "Jane Roe at Morgan Stanley has set Alphabet's price target at $420 per share. "
                 "That implies 30% upside from the current price. It also implies a market value "
                 "of $5 trillion.", "Morgan Stanley", id="two-sentences-on"),
    pytest.param("en", "Wells Fargo set a price target of $710 on Microsoft, which implies a market "
                 "value of $5 trillion.", "Wells Fargo", id="relative-clause"),
    pytest.param("en", "Morgan Stanley raised its target on Alphabet to $420. The JPMorgan target of "
                 "$410 implies a market value of $5 trillion.", "JPMorgan", id="nearest-house"),
    pytest.param("de", "Die HSBC hob das Kursziel für Nvidia auf 320 Dollar an. Würde das Kursziel "
                 "erreicht werden, würde Nvidia mit 5 Billionen Dollar bewertet werden.", "HSBC",
                 id="de-conditional"),
])
def test_market_value_a_target_implies_is_the_house_estimate(extractor: Extractor, lang: str,
                                                              body: str, house: str) -> None:
    figure = _figure(run_in(extractor, body, lang), "MarketCapitalization", _TRILLION)
    assert (figure.status, figure.estimated_by) == ("Estimate", house)


@pytest.mark.parametrize("body", [
    pytest.param("Morgan Stanley set a price target of $420 on Alphabet. Alphabet's market value "
                 "rose to $5 trillion on Monday.", id="reported-after-a-target"),
    pytest.param("Morgan Stanley advised Alphabet on the deal. The price implies a market value "
                 "of $5 trillion.", id="adviser-no-target"),
    pytest.param("Alphabet's shares rose 3% on Monday. That implies a market value of $5 trillion.",
                 id="no-house"),
    pytest.param("Morgan Stanley rated Alphabet overweight. Alphabet said the buyback implies a "
                 "market value of $5 trillion.", id="house-but-no-target"),
    pytest.param("Morgan Stanley set a price target of $420 on Alphabet. Shares rose 3% to $300 on "
                 "Monday. That implies a market value of $5 trillion.", id="price-in-between"),
])
def test_market_value_without_a_target_keeps_no_house(extractor: Extractor, body: str) -> None:
    figure = _figure(run_in(extractor, body, "en"), "MarketCapitalization", _TRILLION)
    assert figure.estimated_by is None


# --- "über" before a percentage --------------------------------------------------------------


@pytest.mark.parametrize("body", [
    pytest.param("Die Citigroup hob das Kursziel für Bayer auf 100 Euro an. Damit gesteht der "
                 "Analyst dem Wert über 35 Prozent Potenzial zu.", id="noun-before-ueber"),
    pytest.param("Die Citigroup sieht für Bayer über 35 Prozent Potenzial.", id="name-before-ueber"),
    pytest.param("Die Citigroup sieht für Bayer ein Potenzial von über 35 Prozent.", id="von-ueber"),
])
def test_ueber_before_a_percentage_is_a_lower_bound(extractor: Extractor, body: str) -> None:
    figure = _figure(run_in(extractor, body, "de"), "UpsidePotential", Decimal("35"))
    assert (figure.qualifier, figure.estimated_by) == ("AtLeast", "Citigroup")


def test_ueber_after_a_noun_before_a_sum_is_the_amount(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens gab eine Anleihe über 5 Milliarden Euro aus.", "de")
    assert _figure(x, "DebtIssuance", Decimal("5000000000")).qualifier == "Exact"


# --- "past" before an amount ------------------------------------------------------------------


def test_past_before_an_amount_is_a_lower_bound(extractor: Extractor) -> None:
    x = run_in(extractor, "Apple's market value rose past $4 trillion on Tuesday.", "en")
    assert _figure(x, "MarketCapitalization", Decimal("4000000000000")).qualifier == "AtLeast"


def test_past_before_a_span_of_time_bounds_nothing(extractor: Extractor) -> None:
    x = run_in(extractor, "Nvidia's revenue over the past 12 months was $130 billion.", "en")
    assert _figure(x, "Revenue", Decimal("130000000000")).qualifier == "Exact"
