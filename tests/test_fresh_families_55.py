"""Figures and relations of English financing, listing and results news, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies with invented facts): debt paid back or bought back is neither debt raised nor a
share buyback; the price at which a convertible turns into shares is no share price; the price
of a listing and its marketed range are share prices, not the offering's proceeds; a move that
"pared gains" is the share's; a gloss opened by a place's adjective (", an Indian maker of
scooters and motorcycles,") names no metric of the number after it; a growth band "to grow
organically by 4% to 8%" is one range; "market share" speaks of no share traded; rivals ranked
"behind" in a sentence of units sold receive nothing; a portion of a market a company "holds"
is its market share; "Its $18.3 billion purchase of X" is the buyer's investment; a credit
facility signed is debt raised. Each with a
look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str, headline: str = "Market report") -> Extraction:
    return run(extractor, body, lang="en", headline=headline)


# --- debt paid back or bought back -----------------------------------------------------

def test_debt_repaid_is_no_debt_issued(extractor: Extractor) -> None:
    x = en(extractor, "Ather Energy will use part of the money to repay 3 billion rupees of debt.")
    assert ("Ather Energy", "Other", Decimal("3000000000"), "INR") in figure_facts(x)
    assert not metric_facts(x, "DebtIssuance")


def test_notes_sold_stay_debt_issued(extractor: Extractor) -> None:
    """Look-alike: notes the company sells are debt it raises."""
    x = en(extractor, "Ather Energy sold 2 billion rupees of notes due 2031.")
    assert metric_facts(x, "DebtIssuance") == {("Ather Energy", Decimal("2000000000"))}


def test_notes_repurchased_are_no_share_buyback(extractor: Extractor) -> None:
    x = en(extractor, "Rivian Automotive will use $900 million to repurchase part of its "
                      "3.5% convertible notes due 2029.")
    assert ("Rivian Automotive", "Other", Decimal("900000000"), "USD") in figure_facts(x)
    assert not metric_facts(x, "ShareBuyback")


def test_stock_bought_back_stays_a_buyback(extractor: Extractor) -> None:
    """Look-alike: stock bought back is a buyback."""
    x = en(extractor, "Rivian Automotive bought back $400 million of stock in the quarter.")
    assert metric_facts(x, "ShareBuyback") == {("Rivian Automotive", Decimal("400000000"))}


# --- a convertible's conversion price --------------------------------------------------

def test_conversion_price_is_no_share_price(extractor: Extractor) -> None:
    x = en(extractor, "The bonds of Rivian Automotive can be converted into shares at about "
                      "$31.20 each.")
    assert ("Rivian Automotive", "Other", Decimal("31.20"), "USD") in figure_facts(x)
    assert not metric_facts(x, "SharePrice")


def test_price_shares_closed_at_stays_a_share_price(extractor: Extractor) -> None:
    """Look-alike: where the shares closed is their price."""
    x = en(extractor, "Rivian Automotive shares closed at $31.20 on Tuesday.")
    assert metric_facts(x, "SharePrice") == {("Rivian Automotive", Decimal("31.20"))}


# --- the price of a listing ------------------------------------------------------------

LISTING = ("Ather Energy made its market debut on Wednesday. The stock opened at 410 rupees, "
           "against an IPO price of 360 rupees, the top of the marketed range of 340 to 360 "
           "rupees.")


def test_ipo_price_and_marketed_range_are_share_prices(extractor: Extractor) -> None:
    x = en(extractor, LISTING, headline="Ather Energy jumps in debut")
    prices = {(f.value, f.min_value, f.max_value) for f in x.figures
              if f.about == "Ather Energy" and f.metric == "SharePrice"}
    assert (Decimal("360"), None, None) in prices
    assert (None, Decimal("340"), Decimal("360")) in prices
    assert not metric_facts(x, "Other")


def test_ipo_alone_still_counts_proceeds(extractor: Extractor) -> None:
    """Look-alike: an amount the IPO raised is its proceeds, no share price."""
    x = en(extractor, "Ather Energy made its market debut on Wednesday after a 45 billion rupee "
                      "IPO.", headline="Ather Energy jumps in debut")
    assert not metric_facts(x, "SharePrice")


# --- a move that pared gains -----------------------------------------------------------

def test_pared_gains_is_a_share_move(extractor: Extractor) -> None:
    x = en(extractor, "Shares of Ather Energy opened 14% above their offer price on Wednesday. "
                      "They later pared gains to trade 9.4% higher.",
           headline="Ather Energy jumps in debut")
    assert ("Ather Energy", Decimal("9.4")) in metric_facts(x, "StockPriceChange")


def test_profit_gains_are_no_share_move(extractor: Extractor) -> None:
    """Look-alike: gains of a business are not what "pared gains" speaks of."""
    x = en(extractor, "Ather Energy said profit gains of 9.4% came from lower battery costs.")
    assert not metric_facts(x, "StockPriceChange")


# --- a gloss opened by a place's adjective ---------------------------------------------

def test_gloss_with_a_country_adjective_names_no_metric(extractor: Extractor) -> None:
    x = en(extractor, "Shares of Ather Energy, an Indian maker of electric scooters and "
                      "motorcycles, rose 6% on Wednesday.")
    assert metric_facts(x, "StockPriceChange") == {("Ather Energy", Decimal("6"))}
    assert not metric_facts(x, "Other")


def test_counted_vehicles_outside_a_gloss_keep_their_metric(extractor: Extractor) -> None:
    """Look-alike: motorcycles counted in the clause itself are the number's metric."""
    x = en(extractor, "Ather Energy sold 6,000 motorcycles in November.")
    assert ("Ather Energy", Decimal("6000")) in metric_facts(x, "Other")


# --- a band of organic growth ----------------------------------------------------------

def test_organic_growth_band_is_one_range(extractor: Extractor) -> None:
    x = en(extractor, "Heineken expects operating profit to grow organically by 3% to 7% in 2027.")
    growth = {(f.value, f.min_value, f.max_value) for f in x.figures if f.metric == "ProfitGrowth"}
    assert growth == {(None, Decimal("3"), Decimal("7"))}


def test_organic_rise_to_an_amount_is_no_range(extractor: Extractor) -> None:
    """Look-alike: a percentage "to" an amount is the growth and the level reached."""
    x = en(extractor, "Heineken sales rose organically by 3% to 7 billion euros.")
    assert ("Heineken", Decimal("3")) in metric_facts(x, "RevenueGrowth")
    assert ("Heineken", Decimal("7000000000")) in metric_facts(x, "Revenue")


# --- "market share" is no share traded -------------------------------------------------

def test_market_share_does_not_make_a_bare_change_a_share_move(extractor: Extractor) -> None:
    x = en(extractor, "Carlsberg said volumes in Asia rose 5%, and the Americas grew 2.6%, where "
                      "Carlsberg has been taking market share from Heineken.")
    assert not metric_facts(x, "StockPriceChange")


def test_shares_still_make_a_bare_change_a_share_move(extractor: Extractor) -> None:
    """Look-alike: a sentence on the shares keeps its bare move."""
    x = en(extractor, "Carlsberg shares were active in Copenhagen. Carlsberg rose 2.6% on "
                      "Tuesday.")
    assert ("Carlsberg", Decimal("2.6")) in metric_facts(x, "StockPriceChange")


# --- rivals ranked behind a seller ---------------------------------------------------------

def test_rivals_ranked_ahead_receive_nothing(extractor: Extractor) -> None:
    x = en(extractor, "Ather Energy sold 412,000 scooters last year, giving it a 7.8% share of "
                      "the market, behind Ola Electric, TVS Motor and Bajaj Auto.")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


def test_goods_sold_to_a_customer_still_supply_it(extractor: Extractor) -> None:
    """Look-alike: "sold … to" a company names a customer."""
    x = en(extractor, "Bosch sold 40,000 brake systems to Bajaj Auto last year.")
    assert ("Bosch", "supplierOf", "Bajaj Auto") in triples(x)


# --- a portion of a market held --------------------------------------------------------

def test_portion_of_a_market_held_is_market_share(extractor: Extractor) -> None:
    x = en(extractor, "Lowe's Companies holds roughly 12% of the U.S. home-improvement market.")
    assert metric_facts(x, "MarketShare") == {("Lowe's Companies", Decimal("12"))}


def test_portion_of_market_gains_is_no_market_share(extractor: Extractor) -> None:
    """Look-alike: a market word that does not close the phrase is no market held."""
    x = en(extractor, "Lowe's Companies accounted for 12% of market gains on Tuesday.")
    assert not metric_facts(x, "MarketShare")


def test_second_holder_after_for_leaves_the_portions_unread(extractor: Extractor) -> None:
    """Look-alike: "against 9% for Y" after the first portion names a second holder."""
    x = en(extractor, "Lowe's Companies holds roughly 12% of the U.S. home-improvement market, "
                      "against 9% for Floor & Decor.")
    assert ("Lowe's Companies", Decimal("9")) not in metric_facts(x, "MarketShare")


# --- a purchase of a company -----------------------------------------------------------

def test_purchase_of_a_company_is_the_buyers_investment(extractor: Extractor) -> None:
    x = en(extractor, "Lowe's Companies is not standing still. Its $8.8 billion purchase of "
                      "Floor & Decor in 2025 widened its reach.")
    assert metric_facts(x, "Investment") == {("Lowe's Companies", Decimal("8800000000"))}


def test_purchase_of_own_shares_is_no_investment(extractor: Extractor) -> None:
    """Look-alike: a purchase of its own shares buys no company."""
    x = en(extractor, "Lowe's Companies made a $2 billion purchase of its own shares.")
    assert not metric_facts(x, "Investment")


def test_acquisition_of_a_company_is_the_buyers_investment(extractor: Extractor) -> None:
    x = en(extractor, "Lowe's Companies said its $8.8 billion acquisition of Floor & Decor closed.")
    assert metric_facts(x, "Investment") == {("Lowe's Companies", Decimal("8800000000"))}


# --- a credit facility signed ----------------------------------------------------------

def test_credit_facility_is_debt_raised(extractor: Extractor) -> None:
    x = en(extractor, "Rivian Automotive signed a new $2.5 billion revolving credit facility "
                      "with a group of banks.")
    assert metric_facts(x, "DebtIssuance") == {("Rivian Automotive", Decimal("2500000000"))}


def test_production_facility_is_no_debt(extractor: Extractor) -> None:
    """Look-alike: a facility that makes things is no borrowing."""
    x = en(extractor, "Rivian Automotive will spend $2.5 billion on a new production facility.")
    assert not metric_facts(x, "DebtIssuance")
