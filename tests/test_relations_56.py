"""Seats named by a phrase that speaks for the clause's subject, and by an indefinite apposition.

* "Acme cut its forecast as competition with X grew, the Berlin-based company said": the
  reporting clause at the end speaks for the main clause's subject, which sits in the place
  even where the catalogue seats a second company of the text there. Not a person's noun
  ("the Berlin-based analyst said"), a pair of subjects ("Acme and X agreed …"), a name right
  before the phrase (it may speak), nor an opener in a phrase ("Shares of Acme …").
* "Die Aktien von X, einem Autozulieferer aus Koblenz": an apposition opened by an indefinite
  article (also the dative "einem") names the seat, as the definite one does; a place of
  something else in the apposition ("mit Werken aus China") is none.
* "X won Y as a customer", "X has landed Y and Z as customers", "X gewann Y als Kunden": X
  supplies each name between the verb and "as"/"als"; not a customer hoped for ("hopes to win
  Y as a customer", "will Y als Kunden gewinnen"), lost, potential, nor another role ("as a
  partner").

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _seats(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "locatedIn"}


@pytest.mark.parametrize(("body", "seat"), [
    ("Delivery Hero cut its forecast as competition with Zalando grew in Germany, the "
     "Berlin-based company said on Tuesday.", ("Delivery Hero", "Berlin")),
    ("Zalando fell 6% after rival Delivery Hero cut prices, the Berlin-based group said.",
     ("Zalando", "Berlin")),
    ("Meituan lost market share as JD.com cut prices, the Beijing-based company said.",
     ("Meituan", "Beijing")),
])
def test_speaking_seat_phrase_is_the_openers(extractor: Extractor, body: str,
                                             seat: tuple[str, str]) -> None:
    seats = _seats(run(extractor, body, "en"))
    assert seat in seats
    assert not {s for s, o in seats if o == seat[1]} - {seat[0]}


@pytest.mark.parametrize(("body", "name", "place"), [
    ("Delivery Hero fell 5% as competition with Zalando grew, the Berlin-based analyst said.",
     "Delivery Hero", "Berlin"),
    ("Delivery Hero and Zalando agreed to share couriers, the Berlin-based company said.",
     "Delivery Hero", "Berlin"),
    ("Meituan lost market share to JD.com, the Beijing-based company said.", "Meituan", "Beijing"),
    ("Shares of Delivery Hero fell after Zalando cut prices, the Berlin-based group said.",
     "Delivery Hero", "Berlin"),
])
def test_speaking_seat_phrase_look_alikes(extractor: Extractor, body: str, name: str,
                                          place: str) -> None:
    assert (name, place) not in _seats(run(extractor, body, "en"))


@pytest.mark.parametrize(("body", "seat"), [
    ("Die Aktien von Stabilus, einem Autozulieferer aus Koblenz, stiegen um 3 Prozent.",
     ("Stabilus", "Koblenz")),
    ("Jungheinrich, ein Gabelstaplerhersteller aus Hamburg, steigerte den Umsatz.",
     ("Jungheinrich", "Hamburg")),
    ("Stabilus, der Autozulieferer aus Koblenz, steigerte den Umsatz.", ("Stabilus", "Koblenz")),
])
def test_indefinite_apposition_names_the_seat_de(extractor: Extractor, body: str,
                                                 seat: tuple[str, str]) -> None:
    assert seat in _seats(run(extractor, body, "de"))


@pytest.mark.parametrize("body", [
    "Stabilus, ein Zulieferer mit Werken aus China, steigerte den Umsatz.",
    "Stabilus, ein Kunde von Jungheinrich, bestellt Teile aus China.",
])
def test_indefinite_apposition_look_alikes_de(extractor: Extractor, body: str) -> None:
    assert not {s for s, o in _seats(run(extractor, body, "de")) if o == "China"}


def _supplies(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "supplierOf"}


@pytest.mark.parametrize(("body", "lang", "pairs"), [
    ("Micron Technology said it had won Nvidia as a customer for its newest memory chips.", "en",
     {("Micron Technology", "Nvidia")}),
    ("Micron Technology has landed Nvidia and Intel as customers.", "en",
     {("Micron Technology", "Nvidia"), ("Micron Technology", "Intel")}),
    ("Infineon gewann Bosch und Continental als neue Kunden.", "de",
     {("Infineon Technologies", "Bosch"), ("Infineon Technologies", "Continental AG")}),
])
def test_customer_won_is_supplied(extractor: Extractor, body: str, lang: str,
                                  pairs: set[tuple[str, str]]) -> None:
    assert _supplies(run(extractor, body, lang)) == pairs


@pytest.mark.parametrize(("body", "lang"), [
    ("Micron Technology hopes to win Nvidia as a customer.", "en"),
    ("Micron Technology lost Nvidia as a customer.", "en"),
    ("Micron Technology won Nvidia as a potential customer.", "en"),
    ("Micron Technology won Nvidia as a partner.", "en"),
    ("Infineon will Bosch als Kunden gewinnen.", "de"),
    ("Infineon verlor Bosch als Kunden.", "de"),
    ("Infineon gewann Bosch als Partner.", "de"),
])
def test_customer_won_look_alikes(extractor: Extractor, body: str, lang: str) -> None:
    assert not _supplies(run(extractor, body, lang))
