"""Entity probes on sentences written for the test.

* A code-like product name before its noun may open with a catalogued product line ("the
  Instinct MI400 accelerators" over the catalogued "Instinct"): the model, named by line and
  code, replaces the line's mention; the line alone stays the line.
* A code may hold a colon before digits ("Lumen X:300") or open with a lower-case letter
  before a digit ("i7"): both are read as words of a product's name.
* A code-like name set off by commas after its noun and an article ("its fifth lithography
  system, the Lumen X:300,", "its first SUV, the Li i7,") is that product; a name without a
  digit, a period ("the Q3") or a speaker after the comma is none.
* German: a product noun after a contracted article ("im Flugabwehrsystem X", "das
  Elektroauto X") names the product; a person's given and family name there is a speaker.
* Two words may stand between the determiner and a descriptive noun ("its only marketed
  product, X,", "the world's largest contract chipmaker X"); a given and family name after
  any such noun is a person, no organisation or product ("its longtime investor Jane Doe").
* A German game noun ("Taktik-Shooter", "Rollenspiel") names the game in quotes after it, all
  its words, also after a compound of the noun; without quotes it names nothing.
* A name set off before its maker's possessive and a product noun ("Velmora, Pfizer's migraine
  pill,") is that product; not where a word after the noun makes it a unit, a person's post or
  a market ("Nvidia's chip unit", "… chip boss", "Europe's biggest drug market").

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _entities(extractor: Extractor, text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in run(extractor, text, lang=lang, headline="Market report").entities}


def test_code_after_a_catalogued_product_line_names_the_model(extractor: Extractor) -> None:
    found = _entities(extractor, "AMD will ship the Instinct MI400 accelerators to Oracle next year.")
    assert ("Instinct MI400", "Product") in found
    assert ("Instinct", "Product") not in found


def test_product_line_without_a_code_stays_the_line(extractor: Extractor) -> None:
    found = _entities(extractor, "AMD said demand for its Instinct accelerators doubled.")
    assert ("Instinct", "Product") in found


@pytest.mark.parametrize(("text", "entity"), [
    ("ASML delivered its fifth lithography system, the Lumen X:300, to Intel in May.",
     ("Lumen X:300", "Product")),
    ("Li Auto launched its first battery-only SUV, the Li i7, in July.",
     ("Li i7", "Product")),
    ("Nio said its new flagship sedan, the Orra ET9, sold out.",
     ("Orra ET9", "Product")),
])
def test_code_like_name_set_off_after_its_noun(extractor: Extractor, text: str,
                                               entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text)


@pytest.mark.parametrize("text", [
    "Its 5G system, the CEO said, is ready for launch.",
    "Its new SUV, the Voyager, sold out within a week.",
    "Sales of the new car rose in the quarter, the Q3, by a fifth.",
    "The plant covers 500 m2 and built 40 vehicles, the most since 2021.",
])
def test_no_product_without_a_code_or_a_closed_name(extractor: Extractor, text: str) -> None:
    assert {label for label, kind in _entities(extractor, text) if kind == "Product"} == set()


@pytest.mark.parametrize(("text", "entity"), [
    ("Das Radar steckt auch im Flugabwehrsystem Falkor NG des Partners Diehl Defence.",
     ("Falkor NG", "Product")),
    ("Gemeinsam mit Honda entwickelt Sony das Elektroauto Vireo.", ("Vireo", "Product")),
])
def test_german_product_noun_after_a_contracted_article(extractor: Extractor, text: str,
                                                        entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text, "de")


@pytest.mark.parametrize("text", [
    "Das sagte im Elektroauto Jane Doe, die Chefin des Händlers.",
    "Im Konzern Siemens herrscht nach dem Auftrag Ruhe.",
])
def test_no_product_for_a_person_or_company_after_the_noun(extractor: Extractor, text: str) -> None:
    assert {label for label, kind in _entities(extractor, text, "de") if kind == "Product"} == set()


@pytest.mark.parametrize(("text", "entity"), [
    ("Quintara's only marketed product, Zelmoxa, generated sales of $1.1 billion.",
     ("Zelmoxa", "Product")),
    ("Shares of the world's largest contract chipmaker Foxlane rose 3%.", ("Foxlane", "Company")),
])
def test_two_words_between_the_determiner_and_the_noun(extractor: Extractor, text: str,
                                                       entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text)


@pytest.mark.parametrize("text", [
    "Its longtime senior investor Jane Doe said the stake was sold.",
    "The company's only marketed product, Smith said, will grow.",
])
def test_person_after_a_longer_apposition_is_no_organisation_or_product(
        extractor: Extractor, text: str) -> None:
    found = _entities(extractor, text)
    assert {label for label, kind in found if kind != "Person"} == set()


@pytest.mark.parametrize(("text", "entity"), [
    ('Der Umsatz stieg dank dem neuen Taktik-Shooter "Nebelfront Zero".', ("Nebelfront Zero", "Product")),
    ("Der Umsatz stieg dank dem Rollenspiel „Sternenwacht Online“ kräftig.",
     ("Sternenwacht Online", "Product")),
])
def test_quoted_game_after_its_noun(extractor: Extractor, text: str,
                                    entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text, "de")


@pytest.mark.parametrize("text", [
    "Laut dem Shooter Jan Berg fiel das Tor erst spät.",
    "Das neue Rollenspiel Kunden zu verkaufen, fiel dem Händler schwer.",
])
def test_unquoted_name_after_a_game_noun_is_no_product(extractor: Extractor, text: str) -> None:
    assert {label for label, kind in _entities(extractor, text, "de") if kind == "Product"} == set()


@pytest.mark.parametrize(("text", "entity"), [
    ("Regulators approved Velmora, Pfizer's migraine pill, in May.", ("Velmora", "Product")),
    ("Sales of Orvanta, Novartis's heart drug, rose 12%.", ("Orvanta", "Product")),
])
def test_product_described_after_its_makers_possessive(extractor: Extractor, text: str,
                                                       entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text)


@pytest.mark.parametrize("text", [
    "The deal was announced by Kwame Osei, Nvidia's chip boss.",
    "Demand came from Osei, Nvidia's chip unit.",
    "Trading began in Frankfurt, Europe's biggest drug market.",
])
def test_no_product_for_a_person_unit_or_place_before_a_possessive(extractor: Extractor,
                                                                   text: str) -> None:
    assert {label for label, kind in _entities(extractor, text) if kind == "Product"} == set()
