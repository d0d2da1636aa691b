"""Entities on the real articles: floors per half.

The real articles are third-party texts read from ``../shared/corpus/real``
(the test skips without them). The tuning half (r01–r09, r21–r29) is what
the rules were developed on; the check half (r10–r18, r30–r38) only
measures. Each floor sits a little below the score reached, so that a change
which costs entity recall or precision on real news fails here.
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


@pytest.mark.parametrize(("names", "f1", "precision"), [
    (TUNING, 0.95, 0.95),
    (CHECK, 0.94, 0.97),
], ids=["tuning", "check"])
def test_real_half_entities_stay_above_floor(names: list[str], f1: float,
                                             precision: float) -> None:
    score: CorpusScore
    score, _ = evaluate([REAL / f"{name}.txt" for name in names])
    for section in ("entities", "typed_entities"):
        result = score.sections[section]
        assert result.f1 is not None and result.f1 >= f1, (section, result)
        assert result.precision is not None and result.precision >= precision, (section, result)
