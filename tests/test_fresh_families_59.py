"""Figures and coverage of small-cap reports, capital markets days and quarterly results, on
families of construction that hold in any article, on sentences written for these tests
(catalogued companies with invented facts): the value of a block of shares bought or sold
("Aktien im Wert von 250.000 Euro gekauft", "bought shares worth 250,000 euros") is no share
price; a dividend per share that is to grow by a percentage ("Die Ausschüttung je Aktie soll um
bis zu 5 Prozent wachsen", "its dividend per share would grow by up to 5%") is no share move;
a company named as a rival in an analyst's comment ("noting that rival Nintendo would report")
is not what the analyst's house covers. Each with a look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str, headline: str = "Market report") -> Extraction:
    return run(extractor, body, lang="en", headline=headline)


# --- the value of a block of shares bought or sold -----------------------------------------

def test_shares_bought_for_a_sum_give_no_price(extractor: Extractor) -> None:
    x = run(extractor, "Zwei Vorstände haben im Oktober Stabilus-Aktien für zusammen 310.000 Euro "
                       "erworben.")
    assert not metric_facts(x, "SharePrice")


def test_shares_worth_a_sum_give_no_price(extractor: Extractor) -> None:
    x = run(extractor, "Der Finanzvorstand hat Aktien von Jenoptik im Wert von 180.000 Euro gekauft.")
    assert not metric_facts(x, "SharePrice")
    y = en(extractor, "Jenoptik's finance chief bought shares worth 180,000 euros last week.")
    assert not metric_facts(y, "SharePrice")
    z = en(extractor, "Two Stabilus board members bought shares for a combined 310,000 euros.")
    assert not metric_facts(z, "SharePrice")


def test_share_price_after_shares_stays(extractor: Extractor) -> None:
    """Look-alike: the price the shares stand at is the share price."""
    x = run(extractor, "Die Stabilus-Aktien kosteten zuletzt 41,20 Euro.")
    assert metric_facts(x, "SharePrice") == {("Stabilus", Decimal("41.20"))}
    y = en(extractor, "Stabilus shares closed at 41.20 euros.")
    assert metric_facts(y, "SharePrice") == {("Stabilus", Decimal("41.20"))}


def test_own_shares_worth_a_sum_stay_a_buyback(extractor: Extractor) -> None:
    """Look-alike: own shares bought back for a sum are a buyback."""
    x = run(extractor, "Stabilus will eigene Aktien im Wert von 60 Millionen Euro zurückkaufen.")
    assert metric_facts(x, "ShareBuyback") == {("Stabilus", Decimal("60000000"))}
    y = en(extractor, "Stabilus will buy back shares worth 60 million euros.")
    assert metric_facts(y, "ShareBuyback") == {("Stabilus", Decimal("60000000"))}


# --- a dividend per share that is to grow --------------------------------------------------

def test_dividend_per_share_growth_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Ausschüttung je Aktie soll bei RWE künftig jährlich um bis zu 6 Prozent "
                       "wachsen.")
    assert not metric_facts(x, "StockPriceChange")
    y = en(extractor, "RWE said its dividend per share would grow by up to 6% a year.")
    assert not metric_facts(y, "StockPriceChange")


def test_dividend_per_share_amount_stays_a_dividend(extractor: Extractor) -> None:
    """Look-alike: the amount of a dividend per share is the dividend."""
    x = run(extractor, "Für 2026 stellte RWE eine Dividende je Aktie von 1,20 Euro in Aussicht.")
    assert metric_facts(x, "Dividend") == {("RWE", Decimal("1.20"))}
    y = en(extractor, "RWE raised its dividend per share to 1.20 euros.")
    assert metric_facts(y, "Dividend") == {("RWE", Decimal("1.20"))}


def test_share_move_beside_a_dividend_stays(extractor: Extractor) -> None:
    """Look-alike: the shares' own move in a sentence on the dividend is a share move."""
    x = en(extractor, "RWE raised its dividend per share, and its shares rose 4% on the day.")
    assert metric_facts(x, "StockPriceChange") == {("RWE", Decimal("4"))}


# --- a rival named in an analyst's comment --------------------------------------------------

def test_rival_in_a_comment_is_not_covered(extractor: Extractor) -> None:
    x = en(extractor, "Sony raised its forecast on Tuesday. \"The upgrade looks cautious,\" said "
                      "Ken Mori, a strategist at Jefferies, noting that rival Nintendo would "
                      "report on Wednesday.", headline="Sony raises forecast")
    assert ("Jefferies", "covers", "Nintendo") not in triples(x)


def test_rival_the_house_rates_is_covered(extractor: Extractor) -> None:
    """Look-alike: a rival the house rates is a company it covers."""
    x = en(extractor, "Sony raised its forecast on Tuesday. Jefferies analyst Ken Mori rates rival "
                      "Nintendo a buy.", headline="Sony raises forecast")
    assert ("Jefferies", "covers", "Nintendo") in triples(x)


def test_company_in_a_comment_stays_covered(extractor: Extractor) -> None:
    """Look-alike: a company the comment names, not as a rival, is covered."""
    x = en(extractor, "Jefferies analyst Ken Mori said Nintendo would report strong sales.")
    assert ("Jefferies", "covers", "Nintendo") in triples(x)


def test_move_after_a_buyback_and_a_name_stays(extractor: Extractor) -> None:
    """Look-alike: a metric word of an earlier clause, a name between, is not the move's."""
    x = en(extractor, "HSBC rose 2.6% after it announced a share buyback, and Commerzbank "
                      "climbed 3.1% after Barclays raised its price target on the lender.")
    assert ("Commerzbank", Decimal("3.1")) in metric_facts(x, "StockPriceChange")
