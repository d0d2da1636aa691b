"""Hyphened given names in role contexts, and rating words houses print that
look like other words: "in line" as a rating, "overweight-equivalent" as a
likeness of one, "in line with" as a comparison.

Companies and banks are real catalogue entries; people and facts are invented
for the test. Each look-alike checks that a similar form yields nothing, or
not the wrong entity.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def works_for(x: Extraction) -> dict[str, str]:
    return {r.subject: r.object for r in x.relations if r.predicate == "worksFor"}


def persons(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type == "Person"}


def ratings(x: Extraction) -> set[tuple[str, str, str, str | None]]:
    return {(r.by, r.about, r.rating, r.previous) for r in x.ratings}


# --- hyphened given names ------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body", "person"), [
    pytest.param("de", "Carlyle-Deutschlandchef Hans-Jörg Beispiel kündigte neue Werke an.",
                 "Hans-Jörg Beispiel", id="de-compound-title"),
    pytest.param("de", "Vorstandschefin Anne-Marie Muster sagte, Carlyle wachse weiter.",
                 "Anne-Marie Muster", id="de-title-before"),
    pytest.param("de", "Der Finanzchef von Carlyle, Karl-Heinz Probe, tritt zurück.",
                 "Karl-Heinz Probe", id="de-title-of-organisation"),
    pytest.param("en", "Carlyle CEO Jean-Luc Exemple said demand was strong.",
                 "Jean-Luc Exemple", id="en-title-before"),
    pytest.param("en", "Jean-Luc Exemple, Carlyle's chief financial officer, said costs fell.",
                 "Jean-Luc Exemple", id="en-title-after"),
    pytest.param("de", "Finanzchefin Eva Muster-Beispiel sagte, Carlyle spare.",
                 "Eva Muster-Beispiel", id="de-hyphened-surname"),
])
def test_hyphened_names_in_role_contexts_are_persons(extractor: Extractor, lang: str, body: str,
                                                     person: str) -> None:
    x = run(extractor, body, lang=lang, headline="Carlyle")
    assert works_for(x).get(person) == "Carlyle Group"


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # a hyphened place after a person is no part of the person
    pytest.param("de", "Siemens-Chef Tom Beispiel lobte die Baden-Württemberg Bank.",
                 {"Tom Beispiel"}, id="de-hyphened-place-after"),
    # a hyphened company name after a title is no person
    pytest.param("en", "Analyst Coca-Cola Europacific Partners said nothing.", set(),
                 id="en-hyphened-company-after-title"),
])
def test_hyphened_names_that_are_no_persons(extractor: Extractor, lang: str, body: str,
                                            expected: set[str]) -> None:
    assert persons(run(extractor, body, lang=lang, headline="Siemens")) == expected


# --- rating words --------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Evercore ISI lowered its price target on Starbucks to $80 while keeping an "
                 "in line rating.", {("Evercore ISI", "Starbucks", "in line", None)},
                 id="in-line-before-rating-noun"),
    pytest.param("Evercore ISI downgraded Starbucks to in line from outperform.",
                 {("Evercore ISI", "Starbucks", "in line", "outperform")}, id="in-line-bare"),
    pytest.param("Evercore ISI kept Starbucks at in-line.",
                 {("Evercore ISI", "Starbucks", "in-line", None)}, id="in-line-hyphened"),
])
def test_in_line_is_a_rating(extractor: Extractor, body: str,
                             expected: set[tuple[str, str, str, str | None]]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Starbucks")) == expected


@pytest.mark.parametrize("body", [
    pytest.param("UBS lowered its forecast for Starbucks to in line with the consensus.",
                 id="in-line-with-comparison"),
    pytest.param("Starbucks results came in line with estimates, UBS said.", id="results-in-line"),
    pytest.param("Goldman Sachs and JPMorgan both reiterated overweight-equivalent views on "
                 "Starbucks.", id="overweight-equivalent"),
    pytest.param("UBS kept a buy-like stance on Starbucks.", id="buy-like"),
])
def test_rating_likenesses_and_comparisons_yield_no_rating(extractor: Extractor, body: str) -> None:
    assert not run(extractor, body, lang="en", headline="Starbucks").ratings


# --- a publisher or an unknown name giving the recommendation ------------------------------

@pytest.mark.parametrize(("lang", "headline", "body"), [
    pytest.param("de", "Siemens", "Die UBS hob das Kursziel für Siemens auf 150 Euro. Die Empfehlung "
                 "von DER AKTIONÄR lautet 'Kaufen'.", id="de-publisher-in-capitals"),
    pytest.param("de", "Siemens", "Die UBS hob das Kursziel für Siemens auf 150 Euro. Die Empfehlung "
                 "von Der Aktionär lautet 'Kaufen'.", id="de-publisher-in-catalogue"),
    pytest.param("de", "Siemens", "Jefferies senkte das Ziel für Siemens. Das Votum von MUSTER "
                 "INVEST bleibt 'Halten'.", id="de-unknown-name-in-capitals"),
    pytest.param("en", "Nvidia", "UBS raised its price target on Nvidia to $200. The recommendation "
                 "from THE STOCK CORNER is 'buy'.", id="en-publisher-in-capitals"),
])
def test_recommendation_of_a_named_non_institution_goes_to_no_earlier_house(
        extractor: Extractor, lang: str, headline: str, body: str) -> None:
    assert not run(extractor, body, lang=lang, headline=headline).ratings


@pytest.mark.parametrize(("body", "expected"), [
    # the house's analysts in words, or the house itself, still give it
    pytest.param("Die UBS hob das Kursziel für Siemens auf 150 Euro. Die Empfehlung der Analysten "
                 "lautet 'Kaufen'.", {("UBS", "Siemens", "Kaufen", None)}, id="analysts-in-words"),
    pytest.param("Die UBS hob das Kursziel für Siemens auf 150 Euro. Die Empfehlung der UBS "
                 "lautet 'Kaufen'.", {("UBS", "Siemens", "Kaufen", None)}, id="house-named-again"),
])
def test_recommendation_of_the_house_itself_keeps_it(extractor: Extractor, body: str,
                                                      expected: set[tuple[str, str, str, str | None]]
                                                      ) -> None:
    assert ratings(run(extractor, body, lang="de", headline="Siemens")) == expected


# --- a partner or rival named once beside the article's subject ----------------------------

def figures(x: Extraction) -> set[tuple[str, str]]:
    return {(f.about, f.metric) for f in x.figures}


def test_partner_named_once_beside_the_subject_takes_no_figure_of_a_nameless_clause(
        extractor: Extractor) -> None:
    body = ("XPeng showed a new driving model on Monday. Volkswagen, which owns about 5% of XPeng, "
            "will also use the model in its cars. The announcement came after solid numbers. "
            "Revenue rose 102% to 20.4 billion yuan.")
    x = run(extractor, body, lang="en", headline="XPeng shows new driving model")
    assert not {about for about, _ in figures(x)} & {"Volkswagen"}


@pytest.mark.parametrize("body", [
    # named without the article's subject: the passage is about it
    pytest.param("XPeng showed a new driving model on Monday. Volkswagen reported results on "
                 "Tuesday. Revenue rose 4% to 80 billion euros.", id="named-alone"),
    # named beside the subject, then again on its own: the passage moved on to it
    pytest.param("XPeng showed a new driving model on Monday. Volkswagen, a partner of XPeng, "
                 "reported results on Tuesday. Volkswagen raised its outlook. Revenue rose 4% to "
                 "80 billion euros.", id="named-again"),
])
def test_other_company_the_passage_is_about_keeps_its_figures(extractor: Extractor,
                                                               body: str) -> None:
    x = run(extractor, body, lang="en", headline="XPeng shows new driving model")
    assert figures(x) == {("Volkswagen", "RevenueGrowth"), ("Volkswagen", "Revenue")}


# --- an unknown company right after the verb of rating takes the rating from no one ------

@pytest.mark.parametrize(("body", "expected"), [
    # "Target", a word and the short name of Target Corporation, in a rating frame is the company
    ("Goldman Sachs upgraded Intel to neutral. Bank of America cut Target to underperform.",
     {("Goldman Sachs", "Intel"), ("Bank of America", "Target Corporation")}),
    ("Goldman Sachs upgraded Intel to neutral. Bank of America downgraded Acme Widgets to "
     "underperform from neutral.", {("Goldman Sachs", "Intel")}),
])
def test_an_unknown_company_after_the_verb_is_rated_not_the_one_before(
        extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    x = run(extractor, body, lang="en", headline="Analyst actions on Thursday")
    assert {(r.by, r.about) for r in x.ratings} == expected


def test_a_rating_without_a_name_after_the_verb_still_goes_to_the_article_company(
        extractor: Extractor) -> None:
    # look-alike: "moved the stock to" names no company; the article's company is rated
    x = run(extractor, "Intel reported higher revenue. Bank of America moved the stock to "
                       "buy from neutral.", lang="en", headline="Intel shares jump")
    assert {(r.by, r.about, r.rating) for r in x.ratings} == {("Bank of America", "Intel", "buy")}
