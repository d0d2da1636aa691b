"""Relation families, on sentences written for the test.

* "X shares rose 2% in Frankfurt": where one operator runs several venues in a city (Xetra and
  the floor exchange of Frankfurt), the city as trading venue names the venue called after it.
  A city whose venues belong to different operators (New York: NYSE and Nasdaq) still names
  none, and a seat in the city ("Frankfurt-based") names no venue.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor
from kg.nlp.relations import main_exchanges


def _listings(body: str, lang: str, extractor: Extractor) -> set[tuple[str, str, str]]:
    return {t for t in triples(run(extractor, body, lang, "Markets")) if t[1] == "listedOn"}


@pytest.mark.parametrize(("body", "lang", "company"), [
    ("Bayer shares jumped 4% to 30.10 euros in Frankfurt after the ruling.", "en", "Bayer"),
    ("Shares of Siemens rose 2% in Frankfurt.", "en", "Siemens"),
    ("Vonovia shares fell 1.5% in Frankfurt, while Commerzbank gained.", "en", "Vonovia"),
    ("Die Aktie von Bayer stieg in Frankfurt um 2 Prozent.", "de", "Bayer"),
    ("In Frankfurt gehandelte Aktien von Bayer gaben 2 Prozent nach.", "de", "Bayer"),
], ids=["to-price", "shares-of", "while-clause", "de-aktie-in-frankfurt", "de-in-frankfurt-gehandelt"])
def test_price_move_in_frankfurt_names_its_floor_exchange(extractor: Extractor, body: str, lang: str,
                                                          company: str) -> None:
    assert (company, "listedOn", "Frankfurt Stock Exchange") in _listings(body, lang, extractor)


def test_city_of_sibling_venues_names_the_one_called_after_it() -> None:
    exchanges = main_exchanges(load_catalogue())
    assert exchanges["Frankfurt"] == "Frankfurt Stock Exchange"
    assert "New York" not in exchanges  # NYSE and Nasdaq: two operators, no winner


@pytest.mark.parametrize(("body", "lang"), [
    ("The Frankfurt-based Commerzbank raised its profit forecast by 2%.", "en"),
    ("Commerzbank opened a new office in Frankfurt last week.", "en"),
    ("Shares of Pfizer rose 2% in New York.", "en"),
    ("Die Papiere von BASF verloren im Xetra-Handel 2 Prozent.", "de"),
], ids=["seat", "office", "new-york", "xetra-named"])
def test_frankfurt_or_new_york_without_a_venue_reading(extractor: Extractor, body: str, lang: str) -> None:
    """Look-alikes: a seat or an office in the city, a city of two operators' exchanges, and
    Xetra named itself (its own venue, not the floor exchange)."""
    assert not {t for t in _listings(body, lang, extractor) if t[2] != "Xetra"}
