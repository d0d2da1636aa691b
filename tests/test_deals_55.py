"""Takeovers and stakes told in forms the deal rules did not read.

German: a perfect tense whose participle ends a long clause ("X hatte Y im vergangenen
Jahr für 1,1 Milliarden Euro übernommen"), a company that has come to belong to
another ("Y gehört nun mehrheitlich zu X"), a participle that calls a company taken
over ("die im Sommer übernommene Y"). English: a bid that outbids a rival ("X outbid Z
for Y") or is priced per share ("will pay 430 pence for each Y share"), a holder apposed
to its holding ("Y's top holder, the activist fund X"), and names of targets that news
print without an article ("for obesity biotech X", "U.S. optical equipment maker X").
Sentences written for the test (real company names, invented facts).
"""

from __future__ import annotations

import helpers
import pytest

from kg.nlp.extract import Extractor


def _deals(extractor: Extractor, body: str, lang: str, headline: str | None = None) -> set[tuple[str, str, str]]:
    """The takeovers and stakes read in ``body``."""
    found = helpers.triples(helpers.run_in(extractor, body, lang, headline))
    return {t for t in found if t[1] in ("acquired", "investsIn")}


@pytest.mark.parametrize(("body", "expected"), [
    # the participle ends the clause after more than six words
    ("Siemens hatte Osram im vergangenen Jahr für rund 1,1 Milliarden Euro übernommen.",
     {("Siemens", "acquired", "Osram")}),
    # a company that has come to belong to another: since a year, or now by majority
    ("Osram gehört nun mehrheitlich zu Siemens.", {("Siemens", "acquired", "Osram")}),
    ("Osram gehört seit 2025 zu Siemens.", {("Siemens", "acquired", "Osram")}),
    # a participle calls the company taken over: the clause's company bought it
    ("Bosch wächst dank der 2021 übernommenen Tochter Osram.", {("Bosch", "acquired", "Osram")}),
    ("Siemens wächst dank der übernommenen Plattform Osram kräftig.", {("Siemens", "acquired", "Osram")}),
])
def test_german_takeovers(extractor: Extractor, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert _deals(extractor, body, "de") == expected


@pytest.mark.parametrize("body", [
    # a comma opens a clause of its own before the participle: no reading across it
    "Siemens hat, wie Bosch im vergangenen Jahr mitteilte, die Firma Osram übernommen.",
    # belonging without a change told ("gehört zu"), since an unnamed time, to a group of peers
    "Osram gehört zu Siemens.",
    "Osram gehört seit Jahren zu Siemens.",
    "Osram gehört seit 2025 zu den größten Kunden von Siemens.",
    # a share of the company: a stake, no takeover
    "Osram gehört seit 2025 zu 30 Prozent Siemens.",
    # a stake bought, and a buyer named after "von": no takeover by the clause's company
    "Bosch verkauft die 2019 erworbene Beteiligung an Osram.",
    "Bosch lobte die von Siemens übernommene Osram.",
    # the analysts' house speaks of the company taken over, it bought nothing
    "Analyst Hans Muster von Jefferies rechnet mit Impulsen von der übernommenen Firma Osram.",
])
def test_german_look_alikes_read_no_takeover(extractor: Extractor, body: str) -> None:
    assert not {t for t in _deals(extractor, body, "de") if t[1] == "acquired"}


def test_participle_without_a_named_buyer_is_the_article_company(extractor: Extractor) -> None:
    found = _deals(extractor, "Die im Sommer übernommene Osram soll 120 Millionen Euro Umsatz beisteuern.",
                   "de", "Siemens wächst kräftig")
    assert ("Siemens", "acquired", "Osram") in found


@pytest.mark.parametrize(("body", "expected"), [
    ("Novo Nordisk outbid Pfizer for obesity biotech Metsera, agreeing to pay up to $10 billion.",
     {("Novo Nordisk", "acquired", "Metsera")}),
    ("Nestlé said on Wednesday it would pay 430 pence in cash for each Unilever share.",
     {("Nestlé", "acquired", "Unilever")}),
    ("Nokia completed the acquisition of U.S. optical equipment maker Infinera in February.",
     {("Nokia", "acquired", "Infinera")}),
    ("Nestlé's top holder, the activist fund Elliott Management, backed the deal.",
     {("Elliott Management", "investsIn", "Nestlé")}),
    ("Nestlé's top holder Elliott Management backed the deal.",
     {("Elliott Management", "investsIn", "Nestlé")}),
])
def test_english_deals(extractor: Extractor, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert _deals(extractor, body, "en") == expected


@pytest.mark.parametrize("body", [
    # the rival outbid is no buyer, and a contract is no company bought
    "Novo Nordisk outbid Pfizer for the contract, Sanofi said.",
    # a bid that failed
    "Siemens tried to outbid Bosch for Osram but failed.",
    # shares bought from a company, not of it
    "Nestlé will pay 4 pence for each share it buys from Unilever.",
    # the apposition is no company: the name after it is none of the holders
    "Nestlé's largest shareholder, the founding family, backed Elliott Management.",
])
def test_english_look_alikes_read_no_deal(extractor: Extractor, body: str) -> None:
    assert _deals(extractor, body, "en") == set()


def test_a_stake_outbid_for_is_no_takeover(extractor: Extractor) -> None:
    found = _deals(extractor, "Novo Nordisk outbid Pfizer for a stake in Bayer.", "en")
    assert not {t for t in found if t[1] == "acquired"}


@pytest.mark.parametrize(("body", "lang", "holders"), [
    # a holder's share after a list item closes the item: the list goes on after it
    ("Größte Aktionäre sind DWS mit 5,1 Prozent und Flossbach von Storch.", "de",
     {"DWS", "Flossbach von Storch"}),
    ("Größte Aktionäre sind DWS (5,1 Prozent) und Union Investment (4 Prozent).", "de",
     {"DWS", "Union Investment"}),
    ("Hapag-Lloyd's largest shareholders are Vanguard with a 9.8% stake and BlackRock.", "en",
     {"Vanguard", "BlackRock"}),
])
def test_holders_listed_with_their_shares(extractor: Extractor, body: str, lang: str,
                                          holders: set[str]) -> None:
    found = _deals(extractor, body, lang, "Hapag-Lloyd legt zu" if lang == "de" else "Hapag-Lloyd rises")
    assert {s for s, p, o in found if p == "investsIn" and o == "Hapag-Lloyd"} == holders


def test_a_share_before_a_comma_and_a_clause_ends_the_list(extractor: Extractor) -> None:
    # the name after the comma opens a clause of its own: it holds its stake in another company
    found = _deals(extractor, "Größter Aktionär ist DWS mit 5,1 Prozent, Siemens hält 3 Prozent an Bosch.",
                   "de", "Hapag-Lloyd legt zu")
    assert ("DWS", "investsIn", "Hapag-Lloyd") in found
    assert ("Siemens", "investsIn", "Hapag-Lloyd") not in found


def test_a_unit_bought_by_its_parent_stays_its_unit(extractor: Extractor) -> None:
    found = helpers.triples(helpers.run_in(
        extractor, "Die Klagen gehen auf die 2018 übernommene US-Tochter Monsanto zurück.", "de",
        "Bayer legt zu"))
    assert {("Bayer", "acquired", "Monsanto"), ("Monsanto", "subsidiaryOf", "Bayer")} <= found


def test_a_unit_sold_to_another_is_no_unit_of_its_seller(extractor: Extractor) -> None:
    found = helpers.triples(helpers.run_in(extractor, "Siemens verkauft seine Tochter Osram an Bosch.", "de"))
    assert ("Bosch", "acquired", "Osram") in found
    assert ("Osram", "subsidiaryOf", "Siemens") not in found
