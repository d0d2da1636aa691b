"""Finding an entity by name in a graph already read."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from kg.rdf.namespaces import KGR
from kg.resolve import NameRow, resolve
from kg.resolve import close_matches as close_names

# ---------------------------------------------------------------- lookup


class GraphNames:
    """The names of a graph already read, as a :class:`kg.resolve.NameIndex`."""

    where = "the graph"

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.rows: list[NameRow] = sorted(
            (n, text, 0 if i == 0 else 1) for n, d in graph.nodes(data=True)
            if d.get("kind") == "entity"
            for i, text in enumerate((d["label"], *d.get("aliases", ()))))

    def explicit(self, name: str) -> str | None:
        if name in self.graph:
            return name
        return name if name.startswith("http") else str(KGR) + name.strip().removeprefix("kgr:")

    def accepts(self, iri: str) -> bool:
        return iri in self.graph and self.graph.nodes[iri].get("kind") == "entity"

    def named(self, variants: Sequence[str], catalogue: bool) -> list[NameRow]:
        return self.rows

    def catalogue_names(self) -> list[NameRow]:
        return []

    def all_names(self) -> list[NameRow]:
        return self.rows

    def label(self, iri: str) -> str:
        return str(self.graph.nodes[iri]["label"])


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """The node ``name`` denotes in ``graph`` (:func:`kg.resolve.resolve`): a label,
    an alias (any case), an IRI or ``kgr:`` slug; :meth:`GraphReader.find` finds the
    same entity in the store without reading the graph first."""
    return resolve(GraphNames(graph), name)


def close_matches(graph: nx.MultiDiGraph, name: str, limit: int = 5) -> list[str]:
    """Entity labels that look like ``name``: spelling neighbours and containing labels."""
    return close_names(GraphNames(graph).rows, name, limit)
