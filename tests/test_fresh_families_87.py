"""German retail-investor news on DAX and European companies, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies,
invented figures): shares of several companies told together ("Die Titel von Mercedes-Benz
und BMW zogen im Sog an") are no one company's shares that the next analyst, naming none,
rates, so the article's company is rated; a name fronted by "Für" before a verb of giving a
target and a house ("Für UniCredit nannte Citigroup ein Kursziel von 72 Euro") is what the
target is for, a bank too; a number linked by "nach" to the figure right before it ("das Ebit
ging auf 1,1 Milliarden Euro zurück, nach 1,3 Milliarden Euro ein Jahr zuvor") is that figure's
earlier value, not one of a metric word further back; a clause opened after a comma by a
prepositional phrase before a verb of supplying ("…, für die Fahrzeuge aus US-Produktion
liefert Panasonic") has the name after the verb as its subject, so a name before the comma
supplies nothing to it; a rival noun opening the sentence in a short clause closed by a colon
("Den Wettbewerbern geht es kaum besser: Covestro und Evonik …") makes the names after the colon
the article company's rivals; a company noun standing for a name, followed by the phrase of
what the company makes and a seat word ("Hensoldt, der Spezialist für Radar und Optronik aus
Taufkirchen") seats that company there. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- shares of several companies told together ---------------------------------------------


def test_listed_peers_shares_are_not_what_the_next_analyst_rates(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen hat im dritten Quartal mehr verdient als erwartet. Die Titel von "
            "Mercedes-Benz und BMW zogen im Sog um jeweils 1 Prozent an. Jefferies bekräftigte sein "
            "„Buy“-Votum und das Kursziel von 125 Euro.", headline="Volkswagen: Zahlen besser als befürchtet")
    assert {(r.by, r.about) for r in x.ratings} == {("Jefferies", "Volkswagen")}
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Volkswagen", "Jefferies")}


def test_one_peers_shares_alone_keep_the_rating(extractor: Extractor) -> None:
    """Look-alike: the shares of one company alone before the rating are that one's."""
    x = run(extractor, "Volkswagen hat im dritten Quartal mehr verdient als erwartet. Die Aktie von "
            "Mercedes-Benz zog um 1 Prozent an. Jefferies bekräftigte sein „Buy“-Votum.",
            headline="Volkswagen: Zahlen besser als befürchtet")
    assert {(r.by, r.about) for r in x.ratings} == {("Jefferies", "Mercedes-Benz Group")}


# --- a name fronted by "Für" before a verb of giving a target and a house ----------------


def test_fronted_bank_takes_the_target_of_the_house_after_the_verb(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank-Aktie stieg um 2 Prozent. Für UniCredit nannte Citigroup ein "
            "Kursziel von 72 Euro.", headline="Commerzbank: Aktie steigt")
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("UniCredit", "Citigroup")}
    assert ("Citigroup", "covers", "UniCredit") in triples(x)


def test_fronted_house_without_a_house_after_the_verb_stays_the_house(extractor: Extractor) -> None:
    """Look-alike: "Für die UBS liegt das Kursziel …": no house follows the verb, so the
    fronted bank is the house and the passage's company is valued."""
    x = run(extractor, "Die Commerzbank-Aktie stieg um 2 Prozent. Für die UBS liegt das Kursziel bei "
            "30 Euro.", headline="Commerzbank: Aktie steigt")
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Commerzbank", "UBS")}


# --- a number linked to the figure right before it ------------------------------------------


def test_linked_number_is_the_earlier_value_of_the_figure_before(extractor: Extractor) -> None:
    x = run(extractor, "Im dritten Quartal sank der Umsatz um 5 Prozent auf 15,2 Milliarden Euro, das "
            "bereinigte Ebit ging auf 1,1 Milliarden Euro zurück, nach 1,3 Milliarden Euro ein Jahr "
            "zuvor.", headline="BASF: Zahlen")
    assert ("BASF", Decimal("1300000000")) in metric_facts(x, "Profit")
    assert ("BASF", Decimal("1300000000")) not in metric_facts(x, "Revenue")


def test_linked_number_after_a_figure_of_the_same_metric_stays_that_metric(
        extractor: Extractor) -> None:
    """Look-alike: one metric word alone; the linked number is its earlier value as before."""
    x = run(extractor, "Im dritten Quartal stieg der Umsatz auf 15,2 Milliarden Euro, nach 14,1 "
            "Milliarden Euro im Vorjahr.", headline="BASF: Zahlen")
    assert metric_facts(x, "Revenue") == {("BASF", Decimal("15200000000")),
                                          ("BASF", Decimal("14100000000"))}


# --- a clause opened by a prepositional phrase before a verb of supplying ---------------


def test_name_before_a_fronted_prepositional_clause_supplies_nothing_in_it(
        extractor: Extractor) -> None:
    x = run(extractor, "Die Batteriezellen für die günstigeren Modelle bezieht Tesla vom Marktführer "
            "CATL, für die Fahrzeuge aus US-Produktion liefert Panasonic.", headline="Tesla: Zahlen")
    assert ("Contemporary Amperex Technology", "supplierOf", "Tesla") in triples(x)
    assert not [t for t in triples(x) if t[1] == "supplierOf" and t[2] == "Panasonic"]


def test_supplier_before_the_verb_without_a_comma_clause_still_supplies(
        extractor: Extractor) -> None:
    """Look-alike: the supplier names the verb's subject before it, no clause between."""
    x = run(extractor, "CATL liefert für die Fahrzeuge aus US-Produktion Zellen an Tesla.",
            headline="Tesla: Zahlen")
    assert ("Contemporary Amperex Technology", "supplierOf", "Tesla") in triples(x)


# --- a rival noun in a clause closed by a colon ------------------------------------------


def test_names_after_a_rival_clause_and_a_colon_are_rivals(extractor: Extractor) -> None:
    x = run(extractor, "BASF hat Zahlen vorgelegt. Den Wettbewerbern geht es kaum besser: Covestro und "
            "Evonik schreiben rote Zahlen.", headline="BASF: Rückkauf")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("BASF", "Covestro")) in rivals
    assert frozenset(("BASF", "Evonik Industries")) in rivals


def test_names_after_another_noun_and_a_colon_are_no_rivals(extractor: Extractor) -> None:
    """Look-alike: customers, not rivals, close the clause before the colon."""
    x = run(extractor, "BASF hat Zahlen vorgelegt. Die Kunden sind zufrieden: Covestro und Evonik "
            "kaufen mehr.", headline="BASF: Rückkauf")
    assert not [t for t in triples(x) if t[1] == "competitorOf"]


# --- a company noun, the phrase of what it makes and a seat word --------------------------


def test_company_noun_with_a_phrase_of_its_trade_takes_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Hensoldt, der Spezialist für Radar und Optronik aus Taufkirchen, lieferte ein "
            "gemischtes Bild.", headline="Rüstung: Aufträge")
    assert ("Hensoldt", "locatedIn", "Taufkirchen") in triples(x)


def test_name_inside_the_phrase_is_the_one_seated(extractor: Extractor) -> None:
    """Look-alike: a name in the phrase before the seat word sits there, not the company."""
    x = run(extractor, "Hensoldt, der Partner von Airbus aus Toulouse, lieferte ein gemischtes Bild.",
            headline="Rüstung: Aufträge")
    assert ("Hensoldt", "locatedIn", "Toulouse") not in triples(x)
    assert ("Airbus", "locatedIn", "Toulouse") in triples(x)
