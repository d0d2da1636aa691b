"""Roundups: an article made of items, each opened by a company's name and a colon or a dash.

An analysts' check or a list of small caps gives each company a paragraph of
its own ("Jenoptik: Der Photonik-Spezialist … Die Analysten von X erhöhten das
Kursziel auf 34 Euro. Krones: …"). A sentence there that names no company
("Berenberg bestätigte die Einstufung") speaks of its item's company, not of
the one the whole article names most: the article is about several. Each item
is therefore read as an article of its own, with the name before the colon as
its headline; the text before the first item (headline, introduction) is one
more part.

A collection of analyst notes prints each note under a headline of its own
("Jefferies senkt Zalando auf 'Hold' (Buy) - Ziel 24 (33) Euro", then the
note's text): such a headline, a line that rates a company and ends in no full
stop, opens an item too, its whole line the item's headline.

Only a text with :data:`MINIMUM_ITEMS` items or more, each of a different
company, is a roundup: one sentence opened by "Siemens:" is a quote or a
headline, not a list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.gazetteer import Mention

# items of different companies that make a text a roundup
MINIMUM_ITEMS = 3
# What follows an item's company name: a colon, or a dash between spaces as lists of a day's
# movers print it ("Boeing — The aircraft maker gained 4.6% …"), some with a hyphen between
# spaces for the dash ("Boeing - The aircraft maker …"); not a hyphen joining words.
_ITEM_MARK = re.compile(r": | [—–-] ")
# A name the catalogue lacks opening a movers item: capitalised words, then the dash ("Quantivo
# Health — The small-cap company jumped 63% …"); only a dash (or a hyphen between spaces), as
# "Update: …" opens no item.
_UNKNOWN_ITEM = re.compile(r"[A-Z][\w&.'\-]*(?: [A-Z&][\w&.'\-]*){0,4}(?= [—–-] )")
# The same in a ticker whose items open with names in capitals and a colon ("NORDHAFEN
# LOGISTIK: Die Papiere …"): there a head so printed opens an item too.
_UNKNOWN_CAPITAL_ITEM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ&.'\-]+(?: [A-ZÄÖÜ&][A-ZÄÖÜ&.'\-]*){0,4}(?=: )")
# A hyphen between spaces: the mark some lists print for the dash, but also a parenthetical dash
# of running text ("Nike - der Weltmarktführer - hatte enttäuscht").
_HYPHEN = " - "


def _hyphen_opened(sentence: Sentence, mark_end: int) -> bool | None:
    """Does the item mark ending at ``mark_end`` (an offset in the sentence's text) print the
    dash as a hyphen between spaces? True where it does and no second one closes it in the
    same sentence, None where one does (a parenthesis: no item at all), False for another mark."""
    if sentence.text[mark_end - len(_HYPHEN):mark_end] != _HYPHEN:
        return False
    return None if _HYPHEN in sentence.text[mark_end:] else True


def item_starts(document: Document, rates: Callable[[Sentence], bool],
                verdict: Callable[[Sentence, int], bool]) -> dict[int, int]:
    """The sentences that open an item, by index, each with the offset of the
    colon after its company's name (the item's headline ends there), or of the end
    of a note's headline (:func:`_note_headline`; ``rates`` tells a sentence that
    rates). Items of one kind only: a note's text may open with "X:" too. A house's
    name before a rating (``verdict``: does a rating stand at that offset of the
    sentence?) opens no item: "Jefferies: Buy, PT $90" is one line of a list of the
    houses' views on the article's company."""
    starts: dict[int, int] = {}
    labels: set[str] = set()
    notes: dict[int, int] = {}
    rated: set[str] = set()
    unknown: dict[int, int] = {}
    capital: dict[int, int] = {}
    capital_heads: set[int] = set()  # the items whose catalogued name is printed in capitals
    hyphened: set[int] = set()  # the items, known or not, opened by a hyphen between spaces
    for sentence in document.sentences:
        if (company := _note_headline(document, sentence, rates)) is not None:
            notes[sentence.index] = sentence.end
            rated.add(company)
        first = sentence.mentions[0] if sentence.mentions else None
        if first is None or first.start != sentence.start:
            if (name := _UNKNOWN_ITEM.match(sentence.text)) is not None \
                    and (first is None or first.start >= sentence.start + name.end()):
                hyphen = _hyphen_opened(sentence, name.end() + len(_HYPHEN))
                if hyphen is not None:
                    unknown[sentence.index] = sentence.start + name.end()
                if hyphen:
                    hyphened.add(sentence.index)
            elif (name := _UNKNOWN_CAPITAL_ITEM.match(sentence.text)) is not None \
                    and (first is None or first.start >= sentence.start + name.end()):
                capital[sentence.index] = sentence.start + name.end()
            continue
        mark = _ITEM_MARK.match(sentence.text, sentence.local(first.end))
        if first.type not in ISSUER_TYPES or mark is None \
                or first.type == "FinancialInstitution" and verdict(sentence, mark.end()):
            continue
        if (hyphen := _hyphen_opened(sentence, mark.end())) is None:
            continue
        if hyphen:
            hyphened.add(sentence.index)
        starts[sentence.index] = first.end
        labels.add(first.label)
        if len(first.surface) >= 3 and first.surface.isupper() and first.surface != first.label:
            capital_heads.add(sentence.index)
    if len(hyphened & starts.keys()) < MINIMUM_ITEMS:
        # a hyphen opens items only where the list prints its dash so: one that opens a
        # single sentence of a colon list is running text's dash
        starts = {i: end for i, end in starts.items() if i not in hyphened}
        unknown = {i: end for i, end in unknown.items() if i not in hyphened}
        labels = {m.label for i in starts for m in document.sentences[i].mentions[:1]}
    if len(starts) >= MINIMUM_ITEMS and len(labels) >= MINIMUM_ITEMS:
        # an item opened by a name the catalogue lacks is an item too: its sentences are
        # not the item's before, whose company it does not speak of
        return {**starts, **unknown, **(capital if len(capital_heads & starts.keys()) >= MINIMUM_ITEMS else {})}
    if len(notes) >= MINIMUM_ITEMS and len(rated) >= MINIMUM_ITEMS:
        return notes
    return {}


# what ends a sentence of running text, not a headline
_FULL_STOP = re.compile(r"[.!?:][\"'“”»«]?\s*$")


def _note_headline(document: Document, sentence: Sentence,
                   rates: Callable[[Sentence], bool]) -> str | None:
    """The company an analyst note's headline rates, where the sentence is one: a line
    that ends in no full stop, names a house before one other company and rates ("Jefferies
    senkt Zalando auf 'Hold' (Buy) - Ziel 24 (33) Euro", "JPMorgan hebt Ziel für Siemens
    Energy auf 140 Euro - 'Overweight'"), and whose note follows: one of the
    :data:`_NOTE_TOLD` sentences after it (a ticker line may stand between) ends in a full
    stop and names the house and the company again. A sentence of the text ("Jefferies
    stuft Zalando ab.") ends in a full stop, and a list of headlines one under the other
    ("X hebt Y …", "Z senkt W …") has no note's text: neither opens a note."""
    if _FULL_STOP.search(sentence.text) or sentence.index + 1 >= len(document.sentences):
        return None
    houses = {m.label for m in sentence.mentions if m.type == "FinancialInstitution"}
    companies = {m.label for m in sentence.mentions if m.type == "Company"}
    if not houses or len(companies) != 1 or not rates(sentence):
        return None
    first = next(m for m in sentence.mentions if m.type in ISSUER_TYPES)
    if first.type != "FinancialInstitution":
        return None
    after = document.sentences[sentence.index + 1:sentence.index + 1 + _NOTE_TOLD]
    told = any(houses & (named := {m.label for m in here.mentions}) and companies <= named
               and _FULL_STOP.search(here.text) is not None for here in after)
    return next(iter(companies)) if told else None


# how many sentences after a note's headline its text may begin (a ticker line between)
_NOTE_TOLD = 2


def item_name(document: Document, sentence: Sentence) -> Mention | None:
    """The company's name that opens an item of a roundup ("Intel — Shares rose 5.5%
    after …"), where ``sentence`` is the item's first; None elsewhere."""
    if not document.roundup_headline or sentence.index != 0 or not sentence.mentions:
        return None
    first = sentence.mentions[0]
    opens = first.start == sentence.start and _ITEM_MARK.match(sentence.text, sentence.local(first.end))
    return first if opens else None


def unnamed_item(part: Document, item_end: int) -> bool:
    """Is the part an item opened by a name the catalogue lacks ("Quantivo Health — …"): no
    mention in its headline? Its "it" and "the company" mean that name, no company we know."""
    return not any(m.start < item_end for m in part.sentences[0].mentions)


def _item_left(document: Document, begin: int, end: int) -> int | None:
    """The sentence, of those after the item opened at ``begin`` and before ``end``, that
    opens a paragraph about another company: its first name of a company or institution is
    a company, and it does not name the item's company ("Adidas: Die Aktie fiel … Außerhalb
    des Dax fielen die Aktien des Logistikers X … Das SDax-Unternehmen erwartet …"). The
    text there has left the item, and its references mean the company it names, not the
    item's. None where every paragraph of the item stays with it (an analysts' house
    opening a paragraph speaks of the item's company). The item's company is any name of its
    opening line: a note's headline names the house before the company it rates."""
    own = {m.label for m in document.sentences[begin].mentions}
    if not own:
        return None
    for index in range(begin + 1, end):
        if index not in document.paragraph_starts:
            continue
        named = [m for m in document.sentences[index].mentions if m.type in ISSUER_TYPES]
        if named and named[0].type == "Company" and not own & {m.label for m in named}:
            return index
    return None


def parts(document: Document, starts: dict[int, int]) -> list[tuple[Document, int | None]]:
    """The document cut before each item: each part with the end of its headline
    (None for the part before the first item, whose headline is the article's).
    A part's sentences are numbered from 0 but share their mentions with the
    whole document's, so a mention added to a part is the document's too."""
    cuts = sorted(starts)
    bounds = [(0, cuts[0])] if cuts[0] > 0 else []
    for n, cut in enumerate(cuts):
        end = cuts[n + 1] if n + 1 < len(cuts) else len(document.sentences)
        leaves = _item_left(document, cut, end)
        bounds += [(cut, leaves), (leaves, end)] if leaves is not None else [(cut, end)]
    out: list[tuple[Document, int | None]] = []
    for begin, end in bounds:
        sentences: list[Sentence] = [replace(s, index=i)
                                     for i, s in enumerate(document.sentences[begin:end])]
        # a quote box after an item's last sentence is that item's
        first = document.sentences[begin].start if begin else 0
        after = document.sentences[end].start if end < len(document.sentences) else None
        boxes = tuple(box for box in document.quote_boxes
                      if first <= box[0] and (after is None or box[0] < after))
        part = Document(lang=document.lang, sentences=sentences, catalogue=document.catalogue,
                        published=document.published, rated=document.rated, quote_boxes=boxes,
                        roundup_headline=document.sentences[0].text if begin in starts else "")
        out.append((part, starts.get(begin)))
    return out
