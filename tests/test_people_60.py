"""People and their posts: a holder who steps down from a titled post "and is succeeded by"
another hands that post on, so the successor works for the post's organisation and the one
leaving holds it no longer."""

from __future__ import annotations

import pytest
from helpers import employers, posts

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("body", "employer"), [
    ("Markus Weber will step down as CEO of Siemens and be succeeded by Anna Keller.", "Siemens"),
    ("Henkel said Markus Weber will retire as chief financial officer at the end of March and "
     "will be replaced by Anna Keller.", "Henkel"),
])
def test_successor_takes_the_post_left(extractor: Extractor, body: str, employer: str) -> None:
    found = posts(extractor, body, "en", "Anna Keller")
    assert employer in found
    assert found[employer] is not None and found[employer].lower() in {"ceo", "chief financial officer"}
    # the one stepping down is no current holder of the post
    assert posts(extractor, body, "en", "Markus Weber").get(employer) is None


@pytest.mark.parametrize("body", [
    # two organisations between the names: whose post is handed on is not told
    "Markus Weber will step down as CEO of Siemens and join BASF and be succeeded by Anna Keller.",
    # the next name is not the successor: the clause after the post is no handing on
    "Markus Weber will step down as CEO of Siemens and be interviewed by Anna Keller.",
])
def test_no_succession_without_one_post_handed_on(extractor: Extractor, body: str) -> None:
    assert not {org for person, org in employers(extractor, body, "en") if person == "Anna Keller"}
