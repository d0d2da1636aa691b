"""Figures a probe sentence got wrong: an amount per share that restates a loss
told right before it. Each rule on sentences written for the test, with
look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- "a $2 billion net loss, or 45 cents a share": the loss per share is negative -------------

def test_an_amount_per_share_restating_a_loss_is_negative(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Boeing reported a $2 billion net loss, or 45 cents a share, "
                    "for the quarter.", lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("-0.45"))}
    assert facts(x, "Profit") == {("Boeing", Decimal(-2000000000))}
    x = helpers.run(extractor, "Boeing posted a net loss of $2 billion, or 45 cents a share.",
                    lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("-0.45"))}
    x = helpers.run(extractor, "Boeing wies einen Nettoverlust von 2 Milliarden Dollar oder "
                    "45 Cent je Aktie aus.", headline="Boeing-Zahlen")
    assert {v for _a, v in facts(x, "EarningsPerShare")} == {Decimal("-0.45")}


def test_a_profit_per_share_told_after_a_loss_stays_positive(extractor: Extractor) -> None:
    # the profit is named last: the amount per share is the profit's
    x = helpers.run(extractor, "Boeing swung from a net loss to a profit of 45 cents a share.",
                    lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("0.45"))}
    x = helpers.run(extractor, "After last year's net loss, Boeing earned 45 cents a share.",
                    lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("0.45"))}
    x = helpers.run(extractor, "Nach dem Verlust im Vorjahr verdiente Boeing 45 Cent je Aktie.",
                    headline="Boeing-Zahlen")
    assert {v for _a, v in facts(x, "EarningsPerShare")} == {Decimal("0.45")}
