"""Sales of a unit, on sentences written for these tests (catalogued companies, invented
figures): the noun of a sale with its possessive and the unit named before "an" or "to"
("den Verkauf seiner Sparte Y an X", "the sale of its Y unit to X") tells that X acquired Y,
as the verb does; a unit's name set off by commas after its unit noun ("sell its lighting
unit, Y, to X") is the unit sold, as the name right before the trigger is; and a possessive
right before the goods sold ("sold its chips to X") names the seller, which X does not
acquire. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- the noun of a sale -------------------------------------------------------------------


def test_sale_noun_of_a_named_unit_to_a_buyer_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Siemens kündigte den Verkauf seiner Sparte Osram an den Finanzinvestor KKR an.",
            headline="Siemens")
    assert ("KKR", "acquired", "Osram") in triples(x)


def test_sale_noun_of_shares_to_a_buyer_in_german_is_no_takeover(extractor: Extractor) -> None:
    """Look-alike: shares of the company are sold, not the company."""
    x = run(extractor, "Der Verkauf der Osram-Aktien an KKR brachte Siemens 2 Milliarden Euro.",
            headline="Siemens")
    assert ("KKR", "acquired", "Osram") not in triples(x)


def test_sale_noun_of_a_named_unit_to_a_buyer_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Siemens announced the sale of its Osram unit to Bosch for $3 billion.",
            lang="en", headline="Siemens")
    assert ("Bosch", "acquired", "Osram") in triples(x)


def test_sale_noun_of_a_stake_in_english_is_no_takeover(extractor: Extractor) -> None:
    """Look-alike: a stake in the company is sold to the buyer."""
    x = run(extractor, "Siemens completed the sale of its stake in Osram to Bosch.",
            lang="en", headline="Siemens")
    assert ("Bosch", "acquired", "Osram") not in triples(x)


def test_sale_noun_only_explored_is_no_takeover(extractor: Extractor) -> None:
    """Look-alike: a sale only explored has not happened."""
    x = run(extractor, "Siemens is exploring the sale of its Osram unit to Bosch.",
            lang="en", headline="Siemens")
    assert ("Bosch", "acquired", "Osram") not in triples(x)


# --- a unit's name set off by commas after its unit noun --------------------------------------


def test_unit_named_in_apposition_before_the_buyer(extractor: Extractor) -> None:
    x = run(extractor, "Last month, Siemens agreed to sell its lighting unit, Osram, to KKR for "
            "EUR1.4 billion.", lang="en", headline="Siemens")
    assert ("KKR", "acquired", "Osram") in triples(x)


def test_unit_named_in_apposition_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Siemens verkauft seine Lichtsparte, Osram, an KKR.", headline="Siemens")
    assert ("KKR", "acquired", "Osram") in triples(x)


def test_name_in_commas_after_goods_is_not_sold(extractor: Extractor) -> None:
    """Look-alike: the name set off by commas follows goods, no unit noun; it is not sold."""
    x = run(extractor, "Siemens verkauft Chips, Osram, an KKR.", headline="Siemens")
    assert ("KKR", "acquired", "Osram") not in triples(x)


# --- a possessive before the goods sold ---------------------------------------------------


def test_goods_sold_after_a_possessive_are_no_takeover_of_the_seller(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia sold its chips to Microsoft.", lang="en", headline="Nvidia")
    assert ("Microsoft", "acquired", "Nvidia") not in triples(x)


def test_sale_noun_of_goods_after_a_possessive_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia increased the sale of its chips to Microsoft.", lang="en", headline="Nvidia")
    assert ("Microsoft", "acquired", "Nvidia") not in triples(x)


def test_unit_named_after_the_possessive_is_still_sold(extractor: Extractor) -> None:
    """Look-alike: the name between the possessive and the unit noun is the unit sold."""
    x = run(extractor, "Siemens sold its Osram unit to Bosch.", lang="en", headline="Siemens")
    assert ("Bosch", "acquired", "Osram") in triples(x)
