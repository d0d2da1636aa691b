"""German company news on DAX, MDAX and European companies, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies,
invented figures and invented firms): a house in a subordinate clause that opens the
sentence ("Während Metzler zum Kauf rät, sieht Vontobel die Aktie …") rates nothing of the
house that follows the comma, which is the main clause's rater; a country's word joined to a
firm noun ("den US-Konzern, eine Tochter von RTX") describes a firm named elsewhere and is no
company of its own; a stake clause set after the verb closing the name's clause ("Die Sensoren
soll Hensoldt liefern, an dem KKR mit 23 Prozent beteiligt ist") is a stake in that name, and
its share is then no stake in the article's company; a move "in" a city at the end of a
subordinate clause ("…, während Moncler in Mailand um 2,4 Prozent zulegte") lists the name
on the city's exchange; "Versender" is a firm noun ("den Stockholmer Versender Nordkleid");
a title's employer named after an adjective and a firm noun ("bisher Finanzvorständin des
Schweizer Spezialchemiekonzerns Clariant") is that firm, not the article's company; the
owner of a noun that a preposition's object is ("konkurriert mit Y und der Sparte von X, …:
Der Umsatz stieg …") owns no figure of the sentence, as the object itself owns none.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a house in a subordinate clause opening the sentence ------------------------------


def test_house_of_an_opening_subordinate_clause_does_not_rate_the_next_house(
        extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von MTU Aero Engines stieg um 2 Prozent. Die Analysten sind uneins: "
            "Während Metzler zum Kauf rät, sieht Vontobel die Aktie fair bewertet und bleibt bei "
            "„Hold“, Kursziel 400 Euro.", headline="MTU: Neuer Chef")
    ratings = {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("Vontobel", "MTU Aero Engines", "Hold") in ratings
    assert ("Metzler", "covers", "Vontobel") not in triples(x)
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("MTU Aero Engines", "Vontobel")}


def test_opening_subordinate_clause_without_a_house_keeps_the_bank_rated(extractor: Extractor) -> None:
    """Look-alike: the clause names no house; the one after it rates the bank it names."""
    x = run(extractor, "Während die Märkte schwankten, hat JPMorgan die Commerzbank auf „Overweight“ "
            "hochgestuft.", headline="Banken")
    assert {(r.by, r.about) for r in x.ratings} == {("JPMorgan", "Commerzbank")}


# --- a country's word joined to a firm noun ---------------------------------------------


def test_country_firm_noun_before_an_apposition_is_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Pratt & Whitney hat Probleme. Der US-Konzern, eine Tochter von RTX, muss "
            "Triebwerke zurückrufen.", headline="Triebwerke")
    assert not [e for e in x.entities if e.label == "US-Konzern"]
    assert not [t for t in triples(x) if t[0] == "US-Konzern"]


def test_unknown_name_before_the_same_apposition_stays_a_unit(extractor: Extractor) -> None:
    """Look-alike: a name the catalogue lacks before ", eine Tochter von" is the unit."""
    x = run(extractor, "Siemens liefert Turbinen an Muster Aero, eine Tochter von RTX.",
            headline="Triebwerke")
    assert ("Muster Aero", "subsidiaryOf", "RTX") in triples(x)


# --- a stake clause after the verb closing the name's clause ----------------------------


def test_stake_clause_after_a_clause_final_verb_is_a_stake_in_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall gründet ein Joint Venture. Die Sensoren soll Hensoldt liefern, an "
            "dem der Finanzinvestor KKR mit 23 Prozent beteiligt ist.", headline="Rüstung")
    stakes = {(s, o) for s, p, o in triples(x) if p == "investsIn"}
    assert stakes == {("KKR", "Hensoldt")}


def test_share_of_a_holder_without_a_clause_stays_the_article_companys(extractor: Extractor) -> None:
    """Look-alike: a share no clause ties to a name is a stake in the article's company."""
    x = run(extractor, "Rheinmetall gründet ein Joint Venture. Die Sensoren soll Hensoldt liefern. Der "
            "Finanzinvestor KKR ist mit 23 Prozent beteiligt.", headline="Rüstung")
    assert ("KKR", "investsIn", "Rheinmetall") in triples(x)


# --- a move in a city at the end of a subordinate clause --------------------------------


def test_move_in_a_city_closing_a_subordinate_clause_lists_the_name_there(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall-Aktien verloren im Frankfurter Handel 1,6 Prozent auf 1.642 Euro, "
            "während Moncler in Mailand um 2,4 Prozent auf 47,10 Euro zulegte.", headline="Rüstung")
    assert ("Moncler", "listedOn", "Borsa Italiana") in triples(x)


def test_metric_moving_in_a_city_lists_nothing_there(extractor: Extractor) -> None:
    """Look-alike: a metric of the name moves, not its shares; the city stays a place."""
    x = run(extractor, "Rheinmetall wächst, während der Umsatz von Moncler in Mailand um 2,4 Prozent "
            "zulegte.", headline="Rüstung")
    assert not [t for t in triples(x) if t[1] == "listedOn" and t[0] == "Moncler"]


# --- "Versender" as a firm noun -----------------------------------------------------------


def test_name_after_versender_is_a_firm(extractor: Extractor) -> None:
    x = run(extractor, "Zalando bietet für den Stockholmer Versender Nordkleid 14,50 Euro je Aktie in "
            "bar.", headline="Zalando greift zu")
    assert ("Nordkleid", "Company") in {(e.label, e.type) for e in x.entities}


def test_versender_before_a_lower_case_word_names_no_firm(extractor: Extractor) -> None:
    """Look-alike: the noun followed by no capitalised name leaves no firm."""
    x = run(extractor, "Zalando meldet, dass der Versender gestern 5 Prozent mehr Pakete verschickte.",
            headline="Zalando wächst")
    assert {e.label for e in x.entities if e.type == "Company"} == {"Zalando"}


# --- a title's employer after an adjective and a firm noun ------------------------------


def test_employer_after_adjective_and_firm_noun_is_the_named_firm(extractor: Extractor) -> None:
    x = run(extractor, "Seine Nachfolge tritt Karin Lindqvist an, bisher Finanzvorständin des Schweizer "
            "Spezialchemiekonzerns Clariant.", headline="BASF kappt Ergebnisziel")
    employers = {o for s, p, o in triples(x) if p == "worksFor" and s == "Karin Lindqvist"}
    assert employers == {"Clariant"}


def test_firm_named_in_a_clause_after_the_noun_employs_no_one(extractor: Extractor) -> None:
    """Look-alike: the noun closes the title; a firm in the clause after it is no employer."""
    x = run(extractor, "Seine Nachfolge tritt Karin Lindqvist an, bisher Finanzvorständin des Konzerns, "
            "der mit Clariant konkurriert.", headline="BASF kappt Ergebnisziel")
    assert ("Karin Lindqvist", "worksFor", "Clariant") not in triples(x)


# --- the owner of a noun that is a preposition's object -----------------------------------


def test_owner_of_a_rivals_unit_owns_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "MTU Maintenance konkurriert mit der Sparte von GE Aerospace, verdient aber gut: "
            "Der Umsatz stieg um 19 Prozent.", headline="Triebwerke")
    assert {f.about for f in x.figures if f.metric == "RevenueGrowth"} == {"MTU Maintenance"}
    x = run(extractor, "MTU Maintenance konkurriert mit Lufthansa Technik und der Sparte von GE "
            "Aerospace, verdient aber gut: Der Umsatz stieg um 19 Prozent.", headline="Triebwerke")
    assert "GE Aerospace" not in {f.about for f in x.figures}


def test_owner_of_a_unit_that_is_the_subject_keeps_the_figure(extractor: Extractor) -> None:
    """Look-alike: the unit opens the sentence as its subject; its owner's figure stays."""
    x = run(extractor, "Die Sparte von GE Aerospace verdient gut: Der Umsatz stieg um 19 Prozent.",
            headline="Triebwerke")
    assert "GE Aerospace" in {f.about for f in x.figures if f.metric == "RevenueGrowth"}
