"""Extraction as ordered, registered components, in the manner of spaCy
factories.

Two kinds run one after the other for every article:

* **mention sources** fill the :class:`Document` with mentions: the
  catalogue, discovery of unknown names, an optional statistical NER linked
  to the catalogue, salience, references;
* **fact finders** read the document and add to the :class:`Facts`:
  figures, ratings, relations, coverage, confidence.

Each is registered under a name with an order (``@mention_source("name",
order=…)``, ``@fact_finder("name", order=…)``) and the extractor runs them
by ascending order. A new source or finder is a decorated function in any
module that is imported before extraction; no driver code changes. Which
entity a figure or rating is about is decided inside those finders by
:mod:`kg.nlp.attribution`, the evidence-scoring library they share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Generic, TypeVar

from spacy.tokens import Doc

from kg.nlp.both_members import both_members, both_partners, both_seated
from kg.nlp.confidence import calibrate
from kg.nlp.discovery import (
    bare_exchange_indices,
    common_nouns,
    discover_entities,
    family_names,
    firm_partners,
    fund_names,
    joint_names,
    listed_company_short_forms,
    partnership_names,
    parts_of_longer_names,
    rival_names,
)
from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.figures import find_figures
from kg.nlp.gazetteer import Gazetteer, Mention
from kg.nlp.issuer_block import issuer_block
from kg.nlp.items import item_starts, parts, unnamed_item
from kg.nlp.line_units import hidden as hidden_line_units
from kg.nlp.line_units import line_units
from kg.nlp.quantities import clock_zones
from kg.nlp.quote_box import quote_box_figures, quote_box_listings
from kg.nlp.ratings import (
    after_estimate,
    after_mover,
    bind_estimates,
    find_ratings,
    house_codes,
    opens_with_rating,
    rated_institutions,
    rated_institutions_now,
    rating_context,
)
from kg.nlp.references import resolve_references, short_names
from kg.nlp.relation_cues import relation_cues
from kg.nlp.relations import find_relations
from kg.nlp.roles import covers_from
from kg.nlp.salience import drop_credits, most_salient, scores
from kg.nlp.statistical import model_mentions
from kg.nlp.value_again import values_again
from kg.records import Article, Figure, Rating, Relation


@dataclass(frozen=True)
class Inputs:
    """What a mention source may read besides the document: the article, the
    pipeline's output and the extractor's catalogue tables."""

    article: Article
    doc: Doc
    gazetteer: Gazetteer
    statistical: bool  # the doc comes from a statistical model with NER


@dataclass
class Facts:
    """The facts found so far; each finder adds to or revises them."""

    relations: list[Relation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)


F = TypeVar("F", bound=Callable[..., None])


@dataclass(frozen=True)
class Component(Generic[F]):
    name: str
    order: int
    run: F


class Registry(Generic[F]):
    """Named components of one kind, run in ascending order (then by name)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._components: dict[str, Component[F]] = {}

    def register(self, name: str, order: int) -> Callable[[F], F]:
        """Decorator: register the function under ``name``. A name is taken
        once: a second registration is a mistake, not an override."""
        def add(function: F) -> F:
            if name in self._components:
                raise ValueError(f"{self.kind} {name!r} is already registered")
            self._components[name] = Component(name, order, function)
            return function
        return add

    def remove(self, name: str) -> None:
        """Take a component out (an unknown name is an error)."""
        del self._components[name]

    def names(self) -> list[str]:
        return [c.name for c in self]

    def __iter__(self) -> Iterator[Component[F]]:
        return iter(sorted(self._components.values(), key=lambda c: (c.order, c.name)))


MentionSource = Callable[[Document, Inputs], None]
FactFinder = Callable[[Document, Facts], None]

MENTION_SOURCES: Registry[MentionSource] = Registry("mention source")
FACT_FINDERS: Registry[FactFinder] = Registry("fact finder")
mention_source = MENTION_SOURCES.register
fact_finder = FACT_FINDERS.register


def find_mentions(document: Document, inputs: Inputs) -> None:
    """Run every mention source on the document, in order."""
    for component in MENTION_SOURCES:
        component.run(document, inputs)


def find_facts(document: Document) -> Facts:
    """Run every fact finder on the document, in order; on each item of a
    roundup apart (:mod:`kg.nlp.items`), whose facts are then put together."""
    facts = Facts()
    for part in document.parts or [document]:
        # the fact finders add and drop no mentions: rankings and trades found hold
        part.rankings, part.introduced_trades = {}, None
        found = Facts()
        for component in FACT_FINDERS:
            component.run(part, found)
        facts.relations += found.relations
        facts.figures += _not_told(facts.figures, found.figures)
        facts.ratings += _not_rated(facts.ratings, found.ratings)
    return facts


def _not_told(told: list[Figure], found: list[Figure]) -> list[Figure]:
    """The figures of an item that no part before told the same: a news flash's
    headline retold as its first item's title ("JPMorgan hebt Ziel für Allianz auf
    330 Euro - 'Overweight'") states one target, not two."""
    return _not_repeated(told, found, _figure_key)


def _figure_key(figure: Figure) -> tuple:
    """What makes two figures one fact: the same value of the same thing, by the same
    estimator, of the same period and status."""
    return (figure.about, figure.metric, figure.value, figure.min_value, figure.max_value,
            figure.unit, figure.period, figure.status, figure.estimated_by)


def _not_rated(rated: list[Rating], found: list[Rating]) -> list[Rating]:
    """The ratings of an item that no part before gave the same (see :func:`_not_told`)."""
    return _not_repeated(rated, found, lambda r: (r.by, r.about, r.rating))


_FACT = TypeVar("_FACT", Figure, Rating)


def _not_repeated(before: list[_FACT], found: list[_FACT], key: Callable[[_FACT], tuple]) -> list[_FACT]:
    """The facts of ``found`` whose ``key`` no fact of ``before`` shares."""
    known = {key(fact) for fact in before}
    return [fact for fact in found if key(fact) not in known]


# ------------------------------------------------------------------ mention sources


@mention_source("catalogue", order=100)
def catalogue_mentions(document: Document, inputs: Inputs) -> None:
    """Names and aliases of the catalogue, found in the whole text."""
    text = inputs.article.clean_text
    found = inputs.gazetteer.find(text)
    dropped = common_nouns(document.lang, text, found) + parts_of_longer_names(document.lang, text, found)
    dropped += family_names(document.lang, text, found)
    zones = clock_zones(text)
    dropped += [m for m in found if any(start <= m.start and m.end <= end for start, end in zones)]
    longer = rival_names(document.lang, text, found) + fund_names(document.lang, text, found)
    longer += listed_company_short_forms(document.lang, text, found, document.catalogue)
    longer += [m for m in joint_names(document.lang, text, [m for m in found if m not in dropped])
               if _in_one_sentence(document, m)]
    dropped += [m for m in found if any(n.start < m.end and m.start < n.end for n in longer)]
    document.add_mentions([m for m in found if m not in dropped]
                          + partnership_names(document.lang, text, found) + longer)


def _in_one_sentence(document: Document, mention: Mention) -> bool:
    """Does ``mention`` lie within one sentence? Two names side by side across a sentence's
    end ("… made by Acme Corp. DeepSeek said …") are the last words of one sentence and the
    subject of the next, no joint name."""
    sentence = document.sentence_at(mention.start)
    return sentence is not None and mention.end <= sentence.end


@mention_source("discovery", order=200)
def discovered_mentions(document: Document, inputs: Inputs) -> None:
    """Organisations and people the catalogue does not know, from their context."""
    document.add_mentions(discover_entities(document))


@mention_source("bare-indices", order=240)
def bare_index_mentions(document: Document, inputs: Inputs) -> None:
    """"Chip stocks lift Nasdaq" beside "the Nasdaq Composite": the index, not the
    exchange, once the catalogue and discovery have named the article's indices."""
    bare_exchange_indices(document)


@mention_source("house-codes", order=250)
def house_code_mentions(document: Document, inputs: Inputs) -> None:
    """"GS hebt Ziel für X": a house's ticker opening an analyst flash, after the
    names the catalogue and discovery found there."""
    document.add_mentions(house_codes(document))


@mention_source("statistical", order=300)
def statistical_mentions(document: Document, inputs: Inputs) -> None:
    """A statistical model's entities, linked to the catalogue (only when the
    pipeline is such a model)."""
    if inputs.statistical:
        document.add_mentions(model_mentions(inputs.doc))


@mention_source("short-names", order=350)
def short_name_mentions(document: Document, inputs: Inputs) -> None:
    """"Verimax" after "Verimax Systems": before salience, which counts them."""
    document.add_mentions(short_names(document))


@mention_source("firm-partners", order=360)
def firm_partner_mentions(document: Document, inputs: Inputs) -> None:
    """"Starboard partner Jane Doe": after the short names, as a fund is often named so."""
    document.add_mentions(firm_partners(document))


@mention_source("salience", order=400)
def salience(document: Document, inputs: Inputs) -> None:
    """Drops source credits, then weighs what is left: which entity the
    article is about decides references and attribution after it."""
    text = inputs.article.clean_text
    drop_credits(document)
    headline_end = text.find("\n") if "\n" in text else len(text)

    def rates(sentence: Sentence) -> bool:
        return rating_context(document.lang, sentence.text, sentence.cache)

    document.salience = scores(document, headline_end, rates)
    document.topic = most_salient(document, scores(document, headline_end, rates, positions=False))
    starts = item_starts(document, rates, partial(opens_with_rating, document.lang))
    if starts:
        # a roundup: each item weighed on its own, its company's name as its headline
        for part, item_end in parts(document, starts):
            if item_end is not None and unnamed_item(part, item_end):
                document.parts.append(part)  # of no company by weight: no reference means one
                continue
            end = headline_end if item_end is None else item_end
            part.salience = scores(part, end, rates)
            part.topic = most_salient(part, scores(part, end, rates, positions=False))
            document.parts.append(part)


@mention_source("references", order=500)
def references(document: Document, inputs: Inputs) -> None:
    """"der Konzern", "the company", "he": mentions of a salient entity (in a
    roundup, of the item's)."""
    for part in document.parts or [document]:
        resolve_references(part, rated_institutions_now)


@mention_source("line-units", order=550)
def line_unit_mentions(document: Document, inputs: Inputs) -> None:
    """"die Nutzfahrzeugsparte": after the references, which resolve the
    phrases of units the catalogue knows ("die Cloud-Sparte")."""
    document.add_mentions(line_units(document))


# ------------------------------------------------------------------ fact finders


@fact_finder("figures", order=100)
def figures(document: Document, facts: Facts) -> None:
    facts.figures += find_figures(document)


@fact_finder("values-again", order=120)
def values_again_found(document: Document, facts: Facts) -> None:
    """A value told again for a second company after a company's figure; another reading
    of the same number ("yields 3.7%, compared with 2.9% for rival X": no move of the
    first company's share) gives way to it."""
    again = values_again(document, facts.figures)
    told = {(f.evidence.start, f.evidence.end) for f in again}
    facts.figures = [f for f in facts.figures if (f.evidence.start, f.evidence.end) not in told] + again


@fact_finder("quote-boxes", order=150)
def quote_boxes(document: Document, facts: Facts) -> None:
    """The price and move of a quote box, unless a sentence gave the same figure."""
    known = {(f.about, f.metric, f.value, f.unit) for f in facts.figures}
    facts.figures += [f for f in quote_box_figures(document)
                      if (f.about, f.metric, f.value, f.unit) not in known]


@fact_finder("ratings", order=200)
def ratings(document: Document, facts: Facts) -> None:
    """The ratings, and the targets they show the company of (see
    :func:`kg.nlp.ratings.bind_estimates`)."""
    found, facts.figures = after_mover(document, facts.figures, find_ratings(document))
    facts.ratings += after_estimate(document, facts.figures, found)
    facts.figures = bind_estimates(document, facts.figures, facts.ratings)
    document.rated |= {(rating.by, rating.about) for rating in facts.ratings}


@fact_finder("relations", order=300)
def relations(document: Document, facts: Facts) -> None:
    with hidden_line_units(document):
        found = find_relations(document)
    facts.relations += _venues_of_moves(document, found, facts.figures)


def _venues_of_moves(document: Document, relations: list[Relation],
                     figures: list[Figure]) -> list[Relation]:
    """"… traut Adidas wieder Wachstum zu. Die Aktie legte im Xetra-Handel um 2 Prozent zu":
    a venue whose share names no owner goes to the article's company by default, but the
    share is the one whose move or price the sentence tells: the listing is the company's
    the move went to. So is a venue of shares a possessive pronoun owns (see
    :func:`_pronoun_shares_after`). Dropped where the sentence moves the shares of several
    companies."""
    moved: dict[int, set[str]] = {}
    for figure in figures:
        if figure.metric in ("StockPriceChange", "SharePrice") \
                and document.type_of(figure.about) in ISSUER_TYPES:
            sentence = document.sentence_at(figure.evidence.start)
            if sentence is not None:
                moved.setdefault(sentence.index, set()).add(figure.about)
    known = {(r.subject, r.predicate, r.object) for r in relations}
    kept: list[Relation] = []
    for relation in relations:
        sentence = document.sentence_at(relation.evidence.start)
        owners = moved.get(sentence.index, set()) if sentence is not None else set()
        if relation.predicate != "listedOn" or not owners or owners == {relation.subject} \
                or not (relation.evidence.extractor.endswith("-salient")
                        or sentence is not None and _pronoun_shares_after(document, sentence, relation)):
            kept.append(relation)
            continue
        owner = min(owners)
        if len(owners) == 1 and (owner, "listedOn", relation.object) not in known:
            kept.append(relation.model_copy(update={"subject": owner}))
    return kept


def _pronoun_shares_after(document: Document, sentence: Sentence, relation: Relation) -> bool:
    """Do the shares after the venue's company stand behind a possessive pronoun ("races to
    catch up with OpenAI and Google, sending its shares down 3.4% on the Nasdaq")? The
    pronoun points back past the name just before it to the company whose move the sentence
    tells, so that company, not the name, trades at the venue."""
    cues = relation_cues(document.lang)
    text, at = sentence.text, sentence.local(relation.evidence.end)
    return any(cues.possessed.search(text, at, stock.start()) for stock in cues.stock_words.finditer(text, at))


@fact_finder("issuer-block", order=310)
def issuer_facts(document: Document, facts: Facts) -> None:
    """Seat, indices and listings the issuer block of a disclosure states, unless already found."""
    _add_new(facts, issuer_block(document))


@fact_finder("quote-box-venues", order=315)
def quote_box_venues(document: Document, facts: Facts) -> None:
    """The exchange a quote box prices the share on, unless already found."""
    _add_new(facts, quote_box_listings(document))


@fact_finder("pair-members", order=320)
def pair_members(document: Document, facts: Facts) -> None:
    """Index memberships and partnerships stated of a pair ("Both companies are members of …",
    "the two companies have worked together") and seats ("beide Berliner Unternehmen"),
    unless already found."""
    _add_new(facts, both_members(document))
    _add_new(facts, both_partners(document))
    _add_new(facts, both_seated(document))


@fact_finder("coverage", order=400)
def coverage(document: Document, facts: Facts) -> None:
    """``covers`` from the ratings and estimates found, unless already stated.
    A rating or estimate binds its institution to one company more surely
    than an analyst's comment in the same sentence does: there the comment's
    ``covers`` of another company ("… while Apple slipped after Jefferies cut
    it to hold", read as Jefferies on Intel) gives way; and a bank the
    sentence rates is no analyst's house there ("Goldman Sachs hat die
    Einstufung für Deutsche Bank auf 'Buy' belassen"); nor is a company the sentence has a
    house rate or value that house's rival: the rival noun of "Zurückhaltender äußerte sich
    die UBS über den US-Rivalen Boeing, den sie mit 'Neutral' einstuft" is Boeing's to
    another company. A bank rated by another bank may be its rival ("Wells Fargo's analysts
    downgraded rival U.S. Bancorp")."""
    derived = covers_from(document, facts.figures, facts.ratings)
    bound = {(r.subject, r.evidence.sentence) for r in derived}
    targets = {(r.subject, r.object, r.evidence.sentence) for r in derived}
    rated_pairs = {(frozenset((r.subject, r.object)), r.evidence.sentence) for r in derived
                   if document.type_of(r.object) != "FinancialInstitution"}
    facts.relations = [r for r in facts.relations if not (
        r.predicate == "covers" and r.evidence.extractor.endswith("/covers-analyst")
        and ((r.subject, r.evidence.sentence) in bound
             and (r.subject, r.object, r.evidence.sentence) not in targets
             or _rated_there(document, r))) and not (
        r.predicate == "competitorOf"
        and (frozenset((r.subject, r.object)), r.evidence.sentence) in rated_pairs)]
    _add_new(facts, derived)


def _add_new(facts: Facts, found: Iterable[Relation]) -> None:
    """Adds the relations of ``found`` whose triple no relation found before states: a later
    finder only completes what the earlier ones read."""
    known = {(r.subject, r.predicate, r.object) for r in facts.relations}
    facts.relations += [r for r in found if (r.subject, r.predicate, r.object) not in known]


def _rated_there(document: Document, relation: Relation) -> bool:
    """Is the subject of ``relation`` an institution its sentence rates?"""
    sentence = document.sentence_at(relation.evidence.start)
    return sentence is not None and relation.subject in rated_institutions(document, sentence)


@fact_finder("confidence", order=900)
def confidence(document: Document, facts: Facts) -> None:
    """Every fact's confidence from the measured reliability of its rule."""
    facts.relations, facts.figures, facts.ratings = calibrate(
        facts.relations, facts.figures, facts.ratings)
