"""Families of figures on sentences written for these tests, each with look-alikes that
must keep their reading:

- The level a product's move ended at, where an apposition with a reference to its developer
  stands between the product and the verb ("Ozempic, its diabetes drug, fell 4% to 29.9
  billion crowns"): the product is the verb's subject, so the level is its sales as the
  change is. Look-alikes: a rival's product in the same place, a level after other words
  than one short word after the move, a share's move of another company after a reference.
- "Generated" with a bare amount that ends the phrase ("Paxlovid generated $420 million, down
  68%") is the product's sales. Look-alikes: an amount with words after it that say what was
  generated ("in free cash flow"), a count generated.
- A reported value before "vs." and an expected one with its currency word after it
  ("Earnings per share: 3.10 euros vs. 2.64 euros expected"): the first is reported, the one
  before "expected" the estimate, as with a currency sign ("$3.10 vs. $2.64 expected").

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor

_NOVO = "Operating profit rose 5% to 32 billion Danish crowns. "


@pytest.mark.parametrize(("level", "unit"), [("28.5 billion crowns", "DKK"),
                                              ("$4.2 billion", "USD")])
def test_level_after_move_of_apposed_product_is_its_sales(extractor: Extractor, level: str,
                                                          unit: str) -> None:
    x = run(extractor, _NOVO + "Sales of Wegovy climbed 11% to 20 billion crowns, while Ozempic, "
            f"its older drug, fell 6% to {level}.", "en", "Novo Nordisk results")
    facts = figure_facts(x)
    value = Decimal("28500000000") if unit == "DKK" else Decimal("4200000000")
    assert ("Ozempic", "Revenue", value, unit) in facts
    assert ("Ozempic", "RevenueGrowth", Decimal("-6"), "Percent") in facts
    assert not any(f.about == "Novo Nordisk" and f.value == value for f in x.figures)


def test_level_after_move_of_a_rivals_product_keeps_no_reading(extractor: Extractor) -> None:
    # look-alike: the product is another developer's; its sales are not the word's
    x = run(extractor, _NOVO + "Sales of Wegovy climbed 11% to $20 billion, while Mounjaro, "
            "its rival's drug, fell 6% to $4.2 billion.", "en", "Novo Nordisk results")
    assert not any(f.about == "Mounjaro" for f in x.figures)
    assert not any(f.value == Decimal("4200000000") for f in x.figures)


def test_level_after_other_words_than_the_move_keeps_no_reading(extractor: Extractor) -> None:
    # look-alike: more than one short word between the move and the amount
    x = run(extractor, _NOVO + "Sales of Wegovy climbed 11% to $20 billion, while Ozempic, its "
            "older drug, fell 6% after a price cut of $4.2 billion.", "en", "Novo Nordisk results")
    assert not any(f.value == Decimal("4200000000") for f in x.figures)


def test_share_move_after_apposed_reference_is_the_heads(extractor: Extractor) -> None:
    # look-alike: a company with a reference apposed keeps its own share move
    x = run(extractor, "Novo Nordisk shares rose 2% to 300 crowns, while Carlsberg, its "
            "Copenhagen neighbour, fell 4%.", "en", "Novo Nordisk shares")
    facts = figure_facts(x)
    assert ("Carlsberg", "StockPriceChange", Decimal("-4"), "Percent") in facts
    assert not any(f.about == "Novo Nordisk" and f.value == Decimal("-4") for f in x.figures)


def test_generated_bare_amount_is_sales(extractor: Extractor) -> None:
    x = run(extractor, "Pfizer said revenue fell. Antiviral Paxlovid generated $310 million, "
            "down 57%.", "en", "Pfizer results")
    facts = figure_facts(x)
    assert ("Paxlovid", "Revenue", Decimal("310000000"), "USD") in facts
    assert ("Paxlovid", "RevenueGrowth", Decimal("-57"), "Percent") in facts


@pytest.mark.parametrize("second", [
    "Paxlovid generated $310 million in free cash flow.",  # what was generated is told
    "The app generated 5 million downloads, up 3%.",  # a count, no money
])
def test_generated_with_words_after_is_no_sales(extractor: Extractor, second: str) -> None:
    x = run(extractor, "Pfizer said revenue fell. " + second, "en", "Pfizer results")
    assert not any(f.metric in ("Revenue", "RevenueGrowth") for f in x.figures)


@pytest.mark.parametrize(("line", "unit"), [
    ("Earnings per share: 1.85 euros vs. 1.62 euros expected", "EUR"),
    ("Earnings per share: $1.85 vs. $1.62 expected", "USD"),
])
def test_value_before_versus_expected_is_reported(extractor: Extractor, line: str,
                                                  unit: str) -> None:
    x = run(extractor, f"Spotify reported quarterly results on Tuesday.\n- {line}", "en",
            "Spotify beats estimates")
    status = {f.value: f.status for f in x.figures
              if f.about == "Spotify" and f.metric == "EarningsPerShare" and f.unit == unit}
    assert status == {Decimal("1.85"): "Reported", Decimal("1.62"): "Estimate"}
