"""Wrong readings of families of names and figures, each fixed so that it holds for any article:

* "Morgan Stanley MUFG analyst …", "Sony Honda Mobility": two catalogued organisations printed
  side by side with only a space between name one joint venture, neither owner alone; a
  possessive, a comma, a hyphen compound or a headline in title case keep both names;

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import labels, rating_facts, run_in, triples

from kg.nlp.extract import Extractor

# --- a joint venture named after its two owners -----------------------------------------------


def test_joint_venture_of_two_banks_is_neither(extractor: Extractor) -> None:
    x = run_in(extractor, 'Morgan Stanley MUFG analyst Hana Ito, who rates Toyota "overweight", '
                          "raised her price target to 3,400 yen.", "en")
    assert "Mitsubishi UFJ Financial Group" not in labels(x)
    assert "Morgan Stanley" not in labels(x)
    assert ("Hana Ito", "worksFor", "Morgan Stanley MUFG") in triples(x)
    assert rating_facts(x) == {("Morgan Stanley MUFG", "Toyota Motor", "overweight")}


def test_joint_venture_takes_the_name_words_after_it(extractor: Extractor) -> None:
    x = run_in(extractor, "Its car venture with Honda, Sony Honda Mobility, plans to sell "
                          "a sedan in the United States next year.", "en", "Sony plans car sales")
    assert "Sony Honda Mobility" in labels(x)
    assert not {(s, o) for s, p, o in triples(x) if p == "partnerOf"} & {
        ("Sony Group", "Sony Honda Mobility"), ("Sony Honda Mobility", "Sony Group")}


@pytest.mark.parametrize(("lang", "sentence", "both"), [
    ("en", "Goldman Sachs analyst Hana Ito rates Toyota a buy.", {"Goldman Sachs", "Toyota Motor"}),
    ("en", "Microsoft's OpenAI stake is worth more than $100 billion.", {"Microsoft", "OpenAI"}),
    ("en", "Amazon, Anthropic and Google are in talks, people said.", {"Amazon", "Anthropic"}),
    ("de", "Die geplante Deutsche Bank Commerzbank-Fusion stößt auf Widerstand.",
     {"Deutsche Bank", "Commerzbank"}),
])
def test_names_side_by_side_that_name_no_venture(extractor: Extractor, lang: str, sentence: str,
                                                 both: set[str]) -> None:
    assert both <= labels(run_in(extractor, sentence, lang))


def test_two_names_in_a_title_case_headline_stay_two(extractor: Extractor) -> None:
    x = run_in(extractor, "Amazon said it would invest a further $4 billion in Anthropic.", "en",
               "The Amazon Anthropic Deal Is a Power Play")
    assert {"Amazon", "Anthropic"} <= labels(x)
    assert not any(" " in label and label.startswith("Amazon Anthropic") for label in labels(x))
