"""Constituents of further index lists in the catalogue (FTSE 100, SMI and SPI,
CAC 40, AEX and AMX, Stockholm large caps, OMX Helsinki 25, TecDAX, Hang Seng Tech,
S&P 500, ATX and ATX Prime, PSI, WIG20, OBX, BEL 20, SDAX, the largest crypto
assets and exchanges, European state railways, German cities over 100,000
inhabitants and the largest cities of Japan, Korea, China and the US): a few members of
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
    # ATX and ATX Prime: a place inside a name ("Flughafen Wien") is part of it
    ("Andritz und Wienerberger legten in Wien zu, die BAWAG gab nach.",
     ["Andritz", "Wienerberger", "Vienna", "BAWAG Group"]),
    ("Strabag, Porr AG und die Österreichische Post meldeten Zahlen; die Lenzing-Aktie fiel.",
     ["Strabag", "Porr AG", "Österreichische Post", "Lenzing"]),
    ("UNIQA, Vienna Insurance Group and AT&S rose; Kapsch TrafficCom and DO & CO fell.",
     ["UNIQA Insurance Group", "Vienna Insurance Group", "AT&S", "Kapsch TrafficCom", "DO & CO"]),
    ("Flughafen Wien und Telekom Austria stiegen, Schoeller-Bleckmann und CA Immo fielen.",
     ["Flughafen Wien", "Telekom Austria", "Schoeller-Bleckmann Oilfield Equipment",
      "CA Immobilien Anlagen"]),
    # PSI, also printed without accents
    ("Galp, EDP Renováveis und Jerónimo Martins stiegen in Lissabon, Sonae fiel.",
     ["Galp Energia", "EDP Renováveis", "Jerónimo Martins", "Lisbon", "Sonae"]),
    ("Shares of Jeronimo Martins and Mota-Engil rose while EDP Renovaveis slipped.",
     ["Jerónimo Martins", "Mota-Engil", "EDP Renováveis"]),
    # WIG20
    ("PZU, KGHM und Dino Polska legten in Warschau zu; Allegro.eu und LPP fielen.",
     ["PZU", "KGHM Polska Miedź", "Dino Polska", "Warsaw", "Allegro.eu", "LPP"]),
    ("Orange Polska, Budimex and Pepco Group gained; ING Bank Slaski was flat.",
     ["Orange Polska", "Budimex", "Pepco Group", "ING Bank Śląski"]),
    # OBX and BEL 20
    ("Vår Energi, AutoStore und Aker Solutions legten in Oslo zu; Norwegian Air Shuttle fiel.",
     ["Vår Energi", "AutoStore", "Aker Solutions", "Oslo", "Norwegian Air Shuttle"]),
    ("Proximus, Colruyt and NV Bekaert fell in Brussels, Leroy Seafood and Kitron rose.",
     ["Proximus", "Colruyt Group", "NV Bekaert", "Brussels", "Leroy Seafood Group", "Kitron"]),
    # the largest crypto assets and exchanges
    ("Bitcoin und Solana fielen, Binance und OKX meldeten Abflüsse; der USDC-Bestand wuchs.",
     ["Bitcoin", "Solana", "Binance", "OKX", "USD Coin"]),
    ("Circle Internet Group, the issuer of USDC, and Bybit said Ethereum fees fell.",
     ["Circle Internet Group", "USD Coin", "Bybit", "Ethereum"]),
    # SDAX members, listings of 2024-2025, state railways
    ("Friedrich Vorwerk, die HHLA und Basler AG stiegen; TKMS und Aumovio fielen.",
     ["Friedrich Vorwerk", "Hamburger Hafen und Logistik", "Basler AG", "TKMS", "Aumovio"]),
    ("Die ÖBB und die SBB bestellten Züge; CPI Europe und SBO legten zu.",
     ["ÖBB", "SBB", "Immofinanz", "Schoeller-Bleckmann Oilfield Equipment"]),
    # German cities over 100,000 inhabitants, largest cities of Japan, Korea, China, the US
    ("Werke in Heilbronn, Mönchengladbach, Hiroshima, Ulsan, Ningbo und Fort Worth.",
     ["Heilbronn", "Mönchengladbach", "Hiroshima", "Ulsan", "Ningbo", "Fort Worth"]),
    ("Toyota said at its headquarters in Toyota City that Daegu and Kansas City grew.",
     ["Toyota Motor", "Toyota City", "Daegu", "Kansas City"]),
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
    # short names of ATX, PSI and WIG20 members: German nouns, surnames, words
    "Im Verbund mit der Post plante Frau Rosenbauer mit Herrn Kapsch und Herrn Porr.",
    "Dino, der Navigator des Teams, spielte ein Allegro; Kruk und Polytec sahen zu.",
    "The navigator of the fleet heard an allegro before the post was closed.",
    "Nel und Aker wanderten am Norwegian fjord; Entra sagte Herr Bekaert.",
    # crypto names and cities left out as ordinary words, adjectives, places or surnames
    "Die Kraken im Basler Zoo; ein stellar result, an avalanche of orders, beim Essen in der Halle.",
    "Herr Hagen und Frau Hamm sahen im Münster den Kiel des Schiffs; the ether was calm.",
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
    ("Andritz", "Company", ("Vienna Stock Exchange",), ("ANDR",)),
    ("BAWAG Group", "FinancialInstitution", ("Vienna Stock Exchange",), ("BG",)),
    ("Galp Energia", "Company", ("Euronext Lisbon",), ("GALP",)),
    ("KGHM Polska Miedź", "Company", ("Warsaw Stock Exchange",), ("KGH",)),
    ("Aker Solutions", "Company", ("Oslo Stock Exchange",), ("AKSO",)),
    ("Proximus", "Company", ("Euronext Brussels",), ("PROX",)),
    # "VAR" is a German name of the Emirates: Vår Energi keeps no ticker
    ("Vår Energi", "Company", ("Oslo Stock Exchange",), ()),
    # Thyssenkrupp trades as TKA: the Vienna member keeps no ticker
    ("Telekom Austria", "Company", ("Vienna Stock Exchange",), ()),
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
    text = "Die Aktie (TKA) stieg, die Aktie (WSE: KGH) fiel, die Aktie (GALP) auch."
    assert [m.label for m in gazetteer.find(text)] == \
        ["Thyssenkrupp", "Warsaw Stock Exchange", "KGHM Polska Miedź", "Galp Energia"]


def test_a_listed_arm_names_its_parent_and_seat(catalogue: Catalogue) -> None:
    """EDP Renováveis is EDP's renewables arm, listed in Lisbon with its seat in
    Madrid: its parent and seat are facts of the catalogue."""
    renewables = catalogue.get("EDP Renováveis")
    assert renewables is not None
    assert (renewables.parents, renewables.located_in, renewables.listed_on) == \
        (("EDP",), ("Madrid",), ("Euronext Lisbon",))
