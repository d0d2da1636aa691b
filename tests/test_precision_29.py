"""Wrong relations of three families, each fixed so that it holds for any article:

* a rival copula with a negation ("Wichtigster Wettbewerber von X ist nicht Y, sondern Z"):
  the denied name is no rival; the one the correction brings is, and without a correction
  no one is;
* a partner noun followed by a customer noun ("X ist Partner von Kunden wie Y"): the names
  listed are customers, whom X supplies, not partners;
* a company's name right before a title ("A will merge with B, and B CEO X …"): that company
  owns the title, not the sentence's subject.

Companies are real catalogue entries, people invented, facts invented. Each rule has a
look-alike beside it that must still work.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


def _employers(x: Extraction) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.object, r.role) for r in x.relations if r.predicate == "worksFor"}


# --- a negated rival copula ------------------------------------------------------------------

def test_denied_rival_gives_way_to_the_correction(extractor: Extractor) -> None:
    x = run(extractor, "Wichtigster Wettbewerber von BMW ist nicht Audi, sondern Porsche.", "de",
            "Autonachrichten")
    assert _of(x, "competitorOf") == {("Porsche", "BMW")}


def test_denied_rival_without_correction_is_none(extractor: Extractor) -> None:
    x = run(extractor, "Wichtigster Wettbewerber von BMW ist nicht Audi.", "de", "Autonachrichten")
    assert not _of(x, "competitorOf")


def test_denied_rival_in_english_is_none(extractor: Extractor) -> None:
    x = run(extractor, "The main rival of BMW is not Audi but Porsche.", "en", "Car news")
    assert ("Audi", "BMW") not in _of(x, "competitorOf")


@pytest.mark.parametrize(("body", "lang"), [
    ("Größter Rivale von BMW ist Porsche.", "de"),
    ("The main rival of BMW is Porsche.", "en"),
])
def test_plain_rival_copula_still_names_the_rival(extractor: Extractor, body: str, lang: str) -> None:
    assert _of(run(extractor, body, lang, "Car news"), "competitorOf") == {("Porsche", "BMW")}


# --- a partner of customers ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "SAP ist Partner von Kunden wie BMW und Siemens.",
    "SAP ist Partner der Kunden BMW und Siemens.",
    "SAP ist Partner von Industriekunden wie BMW und Siemens.",
])
def test_partner_of_customers_names_no_partner(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "de", "Softwarenachrichten"), "partnerOf")


def test_partner_of_customers_supplies_them(extractor: Extractor) -> None:
    x = run(extractor, "SAP ist Partner von Kunden wie BMW und Siemens.", "de", "Softwarenachrichten")
    assert _of(x, "supplierOf") == {("SAP", "BMW"), ("SAP", "Siemens")}


@pytest.mark.parametrize(("body", "lang", "partners"), [
    ("SAP ist Partner von BMW und Siemens.", "de", {("SAP", "BMW"), ("SAP", "Siemens")}),
    ("SAP is a partner of BMW.", "en", {("SAP", "BMW")}),
])
def test_partner_of_companies_is_still_a_partner(extractor: Extractor, body: str, lang: str,
                                                 partners: set[tuple[str, str]]) -> None:
    assert _of(run(extractor, body, lang, "Software news"), "partnerOf") == partners


def test_english_partner_to_customers_names_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "SAP is a partner to customers such as BMW and Siemens.", "en", "Software news")
    assert not _of(x, "partnerOf")


# --- a company's name right before a title ---------------------------------------------------

@pytest.mark.parametrize(("body", "lang", "role"), [
    ("Siemens Energy will merge with Nordex, and Nordex CEO John Smith will serve as chairman.", "en", "CEO"),
    ("Siemens Energy will merge with Nordex, and Nordex's CEO John Smith will serve as chairman.", "en", "CEO"),
    ("Siemens Energy fusioniert mit Nordex, und Nordex-Chef John Smith wird Aufsichtsratschef.", "de", "Chef"),
])
def test_name_before_title_owns_it(extractor: Extractor, body: str, lang: str, role: str) -> None:
    assert _employers(run(extractor, body, lang, "Energy news")) == {("John Smith", "Nordex", role)}


def test_title_after_a_governed_name_keeps_its_own_company(extractor: Extractor) -> None:
    x = run(extractor, "Together with Nordex, Siemens Energy CEO John Smith unveiled a turbine.", "en",
            "Energy news")
    assert _employers(x) == {("John Smith", "Siemens Energy", "CEO")}
