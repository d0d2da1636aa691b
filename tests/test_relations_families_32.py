"""Relation families, on sentences written for the test.

* "Also X and the British rival Y compete for the order" after a sentence about the article's
  company: X, joined to the rival phrase by a conjunction and an article, is a fellow rival and
  not the one Y rivals; Y rivals the article's company. Not "X and its rival Y" (X's rival).
* "Battery maker X, Y's main battery supplier, …", "X, Y's largest customer, …", "X, Y's
  long-time partner, …": the apposition names by its possessive the one X supplies, buys from or
  works with; not a former or a potential supplier, customer or partner.
* "the campus, which X is building with investment firm Y": a company named by its noun that X
  builds or develops something with is X's partner; not "with chips from Y", nor "for firm Y".
* "With partner Y, X is building …": a partner fronted after a capitalised "With" is the
  partner of the clause's subject after the comma; not "With partners gone, …" (no one named).

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("body", "lang"), [
    ("Rheinmetall hat den Umsatz gesteigert. Auch die schwedische Saab und der britische Rivale "
     "BAE Systems werben bei Armeen um Panzerprojekte.", "de"),
    ("Rheinmetall raised its sales. Also Saab and the British rival BAE Systems court armies for "
     "tank projects.", "en"),
], ids=["de", "en"])
def test_name_joined_to_a_rival_phrase_is_a_fellow_rival(extractor: Extractor, body: str, lang: str) -> None:
    rivals = rival_pairs(run(extractor, body, lang, "Tank makers"))
    assert frozenset(("Rheinmetall", "BAE Systems")) in rivals
    assert frozenset(("Saab", "BAE Systems")) not in rivals


@pytest.mark.parametrize(("body", "lang"), [
    ("Rheinmetall hat den Umsatz gesteigert. Saab und sein Rivale BAE Systems werben bei Armeen "
     "um Panzerprojekte.", "de"),
    ("Rheinmetall raised its sales. Saab and its rival BAE Systems court armies for tank "
     "projects.", "en"),
], ids=["de", "en"])
def test_name_with_its_own_rival(extractor: Extractor, body: str, lang: str) -> None:
    """Look-alike: a possessive pronoun makes the name before it the one rivalled."""
    rivals = rival_pairs(run(extractor, body, lang, "Tank makers"))
    assert frozenset(("Saab", "BAE Systems")) in rivals
    assert frozenset(("Rheinmetall", "BAE Systems")) not in rivals


# (body, the supply or partner triple the apposition states)
@pytest.mark.parametrize(("body", "fact"), [
    ("Li Auto raised its deliveries. Battery maker CATL, Li Auto's main battery supplier, reported "
     "a higher profit.", ("Contemporary Amperex Technology", "supplierOf", "Li Auto")),
    ("Li Auto raised its deliveries. Nvidia, Li Auto's largest customer, reported a higher profit.",
     ("Li Auto", "supplierOf", "Nvidia")),
    ("Li Auto raised its deliveries. Nvidia, Li Auto's long-time partner, reported a higher profit.",
     ("Nvidia", "partnerOf", "Li Auto")),
], ids=["supplier", "customer", "partner"])
def test_possessed_role_apposition(extractor: Extractor, body: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(run(extractor, body, "en", "Carmakers"))


@pytest.mark.parametrize("role", ["former supplier", "potential customer", "possible partner"])
def test_possessed_role_apposition_not_now(extractor: Extractor, role: str) -> None:
    """Look-alike: a tie that has ended or may come states no relation now."""
    x = run(extractor, f"Li Auto raised its deliveries. Nvidia, Li Auto's {role}, reported a higher "
            "profit.", "en", "Carmakers")
    assert not {(s, o) for s, p, o in triples(x) if p in ("supplierOf", "partnerOf")} \
        & {("Nvidia", "Li Auto"), ("Li Auto", "Nvidia")}


def test_building_with_a_named_firm(extractor: Extractor) -> None:
    x = run(extractor, "Meta raised its spending. The data center, which Meta is building with "
            "investment firm Blue Owl Capital, will open in 2027.", "en", "Data centers")
    assert ("Meta Platforms", "partnerOf", "Blue Owl Capital") in triples(x)


@pytest.mark.parametrize("body", [
    "Meta raised its spending. Meta is building the data center with chips from Nvidia.",
    "Meta raised its spending. Meta is building a data center for investment firm Blue Owl Capital.",
    "Meta raised its spending. Meta is building the center with investment firm Blue Owl Capital's money.",
], ids=["goods-from", "built-for", "money-of"])
def test_building_with_no_partner(extractor: Extractor, body: str) -> None:
    """Look-alike: goods or money built with, or a client built for, make no partner."""
    x = run(extractor, body, "en", "Data centers")
    assert not [t for t in triples(x) if t[1] == "partnerOf"]


def test_fronted_with_partner(extractor: Extractor) -> None:
    x = run(extractor, "Meta raised its spending. With partner Blue Owl Capital, Meta is building a "
            "data center in Ohio.", "en", "Data centers")
    assert ("Meta Platforms", "partnerOf", "Blue Owl Capital") in triples(x)


def test_fronted_with_partners_no_name(extractor: Extractor) -> None:
    """Look-alike: a partner noun with no name after it names no partner."""
    x = run(extractor, "Meta raised its spending. With partners gone, Meta is building a data "
            "center in Ohio.", "en", "Data centers")
    assert not [t for t in triples(x) if t[1] == "partnerOf"]
