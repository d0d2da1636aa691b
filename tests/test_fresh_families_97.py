"""English news on European and US banks and insurers, on families of construction that hold
in any article, on sentences written for these tests (catalogued companies, invented figures):
a rating term standing before the subject of a passive clause is the clause before's, not
given by the passive's agent ("UBS kept a Sell rating on Generali, and Zurich was cut to
Neutral by BNP"), and a singular passive word has one subject, not a list; a house the
company owns sets no estimate of it ("The Munich company, which owns the asset manager PIMCO,
raised its outlook"); the income a profit is made "on" and a bank's total income are revenue;
a title opening a subordinate clause without a comma ("… in Commerzbank as Chief Executive X
keeps up the pressure") is the title of the company opening the sentence; an apposition
naming whose rival a company is ("Deutsche Bank, Commerzbank's larger domestic rival,"), and
"its … rival" with a hyphened place adjective; a bank's price move right before "in" and a
city, its name opening the clause, lists the bank on the city's exchange. Each with a look-alike that
keeps its other reading."""

from __future__ import annotations

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a rating term before the subject of a passive clause --------------------------------


def test_term_before_the_passive_subject_is_the_clause_befores(extractor: Extractor) -> None:
    x = run(extractor, "UBS kept a Sell rating on Generali, and Zurich Insurance Group was cut to "
            "Neutral from Outperform by BNP Paribas.", lang="en", headline="Insurers")
    ratings = {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("UBS", "Generali", "Sell") in ratings
    assert ("BNP Paribas", "Zurich Insurance Group", "Neutral") in ratings
    assert ("BNP Paribas", "covers", "Generali") not in triples(x)
    assert not [r for r in x.ratings if r.by == "BNP Paribas" and r.about == "Generali"]


def test_plural_passive_keeps_its_listed_subjects(extractor: Extractor) -> None:
    """Look-alike: "were" after two names joined by "and" rates both."""
    x = run(extractor, "Generali and Zurich Insurance Group were cut to Neutral by BNP Paribas.",
            lang="en", headline="Insurers")
    assert {(r.by, r.about) for r in x.ratings} == {("BNP Paribas", "Generali"),
                                                   ("BNP Paribas", "Zurich Insurance Group")}


# --- a house the company owns ------------------------------------------------------------


def test_owned_house_sets_no_estimate_of_its_owner(extractor: Extractor) -> None:
    x = run(extractor, "Allianz is the pick of the sector. The Munich company, which owns the asset "
            "manager PIMCO, raised its 2026 operating profit outlook to about €16.5 billion.",
            lang="en", headline="Insurers")
    [profit] = [f for f in x.figures if f.metric == "Profit"]
    assert (profit.about, profit.estimated_by, profit.status) == ("Allianz", None, "Guidance")
    assert ("PIMCO", "covers", "Allianz") not in triples(x)


def test_other_house_still_estimates(extractor: Extractor) -> None:
    """Look-alike: a house the company does not own sets its target."""
    x = run(extractor, "Allianz is the pick of the sector. Barclays, which has an Overweight rating "
            "on the stock, raised its price target on Allianz to €420.", lang="en", headline="Insurers")
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Allianz", "Barclays")}


# --- the income a profit is made on ------------------------------------------------------


def test_income_a_profit_is_made_on_is_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Barclays made a pre-tax profit of £2.4bn in the third quarter on income of "
            "£7.1bn.", lang="en", headline="Barclays results")
    assert ("Barclays", 7100000000) in metric_facts(x, "Revenue")
    assert ("Barclays", 7100000000) not in metric_facts(x, "Profit")
    assert ("Barclays", 2400000000) in metric_facts(x, "Profit")


def test_total_income_is_revenue_and_net_income_profit(extractor: Extractor) -> None:
    """Look-alike: "net income" stays a profit beside "total income"."""
    x = run(extractor, "Barclays' total income rose 5% to £7.1bn in the third quarter, while net "
            "income rose to £1.9bn.", lang="en", headline="Barclays results")
    assert ("Barclays", 7100000000) in metric_facts(x, "Revenue")
    assert ("Barclays", 1900000000) in metric_facts(x, "Profit")


# --- a title opening a subordinate clause ------------------------------------------------


def test_title_after_a_subordinator_is_the_opening_companys(extractor: Extractor) -> None:
    x = run(extractor, "UniCredit raised its holding in Commerzbank to about 29%, edging closer to a "
            "bid as Chief Executive Officer Andrea Orcel keeps up the pressure on the lender.",
            lang="en", headline="Bank stakes")
    posts = {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}
    assert posts == {("Andrea Orcel", "UniCredit")}


def test_title_named_with_its_company_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the company named right before the title owns it."""
    x = run(extractor, "UniCredit raised its holding to about 29% as Commerzbank chief executive "
            "Bettina Orlopp met investors.", lang="en", headline="Bank stakes")
    posts = {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}
    assert posts == {("Bettina Orlopp", "Commerzbank")}


# --- rival appositions ---------------------------------------------------------------------


def test_apposition_naming_whose_rival(extractor: Extractor) -> None:
    x = run(extractor, "UniCredit bought more shares. Deutsche Bank, Commerzbank's larger domestic "
            "rival, has ruled out a counterbid.", lang="en", headline="Bank stakes")
    assert ("Commerzbank", "competitorOf", "Deutsche Bank") in triples(x)


def test_apposition_naming_whose_shareholder_is_no_rivalry(extractor: Extractor) -> None:
    """Look-alike: the same apposition with another noun names no rival."""
    x = run(extractor, "UniCredit bought more shares. Deutsche Bank, Commerzbank's largest "
            "shareholder, has ruled out a counterbid.", lang="en", headline="Bank stakes")
    assert not [t for t in triples(x) if t[1] == "competitorOf"]


def test_its_rival_with_a_hyphened_place_adjective(extractor: Extractor) -> None:
    x = run(extractor, "HSBC reported a rise in profit. Standard Chartered, its smaller Asia-focused "
            "rival, reports results on Thursday.", lang="en", headline="HSBC results")
    assert ("HSBC", "competitorOf", "Standard Chartered") in triples(x)


def test_its_partner_with_a_hyphened_place_adjective_is_no_rival(extractor: Extractor) -> None:
    """Look-alike: the same apposition calling it a partner."""
    x = run(extractor, "HSBC reported a rise in profit. Standard Chartered, its Asia-focused "
            "partner, reports results on Thursday.", lang="en", headline="HSBC results")
    assert not [t for t in triples(x) if t[1] == "competitorOf"]


# --- a bank's move in a city ----------------------------------------------------------------


def test_bank_moving_in_a_city_trades_there(extractor: Extractor) -> None:
    x = run(extractor, "Commerzbank rose 2%, and UniCredit fell 1.3% in Milan.", lang="en",
            headline="Bank stocks")
    assert ("UniCredit", "listedOn", "Borsa Italiana") in triples(x)


def test_bank_governed_by_a_noun_does_not_trade_in_the_city(extractor: Extractor) -> None:
    """Look-alike: a noun before the bank's name ("Interest in HSBC") is what rose."""
    x = run(extractor, "Interest in HSBC rose 3.4% in London after the results.", lang="en",
            headline="HSBC results")
    assert not [t for t in triples(x) if t[1] == "listedOn"]
