"""Names read wrongly or missed: a group's own short name beside a unit named after it ("Vinci"
beside "Vinci Energies") names the group, checked over the whole catalogue; a German name after
a hyphened kind noun ("der Schweizer Medtech-Konzern Acme Precision") read whole where no noun
of the sentence can stand there; and "der Bund" as a shareholder, the federal government."""

from __future__ import annotations

import pytest
from helpers import labels, run_in

from kg.catalogue import load_catalogue
from kg.nlp.discovery import company_of_short_name
from kg.nlp.extract import Extractor
from kg.records import Extraction


def _aliases(x: Extraction) -> dict[str, tuple[str, ...]]:
    return {e.label: e.aliases for e in x.entities}


def test_group_short_name_beside_its_unit_names_the_group(extractor: Extractor) -> None:
    x = run_in(extractor, "Spie competes with Vinci Energies, the services arm of Vinci, and "
                          "with Equans. Vinci said on Tuesday it would hire 500 people.", "en")
    found = _aliases(x)
    assert "Vinci" in found.get("Vinci SA", ())
    assert "Vinci" not in found["Vinci Energies"]


def test_group_short_name_beside_two_units_names_the_group(extractor: Extractor) -> None:
    x = run_in(extractor, "DHL Express and DHL Supply Chain grew. DHL said demand was firm.", "en")
    found = _aliases(x)
    assert "DHL" in found.get("DHL Group", ())
    assert not {"DHL"} & (set(found.get("DHL Express", ())) | set(found.get("DHL Supply Chain", ())))


def test_unit_short_name_of_no_group_keeps_its_reading(extractor: Extractor) -> None:
    # "Astera" of "Astera Labs": no catalogued group has that short name, so the company keeps it
    x = run_in(extractor, "Astera Labs raised its forecast. Astera said demand was strong.", "en")
    assert "Astera" in _aliases(x).get("Astera Labs", ())


def _unit_pairs() -> list[tuple[str, str, str, str]]:
    """(language, unit's name, its first word, group) for every catalogued name whose first
    word is the short name of the entry's own parent."""
    catalogue = load_catalogue()
    pairs = []
    for lang in ("en", "de"):
        for entry in catalogue.entries.values():
            for name in entry.names:
                first, _, rest = name.partition(" ")
                group = company_of_short_name(catalogue, lang, first) if rest else None
                if group is not None and group in entry.parents:
                    pairs.append((lang, name, first, group))
    return pairs


def test_whole_catalogue_no_group_short_name_reads_as_a_unit(extractor: Extractor) -> None:
    pairs = _unit_pairs()
    assert len(pairs) >= 10  # Vinci, DHL, Kakao, JFE … in each language
    wrong = []
    for lang, name, first, group in pairs:
        text = (f"{name} won a contract in Lyon. {first} said on Tuesday it would hire 500 people."
                if lang == "en" else
                f"{name} hat einen Auftrag in Lyon gewonnen. {first} will 500 Leute einstellen.")
        for entity in run_in(extractor, text, lang).entities:
            if first in entity.aliases and entity.label != group:
                wrong.append((lang, name, entity.label))
    assert not wrong


@pytest.mark.parametrize("text, name", [
    ("Der Schweizer Medtech-Konzern Kestrel Precision hat Aufträge gewonnen.",
     "Kestrel Precision"),
    ("Stabilus verhandelt mit dem US-Hersteller Tolliver Motion.", "Tolliver Motion"),
    ("Stabilus konkurriert mit Bosch und dem US-Hersteller Tolliver Motion.", "Tolliver Motion"),
])
def test_name_after_hyphened_kind_noun_is_read_whole(extractor: Extractor, text: str,
                                                     name: str) -> None:
    found = labels(run_in(extractor, text, "de"))
    assert name in found
    assert name.split()[0] not in found


@pytest.mark.parametrize("text", [
    # a dative after the verb: the bare noun after the name is the verb's object
    "Stabilus liefert dem US-Hersteller Tolliver Dämpfer.",
    "Stabilus baut mit dem US-Hersteller Tolliver Dämpfer.",
    # a verb-final clause: the noun is the object of the verb after it
    "Er sagte, dass die US-Tochter Tolliver Lagerhallen automatisiert.",
])
def test_object_after_hyphened_kind_noun_stays_out_of_the_name(extractor: Extractor,
                                                               text: str) -> None:
    found = labels(run_in(extractor, text, "de"))
    assert "Tolliver" in found
    assert not any(label.startswith("Tolliver ") for label in found)


@pytest.mark.parametrize("text", [
    "Der Bund hält noch gut 12 Prozent an der Commerzbank.",
    "Größte Aktionäre sind der Bund, der über die KfW 25,1 Prozent hält, und Leonardo.",
])
def test_federal_state_as_shareholder(extractor: Extractor, text: str) -> None:
    x = run_in(extractor, text, "de")
    assert "Bund" in _aliases(x).get("German Federal Government", ())


@pytest.mark.parametrize("text", [
    "Die Commerzbank arbeitet im Bund mit der Allianz. Sie hält 12 Prozent an Hensoldt.",
    "Der Bund-Future fiel, die Allianz hält ihre Anteile an Hensoldt.",
    "Die Rendite der Bundesanleihe stieg, die Allianz hält 5 Prozent an Hensoldt.",
    "Der Bund der Steuerzahler hält den Verkauf der Anteile für falsch.",
    # no stake in the sentence: the state is not read as a holder there
    "Der Bund will die Förderung kürzen, sagte Siemens.",
])
def test_bund_as_a_word_names_no_government(extractor: Extractor, text: str) -> None:
    assert "German Federal Government" not in labels(run_in(extractor, text, "de"))
