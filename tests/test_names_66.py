"""The catalogue grown by whole lists: AI products and models of the major vendors, the US
listings (depositary receipts and second listings) of foreign companies, and sports leagues
and federations as organisations.

Sentences written for these tests (real names, invented facts); each name has a look-alike
that keeps its other reading: a trademark sign or a currency code in brackets, a bare word in
capitals, a property listing service, another country's league.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import helpers
import pytest

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

NYSE = "New York Stock Exchange"
NASDAQ = "Nasdaq"

# (company, US ticker, US exchange) of the receipts and second listings added
US_LISTINGS = [
    ("Novo Nordisk", "NVO", NYSE), ("Novartis", "NVS", NYSE),
    ("Sanofi", "SNY", NASDAQ), ("Diageo", "DEO", NYSE), ("British American Tobacco", "BTI", NYSE),
    ("Barclays", "BCS", NYSE), ("Lloyds Banking Group", "LYG", NYSE), ("Ericsson", "ERIC", NASDAQ),
    ("Mitsubishi UFJ Financial Group", "MUFG", NYSE), ("Infosys", "INFY", NYSE),
    ("Petrobras", "PBR", NYSE), ("Vale S.A.", "VALE", NYSE), ("Takeda Pharmaceutical", "TAK", NYSE),
]


@pytest.mark.parametrize(("label", "ticker", "exchange"), US_LISTINGS,
                         ids=[t for _, t, _ in US_LISTINGS])
def test_us_listing_is_catalogued(catalogue: Catalogue, label: str, ticker: str,
                                  exchange: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert ticker in entry.tickers and exchange in entry.listed_on


def test_no_ticker_of_a_us_listing_is_shared(catalogue: Catalogue) -> None:
    """A receipt's ticker names one company only, so "NYSE: NVO" cannot go elsewhere."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in catalogue.entries.values():
        for ticker in entry.tickers:
            owners[ticker].add(entry.label)
    assert {t: owners[t] for _, t, _ in US_LISTINGS if len(owners[t]) != 1} == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("The receipts (NYSE: NVO) fell.", [NYSE, "Novo Nordisk"]),
    ("Traders sold NYSE: DEO and bought NASDAQ: SNY.", [NYSE, "Diageo", "Nasdaq", "Sanofi"]),
    ("Die Hinterlegungsscheine (NVS) legten zu.", ["Novartis"]),
    ("Indian lenders such as NYSE: IBN gained.", [NYSE, "ICICI Bank"]),
    ("Santander (NYSE: SAN) rose.", ["Santander", NYSE, "Santander"]),
], ids=["coded", "two-codes", "bracket", "bank", "venue-of-a-shared-ticker"])
def test_a_receipt_ticker_finds_its_company(gazetteer: Gazetteer, text: str,
                                            expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


@pytest.mark.parametrize("text", [
    "The new edition (TM) shipped with a manual.",
    "Amounts in Norwegian kroner (NOK) were converted.",
    "Lamps carry a UL mark and a file of 512 KB travels with them.",
    "ERIC and DEO were the codes of two conference rooms.",
], ids=["trademark", "currency", "bare-capitals", "bare-codes"])
def test_look_alikes_of_receipt_tickers_name_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


def test_share_move_of_a_receipt_named_by_its_ticker(extractor: Extractor) -> None:
    x = helpers.run(extractor, "The receipts of the Danish drugmaker (NYSE: NVO) fell 4.2% in "
                               "New York.", lang="en", headline="Drugmakers")
    assert ("Novo Nordisk", "StockPriceChange", Decimal("-4.2"), "Percent") \
        in helpers.figure_facts(x)
    assert ("Novo Nordisk", "listedOn", NYSE) in helpers.triples(x)


@pytest.mark.parametrize(("label", "kind", "developer"), [
    ("Gemini Enterprise", "Product", "Google"),
    ("Gemini Robotics", "AIModel", "Google DeepMind"),
    ("Microsoft 365 Copilot", "AIModel", "Microsoft"),
    ("Copilot Studio", "Product", "Microsoft"),
    ("GitHub Copilot", "Product", "GitHub"),
    ("Amazon Bedrock", "Product", "Amazon"),
    ("Amazon Nova Lite", "AIModel", "Amazon"),
    ("Claude 3 Haiku", "AIModel", "Anthropic"),
    ("Code Llama", "AIModel", "Meta Platforms"),
    ("Voxtral", "AIModel", "Mistral AI"),
    ("DeepSeek-OCR", "AIModel", "DeepSeek"),
    ("Qwen3-Next", "AIModel", "Alibaba Group"),
    ("Ernie 4.0", "AIModel", "Baidu"),
    ("Hunyuan-TurboS", "AIModel", "Tencent Holdings"),
    ("Doubao-Seed-1.6", "AIModel", "ByteDance"),
    ("Kimi-VL", "AIModel", "Moonshot AI"),
    ("Grok 4 Heavy", "AIModel", "xAI"),
])
def test_ai_products_have_their_vendor(catalogue: Catalogue, label: str, kind: str,
                                       developer: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and entry.type == kind and entry.developers == (developer,)


@pytest.mark.parametrize(("text", "expected"), [
    ("Firms buy Gemini Enterprise seats.", ["Gemini Enterprise"]),
    ("Firms buy Gemini seats.", ["Gemini"]),
    ("Agents built in Copilot Studio answer calls.", ["Copilot Studio"]),
    ("Developers fine-tuned Code Llama overnight.", ["Code Llama"]),
    ("Copilot for Microsoft 365 got dearer.", ["Microsoft 365 Copilot"]),
], ids=["product", "family", "studio", "code-llama", "old-name"])
def test_longer_product_names_win_over_their_family(gazetteer: Gazetteer, text: str,
                                                    expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


def test_a_copilot_of_a_plane_is_no_product(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("The copilot landed the plane in a nova of light.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The NFL and the NHL sold media rights.",
     ["National Football League", "National Hockey League"]),
    ("Die Uefa und die DFL verhandeln über die Bundesliga.",
     ["UEFA", "Deutsche Fußball Liga", "Bundesliga"]),
    ("Der Verein stieg in die 2. Bundesliga ab.", ["2. Bundesliga"]),
    ("The Indian Premier League outgrew the Premier League.",
     ["Indian Premier League", "Premier League"]),
], ids=["us-leagues", "german-football", "second-division", "indian-league"])
def test_leagues_are_organisations(gazetteer: Gazetteer, text: str,
                                   expected: list[str]) -> None:
    found = gazetteer.find(text)
    assert [m.label for m in found] == expected
    assert {m.type for m in found} == {"Organization"}


@pytest.mark.parametrize("text", [
    "Agents posted more MLS listings in October.",
    "Das Start-up schloss eine Finanzierungsrunde der Serie A ab.",
    "Die Handball-Bundesliga startet im Herbst.",
], ids=["listing-service", "series-a", "other-sport"])
def test_look_alikes_of_league_names_name_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []
