"""Entity recall by whole public lists (issue 11): investors and fund managers,
central bank governors and finance ministers, chief executives, finance chiefs and
chairs of the large index members, best-selling drugs and car models, technology
lines and AI chips, insurers, asset managers, hedge funds, sovereign wealth funds,
brokers and neobanks, data providers, proxy advisers and sector indices. A few
members of each list are found in sentences written for these tests, in German and
English forms, with possessives and hyphen compounds; model and brand names that are
ordinary words, motorways or other makers' chips stay unmatched unless their make
is printed with them."""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # investors and fund managers
    ("Bill Ackman, David Einhorn und Cliff Asness wetten dagegen; Michael Saylors Strategie hält.",
     ["Bill Ackman", "David Einhorn", "Cliff Asness", "Michael Saylor"]),
    ("Steven A. Cohen's Point72 and Ken Griffin's Citadel hired from Jane Street.",
     ["Steve Cohen", "Point72 Asset Management", "Ken Griffin", "Citadel", "Jane Street"]),
    # central bank governors and finance ministers
    ("Sanjay Malhotra, Elvira Nabiullina und Gabriel Galípolo ließen die Zinsen unverändert.",
     ["Sanjay Malhotra", "Elvira Nabiullina", "Gabriel Galípolo"]),
    ("Fed governor Lisa Cook and Austan Goolsbee spoke after Roland Lescure and Satsuki Katayama.",
     ["Federal Reserve", "Lisa Cook", "Austan Goolsbee", "Roland Lescure", "Satsuki Katayama"]),
    # finance chiefs and chairs of the large index members
    ("Finanzchef Wolfgang Nickl und Finanzvorständin Claire-Marie Coste-Lepoutre bestätigten.",
     ["Wolfgang Nickl", "Claire-Marie Coste-Lepoutre"]),
    ("Luca de Meo, Pascal Soriot and Daniela Amodei spoke; Jean-Marc Chery did not.",
     ["Luca de Meo", "Pascal Soriot", "Daniela Amodei", "Jean-Marc Chéry"]),
    # best-selling drugs and obesity drug candidates, in lower case as English news prints them
    ("Die Lynparza-Umsätze stiegen, Verzenio und Dupixent ebenfalls.",
     ["Lynparza", "Verzenio", "Dupixent"]),
    ("Lilly's orforglipron and Amgen's MariTide compete with Novo's CagriSema.",
     ["Eli Lilly", "Orforglipron", "Amgen", "MariTide", "CagriSema"]),
    # car models and brands of the German makers, Tesla and BYD
    ("Der VW Golf und der Tiguan verkauften sich besser als der ID.3; Škoda lieferte den Enyaq.",
     ["Volkswagen Golf", "Volkswagen Tiguan", "ID.3", "Škoda Auto", "Škoda Enyaq"]),
    ("Die S-Klasse, der BMW X5 und der neue iX3; Audi A6 und Porsche Taycan.",
     ["Mercedes-Benz S-Class", "BMW X5", "BMW iX3", "Audi A6", "Porsche Taycan"]),
    ("The BYD Seal, the Sealion 7 and Tesla's Megapack; RAV4 and Lexus sales rose.",
     ["BYD Seal", "BYD Sealion 7", "Tesla", "Megapack", "Toyota RAV4", "Lexus"]),
    # technology lines and AI chips
    ("Mac sales rose while Photoshop and Agentforce grew; Blackwell Ultra and MI350X shipped.",
     ["Mac", "Photoshop", "Agentforce", "Blackwell Ultra", "Instinct MI350"]),
    ("Die HBM4-Chips, Azure Maia und Intel Core Ultra; der Big Mac kostete mehr.",
     ["HBM4", "Azure Maia", "Intel Core Ultra", "Big Mac"]),
    ("Das iPhone 17 Pro Max, das iPhone Air und Apple TV+; Windows 11, Venmo und ESPN.",
     ["iPhone 17 Pro", "iPhone Air", "Apple TV+", "Windows 11", "Venmo", "ESPN"]),
    # insurers, asset managers, hedge funds, sovereign wealth funds
    ("Die Versicherer Debeka, Signal Iduna und R+V sowie der Versicherungsverein HDI.",
     ["Debeka", "Signal Iduna", "R+V Versicherung", "HDI"]),
    ("Marshall Wace, Balyasny und ExodusPoint stockten auf; Helvetia und Baloise fusionierten.",
     ["Marshall Wace", "Balyasny Asset Management", "ExodusPoint Capital Management",
      "Helvetia Baloise", "Helvetia Baloise"]),
    ("The Korea Investment Corporation, CPP Investments and GPIF bought bonds.",
     ["Korea Investment Corporation", "CPP Investments", "Government Pension Investment Fund"]),
    # retail brokers and neobanks, data providers and proxy advisers
    ("Kunden von DEGIRO, eToro und Smartbroker+ handeln; Monzo und Nubank wachsen.",
     ["DEGIRO", "eToro", "Smartbroker", "Monzo", "Nu Holdings"]),
    ("According to S&P Global Market Intelligence, Preqin and Pensions & Investment Research Consultants, the Bloomberg Terminal shows it.",
     ["S&P Global Market Intelligence", "Preqin", "Pensions & Investment Research Consultants",
      "Bloomberg Terminal"]),
    # sector indices, German forms and hyphen compounds
    ("Der Stoxx-Europe-600-Autoindex fiel, der Stoxx-600-Bankenindex stieg, der Kurs-Dax auch.",
     ["Stoxx Europe 600 Automobiles & Parts", "Stoxx Europe 600 Banks", "DAX Kursindex"]),
    ("The S&P 500 Energy index and the Dow Jones Transportation Average fell; the SLI rose.",
     ["S&P 500 Energy", "Dow Jones Transportation Average", "Swiss Leader Index"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Model and brand names that are ordinary words, a motorway, a German noun or another
# maker's chip: none is read as an entity without its make.
LOOK_ALIKES = [
    "Er spielte Golf und Polo, ein Sprinter lief vorbei; ergo blieb der Elfer aus.",
    "Die Mini-Jobs im Office, das Teams-Meeting und der Autopilot; fünf Joule Energie.",
    "Auf der A100 staute es sich, Athene und Helios waren Götter.",
    "A dimensional view, the chime of bells and slack demand from the steam engine.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_model_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("label", "kind", "parents", "developers"), [
    ("Škoda Auto", "Company", ("Volkswagen",), ()),
    ("Škoda Enyaq", "Product", (), ("Škoda Auto",)),
    ("MariTide", "Product", (), ("Amgen",)),
    ("BMW iX3", "Product", (), ("BMW",)),
    ("Ergo Group", "Company", ("Munich Re",), ()),
    ("Oaktree Capital Management", "FinancialInstitution", ("Brookfield Corporation",), ()),
    ("onvista bank", "FinancialInstitution", ("Commerzbank",), ()),
    ("Steve Cohen", "Person", (), ()),
    ("DAXsector Automobile", "MarketIndex", (), ()),
])
def test_members_carry_their_facts(catalogue: Catalogue, label: str, kind: str,
                                   parents: tuple[str, ...], developers: tuple[str, ...]) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.parents, entry.developers) == (kind, parents, developers)


# Reporting segments of DAX members: named with their group, and by their short name
# only in an article that names the group (the unit noun near a one-word short name).
SEGMENTS = [
    ("Die Sparte Brenntag Essentials schrumpfte, BMW Motorrad wuchs.",
     ["Brenntag Essentials", "BMW Motorrad"]),
    ("Schaeffler E-Mobility und E.ON Energy Retail verdienten weniger.",
     ["Schaeffler E-Mobility", "E.ON Energy Retail"]),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTS, ids=range(len(SEGMENTS)))
def test_segments_are_found_with_their_group(gazetteer: Gazetteer, text: str,
                                             expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


def test_segments_and_new_names_carry_their_parents(catalogue: Catalogue) -> None:
    """A segment is a unit of its group; a short form news prints ("Pimco") names
    the catalogued institution."""
    segment = catalogue.get("Commerzbank Corporate Clients")
    assert segment is not None
    assert (segment.type, segment.parents) == ("BusinessUnit", ("Commerzbank",))
    assert "Commerzbank Firmenkunden" in segment.aliases
    pimco = catalogue.get("PIMCO")
    assert pimco is not None and "Pimco" in pimco.aliases


def test_a_segment_short_name_counts_where_its_group_is_named(extractor: Extractor) -> None:
    """"das Segment Energy Retail" in an article on E.ON is E.ON's segment; the same
    words in an article that names no group of the list are no unit of it."""
    x = run(extractor, "E.ON legte Zahlen vor. Im Segment Energy Retail sank der Gewinn "
                       "um 8 Prozent.")
    assert ("E.ON Energy Retail", "subsidiaryOf", "E.ON") in triples(x)
    x = run(extractor, "Der Versorger legte Zahlen vor. Im Segment Energy Retail sank der "
                       "Gewinn um 8 Prozent.")
    assert "E.ON Energy Retail" not in {e.label for e in x.entities}


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Ibex und der Vix stiegen, der Euro Stoxx 600 fiel.",
     ["IBEX 35", "VIX", "Stoxx Europe 600"]),
    ("An der BX Swiss und an der LS Exchange wurde gehandelt, der Stoxx 50 schloss fester.",
     ["BX Swiss", "Lang & Schwarz Exchange", "Stoxx Europe 50"]),
], ids=["indices", "venues"])
def test_index_and_venue_forms_news_prints(gazetteer: Gazetteer, text: str,
                                           expected: list[str]) -> None:
    """"Euro Stoxx 600", a common misnaming of the Stoxx Europe 600, is that index,
    not the Euro Stoxx 50 whose name it begins with."""
    assert [m.label for m in gazetteer.find(text)] == expected


def test_finance_chiefs_and_hang_seng_tech_executives(gazetteer: Gazetteer) -> None:
    """Finance chiefs of S&P 100 members and the executives of Hang Seng Tech members,
    also in a possessive and with a shortened given name."""
    text = ("Kathy Mikells' outlook, Dave Denton and Jim Kavanaugh; "
            "Lu Weibing und Yang Yuanqing sprachen, Jane Suns Plan.")
    assert [m.label for m in gazetteer.find(text)] == [
        "Kathy Mikells", "David Denton", "Jim Kavanaugh", "Lu Weibing", "Yang Yuanqing", "Jane Sun"]
