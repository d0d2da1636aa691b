"""Wrong or lost readings, each fixed so that it holds for any article:

* "ASML (NASDAQ: ASML) - Shares of …": a bracket that names again the company right before it
  is the ticker line "stocks on the move" pieces open each item with, no agency's dateline, so
  the company is no credit to drop (a real dateline, "LONDON (Reuters) -", still is one);
* "nachdem die UBS den Konkurrenten X hochgestuft hatte", "after UBS upgraded rival X": the
  house that rates the rival is its analyst, no party to the rivalry; the rival is the article
  company's;
* "The funding round was led by X and valued Y at $11 billion": the round values Y; X neither
  judges Y as a house nor stops being Y's investor because Y is named after the lead;
* "Rival Groq raised $750 million in a round led by X": the round's investors back the company
  the sentence says raised it, never the article's company;
* "Im Dax gewann A 2 Prozent, im MDax legte B 3 Prozent zu": each index goes to its clause's name;
* "X, the company's sneaker label, posted a 14% drop in revenue": the figures are the label's,
  never the whole company's.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, rating_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- a ticker line is no dateline ------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "ASML (NASDAQ: ASML) - Shares of ASML rose 3% after Morgan Stanley upgraded the stock to Overweight.",
    "ASML (ASML) – Shares of ASML rose 3% after Morgan Stanley upgraded the stock to Overweight.",
])
def test_company_before_its_own_ticker_bracket_is_kept(extractor: Extractor, line: str) -> None:
    x = run(extractor, line, "en", headline="Stocks on the move")
    assert "ASML" in labels(x)
    assert ("Morgan Stanley", "ASML", "Overweight") in rating_facts(x)


@pytest.mark.parametrize(("line", "agency"), [
    ("LONDON (Reuters) - Shares of ASML rose 3%. Reuters said the data was preliminary.", "Reuters"),
    ("NEW YORK (Bloomberg) - Shares of ASML rose 3%. Bloomberg said the data was preliminary.",
     "Bloomberg"),
])
def test_agency_dateline_still_drops_the_agency(extractor: Extractor, line: str, agency: str) -> None:
    found = labels(run(extractor, line, "en", headline="Chip stocks"))
    assert "ASML" in found
    assert agency not in found


# --- a rival named after the house that rates it ---------------------------------------------


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("de", "Infineon-Aktie steigt",
     "Die Aktie von Infineon stieg, nachdem die UBS den Konkurrenten STMicroelectronics "
     "hochgestuft hatte."),
    ("de", "Infineon-Aktie steigt",
     "Die Infineon-Aktie stieg. Die UBS stufte den Konkurrenten STMicroelectronics hoch."),
    ("en", "Infineon shares rise", "UBS upgraded rival STMicroelectronics on Monday."),
    ("en", "Infineon shares rise",
     "Shares of Infineon rose after UBS upgraded rival STMicroelectronics."),
])
def test_rival_after_rating_house_is_the_article_companys(extractor: Extractor, lang: str,
                                                          headline: str, body: str) -> None:
    pairs = rival_pairs(run(extractor, body, lang, headline=headline))
    assert frozenset(("UBS", "STMicroelectronics")) not in pairs
    assert frozenset(("Infineon Technologies", "STMicroelectronics")) in pairs


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Die Deutsche Bank gewinnt Kunden vom Konkurrenten Commerzbank."),
    ("en", "Deutsche Bank won clients from rival Commerzbank."),
    ("en", "Deutsche Bank cut jobs as rival Commerzbank was downgraded by Moody's."),
])
def test_bank_that_rates_nothing_keeps_its_rival(extractor: Extractor, lang: str, body: str) -> None:
    pairs = rival_pairs(run(extractor, body, lang, headline="Deutsche Bank"))
    assert frozenset(("Deutsche Bank", "Commerzbank")) in pairs


# --- a round's lead and the round's valuation ------------------------------------------------


@pytest.mark.parametrize(("body", "leads"), [
    ("The funding round was led by Fidelity Investments and valued Celonis at $11 billion.",
     {"Fidelity Investments"}),
    ("The round was led by Fidelity Investments and BlackRock and valued Celonis at $11 billion.",
     {"Fidelity Investments", "BlackRock"}),
])
def test_round_valuation_is_no_house_judgement(extractor: Extractor, body: str, leads: set[str]) -> None:
    x = run(extractor, body, "en", headline="Celonis raises money")
    facts = triples(x)
    assert not any(p == "covers" for _s, p, _o in facts)
    assert {s for s, p, o in facts if p == "investsIn" and o == "Celonis"} == leads
    assert ("Celonis", Decimal("11000000000")) in metric_facts(x, "MarketCapitalization")


def test_house_that_values_a_company_still_covers_it(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley valued Celonis at $11 billion in a note to clients.", "en",
            headline="Celonis valuation")
    assert ("Morgan Stanley", "covers", "Celonis") in triples(x)


# --- a round's investors back the company that raised it -------------------------------------


def test_round_investors_back_the_raiser_named_in_the_sentence(extractor: Extractor) -> None:
    x = run(extractor, "Rival Groq raised $750 million in a round led by BlackRock. "
                       "Cerebras said it plans a listing.", "en", headline="Cerebras plans listing")
    facts = triples(x)
    assert ("BlackRock", "investsIn", "Groq") in facts
    assert ("BlackRock", "investsIn", "Cerebras Systems") not in facts


def test_round_named_after_the_raisers_sentence_backs_that_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Cerebras said it raised $750 million. The round was led by BlackRock.",
            "en", headline="Cerebras raises money")
    assert ("BlackRock", "investsIn", "Cerebras Systems") in triples(x)


# --- the index of a clause goes to the names of that clause ----------------------------------


def test_index_of_each_clause_stays_in_it(extractor: Extractor) -> None:
    facts = triples(run(extractor, "Im Dax gewann Adidas 2 Prozent, im MDax legte Puma SE "
                                   "3 Prozent zu."))
    assert ("Adidas", "memberOf", "MDAX") not in facts
    assert ("Puma SE", "memberOf", "DAX") not in facts


def test_index_of_a_single_clause_is_its_names(extractor: Extractor) -> None:
    assert ("Adidas", "memberOf", "DAX") in triples(run(extractor, "Im Dax gewann Adidas 2 Prozent."))


# --- a label set off after its name owns the figures -----------------------------------------


@pytest.mark.parametrize("noun", ["label", "brand", "unit"])
def test_label_apposition_keeps_its_figures_from_the_company(extractor: Extractor, noun: str) -> None:
    x = run(extractor, f"Nike reported results. Converse, the company's sneaker {noun}, posted a "
                       "14% drop in revenue to $512 million.", "en", headline="Nike results")
    # the label is read as Nike's unit: the figures are its own, never the company's
    assert {about for about, _ in metric_facts(x, "Revenue")} <= {"Converse"}
    assert {about for about, _ in metric_facts(x, "RevenueGrowth")} <= {"Converse"}


def test_company_revenue_without_a_label_is_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Nike reported results. The company's revenue fell 14% to $5 billion.", "en",
            headline="Nike results")
    assert ("Nike", Decimal("5000000000")) in metric_facts(x, "Revenue")
