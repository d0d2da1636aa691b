"""Families of construction that hold in any article, on sentences written for these
tests, each with look-alikes that must not fire.

The largest customer named with the place it is the largest in ("Wichtigster Kunde in
Frankfurt bleibt X", "Its biggest customer in Frankfurt remains X") is the article company's
customer as it is without the place; never where the customer is the article's company
itself."""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor

# -- the largest customer in a place ----------------------------------------------------------

CUSTOMER_FOUND = [
    ("Der Flughafenbetreiber Fraport hat im Mai mehr Passagiere abgefertigt. Wichtigster Kunde "
     "in Frankfurt bleibt die Lufthansa.", "de", "Fraport meldet mehr Passagiere"),
    ("Der Flughafenbetreiber Fraport hat im Mai mehr Passagiere abgefertigt. Größter Kunde im "
     "Inland ist die Lufthansa.", "de", "Fraport meldet mehr Passagiere"),
    ("Fraport handled more passengers in May. Its biggest customer in Frankfurt remains "
     "Lufthansa.", "en", "Fraport traffic rises"),
]

CUSTOMER_NOT_FOUND = [
    # the customer is the article's company: it supplies no one here
    ("Die Lufthansa hat mehr Passagiere befördert. Wichtigster Kunde in Frankfurt bleibt die "
     "Lufthansa.", "de", "Lufthansa fliegt mehr", ("Lufthansa", "supplierOf", "Lufthansa")),
    # negated: no customer
    ("Fraport handled more passengers in May. Its biggest customer in Frankfurt was not "
     "Lufthansa.", "en", "Fraport traffic rises", ("Fraport", "supplierOf", "Lufthansa")),
    # a customer lost, not kept: "in Frankfurt" opens no phrase of the customer
    ("Fraport handled more passengers in May. Its biggest customer left Frankfurt for "
     "Lufthansa.", "en", "Fraport traffic rises", ("Fraport", "supplierOf", "Lufthansa")),
]


@pytest.mark.parametrize(("body", "lang", "headline"), CUSTOMER_FOUND)
def test_largest_customer_in_a_place(extractor: Extractor, body: str, lang: str,
                                     headline: str) -> None:
    assert ("Fraport", "supplierOf", "Lufthansa") in triples(run(extractor, body, lang, headline))


@pytest.mark.parametrize(("body", "lang", "headline", "relation"), CUSTOMER_NOT_FOUND)
def test_largest_customer_look_alikes(extractor: Extractor, body: str, lang: str, headline: str,
                                      relation: tuple[str, str, str]) -> None:
    assert relation not in triples(run(extractor, body, lang, headline))
