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


# --- a company bought for an amount: the buyer's investment -------------------------------------

def test_bought_for_an_amount_is_the_buyers_investment(extractor: Extractor) -> None:
    x = run(extractor, "Siemens bought Infineon for $10 billion in 2023.", lang="en",
            headline="Siemens")
    assert ("Siemens", "Investment", Decimal("10000000000"), "USD") in facts(x)
    assert "Infineon Technologies" not in {f.about for f in x.figures}


def test_bought_from_a_seller_for_an_amount_is_the_buyers(extractor: Extractor) -> None:
    x = run(extractor, "Siemens bought the valve maker Infineon from BASF in 2022 for about "
                       "€430 million.", lang="en", headline="Siemens")
    assert ("Siemens", "Investment", Decimal("430000000"), "EUR") in facts(x)
    assert {f.about for f in x.figures} == {"Siemens"}


def test_bought_told_with_a_pronoun_is_the_passage_buyers(extractor: Extractor) -> None:
    x = run(extractor, "The deal is Siemens' largest since it purchased Infineon for $10.8 "
                       "billion.", lang="en", headline="Siemens")
    assert ("Siemens", "Investment", Decimal("10800000000"), "USD") in facts(x)


def test_bought_back_for_an_amount_is_no_investment(extractor: Extractor) -> None:
    # look-alike: shares bought back are a buyback, never an investment
    x = run(extractor, "Siemens bought back shares for $2 billion last year.", lang="en",
            headline="Siemens")
    assert not any(f.metric == "Investment" for f in x.figures)


def test_bought_in_a_relative_clause_with_a_pronoun_names_no_payer(extractor: Extractor) -> None:
    # look-alike: "which it bought from Y": neither the company bought nor the seller paid
    x = run(extractor, "Siemens fully owns the valve maker Infineon, which it bought from BASF in "
                       "2022 for about €430 million.", lang="en", headline="Siemens")
    assert not {f.about for f in x.figures} & {"Infineon Technologies", "BASF"}


def test_bought_with_no_amount_after_for_is_no_investment(extractor: Extractor) -> None:
    # look-alike: "for" names a reason or a time, no price
    x = run(extractor, "Siemens bought Infineon for its chips and now employs 3,000 people "
                       "there.", lang="en", headline="Siemens")
    assert not any(f.metric == "Investment" for f in x.figures)


# --- units sold or delivered: a model's number, a compound cut short, plug-in hybrids -----------

def test_units_named_with_a_models_number_are_counted(extractor: Extractor) -> None:
    x = run(extractor, "Sony Group sold 3.9 million PlayStation 5 consoles in the quarter.",
            lang="en", headline="Sony")
    assert ("Sony Group", "Other", Decimal("3900000"), "Count") in facts(x)


def test_a_count_before_a_year_and_another_noun_is_no_unit_count(extractor: Extractor) -> None:
    # look-alike: the number after the name is a year, the count counts countries
    x = run(extractor, "Sony Group operates 3,000 stores in 12 countries.", lang="en",
            headline="Sony")
    assert not any(f.unit == "Count" for f in x.figures)


def test_compound_cut_short_before_and_is_one_counted_noun(extractor: Extractor) -> None:
    x = run(extractor, "BYD lieferte im November 531.000 Elektro- und Hybridautos aus, ein Plus "
                       "von 5 Prozent.", headline="BYD")
    assert ("BYD", "Other", Decimal(531000), "Count") in facts(x)


def test_and_between_two_whole_words_still_joins_two_predicates(extractor: Extractor) -> None:
    # look-alike: "und" after a whole word opens the next predicate, whose noun is not the 500's
    x = run(extractor, "BYD zahlte 500 Millionen Euro und lieferte 300 Autos aus.",
            headline="BYD")
    assert ("BYD", "Other", Decimal(500000000), "EUR") not in facts(x)


def test_growth_after_plug_in_hybrids_sold_is_the_units(extractor: Extractor) -> None:
    x = run(extractor, "Das Unternehmen aus Shenzhen hat im November 521.000 Elektroautos und "
                       "Plug-in-Hybride verkauft, ein Plus von 18 Prozent.", headline="BYD")
    assert ("BYD", "Other", Decimal(18), "Percent") in facts(x)
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


# --- a share's move carried on with "damit" -------------------------------------------------------

def test_plus_carried_on_with_damit_is_the_shares_move(extractor: Extractor) -> None:
    x = run(extractor, "Die SAP-Aktie stieg um 2,1 Prozent auf 230 Euro. Seit Jahresbeginn summiert "
                       "sich das Plus damit auf 35 Prozent.", headline="SAP")
    assert ("SAP", "StockPriceChange", Decimal(35), "Percent") in facts(x)


def test_damit_after_a_revenue_growth_is_no_share_move(extractor: Extractor) -> None:
    # look-alike: the sentence before moved no share, so the carried-on plus is not the share's
    x = run(extractor, "Der Umsatz von SAP stieg um 2,1 Prozent. Seit Jahresbeginn summiert sich "
                       "das Plus damit auf 35 Prozent.", headline="SAP")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


# --- a price with no currency that a share moved to -----------------------------------------------

def test_price_in_cents_after_a_share_move_takes_the_articles_currency(
        extractor: Extractor) -> None:
    x = run(extractor, "Amazon stock rose 2.3% to 241.10, while Alphabet shares gained 1.7% to "
                       "312.45. Amazon plans to spend $30 billion.", lang="en", headline="Amazon")
    assert ("Amazon", "SharePrice", Decimal("241.10"), "USD") in facts(x)
    assert ("Alphabet", "SharePrice", Decimal("312.45"), "USD") in facts(x)


def test_price_with_two_currencies_in_the_article_is_left(extractor: Extractor) -> None:
    # look-alike: the article counts money in dollars and euros, the price's is not told
    x = run(extractor, "Amazon stock rose 2.3% to 241.10. Amazon plans to spend $30 billion and "
                       "20 billion euros.", lang="en", headline="Amazon")
    assert not any(f.metric == "SharePrice" for f in x.figures)


def test_whole_number_after_a_move_is_no_price(extractor: Extractor) -> None:
    # look-alike: a count the move ended at, told with no cents and no share word
    x = run(extractor, "Amazon's store count rose 2.3% to 241. Amazon plans to spend $30 "
                       "billion.", lang="en", headline="Amazon")
    assert not any(f.value == Decimal(241) for f in x.figures)


def test_index_level_in_cents_is_no_price(extractor: Extractor) -> None:
    # look-alike: an index moved, its level is in points
    x = run(extractor, "The Nikkei fell 0.5% to 51,120.50. Sony Group spent $3 billion.",
            lang="en", headline="Nikkei")
    assert not any(f.metric == "SharePrice" for f in x.figures)


# --- a market value told with "an der Börse … wert" ----------------------------------------------

def test_market_value_with_words_between_is_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Damit ist SK Hynix an der Börse mit umgerechnet rund 250 Milliarden Euro "
                       "inzwischen fast so viel wert wie Samsung.", headline="SK Hynix")
    assert ("SK Hynix", "MarketCapitalization", Decimal("250000000000"), "EUR") in facts(x)


def test_value_with_no_exchange_named_is_no_market_value(extractor: Extractor) -> None:
    # look-alike: an order worth an amount, no market value
    x = run(extractor, "Der Auftrag für SK Hynix ist mit rund 2 Milliarden Euro fast so viel "
                       "wert wie im Vorjahr.", headline="SK Hynix")
    assert not any(f.metric == "MarketCapitalization" for f in x.figures)


# --- a change appended after a comma with its noun alone ------------------------------------------

def test_plus_after_a_comma_is_the_change_of_the_orders_before(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall hat im Quartal Aufträge über 3,1 Milliarden Euro hereingeholt, "
                       "ein Plus von 35 Prozent.", headline="Rheinmetall")
    assert ("Rheinmetall", "Other", Decimal(35), "Percent") in facts(x)
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_plus_after_a_comma_is_the_revenues_growth(extractor: Extractor) -> None:
    x = run(extractor, "Siemens steigerte den Umsatz auf 20 Milliarden Euro, ein Plus von 5 Prozent.",
            headline="Siemens")
    assert ("Siemens", "RevenueGrowth", Decimal(5), "Percent") in facts(x)


def test_plus_after_an_amount_with_no_growth_metric_is_left(extractor: Extractor) -> None:
    # look-alike: an amount paid has no change of its own a percentage could be
    x = run(extractor, "Siemens zahlte 20 Millionen Euro für das Grundstück, ein Plus von 5 "
                       "Prozent.", headline="Siemens")
    assert not any(f.unit == "Percent" for f in x.figures)


# --- an oil producer's daily output ---------------------------------------------------------------

def test_barrels_per_day_are_the_producers_output(extractor: Extractor) -> None:
    x = run(extractor, "Shell pumped 1.2 million barrels of oil equivalent per day in October.",
            lang="en", headline="Shell")
    assert ("Shell", "Other", Decimal(1200000), "Count") in facts(x)


def test_price_a_barrel_is_no_output(extractor: Extractor) -> None:
    # look-alike: an amount of money a barrel is the oil's price, no count of barrels
    x = run(extractor, "Oil prices rose 2% to $70 a barrel, Shell said.", lang="en",
            headline="Shell")
    assert not any(f.unit == "Count" for f in x.figures)
