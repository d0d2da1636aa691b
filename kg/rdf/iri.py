"""Minting IRIs: the one place that decides what an entity or article is called in RDF.

Entities are named by a slug of their canonical label, so the same entity
found in two articles is one node; articles by their id, which also names
the article's graph.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from kg.rdf.namespaces import KGR

_SLUG = re.compile(r"[^a-z0-9]+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe",
                       "Ü": "ue"})


def slugify(name: str) -> str:
    """Lower-case ASCII slug used for IRIs and article ids."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG.sub("-", ascii_only).strip("-") or "x"


@lru_cache(maxsize=1 << 16)
def entity_slug(label: str) -> str:
    """:func:`slugify` of a canonical label, made once: every article names
    its entities' IRIs and mention nodes by it."""
    return slugify(label)


@lru_cache(maxsize=1 << 16)
def entity_iri(label: str) -> URIRef:
    """``kgr:`` + slug of the canonical label: one node per entity."""
    return KGR[entity_slug(label)]


def article_iri(article_id: str) -> URIRef:
    """The article node, which also names the article's graph."""
    return KGR[f"article/{article_id}"]


__all__ = ["article_iri", "entity_iri", "entity_slug", "slugify"]
