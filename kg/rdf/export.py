"""Export the store as Turtle, TriG, N-Triples, N-Quads or JSON-LD.

The graph-aware formats (TriG, N-Quads, JSON-LD) keep every named graph;
Turtle and N-Triples hold the union of all graphs. Oxigraph writes the RDF
formats itself, so every term leaves the store exactly as it is stored
("35"^^xsd:decimal stays "35"); rdflib only serialises JSON-LD, compacted
with an ``@context`` that declares the project's prefixes (``rdfs:label`` rather
than a full IRI on every key: half the size of the expanded form).
"""

from __future__ import annotations

import io
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES

FORMATS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
           "nq": ox.RdfFormat.N_QUADS, "jsonld": None}
GRAPH_AWARE = frozenset({"trig", "nq", "jsonld"})
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def oxigraph_of(dataset: Dataset) -> ox.Store:
    """The Oxigraph store behind an rdflib Dataset opened by ``Store.read``."""
    return dataset.store._inner  # type: ignore[attr-defined,no-any-return]  # oxrdflib keeps it there


def export(dataset: Dataset, fmt: str, out: IO[bytes]) -> None:
    """Serialise the whole store to ``out`` in ``fmt``."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    inner = oxigraph_of(dataset)
    if fmt == "jsonld":
        quads = io.BytesIO()
        inner.dump(quads, format=ox.RdfFormat.N_QUADS)
        target = Dataset()
        target.parse(data=quads.getvalue().decode("utf-8"), format="nquads")
        out.write(target.serialize(format="json-ld", encoding="utf-8", context=dict(PREFIXES),
                                   auto_compact=True))
    elif fmt in ("trig", "nq"):
        prefixes = PREFIXES if fmt == "trig" else None
        inner.dump(out, format=FORMATS[fmt], prefixes=prefixes)
    else:
        prefixes = PREFIXES if fmt == "ttl" else None
        triples = inner.query(_UNION)
        assert isinstance(triples, ox.QueryTriples)  # _UNION is a CONSTRUCT
        ox.serialize(triples, out, format=FORMATS[fmt], prefixes=prefixes)
