"""Entities beyond the catalogue (filled in by the discovery rules)."""

from __future__ import annotations

from kg.nlp.document import Document
from kg.nlp.gazetteer import Mention


def discover_entities(document: Document) -> list[Mention]:
    return []
