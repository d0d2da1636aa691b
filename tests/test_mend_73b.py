"""English company news, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented figures): a maker, or a unit of the
maker the catalogue names, is no user of its own product ("Amazon will use Trainium chips",
"will use the cloud unit's Trainium chips"), while another company's use of it stays.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a maker is no user of its own product -----------------------------------------------


def test_maker_is_no_user_of_its_own_product(extractor: Extractor) -> None:
    x = run(extractor, "Amazon will use Trainium chips in its data centres.", "en",
            headline="Market report")
    assert ("Amazon", "develops", "Trainium") in triples(x)
    assert ("Amazon", "uses", "Trainium") not in triples(x)


def test_unit_of_the_maker_is_no_user_of_its_product(extractor: Extractor) -> None:
    x = run(extractor, "Anthropic runs its models on AWS and will use the cloud unit's custom "
            "Trainium chips for the work.", "en", headline="Market report")
    assert ("Amazon Web Services", "uses", "Trainium") not in triples(x)


def test_other_company_keeps_its_use_of_a_product(extractor: Extractor) -> None:
    """Look-alike: the user is not the maker the sentence names."""
    x = run(extractor, "Samsung Electronics will use Qwen in its phones, Alibaba Group said.", "en",
            headline="Market report")
    assert {("Alibaba Group", "develops", "Qwen"), ("Samsung Electronics", "uses", "Qwen")} <= triples(x)


def test_rival_of_the_maker_keeps_its_use(extractor: Extractor) -> None:
    """Look-alike: a company the catalogue does not make the product's maker uses it."""
    x = run(extractor, "Tencent Holdings will use Qwen in its apps.", "en", headline="Market report")
    assert ("Tencent Holdings", "uses", "Qwen") in triples(x)
