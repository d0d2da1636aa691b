"""Relations of takeovers, stakes, units and suppliers, on families of construction that hold in
any article, on sentences written for these tests (catalogued companies with invented facts,
invented names where a name the catalogue lacks is the point):

- an apposition naming a parent after a comma ("competes with Valeo and Forvia, a unit of
  Renault,") describes the name right before the comma, not the subject of the verb whose
  object that name is;
- a firm described by what it does before its noun ("Norvale Advanced Coatings, a Leipzig-based
  chip packaging firm") is a company, no product, and news' later name for it, the first word of
  its three ("Norvale supplies …"), is that company;
- a firm described by its trade noun ("Valeo, a Paris-based developer of brake software", "a
  Leipzig studio") is a company;
- a name past a conjunction opening a clause of its own ("agrees to buy a Leipzig studio … as
  Nordex ties deepen") or past a dash set off by spaces ("Siemens steigt bei Leipziger Spezialisten
  ein - Konkurrenz durch Nordex wächst") is no object of the verb before;
- a parent given as the owner's compound of a unit noun and a name ("eine Tochter der
  Siemens-Autosparte Valeo") is not the owner named in the compound;
- a fund's noun before a name ("der Münchner Infrastrukturfonds Talbrück Capital") describes the
  name and is no word of it;
- a purchase of a stake pays for a part only: the value a deal then puts on the company ("agreed
  to buy a 20% stake in Nordex … The deal values Nordex at …") is the company's valuation, not the
  buyer's investment.

Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str, headline: str = "Market report") -> Extraction:
    return run(extractor, body, lang="en", headline=headline)


def types(x: Extraction) -> dict[str, str]:
    """Each entity's label with its type."""
    return {e.label: e.type for e in x.entities}


# --- an apposition naming a parent --------------------------------------------------------

def test_unit_apposition_after_an_object_describes_that_object(extractor: Extractor) -> None:
    x = en(extractor, "Bosch competes with Valeo and Forvia, a unit of Renault, for brake orders.")
    assert ("Forvia", "subsidiaryOf", "Renault") in triples(x)
    assert ("Bosch", "subsidiaryOf", "Renault") not in triples(x)
    y = en(extractor, "Bosch competes with Valeo and Forvia, the Paris-based unit of Renault, "
                      "for brake orders.")
    assert ("Forvia", "subsidiaryOf", "Renault") in triples(y)
    assert ("Bosch", "subsidiaryOf", "Renault") not in triples(y)


def test_unit_apposition_after_the_subject_stays(extractor: Extractor) -> None:
    """Look-alike: the apposition right after the subject describes the subject."""
    x = en(extractor, "Forvia, a unit of Renault, said on Monday it would cut jobs.")
    assert ("Forvia", "subsidiaryOf", "Renault") in triples(x)


def test_unit_after_a_copula_stays(extractor: Extractor) -> None:
    """Look-alike: "X is a unit of Y" without a comma names X's parent."""
    x = en(extractor, "Bosch is a unit of Renault, the paper said.")
    assert ("Bosch", "subsidiaryOf", "Renault") in triples(x)


# --- a firm described by what it does ------------------------------------------------------

def test_firm_described_by_its_trade_is_a_company(extractor: Extractor) -> None:
    x = en(extractor, "Siemens agreed to buy a stake in Norvale Advanced Coatings, a Leipzig-based "
                      "chip packaging firm. Norvale supplies Infineon with wafers.")
    assert types(x).get("Norvale Advanced Coatings") == "Company"
    assert ("Siemens", "investsIn", "Norvale Advanced Coatings") in triples(x)
    assert ("Norvale Advanced Coatings", "supplierOf", "Infineon Technologies") in triples(x)


def test_buyout_firm_stays_an_institution(extractor: Extractor) -> None:
    """Look-alike: a firm of investing described so is a financial institution, and its short
    name stays with the full name found before."""
    x = en(extractor, "Brightmoor Capital agreed to buy Nordex last month. Brightmoor, a London-based "
                      "buyout firm, has until May to improve its terms.")
    assert types(x).get("Brightmoor Capital") == "FinancialInstitution"
    assert "Brightmoor" not in types(x)


def test_product_described_with_a_clause_stays(extractor: Extractor) -> None:
    """Look-alike: a kind noun followed by a determiner opens a clause about the product."""
    x = en(extractor, "Nvidia showed Talvor, an AI chip the company designs in-house.")
    assert types(x).get("Talvor") == "Product"


# --- a stake bought, the company valued ----------------------------------------------------

def test_deal_for_a_stake_values_the_company(extractor: Extractor) -> None:
    x = en(extractor, "Siemens agreed to buy a 20% stake in Nordex for 800 million euros. The deal "
                      "values Nordex at 4 billion euros.")
    assert ("Nordex", Decimal("4000000000")) in metric_facts(x, "MarketCapitalization")
    assert ("Siemens", Decimal("4000000000")) not in metric_facts(x, "Investment")
    assert ("Siemens", Decimal("800000000")) in metric_facts(x, "Investment")


def test_deal_for_the_whole_company_stays_the_price(extractor: Extractor) -> None:
    """Look-alike: a deal for the whole company values it at the buyer's price."""
    x = en(extractor, "Siemens agreed to buy Nordex. The deal values Nordex at 4 billion euros.")
    assert ("Siemens", Decimal("4000000000")) in metric_facts(x, "Investment")


# --- a firm described by its trade noun ---------------------------------------------------

def test_developer_described_is_a_company(extractor: Extractor) -> None:
    x = en(extractor, "Bosch bought Korvento Games, a Montreal-based developer of online shooters, "
                      "for 300 million euros. Korvento employs 120 people.")
    assert types(x).get("Korvento Games") == "Company"
    assert ("Bosch", "acquired", "Korvento Games") in triples(x)
    assert ("Korvento Games", Decimal("120")) in metric_facts(x, "Employees")


# --- a name past a clause's opening --------------------------------------------------------

def test_name_after_a_clause_conjunction_is_no_object(extractor: Extractor) -> None:
    x = en(extractor, "Siemens agrees to buy a Leipzig studio for 50 million euros as Nordex ties "
                      "deepen.")
    assert ("Siemens", "acquired", "Nordex") not in triples(x)


def test_name_past_a_spaced_dash_is_no_object(extractor: Extractor) -> None:
    x = run(extractor, "Siemens steigt bei Leipziger Spezialisten ein - Konkurrenz durch Nordex "
                       "wächst.")
    assert ("Siemens", "investsIn", "Nordex") not in triples(x)


def test_object_before_the_clause_stays(extractor: Extractor) -> None:
    """Look-alike: the name right after the verb, before the conjunction or the dash, is its
    object."""
    x = en(extractor, "Siemens agreed to buy Nordex as its rivals hesitated.")
    assert ("Siemens", "acquired", "Nordex") in triples(x)
    y = run(extractor, "Siemens steigt bei Nordex ein - die Aktie legt zu.")
    assert ("Siemens", "investsIn", "Nordex") in triples(y)


# --- a parent named after its owner's unit compound ----------------------------------------

def test_owner_in_a_unit_compound_is_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Die Scheinwerfer liefert Hella, eine Tochter der Siemens-Autosparte Valeo.")
    assert ("Hella", "subsidiaryOf", "Siemens") not in triples(x)


def test_parent_in_a_group_compound_stays(extractor: Extractor) -> None:
    """Look-alike: the owner's group compound alone ("des Valeo-Konzerns") names the parent."""
    x = run(extractor, "Die Scheinwerfer liefert Hella, eine Tochter des Valeo-Konzerns.")
    assert ("Hella", "subsidiaryOf", "Valeo") in triples(x)
    y = run(extractor, "Die Scheinwerfer liefert Hella, eine Tochter von Valeo.")
    assert ("Hella", "subsidiaryOf", "Valeo") in triples(y)


# --- a fund's noun before a name -----------------------------------------------------------

def test_fund_noun_is_no_word_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Verkäufer ist der Münchner Infrastrukturfonds Talbrück Capital, der seit 2020 "
                       "die Mehrheit an Nordex hält.")
    assert types(x).get("Talbrück Capital") == "FinancialInstitution"
    assert ("Talbrück Capital", "locatedIn", "Munich") in triples(x)
    assert not any(label.startswith("Infrastrukturfonds") for label in types(x))


def test_name_without_a_fund_noun_stays(extractor: Extractor) -> None:
    """Look-alike: the same name after a place's adjective alone."""
    x = run(extractor, "Verkäufer ist die Münchner Talbrück Capital, die seit 2020 die Mehrheit an "
                       "Nordex hält.")
    assert ("Talbrück Capital", "locatedIn", "Munich") in triples(x)
