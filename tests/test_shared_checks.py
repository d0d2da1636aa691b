"""Checks that several rules ask in one place (``kg.nlp.attribution``,
``kg.nlp.figures``, ``kg.nlp.ratings``, ``kg.nlp.roles``), on sentences written
for the test.

Documents are built by hand (sentences and mentions), so each expectation
follows from the words of the sentence and nothing else.
"""

from __future__ import annotations

import re

from kg.catalogue import Catalogue
from kg.nlp.document import Document, Sentence
from kg.nlp.figures import _issuer_before
from kg.nlp.gazetteer import Mention

TYPES = {"Nordwerk": "Company", "Südbau": "Company", "Ostbank": "FinancialInstitution",
         "Westfonds": "FinancialInstitution", "Beispiel AG": "Company"}
NAMES = re.compile("|".join(sorted(map(re.escape, TYPES), key=len, reverse=True)))


def document(*texts: str, lang: str = "de") -> Document:
    """Sentences with a mention for every name of TYPES in them."""
    sentences, start = [], 0
    for index, text in enumerate(texts):
        mentions = [Mention(start + m.start(), start + m.end(), m.group(), TYPES[m.group()],
                            m.group()) for m in NAMES.finditer(text)]
        sentences.append(Sentence(start=start, text=text, mentions=mentions, index=index))
        start += len(text) + 1
    return Document(lang=lang, sentences=sentences, catalogue=Catalogue({}))


# --- the subject of the sentence before, as the owner of a share or a rating -----------

def test_issuer_before_is_the_company_the_sentence_before_speaks_of() -> None:
    doc = document("Nordwerk hat mehr verkauft als erwartet.", "Die Aktie stieg um 4 Prozent.")
    assert _issuer_before(doc, doc.sentences[1]) == "Nordwerk"


def test_issuer_before_is_no_bank() -> None:
    doc = document("Die Ostbank hat ihr Urteil über den Autozulieferer bestätigt.",
                   "Die Aktie stieg um 4 Prozent.")
    assert _issuer_before(doc, doc.sentences[1]) is None


def test_issuer_before_needs_a_sentence_before() -> None:
    doc = document("Nordwerk legte um 4 Prozent zu.")
    assert _issuer_before(doc, doc.sentences[0]) is None
