"""Matching one article's prediction against its gold, section by section.

The rules are CONTRACT.md's ("Gold format (evaluation)"), with the choices
the contract leaves open made as follows:

- **Names.** Two names are equal when they are equal after case folding and
  whitespace folding. A predicted entity is known by its label and other
  names in the article graph (:mod:`kg.evaluation.prediction`); a gold
  entity by its name and aliases. They match when the two sets of names
  share one. A gold relation, figure or rating end names a gold entity by
  its name or by one of its aliases; it is resolved to that entity and then
  matches like an entity. An end naming no gold entity is matched by that
  name alone.
- **Entities.** Only entities the article mentions are scored. Because
  aliases can split one entity into several extracted ones, several
  predicted entities matching the same gold entity count once as a true
  positive and never as false positives. Each predicted entity is assigned
  to one gold entity only (preferring the one whose name equals its label,
  then one not yet matched), so an extracted entity that merges two gold
  entities matches one of them, and the other is missed. *Typed entities*
  additionally need equal types: a predicted entity whose name matches a
  gold entity of another type is a false positive and the gold entity a
  miss, unless the names match an optional gold entity, in which case the
  prediction is ignored (optional means no stance, also on the type).
- **Relations, figures, ratings** are matched one to one, greedily: all
  (gold, prediction) pairs that match are sorted, required gold items first
  and best pairs first, and taken while both sides are free. For figures the
  best pair agrees on most of qualifier, period and estimatedBy, then has the
  smallest value difference. A prediction left over that matches an optional
  gold item is ignored; one that matches only already-matched required items
  (a duplicate) is a false positive.
- **Relations** match on the property and both ends, in either direction for
  symmetric properties (``competitorOf``, ``partnerOf``); ``role`` is not
  scored.
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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from kg.evaluation.gold import Gold, GoldEntity, GoldFigure, GoldRating, GoldRelation
from kg.evaluation.prediction import (
    PredictedEntity,
    PredictedFigure,
    PredictedRating,
    PredictedRelation,
    Prediction,
)
from kg.records import SYMMETRIC_PROPERTIES

SECTIONS: tuple[str, ...] = ("entities", "typed_entities", "relations", "figures", "ratings")
# The sections of facts, which carry a confidence and come from a rule.
FACT_SECTIONS: tuple[str, ...] = ("relations", "figures", "ratings")
TOLERANCE = Decimal("0.005")


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
    """One article's results: the article IRI, its gold file, each section's
    counts and the figure agreements."""

    article: str
    gold: str
    sections: dict[str, SectionResult]
    agreement: FigureAgreement


def fold(text: str) -> str:
    """A name as compared: case-folded, whitespace runs folded to one space."""
    return " ".join(text.split()).casefold()


class GoldNames:
    """Resolves a name used in gold to the names of the gold entity it means."""

    def __init__(self, entities: Sequence[GoldEntity]) -> None:
        self._by_name: dict[str, frozenset[str]] = {}
        self._by_alias: dict[str, frozenset[str]] = {}
        for e in entities:
            names = frozenset({fold(e.label), *(fold(a) for a in e.aliases)})
            self._by_name.setdefault(fold(e.label), names)
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
    return frozenset({fold(entity.label), *(fold(a) for a in entity.aliases)})


def score_article(gold: Gold, pred: Prediction) -> ArticleScore:
    """Compare one article's prediction with its gold (rules: module docstring)."""
    resolve = GoldNames(gold.entities)
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
        return fold(p.label) == fold(gold[i].label)

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
            result.misses.append(f"{g.label} [{g.type}]")
    return result


_G = TypeVar("_G", GoldRelation, GoldFigure, GoldRating)
_P = TypeVar("_P", PredictedRelation, PredictedFigure, PredictedRating)


class Matching(NamedTuple):
    """A one-to-one matching of gold items and predictions, by index."""

    matched: list[tuple[int, int]]  # (gold, prediction) pairs
    ignored: set[int]  # predictions matching only an optional gold item
    missed: list[int]  # required gold items left unmatched
    spurious: list[int]  # predictions matching nothing left


def _match_one_to_one(
    gold: Sequence[_G],
    pred: Sequence[_P],
    cost: Callable[[_G, _P], tuple[Any, ...] | None],
) -> Matching:
    """Greedy one-to-one matching; ``cost`` is ``None`` for no match, lower
    is better."""
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
    return Matching(sorted(matched), ignored, missed, spurious)


def _section_result(
    matching: Matching, gold: Sequence[_G], pred: Sequence[_P],
    show_gold: Callable[[_G], str], show_pred: Callable[[_P], str],
) -> SectionResult:
    """The counts of one section's matching, with its misses and false positives
    written out, so every section is reported the same way."""
    return SectionResult(
        tp=len(matching.matched), fp=len(matching.spurious), fn=len(matching.missed),
        misses=[show_gold(gold[i]) for i in matching.missed],
        false_positives=[show_pred(pred[i]) for i in matching.spurious],
    )


def relation_matches(gold: Gold, pred: Prediction, resolve: GoldNames) -> Matching:
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

    return _match_one_to_one(gold.relations, pred.relations, cost)


def _score_relations(gold: Gold, pred: Prediction, resolve: GoldNames) -> SectionResult:
    return _section_result(relation_matches(gold, pred, resolve), gold.relations,
                           pred.relations, _show_gold_relation, _show_predicted_relation)


def _within(gold: Decimal, value: Decimal) -> bool:
    if gold == 0:
        return value == 0
    return abs(value - gold) <= TOLERANCE * abs(gold)


def _relative(gold: Decimal, value: Decimal) -> Decimal:
    return Decimal(0) if gold == 0 else abs(value - gold) / abs(gold)


def _figure_agreements(g: GoldFigure, p: PredictedFigure,
                       resolve: GoldNames) -> tuple[bool, bool, bool]:
    """Whether qualifier, period and estimatedBy agree."""
    qualifier = g.qualifier == p.qualifier
    period = (g.period is None and p.period is None) or (
        g.period is not None and p.period is not None and fold(g.period) == fold(p.period))
    estimated = (g.estimated_by is None and p.estimated_by is None) or (
        g.estimated_by is not None and p.estimated_by is not None
        and bool(resolve(g.estimated_by) & _names(p.estimated_by)))
    return qualifier, period, estimated


def figure_matches(gold: Gold, pred: Prediction, resolve: GoldNames) -> Matching:
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
        return (-sum(_figure_agreements(g, p, resolve)), distance)

    return _match_one_to_one(gold.figures, pred.figures, cost)


def _score_figures(
    gold: Gold, pred: Prediction, resolve: GoldNames
) -> tuple[SectionResult, FigureAgreement]:
    matching = figure_matches(gold, pred, resolve)
    result = _section_result(matching, gold.figures, pred.figures,
                             _show_gold_figure, _show_predicted_figure)
    agreement = FigureAgreement(matched=len(matching.matched))
    for gi, pi in matching.matched:
        g, p = gold.figures[gi], pred.figures[pi]
        qualifier, period, estimated = _figure_agreements(g, p, resolve)
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


def rating_matches(gold: Gold, pred: Prediction, resolve: GoldNames) -> Matching:
    def cost(g: GoldRating, p: PredictedRating) -> tuple[int] | None:
        if p.rating is None or fold(g.rating) != fold(p.rating):
            return None
        if resolve(g.by) & _names(p.by) and resolve(g.about) & _names(p.about):
            return (0,)
        return None

    return _match_one_to_one(gold.ratings, pred.ratings, cost)


def _score_ratings(gold: Gold, pred: Prediction, resolve: GoldNames) -> SectionResult:
    return _section_result(rating_matches(gold, pred, resolve), gold.ratings,
                           pred.ratings, _show_gold_rating, _show_predicted_rating)


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
