"""Families of figures on sentences written for these tests, each with look-alikes that
must keep their reading:

- The daily output a sentence opens with, named by its commodity ("Oil and gas production
  averaged 1.9 million barrels of oil equivalent per day", "Oil output was …"): the output of
  the producer the passage is about, as "Production averaged …" is. Look-alikes: the output of
  a country or of the world ("U.S. oil production", "Oil production in the United States",
  "Global oil output"), the price of a barrel, and the commodity's own move keep no figure of
  the producer.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor

_BP = "BP reported a higher profit on Tuesday. "


@pytest.mark.parametrize("opening", ["Oil and gas production averaged",
                                     "Oil production was",
                                     "Oil output rose 2% to"])
def test_output_opening_with_its_commodity_is_the_producers(extractor: Extractor,
                                                            opening: str) -> None:
    x = run(extractor, _BP + f"{opening} 1.93 million barrels of oil equivalent per day in the "
            "quarter.", "en", "BP results")
    assert ("BP", "Other", Decimal("1930000"), "Count") in figure_facts(x)


@pytest.mark.parametrize("sentence", [
    "U.S. oil production rose to 13.1 million barrels per day in October.",
    "Oil production in the United States rose to 13.1 million barrels per day in October.",
    "Global oil output rose to 13.1 million barrels per day in October.",
    "Oil production of the OPEC+ group rose to 13.1 million barrels per day in October.",
])
def test_output_of_a_country_or_the_world_is_none_of_the_producers(extractor: Extractor,
                                                                    sentence: str) -> None:
    x = run(extractor, _BP + sentence, "en", "BP results")
    assert not any(about == "BP" and value == Decimal("13100000")
                   for about, _metric, value, _unit in figure_facts(x))


@pytest.mark.parametrize("sentence", ["Oil prices rose 2% to $71 a barrel.",
                                      "Oil rose 2% to $71 a barrel on Tuesday."])
def test_commodity_price_stays_no_figure_of_the_producer(extractor: Extractor,
                                                         sentence: str) -> None:
    x = run(extractor, _BP + sentence, "en", "BP results")
    assert not any(about == "BP" and value in (Decimal("2"), Decimal("71"))
                   for about, _metric, value, _unit in figure_facts(x))
