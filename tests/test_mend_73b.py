"""English company news, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented figures): a maker, or a unit of the
maker the catalogue names, is no user of its own product ("Amazon will use Trainium chips",
"will use the cloud unit's Trainium chips"), while another company's use of it stays; the noun
"models" of AI articles ("its Qwen models were used by more than 9,000 customers, including
HSBC") makes no forecast, so a bank in the customer list estimates nothing and covers no one,
while the analyst's verb ("Jefferies models … revenue at $42 billion") still does; the
company a verb of buying buys pays nothing of the amount, also where a time ("agreed in
September to buy") or its seat ("to buy Berlin-based X") stands between, while a named buyer
before the verb pays; "valuing it at $5.4 billion" after a round is the company's valuation, as
"valuing the company at" is, while "valuing its holding at" values no company; a name right
after the noun of an apposition that opens after a comma ("to supply cloud services for the
Games, a contract Alibaba held until this year") holds it in a relative clause and receives
nothing, while a customer named before such an apposition still does.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction

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


# --- the company bought pays nothing, past a time or a seat ------------------------------


def _paid(x: Extraction) -> set[tuple[str, object]]:
    return {(f.about, f.value) for f in x.figures if f.metric == "Investment"}


def test_company_bought_after_a_time_pays_nothing(extractor: Extractor) -> None:
    x = run(extractor, "The lender agreed in September to buy Aareal Bank for $310 million in stock.",
            "en", headline="Market report")
    assert ("Aareal Bank", 310_000_000) not in _paid(x)


def test_company_bought_after_its_seat_pays_nothing(extractor: Extractor) -> None:
    x = run(extractor, "KBW also initiated coverage of Commerzbank at Market Perform. The bank, which "
            "has about $9.5 billion in assets, agreed in September to buy Berlin-based Aareal Bank "
            "for $310 million in stock.", "en", headline="Market report")
    assert ("Aareal Bank", 310_000_000) not in _paid(x)


def test_named_buyer_before_the_time_still_pays(extractor: Extractor) -> None:
    """Look-alike: the buyer is named before the verb."""
    x = run(extractor, "Commerzbank agreed in September to buy Berlin-based Aareal Bank for $310 "
            "million in stock.", "en", headline="Market report")
    assert _paid(x) == {("Commerzbank", 310_000_000)}


# --- "valuing it at" is a valuation ---------------------------------------------------------


def _figures(x: Extraction) -> set[tuple[str, str, object]]:
    return {(f.about, f.metric, f.value) for f in x.figures}


def test_valuing_it_at_is_the_company_valuation(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI raised $600 million in a funding round in October, valuing it at "
            "$5.4 billion.", "en", headline="Market report")
    assert ("Mistral AI", "MarketCapitalization", 5_400_000_000) in _figures(x)
    assert ("Mistral AI", "Investment", 5_400_000_000) not in _figures(x)


def test_valuing_its_holding_at_is_no_valuation(extractor: Extractor) -> None:
    """Look-alike: "its" before the noun of a holding values the holding, not the company."""
    x = run(extractor, "Mistral AI raised $600 million in October, valuing its holding at "
            "$5.4 billion.", "en", headline="Market report")
    assert not [f for f in x.figures if f.metric == "MarketCapitalization"]


# --- a name in a clause's apposition receives no supply ------------------------------------


def test_name_in_an_apposition_after_the_goods_is_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "Tencent Holdings has struck a deal with the International Olympic Committee "
            "to supply cloud services for the 2028 Los Angeles Olympic Games, a contract Alibaba "
            "held until this year.", "en", headline="Market report")
    supplied = {o for s, p, o in triples(x) if s == "Tencent Holdings" and p == "supplierOf"}
    assert "Alibaba Group" not in supplied
    assert "International Olympic Committee" in supplied


def test_customer_before_an_apposition_still_receives(extractor: Extractor) -> None:
    """Look-alike: the customer stands before the comma, the apposition after it."""
    x = run(extractor, "Tencent Holdings will supply cloud services to Alibaba, a deal worth $5 "
            "billion.", "en", headline="Market report")
    assert ("Tencent Holdings", "supplierOf", "Alibaba Group") in triples(x)
