"""Relation forms of lane relations44, on sentences written for the test.

* "Sony Group Corp (TSE: 6758)": an exchange code several exchanges share ("TSE" is Tokyo's
  and Toronto's) names the one of them the ticker's catalogued company is listed on. A ticker
  the catalogue gives no listing on either names no venue, and the ticker never becomes an
  entity of its own.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import labels, run, triples

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("body", "company", "exchange"), [
    ("Sony Group Corp (TSE: 6758) raised its full-year forecast on Tuesday.",
     "Sony Group", "Tokyo Stock Exchange"),
    ("Toyota Motor (TSE:7203) kept its outlook unchanged on Friday.",
     "Toyota Motor", "Tokyo Stock Exchange"),
    ("Shopify (TSE: SHOP) raised its revenue forecast on Thursday.",
     "Shopify", "Toronto Stock Exchange"),
], ids=["tokyo-spaced", "tokyo-tight", "toronto"])
def test_a_shared_exchange_code_names_the_tickers_own_venue(extractor: Extractor, body: str,
                                                            company: str, exchange: str) -> None:
    x = run(extractor, body, "en", "Quarterly results")
    found = triples(x)
    assert (company, "listedOn", exchange) in found
    other = ({"Tokyo Stock Exchange", "Toronto Stock Exchange"} - {exchange}).pop()
    assert (company, "listedOn", other) not in found
    assert not any(label.isdigit() or label == "SHOP" for label in labels(x))


def test_a_shared_code_before_a_ticker_listed_on_neither_names_no_venue(extractor: Extractor) -> None:
    """Look-alike: SAP's catalogued listings are in Frankfurt and New York, so "TSE" before its
    ticker decides neither Tokyo nor Toronto."""
    found = triples(run(extractor, "SAP (TSE: SAP) raised its cloud forecast on Monday.", "en",
                        "Quarterly results"))
    assert not any(p == "listedOn" and o in ("Tokyo Stock Exchange", "Toronto Stock Exchange")
                   for _, p, o in found)
