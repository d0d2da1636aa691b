"""The embedded store as a read-only SPARQL 1.1 Protocol endpoint.

``GET /query?query=…`` and ``POST`` (form ``query=…`` or an
``application/sparql-query`` body) answer in SPARQL JSON, XML, CSV or TSV
results, or Turtle, N-Triples, RDF/XML or JSON-LD for graphs, chosen by the
``Accept`` header. Updates, and federated queries (``SERVICE``, which
would make the server fetch other URLs), are refused with 403. Every answer carries
``Access-Control-Allow-Origin: *`` so that browser SPARQL editors work.

The same server is a browser interface (:mod:`kg.web`): ``GET /`` (search and
the store's summary), ``/entity/{key}``, ``/article/{id}``, ``/sparql`` (an
editor), their scripts under ``/static/`` and their JSON under ``/api/``. A
``GET`` of ``/`` or ``/sparql`` that carries ``query=`` is still a SPARQL
request, and so is every ``POST``.

The store is opened per request through :meth:`kg.rdf.store.Store.read`
(shared lock, read-only), never for the server's lifetime, so ``kg query``
and ``kg build`` keep working on the same store while it runs; a request
arriving during a build waits for the batch being written.
"""

from __future__ import annotations

import sys
import urllib.parse
from collections.abc import Mapping
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from kg.errors import FinkgError, StoreError
from kg.query import query_form, syntax_message, tokens
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Store
from kg.web.app import CONTENT_SECURITY_POLICY, Response, WebApp

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_BODY = 10 * 1024 * 1024
PATHS = ("/query", "/sparql", "/")

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def negotiate(accept: str | None, offers: Mapping[str, object]) -> str:
    """The offered media type the ``Accept`` header prefers; the first offer otherwise."""
    ranked = []
    for position, item in enumerate((accept or "").split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    for _q, _pos, media in sorted(ranked):
        if media in offers:
            return media
        if media.endswith("/*"):
            kind = media[:-1]
            match = next((m for m in offers if m.startswith(kind)), None)
            if media == "*/*" or match:
                return match or next(iter(offers))
    return next(iter(offers))


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its store."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Store, quiet: bool = False) -> None:
        self.store = store
        self.quiet = quiet
        self.web = WebApp(store)
        super().__init__(address, SparqlHandler)

    @property
    def url(self) -> str:
        return f"{self.home}query"

    @property
    def home(self) -> str:
        """The address of the browser interface."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/"


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol, query operation only."""

    server: SparqlServer
    server_version = "finkg"

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8"
              ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _fail(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"))

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _path_ok(self, path: str) -> bool:
        if path in PATHS:
            return True
        self._fail(HTTPStatus.NOT_FOUND, f"no such resource; query {PATHS[0]}")
        return False

    def _send_page(self, response: Response) -> None:
        """A page, script or API answer: no CORS, a strict Content-Security-Policy."""
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(response.body)

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path != PATHS[0] and "query" not in params and "update" not in params:
            response = self.server.web.get(urllib.parse.unquote(url.path),
                                           {k: v[0] for k, v in params.items()})
            if response is not None:
                self._send_page(response)
                return
        if not self._path_ok(url.path):
            return
        if "update" in params:
            self._fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return
        if "query" not in params:
            self._fail(HTTPStatus.BAD_REQUEST, "read-only SPARQL endpoint: pass ?query=… "
                       "(GET) or POST a query")
            return
        self._answer(params["query"][0])

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if not self._path_ok(url.path):
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._fail(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request too large")
            return
        body = self.rfile.read(length)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            self._fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return
        if kind == "application/sparql-query":
            self._answer(body.decode("utf-8", "replace"))
            return
        if kind == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            if "update" in params:
                self._fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
                return
            if "query" in params:
                self._answer(params["query"][0])
                return
            self._fail(HTTPStatus.BAD_REQUEST, "the form has no query parameter")
            return
        self._fail(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                   "POST application/sparql-query or an url-encoded form with query=")

    def _answer(self, text: str) -> None:
        if query_form(text) == "UPDATE":
            self._fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return
        if any(t.kind == "word" and t.text.upper() == "SERVICE" for t in tokens(text)):
            # pyoxigraph would fetch the SERVICE URL: any web page could make this server
            # call hosts it can reach, and read the answer (CORS is open).
            self._fail(HTTPStatus.FORBIDDEN, "this endpoint does not run federated queries "
                       "(SERVICE)")
            return
        accept = self.headers.get("Accept")
        try:
            with self.server.store.snapshot() as snapshot:
                answer = snapshot.query(text, union=True)
                if isinstance(answer, ox.QueryTriples):
                    media = negotiate(accept, _GRAPHS)
                    body = ox.serialize(list(answer), format=_GRAPHS[media],
                                        prefixes=PREFIXES if media == "text/turtle" else None)
                else:
                    media = negotiate(accept, _RESULTS)
                    body = answer.serialize(format=_RESULTS[media])
        except SyntaxError as err:
            self._fail(HTTPStatus.BAD_REQUEST, syntax_message(err))
            return
        except StoreError as err:
            self._fail(HTTPStatus.SERVICE_UNAVAILABLE, str(err))
            return
        except (OSError, FinkgError) as err:
            self._fail(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {err}")
            return
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        self._send(HTTPStatus.OK, body or b"", media + charset)


def make_server(store: Store, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                quiet: bool = False) -> SparqlServer:
    """A server bound to ``host:port`` (port 0 picks a free one); call ``serve_forever()``."""
    if not store.exists:
        raise StoreError(f"{store.path}: no store here yet; run `kg build PATH` first")
    try:
        return SparqlServer((host, port), store, quiet=quiet)
    except OSError as err:
        raise StoreError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "SparqlHandler", "SparqlServer", "make_server",
           "negotiate"]
