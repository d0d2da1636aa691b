"""Wrong percentages of the precision38 families, each fixed so that it holds for any article:

* "X, 5% owned by index funds", "zu 5 Prozent im Besitz von", "gehört zu 5 Prozent": a part of
  the company someone owns, no move of its share price;
* "The Fed raised rates to 5.25% as Apple shares fell 2%", "the 10-year Treasury yield rose to
  4.6%": a central bank's rate or a bond's yield beside a company's shares is no move of them;
* "a 60% chance of a rate cut", "eine Wahrscheinlichkeit von 70 Prozent": a probability, no move;
* "cut its workforce by 15%", "die Belegschaft um 5 Prozent verringern": a change of the staff,
  no move of the share price;
* "China steuerte 18 Prozent zum Umsatz bei": a portion of the revenue, no growth of it (as
  "18 Prozent seines Umsatzes", a German portion gives no figure);
* "Die SAP-Aktie stieg um 2 Prozent, der Leitindex legte um 1 Prozent zu": an index unnamed right
  before its move is the subject of that move, no company's;
* "leads the cloud market with a 31% share, ahead of Microsoft with 25%": the share word is the
  first portion's, so the second percentage is a market share too, no move of a stock.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor


def _moves(extractor: Extractor, text: str, lang: str, headline: str) -> set[Decimal | None]:
    """The values of the share-price moves read from the article."""
    found = figure_facts(run(extractor, text, lang, headline))
    return {value for _about, metric, value, _unit in found if metric == "StockPriceChange"}


# --- a part of the company owned ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Shares of Nvidia, 5% owned by index funds, climbed.", "en"),
    ("Nvidia shares, 5% held by index funds, climbed.", "en"),
    ("Nvidia's stock is 5% owned by index funds.", "en"),
    ("Die Nvidia-Aktie, zu 5 Prozent im Besitz von Indexfonds, stieg.", "de"),
    ("Nvidia-Aktien gehören zu 5 Prozent Indexfonds.", "de"),
    ("Die Nvidia-Aktie, die zu 5 Prozent in der Hand von Indexfonds ist, stieg.", "de"),
])
def test_owned_part_is_no_move(extractor: Extractor, text: str, lang: str) -> None:
    assert Decimal(5) not in _moves(extractor, text, lang, "Nvidia weitet Produktion aus")


def test_owned_part_in_headline_is_no_move(extractor: Extractor) -> None:
    assert Decimal(5) not in _moves(extractor, "Nvidia said it would expand production.", "en",
                                    "Nvidia stock: 5% owned by index funds")


@pytest.mark.parametrize(("text", "lang", "move"), [
    ("Nvidia shares rose 5% after the company said it would expand production.", "en", 5),
    ("Nvidia shares fell 5% and are now owned mostly by index funds.", "en", -5),
    ("Die Nvidia-Aktie stieg um 5 Prozent, der Konzern will die Produktion ausweiten.", "de", 5),
    ("Die Nvidia-Aktie könnte um bis zu 5 Prozent steigen.", "de", 5),
    ("Die Nvidia-Aktie legte 5 Prozent zu und gehört damit zu den Gewinnern.", "de", 5),
    ("Die Nvidia-Aktie legte im Handel um 5 Prozent auf 120,50 Euro zu und gehörte damit zu den "
     "Favoriten.", "de", 5),
])
def test_move_beside_ownership_words_is_kept(extractor: Extractor, text: str, lang: str,
                                             move: int) -> None:
    assert Decimal(move) in _moves(extractor, text, lang, "Nvidia weitet Produktion aus")


def test_price_after_zu_is_kept(extractor: Extractor) -> None:
    found = figure_facts(run(extractor, "Siemens Energy platzierte 10 Millionen Aktien zu 80 Euro.",
                             "de", "Marktbericht"))
    assert ("Siemens Energy", "SharePrice", Decimal(80), "EUR") in found


# --- rates and yields beside a company's shares ---------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "kept"), [
    ("The Fed raised rates to 5.25% as Apple shares fell 2%.", "5.25", "-2"),
    ("Apple shares fell 2% after the Fed held interest rates at 5.25%.", "-5.25", "-2"),
    ("The ECB cut its deposit rate to 3.5%, and Apple shares rose 1%.", "-3.5", "1"),
    ("Apple shares fell 2% as the 10-year Treasury yield rose to 4.6%.", "4.6", "-2"),
])
def test_rate_beside_shares_is_no_move(extractor: Extractor, text: str, wrong: str,
                                       kept: str) -> None:
    moves = _moves(extractor, text, "en", "Market report")
    assert Decimal(wrong) not in moves
    assert Decimal(kept) in moves


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Apple shares rose 3% as rates fell.", "en", ("Apple", "StockPriceChange", Decimal(3), "Percent")),
    ("Apple's growth rate rose to 8%.", "en", ("Apple", "RevenueGrowth", Decimal(8), "Percent")),
    ("Die Allianz-Aktie bietet eine Dividendenrendite von 4,9 Prozent.", "de",
     ("Allianz", "Other", Decimal("4.9"), "Percent")),
])
def test_rate_words_of_the_company_keep_their_figure(extractor: Extractor, text: str, lang: str,
                                                     kept: tuple[str, str, Decimal, str]) -> None:
    assert kept in figure_facts(run(extractor, text, lang, "Market report"))


# --- probabilities and changes of the staff beside a move -----------------------------------------

@pytest.mark.parametrize(("text", "lang", "wrong", "kept"), [
    ("Apple shares rose 2%; analysts see a 60% chance of a rate cut.", "en", "60", "2"),
    ("Apple shares rose 2% as traders priced in a 70% probability of a rate cut.", "en", "70", "2"),
    ("Apple shares rose 2%; traders see the probability of a rate cut at 70%.", "en", "70", "2"),
    ("Die Apple-Aktie stieg um 2 Prozent, Händler sehen eine Wahrscheinlichkeit von 70 Prozent "
     "für eine Zinssenkung.", "de", "70", "2"),
    ("Die Apple-Aktie stieg um 2 Prozent. Die Wahrscheinlichkeit einer Zinssenkung liegt bei "
     "70 Prozent.", "de", "70", "2"),
    ("Intel shares rose 3% after it said it would cut its workforce by 15%.", "en", "15", "3"),
    ("Intel shares rose 3%; the company will reduce its headcount by 10%.", "en", "10", "3"),
    ("Die Siemens-Aktie stieg um 3 Prozent, der Konzern will die Belegschaft um 5 Prozent "
     "verringern.", "de", "5", "3"),
])
def test_probability_or_staff_change_is_no_move(extractor: Extractor, text: str, lang: str,
                                                wrong: str, kept: str) -> None:
    moves = _moves(extractor, text, lang, "Market report")
    assert {Decimal(wrong), -Decimal(wrong)}.isdisjoint(moves)
    assert Decimal(kept) in moves


def test_share_of_a_staffing_firm_still_moves(extractor: Extractor) -> None:
    assert Decimal(4) in _moves(extractor, "Die Adecco-Aktie stieg um 4 Prozent.", "de",
                                "Marktbericht")


# --- portions of the revenue in German -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Apple-Aktie stieg. China steuerte 18 Prozent zum Umsatz bei.",
    "Apple erzielt in China 18 Prozent seines Umsatzes.",
    "Das Cloudgeschäft trug 18 Prozent zum Umsatz von Apple bei.",
])
def test_portion_of_revenue_is_no_growth(extractor: Extractor, text: str) -> None:
    found = figure_facts(run(extractor, text, "de", "Marktbericht"))
    assert not {f for f in found if f[2] == Decimal(18)}


@pytest.mark.parametrize("text", [
    "Der Umsatz von Apple stieg um 18 Prozent.",
    "Apple steigerte den Umsatz um 18 Prozent.",
])
def test_growth_of_revenue_is_kept(extractor: Extractor, text: str) -> None:
    assert ("Apple", "RevenueGrowth", Decimal(18), "Percent") in \
        figure_facts(run(extractor, text, "de", "Marktbericht"))


# --- an unnamed index's move ---------------------------------------------------------------------

def test_unnamed_index_move_is_no_company_move(extractor: Extractor) -> None:
    moves = _moves(extractor, "Die SAP-Aktie stieg um 2 Prozent, der Leitindex legte um 1 Prozent zu.",
                   "de", "Marktbericht")
    assert Decimal(1) not in moves
    assert Decimal(2) in moves


@pytest.mark.parametrize(("text", "lang", "index_move"), [
    # verbs of the rise and fall lists, beyond the few the rule first named
    ("Die SAP-Aktie stieg um 2 Prozent, der Leitindex sprang um 3 Prozent.", "de", 3),
    ("Die SAP-Aktie stieg um 2 Prozent, der Leitindex schrumpfte um 3 Prozent.", "de", -3),
    ("SAP shares rose 2%, while the index soared 3%.", "en", 3),
    ("SAP shares rose 2%, while the index tumbled 3%.", "en", -3),
])
def test_index_move_verbs_are_those_of_rise_and_fall(extractor: Extractor, text: str, lang: str,
                                                     index_move: int) -> None:
    moves = _moves(extractor, text, lang, "Market report")
    assert Decimal(index_move) not in moves
    assert Decimal(2) in moves


def test_index_head_after_named_index_keeps_its_move(extractor: Extractor) -> None:
    found = figure_facts(run(extractor, "Der Dax stieg. Der Leitindex legte um 1 Prozent zu, SAP "
                             "gewann 2 Prozent.", "de", "Marktbericht"))
    assert ("DAX", "StockPriceChange", Decimal(1), "Percent") in found
    assert ("SAP", "StockPriceChange", Decimal(1), "Percent") not in found


# --- a second market share after "a 31% share" ---------------------------------------------------

def test_second_portion_is_market_share(extractor: Extractor) -> None:
    found = figure_facts(run(extractor, "Amazon leads the cloud market with a 31% share, ahead of "
                             "Microsoft with 25%.", "en", "Market report"))
    assert ("Microsoft", "StockPriceChange", Decimal(25), "Percent") not in found
    assert ("Microsoft", "MarketShare", Decimal(25), "Percent") in found
    assert ("Amazon", "MarketShare", Decimal(31), "Percent") in found


def test_share_move_after_a_market_share_is_kept(extractor: Extractor) -> None:
    found = figure_facts(run(extractor, "Apple holds a 20% share in the smartphone market, and its "
                             "shares rose 3%.", "en", "Market report"))
    assert ("Apple", "StockPriceChange", Decimal(3), "Percent") in found
