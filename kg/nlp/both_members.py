"""A membership or a partnership stated of a pair the passage has named: "Both companies are
members of the S&P 500", "Beide Konzerne sind im DAX notiert", "beide Unternehmen arbeiten
gemeinsam an …". The pair noun names no one; the passage right before names exactly two
companies, and those are the pair; "beide Berliner Unternehmen" seats the pair in the city."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.lang import lexicon
from kg.nlp.relation_cues import make_relation, place_adjective, relation_cues
from kg.records import Relation

# How many sentences back the pair must have been named (this one included).
_PASSAGE = 3


@lru_cache(maxsize=4)
def _both_members(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["membership"].get("both_members")
    return re.compile(rf"(?:^|[.;:]\s+)(?:{words})\s+$") if words else None


def both_members(document: Document) -> Iterator[Relation]:
    """memberOf for each of the two companies the passage names, where a sentence says that
    both are members of an index; more or fewer than two companies leave the pair unknown."""
    pattern = _both_members(document.lang)
    if pattern is None:
        return
    for sentence in document.sentences:
        for index in sentence.of_types({"MarketIndex"}):
            if not pattern.search(sentence.text[:sentence.local(index.start)]):
                continue
            pair = _pair_named(document, sentence, index.start)
            for member in pair:
                yield make_relation(member, "memberOf", index, sentence,
                                    f"relations/{document.lang}/index-member-pair")


def _pair_named(document: Document, sentence: Sentence, before: int) -> list[str]:
    """The two companies named in this sentence before ``before`` and in those just before
    it, if exactly two; else none."""
    named = [m.label for m in sentence.mentions if m.type in ISSUER_TYPES and m.end <= before]
    for _back, earlier in document.looking_back(sentence, _PASSAGE - 1, first=1):
        named += [m.label for m in earlier.mentions if m.type in ISSUER_TYPES]
    labels = sorted(set(named))
    return labels if len(labels) == 2 else []


@lru_cache(maxsize=4)
def _pair_partners(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["relation_cues"].get("pair_partners")
    return re.compile(rf"(?<![\w-])(?:{words})") if words else None


@lru_cache(maxsize=4)
def _pair_seat(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    cues = lexicon(lang)["relation_cues"]
    before, nouns = cues.get("pair_seat_before"), cues.get("pair_seat_nouns")
    if not before or not nouns:
        return None
    return re.compile(rf"(?<![\w-])(?:{before})"), re.compile(rf"\s+(?:{nouns})(?![\w-])")


def both_seated(document: Document) -> Iterator[Relation]:
    """locatedIn for each of the two companies named just before a pair noun with a place
    adjective ("Zalando bietet … , teilten beide Berliner Unternehmen mit"); more or fewer
    than two leave the pair unknown."""
    cues = _pair_seat(document.lang)
    if cues is None:
        return
    before, nouns = cues
    for sentence in document.sentences:
        for place in sentence.of_types({"Place"}):
            at = sentence.local(place.start)
            if not place_adjective(document.lang, sentence, place) \
                    or not before.search(sentence.text[:at]) \
                    or not nouns.match(sentence.text, sentence.local(place.end)):
                continue
            for company in _pair_before(document, sentence, place.start):
                yield make_relation(company, "locatedIn", place, sentence,
                                    f"relations/{document.lang}/seat-pair")


def _pair_before(document: Document, sentence: Sentence, at: int) -> list[str]:
    """The two companies named in the sentence before ``at``, else, with none there, in
    the sentence before; none unless exactly two."""
    named = {m.label for m in sentence.mentions if m.type in ISSUER_TYPES and m.end <= at}
    if not named:
        for _back, earlier in document.looking_back(sentence, 1, first=1):
            named = {m.label for m in earlier.mentions if m.type in ISSUER_TYPES}
    return sorted(named) if len(named) == 2 else []


def both_partners(document: Document) -> Iterator[Relation]:
    """partnerOf between the two companies named right before a sentence or clause that says
    the pair works together ("liefert Chips an Y; beide Unternehmen arbeiten gemeinsam an …"):
    those of the same sentence before the cue, else, with none there, those of the sentence
    before; more or fewer than two leave the pair unknown, and a sentence that tells of the
    partnership as ended, talked of or failed states none."""
    pattern = _pair_partners(document.lang)
    if pattern is None:
        return
    unreal = relation_cues(document.lang).unreal
    for sentence in document.sentences:
        cue = pattern.search(sentence.text)
        if cue is None or unreal.search(sentence.text):
            continue  # "a partnership the two companies began in 2024 was dissolved": ended
        pair = _pair_before(document, sentence, sentence.start + cue.start())
        if pair:
            yield make_relation(pair[0], "partnerOf", pair[1], sentence,
                                f"relations/{document.lang}/partners-pair")
