"""Listings and index memberships: the exchange a quote box prices the share on, and the
look-alikes that must keep their reading."""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _listings(extractor: Extractor, body: str, lang: str = "de") -> set[tuple[str, str, str]]:
    return {t for t in triples(run(extractor, body, lang)) if t[1] == "listedOn"}


@pytest.mark.parametrize(("box", "lang", "exchange"), [
    ("Symrise AG | WKN: SYM123 | ISIN: DE000SYM1234 | Xetra: 74,10 EUR | +1,2 %", "de", "Xetra"),
    ("Symrise AG | ISIN: DE000SYM1234 | 74,10 EUR | -0,8 % | Xetra, 15:31 Uhr", "de", "Xetra"),
    ("Symrise AG | WKN: SYM123 | Börse Frankfurt: 74,10 EUR | +1,2 %", "de",
     "Frankfurt Stock Exchange"),
    ("Nokia Oyj | ISIN: FI0009000999 | Nasdaq Helsinki: 4.87 EUR (+0.6 %)", "en", "Nasdaq Helsinki"),
])
def test_quote_box_names_the_venue(extractor: Extractor, box: str, lang: str, exchange: str) -> None:
    company = "Nokia" if lang == "en" else "Symrise"
    said = ("Nokia raised its margin goal for the network unit." if lang == "en"
            else "Symrise hebt das Margenziel für die Duftsparte an.")
    assert (company, "listedOn", exchange) in _listings(extractor, f"{said}\n\n{box}", lang)


@pytest.mark.parametrize("box", [
    # a price label that is no exchange
    "Symrise AG | WKN: SYM123 | Kurs: 74,10 EUR | +1,2 %",
    # a box of a company the article does not name: the page's, not the report's
    "Evonik AG | WKN: EVK123 | Xetra: 21,40 EUR | +0,5 %",
])
def test_quote_box_without_a_venue_of_the_company(extractor: Extractor, box: str) -> None:
    found = _listings(extractor, f"Symrise hebt das Margenziel für die Duftsparte an.\n\n{box}")
    assert not any(exchange == "Xetra" for _, _, exchange in found), found


def _members(extractor: Extractor, body: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(run(extractor, body)) if t[1] == "memberOf"}


# Two companies named alike: the article is about neither clearly.
_TWO = "Vonovia und LEG Immobilien haben Zahlen vorgelegt.\n"


def test_index_compound_means_the_company_the_passage_named(extractor: Extractor) -> None:
    body = (_TWO + "Im Norden wächst der Markt. Vonovia steigerte die Mieteinnahmen um 3 Prozent. "
            "Der Leerstand sank auf 2 Prozent. Für das Gesamtjahr erwartet der Dax-Konzern mehr "
            "Gewinn.\nLEG Immobilien steigerte die Mieteinnahmen um 2 Prozent. Das MDax-Unternehmen "
            "will die Dividende anheben, Vonovia plant eine Kürzung.")
    found = _members(extractor, body)
    assert ("Vonovia", "memberOf", "DAX") in found
    assert ("LEG Immobilien", "memberOf", "MDAX") in found
    assert ("LEG Immobilien", "memberOf", "DAX") not in found
    assert ("Vonovia", "memberOf", "MDAX") not in found


def test_index_compound_after_a_passage_of_two_companies(extractor: Extractor) -> None:
    body = ("Atlas Copco und Stabilus haben sich geeinigt. Atlas Copco zahlt den Aktionären von "
            "Stabilus 52 Euro je Aktie. Insgesamt bewertet die Offerte das SDax-Unternehmen mit "
            "1,3 Milliarden Euro.")
    assert not {t for t in _members(extractor, body) if t[2] == "SDAX"}


@pytest.mark.parametrize(("body", "lang", "exchange"), [
    ("Die Symrise-Aktie stieg im frühen Frankfurter Handel um 2,3 Prozent.", "de",
     "Frankfurt Stock Exchange"),
    ("Die Symrise-Aktie gab im Hongkonger Handel um 0,7 Prozent nach.", "de", "Hong Kong Stock Exchange"),
    ("Symrise shares rose 2.3% in early Frankfurt trading.", "en", "Frankfurt Stock Exchange"),
])
def test_city_trading_session_names_the_exchange(extractor: Extractor, body: str, lang: str,
                                                 exchange: str) -> None:
    assert ("Symrise", "listedOn", exchange) in _listings(extractor, body, lang)


@pytest.mark.parametrize(("body", "lang"), [
    ("Symrise eröffnet ein Büro im Frankfurter Handelsviertel.", "de"),
    ("Symrise sold its stake to investors in London trading firms.", "en"),
    ("Symrise sold its London trading arm to a rival.", "en"),
])
def test_city_trading_look_alikes_name_no_exchange(extractor: Extractor, body: str, lang: str) -> None:
    assert not _listings(extractor, body, lang)


def test_city_trading_session_of_a_bank_is_not_the_articles(extractor: Extractor) -> None:
    body = ("Lloyds Banking Group raised its outlook. Lloyds Banking Group will lend more to "
            "homebuyers.\nJPMorgan downgraded Commerzbank to neutral. Commerzbank, which is fending "
            "off a bid from UniCredit, fell 3.1% to 31.20 euros in Frankfurt trading.")
    found = _listings(extractor, body, "en")
    assert not {t for t in found if t[2] == "Frankfurt Stock Exchange" and t[0] != "Commerzbank"}, found
