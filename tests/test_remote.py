"""kg push and kg query --endpoint against a real Oxigraph server."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from conftest_remote import free_port, remote_quads
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError, RemoteError
from kg.query import LocalTarget, RemoteTarget, bind_named, load_library, named_query
from kg.rdf.remote import Endpoint, credentials, push, redact, sibling_url
from kg.rdf.store import Store

pytest_plugins = ["conftest_remote"]

runner = CliRunner()
A003 = "003_f293324dbb63daf1"
SECRET = "s3cr3t-Pa55"
PARAMS = {"article": ["--param", f"article={A003}"]}


def local_quads(store: Store) -> int:
    with store.read() as dataset:
        return len(dataset.store._inner)


@pytest.fixture(scope="module")
def pushed(query_store: Store, oxigraph_server: str) -> str:
    result = runner.invoke(app, ["push", "--endpoint", oxigraph_server,
                                 "--store", str(query_store.path)])
    assert result.exit_code == 0, result.output
    assert "(N-Quads)" in result.output  # Oxigraph's /store takes N-Quads: no request per graph
    return oxigraph_server


def test_remote_push_copies_every_quad(query_store: Store, pushed: str) -> None:
    assert remote_quads(pushed) == local_quads(query_store)


def test_remote_push_again_replaces_instead_of_duplicating(query_store: Store,
                                                           pushed: str) -> None:
    report = push(query_store, Endpoint(pushed), protocol="gsp")
    assert report.protocol == "graph store protocol"
    assert report.triples == local_quads(query_store)
    assert remote_quads(pushed) == local_quads(query_store)


def test_remote_push_by_update_in_chunks(query_store: Store, pushed: str) -> None:
    report = push(query_store, Endpoint(pushed), protocol="update", chunk_size=500)
    assert report.protocol == "SPARQL Update"
    assert remote_quads(pushed) == local_quads(query_store)


def test_remote_push_falls_back_to_update_without_gsp(query_store: Store, pushed: str) -> None:
    base = pushed.rsplit("/", 1)[0]
    endpoint = Endpoint(pushed, gsp_url=f"{base}/no-graph-store-here")
    report = push(query_store, endpoint,
                  graphs=[f"https://w3id.org/finkg/resource/article/{A003}"])
    assert report.protocol == "SPARQL Update" and report.graphs == 1
    assert remote_quads(pushed) == local_quads(query_store)


def test_remote_push_unknown_graph(query_store: Store, pushed: str) -> None:
    with pytest.raises(RemoteError, match="no graph urn:nothing"):
        push(query_store, Endpoint(pushed), graphs=["urn:nothing"])


def _json(args: list[str]) -> object:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, (args, result.output, result.exception)
    return json.loads(result.output)


@pytest.mark.parametrize("name", sorted(load_library()))
def test_remote_every_named_query_answers_as_locally(query_store: Store, pushed: str,
                                                     name: str) -> None:
    args = ["query", name, *PARAMS.get(name, [])]
    local = _json([*args, "--store", str(query_store.path)])
    remote = _json([*args, "--endpoint", pushed])
    assert remote == local
    assert local["results"]["bindings"]  # every query answers something on the seeds


def test_remote_evil_parameter_leaves_the_store_unchanged(pushed: str) -> None:
    before = remote_quads(pushed)
    target = RemoteTarget(Endpoint(pushed))
    with pytest.raises(QueryError, match="no entity named"):
        bind_named(target, named_query("figures"), {"entity": 'x" } ; DROP ALL ; #'})
    result = runner.invoke(app, ["query", "figures", "-p", 'entity=x" } ; DROP ALL ; #',
                                 "--endpoint", pushed, "--allow-update", "-f", "csv"])
    assert isinstance(result.exception, QueryError)
    assert remote_quads(pushed) == before


def test_remote_update_refused_then_allowed(pushed: str) -> None:
    before = remote_quads(pushed)
    insert = 'INSERT DATA { GRAPH <urn:test> { kgr:qwen rdfs:comment "x" } }'
    refused = runner.invoke(app, ["query", insert, "--endpoint", pushed])
    assert refused.exception is not None and refused.exception.exit_code == 2  # type: ignore[attr-defined]
    assert remote_quads(pushed) == before
    assert runner.invoke(app, ["query", insert, "--endpoint", pushed,
                               "--allow-update"]).exit_code == 0
    assert remote_quads(pushed) == before + 1
    runner.invoke(app, ["query", "DROP GRAPH <urn:test>", "--endpoint", pushed, "--allow-update"])
    assert remote_quads(pushed) == before


def test_remote_ask_and_construct(pushed: str) -> None:
    ask = runner.invoke(app, ["query", "ASK { GRAPH ?g { kgr:qwen fin:competitorOf kgr:llama } }",
                              "--endpoint", pushed])
    assert (ask.exit_code, ask.output.strip()) == (0, "true")
    construct = runner.invoke(app, ["query", "CONSTRUCT { kgr:qwen a ?t } WHERE { GRAPH ?g { kgr:qwen a ?t } }",
                                    "--endpoint", pushed])
    assert "kgr:qwen a fin:AIModel" in construct.output


def test_remote_syntax_error_has_position(pushed: str) -> None:
    result = runner.invoke(app, ["query", "SELECT * WHERE {\n ?s ?p }", "--endpoint", pushed])
    assert "line 2, column" in str(result.exception)


def test_remote_unreachable_endpoint_names_the_url() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = runner.invoke(app, ["query", "ASK {}", "--endpoint", url, "--timeout", "5"])
    assert isinstance(result.exception, RemoteError)
    assert str(result.exception).startswith(f"{url}: unreachable")


def test_remote_http_error_names_url_and_status(pushed: str) -> None:
    url = pushed.rsplit("/", 1)[0] + "/nowhere"
    with pytest.raises(RemoteError, match=rf"^{url}: HTTP 404"):
        RemoteTarget(Endpoint(url)).run("ASK {}")


# --- credentials -----------------------------------------------------------------------------

class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _reply(self) -> None:
        self.seen.append(self.headers.get("Authorization", ""))
        if self.path.startswith("/slow"):
            time.sleep(2)
        body = b"access denied"
        try:
            self.send_response(401)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up waiting
            pass

    do_GET = do_POST = do_PUT = _reply


@pytest.fixture
def recorder() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_remote_basic_auth_from_env_never_shown(recorder: str, query_store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINKG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("FINKG_ENDPOINT_PASSWORD", SECRET)
    expected = "Basic " + base64.b64encode(f"alice:{SECRET}".encode()).decode()
    for args in (["query", "ASK {}", "--endpoint", f"{recorder}/query"],
                 ["push", "--endpoint", f"{recorder}/query", "--store", str(query_store.path)]):
        result = runner.invoke(app, args)
        assert isinstance(result.exception, RemoteError)
        message = str(result.exception)
        assert "HTTP 401" in message and recorder in message
        assert SECRET not in message and SECRET not in result.output
        assert "alice" not in message
    assert _Recorder.seen and set(_Recorder.seen) == {expected}


def test_remote_credentials_from_netrc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINKG_ENDPOINT_USER", raising=False)
    netrc = tmp_path / ".netrc"
    netrc.write_text(f"machine sparql.example.org login bob password {SECRET}\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert credentials("https://sparql.example.org/query") == ("bob", SECRET)
    assert credentials("https://other.example.org/query") is None


def test_remote_credentials_in_url_refused_and_hidden() -> None:
    with pytest.raises(RemoteError) as err:
        Endpoint(f"http://alice:{SECRET}@127.0.0.1:1/query")
    assert SECRET not in str(err.value) and "alice" not in str(err.value)
    assert redact(f"https://a:{SECRET}@h:8/q?x=1") == "https://h:8/q?x=1"


def test_remote_timeout(recorder: str) -> None:
    with pytest.raises(RemoteError, match="no answer in time"):
        RemoteTarget(Endpoint(f"{recorder}/slow", timeout=0.5)).run("ASK {}")


def test_remote_sibling_urls() -> None:
    assert sibling_url("http://h:7878/query", "store") == "http://h:7878/store"
    assert sibling_url("http://h/ds/sparql", "update") == "http://h/ds/update"
    assert sibling_url("http://h/ds", "store") == "http://h/ds/store"


def test_remote_local_target_sees_same_quads(query_store: Store, pushed: str) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    local = LocalTarget(query_store).run(text).records()
    remote = RemoteTarget(Endpoint(pushed)).run(text).records()
    assert local == remote
