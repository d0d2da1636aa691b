"""German company news, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented figures): the owner named in a unit's
compound with no name of the unit ("Die frühere Siemens-Tochter, die …, bezieht Sensoren von
Y") buys nothing, the unit does; an index after "zum" ("wo der Titel zum Hang Seng Index
gehört, gewann die Aktie …") is what the share belongs to, not what moved; "greift" attacks a
rival only with its particle "an" closing the clause; a name that only opens a compound
("Healthineers-Paket") owns no figure of the sentence; the company noun of an announcement
with a seat ("teilte das Unternehmen mit Sitz in X mit") is the one speaking; a company a rival noun introduces is the foil of an analyst's comment, not what the house
covers; a discount on the sum of the parts is no move of the shares; a move in a relative
clause after an index ("im MDax, der selbst um 0,7 Prozent zulegte") is the index's own; a
relative pronoun opening a sentence ("Deren Stiftung hat …") is no part of a name.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import metric_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- the owner in a unit's compound with no name of the unit ----------------------------


def test_owner_of_an_unnamed_unit_buys_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Die frühere Siemens-Tochter, die seit 2020 eigenständig an der Börse notiert "
            "ist, bezieht Sensoren von Hensoldt.", headline="Hensoldt wächst")
    assert ("Hensoldt", "supplierOf", "Siemens") not in triples(x)


def test_unit_named_after_the_compound_still_buys(extractor: Extractor) -> None:
    """Look-alike: the unit is named after its noun; it is the buyer, its owner the parent."""
    x = run(extractor, "Die Siemens-Tochter Siemens Healthineers bezieht Sensoren von Hensoldt.",
            headline="Hensoldt wächst")
    assert {("Hensoldt", "supplierOf", "Siemens Healthineers"),
            ("Siemens Healthineers", "subsidiaryOf", "Siemens")} <= triples(x)


def test_company_named_alone_still_buys(extractor: Extractor) -> None:
    """Look-alike: the name itself, no compound, opens the clause."""
    x = run(extractor, "Siemens bezieht Sensoren von Hensoldt.", headline="Hensoldt wächst")
    assert ("Hensoldt", "supplierOf", "Siemens") in triples(x)


# --- an index the share belongs to -------------------------------------------------------


def test_index_the_share_belongs_to_did_not_move(extractor: Extractor) -> None:
    x = run(extractor, "In Hongkong, wo der Titel zum Hang Seng Index gehört, gewann die Aktie am "
            "Freitag 2,7 Prozent.", headline="Alibaba legt zu")
    moves = metric_facts(x, "StockPriceChange")
    assert not [about for about, _ in moves if about == "Hang Seng Index"]
    assert {about for about, _ in moves} == {"Alibaba Group"}


def test_index_as_subject_keeps_its_move(extractor: Extractor) -> None:
    """Look-alike: the index opens the clause and moves itself."""
    x = run(extractor, "Der Hang Seng Index gewann am Freitag 1,3 Prozent.", headline="Alibaba legt zu")
    assert ("Hang Seng Index", 1.3) in {(a, float(v or 0)) for a, v in metric_facts(x, "StockPriceChange")}


# --- "greift" as an attack -------------------------------------------------------------


def test_reaching_for_a_majority_is_no_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Die Italiener erhalten 200 Millionen Euro.",
            headline="Lufthansa greift bei ITA Airways nach der Mehrheit")
    assert frozenset({"Lufthansa", "ITA Airways"}) not in rival_pairs(x)


def test_attack_with_its_particle_is_a_rivalry(extractor: Extractor) -> None:
    """Look-alike: "greift X … an" closes the clause with its particle."""
    x = run(extractor, "Huawei greift Nvidia auf dem Heimatmarkt an.")
    assert frozenset({"Huawei Technologies", "Nvidia"}) in rival_pairs(x)


# --- a name only opening a compound ------------------------------------------------------


def test_name_opening_a_compound_owns_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern platzierte Aktien.",
            headline="Siemens trennt sich von weiterem Healthineers-Paket – Erlös von 1,7 Milliarden Euro")
    assert ("Siemens", 1700000000) in metric_facts(x, "Other")
    assert not [about for about, _ in metric_facts(x, "Other") if about == "Siemens Healthineers"]


def test_name_standing_alone_owns_the_figure(extractor: Extractor) -> None:
    """Look-alike: a headline whose only name stands alone gives it the figure."""
    x = run(extractor, "Der Konzern platzierte Aktien.",
            headline="Siemens Healthineers: Erlös von 1,7 Milliarden Euro")
    assert ("Siemens Healthineers", 1700000000) in metric_facts(x, "Other")


# --- the company noun of an announcement with its seat -------------------------------------


def test_announcing_company_noun_sits_at_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Der Auftrag der Sparte Airbus Defence and Space habe ein Volumen von 900 "
            "Millionen Euro, teilte das Unternehmen mit Sitz in Taufkirchen am Montag mit.",
            headline="Hensoldt erhält Auftrag")
    seats = {(s, o) for s, p, o in triples(x) if p == "locatedIn"}
    assert seats == {("Hensoldt", "Taufkirchen")}


def test_seat_of_an_apposition_stays_the_names(extractor: Extractor) -> None:
    """Look-alike: no announcement; the noun with the seat describes the name before it."""
    x = run(extractor, "Der Auftrag kommt von Airbus Defence and Space, dem Unternehmen mit Sitz in "
            "Taufkirchen.", headline="Hensoldt erhält Auftrag")
    assert ("Airbus Defence and Space", "locatedIn", "Taufkirchen") in triples(x)


# --- a rival named in an analyst's comment -------------------------------------------------


def test_rival_in_a_comment_is_not_covered(extractor: Extractor) -> None:
    x = run(extractor, "Analystin Maria Muster von Morgan Stanley verweist auf den Preisdruck in den "
            "USA, wo der US-Rivale Eli Lilly weiter Marktanteile gewinnt.", headline="Novo Nordisk fällt")
    covered = {o for s, p, o in triples(x) if p == "covers" and s == "Morgan Stanley"}
    assert covered == {"Novo Nordisk"}


def test_company_of_the_comment_is_covered(extractor: Extractor) -> None:
    """Look-alike: no rival noun; the comment speaks of the company it names."""
    x = run(extractor, "Analystin Maria Muster von Morgan Stanley verweist auf die starke Nachfrage "
            "bei Eli Lilly.", headline="Novo Nordisk fällt")
    assert ("Morgan Stanley", "covers", "Eli Lilly") in triples(x)


# --- a discount on the sum of the parts ------------------------------------------------------


def test_discount_on_the_sum_of_the_parts_is_no_move(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern wird an der Börse mit einem Abschlag von mehr als 25 Prozent auf "
            "die Summe seiner Teile bewertet, schrieb ein Analyst.", headline="Bayer: Aktie legt zu")
    assert not metric_facts(x, "StockPriceChange")


def test_discount_of_the_share_is_a_move(extractor: Extractor) -> None:
    """Look-alike: a discount the share closed with is its move."""
    x = run(extractor, "Die Aktie von Bayer schloss mit einem Abschlag von 3 Prozent.",
            headline="Bayer: Aktie legt zu")
    assert ("Bayer", -3) in metric_facts(x, "StockPriceChange")


# --- a move in a relative clause after an index -----------------------------------------------


def test_move_in_a_relative_clause_after_an_index_is_the_indexs(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Hensoldt stieg um 4,2 Prozent und war größter Gewinner im MDax, "
            "der selbst um 0,7 Prozent zulegte.", headline="Hensoldt steigt")
    moves = {(about, float(value or 0)) for about, value in metric_facts(x, "StockPriceChange")}
    assert moves == {("Hensoldt", 4.2), ("MDAX", 0.7)}


def test_index_as_venue_alone_takes_no_move(extractor: Extractor) -> None:
    """Look-alike: no clause after the index; the move is the share's alone."""
    x = run(extractor, "Die Aktie von Hensoldt stieg um 4,2 Prozent und war größter Gewinner im MDax.",
            headline="Hensoldt steigt")
    moves = {(about, float(value or 0)) for about, value in metric_facts(x, "StockPriceChange")}
    assert moves == {("Hensoldt", 4.2)}


# --- a relative pronoun before a legal form --------------------------------------------------


def test_relative_pronoun_opens_no_name(extractor: Extractor) -> None:
    x = run(extractor, "Verkäufer ist die Familie Ohlsen. Deren Stiftung hat ihren Anteil an Siemens von 8 "
            "auf 5 Prozent reduziert.", headline="Siemens-Aktie")
    assert not [e for e in x.entities if e.label.startswith("Deren")]


def test_name_before_the_legal_form_stays_a_name(extractor: Extractor) -> None:
    """Look-alike: a name, no pronoun, before the same legal form."""
    x = run(extractor, "Verkäufer ist die Familie Ohlsen. Die Ohlsen Stiftung hat ihren Anteil an Siemens "
            "von 8 auf 5 Prozent reduziert.", headline="Siemens-Aktie")
    assert ("Ohlsen Stiftung", "Organization") in {(e.label, e.type) for e in x.entities}
