"""Latency of every named query (queries/*.rq) on a built store.

Each query is bound with the defaults of its ``# param: name = default``
header (entity names resolved as `kg query` does) and run ``--repeat`` times
on the embedded store (Oxigraph, as `kg query` runs it); p50 and p95 are
reported, with and without the entity look-up that resolves the parameters.
Name queries to run only those; ``--param NAME=VALUE`` replaces a default in
every query that has that parameter.

With ``--compare-rdflib`` the store is also dumped into rdflib's default
in-memory store (``rdflib.Dataset``, union default graph) and the same bound
queries run there, in the same process, so the ratio is measured in one run.
rdflib needs about 1 KiB of memory per quad, so compare on a store of a few
thousand articles, not on the 50,000-article one.

    python benchmarks/queries.py /tmp/store-50k --repeat 20
    python benchmarks/queries.py /tmp/store-50k figures coverage -p entity=Microsoft --timeout 2
    python benchmarks/queries.py /tmp/store-1k --repeat 20 --compare-rdflib
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox

from kg.rdf.namespaces import PREFIXES


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def load_queries(folder: Path) -> list[tuple[str, str, dict[str, str]]]:
    """(name, text, defaults) of each .rq file; uses kg.query when it exists."""
    try:
        from kg.query import load_library
    except ImportError:  # the harness reads the headers itself
        load_library = None
    if load_library is not None:
        return [(q.name, q.text, {p.name: p.default for p in q.params if p.default})
                for q in load_library(folder).values()]
    found = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        params = {}
        for line in text.splitlines():
            if line.startswith("# param:") and "=" in line:
                name, _, rest = line[len("# param:"):].partition("=")
                params[name.strip()] = rest.split("(")[0].strip()
        found.append((path.stem, text, params))
    return found


class Timed:
    """Runs bound queries on one Oxigraph store, timing resolution and execution."""

    def __init__(self, inner: ox.Store) -> None:
        self.inner = inner

    def run(self, text: str) -> object:
        from kg.query import run_on_oxigraph

        return run_on_oxigraph(self.inner, text)

    def describe(self) -> str:
        return "benchmark store"

    def sample_article_id(self) -> str:
        rows = self.inner.query("SELECT ?a WHERE { GRAPH ?a { ?a a fin:Article } } LIMIT 1",
                                prefixes=PREFIXES)
        return next(iter(rows))[0].value.rsplit("/", 1)[-1]

    def update(self, text: str) -> None:
        raise RuntimeError("read-only")


def bind(target: Timed, name: str, text: str, defaults: dict[str, str],
         folder: Path = ROOT / "queries") -> str:
    from kg.query import bind_named, named_query

    query = named_query(name, folder)
    values = dict(defaults)
    for param in query.params:  # a required parameter gets a value the store holds
        if param.name not in values and (param.name in ("id", "article")
                                         or param.kind == "article"):
            values[param.name] = target.sample_article_id()
    return bind_named(target, query, values)


def _time_oxigraph(store: Path, name: str, text: str, defaults: dict[str, str], repeat: int,
                   timeout: float, folder: Path = ROOT / "queries") -> dict | None:
    """p50/p95 of one named query, in a forked child that opens the store
    itself, so that a query that runs away is cut off at ``timeout`` seconds."""
    def child(conn: object) -> None:
        target = Timed(ox.Store.read_only(str(store)))
        total, execute = [], []
        text_bound = ""
        for _ in range(repeat):
            start = time.perf_counter()
            try:
                text_bound = bind(target, name, text, defaults, folder)
                middle = time.perf_counter()
                target.run(text_bound)
            except Exception as err:  # noqa: BLE001 -- reported, not mistaken for a time-out
                conn.send({"error": f"{type(err).__name__}: {err}"})  # type: ignore[attr-defined]
                return
            end = time.perf_counter()
            total.append(end - start)
            execute.append(end - middle)
        conn.send({"query": name, "p50_ms": statistics.median(total) * 1e3,  # type: ignore[attr-defined]
                   "p95_ms": percentile(total, 0.95) * 1e3,
                   "exec_p50_ms": statistics.median(execute) * 1e3,
                   "exec_p95_ms": percentile(execute, 0.95) * 1e3, "bound": text_bound})

    return _in_child(child, timeout * repeat)  # type: ignore[no-any-return]


def _rdflib_median(dataset: object, text: str, repeat: int, timeout: float) -> float:
    """Median seconds of ``text`` on rdflib, run in a forked child so that a
    query rdflib cannot finish is cut off at ``timeout`` (and counted as such)."""
    def child(conn: object) -> None:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            list(dataset.query(text, initNs=PREFIXES))  # type: ignore[attr-defined]
            times.append(time.perf_counter() - start)
        conn.send(statistics.median(times))  # type: ignore[attr-defined]

    value = _in_child(child, timeout * repeat)
    return timeout if value is None else float(value)  # a time-out counts as a lower bound


def _in_child(work: object, seconds: float) -> object | None:
    """What ``work(conn)`` sends from a forked child within ``seconds``; None
    (and the child killed) when it sends nothing in time."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    parent, there = context.Pipe()
    process = context.Process(target=work, args=(there,))  # type: ignore[arg-type]
    process.start()
    if parent.poll(seconds):
        value = parent.recv()
        process.join()
        return value
    process.kill()
    process.join()
    return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("names", nargs="*", metavar="QUERY",
                        help="run only these named queries (default: all)")
    parser.add_argument("--queries", type=Path, default=ROOT / "queries")
    parser.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                        help="use this value instead of the default for every query that has "
                        "the parameter (repeatable)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds per run of a query on the embedded store before it is "
                        "cut off and reported as slower than that")
    parser.add_argument("--compare-rdflib", action="store_true")
    parser.add_argument("--rdflib-repeat", type=int, default=3)
    parser.add_argument("--rdflib-timeout", type=float, default=60.0,
                        help="seconds per rdflib run; slower ones count as this (a lower bound)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_intermixed_args(argv)
    rows = []
    bound: dict[str, str] = {}
    if any("=" not in item for item in args.param):
        parser.error("write --param NAME=VALUE")
    overrides = dict(item.split("=", 1) for item in args.param)
    queries = load_queries(args.queries)
    unknown = set(args.names) - {name for name, _, _ in queries}
    if unknown:
        parser.error(f"no such named queries: {', '.join(sorted(unknown))}")
    for name, text, defaults in queries:
        if args.names and name not in args.names:
            continue
        own = {k: v for k, v in overrides.items()
               if re.search(rf"^#\s*param:\s*{re.escape(k)}\b", text, re.MULTILINE)}
        defaults = {**defaults, **own}
        row = _time_oxigraph(args.store, name, text, defaults, args.repeat, args.timeout,
                             args.queries)
        if row is not None and "error" in row:
            print(json.dumps({"query": name, **row}), file=sys.stderr, flush=True)
            continue
        if row is None:
            print(json.dumps({"query": name, "p50_ms": f">{args.timeout * 1e3:.0f}"}), flush=True)
            rows.append({"query": name, "p50_ms": args.timeout * 1e3,
                         "p95_ms": args.timeout * 1e3, "exec_p50_ms": args.timeout * 1e3,
                         "timed_out": True})
            continue
        bound[name] = row.pop("bound")
        rows.append(row)
        if not args.compare_rdflib:
            print(json.dumps({k: round(v, 2) if isinstance(v, float) else v
                              for k, v in row.items()}), flush=True)
    inner = ox.Store.read_only(str(args.store))
    if args.compare_rdflib:
        from rdflib import Dataset

        start = time.perf_counter()
        dataset = Dataset(default_union=True)
        dataset.parse(data=inner.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
        print(f"rdflib: loaded {len(dataset)} quads in {time.perf_counter() - start:.0f} s",
              file=sys.stderr)
        for row in rows:
            if row["query"] not in bound:
                continue
            row["rdflib_p50_ms"] = _rdflib_median(dataset, bound[row["query"]],
                                                  args.rdflib_repeat, args.rdflib_timeout) * 1e3
            row["speedup"] = row["rdflib_p50_ms"] / row["exec_p50_ms"]
    if args.compare_rdflib:
        for row in rows:
            print(json.dumps({k: round(v, 2) if isinstance(v, float) else v
                              for k, v in row.items()}))
        speedups = [r["speedup"] for r in rows if "speedup" in r]
        print(f"median speedup of the embedded store over rdflib: "
              f"{statistics.median(speedups):.1f}x (min {min(speedups):.1f}x)")
    worst = max(rows, key=lambda r: r["p95_ms"]) if rows else None
    if worst:
        print(f"slowest p95: {worst['query']} {worst['p95_ms']:.0f} ms")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
