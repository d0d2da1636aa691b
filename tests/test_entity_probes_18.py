"""Entity probes on sentences written for the test.

* German verb-second: a company standing right after the finite verb of a sentence that
  opens with a time or place ("Am Nachmittag legte die X-Aktie zu", "Bei den Nebenwerten
  gewann der Baukonzern X") is that sentence's subject, so "Das Unternehmen" in the next
  sentence means it, not the article's earlier company; a name after a preposition or an
  object noun is no such subject.

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


_LEAD = ("Verbund-Aktien verteuerten sich um 2,1 Prozent. "
         "Verbund-Chef Otto Probe bestätigte die Prognose. ")
_REFERENCE = " Das Unternehmen steigerte den Umsatz im Quartal um 6 Prozent auf 4,1 Milliarden Euro."


def _revenue_of(extractor: Extractor, middle: str) -> set[str]:
    x = run(extractor, _LEAD + middle + _REFERENCE, lang="de",
            headline="Wiener Börse: Versorger gefragt")
    return {about for about, metric, value, unit in figure_facts(x)
            if metric == "Revenue" and value == Decimal("4100000000") and unit == "EUR"}


@pytest.mark.parametrize("middle", [
    "Am Nachmittag legte die Strabag-Aktie um 4 Prozent zu.",
    "Bei den Nebenwerten gewann der Baukonzern Strabag 4 Prozent.",
])
def test_company_after_the_verb_is_the_next_reference(extractor: Extractor, middle: str) -> None:
    assert _revenue_of(extractor, middle) == {"Strabag"}


@pytest.mark.parametrize("middle", [
    "Im Vergleich mit dem größeren Konkurrenten Strabag wirkt der Auftrag klein.",
    "Am Montag kaufte die Bank Strabag-Aktien für einen Fonds.",
])
def test_company_after_a_preposition_or_object_noun_is_not(extractor: Extractor,
                                                           middle: str) -> None:
    assert _revenue_of(extractor, middle) == {"Verbund AG"}
