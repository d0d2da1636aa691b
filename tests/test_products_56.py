"""Products the catalogue does not know, found by the words bound to them: a capitalised
name between its maker's possessive and its kind noun ("its Roundup weedkiller"), and a name
right after its kind noun closed by a punctuation mark ("its refrigerant Solstice."); tiers,
acronyms, places, people and companies stay out."""

from __future__ import annotations

import pytest
from helpers import run_in

from kg.nlp.extract import Extractor


def _products(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    x = run_in(extractor, body, lang)
    return {(m.label, m.type) for m in x.entities if m.type in ("Product", "AIModel")}


def _entities(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(m.label, m.type) for m in run_in(extractor, body, lang).entities}


@pytest.mark.parametrize("body, product", [
    ("Bayer is fighting new lawsuits over its Roundup weedkiller.", ("Roundup", "Product")),
    ("Its Corvia fabric switches link servers, Siemens said.", ("Corvia", "Product")),
    ("Microsoft will sell Siemens's Helion models to cloud customers.", ("Helion", "AIModel")),
])
def test_name_between_possessive_and_kind_noun(extractor: Extractor, body: str,
                                               product: tuple[str, str]) -> None:
    assert product in _products(extractor, body, "en")


def test_possessed_product_has_its_maker(extractor: Extractor) -> None:
    x = run_in(extractor, "Bayer is fighting new lawsuits over its Roundup weedkiller.", "en")
    assert ("Bayer", "develops", "Roundup") in {(r.subject, r.predicate, r.object) for r in x.relations}


@pytest.mark.parametrize("body", [
    "Bayer said its German herbicide sales fell.",
    "Apple said its Pro models sold well.",
    "Siemens said its AI chips sold well.",
    "Siemens said its Foxconn-made chips sold well.",
    "Siemens said its Nova chip unit grew.",
])
def test_adjectives_tiers_acronyms_and_units_name_no_product(extractor: Extractor, body: str) -> None:
    assert _products(extractor, body, "en") == set()


@pytest.mark.parametrize("body, lang, product", [
    ("Honeywell sells its refrigerant Solstice.", "en", ("Solstice", "Product")),
    ("Siemens said the model Veyra, its first, is ready.", "en", ("Veyra", "AIModel")),
])
def test_name_after_kind_noun(extractor: Extractor, body: str, lang: str, product: tuple[str, str]) -> None:
    assert product in _products(extractor, body, lang)


@pytest.mark.parametrize("body, lang", [
    ("Pfizer said it would file the drug Monday.", "en"),
    ("Bayer hired the model Anna Miller.", "en"),
    ("Honeywell sells the refrigerant in Europe.", "en"),
])
def test_days_people_and_lower_case_words_name_no_product(extractor: Extractor, body: str, lang: str) -> None:
    assert _products(extractor, body, lang) == set()


def test_company_after_kind_noun_stays_company(extractor: Extractor) -> None:
    entities = _entities(extractor, "Apple said it would buy the chip Nvidia.", "en")
    assert ("Nvidia", "Company") in entities
    assert ("Nvidia", "Product") not in entities
