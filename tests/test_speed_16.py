"""The look back of a bare unit phrase ("the game business") for the unit an earlier phrase of
its word named ("The game unit, Sony Interactive Entertainment,"): each sentence's unit phrases
are found once and read by every later phrase, and the walk ends where two different units make
the answer none. Sentences written for these tests, catalogued companies only."""

from __future__ import annotations

from kg.catalogue import Catalogue
from kg.nlp.document import Document, Sentence
from kg.nlp.gazetteer import Mention
from kg.nlp.references import _unit_named_before, _unit_phrases, patterns


def _document(catalogue: Catalogue, texts: list[tuple[str, list[tuple[str, str, str]]]]) -> Document:
    """An English document of the texts, each with its mentions as (surface, label, type)
    found by their first place in the text."""
    sentences, start = [], 0
    for index, (text, named) in enumerate(texts):
        mentions = [Mention(start + text.index(surface), start + text.index(surface) + len(surface),
                            label, kind, surface, "gazetteer") for surface, label, kind in named]
        sentences.append(Sentence(start, text, sorted(mentions, key=lambda m: m.start), index))
        start += len(text) + 1
    return Document(lang="en", sentences=sentences, catalogue=catalogue)


_NAMED = ("The game unit, Sony Interactive Entertainment, lifted sales.",
          [("Sony Interactive Entertainment", "Sony Interactive Entertainment", "Company")])
_BARE = "Analysts said the game business could grow."


def _bare_phrase(doc: Document) -> tuple[Sentence, int]:
    """The last sentence and where its unit phrase starts."""
    last = doc.sentences[-1]
    return last, last.start + last.text.index("the game business")


def test_bare_phrase_finds_the_unit_named_before(catalogue: Catalogue) -> None:
    doc = _document(catalogue, [_NAMED, (_BARE, [])])
    sentence, start = _bare_phrase(doc)
    named = _unit_named_before(doc, sentence, patterns("en"), "game", start)
    assert named is not None and named.label == "Sony Interactive Entertainment"


def test_two_units_named_before_give_none(catalogue: Catalogue) -> None:
    """Look-alike: a second phrase of the word names another unit; the walk stops there with
    no answer, as the whole walk did."""
    other = ("The game unit, Sony Pictures Entertainment, grew too.",
             [("Sony Pictures Entertainment", "Sony Pictures Entertainment", "Company")])
    doc = _document(catalogue, [_NAMED, other, (_BARE, [])])
    sentence, start = _bare_phrase(doc)
    assert _unit_named_before(doc, sentence, patterns("en"), "game", start) is None


def test_the_same_unit_named_twice_is_still_that_unit(catalogue: Catalogue) -> None:
    """Look-alike: the second phrase names the same unit again; one label, so an answer."""
    doc = _document(catalogue, [_NAMED, _NAMED, (_BARE, [])])
    sentence, start = _bare_phrase(doc)
    named = _unit_named_before(doc, sentence, patterns("en"), "game", start)
    assert named is not None and named.label == "Sony Interactive Entertainment"


def test_unit_phrases_are_found_once_and_read_mentions_anew(catalogue: Catalogue) -> None:
    """The phrases are kept on the sentence; a mention added after they were found (as the
    references add theirs sentence by sentence) is still read by the next look back."""
    doc = _document(catalogue, [(_NAMED[0], []), (_BARE, [])])
    sentence, start = _bare_phrase(doc)
    assert _unit_named_before(doc, sentence, patterns("en"), "game", start) is None
    first = doc.sentences[0]
    assert _unit_phrases(first, patterns("en")) is first.cache["references:unit-phrases"]
    doc.add_mentions([Mention(first.text.index("Sony"), first.text.index("Sony") + 30,
                              "Sony Interactive Entertainment", "Company",
                              "Sony Interactive Entertainment", "gazetteer")])
    named = _unit_named_before(doc, sentence, patterns("en"), "game", start)
    assert named is not None and named.label == "Sony Interactive Entertainment"
