"""Crash safety (issue 7, part 1): a `kg build` killed with SIGKILL at any
moment leaves every article either fully in the store, with its whole graph,
or not at all; running the same build again completes it.

Real `kg build` subprocesses are killed at several points of one build of a
few hundred generated articles written in small batches: while the pipeline
loads, right after the database files change (as a batch lands),
a random time into writing, and once a few batches of articles have landed;
each run resumes the last. A kill while the
store is first created has a test of its own. After each kill the store is
copied and compared, graph by graph, with a clean build of the same corpus;
then the build is run to the end and the whole store must equal the clean
build.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import kg_argv, kg_environ

KGR = "https://w3id.org/finkg/resource/"
FIN = "https://w3id.org/finkg/ontology#"
ENTITY_GRAPH = KGR + "graph/entities"
ARTICLES = 300
BATCH = "15"

COMPANIES = ["Alibaba", "Tencent", "Nvidia", "Microsoft", "BYD", "Baidu", "Apple", "Siemens"]


def write_corpus(folder: Path, count: int) -> None:
    """``count`` small German and English articles from templates."""
    folder.mkdir(parents=True)
    for i in range(count):
        a, b = COMPANIES[i % len(COMPANIES)], COMPANIES[(i * 3 + 1) % len(COMPANIES)]
        if i % 2:
            text = (f"{a} Aktie: Meldung {i}\n"
                    f"{a} steigerte den Umsatz um {i % 40 + 1},5 Prozent auf {i + 10} Milliarden "
                    f"Euro. {b} verlor {i % 7 + 1} Prozent.\n"
                    f"{a} arbeitet mit {b} an neuen KI-Modellen.\n")
        else:
            text = (f"{a} shares jump on report {i}\n"
                    f"{a} said revenue rose {i % 30 + 2} percent to ${i + 5} billion. "
                    f"Shares of {b} fell {i % 5 + 1} percent.\n")
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def store_graphs(path: Path) -> dict[str, frozenset[str]]:
    """Graph IRI → its quads as N-Quads lines (no blank nodes in a finkg store)."""
    if not path.exists() or not any(path.iterdir()):
        return {}
    inner = ox.Store.read_only(str(path))
    try:
        graphs: dict[str, set[str]] = {}
        for quad in inner.quads_for_pattern(None, None, None, None):
            graphs.setdefault(quad.graph_name.value, set()).add(str(quad))  # type: ignore[union-attr]
        return {name: frozenset(quads) for name, quads in graphs.items()}
    finally:
        del inner


def store_bytes(path: Path, pattern: str = "*") -> int:
    """Total size of the files in ``path`` matching ``pattern`` (0 before it exists)."""
    total = 0
    try:
        files = list(path.glob(pattern))
    except FileNotFoundError:
        return 0
    for file in files:
        try:
            total += file.stat().st_size
        except FileNotFoundError:
            pass  # compacted away while we looked
    return total


def start_build(corpus: Path, store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(kg_argv("build", corpus, "--store", store, "--batch-size", BATCH,
                                    "-q"),
                            env=kg_environ(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool], limit: float = 120) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()``; False when it ended first."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.communicate()
    return False


def after(seconds: float) -> Callable[[], bool]:
    start = time.monotonic()
    return lambda: time.monotonic() - start >= seconds


def store_appears(store: Path) -> Callable[[], bool]:
    return lambda: store_bytes(store) > 0


def created(store: Path) -> bool:
    """The database is fully created: RocksDB writes its OPTIONS file last."""
    return any(store.glob("OPTIONS-*"))


def written_for(store: Path, seconds: float) -> Callable[[], bool]:
    """True ``seconds`` after the database was created (a kill mid-build, not mid-creation,
    which has a test of its own)."""
    state: dict[str, float] = {}

    def ready() -> bool:
        if "since" not in state and created(store):
            state["since"] = time.monotonic()
        return "since" in state and time.monotonic() - state["since"] >= seconds
    return ready


def batch_lands(store: Path, wait: float) -> Callable[[], bool]:
    """True right after the database files changed, ``wait`` seconds into writing:
    a kill during or just after a batch is written (a transaction grows the
    write-ahead log; the bulk loader adds table files)."""
    warm = written_for(store, wait)
    state: dict[str, object] = {}

    def files() -> tuple[int, frozenset[str]]:
        try:
            tables = frozenset(p.name for p in store.glob("*.sst"))
        except FileNotFoundError:
            tables = frozenset()
        return store_bytes(store, "*.log"), tables

    def ready() -> bool:
        if not warm():
            return False
        now = files()
        state.setdefault("files", now)
        return now != state["files"]
    return ready


def articles_landed(store: Path, count: int) -> Callable[[], bool]:
    """True once the store holds ``count`` article graphs: a kill that must land mid-build,
    however slowly a loaded machine loads the pipeline. Looked at every 50 ms, read-only."""
    state = {"next": 0.0}

    def ready() -> bool:
        if time.monotonic() < state["next"] or not created(store):
            return False
        state["next"] = time.monotonic() + 0.05
        try:
            inner = ox.Store.read_only(str(store))
        except OSError:
            return False  # files changing under the reader: look again
        try:
            landed = sum(1 for g in inner.named_graphs() if g.value.startswith(KGR + "article/"))
        finally:
            del inner
        return landed >= count
    return ready


@pytest.fixture(scope="module")
def crash_run(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("crash")
    corpus = root / "corpus"
    write_corpus(corpus, ARTICLES)
    clean = subprocess.Popen(kg_argv("build", corpus, "--store", root / "clean", "-q"),
                             env=kg_environ(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    store = root / "store"
    rng = random.Random(7)
    points = {
        "while loading": lambda: after(rng.uniform(0.2, 0.8)),
        "as a batch lands": lambda: batch_lands(store, 0.5),
        "after a random time writing": lambda: written_for(store, rng.uniform(1.0, 3.0)),
        "after some articles landed": lambda: articles_landed(store, rng.randint(1, 5) * int(BATCH)),
    }
    snapshots: list[tuple[str, bool, Path]] = []
    for n, (point, condition) in enumerate(points.items()):
        proc = start_build(corpus, store)
        killed = kill_when(proc, condition())
        snapshot = root / f"after-kill-{n}"
        if store.exists():
            shutil.copytree(store, snapshot)
        snapshots.append((point, killed, snapshot))
    final = subprocess.run(kg_argv("build", corpus, "--store", store, "--batch-size", BATCH),
                           env=kg_environ(), capture_output=True, text=True, timeout=600,
                           check=False)
    _, clean_err = clean.communicate(timeout=600)
    assert clean.returncode == 0, clean_err
    return store_graphs(root / "clean"), snapshots, final, store_graphs(store)


def test_reliability_crash_clean_build_holds_every_article(crash_run) -> None:
    clean = crash_run[0]
    articles = [g for g in clean if g.startswith(KGR + "article/")]
    assert len(articles) == ARTICLES


def test_reliability_crash_kills_landed_mid_build(crash_run) -> None:
    clean, snapshots = crash_run[0], crash_run[1]
    partial = [len(store_graphs(path)) for _, _, path in snapshots]
    assert all(killed for _, killed, _ in snapshots), (snapshots, partial)
    assert any(0 < n < len(clean) for n in partial), partial  # some kill left a partial store


@pytest.mark.parametrize("kill", range(4))
def test_reliability_crash_every_article_graph_is_whole_or_absent(crash_run, kill: int) -> None:
    clean, snapshots = crash_run[0], crash_run[1]
    point, _, path = snapshots[kill]
    graphs = store_graphs(path)
    for name, quads in graphs.items():
        assert name in clean, (point, name)
        if name == ENTITY_GRAPH:
            # shared by all articles: the part that the articles written so far bring
            assert quads <= clean[name], f"killed {point}: the entity graph has extra quads"
            continue
        assert quads == clean[name], f"killed {point}: graph {name} differs from a clean build"
    mentioned = {quad.split(" ")[2] for name, quads in graphs.items() if name != ENTITY_GRAPH
                 for quad in quads if quad.split(" ")[1] == f"<{FIN}mentions>"}
    described = {quad.split(" ")[0] for quad in graphs.get(ENTITY_GRAPH, ())}
    assert described <= mentioned, f"killed {point}: entities described but not mentioned"


def test_reliability_crash_rebuild_completes_the_store(crash_run) -> None:
    clean, _, final, rebuilt = crash_run
    assert final.returncode == 0, final.stderr
    # nothing but the plain progress lines a build slower than 30 s writes to a pipe
    assert all(line.startswith("building: ") for line in final.stderr.splitlines()), final.stderr
    assert rebuilt == clean


def test_reliability_crash_kill_while_creating_the_store_is_recovered(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    store = tmp_path / "store"
    assert kill_when(start_build(corpus, store), store_appears(store))
    result = subprocess.run(kg_argv("build", corpus, "--store", store, "-q"), env=kg_environ(),
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert len([g for g in store_graphs(store) if g.startswith(KGR + "article/")]) == 3
