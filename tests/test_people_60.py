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


@pytest.mark.parametrize(("body", "employer"), [
    ("Zum 1. Januar übernimmt Anna Keller den Vorsitz.", "Siemens"),
    ("Bei Siemens übernimmt Anna Keller zum 1. Januar den Vorsitz.", "Siemens"),
    ("Im März übernahm Anna Keller kommissarisch die Leitung von Henkel.", "Henkel"),
])
def test_post_taken_with_the_verb_first(extractor: Extractor, body: str, employer: str) -> None:
    assert ("Anna Keller", employer) in employers(extractor, body, "de", "Siemens baut den Vorstand um")


@pytest.mark.parametrize("body", [
    # a body's chair that is not the company's
    "Zum 1. Januar übernimmt Anna Keller den Vorsitz der Monopolkommission.",
    # the verb first, but shares taken, no post
    "Im Januar übernimmt Anna Keller die Aktien von Henkel.",
])
def test_verb_first_without_the_companys_post_gives_none(extractor: Extractor, body: str) -> None:
    assert not employers(extractor, body, "de", "Siemens baut den Vorstand um")


@pytest.mark.parametrize(("body", "employer"), [
    # a name ending in "s" takes the apostrophe alone in its possessive
    ("Anna Keller, Siemens' head of AI, said demand was strong.", "Siemens"),
    ("Anna Keller, Nvidia's head of AI, said demand was strong.", "Nvidia"),
])
def test_possessive_title_after_a_name(extractor: Extractor, body: str, employer: str) -> None:
    assert posts(extractor, body, "en", "Anna Keller") == {employer: "head of AI"}


def test_possessive_with_no_title_is_no_post(extractor: Extractor) -> None:
    # look-alike: the apposition names a thing of the company, no title
    assert not employers(extractor, "Anna Keller, Siemens' largest shareholder, said demand was strong.", "en")
