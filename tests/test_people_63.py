"""People and their posts where the article is about two companies at once, and in
successions: a bare title goes to the one of the two the paragraph speaks of (never across a
paragraph, never to a name quoted before the speaker); a person's post held so far, set off
by commas before the verb, leaves the post taken to the company of the passage; the
predecessor still in post is not given the successor's old employer; a title joined to its
employer through the employer's trade ("Finanzchef des Pumpenherstellers Y"); the feminine
"Partnerin".

Companies are real catalogue entries; people and facts are invented. Each absence checks
that a form which looks alike yields nothing, or not the wrong entity.
"""

from __future__ import annotations

import pytest
from helpers import employers, run

from kg.nlp.extract import Extractor

# Two companies the article is about as much as each other: neither clearly wins, so a bare
# title is read from its paragraph.
_TWO = "Siemens und Bayer legen Zahlen vor"
_TWO_EN = "Siemens and Bayer report results"


def _works_for(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    x = run(extractor, body, lang, headline)
    return {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}


@pytest.mark.parametrize(("body", "lang", "headline", "expected"), [
    ("Siemens hob die Prognose an. Siemens-Chef Roland Busch sprach von einem guten Jahr.\n\n"
     "Bayer senkte dagegen die Prognose. Bayer-Chef Bill Anderson sprach von Gegenwind. "
     "Finanzchef Wolfgang Nickl nannte die Zölle als Grund.", "de", _TWO,
     ("Wolfgang Nickl", "Bayer")),
    ("Siemens raised its forecast. Siemens Chief Executive Roland Busch said demand was solid.\n\n"
     "Bayer cut its forecast instead. Bayer Chief Executive Bill Anderson cited tariffs. "
     "Chief Financial Officer Wolfgang Nickl said costs would rise.", "en", _TWO_EN,
     ("Wolfgang Nickl", "Bayer")),
    # the company speaking at the end of the sentence before
    ("Siemens raised its forecast, and Bayer cut its own.\n\n"
     "The new plant will open in March, Bayer said. Chief Executive Bill Anderson said demand "
     "was weak.", "en", _TWO_EN, ("Bill Anderson", "Bayer")),
])
def test_a_bare_title_goes_to_the_contender_its_paragraph_names(
        extractor: Extractor, body: str, lang: str, headline: str, expected: tuple[str, str]) -> None:
    found = _works_for(extractor, body, lang, headline)
    person = expected[0]
    assert {pair for pair in found if pair[0] == person} == {expected}


@pytest.mark.parametrize(("body", "lang", "headline", "person"), [
    # a new paragraph: the company the paragraph before ended with is not the title's
    ("Siemens hob die Prognose an. Bayer senkte dagegen die Prognose.\n\n"
     "Finanzchef Wolfgang Nickl nannte die Zölle als Grund.", "de", _TWO, "Wolfgang Nickl"),
    ("Siemens raised its forecast. Bayer cut its forecast.\n\n"
     "Chief Financial Officer Wolfgang Nickl said costs would rise.", "en", _TWO_EN, "Wolfgang Nickl"),
    # the paragraph names both contenders, neither as the subject
    ("Die seit Wochen laufenden Gespräche zwischen Siemens und Bayer stocken. Finanzchef Wolfgang Nickl nannte "
     "die Zölle als Grund.", "de", _TWO, "Wolfgang Nickl"),
    # a contender named before the speaker only in what was said
    ("Siemens raised its forecast. Bayer cut its forecast.\n\n"
     "\"Bayer is our model,\" Chief Executive Roland Busch said.", "en", _TWO_EN, "Roland Busch"),
])
def test_no_employer_where_the_paragraph_does_not_tell_the_contender(
        extractor: Extractor, body: str, lang: str, headline: str, person: str) -> None:
    assert not {pair for pair in _works_for(extractor, body, lang, headline) if pair[0] == person}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Der Rüstungszulieferer Hensoldt bekommt einen neuen Chef. Stefan Marquardt, bislang "
     "Finanzchef bei Airbus, soll im April Vorstandschef werden.", "de",
     {("Stefan Marquardt", "Airbus"), ("Stefan Marquardt", "Hensoldt")}),
    ("Der Rüstungszulieferer Hensoldt bekommt einen neuen Chef. Stefan Marquardt, bislang "
     "Leiter des Geschäfts bei Airbus, übernimmt den Vorsitz zum 1. April.", "de",
     {("Stefan Marquardt", "Airbus"), ("Stefan Marquardt", "Hensoldt")}),
    ("Qiagen said on Monday it had picked a new chief. Anand Raghavan, currently head of drug "
     "development at Novartis, will succeed Pieter Brouwer as chief executive on March 1.", "en",
     {("Anand Raghavan", "Novartis"), ("Anand Raghavan", "Qiagen")}),
])
def test_the_post_taken_after_an_apposition_is_the_passage_company(
        extractor: Extractor, body: str, lang: str, expected: set[tuple[str, str]]) -> None:
    headline = "Hensoldt baut Vorstand um" if lang == "de" else "Qiagen names new chief executive"
    found = {pair for pair in _works_for(extractor, body, lang, headline) if pair[0] in dict(expected)}
    assert found == expected


@pytest.mark.parametrize(("body", "lang"), [
    # the apposition and a verb of speaking: no post taken, only the one held
    ("Der Rüstungszulieferer Hensoldt bekommt einen neuen Chef. Stefan Marquardt, bislang "
     "Finanzchef bei Airbus, sagte, er freue sich.", "de"),
    ("Qiagen said on Monday it had picked a new chief. Anand Raghavan, currently head of drug "
     "development at Novartis, said he was pleased.", "en"),
])
def test_an_apposition_without_a_post_taken_keeps_its_employer_alone(
        extractor: Extractor, body: str, lang: str) -> None:
    headline = "Hensoldt baut Vorstand um" if lang == "de" else "Qiagen names new chief executive"
    found = _works_for(extractor, body, lang, headline)
    assert {employer for _person, employer in found} == {"Airbus" if lang == "de" else "Novartis"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Hensoldt bekommt einen neuen Finanzchef. Jan Reuter ist derzeit Finanzchef des "
     "Pumpenherstellers KSB.", {("Jan Reuter", "KSB")}),
    ("Hensoldt bekommt einen neuen Finanzchef. Jan Reuter ist derzeit Finanzchef des Bremer "
     "Pumpenherstellers KSB.", {("Jan Reuter", "KSB")}),
])
def test_a_title_reaches_its_employer_through_the_trade_noun(
        extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    assert employers(extractor, body, "de", "Hensoldt baut Vorstand um") == expected


def test_a_word_that_names_no_trade_does_not_join_the_employer(extractor: Extractor) -> None:
    # "des langjährigen Großkunden" names a customer, no firm's trade: not the title's employer
    body = ("Hensoldt bekommt einen neuen Finanzchef. Jan Reuter ist derzeit Finanzchef des "
            "langjährigen Großkunden KSB.")
    assert ("Jan Reuter", "KSB") not in employers(extractor, body, "de", "Hensoldt baut Vorstand um")


def test_the_predecessor_does_not_take_the_successors_old_employer(extractor: Extractor) -> None:
    body = ("Siemens hob die Prognose an. Bayer senkte sie.\n\n"
            "Auch im Finanzressort gibt es einen Wechsel. Jan Reuter ist derzeit Finanzchef des "
            "Pumpenherstellers KSB. Er folgt auf Finanzvorstand Henning Kluge, der in den Ruhestand geht.")
    found = _works_for(extractor, body, "de", _TWO)
    assert ("Jan Reuter", "KSB") in found
    assert ("Henning Kluge", "KSB") not in found


@pytest.mark.parametrize(("body", "expected"), [
    ("Der Finanzinvestor Cevian Capital erhöht seinen Anteil. Partnerin Anna Berg sagte, man sei "
     "zufrieden.", {("Anna Berg", "Cevian Capital")}),
    ("Der Finanzinvestor Cevian Capital erhöht seinen Anteil. Partner Jonas Berg sagte, man sei "
     "zufrieden.", {("Jonas Berg", "Cevian Capital")}),
])
def test_the_feminine_partner_is_a_title(extractor: Extractor, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert employers(extractor, body, "de", "Cevian baut Beteiligung aus") == expected


def test_a_partner_company_is_no_person(extractor: Extractor) -> None:
    # "Partnerin" before a company's name: a partner firm, no person's title
    body = "Der Finanzinvestor Cevian Capital erhöht seinen Anteil. Die Partnerin Siemens sagte zu."
    assert not employers(extractor, body, "de", "Cevian baut Beteiligung aus")
