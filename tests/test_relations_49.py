"""Coverage, index and stake forms on sentences written for the test.

* "X climbed after Morgan Stanley upgraded the stock", "nachdem die UBS die Aktie hochgestuft
  hatte": an upgrade or downgrade with no rating in the sentence is the house's judgement of
  the shares, so the house covers their company. A house whose clause after "after" names
  another company ("after Morgan Stanley raised its price target on Y") covers Y, not the share
  that moved; one whose clause names no company ("upgraded its outlook for the chip sector")
  covers none.
* "the biggest gainers on London's blue-chip FTSE 100", "The stock has risen 50%, making it one
  of the best performers on Brazil's benchmark Ibovespa": a rank on the index places the
  clause's company, or the one the stock opening the sentence is, in the index. A rank in a
  sentence opened by another subject ("Mining was one of the best performers") and miners among
  the gainers name no member.
* "Im Dax gehörten A und B zu den Gewinnern", "Auch A und B profitierten im MDax": the names of
  one list in the index's clause are members each; names of separate phrases ("Im Dax gewann A,
  B und C fielen dagegen") and an index that only moved ("Der Dax fiel, A und B gaben nach")
  give none.
* "X besitzt 5 Prozent an Y" is a stake as "X hält 5 Prozent an Y"; "besitzt einen Marktanteil
  von 20 Prozent" is none.
* "Celonis raised $500 million in a round led by X", "Außerdem beteiligten sich X und Y" (after a
  funding round named): each investor backs the company raising. "A round of talks led by X", a
  sentence naming what was joined ("… an der Übernahme von Z") or no round are no stake.
* "X holds 60% of Y, …; Z holds the remaining 40%", "X hält 51 Prozent an Y; die Z hält die übrigen
  49 Prozent": the holder opening the last clause with the rest holds a stake in Y, and is no
  second company X holds a stake in; a rest to be bought ("will buy the remaining 40%", "soll die
  übrigen 49 Prozent übernehmen") or named in another's words is no stake.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, run_in, triples

from kg.nlp.extract import Extractor


def _covers(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run_in(extractor, body, lang)) if p == "covers"}


def _members(extractor: Extractor, body: str, lang: str, headline: str | None = None) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run_in(extractor, body, lang, headline)) if p == "memberOf"}


@pytest.mark.parametrize(("lang", "body", "house"), [
    ("en", "Shares of Infineon Technologies climbed 4% after Morgan Stanley upgraded the stock.",
     "Morgan Stanley"),
    ("en", "Shares of Infineon Technologies fell 3% after Morgan Stanley downgraded the stock.",
     "Morgan Stanley"),
    ("de", "Die Aktie von Infineon stieg um 4 Prozent, nachdem die UBS die Aktie hochgestuft hatte.", "UBS"),
], ids=["upgraded", "downgraded", "hochgestuft"])
def test_an_upgrade_without_a_rating_covers_the_shares_company(
        extractor: Extractor, lang: str, body: str, house: str) -> None:
    assert _covers(extractor, body, lang) == {(house, "Infineon Technologies")}


@pytest.mark.parametrize(("lang", "body", "judged"), [
    ("en", "Infineon Technologies climbed 4% after Morgan Stanley downgraded STMicroelectronics.",
     "STMicroelectronics"),
    ("en", "Infineon Technologies climbed 4% after Morgan Stanley raised its price target on "
     "STMicroelectronics.", "STMicroelectronics"),
    ("en", "Infineon Technologies climbed 4% after Morgan Stanley upgraded its outlook for the chip sector.",
     None),
    ("de", "Infineon stieg um 4 Prozent, nachdem die UBS den Chipsektor hochgestuft hatte.", None),
], ids=["other-company", "other-target", "sector", "sektor"])
def test_a_judgement_of_another_company_or_a_sector_covers_no_mover(
        extractor: Extractor, lang: str, body: str, judged: str | None) -> None:
    covered = _covers(extractor, body, lang)
    assert not any(company == "Infineon Technologies" for _, company in covered)
    assert covered == ({("Morgan Stanley", judged)} if judged else set())


@pytest.mark.parametrize(("body", "headline", "member", "index"), [
    ("Shares in Diageo rose 3% by 0810 GMT, making them the biggest gainers on London's blue-chip "
     "FTSE 100 index.", None, "Diageo", "FTSE 100"),
    ("Embraer delivered 70 jets. The stock has risen 50% this year, making it one of the best "
     "performers on Brazil's benchmark Ibovespa index.", "Embraer posts record deliveries", "Embraer",
     "Ibovespa"),
], ids=["gainers-on", "one-of-the-best"])
def test_a_rank_on_an_index_makes_the_stock_a_member(
        extractor: Extractor, body: str, headline: str | None, member: str, index: str) -> None:
    assert _members(extractor, body, "en", headline) == {(member, index)}


@pytest.mark.parametrize("body", [
    "Diageo sales fell. Mining was one of the best performers on London's FTSE 100.",
    "Diageo sales fell. Miners were among the best performers on London's FTSE 100.",
    "Diageo sales fell. London's FTSE 100 index rose 1%, with miners the biggest gainers on the FTSE 100.",
], ids=["other-subject", "among-miners", "sector-gainers"])
def test_a_rank_of_no_stock_names_no_member(extractor: Extractor, body: str) -> None:
    assert _members(extractor, body, "en", "Diageo sales fall") == set()


@pytest.mark.parametrize(("body", "members", "index"), [
    ("Im Dax gehörten Adidas und Siemens zu den Gewinnern.", {"Adidas", "Siemens"}, "DAX"),
    ("Auch Hensoldt und Renk profitierten im MDax mit Aufschlägen von 5 und 4 Prozent.",
     {"Hensoldt", "Renk Group"}, "MDAX"),
], ids=["after-the-index", "before-the-index"])
def test_each_name_of_one_list_in_the_indexs_clause_is_a_member(
        extractor: Extractor, body: str, members: set[str], index: str) -> None:
    assert _members(extractor, body, "de") == {(member, index) for member in members}


@pytest.mark.parametrize("body", [
    "Im Dax gewann Adidas 2 Prozent, Siemens und Hensoldt fielen dagegen.",
    "Der Dax fiel um 1 Prozent, Adidas und Siemens gaben nach.",
], ids=["separate-phrases", "index-moved"])
def test_names_outside_the_indexs_list_are_no_members(extractor: Extractor, body: str) -> None:
    members = _members(extractor, body, "de")
    assert ("Siemens", "DAX") not in members
    assert ("Hensoldt", "DAX") not in members


def _stakes(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline)) if p == "investsIn"}


def test_a_stake_owned_is_one_held(extractor: Extractor) -> None:
    assert _stakes(extractor, "Der Staatsfonds Norges Bank Investment Management besitzt 5 Prozent an Siemens.",
                   "de", "Marktbericht") == {("Norges Bank Investment Management", "Siemens")}
    assert _stakes(extractor, "Siemens besitzt einen Marktanteil von 20 Prozent.", "de", "Marktbericht") == set()


@pytest.mark.parametrize(("lang", "body", "backers"), [
    ("en", "Celonis raised $500 million in a round led by Fidelity Investments.", {"Fidelity Investments"}),
    ("de", "Celonis hat 500 Millionen Dollar eingesammelt. Angeführt wurde die Finanzierungsrunde von "
     "Thrive Capital. Außerdem beteiligten sich Accel und SoftBank Group.",
     {"Thrive Capital", "Accel", "SoftBank Group"}),
], ids=["a-round-led-by", "ausserdem-beteiligten-sich"])
def test_each_investor_of_a_round_backs_the_company_raising(
        extractor: Extractor, lang: str, body: str, backers: set[str]) -> None:
    assert _stakes(extractor, body, lang, "Celonis") == {(backer, "Celonis") for backer in backers}


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Celonis raised $500 million in a round led by Fidelity Investments. Siemens also joined the board."),
    ("en", "Celonis won a round of talks led by Siemens. SAP also joined."),
    ("de", "Celonis hat 500 Millionen Dollar eingesammelt. Angeführt wurde die Finanzierungsrunde von Thrive "
     "Capital. Außerdem beteiligte sich SoftBank Group an der Übernahme von Siemens Healthineers."),
    ("de", "Celonis hat einen neuen Chef. Außerdem beteiligten sich Accel und SoftBank Group."),
], ids=["joined-the-board", "round-of-talks", "an-der-uebernahme", "no-round"])
def test_joining_something_other_than_a_round_is_no_stake(extractor: Extractor, lang: str, body: str) -> None:
    stakes = _stakes(extractor, body, lang, "Celonis")
    assert not any(holder in {"Siemens", "SAP", "SoftBank Group", "Accel"} for holder, _ in stakes)


@pytest.mark.parametrize(("lang", "body", "holder"), [
    ("en", "Siemens holds 60% of Aurubis, a copper group that sells metals in Asia; BlackRock holds the "
     "remaining 40%.", "BlackRock"),
    ("en", "Siemens holds 60% of Aurubis, and BlackRock owns the remaining 40%.", "BlackRock"),
    ("de", "Siemens hält 51 Prozent an Aurubis; die Deutsche Bahn hält die übrigen 49 Prozent.", "Deutsche Bahn"),
    ("de", "Siemens hält 51 Prozent an Aurubis, und der Vermögensverwalter DWS hält die restlichen 49 Prozent.",
     "DWS"),
], ids=["semicolon", "and-owns", "haelt-die-uebrigen", "und-haelt-die-restlichen"])
def test_the_holder_of_the_rest_holds_the_same_company(
        extractor: Extractor, lang: str, body: str, holder: str) -> None:
    assert _stakes(extractor, body, lang, "Beteiligung") == {("Siemens", "Aurubis"), (holder, "Aurubis")}


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Siemens holds 60% of Aurubis; BlackRock will buy the remaining 40%."),
    ("en", "Siemens holds 60% of Aurubis; BlackRock says the state holds the remaining 40%."),
    ("de", "Siemens hält 51 Prozent an Aurubis; die Deutsche Bahn soll die übrigen 49 Prozent übernehmen."),
], ids=["will-buy", "in-anothers-words", "soll-uebernehmen"])
def test_a_rest_to_be_bought_or_reported_is_no_stake(extractor: Extractor, lang: str, body: str) -> None:
    assert _stakes(extractor, body, lang, "Beteiligung") == {("Siemens", "Aurubis")}
