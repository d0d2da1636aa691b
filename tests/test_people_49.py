"""Board members and co-heads with the employer in front of the title, feminine or plural
("die Siemens-Vorständin X", "die BASF-Aufsichtsräte X und Y", "die Co-Chefinnen X und Y"),
the role of a plural title in the singular, a field's chief ("finance chief X"), the head of
a company's unit in a relative clause ("X, who runs Y's cloud unit,", "X, der die Cloud-Sparte
von Y leitet"), the successor at a company ("X folgt bei Y auf Z"), and the look-alikes whose employer must stay unread: a former post, an unknown
employer's compound, a board named alone, a politician, a rival's unit, a unit run in the past."""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import run_in

# a sentence before, so the company is not the article's first subject
_DE = "Das Wetter in der Region war im Herbst meist trüb und kühl.\n"
_EN = "The weather in the region was mostly grey and cool in the autumn.\n"


def _roles(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str, str | None]]:
    x = run_in(extractor, body, lang)
    return {(r.subject, r.object, r.role) for r in x.relations if r.predicate == "worksFor"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", _DE + "Die Siemens-Vorständin Jana Probst kündigte einen Umbau der Sparte an.",
     {("Jana Probst", "Siemens", "Vorständin")}),
    ("de", _DE + "BASF-Aufsichtsrat Jan Probst stimmte gegen den Plan.",
     {("Jan Probst", "BASF", "Aufsichtsrat")}),
    ("de", _DE + "Covestro-Vorstandsmitglied Jan Probst verkaufte Aktien.",
     {("Jan Probst", "Covestro", "Vorstandsmitglied")}),
    ("de", _DE + "Die Siemens-Vorstände Jan Probst und Erik Lindner stellten die Pläne vor.",
     {("Jan Probst", "Siemens", "Vorstand"), ("Erik Lindner", "Siemens", "Vorstand")}),
    ("de", _DE + "Die BASF-Aufsichtsräte Jan Probst und Erik Lindner stimmten dagegen.",
     {("Jan Probst", "BASF", "Aufsichtsrat"), ("Erik Lindner", "BASF", "Aufsichtsrat")}),
    ("de", _DE + "Die Co-Chefinnen Jana Probst und Eva Lindner führen SAP seit 2024.",
     {("Jana Probst", "SAP", "Co-Chefin"), ("Eva Lindner", "SAP", "Co-Chefin")}),
    ("de", _DE + "Die SAP-Co-Chefs Jan Probst und Erik Lindner kündigten Stellenabbau an.",
     {("Jan Probst", "SAP", "Co-Chef"), ("Erik Lindner", "SAP", "Co-Chef")}),
    ("en", _EN + "SAP co-CEOs Jane Probst and Eric Linder announced job cuts.",
     {("Jane Probst", "SAP", "co-CEO"), ("Eric Linder", "SAP", "co-CEO")}),
])
def test_title_after_employer_names_board_members(extractor: Extractor, lang: str, text: str,
                                                  expected: set[tuple[str, str, str | None]]) -> None:
    assert _roles(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # a former post, in the singular and for both names of a plural
    ("de", _DE + "Der Ex-Siemens-Vorstand Jan Probst kritisierte den Umbau."),
    ("de", _DE + "Die früheren Siemens-Vorstände Jan Probst und Erik Lindner kritisierten den Umbau."),
    ("de", _DE + "Die ehemaligen Vorstände Jan Probst und Erik Lindner kritisierten SAP."),
    ("de", _DE + "Die Ex-Chefs Jan Probst und Erik Lindner kritisierten SAP."),
    ("en", _EN + "Former co-CEOs Jane Probst and Eric Linder criticised SAP."),
    # the compound names an employer the text does not know: not the company named after it
    ("de", _DE + "Verbund-Aufsichtsrat Jan Probst sagte, Siemens habe zu lange gewartet."),
    ("de", _DE + "Die Verbund-Vorstände Jan Probst und Erik Lindner lobten Siemens."),
    # the board named alone, and a politician's title
    ("de", _DE + "Der Aufsichtsrat Jan Probst lobte Siemens."),
    ("de", _DE + "Finanzminister Jan Probst lobte Siemens."),
])
def test_look_alikes_keep_no_employer(extractor: Extractor, lang: str, text: str) -> None:
    assert _roles(extractor, text, lang) == set()


def test_member_of_the_company_named_before_keeps_that_employer(extractor: Extractor) -> None:
    # the title's compound names BASF, not the subject of the sentence
    text = _DE + "Siemens lobte die BASF-Vorständin Jana Probst für ihre Offenheit."
    assert _roles(extractor, text, "de") == {("Jana Probst", "BASF", "Vorständin")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", _EN + "Thomas Zabel, who runs Siemens's cloud unit, said orders would rise.",
     {("Thomas Zabel", "Siemens")}),
    ("en", _EN + "Thomas Zabel, who leads the chip division of Siemens, said orders would rise.",
     {("Thomas Zabel", "Siemens")}),
    ("de", _DE + "„Wir wachsen“, sagte Thomas Zabel, der die Cloud-Sparte von Siemens leitet.",
     {("Thomas Zabel", "Siemens")}),
])
def test_head_of_a_unit_works_for_its_company(extractor: Extractor, lang: str, text: str,
                                              expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, o, _ in _roles(extractor, text, lang)} == expected


@pytest.mark.parametrize(("lang", "text"), [
    # a unit run in the past
    ("en", _EN + "Thomas Zabel, who ran Siemens's cloud unit for six years, praised BASF."),
    ("de", _DE + "„Wir wachsen“, sagte Thomas Zabel, der die Cloud-Sparte von Siemens leitete."),
    # a rival's unit, the rival named through a noun
    ("en", _EN + "Thomas Zabel, who runs the cloud unit of Siemens's rival BASF, praised it."),
    ("de", _DE + "„Wir wachsen“, sagte Thomas Zabel, der die Cloud-Sparte des Konkurrenten Siemens leitet."),
    # what the clause says of the company is no unit the person runs
    ("en", _EN + "Thomas Zabel, who covers Siemens's cloud unit, praised it."),
    ("en", _EN + "Thomas Zabel, who runs Siemens's business in China, praised BASF."),
])
def test_unit_look_alikes_keep_no_employer(extractor: Extractor, lang: str, text: str) -> None:
    assert _roles(extractor, text, lang) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Siemens reported higher orders on Tuesday. Finance chief Jane Probst said margins would rise.",
     {("Jane Probst", "Siemens", "Finance chief")}),
    ("Siemens named Jane Probst its finance chief.", {("Jane Probst", "Siemens", "finance chief")}),
    ("Jane Probst, the finance chief of Siemens, said margins would rise.",
     {("Jane Probst", "Siemens", "finance chief")}),
])
def test_field_chief_is_the_whole_title(extractor: Extractor, text: str,
                                        expected: set[tuple[str, str, str | None]]) -> None:
    assert _roles(extractor, _EN + text, "en") == expected


@pytest.mark.parametrize("text", [
    # a former post, and a compound whose company the text does not know
    "Former finance chief Jane Probst criticised Siemens.",
    "The Acme finance chief Jane Probst praised Siemens.",
])
def test_field_chief_look_alikes_keep_no_employer(extractor: Extractor, text: str) -> None:
    assert _roles(extractor, _EN + text, "en") == set()


def test_successor_at_a_company_works_for_it(extractor: Extractor) -> None:
    text = _DE + "Jana Probst folgt bei Covestro auf Erik Lindner."
    assert {(s, o) for s, o, _ in _roles(extractor, text, "de")} == {("Jana Probst", "Covestro")}


@pytest.mark.parametrize("text", [
    # no organisation after "bei", and no predecessor after the organisation
    "Jana Probst folgt bei der Wahl auf Erik Lindner, sagte Covestro.",
    "Jana Probst folgt bei Covestro auf Platz zwei.",
])
def test_succession_look_alikes_keep_no_employer(extractor: Extractor, text: str) -> None:
    assert _roles(extractor, _DE + text, "de") == set()
