"""Figures read wrongly where a sentence holds more than one amount: the price a share's
move ended at after a metric word that already has its own amount ("market value stands
at $7.8 billion after its shares rose 4.1% to $52.30"). Each rule on sentences written
for the test, with look-alikes that must not fire.

Names are invented or real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- the price after a share move, once the metric word has its amount ------------------------

def test_price_after_share_move_is_no_market_value(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens Energy builds turbines. Its market value stands at "
                    "about $90 billion after its shares rose 3.2% to $112.40 on Monday.",
                    lang="en", headline="Turbines")
    assert facts(x, "MarketCapitalization") == {("Siemens Energy", Decimal("90000000000"))}
    assert facts(x, "SharePrice") == {("Siemens Energy", Decimal("112.40"))}


def test_german_price_after_share_move_is_no_market_value(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Chemiekonzern BASF hat umgebaut. Der Börsenwert von BASF "
                    "liegt bei rund 41 Milliarden Euro, nachdem die Aktie um 2,2 Prozent auf "
                    "46,10 Euro stieg.", headline="Chemie")
    assert facts(x, "MarketCapitalization") == {("BASF", Decimal("41000000000"))}
    assert facts(x, "SharePrice") == {("BASF", Decimal("46.10"))}


def test_payout_moved_to_an_amount_stays_the_payout(extractor: Extractor) -> None:
    # look-alike: no share word between the dividend's amount and the move; the dividend moved
    x = helpers.run(extractor, "Siemens pays out more. Its dividend of 1.20 euros was raised "
                    "5% to 1.26 euros.", lang="en", headline="Payout")
    assert facts(x, "SharePrice") == set()
    assert ("Siemens", Decimal("1.26")) in facts(x, "Dividend")


def test_market_value_moved_to_a_scaled_amount_stays_the_market_value(
        extractor: Extractor) -> None:
    # look-alike: the market value itself moved, to an amount in billions
    x = helpers.run(extractor, "Siemens Energy builds turbines. Its market value rose 3% to "
                    "$90 billion.", lang="en", headline="Turbines")
    assert facts(x, "MarketCapitalization") == {("Siemens Energy", Decimal("90000000000"))}
    assert facts(x, "SharePrice") == set()


# --- a bridge financing is debt, not the buyer's investment ------------------------------------

def test_german_bridge_financing_is_debt(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Chemiekonzern Lanxess will einen Lackhersteller kaufen. "
                    "Sechs Banken stellen Lanxess eine Brückenfinanzierung von 2,5 Milliarden "
                    "Euro bereit.", headline="Kredit")
    assert facts(x, "Investment") == set()
    assert facts(x, "DebtIssuance") == {("Lanxess", Decimal("2500000000"))}


def test_english_bridge_financing_is_debt(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Covestro agreed to buy a paint maker. A group of banks "
                    "provided bridge financing of $2.5 billion to Covestro.", lang="en",
                    headline="Deal")
    assert facts(x, "Investment") == set()
    assert facts(x, "DebtIssuance") == {("Covestro", Decimal("2500000000"))}


def test_price_paid_stays_the_buyers_investment(extractor: Extractor) -> None:
    # look-alike: the price paid is the buyer's investment, even where a financing is told
    x = helpers.run(extractor, "Der Chemiekonzern Lanxess will einen Lackhersteller kaufen. "
                    "Lanxess zahlt 2,3 Milliarden Euro in bar, die Finanzierung ist gesichert.",
                    headline="Kauf")
    assert facts(x, "Investment") == {("Lanxess", Decimal("2300000000"))}


# --- a move told of an unknown name's shares by a possessive ------------------------------------

def test_move_of_an_unknown_possessor_is_no_ones(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens and Bayer agreed to merge. Shares of Siemens rose 7.2% "
                    "in premarket trading, while Meridian's fell 1.5%.", lang="en",
                    headline="Merger")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal("7.2"))}


def test_move_of_an_unknown_possessors_shares_is_no_ones(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens and Bayer agreed to merge. Shares of Siemens rose 7.2%, "
                    "while Meridian's shares fell 1.5%.", lang="en", headline="Merger")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal("7.2"))}


def test_move_of_a_known_possessor_stays(extractor: Extractor) -> None:
    # look-alike: the possessive is of a name the extractor knows
    x = helpers.run(extractor, "Siemens and Bayer agreed to merge. Shares of Siemens rose 7.2% "
                    "in premarket trading, while Bayer's fell 1.5%.", lang="en",
                    headline="Merger")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal("7.2")),
                                            ("Bayer", Decimal("-1.5"))}


def test_possessive_of_a_day_takes_no_move(extractor: Extractor) -> None:
    # look-alike: "Thursday's" is followed by more than a verb; the move stays the name's
    x = helpers.run(extractor, "Siemens agreed to buy a rival. In Thursday's session Siemens "
                    "shares rose 7.2%.", lang="en", headline="Deal")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal("7.2"))}
