"""A bank reporting its own results is the subject of its own article, though its
results verbs ("raised its forecast", "hob die Prognose an") are a rating's too; a
bank that rates another company stays the house. Sentences written for the test
(names of real companies, all facts invented)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run, triples
from test_salience_banks import document

from kg.nlp.document import ISSUER_TYPES
from kg.nlp.extract import Extractor
from kg.nlp.salience import salient


def test_a_bank_raising_its_own_forecast_counts() -> None:
    doc = document("Barclays raises profit forecast",
                   "Barclays raised its full-year profit forecast on Tuesday.",
                   "Its stake in Bayer was sold.")
    assert doc.salience["Barclays"] > doc.salience["Bayer"]
    assert salient(doc, ISSUER_TYPES) == "Barclays"


def test_a_german_bank_raising_its_own_forecast_counts() -> None:
    doc = document("Commerzbank hebt Prognose an",
                   "Die Commerzbank hob ihre Gewinnprognose für das Gesamtjahr an.",
                   "Die Bank hält Anteile an Bayer.", lang="de")
    assert salient(doc, ISSUER_TYPES) == "Commerzbank"


def test_a_bank_that_has_raised_its_forecast_counts_in_either_tense() -> None:
    doc = document("Banken", "Die Commerzbank hat im dritten Quartal ihre Prognose angehoben.",
                   "Bayer legte zu.", lang="de")
    assert doc.salience.get("Commerzbank", 0.0) > doc.salience["Bayer"]
    doc = document("Banks", "Barclays on Tuesday raised its dividend.", "Bayer rose.")
    assert doc.salience.get("Barclays", 0.0) > doc.salience["Bayer"]


def test_a_bank_keeping_its_dividend_and_its_own_profit_count() -> None:
    doc = document("Banks", "Barclays kept its dividend unchanged.", "Barclays's net profit was cut.")
    assert doc.salience.get("Barclays", 0.0) > 0


def test_a_headline_giving_the_banks_quarterly_profit_counts() -> None:
    doc = document("Barclays Q3 profit beats forecasts, raises targets",
                   "Lending grew.", "Bayer was among its clients.")
    assert salient(doc, ISSUER_TYPES) == "Barclays"


def test_a_house_raising_its_target_or_estimates_stays_the_house() -> None:
    for text in ("Jefferies raised its price target to 40 euros.",
                 "Jefferies raised its earnings estimates for next year.",
                 "Jefferies raised its profit forecast for Bayer.",
                 "Jefferies lowered its target for Bayer revenue.",
                 "Jefferies analysts say profit margins will rise, and kept their target.",
                 "Jefferies raised Bayer to buy from hold."):
        doc = document("Bayer rises", text, "Bayer shares rose.")
        assert "Jefferies" not in doc.salience, text


def test_a_german_house_raising_its_target_or_estimates_stays_the_house() -> None:
    for text in ("Die Commerzbank hob das Kursziel auf 40 Euro an.",
                 "Die Commerzbank hob ihre Gewinnschätzungen an.",
                 "Die Commerzbank hat das Kursziel angehoben.",
                 "Die Commerzbank stuft Bayer hoch.",
                 "Die Commerzbank hob die Prognose für Bayer an."):
        doc = document("Bayer steigt", text, "Bayer-Aktien legten zu.", lang="de")
        assert "Commerzbank" not in doc.salience, text


def test_a_results_verb_after_another_subject_is_not_the_banks() -> None:
    # the bank does not open the sentence: the one raising is the company before it
    doc = document("Bayer rises", "According to Jefferies, Bayer raised its forecast.")
    assert "Jefferies" not in doc.salience


MUFG = "Mitsubishi UFJ Financial Group"


@pytest.mark.parametrize(("headline", "body", "given", "not_given"), [
    # the bank's own results article: its stake and its chief are the bank's
    ("MUFG raises profit forecast to record",
     "MUFG raised its full-year profit forecast to a record 1.8 trillion yen on Wednesday. "
     "The bank reported net income of 1.1 trillion yen for the six months to September. "
     "Its 20% stake in Morgan Stanley contributed 150 billion yen. "
     "Chief Executive Hironori Kamezawa told reporters the bank would buy back shares.",
     {(MUFG, "investsIn", "Morgan Stanley"), ("Hironori Kamezawa", "worksFor", MUFG)},
     {("Hironori Kamezawa", "worksFor", "Morgan Stanley")}),
    # an analyst article of a bank rating another company keeps today's reading
    ("JPMorgan upgrades Apple",
     "JPMorgan raised Apple to overweight from neutral on Monday. "
     "JPMorgan raised its price target on Apple to $250. "
     "Chief Executive Tim Cook said the company would hold its dividend.",
     {("JPMorgan", "covers", "Apple"), ("Tim Cook", "worksFor", "Apple")},
     {("Tim Cook", "worksFor", "JPMorgan")}),
])
def test_a_results_article_and_an_analyst_article_of_a_bank(
        extractor: Extractor, headline: str, body: str,
        given: set[tuple[str, str, str]], not_given: set[tuple[str, str, str]]) -> None:
    found = triples(run(extractor, body, lang="en", headline=headline))
    assert given <= found
    assert not found & not_given


@pytest.mark.parametrize(("lang", "headline", "body", "value", "bank"), [
    ("en", "MUFG raises profit forecast to record",
     "MUFG raised its full-year profit forecast to a record 1.8 trillion yen on Wednesday. "
     "Its 20% stake in Morgan Stanley contributed 150 billion yen. "
     "The bank said it would buy back shares worth 200 billion yen.",
     Decimal(200_000_000_000), MUFG),
    ("de", "Commerzbank hebt Prognose an",
     "Die Commerzbank hob ihre Gewinnprognose für das Gesamtjahr an. "
     "Die Unicredit hält knapp 30 Prozent an der Commerzbank. "
     "Die Bank teilte mit, der Zinsüberschuss sei um 5 Prozent auf 2 Milliarden Euro gestiegen.",
     Decimal(2_000_000_000), "Commerzbank"),
])
def test_what_the_bank_said_is_the_reporting_banks(extractor: Extractor, lang: str, headline: str,
                                                   body: str, value: Decimal, bank: str) -> None:
    # another bank is named in between, as the bank's holding or its shareholder
    found = run(extractor, body, lang=lang, headline=headline)
    assert [f.about for f in found.figures if f.value == value] == [bank]
