"""Entity discovery, short names, roles and sentence ends on families of
construction that hold in any article, on sentences written for these tests
(invented companies and people): a firm name joining two words with an
ampersand before its legal form, named again without it; the short name of a
two-word name printed in a share compound, or never written in lower case; an
institution introduced with its initials in brackets; the unit of the company
the article names most when discovery found it; "Firmenlenker" as a title;
"Mill." as the abbreviation of Millionen. Each with a look-alike where
nothing (or something else) may be found."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


def figures_of(x: Extraction, label: str) -> set[tuple[str, float]]:
    return {(f.metric, float(f.value)) for f in x.figures if f.about == label and f.value is not None}


# --- an ampersand inside a firm name before its legal form ----------------------

def test_ampersand_joins_the_words_of_a_firm_name(extractor: Extractor) -> None:
    x = run(extractor, "Lindqvist & Moreau Inc. said on Tuesday it would close 40 stores.",
            lang="en", headline="Retail report")
    assert kinds(x).get("Lindqvist & Moreau") == "Company"
    assert "Moreau" not in kinds(x)


def test_firm_name_with_an_ampersand_is_found_again_without_its_legal_form(
        extractor: Extractor) -> None:
    x = run(extractor, "Lindqvist & Moreau Inc. said on Tuesday it would close 40 stores. "
                       "Shares of Lindqvist & Moreau fell 6.5% to $22.10.",
            lang="en", headline="Lindqvist & Moreau closes stores")
    assert ("StockPriceChange", -6.5) in figures_of(x, "Lindqvist & Moreau")


def test_ampersand_after_a_common_word_joins_no_name(extractor: Extractor) -> None:
    """Look-alike: a lower-case word before the ampersand is no word of the name."""
    x = run(extractor, "Investors sold bonds & Brightwell Inc. shares on Monday.",
            lang="en", headline="Retail report")
    assert kinds(x).get("Brightwell") == "Company"
    assert not any("&" in label for label in kinds(x))


# --- short names of two-word names ----------------------------------------------

def test_share_compound_gives_the_short_name_of_a_two_word_name(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestermann Fördertechnik AG hat mehr Aufträge erhalten. "
                       "Die Kestermann-Aktie stieg um 4,2 Prozent. "
                       "Unter dem Strich verdiente Kestermann 12 Millionen Euro.",
            headline="Kestermann Fördertechnik: Volle Bücher")
    assert ("StockPriceChange", 4.2) in figures_of(x, "Kestermann Fördertechnik")
    assert ("Profit", 12000000.0) in figures_of(x, "Kestermann Fördertechnik")


def test_without_a_compound_the_first_word_alone_is_no_short_name(extractor: Extractor) -> None:
    """Look-alike: a German first word the article prints in lower case is a common word."""
    x = run(extractor, "Die Neue Fördertechnik AG hat mehr Aufträge erhalten. "
                       "Der neue Auftrag kam aus Polen. Neue Aufträge seien sicher.",
            headline="Maschinenbau")
    assert not any(e.label == "Neue Fördertechnik" and "Neue" in e.aliases for e in x.entities)


def test_word_never_written_small_is_the_short_name(extractor: Extractor) -> None:
    x = run(extractor, "Varnholt Electric Co. posted record profit on Thursday. "
                       "Varnholt competes with Brightwell Systems. "
                       "Shares of Brightwell Systems gained 2.1%.",
            lang="en", headline="Varnholt Electric jumps")
    assert ("Varnholt Electric", "competitorOf", "Brightwell Systems") in triples(x) \
        or ("Brightwell Systems", "competitorOf", "Varnholt Electric") in triples(x)


def test_word_also_written_small_is_no_short_name(extractor: Extractor) -> None:
    """Look-alike: "First" of "First Harbour Corp." beside "the first quarter"."""
    x = run(extractor, "First Harbour Corp. reported results for the first quarter. "
                       "First, the company cut costs by 3%.",
            lang="en", headline="Results")
    first = [e for e in x.entities if e.label == "First Harbour"]
    assert first and "First" not in first[0].aliases


# --- an institution introduced with its initials --------------------------------

def test_bank_named_with_its_initials_is_found(extractor: Extractor) -> None:
    x = run(extractor, "Die Westfälische Handelsbank (WHB) erhöht die Dividende. "
                       "Größter Aktionär der WHB ist die Stadt.",
            headline="Bankenbericht")
    assert kinds(x).get("Westfälische Handelsbank") == "FinancialInstitution"
    entity = next(e for e in x.entities if e.label == "Westfälische Handelsbank")
    assert "WHB" in entity.aliases


def test_words_of_a_name_give_its_initials(extractor: Extractor) -> None:
    x = run(extractor, "Die Oldenburger Volksbank (OV) meldete mehr Kredite.",
            headline="Bankenbericht")
    assert kinds(x).get("Oldenburger Volksbank") == "FinancialInstitution"


def test_initials_of_a_phrase_make_no_institution(extractor: Extractor) -> None:
    """Look-alike: a phrase with its initials ends in no institution's noun."""
    x = run(extractor, "Die Künstliche Intelligenz (KI) verändert die Branche.",
            headline="Technik")
    assert "Künstliche Intelligenz" not in kinds(x)


def test_initials_that_do_not_fit_the_name_make_no_institution(extractor: Extractor) -> None:
    """Look-alike: brackets after a bank's name that hold other capitals."""
    x = run(extractor, "Die Westfälische Handelsbank (USA) erhöht die Dividende.",
            headline="Bankenbericht")
    assert "Westfälische Handelsbank" not in kinds(x)


# --- the unit of the company named most ------------------------------------------

def test_unit_goes_to_the_discovered_company_named_most(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestermann Fördertechnik AG hat mehr verkauft. "
                       "\"Wir wachsen\", sagte die Chefin dem Handelsblatt. "
                       "Die Kestermann-Aktie stieg. Getragen wird das Wachstum von der Sparte "
                       "Windgetriebe, deren Umsatz um 31 Prozent stieg.",
            headline="Kestermann Fördertechnik wächst")
    assert ("Windgetriebe", "subsidiaryOf", "Kestermann Fördertechnik") in triples(x)
    assert ("Windgetriebe", "subsidiaryOf", "Handelsblatt") not in triples(x)


# --- "Firmenlenker" as a title -----------------------------------------------------

def test_firmenlenker_is_a_title(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestermann Fördertechnik AG hat mehr verkauft. Firmenlenker "
                       "Jörg Hallström zeigte sich zufrieden.",
            headline="Kestermann Fördertechnik wächst")
    assert ("Jörg Hallström", "worksFor", "Kestermann Fördertechnik") in triples(x)


# --- "Mill." ends no sentence ----------------------------------------------------------

def test_mill_abbreviation_keeps_the_amount_whole(extractor: Extractor) -> None:
    x = run(extractor, "Die Westfälische Handelsbank (WHB) legt ein Aktienrückkaufprogramm über "
                       "bis zu 60 Mill. Euro auf.",
            headline="Westfälische Handelsbank startet Rückkauf")
    assert ("ShareBuyback", 60000000.0) in figures_of(x, "Westfälische Handelsbank")


def test_mill_at_a_sentence_end_still_ends_it(extractor: Extractor) -> None:
    """Look-alike: "Mill." is only the abbreviation; a sentence ending in another
    word's point still ends there."""
    x = run(extractor, "Die Westfälische Handelsbank (WHB) verdiente 97 Mill. Euro. "
                       "Das Kreditvolumen stieg um 3 Prozent.",
            headline="Westfälische Handelsbank verdient mehr")
    assert ("Profit", 97000000.0) in figures_of(x, "Westfälische Handelsbank")
