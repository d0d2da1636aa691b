"""Seats and stakes on sentences written for these tests (catalogued companies, invented
figures): a trigger word inside a name ("Investment" in "Qatar Investment Authority") no longer
swallows the stake trigger after it; a subsidiary or joint venture introduced by its noun and
followed by "in" and a place sits there; a holding clause after an apposition closed by a comma
("Y, ein Familienunternehmen aus Z, an dem X beteiligt ist") is the name's. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    """Each relation of ``predicate`` in the text as (subject, object)."""
    x = run(extractor, body, lang=lang, headline="Marktbericht" if lang == "de" else "Market report")
    return {(r.subject, r.object) for r in x.relations if r.predicate == predicate}


# --- a trigger word inside a name ------------------------------------------------------------


def test_stake_raised_by_a_fund_whose_name_holds_a_trigger_word(extractor: Extractor) -> None:
    stakes = _facts(extractor, "Qatar Investment Authority hat seinen Anteil an BASF auf 6,1 Prozent "
                    "aufgestockt.", "de", "investsIn")
    assert stakes == {("Qatar Investment Authority", "BASF")}


def test_fund_whose_name_holds_a_trigger_word_without_a_stake_holds_nothing(extractor: Extractor) -> None:
    """Look-alike: the name's word alone is no stake; the sentence names a meeting, no share."""
    stakes = _facts(extractor, "Qatar Investment Authority hat sich mit BASF über eine neue Anlage "
                    "in Katar beraten.", "de", "investsIn")
    assert stakes == set()


# --- a unit's seat after its noun ------------------------------------------------------------


def test_subsidiary_introduced_by_its_noun_sits_in_the_place_after_it(extractor: Extractor) -> None:
    seats = _facts(extractor, "Die Fertigung übernimmt die Tochtergesellschaft Kessler Aerostructures "
                   "GmbH in Friedrichshafen.", "de", "locatedIn")
    assert ("Kessler Aerostructures", "Friedrichshafen") in seats


def test_joint_venture_introduced_by_its_noun_sits_in_the_place_after_it(extractor: Extractor) -> None:
    seats = _facts(extractor, "Das Gemeinschaftsunternehmen BASF-YPC in Nanjing soll ab 2027 mehr "
                   "Vorprodukte liefern.", "de", "locatedIn")
    assert ("BASF-YPC", "Nanjing") in seats


def test_subsidiary_taken_public_in_a_city_does_not_sit_there(extractor: Extractor) -> None:
    """Look-alike: "in Frankfurt an die Börse" tells where the unit lists, no seat."""
    seats = _facts(extractor, "Der Konzern will die Tochter Kessler Aerostructures GmbH in Frankfurt "
                   "an die Börse bringen.", "de", "locatedIn")
    assert ("Kessler Aerostructures", "Frankfurt") not in seats


def test_unit_in_english_set_off_by_commas_sits_in_the_place(extractor: Extractor) -> None:
    seats = _facts(extractor, "Its ship management unit, Meridian Tanker Management AS in Oslo, agreed "
                   "to manage eight more vessels.", "en", "locatedIn")
    assert ("Meridian Tanker Management", "Oslo") in seats


def test_name_in_a_place_without_a_unit_noun_has_no_seat(extractor: Extractor) -> None:
    """Look-alike: no unit noun before the name; "in Oslo" tells where the talks were held."""
    seats = _facts(extractor, "Hafnia met Meridian Tanker Management AS in Oslo, the companies "
                   "said.", "en", "locatedIn")
    assert ("Meridian Tanker Management", "Oslo") not in seats


# --- a holding clause after an apposition ----------------------------------------------------


def test_holding_clause_after_an_apposition_names_the_holder(extractor: Extractor) -> None:
    stakes = _facts(extractor, "Auch CoreWeave, ein auf KI spezialisierter Cloud-Anbieter aus New "
                    "Jersey, an dem Nvidia beteiligt ist, kauft in großem Stil ein.", "de", "investsIn")
    assert stakes == {("Nvidia", "CoreWeave")}


def test_holding_clause_after_the_seat_and_an_apposition(extractor: Extractor) -> None:
    stakes = _facts(extractor, "Gehäuse liefert die Brennwald Guss GmbH aus Schwäbisch Gmünd, ein "
                    "Familienunternehmen mit rund 2.300 Beschäftigten, an dem Schaeffler seit 2024 "
                    "mit 25 Prozent beteiligt ist.", "de", "investsIn")
    assert stakes == {("Schaeffler", "Brennwald Guss")}


def test_holding_clause_not_agreeing_with_the_apposition_names_no_holder(extractor: Extractor) -> None:
    """Look-alike: "eine Gießerei …, an dem" — the pronoun is another noun's, not the name's."""
    stakes = _facts(extractor, "Gehäuse liefert die Brennwald Guss GmbH aus Schwäbisch Gmünd, eine "
                    "Gießerei mit rund 2.300 Beschäftigten, an dem Schaeffler seit 2024 mit 25 "
                    "Prozent beteiligt ist.", "de", "investsIn")
    assert stakes == set()


def test_holding_clause_after_an_apposition_naming_another_company_names_no_holder(
        extractor: Extractor) -> None:
    """Look-alike: another company inside the apposition may be the one held."""
    stakes = _facts(extractor, "Auch CoreWeave, ein Partner von Microsoft, an dem Nvidia beteiligt "
                    "ist, kauft ein.", "de", "investsIn")
    assert stakes == set()


def test_english_holding_clause_after_an_apposition_names_the_holder(extractor: Extractor) -> None:
    stakes = _facts(extractor, "Demand comes at CoreWeave, a cloud provider based in New Jersey, in "
                    "which Nvidia holds a stake.", "en", "investsIn")
    assert stakes == {("Nvidia", "CoreWeave")}


def test_english_apposition_of_another_company_keeps_the_clause_open(extractor: Extractor) -> None:
    """Look-alike: "a unit of Zeiss Group, in which …" — the clause may be the group's."""
    stakes = _facts(extractor, "The mirrors come at Carl Zeiss SMT, a unit of Germany's Zeiss Group, "
                    "in which ASML holds a 24.9% stake.", "en", "investsIn")
    assert ("ASML", "Carl Zeiss SMT") not in stakes


# --- a framework contract received from the customer -------------------------------------------


def test_framework_contract_received_from_a_customer_names_the_supplier(extractor: Extractor) -> None:
    suppliers = _facts(extractor, "Hensoldt hat von der Bundeswehr einen Rahmenvertrag über die "
                       "Lieferung von 40 Radarsystemen erhalten.", "de", "supplierOf")
    assert suppliers == {("Hensoldt", "Bundeswehr")}


def test_framework_contract_asked_of_a_company_names_no_supplier(extractor: Extractor) -> None:
    """Look-alike: a contract demanded, not received, makes no one a supplier."""
    suppliers = _facts(extractor, "Hensoldt hat von der Bundeswehr einen Rahmenvertrag über die "
                       "Lieferung von 40 Radarsystemen gefordert.", "de", "supplierOf")
    assert suppliers == set()


# --- a price move with the city before the amount ----------------------------------------------


def test_price_move_with_the_city_before_the_amount_names_the_venue(extractor: Extractor) -> None:
    venues = _facts(extractor, "Nestlé gewannen in Zürich 1,8 Prozent auf 78,90 Franken.", "de", "listedOn")
    assert venues == {("Nestlé", "SIX Swiss Exchange")}


def test_price_move_after_a_closed_relative_clause_names_the_venue(extractor: Extractor) -> None:
    venues = _facts(extractor, "Der Schweizer Rivale ABB, der ebenfalls Roboter baut, gab in Zürich "
                    "1,2 Prozent nach.", "de", "listedOn")
    assert venues == {("ABB", "SIX Swiss Exchange")}


def test_metric_of_a_company_in_the_genitive_names_no_venue(extractor: Extractor) -> None:
    """Look-alike: the sales of the company rose in the city; no shares move there."""
    venues = _facts(extractor, "Der Umsatz der Nestlé stieg in Zürich um 4 Prozent.", "de", "listedOn")
    assert venues == set()


def test_move_in_a_city_without_an_amount_names_no_venue(extractor: Extractor) -> None:
    """Look-alike: no amount after the city; the verb may speak of anything."""
    venues = _facts(extractor, "Nestlé gewann in Zürich einen Prozess gegen einen Zulieferer.", "de",
                    "listedOn")
    assert venues == set()
