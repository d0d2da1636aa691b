"""The names a sentence cites as a source, on sentences written for the test:
a data provider ("Daten von", "polled by") is one list of words for the
cited sources (document.cited) and the credits (salience.is_credit); a
speaker cited ("laut", "according to") is a cited source but no credit, for
it may own the figure it gives. Names and facts are invented."""

from __future__ import annotations

import pytest

from kg.nlp.document import Sentence, cited
from kg.nlp.gazetteer import Mention
from kg.nlp.salience import is_credit

NAME = "Ostbank"


def sentence(text: str) -> tuple[Sentence, Mention]:
    at = text.index(NAME)
    mention = Mention(at, at + len(NAME), NAME, "FinancialInstitution", NAME)
    # a second sentence: a credit line's checks differ in the first (the dateline)
    return Sentence(start=0, text=text, mentions=[mention], index=1), mention


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Daten von Ostbank zufolge stieg der Umsatz von Nordwerk um 3 Prozent."),
    ("de", "Einer Befragung von Ostbank zufolge erwarten Analysten mehr Umsatz."),
    ("de", "Die Zahlen wurden zusammengestellt von Ostbank."),
    ("en", "Data from Ostbank showed revenue at Nordwerk rose 3%."),
    ("en", "Analysts surveyed by Ostbank expect revenue of $3 billion."),
    ("en", "A poll conducted by Ostbank puts the average target at $90."),
])
def test_a_data_provider_is_cited_and_credited_alike(lang: str, text: str) -> None:
    s, m = sentence(text)
    assert cited(lang, s, m)
    assert is_credit(s, m, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Laut Ostbank stieg der Umsatz um 3 Prozent."),
    ("en", "According to Ostbank, revenue rose 3%."),
])
def test_a_speaker_cited_is_no_credit(lang: str, text: str) -> None:
    # look-alike: the speaker is cited, but the figure it gives may be its own
    s, m = sentence(text)
    assert cited(lang, s, m)
    assert not is_credit(s, m, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Daten zeigen, dass Ostbank den Umsatz um 3 Prozent steigerte."),
    ("en", "The poll showed that Ostbank lifted revenue 3%."),
])
def test_a_name_after_data_words_in_another_phrase_is_neither(lang: str, text: str) -> None:
    s, m = sentence(text)
    assert not cited(lang, s, m)
    assert not is_credit(s, m, lang)
