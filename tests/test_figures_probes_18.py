"""Figures a probe sentence got wrong or missed: a figure after a sentence that
opens with a possessive pronoun ("Its switches link Nvidia's GPUs"), which goes
on about the subject before it and names only objects. Each rule on sentences
written for the test, with look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- "Its switches link Nvidia's GPUs. Revenue jumped 40%": the subject before the pronoun ----

def test_a_sentence_opening_with_its_passes_its_names_over(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Arista Networks sells network gear to data centres. Its switches "
                    "connect Nvidia's chips inside the servers. In the third quarter, revenue "
                    "jumped 40% to $2 billion.", lang="en", headline="Network gear in demand")
    assert facts(x, "RevenueGrowth") == {("Arista Networks", Decimal(40))}
    assert facts(x, "Revenue") == {("Arista Networks", Decimal(2000000000))}


def test_a_sentence_opening_with_seine_passes_its_names_over(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Infineon liefert Chips an die Autoindustrie. Seine Sensoren "
                    "nutzt BMW in allen Wagen. Im dritten Quartal stieg der Umsatz um "
                    "12 Prozent.", headline="Chips gefragt")
    assert facts(x, "RevenueGrowth") == {("Infineon Technologies", Decimal(12))}


def test_a_sentence_opening_with_a_name_keeps_it_as_subject(extractor: Extractor) -> None:
    # look-alike: the sentence before opens with its subject, which the figure goes on about
    x = helpers.run(extractor, "Arista Networks sells network gear to data centres. Nvidia raised "
                    "its forecast for the year. In the third quarter, revenue jumped 40%.",
                    lang="en", headline="Chip demand")
    assert facts(x, "RevenueGrowth") == {("Nvidia", Decimal(40))}
    x = helpers.run(extractor, "Infineon liefert Chips an die Autoindustrie. BMW hob seine "
                    "Prognose an. Im dritten Quartal stieg der Umsatz um 12 Prozent.",
                    headline="Autobauer optimistisch")
    assert facts(x, "RevenueGrowth") == {("BMW", Decimal(12))}
