"""Tonnes counted for a company only as its own, on texts written for the test.

Names are catalogued companies, facts invented.

- Tonnes are a company's `Other` count only where the company is the subject or the possessor
  of the clause ("Rio Tinto shipped 3.4 million tonnes", "Rio Tintos Absatz stieg auf 468.000
  Tonnen", "its global iron ore shipments"); a world or market total ("Global steel output
  reached …", "Weltweit wurden … produziert", "World steel demand …") and a volume told in a
  passive with no company as its agent are no company's, even where a company leads the text.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _counts(x: Extraction) -> set[tuple[str, Decimal | None]]:
    """The (about, value) pairs of the `Other` figures counted (unit `Count`)."""
    return {(f.about, f.value) for f in x.figures if f.metric == "Other" and f.unit == "Count"}


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("de", "Thyssenkrupp legt zu", "Thyssenkrupp legte zu. Weltweit wurden im vergangenen Jahr "
     "rund 1,9 Milliarden Tonnen Stahl produziert."),
    ("de", "Thyssenkrupp legt zu", "Thyssenkrupp legte zu. In Europa wurden 120 Millionen Tonnen "
     "Stahl produziert."),
    ("en", "Rio Tinto shares", "Rio Tinto rose 2%. Global steel output reached 1.9 billion tonnes "
     "last year, the industry group said."),
    ("en", "Rio Tinto shares", "Rio Tinto rose 2%. World steel demand reached 1.8 billion tonnes."),
    ("en", "Rio Tinto shares", "Rio Tinto rose 2%. About 1.9 billion tonnes of steel were "
     "produced last year."),
    ("de", "Thyssenkrupp legt zu", "Thyssenkrupp legte zu. Die Branche setzte 3 Millionen "
     "Tonnen ab."),
])
def test_world_and_passive_tonnes_are_no_company_count(extractor: Extractor, lang: str,
                                                       headline: str, body: str) -> None:
    assert not _counts(helpers.run(extractor, body, lang, headline))


@pytest.mark.parametrize(("lang", "headline", "body", "about", "value"), [
    ("en", "Rio Tinto output", "Rio Tinto shipped 3.4 million tonnes of iron ore.", "Rio Tinto",
     "3400000"),
    # the possessor's global volume is its own
    ("en", "Rio Tinto output", "Rio Tinto said its global iron ore shipments reached 330 million "
     "tonnes.", "Rio Tinto", "330000000"),
    ("de", "Rio Tinto legt Zahlen vor", "Rio Tintos Absatz stieg auf 468.000 Tonnen.",
     "Rio Tinto", "468000"),
    # a word of a subject that is no company before the company named keeps its volume
    ("en", "Rio Tinto output", "Rio Tinto rose 1%. Rival BHP shipped 2.7 million tonnes of "
     "copper concentrate in the quarter.", "BHP", "2700000"),
])
def test_own_tonnes_stay_counted(extractor: Extractor, lang: str, headline: str, body: str,
                                 about: str, value: str) -> None:
    assert (about, Decimal(value)) in _counts(helpers.run(extractor, body, lang, headline))
