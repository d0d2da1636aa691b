"""ingest → extract → map → validate → store, in batches.

A batch is read, extracted, mapped and validated in memory before the store
is touched; only a conforming batch is written, each article graph replaced
in one transaction. An unchanged article (same SHA-256 as in the store) is
skipped, a changed one replaces exactly its graph, and a bad input is
reported in one line while the rest is built.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal

from kg.catalogue import load_catalogue
from kg.errors import InputError
from kg.ingest import read_articles
from kg.nlp.extract import Extractor
from kg.rdf.mapper import article_iri, catalogue_graph, to_graph
from kg.rdf.namespaces import CATALOGUE_GRAPH, FIN
from kg.rdf.shapes import check
from kg.rdf.store import Store
from kg.records import Article

Progress = Callable[[int], None]


@dataclass
class BuildReport:
    """What a build did, for the summary and the exit code."""

    store: Path
    built: int = 0
    unchanged: int = 0
    ad_blocks: int = 0
    quads: int = 0
    errors: list[str] = field(default_factory=list)
    encoding_fallbacks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def build(
    paths: Iterable[str | Path],
    store: Store,
    *,
    extractor: Extractor | None = None,
    batch_size: int = 100,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the articles under ``paths`` into ``store``.

    Raises :class:`kg.errors.ShapeViolation` when a batch does not conform
    (that batch and all after it are not written) and
    :class:`kg.errors.StoreError` when the store cannot be used.
    """
    report = BuildReport(store=store.path)
    with store.build_lock():
        known = store.article_hashes()
        extractor = extractor or Extractor()
        pending = _new_articles(read_articles(paths), known, report)
        catalogue = _catalogue_if_changed(known)
        for batch in _batches(pending, batch_size):
            graphs = [to_graph(x) for x in extractor.extract_many(batch)]
            if catalogue is not None:
                graphs.append(catalogue)
            check(graphs)
            with store.write() as writer:
                report.quads += writer.replace_graphs(graphs)
            catalogue = None
            report.built += len(batch)
            report.ad_blocks += sum(a.ad_blocks for a in batch)
            if progress:
                progress(len(batch))
    return report


def _new_articles(items: Iterable[Article | InputError], known: dict[str, str],
                  report: BuildReport) -> Iterator[Article]:
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, InputError):
            report.errors.append(str(item))
            continue
        if item.id in seen:
            report.errors.append(
                f"{item.source}: same article id {item.id!r} as {seen[item.id]}; skipped")
            continue
        seen[item.id] = item.source
        if item.lang_fallback:
            report.encoding_fallbacks.append(item.source)
        if known.get(str(article_iri(item.id))) == item.sha256:
            report.unchanged += 1
            continue
        yield item


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _catalogue_if_changed(known: dict[str, str]) -> Graph | None:
    """The catalogue graph, when the store lacks it or holds an older one."""
    graph = catalogue_graph(load_catalogue())
    digest = hashlib.sha256(
        "\n".join(sorted(f"{s} {p} {o}" for s, p, o in graph)).encode()).hexdigest()
    if known.get(str(CATALOGUE_GRAPH)) == digest:
        return None
    graph.add((CATALOGUE_GRAPH, FIN.sha256, Literal(digest)))
    return graph
