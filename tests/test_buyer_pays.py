"""An amount paid belongs to the buyer. The buyer usually opens its clause, but a clause
may name what was bought first ("the integration of Y, the lender X agreed to buy for
$4 billion"): the one name a verb of buying follows then pays.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _paid(x: Extraction) -> set[tuple[str | None, object]]:
    return {(f.about, f.value) for f in x.figures if f.metric == "Investment"}


def test_buyer_named_after_what_it_bought_pays(extractor: Extractor) -> None:
    x = run(extractor, "The chief executive said the integration of Commerzbank, the German "
            "lender UniCredit agreed to buy last year for about $9 billion, was on track.",
            "en", "UniCredit results")
    assert _paid(x) == {("UniCredit", 9_000_000_000)}


def test_buyer_opening_the_clause_still_pays(extractor: Extractor) -> None:
    # look-alike: the usual order, buyer first
    x = run(extractor, "UniCredit agreed to buy Commerzbank for about $9 billion.", "en",
            "UniCredit results")
    assert _paid(x) == {("UniCredit", 9_000_000_000)}
