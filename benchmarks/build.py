"""Build throughput and peak memory of `kg build` on a generated corpus.

Runs ``kg build --jobs J`` as a subprocess on the first N articles of a
corpus made by ``benchmarks/generate.py`` (generated on the fly when the
folder does not exist), into a fresh store, and reports wall time,
articles/s, tokens/s, quads, and peak memory: the largest single process
(``getrusage(RUSAGE_CHILDREN).ru_maxrss``) and the largest sum over the
process tree (sampled from ``/proc`` every 0.2 s).

    python benchmarks/build.py --n 1000 --jobs 1 --jobs 2
    python benchmarks/build.py --n 50000 --jobs 2 --corpus /tmp/finkg-50k --json results.json

Tokens are counted by the blank spaCy tokenizer on a sample of 500 articles
and extrapolated by words (counting all 50,000 would take minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg"]


def ensure_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """The shard folders holding the first ``n`` articles (generated if missing)."""
    from generate import SHARD_SIZE

    shards = (n + SHARD_SIZE - 1) // SHARD_SIZE
    have = sorted(p for p in folder.glob("[0-9]" * 4) if p.is_dir()) if folder.exists() else []
    if len(have) < shards or sum(1 for _ in have[shards - 1].glob("*.txt")) < (
            n - (shards - 1) * SHARD_SIZE):
        subprocess.run([sys.executable, str(Path(__file__).with_name("generate.py")), str(n),
                        "--seed", str(seed), "--out", str(folder)], check=True)
    paths = [folder / f"{i:04d}" for i in range(shards)]
    if n % SHARD_SIZE:  # a partial last shard: name its files
        last = sorted(paths[-1].glob("*.txt"))[: n % SHARD_SIZE]
        paths = paths[:-1] + last
    return paths


def words_and_tokens(paths: list[Path], sample: int = 500) -> tuple[int, int]:
    import spacy

    from kg.ingest import read_articles

    words = tokens = sample_words = 0
    nlp = {"de": spacy.blank("de"), "en": spacy.blank("en")}
    for i, article in enumerate(read_articles(paths)):
        if isinstance(article, Exception):
            continue
        w = len(article.clean_text.split())
        words += w
        if i < sample:
            sample_words += w
            tokens += len(nlp[article.lang].make_doc(article.clean_text))
    return words, round(tokens * words / max(sample_words, 1))


def _tree_rss(pid: int) -> int:
    """Sum of RSS (bytes) of ``pid`` and its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total


def run_build(paths: list[Path], jobs: int, store: Path, batch_size: int | None = None) -> dict:
    """One ``kg build`` of ``paths``, timed; ``batch_size`` None leaves kg build's default."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    batches = [] if batch_size is None else ["--batch-size", str(batch_size)]
    proc = subprocess.Popen([*KG, "build", *map(str, paths), "--store", str(store), "--jobs",
                             str(jobs), *batches, "-q"], cwd=ROOT)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.wait(0.2):
            peak = max(peak, _tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        raise SystemExit(f"kg build exited with {code}")
    return {"seconds": elapsed, "max_process_rss_mib": after.ru_maxrss / 1024,
            "tree_rss_mib": peak / 2**20,
            "cpu_seconds": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)}


def quads_in(store: Path) -> int:
    import pyoxigraph as ox

    inner = ox.Store.read_only(str(store))
    try:
        return len(inner)
    finally:
        del inner


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="articles (repeatable)")
    parser.add_argument("--jobs", type=int, action="append", help="processes (repeatable)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="corpus folder [default: a temporary folder per N]")
    parser.add_argument("--keep-store", type=Path, default=None,
                        help="keep the store of the last run here (for benchmarks/queries.py)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="kg build --batch-size [default: kg build's own]")
    parser.add_argument("--json", type=Path, help="append results to this JSON Lines file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="finkg-bench-"))
    try:
        for n in args.n or [1000]:
            corpus = args.corpus or work / f"corpus-{n}"
            paths = ensure_corpus(corpus, n)
            words, tokens = words_and_tokens(paths)
            for jobs in args.jobs or [1, 2]:
                store = work / f"store-{n}-{jobs}"
                result = run_build(paths, jobs, store, args.batch_size)
                quads = quads_in(store)
                row = {"n": n, "jobs": jobs, "words": words, "tokens_est": tokens,
                       "quads": quads, **result,
                       "articles_per_s": n / result["seconds"],
                       "tokens_per_s": tokens / result["seconds"],
                       "loadavg_after": os.getloadavg()[0]}
                print(json.dumps({k: round(v, 2) if isinstance(v, float) else v
                                  for k, v in row.items()}), flush=True)
                if args.json:
                    with args.json.open("a") as handle:
                        handle.write(json.dumps(row) + "\n")
                if args.keep_store:
                    shutil.rmtree(args.keep_store, ignore_errors=True)
                    shutil.move(str(store), args.keep_store)
                else:
                    shutil.rmtree(store, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
