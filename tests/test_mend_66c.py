"""Facts that must stay with the right company, on sentences written for these tests, each
with a look-alike that keeps its other reading: a clause of the result (", sending its shares
down 7.4%") moves the shares of the subject of the clause it hangs on, not those of a name a
clause before it opens with; a bare title's holder works at a company named after them only
as its founder, never at a bank the passage names; a catalogued name after another name and
an ampersand ("Goldman Sachs & Morgan Stanley") is a second name, not half of one firm's;
an exchange's bare name followed by a legal suffix or after "shares of" is the operator
company, not the index the article names in full."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a clause of the result moves the shares of the clause it hangs on ---------------------


def test_result_clause_after_an_opening_clause_moves_the_main_subject(extractor: Extractor) -> None:
    x = run(extractor, "After Nvidia warned on demand, ASML cut its forecast, sending its shares down 7.4%.",
            lang="en", headline="Chip stocks slide")
    moves = metric_facts(x, "StockPriceChange")
    assert ("ASML", Decimal("-7.4")) in moves
    assert not any(about == "Nvidia" for about, _ in moves)


def test_result_clause_after_a_foil_moves_the_main_subject(extractor: Extractor) -> None:
    x = run(extractor, "Unlike Intel, AMD raised its outlook, sending its shares up 5%.",
            lang="en", headline="Chipmakers diverge")
    moves = metric_facts(x, "StockPriceChange")
    assert not any(about == "Intel" for about, _ in moves)
    assert any(value == Decimal("5") for _, value in moves)


@pytest.mark.parametrize("opening", ["", "BASEL, March 3 (Newswire) - "])
def test_result_clause_after_a_subordinate_clause_keeps_the_opening_subject(
        extractor: Extractor, opening: str) -> None:
    """Look-alike: the clause right before the comma is a subordinate one naming a rival; the
    shares are those of the name that opens the sentence's main clause, also after a dateline
    with a comma of its own."""
    x = run(extractor, opening + "Novartis cut its sales forecast on Monday, as cheaper copies from Roche "
                                 "weighed on prices, sending its shares down 6.1%.",
            lang="en", headline="Novartis cuts forecast")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Novartis", Decimal("-6.1")) in moves
    assert not any(about == "Roche" for about, _ in moves)


def test_result_clause_after_a_clause_without_an_opening_name_moves_no_one(extractor: Extractor) -> None:
    """Look-alike: the clause the result hangs on opens with a conjunction, so its subject is
    not read; the name opening the sentence is another clause's subject."""
    x = run(extractor, "Nvidia warned on demand, and then ASML cut its forecast, sending its shares down 7.4%.",
            lang="en", headline="Chip stocks slide")
    moves = metric_facts(x, "StockPriceChange")
    assert not any(about == "Nvidia" for about, _ in moves)


# --- a bare title's namesake company is a founder's only -----------------------------------


def test_officer_sharing_a_banks_first_word_works_at_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Adidas raised its full-year outlook on Tuesday. The company hired Morgan Stanley to "
                       "advise on a bond sale. Chief Financial Officer Laura Morgan said demand stayed strong.",
            lang="en", headline="Adidas raises outlook")
    works = {(s, o) for s, p, o in triples(x) if p == "worksFor"}
    assert ("Laura Morgan", "Morgan Stanley") not in works
    assert ("Laura Morgan", "Adidas") in works


@pytest.mark.parametrize(("title", "works_there"), [("Gründer", True), ("Finanzchef", False)])
def test_founder_works_at_the_company_named_after_him(extractor: Extractor, title: str,
                                                      works_there: bool) -> None:
    """A founder works at the company named after him; look-alike: the same namesake company,
    but a title that is no founder's."""
    x = run(extractor, "Die Telekom baut ihre Cloud aus. Sie will bis 2027 zehn Rechenzentren betreiben. "
                       "Auch das Start-up Brandtner Robotics trainiert dort seine Modelle. \"Das spart uns "
                       f"Zeit\", sagte {title} Jonas Brandtner.",
            headline="Telekom baut Cloud aus")
    works = {(s, o) for s, p, o in triples(x) if p == "worksFor"}
    assert (("Jonas Brandtner", "Brandtner Robotics") in works) is works_there


def test_founder_beside_the_article_company_is_left_open(extractor: Extractor) -> None:
    """Look-alike: the sentence before the founder's names the article's company as a party,
    so the namesake company is not taken for the post."""
    x = run(extractor, "Die Telekom baut ihre Cloud aus. Sie will bis 2027 zehn Rechenzentren betreiben. "
                       "Brandtner Robotics mietet Rechenleistung von der Telekom. \"Das spart uns "
                       "Zeit\", sagte Gründer Jonas Brandtner.",
            headline="Telekom baut Cloud aus")
    works = {(s, o) for s, p, o in triples(x) if p == "worksFor"}
    assert ("Jonas Brandtner", "Brandtner Robotics") not in works


# --- a name ending at an ampersand lists two names ----------------------------------------


def test_two_banks_joined_by_an_ampersand_are_both_named(extractor: Extractor) -> None:
    x = run(extractor, "Goldman Sachs & Morgan Stanley advised Siemens on the sale.",
            lang="en", headline="Siemens sells unit")
    assert {"Goldman Sachs", "Morgan Stanley", "Siemens"} <= labels(x)


def test_two_banks_in_german_shares_are_both_named(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien von Deutsche Bank & Commerzbank stiegen um 2 Prozent.",
            headline="Bankaktien steigen")
    assert {"Deutsche Bank", "Commerzbank"} <= labels(x)


def test_unknown_word_and_ampersand_still_make_one_firm(extractor: Extractor) -> None:
    """Look-alike: the word before the ampersand is no name found, so the catalogued name after
    it is the second half of an unknown firm's name."""
    x = run(extractor, "Analysts at Harland & Vale advised Siemens on the sale.",
            lang="en", headline="Siemens sells unit")
    assert "Vale" not in labels(x)


# --- an exchange's bare name may be its operator, not the index --------------------------


def test_operator_company_keeps_its_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Nasdaq Inc rose 2% after it reported higher revenue, while the Nasdaq "
                       "Composite gained 0.5%.",
            lang="en", headline="Exchange operator reports")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Nasdaq Composite", Decimal("2")) not in moves
    assert ("Nasdaq Composite", Decimal("0.5")) in moves


def test_operator_speaking_is_no_index(extractor: Extractor) -> None:
    x = run(extractor, "Nasdaq said trading volumes rose 12% in November. The Nasdaq Composite gained 0.4%.",
            lang="en", headline="Exchange volumes rise")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Nasdaq Composite", Decimal("12")) not in moves


def test_bare_index_name_in_a_headline_is_still_the_index(extractor: Extractor) -> None:
    """Look-alike: the bare name moved by stocks, beside the index named in full."""
    x = run(extractor, "Tech stocks lift Nasdaq as chipmakers rally. The Nasdaq Composite gained 1.2%.",
            lang="en", headline="Tech stocks lift Nasdaq")
    assert "Nasdaq Composite" in labels(x)
    assert not any(e.type == "StockExchange" for e in x.entities)
