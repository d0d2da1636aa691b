"""The Python API: what the ``kg`` command does, as methods of one object.

In the manner of sqlite-utils' ``Database``: open a knowledge graph, then
build into it, query it, explain it, look at it as a NetworkX graph or
export it::

    import kg

    graph = kg.KnowledgeGraph("/tmp/kg-store")   # an embedded store, made on first build
    graph.build(["seeds"])                     # files and folders, as `kg build`
    graph.named("partners", company="Alibaba Cloud")
    graph.query("SELECT ?s WHERE { ?s a fin:Company }")

``kg.KnowledgeGraph("http://host/sparql")`` opens a SPARQL 1.1 endpoint instead: it
answers queries and explanations; building, the NetworkX view and export
need the embedded store.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import FinkgError, InputError, QueryError
from kg.query import (
    LocalTarget,
    RemoteTarget,
    Result,
    Target,
    bind_named,
    bind_values,
    load_library,
    named_query,
    resolve_entity,
    run,
)
from kg.rdf.store import Store

if TYPE_CHECKING:
    import networkx as nx

    from kg.build import BuildReport
    from kg.explain import Explanation
    from kg.records import Article

Term = ox.NamedNode | ox.Literal
Row = dict[str, str]


def _is_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(("http://", "https://"))


class KnowledgeGraph:
    """A finkg knowledge graph: an embedded store or a SPARQL endpoint.

    Every method raises a :class:`kg.errors.FinkgError` subclass with a
    one-line message on bad input, as the command line reports it.
    """

    def __init__(self, location: str | Path | None = None, *,
                 timeout: float | None = None) -> None:
        """``location``: a store folder (default: ``$FINKG_STORE``, else
        ``.finkg/store``) or an ``http(s)://`` SPARQL endpoint URL."""
        self.store: Store | None = None
        self.target: Target
        if location is not None and _is_url(location):
            from kg.rdf.remote import Endpoint

            self.target = RemoteTarget(Endpoint(str(location), timeout=timeout))
        else:
            self.store = Store(location)
            self.target = LocalTarget(self.store)

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.target.describe()!r})"

    def _embedded(self, what: str) -> Store:
        if self.store is None:
            raise FinkgError(f"{what} needs an embedded store, not {self.target.describe()}")
        return self.store

    # --- building ----------------------------------------------------------------------

    def build(self, paths: Iterable[str | Path], *, jobs: int = 1) -> BuildReport:
        """Build ``.txt``/``.md`` files, ``.jsonl`` records and folders, as ``kg build``."""
        from kg.build import build

        return build([str(p) for p in paths], self._embedded("building"), jobs=jobs)

    def build_texts(self, texts: Mapping[str, str], *, published: date | None = None
                    ) -> BuildReport:
        """Build articles given as text (first line the headline), by article id."""
        from kg.build import build_articles

        return build_articles(self._articles(texts, published), self._embedded("building"))

    @staticmethod
    def _articles(texts: Mapping[str, str], published: date | None
                  ) -> Iterator[Article | InputError]:
        from kg.ingest import article_id, make_article

        for name, text in texts.items():
            ident = article_id(name)
            digest = hashlib.sha256(text.encode()).hexdigest()
            try:
                yield make_article(text=text, source=name, article_id=f"{ident}_{digest[:16]}",
                                   sha256=digest, published=published)
            except InputError as err:
                yield err

    # --- querying ----------------------------------------------------------------------

    def entity(self, name: str) -> ox.NamedNode:
        """The entity a label, alias or IRI names (``"Alibaba"`` → ``kgr:alibaba-group``)."""
        return resolve_entity(self.target, name)

    def _run(self, sparql: str, params: Mapping[str, Term] | None) -> Result:
        text = bind_values(sparql, dict(params or {}))
        result = run(self.target, text)
        assert result is not None  # updates are refused
        return result

    def query(self, sparql: str, params: Mapping[str, Term] | None = None) -> list[Row]:
        """The rows of a SELECT query as ``{variable: value}`` (IRIs and lexical forms).

        ``params`` binds variables to RDF terms (:meth:`entity`,
        ``pyoxigraph.Literal``), never by pasting text into the query.
        """
        return self._run(sparql, params).records()

    def ask(self, sparql: str, params: Mapping[str, Term] | None = None) -> bool:
        """The answer of an ASK query."""
        return self._run(sparql, params).boolean

    def construct(self, sparql: str, params: Mapping[str, Term] | None = None
                  ) -> list[ox.Triple]:
        """The triples of a CONSTRUCT or DESCRIBE query."""
        return self._run(sparql, params).triples()

    def named(self, name: str, **params: str) -> list[Row]:
        """The rows of a named query (``kg query --list``); parameters as on the
        command line: entities by label, alias or IRI, ``limit`` a number."""
        text = bind_named(self.target, named_query(name), params)
        return self._run(text, None).records()

    @staticmethod
    def named_queries() -> list[str]:
        """The names of the named queries."""
        return list(load_library())

    def explain(self, entity: str, prop: str | None = None, obj: str | None = None
                ) -> Explanation:
        """The articles, sentences and offsets behind an entity, or behind the
        fact ``entity prop obj``; ``str()`` of it is what ``kg explain`` prints."""
        from kg.explain import explain_entity, explain_fact

        if (prop is None) != (obj is None):
            raise QueryError("explain a fact with both a property and an object")
        if prop is not None and obj is not None:
            return explain_fact(self.target, entity, prop, obj)
        return explain_entity(self.target, entity)

    # --- views and export --------------------------------------------------------------

    def networkx(self, *, types: Iterable[str] | None = None,
                 properties: Iterable[str] | None = None,
                 articles: Iterable[str] | None = None, catalogue: bool = False,
                 figures: bool = False) -> nx.MultiDiGraph:
        """The entity graph as a NetworkX ``MultiDiGraph``, filtered as ``kg graph`` is."""
        from kg.views.network import entity_graph

        with self._embedded("the NetworkX view").snapshot() as snapshot:
            return entity_graph(snapshot, types=types, properties=properties,
                                articles=articles, catalogue=catalogue, figures=figures)

    def export(self, fmt: str = "trig") -> bytes:
        """The whole graph serialised as ``ttl``, ``trig``, ``nt``, ``nq`` or ``jsonld``."""
        from kg.rdf.export import export

        out = io.BytesIO()
        with self._embedded("export").snapshot() as snapshot:
            export(snapshot, fmt, out)
        return out.getvalue()


__all__ = ["KnowledgeGraph"]
