"""Constituents of further index lists in the catalogue (FTSE 100, SMI and SPI,
CAC 40, AEX and AMX, Stockholm large caps, OMX Helsinki 25, TecDAX, Hang Seng Tech,
S&P 500): a few members of
each list are found in sentences written for these tests, with their facts, and
members whose short name is an ordinary word or a common name stay unmatched in
ordinary prose."""

from __future__ import annotations

import pytest

from kg.catalogue import Catalogue
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # FTSE 100
    ("Ashtead und Smiths Group legten in London zu, WPP gab nach.",
     ["Ashtead Group", "Smiths Group", "London", "WPP"]),
    ("Shares of JD Sports and Frasers Group fell after the retail update.",
     ["JD Sports Fashion", "Frasers Group"]),
    # SMI and the largest SPI members
    ("Schindler Holding, Galderma und SGS meldeten Zahlen; die Straumann-Aktie stieg.",
     ["Schindler Holding", "Galderma", "SGS", "Straumann"]),
    ("Lindt & Sprüngli und Barry Callebaut spüren den Kakaopreis, Adecco die Konjunktur.",
     ["Chocoladefabriken Lindt & Sprüngli", "Barry Callebaut", "Adecco"]),
    ("VAT Group, Belimo, ams-Osram and Georg Fischer AG reported on Tuesday.",
     ["VAT Group", "Belimo", "ams-Osram", "Georg Fischer AG"]),
    # CAC 40 and AEX
    ("Alstom und Worldline fielen in Paris, während Signify N.V. und Arcadis stiegen.",
     ["Alstom", "Worldline", "Paris", "Signify N.V.", "Arcadis"]),
    ("InPost and JDE Peet's rose in Amsterdam; Akzo Nobel was flat.",
     ["InPost", "JDE Peet's", "Amsterdam", "AkzoNobel"]),
    ("Vopak, Fugro und Galapagos NV stiegen, PostNL und Basic-Fit fielen.",
     ["Vopak", "Fugro", "Galapagos NV", "PostNL", "Basic-Fit"]),
    # further SPI members and Stockholm large caps
    ("Komax, Mobimo and SoftwareOne rose; Sobi, Indutrade and Autoliv fell in Stockholm.",
     ["Komax", "Mobimo", "SoftwareOne", "Swedish Orphan Biovitrum", "Indutrade", "Autoliv",
      "Stockholm"]),
    # OMX Helsinki 25 and TecDAX
    ("Hiab und Qt Group gewannen, CompuGroup Medical und Sartorius Stedim verloren.",
     ["Hiab", "Qt Group", "CompuGroup Medical", "Sartorius Stedim Biotech"]),
    # Hang Seng Tech: the longer name wins over its beginning ("Meituan", "Meitu")
    ("Meituan und Meitu stiegen, Tongcheng Travel und ZhongAn fielen.",
     ["Meituan", "Meitu", "Tongcheng Travel", "ZhongAn Online"]),
    ("XD Inc. (2400.HK) und Tuhu legten zu.", ["XD Inc.", "XD Inc.", "Tuhu Car"]),
    # S&P 500: members not listed before and the short forms news print
    ("Estée Lauder, Dollar General und Newmont meldeten Zahlen; SLB und United Airlines fielen.",
     ["Estée Lauder Companies", "Dollar General", "Newmont", "Schlumberger",
      "United Airlines Holdings"]),
    ("Keysight, Akamai and Pure Storage beat estimates, Royal Caribbean raised its outlook.",
     ["Keysight Technologies", "Akamai Technologies", "Pure Storage", "Royal Caribbean Group"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Ordinary words and personal names that are the short names of list members: none
# may be read as an entity (the catalogue keeps the legal form in every name of them).
LOOK_ALIKES = [
    "These figures signify a turn, and Signify what you mean, the teacher said.",
    "Georg Fischer erzählte von seinem Garten, Siegfried hörte zu.",
    "Schindler's ark and the Smiths next door; Frasers and Lindt were guests.",
    "Der Komet erschien bei Sonnenaufgang, Also sprach Zarathustra im Radio.",
    "A pure storage of grain, a dollar general store and a royal Caribbean holiday.",
    "Auf den Galapagos sahen wir das Castellum, Balder und Latour lasen Kudelski.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("label", "kind", "listed_on", "tickers"), [
    ("Ashtead Group", "Company", ("London Stock Exchange",), ("AHT",)),
    ("Galderma", "Company", ("SIX Swiss Exchange",), ("GALD",)),
    ("Amrize", "Company", ("New York Stock Exchange", "SIX Swiss Exchange"), ("AMRZ",)),
    ("Alstom", "Company", ("Euronext Paris",), ("ALO",)),
    ("InPost", "Company", ("Euronext Amsterdam",), ("INPST",)),
    ("Pershing Square Holdings", "FinancialInstitution", ("London Stock Exchange",), ("PSH",)),
    ("Meitu", "Company", ("Hong Kong Stock Exchange",), ("1357",)),
    ("Prudential Financial", "Company", ("New York Stock Exchange",), ()),
])
def test_members_carry_their_listing(catalogue: Catalogue, label: str, kind: str,
                                     listed_on: tuple[str, ...], tickers: tuple[str, ...]) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.listed_on, entry.tickers) == (kind, listed_on, tickers)


def test_tickers_keep_naming_the_company_they_named_before(gazetteer: Gazetteer) -> None:
    """A new member whose home ticker another catalogued company already uses
    ("PRU": Prudential plc in London) carries no ticker, so a bracketed ticker
    keeps naming the company it named before; a new unique ticker names the member."""
    text = "Die Aktie (PRU) stieg, die Aktie (AIZ) fiel, die Aktie (LON: SMIN) auch."
    assert [m.label for m in gazetteer.find(text)] == \
        ["Prudential plc", "Assurant", "London Stock Exchange", "Smiths Group"]
