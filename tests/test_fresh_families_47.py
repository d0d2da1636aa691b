"""Rule families, on sentences written for the test: a title followed by the
fields of the post reaches its employer also across the employer's descriptive noun ("Leiterin
Nachhaltigkeit und Kapitalmarkt bei der Fondsgesellschaft X"); an academic title ("Dr.",
"Prof. Dr.") between a post or a verb of speech and a name is no word of the name, so the
person keeps the post ("sagte Evotec-Chefin Dr. X").

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a title's fields, then "bei der <noun> <employer>" ---------------------------------------


def test_title_fields_reach_employer_after_its_noun(extractor: Extractor) -> None:
    x = run(extractor, "Anna Berger, Leiterin Nachhaltigkeit und Kapitalmarkt bei der "
                       "Fondsgesellschaft Union Investment, kritisierte die Vergütung.",
            headline="BASF: Hauptversammlung billigt Dividende")
    found = triples(x)
    assert ("Anna Berger", "worksFor", "Union Investment") in found
    assert ("Anna Berger", "worksFor", "BASF") not in found


def test_title_fields_with_clause_break_reach_no_employer(extractor: Extractor) -> None:
    # look-alike: a comma closes the title before "bei der"; the fund is no employer
    x = run(extractor, "Anna Berger, Leiterin Nachhaltigkeit und Kapitalmarkt, sprach bei der "
                       "Fondsgesellschaft Union Investment über die Vergütung.",
            headline="BASF: Hauptversammlung billigt Dividende")
    assert ("Anna Berger", "worksFor", "Union Investment") not in triples(x)


# --- an academic title before the name -----------------------------------------------------------


def test_academic_title_after_post_is_no_name(extractor: Extractor) -> None:
    x = run(extractor, "„Wir wachsen schneller als der Markt“, sagte Evotec-Chefin Dr. Marta "
                       "Kleinfeld.", headline="Evotec meldet Zahlen")
    labels = {e.label for e in x.entities if e.type == "Person"}
    assert labels == {"Marta Kleinfeld"}
    assert ("Marta Kleinfeld", "worksFor", "Evotec") in triples(x)


def test_doubled_academic_title_before_name(extractor: Extractor) -> None:
    x = run(extractor, "Vorstandschef Prof. Dr. Jonas Wendeler von Evotec kündigte neue Studien an.",
            headline="Evotec meldet Zahlen")
    assert ("Jonas Wendeler", "worksFor", "Evotec") in triples(x)
    assert not any("Dr" in e.label.split() or "Prof" in e.label.split() for e in x.entities)


def test_unknown_company_post_with_academic_title(extractor: Extractor) -> None:
    # the company before the post is unknown: "X-Chefin Dr" must not become a person
    x = run(extractor, "„Das Geld reicht bis 2028“, sagte Lorvanta-Chefin Dr. Marta Kleinfeld.",
            headline="Biotech erhält Lizenzzahlung")
    labels = {e.label for e in x.entities if e.type == "Person"}
    assert labels == {"Marta Kleinfeld"}


def test_academic_title_alone_after_speech(extractor: Extractor) -> None:
    # look-alike: no post; the person is found and employed by nobody named
    x = run(extractor, "„Die Daten sind gut“, sagte Dr. Marta Kleinfeld am Rande der Messe.",
            headline="Evotec meldet Zahlen")
    assert {e.label for e in x.entities if e.type == "Person"} == {"Marta Kleinfeld"}
    assert not any(p == "worksFor" for _, p, _ in triples(x))


# --- a place closing a unit's name -----------------------------------------------------------------


def test_place_closing_unit_name_is_part_of_it(extractor: Extractor) -> None:
    x = run(extractor, "Die Sparte Post & Paket Deutschland verdiente im Quartal 95 Millionen Euro.",
            headline="DHL Group steigert den Gewinn")
    assert "Post & Paket Deutschland" in {e.label for e in x.entities if e.type == "BusinessUnit"}
    assert ("Post & Paket Deutschland", "subsidiaryOf", "DHL Group") in triples(x)


def test_place_alone_after_unit_noun_stays_place(extractor: Extractor) -> None:
    # look-alikes: a country alone after the noun, and a market "in" a country, are no unit
    for body in ("Die Sparte Deutschland verdiente im Quartal 95 Millionen Euro.",
                 "Das Segment Elektroautos in Deutschland wuchs um 5 Prozent."):
        x = run(extractor, body, headline="DHL Group steigert den Gewinn")
        assert not [e for e in x.entities if e.type == "BusinessUnit"]
        assert "Germany" in {e.label for e in x.entities}


# --- a code-named product after "vom Typ", "Krebsmittel", "Konjugat" -------------------------------


def test_code_after_type_noun_is_product(extractor: Extractor) -> None:
    x = run(extractor, "Hensoldt liefert Radarsysteme vom Typ TRX-7 an die Bundeswehr.",
            headline="Hensoldt erhält Auftrag")
    assert ("TRX-7", "Product") in {(e.label, e.type) for e in x.entities}


def test_type_noun_before_a_year_code_names_no_product(extractor: Extractor) -> None:
    # look-alike: a year after the hyphen is no product code
    x = run(extractor, "Hensoldt meldet Aufträge vom Typ EU-2030 und andere Projekte.",
            headline="Hensoldt erhält Auftrag")
    assert not [e for e in x.entities if e.type == "Product"]


def test_drug_compound_before_code_is_developed_product(extractor: Extractor) -> None:
    x = run(extractor, "Evotec vergibt die Rechte an seinem Krebsmittel EVT-552 an einen Partner.",
            headline="Evotec erhält Lizenzzahlung")
    assert ("Evotec", "develops", "EVT-552") in triples(x)
    y = run(extractor, "Bayer sichert sich die Rechte an dem Antikörper-Wirkstoff-Konjugat BXC-31.",
            headline="Bayer lizenziert Wirkstoff")
    assert "BXC-31" in {e.label for e in y.entities if e.type == "Product"}


# --- "X hat bei Y … bestellt": the goods and their worth between --------------------------------


def test_order_placed_with_supplier_across_goods_and_worth(extractor: Extractor) -> None:
    x = run(extractor, "Lufthansa hat bei Airbus Flugzeuge vom Typ A350 im Wert von rund 4,2 "
                       "Milliarden Euro bestellt.", headline="Lufthansa bestellt Jets")
    assert ("Airbus", "supplierOf", "Lufthansa") in triples(x)


def test_asking_a_company_before_another_orders_is_no_supply(extractor: Extractor) -> None:
    # look-alikes: a clause break before the verb of ordering; a seller after "von" who is told
    for body in ("Lufthansa hat bei Airbus nachgefragt, ob die Bundeswehr weitere Jets bestellt.",
                 "Lufthansa hat von Airbus erfahren, dass Ryanair neue Jets bestellt hat."):
        x = run(extractor, body, headline="Lufthansa bestellt Jets")
        assert ("Airbus", "supplierOf", "Lufthansa") not in triples(x)


# --- a licence agreement "mit" names a partner -----------------------------------------------------


def test_licence_agreement_with_names_partner(extractor: Extractor) -> None:
    x = run(extractor, "Evotec hat eine Lizenzvereinbarung mit Bayer über ein Nierenmittel geschlossen.",
            headline="Evotec vergibt Lizenz")
    assert ("Evotec", "partnerOf", "Bayer") in triples(x) or ("Bayer", "partnerOf", "Evotec") in triples(x)


def test_licence_fee_names_no_partner(extractor: Extractor) -> None:
    # look-alike: licence fees paid "an" a company, no agreement "mit" it
    x = run(extractor, "Evotec zahlt Lizenzgebühren an Bayer.", headline="Evotec vergibt Lizenz")
    assert not any(p == "partnerOf" for _, p, _ in triples(x))
