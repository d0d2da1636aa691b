"""A post told by a verb after the name with its title before the employer ("X wird neuer
Vorstandschef von Y", "X wechselt als Finanzchefin zu Y", "X, 52, wird Finanzchef bei Y", and the
English "X, 52, becomes Y's CFO"). The head of an authority titled in one word with its name: "Kartellamtspräsident X",
"Bundesbankpräsident X", "Bundesbankchefin X" (the name of an "-amt" with the linking s), read as
the hyphenated "Bundesbank-Präsident X" is; and the look-alikes that give no post there: a former
head, a parliament's president (a politician's office), the authority named alone."""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer
from tests.helpers import run_in

_DE = "Das Wetter in der Region war im Herbst meist grau und kühl. Laura Probst sagte das.\n"


def _roles(extractor: Extractor, body: str) -> set[tuple[str, str]]:
    x = run_in(extractor, _DE + body, "de")
    return {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}


@pytest.mark.parametrize(("text", "expected"), [
    ("„Der Markt bleibt offen“, sagte Kartellamtspräsident Jonas Reimer am Mittwoch.",
     {("Jonas Reimer", "Bundeskartellamt")}),
    ("Die Zinsen bleiben hoch, sagte Bundesbankpräsident Jonas Reimer am Dienstag.",
     {("Jonas Reimer", "Deutsche Bundesbank")}),
    ("Bundesbankchefin Laura Probst warnte vor einer Rezession.",
     {("Laura Probst", "Deutsche Bundesbank")}),
    # the hyphenated title keeps its reading
    ("Die Zinsen bleiben hoch, sagte Bundesbank-Präsident Jonas Reimer am Dienstag.",
     {("Jonas Reimer", "Deutsche Bundesbank")}),
    # a company's head named after the authority's keeps his own employer
    ("Bundesbankchef Jonas Reimer sprach vor Siemens-Chef Mario Kessler.",
     {("Jonas Reimer", "Deutsche Bundesbank"), ("Mario Kessler", "Siemens")}),
])
def test_authority_head_in_one_word(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert _roles(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # a former head
    "Die Zinsen seien zu niedrig, sagte der frühere Bundesbankpräsident Jonas Reimer am Dienstag.",
    "Die Fusion sei falsch, sagte der ehemalige Kartellamtspräsident Jonas Reimer.",
    # a parliament's president: no linking s after "-tag", a politician's office
    "Die Debatte dauert an, sagte Bundestagspräsident Jonas Reimer am Dienstag.",
])
def test_no_authority_head(extractor: Extractor, text: str) -> None:
    assert not {pair for pair in _roles(extractor, text) if pair[0] == "Jonas Reimer"}


def test_authority_name_joined_to_title(gazetteer: Gazetteer) -> None:
    text = "Kartellamtspräsident Jonas Reimer, das Kartellamt, Bundestagspräsidentin Laura Probst"
    found = [(m.label, m.surface) for m in gazetteer.find(text) if m.type == "GovernmentBody"]
    # the name without the linking s and the title; the parliament in the compound is none
    assert found == [("Bundeskartellamt", "Kartellamt"), ("Bundeskartellamt", "Kartellamt")]


_EN = "The weather in the region was mostly grey and cool in the autumn. Laura Probst said so.\n"


@pytest.mark.parametrize(("text", "lang"), [
    ("Laura Probst wechselt als Finanzchefin zu Siemens.", "de"),
    ("Laura Probst wird neue Vorstandschefin von Siemens.", "de"),
    ("Laura Probst, 52, wird Finanzchefin bei Siemens.", "de"),
    ("Laura Probst, 52, becomes Siemens's finance chief.", "en"),
    ("Laura Probst, 52, will join Siemens as chief financial officer.", "en"),
])
def test_post_titled_before_the_employer(extractor: Extractor, text: str, lang: str) -> None:
    x = run_in(extractor, (_DE if lang == "de" else _EN) + text, lang)
    assert {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"} \
        == {("Laura Probst", "Siemens")}


@pytest.mark.parametrize(("text", "lang"), [
    # no title: a stake
    ("Laura Probst wird neue Großaktionärin von Siemens.", "de"),
    ("Laura Probst, 52, becomes Siemens's largest shareholder.", "en"),
    # the organisation named first after the name is the post left
    ("Laura Probst, die frühere Finanzchefin von Siemens, wird Vorständin bei BASF.", "de"),
])
def test_no_post_titled_before_the_employer(extractor: Extractor, text: str, lang: str) -> None:
    x = run_in(extractor, (_DE if lang == "de" else _EN) + text, lang)
    assert ("Laura Probst", "Siemens") not in {(r.subject, r.object) for r in x.relations
                                             if r.predicate == "worksFor"}
