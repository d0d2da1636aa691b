"""A post told by a verb after the name: "X becomes Y's finance chief", "X is to join Y as
CFO", "X, who has led Y since 2019," (read beside a title before the name, the post the person
leaves), and the look-alikes that give no post at that company: a complement that is no title,
a joining of another person, a post held in the past, a verb of becoming without an employer."""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import run_in

# a sentence before, so the company is not the article's first subject and the name is known
_EN = "The weather in the region was mostly grey and cool in the autumn. Laura Probst said so.\n"


def _roles(extractor: Extractor, body: str) -> set[tuple[str, str]]:
    x = run_in(extractor, _EN + body, "en")
    return {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Laura Probst becomes Siemens's finance chief.", {("Laura Probst", "Siemens")}),
    ("Laura Probst will become Siemens' chief executive on January 1.", {("Laura Probst", "Siemens")}),
    ("Laura Probst is to join Siemens as finance chief.", {("Laura Probst", "Siemens")}),
    ("Laura Probst will join Siemens as chief financial officer in May.", {("Laura Probst", "Siemens")}),
    ("Laura Probst, who has led Siemens since 2019, said demand was weak.", {("Laura Probst", "Siemens")}),
    # the title before the name is the post left: both are read
    ("BASF Chief Financial Officer Laura Probst becomes Siemens's finance chief.",
     {("Laura Probst", "BASF"), ("Laura Probst", "Siemens")}),
])
def test_post_told_by_a_verb(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert _roles(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # a complement that is no post
    "Laura Probst becomes Siemens's largest shareholder.",
    "Laura Probst will become Siemens's biggest critic after the vote.",
    # joining another person, not the company
    "Laura Probst joins Siemens chief executive Erik Lindner in criticising the plan.",
    "Laura Probst will join Siemens in the consortium as a minority partner.",
    # a post held in the past
    "Laura Probst, who led Siemens until 2019, said demand was weak.",
])
def test_no_post_without_a_title_or_in_the_past(extractor: Extractor, text: str) -> None:
    assert ("Laura Probst", "Siemens") not in _roles(extractor, text)
