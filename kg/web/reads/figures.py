"""The figures about an entity and the ratings and price targets it received or gave.

A hub has more of them than a page can show, and dating them all would read
every one: the newest are chosen among the first :data:`SCAN` nodes of each
kind the store's index yields, and the total is counted up to :data:`COUNT_CAP`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from kg.rdf.store import Snapshot
from kg.web.reads.common import (
    Row,
    article_id,
    as_int,
    as_text,
    entity_ref,
    labels_and_types,
    local_name,
    select,
    values_clause,
)

# the newest are chosen among the first SCAN nodes the store's index yields for
# the entity, so a hub costs no more than SCAN look-ups
SCAN = 250
MAX_FIGURES = 100
MAX_RATINGS = 200
# counting takes one look-up per figure (3,200 took about 50 ms on the loaded benchmark
# machine); beyond this the page says "2,000+"
COUNT_CAP = 2_000


# Figures, ratings and targets are read in two steps: the entity's nodes (at most
# SCAN, as the index yields them), then the dates and headlines of their articles
# by one look-up each; the newest are kept. Joining the dates in the same query
# makes the store match the date pattern against every article of the store.
_FIGURE_NODES = f"""
SELECT ?obs ?a WHERE {{ GRAPH ?a {{ ?obs fin:about ?entity ; fin:metric ?m }} }} LIMIT {SCAN}
"""
# every field of the chosen observations at once: one index range per node (naming
# the wanted properties in a VALUES clause makes the store scan them store-wide)
_FIGURE_FIELDS = """
SELECT ?obs ?p ?v WHERE { %s GRAPH ?a { ?obs ?p ?v } }
"""
_FIGURE_COUNT = f"""
SELECT (COUNT(?obs) AS ?n) WHERE {{
  {{ SELECT ?entity ?obs WHERE {{ GRAPH ?a {{ ?obs fin:about ?entity ; fin:metric ?m }} }}
     LIMIT {COUNT_CAP} }}
}}
"""
# one pattern per property: with the properties in a VALUES clause, the store reads
# the headline and date of every article of the store for the join
_ARTICLE_FIELDS = """
SELECT ?a ?p ?v WHERE {
  %s GRAPH ?a { { ?a schema:headline ?v BIND(schema:headline AS ?p) }
                UNION { ?a schema:datePublished ?v BIND(schema:datePublished AS ?p) } }
}
"""


def article_refs(store: Snapshot, iris: Iterable[str]) -> dict[str, Row]:
    """Article IRI → its reference (id, headline, date), one look-up for all."""
    wanted = sorted(set(iris))
    refs = {a: {"iri": a, "id": article_id(a), "headline": "", "date": None} for a in wanted}
    if wanted:
        query = _ARTICLE_FIELDS % values_clause("a", (ox.NamedNode(a) for a in wanted))
        for row in select(store, query):
            ref = refs[as_text(row, "a") or ""]
            if (as_text(row, "p") or "").endswith("headline"):
                ref["headline"] = as_text(row, "v") or ""
            else:
                ref["date"] = as_text(row, "v")
    return refs


def _newest(rows: list[dict[str, Any]], refs: Mapping[str, Row], limit: int
            ) -> list[dict[str, Any]]:
    """The ``limit`` rows of the newest articles (undated last), in that order."""
    def key(row: Mapping[str, Any]) -> tuple[bool, str, str]:
        article = refs[as_text(row, "a") or ""]
        return (article["date"] is None, "" if article["date"] is None else
                "".join(chr(0x10FFFF - ord(c)) for c in article["date"]), article["iri"])
    return sorted(rows, key=key)[:limit]


def figures(store: Snapshot, iri: ox.NamedNode) -> tuple[list[Row], int]:
    """The newest figures about the entity (at most :data:`MAX_FIGURES`), and how many
    there are in all, counted up to :data:`COUNT_CAP`."""
    found = select(store, _FIGURE_NODES, {"entity": iri})
    refs = article_refs(store, {as_text(r, "a") or "" for r in found})
    chosen = _newest(found, refs, MAX_FIGURES)
    fields: dict[str, dict[str, str]] = {}
    if chosen:
        query = _FIGURE_FIELDS % values_clause("obs", (r["obs"] for r in chosen))
        for row in select(store, query):
            name = local_name(as_text(row, "p") or "")
            fields.setdefault(as_text(row, "obs") or "", {})[name] = as_text(row, "v") or ""
    by = labels_and_types(store, {f["estimatedBy"] for f in fields.values() if "estimatedBy" in f})
    out = []
    for row in chosen:
        f = fields.get(as_text(row, "obs") or "", {})
        estimator = f.get("estimatedBy")
        out.append({
            "metric": local_name(f.get("metric", "")), "value": f.get("value"),
            "min": f.get("minValue"), "max": f.get("maxValue"),
            "unit": local_name(f.get("unit", "")),
            "qualifier": local_name(f.get("qualifier", "Exact")),
            "status": local_name(f.get("status", "Reported")), "period": f.get("period"),
            "estimatedBy": None if estimator is None else
            entity_ref(estimator, *by.get(estimator, (None, None))),
            "article": refs[as_text(row, "a") or ""], "sentence": f.get("evidence", "")})
    if len(found) < SCAN:  # all of them were read
        return out, len(found)
    total = select(store, _FIGURE_COUNT, {"entity": iri})
    return out, (as_int(total[0], "n") or 0) if total else 0


def _by_institution(institution: str, given: bool, variables: str, fields: str,
                    condition: str = "") -> str:
    """The nodes of one kind about the bound entity (``given``: by it), the other side
    as ``?by``: ratings name their institution with ``fin:by``, price targets with
    ``fin:estimatedBy``, so one shape serves both kinds and both directions.

    The pattern starts with the bound entity, then the other side, then the kind's
    own fields: the store's planner follows the written order here. A condition on
    the metric stays a filter, as with the metric as a constant the store would
    start from every price target of the store instead.
    """
    mine, theirs = (institution, "about") if given else ("about", institution)
    return f"""
SELECT ?by ?a {variables} WHERE {{
  GRAPH ?a {{ ?node fin:{mine} ?entity ; fin:{theirs} ?by ; {fields} }} {condition}
}} LIMIT {SCAN}
"""


_TARGET_FIELDS = ("fin:metric ?metric ; fin:value ?target ; fin:unit ?unit "
                  "OPTIONAL { ?node fin:status ?status }")
# given → the ratings query and the price targets query
_RATING_QUERIES = {
    given: (_by_institution("by", given, "?rating", "fin:rating ?rating"),
            _by_institution("estimatedBy", given, "?target ?unit ?status", _TARGET_FIELDS,
                            "FILTER(?metric = fin:PriceTarget)"))
    for given in (False, True)}


def ratings(store: Snapshot, iri: ox.NamedNode, *, given: bool = False) -> list[Row]:
    """Ratings and current price targets of the entity by institution (``given``: the
    ones the entity gave, by company), oldest first: one entry per institution and
    article, from the newest :data:`MAX_RATINGS` ratings and targets."""
    rows = []
    for query in _RATING_QUERIES[given]:
        rows += [r for r in select(store, query, {"entity": iri})
                 if not (as_text(r, "status") or "").endswith("#Previous")]
    refs = article_refs(store, {as_text(r, "a") or "" for r in rows})
    rows = _newest(rows, refs, MAX_RATINGS)
    names = labels_and_types(store, {as_text(r, "by") or "" for r in rows})
    history: dict[str, dict[str, Row]] = {}
    for row in rows:
        by, article = as_text(row, "by") or "", refs[as_text(row, "a") or ""]
        entry = history.setdefault(by, {}).setdefault(
            article["iri"], {"article": article, "rating": None, "target": None, "unit": None})
        if row.get("rating") is not None:
            entry["rating"] = as_text(row, "rating")
        if row.get("target") is not None:
            entry["target"] = as_text(row, "target")
            entry["unit"] = local_name(as_text(row, "unit") or "")
    out = []
    for by, entries in history.items():
        timeline = sorted(entries.values(),
                          key=lambda e: (e["article"]["date"] or "", e["article"]["iri"]))
        out.append({"institution": entity_ref(by, *names.get(by, (None, None))),
                    "history": timeline})
    return sorted(out, key=lambda r: (-len(r["history"]), r["institution"]["label"]))
