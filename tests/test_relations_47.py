"""Relation forms for rivals, partners and seats, on sentences written for the test.

* "Nvidia's Blackwell chip, which competes with AMD's Instinct MI300X": a product's name with
  only its kind noun before the relative clause ("chip", "SUV") is the product the clause tells
  of, so the two products are rivals. A company's name before the noun stays no subject ("X
  ordered more of Y's Z chip, which competes with W" leaves open whose rival W is), and a clause
  with a subject of its own ("which analysts compare with") names no rivalry.
* "Beim Agrarchemiekonzern aus Leverkusen dreht sich das Personalkarussell": a preposition
  fused with the article may open the company-noun phrase with its seat, as "Der …" does; the
  article's company sits there unless the catalogue seats it elsewhere, and a noun that is no
  company's ("Beim Rivalen aus …", "Beim Umsatz aus …") seats nothing.
* "In Italien setzt Rheinmetall auf den Partner Thales": relying on a partner named right
  after the partner noun makes the two partners, the subject standing between the verb and
  "auf"; a former partner or a company noun that is no partner's gives nothing.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor

_CHIPS = "Chip report"


@pytest.mark.parametrize("body", [
    "Nvidia's Blackwell chip, which competes with AMD's Instinct MI300X, sold well.",
    "Orders rose for Nvidia's Blackwell chip, which competes with AMD's Instinct MI300X.",
    "Nvidia's Blackwell chip, which was designed to compete with AMD's Instinct MI300X, sold well.",
    "Microsoft ordered more of Nvidia's Blackwell chips, which compete with AMD's Instinct MI300X.",
], ids=["apposed", "sentence-end", "designed-to", "after-a-buyer"])
def test_a_product_and_its_kind_noun_own_the_relative_clause(extractor: Extractor, body: str) -> None:
    assert frozenset(("Blackwell", "Instinct MI300X")) in rival_pairs(run(extractor, body, "en", _CHIPS))


def test_a_vehicle_kind_noun_counts_as_the_products(extractor: Extractor) -> None:
    body = "Li Auto said its Li i6 SUV, which competes with Tesla's Model Y, sold well."
    assert frozenset(("Li i6", "Model Y")) in rival_pairs(run(extractor, body, "en", "Deliveries"))


@pytest.mark.parametrize("body", [
    # the clause has a subject of its own: the analysts compare, no rivalry is told
    "Nvidia's Blackwell chip, which analysts compare with AMD's Instinct MI300X, sold well.",
    # the clause tells of servers the chip runs on, not of a rival
    "Nvidia's Blackwell chip, which runs on servers with AMD's Instinct MI300X, sold well.",
], ids=["own-subject", "other-verb"])
def test_a_relative_clause_that_names_no_rivalry_gives_none(extractor: Extractor, body: str) -> None:
    assert not rival_pairs(run(extractor, body, "en", _CHIPS))


def test_a_company_before_a_product_noun_stays_no_rival(extractor: Extractor) -> None:
    """Look-alike: the buyer of the chip is named before it; the clause speaks of the chip,
    whose maker's rival the company is left open, and the buyer is no rival of it."""
    body = "Microsoft ordered more of Nvidia's Blackwell chip, which competes with AMD."
    pairs = rival_pairs(run(extractor, body, "en", _CHIPS))
    assert frozenset(("Microsoft", "Advanced Micro Devices")) not in pairs
    assert frozenset(("Blackwell", "Advanced Micro Devices")) not in pairs


_BAYER = "Bayer hat die Prognose gesenkt."


@pytest.mark.parametrize("opening", ["Beim Agrarchemiekonzern aus Leverkusen dreht sich das Personalkarussell.",
                                     "Vom Agrarchemiekonzern aus Leverkusen hieß es, man sei zuversichtlich."],
                         ids=["beim", "vom"])
def test_a_fused_preposition_may_open_the_seat_phrase(extractor: Extractor, opening: str) -> None:
    found = triples(run(extractor, f"{_BAYER} {opening}", "de", "Marktbericht"))
    assert ("Bayer", "locatedIn", "Leverkusen") in found


@pytest.mark.parametrize("opening", [
    # the catalogue seats Bayer in Leverkusen: a company from another city is another company
    "Beim Chemiekonzern aus Ludwigshafen dreht sich das Personalkarussell.",
    # a rival noun describes another company
    "Beim Rivalen aus Ludwigshafen dreht sich das Personalkarussell.",
    # no company noun at all
    "Beim Umsatz aus Leverkusen gab es ein Plus.",
], ids=["other-city", "rival", "no-company-noun"])
def test_a_fused_opening_without_the_companys_seat_gives_none(extractor: Extractor, opening: str) -> None:
    found = triples(run(extractor, f"{_BAYER} {opening}", "de", "Marktbericht"))
    assert not any(p == "locatedIn" for _, p, _ in found)


@pytest.mark.parametrize("body", [
    "Für das Geschäft in Italien setzt Rheinmetall auf den Partner Thales.",
    "Rheinmetall setzt in Italien auf den langjährigen Partner Thales.",
    "Rheinmetall vertraut bei Munition auf seinen Partner Thales.",
], ids=["fronted", "adjective", "vertraut"])
def test_relying_on_a_named_partner_makes_the_two_partners(extractor: Extractor, body: str) -> None:
    assert ("Rheinmetall", "partnerOf", "Thales") in triples(run(extractor, body, "de", "Marktbericht"))


@pytest.mark.parametrize("body", [
    "Rheinmetall setzt in Italien nicht mehr auf den früheren Partner Thales.",
    "Rheinmetall setzt in Italien auf den Rüstungskonzern Thales.",
    "Rheinmetall setzt den Partner Thales unter Druck.",
], ids=["former", "no-partner-noun", "no-reliance"])
def test_a_former_partner_or_no_reliance_gives_no_partnership(extractor: Extractor, body: str) -> None:
    found = triples(run(extractor, body, "de", "Marktbericht"))
    assert not any(p == "partnerOf" for _, p, _ in found)
