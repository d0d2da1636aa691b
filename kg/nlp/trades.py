"""Trades: the industries a descriptive noun names ("der Sportartikelhersteller", "the
chipmaker", "Finanzinvestor") and whether a catalogued company is of one of them
(ontology/industries.tsv). Name discovery and the reference resolver both read them: a
descriptor picks the company of its trade."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.catalogue import load_industries
from kg.nlp.gazetteer import alternation
from kg.nlp.lang import info, lexicon


@lru_cache(maxsize=4)
def _industry_words(lang: str) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The words that give a company reference an industry, as one pattern, and the
    industries of each; a language that lists none matches nothing. Where nouns form
    compounds a word opens or closes a part of the head ("Sportartikelhersteller",
    "Elektroautobauer", "Chip-Riese"; not "bank" inside "Datenbankanbieter"), elsewhere
    it is a whole word of the phrase ("bank" is not in "bankrupt")."""
    words: dict[str, list[str]] = lexicon(lang)["references"].get("industry_words") or {}
    if not words:
        return re.compile(r"(?!)"), {}
    table = {word.lower(): frozenset(found) for word, found in words.items()}
    alternatives = alternation(list(table))
    if info(lang).compounds:
        # overlapping, so the longest can be chosen: a word at a part's start, or ending it
        # with an inflection ("Autobauers", "Versicherern")
        return re.compile(rf"(?:(?<![^\W\d_])(?=(?P<word>{alternatives}))"
                          rf"|(?=(?P<last>{alternatives})(?:e?[ns])?(?![^\W\d_])))"), table
    return re.compile(rf"(?<![\w\-])(?=(?P<word>{alternatives})s?(?![\w\-]))"), table


def descriptor_industries(lang: str, phrase: str) -> frozenset[str]:
    """The industries a company reference names ("der Sportartikelhersteller": apparel;
    "the defence group": aerospace and defence), by the longest industry word in it;
    none for a generic head ("der Konzern", "the company")."""
    pattern, table = _industry_words(lang)
    found = [m.group("word") or m.group("last") for m in pattern.finditer(phrase.lower())]
    return table[max(found, key=len)] if found else frozenset()


def industry_known_fit(label: str, industries: frozenset[str]) -> bool | None:
    """Is ``label`` of one of ``industries``: None where its industry is not known (a
    company the catalogue gives no industry, or one the text found), or where no
    industry is asked for."""
    known = load_industries().get(label)
    return None if known is None or not industries else not known.isdisjoint(industries)
