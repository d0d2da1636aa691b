"""Export the store as Turtle, TriG, N-Triples, N-Quads or JSON-LD.

The graph-aware formats (TriG, N-Quads, JSON-LD) keep every named graph;
Turtle and N-Triples hold the union of all graphs.
"""

from __future__ import annotations

from typing import IO

from rdflib import Dataset, Graph

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES

FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
GRAPH_AWARE = frozenset({"trig", "nq", "jsonld"})


def export(dataset: Dataset, fmt: str, out: IO[bytes]) -> None:
    """Serialise the whole store to ``out`` in ``fmt``."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in GRAPH_AWARE:
        target = Dataset()
        for s, p, o, g in dataset.quads((None, None, None, None)):
            target.graph(g).add((s, p, o))
    else:
        target = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            target.add((s, p, o))
    for prefix, iri in PREFIXES.items():
        target.bind(prefix, iri, override=True)
    out.write(target.serialize(format=FORMATS[fmt], encoding="utf-8"))
