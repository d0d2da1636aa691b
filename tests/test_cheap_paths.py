"""Shortcuts taken for speed answer exactly as the plain way does: the
rating-word check that a sentence's prefilter scan may skip, and the count
of control bytes that tells a binary file from text."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import decode_text
from kg.nlp.ratings import rating_context

# Sentences written for this test: rating words, quoted rating terms, neither.
SENTENCES = [
    ("de", "Die Analysten stufen die Aktie weiter mit „Kaufen“ ein.", True),
    ("de", "Die Bank belässt ihr Votum für den Versicherer unverändert.", True),
    ("de", "Der Umsatz des Maschinenbauers stieg im Sommer deutlich.", False),
    ("de", "EMPFEHLUNG: Der Broker bleibt optimistisch.", True),
    ("en", "The broker upgraded the chipmaker on Tuesday.", True),
    ("en", 'Analysts call the stock a "Buy" after the results.', True),
    ("en", "The retailer opened four new stores in the spring.", False),
]


@pytest.mark.parametrize(("lang", "text", "rates"), SENTENCES)
def test_rating_context_is_the_same_with_a_sentence_memo(lang: str, text: str,
                                                         rates: bool) -> None:
    memo: dict[str, object] = {}
    assert rating_context(lang, text) is rates
    assert rating_context(lang, text, memo) is rates
    assert memo, "the scan is kept for the sentence's other rules"
    assert rating_context(lang, text, memo) is rates  # the kept scan gives the same


def _head(controls: bytes, size: int = 1000) -> bytes:
    return controls + b"a" * (size - len(controls))


@pytest.mark.parametrize(("data", "binary"), [
    (_head(b"\x01" * 100), False),             # a tenth of the start: still text
    (_head(b"\x01" * 101), True),              # more than a tenth: binary
    (_head(b"\x7f" * 60 + b"\x02" * 41), True),  # DEL counts as a control byte
    (_head(b"\t\n\r\f" * 100), False),         # white space does not
    (_head(b"\x0b" * 101), True),              # vertical tab is no line break here
])
def test_decode_counts_control_bytes(data: bytes, binary: bool) -> None:
    if binary:
        with pytest.raises(InputError, match="binary file, not text"):
            decode_text(data, "f.txt")
    else:
        assert decode_text(data, "f.txt") == (data.decode(), False)
