"""Retail-investor stock stories on Chinese and US tech, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies
and houses, invented figures and invented companies): a rating whose sentence names no
company, after a passage that quoted a rival's shares in another currency than the
target's ("die Danaher-Aktie notierte … bei 231,40 US-Dollar. … erhöhte das Kursziel
auf 280 Euro"), rates the company the article is about, not the rival; a company's
share of a market named with a possessive ("Nvidia's share of China's accelerator
market could fall to about 50%") is its market share, no share move; a change of sales
in one German word ("einen Absatzrückgang von 6 Prozent") is a business figure, no
share move, even where a later clause speaks of a share; a firm introduced by the
capacity it runs or the games it makes ("GPU cloud operator X", "das Spielestudio X")
is a company the catalogue may lack; and what "led by" names is the organisation
before it, never one named after the leader ("the unit led by X, who joined when Meta
invested …"). Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor

# --- a target in another currency than the passage's rival shares ----------------------

_LAB = ("Die Aktie von Sartorius stieg am Montag um 3,1 Prozent auf 245,60 Euro. "
        "Im Laborgeschäft sind Danaher und Thermo Fisher Scientific die härtesten Rivalen. "
        "Die Nachfrage aus China bleibt schwach. Danaher hatte zuletzt ein Umsatzplus gemeldet, "
        "die Danaher-Aktie notierte an der Nyse bei 231,40 US-Dollar. "
        "Vorstandschef Michael Grosse kündigte neue Investitionen an. Was sagen die Analysten? "
        "Die Deutsche Bank bestätigte ihre Kaufempfehlung (\"Buy\") und erhöhte das Kursziel ")

_CONSOLES = ("Shares of Nintendo fell 2.1% to 8,940 yen in Tokyo. "
             "In consoles, Sony Group and Microsoft remain the toughest rivals. Demand for handhelds stayed soft. "
             "Microsoft reported higher gaming revenue, and Microsoft stock closed at $512.30 on the Nasdaq. "
             "President Shuntaro Furukawa said demand stayed strong. What do analysts say? "
             "Jefferies reiterated its buy rating and raised its price target ")


def test_target_in_the_articles_currency_rates_the_article_company_de(extractor: Extractor) -> None:
    x = run(extractor, _LAB + "von 260 auf 280 Euro.", headline="Sartorius-Aktie zieht an")
    assert ("Deutsche Bank", "Sartorius", "Buy") in rating_facts(x)
    assert ("Sartorius", Decimal(280)) in metric_facts(x, "PriceTarget")
    assert not any(about == "Danaher" for _, about, _ in rating_facts(x))


def test_target_in_the_rivals_currency_keeps_the_passages_shares_de(extractor: Extractor) -> None:
    """Look-alike: a target in the currency the rival's shares were quoted in stays theirs."""
    x = run(extractor, _LAB + "von 240 auf 260 US-Dollar.", headline="Sartorius-Aktie zieht an")
    assert ("Deutsche Bank", "Danaher", "Buy") in rating_facts(x)


def test_target_in_the_articles_currency_rates_the_article_company_en(extractor: Extractor) -> None:
    x = run(extractor, _CONSOLES + "to 11,000 yen from 10,500 yen.", lang="en", headline="Nintendo shares slip")
    assert ("Jefferies", "Nintendo", "buy") in rating_facts(x)
    assert ("Jefferies", "covers", "Microsoft") not in triples(x)


def test_target_in_the_rivals_currency_keeps_the_passages_shares_en(extractor: Extractor) -> None:
    """Look-alike: a dollar target after Microsoft's dollar close stays Microsoft's."""
    x = run(extractor, _CONSOLES + "to $600 from $560.", lang="en", headline="Nintendo shares slip")
    assert ("Jefferies", "Microsoft", "buy") in rating_facts(x)


# --- a share of a market named with a possessive ---------------------------------------

def test_share_of_a_possessed_market_is_market_share(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia stock slipped 1% on Friday. Bernstein estimates that Nvidia's share of "
                       "China's AI accelerator market could fall to about 50% next year.",
            lang="en", headline="Nvidia slips")
    assert ("Nvidia", Decimal(50)) in metric_facts(x, "MarketShare")
    assert ("Nvidia", Decimal(-50)) not in metric_facts(x, "StockPriceChange")


def test_shares_falling_stay_a_share_move(extractor: Extractor) -> None:
    """Look-alike: the company's shares, not its share of a market, fell."""
    x = run(extractor, "Nvidia's shares could fall to about 150 dollars, Bernstein said. "
                       "Nvidia's shares fell 5% on Friday.",
            lang="en", headline="Nvidia slips")
    assert ("Nvidia", Decimal(-5)) in metric_facts(x, "StockPriceChange")
    assert not metric_facts(x, "MarketShare")


def test_percentage_share_of_a_possessed_market_stays_market_share(extractor: Extractor) -> None:
    """Look-alike: a percentage right before "share of India's … market" is the portion held."""
    x = run(extractor, "Tata Motors sold 412,000 vehicles in the year to March 2026, giving it a 7.8% share of "
                       "India's passenger car market. Revenue rose 12%.",
            lang="en", headline="Tata Motors gains")
    assert ("Tata Motors", Decimal("7.8")) in metric_facts(x, "MarketShare")
    assert ("Tata Motors", Decimal("7.8")) not in metric_facts(x, "Other")


# --- a change of sales in one German word -----------------------------------------------

def test_sales_decline_word_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi legt zu. BYD hatte zuletzt einen Absatzrückgang von 6 Prozent gemeldet, "
                       "die Tesla-Aktie notierte an der Nasdaq zuletzt bei 412,30 US-Dollar.")
    assert ("BYD", Decimal(-6)) in metric_facts(x, "Other")
    assert not any(about == "BYD" for about, _ in metric_facts(x, "StockPriceChange"))


def test_share_decline_stays_a_share_move(extractor: Extractor) -> None:
    """Look-alike: the same decline told of the share."""
    x = run(extractor, "Xiaomi legt zu. Die BYD-Aktie verlor zuletzt 6 Prozent, "
                       "die Tesla-Aktie notierte an der Nasdaq zuletzt bei 412,30 US-Dollar.")
    assert ("BYD", Decimal(-6)) in metric_facts(x, "StockPriceChange")


# --- a firm introduced by the capacity it runs or the games it makes --------------------

def test_cloud_operator_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia will ship 8,000 chips to the GPU cloud operator Harrowgate Compute next year.",
            lang="en", headline="Nvidia wins order")
    assert "Harrowgate Compute" in labels(x)


def test_machine_operator_in_lower_case_names_no_company(extractor: Extractor) -> None:
    """Look-alike: the noun without a capitalised name after it names nothing."""
    x = run(extractor, "Nvidia will ship 8,000 chips to a cloud operator in Texas next year.",
            lang="en", headline="Nvidia wins order")
    assert labels(x) <= {"Nvidia", "Texas"}


def test_games_studio_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Tencent übernimmt einen Anteil von 30 Prozent an dem Spielestudio Kestrelwood Games "
                       "aus Singapur.", headline="Tencent kauft zu")
    assert "Kestrelwood Games" in labels(x)
    assert ("Tencent Holdings", "investsIn", "Kestrelwood Games") in triples(x)


def test_games_studio_without_a_name_names_none(extractor: Extractor) -> None:
    """Look-alike: a studio named only by its seat is no company of its own."""
    x = run(extractor, "Tencent übernimmt einen Anteil von 30 Prozent an einem Spielestudio aus Singapur.",
            headline="Tencent kauft zu")
    assert not any(p == "investsIn" for _, p, _ in triples(x))


# --- what "led by" names ------------------------------------------------------------------

def test_company_after_the_leader_is_not_led(extractor: Extractor) -> None:
    x = run(extractor, "The model comes from Meta Superintelligence Labs, the unit led by Dara Velez, "
                       "who joined when Meta invested $2 billion in her start-up.",
            lang="en", headline="Meta releases a model")
    assert ("Dara Velez", "worksFor", "Meta Platforms") not in triples(x)


def test_company_before_led_by_employs_the_leader(extractor: Extractor) -> None:
    """Look-alike: the company right before "led by" is the one the person leads."""
    x = run(extractor, "The model comes from Meta, led by Dara Velez, who joined the group in 2019.",
            lang="en", headline="Meta releases a model")
    assert ("Dara Velez", "worksFor", "Meta Platforms") in triples(x)
