"""Shares sold to investors (the buyers hold them, the seller holds nothing) and orders placed.

* "X, das Anteile an Finanzinvestoren wie A und B verkauft": no stake of X in A or B (the
  shares go "an" the buyers); a stake the clause ends by selling ("hat Anteile an Y
  verkauft") is none either, while one held or bought ("hält/erworben") keeps its reading.
* "X, which sold stakes to investors such as A and B", "X sold a stake in Y to A": shares
  change hands, X supplies nothing to A, B or Y; goods sold "to" a company still make X its
  supplier.
* "X placed an order for 20 jets from Y": Y supplies X; an order only planned ("plans to
  place", "considering placing") or a name in another clause is none.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


@pytest.mark.parametrize("body", [
    "Stabilus, das Anteile an Finanzinvestoren wie Blackstone und KKR verkauft, legte zu.",
    "Stabilus hat Anteile an Blackstone und KKR verkauft.",
    "Siemens hat Anteile an Investoren wie KKR abgegeben.",
])
def test_shares_sold_are_no_stake_of_the_seller_de(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "de"), "investsIn")


@pytest.mark.parametrize("body", [
    "Stabilus hält Anteile an Kion.",
    "Stabilus hat Anteile an Kion erworben.",
])
def test_stake_held_or_bought_keeps_its_reading_de(extractor: Extractor, body: str) -> None:
    assert _of(run(extractor, body, "de"), "investsIn") == {("Stabilus", "Kion Group")}


@pytest.mark.parametrize("body", [
    "Stabilus, which sold stakes to investors such as Blackstone and KKR, rose.",
    "Stabilus sold a stake in Kion to investors such as KKR.",
    "Stabilus sold 5% of its shares to KKR.",
])
def test_stakes_sold_are_no_supply_en(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "en", "Market report"), "supplierOf")


@pytest.mark.parametrize("body", [
    "Stabilus sold gas springs to Daimler Truck.",
    "Stabilus sold more than 1 million springs to Daimler Truck.",
])
def test_goods_sold_keep_the_supply_en(extractor: Extractor, body: str) -> None:
    assert _of(run(extractor, body, "en", "Market report"), "supplierOf") == {("Stabilus", "Daimler Truck")}


@pytest.mark.parametrize("body", [
    "Lufthansa placed an order for 20 jets from Airbus.",
    "Lufthansa has placed a firm order for 12 long-haul jets from Airbus.",
])
def test_order_placed_for_goods_from(extractor: Extractor, body: str) -> None:
    assert _of(run(extractor, body, "en", "Airline news"), "supplierOf") == {("Airbus", "Lufthansa")}


@pytest.mark.parametrize("body", [
    "Lufthansa plans to place an order for 20 jets from Airbus.",
    "Lufthansa is considering placing an order for 20 jets from Airbus.",
    "Lufthansa placed an order for 20 jets, and shares of Airbus rose.",
])
def test_order_placed_look_alikes(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "en", "Airline news"), "supplierOf")
