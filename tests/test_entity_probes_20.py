"""Entity probes on sentences written for the test.

* A rival's words right before a company's short name ("rival Muster", "competes with Muster",
  "Konkurrent Muster") make it name the company the catalogue keeps with its legal form
  ("Muster Oyj", "Muster Inc."), even where the short name alone is a common word; not the
  lower-case word ("the rival block of shareholders") nor the first word of a longer name.

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
