"""A unit named by a word and a unit noun ("die Cloud-Sparte", "its cloud unit") is the
catalogued unit of the company with a word of its name beginning with that word: the
letters of the word inside another word do not count ("US" is not in "Buses"), and a unit
noun followed by a name ("die Netztochter Westenergie") is that name, not a reference.

Companies and units are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from kg.nlp.references import unit_of


def test_place_word_of_a_subsidiary_is_not_inside_a_units_name(extractor: Extractor) -> None:
    x = run(extractor, "Daimler Truck hob die Prognose an. "
            "Die US-Tochter steigerte den Absatz um 5 Prozent.", "de", "Daimler Truck wächst")
    assert "Daimler Buses" not in {e.label for e in x.entities}


def test_unit_word_that_begins_a_word_of_the_name_still_finds_it(extractor: Extractor) -> None:
    # look-alike: "Bus" begins the word "Buses" of the catalogued bus unit
    x = run(extractor, "Daimler Truck hob die Prognose an. "
            "Die Bus-Sparte steigerte den Umsatz um 5 Prozent.", "de", "Daimler Truck wächst")
    assert ("Daimler Buses", "subsidiaryOf", "Daimler Truck") in triples(x)


def test_unit_of_matches_words_not_letters(catalogue: Catalogue) -> None:
    assert unit_of(catalogue, "Daimler Truck", ("US",)) is None
    assert unit_of(catalogue, "Alibaba Group", ("Cloud",)) == "Alibaba Cloud"
