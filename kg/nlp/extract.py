"""Doc → Extraction: the only place where spaCy output becomes records.

One :class:`Extractor` is built per process (pipelines, gazetteer and word
tables are loaded once) and fed batches of articles through ``nlp.pipe``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from kg.cache import remembered_patterns
from kg.catalogue import Catalogue, load_catalogue
from kg.nlp.components import Inputs, find_facts, find_mentions
from kg.nlp.discovery import compound_head
from kg.nlp.document import Document, Sentence, lead_items, paragraph_starts
from kg.nlp.gazetteer import Gazetteer, Mention, alternation
from kg.nlp.lang import lexicon
from kg.nlp.line_units import RULE as LINE_UNIT
from kg.nlp.pipeline import build_pipeline
from kg.nlp.quote_box import box_lines
from kg.nlp.relation_cues import place_adjective
from kg.nlp.statistical import model_language
from kg.records import (
    Article,
    Entity,
    Evidence,
    Extraction,
    Figure,
    Rating,
    Relation,
    fits_contract,
)


@dataclass(frozen=True)
class Failed:
    """An article whose extraction raised: a bug in a rule, kept to that one
    article so that a build writes the others and names this one."""

    article: Article
    error: Exception

    @property
    def reason(self) -> str:
        """The error in one line: a pydantic error spans several."""
        text = " ".join(str(self.error).split())
        return f"{type(self.error).__name__}: {text[:300]}"


class Extractor:
    """Turns articles into :class:`Extraction` records."""

    def __init__(self, catalogue: Catalogue | None = None,
                 spacy_models: Iterable[str] = ()) -> None:
        """``spacy_models``: statistical models (package names or paths) whose
        NER supplements the rules, at most one per language."""
        self.catalogue = catalogue or load_catalogue()
        self.gazetteer = Gazetteer(self.catalogue)
        self.spacy_models = {model_language(m): m for m in spacy_models}

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        """Extractions in input order; the first failed article's error is raised."""
        for result in self.extract_each(articles, batch_size):
            if isinstance(result, Failed):
                raise result.error
            yield result

    def extract_each(self, articles: Iterable[Article],
                     batch_size: int = 32) -> Iterator[Extraction | Failed]:
        """An extraction or a :class:`Failed` for each article, in input order; texts
        go through ``nlp.pipe`` in batches."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def _extract_batch(self, batch: list[Article]) -> list[Extraction | Failed]:
        # the rules compile their patterns on first use: from code kept on disk
        with remembered_patterns():
            return self._extract_docs(batch)

    def _extract_docs(self, batch: list[Article]) -> list[Extraction | Failed]:
        docs: dict[int, Doc] = {}
        for lang in sorted({a.lang for a in batch}):
            nlp = build_pipeline(lang, self.spacy_models.get(lang))
            indices = [i for i, a in enumerate(batch) if a.lang == lang]
            for i, doc in zip(indices, nlp.pipe(batch[i].clean_text for i in indices)):
                docs[i] = doc
        return [self._guarded(article, docs[i]) for i, article in enumerate(batch)]

    def _guarded(self, article: Article, doc: Doc) -> Extraction | Failed:
        try:
            return self._from_doc(article, doc)
        except Exception as err:  # a rule's bug must not cost the other articles
            return Failed(article, err)

    def _from_doc(self, article: Article, doc: Doc) -> Extraction:
        document = self._document(article, doc)
        facts = find_facts(document)
        relations, figures, ratings = facts.relations, facts.figures, facts.ratings
        entities = _entities(document, relations, figures, ratings)
        kinds = {e.label: e.type for e in entities}
        relations = [r for r in relations
                     if fits_contract(r.predicate, kinds.get(r.subject), kinds.get(r.object))]
        return Extraction(
            article=article,
            entities=entities,
            relations=tuple(relations),
            figures=tuple(figures),
            ratings=tuple(ratings),
        )

    def _document(self, article: Article, doc: Doc) -> Document:
        sentences: list[Sentence] = []
        whole = article.clean_text  # what doc was made from; Doc.text rebuilds it token by token
        for start, end in _sentence_spans(doc, len(whole)):
            raw = whole[start:end]
            for piece_start, piece in _pieces(raw):
                text = piece.strip()
                if text:
                    lead = len(piece) - len(piece.lstrip())
                    sentences.append(Sentence(start=start + piece_start + lead, text=text,
                                              index=len(sentences)))
        document = Document(lang=article.lang, sentences=sentences, catalogue=self.catalogue,
                            published=article.published, quote_boxes=box_lines(article),
                            lead_items=lead_items(whole, sentences, article.lang),
                            paragraph_starts=paragraph_starts(whole, sentences))
        find_mentions(document, Inputs(article=article, doc=doc, gazetteer=self.gazetteer,
                                       statistical=article.lang in self.spacy_models))
        return document


def _sentence_spans(doc: Doc, length: int) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences, read from token arrays: iterating
    ``doc.sents`` builds a Python object for every token."""
    if not len(doc):
        return
    table = doc.to_array([SENT_START, IDX])
    starts = [0] + [int(i) for i in (table[1:, 0] == 1).nonzero()[0] + 1]
    offsets = table[:, 1]
    bounds = [int(offsets[i]) for i in starts] + [length]
    yield from zip(bounds, bounds[1:])


MAX_SENTENCE = 1000


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """A sentence, cut at white space into pieces of at most ``MAX_SENTENCE``
    characters: real sentences are far shorter, and the rules look at
    neighbouring words, so a run-on "sentence" (a table, a list without
    stops) costs time in proportion to its length, not its square."""
    pos = 0
    while len(text) - pos > MAX_SENTENCE:
        cut = text.rfind(" ", pos + MAX_SENTENCE // 2, pos + MAX_SENTENCE)
        cut = cut if cut > pos else pos + MAX_SENTENCE
        yield pos, text[pos:cut]
        pos = cut
    yield pos, text[pos:]


def _entities(document: Document, relations: list[Relation], figures: list[Figure],
              ratings: list[Rating]) -> tuple[Entity, ...]:
    """One entity per label: every mention, and every entity a fact names; not a place
    printed only as an adjective ("die Hongkonger Aktien", "Frankfurter Börsenexperten")
    that no fact names and that gives no organisation's seat ("der Winterthurer
    Industriekonzern", "die Bonner Behörde" do), which says nothing of the place itself."""
    firsts: dict[str, tuple[Mention, Sentence]] = {}
    aliases: dict[str, set[str]] = {}
    generic = _generic_heads(document.lang)
    named_as_noun: set[str] = set()  # the places printed once at least as more than an adjective
    for sentence in document.sentences:
        for mention in sentence.mentions:
            firsts.setdefault(mention.label, (mention, sentence))
            if not place_adjective(document.lang, sentence, mention) \
                    or _seat_adjective(document.lang, sentence, mention):
                named_as_noun.add(mention.label)
            if mention.rule == "reference/owner-named" and mention.owner:
                # "British Airways owner IAG": the phrase names a company the catalogue lacks too
                firsts.setdefault(mention.owner, (replace(mention, label=mention.owner, type="Company"),
                                                  sentence))
            if mention.rule == "reference/parent-before" and mention.owner:
                # "der Mutterkonzern der Plattform X": the phrase names X too, as the owner's child
                firsts.setdefault(mention.owner, (replace(mention, label=mention.owner,
                                                          type=document.type_of(mention.owner) or "Company"),
                                                  sentence))
                named_as_noun.add(mention.owner)
            if mention.rule in ("reference/possessive", "reference/person") \
                    or mention.surface.lower() in generic:
                continue  # "seine", "er", "der Konzern": no name for the entity
            surface = _base_form(mention.surface)
            if surface != mention.label:
                aliases.setdefault(mention.label, set()).add(surface)
            if mention.surface != surface and mention.surface != mention.label:
                aliases.setdefault(mention.label, set()).add(mention.surface)
    named = {r.subject for r in relations} | {r.object for r in relations}
    named |= {f.about for f in figures} | {f.estimated_by for f in figures if f.estimated_by}
    named |= {r.by for r in ratings} | {r.about for r in ratings}
    entities = []
    for label, (mention, sentence) in firsts.items():
        if label not in named_as_noun and label not in named:
            continue  # "die Hongkonger Aktien": a place seen only as an adjective, of no fact
        if mention.rule == LINE_UNIT and label not in named:
            continue  # "die Nutzfahrzeugsparte" with no fact: too little to name an entity
        entry = document.catalogue.get(label)
        entities.append(Entity(
            label=label,
            type=mention.type,  # type: ignore[arg-type]
            aliases=tuple(sorted(aliases.get(label, ()))),
            same_as=entry.same_as if entry else None,
            catalogued=entry is not None,
            evidence=Evidence(sentence=sentence.text, start=mention.start, end=mention.end,
                              extractor=mention.rule),
        ))
    for label in sorted(named - firsts.keys()):
        entry = document.catalogue.get(label)
        if entry is None:
            continue
        fact_evidence = _evidence_naming(label, relations, figures, ratings)
        entities.append(Entity(label=label, type=entry.type,  # type: ignore[arg-type]
                               same_as=entry.same_as, catalogued=True, evidence=fact_evidence))
    return tuple(entities)


def _seat_adjective(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the place's adjective stand before an organisation's noun ("der Winterthurer
    Industriekonzern", "die Bonner Behörde"): the seat of that organisation?"""
    return _organisation_noun(lang).match(sentence.text, sentence.local(mention.end)) is not None


@lru_cache(maxsize=4)
def _organisation_noun(lang: str) -> re.Pattern[str]:
    """A company's, bank's or public body's noun after one space, alone or ending a compound."""
    words = lexicon(lang)["references"]
    heads = alternation([*words["company_heads"], *words["institution_heads"],
                         *words.get("body_heads", [])])
    return re.compile(rf"\s+(?:{compound_head(heads)})(?:e?[ns])?(?![\w-])")


@lru_cache(maxsize=4)
def _generic_heads(lang: str) -> frozenset[str]:
    """Bare reference nouns ("Konzern", "company"), which are not aliases."""
    words = lexicon(lang)["references"]
    return frozenset(w.lower() for w in words["company_heads"] + words["institution_heads"]
                     + words["unit_heads"])


def _base_form(surface: str) -> str:
    for ending in ("'s", "’s"):
        if surface.endswith(ending):
            return surface[: -len(ending)]
    return surface


def _evidence_naming(label: str, relations: list[Relation], figures: list[Figure],
                     ratings: list[Rating]) -> Evidence:
    for relation in relations:
        if label in (relation.subject, relation.object):
            return relation.evidence
    for figure in figures:
        if label in (figure.about, figure.estimated_by):
            return figure.evidence
    return next(r.evidence for r in ratings if label in (r.by, r.about))
