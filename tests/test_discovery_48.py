"""A German unit's name read after its cue ("die Tochter X", "seine Tochter X", "die Sparte X",
"die US-Tochter X") does not swallow the object noun of a verb-final clause right after it:
"die Tochter Dematic Lagerhallen automatisiert" names the unit "Dematic", whose clause's
verb "automatisiert" takes "Lagerhallen" as its object. A last word that goes on with company
names (a word of a catalogued name after its first: "Trucks", "Mobility", "Energy",
"Services", "Solutions"), a place ("Deutschland"), a word joined by "&", and any name not
followed by a verb closing the clause keep the name whole.

Listed companies are real catalogue entries; the units' facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _parents(x: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "subsidiaryOf"}


def _labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


@pytest.mark.parametrize(("text", "unit", "swallowed", "parent"), [
    ("Kion teilte mit, dass die Tochter Dematic Lagerhallen automatisiert.",
     "Dematic", "Dematic Lagerhallen", "Kion Group"),
    ("Kion teilte mit, dass seine Tochter Dematic Lagerhallen automatisiert.",
     "Dematic", "Dematic Lagerhallen", "Kion Group"),
    ("Kion teilte mit, dass die US-Tochter Dematic Lagerhallen automatisiert.",
     "Dematic", "Dematic Lagerhallen", "Kion Group"),
    ("Siemens erklärte, dass seine Tochter Mendix Fabriken plant.",
     "Mendix", "Mendix Fabriken", "Siemens"),
    ("Kion meldete, weil die Tochter Dematic Roboter entwickelt, steige der Umsatz.",
     "Dematic", "Dematic Roboter", "Kion Group"),
    ("BASF teilte mit, dass die Sparte Nunhems Saatgut verkauft.",
     "Nunhems", "Nunhems Saatgut", "BASF"),
])
def test_object_noun_after_unit_name_is_no_word_of_it(extractor: Extractor, text: str, unit: str,
                                                      swallowed: str, parent: str) -> None:
    x = run(extractor, text)
    assert (unit, parent) in _parents(x)
    assert swallowed not in _labels(x)


@pytest.mark.parametrize(("text", "unit", "parent"), [
    # words that go on with company names, before a verb closing the clause
    ("Volvo teilte mit, die Tochter Renault Trucks wachse.", "Renault Trucks", "Volvo"),
    ("Siemens teilte mit, die Tochter Siemens Healthineers wachse.", "Siemens Healthineers", "Siemens"),
    ("Mercedes-Benz teilte mit, die Tochter Mercedes-Benz Mobility wachse.",
     "Mercedes-Benz Mobility", "Mercedes-Benz Group"),
    ("Kion teilte mit, die Sparte Supply Chain Solutions wachse.", "Supply Chain Solutions", "Kion Group"),
    ("Siemens teilte mit, dass die Tochter Siemens Energy Turbinen liefert.", "Siemens Energy", "Siemens"),
    # a main clause: its verb comes second, so the name's last word is no object
    ("Kion teilte mit, die Tochter Dematic Lagertechnik wachse.", "Dematic Lagertechnik", "Kion Group"),
    ("Kion wächst. Die Tochter Dematic Lagertechnik wächst stark.", "Dematic Lagertechnik", "Kion Group"),
    # a place closing the name, a word joined by "&"
    ("Die Deutsche Post teilte mit, die Sparte Post & Paket Deutschland wachse.",
     "Post & Paket Deutschland", "DHL Group"),
    ("Die Deutsche Post teilte mit, die Sparte Post & Paket wachse.", "Post & Paket", "DHL Group"),
    # no verb closing the clause after the name: a verb and its object follow, or a comma
    ("Kion teilte mit, die Tochter Dematic Lagertechnik baut neue Lager in Polen.",
     "Dematic Lagertechnik", "Kion Group"),
    ("Kion teilte mit, die Tochter Dematic Services, die Lager wartet, wachse.",
     "Dematic Services", "Kion Group"),
    ("Kion teilte mit, die Tochter Dematic Lagertechnik, die Lager baut, wachse.",
     "Dematic Lagertechnik", "Kion Group"),
])
def test_two_word_unit_names_stay_whole(extractor: Extractor, text: str, unit: str, parent: str) -> None:
    x = run(extractor, text)
    assert (unit, parent) in _parents(x)


def test_english_name_keeps_its_last_word(extractor: Extractor) -> None:
    """English capitalises no common noun: the rule has no cue there."""
    x = run(extractor, "Kion said its unit Dematic Robotics grew.", lang="en", headline="Market report")
    assert ("Dematic Robotics", "Kion Group") in _parents(x)


@pytest.mark.parametrize(("text", "unit"), [
    # an English word of the name, before a verb closing the clause
    ("Kion teilte mit, die Sparte Dematic Additives wachse.", "Dematic Additives"),
    # the unit in the genitive: the verb's object stands before it
    ("Kion meldete, dass Jane Doe die Finanzen der Sparte Dematic Lagertechnik verantwortete.",
     "Dematic Lagertechnik"),
    ("Kion führt das auf die Integration des im Frühjahr übernommenen dänischen Herstellers "
     "Dematic Lagertechnik zurück.", "Dematic Lagertechnik"),
])
def test_name_kept_where_its_last_word_is_no_object(extractor: Extractor, text: str, unit: str) -> None:
    x = run(extractor, text)
    assert unit in _labels(x)
