"""Score what the build extracted against hand-written gold files.

The library side of ``kg eval``: gold files are found and parsed, the
prediction for one article is read back from the store with SPARQL over the
article's named graph, and the two are compared section by section
(entities, typed entities, relations, figures, ratings) with the matching
rules of CONTRACT.md ("Gold format (evaluation)"). Scores are micro-averaged
over a corpus.

How matching works, including the choices the contract leaves open:

- **Names.** Two names are equal when they are equal after case folding and
  whitespace folding. A predicted entity is known by its ``rdfs:label`` and
  its ``skos:altLabel`` values in the article graph (an entity without a
  label there is known by its IRI's local name); a gold entity by its name
  and aliases. They match when the two sets of names share one. A gold
  relation, figure or rating end names a gold entity by its name or by one of
  its aliases; it is resolved to that entity and then matches like an entity.
  An end naming no gold entity is matched by that name alone.
- **Entities.** Only entities the article ``fin:mentions`` are scored (the
  catalogue graph is never read). Because aliases can split one entity into
  several extracted ones, several predicted entities matching the same gold
  entity count once as a true positive and never as false positives. Each
  predicted entity is assigned to one gold entity only (preferring the one
  whose name equals its label, then one not yet matched), so an extracted
  entity that merges two gold entities matches one of them, and the other is
  missed. *Typed entities* additionally need equal types: a predicted entity
  whose name matches a gold entity of another type is a false positive and
  the gold entity a miss, unless the names match an optional gold entity, in
  which case the prediction is ignored (optional means no stance, also on
  the type). The predicted type is the most specific ``fin:`` entity class
  the entity has in the article graph.
- **Relations, figures, ratings** are matched one to one, greedily: all
  (gold, prediction) pairs that match are sorted, required gold items first
  and best pairs first, and taken while both sides are free. For figures the
  best pair agrees on most of qualifier, period and estimatedBy, then has the
  smallest value difference. A prediction left over that matches an optional
  gold item is ignored; one that matches only already-matched required items
  (a duplicate) is a false positive.
- **Relations** match on the property and both ends, in either direction for
  ``competitorOf`` and ``partnerOf``; ``role`` is not scored.
- **Figures** match on entity (``fin:about``), metric, unit and value: a
  relative difference of at most 0.5 % of the gold value (exact for gold
  0), and for a range both ``min`` and ``max`` so; a single value never
  matches a range. ``status`` is not scored.
- **Qualifier, period, estimatedBy** are scored on matched required figures
  only: accuracy = agreeing figures / matched figures. A missing qualifier
  is ``Exact`` on either side; a period or estimatedBy agrees when both are
  absent or both are present and equal (periods by folded text,
  estimatedBy by entity names as above).
- **Ratings** match on ``by``, ``about`` and the rating literal (folded).
- **Scores.** Precision tp/(tp+fp), recall tp/(tp+fn) and F1
  2tp/(2tp+fp+fn), summed over articles before dividing (micro-average). A
  ratio whose denominator is 0 is ``None`` (shown as ``-``).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from kg.build import build
from kg.errors import InputError, StoreError
from kg.ingest import article_id
from kg.nlp.extract import Extractor
from kg.rdf.mapper import article_iri
from kg.rdf.namespaces import FIN, PREFIXES
from kg.rdf.store import Store
from kg.records import (
    ENTITY_TYPES,
    METRICS,
    ORGANIZATION_TYPES,
    PROPERTIES,
    QUALIFIERS,
    SYMMETRIC_PROPERTIES,
)

SECTIONS: tuple[str, ...] = ("entities", "typed_entities", "relations", "figures", "ratings")
SECTION_TITLES: dict[str, str] = {
    "entities": "entities",
    "typed_entities": "typed entities",
    "relations": "relations",
    "figures": "figures",
    "ratings": "ratings",
}
TOLERANCE = Decimal("0.005")
GOLD_SUFFIX = ".gold.json"

# A type is less specific than another when it is its superclass.
_SUPERCLASSES: dict[str, frozenset[str]] = {
    **{t: frozenset({"Organization"}) for t in ORGANIZATION_TYPES - {"Organization"}},
    "AIModel": frozenset({"Product"}),
}


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str
    optional: bool = False
    role: str | None = None


@dataclass(frozen=True)
class GoldFigure:
    about: str
    metric: str
    unit: str
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    qualifier: str = "Exact"
    period: str | None = None
    estimated_by: str | None = None
    status: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldRating:
    by: str
    about: str
    rating: str
    optional: bool = False


@dataclass(frozen=True)
class Gold:
    """One article's gold annotation."""

    source: str
    entities: tuple[GoldEntity, ...] = ()
    relations: tuple[GoldRelation, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    ratings: tuple[GoldRating, ...] = ()
    lang: str | None = None
    published: str | None = None


# --------------------------------------------------------------------- prediction


@dataclass(frozen=True)
class PredictedEntity:
    iri: str
    label: str
    type: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PredictedRelation:
    subject: PredictedEntity
    predicate: str
    object: PredictedEntity


@dataclass(frozen=True)
class PredictedFigure:
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


@dataclass(frozen=True)
class PredictedRating:
    iri: str
    by: PredictedEntity | None
    about: PredictedEntity | None
    rating: str | None


@dataclass(frozen=True)
class Prediction:
    """What the store holds for one article."""

    article: str
    entities: tuple[PredictedEntity, ...] = ()
    relations: tuple[PredictedRelation, ...] = ()
    figures: tuple[PredictedFigure, ...] = ()
    ratings: tuple[PredictedRating, ...] = ()


# ------------------------------------------------------------------------- scores


@dataclass
class SectionResult:
    """Counts of one section in one article, with the items behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


@dataclass
class FigureAgreement:
    """Agreement on the separately scored parts of matched figures."""

    matched: int = 0
    qualifier: int = 0
    period: int = 0
    estimated_by: int = 0
    disagreements: list[str] = field(default_factory=list)


@dataclass
class ArticleScore:
    article: str
    gold: str
    sections: dict[str, SectionResult]
    agreement: FigureAgreement


@dataclass(frozen=True)
class SectionScore:
    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None


@dataclass(frozen=True)
class CorpusScore:
    articles: int
    sections: dict[str, SectionScore]
    matched_figures: int
    qualifier_agreed: int
    period_agreed: int
    estimated_by_agreed: int
    qualifier_accuracy: float | None
    period_accuracy: float | None
    estimated_by_accuracy: float | None


# ------------------------------------------------------------------ finding gold


def find_gold_pairs(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """``(NAME.txt, NAME.gold.json)`` pairs in the given files and folders.

    Folders are searched recursively; a text without gold beside it is
    ignored. A path that does not exist or yields no pair is an error, since
    evaluating nothing would silently report nothing.
    """
    pairs: list[tuple[Path, Path]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                (text, _gold_beside(text))
                for text in sorted(path.rglob("*.txt"))
                if text.is_file() and not text.name.startswith(".")
                and _gold_beside(text).is_file()
            ]
            if not found:
                raise InputError(f"{path}: no NAME.txt with NAME{GOLD_SUFFIX} beside it")
        elif path.is_file():
            if path.name.endswith(GOLD_SUFFIX):
                text = path.with_name(path.name[: -len(GOLD_SUFFIX)] + ".txt")
                if not text.is_file():
                    raise InputError(f"{path}: no article {text.name} beside it")
                found = [(text, path)]
            else:
                gold = _gold_beside(path)
                if not gold.is_file():
                    raise InputError(f"{path}: no gold file {gold.name} beside it")
                found = [(path, gold)]
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder")
        else:
            raise InputError(f"{path}: no such file or folder")
        pairs.extend(pair for pair in found if pair not in pairs)
    return pairs


def _gold_beside(text: Path) -> Path:
    return text.with_name(text.stem + GOLD_SUFFIX)


# ------------------------------------------------------------------ reading gold


def load_gold(path: Path) -> Gold:
    """Parse a gold file; a bad file is an :class:`InputError` naming it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except OSError as err:
        raise InputError(f"{path}: cannot read gold file: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: gold file is not UTF-8") from err
    except json.JSONDecodeError as err:
        raise InputError(
            f"{path}: bad JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        ) from err
    return parse_gold(data, str(path))


def parse_gold(data: Any, source: str = "<gold>") -> Gold:
    """A :class:`Gold` from the decoded JSON of a gold file (see CONTRACT.md)."""
    if not isinstance(data, dict):
        raise InputError(f"{source}: a gold file holds a JSON object")
    return Gold(
        source=source,
        entities=tuple(_gold_entity(x, f"{source}: entities[{i}]")
                       for i, x in enumerate(_section(data, "entities", source))),
        relations=tuple(_gold_relation(x, f"{source}: relations[{i}]")
                        for i, x in enumerate(_section(data, "relations", source))),
        figures=tuple(_gold_figure(x, f"{source}: figures[{i}]")
                      for i, x in enumerate(_section(data, "figures", source))),
        ratings=tuple(_gold_rating(x, f"{source}: ratings[{i}]")
                      for i, x in enumerate(_section(data, "ratings", source))),
        lang=_text(data, "lang", source, required=False),
        published=_text(data, "published", source, required=False),
    )


def _section(data: dict[str, Any], key: str, source: str) -> list[Any]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise InputError(f"{source}: {key!r} must be a list")
    return items


def _text(item: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            raise InputError(f"{where}: missing {key!r}")
        return None
    if key == "period" and isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: {key!r} must be a non-empty string")
    return value


def _required_text(item: dict[str, Any], key: str, where: str) -> str:
    value = _text(item, key, where)
    assert value is not None
    return value


def _one_of(value: str, allowed: Sequence[str], key: str, where: str) -> str:
    if value not in allowed:
        raise InputError(f"{where}: unknown {key} {value!r}")
    return value


def _optional_flag(item: dict[str, Any], where: str) -> bool:
    flag = item.get("optional", False)
    if not isinstance(flag, bool):
        raise InputError(f"{where}: 'optional' must be true or false")
    return flag


def _object(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object")
    return item


def _gold_entity(item: Any, where: str) -> GoldEntity:
    item = _object(item, where)
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InputError(f"{where}: 'aliases' must be a list of strings")
    return GoldEntity(
        name=_required_text(item, "name", where),
        type=_one_of(_required_text(item, "type", where), ENTITY_TYPES, "type", where),
        aliases=tuple(aliases),
        optional=_optional_flag(item, where),
    )


def _gold_relation(item: Any, where: str) -> GoldRelation:
    if isinstance(item, list):
        if len(item) != 3 or not all(isinstance(x, str) and x.strip() for x in item):
            raise InputError(f"{where}: a relation list is [subject, property, object]")
        subject, predicate, obj = item
        optional, role = False, None
    else:
        item = _object(item, where)
        subject = _required_text(item, "s", where)
        predicate = _required_text(item, "p", where)
        obj = _required_text(item, "o", where)
        optional = _optional_flag(item, where)
        role = _text(item, "role", where, required=False)
    return GoldRelation(subject, _one_of(predicate, PROPERTIES, "property", where), obj,
                        optional, role)


def _gold_figure(item: Any, where: str) -> GoldFigure:
    item = _object(item, where)
    value, low, high = (_number(item, key, where) for key in ("value", "min", "max"))
    if value is None and (low is None or high is None):
        raise InputError(f"{where}: a figure has 'value' or both 'min' and 'max'")
    if value is not None and (low is not None or high is not None):
        raise InputError(f"{where}: a figure has 'value' or a 'min'/'max' range, not both")
    qualifier = _text(item, "qualifier", where, required=False) or "Exact"
    return GoldFigure(
        about=_required_text(item, "about", where),
        metric=_one_of(_required_text(item, "metric", where), METRICS, "metric", where),
        unit=_required_text(item, "unit", where),
        value=value,
        min_value=low,
        max_value=high,
        qualifier=_one_of(qualifier, QUALIFIERS, "qualifier", where),
        period=_text(item, "period", where, required=False),
        estimated_by=_text(item, "estimatedBy", where, required=False),
        status=_text(item, "status", where, required=False),
        optional=_optional_flag(item, where),
    )


def _number(item: dict[str, Any], key: str, where: str) -> Decimal | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise InputError(f"{where}: {key!r} must be a number")
    number = Decimal(str(value))  # str: a float 2.5 means the decimal 2.5
    if not number.is_finite():
        raise InputError(f"{where}: {key!r} must be a finite number")
    return number


def _gold_rating(item: Any, where: str) -> GoldRating:
    item = _object(item, where)
    return GoldRating(
        by=_required_text(item, "by", where),
        about=_required_text(item, "about", where),
        rating=_required_text(item, "rating", where),
        optional=_optional_flag(item, where),
    )


# ------------------------------------------------------------ reading predictions

_PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())

_Q_MENTIONS = "SELECT DISTINCT ?e WHERE { GRAPH <%s> { ?article fin:mentions ?e } }"
_Q_LABELS = "SELECT ?x ?l WHERE { GRAPH <%s> { ?x rdfs:label ?l } }"
_Q_ALIASES = "SELECT ?x ?l WHERE { GRAPH <%s> { ?x skos:altLabel ?l } }"
_Q_TYPES = "SELECT ?x ?t WHERE { GRAPH <%s> { ?x a ?t } }"
_Q_RELATIONS = """SELECT ?s ?p ?o WHERE { GRAPH <%s> {
    ?s ?p ?o . FILTER(isIRI(?s) && isIRI(?o))
    VALUES ?p { %s } } }"""
_Q_FIGURES = """SELECT ?obs ?about ?metric ?unit ?value ?min ?max ?qualifier ?period ?by
WHERE { GRAPH <%s> {
    ?obs a fin:Observation .
    OPTIONAL { ?obs fin:about ?about }
    OPTIONAL { ?obs fin:metric ?metric }
    OPTIONAL { ?obs fin:unit ?unit }
    OPTIONAL { ?obs fin:value ?value }
    OPTIONAL { ?obs fin:minValue ?min }
    OPTIONAL { ?obs fin:maxValue ?max }
    OPTIONAL { ?obs fin:qualifier ?qualifier }
    OPTIONAL { ?obs fin:period ?period }
    OPTIONAL { ?obs fin:estimatedBy ?by }
} }"""
_Q_RATINGS = """SELECT ?r ?by ?about ?rating WHERE { GRAPH <%s> {
    ?r a fin:AnalystRating .
    OPTIONAL { ?r fin:by ?by }
    OPTIONAL { ?r fin:about ?about }
    OPTIONAL { ?r fin:rating ?rating }
} }"""


def read_predictions(dataset: Any, article_iri: str) -> Prediction:
    """What the store holds for one article, read from its named graph only.

    ``dataset`` is an rdflib ``Dataset`` or ``ConjunctiveGraph`` (in memory
    or over Oxigraph). Entities are those the article ``fin:mentions``;
    names and types of every entity referred to come from the same graph.
    """
    iri = str(article_iri)
    if any(c in iri for c in "<>\"{}| \\^`"):
        raise InputError(f"not an IRI: {iri!r}")

    def rows(template: str, *args: str) -> list[Any]:
        query = _PROLOGUE + template % ((iri,) + args)
        try:
            return list(dataset.query(query))
        except Exception as err:  # the store's own errors vary by backend
            raise StoreError(f"cannot read article graph <{iri}>: {err}") from err

    labels: dict[str, list[str]] = {}
    for x, label in rows(_Q_LABELS):
        labels.setdefault(str(x), []).append(str(label))
    aliases: dict[str, list[str]] = {}
    for x, label in rows(_Q_ALIASES):
        aliases.setdefault(str(x), []).append(str(label))
    types: dict[str, set[str]] = {}
    for x, type_ in rows(_Q_TYPES):
        name = _fin_name(type_)
        if name in ENTITY_TYPES:
            types.setdefault(str(x), set()).add(name)

    cache: dict[str, PredictedEntity] = {}

    def entity(node: Any) -> PredictedEntity | None:
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

    mentioned = sorted({str(row[0]) for row in rows(_Q_MENTIONS)})
    entities = tuple(e for e in map(entity, mentioned) if e is not None)

    predicates = " ".join(f"fin:{p}" for p in PROPERTIES)
    relations = []
    for s, p, o in rows(_Q_RELATIONS, predicates):
        subject, obj = entity(s), entity(o)
        assert subject is not None and obj is not None
        relations.append(PredictedRelation(subject, _fin_name(p) or str(p), obj))
    relations.sort(key=lambda r: (r.subject.label, r.predicate, r.object.label))

    figures: dict[str, PredictedFigure] = {}
    for obs, about, metric, unit, value, low, high, qualifier, period, by in rows(_Q_FIGURES):
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
        )

    ratings: dict[str, PredictedRating] = {}
    for node, by, about, rating in rows(_Q_RATINGS):
        if str(node) not in ratings:
            ratings[str(node)] = PredictedRating(
                str(node), entity(by), entity(about), None if rating is None else str(rating)
            )

    return Prediction(
        article=iri,
        entities=entities,
        relations=tuple(relations),
        figures=tuple(figures[k] for k in sorted(figures)),
        ratings=tuple(ratings[k] for k in sorted(ratings)),
    )


def _fin_name(node: Any) -> str | None:
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


def _decimal(node: Any) -> Decimal | None:
    if node is None:
        return None
    try:
        value = Decimal(str(node))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# ------------------------------------------------------------------------ scoring


def fold(text: str) -> str:
    """A name as compared: case-folded, whitespace runs folded to one space."""
    return " ".join(text.split()).casefold()


class _GoldNames:
    """Resolves a name used in gold to the names of the gold entity it means."""

    def __init__(self, entities: Sequence[GoldEntity]) -> None:
        self._by_name: dict[str, frozenset[str]] = {}
        self._by_alias: dict[str, frozenset[str]] = {}
        for e in entities:
            names = frozenset({fold(e.name), *(fold(a) for a in e.aliases)})
            self._by_name.setdefault(fold(e.name), names)
            for alias in e.aliases:
                self._by_alias.setdefault(fold(alias), names)

    def __call__(self, name: str) -> frozenset[str]:
        key = fold(name)
        return self._by_name.get(key) or self._by_alias.get(key) or frozenset({key})


def _names(entity: PredictedEntity | None) -> frozenset[str]:
    if entity is None:
        return frozenset()
    return frozenset({fold(entity.label), *(fold(a) for a in entity.aliases)})


def _gold_entity_names(entity: GoldEntity) -> frozenset[str]:
    return frozenset({fold(entity.name), *(fold(a) for a in entity.aliases)})


def score_article(gold: Gold, pred: Prediction) -> ArticleScore:
    """Compare one article's prediction with its gold (rules: module docstring)."""
    resolve = _GoldNames(gold.entities)
    figures, agreement = _score_figures(gold, pred, resolve)
    return ArticleScore(
        article=pred.article,
        gold=gold.source,
        sections={
            "entities": _score_entities(gold.entities, pred.entities, typed=False),
            "typed_entities": _score_entities(gold.entities, pred.entities, typed=True),
            "relations": _score_relations(gold, pred, resolve),
            "figures": figures,
            "ratings": _score_ratings(gold, pred, resolve),
        },
        agreement=agreement,
    )


def _score_entities(
    gold: Sequence[GoldEntity], pred: Sequence[PredictedEntity], typed: bool
) -> SectionResult:
    gold_names = [_gold_entity_names(g) for g in gold]
    result = SectionResult()
    covered: set[int] = set()

    def candidates(p: PredictedEntity) -> list[int]:
        return [i for i, names in enumerate(gold_names)
                if names & _names(p) and (not typed or gold[i].type == p.type)]

    def canonical(p: PredictedEntity, i: int) -> bool:
        return fold(p.label) == fold(gold[i].name)

    # Predictions carrying a gold name as their label choose first, so that
    # alias-only matches go to what is left.
    order = sorted(pred, key=lambda p: not any(canonical(p, i) for i in candidates(p)))
    for p in order:
        found = candidates(p)
        if found:
            covered.add(min(found, key=lambda i: (not canonical(p, i), i in covered, i)))
        elif typed and any(gold_names[i] & _names(p) for i, g in enumerate(gold)
                           if g.optional):
            continue
        else:
            result.fp += 1
            result.false_positives.append(_show_predicted_entity(p))
    for i, g in enumerate(gold):
        if g.optional:
            continue
        if i in covered:
            result.tp += 1
        else:
            result.fn += 1
            result.misses.append(f"{g.name} [{g.type}]")
    return result


_G = TypeVar("_G", GoldRelation, GoldFigure, GoldRating)
_P = TypeVar("_P", PredictedRelation, PredictedFigure, PredictedRating)


def _match_one_to_one(
    gold: Sequence[_G],
    pred: Sequence[_P],
    cost: Callable[[_G, _P], tuple[Any, ...] | None],
) -> tuple[list[tuple[int, int]], set[int], list[int], list[int]]:
    """Greedy one-to-one matching; ``cost`` is ``None`` for no match, lower
    is better. Returns matched (gold, pred) index pairs, ignored predictions
    (matching an optional gold item), missed gold and unmatched predictions."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            c = cost(g, p)
            if c is not None:
                pairs.append((g.optional, c, gi, pi))
    pairs.sort()
    matched: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for optional, _, gi, pi in pairs:
        if not optional and gi not in used_gold and pi not in used_pred:
            matched.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    ignored = {pi for optional, _, _, pi in pairs if optional and pi not in used_pred}
    missed = [gi for gi, g in enumerate(gold) if not g.optional and gi not in used_gold]
    spurious = [pi for pi in range(len(pred)) if pi not in used_pred and pi not in ignored]
    return sorted(matched), ignored, missed, spurious


def _section_result(
    matched: list[tuple[int, int]], missed: list[int], spurious: list[int],
    show_gold: Callable[[int], str], show_pred: Callable[[int], str],
) -> SectionResult:
    return SectionResult(
        tp=len(matched), fp=len(spurious), fn=len(missed),
        misses=[show_gold(i) for i in missed],
        false_positives=[show_pred(i) for i in spurious],
    )


def _score_relations(gold: Gold, pred: Prediction, resolve: _GoldNames) -> SectionResult:
    def cost(g: GoldRelation, p: PredictedRelation) -> tuple[int] | None:
        if g.predicate != p.predicate:
            return None
        s, o = _names(p.subject), _names(p.object)
        if resolve(g.subject) & s and resolve(g.object) & o:
            return (0,)
        if g.predicate in SYMMETRIC_PROPERTIES and resolve(g.subject) & o \
                and resolve(g.object) & s:
            return (1,)
        return None

    matched, _, missed, spurious = _match_one_to_one(gold.relations, pred.relations, cost)
    return _section_result(
        matched, missed, spurious,
        lambda i: _show_gold_relation(gold.relations[i]),
        lambda i: _show_predicted_relation(pred.relations[i]),
    )


def _within(gold: Decimal, value: Decimal) -> bool:
    if gold == 0:
        return value == 0
    return abs(value - gold) <= TOLERANCE * abs(gold)


def _relative(gold: Decimal, value: Decimal) -> Decimal:
    return Decimal(0) if gold == 0 else abs(value - gold) / abs(gold)


def _score_figures(
    gold: Gold, pred: Prediction, resolve: _GoldNames
) -> tuple[SectionResult, FigureAgreement]:
    def agreements(g: GoldFigure, p: PredictedFigure) -> tuple[bool, bool, bool]:
        qualifier = g.qualifier == p.qualifier
        period = (g.period is None and p.period is None) or (
            g.period is not None and p.period is not None and fold(g.period) == fold(p.period))
        estimated = (g.estimated_by is None and p.estimated_by is None) or (
            g.estimated_by is not None and p.estimated_by is not None
            and bool(resolve(g.estimated_by) & _names(p.estimated_by)))
        return qualifier, period, estimated

    def cost(g: GoldFigure, p: PredictedFigure) -> tuple[int, Decimal] | None:
        if g.metric != p.metric or g.unit != p.unit or not resolve(g.about) & _names(p.about):
            return None
        if g.value is not None:
            if p.value is None or not _within(g.value, p.value):
                return None
            distance = _relative(g.value, p.value)
        else:
            assert g.min_value is not None and g.max_value is not None
            if p.min_value is None or p.max_value is None or not (
                    _within(g.min_value, p.min_value) and _within(g.max_value, p.max_value)):
                return None
            distance = _relative(g.min_value, p.min_value) + _relative(g.max_value, p.max_value)
        return (-sum(agreements(g, p)), distance)

    matched, _, missed, spurious = _match_one_to_one(gold.figures, pred.figures, cost)
    result = _section_result(
        matched, missed, spurious,
        lambda i: _show_gold_figure(gold.figures[i]),
        lambda i: _show_predicted_figure(pred.figures[i]),
    )
    agreement = FigureAgreement(matched=len(matched))
    for gi, pi in matched:
        g, p = gold.figures[gi], pred.figures[pi]
        qualifier, period, estimated = agreements(g, p)
        agreement.qualifier += qualifier
        agreement.period += period
        agreement.estimated_by += estimated
        shown = _show_gold_figure(g, extras=False)
        if not qualifier:
            agreement.disagreements.append(
                f"{shown}: qualifier {g.qualifier}, extracted {p.qualifier}")
        if not period:
            agreement.disagreements.append(
                f"{shown}: period {g.period or '-'}, extracted {p.period or '-'}")
        if not estimated:
            extracted = p.estimated_by.label if p.estimated_by else "-"
            agreement.disagreements.append(
                f"{shown}: estimatedBy {g.estimated_by or '-'}, extracted {extracted}")
    return result, agreement


def _score_ratings(gold: Gold, pred: Prediction, resolve: _GoldNames) -> SectionResult:
    def cost(g: GoldRating, p: PredictedRating) -> tuple[int] | None:
        if p.rating is None or fold(g.rating) != fold(p.rating):
            return None
        if resolve(g.by) & _names(p.by) and resolve(g.about) & _names(p.about):
            return (0,)
        return None

    matched, _, missed, spurious = _match_one_to_one(gold.ratings, pred.ratings, cost)
    return _section_result(
        matched, missed, spurious,
        lambda i: _show_gold_rating(gold.ratings[i]),
        lambda i: _show_predicted_rating(pred.ratings[i]),
    )


# ------------------------------------------------------------------ readable items


def _number_text(value: Decimal | None) -> str:
    if value is None:
        return "?"
    text = format(value.normalize(), "f")
    return text


def _show_value(value: Decimal | None, low: Decimal | None, high: Decimal | None) -> str:
    if value is None and (low is not None or high is not None):
        return f"{_number_text(low)}..{_number_text(high)}"
    return _number_text(value)


def _show_predicted_entity(p: PredictedEntity) -> str:
    return f"{p.label} [{p.type or '?'}]"


def _label(p: PredictedEntity | None) -> str:
    return p.label if p is not None else "?"


def _show_gold_relation(g: GoldRelation) -> str:
    return f"{g.subject} {g.predicate} {g.object}"


def _show_predicted_relation(p: PredictedRelation) -> str:
    return f"{p.subject.label} {p.predicate} {p.object.label}"


def _figure_text(about: str, metric: str, value: str, unit: str, qualifier: str,
                 period: str | None, estimated_by: str | None) -> str:
    text = f"{about} {metric} {value} {unit}"
    if qualifier != "Exact":
        text += f" {qualifier}"
    if period:
        text += f" ({period})"
    if estimated_by:
        text += f" by {estimated_by}"
    return text


def _show_gold_figure(g: GoldFigure, extras: bool = True) -> str:
    return _figure_text(
        g.about, g.metric, _show_value(g.value, g.min_value, g.max_value), g.unit,
        g.qualifier if extras else "Exact",
        g.period if extras else None, g.estimated_by if extras else None,
    )


def _show_predicted_figure(p: PredictedFigure) -> str:
    return _figure_text(
        _label(p.about), p.metric or "?", _show_value(p.value, p.min_value, p.max_value),
        p.unit or "?", p.qualifier, p.period,
        p.estimated_by.label if p.estimated_by else None,
    )


def _show_gold_rating(g: GoldRating) -> str:
    return f'{g.by} rates {g.about} "{g.rating}"'


def _show_predicted_rating(p: PredictedRating) -> str:
    return f'{_label(p.by)} rates {_label(p.about)} "{p.rating or "?"}"'


# ------------------------------------------------------------------ corpus scores


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def score_corpus(results: list[ArticleScore]) -> CorpusScore:
    """Micro-averaged scores: counts summed over articles, then divided."""
    sections = {}
    for name in SECTIONS:
        tp = sum(r.sections[name].tp for r in results)
        fp = sum(r.sections[name].fp for r in results)
        fn = sum(r.sections[name].fn for r in results)
        sections[name] = SectionScore(tp, fp, fn, _ratio(tp, tp + fp), _ratio(tp, tp + fn),
                                      _ratio(2 * tp, 2 * tp + fp + fn))
    matched = sum(r.agreement.matched for r in results)
    qualifier = sum(r.agreement.qualifier for r in results)
    period = sum(r.agreement.period for r in results)
    estimated = sum(r.agreement.estimated_by for r in results)
    return CorpusScore(
        articles=len(results),
        sections=sections,
        matched_figures=matched,
        qualifier_agreed=qualifier,
        period_agreed=period,
        estimated_by_agreed=estimated,
        qualifier_accuracy=_ratio(qualifier, matched),
        period_accuracy=_ratio(period, matched),
        estimated_by_accuracy=_ratio(estimated, matched),
    )


def _fraction(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(score: CorpusScore) -> str:
    """The scores as an aligned plain-text table."""
    header = ("section", "P", "R", "F1", "tp", "fp", "fn")
    rows = [
        (SECTION_TITLES[name], _fraction(s.precision), _fraction(s.recall), _fraction(s.f1),
         str(s.tp), str(s.fp), str(s.fn))
        for name, s in score.sections.items()
    ]
    width = max(len(header[0]), *(len(r[0]) for r in rows))
    numbers = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(1, 7)]

    def line(cells: Sequence[str]) -> str:
        rest = "  ".join(c.rjust(w) for c, w in zip(cells[1:], numbers, strict=True))
        return f"{cells[0].ljust(width)}  {rest}"

    lines = [f"{score.articles} article{'s' if score.articles != 1 else ''}", line(header)]
    lines += [line(r) for r in rows]
    lines.append("")
    accuracies = [
        ("qualifier accuracy", score.qualifier_accuracy, score.qualifier_agreed),
        ("period accuracy", score.period_accuracy, score.period_agreed),
        ("estimatedBy accuracy", score.estimated_by_accuracy, score.estimated_by_agreed),
    ]
    label_width = max(len(a[0]) for a in accuracies)
    for label, accuracy, agreed in accuracies:
        lines.append(f"{label.ljust(label_width)}  {_fraction(accuracy)}"
                     f"  ({agreed}/{score.matched_figures} matched figures)")
    return "\n".join(lines)


def format_details(results: list[ArticleScore]) -> str:
    """Per article, what was missed and what was extracted wrongly.

    Typed-entity lines repeat nothing already listed for untyped entities, so
    what remains there is type errors.
    """
    blocks = []
    for r in results:
        counts = ", ".join(
            f"{SECTION_TITLES[n]} {s.tp}/{s.fp}/{s.fn}" for n, s in r.sections.items())
        lines = [f"{r.article}  ({r.gold})", f"  tp/fp/fn: {counts}"]
        untyped = r.sections["entities"]
        for name, section in r.sections.items():
            misses, extras = section.misses, section.false_positives
            if name == "typed_entities":
                misses = [m for m in misses if m not in untyped.misses]
                extras = [x for x in extras if x not in untyped.false_positives]
            title = SECTION_TITLES[name]
            lines += [f"  missed  {title}: {m}" for m in misses]
            lines += [f"  wrong   {title}: {x}" for x in extras]
        lines += [f"  differs figure: {d}" for d in r.agreement.disagreements]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def to_json(score: CorpusScore, results: list[ArticleScore]) -> dict[str, Any]:
    """Corpus scores and every article's counts and items, JSON-ready."""
    return {"corpus": asdict(score), "articles": [asdict(r) for r in results]}


__all__ = [
    "SECTIONS",
    "ArticleScore",
    "CorpusScore",
    "FigureAgreement",
    "Gold",
    "GoldEntity",
    "GoldFigure",
    "GoldRating",
    "GoldRelation",
    "PredictedEntity",
    "PredictedFigure",
    "PredictedRating",
    "PredictedRelation",
    "Prediction",
    "SectionResult",
    "SectionScore",
    "find_gold_pairs",
    "fold",
    "format_details",
    "format_table",
    "load_gold",
    "parse_gold",
    "read_predictions",
    "score_article",
    "score_corpus",
    "to_json",
]


def evaluate(paths: Iterable[str | Path], store: Store | None = None,
             extractor: Extractor | None = None) -> tuple[CorpusScore, list[ArticleScore]]:
    """Build the gold-annotated articles under ``paths`` (into a temporary
    store unless one is given, which is then only read) and score them."""
    pairs = find_gold_pairs(paths)
    golds = [(text, load_gold(gold)) for text, gold in pairs]
    with tempfile.TemporaryDirectory(prefix="finkg-eval-") as tmp:
        if store is None:
            store = Store(Path(tmp) / "store")
            report = build([text for text, _ in pairs], store, extractor=extractor)
            if report.errors:
                raise InputError(report.errors[0])
        with store.read() as dataset:
            results = [
                score_article(gold, read_predictions(dataset, str(article_iri(article_id(text.stem)))))
                for text, gold in golds
            ]
    return score_corpus(results), results
