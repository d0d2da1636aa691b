"""Entity recall beyond plain catalogue names, on sentences written for these
tests: exchange codes, hyphen-joined compounds, developer compounds that name
the developer, discovery from case-inflected descriptive nouns and from a role
of an organisation or place, persons by employer and given name, analysts'
employers, foundations, drugs and lists of them, units by their short name,
short names of legal-form companies in compounds; and sentences where
discovery must not fire."""

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


def test_code_of_two_exchanges_names_the_one_the_ticker_trades_on(gazetteer: Gazetteer) -> None:
    """"TSE" is Tokyo's and Toronto's code: the ticker's catalogued company, listed in
    Tokyo, decides; the ticker still counts."""
    assert ("Tokyo Stock Exchange", "TSE") in labels(gazetteer, "Toyota (TSE: 7203) stieg.")
    assert ("Toyota Motor", "7203") in labels(gazetteer, "Toyota (TSE: 7203) stieg.")


def test_code_of_two_exchanges_names_none_the_ticker_is_not_listed_on(gazetteer: Gazetteer) -> None:
    """SAP is listed in Frankfurt and New York: "TSE" before its ticker names neither."""
    found = gazetteer.find("SAP (TSE: SAP) stieg.")
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
    # German capitalises nouns: a drug noun's name counts only in quotes
    ("Das Medikament Patienten zugänglich zu machen, dauert Jahre.", "de"),
    # an employer or possessor before two capitalised words that start with no given name
    ("Apple's Nova Sparkle sold well.", "en"),
    ("Die Zahlen von Nordwind Logistik von Siemens überraschten.", "de"),
    # a name printed once, with no role, no employer and no later surname
    ("Laura Finch Park opened downtown.", "en"),
    # a catalogued name after the cue of an analyst's employer is no new institution
    ("Analysts at Wall Street expect more.", "en"),
    # a unit noun opens no organisation's name
    ("Die Segmente Materials und Chemicals schwächelten.", "de"),
    # an article-less noun after a preposition, its plural or an ordinary word after it
    ("Im Streit mit Konkurrenten Nord und Süd gab es keine Einigung.", "de"),
    ("Der Umsatz bei Tochter Ende Juni sank.", "de"),
]


@pytest.mark.parametrize(("body", "lang"), NO_DISCOVERY, ids=range(len(NO_DISCOVERY)))
def test_cue_words_without_a_new_name_discover_nothing(extractor: Extractor, body: str,
                                                       lang: str) -> None:
    found = [e for e in run(extractor, body, lang=lang).entities
             if e.evidence.extractor.startswith("discovery")]
    assert found == []


# --- rules added for real news: employers, given names, units, drugs --------------

def test_abbreviation_in_brackets_is_no_ticker(gazetteer: Gazetteer) -> None:
    """"(AI)" after the words it abbreviates is no ticker of Air Liquide; after
    the company's name it is."""
    assert labels(gazetteer, "Shares rose on artificial intelligence (AI) demand.") == []
    assert labels(gazetteer, "Shares of Air Liquide (AI) rose.") == [
        ("Air Liquide", "Air Liquide"), ("Air Liquide", "AI")]


def test_full_name_after_role_displaces_surname_match(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Sie übernahm das Amt von Vorgänger Tobias Powell, der in "
                                    "den Ruhestand ging. Powell bleibt Berater.")
    assert kinds.get("Tobias Powell") == "Person"
    assert "Jerome Powell" not in kinds


def test_surname_alone_still_means_the_catalogued_person(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Notenbankchef Powell sagte, die Zinsen blieben hoch.")
    assert kinds.get("Jerome Powell") == "Person"


@pytest.mark.parametrize(("body", "lang", "person"), [
    ("Laura Finch at Morgan Stanley raised her target.", "en", "Laura Finch"),
    ("Geführt wird das Werk von Carsten Weidlich von Volkswagen.", "de", "Carsten Weidlich"),
    ("Wedbush's Daniel Morrow went further.", "en", "Daniel Morrow"),
    ("Laura Finch said demand was strong.", "en", "Laura Finch"),
    ("Laura Finch leads the team. Finch expects more.", "en", "Laura Finch"),
    ("Laura Finch, an analyst at Quellmark, expects more.", "en", "Laura Finch"),
    ("Judge Amara Okafor ruled against the merger.", "en", "Amara Okafor"),
], ids=["at-employer", "von-employer", "possessor", "speaker-first", "named-again",
        "role-after-with-article", "judge"])
def test_person_by_employer_given_name_or_role(extractor: Extractor, body: str, lang: str,
                                               person: str) -> None:
    assert entity_types(extractor, body, lang).get(person) == "Person"


@pytest.mark.parametrize(("body", "lang", "name", "kind"), [
    ("A senior analyst at Quellmark breaks down the deal.", "en", "Quellmark",
     "FinancialInstitution"),
    ("The nonprofit Nordlicht Foundation oversees the fund.", "en", "Nordlicht Foundation",
     "Organization"),
    ("The nonprofit OpenAI Foundation keeps control of the company.", "en", "OpenAI Foundation",
     "Organization"),
    ("Der Patentschutz für den Blutverdünner „Cardiolin“ endet 2027.", "de", "Cardiolin",
     "Product"),
    ("Die Rally bei der Tochter Arm trieb den Kurs.", "de", "Arm Holdings", "Company"),
    ("Der Druck von Rivale Nordwerk wächst.", "de", "Nordwerk", "Company"),
], ids=["analyst-employer", "foundation", "foundation-of-catalogued", "drug-quoted",
        "subsidiary-catalogued-with-legal-form", "rival-without-article"])
def test_organisation_or_product_by_cue(extractor: Extractor, body: str, lang: str, name: str,
                                        kind: str) -> None:
    assert entity_types(extractor, body, lang).get(name) == kind


@pytest.mark.parametrize(("body", "lang"), [
    ("Der Markt unterschätzt die Krebsmedikamente „Velomab“ und Trexolin-12.", "de"),
    ("Analysts like the drugs Velomab and Trexolin-12.", "en"),
], ids=["de", "en"])
def test_names_joined_to_a_list_noun(extractor: Extractor, body: str, lang: str) -> None:
    kinds = entity_types(extractor, body, lang)
    assert kinds.get("Velomab") == "Product"
    assert kinds.get("Trexolin-12") == "Product"


def test_unit_short_name_needs_the_parent(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "BASF litt unter schwachen Segmenten Materials und Chemicals.")
    assert kinds.get("BASF Materials") == "BusinessUnit"
    assert kinds.get("BASF Chemicals") == "BusinessUnit"
    assert "BASF Materials" not in entity_types(extractor, "Die Segmente Materials schwächelten.")


def test_unit_short_name_of_two_words_is_no_speaker(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Nvidia said Data Center revenue rose 73%.", "en")
    assert kinds.get("Nvidia Data Center") == "BusinessUnit"
    assert "Data Center" not in kinds


def test_short_name_of_legal_form_company_in_compound(extractor: Extractor) -> None:
    """"Puma SE" keeps its legal form as "Puma" is an ordinary word; a
    compound with a job or share word still names the company."""
    assert entity_types(extractor, "Der frühere Puma-Chef wechselt zu Adidas.").get("Puma SE") \
        == "Company"
    assert entity_types(extractor, "Ein neues Puma-Gehege öffnet im Zoo.") == {}


@pytest.mark.parametrize(("text", "label"), [
    ("Deutsche Boerse made an offer.", "Deutsche Börse"),
    ("Deutsche Borse made an offer.", "Deutsche Börse"),
    ("Societe Generale cut its target.", "Société Générale"),
], ids=["umlaut-as-oe", "umlaut-dropped", "accents-dropped"])
def test_name_printed_without_diacritics(gazetteer: Gazetteer, text: str, label: str) -> None:
    assert [found for found, _ in labels(gazetteer, text)] == [label]


def test_ordinary_compound_is_no_short_name(extractor: Extractor) -> None:
    """"Software AG" keeps its legal form; "Software-Konzern" is any software
    maker, not that company."""
    assert "Software AG" not in entity_types(extractor, "Der Software-Konzern hob die Prognose an.")


def test_given_name_after_a_sentence_word_and_repeated_surname(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Laut Laura Finch bleibt die Nachfrage hoch. Finch erwartet mehr.")
    assert kinds.get("Laura Finch") == "Person"


def test_repeated_surname_that_names_a_company_is_no_person(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Tom Adidas eröffnete den Laden. Adidas legte zu.")
    assert "Tom Adidas" not in kinds
