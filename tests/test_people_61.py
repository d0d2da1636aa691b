"""People and their posts: successions that name the company, the successor's title or a
pronoun for the one leaving; appointments with the verb before the name; the head of a
subsidiary named with its owner; a former employer in a clause after a titled name."""

from __future__ import annotations

import pytest
from helpers import employers, posts, run_in

from kg.nlp.extract import Extractor


@pytest.mark.parametrize("body", [
    "Anna Keller folgt bei BASF auf Markus Weber als Finanzvorstand.",
    "Anna Keller folgt bei BASF als Finanzvorständin auf Markus Weber.",
    "Anna Keller beerbt bei BASF Markus Weber als Finanzvorstand.",
    "Bei BASF folgt Anna Keller auf Markus Weber als Finanzvorständin.",
])
def test_successor_takes_the_post_the_predecessor_leaves(extractor: Extractor, body: str) -> None:
    found = posts(extractor, body, "de", "Anna Keller")
    assert set(found) == {"BASF"}
    assert (found["BASF"] or "").startswith("Finanzvorst")
    # the predecessor is no holder of the post the successor takes
    assert not posts(extractor, body, "de", "Markus Weber")


@pytest.mark.parametrize("body", [
    # no succession: the subject counts on the other as an adviser
    "Bei BASF setzt Anna Keller auf Markus Weber als Finanzchef.",
    # a succession at an election, no company's post
    "Anna Keller folgt bei der Wahl auf Markus Weber.",
])
def test_no_successor_post_without_a_succession_at_the_company(extractor: Extractor, body: str) -> None:
    assert not posts(extractor, body, "de", "Anna Keller")


@pytest.mark.parametrize(("body", "lang", "role"), [
    ("Markus Weber, BASF's chief financial officer, will retire in March. "
     "He will be succeeded by Anna Keller.", "en", "chief financial officer"),
    ("BASF CEO Markus Weber will retire in March. He will be replaced by Anna Keller.", "en", "CEO"),
    ("BASF-Finanzchef Markus Weber geht im März in den Ruhestand. Er wird abgelöst von Anna Keller.",
     "de", "Finanzchef"),
])
def test_successor_of_a_pronoun_takes_the_post_stated_before(extractor: Extractor, body: str, lang: str,
                                                             role: str) -> None:
    assert posts(extractor, body, lang, "Anna Keller") == {"BASF": role}


def test_successor_of_a_pronoun_without_a_stated_post_gets_none(extractor: Extractor) -> None:
    # look-alike: the one leaving was given no post, so there is none to hand on
    body = "BASF reported results. Markus Weber will retire in March. He will be succeeded by Anna Keller."
    assert not posts(extractor, body, "en", "Anna Keller")


@pytest.mark.parametrize(("body", "lang"), [
    ("Bei BASF wird Anna Keller zum 1. April neue Finanzchefin.", "de"),
    ("Anna Keller will become BASF's new chief financial officer on April 1.", "en"),
])
def test_appointment_with_the_verb_first_or_the_employer_before_the_title(extractor: Extractor, body: str,
                                                                           lang: str) -> None:
    found = posts(extractor, body, lang, "Anna Keller")
    assert set(found) == {"BASF"}
    assert (found["BASF"] or "").lower() in {"finanzchefin", "chief financial officer"}


def test_verb_first_with_a_title_before_another_name_is_no_appointment(extractor: Extractor) -> None:
    # look-alike: the title belongs to the name after it, the one before is only its subject
    body = "Bei BASF wird Anna Keller am Montag Finanzchef Markus Weber treffen."
    assert ("Anna Keller", "BASF") not in employers(extractor, body, "de")


@pytest.mark.parametrize(("body", "lang"), [
    ("Markus Weber, Chef der Siemens-Tochter Healthineers, sagte, die Nachfrage sei stark.", "de"),
    ("Markus Weber ist Finanzchef der Siemens-Tochter Healthineers.", "de"),
    ("Markus Weber, chief executive of Siemens unit Healthineers, said demand was strong.", "en"),
])
def test_head_of_a_subsidiary_named_with_its_owner_works_for_the_subsidiary(extractor: Extractor, body: str,
                                                                            lang: str) -> None:
    assert {org for person, org in employers(extractor, body, lang) if person == "Markus Weber"} \
        == {"Siemens Healthineers"}


@pytest.mark.parametrize(("body", "lang"), [
    # look-alike: the owner's head, who speaks of the subsidiary
    ("Markus Weber, Chef von Siemens, sagte, die Tochter Healthineers wachse stark.", "de"),
    ("Markus Weber, chief executive of Siemens, said its unit Healthineers was growing.", "en"),
])
def test_head_of_the_owner_stays_at_the_owner(extractor: Extractor, body: str, lang: str) -> None:
    assert {org for person, org in employers(extractor, body, lang) if person == "Markus Weber"} == {"Siemens"}


@pytest.mark.parametrize(("body", "lang"), [
    ("BASF reported results. Chief Executive Anna Keller, who joined from Siemens in 2024, said margins "
     "would improve.", "en"),
    ("BASF reported results. CFO Anna Keller, formerly of Siemens, said margins would improve.", "en"),
    ("BASF legte Zahlen vor. Finanzchefin Anna Keller, die 2024 von Siemens kam, sagte, die Margen "
     "würden steigen.", "de"),
    ("BASF legte Zahlen vor. Vorstandschefin Anna Keller, früher bei Siemens, sagte, die Margen würden "
     "steigen.", "de"),
])
def test_former_employer_in_a_clause_after_a_titled_name_is_none(extractor: Extractor, body: str,
                                                                 lang: str) -> None:
    x = run_in(extractor, body, lang)
    found = {r.object for r in x.relations if r.predicate == "worksFor" and r.subject == "Anna Keller"}
    assert "Siemens" not in found
    assert found == {"BASF"}


@pytest.mark.parametrize(("body", "lang"), [
    # look-alike: the title's linker names the employer after the name
    ("BASF reported results. Chief Executive Anna Keller of Siemens said margins would improve.", "en"),
    ("BASF legte Zahlen vor. Vorstandschefin Anna Keller von Siemens sagte, die Margen würden steigen.", "de"),
])
def test_employer_joined_after_a_titled_name_is_kept(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Anna Keller", "Siemens") in employers(extractor, body, lang)


@pytest.mark.parametrize("body", [
    "BASF-Pressesprecher Markus Weber sagte, man prüfe die Lage.",
    "BASF prüft die Lage, sagte Pressesprecher Markus Weber.",
])
def test_press_spokesperson_works_for_the_company(extractor: Extractor, body: str) -> None:
    assert posts(extractor, body, "de", "Markus Weber") == {"BASF": "Pressesprecher"}


def test_press_spokesperson_of_a_government_is_no_companys(extractor: Extractor) -> None:
    # look-alike: a government's spokesperson, with no company's title before the name
    body = "BASF prüft die Lage. Regierungssprecher Markus Weber sagte, man beobachte die Entwicklung."
    assert not posts(extractor, body, "de", "Markus Weber")
