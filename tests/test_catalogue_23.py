"""Catalogue coverage of whole public lists: the container shipping lines of the
Alphaliner top 30 and the largest logistics groups, the worldsteel top 40 and the largest
miners, the C&EN Global Top 50 chemical makers, Deloitte's Global Powers of Retailing and of
Luxury Goods, the top 50 automotive suppliers, the largest telecom operators and tower
companies, the semiconductor equipment and materials makers, the largest members of the
Nasdaq Biotechnology index, the PEI 300 private-equity firms, the largest video game
companies and the battery and electric-car makers that an audit of the lists found missing.
A sample of each list is found in sentences written for these tests; a member whose short
name is an ordinary word, a place or a person's name keeps its legal form or group word, so
that the word alone names nothing; no member takes a listed company's short name; the
members carry their parents and their industries."""

from __future__ import annotations

import pytest

from kg.catalogue import Catalogue, load_industries
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # container shipping lines and logistics groups
    ("SITC International, KMTC und Unifeeder charterten Schiffe; IRISL auch.",
     ["SITC International", "Korea Marine Transport", "Unifeeder",
      "Islamic Republic of Iran Shipping Lines"]),
    ("DB Schenker, Geodis and CEVA Logistics compete with Dachser and Aramex.",
     ["DB Schenker", "Geodis", "CEVA Logistics", "Dachser", "Aramex"]),
    # steel makers and miners
    ("Gerdau, Severstal und NLMK; Ternium und Hoa Phat erhöhten die Preise.",
     ["Gerdau", "Severstal", "Novolipetsk Steel", "Ternium", "Hoa Phat Group"]),
    ("Vale, Nornickel and Sibanye-Stillwater; Codelco and Kazatomprom cut output.",
     ["Vale S.A.", "Nornickel", "Sibanye-Stillwater", "Codelco", "Kazatomprom"]),
    ("Masteel, Shaangang und JISCO gehören zu den größten Stahlkochern, wie Pangang.",
     ["Maanshan Iron & Steel", "Shaanxi Steel Group", "Jiuquan Iron and Steel", "Pangang Group"]),
    # chemical makers
    ("Syngenta and ChemChina belong to Sinochem Holdings; Borouge and Swarovski did not.",
     ["Syngenta Group", "China National Chemical Corporation", "Sinochem Holdings", "Borouge",
      "Swarovski"]),
    ("Ineos, Braskem und Sasol; Indorama Ventures und Nouryon senkten die Prognose.",
     ["Ineos", "Braskem", "Sasol", "Indorama Ventures", "Nouryon"]),
    # retailers and luxury groups
    ("Kaufland, Mercadona and IKEA gained share from Asda and Morrisons.",
     ["Kaufland", "Mercadona", "IKEA", "Asda", "Wm Morrison Supermarkets"]),
    ("Rolex, Chanel und Prada; Dolce & Gabbana und Max Mara hoben die Preise.",
     ["Rolex", "Chanel", "Prada", "Dolce & Gabbana", "Max Mara Fashion Group"]),
    # automotive suppliers
    ("Mahle, Yazaki and Marelli supply Hankook and Fuyao Glass.",
     ["Mahle", "Yazaki", "Marelli", "Hankook Tire & Technology", "Fuyao Glass Industry"]),
    # telecom operators and tower companies
    ("América Móvil, Etisalat und MTN; Turkcell und Ooredoo; Mitratel und edotco.",
     ["América Móvil", "Emirates Telecommunications Group", "MTN Group", "Turkcell", "Ooredoo",
      "Dayamitra Telekomunikasi", "edotco Group"]),
    # semiconductor equipment and materials
    ("Camtek, Ulvac and Wolfspeed buy from SK Siltron and Gigaphoton.",
     ["Camtek", "Ulvac", "Wolfspeed", "SK Siltron", "Gigaphoton"]),
    # Nasdaq Biotechnology index
    ("Alnylam, Natera und BridgeBio; Vaxcyte und Hutchmed meldeten Studiendaten.",
     ["Alnylam Pharmaceuticals", "Natera", "BridgeBio Pharma", "Vaxcyte", "Hutchmed"]),
    # private equity
    ("GTCR, H.I.G. Capital and Hg Capital outbid Astorg and FountainVest.",
     ["GTCR", "H.I.G. Capital", "Hg Capital", "Astorg", "FountainVest Partners"]),
    # video games
    ("Playtika, Zynga und Scopely; Kakao Games und Rovio.",
     ["Playtika", "Zynga", "Scopely", "Kakao Games", "Rovio Entertainment"]),
    # batteries and electric cars
    ("SK On, Panasonic Energy and FinDreams supply QuantumScape and VinFast.",
     ["SK On", "Panasonic Energy", "FinDreams Battery", "QuantumScape", "VinFast"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Ordinary words, places, an epic and persons' names that are the short names of list
# members: without the group word or the legal form they name nothing.
LOOK_ALIKES = [
    "Ein Trumpf im Ärmel; die Linde im Hof; ein Coach und ein Fossil im Museum.",
    "The Iliad and the Maxis of old; a walk through Waterland; an Inflexion point.",
    "Three friends tasted Salt; Orange juice; Claro, said Totem; Play on.",
    "Mr Leclerc met John Lewis, Valentino Rossi and Jimmy Choo at the Summit.",
    "A Revolution in Rhythm; Royalty and a Beam of light over Denali; a Praxis of Xenon.",
    "Nova said Ampere; Magna Carta; the Amicus brief; Agios and Viking sagas.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Iliad Group und die Iliad", ["Iliad Group"]),
    ("Madrigal Pharmaceuticals sang a madrigal; Huntsman Corporation and a huntsman",
     ["Madrigal Pharmaceuticals", "Huntsman Corporation"]),
    ("Valentino S.p.A. und Valentino", ["Valentino S.p.A."]),
])
def test_a_member_named_like_a_word_keeps_its_full_name(
        gazetteer: Gazetteer, text: str, expected: list[str]) -> None:
    """"Iliad" is an epic, "madrigal" and "huntsman" ordinary words and "Valentino" a first
    name: the members are found by their full names only."""
    assert [m.label for m in gazetteer.find(text)] == expected


@pytest.mark.parametrize(("label", "kind", "parents"), [
    ("Unifeeder", "Company", ("DP World",)),
    ("DB Schenker", "Company", ("DSV",)),
    ("Kaufland", "Company", ("Schwarz Group",)),
    ("Christian Dior Couture", "BusinessUnit", ("LVMH",)),
    ("Yanfeng", "Company", ("Huayu Automotive Systems",)),
    ("SK On", "Company", ("SK Innovation",)),
    ("Goldman Sachs Alternatives", "BusinessUnit", ("Goldman Sachs",)),
    ("Baring Private Equity Asia", "FinancialInstitution", ("EQT AB",)),
    ("Scopely", "Company", ("Savvy Games Group",)),
    ("Maanshan Iron & Steel", "Company", ("China Baowu Steel Group",)),
    ("Pangang Group", "Company", ("Ansteel Group",)),
    ("Chevron Phillips Chemical", "Company", ()),
])
def test_members_carry_their_parents(catalogue: Catalogue, label: str, kind: str,
                                     parents: tuple[str, ...]) -> None:
    """A joint venture (Chevron Phillips Chemical of Chevron and Phillips 66) is no one
    parent's subsidiary."""
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.parents) == (kind, parents)


@pytest.mark.parametrize(("label", "industries"), [
    ("Dachser", {"logistics"}),
    ("Severstal", {"metals_mining"}),
    ("Braskem", {"chemicals"}),
    ("Mercadona", {"retail"}),
    ("Prada", {"luxury", "apparel"}),
    ("Mahle", {"auto_suppliers"}),
    ("Turkcell", {"telecom"}),
    ("Camtek", {"semiconductors"}),
    ("Natera", {"healthcare"}),
    ("Playtika", {"media"}),
])
def test_added_members_have_their_industries(label: str, industries: set[str]) -> None:
    assert load_industries().get(label) == industries


@pytest.mark.parametrize(("word", "owners"), [
    ("Swire", {"Swire Pacific"}),
    ("Kansai", {"Kansai Electric Power"}),
    ("Anglo", {"Anglo American"}),
    ("Indus", {"Indus Holding"}),
    ("Stanley", {"Stanley Black & Decker"}),
    ("Phoenix", {"Phoenix Group"}),
    ("Globe", {"Globe Life"}),
    ("Taiyo", {"Taiyo Yuden"}),
    ("SES", {"SES S.A."}),
    ("Kerry", {"Kerry Group"}),
    ("Southern", {"Southern Company"}),
])
def test_no_member_takes_a_listed_company_s_short_name(catalogue: Catalogue, word: str,
                                                       owners: set[str]) -> None:
    """An article's short name names its company only where no other catalogued
    organisation's name opens with the word, so list members such as Swire Shipping, Kansai
    Paint, Indus Towers or SES AI, and the former name Anglo American Platinum, are left out
    (the short name would then name neither)."""
    found = {entry.label for entry in catalogue.entries.values()
             if entry.type not in ("Person", "Place", "Product", "AIModel", "Event")
             and any(name.startswith(word + " ") for name in entry.names)}
    assert found == owners
