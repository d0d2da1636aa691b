"""Catalogue coverage: brokers' research arms, Brazil's Ibovespa, construction and mining
machinery makers and Germany's largest family-owned companies, each grown as a whole public list.

Each list's members are catalogued with the right type (a research arm as a financial
institution under its bank, a maker's unit under its owner), with B3 tickers for the Brazilian
members, and are found in a sentence written for the test by their canonical name and by a
printed alias; words, towns and names that look like them name nothing."""

from __future__ import annotations

import pytest
from helpers import labels, rating_facts, run, run_in

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor

RESEARCH = ["Bradesco BBI", "Itaú Unibanco", "BTG Pactual", "XP Inc.", "Bank of America",
            "China International Capital Corporation", "CITIC Securities", "Haitong Securities",
            "Huatai Securities", "Guotai Junan Securities", "China Merchants Securities",
            "Mirae Asset", "Samsung Securities", "KB Securities", "NH Investment & Securities",
            "Daiwa Securities", "SMBC Nikko Securities", "Mizuho", "Macquarie Group", "CLSA",
            "Jefferies", "Bernstein", "Redburn Atlantic", "Kepler Cheuvreux", "Oddo BHF",
            "Berenberg", "Warburg Research", "Metzler", "Hauck Aufhäuser Lampe", "mwb research",
            "Montega", "First Berlin Equity Research", "SMC Research", "Quirin Privatbank",
            "Pareto Securities", "DNB Carnegie", "ABG Sundal Collier", "Equita", "Mediobanca",
            "Stifel", "Raymond James", "Piper Sandler", "Needham & Company", "Wedbush Securities",
            "TD Cowen", "Evercore ISI", "Wolfe Research", "KeyBanc Capital Markets",
            "Truist Securities", "Baird", "Oppenheimer", "Cantor Fitzgerald",
            "Rosenblatt Securities", "Loop Capital", "D.A. Davidson", "Guggenheim Securities",
            "Melius Research"]
IBOVESPA = ["Petrobras", "Vale S.A.", "Itaú Unibanco", "Banco Bradesco", "Ambev", "Embraer",
            "Suzano", "JBS S.A.", "Localiza", "Rede D'Or", "Banco do Brasil", "Santander Brasil",
            "Eletrobras", "Gerdau", "Usiminas", "Companhia Siderúrgica Nacional", "CSN Mineração",
            "Sabesp", "Cemig", "Copel", "Energisa", "Equatorial Energia", "CPFL Energia", "Eneva",
            "Cosan", "Raízen", "Ultrapar", "Vibra Energia", "PRIO S.A.", "Brava Energia",
            "Braskem", "Klabin", "Natura &Co", "Lojas Renner", "Magazine Luiza",
            "Assaí Atacadista", "Hapvida", "Raia Drogasil", "Totvs", "TIM Brasil",
            "Telefônica Brasil", "Rumo", "BRF S.A.", "Marfrig", "Minerva Foods", "Hypera Pharma",
            "Cyrela", "MRV Engenharia", "Direcional Engenharia", "Itaúsa", "BB Seguridade",
            "Caixa Seguridade", "Porto Seguro", "IRB Brasil RE", "BTG Pactual", "Sanepar",
            "Alpargatas", "Azzas 2154", "Cogna Educação", "Yduqs", "Smart Fit", "Allos",
            "Auren Energia", "Taesa", "Ecorodovias", "SLC Agrícola", "Vivara", "Grupo Fleury"]
MACHINERY = ["XCMG", "Sany Heavy Industry", "Zoomlion", "LiuGong", "Shantui",
             "Sunward Intelligent Equipment", "Lonking", "Komatsu",
             "Hitachi Construction Machinery", "Kubota", "Tadano", "Takeuchi Manufacturing",
             "Yanmar", "Kobelco Construction Machinery", "Doosan Bobcat",
             "HD Hyundai Construction Equipment", "HD Hyundai Infracore",
             "Volvo Construction Equipment", "Liebherr", "Wacker Neuson", "Putzmeister",
             "Schwing GmbH", "Wirtgen Group", "Epiroc", "Sandvik", "Metso", "Terex",
             "Oshkosh Corporation", "Manitowoc Company", "Hyster-Yale", "Manitou Group",
             "Caterpillar", "Deere & Company", "CNH Industrial"]
FAMILY = ["Bosch", "Würth", "Voith", "Freudenberg Group", "Heraeus Holding", "Schaeffler",
          "Dr. Oetker", "Miele", "Stihl", "Trumpf Group", "Festo", "Kärcher", "Claas Group",
          "Benteler", "Boehringer Ingelheim", "E. Merck KG", "Otto Group", "dm-drogerie markt",
          "Aldi Nord", "Aldi Süd", "Lidl", "Schwarz Group", "Tengelmann", "Haribo", "Rossmann",
          "Knauf", "Hubert Burda Media", "Viessmann Group", "Vaillant Group", "Ziehl-Abegg",
          "Rethmann Group", "Remondis", "Wilo", "Mann+Hummel", "Ritter Sport",
          "Melitta Group", "Maxingvest", "Tchibo", "Deichmann", "Herrenknecht", "Körber AG",
          "Faber-Castell", "Röchling", "Unternehmensgruppe Theo Müller", "Lekkerland"]

# (list, its members, the one entity type the list's members have; None where they mix)
LISTS = [("research", RESEARCH, "FinancialInstitution"), ("ibovespa", IBOVESPA, None),
         ("machinery", MACHINERY, None), ("family", FAMILY, "Company")]


@pytest.mark.parametrize(("name", "members", "kind"), LISTS, ids=[x[0] for x in LISTS])
def test_every_member_of_the_list_is_catalogued(catalogue: Catalogue, name: str,
                                                members: list[str], kind: str | None) -> None:
    entries = {m: catalogue.get(m) for m in members}
    assert [m for m, e in entries.items() if e is None] == []
    if kind is not None:
        assert {m for m, e in entries.items() if e is not None and e.type != kind} == set()


@pytest.mark.parametrize(("label", "kind", "parent"), [
    ("Bradesco BBI", "FinancialInstitution", "Banco Bradesco"),
    ("Santander Brasil", "FinancialInstitution", "Santander"),
    ("CSN Mineração", "Company", "Companhia Siderúrgica Nacional"),
    ("TIM Brasil", "Company", "Telecom Italia"),
    ("Volvo Construction Equipment", "BusinessUnit", "Volvo"),
    ("Putzmeister", "Company", "Sany Heavy Industry"), ("Schwing GmbH", "Company", "XCMG"),
    ("Wirtgen Group", "Company", "Deere & Company"),
    ("HD Hyundai Infracore", "Company", "HD Hyundai"),
    ("Kobelco Construction Machinery", "Company", "Kobe Steel"),
    ("Tchibo", "Company", "Maxingvest"), ("Remondis", "Company", "Rethmann Group"),
    ("Lekkerland", "Company", "Rewe Group"),
    ("XP Inc.", "FinancialInstitution", None), ("Liebherr", "Company", None),
    ("E. Merck KG", "Company", None),
])
def test_the_type_and_parent_of_a_new_member(catalogue: Catalogue, label: str, kind: str,
                                             parent: str | None) -> None:
    """A research arm, a national unit and a maker's bought unit have their owner; a family
    company and an independent broker have none."""
    entry = catalogue.get(label)
    assert entry is not None and entry.type == kind
    assert catalogue.parent_of(label) == parent


@pytest.mark.parametrize(("label", "ticker", "exchange"), [
    ("Suzano", "SUZB3", "B3"), ("Localiza", "RENT3", "B3"), ("Eletrobras", "ELET3", "B3"),
    ("Companhia Siderúrgica Nacional", "CSNA3", "B3"), ("Sabesp", "SBSP3", "B3"),
    ("Itaúsa", "ITSA4", "B3"), ("Santander Brasil", "SANB11", "B3"),
    ("Magazine Luiza", "MGLU3", "B3"), ("XP Inc.", "XP", "Nasdaq"),
    ("XCMG", "000425", "Shenzhen Stock Exchange"),
    ("Zoomlion", "1157", "Hong Kong Stock Exchange"),
    ("HD Hyundai Construction Equipment", "267270", "Korea Exchange"),
    ("Tadano", "6395", "Tokyo Stock Exchange"),
    ("Lonking", "3339", "Hong Kong Stock Exchange"),
])
def test_a_listed_member_has_its_ticker_and_exchange(catalogue: Catalogue, label: str,
                                                     ticker: str, exchange: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert ticker in entry.tickers and exchange in entry.listed_on


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("Bradesco BBI published a note on the steelmaker on Monday.", "en", "Bradesco BBI"),
    ("Die Analysten von XP Investimentos sehen Aufwärtspotenzial.", "de", "XP Inc."),
    ("Suzano raised pulp prices for Asian buyers.", "en", "Suzano"),
    ("Die Autovermietung Localiza steigerte den Gewinn.", "de", "Localiza"),
    ("Rede D’Or opened two hospitals in Rio de Janeiro.", "en", "Rede D'Or"),
    ("Eletrobrás sold its stake in the power plant.", "en", "Eletrobras"),
    ("CSN cut its steel output in the third quarter.", "en", "Companhia Siderúrgica Nacional"),
    ("Magalu lost market share to online rivals.", "en", "Magazine Luiza"),
    ("RD Saúde opened 300 pharmacies in the year.", "en", "Raia Drogasil"),
    ("Santander Brasil raised its provisions.", "en", "Santander Brasil"),
    ("Die Holding Itaúsa hält Anteile an der Bank.", "de", "Itaúsa"),
    ("XCMG sold more excavators abroad.", "en", "XCMG"),
    ("Der Baumaschinenhersteller Zoomlion meldete mehr Umsatz.", "de", "Zoomlion"),
    ("Liugong expanded its plant in India.", "en", "LiuGong"),
    ("Volvo CE cut jobs at its plant in Sweden.", "en", "Volvo Construction Equipment"),
    ("Develon launched a new excavator in Europe.", "en", "HD Hyundai Infracore"),
    ("Der Kranhersteller Liebherr baut ein neues Werk.", "de", "Liebherr"),
    ("Putzmeister liefert Betonpumpen nach Asien.", "de", "Putzmeister"),
    ("Der Hausgerätehersteller Miele streicht Stellen.", "de", "Miele"),
    ("Der Motorsägenhersteller Stihl investiert in ein neues Werk.", "de", "Stihl"),
    ("Die Trumpf-Gruppe steigerte den Umsatz.", "de", "Trumpf Group"),
    ("Kärcher verkaufte mehr Hochdruckreiniger.", "de", "Kärcher"),
    ("Die Drogeriekette Rossmann eröffnete neue Filialen.", "de", "Rossmann"),
    ("Der Baustoffkonzern Knauf zieht sich aus Russland zurück.", "de", "Knauf"),
    ("Der Kaffeeröster Tchibo senkt die Preise.", "de", "Tchibo"),
    ("Mann+Hummel übernimmt einen Filterhersteller.", "de", "Mann+Hummel"),
    ("Die Freudenberg-Gruppe meldete einen Rekordumsatz.", "de", "Freudenberg Group"),
])
def test_a_member_is_found_by_its_name_or_printed_alias(extractor: Extractor, sentence: str,
                                                       lang: str, label: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert label in labels(x)


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("Der Weg zur Einigung war lang.", "de", "WEG"),
    ("Windows XP reached the end of its support.", "en", "XP Inc."),
    ("Er spielte seinen letzten Trumpf aus.", "de", "Trumpf Group"),
    ("Freudenberg liegt im Siegerland.", "de", "Freudenberg Group"),
    ("Claas Relotius schrieb für das Magazin.", "de", "Claas Group"),
    ("Oshkosh is a city in Wisconsin.", "en", "Oshkosh Corporation"),
    ("The Manitowoc River flows into Lake Michigan.", "en", "Manitowoc Company"),
    ("Der Globus dreht sich.", "de", "Globus"),
    ("The equatorial regions had heavy rain.", "en", "Equatorial Energia"),
    ("The vamos sign was painted on the wall.", "en", "Vamos"),
])
def test_a_look_alike_names_no_member(extractor: Extractor, sentence: str, lang: str,
                                      label: str) -> None:
    """A German noun, an operating system, a town, a river, a first name and ordinary words
    name none of the new members."""
    x = run_in(extractor, sentence, lang)
    assert label not in labels(x)
    assert {e.label for e in x.entities} & set(IBOVESPA + MACHINERY + FAMILY) == set()


@pytest.mark.parametrize(("sentence", "by", "about"), [
    ("Bradesco BBI raised Petrobras to buy from neutral.", "Bradesco BBI", "Petrobras"),
    ("XP Investimentos stufte Vale auf Kaufen hoch.", "XP Inc.", "Vale S.A."),
])
def test_a_research_arm_signs_its_rating(extractor: Extractor, sentence: str, by: str,
                                         about: str) -> None:
    """The research arm, not its bank, is the one who rates."""
    lang = "de" if "stufte" in sentence else "en"
    x = run(extractor, sentence, lang=lang)
    assert {(b, a) for b, a, _ in rating_facts(x)} == {(by, about)}
