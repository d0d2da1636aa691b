"""Families of figures and periods (lane figures35), each on sentences written for the
test: a positive case and a look-alike that must not fire, or must not move the figure
to another period, status or company.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.records import Figure

run = helpers.run


def _with(figures: list[Figure], metric: str, value: str) -> list[Figure]:
    """The figures of one metric and value, whoever they are about."""
    return [f for f in figures if f.metric == metric and f.value == Decimal(value)]


# --- an outlook's value of the year before takes the year before its own -----------------------

@pytest.mark.parametrize(("body", "new", "old", "year"), [
    ("Für das Geschäftsjahr 2026 soll die Dividende der Allianz auf 1,00 Euro je Aktie steigen, "
     "nach 0,90 Euro im Vorjahr.", "1", "0.9", "2026"),
    ("Die Dividende der Allianz für 2027 soll auf 3,40 Euro je Aktie steigen, nach 3,00 Euro im "
     "Vorjahr.", "3.4", "3", "2027"),
])
def test_outlook_prior_year_value_is_the_year_before(extractor: Extractor, body: str, new: str,
                                                      old: str, year: str) -> None:
    x = run(extractor, body, headline="Allianz")
    [current] = _with(x.figures, "Dividend", new)
    [before] = _with(x.figures, "Dividend", old)
    assert current.about == before.about == "Allianz"
    assert current.period == year
    assert before.period == str(int(year) - 1)
    assert before.status == "Reported"


def test_outlook_without_prior_words_keeps_its_year(extractor: Extractor) -> None:
    """Two values of one outlook with no words of the year before share the year."""
    body = ("Für das Geschäftsjahr 2026 soll die Dividende der Allianz zwischen 1,00 Euro und "
            "1,10 Euro je Aktie liegen.")
    x = run(extractor, body, headline="Allianz")
    assert all(f.period == "2026" for f in x.figures if f.metric == "Dividend")
    assert not any(f.period == "2025" for f in x.figures)


def test_house_forecast_prior_year_value_is_reported_by_no_house(extractor: Extractor) -> None:
    """The value of the year before in a house's forecast is what was reported then: the
    year before, and no estimate of the house; the forecast itself stays the house's."""
    body = ("Die Analysten von Jefferies erwarten für 2026 eine Dividende der Allianz von "
            "1,10 Euro je Aktie, nach 0,90 Euro im Vorjahr.")
    x = run(extractor, body, headline="Allianz")
    [forecast] = _with(x.figures, "Dividend", "1.1")
    [before] = _with(x.figures, "Dividend", "0.9")
    assert (forecast.period, forecast.estimated_by) == ("2026", "Jefferies")
    assert (before.period, before.estimated_by, before.status) == ("2025", None, "Reported")
