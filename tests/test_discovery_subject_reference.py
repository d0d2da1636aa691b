"""A reference to a company as the subject after its verb ("sagte der
Konzern", "führt das Unternehmen") is no apposition: the capitalised word
after it is a noun of the sentence, not a name. Sentences written for the
test (names of real companies beside invented ones, all facts invented)."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor

HEADLINE = "Munich Re verdient mehr"


def _labels(extractor: Extractor, body: str) -> set[str]:
    return {e.label for e in run(extractor, body, headline=HEADLINE).entities}


def test_a_noun_after_the_subject_reference_is_no_company(extractor: Extractor) -> None:
    for body in ("Munich Re meldete mehr Gewinn. Derzeit führe man Gespräche, sagte der Konzern "
                 "Gespräche mit Investoren seien weit gediehen.",
                 "Munich Re meldete mehr Gewinn. Zudem bestätigte der Konzern Pläne für einen Zukauf.",
                 "Munich Re meldete mehr Gewinn. Zudem führt das Unternehmen Verhandlungen mit "
                 "Swiss Re."):
        labels = _labels(extractor, body)
        assert "Munich Re" in labels, body
        assert not labels & {"Gespräche", "Pläne", "Verhandlungen"}, body


def test_the_apposition_opening_the_sentence_or_after_a_preposition_names(
        extractor: Extractor) -> None:
    """The look-alikes: "Der Konzern Vendra" and "für das Unternehmen Vendra"
    still name a company."""
    for body in ("Munich Re meldete mehr Gewinn. Der Konzern Vendra legte ebenfalls zu.",
                 "Munich Re meldete mehr Gewinn. Munich Re zahlte 90 Millionen Euro für das "
                 "Unternehmen Vendra."):
        assert "Vendra" in _labels(extractor, body), body
