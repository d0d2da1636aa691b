"""Customers of an order that German news name in forms the supply rules used to miss, on
sentences written for the test.

* "X erhielt einen Munitionsauftrag der Bundeswehr", "einen Milliardenauftrag von Y": an order
  named by its size or its goods is an order won like "einen Großauftrag"; the client in the
  genitive or after "von" is the winner's customer. An order of another kind ("einen
  Kaufauftrag der Allianz" a bank carries out) makes no one a supplier.
* "Auftraggeber ist X", "Den Auftrag erteilte der Energiekonzern X": the client of the order
  the article is about, named after the fronted order noun, is the article company's customer;
  not where the order goes to a recipient named after it ("an Y", "dem Konsortium aus Y").

Companies are real catalogue entries; the facts are invented. Each reading has a look-alike
beside it that must keep its other reading.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _suppliers(extractor: Extractor, body: str, headline: str = "Marktbericht") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, "de", headline)) if p == "supplierOf"}


# --- an order compound of size or goods ----------------------------------------------------------

@pytest.mark.parametrize(("body", "pair"), [
    ("Rheinmetall erhielt einen Munitionsauftrag der Bundeswehr über 2 Milliarden Euro.",
     ("Rheinmetall", "Bundeswehr")),
    ("Hensoldt meldete einen Milliardenauftrag von Airbus.", ("Hensoldt", "Airbus")),
])
def test_an_order_compound_names_its_client(extractor: Extractor, body: str, pair: tuple[str, str]) -> None:
    assert _suppliers(extractor, body) == {pair}


@pytest.mark.parametrize("body", [
    "Die Deutsche Bank führte einen Kaufauftrag der Allianz aus.",
    "Hensoldt erhielt einen Prüfauftrag der Bundeswehr.",
])
def test_an_order_of_another_kind_names_no_customer(extractor: Extractor, body: str) -> None:
    assert not _suppliers(extractor, body)


def test_the_compound_order_after_a_reference_is_the_article_companys(extractor: Extractor) -> None:
    body = ("Die Aktie von Rheinmetall stieg um 4 Prozent, nachdem der Rüstungskonzern einen "
            "Munitionsauftrag der Bundeswehr erhalten hatte.")
    assert _suppliers(extractor, body, "Rheinmetall-Aktie steigt") == {("Rheinmetall", "Bundeswehr")}


# --- the client named after the fronted order noun -----------------------------------------------

@pytest.mark.parametrize(("headline", "body", "pair"), [
    ("Rheinmetall erhält Rahmenvertrag",
     "Rheinmetall hat einen Rahmenvertrag erhalten. Auftraggeber ist die Bundeswehr.",
     ("Rheinmetall", "Bundeswehr")),
    ("Nordex erhält Großauftrag",
     "Nordex hat einen Großauftrag erhalten. Den Auftrag erteilte der schwedische Energiekonzern Vattenfall.",
     ("Nordex", "Vattenfall")),
])
def test_the_fronted_orders_client_is_the_article_companys_customer(
        extractor: Extractor, headline: str, body: str, pair: tuple[str, str]) -> None:
    assert pair in _suppliers(extractor, body, headline)


@pytest.mark.parametrize("body", [
    "Nordex hat einen Großauftrag erhalten. Den Auftrag erteilte Vattenfall an Siemens Energy.",
    "Nordex hat einen Großauftrag erhalten. Den Auftrag vergab Vattenfall dem Konsortium aus "
    "Siemens Energy und Nordex.",
])
def test_an_order_given_to_a_named_recipient_is_not_the_article_companys(extractor: Extractor, body: str) -> None:
    assert ("Nordex", "Vattenfall") not in _suppliers(extractor, body, "Nordex erhält Großauftrag")


def test_a_client_without_an_article_company_supplies_no_one(extractor: Extractor) -> None:
    assert not _suppliers(extractor, "Den Auftrag erteilte der schwedische Energiekonzern Vattenfall.")
