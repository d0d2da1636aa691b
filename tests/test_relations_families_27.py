"""Relation families of round 27, on sentences written for the test.

* "Der Essener Energieversorger X", "dem Rostocker Dienstleister X": a city's adjective before a
  company noun whose plural is spelled alike ("Versorger", "Dienstleister", "Zulieferer") names
  the company's seat where the article makes the noun singular ("Der", "dem", "den"); not after
  "die" or a lower-case "der", where the noun may be many companies ("die Aktien der Essener
  Versorger").
* "X: Der Rostocker Dienstleister wartet …": a name and a colon opening the sentence, then an
  article, a city's adjective and a company noun: X sits in that city; not before another noun
  ("X: Die Berliner Luft …"), nor a plural noun.

The company names are invented; each rule has a look-alike beside it that must not fire.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _seats(x: Extraction) -> set[tuple[str, str]]:
    """The (company, place) pairs of locatedIn."""
    return {(s, o) for s, p, o in triples(x) if p == "locatedIn"}


def test_city_adjective_before_a_singular_utility_noun(extractor: Extractor) -> None:
    x = run(extractor, "Der Essener Energieversorger Ruhrwatt will bis 2030 rund 20 Milliarden Euro "
            "investieren.", "de", "Ruhrwatt plant Rekordinvestitionen")
    assert ("Ruhrwatt", "Essen") in _seats(x)


def test_city_adjective_after_dative_article(extractor: Extractor) -> None:
    x = run(extractor, "Die Werft vergab den Auftrag an den Kieler Zulieferer Fördetec.", "de", "Auftrag vergeben")
    assert ("Fördetec", "Kiel") in _seats(x)


def test_plural_utilities_after_a_genitive_name_no_seat(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien der Essener Versorger Ruhrwatt und Emschergas fielen am Montag.",
            "de", "Versorger unter Druck")
    assert not {place for _, place in _seats(x)} & {"Essen"}


def test_colon_lead_sits_in_the_city_of_its_adjective(extractor: Extractor) -> None:
    x = run(extractor, "Nordkap Wartung: Der Rostocker Dienstleister wartet Windparks in der Ostsee und ist "
            "an der Börse notiert.", "de", "Drei Nebenwerte im Blick")
    assert ("Nordkap Wartung", "Rostock") in _seats(x)


def test_colon_lead_with_a_plural_noun_sits_nowhere(extractor: Extractor) -> None:
    x = run(extractor, "Nordkap Wartung: Die Rostocker Dienstleister warten Windparks in der Ostsee.",
            "de", "Drei Nebenwerte im Blick")
    assert not _seats(x)


def test_colon_lead_before_another_noun_sits_nowhere(extractor: Extractor) -> None:
    x = run(extractor, "Nordkap Wartung: Die Berliner Luft tut dem Geschäft gut.", "de", "Drei Nebenwerte im Blick")
    assert not _seats(x)
