"""Mentions from a statistical spaCy NER model, when one is named."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.gazetteer import Mention


def model_mentions(doc: Doc) -> list[Mention]:
    return []
