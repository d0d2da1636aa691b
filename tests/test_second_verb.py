"""A conjunction that opens a second verb of the subject's ends the first verb's objects,
and the second verb shares the clause's subject ("supplies chips to BMW but competes with
NXP": Infineon's rival, not BMW's).

"SAP sells software to banks and competes with Oracle": Oracle is the object of "competes
with", not a customer; "supplies its software to A and B, and counts C as its partner": the
list of customers ends at "counts". A list of names after one verb stays whole. Companies
are real catalogue entries; the facts are invented for the test.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _supplied(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {o for s, p, o in triples(run(extractor, text, lang, "SAP")) if p == "supplierOf"}


@pytest.mark.parametrize(("text", "lang"), [
    ("SAP sells software to banks and competes with Oracle.", "en"),
    ("SAP liefert Software an Banken und konkurriert mit Oracle.", "de"),
])
def test_the_second_verbs_object_is_no_customer(extractor: Extractor, text: str, lang: str) -> None:
    x = run(extractor, text, lang, "SAP")
    assert ("SAP", "supplierOf", "Oracle") not in triples(x)
    assert ("SAP", "competitorOf", "Oracle") in triples(x)


def test_a_list_ends_at_the_second_verb(extractor: Extractor) -> None:
    text = ("SAP supplies its software to Deutsche Bank and Allianz, and counts Microsoft as "
            "its partner.")
    assert _supplied(extractor, text, "en") == {"Deutsche Bank", "Allianz"}


@pytest.mark.parametrize(("text", "lang"), [
    ("SAP sells software to Deutsche Bank and Allianz.", "en"),
    ("SAP supplies its software to Deutsche Bank and Allianz.", "en"),
])
def test_a_list_after_one_verb_stays_whole(extractor: Extractor, text: str, lang: str) -> None:
    assert _supplied(extractor, text, lang) == {"Deutsche Bank", "Allianz"}


@pytest.mark.parametrize("join", ["and", "but"])
def test_a_second_verb_shares_the_clauses_subject(extractor: Extractor, join: str) -> None:
    x = run(extractor, f"Infineon supplies chips to BMW {join} competes with NXP for other "
                       "carmakers.", "en", "Infineon")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert rivals == {frozenset(("Infineon Technologies", "NXP Semiconductors"))}
