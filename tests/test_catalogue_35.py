"""Whole lists of advisers and tickers in the catalogue (ontology/entities.ttl): the largest
accounting networks after the Big Four, the consultancies and deal-communications firms, the
law firms after the 25 largest, the AI models of 2025 and sovereign funds not listed before,
and the home tickers of the European benchmark members that had none. A ticker with a share
class ("NOVO-B", "BRK.B") is read in each spelling news print ("CPH: NOVO B", "NYSE: BRK/B")
as a further name of its company, never an entity of its own; a short name that is a surname
or an ordinary word keeps its network word. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import run_in

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer


@pytest.mark.parametrize(("text", "found"), [
    # accounting networks, by the names their reports print
    ("Die Prüfer von Forvis Mazars und Grant Thornton testierten den Abschluss.",
     [("Forvis Mazars", "Company"), ("Grant Thornton International", "Company")]),
    ("BDO and Baker Tilly audited the two groups, RSM the third.",
     [("BDO", "Company"), ("Baker Tilly International", "Company"),
      ("RSM International", "Company")]),
    # law firms of the deal tables, whole or by the short form the firm prints
    ("Heuking Kühn Lüer Wojtek und Noerr berieten die Käufer, Wilson Sonsini die Gründer.",
     [("Heuking Kühn Lüer Wojtek", "Company"), ("Noerr", "Company"),
      ("Wilson Sonsini Goodrich & Rosati", "Company")]),
    ("Allen & Overy, now part of A&O Shearman, acted for the lenders.",
     [("A&O Shearman", "Company"), ("A&O Shearman", "Company")]),
    # a consultancy of a catalogued group, and models of 2025
    ("Oliver Wyman und Simon-Kucher legten die Studie vor.",
     [("Oliver Wyman", "Company"), ("Simon-Kucher & Partners", "Company")]),
    ("Mistral Large 3 trat gegen Olmo 3 und FLUX.2 an.",
     [("Mistral Large 3", "AIModel"), ("Olmo 3", "AIModel"), ("FLUX.2", "AIModel")]),
    # sovereign funds of the SWF Institute's ranking, by their printed short forms
    ("Mumtalakat und ISIF beteiligten sich an der Runde.",
     [("Bahrain Mumtalakat Holding Company", "FinancialInstitution"),
      ("Ireland Strategic Investment Fund", "FinancialInstitution")]),
], ids=["auditors-de", "auditors-en", "law-firms-de", "former-names", "consultancies",
        "models", "sovereign-funds"])
def test_list_members_are_found_with_their_type(gazetteer: Gazetteer, text: str,
                                                found: list[tuple[str, str]]) -> None:
    assert [(m.label, m.type) for m in gazetteer.find(text)] == found


@pytest.mark.parametrize("text", [
    # surnames, towns and words that open a catalogued network's or firm's name
    "The Moore family met Mr. Crowe and Ms. Andersen in Brunswick.",
    "Kearney and Luther spoke in Covington; Akin wrote to Willkie and Orrick.",
    "Der Kreston-Vortrag fiel aus, Frau Rödl und Herr Horváth kamen nicht.",
    # surnames that open a law firm's name, one also an old currency
    "Herr Heuking und Frau Oppenhoff zahlten 40 Schilling; Mr. Cadwalader kam nicht.",
    # the bare first name of Leonardo S.p.A. is a painter's
    "Leonardo da Vinci painted the Mona Lisa; Leonardo sketched a flying machine.",
], ids=["surnames-en", "surnames-and-places", "surnames-de", "law-firm-surnames",
        "leonardo-first-name"])
def test_surnames_and_words_of_the_lists_are_no_entities(gazetteer: Gazetteer,
                                                         text: str) -> None:
    assert gazetteer.find(text) == []


def test_list_members_keep_their_parent_and_seat(catalogue: Catalogue) -> None:
    assert catalogue.parent_of("Oliver Wyman") == "Marsh McLennan"
    assert catalogue.parent_of("Porsche Consulting") == "Porsche"
    assert catalogue.parent_of("Leonardo DRS") == "Leonardo S.p.A."
    assert catalogue.entries["Noerr"].located_in == ("Munich",)
    assert "LDO" in catalogue.entries["Leonardo S.p.A."].tickers
    assert catalogue.entries["Leonardo S.p.A."].listed_on == ("Borsa Italiana",)


@pytest.mark.parametrize(("text", "found"), [
    # a share class after a space, a hyphen, a dot or a slash: the one catalogued class
    ("Novo Nordisk (CPH: NOVO B) fiel.", ["Novo Nordisk", "Nasdaq Copenhagen", "Novo Nordisk"]),
    ("Ericsson (STO: ERIC-B) rose.", ["Ericsson", "Nasdaq Stockholm", "Ericsson"]),
    ("Berkshire Hathaway (NYSE: BRK/B) rose.",
     ["Berkshire Hathaway", "New York Stock Exchange", "Berkshire Hathaway"]),
    ("Carlsberg (CPH: CARL.B) stieg.", ["Carlsberg", "Nasdaq Copenhagen", "Carlsberg"]),
    # home tickers the list members lacked, after the code of their exchange
    ("Leonardo (BIT: LDO) won an order.", ["Borsa Italiana", "Leonardo S.p.A."]),
    ("Nestlé (SIX: NESN) und Vodafone (LSE: VOD) fielen.",
     ["Nestlé", "SIX Swiss Exchange", "Nestlé", "Vodafone", "London Stock Exchange", "Vodafone"]),
    # a ticker two companies share on two exchanges: the code picks the company
    ("LVMH (EPA: MC) und Moelis (NYSE: MC) stiegen.",
     ["LVMH", "Euronext Paris", "LVMH", "Moelis & Company", "New York Stock Exchange",
      "Moelis & Company"]),
], ids=["space", "hyphen", "slash", "dot", "leonardo", "home-tickers", "shared-by-code"])
def test_tickers_with_codes_and_classes_name_their_company(gazetteer: Gazetteer, text: str,
                                                           found: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == found


@pytest.mark.parametrize("text", [
    # a class letter after another word is no ticker: only a catalogued root takes one
    "Novo Nordisk (CPH: NOVA B) fiel.",
    # the space form counts only after an exchange code, never in a bare bracket
    "Der Plan (NOVO B) wurde vorgestellt.",
    # a bracket spelling out its words abbreviates them, even where a ticker reads so
    "Video on Demand (VOD) wächst weiter.",
], ids=["other-root", "bare-space-form", "abbreviation"])
def test_look_alikes_of_tickers_name_no_company(gazetteer: Gazetteer, text: str) -> None:
    assert [m.label for m in gazetteer.find(text)] in ([], ["Novo Nordisk"])
    assert "Vodafone" not in [m.label for m in gazetteer.find(text)]
    assert [m for m in gazetteer.find(text) if m.rule == "gazetteer/ticker"] == []


def test_a_share_class_ticker_gives_the_listing(extractor: Extractor) -> None:
    """The exchange code before the class ticker names where its company trades."""
    x = run_in(extractor, "Novo Nordisk (CPH: NOVO B) fiel um 3 Prozent.", "de")
    listed = {(r.subject, r.object) for r in x.relations if r.predicate == "listedOn"}
    assert listed == {("Novo Nordisk", "Nasdaq Copenhagen")}
    assert [e.label for e in x.entities if e.label.startswith("NOVO")] == []


def test_american_ticker_is_no_european_companys(gazetteer: Gazetteer) -> None:
    """"TEL" and "FLS" are TE Connectivity's and Flowserve's NYSE tickers: bare, they name
    neither Telenor nor FLSmidth, whose full names still do."""
    found = {m.label for m in gazetteer.find("After NYSE: TEL and (FLS) fell, Telenor and "
                                             "FLSmidth rose.")}
    assert found == {"New York Stock Exchange", "Telenor", "FLSmidth"}
