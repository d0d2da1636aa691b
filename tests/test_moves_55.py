"""Share moves told in forms read late: a list of gains or losses after "mit"
("Siemens und BASF profitierten mit Aufschlägen von 5,2 und 4,4 Prozent") pairs its numbers
with the names in order, while premiums on a price and spreads in percentage points stay
no move."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, metric_facts, report_moves, run

from kg.nlp.extract import Extractor


def test_list_of_gains_after_mit_pairs_in_order(extractor: Extractor) -> None:
    moves = report_moves(extractor, "Auch Siemens und BASF profitierten mit Aufschlägen von 5,2 und "
                   "4,4 Prozent.", "de")
    assert moves == {("Siemens", Decimal("5.2")), ("BASF", Decimal("4.4"))}
    moves = report_moves(extractor, "Siemens und BASF schlossen mit Abschlägen von 3,1 bzw. 2,2 Prozent.",
                   "de")
    assert moves == {("Siemens", Decimal("-3.1")), ("BASF", Decimal("-2.2"))}


def test_premiums_spreads_and_uneven_lists_are_no_moves(extractor: Extractor) -> None:
    """A premium on a price, a discount to a value, a spread in points and three names for
    two numbers keep their reading: no gain of the names' shares."""
    moves = report_moves(extractor, "Siemens und BASF boten mit Aufschlägen von 30 und 25 Prozent auf "
                   "den Schlusskurs.", "de")
    assert ("Siemens", Decimal("30")) not in moves
    body = ("Die Anteile von Siemens und BASF werden mit Abschlägen von 30 und 25 Prozent zum "
            "Nettoinventarwert gehandelt.")
    assert report_moves(extractor, body, "de") == set()
    body = "Siemens und BASF verkauften Anleihen mit Aufschlägen von 1,2 und 1,5 Prozentpunkten."
    assert report_moves(extractor, body, "de") == set()
    body = "Siemens, BASF und SAP profitierten mit Aufschlägen von 5,2 und 4,4 Prozent."
    assert report_moves(extractor, body, "de") == set()


def test_sum_of_the_move_carries_the_share_on(extractor: Extractor) -> None:
    """"Seit Jahresbeginn summiert sich das Plus auf 84 Prozent" after a share's move is that
    share's move over the span; after a revenue's growth or an index's move it is none."""
    body = ("Die Siemens-Aktie kletterte um 7,8 Prozent. Seit Jahresbeginn summiert sich das Plus "
            "auf 84 Prozent.")
    assert report_moves(extractor, body, "de") == {("Siemens", Decimal("7.8")), ("Siemens", Decimal("84"))}
    body = ("Die Siemens-Aktie fiel um 7,8 Prozent. Seit Jahresbeginn beläuft sich das Minus auf "
            "12 Prozent.")
    assert ("Siemens", Decimal("-12")) in report_moves(extractor, body, "de")
    body = ("Der Umsatz von Siemens stieg im dritten Quartal um 5 Prozent. Seit Jahresbeginn "
            "summiert sich das Plus auf 8 Prozent.")
    assert report_moves(extractor, body, "de") == set()
    x = run(extractor, "Der Dax schloss 1,1 Prozent höher. Seit Jahresbeginn summiert sich das Plus "
            "auf 14 Prozent.", "de", headline="Aktien Frankfurt Schluss")
    assert Decimal("14") not in {value for _, value in metric_facts(x, "StockPriceChange")}


def _values(extractor: Extractor, body: str) -> set[tuple[str, Decimal | None]]:
    return metric_facts(run(extractor, body, "en", headline="Deal news"), "MarketCapitalization")


def test_valued_name_not_known_gives_the_subject_no_value(extractor: Extractor) -> None:
    """The subject did not value itself: a name the catalogue does not know between the verb and
    "at" leaves the value to no company, and a stake valued stays the stake's."""
    assert _values(extractor, "BASF valued Zorblax Minerals at 8 billion euros in its books.") == set()
    assert _values(extractor, "A funding round valued Siemens Healthineers at $11 billion.") \
        == {("Siemens Healthineers", Decimal("11000000000"))}
    assert _values(extractor, "The offer values Commerzbank's stake at 3 billion euros.") == set()
    assert _values(extractor, "BASF is valued at 40 billion euros.") == {("BASF", Decimal("40000000000"))}


def test_gap_to_the_price_after_a_target_is_its_upside(extractor: Extractor) -> None:
    """"Their average price target of $168 sits about 6% below the current share price" is a
    downside of 6%; the same gap after an offer's price is its premium or discount, no upside."""
    x = run(extractor, "Of the 26 analysts covering Siemens, 11 rate it a buy. Their average price "
            "target of $168 sits about 6% below the current share price of $179.", "en",
            headline="Analysts split")
    assert metric_facts(x, "UpsidePotential") == {("Siemens", Decimal("-6"))}
    x = run(extractor, "Goldman Sachs set a price target of $720 for Siemens, about 25% above the "
            "current share price.", "en", headline="Analysts split")
    assert metric_facts(x, "UpsidePotential") == {("Siemens", Decimal("25"))}
    for gap in ("6% below", "25% above"):
        x = run(extractor, f"BASF offered $50 a share for Siemens Energy, {gap} the current share "
                "price.", "en", headline="Deal news")
        assert metric_facts(x, "UpsidePotential") == set()


def test_a_downside_against_the_current_price_leaves_the_price_after_it(extractor: Extractor) -> None:
    """The words "below the current share price" make the 6% a downside and still let the
    "$179" after them be the share's price (the price words are not taken by the downside)."""
    x = run(extractor, "Palantir shares rallied this year. Their average price target of $168 "
            "sits about 6% below the current share price of $179.", "en", "Palantir rallies")
    facts = figure_facts(x)
    assert ("Palantir Technologies", "UpsidePotential", Decimal("-6"), "Percent") in facts
    assert ("Palantir Technologies", "SharePrice", Decimal("179"), "USD") in facts
