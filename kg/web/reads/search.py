"""The home page: suggestions as one types, and a summary of what the store holds."""

from __future__ import annotations

import pyoxigraph as ox

from kg.query import CATALOGUE
from kg.rdf.store import Snapshot
from kg.web.reads.common import (
    Row,
    article_ref,
    as_int,
    as_text,
    entity_ref,
    labels_and_types,
    local_name,
    select,
)

MAX_SUGGESTIONS = 10
LATEST_ARTICLES = 10


# The names that match, then the label and type of the entities found (one look-up
# for all): joined in one query, the store reads every entity's label and type.
_SUGGEST = f"""
SELECT ?e ?name ?rank WHERE {{
  GRAPH <{CATALOGUE}> {{
    {{ ?e rdfs:label ?name BIND(0 AS ?rank) }} UNION {{ ?e skos:altLabel ?name BIND(1 AS ?rank) }}
    UNION {{ ?e fin:ticker ?name BIND(2 AS ?rank) }}
  }}
  FILTER(STRSTARTS(LCASE(STR(?name)), ?prefix) || CONTAINS(LCASE(STR(?name)), ?inner))
}}
"""

# Entities only the articles know: looked up by their exact label (as typed, or
# with a capital first letter), which the store's index answers at once; a prefix
# search would read every label of every article graph.
_DISCOVERED = f"""
SELECT DISTINCT ?e ?name ?type WHERE {{
  GRAPH ?g {{ ?e rdfs:label ?name ; a ?type }}
  FILTER(?g != <{CATALOGUE}>)
}} LIMIT {MAX_SUGGESTIONS}
"""


def suggest(store: Snapshot, text: str) -> list[Row]:
    """Entities whose name, alias or ticker starts with ``text`` (or has a word that
    does), best first: names before aliases before tickers, prefixes before inner words.

    The catalogue graph is searched (it is small and holds every alias and
    ticker); entities only the articles know are found by their exact label.
    """
    needle = " ".join(text.split()).lower()
    if not needle:
        return []
    bindings = {"prefix": ox.Literal(needle), "inner": ox.Literal(" " + needle)}
    best: dict[str, tuple[tuple[int, int, int, str], str]] = {}
    for row in select(store, _SUGGEST, bindings):
        iri, name = as_text(row, "e") or "", as_text(row, "name") or ""
        score = (0 if name.lower().startswith(needle) else 1, as_int(row, "rank") or 0,
                 len(name), name.lower())
        if iri not in best or score < best[iri][0]:
            best[iri] = (score, name)
    chosen = sorted(best.items(), key=lambda kv: kv[1][0])[:MAX_SUGGESTIONS]
    described = labels_and_types(store, (iri for iri, _ in chosen))
    found: dict[str, Row] = {
        iri: {**entity_ref(iri, *described.get(iri, (None, None))), "match": name,
              "score": score} for iri, (score, name) in chosen}
    typed = " ".join(text.split())
    for name in dict.fromkeys((typed, typed[:1].upper() + typed[1:])):
        for row in select(store, _DISCOVERED, {"name": ox.Literal(name)}):
            iri = as_text(row, "e") or ""
            if iri not in found:
                found[iri] = {**entity_ref(iri, name, local_name(as_text(row, "type") or "")),
                              "match": name, "score": (0, 0, len(name), name.lower())}
    ranked = sorted(found.values(), key=lambda r: r["score"])[:MAX_SUGGESTIONS]
    return [{k: v for k, v in r.items() if k != "score"} for r in ranked]


_LATEST = f"""
SELECT ?a ?headline ?date WHERE {{
  {{ SELECT ?a ?date WHERE {{ GRAPH ?a {{ ?a schema:datePublished ?date }} }}
     ORDER BY DESC(?date) ?a LIMIT {LATEST_ARTICLES} }}
  OPTIONAL {{ GRAPH ?a {{ ?a schema:headline ?headline }} }}
}} ORDER BY DESC(?date) ?a
"""
_ANY_ARTICLES = f"""
SELECT ?a ?headline WHERE {{ GRAPH ?a {{ ?a a fin:Article ; schema:headline ?headline }} }}
LIMIT {LATEST_ARTICLES}
"""


_COUNTS = {
    "articles": "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?a { ?a a fin:Article } }",
    "relations": "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?a { ?s a rdf:Statement } }",
    "figures": "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH ?a { ?o a fin:Observation } }",
    "ratings": "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH ?a { ?r a fin:AnalystRating } }",
    "adBlocks": "SELECT (SUM(?k) AS ?n) WHERE { GRAPH ?a { ?a fin:adBlocks ?k } }",
}
_MENTIONED_TYPES = f"""
SELECT ?e ?type WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{ GRAPH ?a {{ ?a fin:mentions ?e }} }} }}
  OPTIONAL {{ GRAPH <{CATALOGUE}> {{ ?e a ?type }} }}
}}
"""
_ANY_TYPE = """
SELECT ?type WHERE { GRAPH ?g { ?e a ?type } } LIMIT 1
"""
# entities only the articles know are typed one look-up each, up to this many
MAX_TYPE_LOOKUPS = 500


def summary(store: Snapshot) -> Row:
    """What the store holds: counts, entities by type, the latest articles.

    Each count is one range of the store's index (``kg stats`` also groups
    relations and figures, which reads every statement and is too slow for a
    page on a big store).
    """
    counts = {}
    for name, query in _COUNTS.items():
        rows = select(store, query)
        counts[name] = (as_int(rows[0], "n") or 0) if rows else 0
    by_type: dict[str, int] = {}
    lookups = 0
    for row in select(store, _MENTIONED_TYPES):
        kind = local_name(as_text(row, "type") or "")
        if not kind and lookups < MAX_TYPE_LOOKUPS:
            lookups += 1
            entity = row["e"]
            found = (select(store, _ANY_TYPE, {"e": entity})
                     if isinstance(entity, ox.NamedNode) else [])
            kind = local_name(as_text(found[0], "type") or "") if found else ""
        by_type[kind or "other"] = by_type.get(kind or "other", 0) + 1
    return {**counts, "entities": sum(by_type.values()),
            "entitiesByType": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
            "latest": latest_articles(store)}


def latest_articles(store: Snapshot) -> list[Row]:
    """The newest articles by publication date (any articles when none has a date)."""
    rows = select(store, _LATEST) or select(store, _ANY_ARTICLES)
    return [article_ref(row) for row in rows]
