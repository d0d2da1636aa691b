"""The nouns of a company's shares before its name are one list (the clauses'
``share_nouns``) that the clause, rating, attribution and salience rules all
read; each rule keeps its own words between the noun and the name. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp.attribution import _words
from kg.nlp.document import _share_cues
from kg.nlp.ratings import _patterns
from kg.nlp.salience import _shares_before


@pytest.mark.parametrize("lang, before", [
    ("de", "Gefragt waren die Aktien von "),
    ("de", "Gefragt waren die Papiere der "),
    ("de", "Gefragt waren die Titel des "),
    ("de", "Gefragt waren die Anteilsscheine von "),
    ("en", "Investors bought shares of "),
    ("en", "Investors bought stock of "),
])
def test_every_rule_reads_the_share_nouns_before_a_name(lang: str, before: str) -> None:
    assert _share_cues(lang).shares_of.search(before)
    assert _patterns(lang).shares_of.search(before)
    shares_before = _shares_before(lang)
    assert shares_before is not None and shares_before.search(before)


@pytest.mark.parametrize("lang, before", [
    ("de", "Gefragt waren die Aktionäre von "),  # the holders, not the shares
    ("de", "Gefragt war der Kurs von "),
    ("en", "Investors asked shareholders of "),
    ("en", "Investors bought bonds of "),
])
def test_other_nouns_before_a_name_are_no_shares(lang: str, before: str) -> None:
    assert not _share_cues(lang).shares_of.search(before)
    assert not _patterns(lang).shares_of.search(before)
    shares_before = _shares_before(lang)
    assert shares_before is None or not shares_before.search(before)


def test_attribution_takes_a_german_owner_after_des_only_behind_a_noun() -> None:
    """"Aktien des Chipriesen" names no owner; "Aktien des Zulieferers Acme" does."""
    words = _words("de")
    assert words.unknown_after is not None
    found = words.unknown_after.search("Die Anteilsscheine des Zulieferers Acme Kolben stiegen.")
    assert found is not None and found.group("owner") == "Acme Kolben"
    assert words.unknown_after.search("Die Aktie des Chipriesen stieg.") is None


def test_a_rating_reads_a_capitalised_name_after_the_share_nouns() -> None:
    rated = _patterns("de").capitalised_rated
    assert rated is not None
    found = rated.search("Die Bank hat die Anteilsscheine von Acme Kolben auf 'Buy' hochgestuft.")
    assert found is not None and found.group("owner") == "Acme Kolben"
    # "des" takes nouns in German: no name read after it
    assert rated.search("Die Bank hat die Aktie des Konzerns auf 'Buy' hochgestuft.") is None
