"""The text of a built article, read again from where the build read it.

The store keeps what was extracted from an article, its source (a path, or
``path:line`` for a JSON Lines record) and the SHA-256 of the bytes read,
but not the text itself. The article page reads the source again and shows
it only when its SHA-256 is still the one built, so the offsets of every
mention and fact fall where they fell; ad blocks are found again by the same
cleaner. Sources given as URLs, and files moved or changed since the build,
have no text here: the page then lists the facts with their sentences.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest import JSONL_SUFFIXES, TEXT_SUFFIXES, jsonl_article, read_articles


@dataclass(frozen=True)
class SourceText:
    """An article's text as read (headline first) and its ad blocks."""

    text: str
    ad_spans: tuple[tuple[int, int], ...]
    path: str


def _candidates(source: str, roots: Iterable[Path]) -> list[Path]:
    path = Path(source)
    if path.is_absolute():
        return [path]
    return [root / path for root in roots]


def _from_text_file(path: Path, sha256: str) -> SourceText | None:
    for article in read_articles([path]):
        if not isinstance(article, InputError) and article.sha256 == sha256:
            return SourceText(article.text, article.ad_spans, str(path))
    return None


def _from_jsonl(path: Path, number: int, sha256: str) -> SourceText | None:
    with path.open("rb") as handle:
        for count, raw in enumerate(handle, start=1):
            if count == number:
                if hashlib.sha256(raw.rstrip(b"\r\n")).hexdigest() != sha256:
                    return None
                try:
                    article = jsonl_article(raw, path, number)
                except InputError:
                    return None
                return SourceText(article.text, article.ad_spans, f"{path}:{number}")
    return None


def source_text(source: str | None, sha256: str | None, roots: Iterable[Path]
                ) -> SourceText | None:
    """The article's text if its source is a readable file (relative paths are tried
    against each of ``roots``) whose bytes still have the SHA-256 built."""
    if not source or not sha256:
        return None
    line = re.fullmatch(r"(.+):(\d+)", source)
    for path, number in [(p, None) for p in _candidates(source, roots)] + (
            [(p, int(line[2])) for p in _candidates(line[1], roots)] if line else []):
        try:
            if not path.is_file():
                continue
            if number is None and path.suffix.lower() in TEXT_SUFFIXES:
                found = _from_text_file(path, sha256)
            elif number is not None and path.suffix.lower() in JSONL_SUFFIXES:
                found = _from_jsonl(path, number, sha256)
            else:
                continue
        except OSError:
            continue
        if found is not None:
            return found
    return None
