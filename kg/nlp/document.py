"""The view of an article that the rules work on: sentences with mentions.

Rules are small functions over plain :class:`Sentence` objects (text,
offsets, the entity mentions inside), so they can be tested with sentences
written for the test and never touch spaCy.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from kg.catalogue import Catalogue, CatalogueEntry
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import codes, info, lexicon, lexicon_pattern
from kg.vocabulary import ORGANIZATION_TYPES as ORGANIZATION_TYPES  # the rules import them here
from kg.vocabulary import PRODUCT_TYPES as PRODUCT_TYPES

# What issues shares and reports results: companies, and banks and insurers too.
ISSUER_TYPES = frozenset({"Company", "FinancialInstitution"})
# Banks, brokers and research houses: they rate, estimate and cover.
INSTITUTION = frozenset({"FinancialInstitution"})
# the rule of a version of a catalogued model family the catalogue does not list
# ("Gemini 4"): the mention's owner is the family (kg.nlp.discovery)
MODEL_VERSION = "discovery/model-version"


@dataclass
class Sentence:
    """One sentence: its text, where it starts in the article, its mentions."""

    start: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    index: int = 0
    # what a rule module computed once for this sentence (e.g. trigger matches)
    cache: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def local(self, offset: int) -> int:
        """Article offset → offset in this sentence's text."""
        return offset - self.start

    def of_types(self, types: frozenset[str] | set[str]) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]


@dataclass(frozen=True)
class WordPrints:
    """Where an article prints a word: each place it stands capitalised after another word of
    its sentence, as (sentence index, local start, local end), and whether any sentence prints
    it in lower case."""

    inside: tuple[tuple[int, int, int], ...]
    lower: bool


@dataclass
class Document:
    """An article prepared for the rules."""

    lang: str
    sentences: list[Sentence]
    catalogue: Catalogue
    # the organisation the article names most, always set where one is named: a
    # default for rules that check it further (kg.nlp.salience.most_salient; the
    # clear winner, where a fact needs a sure subject, is kg.nlp.salience.salient)
    topic: str | None = None
    # how strongly the article is about each organisation (see kg.nlp.salience)
    salience: dict[str, float] = field(default_factory=dict)
    # the publication date where the input gives one: the year of a quarter
    # the text names without it ("im dritten Quartal")
    published: date | None = None
    # (house, company) of each rating found so far: a bank named beside the house
    # that rates it is not the employer of the analyst after them
    rated: set[tuple[str, str]] = field(default_factory=set)
    # a roundup's items, each read as an article of its own (see kg.nlp.items); empty
    # where the text is one article
    parts: list[Document] = field(default_factory=list)
    # for an item of a roundup, the headline of the whole article ("Stocks making the biggest
    # moves midday: …"), which says what each item tells; empty elsewhere
    roundup_headline: str = ""
    # the salience rankings asked for so far, by (types, exclude, pooled); None until the
    # mentions and salience are settled (kg.nlp.components.find_facts): the fact rules ask
    # for the same ranking many times an article (kg.nlp.salience.ranking)
    rankings: dict[tuple[frozenset[str], frozenset[str], bool],
                   tuple[tuple[float, str], ...]] | None = field(default=None, repr=False)
    # the trades each company is introduced by ("der Sportartikelhersteller Puma"), by listed
    # label; None until a rating whose object is a trade asks (kg.nlp.ratings), then found
    # once from the settled mentions
    introduced_trades: dict[str, set[str]] | None = field(default=None, repr=False)
    # the quote box lines ingest blanked, with their offsets (kg.nlp.quote_box)
    quote_boxes: tuple[tuple[int, str], ...] = ()
    # the sentences of the article's lead list (a "Key Points" heading's lines): they sum up
    # the article's subject (see lead_items)
    lead_items: frozenset[int] = frozenset()
    # the indices of the sentences that open a paragraph (a blank line before them)
    paragraph_starts: frozenset[int] = frozenset()
    _starts: list[int] = field(default_factory=list, repr=False)  # sentence starts, for bisect
    # how the article prints each word asked of word_prints, found once per word (not handed
    # on to a copy: a roundup's item has sentences of its own)
    _prints: dict[str, WordPrints] = field(default_factory=dict, init=False, repr=False)

    @property
    def mentions(self) -> list[Mention]:
        return [m for s in self.sentences for m in s.mentions]

    def add_mentions(self, extra: list[Mention]) -> None:
        """Put mentions into their sentences, keeping each list in text order
        and dropping any that overlap a mention already there."""
        for mention in extra:
            sentence = self.sentence_at(mention.start)
            if sentence is None:
                continue
            if not any(m.start < mention.end and mention.start < m.end
                       for m in sentence.mentions):
                insort(sentence.mentions, mention, key=lambda m: m.start)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the character at ``offset`` (None between
        sentences), found by bisection over the sentence starts."""
        if len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        k = bisect_right(self._starts, offset) - 1
        if k < 0 or offset >= self.sentences[k].end:
            return None
        return self.sentences[k]

    def word_prints(self, word: str) -> WordPrints:
        """How the article prints ``word``: inside a sentence after a word or a clause's
        punctuation, as a word of its own, and whether ever in lower case. The rules that tell
        a name from a common word opening a sentence ask it for each name and figure, so it
        is found once per word."""
        found = self._prints.get(word)
        if found is None:
            inside = re.compile(rf"(?<=[\w,;:)]\s){re.escape(word)}(?![\w\-])")
            lower = re.compile(rf"(?<![\w\-]){re.escape(word.lower())}(?![\w\-])")
            found = WordPrints(
                tuple((index, m.start(), m.end()) for index, sentence in enumerate(self.sentences)
                      for m in inside.finditer(sentence.text)),
                any(lower.search(sentence.text) for sentence in self.sentences))
            self._prints[word] = found
        return found

    def entry_of(self, mention: Mention) -> CatalogueEntry | None:
        """The catalogue's entry of ``mention``; for a version of a catalogued
        model family that the catalogue does not list ("Gemini 4"), the
        family's, whose developer and parent are the version's too."""
        entry = self.catalogue.get(mention.label)
        if entry is None and mention.rule == MODEL_VERSION and mention.owner is not None:
            return self.catalogue.get(mention.owner)
        return entry

    def type_of(self, label: str) -> str | None:
        for sentence in self.sentences:  # not self.mentions: no list of all for each call
            for mention in sentence.mentions:
                if mention.label == label:
                    return mention.type
        entry = self.catalogue.get(label)
        return entry.type if entry else None

    def types_of(self, labels: Iterable[str]) -> dict[str, str | None]:
        """:meth:`type_of` of each of ``labels``, from one walk over the
        mentions rather than one for each label."""
        wanted = set(labels)
        found: dict[str, str | None] = {}
        for sentence in self.sentences:
            for mention in sentence.mentions:
                if mention.label in wanted and mention.label not in found:
                    found[mention.label] = mention.type
            if len(found) == len(wanted):
                return found
        for label in wanted - found.keys():
            entry = self.catalogue.get(label)
            found[label] = entry.type if entry else None
        return found

    def listed(self, label: str) -> str:
        """Whose shares these are: an unlisted subsidiary's figures on the
        stock market belong to its listed parent ("Google" → Alphabet)."""
        entry = self.catalogue.get(label)
        if entry is None or entry.listed:
            return label
        for parent in entry.parents:
            owner = self.catalogue.get(parent)
            if owner is not None and owner.listed:
                return parent
        return label

    def seated_in(self, place: str, mentions: list[Mention] | None = None) -> list[str]:
        """The companies and banks among ``mentions`` (by default the
        article's) that the catalogue seats in ``place``, sorted: whom a place
        word ("der Wolfsburger Konzern", "aus Walldorf") can mean."""
        return sorted({m.label for m in (self.mentions if mentions is None else mentions)
                       if m.type in ISSUER_TYPES and (entry := self.catalogue.get(m.label))
                       and place in entry.located_in})

    def looking_back(self, sentence: Sentence, window: int, first: int = 0
                     ) -> Iterator[tuple[int, Sentence]]:
        """The sentence ``first`` back from ``sentence`` and those before it, up to
        ``window`` back, nearest first, each with how far back it stands: the passage
        a rule reads back through for an antecedent, never past the article's start."""
        for back in range(first, min(window, sentence.index) + 1):
            yield back, self.sentences[sentence.index - back]

    def share_subject(self, sentence: Sentence, window: int = 3) -> str | None:
        """The company whose shares the passage is about: the last one named
        as "X-Aktie", "Aktie von X", "X shares" in this or the sentences before."""
        for _back, here in self.looking_back(sentence, window):
            found = [m for m in here.mentions
                     if m.type in ISSUER_TYPES and is_share_subject(self.lang, here, m)]
            if found:
                return found[-1].label
        return None

    def recent(self, sentence: Sentence, types: frozenset[str], before: int | None = None,
               window: int = 2, exclude: frozenset[str] = frozenset()) -> Mention | None:
        """The closest mention of ``types`` before ``before`` in this
        sentence, else in the ``window`` sentences before it, none of
        ``exclude``. A source cited ("laut Bloomberg") is no antecedent,
        except a bank cited where only a bank is sought: "Die Aktie ist laut
        Berenberg ein Kauf. Die Bank …" means Berenberg, the house whose view
        the text gave."""
        limit = sentence.end if before is None else before
        sources = types != INSTITUTION
        here = [m for m in sentence.mentions if m.type in types and m.end <= limit
                and m.label not in exclude and not (sources and cited(self.lang, sentence, m))
                and not owns_named_relative(self.lang, sentence, m)]
        if here:
            return here[-1]
        for _back, earlier in self.looking_back(sentence, window, first=1):
            found = [m for m in earlier.mentions
                     if m.type in types and m.label not in exclude
                     and not (sources and cited(self.lang, earlier, m))
                     and not owns_named_relative(self.lang, earlier, m)]
            if found:
                return found[-1]
        return None


# A quoted span in a sentence printed in capitals: "'OUTPERFORM'", not the apostrophe of "MOODY'S".
_QUOTED = "„“”\"'‚‘’«»"
_QUOTED_SPAN = re.compile(rf"(?<!\w)[{_QUOTED}]([^{_QUOTED}]+)[{_QUOTED}](?!\w)")
# A word of four letters or more: in a language that capitalises nouns, maybe a noun ("ZIEL").
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


_LEAD_ITEMS = 5  # how many lines after its heading a lead list may run


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def paragraph_starts(text: str, sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences a blank line comes before: each opens a paragraph, where
    a text moves on from what the paragraph before spoke of."""
    return frozenset(s.index for prev, s in zip(sentences, sentences[1:])
                     if _BLANK_LINE.search(text, prev.end, s.start))


def lead_items(text: str, sentences: Sequence[Sentence], lang: str) -> frozenset[int]:
    """The indices of the sentences of the article's lead list: the lines right after
    a line that is only the language's lead heading ("Key Points"), each a sentence of its
    own, up to the first line that holds more or less than one sentence. Empty where the
    article has no such heading."""
    heading = lexicon(lang)["figures"].get("lead_heading")
    if not heading:
        return frozenset()
    pattern = re.compile(rf"(?:{heading})\s*:?")
    opened = next((s.index for s in sentences[:_LEAD_ITEMS * 3] if pattern.fullmatch(s.text)), None)
    if opened is None:
        return frozenset()
    items: set[int] = set()
    for sentence in sentences[opened + 1:opened + 1 + _LEAD_ITEMS]:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if line.strip().lstrip("-•*–").strip() != sentence.text.lstrip("-•*–").strip():
            break
        items.add(sentence.index)
    return frozenset(items)


def cased(sentence: Sentence, nouns: bool = False,
          kept: tuple[tuple[int, int], ...] = ()) -> Sentence:
    """A sentence printed wholly in capitals, as agencies print lists of
    analysts' ratings ("BERNSTEIN HEBT COMMERZBANK AUF 'OUTPERFORM' - ZIEL
    44 EUR"), in the case of prose: its words in lower case, its names and
    quoted words capitalised. The rules read verbs, markers and rating
    terms by their case, as prose prints them, so they read such a line
    only in this view. ``nouns``: in a language that capitalises nouns,
    every longer word capitalised too, so that "Ziel" is read as the noun;
    ``kept``: spans (local offsets) left as printed, as the amounts with
    their currency codes ("44 EUR"). The view keeps the offsets and
    mentions (only where the new case keeps every length) and is made once
    per sentence and reading; any other sentence is its own view. Evidence
    quotes the sentence as printed."""
    text = sentence.text
    if not text.isupper():
        return sentence
    key = f"document:cased:{nouns}:{kept}"
    found = sentence.cache.get(key)
    if isinstance(found, Sentence):
        return found
    chars = list(text.lower())
    spans = [match.span() for match in _LONG_WORD.finditer(text)] if nouns else []
    spans += [(sentence.local(m.start), sentence.local(m.end)) for m in sentence.mentions]
    spans += [match.span(1) for match in _QUOTED_SPAN.finditer(text)]
    for start, end in spans:
        chars[start:end] = text[start:end].title()
    for start, end in kept:
        chars[start:end] = text[start:end]
    view = "".join(chars)
    result = Sentence(sentence.start, view, sentence.mentions, sentence.index) \
        if len(chars) == len(text) == len(view) else sentence
    sentence.cache[key] = result
    return result


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern[str]:
    """Punctuation and the conjunctions (of every language: a quoted English
    phrase may stand in a German text) that end a clause."""
    words = "|".join(lexicon(lang)["clauses"]["breaks"] for lang in codes())
    # not the colon of an exchange and ticker in brackets ("Shell (LON:SHEL) to buy"), nor the
    # period of an ordinal inside a sentence ("steigt am 22. Dezember in den Dax auf")
    return re.compile(rf"[;–—]|:(?!\s?[A-Z][A-Z.]{{0,7}}\))|(?<!\b\d)(?<!\b\d\d)\.\s|,\s+(?:{words})\b")


def same_clause(sentence: Sentence, start: int, end: int) -> bool:
    """Is there no clause break between two article offsets of the sentence?
    A period inside a name ("U.S. Bancorp", "Amazon.com Inc. and X") breaks
    nothing, nor a comma of an aside in brackets between them ("Acme AG (ISIN: …, WKN: …)
    hat mit X …")."""
    if end <= start:
        return True
    asides = [(b.start(), b.end()) for b in _ASIDE.finditer(sentence.text, sentence.local(start),
                                                             sentence.local(end))]
    for found in _clause_break().finditer(sentence.text, sentence.local(start), sentence.local(end)):
        at = sentence.start + found.start()
        if not any(m.start <= at < m.end for m in sentence.mentions) \
                and not any(a <= found.start() < b for a, b in asides):
            return False
    return True


# A closed aside in brackets, no bracket inside it.
_ASIDE = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class _ShareCues:
    cited: re.Pattern[str]  # "laut", "according to" + name: a source, not a subject
    consensus_after: re.Pattern[str] | None  # name + " consensus", "-Konsens": a source too
    moved_before: re.Pattern[str] | None  # "sackten " + name: a plural move verb, the shares
    shares_after: re.Pattern[str]  # name + "-Aktie", " shares"
    shares_of: re.Pattern[str]  # "Aktien von", "shares of" + name


def _cited_words(lang: str) -> str:
    """The words that cite a source before a name: a speaker's ("laut") and a
    data provider's ("Daten von", "polled by"), the latter shared with the
    credits (kg.nlp.salience.is_credit), so a word added once works for both."""
    table = lexicon(lang)["clauses"]
    return "|".join(words for words in (table["cited"], table.get("data_source")) if words)


# An opening quotation mark before a cited medium's name ("laut dem „Handelsblatt“").
_OPENING_QUOTE = "[\"„“»‚']"


def _cited_gap(lang: str) -> str:
    """What may stand between a citing word and the source's name: up to two words
    ("laut Angaben von X") or the report of a medium ("laut einem Bericht des X")."""
    report = lexicon(lang)["clauses"].get("cited_report")
    return r"(?:[\w\-]+\s+){0,2}" + (rf"|(?:{report})\s+" if report else "")


@lru_cache(maxsize=4)
def _share_cues(lang: str) -> _ShareCues:
    table = lexicon(lang)["clauses"]
    return _ShareCues(
        cited=re.compile(rf"\b(?:{_cited_words(lang)})\s+(?:{_cited_gap(lang)}){_OPENING_QUOTE}?$", re.IGNORECASE),
        consensus_after=re.compile(rf"(?:{table['consensus_after']})\b") if table.get("consensus_after") else None,
        moved_before=re.compile(rf"(?<![\w-])(?:{moves})\s+(?:(?:{table['moved_gap']})\s+)?$")
        if (moves := lexicon(lang)["figures"].get("plural_move")) and table.get("moved_gap") else None,
        shares_after=re.compile(rf"^(?:{table['shares_after']})\b"),
        shares_of=re.compile(rf"\b(?:{table['share_nouns']})\s+(?:{table['shares_of']})\s+(?:[\w\-]+\s+)?$"),
    )


def cited(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """"according to LSEG data", "laut Bloomberg", "The FactSet consensus calls for": a source
    cited, not a subject."""
    cues = _share_cues(lang)
    return bool(cues.cited.search(
        sentence.text[max(0, sentence.local(mention.start) - 40):sentence.local(mention.start)])) \
        or names_consensus(lang, sentence, mention)


def names_consensus(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """"The FactSet consensus", "an LSEG SmartEstimate of 17.4 trillion won", "der
    Vara-Konsens": the name of the house that compiles the consensus. Unlike a speaker cited
    ("According to Siemens, revenue rose 3%"), it never owns the number it gives."""
    cues = _share_cues(lang)
    return cues.consensus_after is not None \
        and cues.consensus_after.match(sentence.text, sentence.local(mention.end)) is not None


def named_only_as(document: Document, key: str,
                  test: Callable[[Sentence, Mention], bool]) -> frozenset[str]:
    """The labels every mention of which (references aside) passes ``test``:
    names the article gives only as a cited source or a credit, which are no
    subject of its figures or forecasts. Found once per article and ``key``."""
    if not document.sentences:
        return frozenset()
    cache = document.sentences[0].cache
    if key not in cache:
        named: dict[str, bool] = {}
        for sentence in document.sentences:
            for mention in sentence.mentions:
                if not mention.rule.startswith("reference/"):
                    named[mention.label] = named.get(mention.label, True) \
                        and test(sentence, mention)
        cache[key] = frozenset(label for label, only in named.items() if only)
    return cache[key]  # type: ignore[return-value]


@lru_cache(maxsize=4)
def _addressed_before(lang: str) -> re.Pattern[str] | None:
    pattern = lexicon(lang)["clauses"].get("addressed_before")
    flags = 0 if info(lang).case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<!\w)(?:{pattern})\s+$", flags) if pattern else None


def addressed(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """"told CNBC", "sagte X dem Handelsblatt": a medium spoken to. It only
    heard the words, so it is neither the employer of a title the passage
    names nor what a figure of the sentence is about."""
    pattern = _addressed_before(lang)
    return pattern is not None and bool(pattern.search(sentence.text, 0, sentence.local(mention.start)))


CLAUSE_COMMA = re.compile(r",(?!\d)")  # a comma that ends a clause, not a decimal one
# Marks of direct speech (not the apostrophes that also quote ratings and end possessives).
SPEECH_MARKS = "„“”\"«»"
QUOTE_MARK = re.compile(f"[{SPEECH_MARKS}]")  # a mark that opens or closes a quotation


def in_quotation(text: str, start: int, end: int) -> bool:
    """Does the span stand inside direct speech: after an odd count of
    speech marks, or, with none before it (the opening mark may end the
    sentence before), with none in it and a closing one after it?"""
    marks = sum(text.count(mark, 0, start) for mark in SPEECH_MARKS)
    if marks % 2:
        return True
    return not marks and not any(mark in text[start:end] for mark in SPEECH_MARKS) \
        and any(mark in text[end:] for mark in SPEECH_MARKS)


_AFTER_COMMA = re.compile(r"\s*(\S?)")  # the first character after a comma


@dataclass(frozen=True)
class RelativeClause:
    """A relative clause of a sentence text: ``opens`` is its comma, ``body``
    the first offset after its pronoun, ``closes`` the comma that ends it (or
    the end of the text)."""
    opens: int
    body: int
    closes: int


@lru_cache(maxsize=2048)
def relative_clauses(lang: str, text: str) -> tuple[RelativeClause, ...]:
    """The relative clauses of a sentence text, in order: each opens with a
    comma and a relative pronoun (the ``[clauses] relative_open`` words) and
    closes at the first clause comma after that a capitalised word does not
    follow (a list inside the clause goes on: "…, zu dem die Marken A, B und C
    gehören, steigerte …"). The one reading of a relative clause that the
    figure, metric and relation rules share; found once per text, as the
    rules ask it for each name and number of a sentence."""
    pattern = lexicon_pattern(lang, "clauses", "relative_open")
    if pattern is None or "," not in text:
        return ()
    clauses = []
    for opening in pattern.finditer(text):
        closes = len(text)
        for comma in CLAUSE_COMMA.finditer(text, opening.end()):
            if not _AFTER_COMMA.match(text, comma.end()).group(1).isupper():  # type: ignore[union-attr]
                closes = comma.start()
                break
        clauses.append(RelativeClause(opening.start(), opening.end(), closes))
    return tuple(clauses)


def closed_relative(lang: str, text: str, start: int, end: int,
                    before: int) -> RelativeClause | None:
    """The relative clause that holds ``text[start:end]`` and closes before
    ``before``: the words stand in it, not in the main clause that goes on to
    whatever stands at ``before`` (a number, a verb)."""
    held = [c for c in relative_clauses(lang, text) if c.body <= start]
    if not held or not end <= held[-1].closes < before:
        return None
    return held[-1]


def listed_runs(text: str, spans: Sequence[tuple[int, int]], gap: re.Pattern[str]) -> list[range]:
    """The runs of items listed together in ``text``: the indexes of spans
    that follow one another, each joined to the one before by a gap that
    ``gap`` matches (a comma, "und", "and"); an item on its own is a run of
    one. Numbers paired with names ("targets of $95 and $105, respectively")
    and ratings paired with houses ("'Buy' beziehungsweise 'Hold'") are such
    runs, and so are the names they pair with; each rule then asks where its
    pairing word closes the run, for numbers and ratings place it apart."""
    runs: list[range] = []
    first = 0
    for index in range(1, len(spans) + 1):
        if index == len(spans) or not gap.match(text[spans[index - 1][1]:spans[index][0]]):
            runs.append(range(first, index))
            first = index
    return runs


def genitive(mention: Mention) -> bool:
    """Is the name printed with a genitive ending its label lacks
    ("Corvanta's", "Bayers", "Siemens'")?"""
    return mention.surface != mention.label and mention.surface.endswith(_GENITIVE_ENDS)


_GENITIVE_ENDS = ("s", "'s", "’s", "'", "’")


def names_unknown(sentence: Sentence, match: re.Match[str], not_names: frozenset[str]) -> bool:
    """Is the ``owner`` group of a match a name the extractor does not know: not
    only words that are never names ("The shares", "Die Aktie"), and covered
    by no mention? A rule that found such an owner leaves the fact to it, so
    that no other, known company takes it."""
    if set(match.group("owner").replace("-", " ").split()) <= not_names:
        return False
    at, until = sentence.start + match.start("owner"), sentence.start + match.end("owner")
    return not any(m.start < until and at < m.end for m in sentence.mentions)


def owns_named_relative(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """"UBTech's smaller rival, Dexmate, soared", "Siemens' Konkurrent ABB":
    the name only owns the rival, partner, supplier or customer named right
    after it, so it is neither the sentence's subject nor whose shares or
    figures the sentence gives."""
    pattern = lexicon_pattern(lang, "credits", "possessed_relative")
    return pattern is not None and pattern.match(sentence.text, sentence.local(mention.end)) \
        is not None


def compound_modifier(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name only the first part of a hyphenated compound other than its share's
    ("der Verkauf der Talabat-Anteile", "nach dem Talabat-Teilverkauf")? The compound's head
    is what the phrase speaks of, so the name is neither the sentence's subject nor what a
    comment on it judges; "die Talabat-Aktie" still speaks of the company's shares."""
    rest = sentence.text[sentence.local(mention.end):sentence.local(mention.end) + 2]
    return len(rest) == 2 and rest[0] == "-" and rest[1].isalpha() \
        and not is_share_subject(lang, sentence, mention)


def is_share_subject(lang: str, sentence: Sentence, mention: Mention) -> bool:
    if owns_named_relative(lang, sentence, mention):
        return False
    cues = _share_cues(lang)
    after = sentence.text[sentence.local(mention.end):]
    before = sentence.text[:sentence.local(mention.start)]
    return bool(cues.shares_after.match(after) or cues.shares_of.search(before)
                or cues.moved_before is not None and cues.moved_before.search(before)
                and _moves_alone(sentence, mention, after))


def _moves_alone(sentence: Sentence, mention: Mention, after: str) -> bool:
    """Is the name after a plural move verb the one whose number follows ("sackten Novo
    Nordisk in Kopenhagen um 6,8 Prozent ab")? A second name before the number, not a place,
    makes a list, and the verb may be another one's ("legten Siemens und Adidas Zahlen vor":
    no shares moved)."""
    digit = next((i for i, c in enumerate(after) if c.isdigit()), None)
    if digit is None:
        return False
    end = mention.end + digit
    return not any(m is not mention and m.type != "Place" and mention.end <= m.start < end
                   for m in sentence.mentions)
