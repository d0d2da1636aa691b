"""A rating whose sentence names no company, after a passage that told the
article company's share move without naming it ("die Aktie stieg") and then a
peer's ("Die Papiere von Zalando verloren dagegen"): the house rates the
article's company, the one the headline names, not the peer named last. Where
the passage named the peer first, or spoke of no share at all before it, the
peer named last keeps the rating, as before.

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str]

OWN_THEN_PEER = [
    pytest.param("Delivery Hero wächst kräftig",
                 "Delivery Hero steigerte den Umsatz um 9 Prozent. "
                 "An der Börse stieg die Aktie am Freitag um 4,6 Prozent. "
                 "Die Papiere von Zalando verloren dagegen 2,3 Prozent. "
                 "Die Analysten von Jefferies bestätigten ihr Votum „Buy“.",
                 "de", {("Jefferies", "Delivery Hero", "Buy")}, id="de-own-then-peer"),
    pytest.param("Lululemon raises its outlook",
                 "Lululemon lifted its annual sales forecast on Thursday. "
                 "The stock jumped 7% in late trading. "
                 "Shares of Nike slipped 1% by contrast. "
                 "Analysts at Jefferies reiterated their buy rating.",
                 "en", {("Jefferies", "Lululemon Athletica", "buy")}, id="en-own-then-peer"),
    # look-alikes: the peer's shares came first, or no unnamed share word stood before them
    pytest.param("Delivery Hero wächst kräftig",
                 "Delivery Hero steigerte den Umsatz um 9 Prozent. "
                 "Die Papiere von Zalando verloren 2,3 Prozent, die Aktie fiel auf ein Jahrestief. "
                 "Die Analysten von Jefferies bestätigten ihr Votum „Buy“.",
                 "de", {("Jefferies", "Zalando", "Buy")}, id="de-peer-first"),
    pytest.param("Delivery Hero wächst kräftig",
                 "Delivery Hero steigerte den Umsatz um 9 Prozent. "
                 "Der Konzern hob die Prognose an. "
                 "Die Papiere von Zalando verloren dagegen 2,3 Prozent. "
                 "Die Analysten von Jefferies bestätigten ihr Votum „Buy“.",
                 "de", {("Jefferies", "Zalando", "Buy")}, id="de-no-own-share-word"),
]


@pytest.mark.parametrize(("headline", "body", "lang", "expected"), OWN_THEN_PEER)
def test_rating_after_own_then_peer_shares_rates_the_headline_company(
        extractor: Extractor, headline: str, body: str, lang: str, expected: set[Rated]) -> None:
    x = run(extractor, body, lang, headline)
    assert {(r.by, r.about, r.rating) for r in x.ratings} == expected
