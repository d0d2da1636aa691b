"""finkg: knowledge graphs from finance news.

The data flow, one module per step: ``ingest`` (files → articles) →
``nlp.extract`` (articles → pydantic records) → ``rdf.mapper`` (records →
named graphs) → ``rdf.shapes`` (SHACL) → ``rdf.store`` (embedded Oxigraph);
``build`` runs them in order.
"""

from kg.build import BuildReport, build
from kg.errors import (
    FinkgError,
    InputError,
    OntologyError,
    QueryError,
    RemoteError,
    ShapeViolation,
    StoreError,
)
from kg.ingest import make_article, read_articles
from kg.nlp.extract import Extractor
from kg.rdf.mapper import to_graph
from kg.rdf.store import Store
from kg.records import Article, Entity, Evidence, Extraction, Figure, Rating, Relation

__all__ = [
    "Article",
    "BuildReport",
    "Entity",
    "Evidence",
    "Extraction",
    "Extractor",
    "Figure",
    "FinkgError",
    "InputError",
    "OntologyError",
    "QueryError",
    "Rating",
    "Relation",
    "RemoteError",
    "ShapeViolation",
    "Store",
    "StoreError",
    "build",
    "make_article",
    "read_articles",
    "to_graph",
]
__version__ = "0.1.0"
