"""Figures a product is handed wrongly: a sum over products listed with a word of
summing ("Mounjaro and Zepbound brought in $9 billion combined", "setzten zusammen
… um") is no single product's but their maker's, where the catalogue gives all one;
revenue or earnings in a clause that names no one after a product named in the
clause before ("Developers use ChatGPT, and revenue climbed to $13 billion") are the
product's maker's. A valuation an offer makes ("Insgesamt bewertet die Offerte Y mit
7 Milliarden Euro", "agreed to buy Y …, valuing the company at $15 billion") is the
price the bidder pays, its investment, and a debt raised to finance the purchase is
the buyer's, not the company bought's nor a lending bank's. A subsidiary the text
presents so ("die Tochtergesellschaft X") two sentences back is a passing part of the
group's report: a market value the next sentences leave unnamed is the group's. A
country's retail sales ("Retail sales of passenger vehicles in China fell 8%") are the
market's, no figure of the company the passage speaks of. Each
rule on sentences written for the test, with look-alikes that must not fire.

Names are real companies and products, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- a sum over listed products is their maker's ---------------------------------------------

def test_a_sum_over_two_drugs_is_their_makers(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Eli Lilly updated its outlook. Its diabetes drugs Mounjaro and "
                    "Zepbound brought in $9.1 billion combined in the second quarter, up 55% "
                    "from a year earlier.", lang="en", headline="Pharma results")
    assert facts(x, "Revenue") == {("Eli Lilly", Decimal("9100000000"))}
    assert facts(x, "RevenueGrowth") == {("Eli Lilly", Decimal("55"))}


def test_a_sum_told_with_zusammen_is_the_makers(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Novartis hat Zahlen vorgelegt. Die Medikamente Kisqali und "
                    "Entresto setzten zusammen 4,2 Milliarden Dollar um.", headline="Pharma")
    assert facts(x, "Revenue") == {("Novartis", Decimal("4200000000"))}


def test_one_drug_keeps_its_own_revenue(extractor: Extractor) -> None:
    # look-alike: one product named, no word of summing
    x = helpers.run(extractor, "Eli Lilly updated its outlook. Zepbound brought in $3.6 billion "
                    "in the second quarter.", lang="en", headline="Pharma results")
    assert facts(x, "Revenue") == {("Zepbound", Decimal("3600000000"))}


def test_a_sum_of_two_companies_is_neither_ones(extractor: Extractor) -> None:
    # look-alike: the listed names have no common owner; neither has the sum alone
    x = helpers.run(extractor, "BASF und Bayer investieren zusammen 2 Milliarden Euro in eine "
                    "neue Anlage.", headline="Chemie")
    assert facts(x, "Investment") == set()


def test_drugs_listed_in_another_phrase_leave_the_company_its_revenue(
        extractor: Extractor) -> None:
    # look-alike: products listed as the object of the sentence before, no word of summing
    x = helpers.run(extractor, "Novo Nordisk sells Ozempic and Wegovy. Revenue rose 18% to "
                    "$12 billion.", lang="en", headline="Pharma results")
    assert facts(x, "Revenue") == {("Novo Nordisk", Decimal("12000000000"))}


# --- revenue after a product named in the clause before is the maker's -------------------------

def test_revenue_after_a_product_used_is_the_makers(extractor: Extractor) -> None:
    x = helpers.run(extractor, "OpenAI raised $40 billion. Millions of developers now use "
                    "ChatGPT, and annualized revenue has climbed to $13 billion.", lang="en",
                    headline="AI funding")
    assert facts(x, "Revenue") == {("OpenAI", Decimal("13000000000"))}


def test_a_products_own_users_stay_its_own(extractor: Extractor) -> None:
    # look-alike: users are a product's figure, whichever clause named it
    x = helpers.run(extractor, "OpenAI raised $40 billion. Developers praised ChatGPT, and "
                    "weekly users climbed to 800 million.", lang="en", headline="AI funding")
    assert facts(x, "Users") == {("ChatGPT", Decimal("800000000"))}


def test_a_product_that_is_the_clauses_subject_keeps_its_revenue(extractor: Extractor) -> None:
    # look-alike: the product is named in the number's own clause
    x = helpers.run(extractor, "Apple reported results on Thursday. The iPhone brought in "
                    "$46 billion in the quarter.", lang="en", headline="Apple results")
    assert facts(x, "Revenue") == {("iPhone", Decimal("46000000000"))}


# --- a valuation an offer makes is the bidder's investment ------------------------------------

def test_a_valuation_by_the_offer_is_the_bidders_investment(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Rheinmetall will Hensoldt übernehmen. Rheinmetall bietet 60 Euro "
                    "je Aktie. Insgesamt bewertet die Offerte Hensoldt mit rund 7 Milliarden Euro.",
                    headline="Rüstung")
    assert facts(x, "Investment") == {("Rheinmetall", Decimal("7000000000"))}
    assert facts(x, "MarketCapitalization") == set()


def test_valuing_the_company_bought_is_the_buyers_investment(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Pfizer has agreed to buy Moderna for $40 per share in cash, "
                    "valuing the Cambridge-based company at about $15 billion.", lang="en",
                    headline="Pharma deal")
    assert facts(x, "Investment") == {("Pfizer", Decimal("15000000000"))}
    assert facts(x, "MarketCapitalization") == set()


def test_a_market_valuation_stays_the_companys(extractor: Extractor) -> None:
    # look-alike: no offer values the company
    x = helpers.run(extractor, "Hensoldt wird an der Börse mit 7 Milliarden Euro bewertet.",
                    headline="Rüstung")
    assert facts(x, "MarketCapitalization") == {("Hensoldt", Decimal("7000000000"))}
    assert facts(x, "Investment") == set()


def test_a_funding_rounds_valuation_of_the_maker_is_its_value(extractor: Extractor) -> None:
    # look-alike: a funding round, no takeover; "the Claude maker" is the company raising
    x = helpers.run(extractor, "Anthropic raised $30 billion in a funding round that values the "
                    "Claude maker at $350 billion.", lang="en", headline="AI funding")
    assert facts(x, "MarketCapitalization") == {("Anthropic", Decimal("350000000000"))}
    assert facts(x, "Investment") == {("Anthropic", Decimal("30000000000"))}


def test_a_bid_received_names_no_buyer_first(extractor: Extractor) -> None:
    # look-alike: the takeover told in the passive; the first name is the company bid for
    x = helpers.run(extractor, "Moderna received a takeover bid from Pfizer that values the "
                    "company at $15 billion.", lang="en", headline="Pharma deal")
    assert ("Moderna", Decimal("15000000000")) not in facts(x, "Investment")


# --- a debt that finances a purchase is the buyer's --------------------------------------------

def test_a_bond_financing_the_purchase_is_the_buyers(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Rheinmetall will Hensoldt übernehmen. Hensoldt beschäftigt rund "
                    "8.000 Mitarbeiter. Finanziert wird der Kauf mit einer Anleihe über 2 "
                    "Milliarden Euro.", headline="Rüstung")
    assert facts(x, "DebtIssuance") == {("Rheinmetall", Decimal("2000000000"))}


def test_a_bridge_loan_of_banks_is_the_buyers_debt(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Pfizer agreed to buy Moderna. JPMorgan and Goldman Sachs "
                    "committed a $10 billion bridge loan to back the financing.", lang="en",
                    headline="Pharma deal")
    assert facts(x, "DebtIssuance") == {("Pfizer", Decimal("10000000000"))}


def test_a_banks_own_bond_outside_a_takeover_stays_its_own(extractor: Extractor) -> None:
    # look-alike: a word of financing, but no takeover told
    x = helpers.run(extractor, "Goldman Sachs sold $5 billion of bonds to finance its lending.",
                    lang="en", headline="Bank bonds")
    assert facts(x, "DebtIssuance") == {("Goldman Sachs", Decimal("5000000000"))}


def test_the_company_bought_keeps_a_bond_of_no_financing(extractor: Extractor) -> None:
    # look-alike: the company bought issues a bond; no word of financing a purchase
    x = helpers.run(extractor, "Rheinmetall will Hensoldt übernehmen. Hensoldt begibt eine "
                    "Anleihe über 500 Millionen Euro.", headline="Rüstung")
    assert facts(x, "DebtIssuance") == {("Hensoldt", Decimal("500000000"))}


# --- a subsidiary named in passing leaves the group its market value ----------------------------

def test_a_market_value_after_a_subsidiary_named_in_passing_is_the_groups(
        extractor: Extractor) -> None:
    x = helpers.run(extractor, "Jenoptik wächst kräftig. Mit dem Geld soll die "
                    "Tochtergesellschaft Optikwerk Systems ihre Werke in Dresden erweitern. Auch "
                    "an der Börse läuft es rund: Seit Jahresbeginn hat die Aktie 40 Prozent "
                    "zugelegt. Der Börsenwert liegt damit bei knapp 2,1 Milliarden Euro.",
                    headline="Optik")
    assert facts(x, "MarketCapitalization") == {("Jenoptik", Decimal("2100000000"))}


def test_a_subsidiary_the_next_sentence_goes_on_about_keeps_its_figure(
        extractor: Extractor) -> None:
    # look-alike: the subsidiary is the subject of the sentence right before
    x = helpers.run(extractor, "Jenoptik wächst kräftig. Mit dem Geld soll die "
                    "Tochtergesellschaft Optikwerk Systems ihre Werke in Dresden erweitern. Sie "
                    "steigerte den Umsatz um 12 Prozent.", headline="Optik")
    assert facts(x, "RevenueGrowth") == {("Optikwerk Systems", Decimal("12"))}


# --- a country's retail sales are the market's -------------------------------------------------

def test_retail_sales_of_a_market_are_no_companys_growth(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Tesla delivered fewer cars in November. Retail sales of "
                    "passenger vehicles in China fell 8% in November, the association said.",
                    lang="en", headline="China car market")
    assert facts(x, "RevenueGrowth") == set()
    x = helpers.run(extractor, "Zalando hat weniger verkauft. Die Einzelhandelsumsätze in "
                    "Deutschland sanken im November um 1,2 Prozent.", headline="Handel")
    assert facts(x, "RevenueGrowth") == set()


def test_a_companys_own_retail_sales_stay_its_own(extractor: Extractor) -> None:
    # look-alike: the company named in the clause; and revenue with no market word
    x = helpers.run(extractor, "Tesla delivered fewer cars in November. Tesla's retail sales "
                    "fell 8% in November.", lang="en", headline="China car market")
    assert facts(x, "RevenueGrowth") == {("Tesla", Decimal("-8"))}
    x = helpers.run(extractor, "Zalando hat weniger verkauft. Der Umsatz sank im November um "
                    "1,2 Prozent.", headline="Handel")
    assert facts(x, "RevenueGrowth") == {("Zalando", Decimal("-1.2"))}
