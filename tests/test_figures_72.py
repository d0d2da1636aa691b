"""Figures of comparisons and of outlooks moved from one value to another, on sentences
written for these tests (catalogued companies, invented figures): a portion of a market
held, then another holder's "against 16% for Samsung", gives each holder its own share, and
so each name of a list of them ("and 9% for SK Hynix"), an index too ("against 1% for the
Nikkei 225"); a clause joined to a market share of only a name, a verb of level and a
percentage ("…, Samsung kommt auf 16 Prozent", "…, while Samsung has 16%") is that name's share;
a share word that opens right after the percentage names it however long it is
("a 51% share of the image sensor market"); the old value of an outlook moved "to 712 million
euros from 454 million euros" is the previous value, not the outlook, whatever unit of two
words both carry; a German compound of a forecast ("Gewinnprognose") makes its new value the
company's outlook. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str) -> Extraction:
    """``body`` read as an English article under a plain headline."""
    return run(extractor, body, "en", headline="Market report")


def statuses(x: Extraction, metric: str) -> dict[Decimal | None, str]:
    """The status of each figure of ``metric``, by its value."""
    return {f.value: f.status for f in x.figures if f.metric == metric}


# --- another holder's portion after "against" -----------------------------------------


def test_holder_after_against_takes_its_own_market_share(extractor: Extractor) -> None:
    x = en(extractor, "Sony holds 51% of the sensor market, against 16% for Samsung.")
    assert metric_facts(x, "MarketShare") == {("Sony Group", Decimal("51")),
                                              ("Samsung Electronics", Decimal("16"))}


def test_value_against_a_year_earlier_stays_the_holders(extractor: Extractor) -> None:
    """Look-alike: no name after the compared number; it is the holder's earlier share."""
    x = en(extractor, "Sony holds 51% of the sensor market, against 46% a year earlier.")
    assert metric_facts(x, "MarketShare") == {("Sony Group", Decimal("51")),
                                              ("Sony Group", Decimal("46"))}
    assert statuses(x, "MarketShare")[Decimal("46")] == "Previous"


def test_far_holder_after_against_leaves_the_subject_its_own_share_only(
        extractor: Extractor) -> None:
    """The compared number stands too far for the figure to be told again; it is still no
    share of the subject's."""
    x = en(extractor, "Sony holds about 51% of the global image sensor market by value, "
                      "according to research firm Gartner, against 16% for Samsung.")
    assert ("Sony Group", Decimal("16")) not in metric_facts(x, "MarketShare")
    assert ("Sony Group", Decimal("51")) in metric_facts(x, "MarketShare")


def test_list_of_compared_holders_gives_no_number_to_the_name_before(extractor: Extractor) -> None:
    x = en(extractor, "Sony holds 51% of the sensor market, against 16% for Samsung and 9% for "
                      "SK Hynix.")
    shares = metric_facts(x, "MarketShare")
    assert ("Samsung Electronics", Decimal("9")) not in shares
    assert ("Sony Group", Decimal("16")) not in shares
    assert ("Sony Group", Decimal("51")) in shares


def test_list_of_compared_moves_gives_each_name_its_own(extractor: Extractor) -> None:
    x = en(extractor, "Siemens shares rose 4%, against 1% for Siemens Energy and 2% for the DAX.")
    assert metric_facts(x, "StockPriceChange") == {("Siemens", Decimal("4")),
                                                   ("Siemens Energy", Decimal("1")),
                                                   ("DAX", Decimal("2"))}


def test_index_after_against_the_takes_its_move(extractor: Extractor) -> None:
    x = en(extractor, "Sony shares rose 4%, against 1% for the Nikkei 225.")
    assert metric_facts(x, "StockPriceChange") == {("Sony Group", Decimal("4")),
                                                   ("Nikkei 225", Decimal("1"))}


def test_move_against_a_day_earlier_stays_the_companys(extractor: Extractor) -> None:
    """Look-alike: no name after the compared move."""
    x = en(extractor, "Sony shares rose 4%, against 1% a day earlier.")
    assert {about for about, _ in metric_facts(x, "StockPriceChange")} == {"Sony Group"}


# --- a clause of another holder joined to the share's ----------------------------------


def test_joined_clause_of_a_name_and_a_level_is_its_market_share(extractor: Extractor) -> None:
    x = run(extractor, "Sony hat einen Marktanteil von 51 Prozent, Samsung kommt auf 16 Prozent.",
            headline="Bildsensoren")
    assert metric_facts(x, "MarketShare") == {("Sony Group", Decimal("51")),
                                              ("Samsung Electronics", Decimal("16"))}


def test_joined_clause_with_while_is_its_market_share(extractor: Extractor) -> None:
    x = en(extractor, "Sony has a 51% share of the image sensor market, while Samsung has 16%.")
    assert metric_facts(x, "MarketShare") == {("Sony Group", Decimal("51")),
                                              ("Samsung Electronics", Decimal("16"))}


def test_joined_clause_with_a_metric_of_its_own_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the joined clause names its own metric; no market share of the name."""
    x = run(extractor, "Sony hat einen Marktanteil von 51 Prozent, die Aktie von Samsung stieg um "
            "2 Prozent.", headline="Bildsensoren")
    assert metric_facts(x, "MarketShare") == {("Sony Group", Decimal("51"))}
    assert ("Samsung Electronics", Decimal("2")) in metric_facts(x, "StockPriceChange")


def test_joined_move_after_a_share_is_no_market_share(extractor: Extractor) -> None:
    """Look-alike in English: "while X shares rose 2%" is the name's move."""
    x = en(extractor, "Sony holds 51% of the market, while Samsung shares rose 2%.")
    assert metric_facts(x, "MarketShare") == {("Sony Group", Decimal("51"))}


# --- a long share word right after the percentage --------------------------------------


def test_long_share_word_right_after_the_percentage_names_it(extractor: Extractor) -> None:
    x = en(extractor, "Sony has a 51% share of the image sensor market.")
    assert metric_facts(x, "MarketShare") == {("Sony Group", Decimal("51"))}


def test_share_word_after_another_phrase_names_no_market_share(extractor: Extractor) -> None:
    """Look-alike: the share word opens a later phrase; the percentage is the growth's."""
    x = en(extractor, "Sony's revenue rose 51%, helped by a bigger share of the image sensor market.")
    assert metric_facts(x, "RevenueGrowth") == {("Sony Group", Decimal("51"))}
    assert not metric_facts(x, "MarketShare")


# --- an outlook moved "to X from Y" ---------------------------------------------------


def test_old_outlook_with_a_unit_of_two_words_is_the_previous_value(extractor: Extractor) -> None:
    x = en(extractor, "Siemens raised its profit outlook to 712 million euros from 454 million euros.")
    assert metric_facts(x, "Profit") == {("Siemens", Decimal("712000000")),
                                         ("Siemens", Decimal("454000000"))}
    assert statuses(x, "Profit") == {Decimal("712000000"): "Guidance",
                                     Decimal("454000000"): "Previous"}


def test_result_moved_from_a_value_is_reported_not_guided(extractor: Extractor) -> None:
    """Look-alike: no outlook; the new value is the reported one."""
    x = en(extractor, "Siemens's profit rose to 712 million euros from 454 million euros.")
    assert statuses(x, "Profit") == {Decimal("712000000"): "Reported",
                                     Decimal("454000000"): "Previous"}


def test_german_compound_forecast_makes_the_new_value_the_outlook(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat die Gewinnprognose von 454 auf 712 Millionen Euro angehoben.",
            headline="Siemens hebt Prognose")
    assert statuses(x, "Profit") == {Decimal("712000000"): "Guidance",
                                     Decimal("454000000"): "Previous"}


def test_german_result_moved_between_values_stays_reported(extractor: Extractor) -> None:
    """Look-alike: the profit itself rose; no forecast word."""
    x = run(extractor, "Der Gewinn von Siemens stieg von 454 auf 712 Millionen Euro.",
            headline="Siemens legt zu")
    assert statuses(x, "Profit") == {Decimal("712000000"): "Reported",
                                     Decimal("454000000"): "Previous"}
