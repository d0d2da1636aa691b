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
