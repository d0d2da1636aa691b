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

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Snapshot
from kg.resources import internal_query

# the formats Oxigraph writes itself; JSON-LD is written by rdflib
_OXIGRAPH = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
             "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS}
FORMATS = (*_OXIGRAPH, "jsonld")


def export(snapshot: Snapshot, fmt: str, out: IO[bytes]) -> None:
    """Serialise the whole store, as ``snapshot`` holds it, to ``out`` in ``fmt``."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonld":
        quads = io.BytesIO()
        snapshot.dump(quads, ox.RdfFormat.N_QUADS)
        target = Dataset()
        target.parse(data=quads.getvalue().decode("utf-8"), format="nquads")
        out.write(target.serialize(format="json-ld", encoding="utf-8", context=dict(PREFIXES),
                                   auto_compact=True))
    elif fmt in ("trig", "nq"):
        snapshot.dump(out, _OXIGRAPH[fmt])
    else:
        # streamed from the store to ``out``, never held whole in memory
        triples = snapshot.query(internal_query("kg.rdf", "export-union"))
        if not isinstance(triples, ox.QueryTriples):
            raise StoreError("export-union.rq must be a CONSTRUCT query")
        prefixes = PREFIXES if fmt == "ttl" else None
        ox.serialize(triples, out, format=_OXIGRAPH[fmt], prefixes=prefixes)
