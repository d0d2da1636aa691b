"""kg serve: the SPARQL 1.1 Protocol over the embedded store, with a real HTTP client."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers import serving
from typer.testing import CliRunner

from kg.cli import app
from kg.query import LocalTarget, RemoteTarget
from kg.rdf.namespaces import KGR
from kg.rdf.remote import Endpoint
from kg.rdf.store import Store
from kg.serve import SparqlServer, negotiate

pytest_plugins = ["conftest_remote"]

QWEN_DEVELOPER = ("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?g a fin:Article . ?s fin:develops kgr:qwen } }")


def request(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
            method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get(server: SparqlServer, query: str, accept: str | None = None
        ) -> tuple[int, dict[str, str], bytes]:
    url = f"{server.url}?{urllib.parse.urlencode({'query': query})}"
    return request(url, headers={"Accept": accept} if accept else {})


def test_serve_get_json_results(server: SparqlServer) -> None:
    status, headers, body = get(server, QWEN_DEVELOPER)
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    assert headers["Access-Control-Allow-Origin"] == "*"
    # gold: Alibaba Group develops Qwen
    bindings = json.loads(body)["results"]["bindings"]
    assert [b["s"]["value"] for b in bindings] == [str(KGR["alibaba-group"])]


@pytest.mark.parametrize("accept,media", [
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"), ("*/*", "application/sparql-results+json")])
def test_serve_results_by_accept(server: SparqlServer, accept: str, media: str) -> None:
    status, headers, body = get(server, QWEN_DEVELOPER, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == media
    assert b"alibaba-group" in body


def test_serve_csv_is_sparql_csv(server: SparqlServer) -> None:
    _, _, body = get(server, QWEN_DEVELOPER, "text/csv")
    assert list(csv.reader(io.StringIO(body.decode()))) == [["s"], [str(KGR["alibaba-group"])]]


def test_serve_post_form_and_direct(server: SparqlServer) -> None:
    form = urllib.parse.urlencode({"query": QWEN_DEVELOPER}).encode()
    direct = request(server.url, data=QWEN_DEVELOPER.encode(),
                     headers={"Content-Type": "application/sparql-query"})
    posted = request(server.url, data=form,
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert direct[0] == posted[0] == 200 and direct[2] == posted[2]


def test_serve_construct_as_turtle_or_ntriples(server: SparqlServer) -> None:
    query = "CONSTRUCT { ?s fin:develops kgr:qwen } WHERE { GRAPH ?g { ?g a fin:Article . ?s fin:develops kgr:qwen } }"
    status, headers, body = get(server, query)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert b"kgr:alibaba-group fin:develops kgr:qwen" in body
    status, headers, body = get(server, query, "application/n-triples")
    assert body.strip() == (b"<https://w3id.org/finkg/resource/alibaba-group> "
                            b"<https://w3id.org/finkg/ontology#develops> "
                            b"<https://w3id.org/finkg/resource/qwen> .")


def test_serve_refuses_updates(server: SparqlServer, query_store: Store) -> None:
    before = LocalTarget(query_store).run("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").records()
    update = "DROP ALL"
    assert request(server.url, data=update.encode(),
                   headers={"Content-Type": "application/sparql-update"})[0] == 403
    assert request(server.url, data=urllib.parse.urlencode({"update": update}).encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert get(server, update)[0] == 403
    assert get(server, "CLEAR ALL")[0] == 403
    after = LocalTarget(query_store).run("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").records()
    assert before == after


def test_serve_syntax_error_is_400_with_position(server: SparqlServer) -> None:
    status, _, body = get(server, "SELECT * WHERE {\n ?s ?p }")
    assert status == 400 and b"line 2, column" in body


def test_serve_cors_preflight(server: SparqlServer) -> None:
    status, headers, _ = request(server.url, method="OPTIONS",
                                 headers={"Origin": "https://yasgui.example",
                                          "Access-Control-Request-Method": "POST"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]


def test_serve_is_a_sparql_endpoint_for_kg_query(server: SparqlServer,
                                                 query_store: Store) -> None:
    text = "SELECT ?s ?o WHERE { GRAPH ?g { ?s fin:competitorOf ?o } } ORDER BY ?s ?o"
    assert RemoteTarget(Endpoint(server.url)).run(text).records() == \
        LocalTarget(query_store).run(text).records()


def test_serve_and_kg_query_at_once(server: SparqlServer, query_store: Store) -> None:
    runner = CliRunner()

    def over_http(_: int) -> bytes:
        return get(server, QWEN_DEVELOPER, "text/csv")[2]

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(over_http, range(16)))
        cli = runner.invoke(app, ["query", QWEN_DEVELOPER, "-f", "csv",
                                  "--store", str(query_store.path)])
    assert len(set(answers)) == 1 and b"alibaba-group" in answers[0]
    assert cli.exit_code == 0 and str(KGR["alibaba-group"]) in cli.output
    # and from another process, holding its own shared lock
    out = subprocess.run([sys.executable, "-m", "kg", "query", QWEN_DEVELOPER, "-f", "csv",
                          "--store", str(query_store.path)],
                         check=False, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and str(KGR["alibaba-group"]) in out.stdout


def test_serve_opens_the_store_per_request(query_store: Store, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    shutil.copytree(query_store.path, store.path)
    ask = "ASK { GRAPH <urn:late> { kgr:qwen rdfs:comment \"late\" } }"
    for running in serving(store):
        assert json.loads(get(running, ask)[2])["boolean"] is False
        # a write while the server runs: it waits for no reader and is seen next request
        LocalTarget(store).update('INSERT DATA { GRAPH <urn:late> { kgr:qwen rdfs:comment "late" } }')
        assert json.loads(get(running, ask)[2])["boolean"] is True


def test_serve_negotiate() -> None:
    offers = {"application/sparql-results+json": 1, "text/csv": 2}
    assert negotiate(None, offers) == "application/sparql-results+json"
    assert negotiate("text/*", offers) == "text/csv"
    assert negotiate("text/csv;q=0.1, application/*;q=0.5", offers) == \
        "application/sparql-results+json"
    assert negotiate("image/png", offers) == "application/sparql-results+json"
