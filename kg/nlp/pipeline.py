"""spaCy pipelines: one per language, built once, fed with ``nlp.pipe``.

The pipeline tokenises and splits sentences; a line break always ends a
sentence, because headlines, subheadings and list items carry no full stop.
The extractors work on the sentences it finds (see ``kg.nlp.extract``).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import OntologyError


@Language.component("finkg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every token that holds a line break.

    The starts are set in one array operation: setting ``is_sent_start``
    token by token makes spaCy re-check the whole document each time.
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START])
    changed = False
    for i in doc.to_array([IS_SPACE]).nonzero()[0]:  # only white-space tokens hold line breaks
        if i + 1 < len(doc) and starts[i + 1] != 1 and "\n" in doc[int(i)].text:
            starts[i + 1] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


@lru_cache(maxsize=8)
def build_pipeline(lang: str, model: str | None = None) -> Language:
    """The pipeline for ``lang``: blank tokenizer and sentencizer, or a
    statistical model when one is named and installed (its NER then
    supplements the rules)."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise OntologyError(f"spaCy model {model!r} is not installed ({err})") from None
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") \
                and not nlp.has_pipe("sentencizer"):
            nlp.add_pipe("sentencizer", first=True)
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("finkg_line_breaks", after="sentencizer" if nlp.has_pipe("sentencizer") else None)
    return nlp
