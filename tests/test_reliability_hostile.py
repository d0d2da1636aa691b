"""Hostile content and queries: parameter values that try to change a
named query (locally and on a real Oxigraph server), updates dressed up
as queries, article text that tries to run script in the graph page,
`kg serve` asked to write or to call out, and credentials that must never
be shown, whatever goes wrong.

What test_query.py, test_remote.py, test_serve.py and test_viz.py cover
already (one evil value, four update forms, three refused POSTs, the page
in Chromium) is not repeated; this file widens each.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import networkx as nx
import pyoxigraph as ox
import pytest
from conftest import MainResult, kg_argv, kg_environ
from conftest_remote import free_port
from typer.testing import CliRunner

import kg.query
from kg.build import build
from kg.cli import app
from kg.nlp.extract import Extractor
from kg.query import UpdateRefused, query_form
from kg.rdf.remote import Endpoint, push
from kg.rdf.store import Store
from kg.serve import make_server
from kg.views.network import entity_graph
from kg.views.render import html_page, page_data

pytest_plugins = ["conftest_remote"]

runner = CliRunner()
FIN = "https://w3id.org/finkg/ontology#"

# Values that would end a string, a group, an IRI or the query, add a comment
# or an update, if they were pasted into the query text.
HOSTILE = [
    'x" } ; DROP ALL ; #',
    "x' } ; DROP ALL ; #",
    '"""} DROP ALL #',
    "'''",
    "}} ; DROP ALL",
    "a\nb } DROP ALL\n# c",
    "a\r} ; CLEAR ALL #",
    "# only a comment",
    "\\u0022 } ; DROP ALL ; #",  # a SPARQL escape, written out: must stay these characters
    "\\U00000022) } ; DROP ALL",
    "\\",
    'x"@en',
    'x"^^<http://www.w3.org/2001/XMLSchema#integer>',
    "?v } UNION { ?s ?p ?v",
    "<https://w3id.org/finkg/resource/qwen> } ; DROP ALL ; <urn:x>",
    "Qwen\u2028\u2029\ufeff ⟨é⟩ 📈",
]
# Values for an IRI parameter; each is refused, or bound as exactly the IRI it names.
HOSTILE_IRIS = [
    "<http://x/a> } ; DROP ALL ; <http://y/>",
    "<http://x/a>b>",
    "http://x/a>} ; DROP ALL ; #",
    "fin:a>b",
    "fin:a } ; DROP ALL",
    "<http://x/\\u003e>",
    "http://x/a\"b",
    "http://x/a{b}",
    "http://x/a b",
    "urn:x\n} ; DROP ALL",
]
UPDATES = [
    "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }",
    "insert data { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
    "WITH <urn:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/x.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:x>",
    "CLEAR ALL",
    "clear default",
    "DROP ALL",
    "DROP SILENT GRAPH <https://w3id.org/finkg/resource/graph/catalogue>",
    "CREATE GRAPH <urn:x>",
    "ADD DEFAULT TO <urn:x>",
    "MOVE <https://w3id.org/finkg/resource/graph/catalogue> TO <urn:x>",
    "COPY <https://w3id.org/finkg/resource/graph/catalogue> TO <urn:x>",
    "# SELECT * WHERE { ?s ?p ?o }\nDROP ALL",
    "PREFIX ex: <http://example.org/>\nBASE <http://b/>\n# a comment { }\nDROP ALL",
    "PREFIX select: <http://a/> PREFIX : <http://b/> CLEAR ALL",
    "BASE<http://a/>PREFIX x:<http://b/>DROP ALL",
    "# a comment ended by a carriage return\rDROP ALL",
    "\ufeffDROP ALL",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; DROP ALL",
]
# Not updates to finkg, and not queries either: refused as malformed, nothing written.
NOT_QUERIES = ["SELECT * WHERE { } ; DROP ALL", "\\u0044ROP ALL", "ASK {} DROP ALL",
               "SELECT * WHERE { ?s ?p ?o } #\n} ; DROP ALL"]


def digest(quads: set[ox.Quad]) -> str:
    return hashlib.sha256("\n".join(sorted(map(str, quads))).encode()).hexdigest()


def local_digest(store: Store) -> str:
    with store.snapshot() as snapshot:
        return digest(set(snapshot.quads()))


def remote_digest(endpoint: str) -> str:
    query = urllib.parse.urlencode({"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"})
    request = urllib.request.Request(f"{endpoint}?{query}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        rows = ox.parse_query_results(response.read(), format=ox.QueryResultsFormat.JSON)
        quads = {ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows}  # type: ignore[arg-type]
    assert len(quads) > 4000  # the seed graph is there: an empty dump would prove nothing
    return digest(quads)


@pytest.fixture
def writable(query_store: Store, tmp_path: Path) -> Store:
    import shutil

    copy = Store(tmp_path / "store")
    shutil.copytree(query_store.path, copy.path)
    return copy


@pytest.fixture(scope="module")
def seed_digest(query_store: Store) -> str:
    """The digest of the seed store's quads, read once: what each fresh
    :func:`writable` copy holds before a test, and must still hold after it."""
    return local_digest(query_store)


@pytest.fixture(scope="module")
def remote(query_store: Store, oxigraph_server: str) -> str:
    push(query_store, Endpoint(oxigraph_server))
    return oxigraph_server


@pytest.fixture
def echo_queries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A query library whose queries answer their parameter's value, as bound."""
    folder = tmp_path / "queries"
    folder.mkdir()
    for kind in ("literal", "iri", "entity"):
        (folder / f"echo-{kind}.rq").write_text(
            f"# title: Echo a {kind}\n# description: test\n# param: v  ({kind}) — the value\n"
            "SELECT ?v ?same WHERE {\n  # the value used in a pattern and in a filter too\n"
            "  OPTIONAL { GRAPH ?g { ?v ?p ?o } }\n  BIND(?v = ?v AS ?same)\n} LIMIT 1\n",
            encoding="utf-8")
    monkeypatch.setenv("FINKG_QUERIES", str(folder))
    return folder


def where(store: Store | None, endpoint: str | None) -> list[str]:
    return ["--endpoint", endpoint] if endpoint else ["--store", str(store.path)]  # type: ignore[union-attr]


# --- parameters cannot change a named query -----------------------------------------------------

@pytest.mark.parametrize("on", ["local", "remote"])
def test_hostile_literal_parameter_is_bound_as_itself(on: str, echo_queries: Path,
                                                      writable: Store, seed_digest: str,
                                                      remote: str) -> None:
    endpoint = remote if on == "remote" else None
    before = remote_digest(remote) if endpoint else seed_digest
    for value in HOSTILE:
        result = runner.invoke(app, ["query", "echo-literal", "-p", f"v={value}", "-f", "json",
                                     "--allow-update", *where(writable, endpoint)])
        assert result.exit_code == 0, (value, result.output, result.exception)
        rows = json.loads(result.output)["results"]["bindings"]
        assert len(rows) == 1 and rows[0]["v"]["value"] == value, (value, rows)
        assert rows[0]["same"]["value"] == "true"
    assert (remote_digest(remote) if endpoint else local_digest(writable)) == before


@pytest.mark.parametrize("on", ["local", "remote"])
def test_hostile_iri_parameter_is_refused_or_bound_exactly(on: str, echo_queries: Path,
                                                           writable: Store, seed_digest: str,
                                                           remote: str) -> None:
    endpoint = remote if on == "remote" else None
    before = remote_digest(remote) if endpoint else seed_digest
    for value in [*HOSTILE_IRIS, "http://x/a'b#frag", "urn:a:b", "Company"]:
        result = runner.invoke(app, ["query", "echo-iri", "-p", f"v={value}", "-f", "json",
                                     "--allow-update", *where(writable, endpoint)])
        if value in HOSTILE_IRIS:
            assert result.exit_code == 1, (value, result.output)
            assert "IRI" in str(result.exception), (value, result.exception)
        else:
            assert result.exit_code == 0, (value, result.output, result.exception)
            rows = json.loads(result.output)["results"]["bindings"]
            expected = FIN + value if value == "Company" else value
            assert rows == [{"v": {"type": "uri", "value": expected},
                             "same": rows[0]["same"]}], (value, rows)
    assert (remote_digest(remote) if endpoint else local_digest(writable)) == before


@pytest.mark.parametrize("on", ["local", "remote"])
def test_hostile_entity_parameter_finds_nothing(on: str, echo_queries: Path, writable: Store,
                                                seed_digest: str, remote: str) -> None:
    endpoint = remote if on == "remote" else None
    before = remote_digest(remote) if endpoint else seed_digest
    for value in [*HOSTILE, *HOSTILE_IRIS]:
        if value.strip() in ("\\",) or value.startswith("<https://w3id.org/finkg/resource/qwen>"):
            continue
        result = runner.invoke(app, ["query", "echo-entity", "-p", f"v={value}",
                                     "--allow-update", *where(writable, endpoint)])
        assert result.exit_code == 1, (value, result.output)
        assert ("no entity named" in str(result.exception)
                or "IRI" in str(result.exception)), (value, result.exception)
    found = runner.invoke(app, ["query", "echo-entity", "-p", "v=qwen", "-f", "csv",
                                *where(writable, endpoint)])
    assert found.exit_code == 0 and "resource/qwen" in found.output  # the query does work
    assert (remote_digest(remote) if endpoint else local_digest(writable)) == before


def test_hostile_parameter_name_is_refused(echo_queries: Path, writable: Store) -> None:
    for name in ["v } ; DROP ALL #", "v\n}", "?v", "w"]:
        result = runner.invoke(app, ["query", "echo-literal", "-p", f"{name}=1",
                                     "--store", str(writable.path)])
        assert result.exit_code == 1 and "has no parameter" in str(result.exception), name


# --- updates are refused unless allowed ---------------------------------------------------------

def refused(result: object) -> bool:
    """The command stopped with UpdateRefused: exit code 2 at the CLI, naming --allow-update."""
    error = getattr(result, "exception", None)
    return (isinstance(error, UpdateRefused) and error.exit_code == 2
            and "--allow-update" in str(error))


@pytest.mark.parametrize("text", UPDATES)
def test_hostile_update_is_refused_locally(text: str, writable: Store, seed_digest: str) -> None:
    before = seed_digest
    result = runner.invoke(app, ["query", text, "--store", str(writable.path)])
    assert refused(result), result.exception
    assert query_form(text) == "UPDATE"
    assert local_digest(writable) == before


def test_hostile_update_is_refused_remotely(remote: str) -> None:
    before = remote_digest(remote)
    for text in UPDATES:
        result = runner.invoke(app, ["query", text, "--endpoint", remote])
        assert refused(result), (text, result.exception)
    for text in NOT_QUERIES:
        result = runner.invoke(app, ["query", text, "--endpoint", remote])
        assert result.exit_code == 1 and "malformed SPARQL" in str(result.exception), text
    assert remote_digest(remote) == before


@pytest.mark.parametrize("text", NOT_QUERIES)
def test_hostile_update_behind_a_query_is_not_run(text: str, writable: Store,
                                                  seed_digest: str) -> None:
    before = seed_digest
    result = runner.invoke(app, ["query", text, "--store", str(writable.path)])
    assert result.exit_code == 1 and "malformed SPARQL" in str(result.exception), result.exception
    assert local_digest(writable) == before


def test_hostile_words_in_comments_do_not_turn_a_query_into_an_update(remote: str,
                                                                       query_store: Store) -> None:
    # SPARQLWrapper takes the first of INSERT, DROP, ADD, … found anywhere in the text as the
    # query's form (here "drop" and "add" in the second comment line) and would send an update.
    text = ("# Count what is there.\n# We drop nothing and add nothing: a plain count.\n"
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    local = runner.invoke(app, ["query", text, "-f", "json", "--store", str(query_store.path)])
    remote_answer = runner.invoke(app, ["query", text, "-f", "json", "--endpoint", remote])
    assert remote_answer.exit_code == 0, remote_answer.exception
    assert json.loads(remote_answer.output) == json.loads(local.output)


# --- the graph page shows article text as text ---------------------------------------------------

ATTACKS = [
    "</script><script>document.title='PWNED'</script>",
    "<img src=x onerror=\"document.title='PWNED'\">",
    "<svg onload=alert(1)><a href=\"javascript:alert(2)\">x</a></svg>",
    "<!-- <script>",
    "]]><style>*{display:none}</style>",
    "\"'><body onload=alert(3)>",
    "</title></head><iframe srcdoc='<script>alert(4)</script>'>",
    "&lt;script&gt;alert(5)&lt;/script&gt;",
    "\u2028\u2029",
]


class Elements(HTMLParser):
    """Every element's tag and attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, tuple(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, tuple(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def elements(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory: pytest.TempPathFactory,
                  extractor: Extractor) -> nx.MultiDiGraph:
    folder = tmp_path_factory.mktemp("hostile")
    attack = " ".join(ATTACKS)
    record = {
        "id": "evil", "url": "javascript:alert('url')", "published": "2025-01-02",
        "title": f"Alibaba Aktie {attack} steigt",
        "text": (f"Alibaba Cloud ist die Cloud-Sparte von Alibaba. {attack} Das "
                 "Cloud-Geschäft wächst weiter.\nDie Alibaba Group entwickelt Qwen. "
                 f"{attack}\n"),
    }
    (folder / "evil.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    store = Store(folder / "store")
    assert build([folder / "evil.jsonl"], store, extractor=extractor).ok
    with store.snapshot() as dataset:
        return entity_graph(dataset)


def test_hostile_article_text_reaches_the_page_only_as_data(hostile_graph: nx.MultiDiGraph
                                                             ) -> None:
    title = f"evil {ATTACKS[0]} \u2028\u2029"  # line separators: the build turns them to spaces
    page = html_page(hostile_graph, title=title)
    data = page_data(hostile_graph, title=title)
    dumped = json.dumps(data, ensure_ascii=False)
    for attack in ATTACKS[:-1]:  # the attack really is in what the page shows
        assert attack.replace('"', '\\"') in dumped, attack
    assert "\u2028\u2029" in data["title"]
    found = elements(page)
    # The same elements, with the same attributes, as the page of an empty graph: nothing
    # in the markup comes from the data, only the title's text differs.
    empty = elements(html_page(nx.MultiDiGraph(articles={}), title=title))
    assert found.elements == empty.elements
    tags = [tag for tag, _ in found.elements]
    assert [tags.count(t) for t in ("script", "style", "svg")] == [2, 1, 1]  # the template's
    assert not {"img", "iframe", "a", "body onload"} & set(tags)
    assert not [name for _, attrs in found.elements for name, _ in attrs
                if name.lower().startswith("on") or name.lower() == "srcdoc"]
    # The data travels in the JSON script and comes back whole.
    kinds = {dict(attrs).get("type"): text for (tag, attrs), text in
             zip([e for e in found.elements if e[0] == "script"], found.scripts)}
    assert json.loads(kinds["application/json"]) == json.loads(json.dumps(data))
    # no raw line separator inside a script, where older JavaScript would end a string there
    assert not [text for text in found.scripts if "\u2028" in text or "\u2029" in text]


def test_hostile_page_script_puts_data_in_as_text_only() -> None:
    script = (Path(kg.query.__file__).parents[1] / "views" / "page.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setTimeout(\"", "srcdoc"):
        assert sink not in script, sink


# --- kg serve: loopback only unless told, and read-only -----------------------------------------

def listening_addresses(port: int) -> set[str]:
    """Local addresses of sockets listening on ``port`` (Linux /proc/net/tcp*)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_hostile_serve_binds_to_loopback_by_default(query_store: Store, tmp_path: Path) -> None:
    process = subprocess.Popen(kg_argv("serve", "--port", "0", "-q", "--store", query_store.path),
                               cwd=tmp_path, env=kg_environ(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert " read-only at http://127.0.0.1:" in line, line
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D",
                                    timeout=10) as response:
            assert json.loads(response.read())["boolean"] is True
        if Path("/proc/net/tcp").exists():
            assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1, nothing else
    finally:
        process.terminate()
        process.wait(timeout=10)
    server = make_server(query_store, port=0, quiet=True)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


@pytest.fixture
def outside() -> Iterator[tuple[str, list[str]]]:
    """A host the server should never call: records every request it gets."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    calls: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            calls.append(self.path)
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/secret", calls
    server.shutdown()
    server.server_close()


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_hostile_serve_stays_read_only(writable: Store, seed_digest: str,
                                       outside: tuple[str, list[str]]) -> None:
    before = seed_digest
    server = make_server(writable, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    url, calls = server.url, outside[1]
    form = "application/x-www-form-urlencoded"

    def q(**params: str) -> str:
        return urllib.parse.urlencode(params)

    service = f"SELECT * {{ SERVICE <{outside[0]}> {{ ?s ?p ?o }} }}"
    hidden = f"#\rSELECT*{{service<{outside[0]}>{{?s?p?o}}}}"

    try:
        refused = {
            "update in a query body": http(url, b"DROP ALL",
                                           {"Content-Type": "application/sparql-query"}),
            "update type, odd case": http(url, b"CLEAR ALL", {
                "Content-Type": "Application/SPARQL-Update ; charset=utf-8"}),
            "form: query and update": http(url, q(query="ASK {}", update="DROP ALL").encode(),
                                           {"Content-Type": form}),
            "form: update after comment": http(url, q(query="# c\r\nDELETE WHERE { GRAPH ?g "
                                                      "{ ?s ?p ?o } }").encode(),
                                               {"Content-Type": form}),
            "GET: query and update": http(f"{url}?{q(query='ASK {}', update='DROP ALL')}"),
            "GET: prefixed update": http(f"{url}?{q(query='PREFIX x: <urn:x> CLEAR ALL')}"),
            "GET: CR comment update": http(f"{url}?{q(query='# c' + chr(13) + 'DROP ALL')}"),
            "SERVICE call-out": http(f"{url}?{q(query=service)}"),
            "SERVICE, lower case, after a CR comment": http(
                url, hidden.encode(), {"Content-Type": "application/sparql-query"}),
        }
        for name, (status, body) in refused.items():
            assert status == 403, (name, status, body)
        malformed = {
            "query then update": http(f"{url}?{q(query='ASK {} ; DROP ALL')}"),
            "escaped keyword": http(f"{url}?{q(query=chr(92) + 'u0044ROP ALL')}"),
        }
        for name, (status, _) in malformed.items():
            assert status == 400, (name, status)
        for method in ("PUT", "DELETE", "PATCH"):  # Graph Store Protocol writes
            for path in ("/query", "/store?default", "/"):
                status, _ = http(url.replace("/query", path), b"<urn:a> <urn:b> <urn:c> .",
                                 {"Content-Type": "application/n-triples"}, method)
                assert status >= 400, (method, path, status)
        status, _ = http(url.replace("/query", "/store?default"), b"<urn:a> <urn:b> <urn:c> .",
                         {"Content-Type": "application/n-triples"}, "POST")
        assert status == 404
        assert http(f"{url}?{q(query='ASK {}')}")[0] == 200  # it does answer queries
    finally:
        server.shutdown()
        server.server_close()
    assert calls == []  # nothing called out
    assert local_digest(writable) == before


# --- credentials never shown ---------------------------------------------------------------------

USER = "alice-analyst"
SECRET = "Pa55-w0rd-s3cr3t"
TOKEN = base64.b64encode(f"{USER}:{SECRET}".encode()).decode()


class EchoAuth:
    """An endpoint that fails as told and echoes what it was sent, credentials included."""

    mode: ClassVar[str] = "401"
    seen: ClassVar[list[str]] = []


@pytest.fixture
def leaky() -> Iterator[str]:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            auth = self.headers.get("Authorization", "")
            EchoAuth.seen.append(auth)
            decoded = base64.b64decode(auth.split()[-1]).decode() if auth else ""
            echo = f"{auth} {decoded} password={decoded.partition(':')[2]}"
            if EchoAuth.mode == "slow":
                stop.wait(10)
                return
            if EchoAuth.mode == "garbage":
                status, body = 200, f"<html>{echo}</html>".encode()
            else:
                status = int(EchoAuth.mode)
                body = f"{echo}\nsecond line {echo}".encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass

        do_GET = do_POST = do_PUT = _reply

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    EchoAuth.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    stop.set()
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("source", ["env", "netrc"])
@pytest.mark.parametrize("mode", ["down", "401", "500", "503", "slow", "garbage"])
def test_hostile_credentials_never_shown(source: str, mode: str, leaky: str, query_store: Store,
                                         tmp_path: Path, kg_main: Callable[..., MainResult],
                                         monkeypatch: pytest.MonkeyPatch,
                                         caplog: pytest.LogCaptureFixture) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("FINKG_ENDPOINT_BACKOFF", "0.01")
    if source == "env":
        monkeypatch.setenv("FINKG_ENDPOINT_USER", USER)
        monkeypatch.setenv("FINKG_ENDPOINT_PASSWORD", SECRET)
    else:
        netrc = home / ".netrc"
        netrc.write_text(f"machine 127.0.0.1\n  login {USER}\n  password {SECRET}\n")
        netrc.chmod(0o600)
    EchoAuth.mode = mode
    url = f"http://127.0.0.1:{free_port()}/query" if mode == "down" else leaky
    caplog.set_level(logging.DEBUG)
    commands = [["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
                ["query", "competitors", "-p", "company=Qwen"],
                ["explain", "Qwen"],
                ["push", "--store", str(query_store.path)],
                ["query", "DROP GRAPH <urn:x>", "--allow-update"]]
    if mode == "garbage":
        commands = commands[:3]  # a PUT or an update answered 200 is a success, whatever the body
    for args in commands:
        began = time.monotonic()
        timeout = 0.4 if mode == "slow" else 2.0
        result = kg_main(*args, "--endpoint", url, "--timeout", str(timeout))
        # the slow server holds the request for 10 s: returning well before
        # that shows the timeout was kept, with room for a loaded machine
        assert time.monotonic() - began < timeout + 3.0
        assert result.returncode == 1, (args, result)
        shown = result.stdout + result.stderr + caplog.text
        assert url.rsplit("/", 1)[0] in result.stderr and "Traceback" not in shown, result.stderr
        for secret in (SECRET, TOKEN, f"{USER}:{SECRET}"):
            assert secret not in shown, (args, shown)
    if mode != "down":  # the credentials were really sent, and really echoed
        assert EchoAuth.seen and set(EchoAuth.seen) == {f"Basic {TOKEN}"}
