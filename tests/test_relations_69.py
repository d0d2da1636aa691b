"""Relations told in forms the trigger rules did not read, each beside a look-alike.

A second example list ("Industriekunden wie X") after a first one of another relation: its
customers are the clause subject's, never an example of the first list; goods a company
trains or builds with ("mit Chips von X", "trains its models on chips from X", "is powered
by X's chips"); German partners in apposition ("die Partnerin X", "mit ihrer Partnerin X");
a parent noun after a subsidiary named by its parent's compound ("Die Google-Tochter Waymo
…. Der Mutterkonzern …": Google). Sentences written for the test (real company names,
invented facts).
"""

from __future__ import annotations

import helpers
import pytest

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, predicate: str,
           headline: str | None = None) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one property read in ``body``."""
    found = helpers.triples(helpers.run_in(extractor, body, lang, headline))
    return {(s, o) for s, p, o in found if p == predicate}


@pytest.mark.parametrize(("body", "lang", "headline", "expected"), [
    # a compound customer noun opens the list ("Industriekunden wie")
    ("Der Softwarekonzern SAP hat Industriekunden wie Siemens und BASF.", "de", None,
     {("SAP", "Siemens"), ("SAP", "BASF")}),
    # a second example list after a rival list: the clause's subject supplies its customers
    ("SAP konkurriert mit Anbietern wie Oracle und gewinnt Industriekunden wie Siemens und BASF.",
     "de", None, {("SAP", "Siemens"), ("SAP", "BASF")}),
    ("SAP competes with rivals such as Oracle and serves industrial customers such as Siemens.",
     "en", None, {("SAP", "Siemens")}),
    ("Das Unternehmen beliefert neben Autoherstellern wie Audi auch Industriekunden wie BASF.",
     "de", "Infineon meldet Zahlen", {("Infineon Technologies", "Audi"), ("Infineon Technologies", "BASF")}),
    # a second example list of the same customers, with a descriptor before its name
    ("Zu den Kunden gehören Autohersteller wie Audi und Industriekunden wie der Gasekonzern Linde.",
     "de", "Infineon meldet Zahlen", {("Infineon Technologies", "Audi"), ("Infineon Technologies", "Linde plc")}),
    # in a text on two companies, the company of the sentence before, not the first example
    ("Infineon beschäftigt rund 58.000 Mitarbeiter. Zu den Kunden gehören Autohersteller wie Audi "
     "und Industriekunden wie der Gasekonzern Linde.", "de", "Bosch will Infineon kaufen",
     {("Infineon Technologies", "Audi"), ("Infineon Technologies", "Linde plc")}),
])
def test_second_example_list_names_the_subjects_customers(
        extractor: Extractor, body: str, lang: str, headline: str | None,
        expected: set[tuple[str, str]]) -> None:
    assert _facts(extractor, body, lang, "supplierOf", headline) == expected


@pytest.mark.parametrize(("body", "lang", "example"), [
    # the first list's example is no supplier of the second list's customers
    ("SAP konkurriert mit Anbietern wie Oracle und gewinnt Industriekunden wie Siemens.", "de", "Oracle"),
    ("SAP competes with rivals such as Oracle and serves industrial customers such as Siemens.", "en",
     "Oracle"),
    ("Oracle meets rivals such as SAP and also serves industrial customers like Siemens.", "en", "SAP"),
    # two example lists of customers whose supplier the sentence leaves open
    ("Kunden wie BMW und Industriekunden wie Siemens setzen auf die neue Software.", "de", "BMW"),
])
def test_example_of_a_first_list_supplies_no_one(extractor: Extractor, body: str, lang: str,
                                                  example: str) -> None:
    assert not {pair for pair in _facts(extractor, body, lang, "supplierOf") if pair[0] == example}


@pytest.mark.parametrize("body", [
    # private customers are people, whatever the names after them
    "Der Energieversorger Eon hat Privatkunden wie Siemens.",
])
def test_private_customers_are_no_customers_of_record(extractor: Extractor, body: str) -> None:
    assert not _facts(extractor, body, "de", "supplierOf")


def test_example_list_as_subject_still_supplies(extractor: Extractor) -> None:
    """An example list right before the verb is its subject: "Rivalen wie Oracle beliefern
    Industriekunden wie Siemens" (no conjunction between the lists)."""
    found = _facts(extractor, "Rivalen wie Oracle beliefern Industriekunden wie Siemens.", "de",
                   "supplierOf")
    assert found == {("Oracle", "Siemens")}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Microsoft trainiert seine Modelle mit Chips von Nvidia.", "de", {("Nvidia", "Microsoft")}),
    ("OpenAI baut ein Rechenzentrum mit Chips von AMD und Nvidia.", "de",
     {("Advanced Micro Devices", "OpenAI"), ("Nvidia", "OpenAI")}),
    ("Anthropic nutzt Rechenleistung von Microsoft für das Training.", "de", {("Microsoft", "Anthropic")}),
    ("Meta trains its models on chips from Nvidia.", "en", {("Nvidia", "Meta Platforms")}),
    ("Meta trains its Llama models on Nvidia's GPUs.", "en", {("Nvidia", "Meta Platforms")}),
    ("Microsoft's new data center is powered by Nvidia's chips.", "en", {("Nvidia", "Microsoft")}),
    ("The new cluster of Microsoft is powered by chips from Nvidia and AMD.", "en",
     {("Nvidia", "Microsoft"), ("Advanced Micro Devices", "Microsoft")}),
    # only the chips trained on, not those named after "instead of"
    ("Baidu trains its models on chips from Huawei instead of Nvidia.", "en",
     {("Huawei Technologies", "Baidu")}),
])
def test_goods_trained_or_built_with_name_their_supplier(
        extractor: Extractor, body: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert _facts(extractor, body, lang, "supplierOf") == expected


@pytest.mark.parametrize(("body", "lang"), [
    # rivalry, trade, denial or the company's own chips: no supply
    ("AMD konkurriert mit Chips von Nvidia.", "de"),
    ("Der Handel mit Chips von Nvidia nach China bleibt verboten.", "de"),
    ("Huawei trainiert seine Modelle nicht mit Chips von Nvidia.", "de"),
    ("Baidu baut Rechenzentren mit eigenen Chips statt mit Chips von Nvidia.", "de"),
    ("Microsoft verdient mit Chips von Nvidia kein Geld.", "de"),
    ("AMD competes with chips from Nvidia.", "en"),
    # the chips qualify another noun: the maker's orders or sales power the figure
    ("TSMC's revenue was powered by Nvidia's chip orders.", "en"),
    # no copula: whose outlook the participle speaks of is left to the clause
    ("Eli Lilly raised its outlook, powered by its obesity drugs.", "en"),
])
def test_look_alikes_of_goods_read_no_supply(extractor: Extractor, body: str, lang: str) -> None:
    assert not _facts(extractor, body, lang, "supplierOf")


@pytest.mark.parametrize(("body", "headline", "expected"), [
    ("Die Commerzbank und ihre Partnerin Allianz verkaufen Versicherungen.", None,
     {("Commerzbank", "Allianz")}),
    ("Volkswagen entwickelt gemeinsam mit seiner Partnerin Rivian eine neue Software.", None,
     {("Volkswagen", "Rivian Automotive")}),
    ("Siemens ist Partnerin von Nvidia.", None, {("Siemens", "Nvidia")}),
    # a partner in apposition opening the sentence is the article company's
    ("Die Partnerin Microsoft hält 27 Prozent an OpenAI.", "OpenAI meldet Rekordumsatz",
     {("OpenAI", "Microsoft")}),
    ("Auch der langjährige Partner Microsoft profitiert davon.", "OpenAI meldet Rekordumsatz",
     {("OpenAI", "Microsoft")}),
])
def test_german_partner_nouns(extractor: Extractor, body: str, headline: str | None,
                              expected: set[tuple[str, str]]) -> None:
    found = {frozenset(pair) for pair in _facts(extractor, body, "de", "partnerOf", headline)}
    assert found == {frozenset(pair) for pair in expected}


@pytest.mark.parametrize(("body", "headline"), [
    # a former partner is none now, with or without the article's inflection
    ("Der frühere Partner Microsoft hält 27 Prozent an OpenAI.", "OpenAI meldet Rekordumsatz"),
    ("Siemens Energy, früher Partnerin von Nvidia, meldete Zahlen.", None),
    # a partner found is told by the verb, which no partner noun names before the name
    ("Volkswagen hat mit Rivian einen neuen Partner gefunden.", None),
])
def test_german_partner_look_alikes(extractor: Extractor, body: str, headline: str | None) -> None:
    assert not _facts(extractor, body, "de", "partnerOf", headline)


def test_parent_noun_means_the_parent_of_the_compound(extractor: Extractor) -> None:
    """"Die Google-Tochter Waymo …. Der Mutterkonzern …": the parent the compound names,
    though the catalogue gives Waymo another (Alphabet)."""
    body = ("Die Google-Tochter Waymo sammelt 16 Milliarden Dollar ein. "
            "Der Mutterkonzern kooperiert seit Jahren mit Uber.")
    found = helpers.triples(helpers.run(extractor, body, "de", "Waymo sammelt Milliarden ein"))
    assert ("Waymo", "subsidiaryOf", "Google") in found
    assert {(s, o) for s, p, o in found if p == "partnerOf"} in ({("Google", "Uber")}, {("Uber", "Google")})


def test_parent_noun_without_a_named_parent_means_no_one(extractor: Extractor) -> None:
    """Without a parent named beside the subsidiary, "der Mutterkonzern" stays unresolved: the
    catalogue's parent is not the text's, and the subsidiary is not its own parent."""
    body = "Waymo sammelt 16 Milliarden Dollar ein. Der Mutterkonzern kooperiert seit Jahren mit Uber."
    found = helpers.triples(helpers.run(extractor, body, "de", "Waymo sammelt Milliarden ein"))
    assert not {t for t in found if t[1] == "partnerOf"}


@pytest.mark.parametrize(("body", "expected"), [
    # a bare "die Runde" after a round closed in the sentence before, an adverb before "vom"
    ("Mistral AI hat eine Finanzierungsrunde über 600 Millionen Euro abgeschlossen. Angeführt wurde "
     "die Runde demnach vom Investor General Catalyst.", {("General Catalyst", "Mistral AI")}),
    # money raised before, no round named: the round is that raising's (as the older rule reads it)
    ("Mistral AI hat zwei Milliarden Euro eingesammelt. Angeführt wurde die Runde demnach vom "
     "Investor General Catalyst.", {("General Catalyst", "Mistral AI")}),
])
def test_round_led_by_an_investor(extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    assert _facts(extractor, body, "de", "investsIn", "Mistral sammelt Geld ein") == expected
