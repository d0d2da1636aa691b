"""A house's forecast of another company ("The broker expects X to post a profit of …")
and house nouns ("the broker", "der Broker") that mean the house rating, never the bank
it rates. Sentences written for the test: real names, invented facts."""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.catalogue import Catalogue, CatalogueEntry
from kg.nlp.document import Document, Sentence
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention
from kg.nlp.periods import period_of
from kg.nlp.references import Rated, resolve_references
from kg.nlp.salience import scores


def _profits(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple]:
    x = helpers.run(extractor, body, lang=lang, headline=headline)
    return {(f.about, f.value, f.status, f.period, f.estimated_by) for f in x.figures
            if f.metric == "Profit"}


# --- a house expects another company to post a figure ----------------------------

def test_house_expects_company_to_post_is_its_estimate(extractor: Extractor) -> None:
    found = _profits(extractor, "Morgan Stanley now expects Deutsche Bank to post a 2027 "
                                "pre-tax profit of 9.8 billion euros.", "en", "Bank shares")
    assert found == {("Deutsche Bank", Decimal("9800000000"), "Estimate", "2027",
                      "Morgan Stanley")}


def test_broker_after_a_rating_expects_the_rated_bank_to_report(extractor: Extractor) -> None:
    found = _profits(extractor, "Morgan Stanley cut its target on Deutsche Bank to 31 euros "
                                "and kept an equal-weight rating. The broker now expects "
                                "Deutsche Bank to report a 2027 net profit of 7 billion euros.",
                     "en", "Bank shares")
    assert found == {("Deutsche Bank", Decimal("7000000000"), "Estimate", "2027",
                      "Morgan Stanley")}


def test_company_expecting_its_own_profit_stays_guidance(extractor: Extractor) -> None:
    # look-alike: the bank expects a profit of its own, no other company to post one
    found = _profits(extractor, "Deutsche Bank expects a 2027 pre-tax profit of 9.8 billion "
                                "euros.", "en", "Deutsche Bank outlook")
    assert found == {("Deutsche Bank", Decimal("9800000000"), "Guidance", "2027", None)}


@pytest.mark.parametrize(("text", "year"), [
    ("It expects a 2027 pre-tax profit of 3 billion euros.", "2027"),
    ("Its 2026 revenue reached 5 billion euros.", "2026"),
    # look-alike: the year of a deadline, not of the sales after it
    ("It set a 2027 deadline for sales of 5 billion euros.", None),
])
def test_year_before_a_result_word_is_its_period(text: str, year: str | None) -> None:
    assert period_of(text, "en") == year


# --- a house noun means the house, not the bank it rates -------------------------

_BANKS = ("Morgan Stanley", "Deutsche Bank")
_CATALOGUE = Catalogue({name: CatalogueEntry(name, "FinancialInstitution") for name in _BANKS})


def _reference(second: str, rated: Rated | None) -> str | None:
    """What the reference opening ``second`` means after "Morgan Stanley cut Deutsche Bank
    to underweight" in an article about Deutsche Bank, with ``rated`` telling which banks a
    sentence rates."""
    texts = ["Deutsche Bank shares fall", "Morgan Stanley cut Deutsche Bank to underweight.", second]
    sentences, start = [], 0
    for index, text in enumerate(texts):
        mentions = sorted((Mention(start + text.index(name), start + text.index(name) + len(name),
                                   name, "FinancialInstitution", name)
                           for name in _BANKS if name in text), key=lambda m: m.start)
        sentences.append(Sentence(start=start, text=text, mentions=mentions, index=index))
        start += len(text) + 1
    doc = Document(lang="en", sentences=sentences, catalogue=_CATALOGUE)
    doc.salience = scores(doc, len(texts[0]), lambda s: False)
    resolve_references(doc, rated)
    return next((m.label for m in sentences[-1].mentions if m.rule == "reference/institution"), None)


def _rates_deutsche_bank(doc: Document, sentence: Sentence) -> frozenset[str]:
    return frozenset({"Deutsche Bank"}) if sentence.index == 1 else frozenset()


def test_broker_means_the_house_not_the_bank_it_rated() -> None:
    assert _reference("The broker sees more risk in trading.", _rates_deutsche_bank) \
        == "Morgan Stanley"
    # without the ratings the nearest bank is taken: the rule is what moves it
    assert _reference("The broker sees more risk in trading.", None) == "Deutsche Bank"


def test_bank_noun_may_mean_the_rated_bank() -> None:
    # look-alike: "the bank" is no house noun; the bank just rated may be meant
    assert _reference("The bank sees more risk in trading.", _rates_deutsche_bank) \
        == "Deutsche Bank"


def test_bank_noun_after_a_rating_is_no_house_estimate(extractor: Extractor) -> None:
    # look-alike: "the bank" is no house noun; it may mean the bank just rated
    x = helpers.run(extractor, "JPMorgan cut Commerzbank to neutral. The bank reported a net "
                               "profit of 2 billion euros for 2025.", lang="en",
                    headline="Commerzbank cut")
    assert not any(f.metric == "Profit" and f.about == "JPMorgan" and f.status == "Estimate"
                   for f in x.figures)


# --- the house of an estimate is never the bank it rated (German) ----------------

_RATED = "Die Citigroup hat die Deutsche Bank auf 'Buy' hochgestuft. "


@pytest.mark.parametrize(("body", "expected"), [
    # a house noun means the house, not the bank it rates
    (_RATED + "Der Broker rechnet für 2027 mit einem Gewinn von 6,1 Milliarden Euro.",
     ("Deutsche Bank", Decimal("6100000000"), "Estimate", "2027", "Citigroup")),
    # an analyst's pronoun: the house named before the rated bank
    (_RATED + "Analyst Peter Krause sieht Luft nach oben. Für 2027 rechnet er mit einem "
              "Nettogewinn von 6,1 Milliarden Euro.",
     ("Deutsche Bank", Decimal("6100000000"), "Estimate", "2027", "Citigroup")),
    # look-alike: the rated bank names its own outlook in its own sentence
    (_RATED + "Die Deutsche Bank selbst erwartet für 2027 einen Nettogewinn von 6,1 Milliarden "
              "Euro.",
     ("Deutsche Bank", Decimal("6100000000"), "Guidance", "2027", None)),
])
def test_german_estimate_after_a_bank_rated(extractor: Extractor, body: str, expected: tuple) -> None:
    assert _profits(extractor, body, "de", "Deutsche Bank hochgestuft") == {expected}
