"""Relations of the fifteenth round, on sentences written for the test: a list of names
ends where a comma opens examples ("lost customers to X, including Y": Y is a customer
lost, no rival); a company chosen by another as its supplier supplies it, in the passive
and the active, in English and German.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire, or must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- examples after a comma end a list ---------------------------------------------------


def test_customers_lost_to_a_rival_are_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Samsung lost customers to TSMC, including Nvidia.", "en", "Samsung")
    assert _of(x, "competitorOf") == {("Samsung Electronics", "Taiwan Semiconductor Manufacturing")}


def test_customers_listed_after_including_are_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Samsung has lost major customers to TSMC, including Nvidia and Apple.",
            "en", "Samsung")
    assert _of(x, "competitorOf") == {("Samsung Electronics", "Taiwan Semiconductor Manufacturing")}


def test_german_customers_lost_after_darunter_are_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Samsung verlor Kunden an TSMC, darunter Nvidia.", "de", "Samsung")
    assert _of(x, "competitorOf") == {("Samsung Electronics", "Taiwan Semiconductor Manufacturing")}


def test_rivals_introduced_by_such_as_stay_rivals(extractor: Extractor) -> None:
    # look-alike: the examples open right after the trigger, no name before them
    x = run(extractor, "Intel lost market share to rivals such as AMD and Nvidia.", "en", "Intel")
    assert _of(x, "competitorOf") == {("Intel", "Advanced Micro Devices"), ("Intel", "Nvidia")}


def test_list_with_a_comma_before_and_keeps_its_last_item(extractor: Extractor) -> None:
    x = run(extractor, "Infosys partners with SAP, Siemens, and Bosch on cloud projects.", "en", "Infosys")
    assert _of(x, "partnerOf") == {("Infosys", "SAP"), ("Infosys", "Siemens"), ("Infosys", "Bosch")}


def test_rival_list_with_a_comma_before_and_keeps_its_last_item(extractor: Extractor) -> None:
    x = run(extractor, "BMW competes with Mercedes-Benz, Audi, and Tesla.", "en", "BMW")
    assert _of(x, "competitorOf") == {("BMW", "Mercedes-Benz Group"), ("BMW", "Audi"), ("BMW", "Tesla")}


# --- a supplier chosen ---------------------------------------------------------------------


def test_company_selected_as_supplier_supplies_the_chooser(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was selected by BMW as a supplier.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}
    assert _of(x, "partnerOf") == set()


def test_company_chosen_as_its_battery_supplier_supplies(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was chosen by BMW as its battery supplier.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_company_selected_as_supplier_by_a_chooser_after(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was selected as a supplier by BMW.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_chooser_naming_a_supplier_in_the_active(extractor: Extractor) -> None:
    x = run(extractor, "BMW selected Bosch as its preferred supplier for batteries.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_supplier_word_qualifying_another_noun_names_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "BMW named Bosch chief Stefan Hartung as a supplier liaison.", "en", "Bosch")
    assert _of(x, "supplierOf") == set()


def test_company_selected_as_partner_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was selected by BMW as a partner.", "en", "Bosch")
    assert _of(x, "supplierOf") == set()
    assert _of(x, "partnerOf") == {("Bosch", "BMW")}


def test_german_company_chosen_as_supplier_supplies(extractor: Extractor) -> None:
    x = run(extractor, "Bosch wurde von BMW als Lieferant ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}
    assert _of(x, "partnerOf") == set()


def test_german_company_chosen_as_supplier_of_something_supplies(extractor: Extractor) -> None:
    x = run(extractor, "Bosch wurde von BMW als Zulieferer für Batterien ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_german_chooser_naming_a_supplier_in_the_active(extractor: Extractor) -> None:
    x = run(extractor, "BMW hat Bosch als Lieferanten ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_german_chooser_with_separable_verb(extractor: Extractor) -> None:
    x = run(extractor, "BMW wählte Bosch als Zulieferer aus.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_german_company_chosen_as_partner_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Bosch wurde von BMW als Partner ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == set()


def test_german_customer_won_is_no_chosen_supplier(extractor: Extractor) -> None:
    # look-alike: "als Kunden gewonnen" names a customer by another verb, which this rule leaves
    x = run(extractor, "Bosch hat BMW als Kunden gewonnen.", "de", "Bosch")
    assert ("BMW", "Bosch") not in _of(x, "supplierOf")
