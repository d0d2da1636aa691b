"""finkg: knowledge graphs from finance news.

The data flow, one module per step: ``ingest`` (files → articles) →
``nlp.extract`` (articles → pydantic records) → ``rdf.mapper`` (records →
named graphs) → ``rdf.shapes`` (SHACL) → ``rdf.store`` (embedded Oxigraph);
``build`` runs them in order.

The public names below are imported on first use, so that ``kg --help`` and
light commands do not pay for loading spaCy and the validator.
"""

from __future__ import annotations

from importlib import import_module
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
    "OntologyError": "kg.errors",
    "QueryError": "kg.errors",
    "Rating": "kg.records",
    "Relation": "kg.records",
    "RemoteError": "kg.errors",
    "ShapeViolation": "kg.errors",
    "Store": "kg.rdf.store",
    "StoreError": "kg.errors",
    "build": "kg.build",
    "make_article": "kg.ingest",
    "read_articles": "kg.ingest",
    "to_graph": "kg.rdf.mapper",
}

__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)


def __dir__() -> list[str]:
    return sorted(__all__)
