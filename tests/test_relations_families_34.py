"""Relation families, on sentences written for the test.

* "Rivals A (AAA.N) and B (BBB.N) report later": a ticker in brackets after a listed name
  names that item again; it is no subject of a clause after the list, so the first item keeps
  its rivalry with the article's company. A name after the list that is no item ("Unlike
  rivals A and B, C cut its forecast") still opens the clause and takes the rivalry.
* "Auch die polnische Tochter mBank trug … bei": a unit noun before a name written with a small
  first letter names a unit of the article's company, as it does before any other name. A
  company named after the unit as its owner ("die Tochter X des Bayer-Konzerns") owns it
  instead, and a former unit belongs to no one.
* "…, expanding a partnership the two companies began in 2024", "the cars the two companies
  develop together": a clause on "the two companies" that extends their partnership or has them
  make something together makes the two companies named before it partners. Three companies
  before it name no pair, making things apart is no partnership, and a partnership told of as
  dissolved is none.
* "Wie schätzen die Analysten das DAX-Papier ein?": an index compound of a share word ("das
  Dax-Papier", "die Dax-Aktie") names a member as "der Dax-Konzern" does: the company the article
  is about, or the name right after it ("die Dax-Aktie Bayer"). The plural ("die Dax-Aktien")
  speaks of the whole index and names no member.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor

_PNC = "PNC Financial Services beats profit estimates"


@pytest.mark.parametrize("body", [
    "PNC Financial Services raised its outlook on Tuesday. Rivals U.S. Bancorp (USB.N) and "
    "Truist Financial (TFC.N) report later this week.",
    "PNC Financial Services raised its outlook on Tuesday. Larger rivals Citigroup (C.N) and "
    "Wells Fargo (WFC.N), which both report on Friday, have cut jobs.",
], ids=["rivals-report", "rivals-relative"])
def test_listed_rivals_with_tickers_are_all_the_companys(extractor: Extractor, body: str) -> None:
    pairs = rival_pairs(run(extractor, body, "en", _PNC))
    listed = [n for n in ("U.S. Bancorp", "Truist Financial", "Citigroup", "Wells Fargo") if n in body]
    assert {frozenset(("PNC Financial Services", n)) for n in listed} <= pairs


def test_a_name_after_the_ticker_list_still_opens_the_clause(extractor: Extractor) -> None:
    """Look-alike: the name after the list is no item, so it is the rivals' subject, not the
    article's company."""
    body = ("PNC Financial Services raised its outlook on Tuesday. Unlike its rivals U.S. Bancorp "
            "(USB.N) and Truist Financial (TFC.N), Citigroup (C.N) cut its forecast.")
    pairs = rival_pairs(run(extractor, body, "en", _PNC))
    assert frozenset(("Citigroup", "U.S. Bancorp")) in pairs
    assert frozenset(("PNC Financial Services", "U.S. Bancorp")) not in pairs
    assert frozenset(("Citigroup", "Truist Financial")) in pairs


_HEALTHINEERS = "Siemens Healthineers steigert den Gewinn"


def _units(body: str, extractor: Extractor) -> set[tuple[str, str]]:
    x = run(extractor, body, "de", _HEALTHINEERS)
    return {(s, o) for s, p, o in triples(x) if p == "subsidiaryOf" and s != "Siemens Healthineers"}


@pytest.mark.parametrize(("body", "unit"), [
    ("Siemens Healthineers hat im Quartal mehr verdient. Auch die polnische Tochter mBank trug "
     "zum Ergebnis bei.", "mBank"),
    ("Siemens Healthineers hat im Quartal mehr verdient. Zugleich legte die Tochter mBank zu.",
     "mBank"),
], ids=["small-first-letter", "small-first-letter-after-verb"])
def test_unit_noun_names_a_unit_of_the_articles_company(extractor: Extractor, body: str,
                                                        unit: str) -> None:
    assert _units(body, extractor) == {(unit, "Siemens Healthineers")}


@pytest.mark.parametrize("body", [
    "Siemens Healthineers hat im Quartal mehr verdient. Auch die Tochter Monsanto des Bayer-Konzerns "
    "steigerte ihre Marge.",
    "Siemens Healthineers hat im Quartal mehr verdient. Auch die Tochter Monsanto von Bayer "
    "steigerte ihre Marge.",
    "Siemens Healthineers hat im Quartal mehr verdient. Auch die frühere Tochter mBank steigerte "
    "ihren Gewinn.",
], ids=["owner-genitive", "owner-von", "former"])
def test_unit_of_another_owner_or_a_former_unit_is_not_the_articles(extractor: Extractor,
                                                                    body: str) -> None:
    """Look-alikes: the owner named after the unit, and a unit the company no longer owns."""
    assert not {pair for pair in _units(body, extractor) if pair[1] == "Siemens Healthineers"}


def _partners(body: str, extractor: Extractor) -> set[frozenset[str]]:
    x = run(extractor, body, "en", "Carmakers turn to Chinese software")
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "partnerOf"}


@pytest.mark.parametrize(("body", "pair"), [
    ("Tencent said Mercedes-Benz will use its model in China, expanding a partnership the two "
     "companies began in 2024.", ("Tencent Holdings", "Mercedes-Benz Group")),
    ("Coinbase said JPMorgan would let customers fund accounts from January, extending a "
     "partnership the two companies announced last year.", ("Coinbase", "JPMorgan")),
    ("Volkswagen, which owns 5% of XPeng, will use the software in the cars the two companies "
     "develop together.", ("Volkswagen", "XPeng")),
], ids=["expanding-partnership", "extending-partnership", "develop-together"])
def test_the_two_companies_partnership_clause_pairs_them(extractor: Extractor, body: str,
                                                         pair: tuple[str, str]) -> None:
    assert frozenset(pair) in _partners(body, extractor)


@pytest.mark.parametrize("body", [
    "Tencent said Mercedes-Benz and BMW will use its model, expanding a partnership the two "
    "companies began in 2024.",
    "Tencent and Alibaba compete in cloud; the two companies develop their models separately.",
    "Tencent beat Alibaba, the two companies reported; a partnership the two companies began in "
    "2024 was dissolved.",
], ids=["three-companies", "separately", "dissolved"])
def test_no_pair_or_no_partnership(extractor: Extractor, body: str) -> None:
    """Look-alikes: which two of three is open, apart is no together, and an ended partnership."""
    assert not _partners(body, extractor)


def _members(body: str, extractor: Extractor) -> set[tuple[str, str]]:
    x = run(extractor, body, "de", "Siemens Healthineers im Analysten-Check")
    return {(s, o) for s, p, o in triples(x) if p == "memberOf"}


@pytest.mark.parametrize(("body", "member"), [
    ("Die Aktie von Siemens Healthineers hat am Mittwoch 2,1 Prozent verloren. Wie schätzen die "
     "Analysten das DAX-Papier nun ein?", "Siemens Healthineers"),
    ("Die Aktie von Siemens Healthineers hat am Mittwoch 2,1 Prozent verloren. Die Dax-Aktie "
     "Bayer legte dagegen zu.", "Bayer"),
], ids=["papier-salient", "aktie-named"])
def test_index_share_compound_names_a_member(extractor: Extractor, body: str, member: str) -> None:
    assert _members(body, extractor) == {(member, "DAX")}


def test_plural_index_shares_name_no_member(extractor: Extractor) -> None:
    """Look-alike: the plural compound speaks of the index's shares in general."""
    body = ("Die Aktie von Siemens Healthineers hat am Mittwoch 2,1 Prozent verloren. Die "
            "Dax-Aktien legten im Schnitt zu.")
    assert not _members(body, extractor)
