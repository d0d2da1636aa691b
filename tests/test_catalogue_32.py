"""Catalogue round 32: brands of the largest consumer-goods, beverage and apparel groups, the
aircraft and engine programmes of the airframers and engine makers, best-selling drugs by brand,
and the operating utilities of the S&P 500 utility groups.

Each entry is catalogued with its type and its group (as maker or as parent) and is found in a
sentence written for the test by its canonical name or a printed alias; words, towns, first names,
surnames and bare model words that look like one of them name nothing."""

from __future__ import annotations

import pytest
from helpers import labels, run_in

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor

# (product, maker)
PRODUCTS = [
    ("Johnnie Walker", "Diageo"), ("Smirnoff", "Diageo"), ("Baileys", "Diageo"),
    ("Tanqueray", "Diageo"), ("Don Julio", "Diageo"), ("Casamigos", "Diageo"),
    ("Chivas Regal", "Pernod Ricard"), ("The Glenlivet", "Pernod Ricard"),
    ("Budweiser", "Anheuser-Busch InBev"), ("Stella Artois", "Anheuser-Busch InBev"),
    ("Löwenbräu", "Anheuser-Busch InBev"), ("Birra Moretti", "Heineken"),
    ("Thomy", "Nestlé"), ("Rexona", "Unilever"), ("Pfanni", "Unilever"),
    ("Pampers", "Procter & Gamble"), ("Oral-B", "Procter & Gamble"),
    ("Head & Shoulders", "Procter & Gamble"), ("Oreo", "Mondelez International"),
    ("Toblerone", "Mondelez International"), ("Pepsi", "PepsiCo"), ("Gatorade", "PepsiCo"),
    ("Fanta", "Coca-Cola"), ("Coca-Cola Zero Sugar", "Coca-Cola"), ("Lunchables", "Kraft Heinz"),
    ("Airbus A380", "Airbus"), ("Airbus A400M", "Airbus"), ("Boeing 777", "Boeing"),
    ("KC-46 Pegasus", "Boeing"), ("CST-100 Starliner", "Boeing"), ("Embraer E175", "Embraer"),
    ("Embraer E2", "Embraer"), ("C-390 Millennium", "Embraer"), ("Global 7500", "Bombardier"),
    ("Challenger 3500", "Bombardier"), ("ATR 72", "ATR Aircraft"),
    ("COMAC C919", "Commercial Aircraft Corporation of China"),
    ("Trent XWB", "Rolls-Royce Holdings"), ("Trent 1000", "Rolls-Royce Holdings"),
    ("CFM LEAP", "CFM International"), ("GE9X", "GE Aerospace"),
    ("Pratt & Whitney GTF", "Pratt & Whitney"),
    ("Sotyktu", "Bristol Myers Squibb"), ("Opdualag", "Bristol Myers Squibb"),
    ("Saxenda", "Novo Nordisk"), ("Tepezza", "Amgen"), ("Perjeta", "Roche"),
    ("Descovy", "Gilead Sciences"), ("Dovato", "GSK"), ("Tecvayli", "Johnson & Johnson"),
    ("Entyvio", "Takeda Pharmaceutical"), ("Vyvgart", "argenx"), ("Winrevair", "Merck & Co."),
]

# (unit, type, parent)
UNITS = [
    ("Jordan Brand", "BusinessUnit", "Nike"),
    ("Hoka", "BusinessUnit", "Deckers Brands"),
    ("UGG", "BusinessUnit", "Deckers Brands"),
    ("The North Face", "BusinessUnit", "VF Corporation"),
    ("Nestlé Waters", "BusinessUnit", "Nestlé"),
    ("Blue Bottle Coffee", "Company", "Nestlé"),
    ("Maybelline", "BusinessUnit", "L'Oréal"),
    ("Yves Saint Laurent Beauté", "BusinessUnit", "L'Oréal"),
    ("MAC Cosmetics", "BusinessUnit", "Estée Lauder Companies"),
    ("Clinique", "BusinessUnit", "Estée Lauder Companies"),
    ("Deciem", "Company", "Estée Lauder Companies"),
    ("Frito-Lay", "BusinessUnit", "PepsiCo"),
    ("Quaker Oats", "Company", "PepsiCo"),
    ("SodaStream", "Company", "PepsiCo"),
    ("Costa Coffee", "Company", "Coca-Cola"),
    ("Eve Air Mobility", "Company", "Embraer"),
    ("Duke Energy Progress", "Company", "Duke Energy"),
    ("Georgia Power", "Company", "Southern Company"),
    ("Nicor Gas", "Company", "Southern Company"),
    ("Florida Power & Light", "Company", "NextEra Energy"),
    ("San Diego Gas & Electric", "Company", "Sempra"),
    ("Pacific Gas and Electric", "Company", "PG&E"),
    ("Commonwealth Edison", "Company", "Exelon"),
    ("Public Service Electric and Gas", "Company", "Public Service Enterprise Group"),
    ("Appalachian Power", "Company", "American Electric Power"),
    ("Entergy Louisiana", "Company", "Entergy"),
    ("Northern States Power", "Company", "Xcel Energy"),
    ("Consumers Energy", "Company", "CMS Energy"),
    ("Arizona Public Service", "Company", "Pinnacle West Capital"),
    ("Jersey Central Power & Light", "Company", "FirstEnergy"),
    ("Louisville Gas and Electric", "Company", "PPL"),
    ("We Energies", "Company", "WEC Energy Group"),
    ("Northern Indiana Public Service Company", "Company", "NiSource"),
    ("Connecticut Light and Power", "Company", "Eversource Energy"),
    ("Rocky Mountain Power", "Company", "PacifiCorp"),
]


@pytest.mark.parametrize(("label", "maker"), PRODUCTS, ids=[p[0] for p in PRODUCTS])
def test_a_product_has_its_maker(catalogue: Catalogue, label: str, maker: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and entry.type == "Product"
    assert catalogue.developer_of(label) == maker


@pytest.mark.parametrize(("label", "kind", "parent"), UNITS, ids=[u[0] for u in UNITS])
def test_a_unit_has_its_type_and_group(catalogue: Catalogue, label: str, kind: str,
                                       parent: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and entry.type == kind
    assert catalogue.parent_of(label) == parent


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("Hoka One One sold more running shoes in Europe.", "en", "Hoka"),
    ("Die Laufschuhmarke Hoka wächst zweistellig.", "de", "Hoka"),
    ("Air Jordan sneakers sold out within minutes.", "en", "Jordan Brand"),
    ("The North Face opened a flagship store in Munich.", "en", "The North Face"),
    ("Der Whisky Johnnie Walker verkauft sich in Asien schlechter.", "de", "Johnnie Walker"),
    ("Baileys Irish Cream sold well over the holidays.", "en", "Baileys"),
    ("Don Julio tequila gained share in the United States.", "en", "Don Julio"),
    ("Die Brauerei von Löwenbräu in München braut mehr Bier.", "de", "Löwenbräu"),
    ("Lowenbrau lost volume in the quarter.", "en", "Löwenbräu"),
    ("Stella Artois sponsors the tennis tournament.", "en", "Stella Artois"),
    ("Perrier-Jouet raised champagne prices.", "en", "Perrier-Jouët"),
    ("Maybelline New York launched a new mascara.", "en", "Maybelline"),
    ("YSL Beauty grew fastest among the luxury brands.", "en", "Yves Saint Laurent Beauté"),
    ("M·A·C Cosmetics cut prices in China.", "en", "MAC Cosmetics"),
    ("Pepsi-Cola lost share in the quarter.", "en", "Pepsi"),
    ("Coke Zero sold more cans than a year earlier.", "en", "Coca-Cola Zero Sugar"),
    ("Quaker Oats recalled granola bars.", "en", "Quaker Oats"),
    ("Die Kaffeehauskette Costa Coffee schließt Filialen.", "de", "Costa Coffee"),
    ("Airbus stopped building the A380 in 2021.", "en", "Airbus A380"),
    ("Boeing delivered three KC-46 tankers.", "en", "KC-46 Pegasus"),
    ("Embraer sold 20 E195-E2 jets to the airline.", "en", "Embraer E2"),
    ("Die Luftwaffe bestellt die KC-390 von Embraer.", "de", "C-390 Millennium"),
    ("SkyWest ordered 15 E175 regional jets.", "en", "Embraer E175"),
    ("The airline ordered ten ATR 72-600 turboprops.", "en", "ATR 72"),
    ("China Eastern flies the C919 on domestic routes.", "en", "COMAC C919"),
    ("The Trent XWB powers every A350.", "en", "Trent XWB"),
    ("Die LEAP-1A-Triebwerke werden schneller ausgeliefert.", "de", "CFM LEAP"),
    ("CFM delivered more LEAP-1B engines.", "en", "CFM LEAP"),
    ("Inspections of the PW1000G grounded dozens of jets.", "en", "Pratt & Whitney GTF"),
    ("Die GTF-Triebwerke von Pratt & Whitney müssen in die Werkstatt.", "de",
     "Pratt & Whitney GTF"),
    ("Bombardier delivered its first Global 8000.", "en", "Global 8000"),
    ("Sotyktu won approval for psoriatic arthritis.", "en", "Sotyktu"),
    ("Trelegy Ellipta sales rose 12 percent.", "en", "Trelegy"),
    ("Der Umsatz mit Winrevair stieg kräftig.", "de", "Winrevair"),
    ("Eve Holding raised 230 million dollars.", "en", "Eve Air Mobility"),
    ("Georgia Power asked regulators for a rate increase.", "en", "Georgia Power"),
    ("FPL will build more solar farms.", "en", "Florida Power & Light"),
    ("SDG&E cut its natural gas rates.", "en", "San Diego Gas & Electric"),
    ("Pacific Gas & Electric shut off power in the hills.", "en", "Pacific Gas and Electric"),
    ("ComEd paid a fine to settle the bribery case.", "en", "Commonwealth Edison"),
    ("PSE&G replaced old gas mains.", "en", "Public Service Electric and Gas"),
    ("NIPSCO retired its last coal plant.", "en", "Northern Indiana Public Service Company"),
    ("Duke Energy Progress raised its rates in South Carolina.", "en", "Duke Energy Progress"),
])
def test_found_by_its_name_or_printed_alias(extractor: Extractor, sentence: str, lang: str,
                                            label: str) -> None:
    assert label in labels(run_in(extractor, sentence, lang))


NEW = ({label for label, _ in PRODUCTS} | {label for label, _, _ in UNITS}
       | {"Pacific Power", "Perrier-Jouët",
          "Global 6500", "Challenger 650", "Trent 7000", "Boeing 747", "Eve Air Mobility"})


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Jordan raised interest rates.", "en"),
    ("Die Gäste converse kaum, sie essen.", "de"),
    ("They converse in English at the global meeting.", "en"),
    ("Global demand for power fell.", "en"),
    ("The Challenger disaster happened in 1986.", "en"),
    ("The river Trent flooded the fields.", "en"),
    ("Investors took a leap of faith.", "en"),
    ("Ein Leap in die Zukunft, sagte der Chef.", "de"),
    ("Eve sold her shares.", "en"),
    ("Alec Guinness played the role.", "en"),
    ("Die Marke Milka gehört zum Konzern.", "de"),
    ("Der Saft ist absolut teuer.", "de"),
    ("The tide turned for the bank.", "en"),
    ("Malibu homes burned in the fire.", "en"),
    ("Pacific trade fell, and Southern demand rose.", "en"),
    ("The crest of the wave broke.", "en"),
    ("Die Kraft des Konzerns liegt im Vertrieb.", "de"),
    ("Origins of the crisis lie in 2008.", "en"),
    ("The E2 visa was granted.", "en"),
    ("Boeing said the 747 was its most famous jet.", "en"),
])
def test_a_look_alike_names_none_of_them(extractor: Extractor, sentence: str, lang: str) -> None:
    """Words, first names, surnames, towns and bare model words: none names an entry above."""
    assert labels(run_in(extractor, sentence, lang)) & NEW == set()


COMMISSIONS = ["Federal Energy Regulatory Commission", "California Public Utilities Commission",
               "Public Utility Commission of Texas", "Georgia Public Service Commission",
               "Public Utilities Commission of Ohio", "Public Service Commission of Wisconsin"]


@pytest.mark.parametrize("label", COMMISSIONS)
def test_a_utility_commission_is_a_government_body(catalogue: Catalogue, label: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and entry.type == "GovernmentBody"
    assert catalogue.parent_of(label) is None


@pytest.mark.parametrize(("sentence", "label", "not_label"), [
    ("The CPUC approved the rate increase for the utility.", "California Public Utilities Commission",
     None),
    ("FERC approved the pipeline expansion.", "Federal Energy Regulatory Commission", None),
    ("PUCO rejected the plan of AEP Ohio.", "Public Utilities Commission of Ohio", None),
    ("The Wisconsin Public Service Commission approved the solar farm.",
     "Public Service Commission of Wisconsin", "Wisconsin Public Service"),
    ("Wisconsin Public Service raised its rates.", "Wisconsin Public Service",
     "Public Service Commission of Wisconsin"),
])
def test_a_commission_and_a_utility_of_like_name_are_told_apart(
        extractor: Extractor, sentence: str, label: str, not_label: str | None) -> None:
    found = labels(run_in(extractor, sentence, "en"))
    assert label in found
    assert not_label not in found


@pytest.mark.parametrize("sentence", [
    "The PSC said the PUC and the ICC would meet.",
    "The commission of the state approved the deal.",
])
def test_a_bare_commission_acronym_names_no_commission(extractor: Extractor,
                                                        sentence: str) -> None:
    ours = set(COMMISSIONS) | {"Public Utility Commission of Texas", "Illinois Commerce Commission",
                               "Virginia State Corporation Commission"}
    assert labels(run_in(extractor, sentence, "en")) & ours == set()
