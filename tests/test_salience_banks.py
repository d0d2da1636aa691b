"""A bank can be the article's subject: the one a rating is about counts, the
house that rates does not. Sentences written for the test (names of real
companies, all facts invented)."""

from __future__ import annotations

import re

from helpers import run, triples

from kg.catalogue import Catalogue
from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention
from kg.nlp.ratings import rating_context
from kg.nlp.salience import salient, scores

TYPES = {"Barclays": "FinancialInstitution", "Commerzbank": "FinancialInstitution",
         "Jefferies": "FinancialInstitution", "Bayer": "Company"}
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


def test_the_bank_a_rating_verb_takes_as_object_is_the_subject() -> None:
    doc = document("Jefferies upgrades Barclays to buy",
                   "Jefferies upgraded Barclays to buy from hold on Monday.",
                   "The lender's shares rose 2%.")
    assert "Jefferies" not in doc.salience
    assert doc.salience["Barclays"] > 0
    assert salient(doc, ISSUER_TYPES) == "Barclays"


def test_a_german_rating_verb_with_its_article_before_the_bank() -> None:
    doc = document("Jefferies stuft die Commerzbank hoch",
                   "Jefferies stuft die Commerzbank auf \"Buy\" hoch.", lang="de")
    assert "Jefferies" not in doc.salience
    assert salient(doc, ISSUER_TYPES) == "Commerzbank"


def test_the_house_that_rates_a_company_stays_no_subject() -> None:
    doc = document("Jefferies upgrades Bayer to buy",
                   "Jefferies upgraded Bayer to buy, citing its drug pipeline.",
                   "Bayer was also upgraded by Jefferies in March.",
                   "Jefferies raised its price target on Bayer to 40 euros.")
    assert "Jefferies" not in doc.salience
    assert salient(doc, ISSUER_TYPES) == "Bayer"


def test_a_house_after_by_or_after_a_target_is_not_the_one_rated() -> None:
    # the bank follows "by" and a noun, not the rating verb: it is the house
    doc = document("Bayer upgraded by Jefferies",
                   "Bayer rated buy at Jefferies, which kept its target.")
    assert "Jefferies" not in doc.salience


def test_an_analyst_quoted_on_a_bank_the_article_is_about_covers_it(extractor: Extractor) -> None:
    found = triples(run(extractor, (
        "Jefferies upgraded Barclays to buy from hold on Tuesday, a day after the lender raised its payout. "
        "\"Costs are the swing factor for next year,\" said Anna Roe, banking analyst at Berenberg."),
        lang="en", headline="Jefferies upgrades Barclays as payout rises"))
    assert ("Berenberg", "covers", "Barclays") in found
    assert ("Barclays", "covers", "Jefferies") not in found


def test_a_bank_named_beside_the_house_is_not_covered_by_a_guess(extractor: Extractor) -> None:
    # the sentence names the bank only as a fund's holding: the fund's rating is no cover of it
    found = triples(run(extractor, (
        "Jefferies upgraded Barclays to buy from hold on Tuesday, a day after the lender raised its payout. "
        "The Acme Income fund, whose largest holding is Barclays, carries a Berenberg analyst "
        "rating of gold."), lang="en", headline="Jefferies upgrades Barclays as payout rises"))
    assert ("Berenberg", "covers", "Barclays") not in found
