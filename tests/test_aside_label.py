"""The label of a number in brackets after another ("5,4 (Vorjahr: 5,2)"):
the bracket check in front of the pattern skips only numbers the pattern
cannot label, on sentences written for the test."""

from __future__ import annotations

import pytest

from kg.nlp.figures import _aside_label
from kg.nlp.metrics import ASIDE_LABEL_LONGEST, figure_words
from kg.nlp.quantities import find_quantities

SENTENCES = [
    ("de", "Der Umsatz stieg auf 5,4 (Vorjahr: 5,2) Milliarden Euro."),
    ("de", "Das Ergebnis je Aktie lag bei 1,10 (1,02) Euro."),
    ("de", "Der Gewinn betrug 310 Millionen Euro (im entsprechenden Vorjahreszeitraum: 280)."),
    ("de", "Die Marge lag bei 12 Prozent (Vorjahr 11 Prozent), der Umsatz bei 3 Milliarden."),
    ("en", "Revenue rose to $5.4 billion (prior year: $5.2 billion) in the quarter."),
    ("en", "Sales were 3.1 billion (a figure the company did not break down further: 2.9)."),
    ("en", "The company (founded in 1998) expects 4 percent growth."),
    ("en", "Orders came to 120 million, up from 100 million a year earlier."),
]


def _unfiltered(text: str, start: int, lang: str) -> str | None:
    """What the pattern alone finds for a number starting at ``start``."""
    found = figure_words(lang).aside_label.search(text, max(0, start - 60), start)
    return found.group("label") if found is not None else None


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_same_label_as_the_pattern_alone(lang: str, text: str) -> None:
    quantities = find_quantities(text, lang)
    assert quantities
    for q in quantities:
        assert _aside_label(text, q, figure_words(lang)) == _unfiltered(text, q.start, lang)


def test_labels_found_and_refused() -> None:
    words = figure_words("de")
    labelled = "Der Umsatz stieg auf 5,4 (Vorjahr: 5,2) Milliarden Euro."
    second = [q for q in find_quantities(labelled, "de") if labelled[q.start:].startswith("5,2")]
    assert [_aside_label(labelled, q, words) for q in second] == ["Vorjahr: "]
    bare = "Das Ergebnis je Aktie lag bei 1,10 (1,02) Euro."
    second = [q for q in find_quantities(bare, "de") if bare[q.start:].startswith("1,02")]
    assert [_aside_label(bare, q, words) for q in second] == [""]
    # one character longer than a label may be: no label, with or without the check
    long_label = "x" * (ASIDE_LABEL_LONGEST + 1)
    text = f"Der Umsatz stieg auf 5,4 ({long_label} 5,2) Milliarden Euro."
    last = [q for q in find_quantities(text, "de") if text[q.start:].startswith("5,2")]
    assert last and _aside_label(text, last[0], words) is None
    assert _unfiltered(text, last[0].start, "de") is None
