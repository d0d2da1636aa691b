"""Families the last round left, on sentences written for these tests: a catalogued name that
is an ordinary word and a legal form ("Software AG") after an unknown capitalised word is the
tail of another company's name; a one-letter model name after its noun ("Model Y.") ends a
sentence with its point. Each with look-alikes that must not fire."""

from __future__ import annotations

import pytest
from helpers import labels, run, triples

from kg.nlp.extract import Extractor
from kg.nlp.pipeline import build_pipeline


def test_generic_catalogued_name_after_an_unknown_word_is_a_longer_name(extractor: Extractor) -> None:
    x = run(extractor, "Die Börse schloss fester. Auch die Brelmot Software AG legte zu und "
            "gewann 3,2 Prozent.", lang="de", headline="Aktien")
    assert "Brelmot Software" in labels(x)
    assert "Software AG" not in labels(x)


@pytest.mark.parametrize("body", [
    "Auch die Software AG legte zu und gewann 3,2 Prozent.",
    "Die Aktie der Software AG legte zu.",
    "Der Konkurrent Software AG legte zu.",
])
def test_generic_catalogued_name_alone_stays_the_catalogued_company(extractor: Extractor,
                                                                     body: str) -> None:
    """Look-alikes: with no unknown name before it, or a common noun, it is the catalogued firm."""
    assert "Software AG" in labels(run(extractor, body, lang="de", headline="Aktien"))


def _sentences(lang: str, text: str) -> list[str]:
    return [s.text for s in build_pipeline(lang)(text).sents]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "The cuts apply to the Model Y. Brelmot, its largest rival, cut prices.",
     "The cuts apply to the Model Y."),
    ("de", "Die Senkung gilt für das Modell Y. Brelmot senkte die Preise ebenfalls.",
     "Die Senkung gilt für das Modell Y."),
])
def test_one_letter_model_name_ends_the_sentence(lang: str, text: str, first: str) -> None:
    assert _sentences(lang, text)[0] == first


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Analyst Jane Q. Doe raised the target."),
    ("en", "The Model Y. sales rose."),
])
def test_initial_or_lower_case_word_after_the_letter_keeps_the_sentence(lang: str, text: str) -> None:
    """Look-alikes: an initial after a given name, and a model letter before a lower-case word."""
    assert _sentences(lang, text) == [text]


def test_bare_rival_after_an_apposed_rival_is_the_article_companys(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi sold more cars in China. BYD, its largest rival at home, cut prices "
            "last week. Rival XPeng delivered 30,000 vehicles.", lang="en", headline="Xiaomi deliveries rise")
    assert ("Xiaomi", "competitorOf", "XPeng") in triples(x)
    assert ("BYD", "competitorOf", "XPeng") not in triples(x)


def test_bare_rival_after_an_apposed_rival_is_nobodys_without_an_article_company(
        extractor: Extractor) -> None:
    """Where no company leads the article, whose rival the bare "Rival Y" is stays open."""
    x = run(extractor, "Xiaomi and Nio sold more cars in China. BYD, its largest rival at home, cut "
            "prices last week. Rival XPeng delivered 30,000 vehicles.", lang="en",
            headline="China car sales rise")
    assert not any(o == "XPeng" for _, p, o in triples(x) if p == "competitorOf")


def test_bare_rival_after_a_plain_subject_stays_that_companys(extractor: Extractor) -> None:
    """Look-alike: with no rival apposed to it, the opener of the sentence before keeps the rival."""
    x = run(extractor, "Xiaomi sold more cars in China. BYD cut prices last week. "
            "Rival XPeng delivered 30,000 vehicles.", lang="en", headline="Xiaomi deliveries rise")
    assert ("Xiaomi", "competitorOf", "XPeng") not in triples(x)
