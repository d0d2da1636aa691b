"""Names and multiples that a sector, a debt word or a sale must not bend, on sentences
written for these tests (catalogued companies and houses, invented units and figures): a
sector named with a trade ending ("Application Software stocks", "Cloud Software") is no
firm; a house taking up coverage of a sector or a region's stocks ("European Luxury Goods",
"Latin American Banks", "Magnificent Seven stocks") covers no firm of that name and keeps
the rating of the company it names; a debt word takes a multiple only where it governs it
("leverage of 1.1x"), not from earlier in the clause; a name called a former unit, or one a
company sells, is no unit of it. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, run, run_in, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    """Each entity's type by its label."""
    return {e.label: e.type for e in x.entities}


# --- a sector named with a trade ending ------------------------------------------------------

def test_sector_with_a_trade_ending_before_stocks_is_no_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Application Software stocks slid on Wednesday as Salesforce lost 3.5%.", "en")
    assert "Application Software" not in labels(x)
    assert "Salesforce" in labels(x)


def test_sector_words_before_the_ending_name_no_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Fund managers sold Enterprise Software names after Microsoft unveiled "
               "cheaper tools. Cloud Software stocks such as Snowflake dropped 6%.", "en")
    assert not {"Enterprise Software", "Cloud Software"} & labels(x)
    assert "Snowflake" in labels(x)


def test_firm_named_with_the_ending_that_names_a_person_stays_a_company(extractor: Extractor) -> None:
    """Look-alike: "names" as the verb of an appointment after a firm's name keeps the firm."""
    x = run_in(extractor, "Verrando Robotics names Jane Doe chief executive. Verrando shares rose "
               "4.1% on Tuesday.", "en")
    assert kinds(x).get("Verrando Robotics") == "Company"


# --- coverage of a sector or a region's stocks -----------------------------------------------

def test_coverage_of_a_group_of_stocks_keeps_the_named_companys_rating(extractor: Extractor) -> None:
    x = run_in(extractor, "Barclays initiated coverage of Magnificent Seven stocks, rating Microsoft "
               "overweight.", "en")
    assert "Magnificent Seven" not in labels(x)
    assert ("Barclays", "Microsoft", "overweight") in rating_facts(x)


def test_coverage_of_a_regions_sector_makes_no_company(extractor: Extractor) -> None:
    x = run_in(extractor, "UBS began coverage of European Luxury Goods with Kering as its top pick, "
               "rated buy. Citigroup started coverage of Latin American Banks, rating Santander "
               "neutral.", "en")
    assert not {"European Luxury Goods", "Latin American Banks"} & labels(x)
    assert not any(about in ("European Luxury Goods", "Latin American Banks")
                   for _, about, _ in rating_facts(x))


def test_coverage_of_an_unknown_firm_still_makes_it_a_company(extractor: Extractor) -> None:
    """Look-alike: a firm's name of two words, ending in neither a plural nor a sector's
    word, is covered as a firm."""
    x = run_in(extractor, "Jefferies initiated coverage of Norvale Instruments with a buy rating.", "en")
    assert kinds(x).get("Norvale Instruments") == "Company"
    assert ("Jefferies", "covers", "Norvale Instruments") in triples(x)


# --- a debt word and a multiple ---------------------------------------------------------------

def test_debt_word_earlier_in_the_clause_keeps_the_valuation_multiple(extractor: Extractor) -> None:
    x = run_in(extractor, "Despite its heavy leverage Siemens trades at 17 times earnings.", "en")
    assert ("Siemens", Decimal("17")) in metric_facts(x, "ValuationMultiple")


def test_debt_word_earlier_in_the_clause_keeps_the_multiple_in_german(extractor: Extractor) -> None:
    x = run_in(extractor, "Trotz der hohen Leverage wird Siemens mit dem 17-Fachen des Gewinns "
               "bewertet.", "de")
    assert ("Siemens", Decimal("17")) in metric_facts(x, "ValuationMultiple")


def test_debt_word_governing_the_multiple_gives_no_valuation(extractor: Extractor) -> None:
    """Look-alike: the ratio's own figure after its words is no valuation multiple."""
    for body, lang in (("Siemens said its leverage of 1.3x was lower than a year ago.", "en"),
                       ("The net debt to EBITDA ratio of Siemens stood at 2.2x in June.", "en"),
                       ("Der Verschuldungsgrad von 2,1 sei für Siemens tragbar.", "de")):
        x = run_in(extractor, body, lang)
        assert not metric_facts(x, "ValuationMultiple"), body


# --- a unit that was, or that is sold ----------------------------------------------------------

def test_former_unit_is_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Siemens reported higher orders on Thursday. The Nordhavn Marine Group, its "
            "former unit, posted revenue of $3.1 billion last year.", lang="en",
            headline="Siemens orders rise")
    assert kinds(x).get("Nordhavn Marine Group") != "BusinessUnit"
    assert ("Nordhavn Marine Group", "subsidiaryOf", "Siemens") not in triples(x)


def test_unit_a_company_sells_is_no_unit_of_it(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sold Nordhavn Marine Group, its shipping arm, to Carlyle for $1.4 "
            "billion.", lang="en", headline="Siemens sells shipping business")
    assert kinds(x).get("Nordhavn Marine Group") != "BusinessUnit"
    assert ("Nordhavn Marine Group", "subsidiaryOf", "Siemens") not in triples(x)


def test_current_unit_after_another_verb_stays_a_unit(extractor: Extractor) -> None:
    """Look-alike: a company's present unit, named by a verb other than selling, is its unit."""
    x = run(extractor, "Siemens reported higher orders on Thursday. It expanded Nordhavn Marine "
            "Group, its shipping arm, with a new yard in Kiel.", lang="en",
            headline="Siemens orders rise")
    assert kinds(x).get("Nordhavn Marine Group") == "BusinessUnit"
    assert ("Nordhavn Marine Group", "subsidiaryOf", "Siemens") in triples(x)
