"""Entity probes on sentences written for the test: trade nouns and catalogue aliases.

* A compound ending in the trade noun of printing ("der Etikettendrucker X") names a
  company, as the other trade-noun heads do.
* An appraiser's noun ("der Gutachter X") is a person's job as well as a firm's: a name
  after it counts only as the short name of a catalogued company, never an unknown one.
* Names counted among a company's rivals ("zählt X und Y zu seinen größten Konkurrenten",
  "counts X and Y among its biggest rivals") are companies, catalogued or not; a list
  holding other words, a person's name or a place takes none.
* A country's possessive after words of buying from or being made by a firm ("bought from
  Japan's X,") names a company; not without those words, not after a city's possessive,
  and not where the name goes on into a person's.
* A city GeoNames lists with a bracketed river or region ("Kempten (Allgäu)") is in the city
  list by its name alone; a town off the list stays no place.

Each family has look-alikes that must not fire. Names of unknown companies and people
are invented.
"""

from __future__ import annotations

import pytest
from helpers import labels, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of_type(x: Extraction, kind: str) -> set[str]:
    return {e.label for e in x.entities if e.type == kind}


def test_a_printing_compound_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Brenmoor Holding wächst weiter. Im Mai kaufte die Gruppe den "
                       "Bremer Verpackungsdrucker Folienwerk für 90 Millionen Euro.")
    assert "Folienwerk" in _of_type(x, "Company")


def test_a_printer_person_after_the_noun_is_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Brenmoor Holding wächst weiter. Der Buchdrucker Jakob Reimann "
                       "gründete die Werkstatt 1898.")
    assert "Jakob Reimann" not in _of_type(x, "Company")


def test_an_appraiser_names_a_catalogued_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Brenmoor Immobilien AG schreibt ab. Die Bewertung hatte der "
                       "Gutachter CBRE vorgenommen.")
    assert "CBRE Group" in _of_type(x, "Company")


def test_an_appraiser_before_an_unknown_name_names_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Brenmoor Immobilien AG schreibt ab. Die Bewertung hatte der "
                       "Gutachter Falkenried vorgenommen.")
    assert "Falkenried" not in labels(x)



@pytest.mark.parametrize("text, lang, names", [
    ("Die Brenmoor Heiztechnik AG plant den Börsengang. Das Unternehmen zählt Falkenried und "
     "Ostwerk Thermo zu seinen größten Konkurrenten.", "de", {"Falkenried", "Ostwerk Thermo"}),
    ("Brenmoor Heating plans a listing. The company counts Falkenried, Ostwerk and Quillon "
     "among its biggest rivals.", "en", {"Falkenried", "Ostwerk", "Quillon"}),
])
def test_names_counted_among_rivals_are_companies(extractor: Extractor, text: str, lang: str,
                                                   names: set[str]) -> None:
    assert names <= _of_type(run(extractor, text, lang=lang, headline="Börsengang"), "Company")


@pytest.mark.parametrize("text, lang, name", [
    # other words in the list: no list of names
    ("Die Brenmoor Heiztechnik AG plant den Börsengang. Das Unternehmen zählt auch Falkenried "
     "zu seinen größten Konkurrenten.", "de", "Falkenried"),
    # a person counted: a given name opens it
    ("Brenmoor Heating plans a listing. The company counts Peter Falkenried among its "
     "biggest rivals.", "en", "Peter Falkenried"),
    # counted among customers, not rivals
    ("Brenmoor Heating plans a listing. The company counts Falkenried and Ostwerk among its "
     "biggest customers.", "en", "Falkenried"),
])
def test_counted_look_alikes_take_no_company(extractor: Extractor, text: str, lang: str,
                                             name: str) -> None:
    assert name not in _of_type(run(extractor, text, lang=lang, headline="Börsengang"), "Company")


def _talbeck(extractor: Extractor, sentence: str) -> Extraction:
    return run(extractor, "Talbeck Robotics builds warehouse robots. " + sentence, lang="en",
               headline="Robot maker")


def test_a_name_bought_from_after_a_countrys_possessive_is_a_company(extractor: Extractor) -> None:
    x = _talbeck(extractor, "Its gearboxes are bought from Japan's Hirokawa Seiki, while the "
                            "motors come from Ohio.")
    assert "Hirokawa Seiki" in _of_type(x, "Company")


@pytest.mark.parametrize("sentence, name", [
    # no buying: a country's possessive alone opens any name
    ("The robots were shown at Japan's Hirokawa Expo, a trade fair.", "Hirokawa Expo"),
    # a city's possessive, not a country's
    ("Its gearboxes are bought from Hamburg's Elbwerk, a local firm.", "Elbwerk"),
    # a person after the possessive
    ("Its gearboxes are bought from Japan's Peter Hirokawa, a trader.", "Peter Hirokawa"),
])
def test_country_possessive_look_alikes_take_no_company(extractor: Extractor, sentence: str,
                                                        name: str) -> None:
    assert name not in _of_type(_talbeck(extractor, sentence), "Company")


def test_a_city_named_with_a_bracketed_region_is_found_by_its_name(extractor: Extractor) -> None:
    # GeoNames lists "Kempten (Allgäu)"; the city list holds it by its name alone
    x = run(extractor, "Die Brenmoor Heiztechnik AG plant den Börsengang, teilte das "
                       "Unternehmen aus Kempten am Dienstag mit.")
    assert "Kempten" in _of_type(x, "Place")


def test_a_town_off_the_city_list_is_no_place(extractor: Extractor) -> None:
    x = run(extractor, "Die Brenmoor Heiztechnik AG plant den Börsengang, teilte das "
                       "Unternehmen aus Kleinbrenmoor am Dienstag mit.")
    assert "Kleinbrenmoor" not in _of_type(x, "Place")
