"""Answers kept in a sentence's cache for speed are the answers read afresh:
whether a sentence tells of a stake sold (asked by every holding rule whose
cue it has), whether it rates a stock (asked again for the sentence before
each figure), and where "and" joins two objects before the verb (asked for
each number). Sentences written for this test."""

from __future__ import annotations

import pytest

from kg.nlp.document import Mention, Sentence
from kg.nlp.metrics import figure_words, joined_objects
from kg.nlp.ratings import rating_context
from kg.nlp.relations import _divested

# (which answer, language, sentence, the answer)
KEPT = [
    ("divested", "en", "The insurer sold its stake in the shipping group last year.", True),
    ("divested", "en", "The fund divested the remaining shares in March.", True),
    ("divested", "en", "The insurer holds a stake in the shipping group.", False),
    ("divested", "en", "The retailer sold more shoes than a year earlier.", False),  # no stake
    ("divested", "de", "Der Versicherer trennt sich von seiner Beteiligung an der Reederei.", True),
    ("divested", "de", "Der Versicherer hält eine Beteiligung an der Reederei.", False),
    ("rates", "en", "The broker upgraded the carmaker to buy on Monday.", True),
    ("rates", "en", 'Analysts call the bank a "Hold" after the results.', True),
    ("rates", "en", "The carmaker bought a supplier on Monday.", False),  # a deal, no rating
    ("rates", "de", "Die Bank stuft den Autobauer auf „Kaufen“ hoch.", True),
    ("rates", "de", "Der Autobauer kaufte am Montag einen Zulieferer.", False),
]


def _ask(which: str, lang: str, sentence: Sentence, memo: bool = True) -> bool:
    if which == "divested":
        return _divested(lang, sentence)
    return rating_context(lang, sentence.text, sentence.cache if memo else None)


@pytest.mark.parametrize(("which", "lang", "text", "answer"), KEPT)
def test_answer_kept_in_the_sentence_cache_is_the_fresh_one(which: str, lang: str, text: str,
                                                            answer: bool) -> None:
    assert _ask(which, lang, Sentence(start=0, text=text), memo=False) is answer
    sentence = Sentence(start=0, text=text)
    assert _ask(which, lang, sentence) is answer
    assert answer in sentence.cache.values(), "the answer is kept for the next asker"
    assert _ask(which, lang, sentence) is answer  # the kept answer is the same


def test_divested_keeps_one_answer_per_language() -> None:
    # the English cue "divest" is no German word of selling: each language asks its own cues
    sentence = Sentence(start=0, text="The fund divested its shares.")
    assert _divested("en", sentence) is True
    assert _divested("de", sentence) is False
    assert _divested("en", sentence) is True


def test_rating_context_keeps_one_answer_per_language() -> None:
    memo: dict[str, object] = {}
    text = "The broker upgraded the carmaker to buy."
    assert rating_context("en", text, memo) is True
    assert rating_context("de", text, memo) is rating_context("de", text)


JOINED = "Der Konzern will mehr als 5 Milliarden Euro in Rechenzentren und KI-Infrastruktur investieren."


def test_joined_objects_found_once_and_kept() -> None:
    words = figure_words("de")
    sentence = Sentence(start=0, text=JOINED)
    found = joined_objects(sentence, words)
    assert found == [(JOINED.index("und"), JOINED.index(" investieren"))]
    assert joined_objects(sentence, words) is found  # the kept list, not a new scan


def test_joined_objects_not_before_a_name_nor_without_a_second_object() -> None:
    words = figure_words("de")
    text = "Der Konzern will 5 Milliarden Euro in Rechenzentren und Nordwerk investieren."
    at = text.index("Nordwerk")
    named = Mention(at, at + len("Nordwerk"), "Nordwerk", "Organization", "Nordwerk", "test")
    assert joined_objects(Sentence(start=0, text=text, mentions=[named]), words) == []
    plain = Sentence(start=0, text="Der Umsatz stieg im Quartal und die Marge sank.")
    assert joined_objects(plain, words) == []
    assert joined_objects(plain, words) == []  # an empty answer is kept too
