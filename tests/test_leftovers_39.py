"""Families of construction that hold in any article, on sentences written for these
tests, each with look-alikes that must not fire.

The largest customer named with the place it is the largest in ("Wichtigster Kunde in
Frankfurt bleibt X", "Its biggest customer in Frankfurt remains X") is the article company's
customer as it is without the place; never where the customer is the article's company
itself. A noun only a person is, right before a name that opens with a given name ("des
Unternehmers X", "billionaire X"), names a person, who holds no post by it. A bare move of a
catalogued company opening its sentence ("Kia gained 2.1%") in an article that named an index
is a market report's line up to five sentences after the last share move; other names keep the
two-sentence look-back. A
possessive before a city and a share word after it ("its Frankfurt shares rose") lists the
possessor on the city's exchange; a city's shares alone are the market's. One company opening
its sentence "among" the customers ("X gehört zu den wichtigsten Kunden", "X is among its
biggest customers") is the article company's customer, as a list there is."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction

# -- the largest customer in a place ----------------------------------------------------------

CUSTOMER_FOUND = [
    ("Der Flughafenbetreiber Fraport hat im Mai mehr Passagiere abgefertigt. Wichtigster Kunde "
     "in Frankfurt bleibt die Lufthansa.", "de", "Fraport meldet mehr Passagiere"),
    ("Der Flughafenbetreiber Fraport hat im Mai mehr Passagiere abgefertigt. Größter Kunde im "
     "Inland ist die Lufthansa.", "de", "Fraport meldet mehr Passagiere"),
    ("Fraport handled more passengers in May. Its biggest customer in Frankfurt remains "
     "Lufthansa.", "en", "Fraport traffic rises"),
]

# English look-alikes in a text about Fraport
CUSTOMER_NOT_FOUND = [
    # negated: no customer
    "Fraport handled more passengers in May. Its biggest customer in Frankfurt was not Lufthansa.",
    # a customer lost, not kept: "in Frankfurt" opens no phrase of the customer
    "Fraport handled more passengers in May. Its biggest customer left Frankfurt for Lufthansa.",
]


@pytest.mark.parametrize(("body", "lang", "headline"), CUSTOMER_FOUND)
def test_largest_customer_in_a_place(extractor: Extractor, body: str, lang: str,
                                     headline: str) -> None:
    assert ("Fraport", "supplierOf", "Lufthansa") in triples(run(extractor, body, lang, headline))


@pytest.mark.parametrize("body", CUSTOMER_NOT_FOUND)
def test_largest_customer_look_alikes(extractor: Extractor, body: str) -> None:
    assert ("Fraport", "supplierOf", "Lufthansa") not in triples(
        run(extractor, body, "en", "Fraport traffic rises"))


def test_largest_customer_is_the_article_company(extractor: Extractor) -> None:
    """The customer is the article's company: it supplies no one here."""
    body = ("Die Lufthansa hat mehr Passagiere befördert. Wichtigster Kunde in Frankfurt bleibt "
            "die Lufthansa.")
    assert not any(p == "supplierOf" for _s, p, _o in triples(run(extractor, body, "de", "Lufthansa")))


# -- a person named by a noun only a person is ------------------------------------------------

PERSON_FOUND = [
    ("Der Einzelhändler Frasers Group hat seinen Anteil an Hugo Boss erhöht. Die Gruppe des "
     "Unternehmers Mike Ashley hält nun gut 30 Prozent.", "de"),
    ("Die Gruppe des Milliardärs Mike Ashley hat Aktien von Hugo Boss gekauft.", "de"),
    ("Frasers Group raised its stake in Hugo Boss. The group of billionaire Mike Ashley now "
     "holds 30%.", "en"),
    ("Retail tycoon Mike Ashley raised his stake in Hugo Boss.", "en"),
]

# (body, lang, a label that must not be a person)
PERSON_NOT_FOUND = [
    # capitalised words after the noun that open with no given name: no person
    ("Der Unternehmer Verband Nord kritisierte die Pläne.", "de", "Verband Nord"),
    ("The billionaire Trust Fund raised its stake.", "en", "Trust Fund"),
    # a plural noun before a country: no one named
    ("Die Unternehmer Deutschlands sind besorgt.", "de", "Deutschlands"),
]


def _people(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type == "Person"}


@pytest.mark.parametrize(("body", "lang"), PERSON_FOUND)
def test_person_after_a_person_noun(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Hugo Boss")
    assert "Mike Ashley" in _people(x)
    # the noun is no post: the person works for no one by it
    assert not any(s == "Mike Ashley" and p == "worksFor" for s, p, _o in triples(x))


@pytest.mark.parametrize(("body", "lang", "label"), PERSON_NOT_FOUND)
def test_person_noun_look_alikes(extractor: Extractor, body: str, lang: str, label: str) -> None:
    assert label not in _people(run(extractor, body, lang, "Verbände"))


# -- a market report's line a few sentences after the last move -------------------------------

KOSPI = "The Kospi rose 1.2% on Tuesday. Samsung Electronics added 0.8%. "
KOSPI_DE = "Der Kospi stieg um 1,2 Prozent. Samsung Electronics gewann 0,8 Prozent. "
KIA_MOVE = ("Kia", "StockPriceChange", Decimal("2.1"), "Percent")

LINE_FOUND = [
    (KOSPI + "Investors bought chip stocks. Foreign buyers were active. The won was steady. "
     "Kia gained 2.1%.", "en"),
    (KOSPI_DE + "Anleger kauften Chipwerte. Ausländische Käufer waren aktiv. Der Won blieb "
     "stabil. Kia gewann 2,1 Prozent.", "de"),
]

LINE_NOT_FOUND = [
    # too far from the last move
    (KOSPI + "Investors bought chip stocks. Foreign buyers were active. The won was steady. "
     "It was calm. Bonds were quiet. Oil was flat. Kia gained 2.1%.", "en", KIA_MOVE),
    # no share move before at all: a results article
    ("Kia reported higher profit on Tuesday. Its sales rose in Europe. Investors were pleased. "
     "Demand was strong. Kia gained 2.1%.", "en", KIA_MOVE),
    # sales grew, no share moved
    (KOSPI + "Investors bought chip stocks. Foreign buyers were active. The won was steady. "
     "Kia grew sales by 2.1%.", "en", KIA_MOVE),
    # no index named: the article may be no market report
    ("Samsung Electronics added 0.8%. Investors bought chip stocks. Foreign buyers were active. "
     "The won was steady. Kia gained 2.1%.", "en", KIA_MOVE),
    # a name the catalogue does not know keeps the two-sentence look-back
    (KOSPI_DE + "Anleger kauften Chipwerte. Ausländische Käufer waren aktiv. Der Won blieb "
     "stabil. Nordwerk Logistik gewann 2,1 Prozent.", "de",
     ("Nordwerk Logistik", "StockPriceChange", Decimal("2.1"), "Percent")),
]


@pytest.mark.parametrize(("body", "lang"), LINE_FOUND)
def test_report_line_after_comment(extractor: Extractor, body: str, lang: str) -> None:
    assert KIA_MOVE in figure_facts(run(extractor, body, lang, "Seoul"))


@pytest.mark.parametrize(("body", "lang", "fact"), LINE_NOT_FOUND)
def test_report_line_look_alikes(extractor: Extractor, body: str, lang: str,
                                 fact: tuple[str, str, Decimal, str]) -> None:
    assert fact not in figure_facts(run(extractor, body, lang, "Seoul"))


# -- a city's shares owned by a possessive --------------------------------------------------

VENUE_FOUND = [
    ("Traton reported higher profit. Its Frankfurt shares rose 1.5%, while its Stockholm-listed "
     "shares rose 2.1%.", "Traton results",
     {("Traton", "listedOn", "Frankfurt Stock Exchange"), ("Traton", "listedOn", "Nasdaq Stockholm")}),
    ("Shell reported higher profit. Its London shares rose 1.5%.", "Shell results",
     {("Shell", "listedOn", "London Stock Exchange")}),
]

VENUE_NOT_FOUND = [
    # a city's shares with no possessive: the market's, no company's venue
    "Shell reported higher profit. London shares rose 1.5%.",
    # the city's noun is no share word: "shares" is a verb, or held by staff
    "Shell reported higher profit. Its London office shares space with a rival.",
    "Shell reported higher profit. Its London staff hold shares.",
]


@pytest.mark.parametrize(("body", "headline", "relations"), VENUE_FOUND)
def test_owned_city_shares(extractor: Extractor, body: str, headline: str,
                           relations: set[tuple[str, str, str]]) -> None:
    assert relations <= triples(run(extractor, body, "en", headline))


@pytest.mark.parametrize("body", VENUE_NOT_FOUND)
def test_owned_city_shares_look_alikes(extractor: Extractor, body: str) -> None:
    found = triples(run(extractor, body, "en", "Shell results"))
    assert ("Shell", "listedOn", "London Stock Exchange") not in found


# -- one company among the customers ----------------------------------------------------------

AMONG_FOUND = [
    ("Fraport hat mehr Passagiere abgefertigt. Die Lufthansa gehört zu den wichtigsten Kunden.", "de"),
    ("Fraport hat mehr Passagiere abgefertigt. Die Lufthansa zählt zu seinen größten Kunden.", "de"),
    ("Fraport handled more passengers. Lufthansa is among its biggest customers.", "en"),
]

AMONG_NOT_FOUND = [
    # negated
    ("Fraport hat mehr Passagiere abgefertigt. Die Lufthansa gehört nicht zu den wichtigsten "
     "Kunden.", "de"),
    # among the rivals, not the customers
    ("Fraport handled more passengers. Lufthansa is among its biggest rivals.", "en"),
    # another company named in the sentence before: whose customer is unclear
    ("Fraport handled more passengers. Airbus reported results. Lufthansa is among its biggest "
     "customers.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), AMONG_FOUND)
def test_one_company_among_the_customers(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Fraport", "supplierOf", "Lufthansa") in triples(run(extractor, body, lang, "Fraport"))


@pytest.mark.parametrize(("body", "lang"), AMONG_NOT_FOUND)
def test_among_the_customers_look_alikes(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Fraport", "supplierOf", "Lufthansa") not in triples(run(extractor, body, lang, "Fraport"))
