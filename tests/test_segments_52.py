"""Figures of segments named by a unit noun, each owned by the segment named there:

* "Im Bereich Metals & Mining sank der Auftragseingang um 5 Prozent": after "Bereich" a name
  of words joined by "&" is a unit of the article's company, and the figure is that unit's,
  never the unit a sentence before named; "im Bereich Künstliche Intelligenz" names a field,
  no unit;
* "Im Segment Lebensmitteltechnik sank der Umsatz auf 90 Millionen Euro" beside "das Segment
  Abfüll- und Verpackungstechnik": a one-word name after "Segment" is a unit where the
  article reports another unit of the company by such a noun; alone, "im Segment
  Elektroautos" names a market.

Listed companies are real catalogue entries; the units and facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _units(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type == "BusinessUnit"}


def _abouts(x: Extraction, value: Decimal) -> set[str]:
    return {about for about, _m, v, _u in figure_facts(x) if v == value}


# --- "im Bereich X & Y" ---------------------------------------------------------------------------

_AREA = ("Der Anlagenbauer Andritz hat im zweiten Quartal mehr Aufträge erhalten. Getragen wurde "
         "das Wachstum vom Geschäftsbereich Hydroenergie, der einen Großauftrag erhielt. ")


def test_joined_area_name_owns_its_figure(extractor: Extractor) -> None:
    x = run(extractor, _AREA + "Im Bereich Metals & Mining blieb die Nachfrage schwach; hier sank "
            "der Auftragseingang um 5 Prozent.", headline="Andritz erhält mehr Aufträge")
    assert "Metals & Mining" in _units(x)
    assert _abouts(x, Decimal(-5)) == {"Metals & Mining"}


def test_joined_area_name_opening_the_clause(extractor: Extractor) -> None:
    x = run(extractor, "Der Anlagenbauer Andritz hat im zweiten Quartal mehr Aufträge erhalten. "
            "Im Bereich Metals & Mining sank der Auftragseingang um 5 Prozent.",
            headline="Andritz erhält mehr Aufträge")
    assert _abouts(x, Decimal(-5)) == {"Metals & Mining"}


def test_field_after_area_noun_is_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Der Anlagenbauer Andritz hat im zweiten Quartal mehr Aufträge erhalten. "
            "Im Bereich Künstliche Intelligenz sank der Auftragseingang um 5 Prozent.",
            headline="Andritz erhält mehr Aufträge")
    assert "Künstliche Intelligenz" not in _units(x)
    assert "Künstliche Intelligenz" not in _abouts(x, Decimal(-5))


def test_group_total_after_area_sentence_stays_the_company_s(extractor: Extractor) -> None:
    x = run(extractor, _AREA + "Im Bereich Metals & Mining sank der Auftragseingang um 5 Prozent. "
            "Insgesamt stieg der Umsatz des Konzerns um 3 Prozent auf 1,9 Milliarden Euro.",
            headline="Andritz erhält mehr Aufträge")
    assert _abouts(x, Decimal(-5)) == {"Metals & Mining"}
    assert "Metals & Mining" not in _abouts(x, Decimal(1_900_000_000))


# --- "im Segment X" beside another segment --------------------------------------------------------

_SEGMENTS = ("Krones hat im dritten Quartal mehr umgesetzt. Größter Treiber war das Segment Abfüll- "
             "und Verpackungstechnik. Dessen Umsatz wuchs um 8 Prozent auf 1,05 Milliarden Euro. ")


def test_one_word_segment_beside_another_segment(extractor: Extractor) -> None:
    x = run(extractor, _SEGMENTS + "Im Segment Lebensmitteltechnik sank der Umsatz dagegen auf 90 "
            "Millionen Euro.", headline="Krones wächst")
    assert {"Abfüll- und Verpackungstechnik", "Lebensmitteltechnik"} <= _units(x)
    assert _abouts(x, Decimal(90_000_000)) == {"Lebensmitteltechnik"}
    assert _abouts(x, Decimal(1_050_000_000)) == {"Abfüll- und Verpackungstechnik"}


def test_one_word_segment_alone_names_a_market(extractor: Extractor) -> None:
    x = run(extractor, "Krones hat im dritten Quartal mehr umgesetzt. Im Segment Getränkedosen "
            "stieg der Umsatz um 4 Prozent.", headline="Krones wächst")
    assert "Getränkedosen" not in _units(x)
    assert "Getränkedosen" not in _abouts(x, Decimal(4))


# --- "X, its …, fell 4%": the name before the apposition --------------------------------------------

_DRUGS = "Novo Nordisk reported third-quarter sales on Wednesday. "


def test_product_before_apposed_pronoun_owns_its_change(extractor: Extractor) -> None:
    x = run(extractor, _DRUGS + "Sales of Wegovy climbed 11% to 19.2 billion crowns, while Ozempic, "
            "its diabetes drug, fell 7% to 27.5 billion crowns.", lang="en",
            headline="Novo Nordisk sales rise")
    assert ("Ozempic", "RevenueGrowth", Decimal(-7), "Percent") in figure_facts(x)
    assert "Novo Nordisk" not in _abouts(x, Decimal(-7))


def test_company_before_apposition_keeps_its_share_move(extractor: Extractor) -> None:
    x = run(extractor, _DRUGS + "Novo Nordisk, the Danish drugmaker, rose 4% to 690 crowns.", lang="en",
            headline="Novo Nordisk sales rise")
    assert ("Novo Nordisk", "StockPriceChange", Decimal(4), "Percent") in figure_facts(x)


def test_pronoun_without_apposition_names_no_product(extractor: Extractor) -> None:
    x = run(extractor, _DRUGS + "Sales of Wegovy climbed 11% to 19.2 billion crowns, and its shares "
            "fell 7% in Copenhagen.", lang="en", headline="Novo Nordisk sales rise")
    assert "Ozempic" not in _abouts(x, Decimal(-7))
    assert "Wegovy" not in _abouts(x, Decimal(-7))
