"""Rule families found on English wire copy, on sentences written for the test: a list of a
day's movers whose items open with a name and a dash; a count noun before a word of trade; the
first word of a discovered three-word name; an apposition whose noun takes "whose"; an
insurer's catastrophe losses and investment income; a metric word glossed in brackets; a
share's run told as the total a move takes it to; an index named after "outpacing".

Companies are real catalogue entries or invented ones; the facts are invented. Each positive
case has a look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor


def _en(extractor: Extractor, body: str, headline: str = "Market report"):  # type: ignore[no-untyped-def]
    return run(extractor, body, lang="en", headline=headline)


# --- a list of movers: "Name — The aircraft maker gained 4.6% …" ---

_MOVERS_HEADLINE = "Stocks making the biggest moves midday: Airbus, Moderna, Intel and more"
_MOVERS = ("Check out the companies making headlines in midday trading.\n\n"
           "Airbus — The aircraft maker gained 3.8% after it said it handed over 71 jets in "
           "October.\n\n"
           "Moderna — The vaccine maker soared 12% after the company said its shot met the main "
           "goal of a trial.\n\n"
           "Intel — Shares rose 4.4% after the chipmaker said it had won Microsoft as a customer "
           "for its foundry.\n\n"
           "Nvidia — Shares of the chipmaker slipped 1.9%. Rival Advanced Micro Devices fell "
           "0.7%.\n")


def test_each_item_of_a_movers_list_tells_its_company_s_move(extractor: Extractor) -> None:
    moves = metric_facts(_en(extractor, _MOVERS, _MOVERS_HEADLINE), "StockPriceChange")
    assert ("Airbus", Decimal("3.8")) in moves
    assert ("Moderna", Decimal("12")) in moves
    assert ("Intel", Decimal("4.4")) in moves
    assert ("Microsoft", Decimal("4.4")) not in moves


def test_a_name_in_an_item_s_clause_still_owns_its_move(extractor: Extractor) -> None:
    # look-alikes: a rival named in the item, and an owner of the shares named before the number
    body = _MOVERS + "\nMicrosoft — Shares of Oracle rose 2.6% after a cloud deal with the group.\n"
    moves = metric_facts(_en(extractor, body, _MOVERS_HEADLINE), "StockPriceChange")
    assert ("Advanced Micro Devices", Decimal("-0.7")) in moves
    assert ("Nvidia", Decimal("-0.7")) not in moves
    assert ("Oracle", Decimal("2.6")) in moves
    assert ("Microsoft", Decimal("2.6")) not in moves


# --- a count noun before a word of trade names the company ---

def test_the_aircraft_maker_s_gain_is_no_count_of_aircraft(extractor: Extractor) -> None:
    x = _en(extractor, _MOVERS, _MOVERS_HEADLINE)
    assert ("Airbus", Decimal("3.8")) not in metric_facts(x, "Other")


def test_aircraft_deliveries_are_still_counted(extractor: Extractor) -> None:
    # look-alike: the noun as what is counted
    x = _en(extractor, "Airbus said aircraft deliveries rose 4.6% in November.")
    assert ("Airbus", Decimal("4.6")) in metric_facts(x, "Other")


# --- "Veltrano" of "Veltrano Imaging Systems Inc." ---

_DEAL = "Siemens agreed to buy Veltrano Imaging Systems Inc. for $40 per share. "


def test_the_first_word_of_a_three_word_name_names_the_company(extractor: Extractor) -> None:
    body = _DEAL + ("Veltrano, whose customers include Bosch and Stellantis, generated revenue "
                    "of $640 million last year.")
    revenue = metric_facts(_en(extractor, body), "Revenue")
    assert ("Veltrano Imaging Systems", Decimal("640000000")) in revenue
    assert ("Siemens", Decimal("640000000")) not in revenue


def test_the_first_word_before_another_capitalised_word_is_another_name(extractor: Extractor) -> None:
    # look-alike: a different firm that opens with the same word
    body = _DEAL + "Veltrano Health, a clinic chain, reported revenue of $90 million."
    revenue = metric_facts(_en(extractor, body), "Revenue")
    assert ("Veltrano Imaging Systems", Decimal("90000000")) not in revenue


# --- ", the Tokyo-based maker of chip testers whose largest customer is X," ---

def test_an_apposition_whose_clause_names_a_customer_keeps_the_subject(extractor: Extractor) -> None:
    body = ("Advantest, the Tokyo-based maker of chip testers whose largest customer is TSMC, "
            "raised its annual operating profit forecast to 410 billion yen.")
    profit = metric_facts(_en(extractor, body), "Profit")
    assert ("Advantest", Decimal("410000000000")) in profit
    assert ("Taiwan Semiconductor Manufacturing", Decimal("410000000000")) not in profit


def test_a_plain_whose_clause_keeps_the_subject_too(extractor: Extractor) -> None:
    # look-alike: the clause right after the name
    body = "Advantest, whose largest customer is TSMC, raised its operating profit forecast to 410 billion yen."
    assert ("Advantest", Decimal("410000000000")) in metric_facts(_en(extractor, body), "Profit")


# --- an insurer's catastrophe losses and investment income ---

_INSURER = ("Travelers said core income rose to $1.62 billion. Catastrophe losses, net of "
            "reinsurance, fell to $610 million from $939 million. Net investment income rose 9% "
            "to $1.05 billion after taxes.")


def test_catastrophe_losses_and_investment_income_are_no_profit(extractor: Extractor) -> None:
    x = _en(extractor, _INSURER)
    profit = metric_facts(x, "Profit")
    assert ("Travelers Companies", Decimal("-610000000")) not in profit
    assert ("Travelers Companies", Decimal("1050000000")) not in profit
    assert ("Travelers Companies", Decimal("9")) not in metric_facts(x, "ProfitGrowth")
    other = metric_facts(x, "Other")
    assert ("Travelers Companies", Decimal("610000000")) in other
    assert ("Travelers Companies", Decimal("1050000000")) in other


def test_core_income_and_a_net_loss_stay_profit(extractor: Extractor) -> None:
    # look-alikes: the insurer's profit, and another's loss
    x = _en(extractor, _INSURER + " Hannover Re posted a net loss of $210 million.")
    profit = metric_facts(x, "Profit")
    assert ("Travelers Companies", Decimal("1620000000")) in profit
    assert ("Hannover Re", Decimal("-210000000")) in profit


# --- "an operating loss (EBIT) of up to 150 million euros" ---

def test_a_loss_glossed_in_brackets_stays_a_loss(extractor: Extractor) -> None:
    body = ("Puma SE cut its outlook. The sportswear maker now expects sales to fall in 2026 and "
            "an operating loss (EBIT) of up to 150 million euros.")
    profit = metric_facts(_en(extractor, body, "Puma SE cuts its outlook again"), "Profit")
    assert ("Puma SE", Decimal("-150000000")) in profit
    assert ("Puma SE", Decimal("150000000")) not in profit


def test_a_profit_glossed_in_brackets_stays_a_profit(extractor: Extractor) -> None:
    # look-alike: the same gloss after a profit word
    body = "Henkel expects an operating profit (EBIT) of 150 million euros."
    assert ("Henkel", Decimal("150000000")) in metric_facts(_en(extractor, body), "Profit")


# --- "…, taking their loss since January to more than 45%" ---

def test_the_run_a_move_takes_the_shares_to_is_a_share_move(extractor: Extractor) -> None:
    body = ("Puma SE shares lost 4.1% on Tradegate, taking their loss since January to more than "
            "45%.")
    x = _en(extractor, body)
    assert ("Puma SE", Decimal("-45")) in metric_facts(x, "StockPriceChange")
    assert not metric_facts(x, "ProfitGrowth")


def test_a_gain_a_move_takes_the_shares_to_is_positive(extractor: Extractor) -> None:
    # look-alike: the same wording for a gain
    body = "Nike shares rose 3% on Monday, bringing their gain this year to 30%."
    assert ("Nike", Decimal("30")) in metric_facts(_en(extractor, body), "StockPriceChange")


# --- "outpacing the S&P 500" ---

def test_an_index_after_outpacing_is_the_foil_of_the_move(extractor: Extractor) -> None:
    body = ("Travelers shares were up 3.7% at $281.60 in premarket trading. The stock has gained "
            "about 16% so far this year, outpacing the S&P 500.")
    moves = metric_facts(_en(extractor, body, "Travelers profit beats estimates"), "StockPriceChange")
    assert ("Travelers Companies", Decimal("16")) in moves
    assert ("S&P 500", Decimal("16")) not in moves


def test_an_index_that_outpaces_another_keeps_its_move(extractor: Extractor) -> None:
    # look-alike: the index as the subject, another after "outpacing"
    body = "The S&P 500 gained 0.8% in New York trading, outpacing the Nasdaq Composite."
    moves = metric_facts(_en(extractor, body), "StockPriceChange")
    assert ("S&P 500", Decimal("0.8")) in moves
    assert ("Nasdaq Composite", Decimal("0.8")) not in moves



# --- "retail unit growth could top 40%" ---

def test_unit_growth_is_no_revenue_growth(extractor: Extractor) -> None:
    body = ("Shares of Carvana jumped 7.2% after Morgan Stanley upgraded the stock, saying retail "
            "unit growth could top 40% next year.")
    x = _en(extractor, body)
    assert ("Carvana", Decimal("40")) not in metric_facts(x, "RevenueGrowth")
    assert ("Carvana", Decimal("40")) in metric_facts(x, "Other")


def test_revenue_growth_stays_revenue_growth(extractor: Extractor) -> None:
    # look-alike: the growth of revenue
    x = _en(extractor, "Carvana said revenue growth reached 40% in the quarter.")
    assert ("Carvana", Decimal("40")) in metric_facts(x, "RevenueGrowth")
