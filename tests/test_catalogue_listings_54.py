"""Listings of the SBF 120 and of further listed companies of the catalogue.

A share move goes only to a company with a listing or a ticker, so members of
the SBF 120 and listed makers of Tokyo and the Korea Exchange that the catalogue
held without one lost their share figures. Sentences written for the test (real
company names, invented figures).
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("label", "exchange"), [
    ("Nexans", "Euronext Paris"),
    ("Voltalia", "Euronext Paris"),
    ("X-Fab", "Euronext Paris"),
    ("Antin Infrastructure Partners", "Euronext Paris"),
    ("Louis Hachette Group", "Euronext Paris"),
    ("Esso SAF", "Euronext Paris"),
    ("Orpea", "Euronext Paris"),
    ("Bonduelle", "Euronext Paris"),
    ("Daifuku", "Tokyo Stock Exchange"),
    ("Koito Manufacturing", "Tokyo Stock Exchange"),
    ("Hanwha Life", "Korea Exchange"),
    ("Hankook Tire & Technology", "Korea Exchange"),
    ("Nomad Foods", "New York Stock Exchange"),
    ("Stillfront Group", "Nasdaq Stockholm"),
])
def test_members_name_their_primary_exchange(catalogue: Catalogue, label: str,
                                             exchange: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and exchange in entry.listed_on


@pytest.mark.parametrize(("label", "ticker"), [
    ("Nexans", "NEX"), ("Voltalia", "VLTSA"), ("Daifuku", "6383"), ("Hanwha Life", "088350"),
])
def test_tickers_where_certain(catalogue: Catalogue, label: str, ticker: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and ticker in entry.tickers


def test_emeis_is_the_name_orpea_trades_under(catalogue: Catalogue) -> None:
    entry = catalogue.get("Orpea")
    assert entry is not None and "Emeis" in entry.aliases


@pytest.mark.parametrize("label", ["Neoen", "Toshiba", "Shinko Electric Industries",
                                   "International Distribution Services", "Clarins"])
def test_taken_private_or_private_companies_stay_unlisted(catalogue: Catalogue,
                                                          label: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert not entry.listed_on and not entry.tickers


def test_share_move_of_a_rival_named_after_another(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Shares of Prysmian rose 3.4% in Milan, while its French "
                               "rival Nexans gained 1.7%.", lang="en", headline="Cable makers")
    facts = helpers.figure_facts(x)
    assert ("Nexans", "StockPriceChange", Decimal("1.7"), "Percent") in facts
    assert ("Prysmian", "StockPriceChange", Decimal("3.4"), "Percent") in facts


def test_share_move_de(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Aktie von Voltalia gewann am Mittwoch 3,9 Prozent.")
    assert ("Voltalia", "StockPriceChange", Decimal("3.9"), "Percent") in helpers.figure_facts(x)


def test_coded_ticker_names_the_company_and_its_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nexans (EPA: NEX) slipped 2.6% to 97 euros.", lang="en",
                    headline="Paris stocks")
    facts = helpers.figure_facts(x)
    assert ("Nexans", "StockPriceChange", Decimal("-2.6"), "Percent") in facts
    assert ("Nexans", "SharePrice", Decimal(97), "EUR") in facts


def test_cost_of_a_plant_is_no_share_figure(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nexans will build a cable plant in Normandy for 80 million "
                               "euros, 5% more than planned.", lang="en", headline="Cables")
    assert not {f for f in helpers.figure_facts(x)
                if f[1] in ("StockPriceChange", "SharePrice")}


def test_tokyo_share_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Daifuku shares climbed 5.2% in Tokyo after the group raised "
                               "its outlook.", lang="en", headline="Tokyo stocks")
    assert ("Daifuku", "StockPriceChange", Decimal("5.2"), "Percent") in helpers.figure_facts(x)
