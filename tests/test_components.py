"""Extraction runs registered components in order; one registered from
outside kg/nlp runs without any change to the extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.ingest import make_article
from kg.nlp import components
from kg.nlp.components import Facts, Inputs, fact_finder, mention_source
from kg.nlp.document import Document
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention
from kg.records import Evidence, Relation

TEXT = ("Siemens kauft Anteile an Infineon\n"
        "Der Konzern Siemens teilte am Montag mit, er zahle in bar.")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def registered() -> Iterator[list[str]]:
    """Names registered by a test, removed again afterwards."""
    names: list[str] = []
    yield names
    for name in names:
        for registry in (components.MENTION_SOURCES, components.FACT_FINDERS):
            if name in registry.names():
                registry.remove(name)


def test_the_built_in_components_run_in_their_order() -> None:
    assert components.MENTION_SOURCES.names()[:2] == ["catalogue", "discovery"]
    assert components.MENTION_SOURCES.names().index("salience") \
        < components.MENTION_SOURCES.names().index("references")
    finders = components.FACT_FINDERS.names()
    assert finders.index("figures") < finders.index("coverage") < finders.index("confidence")


def test_a_mention_source_from_outside_runs_in_its_place(
        extractor: Extractor, registered: list[str]) -> None:
    """A source placed after the catalogue sees its mentions; one placed
    before salience adds an entity the article is then about."""
    seen: list[list[str]] = []

    @mention_source("test-spy", order=150)
    def spy(document: Document, inputs: Inputs) -> None:
        seen.append(sorted({m.label for m in document.mentions}))

    @mention_source("test-bar", order=350)
    def bar(document: Document, inputs: Inputs) -> None:
        start = inputs.article.clean_text.index("bar")
        document.add_mentions([Mention(start=start, end=start + 3, label="Bar Holding",
                                       type="Organization", surface="bar", rule="test/bar")])

    registered += ["test-spy", "test-bar"]
    extraction = extractor.extract(make_article(text=TEXT, source="t", article_id="a1"))
    assert seen == [["Infineon Technologies", "Siemens"]]
    entity = next(e for e in extraction.entities if e.label == "Bar Holding")
    assert entity.evidence.extractor == "test/bar"


def test_a_fact_finder_from_outside_runs_before_the_confidence_stage(
        extractor: Extractor, registered: list[str]) -> None:
    @fact_finder("test-partner", order=500)
    def partner(document: Document, facts: Facts) -> None:
        sentence = document.sentences[0]
        facts.relations.append(Relation(
            subject="Siemens", predicate="partnerOf", object="Infineon Technologies",
            evidence=Evidence(sentence=sentence.text, start=0, end=7, extractor="test/partner")))

    registered.append("test-partner")
    extraction = extractor.extract(make_article(text=TEXT, source="t", article_id="a2"))
    (found,) = [r for r in extraction.relations if r.evidence.extractor == "test/partner"]
    assert (found.subject, found.object) == ("Siemens", "Infineon Technologies")
    assert 0.0 <= found.confidence <= 1.0


def test_a_name_is_registered_once(registered: list[str]) -> None:
    @fact_finder("test-once", order=1)
    def once(document: Document, facts: Facts) -> None:
        return None

    registered.append("test-once")
    with pytest.raises(ValueError, match="already registered"):
        fact_finder("test-once", order=2)(once)


def test_without_the_extra_components_nothing_of_them_remains(extractor: Extractor) -> None:
    extraction = extractor.extract(make_article(text=TEXT, source="t", article_id="a3"))
    assert {e.label for e in extraction.entities} >= {"Siemens", "Infineon Technologies"}
    assert "Bar Holding" not in {e.label for e in extraction.entities}
    assert not any(r.evidence.extractor.startswith("test/") for r in extraction.relations)
