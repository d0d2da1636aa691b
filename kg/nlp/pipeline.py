"""spaCy pipelines: one per language, built once, fed with ``nlp.pipe``.

The pipeline tokenises and splits sentences; a line break always ends a
sentence, because headlines, subheadings and list items carry no full stop.
The extractors work on the sentences it finds (see ``kg.nlp.extract``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.ma  # noqa: F401  # see below
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from kg.cache import remembered_patterns
from kg.errors import OntologyError
from kg.nlp.lang import info, lexicon_pattern

# numpy.ma is imported above, not left to ``np.isin``, which imports it on its first call:
# that call comes inside a ``remembered_patterns`` block, and the import compiles a pattern
# of ``tokenize`` made from a set, whose text changes from process to process; new to the
# table of compiled patterns each time, it would make every process write the table back.


@Language.component("finkg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every token that holds a line break (for a
    model that splits sentences itself).

    The starts are set in one array operation: setting ``is_sent_start``
    token by token makes spaCy re-check the whole document each time.
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START])
    if _break_lines(doc, starts, doc.to_array([IS_SPACE])):
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # spaCy's stub wants ints
    return doc


@Language.factory("finkg_sentences", default_config={"model_nouns": [], "legal_forms": [], "titles": ""})
def make_sentences(nlp: Language, name: str, model_nouns: list[str], legal_forms: list[str],
                   titles: str) -> SentencesAndLines:
    """The sentence splitter of a pipeline without one of its own; ``model_nouns`` are the
    language's nouns before a one-letter model name ("Model Y."), ``legal_forms`` its
    abbreviated legal forms a sentence may end with, ``titles`` its pattern of job titles."""
    return SentencesAndLines(nlp, model_nouns, legal_forms, titles)


class SentencesAndLines:
    """spaCy's ``sentencizer`` (default punctuation) and ``finkg_line_breaks``
    in one pass over the token arrays: the sentencizer looks at every token
    in Python, which cost a fifth of the time of tokenising.

    The boundaries are exactly the sentencizer's: a token that is neither
    punctuation nor a sentence-final character starts a sentence when such
    a character came since the last token of that kind.
    """

    def __init__(self, nlp: Language, model_nouns: Iterable[str] = (), legal_forms: Iterable[str] = (),
                 titles: str = "") -> None:
        self._final = np.array([nlp.vocab.strings[c] for c in Sentencizer.default_punct_chars],
                               dtype=np.uint64)
        self._letters = np.array([nlp.vocab.strings.add(f"{chr(c)}.") for c in range(ord("A"), ord("Z") + 1)],
                                 dtype=np.uint64)
        self._model_nouns = frozenset(model_nouns)
        self._legal_forms = np.array([nlp.vocab.strings.add(form) for form in legal_forms], dtype=np.uint64)
        self._titles = re.compile(titles) if titles else None

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, SENT_START])
        final = np.isin(table[:, 0], self._final)
        starts = sentencizer_starts(final, (table[:, 1] == 0) & ~final)
        # like the sentencizer, keep what an earlier component set
        current = table[:, 3]
        starts = np.where(current == 0, np.where(starts, 1, -1).astype(np.uint64), current)
        self._end_letter_models(doc, starts, table[:, 0])
        self._end_legal_forms(doc, starts, table[:, 0])
        _break_lines(doc, starts, table[:, 2])
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # uint64, as to_array gives
        return doc

    def _end_letter_models(self, doc: Doc, starts: np.ndarray, orth: np.ndarray) -> None:
        """Start a sentence after a one-letter model name and its point ("Model Y."), which
        the tokenizer keeps as one token, an initial's, when a capitalised word follows:
        after a model noun the letter is a name, no initial of one ("John F. Kennedy")."""
        if not self._model_nouns:
            return
        for i in np.isin(orth, self._letters).nonzero()[0]:
            at = int(i)
            if 0 < at < len(doc) - 1 and doc[at - 1].text in self._model_nouns \
                    and doc[at + 1].text[:1].isupper():
                starts[at + 1] = 1

    def _end_legal_forms(self, doc: Doc, starts: np.ndarray, orth: np.ndarray) -> None:
        """Start a sentence after an abbreviated legal form ("Corp."), which the tokenizer
        keeps whole so its point ends nothing, where a capitalised word and a lower-case one
        follow ("… made by Acme Corp. DeepSeek said …"): a name's next word may be a ticker
        or another legal form ("Inc. PINS", "Co. LLC"), both in capitals or with a point, or
        a title ("Corp. Chief executive X"), none of which opens a sentence."""
        for i in np.isin(orth, self._legal_forms).nonzero()[0]:
            at = int(i) + 1
            if at + 1 < len(doc) and _opens_sentence(doc[at], doc[at + 1]) \
                    and not (self._titles and self._titles.search(doc[at:at + 2].text)):
                starts[at] = 1


def _opens_sentence(first: Token, second: Token) -> bool:
    """Do ``first`` and ``second`` read as a sentence's first words after a name's point: a
    capitalised word that is no all-capital ticker or legal form, then a lower-case word."""
    return first.is_alpha and first.text[0].isupper() and not first.is_upper and second.is_alpha and second.is_lower


def sentencizer_starts(final: np.ndarray, plain: np.ndarray) -> np.ndarray:
    """Which tokens start a sentence, by the sentencizer's rule: the first
    token, and every ``plain`` token (no punctuation) with a ``final`` one
    (".", "!", "?") after the ``plain`` token before it."""
    seen = np.cumsum(final)  # sentence-final tokens up to each token
    plain_at = plain.nonzero()[0]
    before = np.concatenate(([0], seen[plain_at]))[:-1]
    starts = np.zeros(len(final), dtype=bool)
    starts[plain_at[seen[plain_at] > before]] = True
    starts[0] = True
    return starts


def _break_lines(doc: Doc, starts: np.ndarray, space: np.ndarray) -> bool:
    """Mark the token after each line break as a sentence start, but after a label
    line whose value is on the next (:func:`_label_then_value`); whether any changed."""
    changed = False
    for i in space.nonzero()[0]:  # only white-space tokens hold line breaks
        if i + 1 < len(doc) and starts[i + 1] != 1 and "\n" in doc[int(i)].text \
                and not _label_then_value(doc, int(i)):
            starts[i + 1] = 1
            changed = True
    return changed


_LABEL_TOKENS = 4  # the most tokens of a label line, its colon included ("Price target:")
_VALUE_START = frozenset("$€£¥+-−–")  # what a value line may open with besides a digit


def _label_then_value(doc: Doc, at: int) -> bool:
    """Is the line break at token ``at`` one inside a box of a label line and a value
    line ("Kursziel:" / "180 Euro")? A short line with no digit that ends in a colon,
    right above a line that opens with a number: one statement, the label the value's
    metric word, so no new sentence starts there. Not across a blank line."""
    if doc[at].text.count("\n") != 1 or at < 2 or doc[at - 1].text != ":":
        return False
    following = doc[at + 1].text
    if not (following[:1].isdigit() or following[:1] in _VALUE_START):
        return False
    start = at - 1
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    line = doc[start:at]
    return len(line) <= _LABEL_TOKENS and not any(ch.isdigit() for ch in line.text)


@lru_cache(maxsize=8)
def build_pipeline(lang: str, model: str | None = None) -> Language:
    """The pipeline for ``lang``: blank tokenizer and sentence splitter, or a
    statistical model when one is named and installed (its NER then
    supplements the rules)."""
    # spaCy compiles its tokenizer's large patterns (affixes, infixes) here
    with remembered_patterns():
        if model:
            try:
                nlp = spacy.load(model)
            except OSError as err:
                raise OntologyError(f"spaCy model {model!r} is not installed ({err})") from None
            if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") \
                    and not nlp.has_pipe("sentencizer"):
                nlp.add_pipe("finkg_sentences", first=True, config=_sentence_config(lang))
            else:
                nlp.add_pipe("finkg_line_breaks",
                             after="sentencizer" if nlp.has_pipe("sentencizer") else None)
        else:
            nlp = spacy.blank(info(lang).spacy)
            nlp.add_pipe("finkg_sentences", config=_sentence_config(lang))
        if isinstance(nlp.tokenizer, Tokenizer):  # a model may bring its own kind
            _split_suffixes(nlp.tokenizer, nlp.Defaults.suffixes or (), info(lang).suffixes)
            for abbreviation in info(lang).abbreviations:
                nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
            _cache_whole_texts(nlp.tokenizer)
        return nlp


def _sentence_config(lang: str) -> dict[str, Any]:
    """The sentence splitter's words of ``lang``: model nouns, legal forms and job titles."""
    titles = lexicon_pattern(lang, "roles", "titles")
    return {"model_nouns": list(info(lang).letter_model_nouns), "legal_forms": list(info(lang).final_legal_forms),
            "titles": titles.pattern if titles else ""}


def _split_suffixes(tokenizer: Tokenizer, defaults: Iterable[str | re.Pattern[str]],
                    suffixes: tuple[str, ...]) -> None:
    """Add the language package's token endings to the tokenizer's own."""
    if suffixes:
        tokenizer.suffix_search = spacy.util.compile_suffix_regex([*defaults, *suffixes]).search


def _cache_whole_texts(tokenizer: Tokenizer) -> None:
    """Drop the special cases that only say a white-space chunk (a line
    break, a tab, a lone space) is one token, which the tokenizer finds
    without them.

    The tokenizer caches how it split each chunk of text between spaces, but
    stops caching for the rest of a text once it used any special case
    there; as every article has a line break after its headline, almost
    nothing was cached and every word was split by the affix patterns anew
    (most of the tokenizer's time). Special cases that change a token
    (abbreviations, a NORM) stay.
    """
    plain = {text: cases for text, cases in tokenizer.rules.items()
             if not (text.isspace() and cases == [{ORTH: text}])}
    if len(plain) != len(tokenizer.rules):
        tokenizer.rules = plain
