"""Relation families of round 31, on sentences written for the test.

* "The group grew. Its new SUV competes with Z. Y, its largest rival at home, cut prices": where
  the sentence before opens with a possessive pronoun, "its" rival is a rival of the company that
  pronoun stands for (the subject of the sentence before it), and a "Rival W" after it is one
  more; not where the sentence before opens with other words than a name or a pronoun.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _rivals(x: Extraction) -> set[frozenset[str]]:
    """The competitorOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


@pytest.mark.parametrize(("body", "pair"), [
    ("Siemens raised its forecast for the year. Its new trains compete with rolling stock from "
     "Hitachi. Alstom, its largest rival in Europe, cut prices last week.", ("Siemens", "Alstom")),
    ("Siemens raised its forecast for the year. Its new trains compete with rolling stock from "
     "Hitachi. Alstom, its largest rival in Europe, cut prices last week. Rival CRRC won an "
     "order.", ("Siemens", "CRRC")),
], ids=["apposed-rival", "rival-after-it"])
def test_its_rival_after_a_sentence_opening_with_its(extractor: Extractor, body: str,
                                                      pair: tuple[str, str]) -> None:
    assert frozenset(pair) in _rivals(run(extractor, body, "en", "Train makers"))


def test_its_rival_after_a_sentence_opening_with_other_words(extractor: Extractor) -> None:
    x = run(extractor, "Siemens raised its forecast for the year. In Asia, trains from Hitachi "
            "sold well. Alstom, its largest rival in Europe, cut prices last week.", "en", "Train makers")
    assert not any("Alstom" in pair for pair in _rivals(x))
