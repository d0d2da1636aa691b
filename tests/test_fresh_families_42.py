"""Rule families, on sentences written for the test: shares counted as having
changed hands are the day's trading volume, no share count of any issuer; "from X to Y before"
at the end of a clause is the range of before, not a change; a quoted "strong buy" is the rating
whole; an apposition saying what the name before is the home, maker or owner of does not take
that name's figures; "buy products from Y merchants" makes no supplier of Y.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor

# --- shares that changed hands: a trading volume -------------------------------------------


def test_shares_that_changed_hands_are_no_share_count(extractor: Extractor) -> None:
    x = run(extractor, "Tesla shed 2.3% on Thursday.\nAbout 16.2 billion shares changed hands "
                       "on U.S. exchanges.", lang="en", headline="Stocks close higher")
    facts = figure_facts(x)
    assert ("Tesla", "StockPriceChange", Decimal("-2.3"), "Percent") in facts
    assert not any(f[2] == Decimal("16200000000") for f in facts)


def test_shares_placed_stay_a_share_count(extractor: Extractor) -> None:
    # look-alike: the shares are placed, not traded
    x = run(extractor, "Tesla placed 10 million new shares with investors on Thursday.",
            lang="en", headline="Tesla sells shares")
    assert ("Tesla", "Other", Decimal("10000000"), "Count") in figure_facts(x)


def test_german_shares_that_changed_owner_are_no_share_count(extractor: Extractor) -> None:
    x = run(extractor, "Die Siemens-Aktie gewann 2,1 Prozent. An der Börse wechselten "
                       "120 Millionen Aktien den Besitzer.", headline="Siemens-Aktie steigt")
    assert not any(f[2] == Decimal("120000000") for f in figure_facts(x))


# --- "from X to Y before": the range of before ----------------------------------------------


def test_range_before_at_clause_end_is_no_change(extractor: Extractor) -> None:
    x = run(extractor, "Pfizer narrowed its 2026 adjusted earnings per share forecast to $3.00 "
                       "to $3.15, from $2.90 to $3.15 before.", lang="en",
            headline="Pfizer results")
    values = {(f.min_value, f.max_value, f.value) for f in x.figures
              if f.about == "Pfizer" and f.metric == "EarningsPerShare"}
    assert (Decimal("3.00"), Decimal("3.15"), None) in values
    assert (Decimal("2.90"), Decimal("3.15"), None) in values
    assert not any(v[2] in (Decimal("2.9"), Decimal("3.15")) for v in values)


def test_from_to_before_a_later_word_stays_a_move(extractor: Extractor) -> None:
    # look-alike: "before" opens a phrase of time, the shares moved from one price to another
    x = run(extractor, "Pfizer shares rose from $25 to $27 before the close.", lang="en",
            headline="Pfizer results")
    facts = figure_facts(x)
    assert ("Pfizer", "SharePrice", Decimal("27"), "USD") in facts
    assert not any(f.min_value is not None for f in x.figures)


# --- a quoted "strong buy" ------------------------------------------------------------------


def test_quoted_strong_buy_is_the_whole_rating(extractor: Extractor) -> None:
    x = run(extractor, 'Raymond James upgraded Visa to "strong buy" from "outperform" and '
                       "raised its price target to $420 from $380.", lang="en",
            headline="Visa results")
    ratings = rating_facts(x)
    assert ("Raymond James", "Visa Inc.", "strong buy") in ratings
    assert ("Raymond James", "Visa Inc.", "buy") not in ratings


def test_quoted_buy_alone_stays_buy(extractor: Extractor) -> None:
    x = run(extractor, 'Raymond James upgraded Visa to "buy" from "outperform" and raised its '
                       "price target to $420 from $380.", lang="en", headline="Visa results")
    assert ("Raymond James", "Visa Inc.", "buy") in rating_facts(x)


# --- an apposition of what the name is the home, maker or owner of ---------------------------


def test_unit_keeps_its_figures_across_a_home_of_apposition(extractor: Extractor) -> None:
    x = run(extractor, "The Game & Network Services segment, home of the PlayStation business, "
                       "grew sales 8% to 1.12 trillion yen.", lang="en",
            headline="Sony raises forecast")
    facts = figure_facts(x)
    # the segment is catalogued under its group's name
    assert ("Sony Game & Network Services", "Revenue", Decimal("1120000000000"), "JPY") in facts
    assert ("Sony Group", "Revenue", Decimal("1120000000000"), "JPY") not in facts


def test_owner_of_apposition_leaves_the_move_with_the_name_before(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Exor, the owner of Ferrari, fell 2% on Monday.", lang="en",
            headline="Stocks close higher")
    facts = figure_facts(x)
    assert ("Exor", "StockPriceChange", Decimal("-2"), "Percent") in facts
    assert ("Ferrari", "StockPriceChange", Decimal("-2"), "Percent") not in facts


# --- "buy products from Y merchants" -------------------------------------------------------


def test_buying_from_a_platforms_merchants_makes_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "The partnership with OpenAI lets users of ChatGPT buy products from "
                       "Shopify merchants without leaving the chatbot.", lang="en",
            headline="Shopify stock soars")
    assert ("Shopify", "supplierOf", "OpenAI") not in triples(x)


def test_buying_from_the_company_itself_names_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Tesla buys battery cells from Panasonic for its cars.", lang="en",
            headline="Tesla supply")
    assert ("Panasonic", "supplierOf", "Tesla") in triples(x)


# --- a metric word before a company's noun names the company's kind ------------------------


def test_investment_company_is_a_kind_not_a_metric(extractor: Extractor) -> None:
    x = run(extractor, "Ferrari's shares fell 4.8%. Exor, the investment company that controls "
                       "Ferrari, slipped 1.9%.", lang="en", headline="Stocks close lower")
    facts = figure_facts(x)
    assert ("Exor", "StockPriceChange", Decimal("-1.9"), "Percent") in facts
    assert ("Ferrari", "StockPriceChange", Decimal("-1.9"), "Percent") not in facts


def test_a_change_of_investment_stays_no_share_move(extractor: Extractor) -> None:
    # look-alike: the metric word has no company's noun after it, the change is its own
    x = run(extractor, "Exor raised its investment by 4% on Monday.", lang="en",
            headline="Stocks close lower")
    assert ("Exor", "StockPriceChange", Decimal("4"), "Percent") not in figure_facts(x)
