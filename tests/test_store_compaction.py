"""Deferred compaction: while a build's extraction keeps every core busy, the
store's background merging runs at the lowest priority and the files of a new
store are merged once at the end; priorities are given back however the
block ends, and the store holds the same quads either way."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import DATA, SEEDS
from helpers import store_quads

from kg.build import build
from kg.nlp.extract import Extractor
from kg.rdf.store import IDLE_NICE, Store, Writer, _may_raise_priority_back, _rocksdb_threads

pytestmark = pytest.mark.skipif(not _may_raise_priority_back(),
                                reason="needs /proc's thread list and the right to raise priority")

CORPUS = [SEEDS, DATA / "dev"]


def _graph(n: int) -> list[tuple[str, str]]:
    name = f"https://example.org/graph/{n}"
    text = "".join(f"<https://example.org/s{n}-{i}> <https://example.org/p> \"{i}\" .\n"
                   for i in range(50))
    return [(name, text)]


def _nices() -> dict[int, int]:
    return {tid: os.getpriority(os.PRIO_PROCESS, tid) for tid in _rocksdb_threads()}


def _write(store: Store, n: int) -> dict[int, int]:
    """Write one small graph; the priorities of the store's threads meanwhile."""
    with store.write() as writer:
        writer.replace_ntriples(_graph(n))
        return _nices()


def test_a_new_store_merges_at_the_end_with_its_threads_lowered_meanwhile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compacted: list[Path] = []
    real = Writer.compact

    def spy(self: Writer) -> None:
        compacted.append(tmp_path)
        real(self)

    monkeypatch.setattr(Writer, "compact", spy)
    store = Store(tmp_path / "store")
    _write(Store(tmp_path / "warm"), 0)  # RocksDB's threads exist from the first open
    before = _nices()
    assert before and IDLE_NICE not in before.values()
    with store.deferred_compaction():
        during = [_write(store, n) for n in range(3)]
        assert not compacted
    assert all(set(nices.values()) == {IDLE_NICE} for nices in during)
    assert _nices() == before
    assert compacted == [tmp_path]
    reference = Store(tmp_path / "reference")
    for n in range(3):
        _write(reference, n)
    assert store_quads(store.path) == store_quads(reference.path)


def test_an_existing_store_or_an_unwanted_deferral_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Writer, "compact", lambda self: pytest.fail("compacted"))
    existing = Store(tmp_path / "existing")
    _write(existing, 0)
    with existing.deferred_compaction():
        assert IDLE_NICE not in _write(existing, 1).values()
    fresh = Store(tmp_path / "fresh")
    with fresh.deferred_compaction(wanted=False):
        assert IDLE_NICE not in _write(fresh, 1).values()


def test_an_error_gives_the_priorities_back_and_merges_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Writer, "compact", lambda self: pytest.fail("compacted"))
    store = Store(tmp_path / "store")
    _write(Store(tmp_path / "warm"), 0)
    before = _nices()
    with pytest.raises(RuntimeError, match="stop"), store.deferred_compaction():
        assert set(_write(store, 1).values()) == {IDLE_NICE}
        raise RuntimeError("stop")
    assert _nices() == before
    assert len(store_quads(store.path)) == 50  # what was written before the error stays


def test_a_build_defers_only_when_its_workers_take_every_core(
        tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    module = sys.modules["kg.build"]
    wanted: list[bool] = []
    real = Store.deferred_compaction

    @contextmanager
    def spy(self: Store, wanted_here: bool = True) -> Iterator[None]:
        wanted.append(wanted_here)
        with real(self, wanted_here):
            yield

    monkeypatch.setattr(Store, "deferred_compaction", spy)
    monkeypatch.setattr(module, "_cores", lambda: 2)
    spare = build(CORPUS, Store(tmp_path / "spare"), extractor=extractor, batch_size=5)
    monkeypatch.setattr(module, "_cores", lambda: 1)
    busy = build(CORPUS, Store(tmp_path / "busy"), extractor=extractor, batch_size=5)
    assert wanted == [False, True]
    assert busy.built == spare.built > 5
    assert store_quads(tmp_path / "busy") == store_quads(tmp_path / "spare")
