"""Wrong readings of four families of figures, each fixed so that it holds for any article:

* "Bayer platzierte neue Aktien 4 Prozent unter dem Schlusskurs", "priced the new shares at a
  4% discount to the close": where a placement priced new shares against the share's price is
  no move of the share; the same words of a share that trades below a close keep the move;
* "sieht ein Abwärtspotenzial von 12 Prozent": a room for the price to fall is a negative
  upside, though its compound ends in the upside's "Potenzial";
* "AMD's contract with Oracle could be worth $10 billion": what a contract or deal is worth,
  with its partner and a modal verb between, is no market value of anyone;
* "bought back shares 12 times since 2015": a count of occasions is no figure; "downloaded
  150 million times" counts units, a figure.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, metric_facts, run_in

from kg.nlp.extract import Extractor

# --- a placement's price against the share's price --------------------------------------------


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Bayer platzierte neue Aktien 4 Prozent unter dem Schlusskurs."),
    ("de", "Bayer platzierte die neuen Aktien mit einem Abschlag von 4 Prozent zum Schlusskurs."),
    ("de", "Der Bezugspreis der neuen Bayer-Aktien liegt 4 Prozent unter dem Xetra-Schlusskurs."),
    ("en", "Bayer priced the new shares at a 4% discount to the close."),
    ("en", "Bayer sold the shares at a 3.5% discount to Tuesday's closing price."),
])
def test_placement_discount_is_no_move(extractor: Extractor, lang: str, sentence: str) -> None:
    assert metric_facts(run_in(extractor, sentence, lang), "StockPriceChange") == set()


@pytest.mark.parametrize(("lang", "sentence", "move"), [
    ("de", "Die Bayer-Aktie notierte 4 Prozent unter dem Schlusskurs vom Freitag.", "-4"),
    ("de", "Schlusslicht im Dax waren die Aktien von Bayer mit einem Abschlag von 4,7 Prozent.", "-4.7"),
    ("de", "Bayer platzierte neue Aktien; die Aktie fiel um 4 Prozent.", "-4"),
    ("en", "Bayer shares fell 4% after the placement.", "-4"),
    ("en", "Bayer priced the shares at a 4% discount to the closing price, and its stock fell 5%.",
     "-5"),
])
def test_share_move_beside_a_placement_is_kept(extractor: Extractor, lang: str, sentence: str,
                                               move: str) -> None:
    assert metric_facts(run_in(extractor, sentence, lang), "StockPriceChange") \
        == {("Bayer", Decimal(move))}


# --- a room for the price to fall --------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "upside"), [
    ("Die Deutsche Bank sieht ein Abwärtspotenzial von 12 Prozent für die Bayer-Aktie.", "-12"),
    ("Die Deutsche Bank sieht für Bayer 12 Prozent Abwärtspotenzial.", "-12"),
    ("Die Deutsche Bank sieht für die Bayer-Aktie ein Aufwärtspotenzial von 12 Prozent.", "12"),
    ("Die Deutsche Bank sieht für Bayer ein Potenzial von 12 Prozent.", "12"),
])
def test_downside_is_negative_upside(extractor: Extractor, sentence: str, upside: str) -> None:
    assert metric_facts(run_in(extractor, sentence, "de"), "UpsidePotential") \
        == {("Bayer", Decimal(upside))}


# --- what a contract is worth ------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "AMD's contract with Oracle could be worth $10 billion.",
    "The agreement with Oracle would be worth about $2 billion a year.",
])
def test_contract_worth_is_no_market_value(extractor: Extractor, sentence: str) -> None:
    assert metric_facts(run_in(extractor, sentence, "en"), "MarketCapitalization") == set()


@pytest.mark.parametrize("sentence", [
    "Oracle is worth $300 billion.",
    "After the contract, Oracle is worth $300 billion.",
])
def test_company_worth_keeps_market_value(extractor: Extractor, sentence: str) -> None:
    assert metric_facts(run_in(extractor, sentence, "en"), "MarketCapitalization") \
        == {("Oracle", Decimal("300000000000"))}


# --- counts of occasions -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Apple has bought back shares 12 times since 2015."),
    ("en", "Siemens said its order backlog grew 12 times since 2015."),
    ("de", "Apple hat seit 2015 12 Mal Aktien zurückgekauft."),
])
def test_count_of_occasions_is_no_figure(extractor: Extractor, lang: str, sentence: str) -> None:
    assert figure_facts(run_in(extractor, sentence, lang)) == set()


@pytest.mark.parametrize(("sentence", "metric", "about", "value"), [
    ("Apple bought back 12 million shares since 2015.", "ShareBuyback", "Apple", "12000000"),
    ("The Spotify app was downloaded 150 million times since January.", "Downloads", "Spotify",
     "150000000"),
    ("Apple trades at 30 times earnings.", "ValuationMultiple", "Apple", "30"),
    ("Broadcom trades at 33 times forward earnings and Nvidia at 29 times.", "ValuationMultiple",
     "Nvidia", "29"),
])
def test_amounts_and_multiples_are_kept(extractor: Extractor, sentence: str, metric: str,
                                        about: str, value: str) -> None:
    assert (about, Decimal(value)) in metric_facts(run_in(extractor, sentence, "en"), metric)
