"""Relations of suppliers, moves and rivals, on sentences written for the test.

* "X, das Teile an Autobauer wie Y und Z liefert", "X, der seit Jahren Lager an Y liefert": one
  rule reads a German relative clause with its verb last, whether a noun lists the customers
  after "an" or they are named right there; a sale ("verkauft") only to a noun of customers, never
  a stake, a unit or a sale to investors.
* "X joins Y from Z as CFO": a joining with the one left after "from" is a move, and the title
  after the one left is the post taken at Y.
* "Konzernchef X Kraus' Unternehmen, das mit Y konkurriert": a possessive before a company noun
  names the person's unnamed company, never Y; a name ending in "s" before an article and the
  noun ("Geschäftsführer X Kraus der Firma Y") is no possessive, and Y employs the person.
* "konkurriert mit X und mit dem französischen Anbieter Y": the list goes on after the
  preposition again and a company noun with its adjectives; a noun of customers or a unit there
  names no rival.

Companies are real catalogue entries; the people and facts are invented. Each reading has a
look-alike beside it that must keep its other reading.
"""

from __future__ import annotations

import pytest
from helpers import posts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- a German relative clause with its verb last supplies those after "an" ----------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Schaeffler, das Getriebeteile an Autobauer wie BMW und Audi verkauft, hob die Prognose an.",
     {("Schaeffler", "BMW"), ("Schaeffler", "Audi")}),
    ("Schaeffler, das Lager unter anderem an Hersteller wie BMW liefert, hob die Prognose an.",
     {("Schaeffler", "BMW")}),
    ("Schaeffler, der seit Jahren Lager an BMW und Audi liefert, hob die Prognose an.",
     {("Schaeffler", "BMW"), ("Schaeffler", "Audi")}),
])
def test_relative_clause_supplies_the_customers_after_an(extractor: Extractor, body: str,
                                                          expected: set[tuple[str, str]]) -> None:
    x = run(extractor, body, "de", "Zulieferer")
    assert _of(x, "supplierOf") == expected
    assert {r.evidence.extractor for r in x.relations if r.predicate == "supplierOf"} == {
        "relations/de/supplierOf-relative-supplies-to"}


@pytest.mark.parametrize("body", [
    # a sale to a bare name may be of anything
    "Schaeffler, das Getriebeteile an BMW verkauft, hob die Prognose an.",
    "Schaeffler, das Anteile an Finanzinvestoren wie Blackstone verkauft, hob die Prognose an.",
    "Schaeffler, das seine Sparte an Bieter wie Blackstone verkauft, hob die Prognose an.",
    "Schaeffler, das an der Börse Kursgewinne wie BMW liefert, hob die Prognose an.",
])
def test_relative_clause_of_a_sale_a_stake_or_a_venue_supplies_nothing(extractor: Extractor,
                                                                       body: str) -> None:
    assert not _of(run(extractor, body, "de", "Zulieferer"), "supplierOf")


# --- a joining from another company, with its title --------------------------------------------

_EN = "Siemens reshuffles its board. "


@pytest.mark.parametrize(("text", "expected"), [
    ("Maria Valdes joins BMW from Volkswagen as chief financial officer.", {"BMW": "chief financial officer"}),
    ("Maria Valdes, 52, joins BMW from Volkswagen as CFO in March.", {"BMW": "CFO"}),
    # look-alikes: no title after the one left; a post there that is the one left; no move
    ("Maria Valdes joins BMW from Volkswagen.", {"BMW": None}),
    ("Maria Valdes joins BMW from Volkswagen, where she was CFO.", {"BMW": None}),
    ("Maria Valdes joins BMW from March as head of the unit at Volkswagen.", {"BMW": None}),
    ("Maria Valdes joins BMW in criticising Volkswagen as a laggard.", {}),
])
def test_joining_from_another_company_takes_the_title_after_it(extractor: Extractor, text: str,
                                                                expected: dict[str, str | None]) -> None:
    assert posts(extractor, _EN + text, "en", "Maria Valdes") == expected


# --- a German possessive before a company noun ------------------------------------------------

_DE = "BASF meldet Zahlen. "


@pytest.mark.parametrize(("text", "person"), [
    ("Konzernchef Andreas Kraus' Unternehmen, das mit Aixtron konkurriert, wächst.", "Andreas Kraus"),
    ("Vorstandschef Elon Musks neues Unternehmen, das mit Aixtron konkurriert, wächst.", "Elon Musk"),
])
def test_possessive_before_a_company_noun_is_no_named_employer(extractor: Extractor, text: str,
                                                               person: str) -> None:
    assert "Aixtron" not in posts(extractor, _DE + text, "de", person)


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Geschäftsführer Andreas Kraus der Firma Aixtron sagte, die Nachfrage sei stabil.", "Andreas Kraus",
     "Geschäftsführer"),
    ("Finanzchef Jonas Weiss des Unternehmens Aixtron sagte, die Nachfrage sei stabil.", "Jonas Weiss",
     "Finanzchef"),
    ("Geschäftsführer Peter Maier der Firma Aixtron sagte, die Nachfrage sei stabil.", "Peter Maier",
     "Geschäftsführer"),
])
def test_name_ending_in_s_before_an_article_is_no_possessive(extractor: Extractor, text: str, person: str,
                                                             role: str) -> None:
    assert posts(extractor, _DE + text, "de", person) == {"Aixtron": role}


# --- a rival list that repeats its preposition --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Siemens konkurriert mit ABB und mit dem französischen Anbieter Schneider Electric.",
    "Siemens konkurriert mit ABB, der zum Teil Wallenberg gehört, und mit dem französischen Anbieter "
    "Schneider Electric.",
])
def test_rival_list_goes_on_after_the_preposition_and_a_company_noun(extractor: Extractor, body: str) -> None:
    x = run(extractor, "Siemens wächst. " + body, "de", "Siemens")
    assert {("Siemens", "ABB"), ("Siemens", "Schneider Electric")} <= _of(x, "competitorOf")


@pytest.mark.parametrize("body", [
    "Siemens konkurriert mit ABB und mit dem französischen Kunden Schneider Electric.",
    "Siemens konkurriert mit ABB und mit der Tochter von Schneider Electric.",
])
def test_customer_or_unit_after_the_preposition_again_is_no_rival(extractor: Extractor, body: str) -> None:
    x = run(extractor, "Siemens wächst. " + body, "de", "Siemens")
    assert _of(x, "competitorOf") == {("Siemens", "ABB")}


# --- a relative clause on the name that opens the sentence ------------------------------------

@pytest.mark.parametrize(("body", "predicate", "expected"), [
    ("Commerzbank, an der UniCredit rund 29 Prozent hält, legte zu.", "investsIn", {("UniCredit", "Commerzbank")}),
    ("Siemens Energy, an dem Siemens 17 Prozent hält, legte zu.", "investsIn", {("Siemens", "Siemens Energy")}),
    ("Osram, den Siemens 2020 übernommen hatte, legte zu.", "acquired", {("Siemens", "Osram")}),
    # look-alikes: the name opening the sentence is the clause's subject; the case leaves the
    # buyer open; no holding verb
    ("Commerzbank, die 29 Prozent an Deutsche Bank hält, legte zu.", "investsIn", {("Commerzbank", "Deutsche Bank")}),
    ("Osram, die Siemens 2020 übernommen hatte, legte zu.", "acquired", set()),
    ("Commerzbank, an der die Aktionäre von UniCredit Kritik üben, legte zu.", "investsIn", set()),
])
def test_relative_clause_of_the_opening_name(extractor: Extractor, body: str, predicate: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert _of(run(extractor, body, "de", "Marktbericht"), predicate) == expected


# --- a share of a company in the genitive ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "UniCredit hält 29 Prozent der Commerzbank.",
    "UniCredit kontrolliert inzwischen rund 29 Prozent der Commerzbank-Anteile.",
    "UniCredit besitzt 29 Prozent der Aktien der Commerzbank.",
    "Im Hintergrund steht die Großbank UniCredit, die inzwischen rund 29 Prozent der Commerzbank-Aktien hält.",
])
def test_share_of_a_company_in_the_genitive_is_a_stake(extractor: Extractor, body: str) -> None:
    assert _of(run(extractor, body, "de", "Marktbericht"), "investsIn") == {("UniCredit", "Commerzbank")}


@pytest.mark.parametrize("body", [
    # orders, a market, a noun between, a share with no company, a stake no longer held
    "TSMC hält 90 Prozent der Nvidia-Aufträge.",
    "Sony hält 51 Prozent des Weltmarkts, Samsung 16 Prozent.",
    "UniCredit hält 29 Prozent der Stimmrechte, BlackRock 5 Prozent.",
    "UniCredit hält 29 Prozent der Commerzbank nicht mehr.",
])
def test_share_of_orders_a_market_or_no_company_is_no_stake(extractor: Extractor, body: str) -> None:
    assert not _of(run(extractor, body, "de", "Marktbericht"), "investsIn")


# --- a partnership's partner described by a company noun --------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Zudem gründet Hensoldt mit dem Düsseldorfer Rüstungskonzern Rheinmetall ein Gemeinschaftsunternehmen.",
     {("Hensoldt", "Rheinmetall")}),
    ("Zugleich vereinbarte Airbus mit dem französischen Elektronikkonzern Thales eine Partnerschaft.",
     {("Airbus", "Thales")}),
    # look-alikes: talks of one, one ended, a partnership of the next clause's name
    ("Airbus verhandelt mit dem französischen Elektronikkonzern Thales über eine Partnerschaft.", set()),
    ("Airbus beendete mit dem französischen Elektronikkonzern Thales die Partnerschaft.", set()),
    ("Airbus konkurriert mit dem französischen Elektronikkonzern Thales, der eine Partnerschaft mit Boeing hat.",
     {("Thales", "Boeing")}),
])
def test_partner_after_a_company_noun(extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    assert _of(run(extractor, body, "de", "Marktbericht"), "partnerOf") == expected
