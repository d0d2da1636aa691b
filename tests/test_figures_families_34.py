"""Families of figures (lane figures34), each on sentences written for the test: a positive
case and a look-alike that must not fire or must not move the figure to another company.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor

run = helpers.run
facts = helpers.figure_facts


# --- a tally "zu Buche" carries the share move of the sentence before on ------------------------

def test_tally_after_a_share_move_is_that_shares(extractor: Extractor) -> None:
    body = ("Im Dax gehörte die Telekom-Aktie am Mittwoch mit einem Plus von 1,4 Prozent zu den "
            "Gewinnern. Seit Jahresbeginn steht ein Zuwachs von 8 Prozent zu Buche.")
    found = facts(run(extractor, body, headline="Telekom"))
    assert ("Deutsche Telekom", "StockPriceChange", Decimal("8"), "Percent") in found


@pytest.mark.parametrize("body", [
    # the sentence before moved an index, no share
    "Der Dax schloss 0,9 Prozent höher. Auf Wochensicht steht ein Plus von 8 Prozent zu Buche.",
    # the sentence before told revenue, no share
    "Der Umsatz der Telekom stieg um 5 Prozent. Seit Jahresbeginn steht ein Zuwachs von 8 "
    "Prozent zu Buche.",
])
def test_tally_after_no_share_move_is_no_share_move(extractor: Extractor, body: str) -> None:
    found = facts(run(extractor, body, headline="Telekom"))
    assert not any(f[1] == "StockPriceChange" and f[2] == Decimal("8") for f in found)

