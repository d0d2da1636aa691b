"""Figure families the extractor still missed, each on sentences written for the
test with look-alikes that must not fire: the period of a "full-year" outlook.

Names are invented or real companies, facts invented.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Extraction, Figure

_PUBLISHED = datetime.date(2026, 11, 5)


def dated(extractor: Extractor, text: str, lang: str = "en") -> Extraction:
    """The extraction of ``text`` (headline first) published on a known day, so a
    period in words ("full-year") has a year to resolve to."""
    article = make_article(text=text, source="test", article_id="t", lang=lang,
                           published=_PUBLISHED)
    return extractor.extract(article)


def figure(x: Extraction, metric: str, value: str) -> Figure:
    """The one figure of ``metric`` whose value (or lower end of its range) is ``value``."""
    found = [f for f in x.figures if f.metric == metric
             and Decimal(value) in (f.value, f.min_value)]
    assert len(found) == 1, x.figures
    return found[0]


# --- the "full-year" of an outlook is the current year -----------------------------------------

def test_full_year_outlook_range_takes_the_current_year(extractor: Extractor) -> None:
    x = dated(extractor, "PayPal lifts outlook\nPayPal now expects full-year adjusted "
                         "earnings of $5.35 to $5.39 per share.")
    assert figure(x, "EarningsPerShare", "5.35").period == "2026"


def test_full_year_forecast_word_after_takes_the_fiscal_year(extractor: Extractor) -> None:
    # the article reports a fiscal quarter: the outlook's year is that fiscal year
    x = dated(extractor, "Salesforce beats\nSalesforce posted revenue of $10.61 billion for "
                         "its fiscal 2027 third quarter. The company also lifted its "
                         "full-year revenue outlook to between $41.6 billion and $41.8 billion.")
    assert figure(x, "Revenue", "41600000000").period == "FY2027"


def test_full_year_result_takes_no_year(extractor: Extractor) -> None:
    # look-alike: a result of the whole year, posted after it ended, is not this year's
    x = dated(extractor, "Bayer results\nBayer posted full-year revenue of 46 billion euros.")
    assert figure(x, "Revenue", "46000000000").period is None


def test_full_year_outlook_does_not_pass_to_a_later_amount(extractor: Extractor) -> None:
    # look-alike: the buyback after the forecast's amount is no full-year figure
    x = dated(extractor, "Mitsubishi Corp\nMitsubishi Corp raised its full-year net profit "
                         "forecast to 1.05 trillion yen and announced a share buyback of "
                         "500 billion yen.")
    # the trading house's year ends in March: the year under way is its fiscal year
    assert figure(x, "Profit", "1050000000000").period == "FY2027"
    assert figure(x, "ShareBuyback", "500000000000").period is None


# --- the year before's words after an amount and its per-share value speak for both -----------

def test_prior_year_after_amount_and_per_share_pair(extractor: Extractor) -> None:
    x = dated(extractor, "PNC profit rises\nPNC earned $1.71 billion, or $4.02 per share, in the "
                         "second quarter, compared with $1.53 billion, or $3.58 per share, a year "
                         "earlier.")
    assert figure(x, "Profit", "1530000000").period == "Q2 2025"
    assert figure(x, "EarningsPerShare", "3.58").period == "Q2 2025"
    # look-alike: the pair of the quarter reported, followed by its own quarter
    assert figure(x, "Profit", "1710000000").period == "Q2 2026"
    assert figure(x, "EarningsPerShare", "4.02").period == "Q2 2026"


def test_german_prior_year_after_amount_and_per_share_pair(extractor: Extractor) -> None:
    x = dated(extractor, "Allianz verdient mehr\nDie Allianz verdiente im dritten Quartal "
                         "2,6 Milliarden Euro oder 6,60 Euro je Aktie, nach 2,2 Milliarden Euro "
                         "oder 5,60 Euro je Aktie im Vorjahresquartal.", lang="de")
    assert figure(x, "Profit", "2200000000").period == "Q3 2025"
    assert figure(x, "Profit", "2600000000").period == "Q3 2026"


# --- a target set beside the house's rating is on the company rated ----------------------------

def test_target_beside_rating_is_on_the_company_rated(extractor: Extractor) -> None:
    # the passage before speaks of rivals' shares, so the words of the target alone name no one
    x = dated(extractor, "Nu Holdings jumps\nNu Holdings stock rose on Wednesday after Goldman "
                         "Sachs upgraded the digital bank to Buy. Nu reported quarterly net "
                         "income of $812 million. The bank competes with incumbents such as Itau "
                         "Unibanco and Banco Bradesco, whose depositary receipts also trade in New "
                         "York. Not everyone is convinced. JPMorgan kept its Neutral rating and a "
                         "$15 target, warning of rising delinquencies.")
    target = figure(x, "PriceTarget", "15")
    assert (target.about, target.estimated_by) == ("Nu Holdings", "JPMorgan")


def test_target_beside_ratings_of_two_companies_is_left_out(extractor: Extractor) -> None:
    # look-alike: the house rates two companies, so which one the target is on is unclear
    x = dated(extractor, "Banks\nNu Holdings and Itau Unibanco compete in Brazil. JPMorgan kept "
                         "its Neutral ratings on both and a $15 target.")
    assert [f for f in x.figures if f.metric == "PriceTarget"] == []


# --- a multiple told again without what it multiplies -------------------------------------------

def multiples(x: Extraction) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == "ValuationMultiple"}


def test_multiple_told_again_after_and(extractor: Extractor) -> None:
    x = dated(extractor, "Chips\nBroadcom trades at about 33 times forward earnings and Marvell "
                         "Technology at 29 times.")
    assert multiples(x) == {("Broadcom", Decimal("33")), ("Marvell Technology", Decimal("29"))}


def test_multiple_told_again_in_relative_clause(extractor: Extractor) -> None:
    x = dated(extractor, "Retail\nAt 49 times forward earnings, Costco trades far above Walmart, "
                         "which fetches about 36 times.")
    assert multiples(x) == {("Costco", Decimal("49")), ("Walmart", Decimal("36"))}


def test_times_counting_events_is_no_multiple(extractor: Extractor) -> None:
    # look-alikes: "times" after a number that states no valuation counts how often, and a
    # bare "at 20 times" with no multiple told in full before is left alone
    x = dated(extractor, "Retail\nCostco trades at 49 times earnings and has raised its "
                         "dividend 3 times. Walmart was quoted at 20 times.")
    assert multiples(x) == {("Costco", Decimal("49"))}


# --- a share move told of depositary receipts, of a company named like a forecast word, ---------
# --- and of shares on an exchange whose name holds a word of another subject ---------------------

def share_facts(x: Extraction) -> set[tuple[str, str, Decimal | None]]:
    return {(f.about, f.metric, f.value) for f in x.figures
            if f.metric in ("StockPriceChange", "SharePrice")}


def test_german_move_of_depositary_receipts_is_a_share_move(extractor: Extractor) -> None:
    x = dated(extractor, "Baidu\nBaidu hat im dritten Quartal mehr verdient. Die an der Nasdaq "
                         "gehandelten ADR hatten bereits am Vorabend 5,1 Prozent auf 121,40 Dollar "
                         "zugelegt.", lang="de")
    assert share_facts(x) == {("Baidu", "StockPriceChange", Decimal("5.1")),
                              ("Baidu", "SharePrice", Decimal("121.40"))}


def test_german_move_of_oil_is_no_share_move(extractor: Extractor) -> None:
    # look-alike: the same sentence with a commodity as its subject speaks of no share
    x = dated(extractor, "Baidu\nBaidu hat im dritten Quartal mehr verdient. Der Ölpreis hatte "
                         "bereits am Vorabend 5,1 Prozent auf 82,40 Dollar zugelegt.", lang="de")
    assert share_facts(x) == set()


def test_company_named_like_a_forecast_word_reports_its_price(extractor: Extractor) -> None:
    x = dated(extractor, "Target\nTarget Corporation cut its outlook. Target shares fell about 7% "
                         "to $88.20 in extended trading.")
    assert ("Target Corporation", "SharePrice", Decimal("88.20")) in share_facts(x)


def test_hoped_for_price_of_such_a_company_stays_out(extractor: Extractor) -> None:
    # look-alike: a forecast word outside the name still makes the price a hope
    x = dated(extractor, "Target\nTarget Corporation cut its outlook. Investors expect Target "
                         "shares to reach $100.")
    assert share_facts(x) == set()


def test_exchange_name_is_no_foreign_subject(extractor: Extractor) -> None:
    x = dated(extractor, "Hua Hong\nHua Hong Semiconductor forecast weak sales. The company's "
                         "shares on Shanghai's STAR Market fell 4.7% to 58.60 yuan.")
    assert share_facts(x) == {("Hua Hong Semiconductor", "StockPriceChange", Decimal("-4.7")),
                              ("Hua Hong Semiconductor", "SharePrice", Decimal("58.60"))}


def test_coin_named_is_still_a_foreign_subject(extractor: Extractor) -> None:
    # look-alike: a coin the catalogue names is no organisation: its record is no share price
    x = dated(extractor, "Coinbase\nBitcoin hit a record high of $121,000, lifting Coinbase "
                         "shares.")
    assert [f for f in x.figures if f.metric == "SharePrice"] == []


def test_market_outside_a_name_stays_a_foreign_subject(extractor: Extractor) -> None:
    # look-alike: "the market" as a subject of its own moved, not the company's shares
    x = dated(extractor, "Hua Hong\nHua Hong Semiconductor forecast weak sales. Hua Hong "
                         "Semiconductor said the market for chips fell 4.7%.")
    assert share_facts(x) == set()


# --- a result per share is the company's the passage speaks of ----------------------------------

def test_earnings_per_share_of_the_passage_company(extractor: Extractor) -> None:
    # the sentence before names a rival and its owner; the results after are the subject's
    x = dated(extractor, "Railroads\nCSX runs a rail network in the eastern U.S. and competes "
                         "mainly with BNSF, which belongs to Berkshire Hathaway. Its operating "
                         "ratio improved to 61% last quarter, and earnings per share rose 7% to "
                         "$0.45.")
    assert {(f.about, f.value) for f in x.figures if f.metric == "EarningsPerShare"} \
        == {("CSX", Decimal("0.45"))}


def test_share_price_in_such_a_passage_is_no_rivals(extractor: Extractor) -> None:
    # look-alike: a price is the share's; the rival competed with and its owner are named only
    # as what the subject competes with, so the price is the subject's or no one's
    x = dated(extractor, "Railroads\nCSX runs a rail network in the eastern U.S. and competes "
                         "mainly with BNSF, which belongs to Berkshire Hathaway. Its operating "
                         "ratio improved to 61% last quarter, and the share price rose 7% to $36.")
    assert {f.about for f in x.figures if f.metric == "SharePrice"} <= {"CSX"}


# --- a descriptor of the market index named before ----------------------------------------------

def index_facts(x: Extraction) -> set[tuple[str, str, Decimal | None]]:
    return {(f.about, f.metric, f.value) for f in x.figures
            if f.metric in ("StockPriceChange", "IndexLevel")}


def test_german_leitindex_is_the_index_named_before(extractor: Extractor) -> None:
    x = dated(extractor, "Börse Frankfurt\nNach einem holprigen Start hat sich der Dax gegen "
                         "Mittag gefangen. Weil er zeitweise unter die 24.000-Punkte-Marke fiel, "
                         "wurden Anleger nervös, doch am Ende legte der Aktien-Leitindex um 1,2 "
                         "Prozent auf 24.100 Punkte zu.", lang="de")
    assert ("DAX", "StockPriceChange", Decimal("1.2")) in index_facts(x)


def test_english_benchmark_index_is_the_index_named_before(extractor: Extractor) -> None:
    x = dated(extractor, "Stocks\nThe S&P 500 swung between gains and losses in early trade. "
                         "The benchmark index closed up 0.8% at 6,850 points.")
    assert ("S&P 500", "IndexLevel", Decimal("6850")) in index_facts(x)


def test_leitindex_with_no_index_named_before_names_none(extractor: Extractor) -> None:
    # look-alike: only a company is named before; the descriptor of an index is not it
    x = dated(extractor, "Börse Frankfurt\nSiemens hat Zahlen vorgelegt. Der Leitindex schloss "
                         "mit einem Plus von 1,2 Prozent bei 24.100 Punkten.", lang="de")
    assert all(about != "Siemens" for about, _, _ in index_facts(x))


# --- a carrier's rate and volume and an insurer's large claims are `Other` ----------------------

def others(x: Extraction) -> set[tuple[str, Decimal | None, str]]:
    return {(f.about, f.value, f.unit) for f in x.figures if f.metric == "Other"}


def test_german_freight_rate_and_transport_volume(extractor: Extractor) -> None:
    x = dated(extractor, "Hapag-Lloyd\nHapag-Lloyd hat im dritten Quartal weniger verdient. Die "
                         "durchschnittliche Frachtrate sank auf 1.250 Dollar je Container. Die "
                         "Transportmenge stieg dagegen um 4 Prozent.", lang="de")
    assert others(x) == {("Hapag-Lloyd", Decimal("1250"), "USD"),
                         ("Hapag-Lloyd", Decimal("4"), "Percent")}


def test_english_large_losses_of_an_insurer(extractor: Extractor) -> None:
    x = dated(extractor, "Munich Re\nMunich Re reported third-quarter results. Large losses "
                         "totalled 1.1 billion euros in the quarter.")
    assert ("Munich Re", Decimal("1100000000"), "EUR") in others(x)


def test_licence_payment_is_the_receivers_income_and_no_loss(extractor: Extractor) -> None:
    # look-alike: a licence's payment received is the receiver's income (`Other`, as the fresh
    # set files licence deals), never a loss of the quarter or anyone's investment
    x = dated(extractor, "Evotec\nEvotec hat eine Lizenz vergeben. Evotec erhält eine "
                         "Vorabzahlung von 40 Millionen Euro.", lang="de")
    assert others(x) == {("Evotec", Decimal("40000000"), "EUR")}
    assert not any(f.metric == "Investment" for f in x.figures)


# --- a portion of a company's revenue is `Other`, of no period unless one is told -------------

def test_portion_of_revenue_from_a_region(extractor: Extractor) -> None:
    x = dated(extractor, "Chips\nLam Research reported third-quarter results. Tokyo Electron "
                         "gets about 45% of its revenue from China.")
    portion = figure(x, "Other", "45")
    assert (portion.about, portion.unit, portion.period) == ("Tokyo Electron", "Percent", None)


def test_earlier_value_of_a_portion_is_the_same_figure(extractor: Extractor) -> None:
    # look-alike: "down from 33%" after the portion is its earlier value, no growth of revenue
    x = dated(extractor, "Chips\nASML said China accounted for 19% of its sales in the quarter, "
                         "down from 33% a year earlier.")
    assert {(f.metric, f.value) for f in x.figures} == {("Other", Decimal("19")),
                                                        ("Other", Decimal("33"))}


def test_portion_of_analysts_stays_out(extractor: Extractor) -> None:
    # look-alike: a portion of a group of people is no business figure
    x = dated(extractor, "Chips\nTokyo Electron is popular: 70% of its analysts rate the stock "
                         "a buy.")
    assert [f for f in x.figures if f.unit == "Percent"] == []


# --- a share class's code before a signed move in brackets ---------------------------------------

def moves(x: Extraction) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"}


def test_share_class_code_before_signed_move(extractor: Extractor) -> None:
    x = dated(extractor, "Börse Zürich\nDie Aktien schlossen fester. Gefragt waren Roche (GS +1,4 "
                         "Prozent) und Nestlé (+0,6 Prozent).", lang="de")
    assert moves(x) == {("Roche", Decimal("1.4")), ("Nestlé", Decimal("0.6"))}


def test_metric_word_in_brackets_is_no_share_class(extractor: Extractor) -> None:
    # look-alike: a metric word, not a class code, opens the bracket: no share move
    x = dated(extractor, "Börse Zürich\nDie Aktien schlossen fester. Roche (Umsatz +1,4 Prozent) "
                         "legte Zahlen vor.", lang="de")
    assert moves(x) == set()


# --- peers that "followed" a company higher speak of shares -------------------------------------

def test_peers_followed_higher_make_the_next_moves_share_moves(extractor: Extractor) -> None:
    x = dated(extractor, "Stocks\nSoftware makers were in demand. Rival software makers "
                         "followed Salesforce higher. ServiceNow gained 3.1%, while Workday "
                         "added 2.4%.")
    assert moves(x) == {("ServiceNow", Decimal("3.1")), ("Workday", Decimal("2.4"))}


def test_peers_followed_into_a_market_speak_of_no_shares(extractor: Extractor) -> None:
    # look-alike: "followed" without "higher" or "lower" is no share move
    x = dated(extractor, "Stocks\nSoftware makers were in demand. Rival software makers "
                         "followed Salesforce into the cloud. ServiceNow gained 3.1%, while "
                         "Workday added 2.4%.")
    assert moves(x) == set()
