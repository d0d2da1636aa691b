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


# --- an adjective before a described name --------------------------------------------------

def test_adjective_of_a_description_is_no_unknown_owner(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Shares of Chinese electric carmaker Nio rose 5.5% in New York "
                               "on Friday.", lang="en", headline="Nio delivers more cars")
    assert ("Nio", "StockPriceChange", Decimal("5.5"), "Percent") in facts(x)


def test_unknown_rival_after_an_adjective_keeps_the_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nio showed a new sedan. Shares of Chinese rival Hexin Auto "
                               "jumped 5.5% on Friday.", lang="en", headline="Nio shows a sedan")
    assert not {f for f in x.figures if f.about == "Nio" and f.metric == "StockPriceChange"}


# --- an index named by its long name ------------------------------------------------------

def test_index_named_by_its_long_name(extractor: Extractor) -> None:
    x = helpers.run(extractor, "The Nikkei 225 Stock Average climbed 0.9% to 50,870.12.",
                    lang="en", headline="Tokyo stocks rise")
    got = facts(x)
    assert ("Nikkei 225", "IndexLevel", Decimal("50870.12"), "Points") in got
    assert ("Nikkei 225", "StockPriceChange", Decimal("0.9"), "Percent") in got


# --- a unit word right before a name names that one ----------------------------------------

def test_subsidiary_word_before_its_name(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Frachttochter Lufthansa Cargo steigerte ihren operativen "
                               "Gewinn auf 140 Millionen Euro.", headline="Lufthansa legt zu")
    assert ("Lufthansa Cargo", "Profit", Decimal(140000000), "EUR") in facts(x)
    x = helpers.run(extractor, "Its subsidiary Lufthansa Cargo raised operating profit to "
                               "EUR140 million.", lang="en", headline="Lufthansa gains")
    assert ("Lufthansa Cargo", "Profit", Decimal(140000000), "EUR") in facts(x)


def test_unit_named_only_generically_takes_no_name(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Frachtsparte steigerte ihren operativen Gewinn auf 140 "
                               "Millionen Euro.", headline="Lufthansa legt zu")
    assert not {f for f in x.figures if f.value == Decimal(140000000)}
