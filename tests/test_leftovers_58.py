"""Titles in their feminine and neutral forms, on sentences written for these tests (catalogued
companies, invented people): a private firm's manager in the feminine ("Geschäftsführerin") works
for the company named with the title as the masculine form does, and with no employer named only
for the one unlisted company of the passage, never a listed group; a chief economist's or
strategist's title after the name ("X, Chefvolkswirtin der Y") is read as the whole word, not as
the "Chef" it starts with; "chairperson" is a chair's title as "chairwoman" is. A quote box of a
depositary receipt ("XPeng Inc. (ADR) | … | Tradegate: 18,72 EUR | +6,9 %") gives the company
its price, move and venue as the box of its share does. Each with a look-alike where nothing (or
something else) may be found."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor


def _posts(extractor: Extractor, body: str, lang: str = "de") -> set[tuple[str, str, str | None]]:
    """The worksFor facts of ``body`` as (person, employer, role)."""
    x = run(extractor, body, lang, headline="Marktbericht" if lang == "de" else "Market report")
    return {(r.subject, r.object, r.role) for r in x.relations if r.predicate == "worksFor"}


# --- a private firm's manager in the feminine ------------------------------------------------


@pytest.mark.parametrize("body", [
    "Lena Hofstetter, Geschäftsführerin von Bosch, rechnet mit mehr Aufträgen.",
    "Bosch-Geschäftsführerin Lena Hofstetter rechnet mit mehr Aufträgen.",
    "Bosch hat einen Großauftrag erhalten. Geschäftsführerin Lena Hofstetter rechnet mit mehr Aufträgen.",
])
def test_feminine_managing_director_works_for_the_firm(extractor: Extractor, body: str) -> None:
    assert ("Lena Hofstetter", "Bosch", "Geschäftsführerin") in _posts(extractor, body)


def test_masculine_managing_director_after_the_name_works_for_the_firm(extractor: Extractor) -> None:
    posts = _posts(extractor, "Tobias Kranzler, Geschäftsführer von Bosch, rechnet mit mehr Aufträgen.")
    assert ("Tobias Kranzler", "Bosch", "Geschäftsführer") in posts


@pytest.mark.parametrize("title", ["Geschäftsführerin", "Geschäftsführer"])
def test_managing_director_with_no_employer_is_no_listed_groups(extractor: Extractor, title: str) -> None:
    # a listed group's head is a Vorstand: the manager is someone else's, unnamed here
    x = run(extractor, f"Siemens hat einen Großauftrag erhalten. {title} Lena Hofstetter rechnet "
                       "mit mehr Aufträgen.")
    assert not any(s == "Lena Hofstetter" and p == "worksFor" for s, p, _ in triples(x))


# --- an economist's or strategist's whole title after the name -------------------------------


@pytest.mark.parametrize("title", ["Chefvolkswirtin", "Chefvolkswirt", "Chefökonomin", "Chefstrategin"])
def test_chief_economist_after_the_name_keeps_the_whole_title(extractor: Extractor, title: str) -> None:
    posts = _posts(extractor, f"Lena Hofstetter, {title} der Commerzbank, erwartet sinkende Zinsen.")
    assert posts == {("Lena Hofstetter", "Commerzbank", title)}


def test_chief_title_alone_after_the_name_stays_chief(extractor: Extractor) -> None:
    posts = _posts(extractor, "Lena Hofstetter, Chefin von Bosch, rechnet mit mehr Aufträgen.")
    assert posts == {("Lena Hofstetter", "Bosch", "Chefin")}


# --- the neutral chair ------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Jane Whitcombe, chairperson of Siemens, said orders rose.",
    "Siemens chairperson Jane Whitcombe said orders rose.",
])
def test_chairperson_works_for_the_company(extractor: Extractor, body: str) -> None:
    assert ("Jane Whitcombe", "Siemens", "chairperson") in _posts(extractor, body, "en")


def test_chairperson_of_a_committee_is_no_companys(extractor: Extractor) -> None:
    posts = _posts(extractor, "The chairperson of the committee, Jane Whitcombe, said Siemens "
                              "orders rose.", "en")
    assert not any(person == "Jane Whitcombe" for person, _, _ in posts)


# --- the quote box of a depositary receipt ----------------------------------------------------

_ADR_BOX = "XPeng Inc. (ADR) | WKN: A2QBX7 | ISIN: US98422D1054 | Tradegate: 21,40 EUR | +4,3 %"


def test_receipt_box_gives_the_company_its_price_move_and_venue(extractor: Extractor) -> None:
    x = run(extractor, f"Der Aktionär\n\n{_ADR_BOX}\n\nXPeng hat im Oktober mehr Autos ausgeliefert.",
            headline="XPeng liefert mehr Autos aus")
    assert {("XPeng", "SharePrice", Decimal("21.40"), "EUR"),
            ("XPeng", "StockPriceChange", Decimal("4.3"), "Percent")} <= figure_facts(x)
    assert ("XPeng", "listedOn", "Tradegate") in triples(x)


def test_receipt_box_of_a_company_named_nowhere_else_is_the_pages(extractor: Extractor) -> None:
    x = run(extractor, f"Der Aktionär\n\n{_ADR_BOX}\n\nBYD hat im Oktober mehr Autos ausgeliefert.",
            headline="BYD liefert mehr Autos aus")
    assert not any(about == "XPeng" for about, *_ in figure_facts(x))
    assert ("XPeng", "listedOn", "Tradegate") not in triples(x)
