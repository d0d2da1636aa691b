"""Buying a company's stock or stakes is no takeover of the company: "agreed to buy $5 million
of X's stock" gives no `acquired`, while buying the company itself still does.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def _acquired(text: str, extractor: Extractor) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, text, "en", "Tencent results"))
            if p == "acquired"}


def test_stock_of_a_company_bought_is_no_takeover(extractor: Extractor) -> None:
    assert not _acquired("Temasek has agreed to buy $5 million of Tencent's stock in the "
                         "placement.", extractor)


def test_stakes_of_a_company_bought_are_no_takeover(extractor: Extractor) -> None:
    assert not _acquired("Temasek bought Tencent's stakes in two game studios.", extractor)


def test_the_company_itself_bought_is_a_takeover(extractor: Extractor) -> None:
    # look-alike: the company is what is bought
    assert ("Tencent Holdings", "Sumo Group") in _acquired(
        "Tencent agreed to buy Sumo Group for $1.3 billion.", extractor)
