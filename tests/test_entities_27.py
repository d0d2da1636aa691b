"""Entity probes on sentences written for the test: trade nouns and catalogue aliases.

* A compound ending in the trade noun of printing ("der Etikettendrucker X") names a
  company, as the other trade-noun heads do.
* An appraiser's noun ("der Gutachter X") is a person's job as well as a firm's: a name
  after it counts only as the short name of a catalogued company, never an unknown one.

Each family has look-alikes that must not fire. Names of unknown companies and people
are invented.
"""

from __future__ import annotations

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

