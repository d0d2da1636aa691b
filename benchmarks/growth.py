"""Where a large build's cost per article grows: CPU per batch, by process and thread.

    python benchmarks/growth.py --n 12000 --jobs 2 --corpus /tmp/finkg-50k --out growth.jsonl

Runs ``kg.build.build`` in this process into a fresh store, as ``kg build
--jobs J -q`` does, and at each batch handed to the writer prints one JSON
line: the CPU seconds since the last batch of the main thread (reading,
collecting the workers' results, validating the shared triples), of the
writer thread (Oxigraph's parse, sort and ingestion), of RocksDB's own
background threads (merging), and of the worker processes (extraction,
mapping, validation), with the quads the batch writes (its entity graph
piece apart), the store's size on disk and its table files. A last line
gives the same for the end of the build (the last write and the final merge
of a new store, :meth:`kg.rdf.store.Store.deferred_compaction`); threads that
ended meanwhile count only in the process's total (``process_s``).

CPU seconds per batch that grow with the batch number are a cost that grows
with the store or the corpus; flat ones are not. Built alone, the first and
the last 1,000 articles of a corpus (``--skip``) tell the corpus apart from
the store.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_TICK = os.sysconf("SC_CLK_TCK")


def _thread_cpu() -> dict[str, float]:
    """CPU seconds of this process's threads, summed by kind."""
    kinds: dict[str, float] = {}
    main = threading.main_thread().native_id
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat", encoding="utf-8") as handle:
                stat = handle.read()
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as handle:
                name = handle.read().strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / _TICK
        if int(tid) == main:
            kind = "main"
        elif name.startswith("finkg-writer"):
            kind = "writer"
        elif name.startswith("rocksdb"):
            kind = "rocksdb"
        else:
            kind = "other"
        kinds[kind] = kinds.get(kind, 0.0) + cpu
    return kinds


def _children_cpu() -> float:
    """CPU seconds of the live child processes (the extraction workers) and
    of those already waited for."""
    import psutil

    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    reaped = os.times()
    return total + reaped.children_user + reaped.children_system


def _disk(store: Path) -> tuple[int, int]:
    """Bytes and table files of the store on disk."""
    size = files = 0
    if store.exists():
        for entry in os.scandir(store):
            if entry.is_file():
                size += entry.stat().st_size
                files += entry.name.endswith(".sst")
    return size, files


class _Probe:
    """The CPU counters at the last report, and a report of what changed since."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.start = time.perf_counter()
        self.last = self._now()
        self.batch = 0

    def _now(self) -> dict[str, float]:
        own = resource.getrusage(resource.RUSAGE_SELF)
        return {**_thread_cpu(), "process": own.ru_utime + own.ru_stime,
                "workers": _children_cpu(), "wall": time.perf_counter()}

    def report(self, **extra: Any) -> None:
        now = self._now()
        row: dict[str, Any] = {"batch": self.batch}
        for kind in ("wall", "process", "main", "writer", "rocksdb", "other", "workers"):
            row[f"{kind}_s"] = round(now.get(kind, 0.0) - self.last.get(kind, 0.0), 2)
        size, files = _disk(self.store)
        row.update(extra, store_mib=round(size / 2**20, 1), sst_files=files)
        print(json.dumps(row), flush=True)
        self.last = now
        self.batch += 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10000, help="articles to build")
    parser.add_argument("--skip", type=int, default=0, help="articles of the corpus to skip first")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, required=True, help="generated corpus folder")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kg import build as build_module
    from kg.build import build
    from kg.rdf.namespaces import ENTITY_GRAPH
    from kg.rdf.store import Store

    files = sorted(args.corpus.glob("[0-9]" * 4 + "/*.txt"))[args.skip:args.skip + args.n]
    work = Path(tempfile.mkdtemp(prefix="finkg-growth-"))
    store_path = work / "store"
    probe = _Probe(store_path)
    handed = build_module._Background.write

    def write(self: Any, graphs: list[tuple[str, str]], built: int) -> None:
        entity = sum(text.count("\n") for name, text in graphs if name == str(ENTITY_GRAPH))
        quads = sum(text.count("\n") for _, text in graphs)
        probe.report(articles=built, quads=quads - entity, entity_quads=entity)
        handed(self, graphs, built)

    build_module._Background.write = write  # type: ignore[method-assign]
    try:
        report = build(files, Store(store_path), jobs=args.jobs)
        probe.report(articles=0, quads=0, entity_quads=0, end=True)
        print(json.dumps({"built": report.built, "quads_written": report.quads,
                          "seconds": round(time.perf_counter() - probe.start, 1)}), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
