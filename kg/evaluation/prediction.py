"""What the store holds for an article, read back for scoring.

The facts are read from the article's named graph. Entities are those the
article ``fin:mentions``; every entity a fact refers to is known by its
``rdfs:label`` and ``skos:altLabel`` values where the store describes
entities: the catalogue graph, the shared entity graph and (in a store built
before descriptions moved there) the article graph itself; an entity without
a label by its IRI's local name. Its type is the most specific ``fin:``
entity class it has there. A relation triple has the highest
``fin:confidence`` of the statements that state it and all their rules; a
fact without a confidence counts as certain.

The facts are not :mod:`kg.records` records: a store may hold facts the
records would refuse (an observation without a metric, an entity without a
type), and they are scored all the same. Their ends are the entities
themselves, with all their names, since matching compares names.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from kg.build import build_articles
from kg.errors import InputError, StoreError
from kg.evaluation.gold import Gold, find_gold_pairs, load_gold
from kg.ingest import article_id, read_articles
from kg.nlp.extract import Extractor
from kg.rdf.mapper import article_iri
from kg.rdf.namespaces import FIN
from kg.rdf.store import Snapshot, Store
from kg.records import ENTITY_TYPES, ORGANIZATION_TYPES, PROPERTIES, Article
from kg.resources import internal_query, with_values

# A fact without fin:confidence (a store built before facts had one) is kept
# at every threshold.
CERTAIN = 1.0

# A type is less specific than another when it is its superclass.
_SUPERCLASSES: dict[str, frozenset[str]] = {
    **{t: frozenset({"Organization"}) for t in ORGANIZATION_TYPES - {"Organization"}},
    "AIModel": frozenset({"Product"}),
}


@dataclass(frozen=True)
class PredictedEntity:
    """An entity node: its IRI, the label it is shown by, its other names
    and its most specific entity type (none when it has no ``fin:`` one)."""

    iri: str
    label: str
    type: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PredictedRelation:
    """A relation triple; ``confidence`` is the highest of the statements
    that state it, ``extractors`` the rules behind them."""

    subject: PredictedEntity
    predicate: str
    object: PredictedEntity
    confidence: float = CERTAIN
    extractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class PredictedFigure:
    """An observation node; any part the graph leaves out is ``None``."""

    iri: str
    about: PredictedEntity | None
    metric: str | None
    unit: str | None
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    qualifier: str = "Exact"
    period: str | None = None
    estimated_by: PredictedEntity | None = None
    confidence: float = CERTAIN
    extractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class PredictedRating:
    """An analyst-rating node; any part the graph leaves out is ``None``."""

    iri: str
    by: PredictedEntity | None
    about: PredictedEntity | None
    rating: str | None
    confidence: float = CERTAIN
    extractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prediction:
    """What the store holds for one article."""

    article: str
    entities: tuple[PredictedEntity, ...] = ()
    relations: tuple[PredictedRelation, ...] = ()
    figures: tuple[PredictedFigure, ...] = ()
    ratings: tuple[PredictedRating, ...] = ()


def read_predictions(snapshot: Snapshot, article_iri: str) -> Prediction:
    """What the store holds for one article, read from its named graph.

    Entities are those the article ``fin:mentions``; names and types of
    every entity referred to come from the graphs that describe entities.
    """
    iri = str(article_iri)
    if any(c in iri for c in "<>\"{}| \\^`"):
        raise InputError(f"not an IRI: {iri!r}")
    graph = str(ox.NamedNode(iri))  # N-Triples syntax, for the query's VALUES ?g

    def rows(name: str, **values: str) -> list[tuple[str | None, ...]]:
        """The rows of ``sparql/prediction-NAME.rq`` on the article's graph."""
        query = with_values(internal_query("kg.evaluation", f"prediction-{name}"),
                            g=graph, **values)
        try:
            return snapshot.values(query)
        except StoreError as err:
            raise StoreError(f"cannot read article graph <{iri}>: {err}") from None

    labels: dict[str, list[str]] = {}
    for x, label in rows("labels"):
        labels.setdefault(str(x), []).append(str(label))
    aliases: dict[str, list[str]] = {}
    for x, label in rows("aliases"):
        aliases.setdefault(str(x), []).append(str(label))
    types: dict[str, set[str]] = {}
    for x, type_ in rows("types"):
        name = _fin_name(type_)
        if name in ENTITY_TYPES:
            types.setdefault(str(x), set()).add(name)

    cache: dict[str, PredictedEntity] = {}

    def entity(node: str | None) -> PredictedEntity | None:
        if node is None:
            return None
        key = str(node)
        if key not in cache:
            names = sorted(set(labels.get(key, [])))
            label = names[0] if names else _local_name(key)
            extra = sorted(set(names[1:]) | set(aliases.get(key, [])))
            cache[key] = PredictedEntity(key, label, _most_specific(types.get(key, set())),
                                         tuple(a for a in extra if a != label))
        return cache[key]

    mentioned = sorted({str(row[0]) for row in rows("mentions")})
    entities = tuple(e for e in map(entity, mentioned) if e is not None)

    stated: dict[tuple[str, str, str], tuple[float, set[str]]] = {}
    for s, p, o, confidence, extractor in rows("statements"):
        key = (str(s), str(p), str(o))
        best, rules = stated.get(key, (-1.0, set()))
        if extractor is not None:
            rules.add(str(extractor))
        stated[key] = (max(best, _confidence(confidence)), rules)

    predicates = " ".join(f"fin:{p}" for p in PROPERTIES)
    relations = []
    for s, p, o in rows("relations", p=predicates):
        subject, obj = entity(s), entity(o)
        assert subject is not None and obj is not None
        certainty, rules = stated.get((str(s), str(p), str(o)), (CERTAIN, set()))
        relations.append(PredictedRelation(subject, _fin_name(p) or str(p), obj,
                                           certainty, tuple(sorted(rules))))
    relations.sort(key=lambda r: (r.subject.label, r.predicate, r.object.label))

    figures: dict[str, PredictedFigure] = {}
    for (obs, about, metric, unit, value, low, high, qualifier, period, by, confidence,
         extractor) in rows("figures"):
        if str(obs) in figures:  # a repeated property: the first row stands
            continue
        figures[str(obs)] = PredictedFigure(
            iri=str(obs),
            about=entity(about),
            metric=_fin_name(metric),
            unit=_fin_name(unit),
            value=_decimal(value),
            min_value=_decimal(low),
            max_value=_decimal(high),
            qualifier=_fin_name(qualifier) or "Exact",
            period=None if period is None else str(period),
            estimated_by=entity(by),
            confidence=_confidence(confidence),
            extractors=() if extractor is None else (str(extractor),),
        )

    ratings: dict[str, PredictedRating] = {}
    for node, by, about, rating, confidence, extractor in rows("ratings"):
        if str(node) not in ratings:
            ratings[str(node)] = PredictedRating(
                str(node), entity(by), entity(about), None if rating is None else str(rating),
                _confidence(confidence), () if extractor is None else (str(extractor),),
            )

    return Prediction(
        article=iri,
        entities=entities,
        relations=tuple(relations),
        figures=tuple(figures[k] for k in sorted(figures)),
        ratings=tuple(ratings[k] for k in sorted(ratings)),
    )


def _fin_name(node: str | None) -> str | None:
    """The local name of a ``fin:`` IRI (a literal's text as a fallback)."""
    if node is None:
        return None
    text = str(node)
    return text[len(str(FIN)):] if text.startswith(str(FIN)) else _local_name(text)


def _local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1] or iri
    return iri


def _most_specific(types: set[str]) -> str | None:
    specific = [t for t in types
                if not any(t in _SUPERCLASSES.get(other, ()) for other in types)]
    return sorted(specific)[0] if specific else None


def _confidence(node: str | None) -> float:
    """A fact's fin:confidence; none (or an unreadable one) counts as certain."""
    value = _decimal(node)
    return CERTAIN if value is None else float(value)


def _decimal(node: str | None) -> Decimal | None:
    if node is None:
        return None
    try:
        value = Decimal(str(node))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _gold_date(published: str | None) -> date | None:
    """The publication date a gold file gives ("2025-10-30", or only the
    month, "2023-04", read as its first day); None where it gives none or
    only a year."""
    parts = (published or "").split("-")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _dated(articles: Iterable[Article | InputError],
           dates: dict[Path, date | None]) -> Iterator[Article | InputError]:
    """The articles, each with the publication date its gold file gives where
    the text itself carries none: a plain-text article's date lives only in
    its gold file, and a dated article is read as a reader of the day would."""
    by_source = {str(path): day for path, day in dates.items()}
    for article in articles:
        day = None if isinstance(article, InputError) else by_source.get(article.source)
        if isinstance(article, Article) and article.published is None and day is not None:
            article = article.model_copy(update={"published": day})
        yield article


def predict(paths: Iterable[str | Path], store: Store | None = None,
            extractor: Extractor | None = None) -> list[tuple[Gold, Prediction]]:
    """Gold and prediction of every gold-annotated article under ``paths``.

    Without a store the articles are built into a temporary one with no
    confidence threshold, so that any threshold can be scored afterwards."""
    pairs = find_gold_pairs(paths)
    golds = [(text, load_gold(gold)) for text, gold in pairs]
    with tempfile.TemporaryDirectory(prefix="finkg-eval-") as tmp:
        if store is None:
            store = Store(Path(tmp) / "store")
            dates = {text: _gold_date(gold.published) for text, gold in golds}
            report = build_articles(_dated(read_articles(list(dates)), dates), store,
                                    extractor=extractor, min_confidence=0.0)
            if report.errors:
                raise InputError(report.errors[0])
        with store.snapshot() as snapshot:
            return [(gold, read_predictions(snapshot, str(article_iri(article_id(text.stem)))))
                    for text, gold in golds]
