"""Stake forms on sentences written for the test.

* "X hält 51 Prozent an Y; die übrigen 49 Prozent liegen bei Z", "X holds 60% of Y, and the
  remaining 40% is held by Z": the rest of the shares of the company the stake's clause closes
  with, held by a holder who closes the sentence, is Z's stake in that company. A rest to be
  sold or planned ("sollen an Z gehen", "will be sold to Z") and a holder's clients are no
  stake of Z.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor

_TITLE = "Beteiligung"


def _stakes(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, _TITLE)) if p == "investsIn"}


@pytest.mark.parametrize(("lang", "body", "holder"), [
    ("de", "Siemens hält 51 Prozent an Aurubis; die übrigen 49 Prozent liegen bei der Deutschen Bahn.",
     "Deutsche Bahn"),
    ("de", "Siemens hält 51 Prozent an Aurubis; die übrigen 49 Prozent gehören dem Vermögensverwalter DWS.",
     "DWS"),
    ("en", "Siemens holds 60% of Aurubis, and the remaining 40% is held by BlackRock.", "BlackRock"),
], ids=["liegen-bei", "gehoeren", "held-by"])
def test_the_rest_of_the_shares_is_the_same_companys_stake(
        extractor: Extractor, lang: str, body: str, holder: str) -> None:
    stakes = _stakes(extractor, body, lang)
    assert (holder, "Aurubis") in stakes
    assert ("Siemens", "Aurubis") in stakes


@pytest.mark.parametrize(("lang", "body", "other"), [
    ("de", "Siemens hält 51 Prozent an Aurubis; die übrigen 49 Prozent sollen an die Deutsche Bahn gehen.",
     "Deutsche Bahn"),
    ("en", "Siemens holds 60% of Aurubis, and the remaining 40% will be sold to BlackRock.", "BlackRock"),
    ("en", "Siemens holds 60% of Aurubis, and the remaining 40% is held by BlackRock's clients.", "BlackRock"),
], ids=["planned", "to-be-sold", "holders-clients"])
def test_a_rest_planned_or_held_by_others_gives_no_stake(
        extractor: Extractor, lang: str, body: str, other: str) -> None:
    stakes = _stakes(extractor, body, lang)
    assert ("Siemens", "Aurubis") in stakes
    assert not any(holder == other for holder, _ in stakes)
