"""Families of construction that hold in any article, on sentences written for these
tests, each with look-alikes that must not fire.

A German stake raised with the held company fronted ("Bei Y hat X seinen Anteil auf 5 Prozent
aufgestockt") is X's stake in Y."""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor

# (body, lang, headline, a relation that must be found)
FOUND = [
    # the held company opens the sentence after "Bei", the holder follows the verb
    ("Bei der Commerzbank hat die italienische Großbank UniCredit ihren Anteil auf 29 Prozent "
     "aufgestockt.", "de", "Banken", ("UniCredit", "investsIn", "Commerzbank")),
    ("Bei Siemens hat BlackRock seinen Anteil auf 6 Prozent erhöht.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    ("Bei Siemens erhöhte BlackRock seinen Anteil auf 6 Prozent.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    ("Bei Siemens stockt BlackRock seinen Anteil auf 6 Prozent auf.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
]

# (body, lang, headline, a relation that must NOT be found): the look-alikes
NOT_FOUND = [
    # the stake is one "an" another company: that one is held, not the fronted one
    ("Bei Siemens hat BlackRock seinen Anteil an Bayer auf 6 Prozent erhöht.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    # a stake cut or sold tells of no holding raised
    ("Bei Siemens hat BlackRock seinen Anteil auf 3 Prozent verringert.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    ("Bei Siemens hat BlackRock seinen Anteil verkauft.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    # "bei" inside the sentence opens no fronted company
    ("BlackRock hat bei der Hauptversammlung von Siemens seinen Anteil an Bayer erhöht.", "de",
     "Siemens", ("BlackRock", "investsIn", "Siemens")),
]


@pytest.mark.parametrize(("body", "lang", "headline", "fact"), FOUND)
def test_relation_is_found(extractor: Extractor, body: str, lang: str, headline: str,
                           fact: tuple[str, str, str]) -> None:
    assert fact in triples(run(extractor, body, lang=lang, headline=headline))


@pytest.mark.parametrize(("body", "lang", "headline", "fact"), NOT_FOUND)
def test_look_alike_gives_no_relation(extractor: Extractor, body: str, lang: str, headline: str,
                                      fact: tuple[str, str, str]) -> None:
    assert fact not in triples(run(extractor, body, lang=lang, headline=headline))
