"""Relations told in a relative clause, on sentences written for the test.

* "X, der seit Jahren Lager an Y liefert": a German relative clause puts its verb last; the
  name before the comma supplies the names after "an". Not a stake handed on ("seine Anteile
  an Y verkauft"), a unit's deliveries ("dessen Tochter … liefert") or a trading venue.
* "X, das Hersteller wie Y und Z beliefert": the customers a noun lists before the clause's
  last verb; a bare name before "beliefert" reads both ways ("X, die Y beliefert": Y may be
  the one supplying X) and gives nothing.
* "X, which holds 1% of Y, said it would back talks": a relative clause closed before the
  first cue of talks, rumour or doubt states a holding the cue does not touch; a cue before
  the clause or inside it, a question, and the main clause's own deal stay unreal.
* "X supplies chips for Apple's iPhone", "liefert Chips für Apples iPhone": the maker of the
  product the recipient word governs receives the goods; a possessed product that is itself
  the goods ("supplies Apple's iPhone chips to Y") leaves its maker out, and a user keeps the
  product it uses.
* "lifted its forecast for X, which supplies chips to Y": a name a recipient word governs is
  still the subject of the relative clause it opens; the main clause's subject supplies nothing.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


@pytest.mark.parametrize(("body", "expected"), [
    ("Schaeffler, der seit Jahren Lager an BMW liefert, meldete Kurzarbeit an.",
     {("Schaeffler", "BMW")}),
    ("Die Aktien von Schaeffler, das Getriebeteile an BMW und Daimler Truck liefert, fielen.",
     {("Schaeffler", "BMW"), ("Schaeffler", "Daimler Truck")}),
    ("Schaeffler, das an BMW Lager und an Audi Getriebe liefert, hob die Prognose an.",
     {("Schaeffler", "BMW"), ("Schaeffler", "Audi")}),
])
def test_verb_final_relative_supplies_after_an(extractor: Extractor, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert _of(run(extractor, body, "de", "Zulieferer"), "supplierOf") == expected


@pytest.mark.parametrize("body", [
    "Schaeffler, der seine Anteile an BMW verkauft, hob die Prognose an.",
    "Schaeffler, dessen Tochter Lager an BMW liefert, hob die Prognose an.",
    "Schaeffler, das an der Börse seit Jahren Kursgewinne liefert, hob die Prognose an.",
])
def test_relative_clause_of_a_stake_a_unit_or_a_venue_supplies_nothing(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "de", "Zulieferer"), "supplierOf")


def test_main_clause_and_english_relative_keep_their_reading(extractor: Extractor) -> None:
    assert _of(run(extractor, "Schaeffler liefert Lager an BMW.", "de", "Zulieferer"),
               "supplierOf") == {("Schaeffler", "BMW")}
    assert _of(run(extractor, "Schaeffler, which supplies bearings to BMW, cut its outlook.", "en",
                   "Suppliers"), "supplierOf") == {("Schaeffler", "BMW")}


def test_relative_supplies_customers_listed_by_a_noun(extractor: Extractor) -> None:
    x = run(extractor, "Schaeffler, das seit Jahren Autobauer wie BMW und Audi beliefert, hob die "
                       "Prognose an.", "de", "Zulieferer")
    assert _of(x, "supplierOf") == {("Schaeffler", "BMW"), ("Schaeffler", "Audi")}


@pytest.mark.parametrize("body", [
    "BMW, die Schaeffler beliefert, hob die Prognose an.",
    "Schaeffler, die Aufträge an Zulieferer wie Infineon vergibt, hob die Prognose an.",
])
def test_bare_name_or_another_verb_in_the_relative_gives_no_supplier(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "de", "Zulieferer"), "supplierOf")


@pytest.mark.parametrize(("body", "lang"), [
    ("BlackRock, which holds about 1% of Commerzbank, said it would back talks between the two banks.", "en"),
    ("BlackRock, which holds about 1% of Commerzbank, is in talks to buy a stake in Deutsche Bank.", "en"),
    ("BlackRock, der rund 1 Prozent an der Commerzbank hält, begrüßte die Gespräche über eine Fusion.", "de"),
    ("BlackRock, der rund 1 Prozent an der Commerzbank hält, verhandelt über einen Einstieg bei der "
     "Deutschen Bank.", "de"),
])
def test_holding_in_a_relative_clause_before_talks_is_real(extractor: Extractor, body: str, lang: str) -> None:
    # the holding the clause states, never the stake the main clause only talks of
    assert _of(run(extractor, body, lang, "Banks"), "investsIn") == {("BlackRock", "Commerzbank")}


@pytest.mark.parametrize(("body", "lang"), [
    ("People familiar with the matter said BlackRock, which holds 1% of Commerzbank, is weighing a bid "
     "for Deutsche Bank.", "en"),
    ("Is BlackRock, which holds about 1% of Commerzbank, planning to back talks between the two banks?", "en"),
    ("Siemens, which is in talks to buy a 5% stake in Osram, said it would back the plan.", "en"),
    ("Insidern zufolge erwägt BlackRock, der rund 1 Prozent an der Commerzbank hält, einen Einstieg bei "
     "der Deutschen Bank.", "de"),
])
def test_cue_before_or_inside_the_clause_or_a_question_keeps_it_unreal(extractor: Extractor, body: str,
                                                                        lang: str) -> None:
    x = run(extractor, body, lang, "Banks")
    assert not _of(x, "investsIn")
    assert not _of(x, "acquired")


@pytest.mark.parametrize(("body", "lang"), [
    ("Infineon, which supplies chips for Apple's iPhone, raised its outlook.", "en"),
    ("Infineon supplies power chips for Apple's iPhone and has begun shipping samples to Samsung.", "en"),
    ("Infineon liefert Leistungschips für Apples iPhone.", "de"),
])
def test_maker_of_the_product_goods_go_to_receives_them(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Chips")
    assert ("Infineon Technologies", "Apple") in _of(x, "supplierOf")
    assert ("Apple", "iPhone") in _of(x, "develops")


@pytest.mark.parametrize(("body", "lang"), [
    ("Infineon supplies Apple's iPhone chips to Samsung.", "en"),
    ("Infineon liefert Apples iPhone an Samsung.", "de"),
])
def test_product_named_as_the_goods_leaves_its_maker_unsupplied(extractor: Extractor, body: str,
                                                                lang: str) -> None:
    assert _of(run(extractor, body, lang, "Chips"), "supplierOf") == {
        ("Infineon Technologies", "Samsung Electronics")}


def test_user_of_a_possessed_product_keeps_the_product(extractor: Extractor) -> None:
    x = run(extractor, "Infineon uses Nvidia's Blackwell chips.", "en", "Chips")
    assert _of(x, "uses") == {("Infineon Technologies", "Blackwell")}


@pytest.mark.parametrize("body", [
    "Sony lifted its forecast for Infineon, which supplies chips to BMW.",
    "Sony lifted its forecast for Infineon, which also supplies chips for BMW's cars.",
])
def test_name_after_for_that_opens_a_relative_supplies(extractor: Extractor, body: str) -> None:
    # the relative clause's pronoun is the verb's subject, never the main clause's
    assert _of(run(extractor, body, "en", "Chips"), "supplierOf") == {("Infineon Technologies", "BMW")}


def test_relative_with_a_subject_of_its_own_names_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Sony lifted its forecast for Infineon, which it supplies with chips.", "en", "Chips")
    assert not _of(x, "supplierOf")
