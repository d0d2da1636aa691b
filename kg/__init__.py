"""finkg: knowledge graphs from finance news.

The data flow, one module per step: ``ingest`` (files → articles) →
``nlp.extract`` (articles → pydantic records) → ``rdf.mapper`` (records →
named graphs) → ``rdf.shapes`` (SHACL) → ``rdf.store`` (embedded Oxigraph);
``build`` runs them in order.

The Python API is :class:`kg.api.KnowledgeGraph` (``kg.KnowledgeGraph(path_or_url)``);
the steps' own names are exported too. They are imported on first use, so
that ``kg --help`` and light commands do not pay for loading spaCy and the
validator.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import Any

_EXPORTS = {
    "Article": "kg.records",
    "BuildReport": "kg.build",
    "Entity": "kg.records",
    "Evidence": "kg.records",
    "Extraction": "kg.records",
    "Extractor": "kg.nlp.extract",
    "Figure": "kg.records",
    "FinkgError": "kg.errors",
    "InputError": "kg.errors",
    "KnowledgeGraph": "kg.api",
    "OntologyError": "kg.errors",
    "QueryError": "kg.errors",
    "Rating": "kg.records",
    "Relation": "kg.records",
    "RemoteError": "kg.errors",
    "ShapeViolation": "kg.errors",
    "Store": "kg.rdf.store",
    "StoreError": "kg.errors",
    "make_article": "kg.ingest",
    "read_articles": "kg.ingest",
    "to_graph": "kg.rdf.mapper",
}

__all__ = sorted(_EXPORTS)
try:
    __version__ = version("finkg")
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"


def __getattr__(name: str) -> Any:
    """Import an exported name's module when the name is first used."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)


def __dir__() -> list[str]:
    return sorted(__all__)
