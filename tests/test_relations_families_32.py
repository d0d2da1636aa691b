"""Relation families of round 32, on sentences written for the test.

* "Also X and the British rival Y compete for the order" after a sentence about the article's
  company: X, joined to the rival phrase by a conjunction and an article, is a fellow rival and
  not the one Y rivals; Y rivals the article's company. Not "X and its rival Y" (X's rival).

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


@pytest.mark.parametrize(("body", "lang"), [
    ("Rheinmetall hat den Umsatz gesteigert. Auch die schwedische Saab und der britische Rivale "
     "BAE Systems werben bei Armeen um Panzerprojekte.", "de"),
    ("Rheinmetall raised its sales. Also Saab and the British rival BAE Systems court armies for "
     "tank projects.", "en"),
], ids=["de", "en"])
def test_name_joined_to_a_rival_phrase_is_a_fellow_rival(extractor: Extractor, body: str, lang: str) -> None:
    rivals = _rivals(run(extractor, body, lang, "Tank makers"))
    assert frozenset(("Rheinmetall", "BAE Systems")) in rivals
    assert frozenset(("Saab", "BAE Systems")) not in rivals


@pytest.mark.parametrize(("body", "lang"), [
    ("Rheinmetall hat den Umsatz gesteigert. Saab und sein Rivale BAE Systems werben bei Armeen "
     "um Panzerprojekte.", "de"),
    ("Rheinmetall raised its sales. Saab and its rival BAE Systems court armies for tank "
     "projects.", "en"),
], ids=["de", "en"])
def test_name_with_its_own_rival(extractor: Extractor, body: str, lang: str) -> None:
    """Look-alike: a possessive pronoun makes the name before it the one rivalled."""
    rivals = _rivals(run(extractor, body, lang, "Tank makers"))
    assert frozenset(("Saab", "BAE Systems")) in rivals
    assert frozenset(("Rheinmetall", "BAE Systems")) not in rivals

