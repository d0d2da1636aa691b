"""The input cut into parts that a task reads on its own, anywhere.

A :class:`Part` names a few text files, or a run of lines of one JSON Lines
file, by location only: planning reads no article, so the client of a
cluster only lists folders and counts lines, and the workers read, decode
and clean. Locations are local paths or any URL that fsspec opens
(``s3://``, ``gs://``, ``https://``, ``memory://`` …) when fsspec is
installed; JSON Lines files may be gzipped (``.jsonl.gz``).

Reading a part gives exactly what :func:`kg.ingest.read_articles` gives for
the same input (the same ids, sources, hashes and error lines), so a build
is the same whichever way it reads.
"""

from __future__ import annotations

import gzip
import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.ingest import (
    JSONL_SUFFIXES,
    MAX_ARTICLE_BYTES,
    MAX_JSONL_LINE_BYTES,
    TEXT_SUFFIXES,
    decode_text,
    expand_paths,
    jsonl_article,
    skip_line,
    too_large,
    article_id,
    make_article,
    read_articles,
)
from kg.records import Article

GZIP_SUFFIX = ".gz"


@dataclass(frozen=True)
class Part:
    """Text files, or ``lines`` lines of one JSON Lines file from line ``first``.

    ``offset`` is the byte offset of line ``first`` in the (uncompressed)
    file; a gzipped file cannot seek, so its reader skips ``first - 1`` lines.
    """

    locations: tuple[str, ...]
    jsonl: bool = False
    first: int = 1
    lines: int = 0
    offset: int = 0


@dataclass(frozen=True)
class _Location:
    """A URL or path as :func:`kg.ingest.jsonl_article` names it in ids and messages."""

    text: str

    def __str__(self) -> str:
        return self.text

    @property
    def stem(self) -> str:
        name = self.text.rstrip("/").rsplit("/", 1)[-1]
        return name.split(".", 1)[0] if "." in name else name


def is_url(location: str | Path) -> bool:
    """A location with a scheme (``s3://…``), opened through fsspec."""
    return "://" in str(location)


def _kind(location: str) -> str | None:
    """"text", "jsonl" or None, by suffix (``.gz`` allowed on JSON Lines)."""
    name = location.lower()
    if name.endswith(GZIP_SUFFIX):
        name = name[: -len(GZIP_SUFFIX)]
        return "jsonl" if any(name.endswith(s) for s in JSONL_SUFFIXES) else None
    if any(name.endswith(s) for s in JSONL_SUFFIXES):
        return "jsonl"
    if any(name.endswith(s) for s in TEXT_SUFFIXES):
        return "text"
    return None


def needs_parts(paths: Iterable[str | Path]) -> bool:
    """Inputs that only the part reader opens: URLs and gzipped JSON Lines."""
    return any(is_url(p) or str(p).lower().endswith(GZIP_SUFFIX) for p in paths)


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise InputError("reading URLs needs fsspec: pip install fsspec") from None
    return fsspec


def _expand_url(url: str) -> Iterator[str | InputError]:
    """The files behind a URL: itself, or the article files below a folder, sorted."""
    try:
        fs, path = _fsspec().core.url_to_fs(url)
        if fs.isdir(path):
            found = sorted(p for p in fs.find(path)
                           if _kind(p) is not None and not p.rsplit("/", 1)[-1].startswith("."))
            yield from (fs.unstrip_protocol(p) for p in found)
        elif fs.isfile(path):
            yield url
        else:
            yield InputError(f"{url}: no such file or folder")
    except InputError as err:
        yield err
    except (OSError, ValueError, ImportError) as err:
        yield InputError(f"{url}: cannot read ({err})")


def _files(paths: Iterable[str | Path]) -> Iterator[str | InputError]:
    for raw in paths:
        if is_url(raw):
            yield from _expand_url(str(raw))
        else:
            for found in expand_paths([raw]):
                yield found if isinstance(found, InputError) else str(found)


def _open(location: str) -> IO[bytes]:
    """The file's bytes, decompressed when it ends in ``.gz``."""
    if is_url(location):
        handle: IO[bytes] = _fsspec().open(location, "rb").open()
    else:
        handle = open(location, "rb")  # noqa: SIM115  (closed by the caller)
    if location.lower().endswith(GZIP_SUFFIX):
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    return handle


def plan(paths: Iterable[str | Path], size: int) -> Iterator[Part | InputError]:
    """The parts of the input, in input order: ``size`` text files, or up to
    ``size`` lines of a JSON Lines file, each."""
    texts: list[str] = []
    for found in _files(paths):
        if isinstance(found, InputError):
            yield found
            continue
        if _kind(found) != "jsonl":
            texts.append(found)
            if len(texts) >= size:
                yield Part(tuple(texts))
                texts = []
            continue
        if texts:
            yield Part(tuple(texts))
            texts = []
        yield from _jsonl_parts(found, size)
    if texts:
        yield Part(tuple(texts))


def _jsonl_parts(location: str, size: int) -> Iterator[Part | InputError]:
    """Runs of ``size`` lines, found by one pass that only counts line ends."""
    try:
        with _open(location) as handle:
            first, offset, position, number = 1, 0, 0, 0
            for line in iter(lambda: handle.readline(1 << 20), b""):
                position += len(line)
                if line.endswith(b"\n") or len(line) < 1 << 20:
                    number += 1
                    if number - first + 1 >= size:
                        yield Part((location,), jsonl=True, first=first, lines=size,
                                   offset=offset)
                        first, offset = number + 1, position
            if number >= first:
                yield Part((location,), jsonl=True, first=first, lines=number - first + 1,
                           offset=offset)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield InputError(f"{location}: cannot read ({getattr(err, 'strerror', None) or err})")


def read_part(part: Part) -> list[Article | InputError]:
    """The part's articles and errors, as :func:`kg.ingest.read_articles` gives them."""
    if part.jsonl:
        return list(_read_lines(part))
    out: list[Article | InputError] = []
    for location in part.locations:
        if is_url(location):
            try:
                out.append(_read_url_text(location))
            except InputError as err:
                out.append(err)
        else:
            out.extend(read_articles([location]))
    return out


def read_parts(paths: Iterable[str | Path], size: int) -> Iterator[Article | InputError]:
    """Every article and error of the input, part by part, in input order."""
    for part in plan(paths, size):
        if isinstance(part, InputError):
            yield part
        else:
            yield from read_part(part)


def _read_url_text(url: str) -> Article:
    try:
        with _open(url) as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as err:
        raise InputError(f"{url}: cannot read ({err})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise too_large(url, len(data), "bytes")
    text, fallback = decode_text(data, url)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return make_article(text=text, source=url, article_id=article_id(_Location(url).stem),
                        sha256=hashlib.sha256(data).hexdigest(), encoding_fallback=fallback)


def _read_lines(part: Part) -> Iterator[Article | InputError]:
    """The part's lines of a JSON Lines file, read as kg.ingest reads them."""
    location = part.locations[0]
    name: Path | _Location = _Location(location) if is_url(location) else Path(location)
    try:
        with _open(location) as handle:
            _seek(handle, part)
            for number in range(part.first, part.first + part.lines):
                raw = handle.readline(MAX_JSONL_LINE_BYTES + 1)
                if not raw:
                    return
                if len(raw) > MAX_JSONL_LINE_BYTES:
                    size = len(raw) + skip_line(handle)
                    yield too_large(f"{name}:{number}", size, "bytes")
                    continue
                if not raw.strip():
                    continue
                try:
                    yield jsonl_article(raw, name, number)  # type: ignore[arg-type]
                except InputError as err:
                    yield err
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield InputError(f"{name}:{part.first}: cannot read "
                         f"({getattr(err, 'strerror', None) or err})")


def _seek(handle: IO[bytes], part: Part) -> None:
    if isinstance(handle, gzip.GzipFile) or not handle.seekable():
        for _ in range(part.first - 1):
            skip_line(handle)
    else:
        handle.seek(part.offset, io.SEEK_SET)


__all__ = ["Part", "is_url", "needs_parts", "plan", "read_part", "read_parts"]
