"""Relation families of round 34, on sentences written for the test.

* "Rivals A (AAA.N) and B (BBB.N) report later": a ticker in brackets after a listed name
  names that item again; it is no subject of a clause after the list, so the first item keeps
  its rivalry with the article's company. A name after the list that is no item ("Unlike
  rivals A and B, C cut its forecast") still opens the clause and takes the rivalry.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import rival_pairs, run

from kg.nlp.extract import Extractor

_PNC = "PNC Financial Services beats profit estimates"


@pytest.mark.parametrize("body", [
    "PNC Financial Services raised its outlook on Tuesday. Rivals U.S. Bancorp (USB.N) and "
    "Truist Financial (TFC.N) report later this week.",
    "PNC Financial Services raised its outlook on Tuesday. Larger rivals Citigroup (C.N) and "
    "Wells Fargo (WFC.N), which both report on Friday, have cut jobs.",
], ids=["rivals-report", "rivals-relative"])
def test_listed_rivals_with_tickers_are_all_the_companys(extractor: Extractor, body: str) -> None:
    pairs = rival_pairs(run(extractor, body, "en", _PNC))
    listed = [n for n in ("U.S. Bancorp", "Truist Financial", "Citigroup", "Wells Fargo") if n in body]
    assert {frozenset(("PNC Financial Services", n)) for n in listed} <= pairs


def test_a_name_after_the_ticker_list_still_opens_the_clause(extractor: Extractor) -> None:
    """Look-alike: the name after the list is no item, so it is the rivals' subject, not the
    article's company."""
    body = ("PNC Financial Services raised its outlook on Tuesday. Unlike its rivals U.S. Bancorp "
            "(USB.N) and Truist Financial (TFC.N), Citigroup (C.N) cut its forecast.")
    pairs = rival_pairs(run(extractor, body, "en", _PNC))
    assert frozenset(("Citigroup", "U.S. Bancorp")) in pairs
    assert frozenset(("PNC Financial Services", "U.S. Bancorp")) not in pairs
    assert frozenset(("Citigroup", "Truist Financial")) in pairs
