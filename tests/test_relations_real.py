"""Relations and ratings on the real articles: floors per half.

The real articles are third-party texts read from ``../shared/corpus/real``
(the test skips without them). The tuning half (r01–r09, r21–r29) is what
the rules were developed on; the check half (r10–r18, r30–r38) only
measures. Each floor sits a little below the score reached, so that a change
which costs relations or ratings on real news fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluation import CorpusScore, evaluate

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
TUNING = [f"r{n:02d}" for n in (*range(1, 10), *range(21, 30))]
CHECK = [f"r{n:02d}" for n in (*range(10, 19), *range(30, 39))]

pytestmark = pytest.mark.skipif(not (REAL / "r01.txt").is_file(),
                                reason="the real articles are not available")


def _score(names: list[str]) -> CorpusScore:
    score, _ = evaluate([REAL / f"{name}.txt" for name in names])
    return score


@pytest.fixture(scope="module")
def tuning() -> CorpusScore:
    return _score(TUNING)


@pytest.fixture(scope="module")
def check() -> CorpusScore:
    return _score(CHECK)


def _at_least(score: CorpusScore, section: str, f1: float, precision: float) -> None:
    result = score.sections[section]
    assert result.f1 is not None and result.f1 >= f1, (section, result)
    assert result.precision is not None and result.precision >= precision, (section, result)


def test_real_tuning_half_relations_and_ratings(tuning: CorpusScore) -> None:
    _at_least(tuning, "relations", f1=0.92, precision=0.95)
    _at_least(tuning, "ratings", f1=0.90, precision=0.90)


def test_real_check_half_relations_and_ratings(check: CorpusScore) -> None:
    _at_least(check, "relations", f1=0.66, precision=0.87)
    _at_least(check, "ratings", f1=0.70, precision=0.75)
