"""Share moves of two companies told in one list of numbers: "Hensoldt und Renk legten um 5,2
und 4,4 Prozent zu" pairs the numbers in order with the names, with or without a pairing
word, and a list that writes its percent sign once, after its last number, is a list of
percentages; a list of another count than the names pairs none."""

from __future__ import annotations

from decimal import Decimal

from helpers import report_moves

from kg.nlp.extract import Extractor
from kg.nlp.quantities import find_quantities


def test_percent_sign_written_once_after_a_list() -> None:
    units = [(q.value, q.unit) for q in find_quantities("um 5,2 und 4,4 Prozent", "de")]
    assert units == [(Decimal("5.2"), "Percent"), (Decimal("4.4"), "Percent")]
    units = [(q.value, q.unit) for q in find_quantities("um 7, 3 bzw. 1 Prozent", "de")]
    assert units == [(Decimal("7"), "Percent"), (Decimal("3"), "Percent"), (Decimal("1"), "Percent")]


def test_year_and_basis_points_keep_their_reading() -> None:
    """A year before the list is no percentage; basis points scale the last number only,
    so the bare one before them is no percentage of that scale."""
    units = [(q.value, q.unit) for q in find_quantities("im Jahr 2024 und 6 Prozent", "de")]
    assert units[0] == (Decimal("2024"), None)
    units = [(q.value, q.unit) for q in find_quantities("cut by 30 and 20 basis points", "en")]
    assert units[0] == (Decimal("30"), None)
    ranged = find_quantities("zwischen 2 und 3 Prozent", "de")
    assert len(ranged) == 1 and ranged[0].value is None


def test_two_names_two_moves_pair_in_order(extractor: Extractor) -> None:
    moves = report_moves(extractor, "Siemens und BASF legten um 5,2 und 4,4 Prozent zu.", "de")
    assert moves == {("Siemens", Decimal("5.2")), ("BASF", Decimal("4.4"))}
    moves = report_moves(extractor, "Siemens und BASF verloren 3,1 bzw. 2,4 Prozent.", "de")
    assert moves == {("Siemens", Decimal("-3.1")), ("BASF", Decimal("-2.4"))}
    moves = report_moves(extractor, "Siemens and BASF fell 3% and 2%.", "en")
    assert moves == {("Siemens", Decimal("-3")), ("BASF", Decimal("-2"))}


def test_list_of_another_count_pairs_none(extractor: Extractor) -> None:
    """Three names and two numbers: no number is sure to be any name's."""
    assert report_moves(extractor, "Siemens, BASF und SAP stiegen um 3 und 2 Prozent.", "de") == set()
    assert report_moves(extractor, "Siemens, BASF and SAP rose 3% and 2%.", "en") == set()


def test_profit_changes_of_two_names_are_no_share_moves(extractor: Extractor) -> None:
    body = "Siemens und BASF steigerten den Gewinn um 3 und 2 Prozent."
    assert report_moves(extractor, body, "de") == set()
