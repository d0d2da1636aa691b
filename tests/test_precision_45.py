"""Wrong facts of the precision45 families, each fixed so that it holds for any article:

* "Aurubis legten 4 Prozent zu. Die Deutsche Bank stufte die Aktie auf 'Sell' ab": in a
  market report, "die Aktie" right after a line on one company's move is that mover's share,
  not the headline company's; after a line moving several, no rating at all.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import rating_facts
from helpers import run as _run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _covers(x: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "covers"}


# --- "die Aktie" right after a mover line is the mover's share -------------------------------------

def test_share_after_mover_line_is_the_movers(extractor: Extractor) -> None:
    x = _run(extractor, "Der Dax stieg leicht. Aurubis legten 4 Prozent zu. "
             "Die Deutsche Bank stufte die Aktie auf 'Sell' ab.", "de", "Siemens-Aktie im Fokus")
    assert rating_facts(x) == {("Deutsche Bank", "Aurubis", "Sell")}
    assert ("Deutsche Bank", "Siemens") not in _covers(x)


def test_stock_after_mover_line_is_the_movers_en(extractor: Extractor) -> None:
    x = _run(extractor, "The Dax edged higher. Aurubis rose 4%. "
             "Deutsche Bank downgraded the stock to sell.", "en", "Siemens shares in focus")
    assert {(by, about) for by, about, _ in rating_facts(x)} == {("Deutsche Bank", "Aurubis")}


def test_two_movers_before_give_no_rating(extractor: Extractor) -> None:
    x = _run(extractor, "Aurubis legten 4 Prozent zu, Salzgitter gewannen 3 Prozent. "
             "Die Deutsche Bank stufte die Aktie auf 'Sell' ab.", "de", "Siemens-Aktie im Fokus")
    assert not any(by == "Deutsche Bank" for by, _, _ in rating_facts(x))


def test_rating_naming_its_company_keeps_it(extractor: Extractor) -> None:
    x = _run(extractor, "Aurubis legten 4 Prozent zu. "
             "Die Deutsche Bank stufte Siemens auf 'Sell' ab.", "de", "Siemens-Aktie im Fokus")
    assert rating_facts(x) == {("Deutsche Bank", "Siemens", "Sell")}


def test_headline_company_moving_keeps_its_rating(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens legten 4 Prozent zu. "
             "Die Deutsche Bank stufte die Aktie auf 'Sell' ab.", "de", "Siemens-Aktie im Fokus")
    assert rating_facts(x) == {("Deutsche Bank", "Siemens", "Sell")}

