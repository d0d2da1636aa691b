"""Posts a verb gives with the employer farther off: a title at a rival, its place adjective
between ("X ist derzeit Chief Operating Officer beim Mainzer Konkurrenten Y", "X is currently COO
at German rival Y"), and a title over a unit of a named group ("X ist Chef der Chemiesparte von
Y"): the post is at Y, never at the company the passage speaks of; a rival left unnamed is no
one's. A name with no title before it, the subject of a move to a post with its title after
"als"/"as" ("X wechselt als Finanzchefin zu Y", "X will leave to join Y as CFO"), is a person's.
Each with the look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import posts, run_in

_DE = "Munich Re baut den Vorstand um. "
_EN = "Nike reshuffles its board. "


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    # a rival's post after the verb, a place adjective or none between
    (_DE + "Markus Stein ist derzeit Chief Operating Officer beim Mainzer Konkurrenten Schott Pharma.",
     "de", "Markus Stein", {"Schott Pharma": "Chief Operating Officer"}),
    (_DE + "Markus Stein ist derzeit Finanzvorstand beim Münchner Rivalen Allianz.",
     "de", "Markus Stein", {"Allianz": "Finanzvorstand"}),
    (_DE + "Markus Stein wird Finanzvorstand beim Konkurrenten Allianz.",
     "de", "Markus Stein", {"Allianz": "Finanzvorstand"}),
    (_EN + "Maria Valdes is currently COO at German rival Adidas.", "en", "Maria Valdes", {"Adidas": "COO"}),
    # a unit of a named group
    (_DE + "Markus Stein ist derzeit Chef der Chemiesparte von BASF.", "de", "Markus Stein", {"BASF": "Chef"}),
    (_DE + "Markus Stein wird Chef der Chemiesparte von BASF.", "de", "Markus Stein", {"BASF": "Chef"}),
    # look-alikes: a rival left unnamed is no one's; a rival named in a clause of its own is not
    # the employer; a unit with no group named is the passage's company's
    (_DE + "Markus Stein ist derzeit Finanzvorstand beim Konkurrenten.", "de", "Markus Stein", {}),
    (_DE + "Markus Stein ist Chef und sieht im Konkurrenten Allianz keine Gefahr.",
     "de", "Markus Stein", {"Munich Re": "Chef"}),
    (_EN + "Maria Valdes is CEO and sees a rival in Adidas.", "en", "Maria Valdes", {"Nike": "CEO"}),
    (_DE + "Markus Stein ist Chef der Chemiesparte des Konzerns.", "de", "Markus Stein", {"Munich Re": "Chef"}),
])
def test_posts_at_a_rival_or_a_unit(extractor: Extractor, text: str, lang: str, person: str,
                                    expected: dict[str, str | None]) -> None:
    assert posts(extractor, text, lang, person) == expected


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    (_EN + "Maria Valdes will leave to join Adidas as CFO.", "en", "Maria Valdes", {"Adidas": "CFO"}),
    (_EN + "Maria Valdes will join rival Adidas as head of footwear.", "en", "Maria Valdes",
     {"Adidas": "head of footwear"}),
    (_DE + "Anna Berger wechselt als Finanzchefin zu Henkel.", "de", "Anna Berger", {"Henkel": "Finanzchefin"}),
])
def test_untitled_name_moving_to_a_post(extractor: Extractor, text: str, lang: str, person: str,
                                        expected: dict[str, str | None]) -> None:
    assert posts(extractor, text, lang, person) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # look-alikes: an organisation joining as a partner, a name moving to no post
    (_EN + "Deutsche Telekom will join Adidas as partner.", "en"),
    (_DE + "Deutsche Bank wechselt als Partner zu Henkel.", "de"),
    (_EN + "Maria Valdes will leave to join Adidas in a new role.", "en"),
    (_DE + "Anna Berger wechselt zu Henkel.", "de"),
])
def test_moves_without_a_post_find_no_person(extractor: Extractor, text: str, lang: str) -> None:
    x = run_in(extractor, text, lang)
    assert not [e.label for e in x.entities if e.type == "Person"]
