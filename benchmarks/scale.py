"""Scale benchmarks: the real-article ratio, Dask against --jobs, load and push.

    python benchmarks/scale.py real-ratio --copies 600
    python benchmarks/scale.py dask --n 1000 --corpus /tmp/finkg-50k
    python benchmarks/scale.py load-push --n 1000 --corpus /tmp/finkg-50k

``real-ratio``: the texts of ``../shared/corpus/real`` copied to ``--copies``
files in a temporary folder, each copy's headline made distinct (the copy's
number appended to the first line), so every file is a new article. In one
run: ``kg build --jobs 1 -q`` end to end into a fresh store (process start,
reading, extraction, validation, writing), and a blank spaCy pipeline of
each article's language that only tokenises the same cleaned texts. The
ratio of the two rates (articles/s) is what the issue's table calls the
real-article ratio. ``cpu_ratio`` is the same for the CPU seconds each side
used (the build's whole process, start-up included): on a machine shared
with other work the wall times swing with the load, the CPU times far less.
The build uses the user's cache of what it derives from the catalogue
(``kg.cache``), as a user's second and later builds do; ``--cold-cache``
gives it an empty one, as on a first start.

``dask``: a scheduler and two single-threaded workers started on 127.0.0.1
(free ports), ``kg build --cluster`` against ``kg build --jobs 2`` on the
same N generated articles, each into a fresh store; the worker start-up is
not timed, the first part of the Dask build (workers loading their
pipelines) is.

``load-push``: ``kg extract`` of N generated articles into shards, ``kg
load`` of those shards into a fresh store, and ``kg push`` of that store to
a real ``oxigraph serve`` on 127.0.0.1, as N-Quads (the default) and graph
by graph (``--protocol gsp``).

Each measurement prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
BIN = Path(sys.executable).parent
KG = [sys.executable, "-m", "kg"]


def _emit(row: dict) -> None:
    row["loadavg"] = round(os.getloadavg()[0], 2)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}),
          flush=True)


def _timed(command: list[str], **kwargs: object) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False,
                          **kwargs)  # type: ignore[call-overload]
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… exited with {done.returncode}: "
                         f"{done.stderr.strip()[:500]}")
    return elapsed, done.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _quads(store: Path) -> int:
    import pyoxigraph as ox

    inner = ox.Store.read_only(str(store))
    try:
        return len(inner)
    finally:
        del inner


# ----------------------------------------------------------------- real-article ratio

def replicate(real: Path, copies: int, out: Path) -> list[Path]:
    """``copies`` files made from the real texts, each with its own headline."""
    texts = sorted(real.glob("*.txt"))
    if not texts:
        raise SystemExit(f"{real}: no real articles here")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for k in range(copies):
        source = texts[k % len(texts)]
        head, _, rest = source.read_text(encoding="utf-8").partition("\n")
        target = out / f"{source.stem}-copy{k:04d}.txt"
        target.write_text(f"{head.rstrip()} ({k // len(texts) + 1})\n{rest}", encoding="utf-8")
        made.append(target)
    return made


def tokenise_rate(folder: Path) -> tuple[float, float, int]:
    """Seconds and CPU seconds a blank spaCy pipeline takes to tokenise the
    folder's cleaned texts, and tokens."""
    import spacy

    from kg.ingest import read_articles

    articles = [a for a in read_articles([folder]) if not isinstance(a, Exception)]
    pipelines = {"de": spacy.blank("de"), "en": spacy.blank("en")}
    start, cpu = time.perf_counter(), time.process_time()
    tokens = 0
    for lang, nlp in pipelines.items():
        tokens += sum(len(doc) for doc in nlp.pipe(a.clean_text for a in articles
                                                    if a.lang == lang))
    return time.perf_counter() - start, time.process_time() - cpu, tokens


def _children_cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def real_ratio(args: argparse.Namespace, work: Path) -> None:
    corpus = work / "real"
    files = replicate(args.real, args.copies, corpus)
    tokenise_seconds, tokenise_cpu, tokens = tokenise_rate(corpus)
    environ = dict(os.environ)
    if args.cold_cache:  # a first start: nothing derived from the catalogue kept yet
        environ["FINKG_CACHE_DIR"] = str(work / "cold-cache")
    cpu_before = _children_cpu()
    build_seconds, _ = _timed([*KG, "build", str(corpus), "--store", str(work / "store"),
                               "--jobs", "1", "-q"], env=environ)
    build_cpu = _children_cpu() - cpu_before
    _emit({"measure": "real-ratio", "articles": len(files), "tokens": tokens,
           "cache": "cold" if args.cold_cache else "as the user has it",
           "build_seconds": build_seconds, "build_articles_per_s": len(files) / build_seconds,
           "tokenise_seconds": tokenise_seconds,
           "tokenise_articles_per_s": len(files) / tokenise_seconds,
           "ratio": tokenise_seconds / build_seconds,
           "build_cpu_seconds": build_cpu, "tokenise_cpu_seconds": tokenise_cpu,
           "cpu_ratio": tokenise_cpu / build_cpu, "quads": _quads(work / "store")})


# ----------------------------------------------------------------- Dask against --jobs

def start_cluster(work: Path, workers: int) -> tuple[str, list[subprocess.Popen]]:
    """A scheduler and ``workers`` single-threaded workers on 127.0.0.1."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1",
                                   "--port", address.rsplit(":", 1)[1],
                                   "--dashboard-address", "127.0.0.1:0"], **quiet)]
    time.sleep(2)
    for _ in range(workers):
        processes.append(subprocess.Popen(
            [str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny",
             "--host", "127.0.0.1", "--dashboard-address", "127.0.0.1:0",
             "--local-directory", str(work)], **quiet))
    from distributed import Client

    with Client(address, timeout=60, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=120)
    return address, processes


def dask_against_jobs(args: argparse.Namespace, work: Path) -> None:
    from build import ensure_corpus

    paths = [str(p) for p in ensure_corpus(args.corpus or work / "corpus", args.n)]
    address, processes = start_cluster(work, 2)
    try:
        for label, extra in (("jobs-2", ["--jobs", "2"]), ("dask-2-workers", ["--cluster",
                                                                              address])):
            store = work / f"store-{label}"
            seconds, _ = _timed([*KG, "build", *paths, "--store", str(store), "-q", *extra])
            _emit({"measure": "build", "how": label, "articles": args.n, "seconds": seconds,
                   "articles_per_s": args.n / seconds, "quads": _quads(store)})
            shutil.rmtree(store, ignore_errors=True)
    finally:
        for process in reversed(processes):
            process.kill()
            process.wait()


# ----------------------------------------------------------------- load and push

def load_and_push(args: argparse.Namespace, work: Path) -> None:
    from build import ensure_corpus

    paths = [str(p) for p in ensure_corpus(args.corpus or work / "corpus", args.n)]
    shards, store = work / "shards", work / "store"
    seconds, _ = _timed([*KG, "extract", *paths, "--out", str(shards), "-q"])
    _emit({"measure": "extract", "articles": args.n, "seconds": seconds,
           "articles_per_s": args.n / seconds})
    seconds, _ = _timed([*KG, "load", str(shards), "--store", str(store), "-q"])
    quads = _quads(store)
    _emit({"measure": "load", "quads": quads, "seconds": seconds, "quads_per_s": quads / seconds})
    binary = BIN / "oxigraph"
    port = _free_port()
    for protocol in ("auto", "gsp"):
        data = work / f"oxigraph-{protocol}"
        server = subprocess.Popen([str(binary), "serve", "--location", str(data), "--bind",
                                   f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            endpoint = f"http://127.0.0.1:{port}/query"
            for _ in range(200):
                try:
                    urllib.request.urlopen(f"{endpoint}?query=ASK%7B%7D", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.05)
            seconds, out = _timed([*KG, "push", "--endpoint", endpoint, "--store", str(store),
                                   "--protocol", protocol])
            _emit({"measure": "push", "protocol": out.strip().rsplit("(", 1)[-1].rstrip(")"),
                   "quads": quads, "seconds": seconds, "quads_per_s": quads / seconds})
        finally:
            server.terminate()
            server.wait()
        port = _free_port()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["real-ratio", "dask", "load-push"])
    parser.add_argument("--copies", type=int, default=600, help="real-ratio: files")
    parser.add_argument("--real", type=Path, default=REAL, help="real-ratio: the real texts")
    parser.add_argument("--cold-cache", action="store_true",
                        help="real-ratio: build with an empty cache (kg.cache), as a first start")
    parser.add_argument("--n", type=int, default=1000, help="dask, load-push: articles")
    parser.add_argument("--corpus", type=Path, help="generated corpus folder")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="finkg-scale-"))
    try:
        {"real-ratio": real_ratio, "dask": dask_against_jobs,
         "load-push": load_and_push}[args.what](args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
