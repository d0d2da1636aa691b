"""Remote SPARQL 1.1 stores: queries, updates and pushing named graphs.

Queries go through SPARQLWrapper; updates and Graph Store HTTP Protocol
uploads through :mod:`urllib.request`. Credentials come only from the
environment (``FINKG_ENDPOINT_USER`` / ``FINKG_ENDPOINT_PASSWORD``) or from
``~/.netrc`` for the endpoint's host, never from a URL or the command line,
and never appear in a message: every URL shown is passed through
:func:`redact` first.

Pushing replaces each named graph on the remote side (PUT with the Graph
Store Protocol, or ``DROP SILENT GRAPH`` followed by ``INSERT DATA`` in
bounded chunks when the store does not speak it), so pushing twice leaves
the same quads as pushing once.
"""

from __future__ import annotations

import base64
import netrc
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import RemoteError
from kg.rdf.store import Store

USER_ENV = "FINKG_ENDPOINT_USER"
PASSWORD_ENV = "FINKG_ENDPOINT_PASSWORD"
DEFAULT_TIMEOUT = 60.0
DEFAULT_CHUNK = 5000
PROTOCOLS = ("auto", "gsp", "update")

# Answers meaning "this URL does not implement the Graph Store Protocol".
_GSP_MISSING = {404, 405, 406, 415, 501}


def redact(url: str) -> str:
    """``url`` without any user name or password in it."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"{redact(url)}: not an http(s) URL")
    if parts.username is not None or parts.password is not None:
        raise RemoteError(f"{redact(url)}: credentials in the URL are not accepted; set "
                          f"{USER_ENV} and {PASSWORD_ENV} or use ~/.netrc")
    return url


def credentials(url: str) -> tuple[str, str] | None:
    """User and password for ``url``: from the environment, else ``~/.netrc``."""
    user = os.environ.get(USER_ENV)
    if user:
        return user, os.environ.get(PASSWORD_ENV, "")
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        return None
    try:
        entry = netrc.netrc().authenticators(host)
    except (OSError, netrc.NetrcParseError):
        return None
    if entry is None:
        return None
    login, _account, password = entry
    return login or "", password or ""


def sibling_url(endpoint: str, name: str) -> str:
    """The ``/store`` or ``/update`` URL beside a ``…/query`` or ``…/sparql`` endpoint."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    base = head if last in ("query", "sparql") else path
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{base}/{name}", "", ""))


def _reason(err: BaseException) -> str:
    if isinstance(err, urllib.error.HTTPError):
        detail = ""
        try:
            body = err.read(2000).decode("utf-8", "replace").strip()
            detail = body.splitlines()[0][:300] if body else ""
        except OSError:
            pass
        text = f"HTTP {err.code} {err.reason}"
        return f"{text}: {detail}" if detail and detail != str(err.reason) else text
    if isinstance(err, urllib.error.URLError):
        reason = err.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return "no answer in time"
        return f"unreachable ({getattr(reason, 'strerror', None) or reason})"
    if isinstance(err, (TimeoutError, socket.timeout)):
        return "no answer in time"
    return str(err) or type(err).__name__


class Endpoint:
    """A remote SPARQL 1.1 endpoint, with its update and graph-store URLs."""

    def __init__(self, url: str, *, timeout: float | None = None, update_url: str | None = None,
                 gsp_url: str | None = None) -> None:
        self.url = _check_url(url)
        self.update_url = _check_url(update_url) if update_url else sibling_url(url, "update")
        self.gsp_url = _check_url(gsp_url) if gsp_url else sibling_url(url, "store")
        self.timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._auth = credentials(url)

    def __repr__(self) -> str:
        return f"Endpoint({redact(self.url)!r})"

    def _auth_header(self) -> dict[str, str]:
        if self._auth is None:
            return {}
        token = base64.b64encode(f"{self._auth[0]}:{self._auth[1]}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}

    def query(self, text: str, accept: str) -> bytes:
        """Run a query and return the raw answer in the ``accept`` media type."""
        from SPARQLWrapper import POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        wrapper = SPARQLWrapper(self.url)
        wrapper.setQuery(text)
        wrapper.setMethod(POST)
        wrapper.setOnlyConneg(True)
        wrapper.setTimeout(int(self.timeout) or 1)
        wrapper.addCustomHttpHeader("Accept", accept)
        if self._auth is not None:
            wrapper.setHTTPAuth("BASIC")
            wrapper.setCredentials(*self._auth)
        try:
            response = wrapper.query().response
            return response.read()
        except SPARQLWrapperException as err:
            status = {"QueryBadFormed": "HTTP 400 Bad Request", "Unauthorized": "HTTP 401 Unauthorized",
                      "EndPointNotFound": "HTTP 404 Not Found", "URITooLong": "HTTP 414 URI Too Long",
                      "EndPointInternalError": "HTTP 500 Internal Server Error"}.get(
                          type(err).__name__, type(err).__name__)
            detail = _first_detail(str(getattr(err, "msg", "") or err))
            raise RemoteError(f"{redact(self.url)}: {status}{': ' + detail if detail else ''}") from None
        except (urllib.error.URLError, OSError, ValueError) as err:
            raise RemoteError(f"{redact(self.url)}: {_reason(err)}") from None

    def _send(self, url: str, method: str, body: bytes, content_type: str) -> int:
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"Content-Type": content_type,
                                                  **self._auth_header()})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            response.read()
            return int(response.status)

    def update(self, text: str) -> None:
        """Send a SPARQL Update to the update URL."""
        try:
            self._send(self.update_url, "POST", text.encode("utf-8"),
                       "application/sparql-update; charset=utf-8")
        except (urllib.error.URLError, OSError) as err:
            raise RemoteError(f"{redact(self.update_url)}: {_reason(err)}") from None

    def put_graph(self, graph: str, ntriples: bytes) -> bool:
        """Replace ``graph`` with the Graph Store Protocol; False if the store lacks it."""
        url = f"{self.gsp_url}?{urllib.parse.urlencode({'graph': graph})}"
        try:
            self._send(url, "PUT", ntriples, "application/n-triples")
        except urllib.error.HTTPError as err:
            if err.code in _GSP_MISSING:
                return False
            raise RemoteError(f"{redact(url)}: {_reason(err)}") from None
        except (urllib.error.URLError, OSError) as err:
            raise RemoteError(f"{redact(url)}: {_reason(err)}") from None
        return True

    def replace_graph_by_update(self, graph: str, triples: Sequence[ox.Triple], chunk_size: int,
                                advance: Callable[[int], None] | None = None) -> None:
        """``DROP SILENT GRAPH`` then ``INSERT DATA`` in chunks of at most ``chunk_size``."""
        name = str(ox.NamedNode(graph))
        # Blank nodes are scoped per request: keep all triples that have one together.
        with_bnodes = [t for t in triples if _has_bnode(t)]
        plain = [t for t in triples if not _has_bnode(t)]
        chunks: list[Sequence[ox.Triple]] = [with_bnodes] if with_bnodes else []
        chunks += [plain[i:i + chunk_size] for i in range(0, len(plain), chunk_size)]
        first = True
        for chunk in chunks or [[]]:
            body = " .\n".join(str(t) for t in chunk)
            parts = [f"DROP SILENT GRAPH {name}"] if first else []
            if chunk:
                parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{body} .\n}} }}")
            self.update(" ;\n".join(parts))
            first = False
            if advance is not None:
                advance(len(chunk))


def _has_bnode(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _first_detail(message: str) -> str:
    """The most telling line of a SPARQLWrapper error message."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    for line in lines:
        if line.startswith("Response:"):
            continue
        if "b'" in line or "Response" in line:
            continue
        return line[:300]
    return lines[-1][:300] if lines else ""


@dataclass(frozen=True)
class PushReport:
    """What :func:`push` sent."""

    graphs: int
    triples: int
    protocol: str  # "graph store protocol" or "SPARQL Update"


def push(store: Store, endpoint: Endpoint, *, graphs: Iterable[str] | None = None,
         protocol: str = "auto", chunk_size: int = DEFAULT_CHUNK,
         progress: Callable[[int], None] | None = None) -> PushReport:
    """Upload the store's named graphs (or the selected ``graphs``) to ``endpoint``.

    Each graph replaces the remote graph of the same name. With
    ``protocol="auto"`` the Graph Store Protocol is tried first and SPARQL
    Update used when the endpoint does not support it.
    """
    if protocol not in PROTOCOLS:
        raise RemoteError(f"unknown push protocol {protocol!r}; choose one of {', '.join(PROTOCOLS)}")
    if chunk_size < 1:
        raise RemoteError("chunk size must be at least 1")
    use_gsp = protocol in ("auto", "gsp")
    total = 0
    count = 0
    with store.read() as dataset:
        inner: ox.Store = dataset.store._inner  # type: ignore[attr-defined]  # oxrdflib's store
        present = {g.value for g in inner.named_graphs() if isinstance(g, ox.NamedNode)}
        if graphs is None:
            selected = sorted(present)
        else:
            selected = list(dict.fromkeys(graphs))
            missing = [g for g in selected if g not in present]
            if missing:
                raise RemoteError(f"no graph {missing[0]} in the store {store.path}")
        for name in selected:
            node = ox.NamedNode(name)
            triples = [ox.Triple(q.subject, q.predicate, q.object)
                       for q in inner.quads_for_pattern(None, None, None, node)]
            if use_gsp:
                body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
                if endpoint.put_graph(name, body):
                    if progress is not None:
                        progress(len(triples))
                    total += len(triples)
                    count += 1
                    continue
                if protocol == "gsp":
                    raise RemoteError(f"{redact(endpoint.gsp_url)}: does not accept Graph Store "
                                      "Protocol uploads")
                use_gsp = False
            endpoint.replace_graph_by_update(name, triples, chunk_size, progress)
            total += len(triples)
            count += 1
    return PushReport(graphs=count, triples=total,
                      protocol="graph store protocol" if use_gsp else "SPARQL Update")


__all__ = ["DEFAULT_CHUNK", "DEFAULT_TIMEOUT", "PASSWORD_ENV", "PROTOCOLS", "USER_ENV", "Endpoint",
           "PushReport", "credentials", "push", "redact", "sibling_url"]
