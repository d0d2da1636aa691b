"""Shortcuts taken for speed answer exactly as the plain way does: the
rating-word check that a sentence's prefilter scan may skip, the count
of control bytes that tells a binary file from text, and the short name
read off a full name at its spaces."""

from __future__ import annotations

import re

import pytest

from kg.errors import InputError
from kg.ingest import decode_text
from kg.nlp.ratings import rating_context
from kg.nlp.references import _head_of, _legal_endings

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


def _head_the_plain_way(label: str, endings: frozenset[str]) -> str | None:
    """Every ending tried, longest first, after " & " and then a space."""
    for ending in sorted(endings, key=len, reverse=True):
        for joint in (" & ", " "):
            if label.endswith(joint + ending):
                head = label[:-len(joint + ending)]
                return head if re.fullmatch(r"[A-ZÄÖÜ][\w\-]{2,}", head) else None
    return None


# Names written for this test, with the short name expected in each language.
HEADS = [
    ("Verimax Systems", "Verimax"),
    ("Ledgerline Inc.", "Ledgerline"),
    ("Quellbach & Co.", "Quellbach"),
    ("Nordwind Asset Management", "Nordwind"),   # a two-word ending
    ("Tessaro Holding AG", None),                # "Tessaro Holding" is no one word
    ("Brightmoor Capital Partners", None),
    ("Systems", None),                           # an ending alone
    ("Kl Systems", None),                        # too short to be a name
    ("Verimax", None),                           # no ending
    ("Verimax Systemsx", None),                  # an ending only as part of a word
    ("Verimax & Systems", "Verimax"),
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("label", "head"), HEADS)
def test_short_name_head_read_at_the_spaces(lang: str, label: str, head: str | None) -> None:
    endings = _legal_endings(lang)
    assert _head_of(label, endings) == head
    assert _head_of(label, endings) == _head_the_plain_way(label, endings)
