"""Wrong facts of the precision47 families, each fixed so that it holds for any article:

* "Revenue from equities trading rose 28%": "equities trading" / "equity trading" is a
  bank's business line, no trading of its shares, so the change is no share move.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run as _run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _figures(x: Extraction, metric: str) -> set[tuple[str, float]]:
    return {(f.about, float(f.value)) for f in x.figures if f.metric == metric and f.value is not None}


# --- "equities trading" is a business line, not the share's trading --------------------------------

@pytest.mark.parametrize("sentence", [
    "Revenue from equities trading rose 28% to a record $4.3 billion.",
    "Revenue from equity trading climbed 28% in the quarter.",
])
def test_equities_trading_is_no_share_move(extractor: Extractor, sentence: str) -> None:
    x = _run(extractor, f"Morgan Stanley reported higher profit on Wednesday. {sentence}",
             "en", "Morgan Stanley profit jumps")
    assert ("Morgan Stanley", 28) not in _figures(x, "StockPriceChange")


@pytest.mark.parametrize("sentence", [
    "Its shares rose 2.8% in early trading.",
    "The stock gained 2.8% in equities trading on Wednesday.",
])
def test_share_moves_in_trading_stay(extractor: Extractor, sentence: str) -> None:
    x = _run(extractor, f"Morgan Stanley reported higher profit on Wednesday. {sentence}",
             "en", "Morgan Stanley profit jumps")
    assert ("Morgan Stanley", 2.8) in _figures(x, "StockPriceChange")
