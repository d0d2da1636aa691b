"""Catalogue coverage: Chinese carmakers, sovereign wealth funds, family holdings, defence and
naval makers and research houses, each grown as a whole public list.

Each list's members are catalogued with the right type (funds as financial institutions,
holdings as companies, foundations as organisations), parents only where
the parent owns the company, and are found in a sentence written for the test by their
canonical name and by a printed alias; words and names that look like them name nothing."""

from __future__ import annotations

import pytest
from helpers import labels, metric_facts, run, run_in

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor

CARMAKERS = ["Beijing Automotive Group", "BAIC Motor", "BAIC BluePark", "SAIC Motor",
             "SAIC Volkswagen", "Guangzhou Automobile Group", "GAC Aion", "Dongfeng Motor Group",
             "Changan Automobile", "China FAW Group", "FAW Jiefang", "FAW-Volkswagen",
             "Chery Automobile", "Geely", "Zhejiang Geely Holding Group", "Zeekr", "Lynk & Co",
             "Great Wall Motor", "BYD", "Nio", "XPeng", "Li Auto", "Leapmotor", "Seres Group",
             "Anhui Jianghuai Automobile", "Jiangling Motors", "Brilliance China Automotive",
             "BMW Brilliance Automotive", "Yutong Bus", "Sinotruk", "Lotus Technology"]
FUNDS = ["Norges Bank Investment Management", "China Investment Corporation",
         "Central Huijin Investment", "Abu Dhabi Investment Authority", "Mubadala",
         "Public Investment Fund", "Qatar Investment Authority", "Kuwait Investment Authority",
         "GIC", "Temasek", "ADQ", "Investment Corporation of Dubai",
         "National Council for Social Security Fund", "Emirates Investment Authority",
         "Korea Investment Corporation", "Samruk-Kazyna", "Danantara", "Turkey Wealth Fund",
         "Libyan Investment Authority", "Alaska Permanent Fund Corporation",
         "New Zealand Superannuation Fund", "Oman Investment Authority",
         "Brunei Investment Agency", "Khazanah Nasional", "Texas Permanent School Fund"]
HOLDINGS = ["Kühne Holding", "Porsche SE", "Exor", "Investor AB", "Haniel", "Heraeus Holding",
            "AQTON", "SKion", "Groupe Arnault", "Financière Agache", "Christian Dior SE",
            "Peugeot Invest", "Wendel SE", "Kinnevik", "Industrivärden", "Compagnie de l'Odet",
            "Fininvest", "Giovanni Agnelli B.V.", "JAB Holding", "IHO Holding", "Tengelmann",
            "Werhahn", "EP Group", "Melker Schörling AB"]
DEFENCE = ["Naval Vessels Lürssen", "Lürssen", "TKMS", "Atlas Elektronik", "KNDS",
           "Krauss-Maffei Wegmann", "Hensoldt", "Diehl Defence", "Renk Group",
           "MBDA", "MBDA Deutschland", "Saab", "Saab Kockums", "Fincantieri", "Naval Group",
           "Kongsberg Gruppen", "Kongsberg Defence & Aerospace", "BAE Systems Hägglunds",
           "German Naval Yards Kiel", "Abeking & Rasmussen", "Damen Shipyards", "Vincorion"]
RESEARCH = ["Counterpoint Research", "Canalys", "IDC", "Gartner", "TrendForce", "Omdia",
            "Circana", "NielsenIQ", "GfK", "Sensor Tower", "data.ai", "Synergy Research Group",
            "ABI Research", "Newzoo", "Cirium", "ICIS", "S&P Global Commodity Insights",
            "Digitimes"]

# (list, its members, the one entity type the list's members have; None where they mix)
LISTS = [("carmakers", CARMAKERS, "Company"), ("funds", FUNDS, "FinancialInstitution"),
         ("holdings", HOLDINGS, None), ("defence", DEFENCE, None), ("research", RESEARCH, None)]


@pytest.mark.parametrize(("name", "members", "kind"), LISTS, ids=[x[0] for x in LISTS])
def test_every_member_of_the_list_is_catalogued(catalogue: Catalogue, name: str,
                                                members: list[str], kind: str | None) -> None:
    entries = {m: catalogue.get(m) for m in members}
    assert [m for m, e in entries.items() if e is None] == []
    if kind is not None:
        assert {m for m, e in entries.items() if e is not None and e.type != kind} == set()


@pytest.mark.parametrize(("label", "kind", "parent"), [
    ("Central Huijin Investment", "FinancialInstitution", "China Investment Corporation"),
    ("BAIC Motor", "Company", "Beijing Automotive Group"),
    ("FAW Jiefang", "Company", "China FAW Group"), ("BMW Brilliance Automotive", "Company", "BMW"),
    ("Atlas Elektronik", "Company", "TKMS"),
    ("Saab Kockums", "BusinessUnit", "Saab"), ("BAE Systems Hägglunds", "BusinessUnit",
                                               "BAE Systems"),
    ("Cirium", "Company", "RELX"), ("Carlsberg Foundation", "Organization", None),
    ("SAIC Volkswagen", "Company", None), ("FAW-Volkswagen", "Company", None),
    ("Kühne Holding", "Company", None), ("Naval Vessels Lürssen", "Company", None),
])
def test_the_type_and_parent_of_a_new_member(catalogue: Catalogue, label: str, kind: str,
                                             parent: str | None) -> None:
    """A joint venture, a holding and a foundation have no parent; a unit has its owner."""
    entry = catalogue.get(label)
    assert entry is not None and entry.type == kind
    assert catalogue.parent_of(label) == parent


@pytest.mark.parametrize(("label", "ticker", "exchange"), [
    ("BAIC Motor", "1958", "Hong Kong Stock Exchange"),
    ("FAW Jiefang", "000800", "Shenzhen Stock Exchange"),
    ("Yutong Bus", "600066", "Shanghai Stock Exchange"),
    ("Peugeot Invest", "PEUG", "Euronext Paris"), ("Wendel SE", "MF", "Euronext Paris"),
    ("International Holding Company", "IHC", "Abu Dhabi Securities Exchange"),
])
def test_a_listed_member_has_its_ticker_and_exchange(catalogue: Catalogue, label: str,
                                                     ticker: str, exchange: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert ticker in entry.tickers and exchange in entry.listed_on


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("BAIC Motor raised its dividend by 5% on Tuesday.", "en", "BAIC Motor"),
    ("Der Autobauer GAC steigerte den Absatz um 8 Prozent.", "de", "Guangzhou Automobile Group"),
    ("Geely Holding agreed to buy a stake in the supplier.", "en", "Zhejiang Geely Holding Group"),
    ("SAIC-Volkswagen cut its prices in Shanghai.", "en", "SAIC Volkswagen"),
    ("Brilliance China shares rose 4% in Hong Kong.", "en", "Brilliance China Automotive"),
    ("Die Aktie von FAW Jiefang fiel um 3 Prozent.", "de", "FAW Jiefang"),
    ("Die Qatar Investment Authority beteiligte sich an der Finanzierungsrunde.", "de",
     "Qatar Investment Authority"),
    ("Central Huijin bought exchange-traded funds on Monday.", "en", "Central Huijin Investment"),
    ("The Russian Direct Investment Fund said it would invest in the project.", "en",
     "Russian Direct Investment Fund"),
    ("RDIF signed the agreement in Moscow.", "en", "Russian Direct Investment Fund"),
    ("Danantara Indonesia plans to invest in nickel smelters.", "en", "Danantara"),
    ("Die Kühne Holding stockte ihren Anteil an der Reederei auf.", "de", "Kühne Holding"),
    ("Kuehne Holding raised its stake in the shipping line.", "en", "Kühne Holding"),
    ("Die Beteiligungsgesellschaft AQTON von Susanne Klatten hält Aktien des Konzerns.", "de",
     "AQTON"),
    ("Franz Haniel & Cie. sold its stake in the wholesaler.", "en", "Haniel"),
    ("Der Technologiekonzern Heraeus aus Hanau legte Zahlen vor.", "de", "Heraeus Holding"),
    ("Peugeot Invest sold part of its stake in the carmaker.", "en", "Peugeot Invest"),
    ("Wendel SE agreed to sell its stake in the testing group.", "en", "Wendel SE"),
    ("Die Bremer Werft NVL baut Fregatten für die Marine.", "de", "Naval Vessels Lürssen"),
    ("Die Lürssen-Gruppe verkauft ihre Marinesparte.", "de", "Lürssen"),
    ("Atlas Elektronik won an order for sonar systems.", "en", "Atlas Elektronik"),
    ("Kockums will build two submarines for the navy.", "en", "Saab Kockums"),
    ("Hägglunds liefert Schützenpanzer an die Armee.", "de", "BAE Systems Hägglunds"),
    ("According to Synergy Research, cloud spending rose 20%.", "en", "Synergy Research Group"),
    ("Laut Newzoo wuchs der Spielemarkt um 3 Prozent.", "de", "Newzoo"),
    ("Benchmark Brent crude rose 2%, according to Platts.", "en", "S&P Global Commodity Insights"),
])
def test_a_member_is_found_by_its_name_or_printed_alias(extractor: Extractor, sentence: str,
                                                       lang: str, label: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert label in labels(x)


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("The Great Wall of China drew record visitors.", "en", "Great Wall Motor"),
    ("Die Damen gewannen das Finale.", "de", "Damen Shipyards"),
    ("Kia sold more cars in Europe.", "en", "Kuwait Investment Authority"),
    ("The CIC branch in Lyon opened on Monday.", "en", "China Investment Corporation"),
    ("Sankt Wendel liegt im Saarland.", "de", "Wendel SE"),
    ("Christian Dior founded his fashion house in 1946.", "en", "Christian Dior SE"),
    ("A smart car maker raised prices.", "en", "Smart Automobile"),
    ("The Future Fund of the club paid for the stadium.", "en", "Texas Permanent School Fund"),
    ("Die Tank-Anlage wurde erweitert.", "de", "Great Wall Motor"),
    ("The lunate bone of the wrist was broken.", "en", "Lunate"),
])
def test_a_look_alike_names_no_member(extractor: Extractor, sentence: str, lang: str,
                                      label: str) -> None:
    """A wall, ladies, a carmaker's name, another bank's short name, a town, a person and
    ordinary words name none of the new members."""
    x = run_in(extractor, sentence, lang)
    assert label not in labels(x)


@pytest.mark.parametrize(("sentence", "company", "metric"), [
    ("Novo Nordisk cut its outlook on Tuesday. Novo now expects sales growth of 8% to 11%.",
     "Novo Nordisk", "RevenueGrowth"),
    ("Argus Research published a note on Monday. Argus expects revenue of $2 billion for Ford.",
     "Argus Research", None),
])
def test_a_short_name_of_a_catalogued_company_keeps_naming_it(extractor: Extractor,
                                                              sentence: str, company: str,
                                                              metric: str | None) -> None:
    """No new member opens with the short name an article uses for a catalogued company after
    its full name ("Novo" of Novo Nordisk, "Argus" of Argus Research), so the short name
    still names that one company."""
    x = run(extractor, sentence, lang="en", headline="Market report")
    assert company in labels(x)
    if metric is not None:
        assert {about for about, _ in metric_facts(x, metric)} == {company}
