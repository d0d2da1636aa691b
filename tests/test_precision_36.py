"""Wrong facts of the precision36 families, each fixed so that it holds for any article:

* "Amazon, Investor bei Anthropic, beteiligt sich an …": a capitalised word after a
  company's comma that a lower-case word follows opens an apposition describing that
  company ("Investor bei …"), it is no second company of a list, so no short name of a
  catalogued company (Investor AB) is read there;
* "Microsoft's rating of buy from Goldman Sachs", "a buy rating from Goldman Sachs": the
  rating word, no purchase, so the house supplies nothing;
* "Goldman Sachs erwartet, dass der Konzern 100 Milliarden verdient" with no company for
  "der Konzern": the house speaks of a company the text leaves unnamed, so the number is
  no outlook of the house's own;
* "Apple trades at $200, below the $250 target set by JPMorgan for Microsoft": a target
  whose clause names another company after "for"/"für" is not Apple's (it is left out).

Listed companies are real catalogue entries; the deals and facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _run(extractor: Extractor, text: str, lang: str) -> Extraction:
    return run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report")


# --- a common noun in an apposition ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Amazon, Investor bei Anthropic, beteiligt sich an Hugging Face.",
    "Microsoft, Investor von OpenAI, investiert in Mistral AI.",
])
def test_apposed_common_noun_is_no_company(extractor: Extractor, text: str) -> None:
    assert "Investor AB" not in labels(_run(extractor, text, "de"))


def test_apposition_keeps_the_acting_company(extractor: Extractor) -> None:
    found = triples(_run(extractor, "Amazon, Investor bei Anthropic, beteiligt sich an Hugging Face.",
                         "de"))
    assert ("Amazon", "investsIn", "Hugging Face") in found
    assert ("Anthropic", "investsIn", "Hugging Face") not in found


@pytest.mark.parametrize("text", [
    "Die Aktien von Investor legten 3 Prozent zu.",
    "Die Titel von Ericsson, Investor und Saab stiegen.",
])
def test_short_name_in_a_list_or_share_phrase_kept(extractor: Extractor, text: str) -> None:
    assert "Investor AB" in labels(_run(extractor, text, "de"))


# --- a rating word read as a purchase ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The report cited Microsoft's rating of buy from Goldman Sachs.",
    "Microsoft kept its rating of buy from Goldman Sachs after the results.",
    "Microsoft holds a buy rating from Goldman Sachs.",
])
def test_rating_of_buy_is_no_supply(extractor: Extractor, text: str) -> None:
    assert ("Goldman Sachs", "supplierOf", "Microsoft") not in triples(_run(extractor, text, "en"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft buys chips from Nvidia.", ("Nvidia", "supplierOf", "Microsoft")),
    ("Apple plans to buy modems from Qualcomm.", ("Qualcomm", "supplierOf", "Apple")),
    ("Tesla bought most of its cells from Panasonic.", ("Panasonic", "supplierOf", "Tesla")),
])
def test_purchases_kept(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(_run(extractor, text, "en"))


# --- a house's expectation about an unnamed company ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Goldman Sachs erwartet, dass der Konzern 100 Milliarden Dollar verdient.",
    "Goldman Sachs erwartet, dass das Unternehmen 2026 einen Gewinn von 100 Milliarden Dollar erzielt.",
])
def test_expectation_of_unnamed_company_is_no_house_figure(extractor: Extractor, text: str) -> None:
    assert not {f for f in figure_facts(_run(extractor, text, "de")) if f[0] == "Goldman Sachs"}


def test_expectation_of_named_company_kept(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens meldete Zahlen. Goldman Sachs erwartet, dass der Konzern "
                        "100 Milliarden Euro verdient.", "de")
    assert [(f.about, f.metric, f.estimated_by) for f in x.figures] \
        == [("Siemens", "Profit", "Goldman Sachs")]


def test_house_own_outlook_kept(extractor: Extractor) -> None:
    found = figure_facts(_run(extractor, "Goldman Sachs erwartet für 2026 einen Gewinn von "
                                         "10 Milliarden Dollar.", "de"))
    assert ("Goldman Sachs", "Profit", Decimal("10000000000"), "USD") in found


# --- a target set for another company after the number -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Apple trades at $200, below the $250 target set by JPMorgan for Microsoft.",
    "Apple trades at $200, below the $250 target JPMorgan set for Microsoft.",
])
def test_target_for_other_company_not_taken(extractor: Extractor, text: str) -> None:
    found = figure_facts(_run(extractor, text, "en"))
    assert ("Apple", "PriceTarget", Decimal("250"), "USD") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Apple trades at $200, below the $250 target set by JPMorgan.",
     ("Apple", "PriceTarget", Decimal("250"), "USD")),
    ("JPMorgan set a $250 target for Microsoft.", ("Microsoft", "PriceTarget", Decimal("250"), "USD")),
])
def test_targets_of_their_companies_kept(extractor: Extractor, text: str,
                                         expected: tuple[str, str, Decimal, str]) -> None:
    assert expected in figure_facts(_run(extractor, text, "en"))
