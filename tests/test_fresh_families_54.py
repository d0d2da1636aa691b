"""Families of construction from German pre-market reports, quarterly statements, takeover
offers, defence supply pieces and management changes, on sentences written for these tests
(catalogued companies with invented facts, invented companies and people): a company named
after its index's member noun ("des MDax-Werts X") or as a mid-sized firm ("vom Mittelständler
X"); the second year of a fiscal year ("2025/26") is no count; a premium whose price comes
first ("Auf den Schlusskurs … beträgt der Aufschlag 33 Prozent") is no share move; a contract
compound ("Rahmenvertrag", "Lieferverträge") is no revenue, though its letters end in
"ertrag"; a rival a preposition brings into the headline ("kommt vom Konkurrenten X") is not
the headline's subject; an airline's trade noun ("Die Fluggesellschaft") means the airline the
text names, or no one; an issuer line that prints the address after the name ("Unternehmen:
X AG, Straße 5, 12345 Ort, Deutschland") seats the issuer; customers counted in the past ("Zu
den wichtigsten Kunden zählten X und Y"); a call-off received under a framework contract ("hat
einen Abruf aus seinem Rahmenvertrag mit Y erhalten"); a private firm's manager ("sagte
Geschäftsführer X") works for the unlisted company just named, not the listed group; a seat's
adjective before a group named by an unknown word ("der Dortmunder KHS-Gruppe") seats no other
company. Each with a look-alike where nothing (or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor

# --- a company named after its index's member noun or as a mid-sized firm -----------------


def test_name_after_an_index_member_noun_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Stark gesucht waren die Papiere des MDax-Werts Brenntal Optik. Die Aktie "
                       "stieg auf Tradegate um 5,5 Prozent.")
    assert "Brenntal Optik" in labels(x)
    assert ("Brenntal Optik", "memberOf", "MDAX") in triples(x)
    assert ("Brenntal Optik", Decimal("5.5")) in metric_facts(x, "StockPriceChange")


def test_index_member_noun_alone_names_no_company(extractor: Extractor) -> None:
    """Look-alike: the member noun without a name after it introduces no one."""
    x = run(extractor, "Der schwächste MDax-Wert verlor am Nachmittag 4 Prozent.")
    assert not any(e.type == "Company" for e in x.entities)


def test_name_after_mittelstaendler_is_a_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Die Bremsscheiben bezieht Knorr-Bremse vom Mittelständler Weserguss "
                       "Technik aus Hameln.", headline="Knorr-Bremse baut aus")
    assert "Weserguss Technik" in labels(x)
    assert ("Weserguss Technik", "supplierOf", "Knorr-Bremse") in triples(x)


# --- the second year of a fiscal year -----------------------------------------------------


def test_second_year_of_a_fiscal_year_is_no_count(extractor: Extractor) -> None:
    x = run(extractor, "Jungheinrich beschäftigt rund 21.000 Mitarbeiter und setzte im "
                       "Geschäftsjahr 2025/26 rund 5,4 Milliarden Euro um.",
            headline="Jungheinrich: Bilanz")
    employees = metric_facts(x, "Employees")
    assert ("Jungheinrich", Decimal("21000")) in employees
    assert all(value != Decimal("26") for _, value in employees)


def test_number_after_a_slash_that_no_year_opens_stays(extractor: Extractor) -> None:
    """Look-alike: a slash between two counts is no fiscal year."""
    x = run(extractor, "Jungheinrich beschäftigt 300/450 Mitarbeiter in zwei Werken.",
            headline="Jungheinrich: Werke")
    assert ("Jungheinrich", Decimal("450")) in metric_facts(x, "Employees")


# --- a premium whose price comes first -----------------------------------------------------


def test_premium_after_its_price_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Healthineers bietet 40 Euro je Aktie für Brenntal Optik. Auf den "
                       "Schlusskurs vom Freitag beträgt der Aufschlag 24 Prozent.",
            headline="Übernahmeangebot für Brenntal Optik")
    assert all(value != Decimal("24") for _, value in metric_facts(x, "StockPriceChange"))
    assert any(value == Decimal("24") for _, value in metric_facts(x, "Other"))


def test_share_move_with_an_aufschlag_stays_a_move(extractor: Extractor) -> None:
    """Look-alike: "mit einem Aufschlag von" with no price named is the share's rise."""
    x = run(extractor, "Die Aktie von Kion schloss mit einem Aufschlag von 3 Prozent.")
    assert ("Kion Group", Decimal("3")) in metric_facts(x, "StockPriceChange")


# --- a contract compound is no revenue -------------------------------------------------------


def test_framework_contract_volume_is_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Der Rahmenvertrag mit der Bahn hat ein Volumen von bis zu 2,4 Milliarden "
                       "Euro.", headline="Siemens Mobility liefert Züge")
    assert not metric_facts(x, "Revenue")


def test_compound_of_ertrag_stays_revenue(extractor: Extractor) -> None:
    """Look-alike: a real compound of "Ertrag" is still revenue."""
    x = run(extractor, "Der Gesamtertrag von Hannover Rück stieg auf 7,1 Milliarden Euro.",
            headline="Hannover Rück: Zahlen")
    assert any(value == Decimal("7100000000") for _, value in metric_facts(x, "Revenue"))


# --- a rival a preposition brings into the headline ------------------------------------------


_SUCCESSION = ("Bei Symrise kommt es zu einem Wechsel an der Spitze. Symrise teilte mit, der "
               "Vertrag des Chefs werde aufgelöst. Die Nachfolgerin war zuletzt bei Givaudan "
               "tätig. Givaudan bestätigte den Abgang. Im Wettbewerb mit Givaudan hatte der "
               "Duftstoffhersteller zuletzt Boden verloren. Die Privatbank Berenberg beließ die "
               "Aktie auf \"Buy\" mit einem Ziel von 95 Euro.")


def test_rival_brought_in_by_a_preposition_leaves_the_headline_to_the_company(
        extractor: Extractor) -> None:
    x = run(extractor, _SUCCESSION,
            headline="Symrise: Chef geht – Nachfolgerin kommt vom Konkurrenten Givaudan")
    assert ("Berenberg", "Symrise", "Buy") in rating_facts(x)


def test_rival_in_a_compound_title_keeps_the_headline(extractor: Extractor) -> None:
    """Look-alike: "Givaudan-Rivale Symrise" opening the headline names its subject."""
    x = run(extractor, "Der Duftstoffhersteller steigerte den Umsatz um 4 Prozent. Givaudan "
                       "legte zu. Die Privatbank Berenberg beließ die Aktie auf \"Buy\".",
            headline="Givaudan-Rivale Symrise überrascht")
    assert ("Berenberg", "Symrise", "Buy") in rating_facts(x)


# --- an airline's trade noun ---------------------------------------------------------------


def test_airline_noun_means_the_airline_named(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien von Sartorius fielen um 2 Prozent. Lufthansa-Aktien stiegen "
                       "um 1,5 Prozent. Die Fluggesellschaft beförderte im Oktober 11,4 Millionen "
                       "Passagiere.", headline="Sartorius unter Druck")
    assert ("Lufthansa", Decimal("11400000")) in metric_facts(x, "Other")
    assert all(about != "Sartorius" for about, _ in metric_facts(x, "Other"))


def test_airline_noun_with_no_airline_named_goes_to_no_one(extractor: Extractor) -> None:
    """Look-alike: with no airline in the text, the lab supplier the headline names is not
    the airline."""
    x = run(extractor, "Die Aktien von Sartorius fielen um 2 Prozent. Die Fluggesellschaft "
                       "beförderte im Oktober 11,4 Millionen Passagiere.",
            headline="Sartorius unter Druck")
    assert all(about != "Sartorius" for about, _ in metric_facts(x, "Other"))


# --- an issuer line with its address ---------------------------------------------------------


_BLOCK = ("Sprache: Deutsch\n{issuer}\nISIN: DE0005878003\nIndizes: SDAX\n"
          "Börsen: Regulierter Markt in Frankfurt (Prime Standard); Freiverkehr in Berlin\n")


def test_issuer_line_with_its_address_seats_and_lists_the_issuer(extractor: Extractor) -> None:
    x = run(extractor, "Die Dürr AG steigerte den Auftragseingang.\n\n" + _BLOCK.format(
        issuer="Unternehmen: Dürr AG, Carl-Benz-Straße 34, 74321 Bietigheim-Bissingen, Deutschland"),
        headline="EQS-News: Dürr AG: Zahlen")
    assert ("Dürr", "locatedIn", "Bietigheim-Bissingen") in triples(x)
    assert ("Dürr", "memberOf", "SDAX") in triples(x)
    assert ("Dürr", "listedOn", "Frankfurt Stock Exchange") in triples(x)


def test_issuer_line_with_more_than_an_address_is_no_issuer_line(extractor: Extractor) -> None:
    """Look-alike: a line that goes on with a sentence after the name is no block's head."""
    x = run(extractor, "Die Dürr AG steigerte den Auftragseingang.\n\n" + _BLOCK.format(
        issuer="Unternehmen: Dürr AG, Kunde von Kion, 74321 Bietigheim-Bissingen und Stuttgart"),
        headline="EQS-News: Dürr AG: Zahlen")
    assert not any(p == "listedOn" for _, p, _ in triples(x))


# --- customers counted in the past -------------------------------------------------------------


def test_customers_counted_in_the_past_are_supplied(extractor: Extractor) -> None:
    x = run(extractor, "Zu den wichtigsten Kunden im Jahr zählten Carlsberg und Heineken.",
            headline="Krones: Bilanz")
    assert {("Krones", "supplierOf", "Carlsberg"), ("Krones", "supplierOf", "Heineken")} <= triples(x)


def test_rivals_counted_in_the_past_are_no_customers(extractor: Extractor) -> None:
    """Look-alike: a count of rivals in the past names no customer."""
    x = run(extractor, "Zu den wichtigsten Rivalen zählten Carlsberg und Heineken.",
            headline="Krones: Bilanz")
    assert not any(p == "supplierOf" for _, p, _ in triples(x))


# --- a call-off under a framework contract -----------------------------------------------------


def test_call_off_received_makes_the_receiver_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Hensoldt hat einen weiteren Abruf aus seinem Rahmenvertrag mit der "
                       "Bundeswehr erhalten.", headline="Hensoldt: Abruf")
    assert ("Hensoldt", "supplierOf", "Bundeswehr") in triples(x)


def test_call_off_made_by_the_customer_keeps_the_roles(extractor: Extractor) -> None:
    """Look-alike: the customer that calls off under its contract supplies no one."""
    x = run(extractor, "Die Bundeswehr hat einen weiteren Abruf aus ihrem Rahmenvertrag mit "
                       "Hensoldt getätigt.", headline="Bundeswehr: Abruf")
    assert ("Bundeswehr", "supplierOf", "Hensoldt") not in triples(x)


# --- a private firm's manager --------------------------------------------------------------


def test_managing_director_works_for_the_unlisted_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall baut die Fertigung aus. Die Zünder bezieht Rheinmetall vom "
                       "Mittelständler Erzberg Feinwerk aus Aue. \"Wir stellen 80 Leute ein\", "
                       "sagte Geschäftsführer Peter Lindemann.", headline="Rheinmetall baut aus")
    assert ("Peter Lindemann", "worksFor", "Erzberg Feinwerk") in triples(x)
    assert ("Peter Lindemann", "worksFor", "Rheinmetall") not in triples(x)


def test_managing_director_with_no_unlisted_company_goes_to_no_one(extractor: Extractor) -> None:
    """Look-alike: with only the listed group named, its post is none of a Geschäftsführer."""
    x = run(extractor, "Rheinmetall baut die Fertigung in Unterlüß aus. \"Wir stellen 80 Leute "
                       "ein\", sagte Geschäftsführer Peter Lindemann.",
            headline="Rheinmetall baut aus")
    assert not any(s == "Peter Lindemann" and p == "worksFor" for s, p, _ in triples(x))


def test_board_chief_still_works_for_the_listed_group(extractor: Extractor) -> None:
    """Look-alike: a Vorstand's title keeps the article's listed company."""
    x = run(extractor, "Rheinmetall baut die Fertigung in Unterlüß aus. \"Wir stellen 80 Leute "
                       "ein\", sagte Vorstandschef Peter Lindemann.",
            headline="Rheinmetall baut aus")
    assert ("Peter Lindemann", "worksFor", "Rheinmetall") in triples(x)


# --- a seat's adjective before an unknown group's name ------------------------------------------


def test_seat_before_an_unknown_group_seats_no_other_company(extractor: Extractor) -> None:
    x = run(extractor, "Krones legte zu. Gegen die Bielefelder MKR-Gruppe setzte sich Krones "
                       "durch.", headline="Krones: Auftrag")
    assert ("Krones", "locatedIn", "Bielefeld") not in triples(x)


def test_seat_before_a_known_group_still_seats_it(extractor: Extractor) -> None:
    """Look-alike: the group's word is a name the text knows: the seat is that company's."""
    x = run(extractor, "Siemens legte zu. Die Münchner Siemens-Gruppe gewann einen Auftrag.",
            headline="Siemens: Auftrag")
    assert ("Siemens", "locatedIn", "Munich") in triples(x)
