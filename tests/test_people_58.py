"""Posts of two heads and posts told past the title: a pair that runs a company together ("die
Doppelspitze aus X und Y", "X und Y führen das Unternehmen gemeinsam", "the co-CEOs of Y, X and
Z", "X and Z, the co-chief executives"), each its co-chief; a rival's post with a place adjective
between the title and the employer in an apposition beside a title before the name ("Neue
Vorstandschefin wird X, derzeit COO beim Mainzer Konkurrenten Y"); a unit's head, the unit's
owner named ("head of Adidas's footwear unit", "Chefin der Chemiesparte des schwedischen
Konzerns Alfa Laval"), whose post is at that owner, never at the company the passage speaks
of; a move with its title after the employer ("X wechselt zu Y als Finanzchefin") or with the
company left named first ("X kommt von Z zu Y"), where Z, a former post, employs no one. Each
with the look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import employers, posts

_DE = "Munich Re baut den Vorstand um. "
_EN = "Nike reshuffles its board. "
_ZALANDO = "Zalando wächst weiter. "
_NETFLIX = "Netflix added subscribers. "


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (_DE + "Die Doppelspitze aus Anna Berger und Markus Stein soll den Umbau vorantreiben.", "de",
     {("Anna Berger", "Munich Re"), ("Markus Stein", "Munich Re")}),
    (_ZALANDO + "Robert Gentz und David Schneider führen das Unternehmen seit 2022 gemeinsam.", "de",
     {("Robert Gentz", "Zalando"), ("David Schneider", "Zalando")}),
    (_DE + "Robert Gentz und David Schneider, die Co-Chefs von Zalando, zeigten sich zufrieden.", "de",
     {("Robert Gentz", "Zalando"), ("David Schneider", "Zalando")}),
    (_NETFLIX + "Greg Peters and Ted Sarandos, the co-chief executives, said the slate was strong.", "en",
     {("Greg Peters", "Netflix"), ("Ted Sarandos", "Netflix")}),
    ("Disney added subscribers. Greg Peters and Ted Sarandos, Netflix's co-chief executives, said "
     "the slate was strong.", "en", {("Greg Peters", "Netflix"), ("Ted Sarandos", "Netflix")}),
    ("Disney added subscribers. The co-CEOs of Netflix, Greg Peters and Ted Sarandos, said the slate "
     "was strong.", "en", {("Greg Peters", "Netflix"), ("Ted Sarandos", "Netflix")}),
    (_NETFLIX + "Greg Peters and Ted Sarandos jointly run the company.", "en",
     {("Greg Peters", "Netflix"), ("Ted Sarandos", "Netflix")}),
    # look-alikes: a past or former pair, a talk led together, a pair's title of an organisation
    # we do not read, a run that is no company's
    (_ZALANDO + "Robert Gentz und David Schneider führten das Unternehmen gemeinsam.", "de", set()),
    (_ZALANDO + "Die frühere Doppelspitze aus Robert Gentz und David Schneider zeigte sich zufrieden.",
     "de", set()),
    (_ZALANDO + "Robert Gentz und David Schneider führen die Gespräche gemeinsam.", "de", set()),
    (_DE + "Robert Gentz und David Schneider, die Gründer eines Start-ups, zeigten sich zufrieden.", "de",
     set()),
    (_NETFLIX + "Greg Peters and Ted Sarandos, the co-founders of a start-up, said the slate was strong.",
     "en", set()),
    (_NETFLIX + "Greg Peters and Ted Sarandos, the former co-CEOs, said the slate was strong.", "en", set()),
    (_NETFLIX + "Greg Peters and Ted Sarandos jointly run the marathon.", "en", set()),
])
def test_a_pair_of_heads(extractor: Extractor, text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert employers(extractor, text, lang) == expected


def test_a_pair_of_heads_takes_the_title_in_the_singular(extractor: Extractor) -> None:
    assert posts(extractor, _NETFLIX + "Greg Peters and Ted Sarandos, the co-chief executives, said the "
                 "slate was strong.", "en", "Greg Peters") == {"Netflix": "co-chief executive"}
    assert posts(extractor, _DE + "Die Doppelspitze aus Anna Berger und Markus Stein soll den Umbau "
                 "vorantreiben.", "de", "Markus Stein") == {"Munich Re": "Co-Chef"}


@pytest.mark.parametrize(("text", "person", "expected"), [
    # the title before the name is the passage's company's; the rival, a place adjective before
    # its noun, employs the apposition's post
    ("Neue Vorstandschefin wird Anna Berger, derzeit Chief Operating Officer beim Mainzer "
     "Konkurrenten Curevac.", "Anna Berger",
     {"BioNTech": "Vorstandschefin", "CureVac": "Chief Operating Officer"}),
    ("Neuer Finanzchef wird Markus Stein, derzeit Finanzvorstand beim Tübinger Rivalen Curevac.",
     "Markus Stein", {"BioNTech": "Finanzchef", "CureVac": "Finanzvorstand"}),
    # look-alikes: a post held only so far is the one left, with or without the adjective; a
    # past post; a rival we cannot read
    ("Neuer Finanzchef wird Markus Stein, bislang Finanzvorstand beim Tübinger Rivalen Curevac.",
     "Markus Stein", {"BioNTech": "Finanzchef"}),
    ("Neuer Finanzchef wird Markus Stein, bislang Finanzvorstand bei Curevac.",
     "Markus Stein", {"BioNTech": "Finanzchef"}),
    ("Neuer Finanzchef wird Markus Stein, zuvor Finanzvorstand beim Tübinger Rivalen Curevac.",
     "Markus Stein", {"BioNTech": "Finanzchef"}),
    ("Neue Vorstandschefin wird Anna Berger, derzeit COO beim Mainzer Konkurrenten Zorblat.",
     "Anna Berger", {"BioNTech": "Vorstandschefin"}),
])
def test_title_before_beside_a_rival_post_with_its_place(extractor: Extractor, text: str, person: str,
                                                         expected: dict[str, str]) -> None:
    assert posts(extractor, "BioNTech baut den Vorstand um. " + text, "de", person) == expected


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    (_EN + "Maria Valdes, head of Adidas's footwear unit, said demand was strong.", "en", "Maria Valdes",
     {"Adidas": "head of footwear unit"}),
    (_EN + "Maria Valdes, the head of Adidas's footwear unit, said demand was strong.", "en",
     "Maria Valdes", {"Adidas": "head of footwear unit"}),
    (_DE + "Anna Berger, Chefin der Chemiesparte des schwedischen Konzerns Alfa Laval, sagte, der "
     "Plan sei gut.", "de", "Anna Berger", {"Alfa Laval": "Chefin"}),
    (_DE + "Anna Berger ist derzeit Chefin der Chemiesparte des schwedischen Konzerns Alfa Laval.", "de",
     "Anna Berger", {"Alfa Laval": "Chefin"}),
    (_DE + "Anna Berger, Leiterin der Pharmasparte von Bayer, sagte, der Plan sei gut.", "de",
     "Anna Berger", {"Bayer": "Leiterin"}),
    # look-alikes: a post the phrase goes on to date; a unit no owner is named for stays the
    # passage's company's
    (_EN + "Maria Valdes, head of Adidas's footwear unit until 2020, said demand was strong.", "en",
     "Maria Valdes", {}),
    (_EN + "Maria Valdes, head of the footwear unit, said demand was strong.", "en", "Maria Valdes",
     {"Nike": "head of the footwear unit"}),
])
def test_head_of_an_owners_unit(extractor: Extractor, text: str, lang: str, person: str,
                                expected: dict[str, str]) -> None:
    assert posts(extractor, text, lang, person) == expected


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    (_DE + "Anna Berger wechselt zu Henkel als Finanzchefin.", "de", "Anna Berger", {"Henkel": "Finanzchefin"}),
    (_DE + "Anna Berger kommt von Bayer zu Henkel als Finanzchefin.", "de", "Anna Berger",
     {"Henkel": "Finanzchefin"}),
    (_DE + "Anna Berger kommt vom Konkurrenten Bayer zu Henkel als Finanzchefin.", "de", "Anna Berger",
     {"Henkel": "Finanzchefin"}),
    (_EN + "Maria Valdes will join Adidas as CFO next year.", "en", "Maria Valdes", {"Adidas": "CFO"}),
    # the title before the name is the post at the company left or at the new one: not told
    (_DE + "Die Finanzchefin Anna Berger kommt von Bayer zu Henkel.", "de", "Anna Berger", {"Henkel": None}),
    # look-alikes: the company left alone is a former post; "geht von … aus" is no move; a title
    # before the name stays the passage's company's where the move names no company left
    (_DE + "Finanzchefin Anna Berger kommt von Bayer.", "de", "Anna Berger", {}),
    (_DE + "Finanzchefin Anna Berger geht von weiterem Wachstum aus.", "de", "Anna Berger",
     {"Munich Re": "Finanzchefin"}),
    (_DE + "Finanzchefin Anna Berger wechselt zum Konkurrenten Henkel.", "de", "Anna Berger",
     {"Henkel": None, "Munich Re": "Finanzchefin"}),
])
def test_moves_with_the_title_after_or_the_company_left(extractor: Extractor, text: str, lang: str,
                                                        person: str, expected: dict[str, str | None]) -> None:
    assert posts(extractor, text, lang, person) == expected
