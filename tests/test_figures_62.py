"""Families of figures any article prints, on texts written for the test.

Names are real companies, facts invented.

- The base of a change with its value alone in brackets ("lag 6 Prozent über dem Wert von
  Oktober bis Dezember (512 Millionen Euro)", "über dem Vorjahreswert (8,1 Milliarden Euro)"):
  the amount is the base's value, of the metric whose change it is, in the period the base
  names (none where it names none); a margin's base, a bracket with a label or a name, and a
  bracket after a change with no base word give no base value.
- Money poured into a company or project ("poured its first $2 billion into Anthropic",
  "pumped another $2 billion into Mistral"): the payer's investment, in the month or year
  named; no amount right after the verb ("poured cold water on the deal") or no "into"
  after it ("poured $3 billion of profit back", "sank 5% into the close") gives none.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.records import Extraction

_PUBLISHED = date(2027, 2, 10)


def _run(extractor: Extractor, body: str) -> Extraction:
    return helpers.run(extractor, body, "de", "Marktbericht", published=_PUBLISHED)


def _figures(x: Extraction) -> set[tuple[str, str, Decimal | None, str, str | None]]:
    return {(f.about, f.metric, f.value, f.unit, f.period) for f in x.figures}


@pytest.mark.parametrize(("body", "expected"), [
    ("Der Gewinn von Infineon für die Monate April bis Juni erreichte 560 Millionen Euro und "
     "lag damit 9 Prozent über dem Wert von Januar bis März (512 Millionen Euro).",
     ("Infineon Technologies", "Profit", Decimal("512000000"), "EUR", "Januar bis März")),
    ("Der Umsatz von BASF lag 3 Prozent unter dem Wert des Vorquartals (8,1 Milliarden Euro).",
     ("BASF", "Revenue", Decimal("8100000000"), "EUR", None)),
])
def test_base_value_in_brackets(extractor: Extractor, body: str,
                                expected: tuple[str, str, Decimal, str, str | None]) -> None:
    figures = _figures(_run(extractor, body))
    assert expected in figures
    # the value the change ends at keeps the sentence's own period, not the base's
    assert not any(f[2] == Decimal("560000000") and f[4] == "Januar bis März" for f in figures)


@pytest.mark.parametrize("body", [
    # a margin has no amount: its base in brackets is no figure
    "Die Marge von BASF lag 3 Prozent über dem Wert des Vorjahres (8,1 Milliarden Euro).",
    # a bracket with a label is read by its label, not as the base
    "Der Umsatz von BASF lag 3 Prozent über dem Wert des Vorjahres (Konzern: 8,1 Milliarden Euro).",
    # no base word between the change and the bracket
    "Der Umsatz von BASF stieg um 3 Prozent, wie der Konzern mitteilte (8,1 Milliarden Euro).",
])
def test_no_base_value_without_its_shape(extractor: Extractor, body: str) -> None:
    figures = _figures(_run(extractor, body))
    assert not any(f[2] == Decimal("8100000000") for f in figures)


def test_base_words_without_bracket_keep_the_change_only(extractor: Extractor) -> None:
    figures = _figures(_run(extractor, "Der Umsatz von BASF lag 3 Prozent über dem Wert des Vorjahres, "
                                       "wie BASF in Ludwigshafen mitteilte."))
    assert {(f[1], f[2]) for f in figures} == {("RevenueGrowth", Decimal("3"))}


def _run_en(extractor: Extractor, body: str) -> Extraction:
    return helpers.run(extractor, body, "en", "Market report", published=_PUBLISHED)


@pytest.mark.parametrize(("body", "expected"), [
    ("When Amazon poured its first $2 billion into Anthropic back in March 2024, investors shrugged.",
     ("Amazon", "Investment", Decimal("2000000000"), "USD", "2024-03")),
    ("Microsoft pumped another $1.5 billion into Mistral.",
     ("Microsoft", "Investment", Decimal("1500000000"), "USD", None)),
])
def test_money_poured_into(extractor: Extractor, body: str,
                           expected: tuple[str, str, Decimal, str, str | None]) -> None:
    assert expected in _figures(_run_en(extractor, body))


@pytest.mark.parametrize("body", [
    "Amazon poured cold water on the deal, which was worth $2 billion to Anthropic.",
    "Amazon poured $2 billion of profit back to shareholders.",
])
def test_pouring_without_its_shape(extractor: Extractor, body: str) -> None:
    assert not any(f[1] == "Investment" for f in _figures(_run_en(extractor, body)))


def test_a_price_sinking_into_the_close_is_its_move(extractor: Extractor) -> None:
    figures = _figures(_run_en(extractor, "Shares of Nvidia sank 5% into the close."))
    assert {(f[0], f[1], f[2]) for f in figures} == {("Nvidia", "StockPriceChange", Decimal("-5"))}
