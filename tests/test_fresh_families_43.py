"""Rule families of lane fresh43, on sentences written for the test: a market report's
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
