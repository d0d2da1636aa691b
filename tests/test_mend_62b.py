"""Regressions of newer discovery and seat rules, on sentences written for these tests
(invented companies and catalogued ones with invented facts), each with a look-alike that
keeps its reading: a place before a heading's spaced dash is the report's dateline, never a
company; a list line opened by a period's words ("Fourth Quarter: revenue …") reports the
period's results, no unit's; a list of results whose lines open with companies' names rounds
up companies, none a unit of another."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, labels, metric_facts, run, triples

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


# --- list lines opened by a period or in a roundup of companies --------------------------------------

def _units(x: object) -> set[str]:
    return {e.label for e in x.entities if e.type == "BusinessUnit"}  # type: ignore[attr-defined]


def test_period_opening_an_english_list_line_is_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Siemens said results rose.\nFourth Quarter: revenue $5.4 billion, up 3%.\n"
            "Full-year: revenue $20.1 billion", lang="en", headline="Siemens posts results")
    assert not _units(x)
    assert not {t for t in triples(x) if t[1] == "subsidiaryOf"}
    assert ("Siemens", "Revenue", Decimal("5400000000"), "USD") in figure_facts(x)


def test_period_opening_a_german_list_line_is_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte Zahlen vor.\n- Drittes Quartal: Umsatz 9,6 Milliarden Euro\n"
            "- Tire Solutions: Umsatz 4,2 Milliarden Euro", headline="Siemens: Zahlen")
    assert "Drittes" not in labels(x) and "Drittes Quartal" not in labels(x)
    assert "Tire Solutions" in _units(x)  # look-alike: the unit's line below keeps its reading
    assert ("Tire Solutions", "subsidiaryOf", "Siemens") in triples(x)


def test_continuing_operations_line_is_the_company_s(extractor: Extractor) -> None:
    x = run(extractor, "Siemens said results rose.\nContinuing Operations: revenue $20.1 billion",
            lang="en", headline="Siemens posts results")
    assert not _units(x)


def test_roundup_of_companies_makes_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Die Quartalszahlen im Überblick:\n- SAP: Umsatz 8,5 Milliarden Euro\n"
            "- Kronwerk Anlagenbau: Umsatz 1,2 Milliarden Euro", headline="Quartalszahlen")
    assert ("Kronwerk Anlagenbau", "subsidiaryOf", "SAP") not in triples(x)
    assert "Kronwerk Anlagenbau" not in _units(x)
    assert ("SAP", "Revenue", Decimal("1200000000"), "EUR") not in figure_facts(x)
