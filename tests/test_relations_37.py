"""Relation families of round 37, on sentences written for the test.

* "X (ABC), Y's main battery supplier, …", "X, a longtime partner of Y, …", "X, Ys größter
  Rivale, …", "X, Ys langjähriger Partner, …": an apposition closed by commas names the role
  the name right before it (a short name in brackets after it at most) plays towards another
  company. A former partner or rival plays none, and a role that is not the rule's names none.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, headline: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline)) if p == predicate}


def _pairs(extractor: Extractor, body: str, lang: str, headline: str, predicate: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in _facts(extractor, body, lang, headline, predicate)}


@pytest.mark.parametrize(("body", "lang", "predicate", "pair"), [
    ("Contemporary Amperex Technology (CATL), Li Auto's main battery supplier, said sales rose.",
     "en", "supplierOf", ("Contemporary Amperex Technology", "Li Auto")),
    ("Siemens, a longtime partner of Nvidia, said its sales rose.",
     "en", "partnerOf", ("Siemens", "Nvidia")),
    ("Boeing, Airbus' größter Rivale, meldete mehr Bestellungen.",
     "de", "competitorOf", ("Boeing", "Airbus")),
    ("BYD, Volkswagens härtester Konkurrent in China, meldete mehr Bestellungen.",
     "de", "competitorOf", ("BYD", "Volkswagen")),
    ("Siemens, Nvidias langjähriger Partner, meldete mehr Aufträge.",
     "de", "partnerOf", ("Siemens", "Nvidia")),
], ids=["supplier-after-bracket", "partner-of", "genitive-apostrophe-rival", "genitive-rival-in",
        "genitive-partner"])
def test_apposition_names_the_role_towards_another_company(extractor: Extractor, body: str, lang: str,
                                                           predicate: str, pair: tuple[str, str]) -> None:
    facts = _facts(extractor, body, lang, "Konzerne melden Zahlen", predicate)
    if predicate == "supplierOf":
        assert pair in facts
    else:
        assert frozenset(pair) in {frozenset(f) for f in facts}


@pytest.mark.parametrize(("body", "lang", "predicate"), [
    ("Siemens, a former partner of Nvidia, said its sales rose.", "en", "partnerOf"),
    ("Siemens, a partner of the fund that Blackstone runs, said its sales rose.", "en", "partnerOf"),
    ("BYD, Volkswagens früherer Rivale, meldete mehr Bestellungen.", "de", "competitorOf"),
    ("Siemens, Nvidias ehemaliger Partner, meldete mehr Aufträge.", "de", "partnerOf"),
], ids=["former-partner", "partner-of-a-fund", "former-rival", "former-partner-de"])
def test_apposition_of_a_past_or_unnamed_tie_names_none(extractor: Extractor, body: str, lang: str,
                                                        predicate: str) -> None:
    """Look-alikes: a tie that has ended, and a partner of a thing no company names."""
    assert not _pairs(extractor, body, lang, "Konzerne melden Zahlen", predicate)


def test_customer_apposition_is_no_rivalry(extractor: Extractor) -> None:
    """Look-alike: a customer noun in the same place names no rival."""
    body = "BYD, Volkswagens größter Kunde, meldete mehr Bestellungen."
    assert not _pairs(extractor, body, "de", "Konzerne melden Zahlen", "competitorOf")
