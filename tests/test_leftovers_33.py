"""Families the last round left, on sentences written for these tests: a catalogued name that
is an ordinary word and a legal form ("Software AG") after an unknown capitalised word is the
tail of another company's name; a one-letter model name after its noun ("Model Y.") ends a
sentence with its point. Each with look-alikes that must not fire."""

from __future__ import annotations

import pytest
from helpers import labels, run

from kg.nlp.extract import Extractor


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
