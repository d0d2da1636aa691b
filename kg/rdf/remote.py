"""Remote SPARQL 1.1 stores: queries, updates and pushing named graphs.

Queries go through SPARQLWrapper; updates and Graph Store HTTP Protocol
uploads through :mod:`urllib.request`. Credentials come only from the
environment (``FINKG_ENDPOINT_USER`` / ``FINKG_ENDPOINT_PASSWORD``) or from
``~/.netrc`` for the endpoint's host, never from a URL or the command line,
and never appear in a message: every URL shown is passed through
:func:`redact` first.

Pushing replaces each named graph on the remote side, so pushing twice
leaves the same quads as pushing once. Where the store takes N-Quads on its
Graph Store Protocol URL (Oxigraph's ``/store`` does), graphs go in groups:
one ``DROP SILENT GRAPH`` update for the group, then one ``POST`` of its
N-Quads, a few requests per hundred thousand quads instead of one per
graph. Otherwise each graph is a ``PUT`` with the Graph Store Protocol, or
``DROP SILENT GRAPH`` followed by ``INSERT DATA`` in bounded chunks when the
store does not speak it.

Requests that are safe to repeat (queries, the PUT of a whole graph, the
requests of a graph replaced by update) are retried on connection errors,
timeouts and 5xx answers, never on 4xx: at most ``retries`` attempts with
exponential backoff (``backoff``, twice that, …), all within ``timeout``
seconds from the first attempt. A SPARQL Update given by the user is sent
once.
"""

from __future__ import annotations

import ast
import base64
import email.message
import http.client
import io
import netrc
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import TypeVar

import pyoxigraph as ox

from kg.errors import RemoteError
from kg.rdf.namespaces import ENTITY_GRAPH
from kg.rdf.store import PRUNE_ENTITIES, Snapshot, Store

USER_ENV = "FINKG_ENDPOINT_USER"
PASSWORD_ENV = "FINKG_ENDPOINT_PASSWORD"
RETRIES_ENV = "FINKG_ENDPOINT_RETRIES"
BACKOFF_ENV = "FINKG_ENDPOINT_BACKOFF"
DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 3  # attempts in all, for requests that are safe to repeat
DEFAULT_BACKOFF = 0.2  # seconds before the second attempt; doubled for each next one
DEFAULT_CHUNK = 5000
PROTOCOLS = ("auto", "nquads", "gsp", "update")
# Quads in one N-Quads request of a push (whole graphs; a bigger graph goes alone).
NQUADS_CHUNK = 100_000
_BNODE = re.compile(rb"(?:^|\s)_:", re.MULTILINE)

# Answers meaning "this URL does not implement the Graph Store Protocol".
_GSP_MISSING = {404, 405, 406, 415, 501}
# Server errors that say nothing will change on a second try.
_PERMANENT_5XX = {501, 505}
# What a request can raise short of an answer: refused, reset, timed out, cut off, garbled.
_FAILURES = (urllib.error.URLError, OSError, http.client.HTTPException)

# SPARQLWrapper's exceptions for HTTP errors, by status.
_WRAPPER_STATUS = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404,
                   "URITooLong": 414, "EndPointInternalError": 500}

T = TypeVar("T")


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
    """What went wrong, in a few words (the body of an HTTP error: its first line)."""
    if isinstance(err, urllib.error.HTTPError):
        detail = ""
        try:
            body = err.read(2000).decode("utf-8", "replace").strip()
            detail = body.splitlines()[0][:300] if body else ""
        except (OSError, http.client.HTTPException):
            pass
        text = f"HTTP {err.code} {err.reason}"
        return f"{text}: {detail}" if detail and detail != str(err.reason) else text
    if isinstance(err, urllib.error.URLError):
        reason = err.reason
        if isinstance(reason, BaseException):
            return _reason(reason)
        return f"unreachable ({reason})"
    if isinstance(err, (TimeoutError, socket.timeout)):
        return "no answer in time"
    if isinstance(err, http.client.RemoteDisconnected):
        return "connection closed by the server before it answered"
    if isinstance(err, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
        return f"connection lost ({err.strerror or type(err).__name__})"
    if isinstance(err, http.client.IncompleteRead):
        return "connection lost in the middle of the answer"
    if isinstance(err, http.client.HTTPException):
        return f"not an HTTP answer ({type(err).__name__})"
    if isinstance(err, OSError):
        return f"unreachable ({err.strerror or err})"
    return str(err) or type(err).__name__


def _transient(err: BaseException) -> bool:
    """Whether repeating the request could help: no answer, a cut connection, or a 5xx."""
    if isinstance(err, urllib.error.HTTPError):
        return err.code >= 500 and err.code not in _PERMANENT_5XX
    if isinstance(err, urllib.error.URLError) and not isinstance(err.reason, BaseException):
        return False  # e.g. unknown URL type: a mistake, not a fault
    return isinstance(err, _FAILURES)


def _setting(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = float(value)
    except ValueError:
        raise RemoteError(f"{name}={value!r} is not a number") from None
    if number < 0:
        raise RemoteError(f"{name} must not be negative")
    return number


class Endpoint:
    """A remote SPARQL 1.1 endpoint, with its update and graph-store URLs."""

    def __init__(self, url: str, *, timeout: float | None = None, update_url: str | None = None,
                 gsp_url: str | None = None, retries: int | None = None,
                 backoff: float | None = None) -> None:
        self.url = _check_url(url)
        self.update_url = _check_url(update_url) if update_url else sibling_url(url, "update")
        self.gsp_url = _check_url(gsp_url) if gsp_url else sibling_url(url, "store")
        self.timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self.retries = max(1, int(retries if retries is not None
                                  else _setting(RETRIES_ENV, DEFAULT_RETRIES)))
        self.backoff = backoff if backoff is not None else _setting(BACKOFF_ENV, DEFAULT_BACKOFF)
        self._auth = credentials(url)

    def __repr__(self) -> str:
        return f"Endpoint({redact(self.url)!r})"

    def _auth_header(self) -> dict[str, str]:
        if self._auth is None:
            return {}
        token = base64.b64encode(f"{self._auth[0]}:{self._auth[1]}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}

    def _scrub(self, text: str) -> str:
        """``text`` without the password or the Authorization token (a server may echo them)."""
        if self._auth is None:
            return text
        user, password = self._auth
        pair = f"{user}:{password}"
        secrets = [base64.b64encode(pair.encode()).decode("ascii"), pair, password]
        for secret in secrets:
            if secret and secret != ":":
                text = text.replace(secret, "***")
        return text

    def _failure(self, url: str, err: BaseException, attempts: int) -> RemoteError:
        """The error to raise for ``err``: URL without credentials, reason, attempts made."""
        tries = f" (gave up after {attempts} attempts)" if attempts > 1 else ""
        return RemoteError(self._scrub(f"{redact(url)}: {_reason(err)}{tries}"))

    def _retrying(self, url: str, attempt: Callable[[float], T], *,
                  retry: bool = True) -> T:
        """``attempt(seconds_left)``, repeated with backoff while it fails transiently.

        Each attempt gets the seconds left of ``timeout`` (counted from the first one) as
        its socket timeout; a retry that could not start in time is not made. (A socket
        timeout bounds each wait for data, so a server that trickles bytes can take longer.)
        """
        deadline = time.monotonic() + self.timeout
        attempts = self.retries if retry else 1
        for number in range(1, attempts + 1):
            left = deadline - time.monotonic()
            try:
                return attempt(max(left, 0.05))
            except _FAILURES as err:
                delay = self.backoff * 2 ** (number - 1)
                if (number == attempts or not _transient(err)
                        or time.monotonic() + delay >= deadline):
                    raise self._failure(url, err, number) from None
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def query(self, text: str, accept: str) -> bytes:
        """Run a query and return the raw answer in the ``accept`` media type (retried)."""
        return self._retrying(self.url, lambda left: self._query_once(text, accept, left))

    def _query_once(self, text: str, accept: str, seconds: float) -> bytes:
        from SPARQLWrapper import POST, SELECT, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        wrapper = SPARQLWrapper(self.url)
        wrapper.setQuery(text)
        # SPARQLWrapper guesses the form from the first keyword anywhere in the text (even in
        # a comment or a variable name) and would send an "update" to the same URL; the text
        # is always a query here (kg.query refuses updates), so say so.
        wrapper.queryType = SELECT
        wrapper.setMethod(POST)
        wrapper.setOnlyConneg(True)
        wrapper.timeout = seconds  # type: ignore[assignment]  # setTimeout() would round it
        wrapper.addCustomHttpHeader("Accept", accept)
        if self._auth is not None:
            wrapper.setHTTPAuth("BASIC")
            wrapper.setCredentials(*self._auth)
        try:
            response = wrapper.query().response
            return bytes(response.read())
        except SPARQLWrapperException as err:
            # SPARQLWrapper turns some HTTP errors into its own: turn them back, for _retrying.
            detail = _wrapper_detail(err)
            code = _WRAPPER_STATUS.get(type(err).__name__)
            if code is None:
                raise RemoteError(self._scrub(f"{redact(self.url)}: {type(err).__name__}: "
                                              f"{detail}")) from None
            raise urllib.error.HTTPError(self.url, code, HTTPStatus(code).phrase,
                                         email.message.Message(),
                                         io.BytesIO(detail.encode("utf-8"))) from None
        except ValueError as err:
            raise RemoteError(self._scrub(f"{redact(self.url)}: {err}")) from None

    def _send(self, url: str, method: str, body: bytes, content_type: str,
              seconds: float | None = None) -> int:
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"Content-Type": content_type,
                                                  **self._auth_header()})
        with urllib.request.urlopen(request, timeout=seconds or self.timeout) as response:
            response.read()
            return int(response.status)

    def update(self, text: str, *, retry: bool = False) -> None:
        """Send a SPARQL Update to the update URL.

        Sent once unless ``retry``: only the caller knows whether the update is safe to repeat.
        """
        body = text.encode("utf-8")
        self._retrying(self.update_url, lambda left: self._send(
            self.update_url, "POST", body, "application/sparql-update; charset=utf-8", left),
            retry=retry)

    def put_graph(self, graph: str, ntriples: bytes) -> bool:
        """Replace ``graph`` with the Graph Store Protocol (retried); False if the store lacks it."""
        url = f"{self.gsp_url}?{urllib.parse.urlencode({'graph': graph})}"

        def attempt(left: float) -> bool:
            try:
                self._send(url, "PUT", ntriples, "application/n-triples", left)
            except urllib.error.HTTPError as err:
                if err.code in _GSP_MISSING:
                    return False
                raise
            return True

        return self._retrying(url, attempt)

    def post_nquads(self, body: bytes) -> bool:
        """Add quads to the remote dataset with one Graph Store Protocol POST of
        N-Quads (retried: adding ground quads twice leaves them as once);
        False if the store takes no N-Quads there."""

        def attempt(left: float) -> bool:
            try:
                self._send(self.gsp_url, "POST", body, "application/n-quads", left)
            except urllib.error.HTTPError as err:
                if err.code in _GSP_MISSING or err.code == 400:
                    return False
                raise
            return True

        return self._retrying(self.gsp_url, attempt)

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
            # Safe to repeat: the first request drops the graph before inserting (and carries
            # every blank node), the others insert ground triples, which a repeat leaves as is.
            self.update(" ;\n".join(parts), retry=True)
            first = False
            if advance is not None:
                advance(len(chunk))


def _has_bnode(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _wrapper_detail(err: BaseException) -> str:
    """The first line of the body a SPARQLWrapper error carries (it keeps only its repr)."""
    text = str(err)
    _, found, tail = text.partition("\n\nResponse:\n")
    if found:
        try:
            body = ast.literal_eval(tail.strip())
        except (ValueError, SyntaxError):
            body = None
        if isinstance(body, bytes):
            lines = body.decode("utf-8", "replace").strip().splitlines()
            return lines[0][:300] if lines else ""
    return _first_detail(str(getattr(err, "msg", "") or text))


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


def send_graphs(endpoint: Endpoint, graphs: Sequence[tuple[str, str]], *,
                merge_entities: bool = False) -> bool:
    """Replace ``graphs`` (IRI, N-Triples text, no blank nodes) on the remote
    store with two requests: one update that drops them, one N-Quads POST.
    With ``merge_entities`` the shared entity graph is not dropped: its
    triples are added to the remote one (each shard carries a piece of it).
    False, before anything is sent, when the store is known to refuse
    N-Quads; False after the drop when it refuses them now."""
    if not graphs:
        return True
    drops = " ;\n".join(f"DROP SILENT GRAPH <{name}>" for name, _ in graphs
                         if not (merge_entities and name == str(ENTITY_GRAPH)))
    body = "".join(text.replace(" .\n", f" <{name}> .\n") for name, text in graphs)
    if drops:
        endpoint.update(drops, retry=True)
    return endpoint.post_nquads(body.encode("utf-8"))


def add_entities(endpoint: Endpoint, ntriples: str) -> None:
    """Add triples to the remote shared entity graph (no blank nodes): one update."""
    if ntriples:
        endpoint.update(f"INSERT DATA {{ GRAPH <{ENTITY_GRAPH}> {{\n{ntriples}}} }}", retry=True)


def prune_entities(endpoint: Endpoint) -> None:
    """Clear the remote entity graph of entities no article there mentions any more."""
    endpoint.update(PRUNE_ENTITIES, retry=True)


def _dump(snapshot: Snapshot, name: str) -> bytes:
    out = io.BytesIO()
    snapshot.dump(out, ox.RdfFormat.N_TRIPLES, graph=name)
    return out.getvalue()


def _graph_groups(snapshot: Snapshot, names: list[str]) -> Iterator[list[tuple[str, str]] | None]:
    """The graphs as N-Triples, in groups of about :data:`NQUADS_CHUNK` quads;
    None in place of a group that has a blank node (those go graph by graph)."""
    group: list[tuple[str, str]] = []
    size = 0
    for name in names:
        body = _dump(snapshot, name)
        if _BNODE.search(body):
            yield group or None
            yield None
            return
        lines = body.count(b"\n")
        if group and size + lines > NQUADS_CHUNK:
            yield group
            group, size = [], 0
        group.append((name, body.decode("utf-8")))
        size += lines
    if group:
        yield group


def _push_nquads(snapshot: Snapshot, endpoint: Endpoint, names: list[str],
                 progress: Callable[[int], None] | None) -> tuple[int, int]:
    """Push graphs as N-Quads in groups; (graphs, triples) pushed: fewer graphs
    than asked when the store refuses N-Quads (the rest is for the
    graph-by-graph protocols)."""
    done = total = 0
    for group in _graph_groups(snapshot, names):
        if group is None:
            break
        try:
            accepted = send_graphs(endpoint, group)
        except RemoteError as err:
            raise RemoteError(f"{err}; {done} of {len(names)} graph(s) pushed before "
                              "the failure (push again to finish)") from None
        if not accepted:
            break
        triples = sum(text.count("\n") for _, text in group)
        done += len(group)
        total += triples
        if progress is not None:
            progress(triples)
    return done, total


@dataclass(frozen=True)
class PushReport:
    """What :func:`push` sent."""

    graphs: int
    triples: int
    protocol: str  # "N-Quads", "graph store protocol" or "SPARQL Update"


def push(store: Store, endpoint: Endpoint, *, graphs: Iterable[str] | None = None,
         protocol: str = "auto", chunk_size: int = DEFAULT_CHUNK,
         progress: Callable[[int], None] | None = None) -> PushReport:
    """Upload the store's named graphs (or the selected ``graphs``) to ``endpoint``.

    Each graph replaces the remote graph of the same name (selected article
    graphs describe their entities in the entity graph, ``kgr:graph/entities``:
    push it with them where the remote store lacks it). With
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
    streamed = False
    with store.snapshot() as snapshot:
        present = set(snapshot.graphs())
        if graphs is None:
            selected = sorted(present)
        else:
            selected = list(dict.fromkeys(graphs))
            missing = [g for g in selected if g not in present]
            if missing:
                raise RemoteError(f"no graph {missing[0]} in the store {store.path}")

        if protocol in ("auto", "nquads"):
            count, total = _push_nquads(snapshot, endpoint, selected, progress)
            streamed = count == len(selected)
            if not streamed and protocol == "nquads":
                raise RemoteError(f"{redact(endpoint.gsp_url)}: does not accept N-Quads; "
                                  f"{count} of {len(selected)} graph(s) pushed")
        for name in selected[count:]:
            triples = [ox.Triple(q.subject, q.predicate, q.object)
                       for q in snapshot.quads(name)]
            try:
                if use_gsp:
                    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
                    if endpoint.put_graph(name, body):
                        if progress is not None:
                            progress(len(triples))
                        total += len(triples)
                        count += 1
                        continue
                    if protocol == "gsp":
                        raise RemoteError(f"{redact(endpoint.gsp_url)}: does not accept Graph "
                                          "Store Protocol uploads")
                    use_gsp = False
                endpoint.replace_graph_by_update(name, triples, chunk_size, progress)
            except RemoteError as err:
                raise RemoteError(f"{err}; {count} of {len(selected)} graph(s) pushed before "
                                  "the failure (push again to finish)") from None
            total += len(triples)
            count += 1
    if streamed:
        return PushReport(graphs=count, triples=total, protocol="N-Quads")
    return PushReport(graphs=count, triples=total,
                      protocol="graph store protocol" if use_gsp else "SPARQL Update")


__all__ = ["BACKOFF_ENV", "DEFAULT_BACKOFF", "DEFAULT_CHUNK", "DEFAULT_RETRIES",
           "DEFAULT_TIMEOUT", "PASSWORD_ENV", "PROTOCOLS", "RETRIES_ENV", "USER_ENV", "Endpoint",
           "PushReport", "add_entities", "credentials", "prune_entities", "push", "redact",
           "send_graphs", "sibling_url"]
