"""English company news, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented figures): a bare unit phrase ("the game
business") after the text named its unit of that word ("The game unit, Sony Interactive
Entertainment,") is that unit, not a catalogued segment whose name shares the word, and a
forecast about it covers the parent (a phrase the catalogue gives no unit stays unresolved, a
title there the group's); a company's possessive and a word or two before its line
of business and the metric word ("Baidu's AI cloud revenue surges 42%") give the figure to the
catalogued unit of that line, as "Baidu's cloud revenue" does; a stake sold, told by the noun of
the sale ("completed the sale of its stake in X to Y"), is no holding of the seller; a company
sold to a buyer named after its kind ("sold X to buyout firm Y") is no supply. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a unit phrase after the text named its unit of that word ----------------------------

_SONY = "Sony Group raised its outlook on Tuesday. "


def test_unit_phrase_after_a_named_unit_of_its_word_is_that_unit(extractor: Extractor) -> None:
    x = run(extractor, _SONY + "The game unit, Sony Interactive Entertainment, lifted quarterly "
            "sales by 7% to 900 billion yen. Nomura kept its buy rating, while Mizuho analyst "
            "Taro Ito said in a note that the game business could deliver operating profit of "
            "400 billion yen this year.", lang="en", headline="Sony lifts outlook")
    assert ("Sony Interactive Entertainment", Decimal("400000000000")) in metric_facts(x, "Profit")
    assert not [e for e in x.entities if e.label == "Sony Game & Network Services"]
    assert ("Mizuho", "covers", "Sony Group") in triples(x)
    assert ("Mizuho", "covers", "Sony Interactive Entertainment") not in triples(x)


def test_unit_phrase_with_no_named_unit_keeps_the_catalogued_segment(extractor: Extractor) -> None:
    """Look-alike: no unit of the word is named before; the catalogue's segment is meant."""
    x = run(extractor, _SONY + "Mizuho analyst Taro Ito said in a note that the game business "
            "could deliver operating profit of 400 billion yen this year.", lang="en",
            headline="Sony lifts outlook")
    assert ("Sony Game & Network Services", Decimal("400000000000")) in metric_facts(x, "Profit")


def test_unit_phrase_before_the_parent_as_subject_names_no_unit(extractor: Extractor) -> None:
    """Look-alike: the company right after the first phrase is the next clause's subject, no
    unit the phrase names; the later phrase keeps the catalogued segment."""
    x = run(extractor, "Besides the game business, Sony Group sells image sensors. Mizuho analyst "
            "Taro Ito said in a note that the game business could deliver operating profit of "
            "400 billion yen this year.", lang="en", headline="Sony lifts outlook")
    assert ("Sony Game & Network Services", Decimal("400000000000")) in metric_facts(x, "Profit")
    assert ("Sony Group", Decimal("400000000000")) not in metric_facts(x, "Profit")


# --- a possessive and a word or two before a line of business -------------------------


def test_possessive_with_words_before_a_line_gives_the_unit_the_figure(extractor: Extractor) -> None:
    x = run(extractor, "Baidu reported its results on Tuesday.", lang="en",
            headline="Baidu's AI cloud revenue surges 37%")
    assert metric_facts(x, "RevenueGrowth") == {("Baidu AI Cloud", Decimal("37"))}


def test_possessive_with_a_word_of_the_metric_keeps_the_company(extractor: Extractor) -> None:
    """Look-alike: the word between names no line ("quarterly"): the company's revenue."""
    x = run(extractor, "Baidu reported its results on Tuesday.", lang="en",
            headline="Baidu's quarterly revenue surges 37%")
    assert metric_facts(x, "RevenueGrowth") == {("Baidu", Decimal("37"))}


# --- a stake sold, told by the noun of the sale ----------------------------------------


def test_sale_of_a_stake_is_no_holding_of_the_seller(extractor: Extractor) -> None:
    x = run(extractor, "Bosch completed the sale of its 17% stake in Osram to Siemens on Monday.",
            lang="en", headline="Deal closed")
    assert not [t for t in triples(x) if t[1] == "investsIn"]


def test_purchase_of_a_stake_stays_a_holding(extractor: Extractor) -> None:
    """Look-alike: the stake is bought, so its buyer holds it."""
    x = run(extractor, "Siemens completed the purchase of a 10% stake in Osram on Monday.",
            lang="en", headline="Deal closed")
    assert ("Siemens", "investsIn", "Osram") in triples(x)


# --- a company sold to a buyer named after its kind ------------------------------------


def test_company_sold_to_a_buyer_of_a_kind_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sold Osram to buyout firm Nordkap in 2024.", lang="en",
            headline="Deal closed")
    assert ("Siemens", "supplierOf", "Osram") not in triples(x)


def test_goods_sold_to_a_buyer_of_a_kind_stay_a_supply(extractor: Extractor) -> None:
    """Look-alike: goods, not a company, are sold to the buyer named after its kind."""
    x = run(extractor, "Siemens sold turbines to power group RWE in 2024.", lang="en",
            headline="Deal closed")
    assert ("Siemens", "supplierOf", "RWE") in triples(x)


def test_unit_phrase_the_catalogue_gives_no_unit_stays_the_groups(extractor: Extractor) -> None:
    """Look-alike: the text named its unit of the word, but the catalogue has no unit of the
    word for the later phrase to leave; a title there stays with the group."""
    x = run(extractor, "BASF hat die Prognose gesenkt. Deutlich besser lief es in der Agrarsparte "
            "Agricultural Solutions, deren Marge auf 17,5 Prozent zulegte. Finanzvorstand Dirk "
            "Beispiel geht. Seine Nachfolge tritt Maria Muster an, bislang Finanzchefin der "
            "Agrarsparte.", headline="BASF senkt Prognose")
    assert ("Maria Muster", "worksFor", "BASF") in triples(x)
