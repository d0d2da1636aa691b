"""Analyst ratings in lists printed wholly in capitals, as news agencies print
their overviews ("KEPLER CHEUVREUX HEBT SIEMENS AUF 'BUY' (HOLD) - ZIEL 250
(210) EUR"), read in the case of prose with their targets, on lines written
for the test. Look-alikes yield no rating: a credit rating and a market line
in capitals, a headline in capitals where "buy" is a verb.

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run

from kg.nlp.document import Sentence, cased
from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def ratings(x: Extraction) -> set[Rated]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


def targets(x: Extraction) -> set[tuple[str, Decimal, str, str | None]]:
    return {(f.about, f.value, f.unit, f.estimated_by) for f in x.figures
            if f.metric == "PriceTarget" and f.value is not None}


# ---------------------------------------------------------------- lines in capitals

def test_cased_reads_a_line_in_capitals_in_the_case_of_prose() -> None:
    printed = "- METZLER HEBT TALANX AUF 'BUY' - ZIEL 120 EUR"
    sentence = Sentence(start=10, text=printed)
    view = cased(sentence)
    assert view.text == "- metzler hebt talanx auf 'Buy' - ziel 120 eur"
    assert (view.start, len(view.text)) == (10, len(printed))
    amount = printed.index("120 EUR")
    nouns = cased(sentence, nouns=True, kept=((amount, amount + len("120 EUR")),))
    assert nouns.text == "- Metzler Hebt Talanx auf 'Buy' - Ziel 120 EUR"


def test_cased_leaves_a_sentence_of_prose_as_it_is() -> None:
    sentence = Sentence(start=0, text="Metzler hebt Talanx auf 'Buy' - Ziel 120 EUR")
    assert cased(sentence) is sentence


CAPITALS = [
    pytest.param("de", "KEPLER CHEUVREUX HEBT SIEMENS AUF 'BUY' (HOLD) - ZIEL 250 (210) EUR",
                 {("Kepler Cheuvreux", "Siemens", "BUY")},
                 ("Siemens", Decimal(250), "EUR", "Kepler Cheuvreux"), id="de-hebt-auf-ziel"),
    pytest.param("de", "UBS SENKT ZIEL FÜR COMMERZBANK AUF 30 (34) EUR - 'NEUTRAL'",
                 {("UBS", "Commerzbank", "NEUTRAL")},
                 ("Commerzbank", Decimal(30), "EUR", "UBS"), id="de-bank-rated-by-bank"),
    pytest.param("en", "JEFFERIES RAISES VODAFONE TO 'BUY' FROM 'HOLD'; TARGET 95 PENCE",
                 {("Jefferies", "Vodafone", "BUY")},
                 ("Vodafone", Decimal("0.95"), "GBP", "Jefferies"), id="en-raises-to-from"),
]


@pytest.mark.parametrize(("lang", "line", "expected", "target"), CAPITALS)
def test_rating_in_a_line_printed_in_capitals(extractor: Extractor, lang: str, line: str,
                                              expected: set[Rated],
                                              target: tuple[str, Decimal, str, str]) -> None:
    x = run(extractor, line, lang=lang)
    assert ratings(x) == expected
    assert target in targets(x)
    # the evidence quotes the line as printed
    assert {r.evidence.sentence for r in x.ratings} == {line}


def test_short_name_in_capitals_of_a_company_named_before(extractor: Extractor) -> None:
    body = ("Die Puma-Aktie legte am Morgen zu.\n"
            "JPMORGAN SENKT ZIEL FÜR PUMA AUF 20 EUR - 'UNDERWEIGHT'")
    x = run(extractor, body)
    assert ratings(x) == {("JPMorgan", "Puma SE", "UNDERWEIGHT")}
    assert ("Puma SE", Decimal(20), "EUR", "JPMorgan") in targets(x)


@pytest.mark.parametrize(("lang", "line"), [
    pytest.param("de", "MOODY'S BESTÄTIGT RATING 'AA2' FÜR ALLIANZ - AUSBLICK STABIL", id="de-credit"),
    pytest.param("de", "DAX SCHLIESST IM PLUS - BANKEN GEFRAGT", id="de-market-line"),
    pytest.param("en", "TESCO SHARES HIT RECORD AS SHOPPERS BUY MORE", id="en-buy-a-verb"),
])
def test_line_in_capitals_without_a_rating(extractor: Extractor, lang: str, line: str) -> None:
    assert ratings(run(extractor, line, lang=lang)) == set()
