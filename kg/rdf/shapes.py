"""SHACL validation of what a build is about to write.

The shapes (``ontology/shapes.ttl``) are loaded once; each batch of article
graphs is validated as one data graph before anything reaches the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import SH

from kg.catalogue import ontology_path
from kg.errors import OntologyError, ShapeViolation

SHAPES_FILE = "shapes.ttl"


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    path = ontology_path(SHAPES_FILE)
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as err:
        raise OntologyError(f"{path}: cannot read the SHACL shapes ({err})") from None
    return graph


def violations(graphs: Iterable[Graph]) -> list[str]:
    """One readable line per violation: focus node, path, message."""
    data = Graph()
    for graph in graphs:
        for triple in graph:
            data.add(triple)
    conforms, report, _ = validate(data, shacl_graph=load_shapes(), inference="none",
                                   advanced=False, allow_warnings=True)
    if conforms:
        return []
    lines = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        lines.append(f"focus node {focus}, path {path}: {message}")
    return sorted(lines)


def check(graphs: Iterable[Graph]) -> None:
    """Raise :class:`ShapeViolation` unless the graphs conform."""
    found = violations(graphs)
    if found:
        raise ShapeViolation(found)
