"""What every read of the browser pages shares: running a bounded SELECT, reading
its cells, page keys and IRIs, and how a page refers to an entity or an article.

Values from the request become RDF terms, bound with :func:`kg.query.bind_values`
or written as one term checked by :func:`kg.query.term_syntax`
(:func:`values_clause`); they never change the query text otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from kg.query import CATALOGUE, bind_values, compact, term_syntax
from kg.rdf.namespaces import FIN, KGR
from kg.rdf.store import Snapshot

Row = dict[str, Any]
Term = ox.NamedNode | ox.Literal

FIN_NS = str(FIN)
KGR_NS = str(KGR)


# A placeholder literal per parameter: where bind_values puts the VALUES clauses
# depends only on the query and the parameters' names, so it is worked out once.
_SLOT = "finkg-web-parameter-"


@lru_cache(maxsize=256)
def _with_slots(text: str, names: tuple[str, ...]) -> str:
    """``text`` bound by :func:`kg.query.bind_values` to placeholder literals."""
    return bind_values(text, {name: ox.Literal(_SLOT + name) for name in names})


def select(store: Snapshot, text: str, bindings: Mapping[str, Term] | None = None
           ) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]]:
    """Run a SELECT with ``bindings`` as a VALUES clause; rows without unbound variables."""
    query = text
    if bindings:
        query = _with_slots(text, tuple(bindings))
        for name, term in bindings.items():
            query = query.replace(term_syntax(ox.Literal(_SLOT + name)), term_syntax(term))
    answer = store.query(query, union=True)
    assert isinstance(answer, ox.QuerySolutions)
    names = [v.value for v in answer.variables]
    return [{n: t for n, t in zip(names, s) if t is not None} for s in answer]


def as_text(row: Mapping[str, Any], name: str) -> str | None:
    """A cell as text, None when the variable is unbound in that row."""
    term = row.get(name)
    return None if term is None else str(term.value)


def as_int(row: Mapping[str, Any], name: str) -> int | None:
    """A cell as a whole number, None when unbound or not a number (a bad count or
    span must not break the page)."""
    value = as_text(row, name)
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def local_name(iri: str) -> str:
    """The part of an IRI after ``#`` or the last ``/``: a metric, unit or type name."""
    return re.split(r"[#/]", iri)[-1]


def entity_key(iri: str) -> str | None:
    """The path segment of an entity page (``alibaba-cloud`` for ``kgr:alibaba-cloud``),
    or None for an IRI that is no finkg entity (an article, a Wikidata item)."""
    if not iri.startswith(KGR_NS):
        return None
    rest = iri[len(KGR_NS):]
    return rest if rest and "/" not in rest else None


def entity_iri(key: str) -> ox.NamedNode | None:
    """The entity IRI for a page key, None when the key cannot be one."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._~%-]*", key):
        return None
    return ox.NamedNode(KGR_NS + key)


def article_iri(article_id: str) -> ox.NamedNode | None:
    """The article IRI for an id (``003_f293324dbb63daf1``), None when it cannot be one."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", article_id):
        return None
    return ox.NamedNode(f"{KGR_NS}article/{article_id}")


def article_id(iri: str) -> str | None:
    """The id in an article IRI (the page path), None for an IRI that is no article."""
    prefix = f"{KGR_NS}article/"
    return iri[len(prefix):] if iri.startswith(prefix) else None


def entity_ref(iri: str, label: str | None = None, kind: str | None = None) -> Row:
    """How a page links to an entity: IRI, page key, label, type."""
    return {"iri": iri, "key": entity_key(iri), "label": label or compact(iri),
            "type": kind}


def article_ref(row: Mapping[str, Any], name: str = "a") -> Row:
    """How a page links to an article, from a row with its IRI as ``name`` and its
    ``headline`` and ``date``."""
    iri = as_text(row, name) or ""
    return {"iri": iri, "id": article_id(iri), "headline": as_text(row, "headline") or "",
            "date": as_text(row, "date")}


# The OPTIONAL stands outside the GRAPH block, in a GRAPH block of its own: written
# inside it, the store reads the type of every entity in every graph for the join.
_DESCRIPTIONS = f"""
SELECT ?e ?label ?type WHERE {{
  %s GRAPH <{CATALOGUE}> {{ ?e rdfs:label ?label }} OPTIONAL {{ GRAPH <{CATALOGUE}> {{ ?e a ?type }} }}
}}
"""
_ARTICLE_DESCRIPTION = """
SELECT ?label ?type WHERE { GRAPH ?g { ?e rdfs:label ?label ; a ?type } } LIMIT 1
"""


def values_clause(name: str, terms: Iterable[Term]) -> str:
    """A one-variable ``VALUES`` clause, each term checked to be exactly one SPARQL term."""
    return f"VALUES ?{name} {{ {' '.join(term_syntax(t) for t in terms)} }}"


def labels_and_types(store: Snapshot, iris: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """IRI → (label, type) from the catalogue, else from one article graph."""
    wanted = sorted(set(iris))
    if not wanted:
        return {}
    found: dict[str, tuple[str, str | None]] = {}
    query = _DESCRIPTIONS % values_clause("e", (ox.NamedNode(i) for i in wanted))
    for row in select(store, query):
        iri = as_text(row, "e") or ""
        kind = local_name(as_text(row, "type") or "") or None
        if iri not in found or (kind and not found[iri][1]):
            found[iri] = (as_text(row, "label") or compact(iri), kind)
    for iri in wanted:
        if iri not in found:
            rows = select(store, _ARTICLE_DESCRIPTION, {"e": ox.NamedNode(iri)})
            if rows:
                found[iri] = (as_text(rows[0], "label") or compact(iri),
                              local_name(as_text(rows[0], "type") or "") or None)
    return found
