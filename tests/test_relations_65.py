"""Customers of an order, suppliers of goods and holders of a stake in forms the relation rules
used to miss, on sentences written for the test.

* "X erhielt einen Munitionsauftrag der Bundeswehr", "einen Milliardenauftrag von Y": an order
  named by its size or its goods is an order won like "einen Großauftrag"; the client in the
  genitive or after "von" is the winner's customer. An order of another kind ("einen
  Kaufauftrag der Allianz" a bank carries out) makes no one a supplier.
* "Auftraggeber ist X", "Den Auftrag erteilte der Energiekonzern X": the client of the order
  the article is about, named after the fronted order noun, is the article company's customer;
  not where the order goes to a recipient named after it ("an Y", "dem Konsortium aus Y").
* "Chips für die Fahrassistenz liefert der Pekinger Spezialist X", "Die Zünder liefert der
  Rüstungskonzern X", "Die Fahrzeuge für die Radare liefert X zu": goods fronted before the
  verb, its subject after it, supply the company the fronted phrase names, else the article's;
  not a contribution delivered ("Den größten Beitrag für das Wachstum lieferte die Sparte X"),
  a dative after the verb ("liefert der Deutschen Bahn") or a subject fronted ("Der Spezialist
  für Chips liefert …").
* "A and B, Y's two largest shareholders with stakes of 9.6% and 8.1% respectively,": each
  name of the list the apposition follows holds a stake in Y; not a source before the list
  ("Apple said A and B, …"), nor customers with orders of a size.

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


# --- goods fronted, the supplier after the verb ---------------------------------------------------

@pytest.mark.parametrize(("headline", "body", "pair"), [
    ("BYD steigert Absatz", "BYD hat den Absatz gesteigert. Chips für die Fahrassistenz liefert der "
     "Pekinger Spezialist Horizon Robotics.", ("Horizon Robotics", "BYD")),
    ("BMW steigert Absatz", "BMW steigerte den Absatz. Die Zünder liefert der Nürnberger "
     "Rüstungskonzern Diehl Defence.", ("Diehl Defence", "BMW")),
    ("Hensoldt steigert Umsatz", "Hensoldt hat den Umsatz gesteigert. Auch Partner profitieren: Die "
     "Fahrzeuge für die mobilen Radare liefert Rheinmetall zu.", ("Rheinmetall", "Hensoldt")),
    ("Telekom baut Netz aus", "Die Telekom baut das Netz aus. Die Netztechnik für Vodafone liefert "
     "bislang der finnische Ausrüster Nokia.", ("Nokia", "Vodafone")),
])
def test_fronted_goods_name_their_supplier_after_the_verb(
        extractor: Extractor, headline: str, body: str, pair: tuple[str, str]) -> None:
    assert _suppliers(extractor, body, headline) == {pair}


@pytest.mark.parametrize(("headline", "body"), [
    ("Talanx steigert Gewinn", "Talanx steigerte den Gewinn. Den größten Beitrag für das Wachstum "
     "lieferte erneut die Rückversicherungstochter Hannover Rück."),
    ("Siemens baut Netz aus", "Siemens baut das Netz aus. Die Technik für das Netz liefert der "
     "Deutschen Bahn die Firma Nokia."),
    ("Continental wächst", "Continental wächst. Der Spezialist für Chips liefert der Autobauer BMW "
     "künftig mehr."),
])
def test_a_contribution_a_dative_or_a_fronted_subject_names_no_supplier(
        extractor: Extractor, headline: str, body: str) -> None:
    assert not _suppliers(extractor, body, headline)


def test_fronted_goods_without_an_article_company_supply_no_one(extractor: Extractor) -> None:
    assert not _suppliers(extractor, "Chips für die Fahrassistenz liefert der Pekinger Spezialist Horizon Robotics.")


# --- a list apposed to the holders' noun with their stakes ----------------------------------------

def _holders(extractor: Extractor, body: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, "en", "Market report")) if p == "investsIn"}


@pytest.mark.parametrize("body", [
    "Vanguard Group and BlackRock Inc., PepsiCo's two largest shareholders with stakes of about 9.6% "
    "and 8.1% respectively, voted against.",
    "Apple said Vanguard and BlackRock, PepsiCo's largest shareholders with stakes of 9% and 8%, voted "
    "against.",
])
def test_each_holder_of_a_list_with_its_stake_holds_one(extractor: Extractor, body: str) -> None:
    assert _holders(extractor, body) == {("Vanguard", "PepsiCo"), ("BlackRock", "PepsiCo")}


def test_customers_with_orders_of_a_size_hold_no_stake(extractor: Extractor) -> None:
    body = ("Vanguard Group and BlackRock Inc., PepsiCo's two largest customers with orders of about 9.6% "
            "and 8.1% respectively, voted against.")
    assert not _holders(extractor, body)
