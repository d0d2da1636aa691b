"""Roundups: an article made of items, each opened by a company's name and a colon.

An analysts' check or a list of small caps gives each company a paragraph of
its own ("Jenoptik: Der Photonik-Spezialist … Die Analysten von X erhöhten das
Kursziel auf 34 Euro. Krones: …"). A sentence there that names no company
("Berenberg bestätigte die Einstufung") speaks of its item's company, not of
the one the whole article names most: the article is about several. Each item
is therefore read as an article of its own, with the name before the colon as
its headline; the text before the first item (headline, introduction) is one
more part.

Only a text with :data:`MINIMUM_ITEMS` items or more, each of a different
company, is a roundup: one sentence opened by "Siemens:" is a quote or a
headline, not a list.
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.document import ISSUER_TYPES, Document, Sentence

# items of different companies that make a text a roundup
MINIMUM_ITEMS = 3


def item_starts(document: Document) -> dict[int, int]:
    """The sentences that open an item, by index, each with the offset of the
    colon after its company's name (the item's headline ends there)."""
    starts: dict[int, int] = {}
    labels: set[str] = set()
    for sentence in document.sentences:
        first = sentence.mentions[0] if sentence.mentions else None
        if first is None or first.type not in ISSUER_TYPES or first.start != sentence.start:
            continue
        if not sentence.text[sentence.local(first.end):].startswith(": "):
            continue
        starts[sentence.index] = first.end
        labels.add(first.label)
    if len(starts) < MINIMUM_ITEMS or len(labels) < MINIMUM_ITEMS:
        return {}
    return starts


def parts(document: Document, starts: dict[int, int]) -> list[tuple[Document, int | None]]:
    """The document cut before each item: each part with the end of its headline
    (None for the part before the first item, whose headline is the article's).
    A part's sentences are numbered from 0 but share their mentions with the
    whole document's, so a mention added to a part is the document's too."""
    cuts = sorted(starts)
    bounds = ([(0, cuts[0])] if cuts[0] > 0 else []) + [
        (cut, cuts[n + 1] if n + 1 < len(cuts) else len(document.sentences))
        for n, cut in enumerate(cuts)]
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
                        published=document.published, rated=document.rated, quote_boxes=boxes)
        out.append((part, starts.get(begin)))
    return out
