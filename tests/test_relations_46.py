"""Coverage and people forms, on sentences written for the test.

* "Deutsche Bank climbed 3.1% after Barclays raised its price target on the lender",
  "Die Deutsche Bank stieg, nachdem Barclays das Kursziel für die Aktie angehoben hatte": the
  one issuer named right before "after" in the house's clause moved on its judgement, so the
  house covers it, a bank too, though other issuers stand in the sentence's other clauses. Not
  when the judgement names another company, when two issuers moved together, when a comma
  parts the mover from "after", or when the house's act is no judgement (a stake, its results).
* "Analysts Jane Doe and John Roe at Barclays": a plural title lists both names, and the
  employer joined after the second is both analysts'; a singular title ("Analyst Jane Doe and
  John Roe at Barclays") keeps the first name's employer open.
* "Die Allianz hält 12 Prozent an Siemens, der Vermögensverwalter BlackRock gut 10 Prozent",
  "Allianz holds a 12% stake in Siemens, BlackRock about 10%": a clause of only another holder
  and its share, the verb and the company held left out, holds a stake in the same company,
  also where the sentence names no company held and the stake is the article's company's
  ("Der Staatsfonds Allianz hält rund 12 Prozent, der Vermögensverwalter BlackRock gut 10
  Prozent"); not a clause with a verb of its own, nor after a stake sold, nor after a stake the
  sentence does not size.
* "Für den Eurofighter liefert Hensoldt Radarkomponenten an Airbus": a product fronted before
  the verb is no subject; the verb's subject follows it. A company fronted there still blocks
  the reading.

The company names are real catalogue entries with invented facts; the people are invented.
"""

from __future__ import annotations

import pytest
from helpers import run_in, triples

from kg.nlp.extract import Extractor


def _covers(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    """The covers relations of ``body`` as (house, company)."""
    return {(s, o) for s, p, o in triples(run_in(extractor, body, lang)) if p == "covers"}


def _works_for(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    """The worksFor relations of ``body`` as (person, employer)."""
    return {(s, o) for s, p, o in triples(run_in(extractor, body, lang)) if p == "worksFor"}


# -- 1. a share that moved on a house's judgement is covered by the house ---------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Deutsche Bank climbed 3.1% after Barclays raised its price target on the lender.", "en"),
    ("Commerzbank fell 1.2% after it cut jobs, and Deutsche Bank climbed 3.1% after Barclays raised "
     "its price target on the lender.", "en"),
    ("Deutsche Bank climbed 3.1% after Barclays raised its price target on the lender, while "
     "Commerzbank fell.", "en"),
    ("Die Deutsche Bank stieg um 3 Prozent, nachdem Barclays das Kursziel für die Aktie angehoben "
     "hatte.", "de"),
], ids=["en", "en-other-clause-before", "en-other-clause-after", "de"])
def test_the_share_moved_by_a_judgement_is_covered(extractor: Extractor, body: str, lang: str) -> None:
    found = _covers(extractor, body, lang)
    assert ("Barclays", "Deutsche Bank") in found
    assert ("Barclays", "Commerzbank") not in found


@pytest.mark.parametrize(("body", "lang"), [
    # the judgement names another bank: the mover is not what the house spoke of
    ("Deutsche Bank climbed 3.1% after Barclays raised its price target on Commerzbank.", "en"),
    # two issuers moved: which one the house judged the sentence does not tell
    ("Deutsche Bank and Commerzbank climbed after Barclays raised its price target on the lender.",
     "en"),
    ("Die Deutsche Bank und die Commerzbank stiegen, nachdem Barclays das Kursziel für die Aktie "
     "angehoben hatte.", "de"),
    # the house's own act is no judgement of a share
    ("Deutsche Bank climbed 3.1% after Barclays reported strong results.", "en"),
    # a comma and "and" part the mover from the house's clause
    ("Deutsche Bank climbed 3.1%, and Barclays raised its price target on the lender.", "en"),
], ids=["other-bank-judged", "two-movers", "two-movers-de", "no-judgement", "own-clause"])
def test_no_coverage_where_the_judgement_is_not_the_movers(extractor: Extractor, body: str,
                                                             lang: str) -> None:
    found = _covers(extractor, body, lang)
    assert ("Barclays", "Deutsche Bank") not in found
    assert ("Barclays", "Commerzbank") not in found


def test_a_stake_raised_after_a_move_is_no_coverage(extractor: Extractor) -> None:
    found = triples(run_in(extractor, "Deutsche Bank climbed 3.1% after Barclays raised its stake in "
                                      "the lender.", "en"))
    assert ("Barclays", "covers", "Deutsche Bank") not in found


# -- 2. a plural title's employer is both names' ---------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Analysts Jane Doe and John Roe at Barclays cut their price target on Siemens.", "en"),
    ("Analysts Jane Doe and John Roe of Barclays expect Siemens to beat forecasts.", "en"),
    ("Die Analysten Jane Doe und John Roe von Barclays senkten das Kursziel für Siemens.", "de"),
], ids=["en-at", "en-of", "de-von"])
def test_both_analysts_a_plural_title_lists_work_for_the_house(extractor: Extractor, body: str,
                                                                lang: str) -> None:
    found = _works_for(extractor, body, lang)
    assert found == {("Jane Doe", "Barclays"), ("John Roe", "Barclays")}


def test_a_singular_title_keeps_the_first_names_employer_open(extractor: Extractor) -> None:
    found = _works_for(extractor, "Analyst Jane Doe and John Roe at Barclays cut their price "
                                  "target on Siemens.", "en")
    assert ("John Roe", "Barclays") in found
    assert ("Jane Doe", "Barclays") not in found


def test_analysts_quoted_without_an_employer_get_none(extractor: Extractor) -> None:
    found = _works_for(extractor, "Analysts Jane Doe and John Roe said Siemens would beat forecasts, "
                                  "Barclays noted.", "en")
    assert not any(person in ("Jane Doe", "John Roe") for person, _ in found)


# -- 3. a holder whose clause leaves out the verb and the company held -----------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Die Allianz hält rund 12 Prozent an Siemens, der Vermögensverwalter BlackRock gut 10 Prozent.",
     "de"),
    ("Die Allianz ist mit 9,7 Prozent an Siemens beteiligt, der Fondsanbieter BlackRock mit 6,2 "
     "Prozent.", "de"),
    ("Allianz holds a 12% stake in Siemens, BlackRock about 10%.", "en"),
    ("Allianz holds 12% of Siemens and BlackRock 10%.", "en"),
], ids=["de-haelt", "de-beteiligt", "en-comma", "en-and"])
def test_a_gapped_holder_holds_a_stake_in_the_same_company(extractor: Extractor, body: str,
                                                            lang: str) -> None:
    found = triples(run_in(extractor, body, lang))
    assert ("Allianz", "investsIn", "Siemens") in found
    assert ("BlackRock", "investsIn", "Siemens") in found
    assert ("BlackRock", "investsIn", "Allianz") not in found


@pytest.mark.parametrize(("body", "lang"), [
    # the second clause has a verb of its own
    ("Die Allianz hält 12 Prozent an Siemens, der Vermögensverwalter BlackRock wuchs um 10 Prozent.",
     "de"),
    ("Die Allianz hält 12 Prozent an Siemens, während BlackRock 10 Prozent verlor.", "de"),
    # the stake was sold: nothing is held, by either
    ("Allianz sold its 12% stake in Siemens, BlackRock about 10%.", "en"),
    # no stake sized before the gap: the percentage is a move, not a share of the same company
    ("Siemens rose 12% after Allianz bought a stake in SAP, BlackRock 10%.", "en"),
], ids=["de-own-verb", "de-while", "en-sold", "en-unsized"])
def test_no_gapped_holder_without_the_gap(extractor: Extractor, body: str, lang: str) -> None:
    found = triples(run_in(extractor, body, lang))
    assert not any(s == "BlackRock" and p == "investsIn" for s, p, _ in found)


def test_a_gapped_holder_of_the_articles_company(extractor: Extractor) -> None:
    body = ("Die Reederei Hapag-Lloyd meldete am Montag Zahlen. Der Staatsfonds Allianz hält rund "
            "12 Prozent, der Vermögensverwalter BlackRock gut 10 Prozent.")
    found = triples(run_in(extractor, body, "de"))
    assert ("Allianz", "investsIn", "Hapag-Lloyd") in found
    assert ("BlackRock", "investsIn", "Hapag-Lloyd") in found


def test_no_gapped_holder_of_the_articles_company_with_a_verb(extractor: Extractor) -> None:
    body = ("Die Reederei Hapag-Lloyd meldete am Montag Zahlen. Der Staatsfonds Allianz hält rund "
            "12 Prozent, der Vermögensverwalter BlackRock verkaufte 10 Prozent.")
    found = triples(run_in(extractor, body, "de"))
    assert ("BlackRock", "investsIn", "Hapag-Lloyd") not in found


# -- 4. a product fronted before an inverted supply verb -------------------------------------

@pytest.mark.parametrize(("body", "supplier", "customer"), [
    ("Für den Eurofighter liefert Hensoldt zudem Radarkomponenten an Airbus.", "Hensoldt", "Airbus"),
    ("Für das iPhone liefert Infineon Chips an Apple.", "Infineon Technologies", "Apple"),
], ids=["eurofighter", "iphone"])
def test_a_fronted_product_leaves_the_subject_after_the_verb(extractor: Extractor, body: str,
                                                              supplier: str, customer: str) -> None:
    found = triples(run_in(extractor, body, "de"))
    assert (supplier, "supplierOf", customer) in found
    assert (customer, "supplierOf", supplier) not in found


def test_a_fronted_company_still_blocks_the_inverted_reading(extractor: Extractor) -> None:
    # the company fronted in the relative clause builds the jet; whom the radars go to is no
    # company the sentence names
    found = triples(run_in(extractor, "Für den Eurofighter, den Airbus baut, liefert Hensoldt Radare "
                                      "an die Luftwaffe.", "de"))
    assert not any(p == "supplierOf" for _, p, _ in found)
