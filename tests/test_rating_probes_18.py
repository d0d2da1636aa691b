"""Analyst ratings and targets probed with sentences written for the test, each
with look-alikes that must not fire.

Two common rating words joined by "and" and closing the clause ("UBS and
Jefferies rate X buy and hold") are two ratings, paired in order with the
houses listed before: no house gives both. The second may stand where the
first may ("… buy and hold on Monday", "… with targets of …"). One word shared by two houses ("rate
X a buy") is each one's; a word of another verb ("holds its target") is none.

A target is for the one a house trusts with it, named right after "traut"
("Morgan Stanley traut der Commerzbank einen Anstieg auf 45 Euro zu"), or
after "für" ahead of the target's word, a house named before ("Die UBS sieht
für die Commerzbank-Aktie ein Kursziel von 30 Euro"): a bank there is valued,
not one more house. A bank opening the sentence is the house as before.

A magazine's verdict ("Der Aktionär rät bei SAP zum Kauf") is no analyst
rating: the spec gives a rating to an institution, and a magazine is a media
company, not a financial institution.

Companies and banks are real catalogue entries; the sentences and the facts
in them are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str, str | None]


def _ratings(body: str, lang: str, headline: str, extractor: Extractor) -> set[Rated]:
    x = run(extractor, body, lang, headline)
    return {(r.by, r.about, r.rating, r.previous) for r in x.ratings}


# ---------------------------------------------------------------- two common words joined by "and"

JOINED = [
    pytest.param("UBS and Jefferies rate Nvidia buy and hold.",
                 {("UBS", "Nvidia", "buy", None), ("Jefferies", "Nvidia", "hold", None)}, id="buy-and-hold"),
    pytest.param("Citigroup and Barclays rated Shell neutral and overweight.",
                 {("Citigroup", "Shell", "neutral", None), ("Barclays", "Shell", "overweight", None)},
                 id="neutral-and-overweight"),
    pytest.param("Morgan Stanley and Barclays rated Tesla overweight and underweight on Monday.",
                 {("Morgan Stanley", "Tesla", "overweight", None), ("Barclays", "Tesla", "underweight", None)},
                 id="joined-before-a-day"),
    pytest.param("UBS and Jefferies rate Nvidia buy and hold with targets of $200 and $150.",
                 {("UBS", "Nvidia", "buy", None), ("Jefferies", "Nvidia", "hold", None)}, id="joined-before-with"),
    # look-alikes: one word shared by two houses; "holds" is a verb of the target
    pytest.param("UBS and Jefferies rate Nvidia a buy.",
                 {("UBS", "Nvidia", "buy", None), ("Jefferies", "Nvidia", "buy", None)}, id="one-word-shared"),
    pytest.param("UBS rates Nvidia buy and holds its target at $200.", {("UBS", "Nvidia", "buy", None)},
                 id="holds-a-target"),
]


@pytest.mark.parametrize(("body", "expected"), JOINED)
def test_joined_common_words_pair_in_order(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert _ratings(body, "en", "Market", extractor) == expected


# ---------------------------------------------------------------- a target on a bank with no rating

TARGETS = [
    pytest.param("Morgan Stanley traut der Commerzbank einen Anstieg auf 45 Euro zu.",
                 {("Commerzbank", Decimal(45), "Morgan Stanley")}, id="trusted-bank"),
    pytest.param("Siemens legte zu. Morgan Stanley traut der Deutschen Bank einen Anstieg auf 25 Euro zu.",
                 {("Deutsche Bank", Decimal(25), "Morgan Stanley")}, id="trusted-bank-after-another-company"),
    pytest.param("Die UBS sieht für die Commerzbank-Aktie ein Kursziel von 30 Euro.",
                 {("Commerzbank", Decimal(30), "UBS")}, id="for-a-bank-s-share"),
    pytest.param("Die Deutsche Bank sieht für die Allianz-Aktie ein Kursziel von 300 Euro.",
                 {("Allianz", Decimal(300), "Deutsche Bank")}, id="for-an-insurer-s-share"),
    # look-alikes: the bank opening the sentence is the house; "für die UBS" with no house before
    pytest.param("Die Commerzbank traut der Allianz einen Anstieg auf 450 Euro zu.",
                 {("Allianz", Decimal(450), "Commerzbank")}, id="bank-as-the-house"),
    pytest.param("Für die UBS liegt das Kursziel für Siemens bei 250 Euro.",
                 {("Siemens", Decimal(250), "UBS")}, id="for-the-house"),
]


@pytest.mark.parametrize(("body", "expected"), TARGETS)
def test_a_bank_a_target_is_for_is_no_house(extractor: Extractor, body: str,
                                            expected: set[tuple[str, Decimal, str | None]]) -> None:
    x = run(extractor, body, "de", "Marktbericht")
    assert {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} == expected


# ---------------------------------------------------------------- a magazine's verdict

VERDICTS = [
    pytest.param("Der Aktionär rät bei SAP zum Kauf.", set(), id="magazine-advises"),
    pytest.param("Das Anlegermagazin Der Aktionär empfiehlt die SAP-Aktie zum Kauf.", set(),
                 id="magazine-recommends"),
    # look-alike: a bank's advice is a rating
    pytest.param("Die DZ Bank rät bei SAP zum Kauf.", {("DZ Bank", "SAP", "Kauf", None)}, id="bank-advises"),
]


@pytest.mark.parametrize(("body", "expected"), VERDICTS)
def test_a_magazine_s_verdict_is_no_rating(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert _ratings(body, "de", "SAP", extractor) == expected
