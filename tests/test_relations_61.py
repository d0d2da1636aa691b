"""Relations read from a subject or an owner, on sentences written for the test.

* "X acquired Y and bought a stake in Z", "X übernahm Y und beteiligte sich an Z": the second
  verb joined by "and" right after the first verb's object is the first subject's, never the
  object's; a relative clause ("Y, which bought …") or a subject of its own after "and" keeps
  its reading.
* "X, die zum Teil der Y gehört", "partly owned by Y": a part owned makes no subsidiary;
  "X, das mehrheitlich zu Y gehört" (a majority owner) and "X, die zu Y gehört" still do.
* "Der Großaktionär X … . Der kleinere Wettbewerber Y …": a holder named in passing before a
  rival noun is no rival's peer; the article's company is. A company opening the sentence
  before without a holder's noun stays the one the rival is of.

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


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens acquired Osram and bought a stake in Bosch.", "en"),
    ("In 2019, Siemens acquired Osram and invested in Bosch.", "en"),
    ("Siemens last year acquired Osram and also took a 5% stake in Bosch.", "en"),
    ("Siemens übernahm Osram und beteiligte sich an Bosch.", "de"),
    ("Siemens übernahm Osram und hält eine Beteiligung an Bosch.", "de"),
])
def test_second_verb_after_an_object_is_the_subjects(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Deals")
    assert ("Siemens", "Osram") in _of(x, "acquired")
    assert _of(x, "investsIn") == {("Siemens", "Bosch")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens acquired Osram, which bought a stake in Bosch.", "en"),
    ("Siemens übernahm Osram, das später eine Beteiligung an Bosch erwarb.", "de"),
])
def test_relative_clause_keeps_the_object_as_its_subject(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Deals")
    assert ("Siemens", "Bosch") not in _of(x, "investsIn")


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens acquired Osram and Bosch bought a stake in Infineon.", "en"),
    ("Siemens übernahm Osram und Bosch beteiligte sich an Infineon.", "de"),
])
def test_second_subject_after_and_keeps_its_verb(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Deals")
    assert _of(x, "investsIn") == {("Bosch", "Infineon Technologies")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Scout24, die zum Teil der Axel Springer gehört, erhöhte die Prognose.", "de"),
    ("Scout24, die zum größten Teil zu Axel Springer gehört, erhöhte die Prognose.", "de"),
    ("Scout24, partly owned by Axel Springer, raised its outlook.", "en"),
])
def test_part_owned_is_no_subsidiary(extractor: Extractor, body: str, lang: str) -> None:
    assert not _of(run(extractor, body, lang, "Outlook"), "subsidiaryOf")


@pytest.mark.parametrize(("body", "lang"), [
    ("Scout24, das mehrheitlich zu Axel Springer gehört, erhöhte die Prognose.", "de"),
    ("Scout24, die zu Axel Springer gehört, erhöhte die Prognose.", "de"),
])
def test_owner_of_the_whole_or_a_majority_is_the_parent(extractor: Extractor, body: str, lang: str) -> None:
    assert _of(run(extractor, body, lang, "Outlook"), "subsidiaryOf") == {("Scout24", "Axel Springer")}


_BEFORE = "Die Hannover Rück hat im Quartal mehr verdient. "
_RIVAL = " Der kleinere Wettbewerber Munich Re hatte zuvor einen Gewinnrückgang gemeldet."


@pytest.mark.parametrize(("body", "lang"), [
    (_BEFORE + "Der Großaktionär Talanx, der rund die Hälfte der Anteile hält, will sich am Rückkauf "
     "nicht beteiligen." + _RIVAL, "de"),
    ("Hannover Re earned more in the quarter. Its largest shareholder Talanx will not take part in "
     "the buyback. Smaller rival Munich Re had reported lower profit.", "en"),
])
def test_rival_after_a_holder_is_the_companys(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Hannover Rück verdient mehr")
    assert _of(x, "competitorOf") == {("Hannover Re", "Munich Re")}


def test_rival_after_a_company_opening_the_sentence_is_its(extractor: Extractor) -> None:
    body = _BEFORE + "Talanx will sich am Rückkauf nicht beteiligen." + _RIVAL
    x = run(extractor, body, "de", "Hannover Rück verdient mehr")
    assert ("Hannover Re", "Munich Re") not in _of(x, "competitorOf")
