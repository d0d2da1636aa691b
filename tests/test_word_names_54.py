"""Catalogued names that English also has as words ("Shell", "Apple", "Amazon"): the word where
it opens a sentence (or a title-case headline) before the words of its own compound ("Shell
companies", "Apple pie"), the company (or product) everywhere else."""

from __future__ import annotations

import pytest
from helpers import labels, run, run_in

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor


@pytest.mark.parametrize("text, label", [
    ("Shell companies were used to hide the money.", "Shell"),
    ("Police said so. Shell companies were used to hide the money.", "Shell"),
    ("Apple pie sales rose 4% in the autumn.", "Apple"),
    ("Amazon rainforest fires spread again this year.", "Amazon"),
    ("Meta analysis shows a small effect of the drug.", "Meta Platforms"),
    ("Windows were broken in the storm.", "Microsoft Windows"),
    ("Snowflake patterns are never alike.", "Snowflake"),
    ("Canon law forbids the sale.", "Canon"),
    ("Citadel walls still stand after 800 years.", "Citadel"),
    ("Threads of evidence were found in the accounts.", "Threads"),
    ("Chevron deference was struck down by the court.", "Chevron"),
    ("Sequoia trees grow slowly.", "Sequoia Capital"),
    ("Cypress trees line the road.", "Cypress Semiconductor"),
])
def test_word_opening_its_compound_names_no_entity(extractor: Extractor, text: str,
                                                    label: str) -> None:
    assert load_catalogue().get(label) is not None, label
    assert label not in labels(run_in(extractor, text, "en"))


@pytest.mark.parametrize("headline, label", [
    ("Apple Pie Sales Rose", "Apple"),
    ("Shell Companies Used to Hide Money", "Shell"),
])
def test_title_case_headline_opening_the_compound_names_no_entity(
        extractor: Extractor, headline: str, label: str) -> None:
    assert label not in labels(run(extractor, "Bakers were pleased.", "en", headline=headline))


@pytest.mark.parametrize("text, label", [
    ("Shell shares rose 2% in London.", "Shell"),
    ("Shell plc raised its dividend.", "Shell"),
    ("Apple said revenue rose 5%.", "Apple"),
    ("Amazon Web Services grew 17%.", "Amazon Web Services"),
    ("Meta Platforms raised its outlook.", "Meta Platforms"),
    ("Windows revenue rose 4%.", "Microsoft Windows"),
    ("Snowflake shares fell 5%.", "Snowflake"),
    ("Canon raised its forecast.", "Canon"),
    ("Citadel made a profit of $8 billion.", "Citadel"),
    ("Threads has 200 million users, Meta said.", "Threads"),
    ("Chevron raised its dividend.", "Chevron"),
    ("Sequoia led the funding round.", "Sequoia Capital"),
    ("Cypress shares rose 3%.", "Cypress Semiconductor"),
    # the insurer keeps its name: no cue tells the travelling people from it
    ("Travelers reported a profit of $1 billion.", "Travelers Companies"),
    # inside a sentence the capital marks the name: the group's companies
    ("Regulators fined the Shell companies in Nigeria.", "Shell"),
])
def test_name_keeps_its_entity(extractor: Extractor, text: str, label: str) -> None:
    assert label in labels(run_in(extractor, text, "en"))


def test_title_case_headline_of_the_company_keeps_its_entity(extractor: Extractor) -> None:
    x = run(extractor, "The oil company raised its dividend.", "en",
            headline="Shell Profit Beats Estimates")
    assert "Shell" in labels(x)
