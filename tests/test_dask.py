"""`kg build --cluster` and `kg extract --cluster` on a real Dask cluster: a
scheduler and two workers started on 127.0.0.1 by the fixture, on free ports.

The store they make is compared quad for quad with a `--jobs 1` build of the
same corpus, also after a worker is killed mid-build and after the client is
killed and run again.
"""

from __future__ import annotations

import gzip
import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import MainResult, kg_argv, kg_environ, run_kg
from helpers import store_quads

from kg.build import build
from kg.dist.shards import extract, load
from kg.rdf.store import Store

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "seeds", ROOT / "tests" / "data" / "dev"]
DASK = Path(sys.executable).parent / "dask"


@dataclass
class Cluster:
    """A scheduler and its workers, as processes of this test session."""

    folder: Path
    scheduler: subprocess.Popen
    address: str
    workers: list[subprocess.Popen] = field(default_factory=list)

    def start_worker(self) -> subprocess.Popen:
        worker = subprocess.Popen(
            [str(DASK), "worker", self.address, "--nthreads", "1", "--no-nanny",
             "--host", "127.0.0.1", "--dashboard-address", "127.0.0.1:0",
             "--local-directory", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=kg_environ())
        self.workers.append(worker)
        return worker

    def live_workers(self) -> list[subprocess.Popen]:
        return [w for w in self.workers if w.poll() is None]

    def wait_for_workers(self, count: int) -> None:
        from distributed import Client

        with Client(self.address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(count, timeout=60)

    def top_up(self, count: int = 2) -> None:
        """Start workers until ``count`` are alive, and wait until they joined."""
        while len(self.live_workers()) < count:
            self.start_worker()
        self.wait_for_workers(count)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    if not DASK.exists():
        pytest.skip("the dask command is not installed")
    folder = tmp_path_factory.mktemp("dask")
    address_file = folder / "scheduler.json"
    scheduler = subprocess.Popen(
        [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
         "--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(address_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=kg_environ())
    deadline = time.monotonic() + 60
    while not address_file.exists() and time.monotonic() < deadline and scheduler.poll() is None:
        time.sleep(0.1)
    assert address_file.exists(), "the scheduler did not start"
    running = Cluster(folder, scheduler, json.loads(address_file.read_text())["address"])
    try:
        running.top_up(2)
        yield running
    finally:
        for worker in running.workers:  # nothing of theirs is worth a graceful stop
            worker.kill()
            worker.wait()
        _stop(scheduler)


@pytest.fixture(scope="module")
def reference(corpus_store: Store) -> set[str]:
    """The quads of a `--jobs 1` build of the corpus (the session's, tests/conftest.py)."""
    return store_quads(corpus_store.path)



def test_dask_build_gives_the_quads_of_jobs_1(cluster: Cluster, reference: set[str],
                                              tmp_path: Path) -> None:
    cluster.top_up(2)
    store = Store(tmp_path / "store")
    report = build(CORPUS, store, batch_size=3, cluster=cluster.address)
    assert report.ok and report.built == len(list((ROOT / "tests/data/dev").glob("*.txt"))) + 2
    assert store_quads(store.path) == reference
    again = build(CORPUS, store, batch_size=3, cluster=cluster.address)
    assert again.ok and again.built == 0 and again.unchanged == report.built
    assert store_quads(store.path) == reference


def test_dask_build_survives_a_worker_killed_mid_build(cluster: Cluster, reference: set[str],
                                                       tmp_path: Path) -> None:
    cluster.top_up(2)
    victim = cluster.live_workers()[0]
    batches: list[int] = []

    def kill_after_the_first_batch(count: int) -> None:
        batches.append(count)
        if len(batches) == 1:
            victim.send_signal(signal.SIGKILL)

    store = Store(tmp_path / "store")
    report = build(CORPUS, store, batch_size=1, cluster=cluster.address,
                   progress=kill_after_the_first_batch)
    assert victim.wait(timeout=10) == -signal.SIGKILL
    assert report.ok and len(batches) == report.built > 10
    assert store_quads(store.path) == reference


def _kill_when(process: subprocess.Popen, ready: Callable[[], bool], seconds: float = 120) -> bool:
    """SIGKILL ``process`` as soon as ``ready()``; False if it ended first."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.02)
    return False


def _has_quads(store: Path) -> bool:
    """Has the build written a batch yet? One quad is enough to know: reading them all on
    every look took long enough on a loaded machine for the whole build to finish before the
    kill. A read-only open races with the writer, which may remove a log file between
    listing and reading it: not yet, then; the next look sees the store as it is."""
    if not (store / "CURRENT").exists():
        return False
    try:
        inner = ox.Store.read_only(str(store))
    except OSError:
        return False
    try:
        return next(iter(inner), None) is not None
    finally:
        del inner


def test_dask_build_client_killed_and_run_again(cluster: Cluster, reference: set[str],
                                                tmp_path: Path) -> None:
    cluster.top_up(2)
    store = tmp_path / "store"
    args = ["build", *CORPUS, "--store", store, "--cluster", cluster.address,
            "--batch-size", "1", "-q"]
    client = subprocess.Popen(kg_argv(*args), env=kg_environ(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    killed = _kill_when(client, lambda: _has_quads(store))
    assert killed, "the build ended before it could be killed"
    partial = store_quads(store)
    assert partial and partial < reference  # some batches are in, whole
    done = run_kg(*args)
    assert done.returncode == 0, done.stderr
    assert store_quads(store) == reference


def test_dask_extract_client_killed_redoes_only_missing_shards(
        cluster: Cluster, reference: set[str], tmp_path: Path) -> None:
    cluster.top_up(2)
    out = tmp_path / "shards"
    args = ["extract", *CORPUS, "--out", out, "--cluster", cluster.address, "--part-size", "1"]
    client = subprocess.Popen(kg_argv(*args), env=kg_environ(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    killed = _kill_when(client, lambda: len(list(out.glob("*.nq.gz"))) >= 3)
    assert killed, "the extraction ended before it could be killed"
    assert not (out / "manifest.json").exists()
    # one listing for both: a worker of the cluster may still move a finished shard into
    # place after the client is killed, between two listings
    listing = list(out.iterdir())
    before = {p.name: p.stat().st_mtime_ns for p in listing if p.name.endswith(".nq.gz")}
    for path in listing:  # a shard is whole, or still under its temporary name
        assert path.name in before or (path.name.startswith(".") and path.suffix == ".part")

    done = run_kg(*args)
    assert done.returncode == 0, done.stderr
    shards = json.loads((out / "manifest.json").read_text())["shards"]
    total = len(shards)
    assert done.stdout.strip().endswith("0 failed")
    counts = re.search(r"(\d+) written, (\d+) already there", done.stdout)
    assert counts, done.stdout
    written, reused = int(counts[1]), int(counts[2])
    # a task the workers had started when the client died may land after `before`
    assert written + reused == total and reused >= len(before) and written > 0
    for name, mtime in before.items():
        assert (out / name).stat().st_mtime_ns == mtime  # not made again

    local = extract(CORPUS, tmp_path / "local", part_size=1)  # in this process, no cluster
    assert local.ok and local.shards == shards

    loaded = load(out, Store(tmp_path / "store"))
    assert loaded.shards == total
    assert store_quads(tmp_path / "store") == reference


def test_dask_unreachable_scheduler_is_one_line(tmp_path: Path, kg_main: Callable[..., MainResult],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest_remote import free_port

    address = f"tcp://127.0.0.1:{free_port()}"
    monkeypatch.setenv("FINKG_CLUSTER_TIMEOUT", "1")
    done = kg_main("build", *CORPUS, "--store", tmp_path / "store", "--cluster", address)
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"Error: {address}: cannot reach the Dask scheduler"), done.stderr
    assert not (tmp_path / "store").exists()


def test_dask_missing_install_is_one_line(tmp_path: Path, kg_main: Callable[..., MainResult],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    done = kg_main("extract", CORPUS[0], "--out", tmp_path / "out", "--cluster",
                   "tcp://127.0.0.1:8786")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == "Error: --cluster needs Dask: pip install 'finkg[dask]'\n"
    assert not (tmp_path / "out").exists()


def test_dask_build_reports_inputs_as_a_local_build_does(cluster: Cluster,
                                                         tmp_path: Path) -> None:
    """Bad inputs and an article id seen twice (in two parts): the same error
    lines, counts and quads as a local build; the first of the two wins."""
    cluster.top_up(2)
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
    texts = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
    for path in texts[:3]:
        (first / path.name).write_bytes(path.read_bytes())
    (second / texts[0].name).write_bytes(texts[3].read_bytes())  # same id, other text
    (second / "empty.txt").write_text("  \n", encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": texts[4].read_text(encoding="utf-8")}), "{bad"]
    packed = tmp_path / "more.jsonl.gz"
    packed.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    inputs = [first, second, packed, tmp_path / "missing"]
    local = build(inputs, Store(tmp_path / "local"), batch_size=2)
    remote = build(inputs, Store(tmp_path / "remote"), batch_size=2, cluster=cluster.address)
    assert local.built == remote.built == 4
    assert local.errors == remote.errors and len(local.errors) == 4
    assert any("same article id" in line for line in remote.errors)
    assert store_quads(tmp_path / "remote") == store_quads(tmp_path / "local")
