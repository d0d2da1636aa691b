"""A price bid per share is about the company bought, never the bidder
(``kg.nlp.attribution.bidder``), on sentences written for the test."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor


def _share_prices(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, float]]:
    found = run(extractor, body, lang=lang, headline=headline)
    return {(f.about, f.value) for f in found.figures if f.metric == "SharePrice"}


def test_headline_names_the_bought_before_the_bidder(extractor: Extractor) -> None:
    prices = _share_prices(extractor, "Die Aktionäre sollen bis Ende Mai annehmen.", "de",
                           "Bieterkampf um Qiagen: Blackstone bietet 47 Euro je Aktie")
    assert ("Qiagen", 47) in prices
    assert ("Blackstone", 47) not in prices


def test_bidder_before_the_bought_still_gives_the_bought(extractor: Extractor) -> None:
    prices = _share_prices(extractor, "Die Aktionäre sollen bis Ende Mai annehmen.", "de",
                           "KKR bietet den Aktionären von Symrise 112 Euro je Aktie")
    assert ("Symrise", 112) in prices
    assert ("KKR", 112) not in prices


def test_english_bid_in_a_headline(extractor: Extractor) -> None:
    prices = _share_prices(extractor, "Shareholders have until June to tender.", "en",
                           "Takeover fight for Qiagen: Pfizer offers $58 per share")
    assert ("Qiagen", 58) in prices
    assert ("Pfizer", 58) not in prices


def test_a_bid_naming_only_the_bidder_gives_no_owner(extractor: Extractor) -> None:
    """Only the bidder is named: the price is no one's the sentence names."""
    prices = _share_prices(extractor, "Die Aktionäre sollen bis Ende Mai annehmen.", "de",
                           "Blackstone bietet 47 Euro je Aktie")
    assert ("Blackstone", 47) not in prices
