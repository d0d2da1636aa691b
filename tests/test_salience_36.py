"""A bank reporting its own results is the subject of its own article, though its
results verbs ("raised its forecast", "hob die Prognose an") are a rating's too; a
bank that rates another company stays the house. Sentences written for the test
(names of real companies, all facts invented)."""

from __future__ import annotations

import re
from decimal import Decimal

from helpers import run, triples

from kg.catalogue import Catalogue
from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention
from kg.nlp.ratings import rating_context
from kg.nlp.salience import salient, scores

TYPES = {"Barclays": "FinancialInstitution", "Commerzbank": "FinancialInstitution",
         "Jefferies": "FinancialInstitution", "Bayer": "Company", "Siemens": "Company"}
NAMES = re.compile("|".join(TYPES))


def document(*texts: str, lang: str = "en") -> Document:
    """The sentences, the first the headline, with a mention for every name of TYPES."""
    sentences, start = [], 0
    for index, text in enumerate(texts):
        mentions = [Mention(start + m.start(), start + m.end(), m.group(), TYPES[m.group()], m.group())
                    for m in NAMES.finditer(text)]
        sentences.append(Sentence(start=start, text=text, mentions=mentions, index=index))
        start += len(text) + 1
    doc = Document(lang=lang, sentences=sentences, catalogue=Catalogue({}))
    doc.salience = scores(doc, len(texts[0]), lambda s: rating_context(lang, s.text, s.cache))
    return doc


def test_a_bank_raising_its_own_forecast_counts() -> None:
    doc = document("Barclays raises profit forecast",
                   "Barclays raised its full-year profit forecast on Tuesday.",
                   "Its stake in Bayer was sold.")
    assert doc.salience["Barclays"] > doc.salience["Bayer"]
    assert salient(doc, ISSUER_TYPES) == "Barclays"


def test_a_german_bank_raising_its_own_forecast_counts() -> None:
    doc = document("Commerzbank hebt Prognose an",
                   "Die Commerzbank hob ihre Gewinnprognose für das Gesamtjahr an.",
                   "Die Bank hält Anteile an Siemens.", lang="de")
    assert salient(doc, ISSUER_TYPES) == "Commerzbank"


def test_a_bank_that_has_raised_its_forecast_counts_in_either_tense() -> None:
    doc = document("Banken", "Die Commerzbank hat im dritten Quartal ihre Prognose angehoben.",
                   "Siemens legte zu.", lang="de")
    assert doc.salience.get("Commerzbank", 0.0) > doc.salience["Siemens"]
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
                 "Die Commerzbank stuft Siemens hoch.",
                 "Die Commerzbank hob die Prognose für Siemens an."):
        doc = document("Siemens steigt", text, "Siemens-Aktien legten zu.", lang="de")
        assert "Commerzbank" not in doc.salience, text


def test_a_results_verb_after_another_subject_is_not_the_banks() -> None:
    # the bank does not open the sentence: the one raising is the company before it
    doc = document("Bayer rises", "According to Jefferies, Bayer raised its forecast.")
    assert "Jefferies" not in doc.salience


def test_the_banks_results_article_gives_its_stake_and_its_chief(extractor: Extractor) -> None:
    found = triples(run(extractor, (
        "MUFG raised its full-year profit forecast to a record 1.8 trillion yen on Wednesday. "
        "The bank reported net income of 1.1 trillion yen for the six months to September. "
        "Its 20% stake in Morgan Stanley contributed 150 billion yen. "
        "Chief Executive Hironori Kamezawa told reporters the bank would buy back shares."),
        lang="en", headline="MUFG raises profit forecast to record"))
    assert ("Mitsubishi UFJ Financial Group", "investsIn", "Morgan Stanley") in found
    assert ("Hironori Kamezawa", "worksFor", "Mitsubishi UFJ Financial Group") in found
    assert ("Hironori Kamezawa", "worksFor", "Morgan Stanley") not in found


def test_what_the_bank_said_is_the_reporting_banks(extractor: Extractor) -> None:
    found = run(extractor, (
        "MUFG raised its full-year profit forecast to a record 1.8 trillion yen on Wednesday. "
        "Its 20% stake in Morgan Stanley contributed 150 billion yen. "
        "The bank said it would buy back shares worth 200 billion yen."),
        lang="en", headline="MUFG raises profit forecast to record")
    buyback = [f.about for f in found.figures if f.value == Decimal(200_000_000_000)]
    assert buyback == ["Mitsubishi UFJ Financial Group"]


def test_a_german_banks_results_article_gives_what_the_bank_said(extractor: Extractor) -> None:
    found = run(extractor, (
        "Die Commerzbank hob ihre Gewinnprognose für das Gesamtjahr an. "
        "Die Unicredit hält knapp 30 Prozent an der Commerzbank. "
        "Die Bank teilte mit, der Zinsüberschuss sei um 5 Prozent auf 2 Milliarden Euro gestiegen."),
        lang="de", headline="Commerzbank hebt Prognose an")
    income = [f.about for f in found.figures if f.value == Decimal(2_000_000_000)]
    assert income == ["Commerzbank"]


def test_an_analyst_article_on_a_bank_rating_another_keeps_its_reading(extractor: Extractor) -> None:
    found = triples(run(extractor, (
        "JPMorgan raised Apple to overweight from neutral on Monday. "
        "JPMorgan raised its price target on Apple to $250. "
        "Chief Executive Tim Cook said the company would hold its dividend."),
        lang="en", headline="JPMorgan upgrades Apple"))
    assert ("JPMorgan", "covers", "Apple") in found
    assert ("Tim Cook", "worksFor", "Apple") in found
    assert ("Tim Cook", "worksFor", "JPMorgan") not in found
