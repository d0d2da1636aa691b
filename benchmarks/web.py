"""Server time of kg serve's browser pages on a store: the largest hub's entity page first.

Serves the store on a free port in this process (exactly as ``kg serve``
does) and requests, from an HTTP client on the same machine, the JSON
answers the pages ask for: the entity page (``/api/entity/{key}``: the whole
page but its scripts, which are static files) of the entity with the most
relation statements and of the median one, the depth-2 neighbourhood
(loaded only when asked for), an article page, search suggestions, the
home page's summary, and on the SPARQL page a named query bound
(``/api/bind``) and run (``POST /query``). Each request is made once (the
first after the server started), then ``--repeat`` times more.

For each it reports the wall time at the client (server and transfer) and
what the server says it spent in its ``Server-Timing`` header: ``total``
(wall, from the request to the encoded answer) and ``cpu`` (CPU of the
serving thread, which other processes on a shared machine inflate much
less than wall time). The SPARQL endpoint ``/query`` sends no such header:
it has the wall time only. The load average is recorded before and after.

    python benchmarks/web.py --store /tmp/store-2k
    python benchmarks/web.py --store /tmp/store-2k --articles 2000 --corpus /tmp/finkg-50k
    python benchmarks/web.py --store /tmp/store-50k --repeat 20 --json results.jsonl
    python benchmarks/web.py --store /tmp/store-2k --key alibaba-cloud     # another entity

With ``--articles N`` and no store at ``--store``, the first N articles of
the corpus (generated when missing) are built into it first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.query import LocalTarget
from kg.rdf.store import Store
from kg.records import PROPERTIES
from kg.serve import make_server

# relation statements per entity in the articles, most first
_BY_STATEMENTS = """
SELECT ?e (COUNT(*) AS ?n) WHERE {{
  VALUES ?p {{ {} }}
  {{ GRAPH ?a {{ ?e ?p ?o }} }} UNION {{ GRAPH ?a {{ ?o ?p ?e }} }}
  FILTER(?a != <https://w3id.org/finkg/resource/graph/catalogue>)
}} GROUP BY ?e ORDER BY DESC(?n) ?e
""".format(" ".join(f"fin:{p}" for p in PROPERTIES))
_ARTICLE = """
SELECT ?a WHERE { GRAPH ?a { ?a fin:mentions ?e } } LIMIT 1
"""
_ARTICLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?a a fin:Article } }"
# the named query the SPARQL page runs, and its parameter (bound to the hub)
NAMED_QUERY, NAMED_PARAM = "coverage", "company"


def hub_and_median(store: Store) -> list[tuple[str, int]]:
    """The entity with the most relation statements in the articles and the median one,
    with their counts."""
    rows = LocalTarget(store).run(_BY_STATEMENTS).records()
    return [(rows[i]["e"], int(rows[i]["n"])) for i in (0, len(rows) // 2)]


def server_timing(header: str | None) -> dict[str, float]:
    """The durations of a ``Server-Timing`` header, by name."""
    found = {}
    for entry in (header or "").split(","):
        name, *params = (p.strip() for p in entry.split(";"))
        for param in params:
            if param.startswith("dur="):
                found[name] = float(param[len("dur="):])
    return found


def timed(url: str, repeat: int, body: bytes | None = None,
          headers: dict[str, str] | None = None) -> dict[str, float]:
    """Milliseconds per request of ``url`` (a POST of ``body`` if given): the first, then
    the median and the slowest of ``repeat`` more, at the client (``wall``) and as the
    server reports them (``server``: its total; ``cpu``: its serving thread's CPU)."""
    def once() -> tuple[float, dict[str, float]]:
        request = urllib.request.Request(url, data=body, headers=headers or {})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=300) as response:
            response.read()
            assert response.status == 200, url
            timing = server_timing(response.headers.get("Server-Timing"))
        return (time.perf_counter() - started) * 1000, timing

    first, first_timing = once()
    runs = [once() for _ in range(repeat)]
    walls = [wall for wall, _ in runs]
    result = {"first_ms": round(first, 1), "median_ms": round(statistics.median(walls), 1),
              "max_ms": round(max(walls), 1)}
    if "total" in first_timing:
        servers = [t["total"] for _, t in runs]
        result |= {"server_first_ms": first_timing["total"],
                   "server_median_ms": round(statistics.median(servers), 1),
                   "server_max_ms": max(servers),
                   "cpu_median_ms": round(statistics.median(t["cpu"] for _, t in runs), 1)}
    return result


def ensure_store(store: Store, articles: int | None, corpus: Path) -> None:
    if store.exists or articles is None:
        return
    sys.path.insert(0, str(Path(__file__).parent))
    from build import ensure_corpus

    paths = ensure_corpus(corpus, articles)
    subprocess.run([sys.executable, "-m", "kg", "build", *map(str, paths), "--store",
                    str(store.path), "--jobs", "2", "-q"], check=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--articles", type=int, help="build this many articles when no store")
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/finkg-50k"))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--json", type=Path, help="append the result to this JSON Lines file")
    parser.add_argument("--key", help="time this entity instead of the largest hub")
    args = parser.parse_args()
    store = Store(args.store)
    ensure_store(store, args.articles, args.corpus)
    (hub, statements), (median, median_statements) = hub_and_median(store)
    if args.key:
        hub, statements = f"https://w3id.org/finkg/resource/{args.key}", -1
    key, median_key = hub.rsplit("/", 1)[1], median.rsplit("/", 1)[1]
    article = LocalTarget(store).run(_ARTICLE.replace("?e", f"<{hub}>")).records()[0]["a"]
    articles = int(LocalTarget(store).run(_ARTICLES).records()[0]["n"])
    server = make_server(store, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    home, repeat = server.home, args.repeat
    load_before = os.getloadavg()
    try:
        # the summary first: its first answer counts the store, the others are cached
        result = {"store": str(store.path), "articles": articles,
                  "summary": timed(f"{home}api/summary", repeat),
                  "hub": key, "hub_statements": statements,
                  "entity_page": timed(f"{home}api/entity/{key}", repeat),
                  "median_entity": median_key, "median_entity_statements": median_statements,
                  "median_entity_page": timed(f"{home}api/entity/{median_key}", repeat),
                  "neighbourhood_depth_2": timed(f"{home}api/neighbourhood/{key}?depth=2",
                                                 repeat),
                  "article_page": timed(f"{home}api/article/{article.rsplit('/', 1)[1]}", repeat),
                  "search": timed(f"{home}api/search?q={key[:3]}", repeat)}
        bind = f"{home}api/bind?" + urllib.parse.urlencode({"name": NAMED_QUERY,
                                                           NAMED_PARAM: hub})
        result["sparql_bind"] = timed(bind, repeat)
        with urllib.request.urlopen(bind, timeout=60) as response:
            text = json.loads(response.read())["text"]
        result["sparql_named_query"] = {"name": NAMED_QUERY, **timed(
            f"{home}query", repeat, text.encode("utf-8"),
            {"Content-Type": "application/sparql-query",
             "Accept": "application/sparql-results+json"})}
    finally:
        server.shutdown()
        server.server_close()
    result["load_average"] = {"before": [round(x, 2) for x in load_before],
                              "after": [round(x, 2) for x in os.getloadavg()]}
    line = json.dumps(result)
    print(line)
    if args.json:
        with args.json.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


if __name__ == "__main__":
    main()
