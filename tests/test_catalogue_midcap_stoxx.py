"""Members of the S&P MidCap 400 and the Stoxx Europe 600 in the catalogue: a few
members of each list are found in sentences written for these tests, with their
listing, and members whose short name is a place, a surname or an ordinary word
stay unmatched in ordinary prose (the catalogue keeps their legal form)."""

from __future__ import annotations

import pytest

from kg.catalogue import Catalogue
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # S&P MidCap 400
    ("Albertsons, Duolingo und Nutanix legten zu, Hyatt Hotels und AECOM gaben nach.",
     ["Albertsons Companies", "Duolingo", "Nutanix", "Hyatt Hotels", "AECOM"]),
    ("Shares of Jones Lang LaSalle and Oshkosh Corporation fell; Texas Roadhouse rose.",
     ["Jones Lang LaSalle", "Oshkosh Corporation", "Texas Roadhouse"]),
    ("Die Aktie von Wingstop (NASDAQ: WING) stieg, Webster Financial fiel.",
     ["Wingstop", "Nasdaq", "Wingstop", "Webster Financial"]),
    ("Avis Budget (NASDAQ: CAR) stieg, Leonardo DRS und Exact Sciences fielen.",
     ["Avis Budget Group", "Nasdaq", "Avis Budget Group", "Leonardo DRS", "Exact Sciences"]),
    # Stoxx Europe 600: FTSE 250, Nordic, Italian, Spanish, Swiss and French members
    ("Greggs, Johnson Matthey and Taylor Wimpey rose in London; Hays plc fell.",
     ["Greggs", "Johnson Matthey", "Taylor Wimpey", "London", "Hays plc"]),
    ("Fincantieri und Reply S.p.A. stiegen, Viscofan und Almirall fielen.",
     ["Fincantieri", "Reply S.p.A.", "Viscofan", "Almirall"]),
    ("Elekta, Sweco und Thule Group meldeten Zahlen; Klépierre und Eiffage auch.",
     ["Elekta", "Sweco", "Thule Group", "Klépierre", "Eiffage"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Places, surnames and ordinary words that are the short names of list members.
LOOK_ALIKES = [
    "Lear and Olin walked from Ashland to Brunswick, where Mr. Belden met Kirby.",
    "Polaris shone over Oshkosh; the spire of the church stood near the woodward gate.",
    "Die Zukunft (future) gehört Herrn Grainger; in Thule sah Frau Loomis einen Comet.",
    "Seine Reply kam spät; Emmi und Catena tranken Kaffee am Vesuvius.",
    "Zwei Currys und ein Avis kamen an; Mr. Cooper und Frau Matas lachten.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("label", "kind", "listed_on", "tickers"), [
    ("Western Alliance Bancorporation", "FinancialInstitution", ("New York Stock Exchange",),
     ("WAL",)),
    ("Casey's General Stores", "Company", ("Nasdaq",), ("CASY",)),
    # "BYD" names the carmaker: Boyd Gaming keeps no ticker
    ("Boyd Gaming", "Company", ("New York Stock Exchange",), ()),
    # "HR" is a common abbreviation: Healthcare Realty Trust keeps no ticker
    ("Healthcare Realty Trust", "Company", ("New York Stock Exchange",), ()),
    ("Ashmore Group", "FinancialInstitution", ("London Stock Exchange",), ("ASHM",)),
    # "DOM" names Domino's Pizza Group in London: Dometic keeps no ticker
    ("Dometic", "Company", ("Nasdaq Stockholm",), ()),
    ("Elekta", "Company", ("Nasdaq Stockholm",), ("EKTA-B",)),
    # "KRX" is the Korea Exchange: Kingspan keeps no ticker
    ("Kingspan", "Company", ("Euronext Dublin",), ()),
])
def test_members_carry_their_listing(catalogue: Catalogue, label: str, kind: str,
                                     listed_on: tuple[str, ...], tickers: tuple[str, ...]) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.listed_on, entry.tickers) == (kind, listed_on, tickers)


@pytest.mark.parametrize(("text", "expected"), [
    # Best Buy trades as BBY in New York: Balfour Beatty's London ticker is left out
    ("Die Aktie (NYSE: BBY) fiel.", ["New York Stock Exchange"]),
    # SOL is Solana's symbol: SOL Group's Milan ticker is left out
    ("Solana (SOL) stieg, SOL Group fiel.", ["Solana", "SOL Group"]),
    # ALSN names Allison Transmission, not ALSO Holding of Zurich
    ("Allison Transmission (ALSN) und ALSO Holding legten zu.",
     ["Allison Transmission", "Allison Transmission", "ALSO Holding"]),
], ids=["us-ticker", "crypto-symbol", "shared-home-ticker"])
def test_home_tickers_printed_for_other_listings_are_left_out(gazetteer: Gazetteer, text: str,
                                                              expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected
