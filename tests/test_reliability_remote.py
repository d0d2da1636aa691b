"""Remote faults: endpoints that are down, slow, failing, talking garbage or
cutting the connection; bounded retries with backoff; and a push repeated
after a fault leaving the remote store equal to the local one (a real
Oxigraph server, killed and restarted on the same data and port).

Every server here listens on 127.0.0.1, answers a bounded number of
requests, and is stopped by its fixture.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import MainResult, run_kg
from conftest_remote import free_port, wait_for

from kg.errors import RemoteError
from kg.query import RemoteTarget
from kg.rdf.remote import Endpoint, push
from kg.rdf.store import Store

pytest_plugins = ["conftest_remote"]

A003 = "https://w3id.org/finkg/resource/article/003_f293324dbb63daf1"
ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
MAX_REQUESTS = 50  # no fault server answers more than this


# --- a fault-injecting HTTP server, optionally in front of a real store ------------------------

@dataclass
class Seen:
    method: str
    path: str
    at: float
    body: bytes = b""


@dataclass
class Faults:
    """What the next requests get: a status, "drop", "slow", "garbage", or None (forward/200)."""

    plan: list[object] = field(default_factory=list)
    always: object = None  # once the plan is used up
    upstream: str | None = None  # http://host:port of a real store to forward to
    seen: list[Seen] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def next(self) -> object:
        return self.plan.pop(0) if self.plan else self.always


class FaultHandler(BaseHTTPRequestHandler):
    server: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _handle(self) -> None:
        faults = self.server.faults
        length = int(self.headers.get("Content-Length") or 0)
        fault = faults.next()
        if len(faults.seen) >= MAX_REQUESTS:
            fault = 503
        if fault == "drop":  # read part of the body, then hang up without a word
            self.rfile.read(min(length, max(1, length // 3)))
            faults.seen.append(Seen(self.command, self.path, time.monotonic()))
            self.close_connection = True
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST on close
            self.connection.close()
            return
        body = self.rfile.read(length)
        faults.seen.append(Seen(self.command, self.path, time.monotonic(), body))
        if fault == "slow":
            faults.stop.wait(10)  # far longer than any --timeout below; woken at teardown
            fault = 503
        if fault == "garbage":
            self._reply(200, b"<html><body>Welcome to nginx!</body></html>", "text/html")
        elif fault == "truncated":
            self._reply(200, b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"ur',
                        "application/sparql-results+json")
        elif fault == "not-http":
            self.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
            self.close_connection = True
        elif isinstance(fault, int):
            self._reply(fault, f"fault {fault} injected".encode(), "text/plain")
        elif faults.upstream is not None:
            self._forward(body)
        else:
            self._reply(204, b"", "text/plain")

    def _reply(self, status: int, body: bytes, media: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass

    def _forward(self, body: bytes) -> None:
        upstream = self.server.faults.upstream
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(f"{upstream}{self.path}", data=body or None,
                                         method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                status, media, answer = (response.status, response.headers["Content-Type"] or "",
                                         response.read())
        except urllib.error.HTTPError as err:
            status, media, answer = err.code, err.headers["Content-Type"] or "", err.read()
        self._reply(status, answer, media)

    do_GET = do_POST = do_PUT = do_DELETE = _handle


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        super().__init__(("127.0.0.1", 0), FaultHandler)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up is expected here

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def fault_server() -> Iterator[Callable[..., FaultServer]]:
    started: list[FaultServer] = []

    def start(**kwargs: object) -> FaultServer:
        server = FaultServer(Faults(**kwargs))  # type: ignore[arg-type]
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.faults.stop.set()
        server.shutdown()
        server.server_close()


# --- a real Oxigraph server that can be killed and restarted -----------------------------------

class Oxigraph:
    """``oxigraph serve`` on a fixed data folder and port."""

    def __init__(self, command: str, data: Path) -> None:
        self.command, self.data, self.port = command, data, free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/query"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.command, "serve", "--location", str(self.data), "--bind",
             f"127.0.0.1:{self.port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(f"{self.url}?query=ASK%7B%7D", seconds=15)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def quads(self) -> set[ox.Quad]:
        """Every quad in the named graphs, read back with a SPARQL SELECT."""
        query = urllib.parse.urlencode({"query": ALL_QUADS})
        request = urllib.request.Request(f"{self.url}?{query}",
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            rows = ox.parse_query_results(response.read(),
                                          format=ox.QueryResultsFormat.JSON)
        return {ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows}  # type: ignore[arg-type]


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[Oxigraph]:
    found = Path(sys.executable).parent / "oxigraph"
    binary = str(found) if found.exists() else shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph CLI is not installed")
    server = Oxigraph(binary, tmp_path / "oxigraph")
    server.start()
    yield server
    server.kill()


def local_quads(store: Store) -> set[ox.Quad]:
    with store.read() as dataset:
        return set(dataset.store._inner.quads_for_pattern(None, None, None, None))


def graph_body(quads: set[ox.Quad], graph: str) -> bytes:
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads
               if q.graph_name == ox.NamedNode(graph)]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


# --- one-line errors ----------------------------------------------------------------------------

def one_error_line(result: MainResult) -> str:
    assert result.returncode == 1, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("fault,reason,command", [
    ("down", "unreachable (Connection refused) (gave up after 3 attempts)", "query"),
    ("down", "unreachable (Connection refused) (gave up after 3 attempts)", "push"),
    ("slow", "no answer in time", "query"),
    ("slow", "no answer in time", "push"),
    (500, "HTTP 500 Internal Server Error: fault 500 injected (gave up after 3 attempts)",
     "query"),
    (500, "HTTP 500 Internal Server Error: fault 500 injected (gave up after 3 attempts)",
     "push"),
    ("garbage", "answered with something that is not SPARQL JSON results", "query"),
    ("garbage", "answered with something that is not N-Triples", "construct"),
    ("truncated", "answered with something that is not SPARQL JSON results", "query"),
    ("not-http", "(gave up after 3 attempts)", "query"),
    ("drop", "(gave up after 3 attempts)", "push"),
])
def test_remote_fault_is_one_line_naming_the_url(
        fault: object, reason: str, command: str, fault_server: Callable[..., FaultServer],
        query_store: Store, kg_main: Callable[..., MainResult],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINKG_ENDPOINT_BACKOFF", "0.05")
    if fault == "down":
        base = f"http://127.0.0.1:{free_port()}"
        seen: list[Seen] | None = None
    else:
        server = fault_server(always=fault)
        base, seen = server.base, server.faults.seen
    url = f"{base}/query"
    args = {"query": ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-f", "json"],
            "construct": ["query", "CONSTRUCT WHERE { ?s ?p ?o }"],
            "push": ["push", "--store", str(query_store.path), "--graph", A003,
                     "--protocol", "gsp"]}[command]
    began = time.monotonic()
    result = kg_main(*args, "--endpoint", url, "--timeout", "1")
    elapsed = time.monotonic() - began
    line = one_error_line(result)
    named = f"{base}/store?graph=" if command == "push" else url
    assert line.startswith(f"Error: {named}"), line
    assert reason in line, line
    if command == "push":
        assert line.endswith("0 of 1 graph(s) pushed before the failure (push again to finish)")
    assert elapsed < 1 + 0.5, elapsed  # within the timeout, retries included
    if seen is not None and fault in (500, "not-http", "drop"):
        assert len(seen) == 3  # retried: the fault is on the server's side
    if seen is not None and fault in ("garbage", "truncated"):
        assert len(seen) == 1  # an answer came: repeating it would not help


def test_remote_fault_in_a_real_process_prints_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    done = run_kg("query", "ASK {}", "--endpoint", url, "--timeout", "2", cwd=tmp_path,
                  env={"FINKG_ENDPOINT_BACKOFF": "0.01"})
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"Error: {url}: unreachable (Connection refused) "
                           "(gave up after 3 attempts)\n")


# --- retries ------------------------------------------------------------------------------------

def test_remote_push_retried_after_two_failures_gets_the_data_in(
        fault_server: Callable[..., FaultServer], oxigraph: Oxigraph, query_store: Store) -> None:
    proxy = fault_server(plan=[503, "drop"], upstream=oxigraph.base)
    report = push(query_store, Endpoint(f"{proxy.base}/query", backoff=0.1), protocol="gsp")
    assert report.protocol == "graph store protocol"
    assert oxigraph.quads() == local_quads(query_store)
    puts = [s for s in proxy.faults.seen if s.method == "PUT"]
    first = puts[0].path
    assert [s.path for s in puts[:3]] == [first] * 3  # the same graph, three times
    gaps = [b.at - a.at for a, b in pairwise(puts[:3])]
    assert gaps[0] >= 0.1 and gaps[1] >= 0.2, gaps  # exponential backoff
    assert len(puts) == report.graphs + 2


def test_remote_push_by_update_retried(fault_server: Callable[..., FaultServer],
                                       oxigraph: Oxigraph, query_store: Store) -> None:
    # the remote holds stale copies first, so DROP + INSERT really has to replace them
    stale = {q for q in local_quads(query_store) if hash(q) % 3}
    for graph in {q.graph_name.value for q in stale}:  # type: ignore[union-attr]
        Endpoint(oxigraph.url).put_graph(graph, graph_body(stale, graph))
    proxy = fault_server(plan=[None, 500, "drop", None, 502], upstream=oxigraph.base)
    # about 20 chunks whatever the catalogue's size: several requests, well under MAX_REQUESTS
    chunk = max(1, len(local_quads(query_store)) // 20)
    report = push(query_store, Endpoint(f"{proxy.base}/query", backoff=0.02), protocol="update",
                  chunk_size=chunk)
    assert report.protocol == "SPARQL Update"
    assert oxigraph.quads() == local_quads(query_store)
    assert sum(1 for s in proxy.faults.seen if s.method == "POST") > 5


def test_remote_query_retried(fault_server: Callable[..., FaultServer],
                              oxigraph: Oxigraph) -> None:
    proxy = fault_server(plan=[500, "not-http"], upstream=oxigraph.base)
    result = RemoteTarget(Endpoint(f"{proxy.base}/query", backoff=0.02)).run("ASK {}")
    assert result.boolean is True and len(proxy.faults.seen) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 409, 413])
def test_remote_4xx_is_not_retried(status: int, fault_server: Callable[..., FaultServer],
                                   query_store: Store) -> None:
    server = fault_server(always=status)
    endpoint = Endpoint(f"{server.base}/query", backoff=0.01)
    with pytest.raises(RemoteError, match=rf"HTTP {status} .*fault {status} injected"):
        push(query_store, endpoint, graphs=[A003], protocol="gsp")
    with pytest.raises(RemoteError, match=f"HTTP {status}"):
        RemoteTarget(endpoint).run("ASK {}")
    with pytest.raises(RemoteError, match=f"HTTP {status}"):
        push(query_store, endpoint, graphs=[A003], protocol="update")
    assert [s.method for s in server.faults.seen] == ["PUT", "POST", "POST"]


def test_remote_retries_are_bounded_and_configurable(
        fault_server: Callable[..., FaultServer], query_store: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    server = fault_server(always=503)
    with pytest.raises(RemoteError, match="gave up after 3 attempts"):
        push(query_store, Endpoint(f"{server.base}/query", backoff=0.01), graphs=[A003])
    assert len(server.faults.seen) == 3
    monkeypatch.setenv("FINKG_ENDPOINT_RETRIES", "5")
    with pytest.raises(RemoteError, match="gave up after 5 attempts"):
        RemoteTarget(Endpoint(f"{server.base}/query", backoff=0.01)).run("ASK {}")
    assert len(server.faults.seen) == 3 + 5
    monkeypatch.setenv("FINKG_ENDPOINT_RETRIES", "1")
    with pytest.raises(RemoteError) as err:
        RemoteTarget(Endpoint(f"{server.base}/query")).run("ASK {}")
    assert len(server.faults.seen) == 3 + 5 + 1 and "attempts" not in str(err.value)


def test_remote_user_update_is_sent_once(fault_server: Callable[..., FaultServer],
                                         kg_main: Callable[..., MainResult],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # An INSERT with a blank node is not idempotent: a repeat could add it twice.
    server = fault_server(always=503)
    monkeypatch.setenv("FINKG_ENDPOINT_BACKOFF", "0.01")
    result = kg_main("query", 'INSERT DATA { GRAPH <urn:x> { [] rdfs:label "x" } }',
                     "--allow-update", "--endpoint", f"{server.base}/query")
    line = one_error_line(result)
    assert line.startswith(f"Error: {server.base}/update: HTTP 503") and "attempts" not in line
    assert len(server.faults.seen) == 1


def test_remote_retries_stay_within_the_timeout(fault_server: Callable[..., FaultServer],
                                                query_store: Store) -> None:
    server = fault_server(always=503)
    began = time.monotonic()
    with pytest.raises(RemoteError, match="gave up after 2 attempts"):
        push(query_store, Endpoint(f"{server.base}/query", timeout=1.5, backoff=1.0),
             graphs=[A003])
    assert time.monotonic() - began < 1.5
    assert len(server.faults.seen) == 2  # the third attempt would have started after 3 s


# --- pushing again after a fault ----------------------------------------------------------------

@pytest.mark.parametrize("protocol,chunk_size", [("gsp", 5000), ("update", 500)])
def test_remote_push_again_after_the_server_died_mid_push(
        protocol: str, chunk_size: int, oxigraph: Oxigraph, query_store: Store) -> None:
    local = local_quads(query_store)
    graphs = sorted({q.graph_name.value for q in local})  # type: ignore[union-attr]
    assert len(graphs) == 4  # two articles, the catalogue, the entity graph
    # The remote holds an older version of every graph: some triples missing, others extra.
    stale = {q for q in local if hash(q) % 4} | {
        ox.Quad(ox.NamedNode("urn:stale"), ox.NamedNode("urn:p"), ox.Literal(f"old {i}"),
                ox.NamedNode(g)) for i, g in enumerate(graphs)}
    for graph in graphs:
        Endpoint(oxigraph.url).put_graph(graph, graph_body(stale, graph))
    assert oxigraph.quads() == stale

    calls = []

    def kill_after_first_write(count: int) -> None:
        calls.append(count)
        if len(calls) == 1:
            oxigraph.kill()  # the next request finds nobody listening

    began = time.monotonic()
    with pytest.raises(RemoteError) as err:
        push(query_store, Endpoint(oxigraph.url, backoff=0.05, timeout=5), protocol=protocol,
             chunk_size=chunk_size, progress=kill_after_first_write)
    assert time.monotonic() - began < 5
    message = str(err.value)
    assert message.startswith(oxigraph.base) and "unreachable" in message
    assert "of 4 graph(s) pushed before the failure (push again to finish)" in message

    oxigraph.start()  # same data folder, same port
    half = oxigraph.quads()
    assert half != local and half != stale  # the fault left the remote half-updated
    report = push(query_store, Endpoint(oxigraph.url), protocol=protocol, chunk_size=chunk_size)
    assert report.graphs == 4
    assert oxigraph.quads() == local


def test_remote_dump_reads_every_quad(oxigraph: Oxigraph, query_store: Store) -> None:
    # the comparison above is only as good as the dump: an empty or partial dump must not pass
    assert oxigraph.quads() == set()
    push(query_store, Endpoint(oxigraph.url), graphs=[A003])
    dumped = oxigraph.quads()
    assert dumped and dumped == {q for q in local_quads(query_store)
                                 if q.graph_name == ox.NamedNode(A003)}
