"""The neighbourhood drawing of an entity, one or two rings deep."""

from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.store import Snapshot
from kg.web.reads.common import Row, entity_iri, entity_ref, labels_and_types
from kg.web.reads.entity import NEIGHBOURHOOD_SIZE, describe
from kg.web.reads.relations import relation_counts

SECOND_RING = 4
RING_SCAN = 2_000


def neighbourhood(store: Snapshot, key: str, depth: int = 1) -> Row | None:
    """The entity, its :data:`NEIGHBOURHOOD_SIZE` best supported neighbours and, at
    depth 2, the :data:`SECOND_RING` best supported neighbours of each of those (their
    relations counted over at most :data:`RING_SCAN` statements each)."""
    iri = entity_iri(key)
    about = describe(store, iri) if iri is not None else None
    if iri is None or about is None:
        return None
    nodes: dict[str, Row] = {iri.value: {**entity_ref(iri.value, about["label"], about["type"]),
                                         "depth": 0}}
    edges: list[Row] = []
    first = _strongest(relation_counts(store, iri), NEIGHBOURHOOD_SIZE)
    rings = [(iri.value, first, 1)]
    if depth > 1:
        rings += [(g["other"], _strongest(relation_counts(store, ox.NamedNode(g["other"]),
                                                          scan=RING_SCAN), SECOND_RING + 1), 2)
                  for g in first]
    for centre, groups, level in rings:
        for group in groups:
            other = group["other"]
            if other not in nodes:
                if level == 2 and sum(1 for n in nodes.values() if n["depth"] == 2) >= \
                        NEIGHBOURHOOD_SIZE * SECOND_RING:
                    continue
                nodes[other] = {**entity_ref(other), "depth": level}
            s, o = (centre, other) if group["out"] else (other, centre)
            edges.append({"source": s, "target": o, "property": group["property"],
                          "articles": group["articles"]})
    labels = labels_and_types(store, [n for n, v in nodes.items() if v["depth"] > 0])
    for iri_text, node in nodes.items():
        if iri_text in labels:
            node["label"], node["type"] = labels[iri_text]
    unique = {(e["source"], e["property"], e["target"]): e for e in edges}
    return {"nodes": list(nodes.values()), "edges": list(unique.values())}


def _strongest(groups: list[Row], size: int) -> list[Row]:
    """The groups of the ``size`` neighbours with the most articles (all their groups)."""
    chosen: list[str] = []
    for group in groups:
        if group["other"] not in chosen and len(chosen) < size:
            chosen.append(group["other"])
    return [g for g in groups if g["other"] in chosen]
