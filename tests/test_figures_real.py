"""Figures on real news: floors for precision and F1 on each half of the real
corpus, and on the written seeds and dev articles, so that a regression fails.

The real articles are third-party texts read from ``../shared/corpus/real``
(beside the checkout); the tests skip where that folder is absent. The
floors sit a little below the scores reached, not at them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluation import CorpusScore, evaluate

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
# The halves the real corpus is split into (its README): tune on one, check on the other.
TUNING = [f"r{n:02d}" for n in [*range(1, 10), *range(21, 30)]]
CHECK = [f"r{n:02d}" for n in [*range(10, 19), *range(30, 39)]]


def figure_scores(paths: list[Path]) -> CorpusScore:
    score, _results = evaluate(paths)
    return score


def real(names: list[str]) -> list[Path]:
    if not REAL.is_dir():
        pytest.skip(f"{REAL} is absent")
    return [REAL / f"{name}.txt" for name in names]


@pytest.mark.parametrize(("half", "names", "precision", "f1", "period"), [
    ("tuning", TUNING, 0.95, 0.85, 0.88),
    ("check", CHECK, 0.82, 0.70, 0.85),
])
def test_real_half_figures_stay_above_floor(half: str, names: list[str], precision: float,
                                            f1: float, period: float) -> None:
    score = figure_scores(real(names))
    figures = score.sections["figures"]
    assert figures.tp + figures.fn > 100, f"{half}: too few gold figures read"
    assert figures.precision is not None and figures.precision >= precision, half
    assert figures.f1 is not None and figures.f1 >= f1, half
    assert score.period_accuracy is not None and score.period_accuracy >= period, half


def test_written_articles_figures_stay_above_floor() -> None:
    score = figure_scores([ROOT / "seeds", ROOT / "tests" / "data" / "dev"])
    figures = score.sections["figures"]
    assert figures.precision is not None and figures.precision >= 0.95
    assert figures.f1 is not None and figures.f1 >= 0.95
    assert score.period_accuracy is not None and score.period_accuracy >= 0.94
