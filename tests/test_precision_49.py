"""Wrong facts of the precision49 families, each fixed so that it holds for any article:

* "Im Halbleitergeschäft liefert Infineon Chips an BMW": a business word ("Halbleiter-
  geschäft", "the chip business") names a unit of the company only where the unit is called
  by that word alone or after the company's own name; a subsidiary with a name of its own
  ("Cypress Semiconductor") is no "semiconductor business" of its parent;
* "Herr Haniel sagte", "Mr Würth said": a person's title makes the catalogue name after it
  the person's surname, whatever company bears it;
* "Komatsu sells fewer machines as local rivals Sany and Hitachi cut prices": the rivals
  named after a verb of supply receive nothing (a rival after "to" still does);
* "Bernstein said the plan could add $5 a share to earnings power": what something could
  add is a possibility, no figure reported.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run_in

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _suppliers(x: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "supplierOf"}


def _labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


# --- a business word names no separately named subsidiary --------------------------------------

@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Im Halbleitergeschäft liefert Infineon Chips an BMW."),
    ("de", "Im Halbleiter-Geschäft liefert Infineon Chips an BMW."),
    ("en", "In its semiconductor business, Infineon supplies chips to BMW."),
])
def test_business_word_names_no_subsidiary_of_its_own_name(extractor: Extractor, lang: str,
                                                           sentence: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert "Cypress Semiconductor" not in _labels(x)
    assert ("Infineon Technologies", "BMW") in _suppliers(x)


def test_subsidiary_named_by_its_name_keeps_its_reading(extractor: Extractor) -> None:
    x = run_in(extractor, "Cypress Semiconductor liefert Chips an BMW.", "de")
    assert ("Cypress Semiconductor", "BMW") in _suppliers(x)


def test_business_word_still_names_a_unit_called_after_its_parent(extractor: Extractor) -> None:
    x = run_in(extractor, "Alibaba wächst weiter. Im Cloud-Geschäft stieg der Umsatz um 20 Prozent.", "de")
    assert "Alibaba Cloud" in {f.about for f in x.figures}


# --- a person's title before a catalogue name -------------------------------------------------

@pytest.mark.parametrize(("lang", "sentence", "company"), [
    ("de", "Herr Haniel sagte, der Umsatz sei um 5 Prozent gestiegen.", "Haniel"),
    ("de", "Frau Würth sagte, der Umsatz sei um 5 Prozent gestiegen.", "Würth"),
    ("en", "Mr Würth said revenue rose 5%.", "Würth"),
    ("en", "Mr. Haniel said revenue rose 5%.", "Haniel"),
])
def test_title_makes_a_name_a_surname(extractor: Extractor, lang: str, sentence: str,
                                      company: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert company not in {f.about for f in x.figures}


@pytest.mark.parametrize(("lang", "sentence", "company"), [
    ("de", "Haniel steigerte den Umsatz um 5 Prozent.", "Haniel"),
    ("en", "Würth said revenue rose 5%.", "Würth"),
    ("de", "Die Herren von Haniel steigerten den Umsatz um 5 Prozent.", "Haniel"),
])
def test_name_without_title_keeps_the_company(extractor: Extractor, lang: str, sentence: str,
                                              company: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert company in {f.about for f in x.figures}


# --- rivals after a verb of supply receive nothing ---------------------------------------------

@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Komatsu sells fewer machines in China as local rivals Sany and Hitachi cut prices."),
    ("en", "Komatsu delivered fewer excavators as competitors Sany and Hitachi gained share."),
    ("de", "Komatsu liefert weniger Bagger nach China, wo Wettbewerber Sany und Hitachi die Preise senken."),
    ("de", "Komatsu liefert weniger Bagger, weil die Konkurrenten Sany und Hitachi die Preise senken."),
])
def test_rivals_after_supply_verb_are_no_customers(extractor: Extractor, lang: str, sentence: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert not {("Komatsu", "Sany Heavy Industry"), ("Komatsu", "Hitachi")} & _suppliers(x)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Komatsu supplies excavators to rivals Sany and Hitachi."),
    ("en", "Komatsu sells machines to Sany and Hitachi."),
    ("de", "Komatsu liefert Bagger an die Konkurrenten Sany und Hitachi."),
    ("en", "Komatsu supplies excavators to the Chinese rival Sany."),
    ("de", "Komatsu liefert Bagger an den chinesischen Konkurrenten Sany."),
])
def test_rival_receiving_the_goods_stays_a_customer(extractor: Extractor, lang: str, sentence: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert ("Komatsu", "Sany Heavy Industry") in _suppliers(x)


# --- what something could add is no figure -----------------------------------------------------

@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Siemens shares rose 2%. Bernstein said the restructuring could add $5 a share to earnings power."),
    ("en", "Siemens shares rose 2%. The plan might add $5 a share to earnings, Bernstein said."),
    ("de", "Siemens legte 2 Prozent zu. Der Umbau könnte 5 Euro je Aktie zum Gewinn beitragen, so Bernstein."),
])
def test_possible_addition_is_no_eps(extractor: Extractor, lang: str, sentence: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert not [f for f in x.figures if f.metric == "EarningsPerShare"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Siemens shares rose 2%. Siemens earned $5 a share in the quarter."),
    ("de", "Siemens legte 2 Prozent zu. Siemens verdiente 5 Euro je Aktie."),
])
def test_reported_eps_stays(extractor: Extractor, lang: str, sentence: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert ("Siemens", 5.0) in {(f.about, float(f.value)) for f in x.figures
                               if f.metric == "EarningsPerShare" and f.value is not None}
