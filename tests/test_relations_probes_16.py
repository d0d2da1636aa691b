"""Relations of the sixteenth round, on sentences written for the test: the investors
who lead or join a funding round back the company raising it, the article's own; a
takeover offer for a company by a bidder named after it is the bidder's, and so is an offer the
bidder raises; a rival phrase opening a German sentence is its subject, so a name in the
next clause is no rival of the one named; in English and German.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire, or must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- investors leading or joining a funding round ------------------------------------------


def test_investors_leading_a_series_round_back_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Anthropic raised $10 billion in new money. Nvidia and SoftBank led the "
            "Series F round, the company said.", "en", "Anthropic raises $10 billion")
    assert _of(x, "investsIn") == {("Nvidia", "Anthropic"), ("SoftBank Group", "Anthropic")}


def test_investor_joining_a_funding_round_backs_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI raised 2 billion euros. Microsoft joined the funding round.",
            "en", "Mistral raises money")
    assert _of(x, "investsIn") == {("Microsoft", "Mistral AI")}


def test_round_led_in_a_named_company_backs_that_company(extractor: Extractor) -> None:
    # look-alike: the round is named as one in another company, not in the article's own
    x = run(extractor, "Anthropic raised money. Nvidia led the funding round in Mistral AI.",
            "en", "Anthropic raises money")
    assert _of(x, "investsIn") == {("Nvidia", "Mistral AI")}


def test_round_of_talks_is_no_funding(extractor: Extractor) -> None:
    x = run(extractor, "Siemens led the round of talks with Bosch.", "en", "Siemens talks")
    assert _of(x, "investsIn") == set()


def test_german_investors_leading_a_round_back_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Anthropic hat zehn Milliarden Dollar eingesammelt. Nvidia und SoftBank "
            "führten die Finanzierungsrunde an.", "de", "Anthropic sammelt Geld ein")
    assert _of(x, "investsIn") == {("Nvidia", "Anthropic"), ("SoftBank Group", "Anthropic")}


def test_german_investor_taking_part_in_a_round_backs_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI hat Geld eingesammelt. Microsoft beteiligte sich ebenfalls an "
            "der Finanzierungsrunde.", "de", "Mistral sammelt Geld ein")
    assert _of(x, "investsIn") == {("Microsoft", "Mistral AI")}


def test_german_talks_led_are_no_funding(extractor: Extractor) -> None:
    x = run(extractor, "Siemens führte die Gespräche mit Bosch an.", "de", "Siemens")
    assert _of(x, "investsIn") == set()


# --- a takeover offer with its bidder after the target ---------------------------------------


def test_offer_for_a_target_by_a_bidder_is_the_bidders(extractor: Extractor) -> None:
    x = run(extractor, "Shareholders welcomed the takeover offer for Covestro by Siemens.", "en")
    assert _of(x, "acquired") == {("Siemens", "Covestro")}


def test_bid_for_a_target_by_a_deadline_names_no_bidder(extractor: Extractor) -> None:
    # look-alike: "by" opens a date, and the bidder stands before the offer
    x = run(extractor, "Siemens made a takeover offer for Covestro by the deadline.", "en")
    assert _of(x, "acquired") <= {("Siemens", "Covestro")}


def test_german_offer_for_a_target_by_a_bidder_is_the_bidders(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktionäre begrüßten das Übernahmeangebot für Covestro von Siemens.", "de")
    assert _of(x, "acquired") == {("Siemens", "Covestro")}


def test_german_offer_priced_and_checked_by_a_regulator_names_no_bidder(extractor: Extractor) -> None:
    # look-alike: "von" opens the price, the regulator after it only checks the offer
    x = run(extractor, "Das Übernahmeangebot für Covestro von 62 Euro je Aktie wurde von der BaFin "
            "geprüft.", "de")
    assert _of(x, "acquired") == set()


# --- an offer raised --------------------------------------------------------------------------


def test_bidder_raising_its_offer_bids_for_the_target(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sweetened its $20 billion bid for Covestro.", "en")
    assert _of(x, "acquired") == {("Siemens", "Covestro")}


def test_offer_raised_for_a_stake_is_no_takeover(extractor: Extractor) -> None:
    # look-alike: the offer is for a stake, a holding and no takeover
    x = run(extractor, "Siemens raised its offer for a stake in Covestro.", "en")
    assert _of(x, "acquired") == set()


def test_german_bidder_raising_its_offer_bids_for_the_target(extractor: Extractor) -> None:
    x = run(extractor, "Siemens erhöht ihr Angebot für Covestro.", "de")
    assert _of(x, "acquired") == {("Siemens", "Covestro")}


def test_german_offer_raised_for_a_stake_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens erhöht das Angebot für eine Beteiligung an Covestro.", "de")
    assert _of(x, "acquired") == set()


# --- a rival phrase opening the sentence ---------------------------------------------------------


def test_opening_rival_phrase_rivals_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Sony steigert den Umsatz. Der größte Rivale Microsoft hat zuletzt an Boden "
            "verloren, Nintendo legt dagegen zu.", "de", "Sony steigert Umsatz")
    assert _of(x, "competitorOf") == {("Sony Group", "Microsoft")}


def test_rival_phrase_after_a_preposition_rivals_the_clause_subject(extractor: Extractor) -> None:
    # look-alike: the phrase is governed by "Mit", the name after it is the sentence's subject
    x = run(extractor, "Mit dem Rivalen Microsoft liefert sich Nintendo einen Preiskampf.", "de")
    assert _of(x, "competitorOf") == {("Nintendo", "Microsoft")}
