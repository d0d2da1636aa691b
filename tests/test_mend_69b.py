"""False facts of English finance news on supplies, references and listings, mended by
families of construction, on sentences written for these tests (catalogued companies, invented
figures): the names a copula's clause opens with are never the company noun after a
preposition of its predicate ("Apple and Nvidia are major customers of the chipmaker"), so
they supply no one of the list; a name in a clause "that" opens after the goods sold is the
object of that clause's verb, no customer ("sells networking chips that link thousands of X
processors"); a second verb after a list of the first verb's objects ("designs chips for A and
B and sells …") is the sentence subject's, not the last object's, and a name with a verb of its
own after a comma and "and" opens a clause, no item of the list before ("makes chips for A, and
B sells servers to C"); an institution noun opening a sentence after a house's rating of a
newcomer introduced with an indefinite apposition means the newcomer; a conjunct of a price target with verb and noun left out (", and on the
Taiwan-listed shares to NT$1,900") is a target, no share price; a move of "the ADRs" is the
one company's whose receipts the article names; a name's possessive opening a clause's
subject owns the figure, not a name after a preposition of the possessed noun ("X's orders
from Y's lines would lift revenue by 18%"); "said orders from Y" is the noun, the speaker
buys nothing. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _en(extractor: Extractor, body: str, headline: str = "Market report") -> Extraction:
    """The extraction of an English article of ``headline`` and ``body``."""
    return run(extractor, body, lang="en", headline=headline)


# --- customers of a company noun after a copula -------------------------------------------

def test_customers_of_a_company_noun_are_customers_of_the_company_before(extractor: Extractor) -> None:
    x = _en(extractor, "TSMC reported higher sales. Apple and Nvidia are major customers of the "
            "chipmaker.", headline="TSMC results")
    found = triples(x)
    assert ("Nvidia", "supplierOf", "Apple") not in found
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple") in found
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia") in found


def test_customers_of_a_company_noun_with_no_other_company_supply_no_one(extractor: Extractor) -> None:
    x = _en(extractor, "Apple and Nvidia are customers of the chipmaker.", headline="Chip report")
    assert not [t for t in triples(x) if t[1] == "supplierOf"]


def test_customers_of_a_named_company_stay_its_customers(extractor: Extractor) -> None:
    """Look-alike: the company named after "of" supplies each name of the list."""
    x = _en(extractor, "Apple and Nvidia are major customers of TSMC.", headline="Chip report")
    assert {t for t in triples(x) if t[1] == "supplierOf"} == {
        ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple"),
        ("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia")}


# --- a name in a clause "that" opens after the goods --------------------------------------

def test_name_in_a_that_clause_after_the_goods_is_no_customer(extractor: Extractor) -> None:
    x = _en(extractor, "Broadcom sells networking chips that link thousands of Nvidia processors "
            "in data centers.", headline="Chip report")
    assert ("Broadcom", "supplierOf", "Nvidia") not in triples(x)


def test_name_the_that_clause_sells_for_is_a_customer(extractor: Extractor) -> None:
    """Look-alike: "for" brings the name, who receives what is sold."""
    x = _en(extractor, "Broadcom sells networking chips that it designs for Nvidia.",
            headline="Chip report")
    assert ("Broadcom", "supplierOf", "Nvidia") in triples(x)


# --- a second verb after the first verb's list of objects ---------------------------------

def test_second_verb_after_a_list_of_objects_is_the_subjects(extractor: Extractor) -> None:
    x = _en(extractor, "Broadcom designs custom AI accelerators for Google and Meta Platforms and "
            "sells networking chips to Nvidia.", headline="Chip report")
    found = triples(x)
    assert ("Meta Platforms", "supplierOf", "Nvidia") not in found
    assert {("Broadcom", "supplierOf", "Nvidia"), ("Broadcom", "supplierOf", "Google"),
            ("Broadcom", "supplierOf", "Meta Platforms")} <= found


def test_subject_of_a_clause_of_its_own_keeps_the_verb(extractor: Extractor) -> None:
    """Look-alike: after "and" a name opens a clause of its own and sells."""
    x = _en(extractor, "Broadcom acquired VMware and Meta Platforms sells servers to Nvidia.",
            headline="Chip report")
    found = triples(x)
    assert ("Meta Platforms", "supplierOf", "Nvidia") in found
    assert ("Broadcom", "supplierOf", "Nvidia") not in found


def test_name_opening_a_joined_clause_is_no_item_of_the_list_before(extractor: Extractor) -> None:
    """", and Meta Platforms sells …": after a comma and "and" a name with a verb of its own
    opens a clause; the list of those the first verb makes chips for ended before it."""
    x = _en(extractor, "Broadcom designs custom chips for Google, and Meta Platforms sells servers to "
            "Nvidia.", headline="Chip report")
    found = triples(x)
    assert ("Broadcom", "supplierOf", "Meta Platforms") not in found
    assert {("Broadcom", "supplierOf", "Google"), ("Meta Platforms", "supplierOf", "Nvidia")} <= found


def test_last_item_after_a_comma_and_and_stays_in_the_list(extractor: Extractor) -> None:
    """Look-alike: "for Google, Apple, and Meta Platforms." names no verb after the last item."""
    x = _en(extractor, "Broadcom designs custom chips for Google, Apple, and Meta Platforms.",
            headline="Chip report")
    assert ("Broadcom", "supplierOf", "Meta Platforms") in triples(x)


def test_list_subject_of_the_verb_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the list opens the sentence as the verb's subject."""
    x = _en(extractor, "Google and Meta Platforms supply cloud capacity to Nvidia.", headline="Cloud report")
    found = triples(x)
    assert ("Google", "supplierOf", "Nvidia") in found
    assert ("Meta Platforms", "supplierOf", "Nvidia") in found


# --- an institution noun after a house's rating of a newcomer ------------------------------

_COVERAGE = ("Jefferies upgraded Citigroup to Buy on Monday. Citigroup shares rose 2%. Jefferies also "
             "started coverage of Huntington Bancshares{apposition} at Hold. The bank, which has about "
             "$200 billion in assets, agreed to buy Cadence Bank for $7 billion.")


def test_bank_after_a_rated_newcomer_with_an_apposition_is_the_newcomer(extractor: Extractor) -> None:
    x = _en(extractor, _COVERAGE.format(apposition=" (NASDAQ:HBAN), an Ohio-based regional lender,"),
            headline="Citigroup upgraded")
    assert ("Huntington Bancshares", "acquired", "Cadence Bank") in triples(x)
    assert ("Citigroup", "acquired", "Cadence Bank") not in triples(x)
    assert ("Huntington Bancshares", Decimal("7000000000")) in metric_facts(x, "Investment")


def test_bank_after_a_rated_name_without_an_apposition_keeps_the_articles_bank(
        extractor: Extractor) -> None:
    """Look-alike: no apposition introduces the newcomer; the passage stays with the article's bank."""
    x = _en(extractor, _COVERAGE.format(apposition=""), headline="Citigroup upgraded")
    assert ("Huntington Bancshares", "acquired", "Cadence Bank") not in triples(x)


# --- a price target's conjunct with verb and noun left out ---------------------------------

_ADRS = "Infosys ADRs rose 2% to $21.40. "


def test_target_conjunct_on_listed_shares_is_a_target(extractor: Extractor) -> None:
    x = _en(extractor, _ADRS + "Jefferies raised its price target on the ADRs to $25 from $22, and on "
            "the Mumbai-listed shares to 2,100 rupees.", headline="Infosys ADRs rise")
    assert ("Infosys", Decimal("2100")) in metric_facts(x, "PriceTarget")
    assert ("Infosys", Decimal("2100")) not in metric_facts(x, "SharePrice")
    assert {f.estimated_by for f in x.figures if f.value == Decimal("2100")} == {"Jefferies"}


def test_shares_after_a_conjunct_of_news_keep_their_price(extractor: Extractor) -> None:
    """Look-alike: ", and on the news the shares rose to": a clause of its own, a price."""
    x = _en(extractor, "Jefferies raised its price target on Infosys to $25 from $22, and on the news "
            "the shares rose to $21.40.", headline="Infosys ADRs rise")
    assert ("Infosys", Decimal("21.40")) in metric_facts(x, "SharePrice")
    assert ("Infosys", Decimal("21.40")) not in metric_facts(x, "PriceTarget")


# --- a move of "the ADRs" ------------------------------------------------------------------

_RIVAL = _ADRS + "Shares of Wipro, a smaller rival, fell 3% to 250 rupees. "


def test_move_of_the_adrs_is_the_issuers(extractor: Extractor) -> None:
    x = _en(extractor, _RIVAL + "The ADRs have gained 40% so far this year.", headline="Infosys ADRs rise")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Infosys", Decimal("40")) in moves
    assert ("Wipro", Decimal("40")) not in moves


def test_move_of_the_adrs_of_two_issuers_is_no_ones(extractor: Extractor) -> None:
    x = _en(extractor, _ADRS + "Wipro ADRs fell 3% to $2.50. The ADRs have gained 40% so far this year.",
            headline="Indian ADRs")
    assert not [a for a, v in metric_facts(x, "StockPriceChange") if v == Decimal("40")]


def test_move_of_the_shares_stays_the_passages(extractor: Extractor) -> None:
    """Look-alike: "The shares" are no receipts; the passage's company moved."""
    x = _en(extractor, _RIVAL + "The shares have gained 40% so far this year.", headline="Infosys ADRs rise")
    assert ("Infosys", Decimal("40")) not in metric_facts(x, "StockPriceChange")


# --- a possessive opening a clause's subject -----------------------------------------------

def test_possessor_of_the_subject_owns_the_growth(extractor: Extractor) -> None:
    x = _en(extractor, "UBS upgraded Aixtron to Buy. The bank said Aixtron's orders from Samsung's memory "
            "lines would lift revenue by 18% next year.", headline="Aixtron upgraded")
    growth = metric_facts(x, "RevenueGrowth")
    assert ("Aixtron", Decimal("18")) in growth
    assert ("Samsung Electronics", Decimal("18")) not in growth
    assert ("UBS", "covers", "Samsung Electronics") not in triples(x)


def test_name_after_a_possessed_noun_without_preposition_keeps_the_growth(extractor: Extractor) -> None:
    """Look-alike: "Aixtron's rival Samsung": an apposition, Samsung is the subject."""
    x = _en(extractor, "UBS upgraded Aixtron to Buy. The bank said Aixtron's rival Samsung would lift "
            "revenue by 18% next year.", headline="Aixtron upgraded")
    assert ("Aixtron", Decimal("18")) not in metric_facts(x, "RevenueGrowth")


# --- "said orders from" ----------------------------------------------------------------------

def test_orders_after_a_verb_of_speech_are_a_noun(extractor: Extractor) -> None:
    x = _en(extractor, "UBS upgraded Aixtron to Buy. The bank said orders from Samsung's memory lines "
            "would lift Aixtron's revenue by 18% next year.", headline="Aixtron upgraded")
    assert not [t for t in triples(x) if t[1] == "supplierOf"]


def test_orders_as_a_verb_still_buy(extractor: Extractor) -> None:
    """Look-alike: "Apple orders chips from Samsung": the verb, Samsung supplies Apple."""
    x = _en(extractor, "Apple orders memory chips from Samsung.", headline="Chip report")
    assert ("Samsung Electronics", "supplierOf", "Apple") in triples(x)
