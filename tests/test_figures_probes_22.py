"""Figures a product is handed wrongly: a sum over products listed with a word of
summing ("Mounjaro and Zepbound brought in $9 billion combined", "setzten zusammen
… um") is no single product's but their maker's, where the catalogue gives all one;
revenue or earnings in a clause that names no one after a product named in the
clause before ("Developers use ChatGPT, and revenue climbed to $13 billion") are the
product's maker's. Each rule on sentences written for the test, with look-alikes that
must not fire.

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
