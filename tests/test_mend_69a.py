"""False facts from names inside names and from indices, on families of construction that
hold in any article, on sentences written for these tests (catalogued companies, invented
figures and invented firms): a catalogued financial house's name followed by a venture or
fund arm's ending ("Bain Capital Ventures", "Lazard Asset Management") names that arm, a fund
of its own, not the house; a German relative clause opened by a preposition before a
capitalised name ("Der Dax, in dem Siemens das größte Gewicht hat, gab … nach") holds the
name, so the move after it is the index's; an index's short form that is also a company's
name without its legal form ("Dow" of "Dow Inc."), listed beside a company, is the company; a
rival named in passing beside a subject after a fronted phrase ("Erst im Sommer hatte X die
Übernahme des Konkurrenten Y abgeschlossen") is no antecedent of a later "der Konzern".
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rival_pairs, run, triples

from kg.nlp.document import relative_clauses
from kg.nlp.extract import Extractor

# --- a financial house's venture or fund arm ----------------------------------------------


def test_a_houses_venture_arm_is_a_fund_of_its_own(extractor: Extractor) -> None:
    x = run(extractor, "Brightpath Optics, Inc. makes lidar sensors. Brightpath raised $85 million "
            "from Bain Capital Ventures in March.", lang="en", headline="Brightpath raises funds")
    assert ("Bain Capital Ventures", "investsIn", "Brightpath Optics") in triples(x)
    assert "Bain Capital" not in labels(x)


def test_the_house_named_alone_stays_the_investor(extractor: Extractor) -> None:
    """Look-alike: the catalogued house without an arm's ending is the house."""
    x = run(extractor, "Brightpath Optics, Inc. makes lidar sensors. Brightpath raised $85 million "
            "from Bain Capital in March.", lang="en", headline="Brightpath raises funds")
    assert ("Bain Capital", "investsIn", "Brightpath Optics") in triples(x)
    assert "Bain Capital Ventures" not in labels(x)


def test_a_houses_asset_manager_is_no_bank(extractor: Extractor) -> None:
    x = run(extractor, "Lazard Asset Management hält inzwischen 3 Prozent an Nike.",
            headline="Nike: Neuer Großaktionär")
    assert "Lazard Asset Management" in labels(x)
    assert "Lazard" not in labels(x)


def test_a_banks_markets_arm_stays_the_bank(extractor: Extractor) -> None:
    """Look-alike: "Capital" after a bank is how news print the bank's research, not an arm."""
    x = run(extractor, "Analysts at Barclays Capital raised Nike to overweight.", lang="en",
            headline="Nike upgraded")
    assert ("Barclays", "covers", "Nike") in triples(x)


# --- a relative clause opened by a preposition before a name --------------------------------


def test_an_index_move_after_a_members_relative_clause_is_the_indexs(extractor: Extractor) -> None:
    x = run(extractor, "Die Siemens-Aktie verlor 2 Prozent. Auch der Dax, in dem Siemens eines "
            "der größten Gewichte hat, gab 0,8 Prozent nach.", headline="Siemens enttäuscht")
    moves = metric_facts(x, "StockPriceChange")
    assert ("DAX", Decimal("-0.8")) in moves
    assert ("Siemens", Decimal("-0.8")) not in moves


def test_a_prepositional_relative_clause_closes_on_its_verb() -> None:
    text = "Der Dax, in dem Siemens stark gewichtet ist, fiel um 0,8 Prozent."
    [clause] = relative_clauses("de", text)
    assert text[clause.opens:clause.closes] == ", in dem Siemens stark gewichtet ist"


def test_a_prepositional_phrase_of_nouns_opens_no_relative_clause() -> None:
    """Look-alike: preposition, article and capitalised nouns closing on a number or a noun
    are a phrase of the main clause ("an der Stockholmer Börse 2,4 Prozent")."""
    assert relative_clauses("de", "Nordkleid legte zu, an der Stockholmer Börse 2,4 Prozent, "
                                  "und schloss fest.") == ()
    assert relative_clauses("de", "Der Umsatz stieg, in der Region Nahost um 21 Prozent, "
                                  "und der Gewinn auch.") == ()


def test_the_index_move_without_a_relative_clause_stays_the_indexs(extractor: Extractor) -> None:
    """Look-alike: the member's own move before the index's keeps its figure."""
    x = run(extractor, "Die Siemens-Aktie verlor 2 Prozent. Der Dax gab 0,8 Prozent nach.",
            headline="Siemens enttäuscht")
    assert metric_facts(x, "StockPriceChange") == {("Siemens", Decimal("-2")), ("DAX", Decimal("-0.8"))}


# --- an index's short form listed beside a company ----------------------------------------


def test_an_index_short_form_listed_among_rivals_is_the_company(extractor: Extractor) -> None:
    x = run(extractor, "BASF senkt die Prognose. Konkurrenten wie Dow und Covestro klagen "
            "ebenfalls über Überkapazitäten.", headline="BASF senkt Prognose")
    assert frozenset(("BASF", "Dow Inc.")) in rival_pairs(x)
    assert "Dow Jones Industrial Average" not in labels(x)


def test_an_index_short_form_listed_first_is_the_company(extractor: Extractor) -> None:
    x = run(extractor, "BASF cut its outlook. Dow, Covestro and Lanxess also face Chinese "
            "overcapacity.", lang="en", headline="BASF cuts outlook")
    assert "Dow Inc." in labels(x)
    assert "Dow Jones Industrial Average" not in labels(x)


def test_an_index_short_form_beside_an_index_stays_the_index(extractor: Extractor) -> None:
    """Look-alike: beside another index or an exchange, or on its own, the index."""
    x = run(extractor, "Der Dow und der S&P 500 legten zu. Der Dow schloss 0,5 Prozent höher.",
            headline="Wall Street")
    assert "Dow Jones Industrial Average" in labels(x)
    assert "Dow Inc." not in labels(x)
    assert ("Dow Jones Industrial Average", Decimal("0.5")) in metric_facts(x, "StockPriceChange")


# --- a rival named in passing beside a subject after a fronted phrase ---------------------


def test_a_rival_taken_over_beside_a_fronted_subject_is_no_later_antecedent(
        extractor: Extractor) -> None:
    x = run(extractor, "Adidas legt Zahlen vor. Puma kämpft mit schwachen Verkäufen. Erst im Sommer "
            "hatte Adidas die Übernahme des Konkurrenten Puma abgeschlossen. „Wir wachsen“, sagte ein "
            "Sprecher. Der Finanzchef verwies auf Einsparungen, die der Konzern auf jährlich etwa 40 "
            "Millionen Euro beziffert.", headline="Adidas und Puma")
    owners = {about for about, value in metric_facts(x, "Other") if value == Decimal("40000000")}
    assert "Puma SE" not in owners


def test_a_fronted_subject_of_its_own_stays_the_antecedent(extractor: Extractor) -> None:
    """Look-alike: the company named after the fronted phrase is the subject itself."""
    x = run(extractor, "Adidas legt Zahlen vor. Puma kämpft mit schwachen Verkäufen. Erst im Sommer "
            "hatte Puma den Verkauf einer Tochter abgeschlossen. „Wir wachsen“, sagte ein Sprecher. "
            "Der Finanzchef verwies auf Einsparungen, die der Konzern auf jährlich etwa 40 Millionen "
            "Euro beziffert.", headline="Adidas und Puma")
    assert ("Puma SE", Decimal("40000000")) in metric_facts(x, "Other")
