"""kg serve's browser interface over HTTP: headers, the JSON API, bounds, sources."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import price_target_store

from kg.build import build
from kg.errors import StoreError
from kg.query import LocalTarget
from kg.rdf.store import Store
from kg.serve import SparqlServer
from kg.stats import store_stats
from kg.web.app import WebApp
from kg.web.reader import StoreReader
from kg.web.reads.relations import relation_counts

pytest_plugins = ["conftest_remote"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_003 = "003_f293324dbb63daf1"
KGR = "https://w3id.org/finkg/resource/"


def fetch(server: SparqlServer, path: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(server.home + path.lstrip("/"), timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.mark.parametrize("path", ["/", "/sparql", "/entity/alibaba-cloud",
                                  f"/article/{SEED_003}", "/api/summary", "/static/app.css"])
def test_web_pages_carry_a_strict_policy(server: SparqlServer, path: str) -> None:
    status, headers, _ = fetch(server, path)
    policy = headers["Content-Security-Policy"]
    assert status == 200 and "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Access-Control-Allow-Origin" not in headers


def test_web_page_shell_has_no_inline_script(server: SparqlServer) -> None:
    _, _, body = fetch(server, "/entity/alibaba-cloud")
    html = body.decode()
    assert html.count("<script") == html.count('<script src="/static/') == 3
    assert "alibaba" not in html.lower()  # nothing from the store is put into HTML


def test_web_sparql_endpoint_still_answers_at_root_and_sparql(server: SparqlServer) -> None:
    query = urllib.parse.urlencode({"query": "ASK { GRAPH ?g { kgr:alibaba-cloud ?p ?o } }"})
    for path in ("/query", "/", "/sparql"):
        status, headers, body = fetch(server, f"{path}?{query}")
        assert status == 200 and json.loads(body)["boolean"] is True
        assert headers["Access-Control-Allow-Origin"] == "*"


def test_web_search_by_alias_and_ticker(server: SparqlServer) -> None:
    # catalogue: Aliyun is an alias of Alibaba Cloud, BABA a ticker of Alibaba Group
    _, _, body = fetch(server, "/api/search?q=aliyun")
    assert json.loads(body)["results"][0]["key"] == "alibaba-cloud"
    _, _, body = fetch(server, "/api/search?q=BABA")
    assert json.loads(body)["results"][0]["key"] == "alibaba-group"
    _, _, body = fetch(server, "/api/search?q=" + urllib.parse.quote('") } DROP ALL #'))
    assert json.loads(body)["results"] == []


@pytest.mark.parametrize("path,status", [
    ("/api/entity/no-such-entity", 404), ("/api/entity/%2e%2e", 404),
    ("/api/article/no_such_article", 404), ("/api/article/..%2Fetc", 404),
    ("/static/..%2Fapp.py", 404), ("/static/missing.js", 404), ("/api/nothing", 404),
    ("/api/evidence?s=alibaba-cloud&p=drop&o=qwen", 400),
    ("/api/neighbourhood/alibaba-cloud?depth=9", 400), ("/nowhere", 404)])
def test_web_bad_requests(server: SparqlServer, path: str, status: int) -> None:
    assert fetch(server, path)[0] == status


def test_web_bind_named_query(server: SparqlServer) -> None:
    _, _, body = fetch(server, "/api/bind?name=partners&company=Aliyun")
    assert f"<{KGR}alibaba-cloud>" in json.loads(body)["text"]
    status, _, body = fetch(server, "/api/bind?name=partners&company=" +
                            urllib.parse.quote('x" } DROP ALL { "'))
    assert status == 400 and "no entity named" in json.loads(body)["error"]


def test_web_evidence_pages_through_the_statements(server: SparqlServer) -> None:
    # gold: Alibaba Cloud subsidiaryOf Alibaba Group in both seed articles
    base = "/api/evidence?s=alibaba-cloud&p=subsidiaryOf&o=alibaba-group&offset="
    first = json.loads(fetch(server, base + "0")[2])["evidence"]
    assert sorted(e["article"]["id"] for e in first) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert json.loads(fetch(server, base + "2")[2])["evidence"] == []


def test_web_relation_counts_are_bounded(query_store: Store) -> None:
    with query_store.snapshot() as inner:
        iri = ox.NamedNode(KGR + "alibaba-group")
        full = relation_counts(inner, iri)
        capped = relation_counts(inner, iri, scan=2)
    assert sum(g["articles"] for g in full) > 2
    assert sum(g["articles"] for g in capped) == 2


def test_web_article_text_needs_the_built_bytes(query_store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    store = Store(tmp_path / "store")
    build([copy], store)
    app = WebApp(store, roots=[tmp_path])
    answer = json.loads(app.get(f"/api/article/{SEED_003}", {}).body)  # type: ignore[union-attr]
    assert answer["text"] == (SEEDS / f"{SEED_003}.txt").read_text(encoding="utf-8")
    (copy / f"{SEED_003}.txt").write_text("changed since the build", encoding="utf-8")
    answer = json.loads(app.get(f"/api/article/{SEED_003}", {}).body)  # type: ignore[union-attr]
    assert answer["text"] is None and answer["facts"]
    assert LocalTarget(store).run("ASK { GRAPH ?g { ?s ?p ?o } }").boolean


def test_web_jsonl_record_text(tmp_path: Path) -> None:
    records = tmp_path / "news.jsonl"
    lines = [{"id": "one", "title": "Nvidia", "text": "Nvidia steigert den Umsatz um 20 Prozent."},
             {"id": "two", "title": "Alibaba", "text": "Alibaba Cloud kooperiert mit Nvidia."}]
    records.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    store = Store(tmp_path / "store")
    build([records], store)
    app = WebApp(store, roots=[tmp_path])
    answer = json.loads(app.get("/api/article/two", {}).body)  # type: ignore[union-attr]
    assert answer["text"] == "Alibaba\nAlibaba Cloud kooperiert mit Nvidia."


def test_web_kg_serve_names_the_browser_address(query_store: Store) -> None:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", "0", "--quiet",
                                "--store", str(query_store.path)],
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        first, second = process.stderr.readline(), process.stderr.readline()
        assert first.startswith(f"serving {query_store.path} read-only at http://127.0.0.1:")
        assert second.startswith("browse http://127.0.0.1:") and second.strip().endswith("/")
        with urllib.request.urlopen(second.split()[1], timeout=30) as response:
            assert b'<body data-page="home">' in response.read()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_web_price_targets_by_institution_over_time(tmp_path: Path) -> None:
    store = price_target_store(tmp_path)
    app = WebApp(store, roots=[tmp_path])
    page = json.loads(app.get("/api/entity/nvidia", {}).body)  # type: ignore[union-attr]
    (goldman,) = page["ratings"]
    assert goldman["institution"]["key"] == "goldman-sachs"
    # the current targets, oldest first; the superseded 150 and 180 ("von … auf") are left out
    assert [(h["article"]["date"], h["rating"], float(h["target"]), h["unit"])
            for h in goldman["history"]] == [("2026-01-10", "Buy", 180.0, "USD"),
                                             ("2026-02-20", "Buy", 210.0, "USD")]
    given = json.loads(app.get("/api/entity/goldman-sachs", {}).body)  # type: ignore[union-attr]
    assert [r["institution"]["key"] for r in given["ratingsGiven"]] == ["nvidia"]
    summary = json.loads(app.get("/api/summary", {}).body)  # type: ignore[union-attr]
    assert [a["id"] for a in summary["latest"]] == ["later", "earlier"]


def test_web_summary_agrees_with_kg_stats(server: SparqlServer, query_store: Store) -> None:
    with query_store.snapshot() as snapshot:
        stats = store_stats(snapshot)
    answer = json.loads(fetch(server, "/api/summary")[2])
    assert answer["entitiesByType"] == stats.entities_by_type
    assert (answer["articles"], answer["relations"], answer["figures"], answer["ratings"],
            answer["adBlocks"]) == (stats.articles, stats.relations, stats.figures, stats.ratings,
                                    stats.ad_blocks)


def server_timing(headers: dict[str, str]) -> dict[str, float]:
    """The ``Server-Timing`` header as name → milliseconds (notes without a duration left out)."""
    timings = {}
    for entry in headers["Server-Timing"].split(","):
        name, *params = (p.strip() for p in entry.split(";"))
        for param in params:
            if param.startswith("dur="):
                timings[name] = float(param[len("dur="):])
    return timings


def test_web_api_answers_carry_their_server_time(server: SparqlServer) -> None:
    _, headers, _ = fetch(server, "/api/entity/alibaba-group")
    timings = server_timing(headers)
    assert {"open", "describe", "relations", "evidence", "figures", "ratings", "json", "cpu",
            "total"} <= set(timings)
    parts = [ms for name, ms in timings.items() if name not in ("cpu", "total")]
    # each duration is printed to 0.1 ms, so the rounded parts may exceed the
    # rounded total by up to half a step each
    assert 0 < sum(parts) <= timings["total"] + 0.05 * (len(parts) + 1)
    assert 0 <= timings["cpu"]
    _, headers, _ = fetch(server, f"/api/article/{SEED_003}")
    assert {"open", "facts", "text", "total"} <= set(server_timing(headers))
    # static files and page shells read no store: no server time to report
    assert "Server-Timing" not in fetch(server, "/static/app.css")[1]


def test_web_summary_is_counted_once_per_state_of_the_store(query_store: Store,
                                                            tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    shutil.copytree(query_store.path, store.path)
    app = WebApp(store)

    def summary() -> tuple[int, str]:
        response = app.get("/api/summary", {})
        assert response is not None and response.status == 200
        return json.loads(response.body)["articles"], response.headers["Server-Timing"]

    first, timing = summary()
    assert first == 2 and 'cache;desc="miss"' in timing
    again, timing = summary()
    assert again == 2 and 'cache;desc="hit"' in timing
    # a write between two requests: the next one reads the store as it is now
    LocalTarget(store).update(f"INSERT DATA {{ GRAPH <{KGR}article/late> "
                              f"{{ <{KGR}article/late> a fin:Article }} }}")
    after, timing = summary()
    assert after == 3 and 'cache;desc="miss"' in timing


def test_web_reader_keeps_the_database_open_while_the_store_is_unchanged(
        query_store: Store, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    shutil.copytree(query_store.path, store.path)
    reader = StoreReader(store)
    ask = f"ASK {{ GRAPH ?g {{ <{KGR}qwen> rdfs:comment \"late\" }} }}"
    with reader.snapshot() as first:
        first.memo["mark"] = True
        assert first.ask(ask) is False
    with reader.snapshot() as second:
        assert second.memo.get("mark") is True
    LocalTarget(store).update(
        f'INSERT DATA {{ GRAPH <urn:late> {{ <{KGR}qwen> rdfs:comment "late" }} }}')
    with reader.snapshot() as third:
        assert "mark" not in third.memo and third.ask(ask) is True
    shutil.rmtree(store.path)
    with pytest.raises(StoreError, match="no store here yet"):
        with reader.snapshot():
            pass
