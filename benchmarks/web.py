"""Server time of kg serve's entity page for the largest hub of a store.

Serves the store on a free port in this process (exactly as ``kg serve``
does: the store opened read-only per request) and times, from an HTTP
client on the same machine, the JSON requests an entity page makes for the
entity with the most relation statements (``/api/entity/{key}``: the whole
page but its scripts, which are static files), and beside it the depth-2
neighbourhood (loaded only when asked for), an article page and a search.
Each request is repeated; the median and the slowest are reported. On a
shared machine wall times grow with the load, so the entity page is also
timed in-process as CPU seconds of the serving thread (``time.thread_time``),
which the other processes inflate much less.

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
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.query import LocalTarget
from kg.rdf.store import Store
from kg.records import PROPERTIES
from kg.serve import make_server
from kg.web import WebApp

_HUB = """
SELECT ?e (COUNT(*) AS ?n) WHERE {{
  VALUES ?p {{ {} }}
  {{ GRAPH ?a {{ ?e ?p ?o }} }} UNION {{ GRAPH ?a {{ ?o ?p ?e }} }}
  FILTER(?a != <https://w3id.org/finkg/resource/graph/catalogue>)
}} GROUP BY ?e ORDER BY DESC(?n) LIMIT 1
""".format(" ".join(f"fin:{p}" for p in PROPERTIES))
_ARTICLE = """
SELECT ?a WHERE { GRAPH ?a { ?a fin:mentions ?e } } LIMIT 1
"""


def largest_hub(store: Store) -> tuple[str, int]:
    """The entity with the most relation statements in the articles, and how many."""
    row = LocalTarget(store).run(_HUB).records()[0]
    return row["e"], int(row["n"])


def timed(url: str, repeat: int) -> dict[str, float]:
    """Milliseconds per GET of ``url``: the first (cold), then the median and the slowest of
    ``repeat`` more."""
    def once() -> float:
        started = time.perf_counter()
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            assert response.status == 200, url
        return (time.perf_counter() - started) * 1000
    first = once()
    times = [once() for _ in range(repeat)]
    return {"first_ms": round(first, 1), "median_ms": round(statistics.median(times), 1),
            "max_ms": round(max(times), 1)}


def cpu_timed(app: WebApp, path: str, repeat: int) -> dict[str, float]:
    """CPU milliseconds of this thread per answer of ``path`` by the web application."""
    times = []
    for _ in range(repeat):
        started = time.thread_time()
        response = app.get(path, {})
        times.append((time.thread_time() - started) * 1000)
        assert response is not None and response.status == 200, path
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


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
    hub, statements = largest_hub(store)
    if args.key:
        hub, statements = f"https://w3id.org/finkg/resource/{args.key}", -1
    key = hub.rsplit("/", 1)[1]
    article = LocalTarget(store).run(_ARTICLE.replace("?e", f"<{hub}>")).records()[0]["a"]
    server = make_server(store, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        articles = LocalTarget(store).run(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?a a fin:Article } }").records()[0]["n"]
        result = {"store": str(store.path), "articles": int(articles), "hub": key,
                  "hub_statements": statements,
                  "entity_page": timed(f"{server.home}api/entity/{key}", args.repeat),
                  "entity_page_cpu": cpu_timed(WebApp(store), f"/api/entity/{key}", args.repeat),
                  "neighbourhood_depth_2": timed(
                      f"{server.home}api/neighbourhood/{key}?depth=2", args.repeat),
                  "article_page": timed(f"{server.home}api/article/{article.rsplit('/', 1)[1]}",
                                        args.repeat),
                  "search": timed(f"{server.home}api/search?q={key[:3]}", args.repeat)}
    finally:
        server.shutdown()
        server.server_close()
    line = json.dumps(result)
    print(line)
    if args.json:
        with args.json.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


if __name__ == "__main__":
    main()
