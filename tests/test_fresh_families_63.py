"""Utilities, chemicals, dividends, a Japanese year, a takeover and a food group, on families
of construction that hold in any article, on sentences written for these tests (catalogued
companies with invented facts): a discovered name that is a catalogued label in other capitals
("des Ölkonzerns Adnoc" of "ADNOC") is that catalogued entity, as it would name its IRI; a
descriptive noun ("Kunststoffverarbeiter", "Vermögensverwaltung") or a city's adjective ("die Bremer
Hanseatische Kabelwerke GmbH") before a legal-form name is no word of it; job cuts with a split
verb ("fallen dabei rund 1.200 Stellen weg") are negative; a capital raise is no revenue; names
joined before a plural unit noun ("its Daihatsu and Hino units") are units of their own; a
fiscal year that ended in a month ("the fiscal year that ended on March 31") is the last such year
up to the article's date, where one ending in it is the next. Each
with a look-alike that keeps its reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers import labels, metric_facts, run, triples

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.rdf.iri import entity_slug

# --- a catalogued label in other capitals -------------------------------------------------------

def test_catalogued_label_in_other_capitals_is_that_entity(extractor: Extractor) -> None:
    x = run(extractor, "Der Kunststoffhersteller Covestro, inzwischen Teil des Ölkonzerns Adnoc, "
            "zahlt keine Dividende mehr.", headline="Dividenden im Vergleich")
    labels = {e.label: e.type for e in x.entities}
    assert labels.get("ADNOC") == "Company"
    assert "Adnoc" not in labels


def test_no_entity_shares_a_catalogued_iri_under_another_label(extractor: Extractor,
                                                               catalogue: Catalogue) -> None:
    """The property itself: a found label that slugs like a catalogued one is that label, so
    one node never carries two labels (the store's shapes reject such a node)."""
    x = run(extractor, "Der Chipdesigner Arm und der Ölkonzern Adnoc gründen ein "
            "Gemeinschaftsunternehmen.", headline="Gemeinschaftsunternehmen")
    slugs = {entity_slug(label): label for label in catalogue.entries}
    for entity in x.entities:
        assert slugs.get(entity_slug(entity.label), entity.label) == entity.label


def test_uncatalogued_name_keeps_its_own_label(extractor: Extractor) -> None:
    """Look-alike: a discovered name no catalogued label slugs like stays as printed."""
    x = run(extractor, "Der Kunststoffhersteller Covestro, inzwischen Teil des Ölkonzerns "
            "Petrovia, zahlt keine Dividende mehr.", headline="Dividenden im Vergleich")
    assert "Petrovia" in {e.label for e in x.entities}


# --- a descriptive noun or a city's adjective before a legal-form name ----------------------------

def test_processor_noun_and_city_adjective_are_no_words_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Der Duisburger Kunststoffverarbeiter Ruhrform Compounds GmbH kündigte an, "
            "sich nach weiteren Lieferanten umzusehen.", headline="Chemie")
    assert "Ruhrform Compounds" in labels(x)
    assert ("Ruhrform Compounds", "locatedIn", "Duisburg") in triples(x)


def test_asset_management_noun_is_no_word_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Die Fondsmanagerin Petra Lind von der Frankfurter Vermögensverwaltung "
            "Mainfeld Capital hält die Telekom für solide.", headline="Dividenden")
    assert ("Petra Lind", "worksFor", "Mainfeld Capital") in triples(x)
    assert not [name for name in labels(x) if name.startswith("Vermögensverwaltung")]


def test_city_adjective_opening_a_legal_form_name_is_its_seat(extractor: Extractor) -> None:
    x = run(extractor, "Die Seekabel liefert die Bremer Hanseatische Kabelwerke GmbH.",
            headline="Windpark")
    assert ("Hanseatische Kabelwerke", "locatedIn", "Bremen") in triples(x)
    assert not [name for name in labels(x) if name.startswith("Bremer ")]


def test_city_adjective_before_a_one_word_name_is_kept(extractor: Extractor) -> None:
    """Look-alike: a name of one word after the city's adjective may carry the city ("Bremer
    Lagerhaus AG"): the adjective is not cut to leave a bare common noun as a firm."""
    x = run(extractor, "Die Seekabel lagert die Bremer Lagerhaus AG ein.", headline="Windpark")
    assert "Lagerhaus" not in labels(x)


# --- a split verb of job cuts -------------------------------------------------------------------

def test_job_cut_with_split_verb_is_negative(extractor: Extractor) -> None:
    x = run(extractor, "Der Chemiekonzern Lanxess verschärft seinen Sparkurs. Weltweit fallen "
            "dabei rund 900 Stellen weg.", headline="Lanxess spart")
    assert metric_facts(x, "Employees") == {("Lanxess", Decimal(-900))}


def test_staff_count_before_weg_as_a_word_stays_positive(extractor: Extractor) -> None:
    """Look-alike: a headcount with no particle of cutting at the clause's end keeps its sign."""
    x = run(extractor, "Der Chemiekonzern Lanxess beschäftigt weltweit rund 12.000 Mitarbeiter.",
            headline="Lanxess spart")
    assert metric_facts(x, "Employees") == {("Lanxess", Decimal(12000))}


# --- a capital raise ------------------------------------------------------------------------------

def test_capital_raise_is_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Der Versorger RWE bestätigt seine Ziele. Um das Wachstum zu finanzieren, "
            "plant der Konzern eine Kapitalerhöhung von bis zu 1,8 Milliarden Euro.",
            headline="RWE bestätigt Ziele")
    assert not metric_facts(x, "Revenue")
    assert ("RWE", Decimal(1800000000)) in metric_facts(x, "Other")


def test_revenue_beside_growth_financing_stays_revenue(extractor: Extractor) -> None:
    """Look-alike: a revenue figure in the same frame keeps its metric."""
    x = run(extractor, "Der Versorger RWE bestätigt seine Ziele. Der Umsatz stieg auf 6,2 "
            "Milliarden Euro.", headline="RWE bestätigt Ziele")
    assert ("RWE", Decimal(6200000000)) in metric_facts(x, "Revenue")


# --- names joined before a plural unit noun ---------------------------------------------------

def test_names_joined_before_plural_unit_noun_are_two_units(extractor: Extractor) -> None:
    x = run(extractor, "Unilever said its Beauty Care and Home Care units grew 4%.", lang="en",
            headline="Unilever sales")
    assert {"Beauty Care", "Home Care"} <= labels(x)
    assert "Beauty Care and Home Care" not in labels(x)


def test_names_joined_before_singular_unit_noun_are_one_unit(extractor: Extractor) -> None:
    """Look-alike: before a singular noun the joined words are one unit's name."""
    x = run(extractor, "Nestle said its Coffee and Beverages division grew 4%.", lang="en",
            headline="Nestle sales")
    assert "Coffee and Beverages" in labels(x)


# --- a fiscal year that ended -----------------------------------------------------------------

def test_fiscal_year_that_ended_is_the_one_just_past(extractor: Extractor) -> None:
    x = run(extractor, "In the fiscal year that ended on March 31, Honda Motor's operating profit "
            "fell 7% to 1.2 trillion yen.", lang="en", headline="Honda results",
            published=date(2026, 5, 12))
    assert {f.period for f in x.figures if f.metric == "Profit"} == {"FY2026"}


def test_fiscal_year_ending_is_the_one_to_come(extractor: Extractor) -> None:
    """Look-alike: a year still ending in that month is the next such year."""
    x = run(extractor, "For the fiscal year ending in March, Honda Motor expects operating profit "
            "of 1.4 trillion yen.", lang="en", headline="Honda results",
            published=date(2026, 5, 12))
    assert {f.period for f in x.figures if f.metric == "Profit"} == {"FY2027"}
