"""Entity probes on sentences written for the test.

* A rival's words right before a company's short name ("rival Muster", "competes with Muster",
  "Konkurrent Muster") make it name the company the catalogue keeps with its legal form
  ("Muster Oyj", "Muster Inc."), even where the short name alone is a common word; not the
  lower-case word ("the rival block of shareholders") nor the first word of a longer name.
* A catalogued name of several words with inner capitals ("PlayStation Network") is also
  found with its words in the plain form news print ("Playstation Network"), the longer
  name over its first word's ("PlayStation"); not in lower case.
* After a joint-venture or subsidiary noun ("das Gemeinschaftsunternehmen", "the joint
  venture") a catalogued company's name joined by a hyphen to capitals ("BASF-XYC") is the
  joint venture, a company of its own; not a compound with a word ("BASF-Chemie", "BASF-Chef")
  nor the parent named after the noun alone.

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _entities(extractor: Extractor, text: str, lang: str = "en") -> set[tuple[str, str]]:
    headline = "Marktbericht" if lang == "de" else "Market report"
    return {(e.label, e.type) for e in run(extractor, text, lang=lang, headline=headline).entities}


@pytest.mark.parametrize("text, label", [
    ("Rival Block reports its quarterly results next week.", "Block Inc."),
    ("Analysts set the lender against its peer Block on margins.", "Block Inc."),
    ("The carrier competes with Elisa for fibre customers in Tampere.", "Elisa Oyj"),
    ("For years it competed with Block in card readers.", "Block Inc."),
])
def test_rival_before_short_name_names_the_company(extractor: Extractor, text: str,
                                                   label: str) -> None:
    assert (label, "Company") in _entities(extractor, text)


def test_german_rival_before_short_name_names_the_company(extractor: Extractor) -> None:
    text = "Der Netzbetreiber konkurriert mit Elisa um Glasfaserkunden in Tampere."
    assert ("Elisa Oyj", "Company") in _entities(extractor, text, lang="de")


@pytest.mark.parametrize("text", [
    "The rival block of shareholders voted against the plan.",
    "A block of rival investors sold the shares.",
    "Rival Block Harbor Ventures bought the building.",
    "Peers Block Seven and Lumeno trade lower.",
])
def test_rival_words_without_a_short_name_name_no_company(extractor: Extractor,
                                                          text: str) -> None:
    assert ("Block Inc.", "Company") not in _entities(extractor, text)


@pytest.mark.parametrize("text, lang", [
    ("Monthly users of the Playstation Network climbed to a record.", "en"),
    ("Die Zahl der Nutzer im Playstation Network stieg auf einen Rekord.", "de"),
])
def test_plain_form_of_a_name_of_several_words(extractor: Extractor, text: str,
                                                 lang: str) -> None:
    found = _entities(extractor, text, lang)
    assert ("PlayStation Network", "Product") in found
    assert ("PlayStation", "Product") not in found


def test_lower_case_name_of_several_words_names_nothing(extractor: Extractor) -> None:
    text = "A playstation network of friends met every weekend."
    assert ("PlayStation Network", "Product") not in _entities(extractor, text)


@pytest.mark.parametrize("text, lang", [
    ("Das Gemeinschaftsunternehmen BASF-XYC in Wuhan soll ab 2028 mehr liefern.", "de"),
    ("The joint venture BASF-XYC in Wuhan will supply more from 2028.", "en"),
    ("Die Tochter BASF-XYC wächst kräftig.", "de"),
])
def test_hyphened_joint_venture_after_its_noun(extractor: Extractor, text: str,
                                               lang: str) -> None:
    found = _entities(extractor, text, lang)
    assert ("BASF-XYC", "Company") in found
    assert ("BASF", "Company") not in found


@pytest.mark.parametrize("text, lang", [
    ("Die Tochter BASF-Chemie wächst kräftig.", "de"),
    ("Der BASF-Chef sprach über das Gemeinschaftsunternehmen.", "de"),
    ("Das Gemeinschaftsunternehmen BASF soll wachsen.", "de"),
    ("The joint venture between BASF and Sinopec grew.", "en"),
])
def test_parent_stays_without_a_hyphened_capital_name(extractor: Extractor, text: str,
                                                      lang: str) -> None:
    found = _entities(extractor, text, lang)
    assert ("BASF", "Company") in found
    assert not any(label.startswith("BASF-") for label, _ in found)
