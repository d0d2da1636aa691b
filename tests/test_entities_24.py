"""Entity probes on sentences written for the test: a discovered company named again by the
first of its two words, and a sentence-opening descriptor before a name found by its legal form.

* A company the catalogue lacks, found before its ticker ("Oakhurst Brands (NASDAQ: OAKB)")
  or after its descriptor ("der Chemiekonzern Vestra Chemie"), is named again by its first
  word alone ("Oakhurst is based in Chicago"), where that word is distinctive: not printed in
  lower case by the article, no stop word of the language ("First"), not opening a catalogued
  name of another entity ("Royal" of "Royal Caribbean Group"), not shared by two companies of
  the article.
* A bare "Maschinenbauer" or "Anlagenbauer" before a name describes it as a company, as
  their compounds do ("der Maschinenbauer Haller Maschinenbau aus Heidelberg").
* A descriptive noun opening the sentence before a name found by its legal form ("Lender
  Halvor Lindqvist Bank said") is no word of the name; not where the name would be only its
  legal form then ("Lender Bank Inc.").

All names and sentences are invented.
"""

from __future__ import annotations

from helpers import labels, run, triples

from kg.nlp.extract import Extractor

# --- a discovered name's first word ----------------------------------------------


def test_ticker_found_name_is_named_again_by_its_first_word(extractor: Extractor) -> None:
    x = run(extractor, "Oakhurst Brands (NASDAQ: OAKB) agreed to buy Pillar Foods Inc. for "
                       "$2 billion. Oakhurst is based in Chicago.",
            lang="en", headline="Oakhurst to buy Pillar Foods")
    assert ("Oakhurst Brands", "locatedIn", "Chicago") in triples(x)
    assert "Oakhurst" not in labels(x)


def test_described_name_is_named_again_by_its_first_word(extractor: Extractor) -> None:
    x = run(extractor, "Der Chemiekonzern Vestra Chemie hat einen neuen Finanzvorstand. "
                       "Vestra hat seinen Sitz in Ludwigshafen.",
            headline="Neuer Finanzvorstand")
    assert ("Vestra Chemie", "locatedIn", "Ludwigshafen") in triples(x)


def test_machine_maker_noun_finds_the_name_named_again_by_its_first_word(
        extractor: Extractor) -> None:
    """"der Maschinenbauer X Y aus Z": the bare noun describes a company as its compounds do."""
    x = run(extractor, "Der Maschinenbauer Haller Maschinenbau aus Heidelberg übernimmt einen "
                       "Zulieferer. Haller hat seinen Sitz in Heidelberg.",
            headline="Übernahme im Maschinenbau")
    assert ("Haller Maschinenbau", "locatedIn", "Heidelberg") in triples(x)


def test_machine_maker_before_a_persons_name_names_no_company(extractor: Extractor) -> None:
    """Look-alike: "der Maschinenbauer Jonas Feld" is a craftsman, a person with a given name."""
    x = run(extractor, "Der Maschinenbauer Jonas Feld hofft auf Aufträge aus China.",
            headline="Maschinenbau")
    assert not {e.label for e in x.entities if e.type == "Company"}


def test_first_word_opening_a_catalogued_name_named_in_full_names_nothing(extractor: Extractor) -> None:
    """Look-alike: "Royal" also opens "Royal Caribbean Group", which the article names in full
    too, so the short word cannot tell the two apart (a catalogued name the article never
    names in full does not block it)."""
    x = run(extractor, "Royal Systems (NASDAQ: RYSY) reported higher orders. Royal Caribbean "
                       "Group reported higher bookings. Royal is based in Chicago.",
            lang="en", headline="Orders rise")
    assert ("Royal Systems", "locatedIn", "Chicago") not in triples(x)


def test_first_word_that_is_a_stop_word_names_nothing(extractor: Extractor) -> None:
    """Look-alike: "Beyond" is a word of the language, capitalised by its place."""
    x = run(extractor, "Beyond Optics (NASDAQ: BYOP) reported higher orders. "
                       "Beyond is based in Chicago.",
            lang="en", headline="Orders rise")
    assert ("Beyond Optics", "locatedIn", "Chicago") not in triples(x)


def test_first_word_printed_in_lower_case_names_nothing(extractor: Extractor) -> None:
    """Look-alike: the article prints "lantern" as a word, so "Lantern" alone is no name."""
    x = run(extractor, "Lantern Vane (NASDAQ: LNVN) reported orders as the lantern festival began. "
                       "Lantern is based in Chicago.",
            lang="en", headline="Orders rise")
    assert ("Lantern Vane", "locatedIn", "Chicago") not in triples(x)


def test_first_word_of_two_discovered_names_names_neither(extractor: Extractor) -> None:
    x = run(extractor, "Oakhurst Brands (NASDAQ: OAKB) and Oakhurst Pharma (NYSE: OAKP) "
                       "reported orders. Oakhurst is based in Chicago.",
            lang="en", headline="Orders rise")
    assert not {r for r in triples(x) if r[2] == "Chicago"}


# --- a descriptor opening the sentence before a legal-form name ------------------


def test_sentence_opening_descriptor_is_no_word_of_a_legal_form_name(extractor: Extractor) -> None:
    x = run(extractor, "Lender Halvor Lindqvist Bank said profit rose in the third quarter.",
            lang="en", headline="Profit rises")
    assert "Halvor Lindqvist Bank" in labels(x)
    assert "Lender Halvor Lindqvist Bank" not in labels(x)


def test_descriptor_stays_where_only_the_legal_form_would_be_left(extractor: Extractor) -> None:
    """Look-alike: "Bank Inc." alone is no name, so "Lender" is its word."""
    x = run(extractor, "Lender Bank Inc. said profit rose in the third quarter.",
            lang="en", headline="Profit rises")
    assert "Bank" not in labels(x)


def test_catalogued_first_word_is_kept_before_a_legal_form(extractor: Extractor) -> None:
    """Look-alike: "Carrier" opens the catalogued "Carrier Global"."""
    x = run(extractor, "Carrier Global Corp. said profit rose in the third quarter.",
            lang="en", headline="Profit rises")
    assert "Carrier Global" in labels(x)
