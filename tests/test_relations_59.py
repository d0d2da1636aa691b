"""Partners and takeovers read from the subject a clause really has.

* "X counts Y among its partners in AI, and signed a deal with Z" (and "X zählt Y zu seinen
  Partnern und unterzeichnete einen Vertrag mit Z"): a second verb joined by "and" past a
  phrase opened by a preposition shares the clause's subject X, never the object Y; not where
  a name, a pronoun, an article or a relative clause opens the second verb's clause.
* "X partners with Y, but the relationship could turn into rivalry": a modal of a later clause
  with a subject of its own speaks of that clause only, the partnership told before it stays;
  a deal inside that clause, and a sentence whose own deal is only possible, give none.
* "A und B haben Chips von X gekauft": a perfect with "haben" is active, X bought no one;
  "Y wurde von X übernommen", "Y ist von X gekauft worden" stay takeovers.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _pairs(extractor: Extractor, body: str, lang: str, predicate: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in triples(run(extractor, body, lang)) if p == predicate}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Siemens counts Nvidia among its partners in industrial AI, and signed a deal with SAP "
     "last year.", "en", {frozenset(("Siemens", "Nvidia")), frozenset(("Siemens", "SAP"))}),
    ("Siemens counts Nvidia among its partners in industrial AI and signed a deal with SAP.", "en",
     {frozenset(("Siemens", "Nvidia")), frozenset(("Siemens", "SAP"))}),
    ("Siemens supplies Nvidia with parts for its servers in Texas and struck a deal with SAP.",
     "en", {frozenset(("Siemens", "SAP"))}),
    ("Siemens zählt Nvidia zu seinen Partnern und unterzeichnete einen Vertrag mit SAP.", "de",
     {frozenset(("Siemens", "SAP"))}),
    ("Siemens zählt Nvidia zu seinen wichtigsten Partnern in der Industrie und hat einen Vertrag "
     "mit SAP unterzeichnet.", "de", {frozenset(("Siemens", "SAP"))}),
    # look-alikes: the object's own verb, a relative clause on the object
    ("Siemens said Nvidia builds chips in Asia and signed a deal with SAP.", "en",
     {frozenset(("Nvidia", "SAP"))}),
    ("Siemens invested in Nvidia, which makes chips in Asia and signed a deal with SAP.", "en",
     {frozenset(("Nvidia", "SAP"))}),
])
def test_second_verb_shares_the_clause_subject(extractor: Extractor, body: str, lang: str,
                                               expected: set[frozenset[str]]) -> None:
    assert _pairs(extractor, body, lang, "partnerOf") == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Siemens partners with Microsoft on industrial AI, but the relationship could turn into "
     "rivalry.", "en", {frozenset(("Siemens", "Microsoft"))}),
    ("Siemens partners with Microsoft, but the relationship may sour.", "en",
     {frozenset(("Siemens", "Microsoft"))}),
    ("Siemens arbeitet mit Microsoft zusammen, aber die Beziehung könnte in Rivalität umschlagen.",
     "de", {frozenset(("Siemens", "Microsoft"))}),
    # a deal inside the modal's clause is only possible
    ("Siemens partners with Microsoft, and the software group may also work with SAP.", "en",
     {frozenset(("Siemens", "Microsoft"))}),
    # look-alikes: the sentence's own deal is only possible, or only talked of
    ("Siemens could partner with Microsoft, but the relationship might turn into rivalry.", "en",
     set()),
    ("Siemens is in talks with Microsoft, but the deal could be signed soon.", "en", set()),
    ("Siemens könnte mit Microsoft zusammenarbeiten, aber die Beziehung könnte in Rivalität "
     "umschlagen.", "de", set()),
])
def test_modal_of_a_later_clause(extractor: Extractor, body: str, lang: str,
                                 expected: set[frozenset[str]]) -> None:
    assert _pairs(extractor, body, lang, "partnerOf") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Alibaba und Tencent haben jeweils Chips von Nvidia gekauft.", set()),
    ("Siemens hat die Sparte von Bosch gekauft.", set()),
    # look-alikes: passives keep the buyer after "von"
    ("Covestro wurde 2024 von Siemens übernommen.", {("Siemens", "Covestro")}),
    ("Covestro ist von Siemens gekauft worden.", {("Siemens", "Covestro")}),
])
def test_active_perfect_is_no_takeover(extractor: Extractor, body: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, p, o in triples(run(extractor, body, "de")) if p == "acquired"} == expected
