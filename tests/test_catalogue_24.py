"""Catalogue coverage of whole public lists: the SIPRI Top 100 arms producers, the
airport operators, the Thinking Ahead Institute's largest asset managers, the largest insurers
and reinsurers by premiums, the largest pharmaceutical and food and beverage companies, the
ENR top international contractors, the FTSE EPRA Nareit Developed Europe index and the largest
utilities and grid operators of Europe, where an audit of the lists found members missing.
A sample of each list is found in sentences written for these tests; a member whose short
name is an ordinary word, a canal, a planet or an airport keeps its legal form or group word,
so that the word alone names nothing; the members carry their parents and industries."""

from __future__ import annotations

import pytest

from kg.catalogue import Catalogue, load_industries
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # SIPRI Top 100
    ("Uralvagonzavod, Russian Helicopters und PGZ; Roketsan und Ukroboronprom lieferten.",
     ["Uralvagonzavod", "Russian Helicopters", "Polska Grupa Zbrojeniowa", "Roketsan",
      "Ukroboronprom"]),
    ("Peraton, Aerojet Rocketdyne und Electric Boat; KRET, Shvabe und Sevmash; FNSS und GRSE.",
     ["Peraton", "Aerojet Rocketdyne", "General Dynamics Electric Boat",
      "Concern Radio-Electronic Technologies", "Shvabe", "Sevmash", "FNSS Savunma Sistemleri",
      "Garden Reach Shipbuilders & Engineers"]),
    # airport operators
    ("Royal Schiphol Group, Copenhagen Airports and Airports of Thailand; ASUR and TAV Airports.",
     ["Royal Schiphol Group", "Copenhagen Airports", "Airports of Thailand",
      "Grupo Aeroportuario del Sureste", "TAV Airports"]),
    # asset managers and insurers
    ("SLC Management, MetLife Investment Management und BNP Paribas Cardif; Sogecap.",
     ["SLC Management", "MetLife Investment Management", "BNP Paribas Cardif", "Sogecap"]),
    # reinsurers
    ("China Re, PartnerRe and Korean Re; TransRe and GIC Re renewed the treaties with AXA XL.",
     ["China Reinsurance Group", "PartnerRe", "Korean Reinsurance Company",
      "Transatlantic Reinsurance", "General Insurance Corporation of India", "AXA XL"]),
    # pharmaceutical companies
    ("Servier, Menarini und Chiesi; Aurobindo Pharma und Polpharma.",
     ["Servier", "Menarini Group", "Chiesi Farmaceutici", "Aurobindo Pharma", "Polpharma"]),
    # food and beverage companies
    ("JBS, Lactalis and Ferrero; Fonterra, Arla and FrieslandCampina; Grupo Bimbo and ThaiBev.",
     ["JBS S.A.", "Groupe Lactalis", "Ferrero Group", "Fonterra", "Arla Foods",
      "FrieslandCampina", "Grupo Bimbo", "Thai Beverage"]),
    ("Dr. Oetker, Haribo und Bahlsen; DMK und Krombacher.",
     ["Dr. Oetker", "Haribo", "Bahlsen", "Deutsches Milchkontor", "Krombacher Brauerei"]),
    # ENR international contractors
    ("Sinohydro, Besix und Webuild; CIMIC und Turner Construction; Daewoo E&C.",
     ["Sinohydro", "Besix", "Webuild", "CIMIC Group", "Turner Construction",
      "Daewoo Engineering & Construction"]),
    # EPRA Europe
    ("Heimstaden, Branicks und Adler Group; Supermarket Income REIT.",
     ["Heimstaden", "Branicks Group", "Adler Group", "Supermarket Income REIT"]),
    # utilities and grid operators of Europe
    ("Vattenfall, Statkraft und Axpo; Thüga, Mainova und MVV Energie; Fingrid und Elering.",
     ["Vattenfall", "Statkraft", "Axpo", "Thüga", "Mainova", "MVV Energie", "Fingrid",
      "Elering"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Ordinary words, a canal, a planet, an oil and a drink that are the short names of list
# members: without the group word or the legal form they name nothing.
LOOK_ALIKES = [
    "Der Bauer ging zum Kaiser; ein Adler über dem Hochland; am Suez-Kanal die Mars-Sonde.",
    "A helical stair, Argan oil, a Patria song; Bimbo and Lala; a Discovery of Red Bull cans.",
    "An electric boat left Bath; a Kalashnikov rifle; a cubic metre of Hochland cheese.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bauer AG und ein Bauer; Hochland SE und das Hochland; Suez S.A. und der Suez-Kanal",
     ["Bauer AG", "Hochland SE", "Suez S.A."]),
    ("Flughafen München GmbH betreibt den Flughafen München; Heathrow Airport Holdings and "
     "Heathrow.",
     ["Flughafen München GmbH", "Munich", "Heathrow Airport Holdings"]),
    ("Die Flughafen Stuttgart GmbH landet am Flughafen Stuttgart; Sydney Airport Holdings "
     "runs Sydney Airport.",
     ["Flughafen Stuttgart GmbH", "Stuttgart", "Sydney Airport Holdings", "Sydney"]),
])
def test_a_member_named_like_a_word_or_an_airport_keeps_its_full_name(
        gazetteer: Gazetteer, text: str, expected: list[str]) -> None:
    """"Bauer" and "Hochland" are ordinary German words and "Suez" a canal; an airport named
    as a place ("am Flughafen München") is no company: the operators are found by their full
    names only, and the airport's city stays a place."""
    assert [m.label for m in gazetteer.find(text)] == expected


# (label, type, parents, industries): a member of a group names the group as its parent only
# where it is wholly or by far the group's; a member's industry is its list's, and a business
# unit has none of its own (its group's industry is the one descriptors name).
MEMBER_FACTS = [
    ("Uralvagonzavod", "Company", ("Rostec",), {"aerospace_defence"}),
    ("Sukhoi", "Company", ("United Aircraft Corporation",), {"aerospace_defence"}),
    ("Sevmash", "Company", ("United Shipbuilding Corporation",), {"aerospace_defence"}),
    ("Newport News Shipbuilding", "BusinessUnit", ("Huntington Ingalls Industries",), None),
    ("Israel Military Industries", "Company", ("Elbit Systems",), {"aerospace_defence"}),
    ("Royal Schiphol Group", "Company", (), {"logistics"}),
    ("SLC Management", "FinancialInstitution", ("Sun Life Financial",), {"asset_managers"}),
    ("AXA XL", "Company", ("AXA",), {"insurers"}),
    ("BNP Paribas Cardif", "Company", ("BNP Paribas",), {"insurers"}),
    ("China Reinsurance Group", "Company", (), {"insurers"}),
    ("Bausch + Lomb", "Company", ("Bausch Health",), {"healthcare"}),
    ("Servier", "Company", (), {"pharma"}),
    ("Smithfield Foods", "Company", ("WH Group",), {"food_beverages"}),
    ("Sinohydro", "Company", ("Power Construction Corporation of China",),
     {"construction_materials"}),
    ("China Harbour Engineering", "Company", ("China Communications Construction Group",),
     {"construction_materials"}),
    ("CIMIC Group", "Company", ("Hochtief",), {"construction_materials"}),
    ("Heimstaden", "Company", (), {"real_estate"}),
    ("Vattenfall", "Company", (), {"utilities"}),
]


@pytest.mark.parametrize(("label", "kind", "parents", "industries"), MEMBER_FACTS,
                         ids=[facts[0] for facts in MEMBER_FACTS])
def test_members_carry_their_type_parents_and_industries(
        catalogue: Catalogue, label: str, kind: str, parents: tuple[str, ...],
        industries: set[str] | None) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.parents, load_industries().get(label)) == (kind, parents, industries)
