"""Figure forms the extractor missed on articles it was not fitted to, each
one that holds for any article: a target in a table of houses whose column
heading names it, a currency abbreviation glued to the digits ("SFr168"),
the new value before the old ("auf 92 von 88 Franken"), the price a move
ended at before a verb of loss, a cause between the verb and the move, an
adjective before a described name, an index as the antecedent of the
relative clause of its move, an index level told by the verb alone. Each on
sentences written for the test, with a look-alike that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.nlp.quantities import find_quantities
from kg.records import Extraction


def facts(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    return {(f.about, f.metric, f.value, f.unit) for f in x.figures}


def by_house(x: Extraction) -> set[tuple[str, str, Decimal | None, str | None]]:
    return {(f.about, f.metric, f.value, f.estimated_by) for f in x.figures}


# --- a currency abbreviation glued to the digits -------------------------------------------

def test_swiss_franc_abbreviation_glued_to_the_digits() -> None:
    got = [(q.value, q.unit) for q in find_quantities(
        "Lindt shares closed at SFr112.40, valuing the group at SFr26bn.", "en")]
    assert got == [(Decimal("112.40"), "CHF"), (Decimal(26000000000), "CHF")]


def test_letters_inside_a_word_are_no_currency() -> None:
    assert [q.unit for q in find_quantities("The XSFr5 model ships next year.", "en")] != ["CHF"]


def test_glued_franc_target(extractor: Extractor) -> None:
    x = helpers.run(extractor, "UBS raised its price target for Nestle to SFr118 from SFr104.",
                    lang="en", headline="Nestle upgraded")
    assert ("Nestlé", "PriceTarget", Decimal(118), "CHF") in facts(x)


# --- an index named by its long name ------------------------------------------------------

def test_index_named_by_its_long_name(extractor: Extractor) -> None:
    x = helpers.run(extractor, "The Nikkei 225 Stock Average climbed 0.9% to 50,870.12.",
                    lang="en", headline="Tokyo stocks rise")
    got = facts(x)
    assert ("Nikkei 225", "IndexLevel", Decimal("50870.12"), "Points") in got
    assert ("Nikkei 225", "StockPriceChange", Decimal("0.9"), "Percent") in got
