"""Exchanges, indices and financial institutions, and the listedOn and
memberOf relations, in German and English, on sentences written for the
test: the German and English names of exchanges, a city as trading venue
(its main exchange, or none where the city has two), exchange codes before
tickers, and index names of the benchmark, sector and volatility families.

Companies are real catalogue entries; the facts are invented. Look-alikes
beside the positives must yield nothing.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor
from kg.nlp.relations import main_exchanges


def typed(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in run(extractor, body, lang=lang).entities}


# --- names of exchanges, indices and institutions ------------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Trading on the Hong Kong bourse was thin on Friday.",
                 ("Hong Kong Stock Exchange", "StockExchange"), id="en-hong-kong-bourse"),
    pytest.param("en", "The Big Board opened late after a power outage.",
                 ("New York Stock Exchange", "StockExchange"), id="en-big-board"),
    pytest.param("de", "An der Börse Wien wurden weniger Aktien umgesetzt.",
                 ("Vienna Stock Exchange", "StockExchange"), id="de-boerse-wien"),
    pytest.param("de", "Die Zürcher Börse verlängert die Handelszeiten.",
                 ("SIX Swiss Exchange", "StockExchange"), id="de-zuercher-boerse"),
    pytest.param("en", "Volumes at Borsa Istanbul doubled in the quarter.",
                 ("Borsa Istanbul", "StockExchange"), id="en-borsa-istanbul"),
    pytest.param("en", "The shares moved to the Nasdaq Global Select Market in March.",
                 ("Nasdaq", "StockExchange"), id="en-nasdaq-tier"),
    pytest.param("de", "Der Stoxx Europe 600 Technology gab 2 Prozent nach.",
                 ("Stoxx Europe 600 Technology", "MarketIndex"), id="de-stoxx-sector"),
    pytest.param("en", "The Nasdaq Golden Dragon China index of US-listed Chinese firms rose.",
                 ("Nasdaq Golden Dragon China Index", "MarketIndex"), id="en-golden-dragon"),
    pytest.param("de", "Der VDax stieg auf den höchsten Stand seit April.",
                 ("VDAX-New", "MarketIndex"), id="de-vdax"),
    pytest.param("en", "The KBW Bank Index lost 3% on the week.",
                 ("KBW Nasdaq Bank Index", "MarketIndex"), id="en-kbw-bank"),
    pytest.param("en", "Fund flows into Amundi products slowed in the third quarter.",
                 ("Amundi", "FinancialInstitution"), id="en-amundi"),
    pytest.param("de", "Die Bank of Ireland verdiente im Halbjahr mehr als erwartet.",
                 ("Bank of Ireland", "FinancialInstitution"), id="de-bank-of-ireland"),
])
def test_catalogue_names(extractor: Extractor, lang: str, body: str,
                         expected: tuple[str, str]) -> None:
    assert expected in typed(extractor, body, lang)


@pytest.mark.parametrize(("body", "expected"), [
    ("Der deutsche Leitindex schloss 0,4 Prozent fester.", "DAX"),
    ("Im japanischen Leitindex gaben Autowerte nach.", "Nikkei 225"),
    ("Der Schweizer Leitindex notierte kaum verändert.", "SMI"),
])
def test_a_country_s_benchmark_named_by_its_adjective(extractor: Extractor, body: str,
                                                      expected: str) -> None:
    assert (expected, "MarketIndex") in typed(extractor, body, "de")


def test_instrument_codes_name_indices(extractor: Extractor) -> None:
    # wire copy prints an index's instrument code after a generic name: "banks (.SX7P)"
    found = typed(extractor, "European shares (.STOXX) rose, banks (.SX7P) led and autos "
                             "(.SXAP) lagged.", "en")
    assert {("Stoxx Europe 600", "MarketIndex"), ("Stoxx Europe 600 Banks", "MarketIndex"),
            ("Stoxx Europe 600 Automobiles & Parts", "MarketIndex")} <= found


def test_short_names_of_brokers_and_banks(extractor: Extractor) -> None:
    x = run(extractor, "Analysts at Guggenheim and Susquehanna raised their targets on Intel.",
            lang="en")
    assert {("Guggenheim Securities", "covers", "Intel"),
            ("Susquehanna International Group", "covers", "Intel")} <= triples(x)
    assert {("Nord/LB", "FinancialInstitution"), ("Aareal Bank", "FinancialInstitution")} <= \
        typed(extractor, "Die Nord LB und die Aareal legen Zahlen vor.", "de")


@pytest.mark.parametrize(("lang", "body", "wrong"), [
    # "Nasdaq" is the exchange, the index carries its own name
    pytest.param("en", "The Nasdaq 100 gained 1.2% while the Dow slipped.",
                 ("Nasdaq", "StockExchange"), id="en-nasdaq-100-is-no-exchange"),
    # the newspaper is no index
    pytest.param("en", "The Straits Times reported on Monday that talks had stalled.",
                 ("Straits Times Index", "MarketIndex"), id="en-straits-times-paper"),
    # the Nordic market of the operator is not its US exchange
    pytest.param("en", "Trading volumes at Nasdaq Nordic rose in May.",
                 ("Nasdaq", "StockExchange"), id="en-nasdaq-nordic-is-not-nasdaq"),
])
def test_catalogue_look_alikes(extractor: Extractor, lang: str, body: str,
                               wrong: tuple[str, str]) -> None:
    assert wrong not in typed(extractor, body, lang)


# --- a city as trading venue ---------------------------------------------------------


@pytest.mark.parametrize(("city", "exchange"), [
    ("Hong Kong", "Hong Kong Stock Exchange"),
    ("London", "London Stock Exchange"),  # not the metal exchange there
    ("Shanghai", "Shanghai Stock Exchange"),  # not its STAR segment nor the futures exchange
    ("Amsterdam", "Euronext Amsterdam"),  # the local exchange, not the Euronext group
    ("Tokyo", "Tokyo Stock Exchange"),
])
def test_main_exchange_of_a_city(city: str, exchange: str) -> None:
    assert main_exchanges(load_catalogue())[city] == exchange


@pytest.mark.parametrize("city", ["New York", "Chicago"])
def test_a_city_with_two_venues_names_none(city: str) -> None:
    # New York: NYSE and Nasdaq; Chicago: venues of several operators
    assert city not in main_exchanges(load_catalogue())


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Shares of Prosus rose 4% in Amsterdam after the results.",
                 ("Prosus", "listedOn", "Euronext Amsterdam"), id="en-shares-in-amsterdam"),
    pytest.param("de", "In London gehandelte Aktien von HSBC gaben 2 Prozent nach.",
                 ("HSBC", "listedOn", "London Stock Exchange"), id="de-in-london-gehandelt"),
    pytest.param("en", "BYD's Shanghai-listed shares fell 3% on Tuesday.",
                 ("BYD", "listedOn", "Shanghai Stock Exchange"), id="en-shanghai-listed"),
    pytest.param("en", "Xiaomi shares gained 5% on the Hong Kong exchange.",
                 ("Xiaomi", "listedOn", "Hong Kong Stock Exchange"), id="en-on-the-hk-exchange"),
    pytest.param("de", "Die Shanghai-notierten Papiere von BYD verloren 3 Prozent.",
                 ("BYD", "listedOn", "Shanghai Stock Exchange"), id="de-shanghai-notiert"),
    pytest.param("de", "Die Papiere von BASF verloren im Xetra-Handel 2 Prozent.",
                 ("BASF", "listedOn", "Xetra"), id="de-im-xetra-handel"),
    pytest.param("de", "Mit der Zweitnotiz in Hongkong holte sich BYD frisches Kapital.",
                 ("BYD", "listedOn", "Hong Kong Stock Exchange"), id="de-zweitnotiz"),
    pytest.param("en", "Shares in BYD rose 3% in Shanghai.",
                 ("BYD", "listedOn", "Shanghai Stock Exchange"), id="en-capitalised-share-word"),
])
def test_listed_on_a_city_or_exchange(extractor: Extractor, lang: str, body: str,
                                      expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(extractor, body, lang=lang))


def test_listed_in_new_york_names_no_exchange(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Pfizer rose 2% in New York.", lang="en")
    assert not {t for t in triples(x) if t[1] == "listedOn"}


def test_a_place_compound_of_no_venue_is_no_place(extractor: Extractor) -> None:
    # "Shanghai-Geschäft" is a business, not the city; "London-based" a seat, not a venue
    x = run(extractor, "Das Shanghai-Geschäft von BYD wuchs um 3 Prozent.")
    assert "Shanghai" not in {e.label for e in x.entities}
    y = run(extractor, "The London-based HSBC reported higher profit.", lang="en")
    assert not {t for t in triples(y) if t[1] == "listedOn"}


def test_stocks_of_an_index_are_no_listing_of_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi sold more phones. The CSI 300, which tracks the largest stocks "
                       "listed in Shanghai and Shenzhen, gained 0.4%.", lang="en",)
    assert not {t for t in triples(x) if t[1] == "listedOn"}


def test_seat_in_london_is_no_listing(extractor: Extractor) -> None:
    x = run(extractor, "HSBC, based in London, reported higher profit.", lang="en")
    assert ("HSBC", "listedOn", "London Stock Exchange") not in triples(x)


# --- index members -------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Palantir became a component of the S&P 500 last year.",
                 ("Palantir Technologies", "memberOf", "S&P 500"), id="en-component-of-the"),
    pytest.param("en", "Dell entered the S&P 500 in September.",
                 ("Dell Technologies", "memberOf", "S&P 500"), id="en-entered-the"),
    pytest.param("de", "Mit dem Aufstieg in den MDax rückt Hensoldt in die zweite Reihe.",
                 ("Hensoldt", "memberOf", "MDAX"), id="de-aufstieg-in-den"),
])
def test_index_members(extractor: Extractor, lang: str, body: str,
                       expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(extractor, body, lang=lang))


def test_a_component_of_an_index_that_is_no_company_names_no_member(extractor: Extractor) -> None:
    # the sentence speaks of the index's weighting, no company is named in it
    x = run(extractor, "Technology is the largest component of the S&P 500.", lang="en")
    assert not {t for t in triples(x) if t[1] == "memberOf"}


# --- exchange codes -------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Microsoft (NasdaqGS: MSFT) closed higher.",
                 ("Microsoft", "listedOn", "Nasdaq"), id="en-capital-iq-code"),
    pytest.param("en", "Tencent (HKG: 0700) and Alibaba fell.",
                 ("Tencent Holdings", "listedOn", "Hong Kong Stock Exchange"), id="en-hkg-code"),
])
def test_exchange_codes(extractor: Extractor, lang: str, body: str,
                        expected: tuple[str, str, str]) -> None:
    x = run(extractor, body, lang=lang)
    assert expected in triples(x)
    assert expected[2] in {e.label for e in x.entities}


@pytest.mark.parametrize(("body", "expected"), [
    ("Velmora Robotics Inc (NYSE:VLMR) rose 4% after the upgrade.",
     ("Velmora Robotics", "listedOn", "New York Stock Exchange")),
    ("Shares of Shake Shack (NYSE: SHAK) slipped.", ("Shake Shack", "listedOn", "New York Stock Exchange")),
])
def test_exchange_code_before_a_ticker_the_catalogue_does_not_know(
        extractor: Extractor, body: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(extractor, body, lang="en"))


@pytest.mark.parametrize("body", [
    "Shake Shack (NYSE) slipped.",  # no ticker: a remark, not a quote
    "Shake Shack (Nasdaq: up 3%) slipped.",  # no ticker-shaped token after the colon
    "Shake Shack fell while the NYSE:SHAK feed lagged.",  # no bracket right after the issuer
])
def test_exchange_code_look_alikes(extractor: Extractor, body: str) -> None:
    assert not {t for t in triples(run(extractor, body, lang="en")) if t[1] == "listedOn"}

