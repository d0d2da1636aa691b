"""Wrong facts of the precision30 families, each fixed so that it holds for any article:

* "the startup" names a company not yet listed: after a sentence opened by listed
  companies ("Oracle and SoftBank have placed orders") it means the article's own unlisted
  company, or no one, never the listed name before; "the company" still follows the name.

Listed companies are real catalogue entries; startups, people and facts are invented.
"""

from __future__ import annotations

from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _revenue_owners(x: Extraction) -> set[str]:
    return {about for about, metric, _value, _unit in figure_facts(x) if metric == "Revenue"}


# --- "the startup" is never a listed company ---------------------------------------------------

def test_startup_after_listed_buyers_is_not_theirs(extractor: Extractor) -> None:
    x = run(extractor,
            "Quillon Robotics and Marvex Photonics are building rival inference chips. "
            "Oracle and SoftBank have also placed orders. "
            "The startup expects revenue of $1.2 billion in 2027.",
            "en", "Chip startups court cloud buyers")
    assert not _revenue_owners(x) & {"Oracle", "SoftBank Group"}


def test_startup_means_the_articles_unlisted_company(extractor: Extractor) -> None:
    x = run(extractor,
            "Quillon Robotics, a Boston-based startup, builds warehouse robots. "
            "Quillon Robotics said demand was rising. Quillon Robotics hired 200 engineers. "
            "Oracle has also placed orders. "
            "The startup expects revenue of $300 million in 2027.",
            "en", "Quillon Robotics wins Oracle order")
    assert _revenue_owners(x) == {"Quillon Robotics"}


def test_company_after_a_listed_name_still_means_it(extractor: Extractor) -> None:
    x = run(extractor,
            "Oracle raised its outlook on Tuesday. "
            "The company expects revenue of $70 billion in fiscal 2027.",
            "en", "Oracle lifts outlook")
    assert _revenue_owners(x) == {"Oracle"}
