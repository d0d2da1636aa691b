"""Mentions from a statistical spaCy NER model, when one is named.

The rules and the catalogue come first; a model's ORG, PER and LOC entities
only add names the rules did not find (``Document.add_mentions`` drops any
that overlap a mention already there). A model is named by package
(``de_core_news_lg``) or by path; its language is read from its meta data.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

from kg.errors import OntologyError
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import codes

# spaCy entity labels (German and English schemes) and the contract type they give.
ENTITY_LABELS = {
    "ORG": "Company",
    "PER": "Person",
    "PERSON": "Person",
    "LOC": "Place",
    "GPE": "Place",
    "PRODUCT": "Product",
    "EVENT": "Event",
}


def model_mentions(doc: Doc) -> list[Mention]:
    """One mention per entity the model found whose label maps to a type."""
    out = []
    for ent in doc.ents:
        kind = ENTITY_LABELS.get(ent.label_)
        name = " ".join(ent.text.split()).strip(" .,;:\"'„“”")
        if kind is None or len(name) < 2 or not name[0].isupper():
            continue
        out.append(Mention(ent.start_char, ent.end_char, name, kind, ent.text,
                           f"statistical/{ent.label_}"))
    return out


def model_language(model: str) -> str:
    """The language of a model: from its meta data when it is a path, else
    from a package name such as ``de_core_news_lg``."""
    meta = Path(model) / "meta.json"
    if meta.is_file():
        try:
            return str(json.loads(meta.read_text(encoding="utf-8"))["lang"])
        except (OSError, ValueError, KeyError) as err:
            raise OntologyError(f"{model}: unreadable spaCy model meta data ({err})") from None
    if Path(model).exists():
        raise OntologyError(f"{model}: not a spaCy model folder (no meta.json)")
    lang = model.split("_", 1)[0]
    if lang not in codes():
        raise OntologyError(f"cannot tell the language of spaCy model {model!r}")
    return lang
