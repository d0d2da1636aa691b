"""Firms no catalogue knows, found so their facts do not land on a catalogued company, on
sentences written for these tests, each with a look-alike that keeps its other reading: a
name closing with a trade's or a legal form's word after "run by" is a firm, no person; a
trade's acronym may stand in a firm's description after a seat compound ("a Dublin-based GPU
cloud operator"); the words of compute, optics, photonics and (in German) sensor technology
close a firm's name like other trades'; an insurer named by its trade ("der Cyberversicherer X",
"the insurer X") is a company, as the catalogue's insurers are, so its figures stay its own."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, run_in, triples

from kg.nlp.extract import Extractor

# --- a trade's name after "run by" is a firm ----------------------------------------------


def test_firm_run_by_a_trade_name_is_a_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Zalando has moved more of its orders to warehouses run by Quillmark "
                          "Logistics, a privately held company based in Leeds, that employs about "
                          "1,900 people.", "en")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Quillmark Logistics") == "Company"
    assert not any(about == "Zalando" for about, _ in metric_facts(x, "Employees"))


def test_person_run_by_keeps_the_person(extractor: Extractor) -> None:
    """Look-alike: a person's name after "run by" ends in no trade word."""
    x = run_in(extractor, "The fund is run by Jane Doe, a former banker based in Boston.", "en")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Jane Doe") == "Person"


# --- a trade's acronym inside a firm's seated description ---------------------------------


def test_seated_description_with_an_acronym_names_a_firm(extractor: Extractor) -> None:
    x = run_in(extractor, "Harrowgate Cloudworks, a Dublin-based GPU cloud operator, said it had "
                          "ordered chips from Nvidia and would spend about $2.1 billion on new data "
                          "centers next year.", "en")
    assert "Harrowgate Cloudworks" in labels(x)
    spending = metric_facts(x, "Investment")
    assert ("Harrowgate Cloudworks", Decimal("2100000000")) in spending
    assert not any(about == "Nvidia" for about, _ in spending)


def test_seated_description_after_a_person_names_no_firm(extractor: Extractor) -> None:
    """Look-alike: a person described by a seat and an acronym's trade stays a person."""
    x = run_in(extractor, "Jane Doe, a Dublin-based AI developer, said she had left Nvidia.", "en")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Jane Doe") != "Company"


# --- trade words closing a firm's name ----------------------------------------------------


def test_compute_closes_a_firm_name_after_its_shares(extractor: Extractor) -> None:
    x = run_in(extractor, "Shares of Harrowgate Compute rose 4.2% on Tuesday.", "en")
    assert ("Harrowgate Compute", Decimal("4.2")) in metric_facts(x, "StockPriceChange")


def test_compute_in_lower_case_names_no_firm(extractor: Extractor) -> None:
    """Look-alike: the trade printed as a common noun is no name."""
    x = run_in(extractor, "Shares of compute providers rose 4.2% on Tuesday.", "en")
    assert not any("ompute" in label for label in labels(x))


def test_optics_closes_a_firm_name_after_its_shares(extractor: Extractor) -> None:
    x = run_in(extractor, "Shares of Corvane Optics fell 3.5% after the warning.", "en")
    assert ("Corvane Optics", Decimal("-3.5")) in metric_facts(x, "StockPriceChange")


def test_sensor_trade_closes_a_german_firm_name(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Aktien von Stennfeld Sensorik fielen um 6,1 Prozent. Warburg Research "
                          "stufte die Papiere auf \"Hold\" ab.", "de")
    assert ("Stennfeld Sensorik", Decimal("-6.1")) in metric_facts(x, "StockPriceChange")
    assert any(r.about == "Stennfeld Sensorik" for r in x.ratings)
    assert not any(p == "covers" and o != "Stennfeld Sensorik" for _, p, o in triples(x))


def test_sensor_trade_as_a_common_noun_names_no_firm(extractor: Extractor) -> None:
    """Look-alike: the trade as the sector's noun after an article is no name."""
    x = run_in(extractor, "Die Aktien der Hersteller für Sensorik fielen um 6,1 Prozent.", "de")
    assert not any("Sensorik" in label for label in labels(x))


# --- an insurer named by its trade is a company, whose facts it keeps ----------------------


def test_insurer_by_its_trade_is_a_company_with_its_valuation(extractor: Extractor) -> None:
    x = run_in(extractor, "Allianz steigerte den Gewinn. Der Münchner Cyberversicherer Quelmark, an dem "
                          "Allianz beteiligt ist, sammelte 30 Millionen Euro ein. Quelmark wird dabei mit "
                          "rund 250 Millionen Euro bewertet.", "de")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Quelmark") == "Company"
    assert not any(about == "Allianz" for about, _ in metric_facts(x, "MarketCapitalization"))


def test_bank_by_its_trade_stays_an_institution(extractor: Extractor) -> None:
    """Look-alike: a financial services firm named by its trade is a financial institution."""
    x = run_in(extractor, "Der Münchner Finanzdienstleister Quelmark sammelte 30 Millionen Euro ein.", "de")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Quelmark") == "FinancialInstitution"


def test_english_insurer_by_its_trade_is_a_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Shares of the specialty insurer Harwick fell 4% after storm losses.", "en")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Harwick") == "Company"


def test_english_lender_by_its_trade_stays_an_institution(extractor: Extractor) -> None:
    """Look-alike: a lender named by its trade is a financial institution."""
    x = run_in(extractor, "Shares of the digital lender Harwick fell 4% after bad loans.", "en")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Harwick") == "FinancialInstitution"
