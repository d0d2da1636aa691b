"""Exchanges, indices and financial institutions of whole public lists in the
catalogue (the member exchanges of the World Federation of Exchanges, national
benchmarks and the index families most quoted, the largest banks by assets,
rating agencies, the largest private equity firms and asset managers): a few
members of each list are found in sentences written for these tests, under
their English and German names, and words that only resemble a member's name
stay unmatched in ordinary prose. Exchanges the catalogue does not know are
found by the ending of their name ("Stock Exchange"), a place before it included."""

from __future__ import annotations

import pytest
from helpers import run

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # WFE member exchanges, English and German names
    ("Die Aktie wird an der SIX und an der Börse Lissabon gehandelt, nicht an der Börse Athen.",
     ["SIX Swiss Exchange", "Euronext Lisbon", "Athens Stock Exchange"]),
    ("The group moved its listing from the Nairobi Securities Exchange to the Zagreb Stock Exchange.",
     ["Nairobi Securities Exchange", "Zagreb Stock Exchange"]),
    ("Trading on the Colombo Stock Exchange, the Hanoi Stock Exchange and Bursa Malaysia was thin.",
     ["Colombo Stock Exchange", "Hanoi Stock Exchange", "Bursa Malaysia"]),
    ("An der Börse Riad, der Börse Kairo und der Börse Karachi fielen die Kurse.",
     ["Saudi Exchange", "Egyptian Exchange", "Pakistan Stock Exchange"]),
    ("Gold futures on Comex and crude on NYMEX rose; soybeans on the CBOT fell.",
     ["Comex", "New York Mercantile Exchange", "Chicago Board of Trade"]),
    ("The Taipei Exchange, the Dalian Commodity Exchange and the Multi Commodity Exchange of India "
     "extended their hours.",
     ["Taipei Exchange", "Dalian Commodity Exchange", "Multi Commodity Exchange of India"]),
    ("Die Anleihe notiert an der Euwax, die Aktie an der Börse São Paulo und an der Bolsa de Barcelona.",
     ["Euwax", "B3", "Barcelona Stock Exchange"]),
    # national benchmarks and their German names
    ("Der polnische Leitindex WIG20 stieg, der griechische Leitindex gab nach, der BUX-Index auch.",
     ["WIG20", "WIG20", "Athex Composite", "BUX Index"]),
    ("The KSE-100, the TA-125 and the FTSE/JSE Top 40 closed higher; the MSCI Colcap fell.",
     ["KSE-100", "TA-125", "FTSE/JSE Top 40", "MSCI Colcap"]),
    ("Im Nikkei stiegen Banken, der Topix Core 30 und der Nifty Next 50 legten zu.",
     ["Nikkei 225", "Topix Core 30", "Nifty Next 50"]),
    # index families most quoted
    ("The S&P/ASX 50, the S&P/TSX 60 and the Russell 2000 Growth index outperformed the MSCI World ex USA.",
     ["S&P/ASX 50", "S&P/TSX 60", "Russell 2000 Growth", "MSCI World ex USA"]),
    ("The KBW Regional Bank Index fell while the PHLX Housing Index and the VXN rose.",
     ["KBW Nasdaq Regional Banking Index", "PHLX Housing Sector Index",
      "Cboe Nasdaq-100 Volatility Index"]),
    ("Der breite SPI, der AMX und der Stoxx Europe Aerospace & Defense legten zu.",
     ["Swiss Performance Index", "AMX", "Stoxx Europe Total Market Aerospace & Defense"]),
    ("The Bloomberg Commodity Index, the Baltic Dry Index and the MOVE Index all rose.",
     ["Bloomberg Commodity Index", "Baltic Dry Index", "ICE BofA MOVE Index"]),
    # the largest banks by assets, Landesbanken and private banks
    ("Sberbank, Banco do Brasil und die Industrial Bank meldeten Zahlen; Bradesco fiel.",
     ["Sberbank", "Banco do Brasil", "Industrial Bank", "Banco Bradesco"]),
    ("Qatar National Bank, Al Rajhi Bank and Emirates NBD beat estimates; Standard Bank missed.",
     ["Qatar National Bank", "Al Rajhi Bank", "Emirates NBD", "Standard Bank Group"]),
    ("Die HypoVereinsbank, die Targobank und die OLB senkten die Zinsen.",
     ["HypoVereinsbank", "Targobank", "Oldenburgische Landesbank"]),
    # rating agencies, private equity, asset managers
    ("CRISIL and Egan-Jones affirmed the rating; Sustainalytics raised its risk score.",
     ["CRISIL", "Egan-Jones Ratings", "Morningstar Sustainalytics"]),
    ("Permira, Cinven und Thoma Bravo boten mit; Geode Capital Management stockte auf.",
     ["Permira", "Cinven", "Thoma Bravo", "Geode Capital Management"]),
    ("Warburg Pincus and Hellman & Friedman sold their stakes to Capital Group Companies.",
     ["Warburg Pincus", "Hellman & Friedman", "Capital Group Companies"]),
    # airliners and combat aircraft of the makers' model lists, UK energy suppliers
    ("Die Bundeswehr bestellt Eurofighter, die Lufthansa den Airbus A350 und die Boeing 787.",
     ["Bundeswehr", "Eurofighter Typhoon", "Lufthansa", "Airbus A350", "Boeing 787"]),
    ("Deliveries of the 737 MAX resumed; Octopus Energy and OVO Energy gained customers at Lowe's.",
     ["Boeing 737 MAX", "Octopus Energy", "OVO Energy", "Lowe's Companies"]),
    # multilateral and German state development banks, brands and segments of large groups
    ("Die EIB, die Osteuropabank und die L-Bank gaben Kredite; der BVR warnte.",
     ["European Investment Bank", "European Bank for Reconstruction and Development", "L-Bank",
      "Bundesverband der Deutschen Volksbanken und Raiffeisenbanken"]),
    ("Sales of Nespresso and S.Pellegrino grew, as did Sam's Club; BJ's Wholesale Club lagged.",
     ["Nespresso", "S.Pellegrino", "Sam's Club", "BJ's Wholesale Club"]),
    # a console is a product of its own, not a name of its brand
    ("Die PS5 und Ghost of Yotei verkauften sich gut, die PlayStation-Sparte wuchs.",
     ["PlayStation 5", "Ghost of Yotei", "PlayStation"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Words that only resemble a member's name: a street, a number, a common noun, a
# name inside a longer name. None may be read as an entity.
LOOK_ALIKES = [
    "The shop on Sixth Street sold six public bank notes at the stock market.",
    "Er trug eine Perücke, the wig was six inches long; the scope was wide.",
    "A move index of the team, a dry baltic wind and a comex of sorts.",
    "The nationwide fidelity of the elliott wave, said the apollo fan.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_words_resembling_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


def test_a_firm_named_warburg_pincus_is_no_research_house(gazetteer: Gazetteer) -> None:
    """The longer catalogued name wins over the research house it begins with."""
    labels = [m.label for m in gazetteer.find("Warburg Pincus kaufte, Warburg Research riet ab.")]
    assert labels == ["Warburg Pincus", "Warburg Research"]


def test_a_ticker_keeps_naming_its_company(gazetteer: Gazetteer) -> None:
    """No new short name is a catalogued company's ticker: "(QIA)" stays Qiagen."""
    assert [m.label for m in gazetteer.find("Die Aktie (ETR: QIA) stieg.")] == \
        ["Xetra", "Qiagen"]


@pytest.mark.parametrize(("label", "kind", "located_in", "parents"), [
    ("Zagreb Stock Exchange", "StockExchange", ("Croatia",), ()),
    ("Chicago Board of Trade", "StockExchange", ("Chicago",), ("CME Group",)),
    ("Euwax", "StockExchange", ("Stuttgart",), ("Stuttgart Stock Exchange",)),
    ("European Energy Exchange", "StockExchange", ("Leipzig",), ("Deutsche Börse",)),
    ("HypoVereinsbank", "FinancialInstitution", ("Munich",), ("UniCredit",)),
    ("Bank of Jiangsu", "FinancialInstitution", ("Nanjing",), ()),
    ("KSE-100", "MarketIndex", (), ()),
])
def test_members_carry_their_facts(catalogue: Catalogue, label: str, kind: str,
                                   located_in: tuple[str, ...], parents: tuple[str, ...]) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.located_in, entry.parents) == (kind, located_in, parents)


# --- exchanges the catalogue does not know, by their name ending -------------------------


def typed(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in run(extractor, body, lang=lang).entities}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Shares of the miner rose on the Gotham Stock Exchange on Monday.",
                 {("Gotham Stock Exchange", "StockExchange")}, id="en-stock-exchange"),
    pytest.param("de", "Die Anleihe notiert an der Pemberton Securities Exchange.",
                 {("Pemberton Securities Exchange", "StockExchange")}, id="de-securities-exchange"),
    # a catalogued place before the ending is part of the exchange's name
    pytest.param("en", "Coffee futures on the Brazil Commodity Exchange fell.",
                 {("Brazil Commodity Exchange", "StockExchange")}, id="en-place-inside"),
])
def test_an_exchange_is_found_by_its_name_ending(extractor: Extractor, lang: str, body: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert typed(extractor, body, lang) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # a catalogued exchange keeps its own name, also before an ending it does not carry
    pytest.param("en", "The stock traded on the Nasdaq Stock Exchange and the New York Stock Exchange.",
                 {("Nasdaq", "StockExchange"), ("New York Stock Exchange", "StockExchange")},
                 id="catalogued"),
    # a sentence word before the ending names no exchange, nor does a plural
    pytest.param("en", "The Stock Exchange said trading would resume.", set(), id="sentence-word"),
    pytest.param("en", "Both Futures Exchanges said trading would resume.", set(), id="plural"),
    # "Securities" alone stays the ending of a broker's name
    pytest.param("en", "Gotham Securities cut its target for the miner.",
                 {("Gotham Securities", "FinancialInstitution")}, id="broker"),
])
def test_look_alikes_of_exchange_names(extractor: Extractor, lang: str, body: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert typed(extractor, body, lang) == expected
