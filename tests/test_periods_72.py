"""The earlier value a figure is compared with, where no time word dates it: "came in at
712 million euros, up from 454 million euros", "stieg auf 10,9 Prozent nach 10,3 Prozent",
"lag bei 712 Millionen Euro gegenüber 454 Millionen Euro". News compares with the year
before unless it says otherwise, so the earlier value is of the period a year before the new
one. Each with a look-alike that keeps its other reading: a time word after the earlier value names its
period ("im Vorquartal", "in the previous quarter"), a name after it owns it ("bei Siemens
Energy"), words after it make it another kind of number ("expected by analysts")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction

_PUBLISHED = date(2026, 11, 12)
_EN_Q3 = ("Siemens third-quarter results", "Siemens reported third-quarter results on Thursday. ")
_DE_Q3 = ("Siemens: Zahlen zum dritten Quartal",
          "Siemens hat am Donnerstag Zahlen zum dritten Quartal 2026 vorgelegt. ")


def _q3(extractor: Extractor, lang: str, sentence: str) -> Extraction:
    """The extraction of a report on the third quarter of 2026 whose second sentence is
    ``sentence``."""
    headline, lead = _EN_Q3 if lang == "en" else _DE_Q3
    return run(extractor, lead + sentence, lang, headline=headline, published=_PUBLISHED)


def _periods(x: Extraction, metric: str) -> dict[Decimal | None, str | None]:
    """Each value of ``metric`` about Siemens with the period it was given."""
    return {f.value: f.period for f in x.figures if f.about == "Siemens" and f.metric == metric}


# --- an earlier value after "up from", "nach", "gegenüber" -----------------------------


def test_value_up_from_is_the_year_before(extractor: Extractor) -> None:
    x = _q3(extractor, "en", "Revenue came in at 712 million euros, up from 454 million euros.")
    assert _periods(x, "Revenue") == {Decimal(712000000): "Q3 2026", Decimal(454000000): "Q3 2025"}


def test_value_up_from_with_a_previous_quarter_is_that_quarter(extractor: Extractor) -> None:
    """Look-alike: a time word after the earlier value names its period."""
    x = _q3(extractor, "en", "Its margin rose to 12.1%, up from 11.8% in the previous quarter.")
    assert _periods(x, "Other") == {Decimal("12.1"): "Q3 2026", Decimal("11.8"): "Q2 2026"}


def test_value_versus_an_expected_one_is_no_earlier_value(extractor: Extractor) -> None:
    """Look-alike: the number after "versus" is what analysts expected, of no period."""
    x = _q3(extractor, "en", "Revenue came in at 712 million euros versus 700 million euros "
            "expected by analysts.")
    assert _periods(x, "Revenue").get(Decimal(700000000)) != "Q3 2025"
    assert _periods(x, "Revenue")[Decimal(712000000)] == "Q3 2026"


def test_german_value_after_nach_is_the_year_before(extractor: Extractor) -> None:
    x = _q3(extractor, "de", "Die Marge stieg auf 10,9 Prozent nach 10,3 Prozent.")
    assert _periods(x, "Other") == {Decimal("10.9"): "Q3 2026", Decimal("10.3"): "Q3 2025"}


def test_german_value_after_nach_im_vorquartal_is_the_quarter_before(extractor: Extractor) -> None:
    """Look-alike: "im Vorquartal" dates the earlier value the quarter before, not the year."""
    x = _q3(extractor, "de", "Die Marge stieg auf 10,9 Prozent nach 10,3 Prozent im Vorquartal.")
    assert _periods(x, "Other") == {Decimal("10.9"): "Q3 2026", Decimal("10.3"): "Q2 2026"}


def test_german_value_after_gegenueber_is_the_year_before(extractor: Extractor) -> None:
    x = _q3(extractor, "de", "Der Umsatz lag bei 712 Millionen Euro gegenüber 454 Millionen Euro.")
    assert _periods(x, "Revenue") == {Decimal(712000000): "Q3 2026", Decimal(454000000): "Q3 2025"}


def test_german_value_of_another_company_is_not_dated_the_year_before(extractor: Extractor) -> None:
    """Look-alike: "bei Siemens Energy" makes the second value another company's."""
    x = _q3(extractor, "de", "Der Umsatz lag bei 712 Millionen Euro gegenüber 454 Millionen Euro "
            "bei Siemens Energy.")
    assert _periods(x, "Revenue").get(Decimal(454000000)) != "Q3 2025"
    assert _periods(x, "Revenue")[Decimal(712000000)] == "Q3 2026"
