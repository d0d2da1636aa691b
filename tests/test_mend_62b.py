"""Regressions of newer discovery and seat rules, on sentences written for these tests
(invented companies and catalogued ones with invented facts), each with a look-alike that
keeps its reading: a place before a heading's spaced dash is the report's dateline, never a
company."""

from __future__ import annotations

from helpers import labels, metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a dateline before a spaced dash ---------------------------------------------------------------

def test_place_before_a_dash_is_a_dateline(extractor: Extractor) -> None:
    x = run(extractor, "Eschborn - Der Münchner Autobauer hat den Umsatz um 3 Prozent gesteigert.",
            headline="Marktbericht")
    assert "Eschborn" not in labels(x)
    assert not {about for about, _ in metric_facts(x, "RevenueGrowth")} & {"Eschborn"}
    assert ("Eschborn", "locatedIn", "Munich") not in triples(x)


def test_name_before_a_dash_still_heads_its_paragraph(extractor: Extractor) -> None:
    """Look-alike: an invented firm's name before the dash and a seat and trade after it."""
    x = run(extractor, "Kronwerk Anlagenbau - Der Münchner Maschinenbauer hat den Umsatz um "
            "3 Prozent gesteigert.", headline="Marktbericht")
    assert "Kronwerk Anlagenbau" in labels(x)
    assert ("Kronwerk Anlagenbau", "locatedIn", "Munich") in triples(x)
