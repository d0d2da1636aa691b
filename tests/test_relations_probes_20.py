"""Relations of the twentieth round, on sentences written for the test: a bank named as an
adviser on a deal ("which is being advised by X and Y", "its advisers, X and Y", "X is
advising Y on the deal", "beraten von der X", "Als Berater fungieren X und Y") is no analyst
house: it covers no one and forecasts none of the figures near it, while an analyst of the
same bank ("X analyst Jane Doe said") or a bank advising clients to buy still covers.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire, or must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


def _estimators(x: Extraction) -> set[str | None]:
    """Whose forecasts the figures are (None: no institution's)."""
    return {f.estimated_by for f in x.figures}


# --- advisers on a deal: no coverage, no forecast -------------------------------------------


def test_bidder_advised_by_banks_keeps_its_own_outlook(extractor: Extractor) -> None:
    x = run(extractor, "Siemens offered to buy Alstom. Siemens, which is being advised by "
            "JPMorgan and Barclays, said it expects about $500 million in annual cost savings "
            "by 2028.", "en", "Siemens bids for Alstom")
    assert _of(x, "covers") == set()
    assert [(f.about, f.value, f.estimated_by) for f in x.figures] == [("Siemens", 500000000, None)]


def test_adviser_in_the_sentence_before_forecasts_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Alstom said it would review the offer with its advisers, Goldman Sachs "
            "and Barclays. The company expects savings of $200 million by 2027.", "en",
            "Alstom reviews bid")
    assert _of(x, "covers") == set()
    assert _estimators(x) == {None}


def test_bank_advising_on_the_deal_forecasts_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Siemens offered to buy Alstom. Goldman Sachs is advising Alstom on the "
            "deal, and Barclays acted as financial adviser to Siemens. Alstom expects savings "
            "of $200 million by 2027.", "en", "Siemens bids for Alstom")
    assert _of(x, "covers") == set()
    assert [(f.about, f.estimated_by) for f in x.figures] == [("Alstom", None)]


def test_analyst_of_a_bank_still_covers(extractor: Extractor) -> None:
    # look-alikes: the bank's analyst, and a bank advising clients to buy the stock
    x = run(extractor, "Morgan Stanley analyst Jane Doe said Siemens shares could rise to $150.",
            "en", "Siemens shares")
    assert _of(x, "covers") == {("Morgan Stanley", "Siemens")}
    assert _estimators(x) == {"Morgan Stanley"}
    x = run(extractor, "Morgan Stanley advised clients to buy Siemens shares, setting a price "
            "target of $150.", "en", "Siemens shares")
    assert _of(x, "covers") == {("Morgan Stanley", "Siemens")}
    assert _estimators(x) == {"Morgan Stanley"}


def test_german_bidder_advised_by_banks_keeps_its_own_outlook(extractor: Extractor) -> None:
    x = run(extractor, "Bayer will Qiagen kaufen. Bayer, die von der Deutschen Bank und Goldman "
            "Sachs beraten wird, erwartet Einsparungen von rund 300 Millionen Euro bis 2027.",
            "de", "Bayer-Gebot für Qiagen")
    assert _of(x, "covers") == set()
    assert _estimators(x) == {None}


def test_german_advisers_before_an_outlook_forecast_nothing(extractor: Extractor) -> None:
    for advisers in ("Als Berater fungieren die Deutsche Bank und JPMorgan.",
                     "Die Deutsche Bank berät Bayer bei der Übernahme."):
        x = run(extractor, f"Bayer will Qiagen kaufen. {advisers} Bayer erwartet Einsparungen "
                "von 300 Millionen Euro bis 2027.", "de", "Bayer-Gebot für Qiagen")
        assert _of(x, "covers") == set()
        assert [(f.about, f.estimated_by) for f in x.figures] == [("Bayer", None)]


def test_german_analyst_still_covers(extractor: Extractor) -> None:
    # look-alikes: an analyst of the bank, and "beraten über" (to discuss), no advice
    x = run(extractor, "Deutsche-Bank-Analyst Max Muster erwartet für Bayer einen Gewinn von 3 "
            "Milliarden Euro.", "de", "Bayer-Aktie")
    assert _of(x, "covers") == {("Deutsche Bank", "Bayer")}
    assert _estimators(x) == {"Deutsche Bank"}
    x = run(extractor, "Die Analysten von JPMorgan beraten über ihre Einschätzung. JPMorgan "
            "erwartet für Bayer einen Gewinn von 3 Milliarden Euro.", "de", "Bayer-Aktie")
    assert _of(x, "covers") == {("JPMorgan", "Bayer")}
    assert _estimators(x) == {"JPMorgan"}
