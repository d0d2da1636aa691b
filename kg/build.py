"""ingest → extract → map → validate → store, in batches.

A batch is read, extracted, mapped and validated in memory before the store
is touched; only a conforming batch is written, each article graph replaced
in one transaction. An unchanged article (same SHA-256 as in the store) is
skipped, a changed one replaces exactly its graph, and a bad input, an
article whose own graph does not conform, or one whose extraction raised (a
bug in a rule), is reported in one line and left out while the rest is built.

The build streams: articles are read lazily and at most a few batches are in
memory at any time, however many articles there are. With ``jobs > 1``
batches are extracted, mapped and validated in worker processes (each builds
its :class:`Extractor` once); a worker hands back each article graph as
N-Triples text, which is cheap to pickle and which Oxigraph parses in Rust.
Batches are written in input order, so the store ends up the same whatever
the number of jobs. With ``cluster`` the batches are parts of the input that
Dask workers read and process (:mod:`kg.dist`); the client only writes.

Validation stays on for every article: the fast checker compiled from the
SHACL shapes (:class:`kg.rdf.shapes.FastChecker`) checks each article graph
with the descriptions of the entities it names, and the descriptions that
several articles of a batch share are checked together, as pyshacl would see
them in the batch's union. pyshacl itself cross-checks a sample of the first
batch of every build.

Entity descriptions are written once: a catalogued entity's only in the
catalogue graph, the rest (entities the catalogue does not know, names the
articles use that it does not list) in the shared entity graph, which the
store merges batch by batch and clears of entities no article mentions any
more (:meth:`kg.rdf.store.Writer.replace_ntriples`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from rdflib import Graph, Literal
from rdflib.term import Node

from kg.dist.inputs import needs_parts, read_parts
from kg.errors import InputError, ShapeViolation
from kg.ingest import read_articles
from kg.nlp.confidence import above, reliability
from kg.nlp.extract import Extractor, Failed
from kg.nlp.lang import codes
from kg.nlp.pipeline import build_pipeline
from kg.rdf.mapper import (
    DESCRIBING,
    article_iri,
    catalogue_triple_list,
    catalogue_triples,
    entity_triples,
    one_label_each,
    shared_descriptions,
    to_triples,
)
from kg.rdf.namespaces import CATALOGUE_GRAPH, ENTITY_GRAPH, FIN
from kg.rdf.shapes import fast_checker, violations
from kg.rdf.store import Store, ntriples, one_label, unique_lines
from kg.records import Article

Progress = Callable[[int], None]

# Articles validated and written together by default. Each batch is one bulk
# ingestion into the store, whose cost grows with the store (RocksDB merges the
# new files into what it holds), so fewer, larger batches make a large build
# faster. A new store whose merging waits for the end
# (Store.deferred_compaction) also gets one more level-0 file per index with
# every ingestion, and at RocksDB's stop trigger (36 files, the store's
# OPTIONS) the next ingestion waits until everything so far is merged: at
# 1,000 articles a batch that comes at 37,000 articles. Batches of 1,500 avoid
# it up to 54,000 articles (50k: 921 s against 980 s) but raise the largest
# process's peak from 1.5 to 2.1 GiB, so 1,000 stays the default and
# `--batch-size` is the user's choice. At about 600 quads an article a batch
# stays within one bulk load (kg.rdf.store.BULK_QUADS), written whole or not at all.
BATCH_SIZE = 1000

# Articles of the first batch that pyshacl also validates (~0.3 s each, more on a busy machine).
PYSHACL_SAMPLE = 5

Triple = tuple[Node, Node, Node]
T = TypeVar("T")


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


@dataclass
class BatchResult:
    """What a worker hands back for one batch: small and cheap to pickle."""

    graphs: list[tuple[str, str]]     # (article graph IRI, N-Triples text) in input order
    shared: list[Triple]              # triples about nodes other graphs may describe too
    violations: list[str]             # what the batch as a whole breaks, put on no one article
    # article graph IRI → the N-Triples it brings to the shared entity graph
    descriptions: dict[str, str] = field(default_factory=dict)
    # one line per article left out: its extraction raised, or its own graph does not conform
    failed: list[str] = field(default_factory=list)

    @classmethod
    def merged(cls, results: Iterable[BatchResult]) -> BatchResult:
        """Consecutive results as one, in order: the pieces workers made of a batch."""
        merged = cls(graphs=[], shared=[], violations=[])
        for result in results:
            merged.graphs += result.graphs
            merged.shared += result.shared
            merged.violations += result.violations
            merged.descriptions.update(result.descriptions)
            merged.failed += result.failed
        return merged

    def without(self, dropped: set[str]) -> None:
        """Leave out the graphs named in ``dropped`` and what they brought to the entity graph."""
        self.graphs = [(name, text) for name, text in self.graphs if name not in dropped]
        self.descriptions = {name: text for name, text in self.descriptions.items()
                             if name not in dropped}

    def for_store(self) -> list[tuple[str, str]]:
        """The graphs to write: the article graphs, then, when they name entities the
        catalogue does not describe, one piece of the entity graph (each triple
        once), which the store merges into that graph."""
        piece = one_label(unique_lines(self.descriptions.values()))
        return [*self.graphs, (str(ENTITY_GRAPH), piece)] if piece else list(self.graphs)


def build(
    paths: Iterable[str | Path],
    store: Store,
    *,
    extractor: Extractor | None = None,
    batch_size: int = BATCH_SIZE,
    jobs: int = 1,
    cluster: str | None = None,
    progress: Progress | None = None,
    min_confidence: float | None = None,
) -> BuildReport:
    """Build the articles under ``paths`` into ``store``, extracting in
    ``jobs`` processes, or as tasks on the Dask cluster whose scheduler is at
    ``cluster`` (``tcp://host:port``; see :mod:`kg.dist`); facts of confidence
    below ``min_confidence`` (by default the calibrated threshold,
    docs/confidence.md) are not written.

    An article whose own graph does not conform is left out and reported in
    ``errors`` (article id, shape and node at fault); the rest of its batch is
    written. Raises :class:`kg.errors.ShapeViolation` when the descriptions the
    articles of a batch share do not conform (that batch and all after it are
    not written) and
    :class:`kg.errors.StoreError` when the store cannot be used.
    """
    paths = list(paths)
    if cluster is None:
        articles = read_parts(paths, batch_size) if needs_parts(paths) else read_articles(paths)
        return build_articles(articles, store, extractor=extractor, batch_size=batch_size,
                              jobs=jobs, progress=progress, min_confidence=min_confidence)
    threshold = _threshold(min_confidence)
    models = tuple((extractor or Extractor()).spacy_models.values())

    def on_cluster(known: dict[str, str], report: BuildReport) -> Iterator[Done]:
        from kg.dist.cluster import build_batches

        return build_batches(cluster, paths, known, report, batch_size=batch_size,
                             spacy_models=models, min_confidence=threshold)

    return _write(on_cluster, store, progress, busy=False)


def build_articles(
    items: Iterable[Article | InputError],
    store: Store,
    *,
    extractor: Extractor | None = None,
    batch_size: int = BATCH_SIZE,
    jobs: int = 1,
    progress: Progress | None = None,
    min_confidence: float | None = None,
) -> BuildReport:
    """Build articles already read (or the errors met reading them) into
    ``store``: :func:`build` for texts that do not come from files."""
    threshold = _threshold(min_confidence)

    def here(known: dict[str, str], report: BuildReport) -> Iterator[Done]:
        pending = _new_articles(items, known, report)
        for batch, result in _processed(_batches(pending, batch_size), extractor or Extractor(),
                                        jobs, threshold):
            yield Done(built=len(batch), ad_blocks=sum(a.ad_blocks for a in batch),
                       result=result)

    return _write(here, store, progress, busy=jobs >= _cores())


def _threshold(min_confidence: float | None) -> float:
    """The confidence a fact needs to be written: the calibrated one unless given."""
    return reliability().min_confidence if min_confidence is None else min_confidence


def _cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _write(batches: Callable[[dict[str, str], BuildReport], Iterator[Done]], store: Store,
           progress: Progress | None, *, busy: bool) -> BuildReport:
    """Validate the processed batches, in order, under the build lock, and write
    them in a thread of their own (:class:`_Background`), so that reading,
    extracting and validating the next batch go on while one is written.

    When extraction keeps every core ``busy`` and the store is new, RocksDB
    merges the written files once at the end instead of batch by batch
    (:meth:`Store.deferred_compaction`); with a core to spare it merges them
    on that core meanwhile, as before.

    pyshacl's check of a sample of the first batch (:class:`_Sample`) runs
    beside the extraction of the next batch; the first batch waits for its
    verdict before it is written, so a violation only pyshacl sees still
    leaves the store untouched.
    """
    report = BuildReport(store=store.path)
    sample: _Sample | None = None
    waiting: tuple[Done, list[tuple[str, str]]] | None = None  # the first batch

    with store.build_lock():
        known = store.article_hashes()
        catalogue = _catalogue_if_changed(known)
        with store.deferred_compaction(busy), _Background(store, progress) as background:

            def put(done: Done, graphs: list[tuple[str, str]]) -> None:
                report.quads += sum(text.count("\n") for _, text in graphs)
                background.write(graphs, done.built)
                report.built += done.built
                report.ad_blocks += done.ad_blocks

            def settle() -> None:
                """Write the first batch once the sample's verdict lets it."""
                nonlocal waiting
                if waiting is not None and sample is not None:
                    found = sample.verdict()
                    if found:
                        raise ShapeViolation(sorted(set(found)))
                    put(*waiting)
                    waiting = None

            try:
                for batch in batches(known, report):
                    result = batch.result
                    report.errors += result.failed
                    batch.built -= len(result.failed)
                    graphs = result.for_store()
                    result.shared = one_label_each(result.shared)
                    shared = list(result.shared)
                    found = list(result.violations)
                    if catalogue is not None and result.graphs:
                        # checked with the batch's shared triples; not written with no article
                        graphs.append((str(CATALOGUE_GRAPH), ntriples(catalogue)))
                        shared += catalogue
                    found += fast_checker().violations(shared)
                    if found:
                        settle()  # the batches before a bad one are written
                        raise ShapeViolation(sorted(set(found)))
                    if sample is None and result.graphs:
                        sample = _Sample(result.graphs[:PYSHACL_SAMPLE], result.shared)
                        waiting = (batch, graphs)
                    else:
                        settle()
                        put(batch, graphs)
                    if graphs:
                        catalogue = None
                settle()
            finally:
                if sample is not None:
                    sample.close()
        if catalogue is not None and store.exists:
            # the catalogue changed but no article did: it still replaces the old one
            found = fast_checker().violations(catalogue)
            if found:
                raise ShapeViolation(sorted(set(found)))
            with store.write() as writer:
                report.quads += writer.replace_ntriples(
                    [(str(CATALOGUE_GRAPH), ntriples(catalogue))])
    return report


class _Sample:
    """pyshacl's verdict on a sample of the first batch, a cross-check of the
    fast checker on real output.

    Loading pyshacl and validating take about half a second, so the check
    runs in a forked child process while this one goes on with the next
    batch. Only when this process runs no other thread (a cluster client's,
    a worker pool's, a progress bar's): a fork copies no thread, but would
    copy a lock another thread holds. The child closes every file it
    inherits but its pipe, so a killed build leaves no lock behind. Otherwise,
    or when the child fails, the check runs here, as it always did.
    """

    def __init__(self, graphs: list[tuple[str, str]], shared: list[Triple]) -> None:
        self._graphs, self._shared = graphs, shared
        self._child: tuple[int, int] | None = None
        if threading.active_count() > 1 or not hasattr(os, "fork"):
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: the verdict as JSON into the pipe, then exit at once
            code = 1
            try:
                # keep no file of the build's open, above all not its build lock:
                # a child outliving a killed build would hold the store locked
                os.closerange(3, write)
                os.closerange(write + 1, os.sysconf("SC_OPEN_MAX"))
                with os.fdopen(write, "wb") as out:
                    out.write(json.dumps(_pyshacl_sample(graphs, shared)).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._child = (pid, read)

    def verdict(self) -> list[str]:
        """The violations pyshacl finds in the sample (none: an empty list)."""
        if self._child is not None:
            pid, read = self._child
            self._child = None
            with os.fdopen(read, "rb") as source:
                data = source.read()
            _, status = os.waitpid(pid, 0)
            if status == 0:
                try:
                    found = json.loads(data)
                except ValueError:
                    found = None
                if isinstance(found, list):
                    return [str(line) for line in found]
        return _pyshacl_sample(self._graphs, self._shared)

    def close(self) -> None:
        """Stop a child whose verdict is no longer wanted (the build failed)."""
        if self._child is not None:
            pid, read = self._child
            self._child = None
            with suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with suppress(OSError):
                os.waitpid(pid, 0)
            os.close(read)


class _Background:
    """Writes batches into the store one after another in a thread of its own.

    Oxigraph parses, sorts and ingests a batch without holding the GIL, so the
    build reads, extracts and validates the next batch meanwhile instead of
    leaving the workers idle. At most one batch waits while one is written.
    Leaving the ``with`` block waits until every batch handed over is written,
    also when the build stops at an error (a batch that does not conform stops
    the build, but the batches before it are written); a failed write is
    raised in the build's thread, at the next hand-over or at the end, and
    nothing is written after it.
    """

    def __init__(self, store: Store, progress: Progress | None) -> None:
        self._store = store
        self._progress = progress
        self._queue: queue.Queue[tuple[list[tuple[str, str]], int] | None] = queue.Queue(1)
        self._written: queue.SimpleQueue[int] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="finkg-writer", daemon=True)

    def __enter__(self) -> _Background:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._thread.ident is not None:
            self._queue.put(None)
            self._thread.join()
        self._report()
        if error is None:
            self._raise()

    def write(self, graphs: list[tuple[str, str]], built: int) -> None:
        """Hand over a batch's graphs (possibly none) and the articles it counts for;
        waits while another batch is already waiting."""
        if self._thread.ident is None:
            # started with the first batch, after the worker processes were
            # forked: forked while it held a lock (in Oxigraph, say), a worker
            # would find that lock held for ever
            self._thread.start()
        self._raise()
        self._queue.put((graphs, built))
        self._report()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            graphs, built = item
            if self._error is not None:
                continue
            try:
                if graphs:
                    with self._store.write(own=True) as writer:
                        writer.replace_ntriples(graphs)
            except BaseException as err:  # raised again in the build's thread
                self._error = err
            else:
                self._written.put(built)

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _report(self) -> None:
        """Tell ``progress`` of the batches written since it was last told."""
        while not self._written.empty():
            built = self._written.get()
            if self._progress and built:
                self._progress(built)


@dataclass
class Done:
    """A processed batch on its way to the store: its graphs and what it counts for."""

    built: int
    ad_blocks: int
    result: BatchResult

    @classmethod
    def merged(cls, parts: list[Done]) -> Done:
        """Consecutive processed parts as one batch."""
        return cls(built=sum(p.built for p in parts), ad_blocks=sum(p.ad_blocks for p in parts),
                   result=BatchResult.merged(p.result for p in parts))


# Articles a worker extracts, maps and validates at a time. A batch (the
# articles validated and written together) may be larger: its chunks are
# spread over the workers, and a smaller unit keeps them all busy.
CHUNK = 100
# allocations between collections of the young generation during a build
_YOUNG_OBJECTS = 10_000


def chunks(batch: list[T]) -> list[list[T]]:
    """``batch`` cut into consecutive pieces of at most :data:`CHUNK` articles."""
    return [batch[i:i + CHUNK] for i in range(0, len(batch), CHUNK)]


def process_batch(extractor: Extractor, batch: list[Article],
                  min_confidence: float | None = None) -> BatchResult:
    """Extract, map and validate one batch (or chunk of one): the work a worker
    process does; facts below ``min_confidence`` (the calibrated threshold
    unless given) are left out."""
    threshold = _threshold(min_confidence)
    checker = fast_checker()
    result = BatchResult(graphs=[], shared=[], violations=[])
    for article, extraction in zip(batch, extractor.extract_each(batch)):
        if isinstance(extraction, Failed):
            result.failed.append(f"{article.source}: article {article.id} not written, "
                                 f"extraction failed (a bug): {extraction.reason}")
            continue
        kept = above(extraction, threshold)
        triples = to_triples(kept)
        entities = entity_triples(kept)
        found = checker.violations(triples + entities)
        if found:
            # one article that does not conform is reported and left out; the rest of its
            # batch is still written
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            result.failed.append(f"{article.source}: article {article.id} not written, "
                                 f"SHACL violation: {found[0]}{more}")
            continue
        own = str(article_iri(article.id))
        marker = f"/{article.id}/"
        result.shared += entities
        result.shared += [t for t in triples
                          if str(t[0]) != own and marker not in str(t[0])]
        result.graphs.append((own, ntriples(triples)))
        result.descriptions[own] = ntriples(shared_descriptions(entities))
    return result


_worker_extractor: Extractor | None = None


def _work(chunk: list[Article], min_confidence: float) -> BatchResult:
    assert _worker_extractor is not None
    return process_batch(_worker_extractor, chunk, min_confidence)


def _processed(batches: Iterator[list[Article]], extractor: Extractor, jobs: int,
               min_confidence: float) -> Iterator[tuple[list[Article], BatchResult]]:
    """(batch, result) in input order, each batch processed in chunks of at most
    :data:`CHUNK` articles; with ``jobs > 1`` at most ``2 * jobs`` chunks are in
    flight beyond the batch being gathered, so memory does not grow with the corpus."""
    for lang in codes():
        build_pipeline(lang, extractor.spacy_models.get(lang))
    fast_checker()
    catalogue_triples()
    # The catalogue, gazetteer and pipelines live as long as the build: frozen,
    # the garbage collector stops walking them at every collection (about 6 %
    # of extraction time) and, after a fork, stops touching their pages.
    gc.freeze()
    # Extraction makes and drops a great many small objects, nearly none of
    # them in cycles: collecting the young ones every 10,000 allocations, not
    # every 700, spends less than half the time on it (2 % of a worker's).
    thresholds = gc.get_threshold()
    gc.set_threshold(_YOUNG_OBJECTS, *thresholds[1:])
    try:
        if jobs <= 1:
            for batch in batches:
                yield batch, BatchResult.merged(process_batch(extractor, chunk, min_confidence)
                                                for chunk in chunks(batch))
        else:
            yield from _in_workers(batches, extractor, jobs, min_confidence)
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _in_workers(batches: Iterator[list[Article]], extractor: Extractor, jobs: int,
                min_confidence: float) -> Iterator[tuple[list[Article], BatchResult]]:
    global _worker_extractor
    _worker_extractor = extractor
    # fork: workers inherit the extractor already built (catalogue, gazetteer,
    # pipelines), so starting them costs next to nothing.
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(jobs) as pool:
            # (batch, its chunks' results) in input order: the oldest is handed on
            # once the workers have 2 * jobs chunks of later batches to go on with
            in_flight: deque[tuple[list[Article], list[Any]]] = deque()
            later = 0  # chunks submitted for the batches after the oldest
            for batch in batches:
                futures: list[Any] = []
                in_flight.append((batch, futures))
                for chunk in chunks(batch):
                    futures.append(pool.apply_async(_work, (chunk, min_confidence)))
                    later += len(in_flight) > 1
                    while later >= 2 * jobs:
                        done, pending = in_flight.popleft()
                        later -= len(in_flight[0][1])
                        yield done, BatchResult.merged(f.get() for f in pending)
            while in_flight:
                done, pending = in_flight.popleft()
                yield done, BatchResult.merged(f.get() for f in pending)
    finally:
        _worker_extractor = None


def _pyshacl_sample(graphs: list[tuple[str, str]], shared: list[Triple]) -> list[str]:
    """pyshacl's verdict on a few graphs, as parsed back from what will be
    written, with the descriptions of the entities they name (``shared``)."""
    parsed = []
    for name, text in graphs:
        graph = Graph(identifier=name)
        graph.parse(data=text, format="nt")
        parsed.append(graph)
    named = {node for graph in parsed for s, _, o in graph for node in (s, o)}
    described = Graph()
    for triple in shared:
        if triple[0] in named and triple[1] in DESCRIBING:
            described.add(triple)
    return violations([*parsed, described])


# ----------------------------------------------------------------- reading

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


def catalogue_update(known: dict[str, str]) -> tuple[str, str] | None:
    """The catalogue graph as (IRI, N-Triples) when the store (graph IRI →
    hash, as :meth:`Store.article_hashes` gives) lacks it or holds an older
    one; checked against the shapes first."""
    triples = _catalogue_if_changed(known)
    if triples is None:
        return None
    found = fast_checker().violations(triples)
    if found:
        raise ShapeViolation(sorted(set(found)))
    return str(CATALOGUE_GRAPH), ntriples(triples)


def _catalogue_if_changed(known: dict[str, str]) -> list[Triple] | None:
    """The catalogue graph's triples, when the store lacks it or holds an
    older one: from the triples the mapper keeps anyway, not a graph of
    their own."""
    triples = catalogue_triple_list()
    digest = hashlib.sha256(
        "\n".join(sorted(f"{s} {p} {o}" for s, p, o in triples)).encode()).hexdigest()
    if known.get(str(CATALOGUE_GRAPH)) == digest:
        return None
    return [*triples, (CATALOGUE_GRAPH, FIN.sha256, Literal(digest))]
