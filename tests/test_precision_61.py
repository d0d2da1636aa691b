"""Wrong readings of six families, each fixed so that it holds for any article:

* "Die Arbeitslosenquote stieg auf 6,1 Prozent", "China's auto sales rose 5%" after a sentence
  on a company: a figure whose subject is a country, its economy, a market or a macro quantity
  is no company's; a place adverbial ("its market share in Germany", "its China sales") keeps
  the company's reading;
* "KKR … Blackstone … The asset manager said": a kind noun two companies of the passage fit
  means neither;
* "SAP, the software maker with revenue of 34 billion euros last year, rose 2%": the move after
  the apposition is the name's, not a change of the amount inside it;
* "Allianz … The lender said revenue rose 5%": a kind noun that resolved to no one and whose
  trade the passage's company does not have blocks the passage's company;
* "Boeing (NYSE: BA)", "BAE Systems (LSE: BA)": a ticker two companies share names the one its
  exchange code picks, and no one where none picks;
* "X, derzeit COO beim Mainzer Konkurrenten Merck,": a post at a rival is never the passage's
  company's.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, metric_facts, run_in, triples

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# --- country and market figures ---------------------------------------------------------------

_DE_OPENING = "Volkswagen steigerte den Umsatz um 4 Prozent. "
_EN_OPENING = "Walmart's revenue rose 4%. "


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Die Arbeitslosenquote stieg auf 6,1 Prozent."),
    ("de", "Die Arbeitslosenquote sank um 0,1 Prozentpunkte auf 6,0 Prozent."),
    ("de", "Die Umsätze im Einzelhandel stiegen um 2 Prozent."),
    ("de", "Chinas Autoabsatz sank um 5 Prozent."),
    ("en", "China's auto sales rose 5%."),
    ("en", "Germany's car sales fell 3%."),
])
def test_macro_figure_is_no_company_figure(extractor: Extractor, lang: str, sentence: str) -> None:
    opening = _DE_OPENING if lang == "de" else _EN_OPENING
    x = run_in(extractor, opening + sentence, lang)
    assert {value for _about, _metric, value, _unit in figure_facts(x)} == {Decimal("4")}


@pytest.mark.parametrize(("lang", "sentence", "metric", "value"), [
    ("de", "Der Marktanteil in Deutschland stieg auf 12 Prozent.", "MarketShare", Decimal("12")),
    ("en", "Its market share in Germany rose to 12%.", "MarketShare", Decimal("12")),
    ("en", "The company's U.S. sales rose 3%.", "RevenueGrowth", Decimal("3")),
])
def test_place_adverbial_keeps_company_figure(extractor: Extractor, lang: str, sentence: str,
                                              metric: str, value: Decimal) -> None:
    opening, company = (_DE_OPENING, "Volkswagen") if lang == "de" else (_EN_OPENING, "Walmart")
    x = run_in(extractor, opening + sentence, lang)
    assert (company, value) in metric_facts(x, metric)


@pytest.mark.parametrize(("lang", "body", "company"), [
    ("en", "Walmart reported results on Tuesday. Its China sales rose 8%.", "Walmart"),
    ("de", "Ceconomy legte am Dienstag Zahlen vor. Der Einzelhandelskonzern steigerte den Umsatz "
           "um 3 Prozent.", "Ceconomy"),
])
def test_company_noun_of_the_trade_keeps_figure(extractor: Extractor, lang: str, body: str,
                                                company: str) -> None:
    x = run_in(extractor, body, lang)
    assert {about for about, _value in metric_facts(x, "RevenueGrowth")} == {company}


# --- a kind noun two companies fit ------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "KKR bought Siemens Healthineers shares. Blackstone bid too. The asset manager said "
           "revenue rose 5%."),
    ("de", "KKR kaufte Aktien von Siemens Healthineers. Blackstone bot ebenfalls. Der "
           "Vermögensverwalter steigerte den Umsatz um 5 Prozent."),
])
def test_kind_noun_two_companies_fit_means_none(extractor: Extractor, lang: str, body: str) -> None:
    assert not metric_facts(run_in(extractor, body, lang), "RevenueGrowth")


@pytest.mark.parametrize(("lang", "body", "company"), [
    ("en", "Blackstone bid for Siemens Healthineers. The asset manager said revenue rose 5%.",
     "Blackstone"),
    ("en", "KKR bought Siemens Healthineers shares. Deutsche Bank advised. The asset manager said "
           "revenue rose 5%.", "KKR"),
    ("de", "Blackstone bot für Siemens Healthineers. Der Vermögensverwalter steigerte den Umsatz "
           "um 5 Prozent.", "Blackstone"),
])
def test_kind_noun_one_company_fits(extractor: Extractor, lang: str, body: str, company: str) -> None:
    assert metric_facts(run_in(extractor, body, lang), "RevenueGrowth") == {(company, Decimal("5"))}


# --- a move after an apposition that holds an amount ------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "SAP, the software maker with revenue of 34 billion euros last year, rose 2% on Tuesday."),
    ("de", "SAP, der Softwarekonzern mit einem Umsatz von 34 Milliarden Euro im vergangenen Jahr, "
           "stieg am Dienstag um 2 Prozent."),
])
def test_move_after_apposition_is_no_change_of_its_amount(extractor: Extractor, lang: str,
                                                          body: str) -> None:
    x = run_in(extractor, body, lang)
    assert ("SAP", "Revenue", Decimal("34000000000"), "EUR") in figure_facts(x)
    assert {(about, metric) for about, metric, value, _unit in figure_facts(x)
            if value == Decimal("2")} <= {("SAP", "StockPriceChange")}


def test_move_after_apposition_is_the_share_move(extractor: Extractor) -> None:
    body = ("Die Aktie von SAP war gefragt. SAP, der Softwarekonzern mit einem Umsatz von 34 "
            "Milliarden Euro im vergangenen Jahr, stieg am Dienstag um 2 Prozent.")
    assert ("SAP", Decimal("2")) in metric_facts(run_in(extractor, body, "de"), "StockPriceChange")


@pytest.mark.parametrize(("lang", "body", "metric", "value"), [
    ("en", "Lufthansa flew 4.6 million passengers in November, up 5% from a year earlier.",
     "Other", Decimal("5")),
    ("en", "SAP posted cloud revenue of 4.9 billion euros, up 27% from a year earlier.",
     "RevenueGrowth", Decimal("27")),
    ("de", "SAP, der Softwarekonzern aus Walldorf, steigerte den Umsatz um 2 Prozent.",
     "RevenueGrowth", Decimal("2")),
])
def test_change_of_a_count_or_metric_keeps_its_reading(extractor: Extractor, lang: str, body: str,
                                                       metric: str, value: Decimal) -> None:
    x = run_in(extractor, body, lang)
    assert value in {v for _about, v in metric_facts(x, metric)}


# --- an institution noun of another trade ------------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Allianz reported results on Tuesday. The lender said revenue rose 5%."),
    ("de", "Allianz legte am Dienstag Zahlen vor. Die Bank steigerte den Umsatz um 5 Prozent."),
])
def test_unresolved_institution_of_another_trade_blocks_fallback(extractor: Extractor, lang: str,
                                                                 body: str) -> None:
    assert not metric_facts(run_in(extractor, body, lang), "RevenueGrowth")


@pytest.mark.parametrize(("lang", "body", "company"), [
    ("en", "Allianz reported results on Tuesday. The insurer said revenue rose 5%.", "Allianz"),
    ("en", "Commerzbank reported results on Tuesday. The lender said revenue rose 5%.",
     "Commerzbank"),
    ("de", "Commerzbank legte am Dienstag Zahlen vor. Die Bank steigerte den Umsatz um 5 Prozent.",
     "Commerzbank"),
    ("en", "Allianz reported results on Tuesday. Revenue rose 5%.", "Allianz"),
])
def test_noun_of_the_trade_keeps_fallback(extractor: Extractor, lang: str, body: str,
                                          company: str) -> None:
    assert metric_facts(run_in(extractor, body, lang), "RevenueGrowth") == {(company, Decimal("5"))}


# --- shared tickers -------------------------------------------------------------------------

def _ticker_labels(gazetteer: Gazetteer, text: str) -> list[str]:
    return [m.label for m in gazetteer.find(text) if m.rule == "gazetteer/ticker"]


def test_catalogue_shares_the_ticker(catalogue: Catalogue) -> None:
    holders = {entry.label for entry in catalogue.entries.values() if "BA" in entry.tickers}
    assert {"Boeing", "BAE Systems"} <= holders


@pytest.mark.parametrize(("text", "labels"), [
    ("The shares (NYSE: BA) rose.", ["Boeing"]),
    ("The shares (LSE: BA) rose.", ["BAE Systems"]),
    ("Merck (NYSE: MRK) fell.", ["Merck & Co."]),
    ("Boeing (BA) rose.", ["Boeing"]),
    ("BAE Systems (BA) rose.", ["BAE Systems"]),
    ("Shares of (BA) rose.", []),
])
def test_shared_ticker_needs_its_venue(gazetteer: Gazetteer, text: str, labels: list[str]) -> None:
    assert _ticker_labels(gazetteer, text) == labels


def test_ticker_of_one_company_needs_no_venue(gazetteer: Gazetteer) -> None:
    assert [m.label for m in gazetteer.find("Apple (AAPL) rose.")] == ["Apple", "Apple"]


# --- a post at a rival ----------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("de", "BioNTech holt einen neuen Finanzchef. Anna Müller, derzeit COO beim Mainzer "
           "Konkurrenten Merck, soll im Mai beginnen."),
    ("de", "BioNTech holt einen neuen Finanzchef. Anna Müller, derzeit COO beim Konkurrenten, "
           "soll im Mai beginnen."),
    ("en", "BioNTech named a new finance chief. Anna Miller, currently COO at Mainz-based rival "
           "Merck, will start in May."),
])
def test_post_at_rival_is_not_the_passage_company(extractor: Extractor, lang: str, body: str) -> None:
    assert not any(p == "worksFor" and o == "BioNTech" for _s, p, o in triples(run_in(extractor, body, lang)))


@pytest.mark.parametrize(("lang", "body", "employer"), [
    ("de", "BioNTech holt einen neuen Finanzchef. Anna Müller, bisher COO des Unternehmens, soll "
           "im Mai beginnen.", "BioNTech"),
    ("en", "BioNTech named a new finance chief. Anna Miller, currently COO at the company, will "
           "start in May.", "BioNTech"),
    ("en", "BioNTech named a new finance chief. Anna Miller, currently COO at rival Merck, will "
           "start in May.", "Merck KGaA"),
    ("de", "Gerresheimer sucht eine Chefin. Anna Müller, derzeit COO beim Mainzer Konkurrenten "
           "Schott Pharma, soll im Mai beginnen.", "Schott Pharma"),
])
def test_post_without_rival_keeps_its_employer(extractor: Extractor, lang: str, body: str,
                                               employer: str) -> None:
    person = "Anna Müller" if lang == "de" else "Anna Miller"
    assert (person, "worksFor", employer) in triples(run_in(extractor, body, lang))


def test_rival_outside_the_apposition_keeps_the_analysts_house(extractor: Extractor) -> None:
    body = ("Evercore ISI cut its price target on Starbucks. Analyst Anna Miller said sales remain "
            "under pressure from local rival Luckin Coffee.")
    assert ("Anna Miller", "worksFor", "Evercore ISI") in triples(run_in(extractor, body, "en"))


def test_new_post_beside_a_rival_apposition_is_the_passage_companys(extractor: Extractor) -> None:
    body = ("BioNTech holt eine Finanzchefin. Anna Müller, derzeit COO beim Konkurrenten Merck, wird "
            "im Mai Finanzchefin.")
    found = {(r.object, r.role) for r in run_in(extractor, body, "de").relations
             if r.subject == "Anna Müller" and r.predicate == "worksFor"}
    assert found == {("BioNTech", "Finanzchefin")}
