"""Figures, units and deals of market reports, analysts' checks and deal news, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies with invented facts): countries' adjectives joined before a unit noun ("its German
and Italian units") name no unit; a rank inside an index ("an der Spitze des Dax", "am Ende des
MDax") makes the index the venue of the move, not what moved; a bond yield ("die
Umlaufrendite") is no figure of the company named before; an investment that "values" a named
company at an amount gives that company's valuation; a company's name before the goods bought
("a deal to buy Caterpillar engines") is their maker, not the company bought. Each with a
look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, report_moves, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str) -> Extraction:
    return run(extractor, body, lang="en", headline="Market report")


# --- countries' adjectives before a unit noun ------------------------------------------

def test_joined_country_adjectives_name_no_unit(extractor: Extractor) -> None:
    x = en(extractor, "Allianz will cut 900 jobs at its Spanish and French units as it invests "
                      "800 million euros in automation.")
    assert not any(r[1] == "subsidiaryOf" for r in triples(x))
    assert "Spanish and French" not in labels(x)
    assert metric_facts(x, "Investment") == {("Allianz", Decimal("800000000"))}


def test_joined_unit_names_stay_a_unit(extractor: Extractor) -> None:
    """Look-alike: capitalised words of a line of business joined by "and" name a unit."""
    x = en(extractor, "Unilever said its Beauty and Wellbeing unit grew sales by 4%.")
    assert ("Beauty and Wellbeing", "subsidiaryOf", "Unilever") in triples(x)


# --- a rank inside an index ------------------------------------------------------------

def test_rank_in_index_leaves_the_move_to_the_share(extractor: Extractor) -> None:
    moves = report_moves(extractor, "Gesucht waren die Aktien von Siemens Energy, die sich an der "
                                    "Spitze des Dax um 3,7 Prozent verteuerten.", "de")
    assert moves == {("Siemens Energy", Decimal("3.7"))}


def test_rank_at_the_index_end_leaves_the_move_to_the_share(extractor: Extractor) -> None:
    moves = report_moves(extractor, "Am Ende des MDax verloren die Papiere von Hensoldt "
                                    "2,8 Prozent.", "de")
    assert moves == {("Hensoldt", Decimal("-2.8"))}


def test_index_as_subject_keeps_its_move(extractor: Extractor) -> None:
    """Look-alike: the index itself rising is the index's move."""
    x = run(extractor, "Der Dax legte am Mittag um 0,6 Prozent zu.", headline="Aktien Frankfurt")
    assert metric_facts(x, "StockPriceChange") == {("DAX", Decimal("0.6"))}


# --- a bond yield ----------------------------------------------------------------------

def test_bond_yield_is_no_company_figure(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien von Krones fielen um 2,1 Prozent. Am Rentenmarkt stieg die "
                       "Umlaufrendite auf 2,58 Prozent.")
    assert metric_facts(x, "Other") == set()
    assert metric_facts(x, "StockPriceChange") == {("Krones", Decimal("-2.1"))}


def test_company_return_stays_its_figure(extractor: Extractor) -> None:
    """Look-alike: a company's own return on sales is its figure."""
    x = run(extractor, "Die Aktien von Krones fielen um 2,1 Prozent. Die Umsatzrendite des "
                       "Konzerns stieg auf 7,9 Prozent.")
    assert ("Krones", Decimal("7.9")) in metric_facts(x, "Other")


# --- an investment that values a named company -----------------------------------------

def test_investment_valuing_a_named_company_is_its_valuation(extractor: Extractor) -> None:
    x = en(extractor, "The investment values OpenAI at $420 billion, a person familiar said.")
    assert metric_facts(x, "MarketCapitalization") == {("OpenAI", Decimal("420000000000"))}
    assert not metric_facts(x, "Investment")


def test_investment_valuing_a_stake_stays_an_investment(extractor: Extractor) -> None:
    """Look-alike: a stake valued so is the holding's worth, no company's valuation."""
    x = en(extractor, "Microsoft said the investment values its stake at $30 billion.")
    assert not metric_facts(x, "MarketCapitalization")


# --- goods bought from their maker -----------------------------------------------------

def test_goods_after_a_name_are_no_acquisition(extractor: Extractor) -> None:
    x = en(extractor, "Komatsu said it had signed a deal to buy Caterpillar engines for its "
                      "new haul trucks.")
    assert not any(r[1] == "acquired" for r in triples(x))


def test_company_bought_stays_an_acquisition(extractor: Extractor) -> None:
    """Look-alike: the company itself bought is an acquisition."""
    x = en(extractor, "Komatsu signed a deal to buy Caterpillar for $5 billion.")
    assert ("Komatsu", "acquired", "Caterpillar") in triples(x)
