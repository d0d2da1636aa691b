"""Listed companies of the catalogue take their share figures; private ones do not.

A share price, share move or price target goes only to a catalogued company
with a ticker or a listing (its own or its parent's), so the listings of the
catalogue decide whether big listed companies get their figures at all.
Sentences written for the test (real company names, invented figures).
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer
from kg.records import Extraction


def facts(x: Extraction) -> set[tuple[str, str, Decimal | None]]:
    return {(f.about, f.metric, f.value) for f in x.figures}


@pytest.mark.parametrize(("label", "exchange"), [
    ("Novo Nordisk", "Nasdaq Copenhagen"),
    ("Nestlé", "SIX Swiss Exchange"),
    ("Vodafone", "London Stock Exchange"),
    ("Nokia", "Nasdaq Helsinki"),
    ("Ericsson", "Nasdaq Stockholm"),
    ("Ulta Beauty", "Nasdaq"),
    ("Tractor Supply", "Nasdaq"),
    ("NiSource", "New York Stock Exchange"),
    ("Huntington Bancshares", "Nasdaq"),
    ("Julius Baer", "SIX Swiss Exchange"),
    ("Standard Chartered", "London Stock Exchange"),
])
def test_listed_companies_name_their_primary_exchange(catalogue: Catalogue, label: str,
                                                      exchange: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and exchange in entry.listed_on


@pytest.mark.parametrize("label", ["Bosch", "Schwarz Group", "Aldi", "OpenAI", "Anthropic",
                                   "Valve Corporation", "Monsanto", "Cerner", "Abiomed"])
def test_private_or_delisted_companies_stay_unlisted(catalogue: Catalogue, label: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None  # still catalogued
    assert not entry.listed_on and not entry.tickers


def test_share_move_of_a_listed_company_en(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Novo Nordisk shares fell 4% on Tuesday after the drugmaker "
                               "trimmed its outlook.", lang="en", headline="Drug makers slip")
    assert ("Novo Nordisk", "StockPriceChange", Decimal(-4)) in facts(x)


def test_share_move_and_price_of_a_listed_company_de(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Nestlé-Aktie fiel am Montag um 2 Prozent auf 80 Franken.",
                    headline="Lebensmittelwerte schwach")
    assert {("Nestlé", "StockPriceChange", Decimal(-2)),
            ("Nestlé", "SharePrice", Decimal(80))} <= facts(x)


def test_share_move_and_price_target_of_a_listed_company_en(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Ulta Beauty shares jumped 9% on Friday. Analysts at Jefferies "
                               "raised their price target on Ulta Beauty to $600.", lang="en",
                    headline="Retailers rally")
    assert {("Ulta Beauty", "StockPriceChange", Decimal(9)),
            ("Ulta Beauty", "PriceTarget", Decimal(600))} <= facts(x)


def test_share_move_and_price_target_of_listed_companies_de(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Aktien von Ericsson stiegen in Stockholm um 5 Prozent. Die "
                               "Deutsche Bank hob das Kursziel für Nokia auf 6 Euro an.",
                    headline="Netzausrüster gefragt")
    assert {("Ericsson", "StockPriceChange", Decimal(5)),
            ("Nokia", "PriceTarget", Decimal(6))} <= facts(x)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Bosch shares fell 3% on Monday, while the supplier said sales would drop."),
    ("de", "Die Bosch-Aktie verlor am Montag 3 Prozent auf 50 Euro."),
])
def test_private_company_takes_no_share_move(extractor: Extractor, lang: str, body: str) -> None:
    x = helpers.run(extractor, body, lang=lang, headline="Zulieferer")
    assert not any(f.about == "Bosch" for f in x.figures)


def test_new_ticker_names_its_company_after_an_exchange_code(gazetteer: Gazetteer) -> None:
    found = {(m.label, m.rule) for m in gazetteer.find("The retailer (NASDAQ: ULTA) gained.")}
    assert ("Ulta Beauty", "gazetteer/ticker") in found


def test_tickers_that_are_words_do_not_match_capitalised_prose(gazetteer: Gazetteer) -> None:
    # "NOW" and "ON" are tickers of catalogued companies; words in capitals are not
    mentions = gazetteer.find("BREAKING: IT IS NOW ON SALE FOR ALL BUYERS.")
    assert not [m for m in mentions if m.rule == "gazetteer/ticker"]
