"""Joined buyers, venues inside relative clauses, clauses with a noun of their own, city
attributes and the chips that power a company's product.

* "A und B kaufen Chips von X", "A and B have each ordered … of X's Y processors": every name
  of the list buys, X supplies each; not a name an earlier verb took ("X liefert an A, und B
  kauft …": A is supplied by X, B alone buys).
* "Adyen, which owns a stake in a firm listed in Amsterdam": the participle describes the
  clause's own noun, so the venue is not Adyen's; "which is listed", "which is a firm listed",
  "which has shares listed" stay Adyen's.
* "X zählt Y zu seinen Partnern und die Firma unterzeichnete einen Vertrag mit Z": the noun
  signs, and a noun of no industry does not say whether it means X or Y; no fact goes to Y.
  A noun of an industry ("the chipmaker") says which it is.
* "Moonshot AI, the Beijing startup behind Kimi": a city as the attribute of the apposition's
  company noun is the seat; not a country, a possessive noun or a company seated elsewhere.
* "Trainium2 chips power Anthropic's models": the owner named right after uses the chips.
* "die Aussichten der Krebsmedikamente „A“ und B" in a text about Bayer: drugs the catalogue
  does not know, named by their kind noun where the sentence names no other organisation, are
  Bayer's; not another's drug ("Konkurrenzmedikament", "the rival drug"), not a catalogued
  one, not in a sentence naming another company.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang)) if p == predicate}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Alibaba und Tencent kaufen Chips von Nvidia.", "de",
     {("Nvidia", "Alibaba Group"), ("Nvidia", "Tencent Holdings")}),
    ("Alibaba und Tencent haben jeweils Chips bei Nvidia bestellt.", "de",
     {("Nvidia", "Alibaba Group"), ("Nvidia", "Tencent Holdings")}),
    ("Alibaba, Baidu und Tencent bestellten Speicher bei Samsung.", "de",
     {("Samsung Electronics", "Alibaba Group"), ("Samsung Electronics", "Baidu"),
      ("Samsung Electronics", "Tencent Holdings")}),
    ("Alibaba and Tencent have each ordered thousands of Huawei's Ascend 910C processors.", "en",
     {("Huawei Technologies", "Alibaba Group"), ("Huawei Technologies", "Tencent Holdings")}),
    ("Alibaba has ordered Huawei's Ascend 910C processors.", "en",
     {("Huawei Technologies", "Alibaba Group")}),
    # look-alikes: a name an earlier verb took is supplied by that verb's subject only
    ("Siemens liefert an Alibaba, und Tencent kauft Chips von Nvidia.", "de",
     {("Siemens", "Alibaba Group"), ("Nvidia", "Tencent Holdings")}),
    ("Siemens supplies Alibaba, and Tencent has ordered Huawei's Ascend 910C processors.", "en",
     {("Siemens", "Alibaba Group"), ("Huawei Technologies", "Tencent Holdings")}),
])
def test_every_joined_buyer_is_supplied(extractor: Extractor, body: str, lang: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert _facts(extractor, body, lang, "supplierOf") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Shares of Adyen, which owns a stake in a firm listed in Amsterdam, rose 3%.", set()),
    ("Shares of Adyen, which bought a company traded on the Nasdaq, rose 3%.", set()),
    # look-alikes: the clause speaks of Adyen's own listing
    ("Shares of Adyen, which is listed in Amsterdam, rose 3%.", {("Adyen", "Euronext Amsterdam")}),
    ("Shares of Adyen, which is a payments firm listed in Amsterdam, rose 3%.",
     {("Adyen", "Euronext Amsterdam")}),
    ("Shares of Adyen, which has shares listed in Amsterdam, rose 3%.",
     {("Adyen", "Euronext Amsterdam")}),
])
def test_venue_of_a_noun_in_the_relative_clause(extractor: Extractor, body: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert _facts(extractor, body, "en", "listedOn") == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Siemens zählt Nvidia zu seinen Partnern und die Firma unterzeichnete einen Vertrag mit SAP.",
     "de", set()),
    ("Siemens zählt Nvidia zu seinen Partnern, und das Unternehmen arbeitet mit SAP zusammen.",
     "de", set()),
    ("Siemens zählt Nvidia zu seinen Partnern und die Heidelberger Firma unterzeichnete einen "
     "Vertrag mit SAP.", "de", set()),
    ("Siemens counts Nvidia among its partners, and the company signed a deal with SAP.", "en",
     {frozenset(("Siemens", "Nvidia"))}),
    # look-alikes: a noun of an industry names its company; a verb with no subject of its own
    # shares the clause's
    ("Siemens supplies Nvidia, and the chipmaker signed a deal with SAP.", "en",
     {frozenset(("Nvidia", "SAP"))}),
    ("Siemens zählt Nvidia zu seinen Partnern und unterzeichnete einen Vertrag mit SAP.", "de",
     {frozenset(("Siemens", "SAP"))}),
])
def test_clause_with_a_noun_of_its_own(extractor: Extractor, body: str, lang: str,
                                       expected: set[frozenset[str]]) -> None:
    assert {frozenset(pair) for pair in _facts(extractor, body, lang, "partnerOf")} == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Moonshot AI, the Beijing startup behind Kimi, raised money.", {("Moonshot AI", "Beijing")}),
    ("Moonshot AI, a Beijing startup, raised money.", {("Moonshot AI", "Beijing")}),
    ("Mistral AI, the Paris AI startup behind Le Chat, raised money.", {("Mistral AI", "Paris")}),
    # look-alikes: a possessive noun, a company the catalogue seats elsewhere, a country
    ("Moonshot AI, the Beijing startup's rival, raised money.", set()),
    ("Siemens, the Berlin company, raised its outlook.", set()),
    ("Foxconn, the Taiwan group, raised money.", set()),
])
def test_city_attribute_of_an_apposition(extractor: Extractor, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert _facts(extractor, body, "en", "locatedIn") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Trainium2 chips power Anthropic's models.", {("Anthropic", "Trainium2")}),
    ("Nearly 500,000 Trainium2 custom chips are powering Anthropic's Claude models.",
     {("Anthropic", "Trainium2")}),
    ("H100 chips will power Meta's new data centers.", {("Meta Platforms", "H100")}),
    # look-alikes: only possible, or no owner named
    ("H100 chips could power Meta's new data centers.", set()),
    ("H100 chips power the iPhone.", set()),
])
def test_chips_power_the_owners_product(extractor: Extractor, body: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert _facts(extractor, body, "en", "uses") == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Die Bayer-Aktie stieg um 3 Prozent. Der Markt unterschätzt die Aussichten der "
     "Krebsmedikamente „Vortaxin“ und Relumab.", "de",
     {("Bayer", "Vortaxin"), ("Bayer", "Relumab")}),
    ("Bayer shares rose 3%. The market underrates the cancer drugs Vortaxin and Relumab.", "en",
     {("Bayer", "Vortaxin"), ("Bayer", "Relumab")}),
    # look-alikes: another's drug, a drug of a company the sentence names, a catalogued drug
    ("Die Bayer-Aktie stieg um 3 Prozent. Der Markt unterschätzt das Konkurrenzmedikament "
     "„Vortaxin“.", "de", set()),
    ("Bayer shares rose 3%. The market underrates the rival drug Vortaxin.", "en", set()),
    ("Die Bayer-Aktie stieg um 3 Prozent. Pfizer testet das Medikament „Vortaxin“.", "de", set()),
    ("Die Bayer-Aktie stieg um 3 Prozent. Der Markt unterschätzt das Medikament Kisqali.", "de",
     set()),
])
def test_drugs_named_by_kind_are_the_topic_company_pipeline(extractor: Extractor, body: str, lang: str,
                                                             expected: set[tuple[str, str]]) -> None:
    headline = "Bayer: Analyst sieht Chancen" if lang == "de" else "Bayer: analyst sees upside"
    found = {(s, o) for s, p, o in triples(run(extractor, body, lang, headline=headline))
             if p == "develops" and s == "Bayer"}
    assert found == expected
