"""Rule families, on sentences written for the test: EBITA is a profit
word beside EBIT and EBITDA; a split verb whose particle closes the clause gives a level's
change its sign ("ging um 6 Prozent auf 42.100 Fahrzeuge zurück"); after sentences that go
through a company's parts in turn, a figure the next sentence leaves unnamed is the group's;
a seat phrase the catalogue cannot place never means a company named only in the headline;
gross merchandise volume (Bruttowarenvolumen, GMV) is a business figure filed as `Other`.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- EBITA ---


@pytest.mark.parametrize("word", ["operative Ebita", "operative EBITA"])
def test_ebita_is_profit(extractor: Extractor, word: str) -> None:
    x = run(extractor, f"Bei Brenntag sank das {word} um 2,3 Prozent auf 1,08 Milliarden Euro.",
            headline="Brenntag legt Zahlen vor")
    facts = figure_facts(x)
    assert ("Brenntag", "ProfitGrowth", Decimal("-2.3"), "Percent") in facts
    assert ("Brenntag", "Profit", Decimal("1080000000"), "EUR") in facts
    assert ("Brenntag", "StockPriceChange", Decimal("-2.3"), "Percent") not in facts


def test_english_ebita_is_profit(extractor: Extractor) -> None:
    x = run(extractor, "Brenntag said its operating EBITA fell 2.3% to 1.08 billion euros.",
            lang="en", headline="Brenntag results")
    facts = figure_facts(x)
    assert ("Brenntag", "Profit", Decimal("1080000000"), "EUR") in facts
    assert ("Brenntag", "Revenue", Decimal("1080000000"), "EUR") not in facts


# --- a split verb's particle signs a level's change ---


def test_particle_closing_the_clause_signs_the_change(extractor: Extractor) -> None:
    x = run(extractor, "Bei Porsche ging der Absatz um 6 Prozent auf 42.100 Fahrzeuge zurück.",
            headline="Porsche liefert weniger aus")
    facts = figure_facts(x)
    assert ("Porsche", "Other", Decimal("-6"), "Percent") in facts
    assert ("Porsche", "Other", Decimal("6"), "Percent") not in facts


def test_rising_particle_keeps_the_change_positive(extractor: Extractor) -> None:
    # look-alike: the particle of a verb of rise
    x = run(extractor, "Bei Porsche stieg der Absatz um 6 Prozent auf 42.100 Fahrzeuge an.",
            headline="Porsche liefert mehr aus")
    assert ("Porsche", "Other", Decimal("6"), "Percent") in figure_facts(x)


def test_level_with_a_later_fall_keeps_its_value(extractor: Extractor) -> None:
    # look-alike: a margin, and a fall told in a clause of its own after it
    x = run(extractor, "Die Marge von Porsche lag bei 6 Prozent, der Absatz ging dagegen zurück.",
            headline="Porsche Zahlen")
    facts = figure_facts(x)
    assert ("Porsche", "Other", Decimal("6"), "Percent") in facts
    assert ("Porsche", "Other", Decimal("-6"), "Percent") not in facts


# --- parts in turn: the next unnamed figure is the group's ---

_PARTS = ("Brenntag hat sein Ergebnis gehalten. In der Sparte Brenntag Essentials fiel das "
          "operative Ebita um 6,1 Prozent auf 492 Millionen Euro. Brenntag Specialties "
          "steigerte das Ergebnis dagegen um 3,4 Prozent auf 671 Millionen Euro.\n")


def test_figure_after_parts_in_turn_is_the_groups(extractor: Extractor) -> None:
    x = run(extractor, _PARTS + "Die jährlichen Kosteneinsparungen erreichten zuletzt "
                                "240 Millionen Euro.", headline="Brenntag Zahlen")
    facts = figure_facts(x)
    assert ("Brenntag", "Other", Decimal("240000000"), "EUR") in facts
    assert ("Brenntag Specialties", "Other", Decimal("240000000"), "EUR") not in facts
    assert ("Brenntag Specialties", "Profit", Decimal("671000000"), "EUR") in facts


def test_margin_after_parts_in_turn_is_the_groups(extractor: Extractor) -> None:
    x = run(extractor, "Sartorius hat mehr umgesetzt. Die Sparte Bioprocess Solutions steigerte "
                       "den Umsatz um 8,8 Prozent auf 721 Millionen Euro, ihr Auftragseingang "
                       "wuchs um 11 Prozent. In der Sparte Lab Products & Services sank der "
                       "Umsatz dagegen um 1,4 Prozent auf 181 Millionen Euro.\nDie Marge "
                       "verbesserte sich auf 29,6 Prozent.", headline="Sartorius Zahlen")
    facts = figure_facts(x)
    assert ("Sartorius", "Other", Decimal("29.6"), "Percent") in facts
    assert ("Lab Products & Services", "Other", Decimal("29.6"), "Percent") not in facts


def test_figure_after_one_part_stays_the_parts(extractor: Extractor) -> None:
    # look-alike: one part only, the sentence after goes on about it
    x = run(extractor, "Brenntag hat sein Ergebnis gehalten. Die Sparte Brenntag Specialties "
                       "steigerte das Ergebnis um 3,4 Prozent auf 671 Millionen Euro. Ihr "
                       "Umsatz stieg um 2 Prozent auf 3,1 Milliarden Euro.",
            headline="Brenntag Zahlen")
    facts = figure_facts(x)
    assert ("Brenntag Specialties", "Revenue", Decimal("3100000000"), "EUR") in facts
    assert ("Brenntag", "Revenue", Decimal("3100000000"), "EUR") not in facts


# --- a seat phrase means no company named only in the headline ---


def test_seat_phrase_skips_a_company_of_the_headline_only(extractor: Extractor) -> None:
    x = run(extractor, "Der Industriekonzern Thyssenkrupp ist in die Verlustzone gerutscht. "
                       "Der Umsatz sank um 5 Prozent, wie das Essener Unternehmen mitteilte. Die "
                       "Energieholding EPCG stockt ihre Beteiligung an der Stahlsparte auf.",
            headline="Thyssenkrupp schreibt rote Zahlen – EPCG übernimmt Hälfte der Stahlsparte")
    found = triples(x)
    assert ("EPCG", "locatedIn", "Essen") not in found
    assert ("Thyssenkrupp", "locatedIn", "Essen") in found


def test_headline_company_gets_no_seat_of_a_body_reference(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat am Montag eine Übernahme angekündigt. Der Umsatz stieg, wie "
                       "das Stuttgarter Unternehmen mitteilte. Der Softwareanbieter Voltrix "
                       "hat 200 Mitarbeiter.", headline="Siemens kauft Voltrix")
    assert ("Voltrix", "locatedIn", "Stuttgart") not in triples(x)


def test_seat_phrase_still_means_a_company_just_named_in_the_body(extractor: Extractor) -> None:
    # look-alike: the company the catalogue places nowhere is named in the sentence before
    x = run(extractor, "Siemens übernimmt den Softwareanbieter Voltrix für 300 Millionen Euro. "
                       "Das Stuttgarter Unternehmen hat 200 Mitarbeiter.",
            headline="Siemens kauft zu")
    assert ("Voltrix", "locatedIn", "Stuttgart") in triples(x)


# --- gross merchandise volume is a business figure of its own ---


@pytest.mark.parametrize("word", ["Das Bruttowarenvolumen (GMV)", "Das GMV"])
def test_gross_merchandise_volume_is_other(extractor: Extractor, word: str) -> None:
    x = run(extractor, f"Zalando ist gewachsen. {word} stieg um 14 Prozent auf 4,3 Milliarden Euro.",
            headline="Zalando Zahlen")
    facts = figure_facts(x)
    assert ("Zalando", "Other", Decimal("14"), "Percent") in facts
    assert ("Zalando", "Other", Decimal("4300000000"), "EUR") in facts
    assert ("Zalando", "StockPriceChange", Decimal("14"), "Percent") not in facts


def test_revenue_beside_gross_merchandise_volume_stays_revenue(extractor: Extractor) -> None:
    # look-alike: the sales told after it keep their metric
    x = run(extractor, "Zalando ist gewachsen. Das GMV stieg um 14 Prozent, der Umsatz kletterte "
                       "um 12 Prozent auf 2,96 Milliarden Euro.", headline="Zalando Zahlen")
    facts = figure_facts(x)
    assert ("Zalando", "RevenueGrowth", Decimal("12"), "Percent") in facts
    assert ("Zalando", "Revenue", Decimal("2960000000"), "EUR") in facts
