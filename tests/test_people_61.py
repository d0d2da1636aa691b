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


def test_verb_first_appointment_goes_to_the_employer_the_title_joins(extractor: Extractor) -> None:
    # the cited source before the verb is not the employer the title's linker names
    body = "Laut Siemens wird Anna Keller zum 1. April Finanzchefin bei BASF."
    assert posts(extractor, body, "de", "Anna Keller") == {"BASF": "Finanzchefin"}


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


@pytest.mark.parametrize(("body", "lang"), [
    ("BASF reported results. Anna Keller, the chief financial officer who joined from Siemens in 2024, "
     "said margins would improve.", "en"),
    ("BASF legte Zahlen vor. Anna Keller, Finanzchefin, die 2024 von Siemens kam, sagte, die Margen "
     "würden steigen.", "de"),
])
def test_former_employer_in_a_clause_after_the_title_after_a_name_is_none(extractor: Extractor, body: str,
                                                                          lang: str) -> None:
    x = run_in(extractor, body, lang)
    assert {r.object for r in x.relations if r.predicate == "worksFor" and r.subject == "Anna Keller"} == {"BASF"}


@pytest.mark.parametrize(("body", "lang"), [
    # look-alike: the title's own linker names the employer
    ("BASF reported results. Anna Keller, the chief financial officer at Siemens, said margins would improve.",
     "en"),
    ("BASF legte Zahlen vor. Anna Keller, Finanzchefin von Siemens, sagte, die Margen würden steigen.", "de"),
])
def test_employer_the_title_after_a_name_joins_is_kept(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Anna Keller", "Siemens") in employers(extractor, body, lang)


def test_replaced_by_a_titled_name_names_the_successor(extractor: Extractor) -> None:
    # "replaced by" makes the name after it the incoming one, who keeps the title before the name
    body = ("BASF said chief executive Markus Weber would step down at the end of the year and be "
            "replaced by chief operating officer Anna Keller.")
    assert posts(extractor, body, "en", "Anna Keller") == {"BASF": "chief operating officer"}


def test_replacing_a_titled_name_leaves_that_one_no_post(extractor: Extractor) -> None:
    # look-alike: "replaced" without "by" still makes the name after it the one leaving
    body = "BASF said Anna Keller replaced chief operating officer Markus Weber last year."
    assert not posts(extractor, body, "en", "Markus Weber")


def test_successor_of_a_pronoun_takes_a_post_given_by_the_articles_company(extractor: Extractor) -> None:
    # the holder's employer is not named in the holder's phrase but is the one the article is about
    body = ("BASF reported higher sales. Chief Executive Markus Weber will step down at the end of March, "
            "the company said. He will be succeeded by Anna Keller.")
    x = run_in(extractor, body, "en", "BASF names new chief executive")
    assert {(r.object, r.role) for r in x.relations if r.predicate == "worksFor" and r.subject == "Anna Keller"} \
        == {("BASF", "Chief Executive")}


@pytest.mark.parametrize(("body", "lang"), [
    ("BASF reported results. Anna Keller will succeed founder Markus Weber as chief executive on March 1.", "en"),
    ("BASF reported results. Anna Keller succeeds Markus Weber, who will retire in March, as chief executive.",
     "en"),
    ("BASF legte Zahlen vor. Anna Keller folgt auf Markus Weber, der in den Aufsichtsrat wechseln soll.", "de"),
])
def test_predecessor_still_in_post_works_there_without_the_post(extractor: Extractor, body: str,
                                                                lang: str) -> None:
    assert posts(extractor, body, lang, "Markus Weber") == {"BASF": None}


@pytest.mark.parametrize(("body", "lang"), [
    # look-alikes: a succession that has happened, the predecessor gone
    ("BASF reported results. Anna Keller succeeded founder Markus Weber as chief executive in 2020.", "en"),
    ("BASF legte Zahlen vor. Anna Keller folgte 2020 auf Markus Weber, der das Unternehmen verlassen hatte.",
     "de"),
])
def test_predecessor_of_a_past_succession_works_there_no_more(extractor: Extractor, body: str,
                                                              lang: str) -> None:
    assert not posts(extractor, body, lang, "Markus Weber")


@pytest.mark.parametrize(("body", "lang"), [
    ("BASF reported results. Anna Keller, previously head of strategy at Siemens, said margins would improve.",
     "en"),
    ("BASF legte Zahlen vor. Anna Keller, zuvor Finanzchefin von Siemens, sagte, die Margen würden steigen.",
     "de"),
])
def test_past_title_after_a_name_names_no_employer(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Anna Keller", "Siemens") not in employers(extractor, body, lang)


def test_current_title_after_a_name_keeps_its_employer(extractor: Extractor) -> None:
    # look-alike: the same apposition with no word of the past
    body = "BASF reported results. Anna Keller, head of strategy at Siemens, said margins would improve."
    assert posts(extractor, body, "en", "Anna Keller") == {"Siemens": "head of strategy"}
