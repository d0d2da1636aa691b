"""Corpus scores, and the scores at each confidence threshold.

- **Scores.** Precision tp/(tp+fp), recall tp/(tp+fn) and F1
  2tp/(2tp+fp+fn), summed over articles before dividing (micro-average). A
  ratio whose denominator is 0 is ``None`` (shown as ``-``).
- **Thresholds.** Articles are built once with no confidence threshold; a
  threshold then keeps the relations, figures and ratings of at least that
  ``fin:confidence`` (a relation triple has the highest confidence of the
  statements that state it; a fact without one counts as certain) and the
  article is scored again. Entities carry no confidence and always stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.evaluation.gold import Gold
from kg.evaluation.match import FACT_SECTIONS, SECTIONS, ArticleScore, score_article
from kg.evaluation.prediction import Prediction, predict
from kg.nlp.extract import Extractor
from kg.rdf.store import Store

# The thresholds `kg eval` always reports, besides the one in use.
THRESHOLDS: tuple[float, ...] = (0.0, 0.3, 0.5, 0.7, 0.9)


@dataclass(frozen=True)
class SectionScore:
    """A section's counts over a corpus and the ratios made of them (``None``
    where the denominator is 0)."""

    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None


@dataclass(frozen=True)
class CorpusScore:
    """The micro-averaged scores of a corpus, per section, and the accuracy of
    qualifier, period and estimatedBy on the matched figures."""

    articles: int
    sections: dict[str, SectionScore]
    matched_figures: int
    qualifier_agreed: int
    period_agreed: int
    estimated_by_agreed: int
    qualifier_accuracy: float | None
    period_accuracy: float | None
    estimated_by_accuracy: float | None


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _section_score(tp: int, fp: int, fn: int) -> SectionScore:
    return SectionScore(tp, fp, fn, _ratio(tp, tp + fp), _ratio(tp, tp + fn),
                        _ratio(2 * tp, 2 * tp + fp + fn))


def score_corpus(results: list[ArticleScore]) -> CorpusScore:
    """Micro-averaged scores: counts summed over articles, then divided."""
    sections = {}
    for name in SECTIONS:
        tp = sum(r.sections[name].tp for r in results)
        fp = sum(r.sections[name].fp for r in results)
        fn = sum(r.sections[name].fn for r in results)
        sections[name] = _section_score(tp, fp, fn)
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


def evaluate(paths: Iterable[str | Path], store: Store | None = None,
             extractor: Extractor | None = None,
             min_confidence: float = 0.0) -> tuple[CorpusScore, list[ArticleScore]]:
    """Build the gold-annotated articles under ``paths`` (into a temporary
    store unless one is given, which is then only read) and score the facts
    of confidence ``min_confidence`` or more."""
    return score_at(predict(paths, store, extractor), min_confidence)


def above(pred: Prediction, threshold: float) -> Prediction:
    """The prediction without the facts whose confidence is below ``threshold``
    (entities carry no confidence and all stay)."""
    return replace(
        pred,
        relations=tuple(r for r in pred.relations if r.confidence >= threshold),
        figures=tuple(f for f in pred.figures if f.confidence >= threshold),
        ratings=tuple(r for r in pred.ratings if r.confidence >= threshold),
    )


def score_at(pairs: Sequence[tuple[Gold, Prediction]],
             threshold: float) -> tuple[CorpusScore, list[ArticleScore]]:
    """Scores of the facts of confidence ``threshold`` or more."""
    results = [score_article(gold, above(pred, threshold)) for gold, pred in pairs]
    return score_corpus(results), results


def threshold_curve(pairs: Sequence[tuple[Gold, Prediction]],
                    thresholds: Iterable[float]) -> list[tuple[float, CorpusScore]]:
    """The corpus scores at each threshold, lowest first."""
    return [(t, score_at(pairs, t)[0]) for t in sorted(set(thresholds))]


def _pooled(score: CorpusScore) -> SectionScore:
    """Relations, figures and ratings together, micro-averaged."""
    tp = sum(score.sections[s].tp for s in FACT_SECTIONS)
    fp = sum(score.sections[s].fp for s in FACT_SECTIONS)
    fn = sum(score.sections[s].fn for s in FACT_SECTIONS)
    return _section_score(tp, fp, fn)


def best_threshold(curve: Sequence[tuple[float, CorpusScore]]) -> float:
    """The threshold of highest F1 over all facts pooled; of several equally
    good ones the highest, which keeps fewer wrong facts.

    F1 values closer to the best than half of one gold fact's share count as
    equally good: a threshold that buys an F1 gain that small (a right fact
    for each wrong one let in) is not worth the wrong facts, as a fact on the
    wrong entity is worse than one left out."""
    scored = [(t, _pooled(score)) for t, score in curve]
    best = max(pooled.f1 or 0.0 for _, pooled in scored)
    gold = max((pooled.tp + pooled.fn for _, pooled in scored), default=0)
    margin = 0.5 / gold if gold else 0.0
    return max(t for t, pooled in scored if (pooled.f1 or 0.0) > best - margin)
