"""Readings that serve several callers, each caller's difference a parameter: the owner of an
unnamed unit (right before a supplier verb, or in a compound anywhere before the trigger), the
name whose shares moved in a city (a company, also after a relative clause; a bank only opening
its clause) and a title opening a clause of its own (after a comma, or after a subordinator with
none). Sentences written for these tests, catalogued companies only."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.nlp.roles import _clause_opened

# --- the owner of a unit the sentence leaves unnamed -------------------------------------------


def test_unit_compound_right_before_the_verb_supplies_not_its_owner(extractor: Extractor) -> None:
    x = run(extractor, "Die Siemens-Tochter liefert Chips an Bosch.")
    assert ("Siemens", "supplierOf", "Bosch") not in triples(x)
    y = run(extractor, "A subsidiary of Siemens supplies chips to Bosch.", "en")
    assert ("Siemens", "supplierOf", "Bosch") not in triples(y)


def test_owner_named_alone_supplies(extractor: Extractor) -> None:
    """Look-alike: the same verb with the name alone before it."""
    x = run(extractor, "Siemens liefert Chips an Bosch.")
    assert ("Siemens", "supplierOf", "Bosch") in triples(x)
    y = run(extractor, "Siemens supplies chips to Bosch.", "en")
    assert ("Siemens", "supplierOf", "Bosch") in triples(y)


def test_unit_compound_before_a_relative_clause_buys_not_its_owner(extractor: Extractor) -> None:
    x = run(extractor, "Die frühere Siemens-Tochter, die seit 2020 eigenständig ist, bezieht Chips von Bosch.")
    assert ("Bosch", "supplierOf", "Siemens") not in triples(x)


def test_owner_named_alone_buys(extractor: Extractor) -> None:
    """Look-alike: the name alone before the passive trigger is its object."""
    x = run(extractor, "Siemens bezieht Chips von Bosch.")
    assert ("Bosch", "supplierOf", "Siemens") in triples(x)


# --- the name whose shares moved in a city -----------------------------------------------------


def test_bank_and_company_moved_in_their_cities(extractor: Extractor) -> None:
    x = run(extractor, "UniCredit fell 1.3% in Milan, while Alibaba fell 2% in Hong Kong.", "en")
    assert {("UniCredit", "listedOn", "Borsa Italiana"),
            ("Alibaba Group", "listedOn", "Hong Kong Stock Exchange")} <= triples(x)


def test_bank_not_opening_its_clause_is_no_mover(extractor: Extractor) -> None:
    """Look-alike: the bank is the object of a noun before the move."""
    x = run(extractor, "Interest in UniCredit rose 3% in Milan.", "en")
    assert ("UniCredit", "listedOn", "Borsa Italiana") not in triples(x)


def test_company_moves_after_its_relative_clause(extractor: Extractor) -> None:
    x = run(extractor, "Baidu, whose models compete with Alibaba, fell 0.8% in Hong Kong.", "en")
    assert ("Baidu", "listedOn", "Hong Kong Stock Exchange") in triples(x)
    assert ("Alibaba Group", "listedOn", "Hong Kong Stock Exchange") not in triples(x)


def test_company_verb_before_its_percentage(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba fiel in Hongkong um 2 Prozent.")
    assert ("Alibaba Group", "listedOn", "Hong Kong Stock Exchange") in triples(x)


def test_metric_between_company_and_verb_is_no_move(extractor: Extractor) -> None:
    """Look-alike: sales, not shares, rose in the city."""
    x = run(extractor, "Xiaomi's sales rose 5% in Hong Kong.", "en")
    assert not any(p == "listedOn" for _, p, _ in triples(x))


# --- a title opening a clause of its own ---------------------------------------------------------


def test_title_after_a_comma_opens_a_clause_of_its_own() -> None:
    after_comma = _clause_opened("de", comma=True)
    assert after_comma.search("Glass Lewis riet ab, weil ")
    assert after_comma.search("Nordex investierte in Siemens, ")
    assert not after_comma.search("Nordex investierte in Siemens weil ")


def test_title_after_a_bare_subordinator_opens_a_clause_inside() -> None:
    """Look-alike: the same conjunction after a comma is the comma's reading, not this one."""
    inside = _clause_opened("en", comma=False)
    assert inside.search("UniCredit raised its stake in Commerzbank as ")
    assert not inside.search("UniCredit raised its stake in Commerzbank, as ")
    assert not inside.search("UniCredit raised its stake in Commerzbank ")
