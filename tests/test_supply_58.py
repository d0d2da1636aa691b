"""Supply readings that must not go to a company the sentence only sets beside the user:

* "Volvo, unlike Daimler Truck, uses Nvidia chips": a phrase of contrast set off by commas
  ("unlike X", "as opposed to X", "anders als X", "im Gegensatz zu X") names no party of the
  verb; the clause's subject is the user. A comparison ("like X") keeps its reading, and a rival
  noun inside the phrase still names a rival;
* "Volvo said rivals use Nvidia chips": a plural of unnamed parties right before the verb
  ("rivals", "many carmakers", "Konkurrenten", "viele Hersteller") is its subject, so neither
  the company speaking nor the maker of the goods is a user or a rival;
* "Die Siemens-Tochter liefert Chips an Dell", "A subsidiary of Siemens supplies Dell": a unit
  the sentence does not name supplies, not its parent; a named unit supplies in its place.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run_in, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run_in(extractor, body, lang)) if p == predicate}


# --- a phrase of contrast names no user ----------------------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Volvo, unlike Daimler Truck, uses Nvidia chips in its trucks.", "en"),
    ("Volvo, as opposed to Daimler Truck, buys Nvidia chips.", "en"),
    ("Volvo, in contrast to Daimler Truck, uses Nvidia chips.", "en"),
    ("Volvo, anders als Daimler Truck, nutzt Nvidia-Chips.", "de"),
    ("Volvo, im Gegensatz zu Daimler Truck, nutzt Nvidia-Chips.", "de"),
])
def test_contrast_phrase_names_no_user(extractor: Extractor, body: str, lang: str) -> None:
    facts = _facts(extractor, body, lang, "supplierOf")
    assert ("Nvidia", "Daimler Truck") not in facts
    assert ("Nvidia", "Volvo") in facts


def test_contrast_phrase_opening_the_sentence(extractor: Extractor) -> None:
    facts = _facts(extractor, "Unlike Daimler Truck, Volvo uses Nvidia chips.", "en", "supplierOf")
    assert facts == {("Nvidia", "Volvo")}


def test_contrast_phrase_names_no_buyer(extractor: Extractor) -> None:
    # "kauft" before the contrast: the name in it is bought by no one
    facts = triples(run_in(extractor, "Volvo kauft, anders als Daimler Truck, Nvidia-Chips.", "de"))
    assert ("Volvo", "acquired", "Daimler Truck") not in facts


def test_comparison_keeps_its_user(extractor: Extractor) -> None:
    # "like X": X does as the subject does; the reading of the name before the verb stays
    facts = _facts(extractor, "Volvo, like Daimler Truck, uses Nvidia chips.", "en", "supplierOf")
    assert ("Nvidia", "Daimler Truck") in facts


def test_rival_in_contrast_phrase_stays_a_rival(extractor: Extractor) -> None:
    x = triples(run_in(extractor, "Volvo, unlike rival Daimler Truck, uses Nvidia chips.", "en"))
    assert ("Volvo", "competitorOf", "Daimler Truck") in x or ("Daimler Truck", "competitorOf", "Volvo") in x
    assert ("Nvidia", "supplierOf", "Daimler Truck") not in x


def test_contrast_phrase_without_closing_comma_is_left_alone(extractor: Extractor) -> None:
    # the phrase closes the sentence: the user before the verb is read as before
    facts = _facts(extractor, "Volvo uses Nvidia chips, unlike Daimler Truck.", "en", "supplierOf")
    assert facts == {("Nvidia", "Volvo")}


# --- a plural of unnamed parties is the verb's subject -------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Volvo said rivals use Nvidia chips.", "en"),
    ("Volvo said many carmakers use Nvidia chips.", "en"),
    ("Volvo said its customers buy Nvidia chips.", "en"),
    ("Volvo said other companies deploy Nvidia chips.", "en"),
    ("Volvo said some rivals source engine parts from Bosch.", "en"),
    ("Volvo erklärte, Konkurrenten nutzen Nvidia-Chips.", "de"),
    ("Volvo erklärte, viele Hersteller nutzen Nvidia-Chips.", "de"),
])
def test_generic_plural_subject_names_no_user(extractor: Extractor, body: str, lang: str) -> None:
    x = triples(run_in(extractor, body, lang))
    assert not {s for s, p, o in x if p == "supplierOf" and o == "Volvo"}
    assert not {p for _, p, _ in x} & {"supplierOf", "competitorOf"}


@pytest.mark.parametrize(("body", "lang"), [
    ("Volvo uses Nvidia chips.", "en"),
    ("Volvo said it uses Nvidia chips.", "en"),
    ("Volvo trucks use Nvidia chips.", "en"),
    ("Volvo nutzt Nvidia-Chips.", "de"),
])
def test_named_user_keeps_its_supplier(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Nvidia", "Volvo") in _facts(extractor, body, lang, "supplierOf")


def test_quantified_goods_after_the_verb_keep_their_buyer(extractor: Extractor) -> None:
    # "some engine parts" is the verb's object, after it: the name before the verb buys
    body = "Volvo will continue to source some engine parts from Bosch."
    assert ("Bosch", "Volvo") in _facts(extractor, body, "en", "supplierOf")


@pytest.mark.parametrize(("body", "lang"), [
    ("Volvo competes with rivals such as Daimler Truck.", "en"),
    ("Volvo hat mit Konkurrenten wie Daimler Truck zu kämpfen.", "de"),
])
def test_rival_list_keeps_its_reading(extractor: Extractor, body: str, lang: str) -> None:
    pairs = {frozenset(p) for p in _facts(extractor, body, lang, "competitorOf")}
    assert frozenset(("Volvo", "Daimler Truck")) in pairs


# --- a unit not named supplies, not its parent -----------------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Die Siemens-Tochter liefert Chips an Dell.", "de"),
    ("Eine Tochter von Siemens liefert Chips an Dell.", "de"),
    ("A Siemens unit supplies chips to Dell.", "en"),
    ("A subsidiary of Siemens supplies chips to Dell.", "en"),
])
def test_unnamed_unit_gives_its_parent_no_customer(extractor: Extractor, body: str, lang: str) -> None:
    assert not _facts(extractor, body, lang, "supplierOf")


@pytest.mark.parametrize(("body", "lang"), [
    ("Die Siemens-Tochter Siemens Healthineers liefert Geräte an Dell.", "de"),
    ("Siemens Healthineers, a Siemens unit, supplies scanners to Dell.", "en"),
])
def test_named_unit_supplies(extractor: Extractor, body: str, lang: str) -> None:
    assert _facts(extractor, body, lang, "supplierOf") == {("Siemens Healthineers", "Dell Technologies")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens liefert Chips an Dell.", "de"),
    ("Siemens supplies chips to Dell.", "en"),
])
def test_parent_named_alone_supplies(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Siemens", "Dell Technologies") in _facts(extractor, body, lang, "supplierOf")
