"""Discovery of entities the catalogue does not know from cues that hold in
any article, on sentences written for these tests: business units beside a
unit noun, companies by an industry word ending their name, products by what
the text says they are or by a code-like name, cities after a seat cue; and
look-alikes where nothing may be found (a market segment, a nationality
adjective, a title-case headline, a noun after "aus", a period code)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run, triples

from kg.errors import OntologyError
from kg.nlp.discovery import city_names
from kg.nlp.extract import Extractor


def entity_types(extractor: Extractor, body: str, lang: str = "de",
                 headline: str = "Marktbericht") -> dict[str, str]:
    return {e.label: e.type for e in run(extractor, body, lang=lang, headline=headline).entities}


# --- business units -------------------------------------------------------------

@pytest.mark.parametrize(("body", "unit"), [
    ("Siemens legte Zahlen vor. Im Segment Heavy Lifting & Logistics stieg der Umsatz um "
     "4 Prozent.", "Heavy Lifting & Logistics"),
    ("Siemens legte Zahlen vor. Die Sparte Smart Grid Services, in der das Netzgeschäft "
     "steckt, wuchs um 3 Prozent.", "Smart Grid Services"),
    ("Siemens legte Zahlen vor. Die Sparte Bahntechnik wuchs um 3 Prozent.", "Bahntechnik"),
], ids=["segment", "sparte-comma", "sparte-one-word"])
def test_german_unit_noun_names_a_unit_of_the_company(extractor: Extractor, body: str,
                                                      unit: str) -> None:
    x = run(extractor, body)
    assert {e.label: e.type for e in x.entities}.get(unit) == "BusinessUnit"
    assert (unit, "subsidiaryOf", "Siemens") in triples(x)


def test_plural_unit_noun_names_each_joined_unit(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Bei Siemens wuchsen die Sparten Grid Software und "
                                    "Digital Health kräftig.")
    assert kinds.get("Grid Software") == kinds.get("Digital Health") == "BusinessUnit"


def test_market_segment_of_one_word_is_no_unit(extractor: Extractor) -> None:
    """"Segment" also names a market: one word after it is no unit."""
    kinds = entity_types(extractor, "Im Segment Elektroautos gewann Volkswagen Marktanteile.")
    assert "Elektroautos" not in kinds


def test_english_unit_before_its_noun(extractor: Extractor) -> None:
    x = run(extractor, "Unilever said the head of its Home Comfort & Care division will retire.",
            lang="en", headline="Markets")
    assert {e.label: e.type for e in x.entities}.get("Home Comfort & Care") == "BusinessUnit"
    assert ("Home Comfort & Care", "subsidiaryOf", "Unilever") in triples(x)


def test_unit_of_a_bank_the_headline_names_is_the_banks(extractor: Extractor) -> None:
    """A results article about a bank names its divisions without the bank in
    their sentence; a company credited once elsewhere does not own them, and a
    bank that only rates the article's company owns none either."""
    x = run(extractor, "Goldman Sachs posted higher profit, based on a survey of analysts by "
                       "LSEG. Goldman Sachs said fees rose. Revenue in the Global Banking & "
                       "Markets division rose 31%.",
            lang="en", headline="Goldman Sachs beats estimates")
    assert ("Global Banking & Markets", "subsidiaryOf", "Goldman Sachs") in triples(x)
    y = run(extractor, "Siemens legte Zahlen vor. Die Deutsche Bank bestätigte ihr Votum. Die "
                       "Deutsche Bank sieht Siemens vorn. Im Segment Heavy Lifting & Logistics "
                       "stieg der Umsatz um 4 Prozent.", headline="Siemens legt zu")
    assert ("Heavy Lifting & Logistics", "subsidiaryOf", "Siemens") in triples(y)


def test_english_adjective_before_unit_noun_is_no_unit(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Unilever said its German unit and its European division "
                                    "grew.", lang="en", headline="Markets")
    assert not {k for k, t in kinds.items() if t == "BusinessUnit"}


def test_unit_opening_with_the_company_name_and_its_sibling(extractor: Extractor) -> None:
    """"die Sparte Siemens Rail": the company's unit; "Siemens Motion" beside it is another."""
    x = run(extractor, "Vor allem die Sparte Siemens Rail litt, während Siemens Motion stabil "
                       "blieb.")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Siemens Rail") == kinds.get("Siemens Motion") == "BusinessUnit"
    assert {("Siemens Rail", "subsidiaryOf", "Siemens"),
            ("Siemens Motion", "subsidiaryOf", "Siemens")} <= triples(x)


def test_unit_without_company_in_its_sentence_is_the_most_named_ones(
        extractor: Extractor) -> None:
    """A subsidiary named in passing does not own the unit; the company the
    article is about does."""
    x = run(extractor, "Talanx steigerte den Gewinn. Talanx hob die Prognose an. Die Tochter "
                       "Hannover Rück meldete Zahlen. Die Sparte Private Clients wuchs um 5 Prozent.",
            headline="Talanx hebt Prognose an")
    assert ("Private Clients", "subsidiaryOf", "Talanx") in triples(x)
    assert ("Private Clients", "subsidiaryOf", "Hannover Re") not in triples(x)


# --- companies ------------------------------------------------------------------

def test_industry_word_ending_a_name_after_a_place_compound(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Shares of Shenzhen-based Orvita Robotics rose on Monday.",
                         lang="en", headline="Markets")
    assert kinds.get("Orvita Robotics") == "Company"


def test_title_case_headline_names_no_company(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Shares rose on Monday.", lang="en",
                         headline="Is This Chinese Robotics Stock a Buy After Its Debut?")
    assert not [k for k in kinds if "Robotics" in k]


@pytest.mark.parametrize(("body", "name", "kind"), [
    ("Der Zulieferer wurde 2023 vom Finanzinvestor Velmora übernommen.", "Velmora",
     "FinancialInstitution"),
    ("In der Sparte automatisiert die US-Tochter Velmora Lagerhallen.", "Velmora", "Company"),
], ids=["vom-finanzinvestor", "us-tochter"])
def test_german_apposition_after_contraction_and_compound(extractor: Extractor, body: str,
                                                          name: str, kind: str) -> None:
    """After "die US-Tochter X" only X: the next capitalised word is a noun."""
    kinds = entity_types(extractor, body)
    assert kinds.get(name) == kind
    assert "Velmora Lagerhallen" not in kinds


def test_bare_rival_with_adjective(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Sales suffered from local rival Brewtopia Cafe, which "
                                    "opened 300 stores.", lang="en", headline="Markets")
    assert kinds.get("Brewtopia Cafe") == "Company"


# --- products -------------------------------------------------------------------

@pytest.mark.parametrize(("body", "name"), [
    ("Sanofi said its lead drug candidate, ZX-410, is in late-stage trials.", "ZX-410"),
    ("The car runs on Pegasus, an AI chip the company designs itself.", "Pegasus"),
    ("Trials start with Roadly, the navigation app of Alibaba Group.", "Roadly"),
    ("Orvita Robotics sells its Kestrel K5 humanoid to carmakers.", "Kestrel K5"),
    ("Siemens sold 2 million vehicles, led by the Corva X5 sport utility vehicle.", "Corva X5"),
    ("Siemens sells the Vector VX90 graphics processors to cloud firms.", "Vector VX90"),
], ids=["drug-candidate-comma", "described-chip", "described-app", "coded-humanoid",
        "coded-vehicle", "coded-graphics-processors"])
def test_products_by_what_they_are(extractor: Extractor, body: str, name: str) -> None:
    assert entity_types(extractor, body, lang="en", headline="Markets").get(name) == "Product"


@pytest.mark.parametrize("body", [
    "However, the app lost users in March.",
    "Apple said the Chinese smartphone market shrank and its Q3 chip sales rose.",
    "Apple said, the company's chip sales rose.",
    "Apple sold the 2026 sport utility vehicle and the Q3 accelerators.",
], ids=["sentence-opening", "adjective-and-period", "comma-before-company-noun",
        "year-and-period-before-vehicle"])
def test_product_look_alikes_yield_nothing(extractor: Extractor, body: str) -> None:
    kinds = entity_types(extractor, body, lang="en", headline="Markets")
    assert not {k for k, t in kinds.items() if t in ("Product", "AIModel")}


def test_brand_and_its_maker_compound(extractor: Extractor) -> None:
    """"der Hautpflegemarke Velora" names a product; "der Velora-Hersteller"
    stays a phrase of its maker, not a mention of the product."""
    x = run(extractor, "Das Wachstum der Hautpflegemarke Velora lässt nach. Beiersdorf, der "
                       "Velora-Hersteller, senkte die Prognose.")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Velora") == "Product"
    assert kinds.get("Beiersdorf") == "Company"


# --- places ---------------------------------------------------------------------

@pytest.mark.parametrize(("body", "lang", "city"), [
    ("Die Voltavia AG aus Hameln senkte die Prognose.", "de", "Hameln"),
    ("The Spokane, Washington-based company cut its forecast.", "en", "Spokane"),
    ("The company is headquartered in Spokane and employs 900 people.", "en", "Spokane"),
    ("Der Radarspezialist aus Herzogenrath bei Aachen meldete einen Großauftrag.", "de",
     "Herzogenrath"),
    ("Der Umsatz stieg um 4 Prozent, wie Siemens am Mittwoch in Erkrath mitteilte.", "de", "Erkrath"),
    ("Das teilte Siemens am Montag in Erkrath mit.", "de", "Erkrath"),
    ("The supplier from Naperville near Chicago cut its forecast.", "en", "Naperville"),
], ids=["aus-after-company", "city-region-based", "headquartered-in", "town-bei-place",
        "announced-in", "announced-in-mit", "town-near-place"])
def test_city_after_a_seat_cue(extractor: Extractor, body: str, lang: str, city: str) -> None:
    assert entity_types(extractor, body, lang=lang, headline="Markets").get(city) == "Place"


@pytest.mark.parametrize("body", [
    "Siemens aus Sicht der Analysten: die Aktie bleibt günstig.",
    "Anleger verkauften aus Angst vor Zöllen.",
    "Der Händler Hameln stieg.",
    "Siemens sprach in Essen mit Kunden über Aufträge.",
    "Die Anleger in Hameln bei Kursen unter 10 Euro griffen zu.",
], ids=["aus-noun", "aus-without-company", "city-name-without-cue", "mit-not-ending-the-clause",
        "bei-without-a-place"])
def test_place_look_alikes_yield_nothing(extractor: Extractor, body: str) -> None:
    kinds = entity_types(extractor, body)
    assert not {k for k, t in kinds.items() if t == "Place"}


def test_city_list_is_read_and_a_missing_one_is_one_error(tmp_path: Path) -> None:
    assert {"Hameln", "Spokane"} <= city_names()
    with pytest.raises(OntologyError, match="cannot read the city list"):
        city_names(tmp_path / "missing.tsv")


# --- a name inside a relative clause --------------------------------------------

def test_name_in_a_closed_relative_clause_takes_no_figure(extractor: Extractor) -> None:
    """The main clause names its subject before the relative clause: the
    figure after the clause is the subject's, not the name's inside it."""
    x = run(extractor, "Siemens legte Zahlen vor. Die Sparte Smart Grid Services, in der die "
                       "Tochter Velmora Netze baut, steigerte den Umsatz um 3,5 Prozent.")
    about = {f.about for f in x.figures if f.metric == "RevenueGrowth"}
    assert about == {"Smart Grid Services"}


def test_name_in_a_relative_clause_after_an_unnamed_subject_keeps_the_figure(
        extractor: Extractor) -> None:
    """"Die App, die unter dem Namen Y läuft, kommt auf …": no name before
    the clause, so the one inside it is still what the number is about."""
    x = run(extractor, "Tencent legte Zahlen vor. Die Messenger-App, die in China unter dem "
                       "Namen WeChat läuft, kommt auf 1,3 Milliarden Nutzer.")
    assert {f.about for f in x.figures if f.metric == "Users"} == {"WeChat"}


def test_model_with_a_version_is_an_ai_model_and_without_one_nothing(
        extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Orvita Robotics said its driving model Kestrel 3.5 will "
                                    "power the cars.", lang="en", headline="Markets")
    assert kinds.get("Kestrel 3.5") == "AIModel"
    kinds = entity_types(extractor, "Volkswagen said the model Aurora sold well.", lang="en",
                         headline="Markets")
    assert "Aurora" not in kinds


def test_company_name_opening_with_a_capitalised_article_mid_sentence(
        extractor: Extractor) -> None:
    """"…, The Velmora Tea Company, which": the article belongs to the name
    inside a sentence; at its opening it is the sentence's word."""
    kinds = entity_types(extractor, "Unilever spun off its tea business, The Velmora Tea "
                                    "Company, which listed in Amsterdam.", lang="en",
                         headline="Markets")
    assert kinds.get("The Velmora Tea Company") == "Company"
    kinds = entity_types(extractor, "The Velmora Tea Company listed in Amsterdam.", lang="en",
                         headline="Markets")
    assert kinds.get("Velmora Tea Company") == "Company"


def test_a_company_found_by_its_name_ending_is_rated(extractor: Extractor) -> None:
    """Once its name ending makes it a company, the one after the verb of
    rating takes the rating; the one before keeps its own."""
    x = run(extractor, "Goldman Sachs upgraded Intel to neutral. Bank of America downgraded "
                       "Orvita Robotics to underperform from neutral.", lang="en",
            headline="Analyst actions on Thursday")
    assert {(r.by, r.about) for r in x.ratings} == {("Goldman Sachs", "Intel"),
                                                    ("Bank of America", "Orvita Robotics")}


# --- persons: Gaelic prefixes, diacritics, a given name that is a city ----------

@pytest.mark.parametrize(("body", "lang", "person"), [
    ("Jefferies-Analyst Ronan McAllister senkte das Kursziel für Siemens.", "de", "Ronan McAllister"),
    ("Shares rose, said chief executive Siobhan O'Rourke of Siemens.", "en", "Siobhan O'Rourke"),
    ("Siemens opened a plant, said chief executive Jana Dvořáková.", "en", "Jana Dvořáková"),
    ("Der Umsatz stieg, sagte Vorstandschef Milan Horvatović am Dienstag.", "de", "Milan Horvatović"),
], ids=["mc", "o-apostrophe", "diacritics", "city-given-name"])
def test_person_names_of_every_latin_spelling(extractor: Extractor, body: str, lang: str,
                                              person: str) -> None:
    kinds = entity_types(extractor, body, lang=lang, headline="Markets")
    assert kinds.get(person) == "Person"
    assert "Milan" not in kinds and "Ronan Mc" not in kinds


def test_city_without_a_surname_after_it_stays_a_place(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Siemens eröffnet ein Werk in Milan, sagte Vorstandschef "
                                    "Roland Busch.")
    assert kinds.get("Milan") == "Place"
    assert kinds.get("Roland Busch") == "Person"


def test_place_adjective_before_a_noun_and_a_role_after_it_is_no_person(
        extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Das sei der nächste Schritt des Wolfsburger Konzerns, so "
                                    "VW-Chef Oliver Blume.")
    assert not any(kind == "Person" and "Konzerns" in label for label, kind in kinds.items())


# --- names in a headline list printed in capitals -------------------------------

def test_catalogued_names_in_a_line_of_capitals(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Weitere Einstufungen vom Dienstag:\n"
                                    "WARBURG RESEARCH SENKT ZIEL FÜR NAGARRO AUF 80 (95) EUR - 'HOLD'\n"
                                    "Die Börse schloss ruhig.")
    assert kinds.get("Warburg Research") == "FinancialInstitution"
    assert kinds.get("Nagarro") == "Company"


def test_short_name_in_capitals_only_where_the_article_names_the_company(
        extractor: Extractor) -> None:
    """Outside the name slot of a rating headline, a short name in capitals that is also a word
    names the company only where the article names it otherwise."""
    line = "\nWOCHENAUSBLICK: PUMA UND ADLER IM BLICK\n"
    assert "Puma SE" not in entity_types(extractor, "Einstufungen:" + line + "Sonst nichts.")
    kinds = entity_types(extractor, "Die Puma-Aktie stieg um 2 Prozent." + line + "Sonst nichts.")
    assert kinds.get("Puma SE") == "Company"


def test_short_name_in_the_slot_of_a_capitals_rating_headline(extractor: Extractor) -> None:
    """The slot between a house's verb and AUF names the company rated, in any case."""
    line = "\nJEFFERIES HEBT ZIEL FÜR PUMA AUF 30 EUR - 'BUY'\n"
    assert entity_types(extractor, "Einstufungen:" + line + "Sonst nichts.").get("Puma SE") \
        == "Company"


def test_ordinary_words_in_capitals_name_nothing(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Markets:\nFED HOLDS RATES, SEES NEXT MOVE IN BLOCK OF MEETINGS\n"
                                    "Shares rose.", lang="en")
    assert not kinds


# --- units named as units: a compound unit noun, an English unit noun before the name ----

@pytest.mark.parametrize(("body", "lang", "unit"), [
    ("Die Motorradsparte Siemens Bikes steigerte den Absatz um 4 Prozent.", "de", "Siemens Bikes"),
    ("Siemens also owns the robotics unit Caldera and a stake in a chip maker.", "en", "Caldera"),
    ("Siemens reported results. The Private Client Services unit grew 5%.", "en",
     "Private Client Services"),
], ids=["compound-sparte", "unit-before-name", "sentence-initial-the"])
def test_unit_named_as_a_unit(extractor: Extractor, body: str, lang: str, unit: str) -> None:
    x = run(extractor, body, lang=lang, headline="Markets")
    assert {e.label: e.type for e in x.entities}.get(unit) == "BusinessUnit"
    assert (unit, "subsidiaryOf", "Siemens") in triples(x)


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens said its consumer division President Jane Doe will retire.", "en"),
    ("Siemens sold the unit to Bosch last year.", "en"),
    ("Die Motorradsparte Umsatz stieg bei Siemens.", "de"),
], ids=["title-after-unit-noun", "buyer-after-unit", "noun-after-compound"])
def test_unit_look_alikes_yield_no_unit(extractor: Extractor, body: str, lang: str) -> None:
    kinds = entity_types(extractor, body, lang=lang, headline="Markets")
    assert "BusinessUnit" not in kinds.values()


# --- a predecessor named after the succession ------------------------------------------

@pytest.mark.parametrize(("body", "lang", "person"), [
    ("Jana Muster wird Finanzchefin von Siemens. Sie folgt auf Roland Kettler, der in den "
     "Ruhestand geht.", "de", "Roland Kettler"),
    ("Muster führt Siemens seit Mai und hatte den Posten von Peter Holzner übernommen.", "de",
     "Peter Holzner"),
    ("Siemens CEO Jane Doe, who succeeded Tom Brannigan in 2024, is pushing into software.", "en",
     "Tom Brannigan"),
    ("\"Rates matter,\" said Megan McGrath-O'Neil, chief strategist at Siemens.", "en",
     "Megan McGrath-O'Neil"),
], ids=["folgt-auf", "posten-von", "succeeded", "hyphened-gaelic-surname"])
def test_predecessor_after_a_succession_is_a_person(extractor: Extractor, body: str, lang: str,
                                                    person: str) -> None:
    assert entity_types(extractor, body, lang=lang, headline="Markets").get(person) == "Person"


def test_a_product_replacing_another_names_no_person(extractor: Extractor) -> None:
    kinds = entity_types(extractor, "Siemens said the new drive replaced Silver Line in most "
                                    "plants.", lang="en", headline="Markets")
    assert "Person" not in kinds.values()
