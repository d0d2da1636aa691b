"""Readings that must not reach past their construction, each beside the reading it keeps:
a company is what moved an index only with the index named before it ("The Nikkei fell,
dragged down by X"; not "The round was led by X"); a rival is one competed with or won against,
not a customer a contract is won with; an institution's noun ends the description that types a
name unless a name follows the noun ("X GmbH, a unit of insurer Y" types Y, not X); a value for
a bank is a price, not a move ("rose 5% on a Jefferies upgrade" names the house); a state's word
after a place makes it a state only where no noun of a state's holding follows ("Washington
state", not "Abu Dhabi state fund"); a plural noun after a list of names
is no verb in the singular ("Siemens and Bosch shares rose …"). Sentences written for the
tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, run_in, triples

from kg.nlp.extract import Extractor


def test_an_investor_leading_a_round_takes_no_figure(extractor: Extractor) -> None:
    x = run_in(extractor, "Mistral AI raised $2 billion. The round was led by SoftBank. Revenue "
                          "rose 40% to $300 million.", "en")
    assert ("Mistral AI", Decimal("300000000")) in metric_facts(x, "Revenue")
    assert not [about for about, _ in metric_facts(x, "Revenue") if about != "Mistral AI"]


def test_a_company_that_dragged_an_index_down_keeps_the_report(extractor: Extractor) -> None:
    """Look-alike: the index named before the company that moved it."""
    x = run_in(extractor, "The Nikkei fell 1.2%, dragged down by SoftBank Group. Its shares slid "
                          "4%.", "en")
    assert ("SoftBank Group", Decimal("-4")) in metric_facts(x, "StockPriceChange")


def test_a_contract_won_with_a_customer_names_no_rival(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens won a contract with Deutsche Bahn.", "en")
    assert ("Siemens", "supplierOf", "Deutsche Bahn") in triples(x)
    assert not {t for t in triples(x) if t[1] == "competitorOf"}


def test_a_unit_of_an_insurer_is_a_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Knorr-Bremse bought Tessaly GmbH, a unit of insurer Allianz.", "en")
    assert ("Knorr-Bremse", "acquired", "Tessaly") in triples(x)
    assert "Tessaly" in labels(x)
    assert not {e.label for e in x.entities if e.type == "FinancialInstitution"} & {"Tessaly"}


def test_an_investment_firm_described_so_is_an_institution(extractor: Extractor) -> None:
    """Look-alike: the institution's noun ends the description."""
    x = run_in(extractor, "Alpenwerk Holdings, a Geneva-based investment company, bought a stake "
                          "in Siemens.", "en")
    assert {e.type for e in x.entities if e.label.startswith("Alpenwerk")} == {"FinancialInstitution"}


def test_a_move_on_an_upgrade_leaves_the_house_its_target(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens rose 5% on a Jefferies upgrade; Jefferies raised its target to "
                          "250 euros.", "en")
    assert ("Siemens", Decimal("250")) in metric_facts(x, "PriceTarget")
    assert not [about for about, _ in metric_facts(x, "PriceTarget") if about != "Siemens"]


def test_a_city_before_a_state_fund_stays_a_place(extractor: Extractor) -> None:
    x = run_in(extractor, "Abu Dhabi state fund Mubadala bought a 5% stake in Siemens.", "en")
    assert "Abu Dhabi" in labels(x)


def test_a_state_after_its_name_is_no_city(extractor: Extractor) -> None:
    """Look-alike: "Washington state" ending its phrase is the state."""
    x = run_in(extractor, "Microsoft opened a data centre in Washington state.", "en")
    assert "Washington, D.C." not in labels(x)


def test_shares_after_a_list_is_no_verb(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens and Bosch shares rose after they agreed to buy Osram.", "en")
    assert {("Siemens", "acquired", "Osram"), ("Bosch", "acquired", "Osram")} <= triples(x)
