"""Optional statistical NER: a model named with --spacy-model supplements the rules.

The test trains a tiny German NER model itself (no download), saves it, and
checks that its loading, its language detection and the merging of its
entities with the rules work.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from kg.errors import OntologyError
from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.statistical import model_language

TRAIN = [
    ("Die Firma Quellbach meldet Gewinne.", [(10, 19, "ORG")]),
    ("Quellbach steigert den Umsatz deutlich.", [(0, 9, "ORG")]),
    ("Anleger mögen Quellbach sehr.", [(14, 23, "ORG")]),
    ("Chefin Ilka Sommerfeld lobt das Team.", [(7, 22, "PER")]),
    ("Ilka Sommerfeld spricht mit Anlegern.", [(0, 15, "PER")]),
    ("Der Konzern Quellbach wächst.", [(12, 21, "ORG")]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner")
    for _, spans in TRAIN:
        for _, _, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(text), {"entities": spans}) for text, spans in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("model") / "de_tiny_ner"
    nlp.to_disk(path)
    return path


def test_statistical_model_language_from_meta(tiny_model: Path) -> None:
    assert model_language(str(tiny_model)) == "de"


def test_statistical_model_language_from_package_name() -> None:
    assert model_language("en_core_web_sm") == "en"


def test_statistical_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(OntologyError):
        model_language("xx_nonsense")


def test_statistical_entities_supplement_the_rules(tiny_model: Path) -> None:
    text = "Bericht\nQuellbach steigert den Umsatz deutlich, und Siemens ebenfalls."
    article = make_article(text=text, source="t", article_id="t", lang="de")
    plain = {e.label for e in Extractor().extract(article).entities}
    with_model = {e.label: e for e in Extractor(spacy_models=[str(tiny_model)]).extract(article).entities}
    assert "Quellbach" not in plain
    assert "Quellbach" in with_model
    assert with_model["Quellbach"].type == "Company"
    assert with_model["Quellbach"].evidence.extractor == "statistical/ORG"
    assert "Siemens" in with_model  # the rules' entities stay
