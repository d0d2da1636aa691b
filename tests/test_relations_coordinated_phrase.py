"""A second verb joined by a conjunction shares the sentence's subject even where a short
phrase closes the first verb's object ("X supplies sensors to Apple for its iPhone and counts
Y among its customers"): the object before the phrase is no subject of the second verb."""
from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


# (sentence, language, a relation expected, a relation that must not be read)
_CASES = [
    ("Sony supplies image sensors to Apple for its iPhone and counts Xiaomi among its largest "
     "customers.", "en", ("Sony Group", "supplierOf", "Xiaomi"), ("Apple", "supplierOf", "Xiaomi")),
    ("Infineon beliefert Tesla mit Chips und konkurriert mit STMicroelectronics.", "de",
     ("Infineon Technologies", "competitorOf", "STMicroelectronics"),
     ("Tesla", "competitorOf", "STMicroelectronics")),
    ("Apple buys chips from Samsung Electronics for its iPhone and competes with Alphabet.", "en",
     ("Apple", "competitorOf", "Alphabet"), ("Samsung Electronics", "competitorOf", "Alphabet")),
]


@pytest.mark.parametrize(("sentence", "lang", "expected", "wrong"), _CASES)
def test_second_verb_after_a_phrase_keeps_the_opening_subject(
        extractor: Extractor, sentence: str, lang: str, expected: tuple[str, str, str],
        wrong: tuple[str, str, str]) -> None:
    found = triples(run(extractor, sentence, lang, "Market news"))
    assert expected in found
    assert wrong not in found


def test_a_list_before_the_phrase_still_ends_at_its_items(extractor: Extractor) -> None:
    # the conjunction joins two names, not two verbs: "Tesla und BMW" stay the objects
    found = triples(run(extractor, "Infineon beliefert Tesla und BMW mit Chips und konkurriert mit "
                        "STMicroelectronics.", "de"))
    assert ("Infineon Technologies", "supplierOf", "BMW") in found
    assert ("BMW", "competitorOf", "STMicroelectronics") not in found

