"""Share moves told in forms read late: a list of gains or losses after "mit"
("Siemens und BASF profitierten mit Aufschlägen von 5,2 und 4,4 Prozent") pairs its numbers
with the names in order, while premiums on a price and spreads in percentage points stay
no move."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

OPENING_DE = "Der Dax stieg am Mittwoch um 0,4 Prozent. "
OPENING_EN = "The S&P 500 rose 0.4% on Wednesday. "


def _moves(extractor: Extractor, body: str, lang: str) -> set[tuple[str, Decimal | None]]:
    opening, headline = ((OPENING_DE, "Aktien Frankfurt Schluss") if lang == "de"
                         else (OPENING_EN, "Stocks close higher"))
    x = run(extractor, opening + body, lang, headline=headline)
    return {(about, value) for about, value in metric_facts(x, "StockPriceChange")
            if about not in ("DAX", "S&P 500")}


def test_list_of_gains_after_mit_pairs_in_order(extractor: Extractor) -> None:
    moves = _moves(extractor, "Auch Siemens und BASF profitierten mit Aufschlägen von 5,2 und "
                   "4,4 Prozent.", "de")
    assert moves == {("Siemens", Decimal("5.2")), ("BASF", Decimal("4.4"))}
    moves = _moves(extractor, "Siemens und BASF schlossen mit Abschlägen von 3,1 bzw. 2,2 Prozent.",
                   "de")
    assert moves == {("Siemens", Decimal("-3.1")), ("BASF", Decimal("-2.2"))}


def test_premiums_spreads_and_uneven_lists_are_no_moves(extractor: Extractor) -> None:
    """A premium on a price, a discount to a value, a spread in points and three names for
    two numbers keep their reading: no gain of the names' shares."""
    moves = _moves(extractor, "Siemens und BASF boten mit Aufschlägen von 30 und 25 Prozent auf "
                   "den Schlusskurs.", "de")
    assert ("Siemens", Decimal("30")) not in moves
    body = ("Die Anteile von Siemens und BASF werden mit Abschlägen von 30 und 25 Prozent zum "
            "Nettoinventarwert gehandelt.")
    assert _moves(extractor, body, "de") == set()
    body = "Siemens und BASF verkauften Anleihen mit Aufschlägen von 1,2 und 1,5 Prozentpunkten."
    assert _moves(extractor, body, "de") == set()
    body = "Siemens, BASF und SAP profitierten mit Aufschlägen von 5,2 und 4,4 Prozent."
    assert _moves(extractor, body, "de") == set()
