"""pyshacl's sample check of the first batch, run in a child process beside
the extraction of the next batch: its verdict still decides whether the
first batch is written, and a child that fails leaves the check to the
build itself."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

import kg.build
from kg.build import build
from kg.errors import ShapeViolation
from kg.nlp.extract import Extractor
from kg.rdf.store import Store

# articles written for these tests
TEXTS = {
    "a1": "Quellwerk meldet Gewinn\n\nDie Quellwerk AG steigerte den Umsatz 2025 um 5 Prozent.\n",
    "a2": "Brightmoor wächst\n\nBrightmoor Labs erzielte einen Umsatz von 3 Milliarden Euro.\n",
    "a3": "Ostkamm plant Zukauf\n\nDie Ostkamm Werke wollen einen Zulieferer übernehmen.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_sample_violation_leaves_the_store_untouched(
        corpus: Path, tmp_path: Path, extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A violation only pyshacl reports (the fast checker agreed) stops the
    build before anything is written, though later batches were extracted."""
    parent = os.getpid()
    checked_in: list[int] = []

    def strict(graphs: list[tuple[str, str]], shared: list) -> list[str]:
        checked_in.append(os.getpid())
        return [f"{graphs[0][0]}: a violation the fast checker missed ({os.getpid()})"]

    monkeypatch.setattr(kg.build, "_pyshacl_sample", strict)
    store = Store(tmp_path / "store")
    with pytest.raises(ShapeViolation) as raised:
        build([corpus], store, extractor=extractor, batch_size=1)
    assert not store.exists
    assert "a violation the fast checker missed" in str(raised.value)
    if threading.active_count() == 1:
        # checked in the child: the parent never ran the check itself
        assert checked_in == [] and str(parent) not in str(raised.value)


def test_failing_child_leaves_the_check_to_the_build(
        corpus: Path, tmp_path: Path, extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    checked_in: list[int] = []

    def fails_in_child(graphs: list[tuple[str, str]], shared: list) -> list[str]:
        if os.getpid() != parent:
            raise RuntimeError("the child dies")
        checked_in.append(os.getpid())
        return []

    monkeypatch.setattr(kg.build, "_pyshacl_sample", fails_in_child)
    store = Store(tmp_path / "store")
    report = build([corpus], store, extractor=extractor, batch_size=1)
    assert report.built == 3 and report.ok
    assert checked_in == [parent]
    assert len(store.article_hashes()) >= 3


def test_later_bad_batch_still_writes_the_first(
        corpus: Path, tmp_path: Path, extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first batch waits for the sample; a later batch the fast checker
    rejects still finds it written, and is not written itself."""
    real = kg.build.process_batch
    calls: list[int] = []

    def second_is_bad(extractor: Extractor, batch: list, min_confidence: float | None = None
                      ) -> kg.build.BatchResult:
        result = real(extractor, batch, min_confidence)
        calls.append(1)
        if len(calls) == 2:
            result.violations.append(f"{batch[0].id}: made bad for this test")
        return result

    monkeypatch.setattr(kg.build, "process_batch", second_is_bad)
    monkeypatch.setattr(kg.build, "_pyshacl_sample", lambda graphs, shared: [])
    store = Store(tmp_path / "store")
    with pytest.raises(ShapeViolation, match="made bad for this test"):
        build([corpus], store, extractor=extractor, batch_size=1)
    written = {iri.rsplit("/", 1)[-1] for iri in store.article_hashes()}
    assert "a1" in written and not {"a2", "a3"} & written


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_child_holds_no_file_of_the_build(
        corpus: Path, tmp_path: Path, extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The child keeps only its pipe: not the build lock, which a child outliving
    a killed build would otherwise keep, so that the next build found the store busy."""
    parent = os.getpid()

    def open_files(graphs: list[tuple[str, str]], shared: list) -> list[str]:
        if os.getpid() == parent:
            return []
        targets = []
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                targets.append(os.readlink(f"/proc/self/fd/{fd}"))
        return [f"open: {target}" for target in targets if "lock" in target
                or str(tmp_path) in target]

    monkeypatch.setattr(kg.build, "_pyshacl_sample", open_files)
    if threading.active_count() > 1:
        pytest.skip("the sample runs in the build itself while other threads run")
    report = build([corpus], Store(tmp_path / "store"), extractor=extractor, batch_size=1)
    assert report.ok and report.built == 3
