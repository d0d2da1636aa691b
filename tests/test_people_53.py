"""Posts in the forms of a holder announced or current and of a former one: a word of the holder
between the owner's possessive and the title after a name ("X, Nike's incoming chief
executive,"); a title's suffix of the holder announced ("chief executive-designate X", "X,
Nike's CEO-designate,"); a former title set off by a comma or naming its organisation before the
comma ("Nike's former chief financial officer, X", "Der frühere Chef von Nestlé, X"), which is no
post held; a head of a region written with a hyphen ("head of Asia-Pacific"); a post taken on a
date told before it ("X übernimmt zum 1. April den Vorsitz"), and not the company's where it is of
another body ("den Vorsitz der Monopolkommission"); a unit whose noun closes a compound ("der die
Softwaresparte von Y leitet"); a word of the post held now after the verb ("X ist derzeit
Finanzchef von Y", "X is now chief executive of Y"), also of a name first given in full and then
by its surname ("Larsen ist derzeit …"); the role of a title read after a name without its
owner's possessive, which the employer holds. Each with the look-alikes that must keep their reading: an outgoing
or former holder, a post at a rival, a post left, a unit once run.
"""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import run_in


def _employers(extractor: Extractor, body: str, lang: str, person: str) -> set[str]:
    x = run_in(extractor, body, lang)
    return {r.object for r in x.relations if r.predicate == "worksFor" and r.subject == person}


_EN = "Nike cut its outlook for the year. "
_DE = "BASF senkte die Prognose für das Jahr. "


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Kerr, Nike's incoming chief executive, said she would review the brands.", {"Nike"}),
    ("Ann Kerr, Nike's interim chief executive, said she would review the brands.", {"Nike"}),
    ("Ann Kerr, Adidas's new finance chief, said the market was tough.", {"Adidas"}),
    # an outgoing or former holder holds no post
    ("Ann Kerr, Nike's outgoing chief executive, said she would retire.", set()),
    ("Ann Kerr, Nike's former chief executive, said she would retire.", set()),
])
def test_holder_word_between_possessive_and_title(extractor: Extractor, text: str,
                                                  expected: set[str]) -> None:
    assert _employers(extractor, _EN + text, "en", "Ann Kerr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nike's chief executive-designate Ann Kerr said she would review the brands.", {"Nike"}),
    ("Nike's CEO-designate Ann Kerr said she would review the brands.", {"Nike"}),
    ("Ann Kerr, Nike's CEO-designate, said she would review the brands.", {"Nike"}),
    ("Ann Kerr, chief executive-elect of Adidas, said she would review the brands.", {"Adidas"}),
    # the suffix does not turn a former holder into the present one
    ("Former Nike CEO-designate Ann Kerr said she would not take the post.", set()),
])
def test_title_suffix_of_the_holder_announced(extractor: Extractor, text: str,
                                              expected: set[str]) -> None:
    assert _employers(extractor, _EN + text, "en", "Ann Kerr") == expected


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    (_EN + "Nike's chief financial officer, Ann Kerr, said sales fell.", "en", "Ann Kerr", {"Nike"}),
    (_EN + "Nike's former chief financial officer, Ann Kerr, said sales fell.", "en", "Ann Kerr", set()),
    (_DE + "Die Finanzchefin von Nestlé, Anna Krüger, sagte, die Lage sei schwierig.", "de",
     "Anna Krüger", {"Nestlé"}),
    (_DE + "Die frühere Finanzchefin von Nestlé, Anna Krüger, sagte, die Lage sei schwierig.", "de",
     "Anna Krüger", set()),
    (_DE + "Der frühere Chef von Nestlé, Martin Berger, sagte, die Lage sei schwierig.", "de",
     "Martin Berger", set()),
])
def test_former_title_set_off_by_a_comma(extractor: Extractor, text: str, lang: str, person: str,
                                         expected: set[str]) -> None:
    assert _employers(extractor, text, lang, person) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nike's head of Asia-Pacific, Ann Kerr, said sales in China fell.", {"Nike"}),
    ("Nike's head of Asia-Pacific Ann Kerr said sales in China fell.", {"Nike"}),
    ("The head of Asia-Pacific at Nike, Ann Kerr, said sales in China fell.", {"Nike"}),
    ("Ann Kerr, head of Asia-Pacific at Nike, said sales in China fell.", {"Nike"}),
    # a post at a rival named between the name and the title
    ("Ann Kerr, head of Asia-Pacific at Adidas, said Nike lost market share in China.", {"Adidas"}),
])
def test_head_of_a_hyphenated_region(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert _employers(extractor, _EN + text, "en", "Ann Kerr") == expected


@pytest.mark.parametrize(("text", "lang", "person"), [
    # former posts, politicians and a person who once ran the company keep no employer
    (_EN + "Ex-CEO Tom Harlan criticised the plan.", "en", "Tom Harlan"),
    (_EN + "Tom Harlan, who once ran Nike, criticised the plan.", "en", "Tom Harlan"),
    (_DE + "Der frühere BASF-Chef Martin Berger kritisierte den Plan.", "de", "Martin Berger"),
    (_DE + "Finanzminister Martin Berger kritisierte den Plan.", "de", "Martin Berger"),
    (_DE + "Martin Berger, der einst BASF führte, kritisierte den Plan.", "de", "Martin Berger"),
])
def test_former_and_public_posts_give_no_employer(extractor: Extractor, text: str, lang: str,
                                                   person: str) -> None:
    assert not _employers(extractor, text, lang, person) & {"Nike", "BASF"}


_SAP = "SAP stellt die Spitze neu auf. "


@pytest.mark.parametrize(("text", "expected"), [
    ("Martin Berger übernimmt zum 1. April den Vorsitz des Vorstands.", {"SAP"}),
    ("Martin Berger übernimmt im April den Vorstandsvorsitz.", {"SAP"}),
    ("Martin Berger übernimmt Ende 2027 die Führung des Konzerns.", {"SAP"}),
    # a catalogued body named after the post is its employer, whatever the date
    ("Martin Berger übernimmt zum 1. April den Vorsitz der Deutschen Bank.", {"Deutsche Bank"}),
    # a body that is not the company's and no catalogued name: no employer told
    ("Martin Berger übernimmt den Vorsitz der Monopolkommission.", set()),
    ("Martin Berger übernimmt im Mai die Leitung der Stiftung.", set()),
])
def test_post_taken_on_a_date(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert _employers(extractor, _SAP + text, "de", "Martin Berger") == expected


def test_predecessor_of_a_post_taken_on_a_date(extractor: Extractor) -> None:
    text = _SAP + "Martin Berger übernimmt zum 1. April den Posten von Klaus Henning."
    assert _employers(extractor, text, "de", "Martin Berger") == {"SAP"}
    assert not _employers(extractor, text, "de", "Klaus Henning")


_QUOTE = "Siemens meldete mehr Aufträge. „Wir wachsen“, sagte Thomas Zabel, "


@pytest.mark.parametrize(("text", "expected"), [
    ("der die Softwaresparte von Siemens leitet.", {"Siemens"}),
    # a unit once run, or one the speaker only speaks of
    ("der die Softwaresparte von Siemens leitete.", set()),
    ("der die Softwaresparte von Siemens kritisiert.", set()),
])
def test_unit_noun_closing_a_compound(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert _employers(extractor, _QUOTE + text, "de", "Thomas Zabel") == expected


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    (_DE + "Anna Krüger ist derzeit Finanzchefin von Bayer.", "de", "Anna Krüger", {"Bayer"}),
    (_DE + "Anna Krüger ist bislang Finanzchefin von Bayer.", "de", "Anna Krüger", {"Bayer"}),
    (_DE + "Anna Krüger ist derzeit Analystin bei der Commerzbank.", "de", "Anna Krüger", {"Commerzbank"}),
    (_EN + "Ann Kerr is now chief executive of Adidas.", "en", "Ann Kerr", {"Adidas"}),
    (_EN + "Ann Kerr is currently chief financial officer of Adidas.", "en", "Ann Kerr", {"Adidas"}),
    # the surname after the name given in full
    ("Der Aufsichtsrat berief Henrik Larsen zum 1. Mai in den Vorstand. Larsen ist derzeit "
     "Finanzchef von BASF.", "de", "Henrik Larsen", {"BASF"}),
    # a post held until now, in the past tense, is not read
    (_DE + "Anna Krüger war bislang Finanzchefin von Bayer.", "de", "Anna Krüger", set()),
    (_DE + "Finanzminister Anna Krüger ist derzeit in Berlin.", "de", "Anna Krüger", set()),
])
def test_post_held_now_after_the_verb(extractor: Extractor, text: str, lang: str, person: str,
                                      expected: set[str]) -> None:
    assert _employers(extractor, text, lang, person) == expected


@pytest.mark.parametrize(("text", "role"), [
    ("Ann Kerr, Nike's incoming chief executive, said she would review the brands.",
     "incoming chief executive"),
    ("Ann Kerr, Nike's chief executive since 2019, said she would review the brands.", "chief executive"),
    ("Ann Kerr, the chief executive of Nike, said she would review the brands.", "chief executive"),
])
def test_role_without_the_owners_possessive(extractor: Extractor, text: str, role: str) -> None:
    x = run_in(extractor, _EN + text, "en")
    assert {(r.object, r.role) for r in x.relations if r.predicate == "worksFor"
            and r.subject == "Ann Kerr"} == {("Nike", role)}
