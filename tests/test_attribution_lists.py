"""Numbers listed with "respectively" pair in order with the names listed
before them (``kg.nlp.attribution.respective``), on sentences written for the
test."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor


def _figures(extractor: Extractor, body: str, headline: str) -> set[tuple[str, str, float, str | None]]:
    found = run(extractor, body, lang="en", headline=headline)
    return {(f.about, f.metric, float(f.value), f.estimated_by) for f in found.figures}


def test_targets_pair_with_the_houses_in_order(extractor: Extractor) -> None:
    found = _figures(extractor, "Morgan Stanley and UBS set price targets of $95 and $105 on "
                     "Pfizer, respectively.", "Pfizer draws upbeat notes")
    assert ("Pfizer", "PriceTarget", 95, "Morgan Stanley") in found
    assert ("Pfizer", "PriceTarget", 105, "UBS") in found
    assert ("Pfizer", "PriceTarget", 95, "UBS") not in found


def test_more_houses_than_targets_credit_no_house(extractor: Extractor) -> None:
    found = _figures(extractor, "Morgan Stanley, UBS and Jefferies set price targets of $95 and "
                     "$105 on Pfizer, respectively.", "Pfizer draws upbeat notes")
    assert {f[3] for f in found if f[1] == "PriceTarget"} <= {None}


def test_moves_pair_with_the_companies_in_order(extractor: Extractor) -> None:
    found = _figures(extractor, "Shares of Pfizer and Qiagen rose 3% and 5%, respectively.",
                     "Drug makers gain")
    moves = {(f[0], f[2]) for f in found if f[1] == "StockPriceChange"}
    assert ("Pfizer", 3) in moves and ("Qiagen", 5) in moves
    assert ("Qiagen", 3) not in moves and ("Pfizer", 5) not in moves


def test_one_name_keeps_both_numbers(extractor: Extractor) -> None:
    """The look-alike: one company's two figures listed with "respectively"."""
    found = _figures(extractor, "Pfizer said revenue and profit rose 5% and 8%, respectively.",
                     "Pfizer beats estimates")
    assert {f[0] for f in found} <= {"Pfizer"}
    assert any(f[2] == 5 for f in found)


# German lists: the pairing word ("beziehungsweise", "bzw.", "respektive") most often stands
# between the numbers, not after them.

def _german(extractor: Extractor, body: str, headline: str) -> set[tuple[str, str, float]]:
    found = run(extractor, body, lang="de", headline=headline)
    return {(f.about, f.metric, float(f.value)) for f in found.figures}


def test_german_moves_pair_with_the_companies_in_order(extractor: Extractor) -> None:
    found = _german(extractor, "Die Papiere von Siemens und SAP legten um 2 Prozent "
                    "beziehungsweise 3 Prozent zu.", "Dax-Werte gefragt")
    assert ("Siemens", "StockPriceChange", 2) in found and ("SAP", "StockPriceChange", 3) in found
    assert ("SAP", "StockPriceChange", 2) not in found
    assert ("Siemens", "StockPriceChange", 3) not in found


def test_german_abbreviated_pairing_gives_the_last_number_to_the_last_name(
        extractor: Extractor) -> None:
    # the first number shares the unit written once after the last; the second is SAP's alone
    found = _german(extractor, "Siemens und SAP legten um 2 bzw. 3 Prozent zu.", "Dax-Werte gefragt")
    assert ("SAP", "StockPriceChange", 3) in found
    assert ("Siemens", "StockPriceChange", 3) not in found


def test_german_amounts_pair_with_the_companies_in_order(extractor: Extractor) -> None:
    found = _german(extractor, "Siemens und SAP meldeten einen Umsatz von 5 Milliarden Euro "
                    "bzw. 8 Milliarden Euro.", "Quartalszahlen")
    assert ("Siemens", "Revenue", 5e9) in found and ("SAP", "Revenue", 8e9) in found
    assert ("SAP", "Revenue", 5e9) not in found


def test_german_one_company_keeps_both_numbers(extractor: Extractor) -> None:
    """The look-alike: two metrics of the one company the article is about."""
    found = _german(extractor, "Umsatz und Gewinn stiegen um 5 Prozent beziehungsweise 8 Prozent.",
                    "Siemens wächst")
    assert found and {f[0] for f in found} == {"Siemens"}
