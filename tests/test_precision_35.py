"""Wrong facts of the precision35 families, each fixed so that it holds for any article:

* "The round was led by X, with Y joining": the article's company, named in the sentence
  but not where the one raising stands, plays another part there; it is no raiser;
* "A, an investor in B, also invested in C": the name of a phrase set off by commas
  describes the one before it, which acts; B invests in nothing.

Listed companies are real catalogue entries; the deals and facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return triples(run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report"))


# --- a funding round whose raiser is not named ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The round was led by SoftBank, with Microsoft joining.",
    "The round was led by SoftBank, with participation from Microsoft and Nvidia.",
    "SoftBank led the funding round, with Microsoft joining.",
])
def test_round_without_raiser_gives_no_stake(extractor: Extractor, text: str) -> None:
    assert not {t for t in _facts(extractor, text, "en") if t[1] == "investsIn"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI raised 600 million euros. The round was led by SoftBank, with participation "
     "from Microsoft and Nvidia.",
     {("SoftBank Group", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI"),
      ("Nvidia", "investsIn", "Mistral AI")}),
    ("Mistral AI raised 600 million euros in a funding round led by SoftBank, with participation "
     "from Microsoft.",
     {("SoftBank Group", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")}),
    ("Mistral AI raised 600 million euros. SoftBank led the funding round. Nvidia also took part.",
     {("SoftBank Group", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI")}),
])
def test_round_with_raiser_keeps_its_backers(extractor: Extractor, text: str,
                                             expected: set[tuple[str, str, str]]) -> None:
    found = _facts(extractor, text, "en")
    assert expected <= found
    assert not {t for t in found if t[1] == "investsIn" and t[2] != "Mistral AI"}


# --- a name in an apposition is no subject of the verb after it -----------------------------------

@pytest.mark.parametrize(("text", "lang", "kept", "wrong"), [
    ("Amazon, an investor in Anthropic, also invested in Hugging Face.", "en",
     ("Amazon", "investsIn", "Hugging Face"), ("Anthropic", "investsIn", "Hugging Face")),
    ("Amazon, Anthropic's largest investor, also invested in Hugging Face.", "en",
     ("Amazon", "investsIn", "Hugging Face"), ("Anthropic", "investsIn", "Hugging Face")),
    ("Nvidia, a supplier to Microsoft, invested in Mistral AI.", "en",
     ("Nvidia", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")),
    ("Amazon, Großaktionär von Anthropic, investiert auch in Hugging Face.", "de",
     ("Amazon", "investsIn", "Hugging Face"), ("Anthropic", "investsIn", "Hugging Face")),
    ("Microsoft, Partner von OpenAI, investiert auch in Mistral AI.", "de",
     ("Microsoft", "investsIn", "Mistral AI"), ("OpenAI", "investsIn", "Mistral AI")),
])
def test_apposed_name_is_no_investor(extractor: Extractor, text: str, lang: str,
                                     kept: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert kept in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft, Nvidia and SoftBank invested in Mistral AI.",
     {("Microsoft", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI"),
      ("SoftBank Group", "investsIn", "Mistral AI")}),
    ("Microsoft and Nvidia, both backers of OpenAI, invested in Mistral AI.",
     {("Microsoft", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI")}),
])
def test_lists_before_the_verb_still_invest(extractor: Extractor, text: str,
                                            expected: set[tuple[str, str, str]]) -> None:
    found = _facts(extractor, text, "en")
    assert expected <= found
    assert ("OpenAI", "investsIn", "Mistral AI") not in found
