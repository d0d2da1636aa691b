"""Wrong readings of families of names and figures, each fixed so that it holds for any article:

* "Morgan Stanley MUFG analyst …", "Sony Honda Mobility": two catalogued organisations printed
  side by side with only a space between name one joint venture, neither owner alone; a
  possessive, a comma, a hyphen compound or a headline in title case keep both names;
* "Shares of Sony, which have risen 38% this year and outpaced the Nikkei 225 index's 21%
  gain": a name whose possessive stands before a later number owns that number, not the
  earlier one; a plain name after the number still owns it ("… bleibt SAP");
* "its image sensor unit, X, which supplies chips for Apple's iPhone, and said it expects the
  business to post sales of …": a unit's word takes up the unit named before it, and a
  customer named in a relative clause closed before a reference is none of its antecedents;

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, rating_facts, run_in, triples

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


# --- a comparison of two share moves --------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Shares of Sony, which have risen 38% this year and outpaced the Nikkei 225 index's 21% gain, "
    "closed higher.",
    "Shares of Sony have risen 38% this year, outpacing the Nikkei 225 index's 21% gain.",
    "Shares of Sony, which have risen 38% this year and outpaced the Nikkei 225's 21% gain, "
    "closed higher.",
])
def test_possessive_owner_of_the_second_move(extractor: Extractor, sentence: str) -> None:
    moves = metric_facts(run_in(extractor, sentence, "en", "Sony lifts forecast"), "StockPriceChange")
    assert ("Sony Group", Decimal("38")) in moves
    assert ("Nikkei 225", Decimal("38")) not in moves
    assert ("Sony Group", Decimal("21")) not in moves


def test_name_after_a_move_without_a_number_of_its_own(extractor: Extractor) -> None:
    moves = metric_facts(run_in(extractor, "Mit einem Plus von 3,4 Prozent an der Dax-Spitze stand SAP.",
                                "de"), "StockPriceChange")
    assert moves == {("SAP", Decimal("3.4"))}


# --- a unit named before its customer ---------------------------------------------------------


def test_unit_word_takes_up_the_unit_before_a_customer(extractor: Extractor) -> None:
    x = run_in(extractor, "Sony also lifted its forecast for its image sensor unit, Sony Semiconductor "
                          "Solutions, which supplies chips for Apple's iPhone, and said it expects the "
                          "business to post sales of 1.6 trillion yen in the year.", "en",
               "Sony lifts forecast")
    assert metric_facts(x, "Revenue") == {("Sony Semiconductor Solutions", Decimal("1600000000000"))}


def test_business_word_without_a_unit_keeps_the_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Sony, which supplies chips for Apple's iPhone, said it expects the "
                          "business to post sales of 12 trillion yen in the year.", "en",
               "Sony lifts forecast")
    assert metric_facts(x, "Revenue") == {("Sony Group", Decimal("12000000000000"))}
