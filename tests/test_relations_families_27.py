"""Relation families, on sentences written for the test.

* "Der Essener Energieversorger X", "dem Rostocker Dienstleister X": a city's adjective before a
  company noun whose plural is spelled alike ("Versorger", "Dienstleister", "Zulieferer") names
  the company's seat where the article makes the noun singular ("Der", "dem", "den"); not after
  "die" or a lower-case "der", where the noun may be many companies ("die Aktien der Essener
  Versorger").
* "X: Der Rostocker Dienstleister wartet …": a name and a colon opening the sentence, then an
  article, a city's adjective and a company noun: X sits in that city; not before another noun
  ("X: Die Berliner Luft …"), nor a plural noun.
* "Y, an dem X 74,9 Prozent hält": a decimal comma inside the relative clause ends no clause;
  X invests in Y. A comma between words still does.
* "Y, an dem X 74,9 Prozent hält", "Y, in which X owns 62%": a holder of more than half of Y
  makes Y its subsidiary; a minority ("49 Prozent", "a 49.5% stake") is only an investment.
* "Mit dem Autobauer X entwickelt Y das Elektroauto Z": the partner fronted before the verb,
  the subject after it: X and Y are partners, Y develops Z; not where another noun stands
  before the name ("Mit der Übernahme von X …"), nor a verb other than working together.

The company names are invented or real catalogue entries with invented facts; each rule has a look-alike beside it that must not fire.
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


def _directed(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of a predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


def test_decimal_share_in_held_relative(extractor: Extractor) -> None:
    x = run(extractor, "Der Netzbetreiber Amprion, an dem RWE 24,9 Prozent hält, plant neue Leitungen.",
            "de", "Netzausbau")
    assert ("RWE", "investsIn", "Amprion") in triples(x)
    assert ("Amprion", "RWE") not in _directed(x, "subsidiaryOf")


def test_comma_between_words_still_ends_the_clause(extractor: Extractor) -> None:
    x = run(extractor, "Der Netzbetreiber Amprion, an dem RWE zweifelt, plant Leitungen, die Eon hält.",
            "de", "Netzausbau")
    assert ("RWE", "investsIn", "Amprion") not in triples(x)


def test_majority_in_held_relative_makes_a_subsidiary(extractor: Extractor) -> None:
    x = run(extractor, "Der Netzbetreiber Amprion, an dem RWE 74,9 Prozent hält, plant neue Leitungen.",
            "de", "Netzausbau")
    assert ("Amprion", "RWE") in _directed(x, "subsidiaryOf")


def test_minority_in_held_relative_is_no_subsidiary(extractor: Extractor) -> None:
    x = run(extractor, "Die Santander Bank Polska, an der die Erste Group seit Januar 49 Prozent hält, wächst.",
            "de", "Bankenbericht")
    assert ("Erste Group", "investsIn", "Santander Bank Polska") in triples(x)
    assert not _directed(x, "subsidiaryOf")


def test_english_majority_owned_makes_a_subsidiary(extractor: Extractor) -> None:
    x = run(extractor, "Its largest asset is Amprion, in which RWE owns 62% and whose bonds trade in "
            "Luxembourg.", "en", "Utility holdings")
    assert ("Amprion", "RWE") in _directed(x, "subsidiaryOf")


def test_english_minority_stake_is_no_subsidiary(extractor: Extractor) -> None:
    x = run(extractor, "Its largest asset is Amprion, in which RWE holds a 49.5% stake.", "en", "Utility holdings")
    assert ("RWE", "investsIn", "Amprion") in triples(x)
    assert not _directed(x, "subsidiaryOf")


def test_fronted_partner_and_product(extractor: Extractor) -> None:
    x = run(extractor, "Mit dem Chipkonzern Nvidia entwickelt Mercedes-Benz das Elektroauto Vionda.",
            "de", "Autonomes Fahren")
    assert frozenset(("Nvidia", "Mercedes-Benz Group")) in {frozenset(pair) for pair in _directed(x, "partnerOf")}
    assert ("Mercedes-Benz Group", "Vionda") in _directed(x, "develops")


def test_fronted_takeover_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Mit der Übernahme von Osram entwickelt Siemens sein Lichtgeschäft weiter.",
            "de", "Zukauf")
    assert not _directed(x, "partnerOf")


def test_fronted_other_verb_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Mit Osram baut Siemens sein Lichtgeschäft aus.", "de", "Zukauf")
    assert not _directed(x, "partnerOf")
