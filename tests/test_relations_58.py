"""Relations told in the forms a market report or a company story prints.

* "In Amsterdam zogen zudem X um 3,5 Prozent an", "In Paris verteuerten sich X um 1,7 Prozent",
  "Y fielen in Madrid um 2,4 Prozent", "sackten Z in Kopenhagen um 6,8 Prozent ab", "In Tokyo,
  chipmaker X (6857.T) lost 3.6% and Y (9984.T) fell 4.8%": a mover of a closing report named
  with its city trades on that city's exchange; not a business figure moving in a city ("Der
  Umsatz von X stieg in München um 5 Prozent", "In Tokyo, where X …"), nor a name that only
  speaks there.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _listings(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang)) if p == "listedOn"}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("In Amsterdam zogen zudem Adyen um 2,7 Prozent an, nachdem ein Großkunde gewonnen war.", "de",
     {("Adyen", "Euronext Amsterdam")}),
    ("In Paris verteuerten sich TotalEnergies um 0,9 Prozent.", "de",
     {("TotalEnergies", "Euronext Paris")}),
    ("Santander fielen in Madrid um 1,3 Prozent.", "de", {("Santander", "Madrid Stock Exchange")}),
    ("Am Ende des Kurszettels sackten Novo Nordisk in Kopenhagen um 5,2 Prozent ab.", "de",
     {("Novo Nordisk", "Nasdaq Copenhagen")}),
    ("In Zürich stiegen die Aktien von Nestlé um 1,1 Prozent.", "de",
     {("Nestlé", "SIX Swiss Exchange")}),
    ("In Tokyo, chip-testing equipment maker Advantest (6857.T) lost 2.2% and SoftBank Group "
     "(9984.T) fell 3.1% as investors sold chip shares.", "en",
     {("Advantest", "Tokyo Stock Exchange"), ("SoftBank Group", "Tokyo Stock Exchange")}),
    # look-alikes: a business figure, a clause word, a mover without its move
    ("Der Umsatz von Siemens stieg in München um 4 Prozent.", "de", set()),
    ("In Paris stiegen die Umsätze von TotalEnergies um 3 Prozent.", "de", set()),
    ("In Tokyo, where Advantest makes its testers, sales fell 3%.", "en", set()),
    ("In Tokyo, Advantest lost 2.2% and SoftBank Group said profit fell 3.1%.", "en",
     {("Advantest", "Tokyo Stock Exchange")}),
])
def test_movers_named_with_their_city(extractor: Extractor, body: str, lang: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert _listings(extractor, body, lang) == expected
