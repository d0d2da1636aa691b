"""The article page: an article's metadata, the entities it mentions and every fact
it yields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from kg.query import compact, term_syntax
from kg.rdf.namespaces import CATALOGUE_GRAPH, ENTITY_GRAPH
from kg.rdf.store import Snapshot
from kg.web.reads.common import Row, article_id, as_int, as_text, entity_ref, local_name, select

_ARTICLE_META = """
SELECT ?p ?v WHERE {
  VALUES ?p { schema:headline schema:datePublished schema:url schema:inLanguage fin:source
              fin:sha256 fin:adBlocks }
  GRAPH ?article { ?article ?p ?v }
}
"""
_ARTICLE_FACTS = """
SELECT ?node ?kind ?s ?p ?o ?start ?end ?sentence ?value ?min ?max ?unit ?rating WHERE {
  GRAPH ?article {
    { ?node fin:entity ?s . BIND("mention" AS ?kind) }
    UNION { ?node a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
            BIND("relation" AS ?kind) }
    UNION { ?node a fin:Observation ; fin:about ?s ; fin:metric ?p . BIND("figure" AS ?kind)
            OPTIONAL { ?node fin:estimatedBy ?o } }
    UNION { ?node a fin:AnalystRating ; fin:by ?s ; fin:about ?o ; fin:rating ?rating .
            BIND("rating" AS ?kind) }
    OPTIONAL { ?node fin:start ?start } OPTIONAL { ?node fin:end ?end }
    OPTIONAL { ?node fin:evidence ?sentence }
    OPTIONAL { ?node fin:value ?value } OPTIONAL { ?node fin:minValue ?min }
    OPTIONAL { ?node fin:maxValue ?max } OPTIONAL { ?node fin:unit ?unit }
  }
}
"""
_ARTICLE_ENTITIES = """
SELECT ?e ?label ?type ?alias WHERE {
  GRAPH ?article { ?article fin:mentions ?e }
  # entities are described in the catalogue graph or the shared entity graph, each
  # named in the pattern: a GRAPH ?g bound by VALUES would read every graph's labels
  { GRAPH <CATALOGUE> { ?e rdfs:label ?label OPTIONAL { ?e a ?type } } }
  UNION { GRAPH <ENTITIES> { ?e rdfs:label ?label OPTIONAL { ?e a ?type } } }
  OPTIONAL { { GRAPH <CATALOGUE> { ?e skos:altLabel ?alias } }
             UNION { GRAPH <ENTITIES> { ?e skos:altLabel ?alias } } }
}
""".replace("CATALOGUE", str(CATALOGUE_GRAPH)).replace("ENTITIES", str(ENTITY_GRAPH))


def _about_article(query: str, iri: ox.NamedNode) -> str:
    """``query`` with ``?article`` written as the article's IRI (checked to be one term):
    a graph named in the pattern is found by the store's graph index, where a bound
    ``GRAPH ?article`` is not, and the store would read every article graph."""
    return query.replace("?article", term_syntax(iri))


def article_meta(store: Snapshot, iri: ox.NamedNode) -> Row | None:
    """Headline, date, URL, language, source, SHA-256 and ad blocks of an article."""
    meta: Row = {}
    for row in select(store, _about_article(_ARTICLE_META, iri)):
        meta[local_name(as_text(row, "p") or "")] = as_text(row, "v")
    if not meta:
        return None
    return {"iri": iri.value, "id": article_id(iri.value), "headline": meta.get("headline", ""),
            "date": meta.get("datePublished"), "url": meta.get("url"),
            "lang": meta.get("inLanguage"), "source": meta.get("source"),
            "sha256": meta.get("sha256"), "adBlocks": int(meta.get("adBlocks") or 0)}


def _figure_text(row: Mapping[str, Any]) -> str:
    amount = as_text(row, "value") or f"{as_text(row, 'min')}–{as_text(row, 'max')}"
    return f"{local_name(as_text(row, 'p') or '')} {amount} {local_name(as_text(row, 'unit') or '')}"


def article_facts(store: Snapshot, iri: ox.NamedNode) -> tuple[list[Row], list[Row]]:
    """The entities an article mentions (with the surface forms it recorded) and every
    mention, relation, figure and rating with its span and a one-line summary."""
    entities: dict[str, Row] = {}
    for row in select(store, _about_article(_ARTICLE_ENTITIES, iri)):
        e = as_text(row, "e") or ""
        entry = entities.setdefault(e, {**entity_ref(e, as_text(row, "label"),
                                                      local_name(as_text(row, "type") or "")),
                                        "names": []})
        kind = local_name(as_text(row, "type") or "")
        if kind and kind != entry["type"] and entry["type"] in ("Organization", "Product", ""):
            entry["type"] = kind
        alias = as_text(row, "alias")
        if alias and alias not in entry["names"]:
            entry["names"].append(alias)

    def name(term: str | None) -> str:
        return entities[term]["label"] if term in entities else compact(term or "")

    facts = []
    for row in select(store, _about_article(_ARTICLE_FACTS, iri)):
        kind = as_text(row, "kind") or ""
        s, o = as_text(row, "s"), as_text(row, "o")
        if kind == "mention":
            summary = f"{name(s)} ({entities.get(s or '', {}).get('type') or 'entity'})"
        elif kind == "relation":
            summary = f"{name(s)} {local_name(as_text(row, 'p') or '')} {name(o)}"
        elif kind == "figure":
            summary = f"{name(s)}: {_figure_text(row)}" + (f" (estimated by {name(o)})" if o else "")
        else:
            summary = f"{name(s)} rates {name(o)} {as_text(row, 'rating')}"
        facts.append({"kind": kind, "start": as_int(row, "start"), "end": as_int(row, "end"),
                      "summary": summary, "sentence": as_text(row, "sentence") or "",
                      "entity": entity_ref(s, name(s), entities.get(s, {}).get("type"))
                      if kind == "mention" and s else None})
    facts.sort(key=lambda f: (f["start"] if f["start"] is not None else -1, f["kind"]))
    return sorted(entities.values(), key=lambda e: e["label"].lower()), facts
