"""Calibration: how often each extraction rule was right on annotated articles.

Per rule and kind of fact, the facts matched to required gold items count as
right and those left over as wrong; facts matching only optional items are
not counted, and a relation stated by several rules counts for each.
:mod:`kg.nlp.confidence` turns the counts into reliabilities, and the
build's default threshold is the one of best pooled F1 when each fact has
its rule's reliability as confidence.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.evaluation.gold import Gold
from kg.evaluation.match import (
    FACT_SECTIONS,
    GoldNames,
    Matching,
    figure_matches,
    rating_matches,
    relation_matches,
)
from kg.evaluation.prediction import (
    CERTAIN,
    PredictedFigure,
    PredictedRating,
    PredictedRelation,
    Prediction,
)
from kg.evaluation.score import CorpusScore, best_threshold, threshold_curve
from kg.nlp.confidence import Key, Reliability, RuleCount, reliability_from
from kg.nlp.confidence import format_table as format_reliability


def rule_counts(pairs: Sequence[tuple[Gold, Prediction]]) -> dict[str, dict[Key, RuleCount]]:
    """Per fact section, rule and kind of fact (property, metric), how many
    facts were right and wrong.

    A fact matching a required gold item is right, one matching nothing (or
    only items already matched) wrong; one matching only an optional item is
    not counted. A relation stated by several rules counts for each."""
    counts: dict[str, dict[Key, list[int]]] = {s: {} for s in FACT_SECTIONS}
    for gold, pred in pairs:
        resolve = GoldNames(gold.entities)
        sections: dict[str, tuple[Matching, Sequence[Any]]] = {
            "relations": (relation_matches(gold, pred, resolve), pred.relations),
            "figures": (figure_matches(gold, pred, resolve), pred.figures),
            "ratings": (rating_matches(gold, pred, resolve), pred.ratings),
        }
        for section, ((matched, _, _, spurious), facts) in sections.items():
            outcomes = [(pi, 0) for _, pi in matched] + [(pi, 1) for pi in spurious]
            for pi, wrong in outcomes:
                for rule in facts[pi].extractors or ("?",):
                    key = (rule, _kind(facts[pi]))
                    counts[section].setdefault(key, [0, 0])[wrong] += 1
    return {s: {rule: RuleCount(tp, fp) for rule, (tp, fp) in rules.items()}
            for s, rules in counts.items()}


def calibrate(pairs: Sequence[tuple[Gold, Prediction]]
              ) -> tuple[Reliability, list[tuple[float, CorpusScore]]]:
    """The reliability table the pairs support, and the curve its threshold
    was chosen from.

    Each rule's reliability is its smoothed precision
    (:func:`kg.nlp.confidence.smoothed`); the facts are then re-scored as if
    each had its rule's reliability as confidence, at every distinct
    reliability as threshold, and the threshold of best pooled F1 becomes the
    build's default."""
    counts = rule_counts(pairs)
    table = reliability_from(counts, 0.0)
    rescored = [(gold, _with_reliability(pred, table)) for gold, pred in pairs]
    candidates = {0.0} | {v for rules in table.rules.values() for v in rules.values()} \
        | set(table.priors.values())
    curve = threshold_curve(rescored, candidates)
    return replace(table, min_confidence=best_threshold(curve)), curve


def _kind(fact: PredictedRelation | PredictedFigure | PredictedRating) -> str | None:
    """What a rule's reliability is measured per: a relation's property, a
    figure's metric; ratings are of one kind."""
    if isinstance(fact, PredictedRelation):
        return fact.predicate
    if isinstance(fact, PredictedFigure):
        return fact.metric
    return None


def _with_reliability(pred: Prediction, table: Reliability) -> Prediction:
    """The prediction as if each fact's confidence were its rule's reliability."""
    def value(section: str, fact: PredictedRelation | PredictedFigure | PredictedRating) -> float:
        return max((table.of(section, r, _kind(fact)) for r in fact.extractors),
                   default=CERTAIN)

    return replace(
        pred,
        relations=tuple(replace(r, confidence=value("relations", r)) for r in pred.relations),
        figures=tuple(replace(f, confidence=value("figures", f)) for f in pred.figures),
        ratings=tuple(replace(r, confidence=value("ratings", r)) for r in pred.ratings),
    )


def write_calibration(pairs: Sequence[tuple[Gold, Prediction]], target: Path,
                      command: str) -> tuple[Reliability, list[tuple[float, CorpusScore]]]:
    """Calibrate on ``pairs`` and write the table to ``target`` as TOML, with
    the ``command`` that made it in its header."""
    table, curve = calibrate(pairs)
    header = "\n".join([
        "Reliability of each extraction rule: its precision on annotated articles,",
        "smoothed towards the precision of its section (docs/confidence.md).",
        "min_confidence: the build's default threshold, the best pooled F1 of the curve.",
        *textwrap.wrap(f"Made by: {command}", 88, subsequent_indent="    ",
                       break_on_hyphens=False),
    ])
    text = format_reliability(table, rule_counts(pairs), header)
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as err:
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from None
    return table, curve
