"""Families of missed figures (lane figures31), each on sentences written for the
test: a positive case and a look-alike that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import helpers

from kg.nlp.extract import Extractor

run = partial(helpers.run, headline="Zahlen")
facts = helpers.figure_facts


# --- an offer's premium "to its closing price" ---------------------------------------------------

def test_premium_to_the_closing_price_is_the_targets(extractor: Extractor) -> None:
    x = run(extractor, "The offer values Infineon at about 20 billion euros and represents a "
                       "premium of 23% to its closing price on Friday.", lang="en",
            headline="Siemens bids for Infineon")
    assert ("Infineon Technologies", "Other", Decimal(23), "Percent") in facts(x)


def test_premium_to_the_closing_price_with_no_name_before_is_left_out(
        extractor: Extractor) -> None:
    # look-alike: the sentence names no company before the premium, whose it is is not told
    x = run(extractor, "Siemens offered $52 a share in cash for Infineon. The price represents a "
                       "premium of 23% to its closing price on Friday.", lang="en",
            headline="Siemens bids for Infineon")
    assert not any(f.value == Decimal(23) for f in x.figures)


def test_a_products_premium_tier_off_its_price_is_no_figure(extractor: Extractor) -> None:
    # look-alike: "Premium" names a product, "50% off" a price cut
    x = run(extractor, "Get Siemens Premium at 50% off this week.", lang="en", headline="Siemens")
    assert not any(f.value == Decimal(50) for f in x.figures)


def test_premium_to_the_closing_price_in_german_is_the_targets(extractor: Extractor) -> None:
    x = run(extractor, "Siemens bietet 52 Euro je Aktie für Infineon, ein Aufschlag von 23 "
                       "Prozent auf den Schlusskurs vom Freitag.", headline="Siemens bietet für Infineon")
    assert ("Infineon Technologies", "Other", Decimal(23), "Percent") in facts(x)


def test_discount_to_the_closing_price_is_still_no_figure(extractor: Extractor) -> None:
    # look-alike: shares placed at a discount "to the closing price" move no share
    x = run(extractor, "Siemens sold 10 million Infineon shares at a discount of 4% to the closing "
                       "price.", lang="en", headline="Siemens")
    assert not any(f.value == Decimal(4) for f in x.figures)
