"""Relations of the twenty-fourth round, on sentences written for the test.

* A rival noun owned by a possessive name the catalogue does not know ("Foobarco's rival
  X") gives no rivalry: X rivals that name, not the sentence's other company; a known
  possessor ("Qualcomm's rival X") or a pronoun ("its rival X") keeps its rivalry.
* A rival noun governed by a second verb of the clause ("X holds a stake in Y and competes
  with rivals such as Z", "X hält Anteile an Y und kämpft mit Konkurrenten wie Z") names
  the clause subject's rivals, not those of the first verb's object.
* "The company, Japan's biggest chipmaker, counts X among its customers": a possessive
  name right after a company reference owns the apposition's noun; the reference still
  stands for the company before, which supplies X. A name in apposition ("The company,
  Advantest,") is the company meant.
* "die Siemens-Tochter X": the owner's name opens the compound and is no name the trigger
  word stands in, so a unit the catalogue does not know gets its parent.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


@pytest.mark.parametrize("body", [
    "Nvidia said Foobarco's rival AMD is growing fast.",
    "Nvidia said Foobarco's biggest rival AMD is growing fast.",
])
def test_rival_of_an_unknown_possessor_gives_no_rivalry(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Chip designers")
    assert _of(x, "competitorOf") == set()


def test_rival_of_an_unknown_possessor_is_not_the_articles(extractor: Extractor) -> None:
    x = run(extractor, "Foobarco's rival AMD is growing fast.", "en", "Nvidia")
    assert _of(x, "competitorOf") == set()


@pytest.mark.parametrize(("body", "rival"), [
    ("Nvidia said Qualcomm's rival AMD is growing fast.", "Qualcomm"),
    ("Nvidia said its rival AMD is growing fast.", "Nvidia"),
])
def test_rival_of_a_known_possessor_or_pronoun_stays(extractor: Extractor, body: str, rival: str) -> None:
    x = run(extractor, body, "en", "Chip designers")
    assert _of(x, "competitorOf") == {(rival, "Advanced Micro Devices")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Puma holds a stake in Borussia Dortmund and competes with rivals such as Adidas.", "en"),
    ("Puma hält Anteile an Borussia Dortmund und kämpft mit Konkurrenten wie Adidas.", "de"),
    ("Puma beliefert Borussia Dortmund und kämpft mit Konkurrenten wie Adidas.", "de"),
])
def test_rival_noun_of_a_second_verb_is_the_subjects(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Puma SE")
    assert _of(x, "competitorOf") == {("Puma SE", "Adidas")}


@pytest.mark.parametrize(("body", "lang"), [
    # the rival noun joined to the object, with no verb of its own: whose rivals is open
    ("Puma supplies Borussia Dortmund and its rivals such as Adidas.", "en"),
    ("Puma beliefert Borussia Dortmund und dessen Konkurrenten wie Adidas.", "de"),
])
def test_rival_noun_joined_to_the_object_gives_no_rivalry(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Puma SE")
    assert _of(x, "competitorOf") == set()


@pytest.mark.parametrize("body", [
    "Die Siemens-Tochter Foobar Robotics baut Roboter.",
    "Die Siemens-Sparte Foobar Robotics baut Roboter.",
])
def test_owner_compound_names_the_parent_of_an_unknown_unit(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "Roboter")
    assert _of(x, "subsidiaryOf") == {("Foobar Robotics", "Siemens")}


@pytest.mark.parametrize("body", [
    "Die frühere Siemens-Tochter Foobar Robotics baut Roboter.",
    "Allianz mit Rekordgewinn im dritten Quartal.",
])
def test_owner_compound_look_alikes_give_no_parent(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "Roboter")
    assert _of(x, "subsidiaryOf") == set()


_TEL = "Tokyo Electron closed down 3.8%. "


@pytest.mark.parametrize("apposition", [
    "Japan's biggest chip-equipment maker,",
    "Japan's biggest chip-equipment maker, gets 40% of its revenue from China and",
])
def test_reference_with_a_possessive_apposition_stays_a_reference(extractor: Extractor, apposition: str) -> None:
    body = f"{_TEL}The company, {apposition} counts Taiwan Semiconductor Manufacturing among its customers."
    x = run(extractor, body, "en", "Chip stocks fall")
    assert _of(x, "supplierOf") == {("Tokyo Electron", "Taiwan Semiconductor Manufacturing")}


def test_reference_with_a_name_in_apposition_is_that_name(extractor: Extractor) -> None:
    body = f"{_TEL}The company, Advantest, counts Taiwan Semiconductor Manufacturing among its customers."
    x = run(extractor, body, "en", "Chip stocks fall")
    assert _of(x, "supplierOf") == {("Advantest", "Taiwan Semiconductor Manufacturing")}
