"""Relation families of round 30, on sentences written for the test.

* "Zu den Kunden gehören A sowie der chinesische Elektroautobauer B": a later list item may
  follow a conjunction, an article and a company noun with its adjectives as long as a first
  item's gap; not where the words are no company noun ("sowie die ausgesprochen kritischen
  Analysten der Deutschen Bank").

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def test_list_item_after_long_company_noun_is_a_customer(extractor: Extractor) -> None:
    x = run(extractor, "Infineon hat die Prognose erhöht. Zu den größten Kunden des Konzerns gehören "
            "die Autozulieferer Bosch und Continental sowie der chinesische Elektroautobauer BYD.",
            "de", "Infineon hebt Prognose")
    supplied = {o for s, p, o in triples(x) if p == "supplierOf" and s == "Infineon Technologies"}
    assert supplied == {"Bosch", "Continental AG", "BYD"}


def test_list_does_not_run_on_past_a_long_gap_naming_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Zu den Kunden von Infineon gehören Bosch und Continental sowie die "
            "ausgesprochen kritischen Analysten der Deutschen Bank.", "de", "Infineon hebt Prognose")
    supplied = {o for s, p, o in triples(x) if p == "supplierOf" and s == "Infineon Technologies"}
    assert "Deutsche Bank" not in supplied
    assert {"Bosch", "Continental AG"} <= supplied
