"""Relations of the twenty-third round, on sentences written for the test.

* An owner clause after a company ("X, which is owned by Y", "X, die zur Y gehört") makes X a
  subsidiary of Y; a stake ("partly owned", "zu 30 Prozent"), owners that are no company
  ("investors", a state), a clause of a name further back and "which owns Y" make none.
* "Its customers include X and Y" after a sentence about a company: that company supplies
  each of the list; "Its suppliers include …" and a list of mere nouns give nothing.

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


@pytest.mark.parametrize("body", [
    "Dematic, which is owned by Kion Group, makes warehouse robots.",
    "Dematic, owned by Kion Group, makes warehouse robots.",
])
def test_owner_clause_makes_a_subsidiary(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Warehouse robots")
    assert _of(x, "subsidiaryOf") == {("Dematic", "Kion Group")}


def test_owner_clause_of_a_governed_name_belongs_to_that_name(extractor: Extractor) -> None:
    # the one competing is not the owned one: only Dematic belongs to Kion
    x = run(extractor, "Jungheinrich competes mainly with Dematic, which is owned by Kion Group.",
            "en", "Forklift makers")
    assert _of(x, "subsidiaryOf") == {("Dematic", "Kion Group")}


@pytest.mark.parametrize("body", [
    "Dematic, which is partly owned by Kion Group, makes warehouse robots.",
    "Dematic, which is owned by investors, makes warehouse robots.",
    "Dematic, which owns Jungheinrich, makes warehouse robots.",
    "Equinor, which is owned by Norway, pumps oil in the North Sea.",
])
def test_owner_clause_look_alikes_make_no_subsidiary(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Company news")
    assert _of(x, "subsidiaryOf") == set()


@pytest.mark.parametrize("body", [
    "Dematic, die zur Kion Group gehört, baut Lagerroboter.",
    "Jungheinrich konkurriert mit Dematic, die zur Kion Group gehört.",
])
def test_german_owner_clause_makes_a_subsidiary(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "Lagerroboter")
    assert _of(x, "subsidiaryOf") == {("Dematic", "Kion Group")}


@pytest.mark.parametrize("body", [
    "Dematic, die zu 30 Prozent der Kion Group gehört, baut Lagerroboter.",
    "Dematic, die zu den größten Kunden von Kion Group gehört, baut Lagerroboter.",
    "Jungheinrich, das zum MDAX gehört, baut Gabelstapler.",
])
def test_german_owner_clause_look_alikes_make_no_subsidiary(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "Lagerroboter")
    assert _of(x, "subsidiaryOf") == set()


@pytest.mark.parametrize("body", [
    "Vestas raised its outlook. Its customers include RWE and Orsted.",
    "Vestas raised its outlook. Its largest customers include RWE and Orsted, which together "
    "account for 40% of sales.",
])
def test_its_customers_include_are_supplied_by_the_company(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Vestas lifts outlook")
    assert _of(x, "supplierOf") == {("Vestas", "RWE"), ("Vestas", "Ørsted")}


@pytest.mark.parametrize("body", [
    "Vestas raised its outlook. Its suppliers include Siemens and ABB.",
    "Vestas raised its outlook. Its customers include utilities and developers.",
])
def test_customer_list_look_alikes_give_no_supply(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Vestas lifts outlook")
    assert _of(x, "supplierOf") == set()


@pytest.mark.parametrize("body", [
    "Berkshire Hathaway owns 9.8 per cent of Mitsubishi Corp.",
    "Berkshire Hathaway said in a filing that it owned 9.8 per cent of Mitsubishi Corp, up from 9.7 per cent.",
])
def test_share_written_per_cent_is_a_stake(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Trading houses")
    assert _of(x, "investsIn") == {("Berkshire Hathaway", "Mitsubishi Corporation")}


def test_per_cent_of_a_market_is_no_stake(extractor: Extractor) -> None:
    x = run(extractor, "Mitsubishi Corp owned 9.8 per cent of the market in Japan, and Itochu "
            "held 5 per cent.", "en", "Trading houses")
    assert _of(x, "investsIn") == set()


@pytest.mark.parametrize("body", [
    "Berkshire Hathaway also holds stakes in Itochu and Marubeni.",
    "Mitsubishi Corp rose 2%. Berkshire Hathaway also holds stakes in rivals Itochu and Marubeni.",
])
def test_stakes_in_a_list_are_held_in_each(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Trading houses")
    assert _of(x, "investsIn") == {("Berkshire Hathaway", "Itochu"), ("Berkshire Hathaway", "Marubeni")}


@pytest.mark.parametrize("body", [
    "Berkshire Hathaway sold its stakes in Itochu and Marubeni.",
    "Berkshire Hathaway holds stakes in companies in Japan.",
])
def test_stakes_sold_or_unnamed_are_no_holding(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Trading houses")
    assert _of(x, "investsIn") == set()
