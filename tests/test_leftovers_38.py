"""Families of misses, each on sentences written for the test: a positive
case and a look-alike that must not fire or must not move the fact to another company, metric
or rating house.

Names are real companies and products, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor

run = helpers.run


# --- "weight-loss" naming a kind of drug is no loss and no trial result ------------------------

def test_sales_of_a_weight_loss_drug_are_its_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Eli Lilly raised its outlook. Sales of the weight-loss drug Zepbound "
                       "more than doubled to $4.1 billion.", "en", "Eli Lilly lifts outlook")
    assert ("Zepbound", "Revenue", Decimal("4100000000"), "USD") in helpers.figure_facts(x)
    assert not [f for f in x.figures if f.metric == "Profit"]


def test_weight_loss_in_a_trial_stays_a_clinical_result(extractor: Extractor) -> None:
    x = run(extractor, "Patients taking Eli Lilly's orforglipron showed 12% weight loss in the "
                       "trial.", "en", "Eli Lilly trial")
    assert not [f for f in x.figures if f.metric in ("Profit", "ProfitGrowth", "Revenue")]
    assert [f for f in x.figures if f.metric == "Other" and f.value == Decimal("-12")]


# --- the price of a stake taken is the taker's investment --------------------------------------

@pytest.mark.parametrize(("lang", "body", "value", "unit"), [
    ("en", "Intel agreed to take a stake in Mobileye for about $2 billion.", "2000000000", "USD"),
    ("en", "Intel took a 4% stake in Mobileye for $900 million.", "900000000", "USD"),
    ("de", "Intel beteiligt sich für 2 Milliarden Dollar an Mobileye.", "2000000000", "USD"),
    ("de", "Intel beteiligte sich mit rund 700 Millionen Euro an Mobileye.", "700000000", "EUR"),
])
def test_price_of_a_stake_is_the_takers_investment(extractor: Extractor, lang: str, body: str,
                                                   value: str, unit: str) -> None:
    x = run(extractor, body, lang, "Intel")
    assert ("Intel", "Investment", Decimal(value), unit) in helpers.figure_facts(x)
    assert not [f for f in x.figures if f.about == "Mobileye"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Intel took a stake in Mobileye. Mobileye's revenue rose 5% to $2 billion."),
    ("de", "Intel beteiligt sich an Mobileye. Der Umsatz von Mobileye stieg um 5 Prozent auf "
           "2 Milliarden Dollar."),
])
def test_a_stake_told_apart_leaves_the_next_figure_alone(extractor: Extractor, lang: str,
                                                          body: str) -> None:
    x = run(extractor, body, lang, "Intel")
    assert ("Mobileye", "Revenue", Decimal("2000000000"), "USD") in helpers.figure_facts(x)
    assert not [f for f in x.figures if f.metric == "Investment"]


# --- a joint venture in a place, with a partner -------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Siemens runs a joint venture in China with the carmaker Renault."),
    ("en", "Siemens formed a joint venture in India with Renault last year."),
    ("de", "Siemens betreibt mit Renault ein Gemeinschaftsunternehmen in China."),
])
def test_joint_venture_in_a_place_makes_partners(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang, "Siemens")
    assert {frozenset(("Siemens", "Renault"))} <= {
        frozenset((s, o)) for s, p, o in helpers.triples(x) if p == "partnerOf"}


@pytest.mark.parametrize("body", [
    "Siemens opened a plant in China with Renault as its biggest customer.",
    "Siemens sold its venture stake in China with Renault's approval.",
])
def test_a_place_and_with_without_a_venture_make_no_partners(extractor: Extractor,
                                                              body: str) -> None:
    x = run(extractor, body, "en", "Siemens")
    assert not [t for t in helpers.triples(x) if t[1] == "partnerOf"]


# --- ratings: a house's bracketed aside, and houses each with their own "von" -------------------

def test_rating_in_a_houses_bracket_is_its_rating(extractor: Extractor) -> None:
    x = run(extractor, "Adidas shares rose. Bernstein (buy, PT $40) said margins will improve.",
            "en", "Adidas shares rise")
    assert ("Bernstein", "Adidas", "buy") in helpers.rating_facts(x)


@pytest.mark.parametrize("body", [
    "Adidas shares rose. Bernstein (buy back shares) said margins will improve.",
    "Adidas shares rose. Rivals (hold) said margins will improve.",
])
def test_a_common_word_in_brackets_without_a_house_cell_is_no_rating(extractor: Extractor,
                                                                     body: str) -> None:
    assert not run(extractor, body, "en", "Adidas shares rise").ratings


def test_houses_each_with_their_own_agent_word_share_the_rating(extractor: Extractor) -> None:
    x = run(extractor, "Adidas wurde von der Deutschen Bank und von Bernstein auf 'Buy' hochgestuft.",
            "de", "Adidas")
    assert {("Deutsche Bank", "Adidas", "Buy"), ("Bernstein", "Adidas", "Buy")} <= \
        helpers.rating_facts(x)


def test_houses_with_their_own_ratings_keep_them_apart(extractor: Extractor) -> None:
    x = run(extractor, "Adidas wurde von der Deutschen Bank mit 'Buy' und von Bernstein mit "
                       "'Neutral' bewertet.", "de", "Adidas")
    facts = helpers.rating_facts(x)
    assert ("Deutsche Bank", "Adidas", "Buy") in facts
    assert ("Bernstein", "Adidas", "Buy") not in facts
    assert ("Deutsche Bank", "Adidas", "Neutral") not in facts


# --- a company's bare move since the start of the year is its share's ---------------------------

@pytest.mark.parametrize(("lang", "body", "value"), [
    ("en", "Zalando reported revenue of 2.9 billion euros. Zalando, which competes with Amazon, "
           "is up about 41% so far this year.", "41"),
    ("en", "Zalando hired 300 engineers. Zalando has lost 12% year to date.", "-12"),
    ("de", "Zalando meldete einen Umsatz von 2,9 Milliarden Euro. Zalando liegt seit "
           "Jahresbeginn rund 41 Prozent im Plus.", "41"),
    ("de", "Zalando stellte 300 Ingenieure ein. Zalando hat seit Jahresbeginn 12 Prozent "
           "verloren.", "-12"),
])
def test_bare_move_since_the_start_of_the_year_is_a_share_move(extractor: Extractor, lang: str,
                                                               body: str, value: str) -> None:
    x = run(extractor, body, lang, "Zalando")
    assert [f for f in x.figures if f.about == "Zalando" and f.metric == "StockPriceChange"
            and f.value == Decimal(value)]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Zalando hired 300 engineers. Zalando's revenue is up 12% so far this year."),
    ("en", "Zalando hired 300 engineers. Its customer base is up 12% so far this year."),
    ("en", "Zalando reported revenue of 2.9 billion euros. Zalando expects to grow 10% this year."),
    ("de", "Zalando stellte 300 Ingenieure ein. Der Umsatz von Zalando stieg seit Jahresbeginn um "
           "12 Prozent."),
])
def test_a_metric_or_a_plan_over_the_year_is_no_share_move(extractor: Extractor, lang: str,
                                                           body: str) -> None:
    x = run(extractor, body, lang, "Zalando")
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


# --- a cause opening the clause owns none of its metric's numbers -------------------------------

@pytest.mark.parametrize(("lang", "body", "growth", "profit"), [
    ("en", "Hyundai Motor posted results on Thursday. Tariffs cut its third-quarter operating "
           "profit by 29% to 2.54 trillion won.", "-29", "2540000000000"),
    ("de", "Hyundai Motor legte am Donnerstag Zahlen vor. Die Zölle drückten den operativen "
           "Gewinn im dritten Quartal um 29 Prozent auf 2,5 Billionen Won.", "-29", "2500000000000"),
])
def test_a_cause_before_the_metric_leaves_it_to_the_company(extractor: Extractor, lang: str,
                                                            body: str, growth: str,
                                                            profit: str) -> None:
    x = run(extractor, body, lang, "Hyundai Motor")
    facts = helpers.figure_facts(x)
    assert ("Hyundai Motor", "ProfitGrowth", Decimal(growth), "Percent") in facts
    assert ("Hyundai Motor", "Profit", Decimal(profit), "KRW") in facts


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Hyundai Motor posted results on Thursday. Tariffs on steel rose 10% in October."),
    ("en", "Hyundai Motor posted results on Thursday. Inflation rose to 3.1% in October."),
    ("de", "Hyundai Motor legte am Donnerstag Zahlen vor. Die Zölle stiegen um 10 Prozent."),
])
def test_a_cause_moving_by_itself_is_no_companys_figure(extractor: Extractor, lang: str,
                                                         body: str) -> None:
    x = run(extractor, body, lang, "Hyundai Motor")
    assert not [f for f in x.figures if f.about == "Hyundai Motor"]


def test_money_a_cause_took_off_is_no_value_of_the_metric(extractor: Extractor) -> None:
    """Look-alike: "cut profit by 390 billion yen" tells the size of the blow, not the profit."""
    x = run(extractor, "Hyundai Motor posted results on Thursday. Tariffs cut profit by 390 "
                       "billion won in the first half.", "en", "Hyundai Motor")
    assert not [f for f in x.figures if f.metric == "Profit"]
