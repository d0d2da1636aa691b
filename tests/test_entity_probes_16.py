"""Entity and role probes on sentences written for the test.

* English news drop the article after a country's adjective: "British chip designer X",
  "German software group X" name a company as "the chip designer X" does; a capitalised word
  after the adjective ("US Producer Price Index") is no descriptive noun, and an adjective
  before a plural or a person's name names no company.
* A title without an employer ("Chief Executive X said") goes to the company the passage
  speaks of when the article has no single clear subject: the one that opens this sentence
  or one just before it, if the article is about it as much as about any other.

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _entities(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in run(extractor, text, lang=lang).entities}


@pytest.mark.parametrize(("text", "entity"), [
    ("British chip designer Arm said demand for its designs grew.", ("Arm Holdings", "Company")),
    ("Swiss drugmaker Velmora Pharma said the trial failed.", ("Velmora Pharma", "Company")),
    ("US chipmaker Quorvix reported revenue of $2 billion.", ("Quorvix", "Company")),
    ("Shares of German lender Kreditbank Nord fell 3%.", ("Kreditbank Nord", "FinancialInstitution")),
    ("The deal values Dutch software group Brelant at $4 billion.", ("Brelant", "Company")),
])
def test_country_adjective_stands_for_the_article(
        extractor: Extractor, text: str, entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text, "en")


@pytest.mark.parametrize(("text", "name"), [
    # a capitalised word after the adjective is a name's, not a descriptive noun
    ("US Producer Price Index data rose 2% in May.", "Price Index"),
    # an adjective before a plural or before a person's title names no company
    ("German carmakers cut prices as Chinese rivals gained share.", "Chinese"),
    ("British investors sold Gilts as US investor sentiment fell.", "Gilts"),
])
def test_country_adjective_before_no_descriptor_names_nothing(
        extractor: Extractor, text: str, name: str) -> None:
    assert name not in {label for label, _ in _entities(extractor, text, "en")}


def _works_for(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, text, lang=lang, headline="Marktbericht"))
            if p == "worksFor"}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("AT&T shares rose 3% while Verizon fell 2%. Verizon was also hit by a downgrade. "
     "AT&T added more customers than Verizon. It raised its forecast. "
     "Chief Executive Jane Holloway said demand was strong.", "en", ("Jane Holloway", "AT&T")),
    ("Verizon fell 2% while AT&T rose 3%. AT&T was also helped by an upgrade. "
     "Verizon lost customers in the quarter. Clients now use its network less, "
     "CEO Tom Hale said.", "en", ("Tom Hale", "Verizon")),
    ("Siemens Energy stiegen um 3 Prozent, Nordex fielen um 2 Prozent. Nordex verlor Aufträge. "
     "Siemens Energy hob die Prognose an, anders als Nordex. Das Unternehmen rechnet mit mehr Aufträgen. "
     "Vorstandschef Hans Berger sagte, die Nachfrage sei hoch.", "de", ("Hans Berger", "Siemens Energy")),
])
def test_bare_title_works_for_the_company_the_passage_opens_with(
        extractor: Extractor, text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in _works_for(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "person"), [
    # the last sentence naming a company does not open with it
    ("AT&T shares rose 3% while Verizon fell 2%. Verizon was also hit by a downgrade. "
     "AT&T added 1 million customers. In a note, analysts said Verizon would cut prices. "
     "Chief Executive Jane Holloway said demand was strong.", "en", "Jane Holloway"),
    # no company named in the passage just before the title
    ("AT&T shares rose 3% while Verizon fell 2%. Verizon was also hit by a downgrade. "
     "Markets were calm. Bond yields fell. "
     "Chief Executive Jane Holloway said demand was strong.", "en", "Jane Holloway"),
])
def test_bare_title_without_a_passage_subject_has_no_employer(
        extractor: Extractor, text: str, lang: str, person: str) -> None:
    assert not {o for s, o in _works_for(extractor, text, lang) if s == person}


@pytest.mark.parametrize(("text", "pair"), [
    ("Metzler-Experte Holger Brandt verwies auf steigende Preise.", ("Holger Brandt", "Metzler")),
    ("Die Aktie sei günstig, sagte Hans Berger, Experte bei der DZ Bank.", ("Hans Berger", "DZ Bank")),
])
def test_expert_with_a_named_employer_works_for_it(extractor: Extractor, text: str,
                                                   pair: tuple[str, str]) -> None:
    assert pair in _works_for(extractor, text, "de")


@pytest.mark.parametrize("text", [
    "Die Siemens-Aktie stieg. Experte Hans Berger sagte, die Nachfrage sei hoch.",
    "Energie-Experte Hans Berger sagte, Siemens Energy profitiere.",
    "Hans Berger, Experte für Energie, sagte, Siemens Energy profitiere.",
])
def test_expert_alone_has_no_employer(extractor: Extractor, text: str) -> None:
    assert not {o for s, o in _works_for(extractor, text, "de") if s == "Hans Berger"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Richemont said its chief would hand over to Jane Doe, the head of its Cartier brand, "
     "as sales grew.", ("Jane Doe", "Cartier")),
    ("Jane Doe, the head of Richemont's Cartier brand, said sales rose.", ("Jane Doe", "Cartier")),
])
def test_head_of_a_unit_works_for_the_unit(extractor: Extractor, text: str,
                                          pair: tuple[str, str]) -> None:
    assert pair in _works_for(extractor, text, "en")


@pytest.mark.parametrize("text", [
    "Jane Doe, head of research at Richemont, said Cartier sales rose.",
    "Richemont said Jane Doe, the head of sales for its brands, met the Cartier unit's managers.",
])
def test_head_of_something_else_is_not_the_units(extractor: Extractor, text: str) -> None:
    assert ("Jane Doe", "Cartier") not in _works_for(extractor, text, "en")


@pytest.mark.parametrize(("text", "role"), [
    ("Jane Doe, head of investor relations at Velmora Robotics, said orders rose.",
     "head of investor relations"),
    ("Tom Hale, head of equity research at Deutsche Bank, cut his forecast.", "head of equity research"),
    ("Velmora Robotics named Jane Doe head of sales.", "head of sales"),
])
def test_head_of_a_field_keeps_the_whole_field_as_role(extractor: Extractor, text: str,
                                                       role: str) -> None:
    # the field ends at the linker, a comma or the sentence's end, not after its first letter
    roles = {r.role for r in run(extractor, text, lang="en", headline="Marktbericht").relations
             if r.predicate == "worksFor"}
    assert roles == {role}


@pytest.mark.parametrize(("text", "place"), [
    ("The St. Louis-based seed maker Velmora Seeds said the deal would close.", "St. Louis"),
    ("Velmora Seeds is based in St. Catharines and sells to farmers.", "St. Catharines"),
    ("Velmora Robotics is based in Ulm. The company makes robots.", "Ulm"),
])
def test_city_with_a_saints_abbreviation_after_a_seat_cue(extractor: Extractor, text: str,
                                                          place: str) -> None:
    assert (place, "Place") in _entities(extractor, text, "en")


@pytest.mark.parametrize("text", [
    # no seat cue: the abbreviation opens a street's or a team's name (of a town the catalogue
    # does not know; St. Louis, Emerson's seat, it finds as it finds any city)
    "The St. Albans Saints won again.",
    "Fans of St. Pauli cheered as the team won.",
])
def test_saints_abbreviation_without_a_seat_cue_names_no_city(extractor: Extractor, text: str) -> None:
    assert not {label for label, kind in _entities(extractor, text, "en") if kind == "Place"}


@pytest.mark.parametrize(("text", "entity"), [
    ("China International Capital Corp kept its rating on the stock.",
     ("China International Capital Corporation", "FinancialInstitution")),
    ("MTR Corp. raised fares in Hong Kong.", ("MTR Corporation", "Company")),
    ("Deere & Co. cut its outlook.", ("Deere & Company", "Company")),
])
def test_legal_form_abbreviated_names_the_catalogued_entity(
        extractor: Extractor, text: str, entity: tuple[str, str]) -> None:
    found = _entities(extractor, text, "en")
    assert entity in found
    assert ("China", "Place") not in found


def test_abbreviation_alone_names_nothing(extractor: Extractor) -> None:
    # the abbreviation counts only at the end of the catalogued name
    assert not {label for label, _ in _entities(extractor, "Corp. bonds and Co. shares rose.", "en")}


@pytest.mark.parametrize(("text", "label"), [
    ("Its accounts were audited by PricewaterhouseCoopers.", "PwC"),
    ("Clients such as Deloitte and KPMG use the tool.", "Deloitte"),
    ("Ernst & Young advised the buyer.", "EY"),
])
def test_big_four_accounting_networks_are_companies(extractor: Extractor, text: str, label: str) -> None:
    assert (label, "Company") in _entities(extractor, text, "en")


def test_region_name_is_not_the_country(extractor: Extractor) -> None:
    assert ("China", "Place") not in _entities(extractor, "Sales in Greater China fell 4% last year.", "en")


def test_country_after_another_word_is_the_country(extractor: Extractor) -> None:
    assert ("China", "Place") in _entities(extractor, "Greater demand in China lifted sales.", "en")
