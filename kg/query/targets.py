"""Where queries run: the embedded store (through a read snapshot) or a SPARQL endpoint.

Both targets answer with a :class:`~kg.query.results.Result` that holds the
answer in a standard syntax (SPARQL JSON results, or N-Triples for graphs),
so every output format is made the same way for both. Updates are refused
unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox

from kg.errors import QueryError, RemoteError, StoreError
from kg.query.results import Result
from kg.query.text import query_form, syntax_message, tokens, with_prefix_lines
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Snapshot, Store

_JSON = ox.QueryResultsFormat.JSON


class UpdateRefused(QueryError):
    """A SPARQL Update was given where only queries are allowed."""

    exit_code = 2


class Target(Protocol):
    """Where queries run."""

    def run(self, text: str) -> Result: ...

    def update(self, text: str) -> None: ...

    def describe(self) -> str: ...


def run_on_snapshot(snapshot: Snapshot, text: str) -> Result:
    """Run a query on a store snapshot, union default graph, prefixes predeclared."""
    form = query_form(text)
    if form == "UPDATE":
        raise UpdateRefused("this is a SPARQL Update; queries are read-only "
                            "(pass --allow-update to apply it)")
    try:
        answer = snapshot.query(text, union=True)
        if isinstance(answer, ox.QueryTriples):
            triples = [ox.Triple(t.subject, t.predicate, t.object) for t in answer]
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            return Result(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT", data)
        data = answer.serialize(format=_JSON) or b""
    except SyntaxError as err:
        raise QueryError(syntax_message(err, text)) from None
    except OSError as err:
        raise StoreError(f"the query failed: {err}") from None
    return Result("ASK" if isinstance(answer, ox.QueryBoolean) else "SELECT", data)


def run_on_oxigraph(inner: ox.Store, text: str) -> Result:
    """:func:`run_on_snapshot` on a pyoxigraph store opened elsewhere."""
    return run_on_snapshot(Snapshot(inner), text)


@dataclass
class LocalTarget:
    """The embedded store."""

    store: Store

    def describe(self) -> str:
        return str(self.store.path)

    def run(self, text: str) -> Result:
        with self.store.snapshot() as snapshot:
            return run_on_snapshot(snapshot, text)

    def update(self, text: str) -> None:
        if not self.store.exists:
            raise StoreError(f"{self.store.path}: no store here yet; run `kg build PATH` first")
        with self.store.write() as writer:
            assert writer.inner is not None  # open inside the with block
            try:
                writer.inner.update(text, prefixes=PREFIXES)
            except SyntaxError as err:
                raise QueryError(syntax_message(err, text)) from None
            except OSError as err:
                raise StoreError(f"the update failed: {err}") from None


@dataclass
class RemoteTarget:
    """A SPARQL 1.1 endpoint."""

    endpoint: object  # kg.rdf.remote.Endpoint, imported lazily

    def describe(self) -> str:
        from kg.rdf.remote import redact

        return redact(self.endpoint.url)  # type: ignore[attr-defined]

    def run(self, text: str) -> Result:
        form = query_form(text)
        if form == "UPDATE":
            raise UpdateRefused("this is a SPARQL Update; queries are read-only "
                                "(pass --allow-update to send it)")
        check_syntax(text)
        accept = ("application/n-triples" if form in ("CONSTRUCT", "DESCRIBE")
                  else "application/sparql-results+json")
        data = self.endpoint.query(with_prefix_lines(text), accept)  # type: ignore[attr-defined]
        expected = "N-Triples" if form in ("CONSTRUCT", "DESCRIBE") else "SPARQL JSON results"
        try:
            if form in ("CONSTRUCT", "DESCRIBE"):
                list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))  # the parser is lazy
                return Result(form, data)
            parsed = ox.parse_query_results(data, format=_JSON)
            if isinstance(parsed, ox.QuerySolutions):
                list(parsed)  # the rows are parsed lazily too
        except (SyntaxError, ValueError) as err:
            raise RemoteError(f"{self.describe()}: answered with something that is not "
                              f"{expected} ({' '.join(str(err).split())[:200]})") from None
        return Result("ASK" if isinstance(parsed, ox.QueryBoolean) else "SELECT", data)

    def update(self, text: str) -> None:
        self.endpoint.update(with_prefix_lines(text))  # type: ignore[attr-defined]


def check_syntax(text: str) -> None:
    """Raise :class:`QueryError` with line and column if ``text`` is not a SPARQL query.

    The check parses on an empty in-memory store; queries with SERVICE are
    left to the endpoint, since running them would call out.
    """
    if any(t.kind == "word" and t.text.upper() == "SERVICE" for t in tokens(text)):
        return
    try:
        answer = ox.Store().query(text, prefixes=PREFIXES)
        if isinstance(answer, (ox.QuerySolutions, ox.QueryTriples)):
            for _ in answer:
                break
    except SyntaxError as err:
        raise QueryError(syntax_message(err, text)) from None


def run(target: Target, text: str, *, allow_update: bool = False) -> Result | None:
    """Run a query, or (with ``allow_update``) apply an update and return None."""
    if query_form(text) == "UPDATE":
        if not allow_update:
            raise UpdateRefused("this is a SPARQL Update; queries are read-only "
                                "(pass --allow-update to apply it)")
        target.update(text)
        return None
    return target.run(text)


def local_or_remote(store: Store, endpoint: str | None, timeout: float | None) -> Target:
    """The target a command should query."""
    if endpoint is None:
        return LocalTarget(store)
    from kg.rdf.remote import Endpoint

    return RemoteTarget(Endpoint(endpoint, timeout=timeout))
