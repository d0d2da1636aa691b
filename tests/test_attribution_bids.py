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


def _values(extractor: Extractor, body: str, headline: str) -> set[tuple[str, float]]:
    found = run(extractor, body, lang="de", headline=headline)
    return {(f.about, float(f.value)) for f in found.figures if f.metric == "Other"}


def test_enterprise_value_in_a_takeover_is_not_the_buyers(extractor: Extractor) -> None:
    values = _values(extractor, "Für die Übernahme zahlt Blackstone 3 Milliarden Euro, samt Schulden "
                     "liegt der Unternehmenswert bei 5 Milliarden Euro.", "Qiagen wird verkauft")
    assert ("Blackstone", 5e9) not in values


def test_enterprise_value_bound_by_name_in_a_takeover(extractor: Extractor) -> None:
    values = _values(extractor, "Blackstone kündigte die Übernahme an, der Unternehmenswert von "
                     "Qiagen liegt bei 5 Milliarden Euro.", "Qiagen wird verkauft")
    assert ("Qiagen", 5e9) in values
    assert ("Blackstone", 5e9) not in values


def test_enterprise_value_without_a_takeover_keeps_its_subject(extractor: Extractor) -> None:
    """The look-alike: no purchase in the sentence, the clause subject owns the value."""
    values = _values(extractor, "Nach dem Kurssprung erreicht Qiagen einen Unternehmenswert von "
                     "5 Milliarden Euro.", "Qiagen legt zu")
    assert ("Qiagen", 5e9) in values
