"""Relation and people forms, on sentences written for the test.

* "Volvo's unit Renault Trucks": a unit whose own name opens with a catalogued company's
  ("Renault") belongs to the company named in the possessive before its cue, not to the one
  inside its name; so does the one company named before "its unit". Without a possessor the
  name's company stays the owner ("the unit Acme Italia").
* "delivered fewer trucks than Scania", "lieferte weniger Lastwagen aus als Scania": a company
  compared with receives nothing, so no supplierOf; a number after "than" ("sold more than
  10,000 trucks to X") keeps the supply.
* "die Allianz, den die X 2010 übernommen hatte", "die Y, die der Konzern X übernommen hat",
  "X, die den Konkurrenten Y übernommen hatte", "X, der Y übernommen hatte": a German relative
  clause with its verb last gives the takeover where the case says who bought whom.
  "Y, die die X übernommen hatte" leaves two readings and gives none, nor does a negated clause
  or another verb.
* "co-presidents X and Y", "die Co-Chefs X und Y": a title in the plural is each person's, and
  the employer is found as for the singular title; a plural of no employer (economists) gives
  none.
* "Acme's board, chaired by X", "der Aufsichtsrat der Acme unter Vorsitz von X": the board's
  chair works for the board's company; a committee or panel chaired by someone gives no
  worksFor.

The company names are real catalogue entries with invented facts.
"""

from __future__ import annotations

import pytest
from helpers import labels, run_in, triples

from kg.nlp.extract import Extractor


def _works_for(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str, str | None]]:
    """The worksFor relations of ``body`` as (person, employer, role)."""
    x = run_in(extractor, body, lang)
    return {(r.subject, r.object, r.role) for r in x.relations if r.predicate == "worksFor"}


# -- 1. the possessor owns the unit, a comparison is no supply --------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Volvo's unit Renault Trucks delivered fewer trucks than Scania in the third quarter.", "en"),
    ("Die Volvo-Tochter Renault Trucks lieferte im dritten Quartal weniger Lastwagen aus als Scania.",
     "de"),
], ids=["en", "de"])
def test_the_possessor_owns_the_unit_and_a_comparison_is_no_supply(extractor: Extractor, body: str,
                                                                    lang: str) -> None:
    found = triples(run_in(extractor, body, lang))
    assert ("Renault Trucks", "subsidiaryOf", "Volvo") in found
    assert ("Renault Trucks", "subsidiaryOf", "Renault") not in found
    assert not any(p == "supplierOf" for _, p, _ in found)


@pytest.mark.parametrize(("body", "owner", "not_owner"), [
    ("Volvo said its unit Renault Trucks would cut jobs.", "Volvo", "Renault"),
    ("Renault said its unit Renault Trucks would cut jobs.", "Renault", "Volvo"),
], ids=["other-company", "same-company"])
def test_a_possessive_pronoun_stands_for_the_one_company_before(extractor: Extractor, body: str,
                                                                owner: str, not_owner: str) -> None:
    found = triples(run_in(extractor, body, "en"))
    assert ("Renault Trucks", "subsidiaryOf", owner) in found
    assert ("Renault Trucks", "subsidiaryOf", not_owner) not in found


def test_a_unit_without_a_possessor_stays_its_names_company(extractor: Extractor) -> None:
    found = triples(run_in(extractor, "Renault's unit Renault Trucks raised its prices.", "en"))
    assert ("Renault Trucks", "subsidiaryOf", "Renault") in found


@pytest.mark.parametrize("body", [
    "Renault Trucks sold more than 10,000 trucks to Scania last year.",
    "Renault Trucks supplies more engines to Scania than a year ago.",
], ids=["number-after-than", "than-after-the-name"])
def test_a_supply_with_a_comparison_elsewhere_stays(extractor: Extractor, body: str) -> None:
    found = triples(run_in(extractor, body, "en"))
    assert any(p == "supplierOf" and o == "Scania" for _, p, o in found)


# -- 3. German verb-final relative clauses of a takeover ----------------------------------------

@pytest.mark.parametrize(("body", "buyer", "bought"), [
    ("Der Versicherer Allianz, den die Deutsche Bank 2010 übernommen hatte, meldete höhere Gewinne.",
     "Deutsche Bank", "Allianz"),
    ("Die Commerzbank, die der Konzern Deutsche Bank 2010 übernommen hatte, meldete höhere Gewinne.",
     "Deutsche Bank", "Commerzbank"),
    ("Die Deutsche Bank, die den Konkurrenten Commerzbank 2010 übernommen hatte, meldete höhere "
     "Gewinne.", "Deutsche Bank", "Commerzbank"),
    ("Der Autobauer Volkswagen, der Scania 2008 übernommen hatte, meldete höhere Gewinne.",
     "Volkswagen", "Scania"),
    ("Die Commerzbank, die 2010 von der Deutschen Bank übernommen worden war, meldete höhere Gewinne.",
     "Deutsche Bank", "Commerzbank"),
], ids=["den-object", "der-subject-after-die", "den-article-object", "der-subject", "passive"])
def test_a_verb_final_relative_clause_names_the_takeover(extractor: Extractor, body: str, buyer: str,
                                                         bought: str) -> None:
    found = triples(run_in(extractor, body, "de"))
    assert (buyer, "acquired", bought) in found
    assert (bought, "acquired", buyer) not in found


@pytest.mark.parametrize("body", [
    "Die Commerzbank, die die Deutsche Bank 2010 übernommen hatte, meldete höhere Gewinne.",
    "Der Versicherer Allianz, den die Deutsche Bank nicht übernommen hatte, meldete höhere Gewinne.",
    "Der Versicherer Allianz, den die Deutsche Bank 2010 beraten hatte, meldete höhere Gewinne.",
    "Die Commerzbank, die den Konkurrenten Deutsche Bank 2010 überholt hatte, meldete höhere Gewinne.",
], ids=["two-readings", "negated", "other-verb", "other-verb-den"])
def test_a_relative_clause_without_one_takeover_reading_gives_none(extractor: Extractor, body: str) -> None:
    assert not any(p == "acquired" for _, p, _ in triples(run_in(extractor, body, "de")))


# -- 4. a title in the plural before two names ---------------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Spotify named co-presidents Alex Norström and Gustav Söderström on Tuesday.", "en"),
    ("Die Co-Chefs Alex Norström und Gustav Söderström führen Spotify seit 2023.", "de"),
], ids=["en", "de"])
def test_a_plural_title_is_each_persons(extractor: Extractor, body: str, lang: str) -> None:
    employers = {(person, org) for person, org, role in _works_for(extractor, body, lang) if role}
    assert employers == {("Alex Norström", "Spotify"), ("Gustav Söderström", "Spotify")}


def test_a_plural_title_of_no_employer_gives_none(extractor: Extractor) -> None:
    body = "Spotify shares rose on Monday. Economists Jane Doe and John Roe expect rates to fall."
    x = run_in(extractor, body, "en")
    assert {"Jane Doe", "John Roe"} <= labels(x)
    assert not any(r.predicate == "worksFor" for r in x.relations)


# -- 5. the chair of a company's board ------------------------------------------------------------

@pytest.mark.parametrize(("body", "lang", "person", "company"), [
    ("Banco BPM's board, chaired by Massimo Tononi, backed the deal.", "en", "Massimo Tononi",
     "Banco BPM"),
    ("UniCredit said the board of Banco BPM, chaired by Massimo Tononi, rejected the offer.", "en",
     "Massimo Tononi", "Banco BPM"),
    ("Der Aufsichtsrat der Commerzbank unter Vorsitz von Jens Weidmann stimmte dem Angebot zu.", "de",
     "Jens Weidmann", "Commerzbank"),
    ("Die UniCredit legte nach. Der Commerzbank-Aufsichtsrat unter dem Vorsitz von Jens Weidmann "
     "lehnte das Angebot ab.", "de", "Jens Weidmann", "Commerzbank"),
], ids=["en-possessive", "en-of-after-another", "de-genitive", "de-compound"])
def test_the_chair_works_for_the_boards_company(extractor: Extractor, body: str, lang: str, person: str,
                                                company: str) -> None:
    employers = {(p, org) for p, org, _ in _works_for(extractor, body, lang)}
    assert employers == {(person, company)}


@pytest.mark.parametrize(("body", "lang"), [
    ("Banco BPM shares rose. The Senate committee, chaired by Jane Doe, questioned UniCredit.", "en"),
    ("UniCredit's offer won support from the panel, chaired by Jane Doe.", "en"),
    ("Die Commerzbank-Aktie stieg. Die Kommission unter Vorsitz von Ursula von der Leyen prüft das "
     "Angebot der UniCredit.", "de"),
], ids=["committee", "panel", "kommission"])
def test_a_body_that_is_no_board_gives_no_employer(extractor: Extractor, body: str, lang: str) -> None:
    assert not _works_for(extractor, body, lang)
