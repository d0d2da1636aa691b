"""Figures of market shares in forms the rules lacked, on sentences written for these tests
(catalogued companies, invented figures): a name ranked against the leader after a noun that
describes it ("hinter dem Rivalen X mit 27 Prozent", "far ahead of South Korea's X at 8%")
owns its number, and so does the next name of a list of ranked names ("ahead of X at 22% and
Y at 9%"); a ranked name's number that no word names is the same figure as the leader's
("TSMC held 64% of the market, according to …, far ahead of X at 8%"); a German "Anteil von"
in a sentence that names a market is a market share, no stake; a sentence of only a name, a
verb of level and a percentage right after a market share ("Der US-Konkurrent X kommt auf 16
Prozent.") is that name's share. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

# --- a ranked name described by a noun first --------------------------------------------

def test_ranked_rival_after_its_noun_owns_its_share(extractor: Extractor) -> None:
    x = run(extractor, "Im Weltmarkt für Leistungshalbleiter liegt Infineon mit einem Marktanteil von 21 "
            "Prozent hinter dem Rivalen STMicroelectronics mit 27 Prozent.")
    shares = metric_facts(x, "MarketShare")
    assert ("STMicroelectronics", Decimal("27")) in shares
    assert ("Infineon Technologies", Decimal("27")) not in shares
    assert ("Infineon Technologies", Decimal("21")) in shares


def test_ranked_name_after_a_countrys_possessive_owns_its_share(extractor: Extractor) -> None:
    x = run(extractor, "TSMC held 64% of the global foundry market in the second quarter, according to a "
            "research firm, far ahead of South Korea's Samsung Electronics at 8%.", "en")
    shares = metric_facts(x, "MarketShare")
    assert ("Samsung Electronics", Decimal("8")) in shares
    assert ("Taiwan Semiconductor Manufacturing", Decimal("64")) in shares


def test_ranked_name_with_an_amount_of_another_unit_takes_no_share(extractor: Extractor) -> None:
    """Look-alike: a ranked name whose number is an amount ranks by something else."""
    x = run(extractor, "TSMC held 64% of the global foundry market in the second quarter, according to a "
            "research firm, far ahead of Samsung Electronics at $8 billion.", "en")
    assert not {about for about, _ in metric_facts(x, "MarketShare")} - {"Taiwan Semiconductor Manufacturing"}


# --- the next name of a list of ranked names --------------------------------------------

def test_next_name_of_a_ranked_list_owns_its_share(extractor: Extractor) -> None:
    x = run(extractor, "Ericsson leads the market for radio gear with a market share of 33%, ahead of Nokia "
            "at 22% and Samsung Electronics at 9%.", "en")
    shares = metric_facts(x, "MarketShare")
    assert {("Nokia", Decimal("22")), ("Samsung Electronics", Decimal("9"))} <= shares
    assert ("Ericsson", Decimal("9")) not in shares


def test_clause_joined_after_a_ranked_name_keeps_its_own_metric(extractor: Extractor) -> None:
    """Look-alike: after the ranked name, "and" opens a clause of the subject's revenue."""
    x = run(extractor, "Ericsson leads the market for radio gear with a market share of 33%, ahead of Nokia "
            "at 22%, and its revenue rose 9%.", "en")
    assert ("Ericsson", Decimal("9")) in metric_facts(x, "RevenueGrowth")
    assert not [v for _, v in metric_facts(x, "MarketShare") if v == Decimal("9")]


# --- "Anteil von" in a sentence that names a market -------------------------------------

def test_share_of_a_named_market_is_a_market_share(extractor: Extractor) -> None:
    x = run(extractor, "Im europäischen Markt für Antriebsachsen kommt Schaeffler auf einen Anteil von etwa "
            "14 Prozent, hinter dem Branchenprimus Bosch mit rund 23 Prozent.")
    shares = metric_facts(x, "MarketShare")
    assert {("Schaeffler", Decimal("14")), ("Bosch", Decimal("23"))} <= shares


def test_share_of_the_market_named_after_it_is_a_market_share(extractor: Extractor) -> None:
    x = run(extractor, "Schaeffler hat einen Anteil von 12 Prozent am europäischen Markt für Antriebsachsen.")
    assert ("Schaeffler", Decimal("12")) in metric_facts(x, "MarketShare")


def test_stake_in_a_company_is_no_market_share(extractor: Extractor) -> None:
    """Look-alike: the same words with the company held after the number are a stake."""
    x = run(extractor, "Im europäischen Markt für Antriebsachsen hält der Finanzinvestor Blackstone einen "
            "Anteil von 10 Prozent an Schaeffler.")
    assert not metric_facts(x, "MarketShare")


def test_stake_of_shares_beside_a_market_leader_is_no_market_share(extractor: Extractor) -> None:
    """Look-alike: "Marktführer" names no market, and "der Aktien" makes the share a stake."""
    x = run(extractor, "Schaeffler ist Marktführer. Blackstone hält einen Anteil von 10 Prozent der Aktien.")
    assert not metric_facts(x, "MarketShare")


# --- a sentence of only a name and its level after market shares ------------------------

def test_name_at_a_level_after_market_shares_is_its_share(extractor: Extractor) -> None:
    x = run(extractor, "Im Weltmarkt für Leistungshalbleiter liegt Infineon mit einem Anteil von 22 Prozent "
            "vorn. Der US-Konkurrent Onsemi kommt auf 16 Prozent.")
    assert ("Onsemi", Decimal("16")) in metric_facts(x, "MarketShare")


def test_name_ranked_in_the_next_sentence_is_its_share(extractor: Extractor) -> None:
    x = run(extractor, "TSMC held 68% of the global foundry market in the second quarter. China's "
            "Semiconductor Manufacturing International Corp. ranked third with about 6%.", "en")
    assert ("Semiconductor Manufacturing International", Decimal("6")) \
        in metric_facts(x, "MarketShare")


def test_level_after_a_growth_is_no_share(extractor: Extractor) -> None:
    """Look-alike: after a revenue growth, the same sentence is no market share."""
    x = run(extractor, "BYD steigerte den Umsatz um 27 Prozent. Tesla lag bei etwa 6 Prozent.")
    assert not metric_facts(x, "MarketShare")


def test_share_move_after_market_shares_stays_a_move(extractor: Extractor) -> None:
    """Look-alike: a share's word before the name makes the level a move of the stock."""
    x = run(extractor, "BYD kam auf einen Marktanteil von 27 Prozent bei Elektroautos in China. Die "
            "Tesla-Aktie lag bei 6 Prozent.")
    assert ("Tesla", Decimal("6")) not in metric_facts(x, "MarketShare")
    assert ("Tesla", Decimal("6")) in metric_facts(x, "StockPriceChange")


def test_possessive_share_after_market_shares_is_a_market_share(extractor: Extractor) -> None:
    x = run(extractor, "Huawei remains the biggest seller of network gear with a market share of 33%. In "
            "Europe, Ericsson's share is higher at about 43%.", "en")
    assert ("Ericsson", Decimal("43")) in metric_facts(x, "MarketShare")


def test_possessive_share_after_a_growth_is_no_market_share(extractor: Extractor) -> None:
    """Look-alike: after a revenue growth, a name's share is not read as a market share."""
    x = run(extractor, "Huawei's revenue rose 33%. In Europe, Ericsson's share is higher at about 43%.", "en")
    assert ("Ericsson", Decimal("43")) not in metric_facts(x, "MarketShare")
