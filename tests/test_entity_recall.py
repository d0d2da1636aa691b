"""Entity recall beyond plain catalogue names, on sentences written for these
tests: exchange codes, hyphen-joined compounds, developer compounds that name
the developer, discovery from case-inflected descriptive nouns and from a role
of an organisation or place; and sentences where discovery must not fire."""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer


def labels(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.surface) for m in gazetteer.find(text)]


def entity_types(extractor: Extractor, body: str, lang: str = "de") -> dict[str, str]:
    return {e.label: e.type for e in run(extractor, body, lang=lang).entities}


# --- the matcher --------------------------------------------------------------

@pytest.mark.parametrize(("text", "exchange", "code"), [
    ("Die Aktie von Tencent (HK:0700) gab nach.", "Hong Kong Stock Exchange", "HK"),
    ("Shares of Microsoft (NASDAQ: MSFT) rose.", "Nasdaq", "NASDAQ"),
    ("Alibaba (NYSE:BABA) legte zu.", "New York Stock Exchange", "NYSE"),
], ids=["hk", "nasdaq", "nyse"])
def test_exchange_code_before_ticker_names_the_exchange(gazetteer: Gazetteer, text: str,
                                                       exchange: str, code: str) -> None:
    assert (exchange, code) in labels(gazetteer, text)


def test_code_of_two_exchanges_names_none(gazetteer: Gazetteer) -> None:
    """"TSE" is Tokyo's and Toronto's code: the ticker still counts, no exchange."""
    found = gazetteer.find("Toyota (TSE: 7203) stieg.")
    assert not [m for m in found if m.type == "StockExchange"]


def test_code_without_ticker_is_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Die Messe HK: Besucherzahlen stiegen.") == []


@pytest.mark.parametrize(("text", "label", "surface"), [
    ("Die Deutsche-Bank-Aktie fiel um 2 Prozent.", "Deutsche Bank", "Deutsche-Bank"),
    ("Ein Goldman-Sachs-Analyst hob das Ziel an.", "Goldman Sachs", "Goldman-Sachs"),
    ("Die PlayStation-Plus-Abonnenten wurden mehr.", "PlayStation Plus", "PlayStation-Plus"),
], ids=["Deutsche-Bank-Aktie", "Goldman-Sachs-Analyst", "PlayStation-Plus-Abonnenten"])
def test_multi_word_name_joined_by_hyphens(gazetteer: Gazetteer, text: str, label: str,
                                           surface: str) -> None:
    assert (label, surface) in labels(gazetteer, text)


def test_hyphen_joined_place_is_no_place(gazetteer: Gazetteer) -> None:
    """A place's compounds are adjectives and currencies, joined or not."""
    assert not [m for m in gazetteer.find("Die Hong-Kong-Dollar-Anleihe lief aus.")
                if m.type == "Place"]


def test_developer_compound_before_the_developer_keeps_the_product(
        extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Der ChatGPT-Entwickler OpenAI sammelte Geld ein.")
    assert kinds.get("ChatGPT") == "AIModel"
    assert kinds.get("OpenAI") == "Company"


def test_parent_compound_before_the_parent_is_the_parent(extractor: Extractor) -> None:
    """"der Temu-Mutterkonzern PDD Holdings": the unit is named only as part of
    the phrase, so the profit that follows is the parent's."""
    x = run(extractor, "Der Temu-Mutterkonzern PDD Holdings steigerte den Gewinn um 12 Prozent.")
    assert {(f.about, f.metric) for f in x.figures} == {("PDD Holdings", "ProfitGrowth")}


def test_developer_compound_alone_still_means_the_developer(extractor: Extractor) -> None:
    """The compound names the developer, and the product it is named for."""
    kinds = entity_types(extractor, "Der ChatGPT-Entwickler sammelte Geld ein.")
    assert kinds.get("OpenAI") == "Company"
    assert kinds.get("ChatGPT") == "AIModel"


# --- discovery ----------------------------------------------------------------

def test_genitive_descriptive_noun_discovers_company(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Die Züge des spanischen Herstellers Velarda kommen 2027.")
    assert kinds.get("Velarda") == "Company"


@pytest.mark.parametrize(("body", "lang", "person"), [
    ("Der Finanzminister von Niedersachsen, Greta Lindqvist, kritisierte die Pläne.", "de",
     "Greta Lindqvist"),
    ("Die Chefin von Brandtwerk, Jana Oberholz, bestätigte die Prognose.", "de", "Jana Oberholz"),
    ("The chief executive of Orbis Labs, Tom Alderley, said demand was strong.", "en",
     "Tom Alderley"),
], ids=["minister-von", "chefin-von", "chief-executive-of"])
def test_role_of_organisation_or_place_before_name(extractor: Extractor, body: str, lang: str,
                                                   person: str) -> None:
    assert entity_types(extractor, body, lang).get(person) == "Person"


@pytest.mark.parametrize(("body", "lang", "product"), [
    ("Der Verlag brachte das Spiel „Sternenfall Chronik“ heraus.", "de", "Sternenfall Chronik"),
    ("Die App Nebelpost zählt drei Millionen Nutzer.", "de", "Nebelpost"),
    ("The app Lumora reached five million users.", "en", "Lumora"),
], ids=["spiel-quoted", "app-de", "app-en"])
def test_product_noun_before_name_discovers_product(extractor: Extractor, body: str, lang: str,
                                                    product: str) -> None:
    assert entity_types(extractor, body, lang).get(product) == "Product"


def test_initials_match_with_or_without_space(gazetteer: Gazetteer) -> None:
    """A catalogue name with spaced initials is found printed without them."""
    found = labels(gazetteer, "Die Kette J.C. Penney und J. C. Penney schlossen Filialen.")
    assert [label for label, _ in found] == ["JCPenney", "JCPenney"]


def test_age_in_brackets_after_name_discovers_persons(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Bei Brandtwerk geht Jana Oberholz (61) in Rente, "
                                    "Nachfolger wird Tom Alderley (48).")
    assert kinds.get("Jana Oberholz") == "Person"
    assert kinds.get("Tom Alderley") == "Person"


# Sentences with the cue words of the rules above where nothing new is named.
NO_DISCOVERY = [
    ("Analysten trauen dem Konkurrenten Marktanteile zu.", "de"),
    ("Die Zahlen des Konzerns Ende Juli überzeugten die Anleger.", "de"),
    ("Die Aktie des Herstellers Anfang März fiel deutlich.", "de"),
    ("Der Chef von Brandtwerk, der seit Jahren amtiert, bleibt.", "de"),
    ("Der Finanzminister von Bayern, sagte der Sprecher, sei zufrieden.", "de"),
    ("The head of sales at the company, according to reports, resigned.", "en"),
    ("Der Index Neue Werte (12) und die Liste Kleine Titel (7) wurden ergänzt.", "de"),
    ("Das Team Nord West (105) gewann.", "de"),
    ("Das Spiel Ende März war ausverkauft.", "de"),
    ("The game was a hit, and the app is free.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), NO_DISCOVERY, ids=range(len(NO_DISCOVERY)))
def test_cue_words_without_a_new_name_discover_nothing(extractor: Extractor, body: str,
                                                       lang: str) -> None:
    found = [e for e in run(extractor, body, lang=lang).entities
             if e.evidence.extractor.startswith("discovery")]
    assert found == []
