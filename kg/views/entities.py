"""Entities as the graph views see them: filters, descriptions and names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.namespaces import FIN, KGR, PREFIXES
from kg.resolve import NameRow, NotFound, resolve
from kg.resolve import close_matches as close_names
from kg.resources import internal_query, with_values
from kg.views.base import (
    _ARTICLE_GRAPH,
    _CATALOGUE,
    ENTITY_TYPES,
    RELATIONS,
    _alias_order,
    _article_iri,
    _check_names,
    _date,
    _fin,
    _iris,
    _is_a,
    _local,
    _take_descriptions,
    as_snapshot,
)


class StoreView:
    """The entities of the store as a graph view sees them, with its filters:
    which articles count, which entities and relations are kept, their labels,
    types and aliases, and looking them up by name (a
    :class:`kg.resolve.NameIndex`). :class:`kg.views.reader.GraphReader` adds
    the relations on top."""

    def __init__(self, dataset: Any, *, types: Iterable[str] | None = None,
                 properties: Iterable[str] | None = None,
                 articles: Iterable[str] | None = None,
                 languages: Iterable[str] | None = None, since: date | None = None,
                 until: date | None = None, catalogue: bool = False) -> None:
        self.snapshot = as_snapshot(dataset)
        self.type_filter = _check_names(types, ENTITY_TYPES, "entity type")
        kept = _check_names(properties, RELATIONS, "property")
        self.props = tuple(p for p in RELATIONS if kept is None or p in kept)
        self.article_ids = None if articles is None else sorted(
            {_article_iri(a) for a in articles})
        self.languages = None if languages is None else {x.casefold() for x in languages}
        self.since, self.until, self.catalogue = since, until, catalogue
        self._descriptions: dict[str, tuple[str, str, list[str]]] = {}
        self._present: dict[str, bool] = {}
        self._facts: list[tuple[str, str, str]] | None = None
        self._names: list[tuple[str, str, int]] | None = None
        self._catalogue_names: list[tuple[str, str, int]] | None = None
        self._scan_size: int | None = None
        if self.article_ids:
            self._check_articles(self.article_ids)

    # -- running queries

    def select(self, query: str) -> list[tuple[Any, ...]]:
        """The rows of a SELECT query, each term as its plain value (IRI or lexical form)."""
        return self.snapshot.values(query)

    def ask(self, query: str) -> bool:
        return self.snapshot.ask(query)

    def _check_articles(self, iris: list[str]) -> None:
        valid = []
        for iri in iris:
            try:
                valid.append(ox.NamedNode(iri).value)
            except ValueError:
                pass
        found = {a for (a,) in self.select(
            f"SELECT ?a WHERE {{ VALUES ?a {{ {_iris(valid)} }} VALUES ?t {{ fin:Article }} "
            "GRAPH ?a { ?a a ?t } }")}
        missing = sorted(_local(i) for i in set(iris) - found)
        if missing:
            raise QueryError(f"no such article in the store: {', '.join(missing)}")

    def chosen(self) -> str:
        """SPARQL that keeps ``?g`` to the article graphs the filters choose.

        Placed after the pattern that binds ``?g``: the language and date are
        then looked up per graph found (OPTIONAL keeps that order), instead of
        the store listing every article in a language first.
        """
        parts = [_ARTICLE_GRAPH]
        if self.article_ids is not None:
            keys = " ".join(f"({iri} true)" for iri in _iris(self.article_ids).split())
            parts.append(f"OPTIONAL {{ VALUES (?g ?chosen) {{ {keys} }} }} FILTER(BOUND(?chosen))")
        if self.languages is not None:
            langs = ", ".join(str(ox.Literal(x)) for x in sorted(self.languages))
            parts.append("OPTIONAL { GRAPH ?g { ?g schema:inLanguage ?language } } "
                         f"FILTER(BOUND(?language) && LCASE(STR(?language)) IN ({langs}))")
        if self.since or self.until:
            tests = ["BOUND(?published)"]
            if self.since:
                tests.append(f'SUBSTR(STR(?published), 1, 10) >= "{self.since.isoformat()}"')
            if self.until:
                tests.append(f'SUBSTR(STR(?published), 1, 10) <= "{self.until.isoformat()}"')
            parts.append("OPTIONAL { GRAPH ?g { ?g schema:datePublished ?published } } "
                         f"FILTER({' && '.join(tests)})")
        return "\n".join(parts)

    def catalogue_facts(self) -> list[tuple[str, str, str]]:
        """The catalogue's relations (kept properties only) as (subject, property, object)."""
        if self._facts is None:
            rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {_CATALOGUE} {{ "
                               f"VALUES ?p {{ {_fin(self.props)} }} ?s ?p ?o }} }}"
                               if self.props else "SELECT * WHERE {} LIMIT 0")
            self._facts = sorted((s, _local(p), o) for s, p, o in rows)
        return self._facts

    # -- entities

    def describe(self, nodes: Iterable[str]) -> None:
        """Read label, type and aliases of the entities not described yet: from the
        catalogue graph, and from the articles for those it does not describe."""
        todo = sorted({n for n in nodes if n not in self._descriptions})
        for start in range(0, len(todo), 2000):
            chunk = todo[start:start + 2000]
            labels: dict[str, str] = {}
            kinds: dict[str, str] = {}
            aliases: dict[str, set[str]] = {}

            values = _iris(chunk)
            _take_descriptions(labels, kinds, self.select(f"SELECT ?e ?t ?l WHERE {{ VALUES ?e {{ {values} }} "
                             f"GRAPH {_CATALOGUE} {{ ?e a ?t ; rdfs:label ?l }} }}"))
            for e, alias in self.select(f"SELECT ?e ?a WHERE {{ VALUES ?e {{ {values} }} "
                                        f"GRAPH {_CATALOGUE} {{ ?e skos:altLabel ?a }} }}"):
                aliases.setdefault(e, set()).add(alias)
            rest = [n for n in chunk if n not in kinds]
            if rest:
                values = _iris(rest)
                _take_descriptions(labels, kinds, self.select(f"SELECT ?e ?t (MIN(?l) AS ?label) WHERE {{ VALUES ?e {{ "
                                 f"{values} }} GRAPH ?g {{ ?e a ?t ; rdfs:label ?l }} }} "
                                 "GROUP BY ?e ?t"))
                for e, alias in self.select(f"SELECT DISTINCT ?e ?a WHERE {{ VALUES ?e {{ "
                                            f"{values} }} GRAPH ?g {{ ?e skos:altLabel ?a }} }}"):
                    aliases.setdefault(e, set()).add(alias)
            for n in chunk:
                self._descriptions[n] = (labels.get(n) or _local(n), kinds.get(n, "Thing"),
                                         sorted(aliases.get(n, ()), key=_alias_order))

    def label(self, node: str) -> str:
        self.describe([node])
        return self._descriptions[node][0]

    def keeps(self, node: str) -> bool:
        """Whether the type filter keeps the entity."""
        if self.type_filter is None:
            return True
        self.describe([node])
        return _is_a(self._descriptions[node][1], self.type_filter)

    def present(self, node: str) -> bool:
        """Whether a chosen article mentions the entity or states a kept relation about it."""
        if node not in self._present:
            props = _fin(self.props)
            relation = (f"UNION {{ VALUES ?p {{ {props} }} GRAPH ?g {{ <{node}> ?p ?o }} }} "
                        f"UNION {{ VALUES ?p {{ {props} }} GRAPH ?g {{ ?s ?p <{node}> }} }}"
                        if props else "")
            self._present[node] = self.ask(
                f"ASK {{ {{ GRAPH ?g {{ ?g fin:mentions <{node}> }} }} {relation}\n"
                f"{self.chosen()} }}")
        return self._present[node]

    def in_graph(self, node: str) -> bool:
        """Whether :func:`entity_graph` with the same filters has a node for the entity."""
        if not self.keeps(node):
            return False
        if self.present(node):
            return True
        if not self.catalogue:
            return False
        others = {o if s == node else s for s, _, o in self.catalogue_facts()
                  if node in (s, o) and s != o}
        self.describe(others)
        return any(self.keeps(x) and self.present(x) for x in sorted(others))

    def node_data(self, node: str, *, present: bool | None = None,
                  aliases: Iterable[str] | None = None) -> dict[str, Any]:
        """The attributes of an entity node (``articles`` left empty: see the callers)."""
        self.describe([node])
        label, kind, own = self._descriptions[node]
        present = self.present(node) if present is None else present
        return {"kind": "entity", "label": label, "type": kind,
                "aliases": own if aliases is None else sorted(set(aliases), key=_alias_order),
                "articles": [], "catalogue": not present}

    def all_aliases(self) -> dict[str, list[str]]:
        """Every entity's aliases, from every graph (one pass; few rows)."""
        found: dict[str, list[str]] = {}
        for e, alias in self.select(internal_query("kg.views", "aliases")):
            found.setdefault(e, []).append(alias)
        return found

    # -- finding an entity by name

    where = "the graph"

    def find(self, name: str) -> str:
        """The entity ``name`` denotes (:func:`kg.resolve.resolve`), in the graph
        :func:`entity_graph` reads with the same filters, without reading it."""
        try:
            return resolve(self, name)
        except NotFound as err:
            if not err.known:
                raise
            where = "no article chosen mentions" if self._filtered() else "no article mentions"
            hint = "" if self.catalogue else " (--catalogue adds the entity catalogue's facts)"
            raise QueryError(f"no entity named {name!r} in the graph: {where} "
                             f"{', '.join(self.label(n) for n in err.known)}{hint}") from None

    def explicit(self, name: str) -> str | None:
        """An IRI or ``kgr:`` slug."""
        found = self._iri_candidates(name)
        return found[0] if found else None

    def accepts(self, iri: str) -> bool:
        return self.in_graph(iri)

    def named(self, variants: Sequence[str], catalogue: bool) -> list[NameRow]:
        """Entities with a label or alias equal to one of ``variants``: the store's index."""
        text = internal_query("kg", "names-bound")
        if catalogue:
            text = text.replace("GRAPH ?g", f"GRAPH {_CATALOGUE}")
        literals = " ".join(str(ox.Literal(v)) for v in variants)
        return [(e, label, int(rank)) for e, label, rank in self.select(
            with_values(text, l=literals))]

    def _filtered(self) -> bool:
        return (self.article_ids is not None or self.languages is not None
                or self.since is not None or self.until is not None
                or self.type_filter is not None or len(self.props) < len(RELATIONS))

    @staticmethod
    def _iri_candidates(name: str) -> list[str]:
        text = name.strip()
        iri = text if text.startswith("http") else str(KGR) + text.removeprefix("kgr:")
        try:
            return [ox.NamedNode(iri).value] if text and not re.search(r"\s", text) else []
        except ValueError:
            return []

    def catalogue_names(self) -> list[tuple[str, str, int]]:
        """(entity, name, 0 for a label or 1 for an alias) of every catalogue entity."""
        if self._catalogue_names is None:
            self._catalogue_names = self._name_rows(f"GRAPH {_CATALOGUE}")
        return self._catalogue_names

    def all_names(self) -> list[tuple[str, str, int]]:
        """(entity, name, 0 or 1) of every entity an article mentions: one pass over
        all mentions, made only for names nothing else finds."""
        if self._names is None:
            self._names = sorted({(e, label, int(rank)) for e, label, rank in self.select(
                "SELECT DISTINCT ?e ?l ?rank WHERE { "
                "{ SELECT DISTINCT ?e WHERE { GRAPH ?a { ?a fin:mentions ?e } } } GRAPH ?g { "
                "{ ?e rdfs:label ?l BIND(0 AS ?rank) } UNION "
                "{ ?e skos:altLabel ?l BIND(1 AS ?rank) } } }")})
        return self._names

    def _name_rows(self, graph: str) -> list[tuple[str, str, int]]:
        return sorted((e, label, int(rank)) for e, label, rank in self.select(
            f"SELECT DISTINCT ?e ?l ?rank WHERE {{ {graph} {{ "
            "{ ?e rdfs:label ?l BIND(0 AS ?rank) } UNION "
            "{ ?e skos:altLabel ?l BIND(1 AS ?rank) } } }"))

    def close_matches(self, name: str, limit: int = 5) -> list[str]:
        """Labels of entities the articles name that look like ``name``."""
        return close_names(self.all_names(), name, limit)

    def article_meta(self, articles: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Headline, date, language and source of the given articles.

        Read with a quad pattern per article (graph and subject bound): a SPARQL
        query binding several articles makes the store go through all of them.
        """
        fields = {str(PREFIXES["schema"]) + "headline": "headline",
                  str(PREFIXES["schema"]) + "inLanguage": "lang",
                  str(PREFIXES["schema"]) + "datePublished": "date", str(FIN) + "source": "source"}
        found = {}
        for a in sorted(set(articles)):
            meta: dict[str, str] = {}
            for quad in self.snapshot.quads(a):
                name = fields.get(quad.predicate.value)
                if name is not None and quad.subject == ox.NamedNode(a):
                    meta.setdefault(name, quad.object.value)  # type: ignore[union-attr]
            day = _date(meta.get("date"))
            found[a] = {"id": _local(a), "headline": meta.get("headline", ""),
                        "date": day.isoformat() if day else None, "lang": meta.get("lang"),
                        "source": meta.get("source")}
        return found
