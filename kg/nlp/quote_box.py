"""The quote box of a retail-investor page: a line with a share's name, its codes, its
price and its move ("Acme AG | WKN: A1B2C3 | Kurs: 19,85 Euro | +3,2 %"). Ingest mostly
blanks such a line as page furniture, so that its name and numbers neither become facts of a
sentence nor take over the subject of the next one; but it is no advertising, and the
guide files its price and move as the company's figures. They are read here from the raw
line, for a company the article itself names, and only where the name is that one's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.nlp.document import ISSUER_TYPES, Document
from kg.nlp.lang import lexicon
from kg.nlp.metrics import unit_kind
from kg.nlp.quantities import find_quantities
from kg.records import Article, Evidence, Figure


@lru_cache(maxsize=4)
def _box(lang: str) -> re.Pattern[str] | None:
    """A quote box line: the name before the share's codes, and what follows its price label."""
    table = lexicon(lang)["figures"]
    if not table.get("quote_box_price") or not table.get("quote_box_codes"):
        return None
    return re.compile(rf"^(?P<name>[^|\n]{{2,60}}?)[ \t]*(?:\|[ \t]*)?(?:{table['quote_box_codes']})[ \t]*:"
                      rf"[^\n]*?(?:{table['quote_box_price']})[ \t]*:[ \t]*(?P<rest>[^\n]*)$", re.MULTILINE)


def box_lines(article: Article) -> tuple[tuple[int, str], ...]:
    """The quote box lines of the article, with their offsets: read from the text as
    printed, as ingest blanks most of them (not one whose name holds a period)."""
    pattern = _box(article.lang)
    if pattern is None:
        return ()
    return tuple((match.start(), match.group(0)) for match in pattern.finditer(article.text))


def quote_box_figures(document: Document) -> Iterator[Figure]:
    """The price (``SharePrice``) and the signed move after it (``StockPriceChange``) of
    each box whose name is the name, or the name and a legal form, of exactly one company
    the article names; a box of a company named nowhere else is the page's, not the report's."""
    pattern = _box(document.lang)
    if pattern is None:
        return
    drop = tuple(lexicon(document.lang)["discovery"]["drop_suffixes"])
    for start, line in document.quote_boxes:
        match = pattern.match(line)
        if match is None:
            continue
        about = _company(document, match.group("name").strip(), drop)
        if about is None:
            continue
        rest = match.start("rest")
        quantities = find_quantities(line[rest:], document.lang)
        price = next((q for q in quantities if unit_kind(q) == "currency" and q.value is not None), None)
        if price is None:
            continue
        move = next((q for q in quantities if q.start >= price.end and q.unit == "Percent"), None)
        for q, metric in ((price, "SharePrice"), (move, "StockPriceChange")):
            if q is not None and q.value is not None:
                yield Figure(about=about, metric=metric, value=q.value, unit=q.unit,  # type: ignore[arg-type]
                             evidence=Evidence(sentence=line, start=start + rest + q.start,
                                               end=start + rest + q.end,
                                               extractor=f"figures/{document.lang}/quote-box"))


_SHARE_CLASS = re.compile(r" [A-C]$")  # "Acme B": the class of shares a box quotes


def _company(document: Document, name: str, drop: tuple[str, ...]) -> str | None:
    """The one company of the article printed as ``name``, or as ``name`` without a legal
    form at its end ("Acme Corp." for Acme) or without the letter of a share class ("Acme B",
    as Nordic boxes print a class of shares)."""
    names = {name}
    form = next((d for d in sorted(drop, key=len, reverse=True) if name.endswith(" " + d)), None)
    if form is not None:
        names.add(name[:-len(form)].strip())
    share_class = _SHARE_CLASS.search(name)
    if share_class is not None:
        names.add(name[:share_class.start()])
    found = {m.label for m in document.mentions
             if m.type in ISSUER_TYPES and (m.surface in names or m.label in names)}
    return found.pop() if len(found) == 1 else None
