"""English company news, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented figures): a maker, or a unit of the
maker the catalogue names, is no user of its own product ("Amazon will use Trainium chips",
"will use the cloud unit's Trainium chips"), while another company's use of it stays; the noun
"models" of AI articles ("its Qwen models were used by more than 9,000 customers, including
HSBC") makes no forecast, so a bank in the customer list estimates nothing and covers no one,
while the analyst's verb ("Jefferies models … revenue at $42 billion") still does.
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


# --- "models" the noun makes no forecast -------------------------------------------------


def test_models_noun_makes_no_forecast_of_a_listed_customer(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba Group said its Qwen models were used by more than 9,000 corporate "
            "customers, including HSBC.", "en", headline="Market report")
    assert [(f.metric, f.status, f.estimated_by) for f in x.figures if f.about == "Qwen"] \
        == [("Users", "Reported", None)]
    assert ("HSBC", "covers", "Alibaba Group") not in triples(x)


def test_models_verb_of_an_analyst_still_forecasts(extractor: Extractor) -> None:
    """Look-alike: "models" with the metric and the number after it is the house's verb."""
    x = run(extractor, "Jefferies models Alibaba Group's 2027 revenue at $42 billion.", "en",
            headline="Market report")
    assert [(f.about, f.status, f.estimated_by) for f in x.figures if f.metric == "Revenue"] \
        == [("Alibaba Group", "Estimate", "Jefferies")]
    assert ("Jefferies", "covers", "Alibaba Group") in triples(x)
