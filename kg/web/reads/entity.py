"""The entity page: what the catalogue and the articles say an entity is, its
relations with evidence, its figures and ratings, and its nearest neighbours."""

from __future__ import annotations

import pyoxigraph as ox

from kg.query import CATALOGUE, compact
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Snapshot
from kg.records import SYMMETRIC_PROPERTIES
from kg.web.reads.common import (
    FIN_NS,
    Row,
    as_int,
    as_text,
    entity_iri,
    entity_key,
    entity_ref,
    labels_and_types,
    local_name,
    select,
)
from kg.web.reads.figures import COUNT_CAP, figures, ratings
from kg.web.reads.relations import (
    RELATION_SCAN,
    evidence,
    mark_sentences,
    relation_counts,
    surface_names,
)
from kg.web.timing import part

MAX_ALIASES = 30
# relations: neighbours listed per property, those with evidence, sentences each
MAX_NEIGHBOURS_PER_PROPERTY = 15
RELATIONS_WITH_EVIDENCE = 3
EVIDENCE_PER_RELATION = 2
# the types whose pages list the ratings they gave (fin:by is an institution)
RATERS = frozenset({"FinancialInstitution", "Organization", None})
# the neighbourhood drawing: neighbours, and at depth 2 theirs
NEIGHBOURHOOD_SIZE = 12


_CATALOGUE_ABOUT = f"""
SELECT ?p ?o ?olabel ?otype WHERE {{
  GRAPH <{CATALOGUE}> {{ ?entity ?p ?o OPTIONAL {{ ?o rdfs:label ?olabel }} OPTIONAL {{ ?o a ?otype }} }}
}}
"""
# the type in a GRAPH block of its own (see kg.web.reads.common._DESCRIPTIONS)
_CATALOGUE_INCOMING = f"""
SELECT ?p ?s ?slabel ?stype WHERE {{
  GRAPH <{CATALOGUE}> {{ ?s ?p ?entity . ?s rdfs:label ?slabel }}
  OPTIONAL {{ GRAPH <{CATALOGUE}> {{ ?s a ?stype }} }}
}} LIMIT 200
"""
_ARTICLE_ABOUT = f"""
SELECT DISTINCT ?p ?o WHERE {{
  VALUES ?p {{ rdf:type rdfs:label skos:altLabel owl:sameAs }}
  GRAPH ?g {{ ?entity ?p ?o }}
}} LIMIT {MAX_ALIASES + 10}
"""
_MENTIONED = """
SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?a { ?a fin:mentions ?entity } }
"""


def describe(store: Snapshot, iri: ox.NamedNode) -> Row | None:
    """Label, type, aliases, sameAs links, tickers and catalogue facts of an entity;
    None when the store knows nothing about it."""
    aliases: set[str] = set()
    same_as: set[str] = set()
    tickers: set[str] = set()
    label = kind = None
    facts: list[Row] = []
    for row in select(store, _CATALOGUE_ABOUT, {"entity": iri}):
        p, o = as_text(row, "p") or "", as_text(row, "o") or ""
        if p == PREFIXES["rdfs"] + "label":
            label = o
        elif p == PREFIXES["rdf"] + "type":
            kind = local_name(o)
        elif p == PREFIXES["skos"] + "altLabel":
            aliases.add(o)
        elif p == PREFIXES["owl"] + "sameAs":
            same_as.add(o)
        elif p == FIN_NS + "ticker":
            tickers.add(o)
        elif p.startswith(FIN_NS) and isinstance(row["o"], ox.NamedNode):
            facts.append({"property": local_name(p), "out": True,
                          "other": entity_ref(o, as_text(row, "olabel"),
                                               local_name(as_text(row, "otype") or ""))})
    catalogued = label is not None
    for row in select(store, _CATALOGUE_INCOMING, {"entity": iri}):
        p = as_text(row, "p") or ""
        if p.startswith(FIN_NS):
            facts.append({"property": local_name(p), "out": False,
                          "other": entity_ref(as_text(row, "s") or "", as_text(row, "slabel"),
                                               local_name(as_text(row, "stype") or ""))})
    if not catalogued:
        for row in select(store, _ARTICLE_ABOUT, {"entity": iri}):
            p, o = as_text(row, "p") or "", as_text(row, "o") or ""
            if p.endswith("#label") and label is None:
                label = o
            elif p.endswith("#type") and o.startswith(FIN_NS):
                kind = local_name(o)
            elif p.endswith("#altLabel"):
                aliases.add(o)
            elif p.endswith("#sameAs"):
                same_as.add(o)
    if label is None and kind is None:
        return None
    return {"iri": iri.value, "key": entity_key(iri.value), "label": label or compact(iri.value),
            "type": kind, "catalogued": catalogued,
            "aliases": sorted(aliases, key=str.lower)[:MAX_ALIASES],
            "sameAs": sorted(same_as), "tickers": sorted(tickers),
            "catalogueFacts": sorted(facts, key=lambda f: (f["property"], f["other"]["label"]))}


def entity_page(store: Snapshot, key: str) -> Row | None:
    """Everything the entity page shows, None when the store does not know ``key``."""
    iri = entity_iri(key)
    if iri is None:
        return None
    with part("describe"):
        about = describe(store, iri)
        if about is None:
            return None
        counted = select(store, _MENTIONED, {"entity": iri})
        about["articles"] = as_int(counted[0], "n") or 0 if counted else 0
    with part("relations"):
        groups = relation_counts(store, iri)
    by_property: dict[str, list[Row]] = {}
    hidden: dict[str, int] = {}
    for group in groups:
        shown = by_property.setdefault(group["property"], [])
        if len(shown) < MAX_NEIGHBOURS_PER_PROPERTY:
            shown.append(group)
        else:
            hidden[group["property"]] = hidden.get(group["property"], 0) + 1
    shown_iris = {g["other"] for gs in by_property.values() for g in gs}
    with part("labels"):
        labels = labels_and_types(store, shown_iris)
    relations = []
    shown_evidence: list[Row] = []
    with part("evidence"):
        for prop, shown in sorted(by_property.items(),
                                  key=lambda kv: -sum(g["articles"] for g in kv[1])):
            items = []
            for rank, group in enumerate(shown):
                other = group["other"]
                label, kind = labels.get(other, (compact(other), None))
                subject, obj = (iri.value, other) if group["out"] else (other, iri.value)
                sentences = evidence(store, subject, prop, obj, limit=EVIDENCE_PER_RELATION) \
                    if rank < RELATIONS_WITH_EVIDENCE else []
                shown_evidence.extend(sentences)
                items.append({"other": entity_ref(other, label, kind), "out": group["out"],
                              "articles": group["articles"], "evidence": sentences})
            relations.append({"property": prop, "symmetric": prop in SYMMETRIC_PROPERTIES,
                              "items": items, "more": hidden.get(prop, 0)})
        mark_sentences(store, shown_evidence, surface_names(store, shown_iris | {iri.value}))
    with part("figures"):
        figure_rows, figure_total = figures(store, iri)
    with part("ratings"):
        received = ratings(store, iri)
        given = ratings(store, iri, given=True) if about["type"] in RATERS else []
    return {"entity": about, "relations": relations, "figures": figure_rows,
            "figureTotal": figure_total, "figureTotalCapped": figure_total >= COUNT_CAP,
            "countsCapped": sum(g["articles"] for g in groups) >= RELATION_SCAN,
            "ratings": received, "ratingsGiven": given,
            "neighbourhood": _ring(about, relations)}


def _ring(about: Row, relations: list[Row]) -> Row:
    """The entity and its most supported neighbours: nodes and edges for the drawing."""
    center = {k: about[k] for k in ("iri", "key", "label", "type")}
    best: dict[str, Row] = {}
    edges = []
    ranked = sorted(((item, rel["property"]) for rel in relations for item in rel["items"]),
                    key=lambda pair: -pair[0]["articles"])
    for item, prop in ranked:
        other = item["other"]
        if other["iri"] not in best and len(best) >= NEIGHBOURHOOD_SIZE:
            continue
        best.setdefault(other["iri"], {**other, "depth": 1})
        s, o = (about["iri"], other["iri"]) if item["out"] else (other["iri"], about["iri"])
        edges.append({"source": s, "target": o, "property": prop, "articles": item["articles"]})
    return {"nodes": [{**center, "depth": 0}, *best.values()], "edges": edges}
