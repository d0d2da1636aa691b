"""Catalogue coverage of whole public lists: the largest airlines by revenue, the
aerospace and defence companies of the trade press's top lists, the aircraft-engine makers
and their joint ventures, the semiconductor packaging and test companies and the members of
Taiwan 50, the largest asset managers, the oil, gas and LNG producers and the Nikkei 225
members that an audit of the lists found missing. A sample of each list is found in
sentences written for these tests; a member whose short name is an ordinary word, a place,
a region or a surname keeps its airline word or legal form, so that the word alone names
nothing; the added members carry their parents and their industries."""

from __future__ import annotations

import pytest
from helpers import run

from kg.catalogue import Catalogue, load_industries
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # airlines: a group's airlines beside the group, and airlines named after their country
    ("Air France-KLM und KLM meldeten Zahlen; Air France und Transavia strichen Flüge.",
     ["Air France-KLM", "KLM", "Air France", "Transavia"]),
    ("British Airways, Vueling and Aer Lingus carried more passengers than Iberia Airlines.",
     ["British Airways", "Vueling", "Aer Lingus", "Iberia Líneas Aéreas de España"]),
    ("Qatar Airways, Turkish Airlines und Singapore Airlines bestellten bei Embraer.",
     ["Qatar Airways", "Turkish Airlines", "Singapore Airlines", "Embraer"]),
    ("Asiana Airlines, Hawaiian Airlines and Scandinavian Airlines cut capacity.",
     ["Asiana Airlines", "Hawaiian Airlines", "Scandinavian Airlines"]),
    # aerospace and defence, aircraft engines
    ("Spirit AeroSystems liefert Rümpfe; CFM International und Safran Aircraft Engines "
     "bauen Triebwerke.",
     ["Spirit AeroSystems", "CFM International", "Safran Aircraft Engines"]),
    ("Elbit Systems, Aselsan and GKN Aerospace won orders; Gulfstream delivered jets.",
     ["Elbit Systems", "Aselsan", "GKN Aerospace", "Gulfstream Aerospace"]),
    ("Pratt & Whitney Canada, Avio Aero und Honeywell Aerospace beliefern COMAC.",
     ["Pratt & Whitney Canada", "Avio Aero", "Honeywell Aerospace",
      "Commercial Aircraft Corporation of China"]),
    ("Nexter, KMW und Navantia; Textron Systems und ManTech; EDGE Group kaufte Milrem Robotics.",
     ["Nexter", "Krauss-Maffei Wegmann", "Navantia", "Textron Systems", "ManTech", "EDGE Group",
      "Milrem Robotics"]),
    # semiconductor packaging and test, Taiwan 50
    ("Powertech Technology, ChipMOS und SPIL verpacken Chips; Hana Micron auch.",
     ["Powertech Technology", "ChipMOS Technologies", "Siliconware Precision Industries",
      "Hana Micron"]),
    ("Kulicke & Soffa, ASMPT and Tokyo Seimitsu sell tools to Win Semiconductors and "
     "GlobalWafers.",
     ["Kulicke and Soffa Industries", "ASMPT", "Tokyo Seimitsu", "Win Semiconductors",
      "GlobalWafers"]),
    # asset managers
    ("Dodge & Cox, Lord Abbett und Putnam Investments; BNY Investments und "
     "Eastspring Investments.",
     ["Dodge & Cox", "Lord Abbett", "Putnam Investments", "BNY Investments",
      "Eastspring Investments"]),
    ("Eaton Vance, Hartford Funds und ClearBridge Investments; Grayscale, 21Shares und iShares.",
     ["Eaton Vance", "Hartford Funds", "ClearBridge Investments", "Grayscale Investments",
      "21Shares", "iShares"]),
    # oil, gas and LNG
    ("Petrobras, Sonatrach und PDVSA; Venture Global, Golar LNG und Qatargas.",
     ["Petrobras", "Sonatrach", "Petróleos de Venezuela", "Venture Global", "Golar LNG",
      "QatarEnergy LNG"]),
    # Nikkei 225 and former names of its members
    ("Otsuka Holdings, Sapporo Holdings und Maruha Nichiro; Toppan Holdings und Isuzu Motors.",
     ["Otsuka Holdings", "Sapporo Holdings", "Maruha Nichiro", "Toppan Printing", "Isuzu"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Ordinary words, places, regions and surnames that are the short names of list members:
# without the airline word or the legal form they name nothing.
LOOK_ALIKES = [
    "A Level playing field in Frontier markets; the Triumph of hope; a Skylark sang.",
    "Solar parks across Iberia; the Condor circled; an Open House in Azul blue.",
    "Die Emirates investieren; Mr Parsons and Ms Kaman met Rafael Nadal.",
    "The Patria anthem; Bell rang; a Principal Russell said Hess and Edison agreed.",
    "Tony Stark stood at the Edge; Avon calling; die Williams-Schwestern.",
    "The first trust fund; bitwise shifts on a grayscale screen; Fidelity to the cause.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Emirates Airline und die Emirates", ["Emirates Airline"]),
    ("Novatek Microelectronics und PAO Novatek", ["Novatek Microelectronics", "PAO Novatek"]),
])
def test_a_member_named_like_a_place_or_a_listed_company_keeps_its_full_name(
        gazetteer: Gazetteer, text: str, expected: list[str]) -> None:
    """"Emirates" alone is also the country and "Novatek" already the Taiwanese chip
    designer's short name: the airline and the Russian gas producer are found by their
    full names only."""
    assert [m.label for m in gazetteer.find(text)] == expected


@pytest.mark.parametrize(("label", "kind", "parents"), [
    ("British Airways", "Company", ("International Airlines Group",)),
    ("KLM", "Company", ("Air France-KLM",)),
    ("Asiana Airlines", "Company", ("Korean Air",)),
    ("Siliconware Precision Industries", "Company", ("ASE Technology Holding",)),
    ("GKN Aerospace", "Company", ("Melrose Industries",)),
    ("Honeywell Aerospace", "BusinessUnit", ("Honeywell",)),
    ("Putnam Investments", "FinancialInstitution", ("Franklin Templeton",)),
    ("CFM International", "Company", ()),
    ("Milrem Robotics", "Company", ("EDGE Group",)),
    ("Textron Systems", "BusinessUnit", ("Textron",)),
    ("Eaton Vance", "FinancialInstitution", ("Morgan Stanley",)),
    ("iShares", "BusinessUnit", ("BlackRock",)),
])
def test_members_carry_their_parents(catalogue: Catalogue, label: str, kind: str,
                                     parents: tuple[str, ...]) -> None:
    """A joint venture (CFM International of GE and Safran) is no one parent's subsidiary."""
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.parents) == (kind, parents)


@pytest.mark.parametrize(("label", "industries"), [
    ("Qatar Airways", {"travel_leisure"}),
    ("Spirit AeroSystems", {"aerospace_defence"}),
    ("Powertech Technology", {"semiconductors"}),
    ("Dodge & Cox", {"asset_managers"}),
    ("Petrobras", {"energy"}),
    ("UBE Corporation", {"chemicals"}),
])
def test_added_members_have_their_industries(label: str, industries: set[str]) -> None:
    assert load_industries().get(label) == industries


@pytest.mark.parametrize(("word", "owners"), [
    ("Continental", {"Continental AG"}),
    ("Williams", {"Williams Companies"}),
    ("Fisher", {"Fisher & Paykel Healthcare"}),
    ("ASM", {"ASM International"}),
    ("Sekisui", {"Sekisui House"}),
    ("Diehl", {"Diehl Defence"}),
    ("Avon", {"Avon Products"}),
    ("Matthews", {"Matthews International"}),
    ("Guggenheim", {"Guggenheim Securities"}),
])
def test_no_member_takes_a_listed_company_s_short_name(catalogue: Catalogue, word: str,
                                                       owners: set[str]) -> None:
    """"Continental" after "Continental AG": an article's short name names its company only
    where no other catalogued organisation's name opens with the word, so list members such
    as Continental Aerospace Technologies, Williams International, Sekisui Chemical or the
    Diehl group are left out (the short name would then name neither)."""
    found = {entry.label for entry in catalogue.entries.values()
             if entry.type not in ("Person", "Place", "Product", "AIModel", "Event")
             and any(name.startswith(word + " ") for name in entry.names)}
    assert found == owners


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("en", "Petrobras lifts outlook",
     "Petrobras raised its outlook on Tuesday. Qatar Airways reported results as well. "
     "The airline now expects revenue of $20 billion this year."),
    ("de", "Petrobras hebt Prognose an",
     "Petrobras hob am Dienstag die Prognose an. Auch Qatar Airways legte Zahlen vor. "
     "Die Fluggesellschaft erwartet nun einen Umsatz von 20 Milliarden Dollar."),
], ids=["en", "de"])
def test_an_industry_noun_names_the_added_member_of_that_industry(
        extractor: Extractor, lang: str, headline: str, body: str) -> None:
    """"The airline" is Qatar Airways, not the oil producer the headline names: both are
    found, and the added members carry their industries, so the noun passes over the
    company of another one."""
    x = run(extractor, body, lang=lang, headline=headline)
    assert {(f.about, f.metric) for f in x.figures} == {("Qatar Airways", "Revenue")}
