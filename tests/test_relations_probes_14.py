"""Relation forms of the fourteenth round, on sentences written for the test: a
company or unit sold to a buyer is the buyer's takeover (goods or stakes sold are
none, and the company sold is supplied nothing); an order placed with or given to a
company makes it the supplier, and every customer of a list buys; a deal a company is only in the
race for, or a partnership it terminates ("kündigt die Partnerschaft"), is no deal;
a name governed by "with" after a list is no subject of the list's deal; a unit spun off
or sold is no subsidiary of its former parent.

Companies are real catalogue entries; the facts are invented. Each rule has a
look-alike beside it that must not fire or must keep its fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- a company or unit sold to a buyer ----------------------------------------------------


def test_company_sold_to_a_buyer_is_the_buyers_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sells Osram to Bosch.", "en", "Siemens")
    assert _of(x, "acquired") == {("Bosch", "Osram")}
    assert _of(x, "supplierOf") == set()


def test_unit_sold_to_a_buyer_is_the_buyers_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sold its Osram unit to Bosch.", "en", "Siemens")
    assert _of(x, "acquired") == {("Bosch", "Osram")}


def test_german_unit_sold_to_a_buyer_is_the_buyers_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens verkauft seine Sparte Osram an Bosch.", "de", "Siemens")
    assert _of(x, "acquired") == {("Bosch", "Osram")}


def test_german_company_sold_to_a_buyer(extractor: Extractor) -> None:
    x = run(extractor, "Siemens verkaufte die Tochter Osram an Bosch.", "de", "Siemens")
    assert _of(x, "acquired") == {("Bosch", "Osram")}


def test_goods_sold_to_a_buyer_are_no_takeover(extractor: Extractor) -> None:
    # look-alike: a product sold, its maker is not the one sold
    x = run(extractor, "Nvidia sold H20 chips to Alibaba.", "en", "Nvidia")
    assert _of(x, "acquired") == set()
    x = run(extractor, "Nvidia sold Blackwell to Microsoft.", "en", "Nvidia")
    assert _of(x, "acquired") == set()


def test_german_goods_sold_to_a_buyer_are_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia verkauft Chips an Alibaba.", "de", "Nvidia")
    assert _of(x, "acquired") == set()


def test_stake_sold_to_a_buyer_is_no_takeover(extractor: Extractor) -> None:
    # look-alike: a stake or shares change hands, not the company
    x = run(extractor, "Siemens sold its stake in Osram to Bosch.", "en", "Siemens")
    assert _of(x, "acquired") == set()
    x = run(extractor, "Siemens sells Osram shares to Bosch.", "en", "Siemens")
    assert _of(x, "acquired") == set()
    x = run(extractor, "Siemens verkauft seine Anteile an Osram an Bosch.", "de", "Siemens")
    assert _of(x, "acquired") == set()


def test_sale_only_weighed_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens could sell Osram to Bosch.", "en", "Siemens")
    assert _of(x, "acquired") == set()


# --- a race for a deal, a terminated partnership ------------------------------------------


def test_race_to_buy_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens was once in the race to buy Osram.", "en", "Siemens")
    assert _of(x, "acquired") == set()
    x = run(extractor, "Siemens joined the race to buy Osram.", "en", "Siemens")
    assert _of(x, "acquired") == set()


def test_plain_purchase_is_still_a_takeover(extractor: Extractor) -> None:
    # look-alike: no race, a purchase
    x = run(extractor, "Siemens bought Osram.", "en", "Siemens")
    assert _of(x, "acquired") == {("Siemens", "Osram")}


def test_terminated_partnership_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "BASF kündigt die Partnerschaft mit SAP.", "de", "BASF")
    assert _of(x, "partnerOf") == set()
    x = run(extractor, "BASF hat die Partnerschaft mit SAP gekündigt.", "de", "BASF")
    assert _of(x, "partnerOf") == set()


def test_announced_partnership_is_still_a_partnership(extractor: Extractor) -> None:
    # look-alike: "kündigt … an", "angekündigt" announce, they end nothing
    x = run(extractor, "BASF kündigt die Partnerschaft mit SAP an.", "de", "BASF")
    assert _of(x, "partnerOf") == {("BASF", "SAP")}
    x = run(extractor, "BASF hat die Partnerschaft mit SAP angekündigt.", "de", "BASF")
    assert _of(x, "partnerOf") == {("BASF", "SAP")}


# --- a name governed by "with" after a list -----------------------------------------------


def test_second_with_name_is_no_partner_of_the_first(extractor: Extractor) -> None:
    x = run(extractor, "Deal wins included a contract with German truckmaker Daimler Truck "
            "and an engagement with British telecoms group Vodafone.", "en", "Infosys")
    assert ("Vodafone", "Daimler Truck") not in _of(x, "partnerOf")
    assert ("Daimler Truck", "Vodafone") not in _of(x, "partnerOf")


def test_subject_after_a_partner_list_is_still_the_partner(extractor: Extractor) -> None:
    # look-alike: a name after the list that no preposition governs is the clause's subject
    x = run(extractor, "Nach der Partnerschaft mit SAP steigerte BASF den Umsatz.", "de", "Marktbericht")
    assert _of(x, "partnerOf") == {("BASF", "SAP")}


# --- orders placed with a supplier, customers who buy from one -----------------------------


def test_order_placed_with_a_company_makes_it_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "BASF placed a large order with Siemens.", "en", "BASF")
    assert _of(x, "supplierOf") == {("Siemens", "BASF")}


def test_german_order_given_to_a_company_makes_it_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "BASF vergibt einen Auftrag an Siemens.", "de", "BASF")
    assert _of(x, "supplierOf") == {("Siemens", "BASF")}
    x = run(extractor, "Die Deutsche Bahn erteilt den Zuschlag an Siemens und Alstom.", "de", "Deutsche Bahn")
    assert _of(x, "supplierOf") == {("Siemens", "Deutsche Bahn"), ("Alstom", "Deutsche Bahn")}


def test_every_listed_customer_buys_from_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Customers such as Microsoft and Amazon buy from Nvidia.", "en", "Nvidia")
    assert _of(x, "supplierOf") == {("Nvidia", "Microsoft"), ("Nvidia", "Amazon")}


def test_orders_switched_away_name_no_supplier(extractor: Extractor) -> None:
    # look-alike of "ordered chips from X": the orders left X
    x = run(extractor, "Apple switched orders from Samsung to TSMC.", "en", "Apple")
    assert ("Samsung Electronics", "Apple") not in _of(x, "supplierOf")


def test_chips_bought_from_a_company_still_make_it_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Apple bought chips from Samsung.", "en", "Apple")
    assert _of(x, "supplierOf") == {("Samsung Electronics", "Apple")}


# --- a unit spun off or sold is no unit of its former parent -------------------------------


def test_spun_off_unit_is_no_subsidiary(extractor: Extractor) -> None:
    x = run(extractor, "Siemens spun off its energy unit Siemens Energy in 2020.", "en", "Siemens")
    assert _of(x, "subsidiaryOf") == set()
    x = run(extractor, "Die von Siemens abgespaltene Tochter Siemens Energy legte zu.", "de", "Siemens")
    assert _of(x, "subsidiaryOf") == set()
    x = run(extractor, "Siemens spaltet seine Sparte Siemens Energy ab.", "de", "Siemens")
    assert _of(x, "subsidiaryOf") == set()


def test_sold_unit_is_no_subsidiary_of_the_seller(extractor: Extractor) -> None:
    x = run(extractor, "Siemens verkauft seine Sparte Osram an Bosch.", "de", "Siemens")
    assert _of(x, "subsidiaryOf") == set()


def test_unit_kept_is_still_a_subsidiary(extractor: Extractor) -> None:
    # look-alike: the same apposition, nothing spun off or sold
    x = run(extractor, "Siemens stärkt seine Sparte Siemens Energy.", "de", "Siemens")
    assert _of(x, "subsidiaryOf") == {("Siemens Energy", "Siemens")}
    x = run(extractor, "Siemens expanded its energy unit Siemens Energy in 2020.", "en", "Siemens")
    assert _of(x, "subsidiaryOf") == {("Siemens Energy", "Siemens")}
