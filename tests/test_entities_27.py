"""Entity probes on sentences written for the test: trade nouns and catalogue aliases.

* A compound ending in the trade noun of printing ("der Etikettendrucker X") names a
  company, as the other trade-noun heads do.
* An appraiser's noun ("der Gutachter X") is a person's job as well as a firm's: a name
  after it counts only as the short name of a catalogued company, never an unknown one.
* Names counted among a company's rivals ("zählt X und Y zu seinen größten Konkurrenten",
  "counts X and Y among its biggest rivals") are companies, catalogued or not; a list
  holding other words, a person's name or a place takes none.
* A country's possessive after words of buying from or being made by a firm ("bought from
  Japan's X,") or before the verb of supplying ("Korea's X supplies") names a company; not without those words, not after a city's possessive,
  and not where the name goes on into a person's.
* A plain word joined to a trade noun's name by "mit … und" is a company where the verb of
  competing closes the list ("Mit X und dem Hersteller Y konkurriert"), not otherwise.
* A city GeoNames lists with a bracketed river or region ("Kempten (Allgäu)") is in the city
  list by its name alone; a town off the list stays no place.

Each family has look-alikes that must not fire. Names of unknown companies and people
are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of_type(x: Extraction, kind: str) -> set[str]:
    return {e.label for e in x.entities if e.type == kind}


# German sentences: (text, the label found, its type)
_FOUND = [
    ("Die Brenmoor Holding wächst weiter. Im Mai kaufte die Gruppe den Bremer "
     "Verpackungsdrucker Folienwerk für 90 Millionen Euro.", "Folienwerk", "Company"),
    ("Die Brenmoor Immobilien AG schreibt ab. Die Bewertung hatte der Gutachter CBRE "
     "vorgenommen.", "CBRE Group", "Company"),
    # a plain word joined to a trade noun's name before the verb of competing
    ("Die Brenmoor Antriebe AG wächst. Mit Falkenried und dem chinesischen Hersteller NXG "
     "konkurriert Brenmoor um Aufträge.", "Falkenried", "Company"),
    # GeoNames lists "Kempten (Allgäu)"; the city list holds it by its name alone
    ("Die Brenmoor Heiztechnik AG plant den Börsengang, teilte das Unternehmen aus Kempten am "
     "Dienstag mit.", "Kempten", "Place"),
]
# … and their look-alikes: (text, the label not found, the type it must not have)
_NOT_FOUND = [
    # a person after the printing noun
    ("Die Brenmoor Holding wächst weiter. Der Buchdrucker Jakob Reimann gründete die "
     "Werkstatt 1898.", "Jakob Reimann", "Company"),
    # a plain word joined to a trade noun's name without the verb of competing
    ("Die Brenmoor Antriebe AG wächst. Mit Kunden und dem chinesischen Hersteller NXG "
     "sprach Brenmoor über Aufträge.", "Kunden", "Company"),
    # an unknown name after the appraiser: a person's name as well
    ("Die Brenmoor Immobilien AG schreibt ab. Die Bewertung hatte der Gutachter Falkenried "
     "vorgenommen.", "Falkenried", "Company"),
    # a town off the city list
    ("Die Brenmoor Heiztechnik AG plant den Börsengang, teilte das Unternehmen aus "
     "Kleinbrenmoor am Dienstag mit.", "Kleinbrenmoor", "Place"),
]


@pytest.mark.parametrize("text, label, kind", _FOUND)
def test_trade_nouns_and_listed_cities_name_entities(extractor: Extractor, text: str, label: str,
                                                     kind: str) -> None:
    assert label in _of_type(run(extractor, text), kind)


@pytest.mark.parametrize("text, label, kind", _NOT_FOUND)
def test_trade_noun_and_city_look_alikes_name_none(extractor: Extractor, text: str, label: str,
                                                   kind: str) -> None:
    assert label not in _of_type(run(extractor, text), kind)


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


@pytest.mark.parametrize("sentence, name", [
    ("Its gearboxes are bought from Japan's Hirokawa Seiki, while the motors come from Ohio.",
     "Hirokawa Seiki"),
    ("Korea's Hanseong Cells supplies the battery packs.", "Hanseong Cells"),
])
def test_a_name_after_a_countrys_possessive_in_a_supply_is_a_company(extractor: Extractor,
                                                                      sentence: str, name: str) -> None:
    assert name in _of_type(_talbeck(extractor, sentence), "Company")


@pytest.mark.parametrize("sentence, name", [
    # no buying: a country's possessive alone opens any name
    ("The robots were shown at Japan's Hirokawa Expo, a trade fair.", "Hirokawa Expo"),
    # a city's possessive, not a country's
    ("Its gearboxes are bought from Hamburg's Elbwerk, a local firm.", "Elbwerk"),
    # no supplying verb after the name
    ("Korea's Hanseong Festival draws crowds each year.", "Hanseong Festival"),
    # a person after the possessive
    ("Its gearboxes are bought from Japan's Peter Hirokawa, a trader.", "Peter Hirokawa"),
])
def test_country_possessive_look_alikes_take_no_company(extractor: Extractor, sentence: str,
                                                        name: str) -> None:
    assert name not in _of_type(_talbeck(extractor, sentence), "Company")

