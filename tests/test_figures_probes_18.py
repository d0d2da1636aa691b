"""Figures a probe sentence got wrong or missed: a figure after a sentence that
opens with a possessive pronoun ("Its switches link Nvidia's GPUs"), which goes
on about the subject before it and names only objects. Each rule on sentences
written for the test, with look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- "Its switches link Nvidia's GPUs. Revenue jumped 40%": the subject before the pronoun ----

def test_a_sentence_opening_with_its_passes_its_names_over(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Arista Networks sells network gear to data centres. Its switches "
                    "connect Nvidia's chips inside the servers. In the third quarter, revenue "
                    "jumped 40% to $2 billion.", lang="en", headline="Network gear in demand")
    assert facts(x, "RevenueGrowth") == {("Arista Networks", Decimal(40))}
    assert facts(x, "Revenue") == {("Arista Networks", Decimal(2000000000))}


def test_a_sentence_opening_with_seine_passes_its_names_over(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Infineon liefert Chips an die Autoindustrie. Seine Sensoren "
                    "nutzt BMW in allen Wagen. Im dritten Quartal stieg der Umsatz um "
                    "12 Prozent.", headline="Chips gefragt")
    assert facts(x, "RevenueGrowth") == {("Infineon Technologies", Decimal(12))}


def test_a_sentence_opening_with_a_name_keeps_it_as_subject(extractor: Extractor) -> None:
    # look-alike: the sentence before opens with its subject, which the figure goes on about
    x = helpers.run(extractor, "Arista Networks sells network gear to data centres. Nvidia raised "
                    "its forecast for the year. In the third quarter, revenue jumped 40%.",
                    lang="en", headline="Chip demand")
    assert facts(x, "RevenueGrowth") == {("Nvidia", Decimal(40))}
    x = helpers.run(extractor, "Infineon liefert Chips an die Autoindustrie. BMW hob seine "
                    "Prognose an. Im dritten Quartal stieg der Umsatz um 12 Prozent.",
                    headline="Autobauer optimistisch")
    assert facts(x, "RevenueGrowth") == {("BMW", Decimal(12))}


# --- "operating profit growth of 4% to 7%": the growth of profit, not of revenue ---------------

def test_profit_growth_is_no_revenue_growth(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens expects revenue growth of 5% and operating profit growth "
                    "of 8% to 10%.", lang="en", headline="Siemens outlook")
    assert facts(x, "RevenueGrowth") == {("Siemens", Decimal(5))}
    assert {(f.min_value, f.max_value) for f in x.figures if f.metric == "ProfitGrowth"} \
        == {(Decimal(8), Decimal(10))}
    x = helpers.run(extractor, "Siemens expects earnings growth of 12%.", lang="en",
                    headline="Siemens outlook")
    assert facts(x, "ProfitGrowth") == {("Siemens", Decimal(12))}


def test_sales_growth_stays_revenue_growth(extractor: Extractor) -> None:
    # look-alike: "growth" after a word of revenue
    x = helpers.run(extractor, "Siemens expects sales growth of 7%.", lang="en",
                    headline="Siemens outlook")
    assert facts(x, "RevenueGrowth") == {("Siemens", Decimal(7))}
    assert not facts(x, "ProfitGrowth")


# --- "6% to 9%, down from 8% to 11% previously": the old range, neither a move nor negative ----

def test_a_previous_range_from_to_is_one_range(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens now expects sales growth at constant currencies of 6% to "
                    "9% this year, down from 8% to 11% previously.", lang="en",
                    headline="Siemens cuts outlook")
    ranges = {(f.min_value, f.max_value) for f in x.figures if f.metric == "RevenueGrowth"}
    assert ranges == {(Decimal(6), Decimal(9)), (Decimal(8), Decimal(11))}
    assert not {f.value for f in x.figures if f.value is not None}


def test_a_change_from_to_stays_two_values(extractor: Extractor) -> None:
    # look-alike: no "previously" after it, "from 8% to 11%" is a change of one value to another
    x = helpers.run(extractor, "Siemens lifted its operating margin from 8% to 11%.", lang="en",
                    headline="Siemens results")
    assert not [f for f in x.figures if f.min_value is not None]


def test_down_from_after_a_number_does_not_make_it_negative(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens now expects sales growth at constant exchange rates of "
                    "6% in 2026, down from 8% previously.", lang="en", headline="Siemens outlook")
    assert Decimal(6) in {v for _a, v in facts(x, "RevenueGrowth")}
    assert Decimal(-6) not in {v for _a, v in facts(x, "RevenueGrowth")}


def test_down_after_a_number_without_from_still_makes_it_negative(extractor: Extractor) -> None:
    # look-alike: "5% down" is the move itself
    x = helpers.run(extractor, "Siemens shares closed 5% down on the day.", lang="en",
                    headline="Siemens shares")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal(-5))}


# --- "Shares of BASF and Bayer each rose 2%": one number, each name listed gets it -------------

def test_each_gives_the_number_to_every_name_listed(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Shares of Henkel and Beiersdorf each rose 3%.", lang="en",
                    headline="Consumer stocks")
    assert facts(x, "StockPriceChange") == {("Henkel", Decimal(3)), ("Beiersdorf", Decimal(3))}
    x = helpers.run(extractor, "Consumer stocks rallied. Henkel and Beiersdorf gained 3% each.",
                    lang="en", headline="Consumer stocks")
    assert facts(x, "StockPriceChange") == {("Henkel", Decimal(3)), ("Beiersdorf", Decimal(3))}
    x = helpers.run(extractor, "Im Dax waren Konsumwerte gefragt: Henkel und Beiersdorf legten "
                    "jeweils 3 Prozent zu.", headline="Dax im Plus")
    assert facts(x, "StockPriceChange") == {("Henkel", Decimal(3)), ("Beiersdorf", Decimal(3))}
    x = helpers.run(extractor, "Die Apps Instagram und WhatsApp zählen laut Marktforschern jeweils mehr als "
                    "80 Millionen Nutzer.", headline="Soziale Netzwerke")
    assert {a for a, _v in facts(x, "Users")} == {"Instagram", "WhatsApp"}


def test_without_each_the_number_is_not_shared(extractor: Extractor) -> None:
    # look-alikes: no word of "each"; "each year" says when, not whose
    x = helpers.run(extractor, "Shares of Henkel and Beiersdorf rose 3%.", lang="en",
                    headline="Consumer stocks")
    assert len(facts(x, "StockPriceChange")) <= 1
    x = helpers.run(extractor, "Henkel and Beiersdorf spend $500 million each year on "
                    "research.", lang="en", headline="Consumer goods")
    assert len({a for f in x.figures for a in [f.about]}) <= 1
    x = helpers.run(extractor, "Henkel und Beiersdorf stiegen um 2 beziehungsweise 3 Prozent.",
                    headline="Dax im Plus")
    assert not any(v == Decimal(2) and a == "Beiersdorf" for a, v in facts(x, "StockPriceChange"))


# --- "steigerte den Umsatz (+12 Prozent) auf 9 Milliarden Euro": the bracket is the word's -----

def test_a_signed_change_in_brackets_after_a_metric_word(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Henkel steigerte den Umsatz (+6 Prozent) auf 5 Milliarden Euro.",
                    headline="Henkel-Zahlen")
    assert facts(x, "RevenueGrowth") == {("Henkel", Decimal(6))}
    assert facts(x, "Revenue") == {("Henkel", Decimal(5000000000))}
    x = helpers.run(extractor, "Henkel lifted revenue (-2%) to 5 billion euros.", lang="en",
                    headline="Henkel results")
    assert facts(x, "RevenueGrowth") == {("Henkel", Decimal(-2))}
    assert facts(x, "Revenue") == {("Henkel", Decimal(5000000000))}


def test_a_signed_change_in_brackets_after_a_name_closes_its_line(extractor: Extractor) -> None:
    # look-alike: after a name or its shares the bracket is a market report's line
    x = helpers.run(extractor, "Gefragt waren Henkel-Aktien (+1,5 Prozent) und Beiersdorf "
                    "(-0,8 Prozent).", headline="Dax im Plus")
    assert facts(x, "StockPriceChange") == {("Henkel", Decimal("1.5")),
                                            ("Beiersdorf", Decimal("-0.8"))}


# --- "credit card loans to grow to $20 billion": a lender's loans are no debt it raises --------

def test_a_lenders_loans_are_no_debt_issuance(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Barclays expects credit card loans in Britain to grow to about "
                    "$20 billion.", lang="en", headline="Barclays outlook")
    assert not facts(x, "DebtIssuance")
    assert facts(x, "Other") == {("Barclays", Decimal(20000000000))}
    x = helpers.run(extractor, "Barclays said its mortgage loans rose to $90 billion.", lang="en",
                    headline="Barclays results")
    assert not facts(x, "DebtIssuance")


def test_a_loan_taken_stays_debt_issuance(extractor: Extractor) -> None:
    # look-alike: loans the company takes out
    x = helpers.run(extractor, "Barclays took out loans of $2 billion.", lang="en",
                    headline="Barclays funding")
    assert facts(x, "DebtIssuance") == {("Barclays", Decimal(2000000000))}
