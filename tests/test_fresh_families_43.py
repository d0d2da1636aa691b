"""Rule families, on sentences written for the test: a market report's
closing analyst is no employee of a house that rated one of its movers paragraphs before;
an amount per share with no word of its own after a takeover is told is the price paid.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- the one house named long before: only an analyst's of the article's company ------------


def test_market_report_analyst_is_no_earlier_raters(extractor: Extractor) -> None:
    x = run(extractor, "Im MDax gewannen Hensoldt 4,1 Prozent.\nDagegen verloren Aurubis 3,2 "
                       "Prozent. Die Bank Barclays hatte die Aktie des Kupferkonzerns auf "
                       "\"Underweight\" abgestuft.\nLanxess gaben um 1,9 Prozent nach.\n"
                       "Gerresheimer brachen um 12 Prozent ein.\nEvotec legten um 2 Prozent zu.\n\"Die Anleger "
                       "bleiben vorsichtig\", sagte Marktanalyst Jochen Stanzl.",
            headline="Nebenwerte: Hensoldt gefragt")
    assert not any(p == "worksFor" and s == "Jochen Stanzl" for s, p, _ in triples(x))


def test_research_note_analyst_stays_with_the_house(extractor: Extractor) -> None:
    # look-alike: the note is about the one company the house rates
    x = run(extractor, "Die Bank Barclays hat Aurubis auf \"Underweight\" abgestuft.\nDer "
                       "Kupferkonzern leide unter hohen Energiekosten.\nDie Margen dürften "
                       "2027 weiter sinken.\nAuch die Nachfrage aus China sei schwach.\n"
                       "Aurubis habe zudem Probleme in Hamburg.\n\"Wir sehen weiteres "
                       "Abwärtspotenzial\", schrieb Analyst Jochen Stanzl.",
            headline="Aurubis-Aktie: Barclays skeptisch")
    assert ("Jochen Stanzl", "worksFor", "Barclays") in triples(x)


# --- an amount per share with no word of its own after a purchase: no earnings ---------------


def test_per_share_amount_after_a_stake_purchase_is_no_eps(extractor: Extractor) -> None:
    x = run(extractor, "Anta übernimmt den Anteil an Puma für rund 1,5 Milliarden Euro. Das "
                       "entspricht 35 Euro je Aktie.", headline="Puma-Aktie springt an")
    assert not any(m == "EarningsPerShare" for _, m, _, _ in figure_facts(x))


def test_earnings_per_share_after_a_purchase_stay_earnings(extractor: Extractor) -> None:
    # look-alike: the profit word names the amount per share
    x = run(extractor, "Puma übernimmt einen Händler. Der Gewinn je Aktie stieg auf 1,35 Euro.",
            headline="Puma-Aktie legt zu")
    assert ("Puma SE", "EarningsPerShare", Decimal("1.35"), "EUR") in figure_facts(x)


# --- "erholte sich um 5 Prozent": a share's rise ----------------------------------------------


def test_share_that_recovered_by_a_percentage_rose(extractor: Extractor) -> None:
    x = run(extractor, "Im SDax erholten sich Evotec um 5,2 Prozent.", headline="Nebenwerte")
    assert ("Evotec", "StockPriceChange", Decimal("5.2"), "Percent") in figure_facts(x)


def test_recovery_after_a_fall_keeps_the_fall(extractor: Extractor) -> None:
    # look-alike: the number is the fall told before the recovery
    x = run(extractor, "Nach einem Minus von 20 Prozent im Vorjahr erholte sich die "
                       "SAP-Aktie zuletzt.", headline="SAP-Aktie")
    facts = figure_facts(x)
    assert ("SAP", "StockPriceChange", Decimal("20"), "Percent") not in facts


# --- "Der Wettbewerb mit X und Y": rivals of the article's company ---------------------------


def test_competition_with_named_rivals_opening_a_sentence(extractor: Extractor) -> None:
    x = run(extractor, "SAP hat Zahlen vorgelegt. Der Wettbewerb mit Oracle, Salesforce und "
                       "Workday werde härter, schrieb ein Analyst.", headline="SAP-Aktie unter Druck")
    assert {("SAP", "competitorOf", rival) for rival in ("Oracle", "Salesforce", "Workday")} \
        <= triples(x)


def test_competition_between_others_makes_no_rival_of_the_subject(extractor: Extractor) -> None:
    # look-alike: "zwischen" names the rivals themselves
    x = run(extractor, "SAP hat Zahlen vorgelegt. Der Wettbewerb zwischen Oracle und Workday "
                       "wird härter.", headline="SAP-Aktie unter Druck")
    assert not any(p == "competitorOf" and "SAP" in (s, o) for s, p, o in triples(x))


# --- "die Sparte Waffe und Munition": one unit's name joined by "und" -----------------------


def test_singular_unit_noun_takes_a_name_joined_by_und(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall legte Zahlen vor. Die Sparte Waffe und Munition steigerte "
                       "ihren Umsatz um 24 Prozent auf 1,1 Milliarden Euro.",
            headline="Rheinmetall: Zahlen")
    facts = figure_facts(x)
    assert ("Waffe und Munition", "Revenue", Decimal("1100000000"), "EUR") in facts
    assert ("Waffe und Munition", "subsidiaryOf", "Rheinmetall") in triples(x)
    assert not any(about == "Waffe" for about, _, _, _ in facts)


def test_unit_name_stops_before_a_known_name_after_und(extractor: Extractor) -> None:
    # look-alike: the word after "und" begins a name found elsewhere, no part of the unit's
    x = run(extractor, "Rheinmetall legte Zahlen vor. Die Sparte Fahrzeugsysteme und Rheinmetall "
                       "selbst wuchsen um 5 Prozent.", headline="Rheinmetall: Zahlen")
    assert ("Fahrzeugsysteme", "subsidiaryOf", "Rheinmetall") in triples(x)
    assert not any("und" in s for s, _, _ in triples(x))


# --- "das Wachstum des Auftragsbestands": the growth of the metric named after it ------------


def test_growth_of_a_named_metric_is_that_metrics(extractor: Extractor) -> None:
    x = run(extractor, "SAP legte Zahlen vor. Das Wachstum des Cloud-Auftragsbestands lag bei "
                       "20 Prozent.", headline="SAP-Aktie unter Druck")
    facts = figure_facts(x)
    assert ("SAP", "Other", Decimal("20"), "Percent") in facts
    assert ("SAP", "RevenueGrowth", Decimal("20"), "Percent") not in facts


def test_growth_of_the_company_stays_revenue_growth(extractor: Extractor) -> None:
    # look-alike: the genitive names the company, no metric
    x = run(extractor, "SAP legte Zahlen vor. Das Wachstum des Konzerns lag bei 7 Prozent.",
            headline="SAP-Aktie unter Druck")
    assert ("SAP", "RevenueGrowth", Decimal("7"), "Percent") in figure_facts(x)
