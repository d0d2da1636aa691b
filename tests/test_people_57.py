"""Posts a verb gives with the employer farther off: a title at a rival, its place adjective
between ("X ist derzeit Chief Operating Officer beim Mainzer Konkurrenten Y", "X is currently COO
at German rival Y"), and a title over a unit of a named group ("X ist Chef der Chemiesparte von
Y"): the post is at Y, never at the company the passage speaks of; a rival left unnamed is no
one's. Each with the look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import run_in

_DE = "Munich Re baut den Vorstand um. "
_EN = "Nike reshuffles its board. "


def _posts(extractor: Extractor, body: str, lang: str, person: str) -> dict[str, str | None]:
    x = run_in(extractor, body, lang)
    return {r.object: r.role for r in x.relations if r.predicate == "worksFor" and r.subject == person}


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
    assert _posts(extractor, text, lang, person) == expected
