"""Bank results, IPOs and page furniture, on families of construction that hold in any
article, on sentences written for these tests (catalogued companies with invented facts, and
invented firms): a masthead line under the headline, the publisher and the section that files
the report ("Handelsblatt | Banken & Versicherungen"), is page furniture, so the publisher does
not take the subject from the bank the report is about; loan defaults and the provisions for
them ("Risikovorsorge für Kreditausfälle") are no debt the company takes up; the first word of a
discovered three-word name ending in a name ending, printed whole ("Velmora Cable Systems"),
names the firm alone later ("Velmora raised …"); a round "that valued it at $3.8 billion" gives
the firm's valuation, not an investment; the parent named in a unit's apposition ("X, the cable
unit of Siemens") or in a headline about its unit ("Siemens cable unit jumps") is not what the
sentence is about, so "the company" after it is the unit. Each with a look-alike that keeps its
reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.ingest import find_ad_blocks
from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str, headline: str = "Market report") -> Extraction:
    return run(extractor, body, lang="en", headline=headline)


# --- a masthead line ---------------------------------------------------------------------------

def test_masthead_line_is_furniture() -> None:
    text = "Bank verdient mehr\nHandelsblatt | Banken & Versicherungen\nDer Gewinn stieg.\n"
    start = text.index("Handelsblatt")
    assert find_ad_blocks(text) == [(start, start + len("Handelsblatt | Banken & Versicherungen"))]
    english = "Bank beats forecasts\nReuters | Business\nProfit rose.\n"
    assert len(find_ad_blocks(english)) == 1


def test_bar_lines_with_numbers_or_sentences_stay_text() -> None:
    """Look-alikes: a line with a figure, or with words of a sentence after the bar, is no
    masthead."""
    assert find_ad_blocks("Kurs\nSiemens | Umsatz steigt um 5 Prozent\nMehr.\n") == []
    assert find_ad_blocks("Kurs\nSiemens | Gewinn steigt kräftig\nMehr.\n") == []


def test_bank_under_masthead_keeps_its_figures(extractor: Extractor) -> None:
    x = run(extractor, "Handelsblatt | Banken & Versicherungen\nDie Deutsche Bank hat im dritten "
                       "Quartal mehr verdient. Der Nettogewinn stieg um 9 Prozent auf 1,2 Milliarden "
                       "Euro, wie das Institut mitteilte.",
            headline="Deutsche Bank verdient mehr als erwartet")
    assert metric_facts(x, "Profit") == {("Deutsche Bank", Decimal("1200000000"))}
    assert metric_facts(x, "ProfitGrowth") == {("Deutsche Bank", Decimal("9"))}


# --- loan defaults are no debt ------------------------------------------------------------------

def test_provision_for_loan_defaults_is_no_debt(extractor: Extractor) -> None:
    x = run(extractor, "Die Risikovorsorge für Kreditausfälle stieg bei der Commerzbank auf 310 "
                       "Millionen Euro.")
    assert not metric_facts(x, "DebtIssuance")
    assert metric_facts(x, "Other") == {("Commerzbank", Decimal("310000000"))}


def test_loan_taken_up_stays_debt(extractor: Extractor) -> None:
    """Look-alike: a loan the company takes up is debt it issues."""
    x = run(extractor, "Bayer hat einen Kredit über 2 Milliarden Euro aufgenommen.")
    assert metric_facts(x, "DebtIssuance") == {("Bayer", Decimal("2000000000"))}


# --- the first word of a discovered three-word name ----------------------------------------------

def test_first_word_of_name_printed_whole_names_the_firm(extractor: Extractor) -> None:
    x = en(extractor, "Shares of Velmora Cable Systems, the cable unit of Siemens, rose 5% on their "
                      "debut. Velmora raised 2 billion rupees from anchor investors including GIC "
                      "and Nomura. Revenue at Velmora rose 12% to 30 billion rupees.",
           headline="Siemens unit jumps in debut")
    assert {("GIC", "investsIn", "Velmora Cable Systems"),
            ("Nomura", "investsIn", "Velmora Cable Systems")} <= triples(x)
    assert not any(p == "investsIn" and o == "Siemens" for _s, p, o in triples(x))
    assert metric_facts(x, "Revenue") == {("Velmora Cable Systems", Decimal("30000000000"))}


def test_first_word_before_another_name_stays_apart(extractor: Extractor) -> None:
    """Look-alike: followed by a capitalised word, the first word opens another firm's name."""
    x = en(extractor, "Shares of Velmora Cable Systems rose 5% on their debut. Velmora Health, a "
                      "hospital chain, raised 2 billion rupees from GIC.", headline="Debut")
    assert not any(o == "Velmora Cable Systems" for _s, p, o in triples(x) if p == "investsIn")


# --- a round that valued it at ----------------------------------------------------------------

def test_round_that_valued_it_gives_the_valuation(extractor: Extractor) -> None:
    x = en(extractor, "Quantrix Memory Systems, a maker of memory controllers, said it had raised $450 "
                      "million in a funding round that valued it at $3.8 billion.")
    assert metric_facts(x, "MarketCapitalization") == {("Quantrix Memory Systems", Decimal("3800000000"))}
    assert metric_facts(x, "Investment") == {("Quantrix Memory Systems", Decimal("450000000"))}


# --- the parent of a unit the sentence speaks of -------------------------------------------------

def test_unit_not_parent_is_the_company(extractor: Extractor) -> None:
    x = en(extractor, "Shares of Velmora Cable Systems, the cable unit of Siemens, rose 5% on their "
                      "debut in Mumbai. The debut gave the company a market value of about 1 trillion "
                      "rupees.", headline="Siemens cable unit jumps in Mumbai debut")
    assert metric_facts(x, "MarketCapitalization") == {("Velmora Cable Systems", Decimal("1000000000000"))}
    assert ("Velmora Cable Systems", "subsidiaryOf", "Siemens") in triples(x)


def test_parent_as_headline_subject_stays_the_company(extractor: Extractor) -> None:
    """Look-alike: a headline whose subject is the parent keeps "the company" the parent's."""
    x = en(extractor, "Siemens said on Monday that its cable unit, Velmora Cable Systems, won an "
                      "order. The company expects revenue of 80 billion euros this year.",
           headline="Siemens lifts outlook as its cable business grows")
    assert metric_facts(x, "Revenue") == {("Siemens", Decimal("80000000000"))}
