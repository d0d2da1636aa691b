"""Posts told around a name that points elsewhere: a title before the name ("Neue Finanzchefin
wird X") beside an apposition that puts another post at a rival ("X, derzeit COO beim
Konkurrenten Y"), each at its own employer; a post in the apposition joined to a name no
organisation's mention opens ("X, derzeit COO bei Zorblat", "X, COO at Zorblat"), which is no
post at the company the passage speaks of; a title read through the date the post begins
("Neue Vorstandschefin wird zum 1. April 2027 X"). Each with the look-alikes that must keep
their reading: the passage's own company named in the apposition, a common noun after its
article ("bei der Konzernmutter"), a date before a name that is not appointed ("Der Finanzchef
wird zum 1. April X treffen").
"""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import posts

_DE = "BioNTech baut den Vorstand um. "
_EN = "BioNTech reshuffles its board. "


@pytest.mark.parametrize(("text", "expected"), [
    # the title before the name is the passage's company's; the rival employs the apposition's post
    ("Neue Finanzchefin wird Anna Berger, derzeit COO beim Konkurrenten Curevac.",
     {"BioNTech": "Finanzchefin", "CureVac": "COO"}),
    # the rival's post left ("bislang") is none of today
    ("Neuer Finanzchef wird Markus Stein, bislang Finanzvorstand beim Mainzer Rivalen Curevac.",
     {"BioNTech": "Finanzchef"}),
    # the rival unknown: its post is no one's we can tell, the title before stays the company's
    ("Neue Finanzchefin wird Anna Berger, derzeit COO beim Konkurrenten Zorblat.",
     {"BioNTech": "Finanzchefin"}),
    # a title its owner's name opens stays that owner's, whatever rival the apposition names
    ("Curevac-Finanzchefin Anna Berger, derzeit auch Beirätin beim Konkurrenten Evotec, lobte den Plan.",
     {"CureVac": "Finanzchefin"}),
])
def test_title_before_beside_a_rival_post(extractor: Extractor, text: str,
                                          expected: dict[str, str]) -> None:
    person = "Markus Stein" if "Markus" in text else "Anna Berger"
    assert posts(extractor, _DE + text, "de", person) == expected


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    # a name no organisation's mention opens: the employer is unknown, not the passage's
    (_DE + "Anna Berger, derzeit COO bei Zorblat, sagte, der Plan sei gut.", "de", "Anna Berger", {}),
    (_DE + "Anna Berger, COO bei Zorblat, soll Finanzchefin werden.", "de", "Anna Berger", {}),
    (_EN + "Ann Berger, currently COO at Zorblat, said the plan was sound.", "en", "Ann Berger", {}),
    # look-alikes: the company named, a common noun after its article, no linker at all
    (_DE + "Anna Berger, COO bei BioNTech, sagte, der Plan sei gut.", "de", "Anna Berger",
     {"BioNTech": "COO"}),
    (_DE + "Anna Berger, COO bei Curevac, sagte, der Plan sei gut.", "de", "Anna Berger",
     {"CureVac": "COO"}),
    (_DE + "Anna Berger, COO bei der Konzernmutter, sagte, der Plan sei gut.", "de", "Anna Berger",
     {"BioNTech": "COO"}),
    (_EN + "Ann Berger, COO at the group, said the plan was sound.", "en", "Ann Berger",
     {"BioNTech": "COO"}),
    (_DE + "Anna Berger, derzeit COO, sagte, der Plan sei gut.", "de", "Anna Berger",
     {"BioNTech": "COO"}),
])
def test_post_at_an_unread_name(extractor: Extractor, text: str, lang: str, person: str,
                                expected: dict[str, str]) -> None:
    assert posts(extractor, text, lang, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Neue Vorstandsvorsitzende wird zum 1. April 2027 Anna Berger.", "Anna Berger",
     {"BioNTech": "Vorstandsvorsitzende"}),
    ("Neuer Finanzchef wird mit Wirkung zum 1. Juli Markus Stein.", "Markus Stein",
     {"BioNTech": "Finanzchef"}),
    ("Neuer Finanzchef wird ab Januar Markus Stein, derzeit COO beim Konkurrenten Curevac.",
     "Markus Stein", {"BioNTech": "Finanzchef", "CureVac": "COO"}),
    # a date before a name the title does not appoint, and the predecessor
    ("Der Finanzchef wird zum 1. April Markus Stein treffen.", "Markus Stein", {}),
    ("Vorgängerin wird zum 1. April Anna Berger.", "Anna Berger", {}),
])
def test_title_read_through_the_date_the_post_begins(extractor: Extractor, text: str, person: str,
                                                     expected: dict[str, str]) -> None:
    assert posts(extractor, _DE + text, "de", person) == expected
