"""Wrong facts of the precision43 families, each fixed so that it holds for any article:

* "Siemens shares fell 3% after a 10% rise in costs": a change bound to another noun
  (costs, prices) is that noun's, no second move of the share.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _run(extractor: Extractor, text: str, lang: str, headline: str | None = None) -> Extraction:
    return run(extractor, text, lang, headline or ("Marktbericht" if lang == "de" else "Market report"))


def _metric(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(about, value) for about, m, value, _ in figure_facts(x) if m == metric}


# --- a change bound to another noun is no move of the share ---------------------------------------

def test_rise_in_costs_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens shares fell 3% after a 10% rise in costs.", "en")
    assert _metric(x, "StockPriceChange") == {("Siemens", Decimal("-3"))}


def test_prices_rising_in_a_clause_of_cause_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "BASF shares dropped 4% after natural gas prices rose 12%.", "en")
    assert _metric(x, "StockPriceChange") == {("BASF", Decimal("-4"))}


def test_german_costs_rising_after_nachdem_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Die Siemens-Aktie fiel um 3 Prozent, nachdem die Kosten um 10 Prozent "
                        "gestiegen waren.", "de")
    assert _metric(x, "StockPriceChange") == {("Siemens", Decimal("-3"))}


def test_german_rise_of_prices_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Die BASF-Aktie gab um 2 Prozent nach einem Anstieg der Gaspreise um "
                        "15 Prozent nach.", "de")
    assert ("BASF", Decimal("15")) not in _metric(x, "StockPriceChange")


def test_rise_in_another_company_s_shares_stays_a_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens shares rose 3% after a 10% rise in Alstom shares.", "en")
    assert ("Alstom", Decimal("10")) in _metric(x, "StockPriceChange")


def test_earlier_fall_of_the_papers_stays_a_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Die Siemens-Aktie stieg um 3 Prozent, nachdem die Papiere am Vortag um "
                        "10 Prozent gefallen waren.", "de")
    assert ("Siemens", Decimal("-10")) in _metric(x, "StockPriceChange")


def test_revenue_growth_as_cause_keeps_its_metric(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens shares rose 3% as revenue grew 10%.", "en")
    assert _metric(x, "StockPriceChange") == {("Siemens", Decimal("3"))}
    assert _metric(x, "RevenueGrowth") == {("Siemens", Decimal("10"))}
