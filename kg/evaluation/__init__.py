"""Score what the build extracted against hand-written gold files.

The library side of ``kg eval``, in the order the data flows:

- :mod:`~kg.evaluation.gold` finds ``NAME.gold.json`` beside each article and
  reads it into :mod:`kg.records` records;
- :mod:`~kg.evaluation.prediction` builds the articles (into a temporary
  store unless one is given) and reads back, with SPARQL over each article's
  named graph, what the store holds;
- :mod:`~kg.evaluation.match` matches one article's prediction against its
  gold, section by section (entities, typed entities, relations, figures,
  ratings), with the matching rules of CONTRACT.md;
- :mod:`~kg.evaluation.score` micro-averages over a corpus, at any
  confidence threshold;
- :mod:`~kg.evaluation.report` writes the tables, details and JSON;
- :mod:`~kg.evaluation.calibrate` measures each rule's reliability
  (docs/confidence.md).
"""

from kg.evaluation.calibrate import calibrate, rule_counts, write_calibration
from kg.evaluation.gold import (
    Gold,
    GoldEntity,
    GoldFigure,
    GoldRating,
    GoldRelation,
    find_gold_pairs,
    load_gold,
    parse_gold,
)
from kg.evaluation.match import (
    SECTIONS,
    ArticleScore,
    FigureAgreement,
    SectionResult,
    fold,
    score_article,
)
from kg.evaluation.prediction import (
    PredictedEntity,
    PredictedFigure,
    PredictedRating,
    PredictedRelation,
    Prediction,
    predict,
    read_predictions,
)
from kg.evaluation.report import format_details, format_table, format_thresholds, to_json
from kg.evaluation.score import (
    THRESHOLDS,
    CorpusScore,
    SectionScore,
    above,
    best_threshold,
    evaluate,
    score_at,
    score_corpus,
    threshold_curve,
)

__all__ = [
    "SECTIONS",
    "THRESHOLDS",
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
    "above",
    "best_threshold",
    "calibrate",
    "evaluate",
    "find_gold_pairs",
    "fold",
    "format_details",
    "format_table",
    "format_thresholds",
    "load_gold",
    "parse_gold",
    "predict",
    "read_predictions",
    "rule_counts",
    "score_article",
    "score_at",
    "score_corpus",
    "threshold_curve",
    "to_json",
    "write_calibration",
]
