"""Large companies outside the equity indices (issue 11): Fortune Global 500 members
that are state-owned, mutual or unlisted, Forbes' largest US private companies, the most
valuable private start-ups and the operating subsidiaries and divisions of large groups.
A few members of each list are found in sentences written for these tests, a subsidiary
carries its parent, and names that are ordinary words, planets or surnames stay unmatched
without their legal form; a listed company's short name keeps naming it alone."""

from __future__ import annotations

import pytest
from helpers import run

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # Fortune Global 500: state-owned and mutual groups
    ("CNPC, die Sinopec Group und State Grid investierten, Pemex und Petronas ebenfalls.",
     ["China National Petroleum Corporation", "China Petrochemical Corporation",
      "State Grid Corporation of China", "Petróleos Mexicanos", "Petronas"]),
    ("EDF and Rewe reported; Fannie Mae, Freddie Mac and MassMutual bought bonds.",
     ["Électricité de France", "Rewe Group", "Fannie Mae", "Freddie Mac",
      "Massachusetts Mutual Life Insurance"]),
    ("Die Edeka-Gruppe, China Baowu und AVIC; Meiji Yasuda und Zen-Noh.",
     ["Edeka", "China Baowu Steel Group", "Aviation Industry Corporation of China",
      "Meiji Yasuda Life Insurance", "Zen-Noh"]),
    # Forbes' largest private companies
    ("Cargill, Koch Industries and Mars Inc. bid; Publix and H-E-B grew.",
     ["Cargill", "Koch Industries", "Mars Inc.", "Publix Super Markets", "H-E-B"]),
    ("Apollo Global Management kaufte Univar Solutions; McKinsey und Bechtel berieten.",
     ["Apollo Global Management", "Univar Solutions", "McKinsey & Company", "Bechtel"]),
    # private start-ups
    ("Rippling, Brex und Deel sammelten Geld ein; Polymarket und Kalshi auch.",
     ["Rippling", "Brex", "Deel", "Polymarket", "Kalshi"]),
    ("RedNote, DJI and Checkout.com grew; Notion Labs and Ripple Labs hired.",
     ["Xiaohongshu", "DJI", "Checkout.com", "Notion Labs", "Ripple Labs"]),
    # operating subsidiaries
    ("BNSF, GEICO und Dairy Queen gehören Berkshire; PacifiCorp ebenfalls.",
     ["BNSF Railway", "GEICO", "International Dairy Queen", "Berkshire Hathaway",
      "PacifiCorp"]),
    ("Eurowings, Lufthansa Technik and JLR; NBCUniversal, Flipkart and Banamex.",
     ["Eurowings", "Lufthansa Technik", "Jaguar Land Rover", "NBCUniversal", "Flipkart",
      "Banamex"]),
    ("50Hertz, Amprion und TenneT bauen Leitungen; TransnetBW und Bayernwerk auch.",
     ["50Hertz", "Amprion", "TenneT", "TransnetBW", "Bayernwerk"]),
    ("Genentech, VMware and Mellanox; Polestar, Dacia and Santander UK.",
     ["Genentech", "VMware", "Mellanox Technologies", "Polestar", "Dacia", "Santander UK"]),
    ("JERA, Sinomach und die Haier Group; Wolt und Glovo liefern.",
     ["JERA", "China National Machinery Industry Corporation", "Haier Group Corporation",
      "Wolt", "Glovo"]),
    ("Baseten, Supabase and n8n raised money; Meesho and Lenskart listed.",
     ["Baseten", "Supabase", "n8n", "Meesho", "Lenskart"]),
    ("Optum, Evernorth and Carelon grew; Sikorsky and Pratt & Whitney hired.",
     ["Optum", "Evernorth", "Carelon", "Sikorsky", "Pratt & Whitney"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Ordinary words, a planet, surnames and places that are the short names of list members.
LOOK_ALIKES = [
    "Mars and the Sky were clear; the pilot saw a notion of plaid and a ripple of discord.",
    "Herr Koch und Frau Meijer sahen den Mars; der Pilot flog über Lotus-Felder.",
    "Verily, the fanatics wore calico; Chase and Reyes met in Georgia, nationwide.",
    "A legend of the lotus; epic fanatics in Phoenix and Continental breakfasts.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("label", "kind", "parents"), [
    ("BNSF Railway", "Company", ("Berkshire Hathaway",)),
    ("PacifiCorp", "Company", ("Berkshire Hathaway Energy",)),
    ("Berkshire Hathaway Energy", "Company", ("Berkshire Hathaway",)),
    ("Jaguar Land Rover", "Company", ("Tata Motors",)),
    ("Ford Motor Credit Company", "FinancialInstitution", ("Ford Motor",)),
    ("Fannie Mae", "FinancialInstitution", ()),
    ("China National Petroleum Corporation", "Company", ()),
    ("Cargill", "Company", ()),
    ("50Hertz", "Company", ("Elia Group",)),
    ("Bayernwerk", "Company", ("E.ON",)),
    ("VodafoneZiggo", "Company", ("Vodafone",)),
    ("Wolt", "Company", ("DoorDash",)),
    ("Pratt & Whitney", "BusinessUnit", ("RTX",)),
    ("HiSilicon", "BusinessUnit", ("Huawei Technologies",)),
])
def test_members_carry_their_facts(catalogue: Catalogue, label: str, kind: str,
                                   parents: tuple[str, ...]) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.parents, entry.tickers) == (kind, parents, ())


@pytest.mark.parametrize("text", [
    "Am Dax-Ende lagen Continental mit einem Minus von 3,5 Prozent.",
    "Der Zulieferer verlor Aufträge an den Konkurrenten Continental.",
], ids=["move", "rival"])
def test_a_dax_member_s_short_name_still_names_it_alone(extractor: Extractor, text: str) -> None:
    """"Continental" alone, before a move of its shares or after a rival word, is the
    DAX member: no private company of the lists opens with that word, which would make
    the short name name neither."""
    assert "Continental AG" in {e.label for e in run(extractor, text).entities}


def test_a_holding_s_first_word_names_no_listed_company_s_compound(extractor: Extractor) -> None:
    """"Novo-Aktie", "Epic-Chef" and "Haier-Chef" are Novo Nordisk's share, Epic Games'
    and the listed Haier Smart Home's chiefs, not the holding's, the hospital software
    maker's or the parent group's: their names keep the words after the first one
    ("Novo Holdings A/S", "Epic Systems Corporation", "Haier Group Corporation"), so no
    short name of their own opens a compound."""
    x = run(extractor, "Die Novo-Aktie fiel um 2 Prozent, der Epic-Chef und der Haier-Chef "
                       "sprachen in Berlin.")
    labels = {e.label for e in x.entities}
    assert not labels & {"Novo Holdings A/S", "Epic Systems Corporation", "Haier Group Corporation"}


@pytest.mark.parametrize(("text", "expected"), [
    ("E.ON legte Zahlen vor. Die Netztochter Westenergie baut 400 Umspannwerke.",
     {"E.ON", "Westenergie"}),
    ("EnBW legte Zahlen vor. Die Netztochter TransnetBW baut eine Leitung.",
     {"EnBW", "TransnetBW"}),
], ids=["eon", "enbw"])
def test_a_subsidiary_noun_before_a_name_names_that_subsidiary_only(
        extractor: Extractor, text: str, expected: set[str]) -> None:
    """"die Netztochter X" is X: no other subsidiary of the group whose name holds the
    word ("Netz") is read into the noun, as the lists leave such siblings out."""
    assert {e.label for e in run(extractor, text).entities} == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Hitachi said on Monday that its rail unit won an order.", "en", {"Hitachi", "Hitachi Rail"}),
    ("Die DHL Group teilte mit, die Express-Sparte sei gewachsen.", "de",
     {"DHL Group", "DHL Express"}),
], ids=["rail", "express"])
def test_a_unit_word_of_a_group_names_its_listed_subsidiary(
        extractor: Extractor, text: str, lang: str, expected: set[str]) -> None:
    """"its rail unit" of Hitachi is Hitachi Rail, "die Express-Sparte" of DHL Group is
    DHL Express: the group's catalogued subsidiary or division whose name holds the word."""
    x = run(extractor, text, lang=lang, headline="Report" if lang == "en" else "Marktbericht")
    assert {e.label for e in x.entities} == expected
