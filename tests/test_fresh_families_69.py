"""Families of construction in news on management changes and groups with units, on sentences
written for these tests (invented companies, catalogued houses, invented facts):

* a short name shared by a group and a subsidiary named after it ("Brandwerk Antriebe SE" and
  "die Tochter Brandwerk Hydraulik GmbH"; "Kestrow Marine Holdings Ltd." and "its subsidiary
  Kestrow Logistics Ltd."): the word alone is the group's, as the text presents the other one
  as its subsidiary; two companies of the article that share the word without one being
  presented so keep it from both, and so do two that are both presented as subsidiaries;
* a seat's adjective and a company noun before a name the extractor does not know ("in den
  Aufsichtsrat der Hamburger Reederei Nordkai Shipping"): the seat is that company's, never that
  of a house named before that the catalogue seats in the city; without a name after the noun
  ("Die Hamburger Bank hob das Kursziel") the phrase still means that house;
* the genitive of a named person's surname before a noun ("Bredes Aufgaben als Finanzchef"
  after "Finanzvorstand Tobias Brede"): the person's phrase, no new person with the title;
* "take over the technical management of ships owned by X": a service taken on, no takeover
  of X, while "take over X" stays one.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a short name shared by a group and its subsidiary ------------------------------------------

def test_short_name_beside_a_subsidiary_named_after_the_group_is_the_group(extractor: Extractor) -> None:
    x = run(extractor, "Die Brandwerk Antriebe SE hat ihren Umsatz gesteigert. Die Tochter Brandwerk "
                       "Hydraulik GmbH baut ein neues Werk.\nDie Brandwerk-Aktie gewann 4,2 Prozent. "
                       "Brandwerk ist seit März Mitglied im SDax.")
    assert metric_facts(x, "StockPriceChange") == {("Brandwerk Antriebe", Decimal("4.2"))}
    assert ("Brandwerk Antriebe", "memberOf", "SDAX") in triples(x)


def test_short_name_beside_a_subsidiary_in_english_is_the_group(extractor: Extractor) -> None:
    x = run(extractor, "Kestrow Marine Holdings Ltd. reported a higher profit on Thursday. Its "
                       "subsidiary Kestrow Logistics Ltd. will run two new terminals.\n"
                       "Kestrow shares rose 3.4% in Oslo.", lang="en", headline="Tanker results")
    assert metric_facts(x, "StockPriceChange") == {("Kestrow Marine Holdings", Decimal("3.4"))}


def test_short_name_of_two_companies_none_a_subsidiary_names_neither(extractor: Extractor) -> None:
    """Look-alike: no subsidiary noun before either name, so the word names none of them."""
    x = run(extractor, "Die Brandwerk Antriebe SE und die Brandwerk Hydraulik GmbH legten Zahlen vor.\n"
                       "Brandwerk ist seit März Mitglied im SDax.")
    assert not any(r.predicate == "memberOf" for r in x.relations)


def test_short_name_of_two_subsidiaries_names_neither(extractor: Extractor) -> None:
    """Look-alike: both names are presented as subsidiaries, so the text tells no group."""
    x = run(extractor, "Die Tochter Brandwerk Antriebe GmbH wächst. Auch die Tochter Brandwerk "
                       "Hydraulik GmbH baut ein neues Werk.\nBrandwerk ist seit März Mitglied im SDax.")
    assert not any(r.predicate == "memberOf" for r in x.relations)


# --- a seat's adjective and a company noun before an unknown name ----------------------------

def test_seat_before_an_unknown_name_is_no_seat_of_a_house_named_before(extractor: Extractor) -> None:
    x = run(extractor, "Analyst Jonas Kurz von Berenberg stuft die Aktie mit Buy ein. Der frühere "
                       "Vorstandschef soll in den Aufsichtsrat der Hamburger Reederei Nordkai "
                       "Shipping wechseln.")
    assert ("Berenberg", "locatedIn", "Hamburg") not in triples(x)


def test_seat_before_a_company_noun_alone_keeps_the_house(extractor: Extractor) -> None:
    """Look-alike: no name after the noun, so the phrase refers to the house named before."""
    x = run(extractor, "Die Berenberg-Analysten sind skeptisch. Die Hamburger Bank hob das Kursziel.")
    assert ("Berenberg", "locatedIn", "Hamburg") in triples(x)


# --- a surname in the genitive before a noun -------------------------------------------------

def test_surname_in_the_genitive_opens_no_person(extractor: Extractor) -> None:
    x = run(extractor, "Finanzvorstand Tobias Brede wird neuer Vorstandschef der Allianz. Bredes "
                       "Aufgaben als Finanzchef übernimmt kommissarisch Miriam Albers.")
    people = {e.label for e in x.entities if e.type == "Person"}
    assert "Tobias Brede" in people
    assert not any(label.startswith("Bredes") for label in people)


def test_a_name_before_a_title_that_opens_with_no_named_surname_is_a_person(extractor: Extractor) -> None:
    """Look-alike: the first word is no surname of a person named before."""
    x = run(extractor, "Finanzvorstand Tobias Brede wird neuer Vorstandschef der Allianz. Frederik "
                       "Albers als Finanzchef übernimmt kommissarisch.")
    assert "Frederik Albers" in {e.label for e in x.entities if e.type == "Person"}


# --- taking over a service, not a company ----------------------------------------------------

def test_taking_over_the_management_of_ships_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Hapag-Lloyd agreed to take over the technical management of six ships owned "
                       "by Maersk.", lang="en", headline="Shipping news")
    assert not any(r.predicate == "acquired" for r in x.relations)


def test_taking_over_a_company_stays_a_takeover(extractor: Extractor) -> None:
    """Look-alike: the company itself is taken over."""
    x = run(extractor, "Hapag-Lloyd agreed to take over Maersk for $2 billion.",
            lang="en", headline="Shipping news")
    assert ("Hapag-Lloyd", "acquired", "Maersk") in triples(x)
