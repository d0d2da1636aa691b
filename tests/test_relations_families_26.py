"""Relation families of round 26, on sentences written for the test.

* "A competes with B and Japan's C": a place in the possessive qualifies the next item, the
  list goes on with C; a place before a lower-case noun ends nothing and names no rival.
* "A and B compete in X" / "A und B konkurrieren um X": the pair rival each other; not where
  they compete with a third ("A and B compete with C") or to do something.
* "X is (also) a partner of Y", "X is Y's partner", "X ist Partner von Y": partners; a former
  partner is none, nor a name that does not follow the noun at once.
* "Wichtigster Wettbewerber von X ist der österreichische Hersteller Y": the copula may take an
  adjective before the noun describing Y; adverbs ("nicht mehr") still stop it.
* "X: Der italienische Versorger aus Rom …", "X: Beim Hersteller von Y aus Koblenz …": the name
  opening the sentence before a colon sits at the place; not where a rival noun describes another,
  or another organisation stands between.
* "X hat mit seinem Wirkstoffkandidaten Y …": a drug candidate is a product noun; without the
  possessive ("mit dem Wirkstoffkandidaten Y von Z") nothing is read.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[frozenset[str]]:
    """The pairs of a predicate, order-free: the symmetric ones may come either way."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == predicate}


def test_possessive_place_continues_the_rival_list(extractor: Extractor) -> None:
    x = run(extractor, "In China, Fanuc competes with Yaskawa Electric and Switzerland's ABB.",
            "en", "Robot news")
    assert _of(x, "competitorOf") == {frozenset(("Fanuc", "Yaskawa Electric")), frozenset(("Fanuc", "ABB"))}


def test_possessive_place_continues_a_supplier_list(extractor: Extractor) -> None:
    x = run(extractor, "BMW buys its chips from Infineon and Korea's Samsung Electronics.", "en", "Car news")
    assert ("Samsung Electronics", "supplierOf", "BMW") in triples(x)


def test_possessive_place_before_a_common_noun_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Fanuc competes with Yaskawa Electric in Switzerland's robot market.", "en", "Robot news")
    assert _of(x, "competitorOf") == {frozenset(("Fanuc", "Yaskawa Electric"))}


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Caterpillar and Deere compete in construction equipment."),
    ("en", "Caterpillar and Deere compete for the same farm customers."),
    ("de", "Caterpillar und Deere konkurrieren um Aufträge aus der Landwirtschaft."),
])
def test_pair_that_competes(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang, "Machinery")
    assert frozenset(("Caterpillar", "Deere & Company")) in _of(x, "competitorOf")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Caterpillar and Deere compete with Komatsu in construction equipment."),
    ("en", "Caterpillar and Deere compete to win the order from the army."),
    ("de", "Caterpillar und Deere konkurrieren mit Komatsu um Aufträge."),
])
def test_pair_competing_with_a_third_is_no_pair_of_rivals(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang, "Machinery")
    assert frozenset(("Caterpillar", "Deere & Company")) not in _of(x, "competitorOf")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Siemens is also a partner of Shell in a Canadian gas project."),
    ("en", "Siemens is Shell's partner in a Canadian gas project."),
    ("de", "Siemens ist auch Partner von Shell bei einem Gasprojekt in Kanada."),
    ("de", "Siemens ist ein langjähriger Partner des Ölkonzerns Shell."),
])
def test_is_a_partner_of(extractor: Extractor, lang: str, body: str) -> None:
    assert frozenset(("Siemens", "Shell")) in _of(run(extractor, body, lang, "Energy"), "partnerOf")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Siemens is a former partner of Shell."),
    ("en", "Siemens is Shell's former partner."),
    ("en", "Siemens is a partner of the fund that Shell runs."),
    ("en", "Siemens is a partner of Quorvix in Texas, and Shell declined to comment."),
    ("de", "Siemens ist ein früherer Partner von Shell."),
])
def test_is_a_partner_look_alikes(extractor: Extractor, lang: str, body: str) -> None:
    assert not _of(run(extractor, body, lang, "Energy"), "partnerOf")


def test_copula_takes_an_adjective_before_the_noun(extractor: Extractor) -> None:
    x = run(extractor, "Wichtigster Wettbewerber von BMW ist der bayerische Autohersteller Audi.",
            "de", "Autos")
    assert _of(x, "competitorOf") == {frozenset(("Audi", "BMW"))}


def test_copula_with_adverbs_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Wichtigster Wettbewerber von BMW ist nicht mehr Audi.", "de", "Autos")
    assert not _of(x, "competitorOf")


@pytest.mark.parametrize(("body", "place"), [
    ("Enel: Der italienische Versorger aus Rom zahlt eine Dividende von 0,48 Euro.", "Rome"),
    ("Siemens: Beim Hersteller von Zügen und Turbinen aus München hat die Baader Bank das Votum "
     "angehoben.", "Munich"),
])
def test_colon_lead_sits_at_the_descriptors_place(extractor: Extractor, body: str, place: str) -> None:
    x = run(extractor, body, "de", "Dividenden")
    company = "Enel" if body.startswith("Enel") else "Siemens"
    assert (company, "locatedIn", place) in triples(x)


@pytest.mark.parametrize("body", [
    "Enel: Der Rivale aus Rom zahlt eine Dividende.",
    "Siemens: Bei Bosch, dem Hersteller aus Stuttgart, läuft es besser.",
])
def test_colon_lead_look_alikes(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "Dividenden")
    assert not {(s, o) for s, p, o in triples(x) if p == "locatedIn" and s in ("Enel", "Siemens")}


def test_drug_candidate_after_a_possessive(extractor: Extractor) -> None:
    x = run(extractor, "Evotec hat mit seinem Wirkstoffkandidaten EVT-401 in einer Studie das "
                       "Hauptziel erreicht.", "de", "Biotech")
    assert ("Evotec", "develops", "EVT-401") in triples(x)


def test_drug_candidate_without_a_possessive(extractor: Extractor) -> None:
    x = run(extractor, "Evotec hat mit dem Wirkstoffkandidaten EVT-401 von Bayer das Hauptziel "
                       "erreicht.", "de", "Biotech")
    assert not {t for t in triples(x) if t[1] == "develops"}
