"""Utilities, chemicals, dividends, a Japanese year, a takeover and a food group, on families
of construction that hold in any article, on sentences written for these tests (catalogued
companies with invented facts): a discovered name that is a catalogued label in other capitals
("des Ölkonzerns Adnoc" of "ADNOC") is that catalogued entity, as it would name its IRI. Each
with a look-alike that keeps its reading."""

from __future__ import annotations

from helpers import run

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
