"""Results, deals and analyst calls of European and US companies, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies,
invented figures): a link line to a video or the next story ("Read next:", "WATCH:") is page
furniture whose names and numbers are no facts; "orders" after a possessive or an adjective
of size or pace ("X's orders from Y", "citing weaker orders from Y") is the noun, so no
purchase of the one before from Y; a percentage "to" another after a verb of change in the
future ("Sales will rise 6% to 9%") is a forecast's band; a session's close given as the base
of an upside or a premium ("from Monday's close of $301.80") is the share's price, not the
target told before it; a possessed unit noun after two joined words opening a clause of its
own ("and its defense and space arm won …") acts in place of the name before; a number that
opens a hyphened compound ("2-nanometer lines", "10-year contracts") counts nothing; a
place's possessive before "most" and an adjective ("Europe's most valuable technology company
said …") stands for a company, as one before a superlative in "-est" does, so the clause keeps
its figures. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.ingest import find_ad_blocks
from kg.nlp.extract import Extractor

# --- link lines to the next story or a video ------------------------------------------

def test_read_next_and_watch_lines_are_furniture() -> None:
    text = ("Airbus delivered 60 jets in November.\n"
            "Read next: Boeing's cash burn eases as 737 deliveries pick up\n"
            "WATCH: Broadcom's chief on 40 new custom chips\n"
            "Airbus shares rose 1%.\n")
    blanked = [text[start:end] for start, end in find_ad_blocks(text)]
    assert any(span.startswith("Read next:") for span in blanked)
    assert any(span.startswith("WATCH:") for span in blanked)


def test_a_paragraph_opening_with_watch_words_stays_news() -> None:
    """Look-alike: "Watchers" or "Read" opening a sentence of the report is no link."""
    text = ("Watchers of the sector expect Airbus to deliver 60 jets in November.\n"
            "Readers of the filing saw that Boeing handed over 48 aircraft.\n")
    assert find_ad_blocks(text) == []


def test_numbers_of_a_read_next_line_are_no_figures(extractor: Extractor) -> None:
    x = run(extractor, "Airbus delivered 60 jets in November.\n"
            "Read next: Boeing's cash burn eases as 737 deliveries pick up\n"
            "Airbus shares rose 1%.", lang="en", headline="Airbus deliveries")
    assert ("Boeing", Decimal("737")) not in metric_facts(x, "Other")
    assert ("Airbus", Decimal("60")) in metric_facts(x, "Other")


# --- "orders" as a noun ---------------------------------------------------------------

def test_possessed_orders_from_a_name_are_no_purchase(extractor: Extractor) -> None:
    x = run(extractor, "Aixtron's orders from Infineon rose sharply in the quarter.", lang="en",
            headline="Aixtron results")
    assert ("Infineon Technologies", "supplierOf", "Aixtron") not in triples(x)


def test_weaker_orders_from_a_name_are_no_purchase(extractor: Extractor) -> None:
    x = run(extractor, "ASML cut its outlook, citing weaker orders from Samsung Electronics.", lang="en",
            headline="ASML outlook")
    assert ("Samsung Electronics", "supplierOf", "ASML") not in triples(x)


def test_orders_as_a_verb_still_buy_from_the_name(extractor: Extractor) -> None:
    """Look-alike: the verb after its subject still tells of a purchase."""
    x = run(extractor, "Aixtron orders wafers from Infineon for its test lines.", lang="en",
            headline="Aixtron results")
    assert ("Infineon Technologies", "supplierOf", "Aixtron") in triples(x)


# --- a band told in the future ----------------------------------------------------------

def ranges(x: object, metric: str) -> set[tuple[str, Decimal | None, Decimal | None]]:
    """The (about, min, max) of each figure of ``metric`` told as a range."""
    return {(f.about, f.min_value, f.max_value) for f in x.figures  # type: ignore[attr-defined]
            if f.metric == metric and f.min_value is not None}


def test_future_move_by_two_percentages_is_a_band(extractor: Extractor) -> None:
    for verb in ("will rise", "would grow"):
        x = run(extractor, f"Novo Nordisk said sales {verb} 6% to 9% in 2026.", lang="en",
                headline="Novo Nordisk outlook")
        assert ranges(x, "RevenueGrowth") == {("Novo Nordisk", Decimal("6"), Decimal("9"))}
        assert ("Novo Nordisk", Decimal("9")) not in metric_facts(x, "RevenueGrowth")


def test_past_move_to_a_level_is_no_band(extractor: Extractor) -> None:
    """Look-alike: a move told in the past ends at the level after "to"."""
    x = run(extractor, "Novo Nordisk shares rose 6% to 312 kroner.", lang="en", headline="Novo Nordisk outlook")
    assert ("Novo Nordisk", Decimal("6")) in metric_facts(x, "StockPriceChange")
    assert ("Novo Nordisk", Decimal("312")) in metric_facts(x, "SharePrice")


# --- a session's close as the base of an upside ----------------------------------------

def test_close_after_a_target_is_the_share_price(extractor: Extractor) -> None:
    x = run(extractor, "Keefe, Bruyette & Woods rates JPMorgan Market Perform, with its $310 target "
            "implying little upside from Monday's close of $301.80.", lang="en", headline="JPMorgan results")
    assert ("JPMorgan", Decimal("301.80")) not in metric_facts(x, "PriceTarget")
    assert ("JPMorgan", Decimal("301.80")) in metric_facts(x, "SharePrice")


def test_target_before_the_close_stays_the_target(extractor: Extractor) -> None:
    """Look-alike: the target the sentence names before the close keeps its reading."""
    x = run(extractor, "Keefe, Bruyette & Woods rates JPMorgan Market Perform, with its $310 target "
            "implying little upside from Monday's close of $301.80.", lang="en", headline="JPMorgan results")
    assert ("JPMorgan", Decimal("310")) in metric_facts(x, "PriceTarget")


# --- a possessed unit with joined words acts in its own clause -------------------------

def test_unit_with_joined_words_acts_in_its_clause(extractor: Extractor) -> None:
    x = run(extractor, "Airbus Helicopters booked orders for 31 helicopters in November, and its defense "
            "and space arm won a satellite contract from Eutelsat.", lang="en", headline="Airbus orders")
    assert ("Airbus Helicopters", "supplierOf", "Eutelsat") not in triples(x)


def test_shared_subject_without_a_unit_noun_still_wins_the_contract(extractor: Extractor) -> None:
    """Look-alike: a second verb with no subject of its own is the name's."""
    x = run(extractor, "Airbus Helicopters booked orders for 31 helicopters in November and won a "
            "satellite contract from Eutelsat.", lang="en", headline="Airbus orders")
    assert ("Airbus Helicopters", "supplierOf", "Eutelsat") in triples(x)


# --- a number opening a hyphened compound ----------------------------------------------

def test_number_of_a_hyphened_compound_counts_nothing(extractor: Extractor) -> None:
    for body in ("ASM International said orders for 2-nanometer lines rose.",
                 "ASM International said orders for 10-year contracts rose."):
        x = run(extractor, body, lang="en", headline="ASM International orders")
        assert not metric_facts(x, "Other")


def test_number_before_the_counted_noun_still_counts(extractor: Extractor) -> None:
    """Look-alike: a number standing alone before the noun counts it."""
    x = run(extractor, "Airbus said it booked orders for 40 A320neo jets.", lang="en", headline="Airbus orders")
    assert ("Airbus", Decimal("40")) in metric_facts(x, "Other")


# --- a place's possessive before "most" names a company ----------------------------------

def test_place_possessive_before_most_stands_for_a_company(extractor: Extractor) -> None:
    x = run(extractor, "SAP raised its forecast on Wednesday. Europe's most valuable technology company "
            "said revenue rose 24% to 5.6 billion euros.", lang="en", headline="SAP results")
    assert ("SAP", Decimal("24")) in metric_facts(x, "RevenueGrowth")
    assert ("SAP", Decimal("5600000000")) in metric_facts(x, "Revenue")


def test_place_possessive_before_a_plain_noun_is_the_places(extractor: Extractor) -> None:
    """Look-alike: a country's economy is no company, and its growth nobody's here."""
    x = run(extractor, "China's economy grew 5% in the quarter, SAP said.", lang="en", headline="SAP results")
    assert ("SAP", Decimal("5")) not in {(f.about, f.value) for f in x.figures}
