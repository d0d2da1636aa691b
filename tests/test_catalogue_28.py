"""Catalogue coverage: whole index lists, seats, research houses and bare short names.

The members of the Dow Jones Industrial Average, CAC 40, FTSE 100, AEX, IBEX 35 and FTSE MIB
(as written here from memory, each list as long as the index) are catalogued with their
listing and a seat; catalogued companies that had only their country get their head-office
town (Qiagen in Venlo, Great Wall Motor in Baoding, ENN in Langfang, Trina Solar in
Changzhou, Würth in Künzelsau); the major market-research houses, proxy advisers and rating
agencies are catalogued. A company's bare short name ("Schindler" of "Schindler Holding",
"Rational" of "Rational AG") names it where its shares, stock, revenue or sales move by a
percentage, and not where the word reads as an ordinary word or a person ("rational
decisions", "Herr Schindler", "British shares"). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from helpers import labels, located_in, run

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor

DOW = ["3M", "American Express", "Amgen", "Amazon", "Apple", "Boeing", "Caterpillar", "Chevron",
       "Cisco Systems", "Coca-Cola", "Disney", "Goldman Sachs", "Home Depot", "Honeywell", "IBM",
       "Johnson & Johnson", "JPMorgan", "McDonald's", "Merck & Co.", "Microsoft", "Nike", "Nvidia",
       "Procter & Gamble", "Salesforce", "Sherwin-Williams", "Travelers Companies",
       "UnitedHealth Group", "Verizon", "Visa Inc.", "Walmart"]
CAC = ["Accor", "Air Liquide", "Airbus", "ArcelorMittal", "AXA", "BNP Paribas", "Bouygues",
       "Bureau Veritas", "Capgemini", "Carrefour", "Crédit Agricole", "Danone", "Dassault Systèmes",
       "Edenred", "Engie", "EssilorLuxottica", "Eurofins Scientific", "Hermès", "Kering", "L'Oréal",
       "Legrand", "LVMH", "Michelin", "Orange SA", "Pernod Ricard", "Publicis Groupe", "Renault",
       "Safran", "Saint-Gobain", "Sanofi", "Schneider Electric", "Société Générale", "Stellantis",
       "STMicroelectronics", "Teleperformance", "Thales", "TotalEnergies",
       "Unibail-Rodamco-Westfield", "Veolia", "Vinci SA"]
AEX = ["Adyen", "Aegon", "Ahold Delhaize", "AkzoNobel", "ArcelorMittal", "ASM International",
       "ASML", "ASR Nederland", "BE Semiconductor Industries", "DSM-Firmenich", "Exor", "Heineken",
       "IMCD", "ING", "InPost", "KPN", "NN Group", "Philips", "Prosus", "Randstad", "RELX", "Shell",
       "Universal Music Group", "Wolters Kluwer", "Unilever"]
FTSE = ["3i", "Admiral Group", "Airtel Africa", "Anglo American", "Antofagasta plc",
        "Ashtead Group", "Associated British Foods", "AstraZeneca", "Autotrader Group", "Aviva",
        "BAE Systems", "Babcock International", "Barclays", "Barratt Redrow", "Beazley",
        "Berkeley Group Holdings", "BP", "British American Tobacco", "BT Group", "Bunzl",
        "Centrica", "Coca-Cola HBC", "Compass Group", "Convatec", "Croda International", "DCC",
        "Diageo", "Diploma plc", "easyJet", "Endeavour Mining", "Entain", "Experian",
        "F & C Investment Trust", "Fresnillo plc", "Glencore", "GSK", "Haleon", "Halma",
        "Hikma Pharmaceuticals", "Hiscox", "Howdens Joinery", "HSBC", "International Airlines Group",
        "Imperial Brands", "Informa", "InterContinental Hotels Group", "Intertek", "Investec",
        "JD Sports Fashion", "Kingfisher plc", "Landsec", "Legal & General",
        "Lloyds Banking Group", "London Stock Exchange Group", "M&G", "Marks & Spencer",
        "Melrose Industries", "Metlen Energy & Metals", "Mondi", "National Grid", "NatWest Group",
        "Next plc", "Pearson plc", "Pershing Square Holdings", "Persimmon plc", "Phoenix Group",
        "Prudential plc", "Reckitt", "RELX", "Rentokil Initial", "Rightmove", "Rio Tinto",
        "Rolls-Royce Holdings", "Sage Group", "Sainsbury's", "Schroders", "Scottish Mortgage Investment Trust",
        "Segro", "Severn Trent", "Shell", "Smith & Nephew", "Smiths Group", "Spirax Group", "SSE plc",
        "Standard Chartered", "St. James's Place", "Tesco", "Unilever", "United Utilities",
        "Vodafone", "Weir Group", "Whitbread", "WPP", "Games Workshop", "Intermediate Capital Group",
        "Alliance Witan", "Burberry", "Polar Capital Technology Trust", "Vistry Group", "LondonMetric Property"]
IBEX = ["Acciona", "Acciona Energía", "Acerinox", "ACS Group", "Aena", "Amadeus IT Group",
        "ArcelorMittal", "Banco Sabadell", "Santander", "Bankinter", "BBVA", "CaixaBank",
        "Cellnex Telecom", "Enagás", "Endesa", "Ferrovial", "Fluidra", "Grifols", "International Airlines Group",
        "Iberdrola", "Inditex", "Indra Sistemas", "Logista", "Mapfre", "Merlin Properties", "Naturgy",
        "Puig", "Redeia", "Repsol", "Laboratorios Rovi", "Sacyr", "Solaria", "Telefónica", "Unicaja",
        "Inmobiliaria Colonial"]
MIB = ["A2A", "Amplifon", "Azimut Holding", "Banca Generali", "Banca Mediolanum",
       "Banca Monte dei Paschi di Siena", "Banco BPM", "BPER Banca", "Brunello Cucinelli", "Buzzi",
       "Davide Campari-Milano", "DiaSorin", "Enel", "Eni", "Ferrari", "FinecoBank", "Generali",
       "Hera Group", "Interpump Group", "Intesa Sanpaolo", "Inwit", "Iveco Group", "Leonardo S.p.A.",
       "Mediobanca", "Moncler", "Nexi", "Poste Italiane", "Prysmian", "Recordati", "Saipem", "Snam",
       "Stellantis", "STMicroelectronics", "Telecom Italia", "Tenaris", "Terna", "UniCredit",
       "Unipol", "Banca Popolare di Sondrio", "Pirelli"]

# (index, its members, the public size of the index)
INDEXES = [("Dow Jones Industrial Average", DOW, 30), ("CAC 40", CAC, 40), ("AEX", AEX, 25),
           ("FTSE 100", FTSE, 100), ("IBEX 35", IBEX, 35), ("FTSE MIB", MIB, 40)]

# members whose registered seat and head office lie in two countries: no seat is given
TWO_SEATS = {"DSM-Firmenich", "Entain", "Fresnillo plc", "Hiscox", "Metlen Energy & Metals",
             "Pershing Square Holdings"}


@pytest.mark.parametrize(("index", "members", "size"), INDEXES, ids=[i[0] for i in INDEXES])
def test_every_member_of_the_index_is_catalogued_and_listed(catalogue: Catalogue, index: str,
                                                            members: list[str],
                                                            size: int) -> None:
    assert len(set(members)) == size, index
    entries = [catalogue.get(member) for member in members]
    assert [m for m, e in zip(members, entries, strict=True) if e is None] == []
    assert sum(1 for e in entries if e is not None and e.type in ("Company", "FinancialInstitution")
               and e.listed_on) == size


@pytest.mark.parametrize(("index", "members", "size"), INDEXES, ids=[i[0] for i in INDEXES])
def test_every_member_has_a_seat(catalogue: Catalogue, index: str, members: list[str],
                                 size: int) -> None:
    seated = [m for m in members if located_in(catalogue, m)]
    assert len(seated) == size - len(TWO_SEATS & set(members)), \
        sorted(set(members) - set(seated) - TWO_SEATS)


# (company, its seat): the towns these lists added
SEATS = [
    ("Qiagen", "Venlo"), ("Great Wall Motor", "Baoding"), ("CSPC Pharmaceutical Group", "Shijiazhuang"),
    ("HBIS Group", "Shijiazhuang"), ("ENN Energy", "Langfang"), ("Trina Solar", "Changzhou"),
    ("Weichai Power", "Weifang"), ("Wanhua Chemical", "Yantai"), ("Chery Automobile", "Wuhu"),
    ("Haier Smart Home", "Qingdao"), ("Hainan Airlines", "Haikou"), ("China FAW Group", "Changchun"),
    ("Würth", "Künzelsau"), ("CureVac", "Tübingen"), ("Brose Fahrzeugteile", "Coburg"),
    ("Villeroy & Boch", "Mettlach"), ("Lidl", "Neckarsulm"), ("Dr. Oetker", "Bielefeld"),
    ("FrieslandCampina", "Amersfoort"), ("TenneT", "Arnhem"), ("Randstad", "Diemen"),
    ("Sherwin-Williams", "Cleveland"), ("Travelers Companies", "New York"),
    ("Croda International", "Snaith"), ("Next plc", "Enderby"), ("Coca-Cola HBC", "Steinhausen"),
    ("DiaSorin", "Saluggia"), ("Banca Popolare di Sondrio", "Sondrio"),
]


@pytest.mark.parametrize(("company", "seat"), SEATS)
def test_the_catalogue_seats_the_company_in_its_town(catalogue: Catalogue, company: str,
                                                     seat: str) -> None:
    assert located_in(catalogue, company) == (seat,)


@pytest.mark.parametrize(("town", "outer"), [
    ("Venlo", "Netherlands"), ("Baoding", "China"), ("Langfang", "China"), ("Künzelsau", "Germany"),
    ("Cleveland", "United States"), ("Basiglio", "Milan"), ("Steinhausen", "Switzerland"),
])
def test_a_new_seat_town_lies_in_its_country_or_its_citys_area(catalogue: Catalogue, town: str,
                                                               outer: str) -> None:
    assert outer in located_in(catalogue, town)


@pytest.mark.parametrize("town", ["Xinyu", "Wuxi", "Ingelheim", "Windsor", "Langen", "Kiel"])
def test_a_town_that_is_a_name_or_a_word_stays_out(catalogue: Catalogue, town: str) -> None:
    assert catalogue.get(town) is None


# the research houses of the list with the public size of the list
RESEARCH = ["Counterpoint Research", "Canalys", "IDC", "Gartner", "TrendForce", "Omdia",
            "Sensor Tower", "data.ai", "Circana", "NielsenIQ", "Kantar"]
ADVISERS = ["Institutional Shareholder Services", "Glass Lewis", "S&P Global", "Moody's",
            "Fitch Ratings", "Scope Ratings"]


@pytest.mark.parametrize(("names", "size"), [(RESEARCH, 11), (ADVISERS, 6)])
def test_the_research_houses_and_agencies_are_catalogued(catalogue: Catalogue, names: list[str],
                                                         size: int) -> None:
    assert sum(1 for n in names if catalogue.get(n) is not None) == size


@pytest.mark.parametrize(("label", "alias"), [
    ("data.ai", "App Annie"), ("NielsenIQ", "NIQ"), ("Circana", "NPD Group"),
    ("S&P Global", "S&P Global Ratings"), ("Moody's", "Moody's Ratings"), ("Fitch Ratings", "Fitch"),
    ("BloombergNEF", "BNEF"), ("GfK", "GfK SE"),
])
def test_a_research_house_is_found_by_its_alias(catalogue: Catalogue, label: str,
                                                alias: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and alias in entry.aliases


@pytest.mark.parametrize(("sentence", "lang", "company"), [
    ("Schindler shares rose 3% after the results.", "en", "Schindler Holding"),
    ("Rational shares fell 5% after the results.", "en", "Rational AG"),
    ("Azelis shares rose 2% in Brussels trading.", "en", "Azelis Group"),
    ("Kingfisher's sales rose 4% in the quarter.", "en", "Kingfisher plc"),
    ("Pearson stock fell 6% on Friday.", "en", "Pearson plc"),
    ("Leonardo's revenue rose 12% in the half.", "en", "Leonardo S.p.A."),
    ("Die Schindler-Aktie stieg um 3 Prozent.", "de", "Schindler Holding"),
    ("Die Aktie von Rational fiel um 5 Prozent.", "de", "Rational AG"),
    ("According to Counterpoint, Apple shipped 50 million phones.", "en", "Counterpoint Research"),
    ("Rational steigerte den Umsatz um 5 Prozent.", "de", "Rational AG"),
    ("Schindler senkte seinen Gewinn deutlich.", "de", "Schindler Holding"),
    ("Schindler reported a 3% rise in revenue.", "en", "Schindler Holding"),
    ("Kingfisher posted a 2% fall in sales.", "en", "Kingfisher plc"),
])
def test_a_share_source_or_revenue_cue_names_the_bare_short_name(extractor: Extractor,
                                                                sentence: str, lang: str,
                                                                company: str) -> None:
    """Only a company's shares move, and only a company raises or cuts its revenue or
    profit or reports their move."""
    x = run(extractor, sentence, lang=lang, headline="Marktbericht")
    assert company in labels(x)


@pytest.mark.parametrize(("sentence", "lang", "company"), [
    ("Investors made rational decisions, Siemens said.", "en", "Rational AG"),
    ("Rational decisions lifted the market 3%.", "en", "Rational AG"),
    ("Herr Schindler sagte, die Zahlen seien gut.", "de", "Schindler Holding"),
    ("Mr Schindler said his shares were not for sale.", "en", "Schindler Holding"),
    ("British shares fell 2% on Monday.", "en", "British Airways"),
    ("Software shares fell 3% after the warning.", "en", "Software AG"),
    ("Preferred shares rose 2% in the session.", "en", "Preferred Bank"),
    ("Export sales rose 5% in May.", "en", "Export-Import Bank of China"),
    ("Vivendi's Canal+ deal closed, the Pearson family said.", "en", "Pearson plc"),
    ("Herr Schindler steigerte den Umsatz um 5 Prozent.", "de", "Schindler Holding"),
    ("Mr Pearson reported a 3% rise in revenue.", "en", "Pearson plc"),
    ("Der Vorstand steigerte den Umsatz, sagte Schindler.", "de", "Schindler Holding"),
    ("Herr Schindler steigerte seinen Einsatz.", "de", "Schindler Holding"),
    ("British reported a 3% rise in exports.", "en", "British Airways"),
])
def test_a_look_alike_names_no_company(extractor: Extractor, sentence: str, lang: str,
                                       company: str) -> None:
    """The word read as an adjective, a person's name (after "Herr" or "Mr" too) or a sector's
    or nation's word before shares names no company, nor does a short name after the
    revenue's verb or before a verb with no revenue."""
    x = run(extractor, sentence, lang=lang, headline="Market report")
    assert company not in labels(x)

