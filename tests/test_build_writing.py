"""How a build writes: batches processed in chunks, written in a thread of
their own while the next batch is processed, one write per batch, and a
failed write that stops the build."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import DATA, SEEDS
from helpers import store_quads

from kg.build import BatchResult, build
from kg.errors import StoreError
from kg.nlp.extract import Extractor
from kg.rdf.namespaces import ENTITY_GRAPH
from kg.rdf.store import Store, Writer

CORPUS = [SEEDS, DATA / "dev"]
ARTICLES = 2 + len(list((DATA / "dev").glob("*.txt")))
KGR = "https://w3id.org/finkg/resource/"



def _articles(path: Path) -> set[str]:
    inner = ox.Store.read_only(str(path))
    try:
        return {g.value.rsplit("/", 1)[-1] for g in inner.named_graphs()
                if g.value.startswith(KGR + "article/")}
    finally:
        del inner


def _count_writes(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The graph names of every write, as the store's writer receives them."""
    calls: list[list[str]] = []
    real = Writer.replace_ntriples

    def counted(self: Writer, graphs):  # type: ignore[no-untyped-def]
        graphs = list(graphs)
        calls.append([name for name, _ in graphs])
        return real(self, graphs)

    monkeypatch.setattr(Writer, "replace_ntriples", counted)
    return calls


def test_a_batch_is_extracted_in_chunks_and_written_once(
        tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    module = sys.modules["kg.build"]
    reference = build(CORPUS, Store(tmp_path / "reference"), extractor=extractor, batch_size=5)
    processed: list[int] = []
    real = module.process_batch

    def spy(extractor, batch, min_confidence=None):  # type: ignore[no-untyped-def]
        processed.append(len(batch))
        return real(extractor, batch, min_confidence)

    monkeypatch.setattr(module, "process_batch", spy)
    monkeypatch.setattr(module, "CHUNK", 2)
    writes = _count_writes(monkeypatch)
    chunked = build(CORPUS, Store(tmp_path / "chunked"), extractor=extractor, batch_size=5)
    assert chunked.built == reference.built == ARTICLES
    # batches of 5, each in chunks of at most 2: 2 + 2 + 1 per batch
    assert processed[:3] == [2, 2, 1] and max(processed) == 2 and sum(processed) == ARTICLES
    articles_per_write = [sum(name.startswith(KGR + "article/") for name in names)
                          for names in writes]
    assert articles_per_write == [5] * (ARTICLES // 5) + [ARTICLES % 5]
    # the entity graph's piece comes once per write, after the batch's articles
    assert all(names.count(str(ENTITY_GRAPH)) <= 1 for names in writes)
    assert chunked.quads == reference.quads
    assert store_quads(tmp_path / "chunked") == store_quads(tmp_path / "reference")


def test_the_next_batch_is_processed_while_one_is_written(
        tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first write waits until a later batch has been extracted: a build
    that wrote in the thread that extracts would wait here in vain."""
    module = sys.modules["kg.build"]
    later_batch = threading.Event()
    seen: list[bool] = []
    real_process = module.process_batch
    real_write = Writer.replace_ntriples

    def process(extractor, batch, min_confidence=None):  # type: ignore[no-untyped-def]
        if any(a.id == "d03" for a in batch):
            later_batch.set()
        return real_process(extractor, batch, min_confidence)

    def write(self: Writer, graphs):  # type: ignore[no-untyped-def]
        if not seen:
            seen.append(later_batch.wait(timeout=60))
        return real_write(self, graphs)

    monkeypatch.setattr(module, "process_batch", process)
    monkeypatch.setattr(Writer, "replace_ntriples", write)
    report = build(CORPUS, Store(tmp_path / "store"), extractor=extractor, batch_size=2)
    assert report.built == ARTICLES
    assert seen == [True]


def test_a_failed_write_stops_the_build_with_its_error(
        tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Writer.replace_ntriples
    calls: list[int] = []

    def failing(self: Writer, graphs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise StoreError("writing to the store failed: disk full")
        return real(self, graphs)

    monkeypatch.setattr(Writer, "replace_ntriples", failing)
    store = Store(tmp_path / "store")
    with pytest.raises(StoreError, match="disk full"):
        build(CORPUS, store, extractor=extractor, batch_size=3)
    # the first batch (the two seeds and d01) is in; nothing is written after the failure
    assert len(calls) == 2
    assert len(_articles(store.path)) == 3


def test_progress_counts_articles_once_their_batch_is_written(
        tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    writes = _count_writes(monkeypatch)
    progress: list[tuple[int, int]] = []  # (articles reported, articles written by then)

    def told(count: int) -> None:
        written = sum(name.startswith(KGR + "article/") for names in writes for name in names)
        progress.append((count, written))

    report = build(CORPUS, Store(tmp_path / "store"), extractor=extractor, batch_size=4,
                   jobs=2, progress=told)
    assert [count for count, _ in progress] == [4] * (ARTICLES // 4) + [ARTICLES % 4]
    total = 0
    for count, written in progress:
        total += count
        assert written >= total
    assert total == report.built


def _result(*names: str) -> BatchResult:
    return BatchResult(graphs=[(KGR + f"article/{n}", f"<{KGR}article/{n}> <urn:p> \"{n}\" .\n")
                               for n in names],
                       shared=[], violations=[f"{n}: bad" for n in names],
                       descriptions={KGR + f"article/{n}": f"<urn:e{n}> <urn:label> \"E\" .\n"
                                     "<urn:shared> <urn:label> \"S\" .\n" for n in names})


def test_batch_results_merge_in_order_and_share_one_entity_piece() -> None:
    merged = BatchResult.merged([_result("a", "b"), _result("c")])
    assert [name.rsplit("/", 1)[-1] for name, _ in merged.graphs] == ["a", "b", "c"]
    assert merged.violations == ["a: bad", "b: bad", "c: bad"]
    written = merged.for_store()
    assert [name for name, _ in written[:3]] == [name for name, _ in merged.graphs]
    assert written[3] == (str(ENTITY_GRAPH), '<urn:ea> <urn:label> "E" .\n'
                          '<urn:shared> <urn:label> "S" .\n<urn:eb> <urn:label> "E" .\n'
                          '<urn:ec> <urn:label> "E" .\n')


def test_batch_result_without_a_graph_drops_what_only_it_described() -> None:
    result = _result("a", "b")
    result.without({KGR + "article/a"})
    written = result.for_store()
    assert [name for name, _ in written] == [KGR + "article/b", str(ENTITY_GRAPH)]
    assert "urn:ea" not in written[1][1] and "urn:shared" in written[1][1]
    empty = _result()
    assert empty.for_store() == []


def test_default_batch_is_one_bulk_load_and_the_same_for_cli_and_library() -> None:
    """`kg build` and the library batch alike, and a batch of articles of
    about 600 quads each (620 for the densest seen) reaches the store as one
    bulk load, so it is written whole or not at all."""
    import inspect

    from kg.build import BATCH_SIZE
    from kg.cli.build import build as build_command
    from kg.rdf.store import BULK_QUADS

    assert inspect.signature(build_command).parameters["batch_size"].default == BATCH_SIZE
    assert BATCH_SIZE * 620 < BULK_QUADS
    # batches of 1,500, which keep 50,000 articles below RocksDB's level-0 stop
    # (benchmarks/RESULTS.md), are still one bulk load each
    assert 1500 * 620 < BULK_QUADS
