"""What a worker runs on one part of the input.

Each function takes plain, picklable arguments and returns plain data, so it
runs the same in this process, in a forked pool or on a Dask worker. A
worker process builds its :class:`~kg.nlp.extract.Extractor` once and keeps
it for every later part.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.build import BatchResult, process_batch
from kg.catalogue import ontology_path
from kg.dist.inputs import Part, is_url, read_part
from kg.errors import InputError
from kg.nlp.extract import Extractor
from kg.rdf.mapper import article_iri
from kg.rdf.shapes import fast_checker
from kg.records import Article

SHARD_SUFFIX = ".nq.gz"


@dataclass(frozen=True)
class ArticleInfo:
    """What the client needs to know of an article a worker read."""

    id: str
    source: str
    sha256: str
    ad_blocks: int
    lang_fallback: bool
    extracted: bool  # False: unchanged in the store, or a repeated id within the part


@dataclass
class PartOutput:
    """The part's articles and input errors (error lines as text) in input
    order, and the graphs of the articles extracted."""

    items: list[ArticleInfo | str]
    result: BatchResult


@dataclass(frozen=True)
class ShardOutput:
    """A shard written (or found already written) for one part."""

    name: str
    items: list[ArticleInfo | str]
    graphs: list[str]
    quads: int
    reused: bool
    violations: list[str]


@lru_cache(maxsize=4)
def extractor_for(models: tuple[str, ...]) -> Extractor:
    """The worker's extractor for these statistical models, built once."""
    return Extractor(spacy_models=models)


def _read(part: Part, known: dict[str, str]) -> tuple[list[ArticleInfo | str], list[Article]]:
    """The part read: every item for the client, and the articles to extract
    (not unchanged in the store, first of their id within the part)."""
    items: list[ArticleInfo | str] = []
    todo: list[Article] = []
    seen: set[str] = set()
    for item in read_part(part):
        if isinstance(item, InputError):
            items.append(str(item))
            continue
        fresh = item.id not in seen and known.get(str(article_iri(item.id))) != item.sha256
        seen.add(item.id)
        items.append(ArticleInfo(item.id, item.source, item.sha256, item.ad_blocks,
                                 item.lang_fallback, fresh))
        if fresh:
            todo.append(item)
    return items, todo


def process_part(part: Part, known: dict[str, str], models: tuple[str, ...],
                 min_confidence: float | None = None) -> PartOutput:
    """Read, extract, map and validate one part, skipping articles ``known``
    (graph IRI → SHA-256) with the same hash; facts below ``min_confidence``
    (the calibrated threshold unless given) are left out, as in a local build."""
    items, todo = _read(part, known)
    return PartOutput(items, process_batch(extractor_for(models), todo, min_confidence))


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code and data that decide what extraction writes: a
    shard made by another finkg or catalogue gets another name."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    roots = [package, ontology_path("entities.ttl").parent]
    for root in roots:
        for path in sorted(p for p in root.rglob("*")
                           if p.suffix in {".py", ".toml", ".ttl"} and p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def shard_name(items: list[ArticleInfo | str], models: tuple[str, ...]) -> str:
    """The shard's file name from its content: the code, the models, and each
    input article's id and hash (or error) in order."""
    digest = hashlib.sha256(code_digest().encode())
    digest.update(repr(models).encode())
    for item in items:
        digest.update((item if isinstance(item, str) else f"{item.id} {item.sha256}").encode())
        digest.update(b"\n")
    return digest.hexdigest()[:32] + SHARD_SUFFIX


def _exists(out: str, name: str) -> bool:
    if is_url(out):
        import fsspec

        fs, root = fsspec.core.url_to_fs(out)
        return bool(fs.exists(f"{root.rstrip('/')}/{name}"))
    return (Path(out) / name).is_file()


def _write_atomically(out: str, name: str, data: bytes) -> None:
    """Write under a temporary name and rename: a killed worker leaves no
    shard that looks complete."""
    temp = f".{name}.{uuid.uuid4().hex}.part"
    if is_url(out):
        import fsspec

        fs, root = fsspec.core.url_to_fs(out)
        root = root.rstrip("/")
        fs.makedirs(root, exist_ok=True)
        with fs.open(f"{root}/{temp}", "wb") as handle:
            handle.write(data)
        fs.mv(f"{root}/{temp}", f"{root}/{name}")
        return
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(folder / temp, folder / name)


def nquads(graphs: list[tuple[str, str]]) -> str:
    """(graph IRI, N-Triples text) pairs as one N-Quads text."""
    return "".join(text.replace(" .\n", f" <{name}> .\n") for name, text in graphs)


def write_shard(part: Part, out: str, models: tuple[str, ...]) -> ShardOutput:
    """Extract one part into ``out/NAME.nq.gz`` unless a shard of that name
    (the same input, code and models) is there already."""
    items, todo = _read(part, {})
    name = shard_name(items, models)
    graphs = [str(article_iri(a.id)) for a in todo]
    if _exists(out, name):
        return ShardOutput(name, items, graphs, 0, True, [])
    result = process_batch(extractor_for(models), todo)
    found = result.failed + result.violations + fast_checker().violations(result.shared)
    if found:
        return ShardOutput(name, items, graphs, 0, False, sorted(set(found)))
    text = nquads(result.for_store())
    _write_atomically(out, name, gzip.compress(text.encode("utf-8"), compresslevel=5, mtime=0))
    return ShardOutput(name, items, graphs, text.count("\n"), False, [])


__all__ = [
    "SHARD_SUFFIX",
    "ArticleInfo",
    "PartOutput",
    "ShardOutput",
    "code_digest",
    "extractor_for",
    "nquads",
    "process_part",
    "shard_name",
    "write_shard",
]
