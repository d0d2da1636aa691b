"""The entity catalogue: known entities, their names and world facts.

The catalogue is data (``ontology/entities.ttl``); this module reads it once
into plain records that the gazetteer and the mapper use. Facts in it (a
unit's parent, a model's developer, listings) describe the world, not an
article: the build writes them into their own named graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.errors import OntologyError
from kg.rdf.namespaces import FIN
from kg.records import ENTITY_TYPES
from kg.resources import ontology_path

CATALOGUE_FILE = "entities.ttl"


@dataclass(frozen=True)
class CatalogueEntry:
    """One known entity, as the catalogue describes it."""

    label: str
    type: str
    aliases: tuple[str, ...] = ()
    same_as: str | None = None
    tickers: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    developers: tuple[str, ...] = ()
    located_in: tuple[str, ...] = ()
    listed_on: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class Catalogue:
    """All catalogue entries, by label."""

    entries: dict[str, CatalogueEntry] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, label: str) -> CatalogueEntry | None:
        return self.entries.get(label)

    def parent_of(self, label: str) -> str | None:
        entry = self.entries.get(label)
        return entry.parents[0] if entry and entry.parents else None

    def developer_of(self, label: str) -> str | None:
        entry = self.entries.get(label)
        return entry.developers[0] if entry and entry.developers else None


@lru_cache(maxsize=4)
def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read the catalogue once per process."""
    source = path or ontology_path(CATALOGUE_FILE)
    graph = Graph()
    try:
        graph.parse(source, format="turtle")
    except (OSError, SyntaxError, ValueError) as err:
        raise OntologyError(f"{source}: cannot read the entity catalogue ({err})") from None
    return catalogue_from_graph(graph, str(source))


def catalogue_from_graph(graph: Graph, source: str = "catalogue") -> Catalogue:
    types: dict[Node, str] = {FIN[name]: name for name in ENTITY_TYPES}
    labels: dict[Node, str] = {}
    for node, name in graph.subject_objects(RDFS.label):
        if isinstance(node, URIRef):
            labels[node] = str(name)

    def names(node: Node, prop: URIRef) -> tuple[str, ...]:
        return tuple(sorted(labels[o] for o in graph.objects(node, prop) if o in labels))

    entries: dict[str, CatalogueEntry] = {}
    for node, label in labels.items():
        kinds = [types[t] for t in graph.objects(node, RDF.type) if t in types]
        if len(kinds) != 1:
            raise OntologyError(f"{source}: {node} needs exactly one entity type, has {kinds}")
        same = next((str(o) for o in graph.objects(node, OWL.sameAs)), None)
        entries[label] = CatalogueEntry(
            label=label,
            type=kinds[0],
            aliases=tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            same_as=same,
            tickers=tuple(sorted(str(t) for t in graph.objects(node, FIN.ticker))),
            parents=names(node, FIN.subsidiaryOf),
            developers=names(node, FIN.developedBy),
            located_in=names(node, FIN.locatedIn),
            listed_on=names(node, FIN.listedOn),
        )
    return Catalogue(entries)
