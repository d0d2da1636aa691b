"""Families of construction that hold in any article, on sentences written for
these tests: the price at which new shares are issued ("zu einem Preis von 1,52
Euro je Aktie", "at a price of $4 per share") is a price, never earnings per
share. Each with a look-alike where the earnings reading must stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _per_share_metrics(x: Extraction, value: str) -> set[str]:
    """The metrics read for the amount ``value``."""
    return {f.metric for f in x.figures if f.value == Decimal(value)}


def test_price_of_new_shares_is_no_earnings_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Heidelberger Druckmaschinen hat eine Kapitalerhöhung beschlossen. Die "
            "neuen Aktien werden zu einem Preis von 1,52 Euro je Aktie bei institutionellen "
            "Investoren platziert.", lang="de", headline="Heidelberger Druckmaschinen")
    assert "EarningsPerShare" not in _per_share_metrics(x, "1.52")


def test_earnings_per_share_beside_a_price_word_stays_earnings(extractor: Extractor) -> None:
    """Look-alike: higher prices ("Preise") before a profit per share name no price paid."""
    x = run(extractor, "Heidelberger Druckmaschinen hat die Preise erhöht. Der Gewinn je Aktie "
            "stieg auf 1,52 Euro.", lang="de", headline="Heidelberger Druckmaschinen")
    assert "EarningsPerShare" in _per_share_metrics(x, "1.52")


def test_english_price_of_new_shares_is_no_earnings_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Nordex said on Thursday it would issue 20 million new shares. The "
            "new shares will be issued at a price of $4.20 per share.", lang="en",
            headline="Nordex capital increase")
    assert "EarningsPerShare" not in _per_share_metrics(x, "4.20")


def test_english_earnings_per_share_stay_earnings(extractor: Extractor) -> None:
    """Look-alike: earnings "per share" with no price word keep their reading."""
    x = run(extractor, "Nordex said on Thursday its net income rose to $84 million, or $4.20 "
            "per share.", lang="en", headline="Nordex results")
    assert "EarningsPerShare" in _per_share_metrics(x, "4.20")
