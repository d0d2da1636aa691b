"""Relations that a second verb, a possessed noun, a venture's apposition, a later clause of
talks or a unit compound used to misread, on sentences written for the test.

* "X baut Pumpen für Netze und beliefert A sowie B": a name after a second verb of the
  subject's is that verb's object, never an item of the first verb's list.
* "X holds 30% of Y's orders": a share of something the possessor has is no stake in it;
  "holds 3% of Y's voting rights" or "of Y" is.
* "X, ein Joint Venture mit Y": the name the venture's noun describes is the venture, no
  partner of its owner; "X gründet ein Joint Venture mit Y" keeps the partnership.
* "X liefert an A und B, Y verhandelt über …": a cue of talks right after the subject of a
  later clause holds for that clause only; a cue of the first clause still cancels it.
* "beliefert die Eon-Tochter Westenergie": the named unit receives, not its owner.

Companies are real catalogue entries; the facts are invented. Each reading has a look-alike
beside it that must keep its other reading.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- a second verb ends the list of the first ----------------------------------------------------

def test_a_second_verb_takes_the_names_after_it(extractor: Extractor) -> None:
    x = run(extractor, "Siemens baut Turbinen für Netze und beliefert BASF sowie Bayer.", "de")
    assert {r.evidence.extractor for r in x.relations if r.predicate == "supplierOf"} \
        .isdisjoint({"relations/de/supplierOf-makes-for"})


def test_a_list_after_fuer_keeps_every_name(extractor: Extractor) -> None:
    x = run(extractor, "Siemens baut Turbinen für BASF und Bayer.", "de")
    assert _of(x, "supplierOf") == {("Siemens", "BASF"), ("Siemens", "Bayer")}


# --- a possessed noun after "of" is no stake -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Allianz holds 30% of BMW's orders for electric cars.",
    "Allianz owns 12% of BMW's dealer network.",
])
def test_a_share_of_a_possessed_thing_is_no_stake(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "en", "Market report"), "investsIn")


@pytest.mark.parametrize("body", [
    "Allianz holds 3% of BMW's voting rights.",
    "Allianz holds 3% of BMW.",
])
def test_a_share_of_the_company_or_its_shares_is_a_stake(extractor: Extractor, body: str) -> None:
    assert _of(run(extractor, body, "en", "Market report"), "investsIn") == {("Allianz", "BMW")}


# --- a joint venture is no partner of its owner --------------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Vantage Towers, ein Joint Venture mit KKR, baut neue Funkmasten.", "de"),
    ("Vantage Towers, a joint venture with KKR, builds new masts.", "en"),
])
def test_the_venture_apposed_is_no_partner(extractor: Extractor, body: str, lang: str) -> None:
    assert not _of(run(extractor, body, lang), "partnerOf")


@pytest.mark.parametrize(("body", "lang"), [
    ("Vodafone gründet ein Joint Venture mit KKR.", "de"),
    ("Vodafone formed a joint venture with KKR.", "en"),
])
def test_a_company_forming_a_venture_is_a_partner(extractor: Extractor, body: str, lang: str) -> None:
    assert _of(run(extractor, body, lang), "partnerOf") == {("Vodafone", "KKR")}


# --- a cue of talks holds for its own clause -----------------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Schaeffler liefert Lager an BMW und Audi, Bosch verhandelt über einen Großauftrag.", "de"),
    ("Schaeffler supplies bearings to BMW and Audi, and Bosch is in talks with Stellantis.", "en"),
])
def test_talks_of_a_later_clause_leave_the_first_real(extractor: Extractor, body: str, lang: str) -> None:
    assert _of(run(extractor, body, lang), "supplierOf") >= {("Schaeffler", "BMW"), ("Schaeffler", "Audi")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Schaeffler liefert Lager an BMW und Audi und verhandelt über einen Großauftrag.", "de"),
    ("Schaeffler verhandelt über Lieferungen an BMW und Audi, Bosch baut Bremsen.", "de"),
    ("Siemens will buy Osram, Bosch said, citing talks.", "en"),
])
def test_talks_of_the_first_clause_or_a_speaker_cancel_it(extractor: Extractor, body: str,
                                                         lang: str) -> None:
    x = run(extractor, body, lang)
    assert not _of(x, "supplierOf") and not _of(x, "acquired")


# --- the named unit of a compound receives -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Siemens beliefert die BASF-Tochter Wintershall.",
    "Siemens beliefert die Stadtwerke München sowie die Eon-Tochter Westenergie.",
])
def test_the_named_unit_receives(extractor: Extractor, body: str) -> None:
    found = _of(run(extractor, body, "de"), "supplierOf")
    assert ("Siemens", "Wintershall") in found or ("Siemens", "Westenergie") in found
    assert not found & {("Siemens", "BASF"), ("Siemens", "E.ON")}


def test_two_names_joined_both_receive(extractor: Extractor) -> None:
    x = run(extractor, "Siemens beliefert Eon und Westenergie.", "de")
    assert _of(x, "supplierOf") == {("Siemens", "E.ON"), ("Siemens", "Westenergie")}
