"""Descriptors with an industry, on sentences written for the test: "der Autobauer",
"den Sportartikelhersteller", "the chipmaker", "the lender" mean only a company whose
industry (ontology/industries.tsv) fits or is unknown. Where the company a descriptor
would mean is of another known industry it means the last fitting company named before,
else no one, and then no rating or figure goes to another company in its place. Generic
heads ("der Konzern", "the company") and descriptors that introduce a name ("der
Chipkonzern X") stay as they were.

The catalogue names are real, the companies without a catalogue entry invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.catalogue import INDUSTRIES, load_catalogue, load_industries
from kg.nlp import components
from kg.nlp.components import Inputs, mention_source
from kg.nlp.document import Document
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import codes, lexicon
from kg.nlp.references import descriptor_industries
from kg.records import Extraction


@pytest.fixture
def references() -> Iterator[list[Mention]]:
    """The references each article resolves, recorded right after they are."""
    seen: list[Mention] = []

    @mention_source("test-industry-references", order=510)
    def record(document: Document, inputs: Inputs) -> None:
        seen.extend(m for m in document.mentions if m.rule.startswith("reference/"))

    yield seen
    components.MENTION_SOURCES.remove("test-industry-references")


def _ratings(x: Extraction) -> set[tuple[str, str]]:
    """The ratings as (by, about)."""
    return {(r.by, r.about) for r in x.ratings}


# --- the data ----------------------------------------------------------------------------------


def test_every_industry_belongs_to_a_catalogued_organisation() -> None:
    catalogue = load_catalogue()
    for label, industries in load_industries().items():
        entry = catalogue.get(label)
        assert entry is not None and entry.type in ("Company", "FinancialInstitution"), label
        assert industries and industries <= INDUSTRIES, label


def test_whole_lists_have_industries() -> None:
    known = load_industries()
    # a DAX member, an MDAX member, a Hang Seng member, a bank, an insurer and an AI lab
    assert known["Rheinmetall"] == {"aerospace_defence"}
    assert known["Puma SE"] == {"apparel"}
    assert known["Anta Sports"] == {"apparel"}
    assert known["Commerzbank"] == {"banks"}
    assert known["Talanx"] == {"insurers"}
    assert known["Mistral AI"] == {"ai"}


def test_descriptor_words_name_industries_of_the_list() -> None:
    for lang in codes():
        for word, industries in (lexicon(lang)["references"].get("industry_words") or {}).items():
            assert industries and set(industries) <= INDUSTRIES, (lang, word)


def test_descriptor_industries() -> None:
    assert descriptor_industries("de", "Sportartikelherstellers") == {"apparel"}
    assert descriptor_industries("de", "Elektroautobauer") == {"automotive"}
    assert descriptor_industries("de", "Autozulieferer") == {"auto_suppliers"}
    assert descriptor_industries("de", "Konzern") == frozenset()
    assert descriptor_industries("de", "Rückversicherers") == {"insurers"}
    # look-alike: an industry word inside another word of the compound ("Datenbank")
    assert descriptor_industries("de", "Datenbankanbieter") == frozenset()
    assert descriptor_industries("en", "the defence group") == {"aerospace_defence"}
    assert descriptor_industries("en", "the chipmaker") == {"semiconductors"}
    # look-alikes: a generic head, and an industry word only inside another word
    assert descriptor_industries("en", "the company") == frozenset()
    assert descriptor_industries("en", "the bankrupt company") == frozenset()


# --- German --------------------------------------------------------------------------------------


def test_sporting_goods_descriptor_skips_the_defence_group(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall hob die Prognose an. Die Aktie von Puma SE fiel um 3 Prozent. "
            "Jefferies bestätigt den Sportartikelhersteller mit 'Buy' und einem Kursziel von 30 Euro.",
            "de", "Rüstung und Sport")
    assert _ratings(x) == {("Jefferies", "Puma SE")}
    assert ("Puma SE", "PriceTarget", Decimal("30"), "EUR") in figure_facts(x)
    assert not any(f.about == "Rheinmetall" and f.metric == "PriceTarget" for f in x.figures)


def test_sporting_goods_descriptor_without_a_sporting_goods_company(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall hob die Prognose an. "
            "Jefferies bestätigt den Sportartikelhersteller mit 'Buy' und einem Kursziel von 30 Euro.",
            "de", "Rüstung und Sport")
    assert not x.ratings
    assert not any(f.metric == "PriceTarget" for f in x.figures)


def test_carmaker_after_a_chip_sentence(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen meldete einen Gewinnrückgang. Infineon steigerte den Umsatz auf "
            "4 Milliarden Euro. Der Autobauer senkte die Prognose für die Marge auf 5 Prozent.",
            "de", "Autos und Chips")
    assert ("Infineon Technologies", "Revenue", Decimal("4000000000"), "EUR") in figure_facts(x)
    assert not any(f.about == "Infineon Technologies" and f.value == Decimal("5") for f in x.figures)


def test_insurer_descriptor_does_not_mean_the_bank(extractor: Extractor) -> None:
    x = run(extractor, "Allianz legte Zahlen vor. Die Deutsche Bank meldete einen Gewinnanstieg. "
            "Der Versicherer erhöhte die Dividende auf 15 Euro je Aktie.", "de", "Versicherer")
    assert ("Allianz", "Dividend", Decimal("15"), "EUR") in figure_facts(x)
    assert not any(f.about == "Deutsche Bank" and f.metric == "Dividend" for f in x.figures)


def test_unfitting_descriptor_is_no_partner_of_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall legte Zahlen vor. Der Sportartikelhersteller kooperiert künftig "
            "mit Siemens.", "de", "Rüstung")
    assert not x.relations
    x = run(extractor, "Puma SE legte Zahlen vor. Rheinmetall meldete einen Auftrag. Der "
            "Sportartikelhersteller kooperiert künftig mit Siemens.", "de", "Sport")
    assert triples(x) == {("Puma SE", "partnerOf", "Siemens")}


def test_fitting_descriptor_resolves_as_before(extractor: Extractor) -> None:
    x = run(extractor, "Puma SE legte Zahlen vor. Der Sportartikelhersteller steigerte den Umsatz "
            "auf 2,5 Milliarden Euro.", "de", "Puma SE")
    assert ("Puma SE", "Revenue", Decimal("2500000000"), "EUR") in figure_facts(x)


def test_descriptor_of_an_unknown_industry_company_resolves_as_before(extractor: Extractor) -> None:
    # the invented company has no industry: every descriptor fits it (its label drops the
    # legal form)
    x = run(extractor, "Die Velmora Sportwerke AG legte Zahlen vor. Der Sportartikelhersteller "
            "steigerte den Umsatz auf 800 Millionen Euro.", "de", "Velmora Sportwerke")
    assert ("Velmora Sportwerke", "Revenue", Decimal("800000000"), "EUR") in figure_facts(x)


def test_generic_head_unchanged(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall legte Zahlen vor. Der Konzern steigerte den Umsatz auf "
            "3 Milliarden Euro.", "de", "Rheinmetall")
    assert ("Rheinmetall", "Revenue", Decimal("3000000000"), "EUR") in figure_facts(x)


def test_descriptor_that_introduces_a_name_unchanged(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen meldete Zahlen. Der Chipkonzern Infineon steigerte den Umsatz "
            "auf 4 Milliarden Euro.", "de", "Autos und Chips")
    assert ("Infineon Technologies", "Revenue", Decimal("4000000000"), "EUR") in figure_facts(x)


# --- English -------------------------------------------------------------------------------------


def test_carmaker_rating_not_given_to_the_chipmaker(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia raised its revenue forecast to $50 billion. Jefferies upgraded the "
            "carmaker to buy with a price target of $20.", "en", "Cars and chips")
    assert not x.ratings
    assert not any(f.metric == "PriceTarget" for f in x.figures)


def test_carmaker_finds_the_carmaker_named_before(extractor: Extractor) -> None:
    x = run(extractor, "Ford reported weaker sales. Nvidia raised its revenue forecast to $50 "
            "billion. Jefferies upgraded the carmaker to buy with a price target of $20.",
            "en", "Cars and chips")
    assert _ratings(x) == {("Jefferies", "Ford Motor")}


def test_possessive_before_a_product_noun_is_no_descriptor(
        extractor: Extractor, references: list[Mention]) -> None:
    # look-alike: "its software" names a product of the chipmaker, not a software company
    run(extractor, "AMD reported results. Costs rose as AMD expanded its software team.",
        "en", "AMD results")
    assert [(m.surface, m.label) for m in references] == [("its", "Advanced Micro Devices")]


def test_english_generic_head_unchanged(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia reported results. The company raised its revenue to $40 billion.",
            "en", "Nvidia results")
    assert ("Nvidia", "Revenue", Decimal("40000000000"), "USD") in figure_facts(x)
