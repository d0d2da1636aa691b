"""Names read wrongly or missed: a group's own short name beside a unit named after it ("Vinci"
beside "Vinci Energies") names the group, checked over the whole catalogue; a German name after
a hyphened kind noun ("der Schweizer Medtech-Konzern Acme Precision") read whole where no noun
of the sentence can stand there; "der Bund" as a shareholder, the federal government; a house's
ticker opening an analyst flash ("GS hebt Ziel für X"); Sony's reporting segments, named
without the group's word; and names that are words, read only in a company's context."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, run_in

from kg.catalogue import Catalogue, load_catalogue
from kg.nlp.discovery import company_of_short_name, unit_short_names
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
    "Der Bund ist mit 14 Prozent an der Lufthansa beteiligt.",
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
    # the stake's company only referred to: which one a reference must find, so no holder
    "Die Commerzbank wächst. Der Bund hält noch gut 12 Prozent an dem Institut.",
])
def test_bund_as_a_word_names_no_government(extractor: Extractor, text: str) -> None:
    assert "German Federal Government" not in labels(run_in(extractor, text, "de"))


@pytest.mark.parametrize("text, lang, house", [
    ("GS hebt Ziel für BASF auf 60 Euro.", "de", "Goldman Sachs"),
    ("MS senkt Bayer auf 'Underweight'.", "de", "Morgan Stanley"),
    ("DB hebt Ziel für SAP auf 250 Euro.", "de", "Deutsche Bank"),
    ("GS raises target on BASF to 60 euros.", "en", "Goldman Sachs"),
    ("MS cuts Bayer to underweight.", "en", "Morgan Stanley"),
])
def test_house_ticker_opening_an_analyst_line(extractor: Extractor, text: str, lang: str,
                                               house: str) -> None:
    x = run_in(extractor, text, lang)
    assert house in labels(x)
    assert any(r.subject == house and r.predicate == "covers" for r in x.relations)


@pytest.mark.parametrize("text, lang", [
    # a verb of rating, but no rating or target: the railway's prices
    ("DB senkt die Preise für Fernzüge um 10 Prozent.", "de"),
    ("Die DB erhöht die Ticketpreise.", "de"),
    ("MS erhöht die Preise für Bayer um 5 Prozent.", "de"),
    ("MS patients need better drugs, Bayer said.", "en"),
])
def test_ticker_outside_an_analyst_line_names_no_house(extractor: Extractor, text: str,
                                                       lang: str) -> None:
    assert not {"Deutsche Bank", "Morgan Stanley", "Goldman Sachs"} & labels(run_in(extractor, text, lang))


@pytest.mark.parametrize("text", [
    "Sony Group raised its forecast. Game & Network Services posted operating profit of 121 "
    "billion yen.",
    "Sony said Imaging & Sensing Solutions posted operating profit of 121 billion yen.",
])
def test_sony_segment_named_without_its_group(extractor: Extractor, text: str) -> None:
    x = run_in(extractor, text, "en")
    segment = next(label for label in labels(x) if label.startswith("Sony ") and "&" in label)
    assert (segment, Decimal("121000000000")) in metric_facts(x, "Profit")


@pytest.mark.parametrize("text", [
    # the group is not named: the segment's words name nobody's segment
    "Nintendo raised its forecast. The game and network services segment grew.",
    "Nintendo said Game & Network Services grew.",
    # no segment noun after the words in lower case
    "Sony Group raised its forecast, citing game and network services demand.",
    # in lower case the words are read as no name, even before the segment's noun: a unit
    # word of several units of one group ("network") reads as none of them
    "Sony Group raised its forecast. The game and network services segment grew.",
])
def test_segment_words_without_the_group_or_noun_stay_words(extractor: Extractor,
                                                            text: str) -> None:
    assert "Sony Game & Network Services" not in labels(run_in(extractor, text, "en"))


def test_unit_short_name_never_opens_with_a_word_of_the_parent(catalogue: Catalogue) -> None:
    # "Goldman" is a name of Goldman Sachs, but "Sachs Alternatives" is no name of its unit
    short = unit_short_names(catalogue)
    assert "Game & Network Services" in short
    assert "Sachs Alternatives" not in short


@pytest.mark.parametrize("text, name", [
    ("Rivals Adidas and On Holding continue to win shelf space.", "On Holding"),
    ("Next shares rose 3% after the retailer raised its forecast.", "Next plc"),
    ("Sky shares fell 2%.", "Sky Group"),
    ("Analysts at Jefferies upgraded Next to buy.", "Next plc"),
])
def test_name_that_is_a_word_read_in_a_company_context(extractor: Extractor, text: str,
                                                       name: str) -> None:
    assert name in labels(run_in(extractor, text, "en"))


@pytest.mark.parametrize("text", [
    "On Monday, Nike said it would report next week; the sky is the limit, its chief said.",
    "Next, Nike plans to cut its prices on boots and shoes.",
])
def test_word_outside_a_company_context_names_nothing(extractor: Extractor, text: str) -> None:
    assert not {"On Holding", "Next plc", "Sky Group"} & labels(run_in(extractor, text, "en"))
