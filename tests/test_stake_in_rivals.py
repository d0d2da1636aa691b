"""A stake held "in rivals X and Y" says whose stakes they are, not whose rivals: the rivals
may be the holder's or those of the company the stakes were just set beside, so the stake
phrase gives no rivalry. The rival noun keeps its meaning everywhere else.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _rivals(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "competitorOf"}


def test_stakes_in_rivals_give_no_rivalry_to_the_holder(extractor: Extractor) -> None:
    x = run(extractor, "BlackRock disclosed a 6 percent holding in Henkel. "
            "Berkshire Hathaway also holds stakes in rivals Itochu and Marubeni.", "en",
            "Investors circle consumer groups")
    assert not {pair for pair in _rivals(x) if "Berkshire Hathaway" in pair}


def test_german_shares_in_rivals_give_no_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Die Allianz hält auch Anteile an den Rivalen Itochu und Marubeni.",
            "de", "Allianz ordnet Beteiligungen")
    assert not _rivals(x)


def test_rivals_after_a_verb_of_competing_still_count(extractor: Extractor) -> None:
    # look-alike: the rival noun stands alone, the subject is the company that competes
    x = run(extractor, "Itochu competes with rivals Marubeni and Mitsui & Co. for resource deals.",
            "en", "Trading houses compete")
    assert ("Itochu", "Marubeni") in _rivals(x)


def test_german_market_share_lost_to_rivals_still_counts(extractor: Extractor) -> None:
    # look-alike: "Marktanteile an den Rivalen" is lost ground, not a stake
    x = run(extractor, "Die Allianz hat Marktanteile an den Rivalen Generali verloren.", "de",
            "Allianz unter Druck")
    assert ("Allianz", "Generali") in _rivals(x)
