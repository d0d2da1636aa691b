"""Units named only by their line of business ("Die Nutzfahrzeugsparte litt
unter der schwachen Nachfrage; ihr Umsatz sank um 1,6 Prozent").

ANNOTATION.md makes such a unit an optional entity whose figures are
required: gold names it by the phrase as printed, which the entity keeps as
an alias; its label adds the company, since the graph names an entity by its
label and every company has its "Nutzfahrzeugsparte". A mention is made for the
phrase where the article is about one company, a number follows the phrase
in its sentence, no name follows the phrase and no mention (a catalogued
unit the references resolved, "die Cloud-Sparte") already holds it. The entity is kept only where a fact names
it (:func:`kg.nlp.extract._entities`): the phrase alone says too little.
Relations are read without these mentions (:func:`hidden`): a person "Finanzchefin
der Agrarsparte" works for the company, as gold has it, and no relation
needs a unit known only by its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from kg.nlp.attribution import salient_entity
from kg.nlp.document import Document
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import lexicon

RULE = "discovery/line-unit"
_NUMBER = re.compile(r"\d")


@lru_cache(maxsize=4)
def _pattern(lang: str) -> re.Pattern[str] | None:
    table = lexicon(lang)["discovery"]
    if not table.get("line_unit"):
        return None
    not_line = rf"(?!(?:{table['line_unit_not']})(?![\w-]))" \
        if table.get("line_unit_not") else ""
    # no name after the phrase: "die Pkw-Sparte Mercedes-Benz Cars" names its unit
    return re.compile(rf"(?<![\w-]){not_line}(?P<name>{table['line_unit']})"
                      r"(?![\w-])(?!\s+[A-ZÄÖÜ\d])")


def line_units(document: Document) -> list[Mention]:
    """The mentions of units named by their line in an article about one
    company, labelled by the phrase as printed and the company ("Nutzfahrzeugsparte
    (Daimler Truck)"): printed alone, the phrase is an alias."""
    pattern = _pattern(document.lang)
    parent = salient_entity(document) if pattern is not None else None
    if pattern is None or parent is None:
        return []
    found = []
    for sentence in document.sentences:
        for match in pattern.finditer(sentence.text):
            if _NUMBER.search(sentence.text, match.end()) is None:
                continue  # no number after it: a unit told of, whose mention would only
                # vie with its parent for the next sentence's figures
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(m.start < end and start < m.end for m in sentence.mentions):
                continue
            # the label names the company too: "Nutzfahrzeugsparte" of two articles is
            # two units, and the graph names entities by label; the phrase is an alias
            found.append(Mention(start, end, f"{match['name']} ({parent})", "BusinessUnit",
                                 match.group(), RULE))
    return found


@contextmanager
def hidden(document: Document) -> Iterator[None]:
    """The document without its line-unit mentions while the block runs, with
    them again after: the facts other than figures are read as if the phrase
    named no one."""
    kept = {}
    for sentence in document.sentences:
        if any(m.rule == RULE for m in sentence.mentions):
            kept[sentence.index] = sentence.mentions
            sentence.mentions = [m for m in sentence.mentions if m.rule != RULE]
    try:
        yield
    finally:
        for sentence in document.sentences:
            if sentence.index in kept:
                sentence.mentions = kept[sentence.index]
