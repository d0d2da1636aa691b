"""Entity probes on sentences written for the test: products the catalogue does not know, found
by the words that make them names.

* A code-like product name before its kind noun may follow an adjective ("its battery-electric
  Vela X7 SUV"), the determiner may open the sentence ("Its …"), a model number may end the
  name ("the company's Vireo 800 switch chip") and a noun of what it does may stand before the
  kind noun. A year is no model number ("its Vireo 2026 chip"), nor a period ("its Q3 chip").
* A German drug code after its noun may join capitals and three digits or more without a
  hyphen ("der Antikörper BNT327"); a year so joined ("EU2030") and a short code ("AB12") are
  none.
* A drug named before "a treatment"/"a therapy" is a product; a place or a clinic so described
  ("a treatment center") is none.

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _typed(x: Extraction) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in x.entities}


def _labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


def test_coded_product_after_an_adjective(extractor: Extractor) -> None:
    x = run(extractor, "Li Auto delivered 50,000 cars in May. Its battery-electric Vela X7 SUV "
            "went on sale in June.", "en", "Deliveries")
    assert ("Vela X7", "Product") in _typed(x)


def test_model_number_and_function_noun_before_the_kind_noun(extractor: Extractor) -> None:
    x = run(extractor, "Broadcom said Microsoft had raised orders for the company's Vireo 800 "
            "switch chip.", "en", "Orders")
    assert ("Vireo 800", "Product") in _typed(x)
    assert "Vireo" not in _labels(x)


def test_year_or_period_is_no_model_number(extractor: Extractor) -> None:
    for body in ("Broadcom said its Vireo 2026 chip sales rose 5%.",
                 "Apple said its Q3 phone sales rose 5%.",
                 "Nvidia said its new 2026 car chip sales rose 5%."):
        x = run(extractor, body, "en", "Sales")
        assert not {label for label, kind in _typed(x) if kind == "Product"}, body


def test_german_code_joined_to_digits(extractor: Extractor) -> None:
    x = run(extractor, "BioNTech kommt voran. Der bispezifische Antikörper BNT419 hat in einer "
            "Studie überzeugt.", "de")
    assert ("BNT419", "Product") in _typed(x)


def test_german_joined_year_or_short_code_is_no_product(extractor: Extractor) -> None:
    for body in ("Bayer setzt auf den Kandidaten EU2030 der Kommission.",
                 "Bayer meldet, der Wirkstoff AB12 wirke."):
        x = run(extractor, body, "de")
        assert not {label for label, kind in _typed(x) if kind == "Product"}, body


def test_drug_described_as_a_treatment(extractor: Extractor) -> None:
    x = run(extractor, "Boston-based Vireon Therapeutics sells Zolvara, a treatment for a rare "
            "liver disease.", "en", "Drugs")
    assert ("Zolvara", "Product") in _typed(x)


def test_treatment_center_is_no_product(extractor: Extractor) -> None:
    for body in ("Patients at Halden Care, a treatment center in Oslo, waited longer.",
                 "Fargoville, a therapy hub in the north, grew.",
                 "In March, a treatment for gout was approved for Pfizer."):
        x = run(extractor, body, "en", "Care")
        assert not {label for label, kind in _typed(x) if kind == "Product"}, body
