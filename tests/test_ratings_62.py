"""Ratings and targets in forms market news uses, in both languages: a house cited as the source
("Laut Commerzbank hat die UBS …", "According to Commerzbank, Jefferies upgraded …") is not the
rater where another house acts in the clause; a target after a colon that closes its label
("Kursziel von Jefferies für Siemens: 120 Euro"); a second passive rating joined by "while" with no
comma ("… while SAP was cut to hold by Citi"); a recommendation struck or withdrawn and replaced by
new advice ("strichen ihre Kaufempfehlung und raten nun zum Verkauf"). Each with look-alikes that
must keep their other reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import rating_facts, run_in

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _targets(x: Extraction) -> set[tuple[str, Decimal | None, str | None]]:
    """Each price target as (about, value, estimatedBy)."""
    return {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


# --- a source cited is not the rater where another house acts --------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Laut Commerzbank hat die UBS die Aktie von BASF auf \"Buy\" hochgestuft.",
                 {("UBS", "BASF", "Buy")}, id="de-laut"),
    pytest.param("de", "Die Citigroup hat laut Commerzbank die Papiere von BASF auf \"Sell\" gesenkt.",
                 {("Citigroup", "BASF", "Sell")}, id="de-laut-inside"),
    pytest.param("en", "According to Commerzbank, Jefferies upgraded BASF to buy.",
                 {("Jefferies", "BASF", "buy")}, id="en-according"),
    pytest.param("en", "Citing Deutsche Bank, Barclays cut Bayer to underweight.",
                 {("Barclays", "Bayer", "underweight")}, id="en-citing"),
])
def test_cited_source_is_not_the_rater(extractor: Extractor, lang: str, body: str,
                                       expected: set[tuple[str, str, str]]) -> None:
    assert rating_facts(run_in(extractor, body, lang)) == expected


def test_cited_source_look_alikes(extractor: Extractor) -> None:
    # the cited house alone in the clause is the house
    assert rating_facts(run_in(extractor, "Laut Commerzbank ist BASF ein Kauf.", "de")) \
        == {("Commerzbank", "BASF", "Kauf")}
    # a bank rated by the house that acts keeps its reading; the cited one rates nothing
    bank = rating_facts(run_in(extractor, "Laut Commerzbank hat die UBS die Deutsche Bank auf \"Buy\" "
                               "hochgestuft.", "de"))
    assert bank == {("UBS", "Deutsche Bank", "Buy")}
    # a house cited before a verdict on a bank still rates that bank
    assert rating_facts(run_in(extractor, "Laut Bernstein bleibt die Commerzbank ein \"Outperform\".", "de")) \
        == {("Bernstein", "Commerzbank", "Outperform")}


# --- a target after a colon that closes its label ----------------------------------------------


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Kursziel von Jefferies für BASF: 61 Euro.", id="de"),
    pytest.param("de", "Das Kursziel von Jefferies für BASF: 61 Euro.", id="de-article"),
    pytest.param("en", "Jefferies price target for BASF: 61 euros.", id="en"),
])
def test_target_after_colon_of_its_label(extractor: Extractor, lang: str, body: str) -> None:
    assert _targets(run_in(extractor, body, lang)) == {("BASF", Decimal(61), "Jefferies")}


def test_target_colon_look_alikes(extractor: Extractor) -> None:
    # a sentence with a verb before the colon is no label: the share price after it is no target
    x = run_in(extractor, "Analysten erhöhen das Kursziel für BASF: Die Aktie kostet nun 48 Euro.", "de")
    assert (Decimal(48)) not in {value for _, value, _ in _targets(x)}
    # a short label keeps its reading
    assert ("BASF", Decimal(61)) in {(about, value) for about, value, _ in
                                     _targets(run_in(extractor, "Kursziel für BASF: 61 Euro.", "de"))}


# --- two passive ratings in one sentence -------------------------------------------------------


def test_second_passive_rating_after_while(extractor: Extractor) -> None:
    x = run_in(extractor, "BASF was upgraded to buy by UBS while Bayer was cut to hold by Citi.", "en")
    assert rating_facts(x) == {("UBS", "BASF", "buy"), ("Citigroup", "Bayer", "hold")}


def test_second_passive_look_alikes(extractor: Extractor) -> None:
    # a list before one passive word: both rated by the one house
    both = rating_facts(run_in(extractor, "BASF and Bayer were both upgraded to buy at Jefferies.", "en"))
    assert both == {("Jefferies", "BASF", "buy"), ("Jefferies", "Bayer", "buy")}
    # a second passive clause with no rating rates nothing else
    one = rating_facts(run_in(extractor, "BASF was upgraded to buy by UBS while Bayer shares were flat.", "en"))
    assert one == {("UBS", "BASF", "buy")}


# --- a recommendation struck and replaced -------------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Die Analysten der UBS strichen daraufhin ihre Kaufempfehlung für BASF und raten "
                 "nun zum Verkauf.", {("UBS", "BASF", "Verkauf")}, id="de"),
    pytest.param("en", "UBS withdrew its buy rating on BASF and now rates it a sell.",
                 {("UBS", "BASF", "sell")}, id="en"),
])
def test_struck_recommendation_gives_way_to_new_advice(extractor: Extractor, lang: str, body: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    assert rating_facts(run_in(extractor, body, lang)) == expected


def test_struck_recommendation_look_alikes(extractor: Extractor) -> None:
    # a struck recommendation with no new one is no rating
    assert not rating_facts(run_in(extractor, "Die UBS strich ihre Kaufempfehlung für BASF.", "de"))
    # a confirmed one is
    assert rating_facts(run_in(extractor, "Die UBS bestätigte ihre Kaufempfehlung für BASF.", "de")) \
        == {("UBS", "BASF", "Kaufempfehlung")}
    assert rating_facts(run_in(extractor, "UBS reiterated its buy rating on BASF.", "en")) \
        == {("UBS", "BASF", "buy")}


# --- a bank opening a list's line, rated by the house after the colon ----------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "- Deutsche Bank: UBS bestätigt \"Buy\", Ziel 21 Euro",
                 {("UBS", "Deutsche Bank", "Buy")}, id="de"),
    pytest.param("en", "- Barclays: Citi upgrades to buy", {("Citigroup", "Barclays", "buy")}, id="en"),
])
def test_bank_opening_a_bulleted_line_is_rated(extractor: Extractor, lang: str, body: str,
                                               expected: set[tuple[str, str, str]]) -> None:
    assert rating_facts(run_in(extractor, body, lang)) == expected


def test_bulleted_bank_look_alikes(extractor: Extractor) -> None:
    # a company named after the bank in the line's own words is the one rated
    assert rating_facts(run_in(extractor, "- Barclays said: Citi upgrades BASF to buy", "en")) \
        == {("Citigroup", "BASF", "buy")}
    # the line's target goes with the bank, set by the house
    assert ("Deutsche Bank", Decimal(21), "UBS") in _targets(
        run_in(extractor, "- Deutsche Bank: UBS bestätigt \"Buy\", Ziel 21 Euro", "de"))
