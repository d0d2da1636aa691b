"""Names that newer name rules took too far, on sentences written for these tests (invented
companies and facts beside catalogued ones): a German trade noun standing alone ("die
Reederei", "die Holding") names no firm by a common noun after it ("die Holding Schulden von
…"); a city's old German name that is a surname as well ("Posen") names no place inside a
person's name; a catalogued place opening a firm's name with a legal form ("Gdansk Shipping
Ltd") gives way to the firm; an issuer's name with only "ETF" after it is the issuer, no fund
of its own; a question word opens a name in a statement ("Where Food Comes From Inc.") and
only a question's or heading's is cut; a ship's flag of registry ("Panama-registered
tanker") is no place of its owner. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import employers, labels, metric_facts, run, triples

from kg.nlp.extract import Extractor


def _kinds(x) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in x.entities}


# --- a trade noun alone before a common noun ---------------------------------------------

@pytest.mark.parametrize("body, noun", [
    ("Bis Ende 2027 will die Fluggesellschaft Kosten in Höhe von 150 Millionen Euro senken.", "Kosten"),
    ("Im vergangenen Jahr hat die Holding Schulden von 900 Millionen Euro getilgt.", "Schulden"),
    ("Im zweiten Halbjahr schrieb die Reederei Verluste von 80 Millionen Euro.", "Verluste"),
    ("Für 2026 erwartet die Holding Gewinne von 300 Millionen Euro.", "Gewinne"),
])
def test_common_noun_after_a_trade_noun_alone_is_no_firm(extractor: Extractor, body: str,
                                                         noun: str) -> None:
    x = run(extractor, body, lang="de", headline="Unternehmen")
    assert noun not in labels(x)
    assert not any(f.about == noun for f in x.figures)


@pytest.mark.parametrize("body, name", [
    ("Die Fluggesellschaft Nordwind Air steigerte den Umsatz auf 700 Millionen Euro.", "Nordwind Air"),
    ("Der Umsatz der Bremer Reederei Weserkai Shipping stieg auf 150 Millionen Euro.", "Weserkai Shipping"),
    ("Die Fluggesellschaft Albatros meldete einen Gewinn von 40 Millionen Euro.", "Albatros"),
])
def test_name_after_a_trade_noun_alone_is_still_a_firm(extractor: Extractor, body: str,
                                                       name: str) -> None:
    """Look-alike: a name spelt unlike a common noun, or of two words, after the trade noun."""
    x = run(extractor, body, lang="de", headline="Unternehmen")
    assert _kinds(x).get(name) == "Company"


# --- a surname that is also a city's old German name -------------------------------------

def test_surname_posen_is_a_person(extractor: Extractor) -> None:
    body = ("\"Inflation will stay sticky,\" said Adam Posen, president of the Peterson Institute "
            "for International Economics.")
    x = run(extractor, body, lang="en", headline="Economy")
    assert "Adam Posen" in labels(x)
    assert "Poznań" not in labels(x)
    assert ("Adam Posen", "Peterson Institute") in employers(extractor, body, "en", "Economy")


def test_city_poznan_is_still_a_place(extractor: Extractor) -> None:
    """Look-alike: the city's own names stay places."""
    x = run(extractor, "Acme Logistics opened a depot in Poznan.", lang="en", headline="Depots")
    assert _kinds(x).get("Poznań") == "Place"


# --- a place opening a firm's name with a legal form --------------------------------------

@pytest.mark.parametrize("body, firm", [
    ("Gdansk Shipping Ltd said it would order three container ships.", "Gdansk Shipping"),
    ("Wroclaw Logistics Ltd said it would hire 300 drivers.", "Wroclaw Logistics"),
])
def test_place_opening_a_name_with_a_legal_form_gives_way(extractor: Extractor, body: str,
                                                          firm: str) -> None:
    x = run(extractor, body, lang="en", headline="Poland")
    assert _kinds(x).get(firm) == "Company"


def test_place_before_a_name_without_a_legal_form_stays_the_place(extractor: Extractor) -> None:
    """Look-alike: without a legal form the place's word is read as the place."""
    x = run(extractor, "Gdansk Shipping said it would order three container ships.", lang="en",
            headline="Poland")
    assert "Gdansk Shipping" not in labels(x)


# --- an issuer's name with only "ETF" after it --------------------------------------------

def test_issuer_with_etf_alone_is_the_issuer(extractor: Extractor) -> None:
    x = run(extractor, "Amundi ETF drew 3 billion euros of inflows in the quarter, Amundi said.",
            lang="en", headline="Fund flows")
    assert "Amundi ETF" not in labels(x)
    assert any(f.about == "Amundi" and f.value == Decimal("3000000000") for f in x.figures)


def test_fund_named_between_issuer_and_etf_is_the_fund(extractor: Extractor) -> None:
    """Look-alike: a fund's own name between the issuer and "ETF" names the fund whole."""
    x = run(extractor, "Amundi Global Water ETF drew 300 million euros of inflows in the quarter.",
            lang="en", headline="Fund flows")
    assert _kinds(x).get("Amundi Global Water ETF") == "FinancialInstitution"


# --- a question word opening a name ---------------------------------------------------------

def test_question_word_opens_a_name_in_a_statement(extractor: Extractor) -> None:
    x = run(extractor, "Where Meals Come From Inc. reported revenue of $9 million.", lang="en",
            headline="Results")
    assert ("Where Meals Come From", Decimal("9000000")) in metric_facts(x, "Revenue")
    assert "Meals Come From" not in labels(x)


def test_question_word_opening_a_question_is_cut(extractor: Extractor) -> None:
    """Look-alike: in a question the question word is no word of the name."""
    x = run(extractor, "Is Bramley Foods Inc. a buy after revenue rose to $9 million?", lang="en",
            headline="Results")
    assert "Bramley Foods" in labels(x)
    assert not any(label.startswith("Is ") for label in labels(x))


# --- a ship's flag of registry ------------------------------------------------------------

@pytest.mark.parametrize("body, place", [
    ("Acme's Panama-registered tanker was detained at sea.", "Panama"),
    ("Acme's Liberia-registered bulk carrier was detained at sea.", "Liberia"),
])
def test_flag_of_registry_is_no_place(extractor: Extractor, body: str, place: str) -> None:
    x = run(extractor, body, lang="en", headline="Shipping")
    assert place not in labels(x)


def test_registered_operator_keeps_its_seat(extractor: Extractor) -> None:
    """Look-alike: "-registered" before a company noun still gives the seat."""
    x = run(extractor, "The Bermuda-registered operator Weserkai Shipping Ltd reported revenue of "
            "$8 million.", lang="en", headline="Shipping")
    assert ("Weserkai Shipping", "locatedIn", "Bermuda") in triples(x)
