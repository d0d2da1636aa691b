"""A clause with its verb last, opened by a conjunction and a company noun ("…, weil der Anbieter
Preise erhöhte"): the one capitalised word before the closing verb is the verb's object, a common
noun German capitalises, never a company; a name with a noun between it and the verb, one not
spelled as a plural, a name in a main clause and a catalogued name keep their reading. Sentences written for the tests."""

from __future__ import annotations

import pytest
from helpers import labels, run

from kg.nlp.extract import Extractor


@pytest.mark.parametrize("body, noun", [
    ("Die Aktie fiel, weil der Anbieter Preise erhöhte.", "Preise"),
    ("Die Aktie fiel, nachdem der Versorger Kunden verlor.", "Kunden"),
    ("Die Papiere gaben nach, weil der Zulieferer Aufträge verloren hat.", "Aufträge"),
    ("Die Anleger reagierten enttäuscht, als der Hersteller Lizenzen abgab, und verkauften.", "Lizenzen"),
])
def test_the_object_before_a_closing_verb_is_no_company(extractor: Extractor, body: str,
                                                        noun: str) -> None:
    assert noun not in labels(run(extractor, body))


def test_a_name_with_a_noun_before_the_verb_stays(extractor: Extractor) -> None:
    """Look-alike: "der Versorger Nordwerk Zahlen vorgelegt hatte": the object stands between the
    name and the verb."""
    assert "Nordwerk" in labels(run(extractor, "Die Aktie stieg, nachdem der Versorger Nordwerk "
                                               "Zahlen vorgelegt hatte."))


def test_a_name_in_a_main_clause_stays(extractor: Extractor) -> None:
    """Look-alike: the verb second, "Der Anbieter Nordwerk erhöhte die Preise."."""
    assert "Nordwerk" in labels(run(extractor, "Der Anbieter Nordwerk erhöhte die Preise."))


def test_a_name_not_spelled_as_a_plural_stays(extractor: Extractor) -> None:
    """Look-alike: "weil der Rivale Nordwerk expandiert": a name, not a plural noun's spelling,
    before an intransitive closing verb."""
    assert "Nordwerk" in labels(run(extractor, "Die Aktie fiel, weil der Rivale Nordwerk expandiert."))


def test_a_catalogued_name_before_the_closing_verb_stays(extractor: Extractor) -> None:
    """Look-alike: the catalogue knows the company, whatever the clause."""
    assert "Uniper" in labels(run(extractor, "Die Aktie fiel, weil der Versorger Uniper warnte."))
