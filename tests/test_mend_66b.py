"""Products and models read wrongly: a catalogued product's or model's name followed by a
capitalised edition or companion word ("Gemini Enterprise", "Microsoft 365 Copilot") is another,
longer product's name, so the catalogued one is not named there, nor developed by its maker; and
a number of one or two digits right after a name capitalised mid-sentence ("Code 2") is that
name's number, no count. Each with a look-alike that must keep its other reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, labels, run_in, triples

from kg.nlp.extract import Extractor

# --- an edition word lengthens a catalogued product's name into another's ------------------


@pytest.mark.parametrize(("lang", "body", "product"), [
    pytest.param("en", "Alphabet's Google will offer its Gemini Enterprise plan to insurers from March.",
                 "Gemini", id="en-enterprise"),
    pytest.param("de", "Microsoft bietet Microsoft 365 Business künftig auch Handwerksbetrieben an.",
                 "Microsoft 365", id="de-business"),
    pytest.param("en", "Microsoft is bundling Microsoft 365 Copilot with its sales software.",
                 "Microsoft 365", id="en-copilot"),
])
def test_edition_word_names_another_product(extractor: Extractor, lang: str, body: str,
                                            product: str) -> None:
    x = run_in(extractor, body, lang)
    assert product not in labels(x)
    assert not {t for t in triples(x) if t[1] == "develops" and t[2] == product}


@pytest.mark.parametrize(("lang", "body", "maker", "product"), [
    pytest.param("en", "Alphabet's Google will offer Gemini to insurers from March.",
                 "Google", "Gemini", id="en"),
    pytest.param("de", "Microsoft bietet Microsoft 365 künftig auch Handwerksbetrieben an.",
                 "Microsoft", "Microsoft 365", id="de"),
    pytest.param("en", "Microsoft is bundling Microsoft 365 with Enterprise Mobility tools.",
                 "Microsoft", "Microsoft 365", id="en-word-after-a-preposition"),
])
def test_product_name_alone_still_named(extractor: Extractor, lang: str, body: str, maker: str,
                                        product: str) -> None:
    """Look-alike: the catalogued name stands alone, or the capitalised word comes only after
    another word, so the product and its maker are found."""
    x = run_in(extractor, body, lang)
    assert product in labels(x)
    assert (maker, "develops", product) in triples(x)


# --- a short model name's number is no count ------------------------------------------------


@pytest.mark.parametrize("name", ["Tarn 2", "Vela 12"])
def test_number_after_a_name_is_no_count(extractor: Extractor, name: str) -> None:
    body = f"Rivo Labs trained its models on Nvidia chips. Its API charges $4 per hour for {name}, less than rivals."
    x = run_in(extractor, body, "en")
    assert not {f for f in figure_facts(x) if f[3] == "Count"}
    assert ("Rivo Labs", "Other", Decimal(4), "USD") in figure_facts(x)


def test_count_after_a_preposition_kept(extractor: Extractor) -> None:
    """Look-alike: the number follows a preposition, not a name, and stays a count."""
    body = "Rivo Labs trained its models on Nvidia chips. Its API charges $4 per hour for 2 users, less than rivals."
    x = run_in(extractor, body, "en")
    assert ("Rivo Labs", "Users", Decimal(2), "Count") in figure_facts(x)


# --- an unknown company set off as a seat-based insurer, airline or carmaker ------------------


@pytest.mark.parametrize(("noun", "name"), [
    pytest.param("insurer", "Tessmer Mutual", id="insurer"),
    pytest.param("carmaker", "Orvane Motors", id="carmaker"),
])
def test_seated_company_noun_finds_the_firm(extractor: Extractor, noun: str, name: str) -> None:
    """The firm is found, so the staff count of its apposition is its own, not the company
    named in the sentence before."""
    body = (f"Microsoft said on Monday it would raise prices. {name}, a Denver-based {noun} with "
            "about 12,000 employees, said it would keep its licences.")
    x = run_in(extractor, body, "en")
    assert name in labels(x)
    assert (name, "Employees", Decimal(12000), "Count") in figure_facts(x)
    assert ("Microsoft", "Employees", Decimal(12000), "Count") not in figure_facts(x)


def test_seated_person_noun_finds_no_firm(extractor: Extractor) -> None:
    """Look-alike: a seat-based lawyer is a person, and the name before no company's."""
    body = "Microsoft said on Monday it would raise prices. Tessa Mutual, a Denver-based insurance lawyer, said it was fair."
    x = run_in(extractor, body, "en")
    assert "Tessa Mutual" not in {e.label for e in x.entities if e.type == "Company"}
