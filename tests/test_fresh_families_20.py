"""Entity, relation and figure families that hold in any article, on sentences written for
these tests (invented companies and people): a country's possessive before a firm's name
("Britain's X Banking Group") and the name ending "Banking Group"; a column's paragraph
opened by a name and a colon whose sentence names the company's noun and seat ("X: Der
Maschinenbauer aus Ulm"); the name endings "Foods", "Brands" and "Investors"; the nouns
"-dienstleister", "-betreiber" and "-netzgesellschaft" ending a noun before a name; a unit after a hyphened
"-Sparte" whose name a comma closes; "Im Wettbewerb steht X mit Y"; a service contract's value;
rights licensed to a drug maker as a partnership; and a seat compound whose noun is followed by
a speech verb ("…, the Boston-based biotech said"). Each with a look-alike that must not fire."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def types(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- a country's possessive before a firm's name; "Banking Group" ------------------

def test_a_countrys_possessive_is_no_word_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "LONDON (Reuters) - Britain's Hallow Banking Group reported a rise in "
                       "profit on Tuesday. Hallow, which competes with Barclays, also raised its "
                       "dividend.", lang="en", headline="Bank results")
    assert types(x).get("Hallow Banking Group") == "FinancialInstitution"
    assert not any(label.startswith("Britain") for label in labels(x))
    # the short name before the ending names the bank again
    assert ("Hallow Banking Group", "competitorOf", "Barclays") in triples(x) \
        or ("Barclays", "competitorOf", "Hallow Banking Group") in triples(x)


def test_a_possessive_that_is_no_place_stays_in_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Murphy's Brewing Group rose on Tuesday after the results.",
            lang="en", headline="Brewer results")
    assert "Murphy's Brewing Group" in labels(x)


# --- a paragraph opened by a name and a colon --------------------------------------

def test_a_paragraphs_name_before_the_company_noun_and_seat_is_a_company(
        extractor: Extractor) -> None:
    body = ("Drei Werte im Blick.\n"
            "Kessler Feinmechanik: Der Maschinenbauer aus Tuttlingen hat den Umsatz um 8 Prozent "
            "auf 95 Millionen Euro gesteigert.\n"
            "Lindner Datentechnik: Der Karlsruher Softwareanbieter steigerte den Umsatz um 12 "
            "Prozent auf 40 Millionen Euro.")
    x = run(extractor, body, headline="Nebenwerte-Kolumne")
    assert {"Kessler Feinmechanik", "Lindner Datentechnik"} <= labels(x)
    facts = figure_facts(x)
    assert ("Kessler Feinmechanik", "Revenue", Decimal("95000000"), "EUR") in facts
    assert ("Lindner Datentechnik", "Revenue", Decimal("40000000"), "EUR") in facts
    assert ("Kessler Feinmechanik", "locatedIn", "Tuttlingen") in triples(x)


@pytest.mark.parametrize("body", [
    # a heading before a company noun with no seat
    "Fazit: Der Konzern hat seine Ziele erreicht.",
    # a heading before a noun that names no company, with a seat
    "Neue Strategie: Der Autor aus Bonn hat das Buch vorgestellt.",
])
def test_headings_before_a_colon_name_no_company(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, headline="Kolumne")
    assert not {"Fazit", "Neue Strategie"} & labels(x)


# --- name endings and nouns before names -------------------------------------------

def test_foods_brands_and_investors_end_names(extractor: Extractor) -> None:
    x = run(extractor, "Halden Brands has made an offer for Marlow Foods. Ridley Investors, "
                       "which holds 8% of Marlow, backs the bid.", lang="en", headline="Bid")
    found = types(x)
    assert found.get("Halden Brands") == "Company"
    assert found.get("Marlow Foods") == "Company"
    assert found.get("Ridley Investors") == "FinancialInstitution"


def test_a_lower_case_ending_word_names_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Frozen foods and household brands sold well, retail investors said.",
            lang="en", headline="Retail")
    assert not labels(x)


@pytest.mark.parametrize(("body", "name"), [
    ("Der Wartungsdienstleister Nordwind Service wartet Windparks.", "Nordwind Service"),
    ("Der Übertragungsnetzbetreiber Ostnetz Transport plant neue Leitungen.", "Ostnetz Transport"),
    ("Die Verteilnetzgesellschaft Ruhrnetz Verteilung mit Sitz in Bochum baut aus.",
     "Ruhrnetz Verteilung"),
])
def test_service_and_grid_nouns_name_the_company_after_them(extractor: Extractor, body: str,
                                                           name: str) -> None:
    assert name in labels(run(extractor, body, headline="Energie"))


def test_the_plural_of_the_service_noun_names_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Viele Dienstleister Europas klagen über hohe Kosten.", headline="Energie")
    assert "Europas" not in labels(x)


# --- a unit after a hyphened "-Sparte" -----------------------------------------------

def test_a_unit_after_a_hyphened_sparte_closed_by_a_comma(extractor: Extractor) -> None:
    x = run(extractor, "Der Softwarekonzern Velora wuchs kräftig. Treiber war die Cloud-Sparte "
                       "Velora Cloud, deren Erlöse um 30 Prozent auf 4,2 Milliarden Dollar stiegen.",
            headline="Quartalszahlen")
    assert types(x).get("Velora Cloud") == "BusinessUnit"
    assert ("Velora Cloud", "Revenue", Decimal("4200000000"), "USD") in figure_facts(x)


def test_a_hyphened_noun_before_capitalised_nouns_of_the_sentence_is_cut(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Velora wächst. Die US-Tochter Velora Lagerhallen automatisiert "
                       "ihre Werke.", headline="Quartalszahlen")
    assert "Velora Lagerhallen" not in labels(x)


# --- rivals after "Im Wettbewerb steht X mit" ----------------------------------------

def test_im_wettbewerb_steht_names_the_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Der Softwareanbieter Lumora wächst. Im Wettbewerb steht Lumora vor allem "
                       "mit SAP und Oracle.", headline="Softwarewerte")
    found = triples(x)
    assert ("Lumora", "competitorOf", "SAP") in found or ("SAP", "competitorOf", "Lumora") in found


def test_a_contest_without_the_verb_names_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Der Softwareanbieter Lumora wächst. Im Wettbewerb um Fachkräfte hat Lumora "
                       "mit SAP eine Initiative gestartet.", headline="Softwarewerte")
    assert not any(p == "competitorOf" for _, p, _ in triples(x))


# --- a service contract's value -----------------------------------------------------

def test_a_service_contracts_value_is_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Mit dem Betreiber Ørsted hat Nordwind Service AG einen Wartungsvertrag im "
                       "Volumen von rund 85 Millionen Euro abgeschlossen.", headline="Auftrag")
    facts = figure_facts(x)
    assert not any(metric == "Revenue" for _, metric, _, _ in facts)
    assert any(metric == "Other" and value == Decimal("85000000") for _, metric, value, _ in facts)


# --- rights licensed to a drug maker --------------------------------------------------

def test_rights_licensed_to_a_drug_maker_make_partners(extractor: Extractor) -> None:
    x = run(extractor, "Velmora Therapeutics has licensed worldwide rights to its drug VX-12 to "
                       "Novartis for $100 million upfront.", lang="en", headline="Licensing deal")
    found = triples(x)
    assert ("Velmora Therapeutics", "partnerOf", "Novartis") in found \
        or ("Novartis", "partnerOf", "Velmora Therapeutics") in found
    assert ("Velmora Therapeutics", "supplierOf", "Novartis") not in found


def test_a_technology_licensed_to_a_firm_is_still_a_supply(extractor: Extractor) -> None:
    x = run(extractor, "Velmora Systems licenses its chip designs to Qualcomm.", lang="en",
            headline="Chip designs")
    assert ("Velmora Systems", "supplierOf", "Qualcomm") in triples(x)


# --- a seat compound before a speech verb ----------------------------------------------

def test_a_seat_compound_before_said_is_the_speakers(extractor: Extractor) -> None:
    x = run(extractor, "Velmora Therapeutics has licensed its drug to Novartis, the Boston-based "
                       "biotech said on Tuesday.", lang="en", headline="Licensing deal")
    assert ("Novartis", "locatedIn", "Boston") not in triples(x)


def test_a_seat_compound_in_an_apposition_seats_the_name_before(extractor: Extractor) -> None:
    x = run(extractor, "Velmora Therapeutics, a Boston-based biotech, raised $50 million.",
            lang="en", headline="Funding")
    assert ("Velmora Therapeutics", "locatedIn", "Boston") in triples(x)


# --- an amount per share "for each X share"; the difference of two amounts ------------

def test_a_price_for_each_share_is_the_targets_share_price(extractor: Extractor) -> None:
    x = run(extractor, "Halden Brands said it would pay 430 pence in cash for each Marlow Foods "
                       "share, 18 pence more than the 412 pence that Ridley Capital agreed.",
            lang="en", headline="Bid for Marlow")
    facts = figure_facts(x)
    assert ("Marlow Foods", "SharePrice", Decimal("4.3"), "GBP") in facts
    assert not any(value == Decimal("0.18") for _, _, value, _ in facts)
    assert not any(metric == "Investment" and value == Decimal("4.3")
                   for _, metric, value, _ in facts)


def test_an_amount_more_than_a_time_keeps_its_figure(extractor: Extractor) -> None:
    x = run(extractor, "Halden Brands reported revenue of $5 billion, more than a year ago.",
            lang="en", headline="Results")
    assert ("Halden Brands", "Revenue", Decimal("5000000000"), "USD") in figure_facts(x)


# --- a passive of making inside a relative clause ------------------------------------

def test_a_chip_made_in_a_relative_clause_makes_no_supply_to_the_name_before(
        extractor: Extractor) -> None:
    x = run(extractor, "Velora kauft Prozessoren von Nvidia, setzt aber auf den eigenen Chip "
                       "Forge, der von TSMC gefertigt wird.", headline="Chips")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia") not in triples(x)


def test_a_plain_passive_of_supply_still_names_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Apple wird seit Jahren von TSMC beliefert.", headline="Chips")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple") in triples(x)


# --- a seat joined by "and" to a listing ----------------------------------------------

def test_a_seat_before_and_listed_stays_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Halden Brands, based in Chicago and listed on the New York Stock "
                       "Exchange, said on Wednesday it would pay more.", lang="en", headline="Bid")
    assert ("Halden Brands", "locatedIn", "Chicago") in triples(x)
    assert ("Halden Brands", "listedOn", "New York Stock Exchange") in triples(x)



# --- a pill named after its noun -------------------------------------------------------

def test_a_pill_after_its_noun_is_a_product(extractor: Extractor) -> None:
    x = run(extractor, "Velmora Therapeutics has licensed its experimental psoriasis pill VX-401 "
                       "to Novartis.", lang="en", headline="Licensing deal")
    assert types(x).get("VX-401") == "Product"


def test_pills_in_lower_case_name_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Patients prefer the pill over injections, doctors said.", lang="en",
            headline="Health")
    assert not labels(x)
