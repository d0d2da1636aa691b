"""Close-match suggestions for a name nothing has ("did you mean"): the index
(:class:`kg.resolve.CloseNames`) suggests the intended entity for the usual
typing slips, nothing for nonsense, and exactly what difflib over every name
would suggest, without scoring every name."""

from __future__ import annotations

import difflib

import pytest

from kg.catalogue import Catalogue
from kg.resolve import CloseNames, NameRow, close_matches, fold


@pytest.fixture(scope="module")
def rows(catalogue: Catalogue) -> list[NameRow]:
    """The catalogue's names as a store gives them: (entity, name, 0 label / 1 alias)."""
    return sorted((f"urn:e:{i}", name, 0 if j == 0 else 1)
                  for i, entry in enumerate(catalogue.entries.values())
                  for j, name in enumerate(entry.names))


@pytest.fixture(scope="module")
def index(rows: list[NameRow]) -> CloseNames:
    return CloseNames(rows)


@pytest.mark.parametrize(("typed", "meant"), [
    ("Siemns", "Siemens"),                        # a letter dropped
    ("Volkswgaen", "Volkswagen"),                 # two letters swapped
    ("Allibaba Group", "Alibaba Group"),          # a letter doubled
    ("Deutsche Telecom", "Deutsche Telekom"),     # a letter replaced
    ("dEUTSCHE tELEKOM ag", "Deutsche Telekom"),  # case, and a dropped word-space kept
    ("Muenchener Rueck", "Munich Re"),            # umlauts written out
    ("Münchner Rueckversicherung", "Munich Re"),
    ("Jörg Beisel", "Jörg Beißel"),               # ß written as s
    ("Strasburg", "Strasbourg"),
    ("NVDIA", "Nvidia"),                          # a ticker mistyped
    ("BASF S", "BASF"),
])
def test_a_mistyped_name_gets_the_intended_entity(index: CloseNames, typed: str,
                                                  meant: str) -> None:
    assert meant in index.suggest(typed), (typed, index.suggest(typed))


@pytest.mark.parametrize("typed", ["qxzjvw", "Zzyzx Wq", "", "§$%&/"])
def test_nonsense_gets_no_suggestion(index: CloseNames, typed: str) -> None:
    assert index.suggest(typed) == []


def _every_name(rows: list[NameRow], name: str, limit: int = 5) -> list[str]:
    """The suggestions of difflib scoring every name of the index's table
    (what its shortlist must equal)."""
    names = CloseNames(rows).names
    key = fold(name)
    found = [names[n] for n in difflib.get_close_matches(key, list(names), n=limit, cutoff=0.6)]
    found += [label for folded, label in sorted(names.items()) if key and key in folded]
    return list(dict.fromkeys(found))[:limit]


def test_the_shortlist_loses_no_suggestion(rows: list[NameRow], index: CloseNames) -> None:
    typed = ["Siemns", "Tencnet", "Deutsche Bnak", "sap", "e", "Commerzbnak AG", "Allianz SEE",
             "x\" } ; DROP ALL ; #", "Qwen\u2028 ⟨é⟩ 📈", "aaaaaaaaaaaaaaaaaaaaaaaaaa", "Bayer Leverkusn",
             "Europäische Zentralbnak", "Fed", "Goldman Sachs Grop", "BMW Groupe", "rück"]
    for name in typed:
        assert index.suggest(name) == _every_name(rows, name), name
    assert close_matches(rows, "Siemns") == _every_name(rows, "Siemns")


def test_no_names_no_suggestion() -> None:
    assert CloseNames([]).suggest("Siemens") == []
    assert CloseNames([("urn:e:1", "Siemens", 1)]).suggest("Siemens") == []  # alias of no label
