"""Employers of a post stated after an age and the start of the post ("X, 55, ist seit
2018 Vorstandschef von Y"), and the look-alikes whose employer must stay unread: a former
post, another clause between title and company, the rival of a named company."""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import employers

# a sentence before, so the company is not the article's first subject
_DE = "Das Wetter in der Region war im Herbst meist trüb und kühl.\n"
_EN = "The weather in the region was mostly grey and cool in the autumn.\n"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", _DE + "Zur Person: Jana Probst, 55, ist seit 2018 Vorstandschefin von Covestro.",
     {("Jana Probst", "Covestro")}),
    ("de", _DE + "Jana Probst, 48, ist seit Mai Finanzchefin bei BASF.", {("Jana Probst", "BASF")}),
    ("de", _DE + "Jana Probst, 48, wird im kommenden Jahr Finanzchefin bei der BASF.",
     {("Jana Probst", "BASF")}),
    # the rival named in apposition to its noun is the employer ("the rival BASF")
    ("de", _DE + "Jana Probst, 55, ist seit 2018 Vorstandschefin des Konkurrenten BASF.",
     {("Jana Probst", "BASF")}),
])
def test_post_after_age_and_start_names_employer(extractor: Extractor, lang: str, text: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert employers(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # a former post
    ("de", _DE + "Jana Probst, 55, war bis 2018 Vorstandschefin von Covestro."),
    # another clause between the title and the company
    ("de", _DE + "Jana Probst, 55, ist seit 2018 Vorstandschefin und kam 1999 von Bayer."),
    ("de", _DE + "Jana Probst, 55, ist seit 2018 Vorstandschefin, sagte ein Analyst von Kepler Cheuvreux."),
    # the rival of a named company
    ("en", _EN + "Jane Probst, 52, has since 2019 been chief executive at the rival of BASF."),
])
def test_look_alikes_keep_no_employer(extractor: Extractor, lang: str, text: str) -> None:
    assert employers(extractor, text, lang) == set()
