"""Relations of the twenty-first round, on sentences written for the test: a reference by
the industry a company makes ("den Ziegelhersteller", "den Baukonzern") means a maker of
building materials named before it, never the utility the article is about (the industries of
the Vienna market's index members are known); where the article's subject is such a maker, the
reference still means it.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _covers(x: Extraction) -> set[tuple[str, str]]:
    """The (house, company) pairs of ``covers``."""
    return {(s, o) for s, p, o in triples(x) if p == "covers"}


def _targets(x: Extraction) -> set[tuple[str | None, object, str | None]]:
    """The price targets as (company, value, house)."""
    return {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


def test_brickmaker_is_no_utility(extractor: Extractor) -> None:
    x = run(extractor, "RWE-Aktien stiegen um 2 Prozent. RWE hob die Prognose an. "
            "RWE liefert Strom an Heidelberg Materials. "
            "Die Analysten der Deutschen Bank hatten den Ziegelhersteller von \"Buy\" auf "
            "\"Hold\" abgestuft und das Kursziel auf 60 Euro gesenkt.", "de",
            "RWE hebt die Prognose an")
    assert _covers(x) == {("Deutsche Bank", "Heidelberg Materials")}
    assert _targets(x) == {("Heidelberg Materials", 60, "Deutsche Bank")}


def test_builder_of_the_vienna_market_is_no_utility(extractor: Extractor) -> None:
    # the industries of the ATX members are known: the builder named before, not the utility
    # the article is about
    x = run(extractor, "Verbund-Aktien stiegen um 2 Prozent. Verbund hob die Prognose an. "
            "Verbund liefert Strom an Strabag. Die Analysten "
            "der Baader Bank haben den Baukonzern auf \"Reduce\" abgestuft und das Kursziel "
            "auf 40 Euro gesenkt.", "de",
            "Verbund hebt die Prognose an")
    assert _covers(x) == {("Baader Bank", "Strabag")}
    assert _targets(x) == {("Strabag", 40, "Baader Bank")}


def test_brickmaker_that_the_article_is_about(extractor: Extractor) -> None:
    # look-alike: the article's subject makes building materials, so the reference is its
    x = run(extractor, "Holcim-Aktien stiegen um 2 Prozent. Holcim hob die Prognose an. "
            "Die Analysten der Deutschen Bank haben den Ziegelhersteller von \"Hold\" auf "
            "\"Buy\" hochgestuft und das Kursziel auf 90 Euro angehoben.", "de",
            "Holcim hebt die Prognose an")
    assert _covers(x) == {("Deutsche Bank", "Holcim")}
    assert _targets(x) == {("Holcim", 90, "Deutsche Bank")}

