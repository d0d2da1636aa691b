"""Analyst ratings: which institution rates which company how.

A rating term ("Outperform", "Buy", "Kaufempfehlung") counts when it is
quoted or stands near a rating word ("Einstufung", "reiterated"); the
institution is the closest financial institution before it (in the
sentence, else the two before), the company the closest company that is not
the institution, else the company the article is about. In an up- or
downgrade ("von Hold auf Sell") only the new rating is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.document import Document, Sentence
from kg.nlp.lexicon import lexicon
from kg.nlp.prefilter import Prefilter
from kg.records import Evidence, Rating

INSTITUTION = frozenset({"FinancialInstitution"})
COMPANY = frozenset({"Company", "BusinessUnit"})
_QUOTES = "„“”\"'‚‘’«»"


@dataclass(frozen=True)
class _Patterns:
    term: re.Pattern[str]
    context: re.Pattern[str]
    term_cue: Prefilter  # can ``term`` match a sentence (most hold no rating term)


@lru_cache(maxsize=4)
def _patterns(lang: str) -> _Patterns:
    words = lexicon(lang)["ratings"]
    terms = "|".join(re.escape(t) for t in sorted(words["terms"], key=len, reverse=True))
    term = re.compile(rf"(?<![\w-])(?P<term>{terms})(?![\w])")
    return _Patterns(term=term, context=re.compile(words["context"], re.IGNORECASE),
                     term_cue=Prefilter([term]))


def rating_context(lang: str, text: str) -> bool:
    """Does the text rate a stock (a rating word or a quoted rating term)?"""
    pats = _patterns(lang)
    return bool(pats.context.search(text) or pats.term.search(text) and any(
        q in text for q in _QUOTES))


def find_ratings(document: Document) -> list[Rating]:
    """One rating per (institution, company): the first quoted one, else the first."""
    found: dict[tuple[str, str], Rating] = {}
    quoted_keys: set[tuple[str, str]] = set()
    for sentence in document.sentences:
        for rating, quoted in _sentence_ratings(document, sentence):
            key = (rating.by, rating.about)
            if key not in found or (quoted and key not in quoted_keys):
                found[key] = rating
                if quoted:
                    quoted_keys.add(key)
    return list(found.values())


def _sentence_ratings(document: Document, sentence: Sentence) -> list[tuple[Rating, bool]]:
    pats = _patterns(document.lang)
    text = sentence.text
    out: list[tuple[Rating, bool]] = []
    if not pats.term_cue.candidates(text, sentence.cache):
        return out
    for match in pats.term.finditer(text):
        if any(m.start <= sentence.start + match.start() < m.end for m in sentence.mentions):
            continue  # part of a name
        after = text[match.end():]
        quoted = text[: match.start()][-1:] in _QUOTES or after[:1] in _QUOTES
        if not quoted and not pats.context.search(text):
            continue
        if _is_old_rating(pats, text, match):
            continue
        start = sentence.start + match.start()
        institution = document.recent(sentence, INSTITUTION, before=start, window=2)
        if institution is None:
            later = [m for m in sentence.mentions if m.type in INSTITUTION and m.start > start]
            institution = later[0] if later else None
        if institution is None:
            continue  # a consensus rating without a named institution is not a rating
        companies = [m for m in sentence.mentions if m.type in COMPANY
                     and m.label != institution.label]
        label = (companies[0].label if companies
                 else document.share_subject(sentence) or document.topic)
        label = document.listed(label) if label else None
        if label is None or label == institution.label:
            continue
        out.append((Rating(by=institution.label, about=label, rating=match.group("term"),
                           evidence=Evidence(sentence=text, start=start,
                                             end=sentence.start + match.end(),
                                             extractor=f"ratings/{document.lang}")), quoted))
    return out


def _is_old_rating(pats: _Patterns, text: str, match: re.Match[str]) -> bool:
    """"von Hold auf Sell": Hold is the old rating when a new one follows."""
    after = text[match.end():]
    follows = re.match(r"^[" + _QUOTES + r"]?\s+(?:auf|to)\s+[" + _QUOTES + r"]?(?P<new>[\w\- ]+)",
                       after)
    if follows is None:
        return False
    return bool(pats.term.match(follows.group("new")))
