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
from kg.nlp.document import Document, Sentence
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import lexicon
from kg.nlp.metrics import figure_words

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
            label = _named_before(document, sentence, match.start()) or f"{match['name']} ({parent})"
            found.append(Mention(start, end, label, "BusinessUnit", match.group(), RULE))
    return found


def _named_before(document: Document, sentence: Sentence, at: int) -> str | None:
    """The one unit named by its name earlier in the sentence, with no word of contrast between
    ("Smart Infrastructure schnitt besser ab: Der Auftragseingang der Gebäudetechnik-Sparte stieg
    um 8 Prozent"): the phrase of its line refers back to it, and its figures are that unit's,
    not those of a second, unnamed one. None where no unit or several are named before, or a
    contrast sets the phrase apart ("Smart Infrastructure wuchs, die Mobilitätssparte dagegen
    …"): then the phrase may name another unit."""
    named = {m.label for m in sentence.mentions
             if m.type == "BusinessUnit" and m.rule != RULE and sentence.local(m.end) <= at}
    if len(named) != 1:
        return None
    words = figure_words(document.lang)
    between = sentence.text[:at]
    if words.contrast_aside is not None and words.contrast_aside.search(sentence.text) \
            or _contrast(document.lang).search(between):
        return None
    return next(iter(named))


@lru_cache(maxsize=4)
def _contrast(lang: str) -> re.Pattern[str]:
    """The conjunctions of contrast ("während", "while") that open a clause of its own."""
    words = lexicon(lang)["relation_cues"].get("contrast_conjunctions") or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


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
