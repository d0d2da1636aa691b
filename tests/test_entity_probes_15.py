"""Short names that are also common words, on sentences written for the test: the catalogue
keeps "Puma SE", "Continental AG", "Arm Holdings" and "Target Corporation" with their legal
form or name ending because "Puma" is also a tank, "Continental" an adjective, "Arm" a body
part and "Target" a noun. The short name alone names the company only where a company
context holds: a share word attached, the words of its shares or of an analyst's rating
before it, a move of its shares by a percentage right after it, or a list beside a
catalogued company ("Muster, ZF und Bosch"); a trade descriptor before it or the full name
earlier in the article already made it one. Elsewhere it names no one, and a short name
that opens another company's name too ("Merck") names neither before a move or a rating.

The catalogue names are real, the sentences invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _labels(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {e.label for e in run(extractor, text, lang=lang).entities}


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Puma legte 3 Prozent auf 20,10 Euro zu.", "de", "Puma SE"),
    ("Am Index-Ende sackten Puma um 5,2 Prozent ab.", "de", "Puma SE"),
    ("Schlusslicht waren Continental mit einem Abschlag von 3,8 Prozent.", "de", "Continental AG"),
    ("Continental verbilligten sich um 1,5 Prozent.", "de", "Continental AG"),
    ("Die Puma-Aktie gab nach.", "de", "Puma SE"),
    ("Gefragt waren die Aktien von Puma.", "de", "Puma SE"),
    ("Target fell 4.3% after the retailer cut its outlook.", "en", "Target Corporation"),
    ("Arm rose 6% in early trading.", "en", "Arm Holdings"),
    ("Continental slipped 1.5% on Monday.", "en", "Continental AG"),
    # the words of a rating before it
    ("Die Bank stuft Puma auf 'Kaufen' hoch.", "de", "Puma SE"),
    ("Das Analysehaus senkt das Kursziel für Continental auf 60 Euro.", "de", "Continental AG"),
    ("The broker upgraded Arm to buy.", "en", "Arm Holdings"),
    ("The bank set a price target on Target of $120.", "en", "Target Corporation"),
    # in a list beside a catalogued company
    ("Die Wettbewerber Continental, Bosch und Schaeffler sparen.", "de", "Continental AG"),
    ("Bosch und Puma meldeten Zahlen.", "de", "Puma SE"),
    ("The chain competes with Walmart and Target on price.", "en", "Target Corporation"),
    # a trade descriptor before it, or the full name earlier in the article
    ("Der Sportartikelhersteller Puma meldete Zahlen.", "de", "Puma SE"),
    ("The chip designer Arm said demand was strong.", "en", "Arm Holdings"),
    ("Die Puma SE hat Zahlen vorgelegt. Im Quartal steigerte Puma den Umsatz.", "de", "Puma SE"),
])
def test_short_name_in_a_company_context_names_the_company(
        extractor: Extractor, text: str, lang: str, company: str) -> None:
    assert company in _labels(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Der Schützenpanzer Puma ist bei der Truppe im Einsatz.", "de", "Puma SE"),
    ("Der Puma ist eine Raubkatze, die um Beute kämpft.", "de", "Puma SE"),
    ("Die Continental Airlines flog nach Houston.", "de", "Continental AG"),
    ("Target price for the sector was raised by 5%.", "en", "Target Corporation"),
    ("The Target audience rose 5% last year.", "en", "Target Corporation"),
    ("A robotic arm rose 3% in efficiency.", "en", "Arm Holdings"),
    ("Demand in continental Europe fell 2%.", "en", "Continental AG"),
    ("Arm in arm they walked along the river.", "en", "Arm Holdings"),
    # a sector word before "shares" is no company
    ("Software shares fell 2% and Battery stocks rose 3%.", "en", "Software AG"),
    # a short name two companies open names neither: "Merck" of "Merck KGaA" and "Merck & Co."
    ("Merck rose 2% after the results.", "en", "Merck KGaA"),
    ("The broker upgraded Merck to buy.", "en", "Merck KGaA"),
    ("Der Konzern stuft Puma-Fahrzeuge als veraltet ein.", "de", "Puma SE"),
    # a list of things no catalogued company stands in
    ("Der Schützenpanzer Puma und der Leopard sind teuer.", "de", "Puma SE"),
    ("Die Modelle Puma, Luchs und Wiesel rollen vom Band.", "de", "Puma SE"),
    ("Sales in Asia and Continental Europe fell.", "en", "Continental AG"),
    ("American rose 2% as fares climbed.", "en", "American Airlines"),
])
def test_short_name_elsewhere_names_no_one(
        extractor: Extractor, text: str, lang: str, company: str) -> None:
    assert company not in _labels(extractor, text, lang)
