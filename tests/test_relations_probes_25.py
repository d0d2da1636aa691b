"""Relations of the twenty-fifth round, on sentences written for the test.

* "X supplies its engines to A and B": X supplies each of the list; not a stake or a unit
  handed over, nor goods sent to its own plants.
* "It competes with A, B and C": the pronoun is the company the sentence before opened with;
  a pronoun inside a reported clause ("Analysts said it competes …") is left alone.
* "X counts Y as its foundry partner": X and Y are partners; a rival counted is none; after
  "X supplies A for its cars, and counts Y" the partner is X's, not A's.
* "Die Tochter Y war an den Finanzinvestor X verkauft worden": X acquired Y; a sale only
  planned ("soll … verkauft werden") or of shares is none.
* "Both companies are members of the DAX": each of the two companies the passage names; with
  three named, or one, the pair is unknown.
* "X named its treasurer, Jane Doe, as its new CFO": Jane Doe works for X as CFO; without a
  new post after the name nothing is read.
* The issuer block closing a disclosure ("Unternehmen: …", the postcode line, "Indizes:",
  "Börsen:"): the issuer's seat, its indices and the exchanges of its regulated market, not
  its open-market venues ("Freiverkehr").

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


def test_supplies_its_goods_to_a_list(extractor: Extractor) -> None:
    x = run(extractor, "Infineon supplies its power chips to BMW and Volkswagen for their electric cars.",
            "en", "Chip news")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "BMW"), ("Infineon Technologies", "Volkswagen")}


@pytest.mark.parametrize("body", [
    "Siemens delivered its stake to BMW and Volkswagen.",
    "Infineon supplies its chips to its own plants in Dresden.",
    "Infineon supplies its power chips to customers in Asia.",
])
def test_supplies_its_look_alikes(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "en", "Chip news"), "supplierOf")


def test_pronoun_competes_means_the_company_just_named(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Healthineers, based in Erlangen, makes scanners. "
                       "It competes with Medtronic, GE HealthCare and Philips.", "en", "Medtech news")
    assert _of(x, "competitorOf") == {("Siemens Healthineers", "Medtronic"),
                                      ("Siemens Healthineers", "GE HealthCare"),
                                      ("Siemens Healthineers", "Philips")}


def test_reported_pronoun_competes_is_left_open(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Healthineers, based in Erlangen, makes scanners. "
                       "Analysts said it competes with Medtronic and Philips.", "en", "Medtech news")
    assert not _of(x, "competitorOf")


@pytest.mark.parametrize("body", [
    "Infineon counts Taiwan Semiconductor Manufacturing as its foundry partner.",
    # BMW, the object of the first verb, is no partner: the opening subject counts
    "Infineon supplies its chips to BMW for their cars, and counts Taiwan Semiconductor "
    "Manufacturing (NYSE: TSM) as its foundry partner.",
])
def test_counts_as_partner(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Chip news")
    assert _of(x, "partnerOf") == {("Infineon Technologies", "Taiwan Semiconductor Manufacturing")}


def test_counts_as_rival_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Infineon counts Taiwan Semiconductor Manufacturing as its largest rival.",
            "en", "Chip news")
    assert not _of(x, "partnerOf")


@pytest.mark.parametrize("body", [
    "Die Tochter BASF Coatings war im Frühjahr an den Finanzinvestor Cinven verkauft worden.",
    "Die Tochter BASF Coatings wurde 2024 an den Finanzinvestor Cinven veräußert.",
])
def test_sold_in_the_passive(extractor: Extractor, body: str) -> None:
    assert _of(run(extractor, body, "de", "Chemie"), "acquired") == {("Cinven", "BASF Coatings")}


@pytest.mark.parametrize("body", [
    "Die Tochter BASF Coatings soll an den Finanzinvestor Cinven verkauft werden.",
    "Die Aktien wurden an den Finanzinvestor Cinven verkauft.",
])
def test_sold_in_the_passive_look_alikes(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "de", "Chemie"), "acquired")


_BLOCK = """Lanxess hebt Prognose an
Der Vorstand erwartet mehr Umsatz.

Sprache: Deutsch
Unternehmen: Lanxess AG
Kennedyplatz 1
50569 Köln
Deutschland
Indizes: MDAX
Börsen: Regulierter Markt in Frankfurt (Prime Standard); Freiverkehr in Berlin, Stuttgart
EQS News ID: 1
"""


def test_issuer_block(extractor: Extractor) -> None:
    x = run(extractor, _BLOCK, "de", "EQS-News: Lanxess")
    assert ("Lanxess", "memberOf", "MDAX") in triples(x)
    assert ("Lanxess", "locatedIn", "Cologne") in triples(x)
    # the regulated market's exchange only; open-market venues are no listing
    assert _of(x, "listedOn") == {("Lanxess", "Frankfurt Stock Exchange")}


def test_block_lines_without_an_issuer_line_give_nothing(extractor: Extractor) -> None:
    body = _BLOCK.replace("Unternehmen: Lanxess AG", "Kontakt: Lanxess AG, Investor Relations")
    x = run(extractor, body, "de", "EQS-News: Lanxess")
    assert ("Lanxess", "memberOf", "MDAX") not in triples(x)
    assert ("Lanxess", "listedOn", "Frankfurt Stock Exchange") not in triples(x)


def test_both_companies_members(extractor: Extractor) -> None:
    x = run(extractor, "Siemens completed the spin-off of Siemens Healthineers. Siemens shares rose 2%. "
                       "Both companies are members of the DAX.", "en", "Spin-off")
    assert _of(x, "memberOf") == {("Siemens", "DAX"), ("Siemens Healthineers", "DAX")}


@pytest.mark.parametrize("body", [
    "Siemens, BMW and Bayer reported results. Both companies are members of the DAX.",
    "Siemens shares rose 2%. Both companies are members of the DAX.",
])
def test_both_companies_without_a_pair(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "en", "Spin-off"), "memberOf")


def test_named_its_current_post_holder_to_a_new_post(extractor: Extractor) -> None:
    x = run(extractor, "Siemens named its treasurer, Rebecca Lund, as its new CFO.", "en", "Personnel")
    assert {(r.subject, r.object, r.role) for r in x.relations if r.predicate == "worksFor"} == {
        ("Rebecca Lund", "Siemens", "CFO")}


def test_named_its_post_holder_without_a_new_post(extractor: Extractor) -> None:
    x = run(extractor, "Siemens named its treasurer, Rebecca Lund, in the filing.", "en", "Personnel")
    assert not _of(x, "worksFor")


_BLOCK_EN = """Lanxess reports third quarter

Lanxess AG raised its outlook for the year.

Language: English
Company: Lanxess AG
Kennedyplatz 1
50569 Cologne
Germany
Indices: MDAX
Listed: Regulated Market in Frankfurt (Prime Standard); Regulated Unofficial Market in Berlin
EQS News ID: 1
"""


def test_issuer_block_in_english(extractor: Extractor) -> None:
    x = run(extractor, _BLOCK_EN, "en", "EQS-News: Lanxess")
    assert ("Lanxess", "memberOf", "MDAX") in triples(x)
    # the regulated market's exchange only; the open market ("Regulated Unofficial") is none
    assert _of(x, "listedOn") == {("Lanxess", "Frankfurt Stock Exchange")}


def test_both_companies_members_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat die Abspaltung von Siemens Healthineers abgeschlossen. Die "
                       "Siemens-Aktie stieg um 2 Prozent. Beide Konzerne sind im DAX notiert.",
            "de", "Abspaltung")
    assert _of(x, "memberOf") == {("Siemens", "DAX"), ("Siemens Healthineers", "DAX")}


def test_both_companies_in_german_without_a_pair(extractor: Extractor) -> None:
    x = run(extractor, "Siemens, BMW und Bayer legten Zahlen vor. Beide Konzerne sind im DAX "
                       "notiert.", "de", "Zahlen")
    assert not _of(x, "memberOf")
