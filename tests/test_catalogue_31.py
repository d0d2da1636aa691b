"""Catalogue round 31: the units and listed subsidiaries of the DAX and Euro Stoxx 50 groups, each
under its group, and the audit of the SMI, OMX Stockholm 30, Nikkei 225 top 50 and Kospi top 30
members and of the S&P 500 members above 50 bn USD beyond the S&P 100.

Each unit is catalogued with its type and its group as parent and is found in a sentence written
for the test by its canonical name or a printed alias; words, first names, towns and phrases that
look like a unit or the rest of a unit's name name nothing."""

from __future__ import annotations

import pytest
from helpers import labels, run_in

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor

# (unit, type, parent)
UNITS = [
    ("Siemens Gamesa", "Company", "Siemens Energy"),
    ("Siemens Financial Services", "FinancialInstitution", "Siemens"),
    ("Varian Medical Systems", "Company", "Siemens Healthineers"),
    ("Mercedes-Benz Trucks", "BusinessUnit", "Daimler Truck"),
    ("Western Star Trucks", "BusinessUnit", "Daimler Truck"),
    ("Thomas Built Buses", "Company", "Daimler Truck"),
    ("Detroit Diesel", "Company", "Daimler Truck"),
    ("Daimler Truck Financial Services", "FinancialInstitution", "Daimler Truck"),
    ("Volkswagen Financial Services", "FinancialInstitution", "Volkswagen"),
    ("Volkswagen Bank", "FinancialInstitution", "Volkswagen Financial Services"),
    ("Volkswagen Commercial Vehicles", "Company", "Volkswagen"),
    ("International Motors", "Company", "Traton"),
    ("Moia", "Company", "Volkswagen"),
    ("Bosch Power Tools", "Company", "Bosch"),
    ("Bosch Home Comfort", "Company", "Bosch"),
    ("Slovak Telekom", "Company", "Deutsche Telekom"),
    ("OTE", "Company", "Deutsche Telekom"),
    ("E.ON Energie Deutschland", "Company", "E.ON"),
    ("Avacon", "Company", "E.ON"),
    ("E.DIS", "Company", "E.ON"),
    ("Schleswig-Holstein Netz", "Company", "E.ON"),
    ("Westnetz", "Company", "Westenergie"),
    ("PreussenElektra", "Company", "E.ON"),
    ("E.ON UK", "Company", "E.ON"),
    ("RWE Power", "Company", "RWE"),
    ("RWE Generation", "Company", "RWE"),
    ("RWE Clean Energy", "Company", "RWE"),
    ("Allianz Life", "Company", "Allianz"),
    ("Allianz Deutschland", "Company", "Allianz"),
    ("Allianz Lebensversicherung", "Company", "Allianz"),
    ("Allianz Real Estate", "FinancialInstitution", "Allianz"),
    ("Allianz Direct", "Company", "Allianz"),
    ("DKV Deutsche Krankenversicherung", "Company", "Ergo Group"),
    ("Munich Re Specialty Insurance", "Company", "Munich Re"),
    ("American Modern Insurance Group", "Company", "Munich Re"),
    ("Hartford Steam Boiler", "Company", "Munich Re"),
    ("E+S Rück", "Company", "Hannover Re"),
    ("Helios Kliniken", "Company", "Fresenius"),
    ("Quirónsalud", "Company", "Fresenius"),
    ("Fresenius Vamed", "Company", "Fresenius"),
    ("Wintershall Dea", "Company", "BASF"),
    ("Tiffany & Co.", "Company", "LVMH"),
    ("Moët Hennessy", "BusinessUnit", "LVMH"),
    ("Ruinart", "BusinessUnit", "LVMH"),
    ("Glenmorangie", "BusinessUnit", "LVMH"),
    ("Ardbeg", "BusinessUnit", "LVMH"),
    ("Acqua di Parma", "BusinessUnit", "LVMH"),
    ("Le Bon Marché", "BusinessUnit", "LVMH"),
    ("DFS Group", "BusinessUnit", "LVMH"),
    ("Belmond", "BusinessUnit", "LVMH"),
    ("Chaumet", "BusinessUnit", "LVMH"),
    ("Parfums Christian Dior", "BusinessUnit", "LVMH"),
    ("Benefit Cosmetics", "BusinessUnit", "LVMH"),
    ("Qeelin", "BusinessUnit", "Kering"),
    ("Ginori 1735", "BusinessUnit", "Kering"),
    ("Ram Trucks", "BusinessUnit", "Stellantis"),
    ("Free2Move", "BusinessUnit", "Stellantis"),
    ("Stellantis Financial Services", "FinancialInstitution", "Stellantis"),
    ("Mopar", "BusinessUnit", "Stellantis"),
    ("Leapmotor International", "Company", "Stellantis"),
    ("Airbus Commercial Aircraft", "Company", "Airbus"),
    ("Airbus Atlantic", "Company", "Airbus"),
    ("Safran Landing Systems", "Company", "Safran"),
    ("Safran Electronics & Defense", "Company", "Safran"),
    ("Safran Nacelles", "Company", "Safran"),
    ("Safran Seats", "Company", "Safran"),
    ("Safran Cabin", "Company", "Safran"),
    ("Safran Electrical & Power", "Company", "Safran"),
    ("Safran Transmission Systems", "Company", "Safran"),
    ("AVEVA", "Company", "Schneider Electric"),
    ("Motivair", "Company", "Schneider Electric"),
    ("RIB Software", "Company", "Schneider Electric"),
    ("Sanofi Pasteur", "Company", "Sanofi"),
    ("Ben & Jerry's", "Company", "The Magnum Ice Cream Company"),
    ("Unilever Food Solutions", "Company", "Unilever"),
    ("Unilever Indonesia", "Company", "Unilever"),
    ("Dermalogica", "Company", "Unilever"),
    ("Liquid I.V.", "Company", "Unilever"),
    ("Nutrafol", "Company", "Unilever"),
    ("Paula's Choice", "Company", "Unilever"),
    ("DHL eCommerce", "BusinessUnit", "DHL Group"),
    ("DHL Global Forwarding", "BusinessUnit", "DHL Group"),
    ("ISS Stoxx", "Company", "Deutsche Börse"),
    ("EMD Serono", "BusinessUnit", "Merck KGaA"),
    ("ContiTech", "BusinessUnit", "Continental AG"),
    ("Hanson UK", "Company", "Heidelberg Materials"),
    ("Garanti BBVA", "FinancialInstitution", "BBVA"),
    ("Banca Nazionale del Lavoro", "FinancialInstitution", "BNP Paribas"),
    ("Alpro", "Company", "Danone"),
    ("Nutricia", "Company", "Danone"),
    ("Enilive", "Company", "Eni"),
    ("Eni Plenitude", "Company", "Eni"),
    ("Versalis", "Company", "Eni"),
    ("Endesa", "Company", "Enel"),
    ("Essilor", "Company", "EssilorLuxottica"),
    ("GrandVision", "Company", "EssilorLuxottica"),
    ("Avangrid", "Company", "Iberdrola"),
    ("Neoenergia", "Company", "Iberdrola"),
    ("Pull&Bear", "BusinessUnit", "Inditex"),
    ("Bershka", "BusinessUnit", "Inditex"),
    ("Oysho", "BusinessUnit", "Inditex"),
    ("Albert Heijn", "Company", "Ahold Delhaize"),
    ("Food Lion", "Company", "Ahold Delhaize"),
    ("Stop & Shop", "Company", "Ahold Delhaize"),
    ("Hannaford", "Company", "Ahold Delhaize"),
    ("Lancôme", "BusinessUnit", "L'Oréal"),
    ("CeraVe", "BusinessUnit", "L'Oréal"),
    ("Airgas", "Company", "Air Liquide"),
    ("CertainTeed", "Company", "Saint-Gobain"),
    ("Vinci Airports", "Company", "Vinci SA"),
    ("Vinci Energies", "Company", "Vinci SA"),
    ("Vinci Construction", "Company", "Vinci SA"),
    ("Orange Belgium", "Company", "Orange SA"),
    ("Orange Polska", "Company", "Orange SA"),
    ("mBank", "FinancialInstitution", "Commerzbank"),
    ("Anheuser-Busch", "Company", "Anheuser-Busch InBev"),
]

SMI = ["Nestlé", "Novartis", "Roche", "UBS", "Zurich Insurance Group", "ABB", "Richemont",
       "Holcim", "Sika", "Lonza", "Alcon", "Givaudan", "Swiss Re", "Partners Group", "Geberit",
       "Sonova", "Swiss Life", "Logitech", "Kuehne + Nagel", "SGS", "Swisscom", "Galderma",
       "Amrize"]
OMXS30 = ["ABB", "Alfa Laval", "Assa Abloy", "AstraZeneca", "Atlas Copco", "Boliden",
          "Electrolux", "Ericsson", "Essity", "Evolution AB", "Getinge", "H&M", "Hexagon AB",
          "Investor AB", "Kinnevik", "Nibe Industrier", "Nordea", "Saab", "Sandvik",
          "Svenska Cellulosa", "SEB", "Handelsbanken", "Skanska", "SKF", "SSAB", "Swedbank",
          "Tele2", "Telia", "Volvo", "Epiroc", "Securitas", "Industrivärden", "Lifco", "Addtech",
          "Holmen", "Husqvarna", "Indutrade", "EQT AB", "Castellum AB"]
NIKKEI_TOP = ["Toyota Motor", "Sony Group", "Mitsubishi UFJ Financial Group", "Hitachi", "Keyence",
              "Sumitomo Mitsui Financial Group", "Recruit Holdings", "Tokyo Electron",
              "Fast Retailing", "Shin-Etsu Chemical", "Mitsubishi Corporation", "Mitsui & Co.",
              "Itochu", "Mizuho", "Nintendo", "SoftBank Group", "Tokio Marine Holdings",
              "Chugai Pharmaceutical", "Daiichi Sankyo", "Takeda Pharmaceutical", "Honda Motor",
              "KDDI", "Nippon Telegraph and Telephone", "Advantest", "Hoya", "Fanuc",
              "Daikin Industries", "Murata Manufacturing", "Mitsubishi Heavy Industries",
              "Japan Tobacco", "Seven & I Holdings", "Denso", "Oriental Land", "Marubeni",
              "Sumitomo Corporation", "Disco Corporation", "Terumo", "Canon", "SMC Corporation",
              "Komatsu", "Nidec", "Kao Corporation", "Astellas Pharma", "Bridgestone", "Panasonic",
              "Mitsubishi Electric", "Fujitsu", "NEC", "Otsuka Holdings", "Nippon Steel",
              "Renesas Electronics", "TDK", "Olympus Corporation", "Orix", "Nomura"]
KOSPI_TOP = ["Samsung Electronics", "SK Hynix", "LG Energy Solution", "Samsung Biologics",
             "Hyundai Motor", "Kia", "Celltrion", "KB Financial Group", "Shinhan Financial Group",
             "Naver", "Samsung C&T", "Hanwha Aerospace", "HD Hyundai Heavy Industries",
             "Hyundai Mobis", "POSCO Holdings", "Samsung Life Insurance",
             "Samsung Fire & Marine Insurance", "Hana Financial Group", "Meritz Financial Group",
             "Woori Financial Group", "LG Chem", "Samsung SDI", "Kakao Corp.", "HMM",
             "SK Innovation", "SK Inc.", "SK Telecom", "KT&G",
             "HD Korea Shipbuilding & Offshore Engineering", "Korea Electric Power",
             "Doosan Enerbility", "LG Electronics", "Samsung Heavy Industries", "Korea Zinc",
             "Hanwha Ocean", "HD Hyundai Electric", "Alteogen", "KT Corporation"]
SP500_LARGE = ["Palantir Technologies", "Arista Networks", "Applied Materials", "Lam Research",
               "KLA", "Analog Devices", "Micron Technology", "Palo Alto Networks", "CrowdStrike",
               "Fortinet", "ServiceNow", "Intuit", "Synopsys", "Cadence Design Systems",
               "Autodesk", "Workday", "DoorDash", "Airbnb", "Robinhood Markets", "Coinbase",
               "Interactive Brokers", "KKR", "Apollo Global Management", "Marsh McLennan", "Aon",
               "Chubb", "Travelers Companies", "Progressive Corporation", "S&P Global",
               "Moody's", "CME Group", "Intercontinental Exchange", "PNC Financial Services",
               "Truist Financial", "Elevance Health", "Cigna", "HCA Healthcare",
               "Vertex Pharmaceuticals", "Regeneron Pharmaceuticals", "Boston Scientific",
               "Stryker", "Intuitive Surgical", "Zoetis", "McKesson", "GE Vernova", "Eaton",
               "Parker Hannifin", "Trane Technologies", "Howmet Aerospace", "TransDigm Group",
               "Northrop Grumman", "Waste Management", "Republic Services", "Cintas",
               "Illinois Tool Works", "Johnson Controls", "Vertiv", "Quanta Services", "CRH",
               "Sherwin-Williams", "Ecolab", "Newmont", "Freeport-McMoRan", "Williams Companies",
               "Kinder Morgan", "Marathon Petroleum", "Constellation Energy", "Vistra",
               "Welltower", "Prologis", "American Tower", "Equinix", "TJX Companies",
               "Chipotle Mexican Grill", "O'Reilly Automotive", "AutoZone", "Hilton Worldwide",
               "Marriott International", "Royal Caribbean Group", "Motorola Solutions",
               "Amphenol", "TE Connectivity", "Corning", "Dell Technologies", "AppLovin",
               "Arthur J. Gallagher & Co.", "Arch Capital Group", "Cheniere Energy"]

# (list, its members): lists the catalogue already held whole
LISTS = [("smi", SMI), ("omxs30", OMXS30), ("nikkei-top", NIKKEI_TOP), ("kospi-top", KOSPI_TOP),
         ("sp500-large", SP500_LARGE)]


def _entry_of(catalogue: Catalogue, name: str) -> str | None:
    """The label of the entry that prints ``name`` as its label or one of its aliases."""
    return next((e.label for e in catalogue.entries.values() if name in e.names), None)


@pytest.mark.parametrize(("name", "members"), LISTS, ids=[x[0] for x in LISTS])
def test_every_member_of_the_list_is_catalogued(catalogue: Catalogue, name: str,
                                                members: list[str]) -> None:
    assert [m for m in members if _entry_of(catalogue, m) is None] == []


@pytest.mark.parametrize("index", ["SMI", "CAC 40", "FTSE 100", "AEX", "IBEX 35", "FTSE MIB",
                                   "OMX Stockholm 30", "Nikkei 225", "Kospi"])
def test_the_index_is_catalogued(catalogue: Catalogue, index: str) -> None:
    entry = catalogue.get(index)
    assert entry is not None and entry.type == "MarketIndex"


@pytest.mark.parametrize(("label", "kind", "parent"), UNITS, ids=[u[0] for u in UNITS])
def test_a_unit_has_its_type_and_group(catalogue: Catalogue, label: str, kind: str,
                                       parent: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and entry.type == kind
    assert catalogue.parent_of(label) == parent


@pytest.mark.parametrize("label", ["Opella", "The Magnum Ice Cream Company", "Fresenius Medical Care",
                                   "Amprion", "Leapmotor"])
def test_a_company_its_group_does_not_control_has_no_parent(catalogue: Catalogue,
                                                            label: str) -> None:
    """A unit sold into control of others, spun off, or where the group holds a minority."""
    assert catalogue.get(label) is not None
    assert catalogue.parent_of(label) is None


@pytest.mark.parametrize(("label", "ticker", "exchange"), [
    ("The Magnum Ice Cream Company", "MICC", "Euronext Amsterdam"),
    ("Unilever Indonesia", "UNVR", "Indonesia Stock Exchange"),
    ("Garanti BBVA", "GARAN", "Borsa Istanbul"),
    ("Neoenergia", "NEOE3", "B3"),
    ("Orange Belgium", "OBEL", "Euronext Brussels"),
])
def test_a_listed_unit_has_its_ticker_and_exchange(catalogue: Catalogue, label: str,
                                                   ticker: str, exchange: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert ticker in entry.tickers and exchange in entry.listed_on


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("Die Windkrafttochter Siemens Gamesa schreibt weiter Verluste.", "de", "Siemens Gamesa"),
    ("Siemens Financial Services lent the buyer 40 million euros.", "en",
     "Siemens Financial Services"),
    ("Die Sparte Mercedes-Benz Lkw baut Stellen ab.", "de", "Mercedes-Benz Trucks"),
    ("Thomas Built Buses delivered 200 electric school buses.", "en", "Thomas Built Buses"),
    ("Detroit Diesel recalled engines built last year.", "en", "Detroit Diesel"),
    ("VW Financial Services meldete höhere Leasingerlöse.", "de", "Volkswagen Financial Services"),
    ("Die VW Bank erhöht die Zinsen für Tagesgeld.", "de", "Volkswagen Bank"),
    ("VW Nutzfahrzeuge verkaufte weniger Transporter.", "de", "Volkswagen Commercial Vehicles"),
    ("Navistar recalled 10,000 trucks in the United States.", "en", "International Motors"),
    ("Der Fahrdienst Moia stellt auf autonome Busse um.", "de", "Moia"),
    ("Bosch Home Comfort verkaufte mehr Wärmepumpen.", "de", "Bosch Home Comfort"),
    ("Slovak Telekom raised its prices.", "en", "Slovak Telekom"),
    ("Der Netzbetreiber Avacon investiert in Niedersachsen.", "de", "Avacon"),
    ("Die SH Netz schließt weitere Windparks an.", "de", "Schleswig-Holstein Netz"),
    ("PreussenElektra baut das Kernkraftwerk zurück.", "de", "PreussenElektra"),
    ("RWE Power fördert weniger Braunkohle.", "de", "RWE Power"),
    ("RWE Clean Energy signed a power purchase agreement.", "en", "RWE Clean Energy"),
    ("Allianz Life sold more annuities.", "en", "Allianz Life"),
    ("Die Allianz Leben senkt die Überschussbeteiligung.", "de", "Allianz Lebensversicherung"),
    ("Die Deutsche Krankenversicherung erhöht die Beiträge.", "de",
     "DKV Deutsche Krankenversicherung"),
    ("Hartford Steam Boiler insures the boilers of the plant.", "en", "Hartford Steam Boiler"),
    ("Der Rückversicherer E+S Rück hob die Preise an.", "de", "E+S Rück"),
    ("Bayer CropScience lost a patent case.", "en", "Bayer Crop Science"),
    ("Quironsalud opened a hospital in Madrid.", "en", "Quirónsalud"),
    ("Der Klinikdienstleister Vamed wird aufgespalten.", "de", "Fresenius Vamed"),
    ("Moët Hennessy cut champagne prices.", "en", "Moët Hennessy"),
    ("Das Kaufhaus Le Bon Marché in Paris wird renoviert.", "de", "Le Bon Marché"),
    ("Parfums Dior raised prices.", "en", "Parfums Christian Dior"),
    ("Ram Trucks recalled 100,000 pickups.", "en", "Ram Trucks"),
    ("Der Mobilitätsdienst Free2Move übernimmt einen Carsharing-Anbieter.", "de", "Free2Move"),
    ("Airbus Commercial Aircraft delivered 60 jets in the month.", "en",
     "Airbus Commercial Aircraft"),
    ("Safran Electronics & Defence supplies the navigation systems.", "en",
     "Safran Electronics & Defense"),
    ("Der Softwarekonzern Aveva steigert den Umsatz.", "de", "AVEVA"),
    ("Sanofi Pasteur shipped flu vaccines.", "en", "Sanofi Pasteur"),
    ("Opella sold more painkillers.", "en", "Opella"),
    ("Die Magnum Ice Cream Company senkt die Prognose.", "de", "The Magnum Ice Cream Company"),
    ("Ben & Jerry’s launched a new flavour.", "en", "Ben & Jerry's"),
    ("Paula's Choice opened a store in Seoul.", "en", "Paula's Choice"),
    ("DHL eCommerce raised parcel prices.", "en", "DHL eCommerce"),
    ("ISS STOXX launched a climate index.", "en", "ISS Stoxx"),
    ("ContiTech verkauft das Geschäft mit Schläuchen.", "de", "ContiTech"),
    ("Garanti Bank raised its loan book.", "en", "Garanti BBVA"),
    ("Eni Plenitude bought a wind farm.", "en", "Eni Plenitude"),
    ("Pull & Bear opened a store in Milan.", "en", "Pull&Bear"),
    ("Albert Heijn cut prices on 500 products.", "en", "Albert Heijn"),
    ("Lancome launched a new serum.", "en", "Lancôme"),
    ("Vinci Airports carried more passengers.", "en", "Vinci Airports"),
    ("Anheuser-Busch cut jobs in the US.", "en", "Anheuser-Busch"),
])
def test_a_unit_is_found_by_its_name_or_printed_alias(extractor: Extractor, sentence: str,
                                                     lang: str, label: str) -> None:
    x = run_in(extractor, sentence, lang)
    assert label in labels(x)


NEW = {label for label, _, _ in UNITS} | {"Opella", "The Magnum Ice Cream Company"}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The ram broke through the fence.", "en"),
    ("Der Saft kostet mehr.", "de"),
    ("Zara opened a new store.", "en"),
    ("A sense of plenitude filled the room.", "en"),
    ("The benefit of the deal is clear.", "en"),
    ("Helios rose in the sky.", "en"),
    ("The DFS data were delayed.", "en"),
    ("The Magnum bottle was sold.", "en"),
    ("International demand fell.", "en"),
    ("Detroit lost 2,000 jobs.", "en"),
    ("Hartford is a city in Connecticut.", "en"),
    ("The Western Star newspaper printed the story.", "en"),
    ("Daimler Truck said Financial Services grew while Buses lagged.", "en"),
    ("Volkswagen said Commercial Vehicles sold more vans.", "en"),
    ("RWE said Power and Generation earned less.", "en"),
    ("Airbus said Commercial Aircraft delivered more jets.", "en"),
    ("Die Celine-Kollektion und die Loewe-Fernseher sind teurer.", "de"),
])
def test_a_look_alike_word_names_no_unit(extractor: Extractor, sentence: str, lang: str) -> None:
    """Words, first names, towns and the rest of a unit's name after its group: none of them
    names a unit of the lists above."""
    assert labels(run_in(extractor, sentence, lang)) & NEW == set()
