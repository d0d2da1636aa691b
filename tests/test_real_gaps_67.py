"""Offer prices per share told in forms the offer rules did not read.

A bid verb kept from its price by a long object ("X bietet die schon im Sommer genannten
62 Euro je Aktie"): the share word after the amount is nearer than the verb, yet a named
bidder offers the price, and it is the company bought's share price, as a short bid's is.
A share word that names the company whose shares are bought ("62 Euro je Covestro-Aktie",
"$62 per BP share"): still a price per share, never the bidder's investment of a few euros.
Sentences written for the test (catalogued companies, invented facts); each reading has a
look-alike that keeps its other reading.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor

_TAKEOVER_DE = "Der Ölkonzern ADNOC übernimmt den Kunststoffhersteller Covestro. "
_TAKEOVER_EN = "Shell agreed to buy BP. "


def _prices(extractor: Extractor, body: str, lang: str) -> set[tuple[str, Decimal | None]]:
    """The (about, value) pairs of the share prices read in ``body``."""
    return helpers.metric_facts(helpers.run_in(extractor, body, lang), "SharePrice")


def _investments(extractor: Extractor, body: str, lang: str) -> set[tuple[str, Decimal | None]]:
    """The (about, value) pairs of the investments read in ``body``."""
    return helpers.metric_facts(helpers.run_in(extractor, body, lang), "Investment")


@pytest.mark.parametrize("body", [
    _TAKEOVER_DE + "ADNOC bietet die bereits im Frühjahr in Aussicht gestellten 58 Euro je Aktie.",
    _TAKEOVER_DE + "ADNOC bietet nach monatelangen zähen Verhandlungen 58 Euro je Aktie.",
])
def test_german_bid_kept_from_its_price(extractor: Extractor, body: str) -> None:
    assert _prices(extractor, body, "de") == {("Covestro", Decimal("58"))}


@pytest.mark.parametrize("body", [
    _TAKEOVER_EN + "Shell offers the previously announced and widely expected $41 a share.",
])
def test_english_bid_kept_from_its_price(extractor: Extractor, body: str) -> None:
    assert _prices(extractor, body, "en") == {("BP", Decimal("41"))}


def test_bid_with_no_company_bought_is_no_price(extractor: Extractor) -> None:
    # the bidder named, but no takeover tells whose shares: the price is nobody's, and never
    # the bidder's own share price
    body = "ADNOC bietet die bereits im Frühjahr in Aussicht gestellten 58 Euro je Aktie."
    assert _prices(extractor, body, "de") == set()


def test_share_price_with_no_bid_keeps_its_owner(extractor: Extractor) -> None:
    # no bid verb: a price after a takeover told is the share's own, not the company bought's
    body = _TAKEOVER_DE + "Die ADNOC-Aktie schloss nach dem langen und turbulenten Handelstag bei 58 Euro."
    assert ("Covestro", Decimal("58")) not in _prices(extractor, body, "de")


@pytest.mark.parametrize(("body", "lang", "issuer"), [
    ("ADNOC bietet 58 Euro je Covestro-Aktie.", "de", "Covestro"),
    ("ADNOC bietet den Aktionären 58 Euro pro Covestro-Aktie in bar.", "de", "Covestro"),
    ("Shell offers $41 per BP share.", "en", "BP"),
])
def test_named_share_in_per_share_phrase(extractor: Extractor, body: str, lang: str,
                                         issuer: str) -> None:
    price = Decimal("58") if lang == "de" else Decimal("41")
    assert _prices(extractor, body, lang) == {(issuer, price)}
    assert _investments(extractor, body, lang) == set()


@pytest.mark.parametrize(("body", "lang", "metric", "expected"), [
    # a plain per-share phrase still reads earnings where the verb earns
    ("Covestro verdiente im Quartal 1,35 Euro je Aktie.", "de", "EarningsPerShare",
     {("Covestro", Decimal("1.35"))}),
    ("BP earned $1.35 per share in the quarter.", "en", "EarningsPerShare", {("BP", Decimal("1.35"))}),
    # a sum paid for the whole company, no share word: the buyer's investment
    ("Shell will pay $41 billion for BP.", "en", "Investment", {("Shell", Decimal("41000000000"))}),
])
def test_look_alikes_keep_their_reading(extractor: Extractor, body: str, lang: str, metric: str,
                                        expected: set[tuple[str, Decimal]]) -> None:
    found = helpers.metric_facts(helpers.run_in(extractor, body, lang), metric)
    assert found == expected


# An adverb pointing back to the index the sentence before tells of alone: the shares the
# sentence names are that index's.
_MDAX_CLOSE = "Der MDax schloss 0,8 Prozent fester bei 27.310 Punkten. "


def _members(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    """The (member, index) pairs read in ``body``."""
    return {(s, o) for s, p, o in helpers.triples(helpers.run_in(extractor, body, lang)) if p == "memberOf"}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    (_MDAX_CLOSE + "Einen Satz nach oben machten hier die Aktien von Aurubis mit 6,3 Prozent.", "de",
     {("Aurubis", "MDAX")}),
    (_MDAX_CLOSE + "Dort legten die Papiere von Aurubis und ElringKlinger um 6,3 und 4,1 Prozent zu.", "de",
     {("Aurubis", "MDAX"), ("ElringKlinger", "MDAX")}),
    ("The MDax closed 0.8% higher at 27,310 points. Among its members, shares of Aurubis "
     "jumped 6.3%.", "en", {("Aurubis", "MDAX")}),
])
def test_members_named_back_to_the_index(extractor: Extractor, body: str, lang: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert _members(extractor, body, lang) == expected


@pytest.mark.parametrize(("body", "lang"), [
    # no share word: "hier" tells of the market's mood, no company's shares in the index
    (_MDAX_CLOSE + "Hier zeigte sich, dass Aurubis bei Anlegern gefragt blieb.", "de"),
    # the sentence before names a company beside the index: "hier" may speak of it
    ("Der MDax schloss 0,8 Prozent fester, Siemens gab nach. Hier fielen die Aktien von "
     "Aurubis um 2 Prozent.", "de"),
    # no adverb pointing back: a share move after the index's own is no membership
    (_MDAX_CLOSE + "Die Aktien von Aurubis stiegen um 6,3 Prozent.", "de"),
    ("The MDax closed 0.8% higher at 27,310 points. Shares of Aurubis jumped 6.3%.", "en"),
])
def test_look_alikes_name_no_member(extractor: Extractor, body: str, lang: str) -> None:
    assert _members(extractor, body, lang) == set()
