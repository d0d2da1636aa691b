"""People and their posts: a title with no employer after a cited source ("Laut Reuters",
"according to Reuters") goes to the passage's company, never to the source; an analyst named
with the house's noun between ("X vom Analysehaus Jefferies", "X of investment bank
Jefferies") or as the head of its team ("Die Analysten der DZ Bank um X") works for the
house."""

from __future__ import annotations

import pytest
from helpers import employers, posts

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("body", "lang"), [
    ("BASF hat am Dienstag Zahlen vorgelegt. Laut Reuters sagte Finanzchefin Anna Keller, "
     "man sei zufrieden.", "de"),
    ("BASF hat am Dienstag Zahlen vorgelegt. Wie Reuters berichtet, sagte Finanzchefin Anna Keller, "
     "man sei zufrieden.", "de"),
    ("BASF reported results on Tuesday. According to Reuters, chief financial officer Anna Keller "
     "said demand was solid.", "en"),
])
def test_a_cited_source_leaves_the_title_to_the_passage_company(extractor: Extractor, body: str,
                                                                lang: str) -> None:
    assert employers(extractor, body, lang) == {("Anna Keller", "BASF")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Laut Reuters sagte Finanzchefin Anna Keller, man sei zufrieden.", "de"),
    ("According to Reuters, chief financial officer Anna Keller said demand was solid.", "en"),
])
def test_a_source_alone_employs_no_one(extractor: Extractor, body: str, lang: str) -> None:
    # no company but the source: the title's employer is not told
    assert not employers(extractor, body, lang)


@pytest.mark.parametrize(("body", "lang"), [
    # the company's own title before the name still names it, after a cited source too
    ("BASF hat am Dienstag Zahlen vorgelegt. Laut Bayer-Chef Bill Anderson sei man zufrieden.", "de"),
    ("BASF reported results on Tuesday. According to Bayer CEO Bill Anderson, demand was solid.", "en"),
])
def test_a_title_owned_after_a_cited_lead_in_keeps_its_owner(extractor: Extractor, body: str,
                                                             lang: str) -> None:
    assert employers(extractor, body, lang) == {("Bill Anderson", "Bayer")}


@pytest.mark.parametrize(("body", "lang"), [
    ("BASF hat Zahlen vorgelegt. Markus Weber vom Analysehaus Jefferies sieht Potenzial.", "de"),
    ("BASF hat Zahlen vorgelegt. Markus Weber von der US-Investmentbank Jefferies sieht Potenzial.", "de"),
    ("BASF reported results. Mark Weber of investment bank Jefferies sees upside.", "en"),
    ("BASF reported results. Mark Weber at brokerage Jefferies sees upside.", "en"),
    # the title after the name, then its linker and the house's noun
    ("BASF hat Zahlen vorgelegt. Markus Weber, Analyst beim Analysehaus Jefferies, sieht Potenzial.", "de"),
    ("BASF hat Zahlen vorgelegt. Markus Weber, Analyst bei der Investmentbank Jefferies, sieht Potenzial.", "de"),
    ("BASF reported results. Mark Weber, an analyst at investment bank Jefferies, sees upside.", "en"),
])
def test_an_analyst_named_with_the_house_noun_works_for_the_house(extractor: Extractor, body: str,
                                                                  lang: str) -> None:
    found = employers(extractor, body, lang)
    assert {employer for _person, employer in found} == {"Jefferies"}
    assert len(found) == 1


@pytest.mark.parametrize(("body", "lang"), [
    # a company's noun is no house's: the person may come from it or speak of it
    ("BASF hat Zahlen vorgelegt. Markus Weber vom Chemiekonzern Bayer sieht Potenzial.", "de"),
    ("BASF hat Zahlen vorgelegt. Markus Weber, Analyst beim Chemiekonzern Bayer, sieht Potenzial.", "de"),
    # no person before the house's noun
    ("BASF hat Zahlen vorgelegt. Neue Studie vom Analysehaus Jefferies sieht Potenzial.", "de"),
    ("BASF reported results. A new study from brokerage Jefferies sees upside.", "en"),
])
def test_no_house_employer_without_a_house_and_a_person(extractor: Extractor, body: str, lang: str) -> None:
    assert not employers(extractor, body, lang)


@pytest.mark.parametrize("body", [
    "BASF hat Zahlen vorgelegt. Die Analysten der DZ Bank um Markus Weber sehen Potenzial.",
    "BASF hat Zahlen vorgelegt. Die Experten von der DZ Bank um Markus Weber sehen Potenzial.",
])
def test_the_head_of_a_house_team_works_for_the_house(extractor: Extractor, body: str) -> None:
    assert posts(extractor, body, "de", "Markus Weber").keys() == {"DZ Bank"}


@pytest.mark.parametrize("body", [
    # the shareholders around a name own, they are no team of the house
    "BASF hat Zahlen vorgelegt. Die Aktionäre der DZ Bank um Markus Weber sehen Potenzial.",
    # a team of a company, not of a house
    "BASF hat Zahlen vorgelegt. Die Experten von Bayer um Markus Weber sehen Potenzial.",
])
def test_no_team_head_without_a_house_team(extractor: Extractor, body: str) -> None:
    assert not posts(extractor, body, "de", "Markus Weber")


@pytest.mark.parametrize(("body", "lang", "former"), [
    ("BASF hat Zahlen vorgelegt. Die neue Finanzchefin Anna Keller folgt auf Vorgänger Markus Weber.",
     "de", "Markus Weber"),
    ("BASF reported results on Tuesday. The former CEO Mark Weber had failed, "
     "finance chief Anna Keller said.", "en", "Mark Weber"),
])
def test_the_predecessor_holds_no_post(extractor: Extractor, body: str, lang: str, former: str) -> None:
    found = employers(extractor, body, lang)
    assert ("Anna Keller", "BASF") in found
    assert not any(person == former for person, _employer in found)


@pytest.mark.parametrize(("body", "lang", "given"), [
    ("BASF named Anna Keller, previously head of strategy at Bayer, as its new chief financial officer.",
     "en", {"BASF"}),
    ("BASF named Anna Keller, 52, as its new chief financial officer.", "en", {"BASF"}),
    # a post held now or so far in the apposition is the other company's, beside the one given
    ("BASF named Anna Keller, currently finance chief at Bayer, as its new chief financial officer.",
     "en", {"BASF", "Bayer"}),
    ("BASF beruft Anna Keller, bislang Finanzchefin bei Bayer, zur neuen Vorstandschefin.", "de",
     {"BASF", "Bayer"}),
])
def test_an_appointment_past_an_apposition_gives_the_appointer_s_post(extractor: Extractor, body: str,
                                                                      lang: str, given: set[str]) -> None:
    assert posts(extractor, body, lang, "Anna Keller").keys() == given


@pytest.mark.parametrize(("body", "lang", "held"), [
    # no title given after the apposition: no post at the appointing company
    ("BASF named Anna Keller, chief financial officer of Bayer, to its board.", "en", {"Bayer"}),
    ("BASF hired Anna Keller, the Bayer veteran, and Mark Weber as advisers.", "en", set()),
    # no appointing verb before the name: the apposition's post alone
    ("Anna Keller, bislang Finanzchefin bei Bayer, sprach mit BASF über eine neue Aufgabe.", "de", {"Bayer"}),
])
def test_no_appointer_s_post_without_an_appointment(extractor: Extractor, body: str, lang: str,
                                                    held: set[str]) -> None:
    assert posts(extractor, body, lang, "Anna Keller").keys() == held
