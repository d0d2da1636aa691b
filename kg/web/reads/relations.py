"""The relations the articles state about an entity, and the sentences that say so.

A hub of a 50,000-article store is the subject of relations in tens of thousands
of article graphs, so relations are counted by the store (``COUNT`` grouped by
property and neighbour) over at most :data:`RELATION_SCAN` statements and only
the counts travel; evidence sentences are read only for the relations a page
shows, a few at a time, as the index yields them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from kg.query import CATALOGUE
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Snapshot
from kg.records import PROPERTIES, SYMMETRIC_PROPERTIES
from kg.web.reads.common import (
    FIN_NS,
    Row,
    Term,
    article_ref,
    as_int,
    as_text,
    local_name,
    select,
    values_clause,
)

EVIDENCE_PAGE = 5
RELATION_SCAN = 5_000


def _each_property(pattern: str) -> str:
    """``pattern`` (with ``?p`` for the property) once per relation property, as a UNION:
    one index range each. With the properties in a VALUES clause the store joins
    them against every statement of theirs in the store, about three times slower
    for a hub of a 20,000-article store."""
    return "\n    UNION ".join(
        "{ " + pattern.replace("?p", f"fin:{p}") + f" BIND(fin:{p} AS ?p) }}"
        for p in PROPERTIES)


# At most RELATION_SCAN statements are counted: beyond that the counts are lower
# bounds, and the page says so.
_RELATION_COUNTS = f"""
SELECT ?p ?other ?out (COUNT(?a) AS ?n) WHERE {{
  {{
    SELECT ?entity ?p ?other ?out ?a WHERE {{
      {{ {_each_property("GRAPH ?a { ?entity ?p ?other }")} BIND(true AS ?out) }}
      UNION {{ {_each_property("GRAPH ?a { ?other ?p ?entity }")} BIND(false AS ?out) }}
      FILTER(?a != <{CATALOGUE}>)
    }} LIMIT {RELATION_SCAN}
  }}
}} GROUP BY ?p ?other ?out
"""


def relation_counts(store: Snapshot, iri: ox.NamedNode, scan: int = RELATION_SCAN
                    ) -> list[Row]:
    """Each (property, neighbour, direction) the articles state, with how many articles,
    most first, counted over at most ``scan`` statements.

    Symmetric properties are one group whichever way an article wrote them.
    """
    groups: dict[tuple[str, str, bool], int] = {}
    query = _RELATION_COUNTS.replace(f"LIMIT {RELATION_SCAN}", f"LIMIT {int(scan)}")
    for row in select(store, query, {"entity": iri}):
        prop = local_name(as_text(row, "p") or "")
        other = as_text(row, "other") or ""
        out = prop in SYMMETRIC_PROPERTIES or as_text(row, "out") == "true"
        key = (prop, other, out)
        groups[key] = groups.get(key, 0) + (as_int(row, "n") or 0)
    return [{"property": p, "other": o, "out": out, "articles": n}
            for (p, o, out), n in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))]


# The statements are read as the store's index yields them, up to the limit: a hub's
# strongest relation is stated in thousands of articles, and ordering them all by
# date would cost as much as reading them all.
_EVIDENCE = f"""
SELECT ?a ?date ?headline ?sentence ?start ?end WHERE {{
  {{
    SELECT ?s ?p ?o ?symmetric ?a ?st WHERE {{
      {{ GRAPH ?a {{ ?s ?p ?o }} }} UNION {{ GRAPH ?a {{ ?o ?p ?s }} FILTER(?symmetric) }}
      FILTER(?a != <{CATALOGUE}>)
      GRAPH ?a {{ ?st rdf:predicate ?p ; rdf:subject ?ss ; rdf:object ?oo }}
      FILTER(?ss = ?s && ?oo = ?o || ?symmetric && ?ss = ?o && ?oo = ?s)
    }} LIMIT 10 OFFSET 0
  }}
  OPTIONAL {{ GRAPH ?a {{ ?a schema:datePublished ?date }} }}
  OPTIONAL {{ GRAPH ?a {{ ?a schema:headline ?headline }} }}
  OPTIONAL {{ GRAPH ?a {{ ?st fin:evidence ?sentence }} }}
  OPTIONAL {{ GRAPH ?a {{ ?st fin:start ?start }} }}
  OPTIONAL {{ GRAPH ?a {{ ?st fin:end ?end }} }}
}} ORDER BY DESC(?date) ?a ?start
"""


def evidence(store: Snapshot, subject: str, prop: str, obj: str, *, limit: int,
             offset: int = 0) -> list[Row]:
    """Up to ``limit`` statements of ``subject prop obj`` in the articles, from
    ``offset`` in the store's order, the newest of them first (sentence as text;
    :func:`mark_sentences` splits it into parts)."""
    query = _EVIDENCE.replace("LIMIT 10 OFFSET 0", f"LIMIT {int(limit)} OFFSET {int(offset)}")
    bindings: dict[str, Term] = {
        "s": ox.NamedNode(subject), "p": ox.NamedNode(FIN_NS + prop), "o": ox.NamedNode(obj),
        "symmetric": ox.Literal("true" if prop in SYMMETRIC_PROPERTIES else "false",
                                datatype=ox.NamedNode(PREFIXES["xsd"] + "boolean"))}
    return [{"article": article_ref(row), "sentence": as_text(row, "sentence") or "",
             "start": as_int(row, "start"), "end": as_int(row, "end"), "sides": [subject, obj]}
            for row in select(store, query, bindings)]


_SEEN_NAMES = """
SELECT ?a ?e ?name WHERE { %s %s GRAPH ?a { ?e skos:altLabel|rdfs:label ?name } }
"""


def mark_sentences(store: Snapshot, items: list[Row], labels: Mapping[str, list[str]]) -> None:
    """Split each evidence sentence into ``[text, marked]`` parts, marking the names
    of the fact's two sides: their catalogue names (``labels``) and the surface
    forms the article itself recorded for them (one query for all items)."""
    articles = {i["article"]["iri"] for i in items}
    sides = {side for i in items for side in i["sides"]}
    seen: dict[tuple[str, str], list[str]] = {}
    if articles and sides:
        query = _SEEN_NAMES % (values_clause("a", (ox.NamedNode(a) for a in sorted(articles))),
                               values_clause("e", (ox.NamedNode(e) for e in sorted(sides))))
        for row in select(store, query):
            seen.setdefault((as_text(row, "a") or "", as_text(row, "e") or ""), []).append(
                as_text(row, "name") or "")
    for item in items:
        names = [n for side in item.pop("sides") for n in
                 [*labels.get(side, []), *seen.get((item["article"]["iri"], side), [])]]
        item["sentence"] = highlight(item["sentence"], sorted(set(names), key=len, reverse=True))


def highlight(sentence: str, names: list[str]) -> list[list[Any]]:
    """``sentence`` as ``[text, marked]`` parts, where each of ``names`` (longest
    first, whole words, any case) is marked: the two sides of the fact."""
    if not names:
        return [[sentence, False]]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)",
                         re.IGNORECASE)
    parts: list[list[Any]] = []
    at = 0
    for match in pattern.finditer(sentence):
        if match.start() > at:
            parts.append([sentence[at:match.start()], False])
        parts.append([match.group(), True])
        at = match.end()
    if at < len(sentence):
        parts.append([sentence[at:], False])
    return parts


_NAMES = f"""
SELECT DISTINCT ?e ?name WHERE {{
  %s
  {{ GRAPH <{CATALOGUE}> {{ {{ ?e rdfs:label ?name }} UNION {{ ?e skos:altLabel ?name }} }} }}
}}
"""


def surface_names(store: Snapshot, iris: Iterable[str]) -> dict[str, list[str]]:
    """IRI → the catalogue's label and aliases: the words to mark in a sentence."""
    wanted = sorted(set(iris))
    names: dict[str, list[str]] = {i: [] for i in wanted}
    if wanted:
        for row in select(store, _NAMES % values_clause("e", (ox.NamedNode(i) for i in wanted))):
            names[as_text(row, "e") or ""].append(as_text(row, "name") or "")
    return names
