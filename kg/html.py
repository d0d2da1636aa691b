"""Saved news pages (``.html``, ``.htm``) as article text and metadata.

A saved page is mostly not the article: navigation, cookie banners, teasers,
footers and readers' comments would each become "facts" if the page were
read as text. trafilatura finds the main text and the page's metadata; the
page's title becomes the headline (the article's first line, as for a text
file), its publication date and canonical URL the article's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from kg.errors import InputError

HTML_SUFFIXES = frozenset({".html", ".htm"})
# trafilatura and htmldate log what they could not find as warnings; a page
# without text is reported once, as an InputError, instead.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Page:
    """What a news page holds: its article text (headline first) and metadata."""

    text: str
    title: str | None
    published: date | None
    url: str | None


def read_page(data: bytes, source: str) -> Page:
    """The article in the HTML page ``data``, boilerplate and comments dropped.

    Raises :class:`InputError` naming ``source`` when no article text is found.
    """
    import trafilatura

    document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                           favor_precision=True)
    body = (getattr(document, "text", None) or "").strip()
    if not body:
        raise InputError(f"{source}: no article text found in the HTML page")
    title = (getattr(document, "title", None) or "").strip() or None
    lines = body.split("\n")
    if title and lines[0].strip() == title:
        lines = lines[1:]  # the page's own heading, already the headline
    paragraphs = "\n\n".join(line.strip() for line in lines if line.strip())
    text = f"{title}\n\n{paragraphs}" if title else paragraphs
    return Page(text=text, title=title, published=_date(getattr(document, "date", None)),
                url=getattr(document, "url", None) or None)


def _date(value: object) -> date | None:
    """An ISO date from the page's metadata; a page with an unreadable date has none."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
