"""Rule families, on sentences written for the test: a metric word that
closes an earlier number's noun of change is that number's; a noun of change right after a
number gives its sign; a metric word the shares follow as the move's subject does not name
the price they moved to; the growth of earnings per share is no revenue growth.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- a noun of change owns its metric word; the next phrase's number is another's ---


def test_sales_of_a_noun_of_change_do_not_name_the_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Ericsson posted a 2% fall in sales and its shares slipped 0.8% in "
                       "Stockholm on Wednesday.", lang="en", headline="Ericsson results")
    facts = figure_facts(x)
    assert ("Ericsson", "RevenueGrowth", Decimal("-2"), "Percent") in facts
    assert ("Ericsson", "StockPriceChange", Decimal("-0.8"), "Percent") in facts
    assert ("Ericsson", "RevenueGrowth", Decimal("-0.8"), "Percent") not in facts


def test_word_of_a_number_with_its_verb_does_not_name_the_next_phrase(
        extractor: Extractor) -> None:
    # the word has its number and an "and" opens the next phrase: no revenue growth of 1.2
    x = run(extractor, "Ericsson said revenue fell 3% and its shares slipped 1.2%.", lang="en",
            headline="Ericsson results")
    assert ("Ericsson", "RevenueGrowth", Decimal("-1.2"), "Percent") not in figure_facts(x)


def test_a_lone_noun_of_change_keeps_its_word(extractor: Extractor) -> None:
    # look-alike: one number, the word after its noun of change names it
    x = run(extractor, "Ericsson posted a 4% rise in sales in the third quarter.", lang="en",
            headline="Ericsson results")
    assert ("Ericsson", "RevenueGrowth", Decimal("4"), "Percent") in figure_facts(x)


# --- sign: the noun of change right after a number ---


@pytest.mark.parametrize(("first", "second", "revenue", "profit"), [
    ("fall", "rise", "-2", "5"),
    ("rise", "fall", "2", "-5"),
])
def test_noun_of_change_after_the_number_outweighs_the_one_before(
        extractor: Extractor, first: str, second: str, revenue: str, profit: str) -> None:
    x = run(extractor, f"Ericsson posted a 2% {first} in sales and a 5% {second} in profit.",
            lang="en", headline="Ericsson results")
    facts = figure_facts(x)
    assert ("Ericsson", "RevenueGrowth", Decimal(revenue), "Percent") in facts
    assert ("Ericsson", "ProfitGrowth", Decimal(profit), "Percent") in facts


# --- the price the shares moved to, after a metric word they follow ---


def test_shares_after_a_metric_word_moved_to_a_price(extractor: Extractor) -> None:
    x = run(extractor, "Nokia reported higher-than-expected third-quarter sales on Wednesday, "
                       "sending its shares up 7.8% to 6.42 euros.", lang="en",
            headline="Nokia results")
    facts = figure_facts(x)
    assert ("Nokia", "SharePrice", Decimal("6.42"), "EUR") in facts
    assert not {f for f in facts if f[1] == "Revenue"}


@pytest.mark.parametrize(("body", "dividend"), [
    # no share word is the move's subject: the dividend moved
    ("Nokia raised its dividend by 4% to 26 cents a share.", ("0.26", "USD")),
    # the share word ends a per-share phrase
    ("Nokia said its dividend per share rose 5% to 1.26 euros.", ("1.26", "EUR")),
])
def test_a_dividend_moved_to_its_new_amount(extractor: Extractor, body: str,
                                             dividend: tuple[str, str]) -> None:
    facts = figure_facts(run(extractor, body, lang="en", headline="Nokia results"))
    assert ("Nokia", "Dividend", Decimal(dividend[0]), dividend[1]) in facts
    assert not {f for f in facts if f[1] == "SharePrice"}


# --- the growth of earnings per share ---


def test_eps_growth_is_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "AstraZeneca reiterated its forecast for core EPS growth of about 15% "
                       "in 2026.", lang="en", headline="AstraZeneca results")
    facts = figure_facts(x)
    assert ("AstraZeneca", "Other", Decimal("15"), "Percent") in facts
    assert not {f for f in facts if f[1] == "RevenueGrowth"}


def test_revenue_growth_beside_eps_growth_keeps_its_metric(extractor: Extractor) -> None:
    # look-alike: the revenue's growth stays revenue growth
    x = run(extractor, "AstraZeneca expects revenue growth of about 8% and EPS growth of 12% "
                       "in 2026.", lang="en", headline="AstraZeneca outlook")
    facts = figure_facts(x)
    assert ("AstraZeneca", "RevenueGrowth", Decimal("8"), "Percent") in facts
    assert ("AstraZeneca", "Other", Decimal("12"), "Percent") in facts


# --- a market report's line: a name, maybe described and with a relative clause, and a move ---


def test_stake_in_a_relative_clause_leaves_the_move(extractor: Extractor) -> None:
    x = run(extractor, "Hyundai Motor shares lost 4.6%. The company said it would invest more. "
                       "Kia, in which Hyundai Motor holds a 34% stake, fell 3.2%.", lang="en",
            headline="Kospi slips")
    facts = figure_facts(x)
    assert ("Kia", "StockPriceChange", Decimal("-3.2"), "Percent") in facts
    assert not {f for f in facts if f[2] == Decimal("34")}


def test_cut_holding_is_a_stake_not_a_move(extractor: Extractor) -> None:
    # look-alike: the stake is named in the main clause, the percentage is its size
    x = run(extractor, "Hyundai Motor shares lost 4.6%. Hyundai Motor cut its holding in Kia "
                       "to 31.2% from 34%.", lang="en", headline="Kospi slips")
    assert not {f for f in figure_facts(x) if f[1] == "StockPriceChange" and f[0] == "Kia"}


def test_described_name_with_a_relative_clause_moves(extractor: Extractor) -> None:
    x = run(extractor, "Samsung Electronics shares rose 2%. Chipmaker Infineon, which competes "
                       "with STMicroelectronics in power chips, rose 4%.", lang="en",
            headline="Chip stocks")
    assert ("Infineon Technologies", "StockPriceChange", Decimal("4"), "Percent") \
        in figure_facts(x)


def test_described_name_without_share_moves_before_is_no_move(extractor: Extractor) -> None:
    # look-alike: nothing before speaks of shares, so the bare change is no share move
    x = run(extractor, "Chipmaker Infineon, which competes with STMicroelectronics in power "
                       "chips, grew 4%.", lang="en", headline="Chipmakers")
    assert not {f for f in figure_facts(x) if f[1] == "StockPriceChange"}


# --- the change of a user base ---


def test_user_growth_is_other_and_the_size_after_it_users(extractor: Extractor) -> None:
    x = run(extractor, "Spotify said monthly active users grew 11% to 713 million in the "
                       "quarter.", lang="en", headline="Spotify results")
    facts = figure_facts(x)
    assert ("Spotify", "Other", Decimal("11"), "Percent") in facts
    assert ("Spotify", "Users", Decimal("713000000"), "Count") in facts


def test_users_after_a_preposition_are_no_change_of_users(extractor: Extractor) -> None:
    # look-alike: the subscribers are where the revenue came from, not what grew
    x = run(extractor, "Spotify said revenue from subscribers rose 9% in the quarter.", lang="en",
            headline="Spotify results")
    assert ("Spotify", "Other", Decimal("9"), "Percent") not in figure_facts(x)


# --- a commodity word as the kind of a company is no subject of its own ---


def test_oil_major_is_the_rated_company(extractor: Extractor) -> None:
    x = run(extractor, "Shell (LSE: SHEL): Barclays raised its rating on the oil major to "
                       "\"overweight\" and lifted its price target to 3,200 pence.", lang="en",
            headline="Analyst calls")
    assert ("Shell", "PriceTarget", Decimal("32"), "GBP") in figure_facts(x)


def test_oil_price_is_a_subject_of_its_own(extractor: Extractor) -> None:
    # look-alike: the commodity moved, not the company named before
    x = run(extractor, "BP shares rose 1.5%, while the oil price rose 2%.", lang="en",
            headline="Energy stocks")
    facts = figure_facts(x)
    assert ("BP", "StockPriceChange", Decimal("1.5"), "Percent") in facts
    assert ("BP", "StockPriceChange", Decimal("2"), "Percent") not in facts


# --- a seat compound whose region the catalogue does not know ---


def test_city_before_an_unknown_region_is_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "AstraZeneca reported higher sales on Thursday. Total revenue rose to "
                       "$15.4 billion, the Cambridge, England-based drugmaker said.", lang="en",
            headline="AstraZeneca lifts revenue")
    assert ("AstraZeneca", "locatedIn", "Cambridge") in triples(x)


def test_city_and_region_after_it_without_seat_ending_seat_nothing(extractor: Extractor) -> None:
    # look-alike: no seat ending closes the region, the city is only where sales rose
    x = run(extractor, "AstraZeneca said sales rose in Cambridge, England, last year.", lang="en",
            headline="AstraZeneca sales")
    assert not {t for t in triples(x) if t[1] == "locatedIn" and t[2] == "Cambridge"}
