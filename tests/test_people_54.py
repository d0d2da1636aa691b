"""Posts told by a relative clause in the present right after a name: a unit the person heads
("X, who heads the Digital Industries division,", "X, der die Sparte Digital Industries
leitet": the catalogued unit and its group; an unknown unit's name: the company the passage
speaks of, or the one joined by "at"/"bei"), the board or a portfolio ("X, der seit 2020 den
Vorstand führt", "X, die das Finanzressort verantwortet", "X, der im Vorstand für Technik
zuständig ist"); co-heads named together after their plural title, the pair set off by commas
("the co-CEOs, X and Y, said"); the holder announced ("Designierter Nachfolger ist X", "X soll im Mai den
Vorsitz übernehmen"); an analyst whose surname opens with a particle joined by a hyphen
("schrieb Analystin Gael de-Bray"). Each with the look-alikes that must keep their reading: a
past post ("leitete", "who ran", "bis 2021"), a post at a rival named in the clause, a body not
the company's, the predecessor, a unit's name that is a company's.
"""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import posts, run_in

_EN = "Siemens raised its outlook for the year. "
_DE = "Siemens hob die Prognose für das Jahr an. "
_DE_BASF = "BASF senkte die Prognose für das Jahr. "


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (_EN + "Ann Kerr, who heads the Digital Industries division, said orders rose.", "en",
     {"Siemens Digital Industries", "Siemens"}),
    (_DE + "Anna Kerr, die die Sparte Digital Industries leitet, sagte, die Aufträge stiegen.", "de",
     {"Siemens Digital Industries", "Siemens"}),
    ("Google reported higher sales. Ann Kerr, who leads Google Cloud, said demand was strong.", "en",
     {"Google Cloud", "Google"}),
    ("Amazon steigerte den Umsatz. Anna Kerr, die Amazon Web Services leitet, sagte, die Nachfrage "
     "sei stark.", "de", {"Amazon Web Services", "Amazon"}),
    # a unit the catalogue does not know: the company the passage speaks of
    (_EN + "Ann Kerr, who leads the Grid Software business, said margins improved.", "en", {"Siemens"}),
    (_DE + "Anna Kerr, die die Sparte Grid Software leitet, sagte, die Margen stiegen.", "de", {"Siemens"}),
    # the employer joined to the clause: a rival's unit
    (_EN + "Ann Kerr, who heads the Robotics division at ABB, said Siemens was strong.", "en", {"ABB"}),
    (_DE + "Anna Kerr, die bei ABB die Sparte Robotik leitet, sagte, Siemens sei stark.", "de", {"ABB"}),
    # a past post is none of today
    (_EN + "Ann Kerr, who ran the Digital Industries division until 2019, said orders rose.", "en", set()),
    (_EN + "Ann Kerr, who once ran the Grid Software business, said orders rose.", "en", set()),
    (_DE + "Anna Kerr, die früher die Sparte Digital Industries leitete, lobte den Plan.", "de", set()),
    (_DE + "Anna Kerr, die die Sparte Grid Software leitete, lobte den Plan.", "de", set()),
])
def test_unit_headed_in_a_relative_clause(extractor: Extractor, text: str, lang: str,
                                          expected: set[str]) -> None:
    person = "Ann Kerr" if lang == "en" else "Anna Kerr"
    assert set(posts(extractor, text, lang, person)) == expected


def test_unit_head_role_names_the_unit(extractor: Extractor) -> None:
    held = posts(extractor, _DE + "Anna Kerr, die die Sparte Digital Industries leitet, sagte, "
                 "die Aufträge stiegen.", "de", "Anna Kerr")
    assert held["Siemens Digital Industries"] == "Leiterin Digital Industries"
    held = posts(extractor, _EN + "Ann Kerr, who leads the Grid Software business, said margins "
                 "improved.", "en", "Ann Kerr")
    assert held == {"Siemens": "head of Grid Software"}


@pytest.mark.parametrize(("clause", "expected"), [
    ("der seit 2021 den Vorstand führt", {"Siemens": "Vorstandschef"}),
    ("der den Konzern seit 2021 führt", {"Siemens": "Vorstandschef"}),
    ("der das Finanzressort verantwortet", {"Siemens": "Finanzchef"}),
    ("die das Finanzressort leitet", {"Siemens": "Finanzchefin"}),
    ("der im Vorstand für Technik zuständig ist", {"Siemens": "Vorstandsmitglied"}),
    ("die im Vorstand für Personal und Recht zuständig ist", {"Siemens": "Vorstandsmitglied"}),
    ("der bei ABB das Finanzressort verantwortet", {"ABB": "Finanzchef"}),
    # a past post, or one that ended
    ("der bis 2021 den Vorstand führte", {}),
    ("der früher das Finanzressort verantwortete", {}),
    ("der das Finanzressort bei der Übernahme beriet", {}),
])
def test_german_post_in_a_relative_clause(extractor: Extractor, clause: str,
                                          expected: dict[str, str]) -> None:
    text = _DE + f"Markus Stein, {clause}, sagte, die Nachfrage sei stark."
    assert posts(extractor, text, "de", "Markus Stein") == expected


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Designierter Nachfolger ist Markus Stein.", "Markus Stein", {"BASF"}),
    ("Designierte Nachfolgerin ist Petra Lang.", "Petra Lang", {"BASF"}),
    ("Markus Stein soll im Mai den Vorsitz übernehmen.", "Markus Stein", {"BASF"}),
    ("Markus Stein soll den Posten von Anna Berg übernehmen.", "Markus Stein", {"BASF"}),
    # the predecessor, the one leaving and a post of another body hold no post here
    ("Markus Stein soll den Posten von Anna Berg übernehmen.", "Anna Berg", set()),
    ("Nachfolger von Anna Berg ist Markus Stein.", "Anna Berg", set()),
    ("Vorgänger ist Markus Stein.", "Markus Stein", set()),
    ("Markus Stein soll den Vorsitz im Mai abgeben.", "Markus Stein", set()),
    ("Markus Stein soll den Vorsitz der Monopolkommission übernehmen.", "Markus Stein", set()),
])
def test_holder_announced(extractor: Extractor, text: str, person: str, expected: set[str]) -> None:
    assert set(posts(extractor, _DE_BASF + text, "de", person)) == expected


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Die Deutsche Bank hob das Ziel für Siemens auf 250 Euro. Die Nachfrage bleibe stark, "
     "schrieb Analystin Gael de-Bray.", "Gael de-Bray", {"Deutsche Bank"}),
    ("Die Deutsche Bank hob das Ziel für Siemens auf 250 Euro. Die Nachfrage bleibe stark, "
     "schrieb Analystin Julia Kern.", "Julia Kern", {"Deutsche Bank"}),
    # no house named: the analyst works for no one the text tells
    ("Die Nachfrage bleibe stark, schrieb Analystin Julia Kern.", "Julia Kern", set()),
])
def test_analyst_of_the_house_named_before(extractor: Extractor, text: str, person: str,
                                           expected: set[str]) -> None:
    assert set(posts(extractor, _DE + text, "de", person)) == expected


@pytest.mark.parametrize(("text", "lang", "people", "employer"), [
    (_EN + "The co-CEOs, Ann Kerr and Tom Hale, said demand was strong.", "en",
     {"Ann Kerr", "Tom Hale"}, {"Siemens"}),
    (_DE + "Die Co-Chefs, Anna Kerr und Tom Hale, sagten, die Nachfrage sei stark.", "de",
     {"Anna Kerr", "Tom Hale"}, {"Siemens"}),
    # former co-heads hold no post, and banks set off so are no people
    (_EN + "Former co-CEOs, Ann Kerr and Tom Hale, said demand was strong.", "en",
     {"Ann Kerr", "Tom Hale"}, set()),
    (_DE + "Die früheren Co-Chefs, Anna Kerr und Tom Hale, sagten, die Nachfrage sei stark.", "de",
     {"Anna Kerr", "Tom Hale"}, set()),
    (_EN + "The analysts, Goldman Sachs and Morgan Stanley, said demand was strong.", "en", set(), set()),
])
def test_co_heads_set_off_by_commas(extractor: Extractor, text: str, lang: str, people: set[str],
                                    employer: set[str]) -> None:
    x = run_in(extractor, text, lang)
    assert {e.label for e in x.entities if e.type == "Person"} == people
    for name in people:
        assert {r.object for r in x.relations if r.predicate == "worksFor" and r.subject == name} == employer
