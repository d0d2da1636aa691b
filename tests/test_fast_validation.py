"""The fast checker compiled from ontology/shapes.ttl reports exactly the
violations pyshacl reports: same focus nodes, same paths, on good graphs and
on deliberately broken copies of the graph docs/rdf-mapping.md describes."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from kg.errors import OntologyError, ShapeViolation
from kg.rdf.mapper import catalogue_graph, to_graph
from kg.rdf.shapes import FastChecker, fast_check, load_shapes
from kg.records import ENTITY_TYPES

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("shape_cases", ROOT / "tests" / "test_shapes.py")
_cases = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_cases)  # type: ignore[union-attr]
GOOD_TTL: str = _cases.GOOD_TTL
ARTICLE, ALIBABA, QWEN = _cases.ARTICLE, _cases.ALIBABA, _cases.QWEN
MENTION, STATEMENT, RATING = _cases.MENTION, _cases.STATEMENT, _cases.RATING
OBSERVATION, RANGE_OBS = _cases.OBSERVATION, _cases.RANGE_OBS

FIN = Namespace("https://w3id.org/finkg/ontology#")
KGR = Namespace("https://w3id.org/finkg/resource/")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


@pytest.fixture(scope="module")
def checker() -> FastChecker:
    return FastChecker(load_shapes())


def _pyshacl(data: Graph) -> set[tuple[object, object]]:
    _, results, _ = validate(data, shacl_graph=load_shapes(), inference="none")
    return {(results.value(r, SH.focusNode), results.value(r, SH.resultPath))
            for r in results.subjects(RDF.type, SH.ValidationResult)}


def _fast(checker: FastChecker, data: Graph) -> set[tuple[object, object]]:
    return {(focus, path) for focus, path, _ in checker.results(data)}


def _set(g: Graph, s: object, p: URIRef, o: object) -> None:
    g.remove((s, p, None))
    g.add((s, p, o))  # type: ignore[arg-type]


def _dec(text: str) -> Literal:
    return Literal(text, datatype=XSD.decimal)


def _unlabelled(entity_type: str) -> Callable[[Graph], None]:
    def add(g: Graph) -> None:
        g.add((KGR["u-" + entity_type.lower()], RDF.type, FIN[entity_type]))
    return add


# Each case breaks the good graph in one way (a few break several things at once).
BREAKS: dict[str, Callable[[Graph], None]] = {
    "unknown metric": lambda g: _set(g, OBSERVATION, FIN.metric, FIN.Turnover),
    "unit not allowed": lambda g: _set(g, OBSERVATION, FIN.unit, FIN.Kilogram),
    "unit as string": lambda g: _set(g, OBSERVATION, FIN.unit, Literal("Percent")),
    "two values": lambda g: g.add((OBSERVATION, FIN.value, _dec("7.5"))),
    "value untyped": lambda g: _set(g, OBSERVATION, FIN.value, Literal("6.39")),
    "value ill-typed": lambda g: _set(g, OBSERVATION, FIN.value, _dec("six")),
    "missing evidence": lambda g: g.remove((OBSERVATION, FIN.evidence, None)),
    "empty evidence": lambda g: _set(g, MENTION, FIN.evidence, Literal("")),
    "evidence with language": lambda g: _set(g, STATEMENT, FIN.evidence,
                                             Literal("Satz", lang="de")),
    "value and range": lambda g: g.add((RANGE_OBS, FIN.value, _dec("35"))),
    "neither value nor range": lambda g: g.remove((OBSERVATION, FIN.value, None)),
    "half a range": lambda g: g.remove((RANGE_OBS, FIN.maxValue, None)),
    "range out of order": lambda g: _set(g, RANGE_OBS, FIN.minValue, _dec("50")),
    "range incomparable": lambda g: _set(g, RANGE_OBS, FIN.maxValue, Literal("forty")),
    # the order of numbers is read from their values: equal, integer against decimal, doubles
    "range of one value is fine": lambda g: (_set(g, RANGE_OBS, FIN.minValue, _dec("40.0")),
                                             _set(g, RANGE_OBS, FIN.maxValue, _dec("40"))),
    "range integer over decimal": lambda g: _set(g, RANGE_OBS, FIN.minValue, Literal(41)),
    "range integer under decimal is fine": lambda g: _set(g, RANGE_OBS, FIN.minValue, Literal(39)),
    "range of doubles out of order": lambda g: (_set(g, RANGE_OBS, FIN.minValue, Literal(4.5)),
                                                _set(g, RANGE_OBS, FIN.maxValue, Literal(4.25))),
    "range ill-typed below": lambda g: _set(g, RANGE_OBS, FIN.minValue, _dec("1,5")),
    "empty span is fine": lambda g: _set(g, MENTION, FIN.end,
                                         next(g.objects(MENTION, FIN.start))),
    # a value of sh:in is the same IRI, not a literal or a blank node of the same text
    "unit as a blank node": lambda g: _set(g, OBSERVATION, FIN.unit, BNode(str(FIN.Percent))),
    "unit as a literal of its IRI": lambda g: _set(g, OBSERVATION, FIN.unit,
                                                   Literal(str(FIN.Percent))),
    "unknown qualifier and status": lambda g: (_set(g, OBSERVATION, FIN.qualifier, FIN.Roughly),
                                               _set(g, OBSERVATION, FIN.status, FIN.Rumour)),
    "negative offset": lambda g: _set(g, MENTION, FIN.start, Literal(-1)),
    "reversed span": lambda g: _set(g, OBSERVATION, FIN.start, Literal(2000)),
    "offset as decimal": lambda g: _set(g, RATING, FIN.end, _dec("1325.0")),
    "offset ill-typed": lambda g: _set(g, MENTION, FIN.end,
                                       Literal("forty", datatype=XSD.integer)),
    "two sources of provenance": lambda g: g.add((MENTION, PROV.wasDerivedFrom, KGR["article/x"])),
    "provenance as literal": lambda g: _set(g, STATEMENT, PROV.wasDerivedFrom, Literal("d01")),
    "bad sha256": lambda g: _set(g, ARTICLE, FIN.sha256, Literal("9F86D081884C7D659A2FEAA0")),
    "unsupported language": lambda g: _set(g, ARTICLE, SCHEMA.inLanguage, Literal("fr")),
    "no headline nor source": lambda g: (g.remove((ARTICLE, SCHEMA.headline, None)),
                                         g.remove((ARTICLE, FIN.source, None))),
    "date and ad blocks untyped": lambda g: (_set(g, ARTICLE, SCHEMA.datePublished,
                                                  Literal("04.01.2026")),
                                             _set(g, ARTICLE, FIN.adBlocks, Literal(-2))),
    "url as string": lambda g: _set(g, ARTICLE, SCHEMA.url, Literal("https://example.com")),
    "mentions a literal": lambda g: g.add((ARTICLE, FIN.mentions, Literal("Alibaba"))),
    "article is a blank node": lambda g: g.add((BNode("a1"), RDF.type, FIN.Article)),
    "two labels": lambda g: g.add((ALIBABA, RDFS.label, Literal("Alibaba"))),
    "blank label": lambda g: _set(g, QWEN, RDFS.label, Literal(" ")),
    "label with language": lambda g: _set(g, QWEN, RDFS.label, Literal("Qwen", lang="en")),
    "same-as literal": lambda g: _set(g, ALIBABA, OWL.sameAs, Literal("Q1359568")),
    "rating without by": lambda g: g.remove((RATING, FIN.by, None)),
    "rating blank": lambda g: _set(g, RATING, FIN.rating, Literal("")),
    "price target not an observation": lambda g: _set(g, RATING, FIN.priceTarget, ALIBABA),
    "price target a literal": lambda g: _set(g, RATING, FIN.priceTarget, Literal("760")),
    "mention without entity": lambda g: g.remove((MENTION, FIN.entity, None)),
    "statement with unknown predicate": lambda g: _set(g, STATEMENT, RDF.predicate, FIN.mentions),
    "statement without extractor": lambda g: g.remove((STATEMENT, FIN.extractor, None)),
    "statement with two roles": lambda g: (g.add((STATEMENT, FIN.role, Literal("CEO"))),
                                           g.add((STATEMENT, FIN.role, Literal("CFO")))),
    "period as integer": lambda g: _set(g, OBSERVATION, FIN.period, Literal(2025)),
    "estimated by literal": lambda g: _set(g, RANGE_OBS, FIN.estimatedBy, Literal("CLSA")),
    "alias typed wrongly is fine": lambda g: g.add((ALIBABA, SKOS.altLabel, Literal(3))),
    "subclass in the data graph": lambda g: (g.add((FIN.Startup, RDFS.subClassOf, FIN.Company)),
                                             g.add((KGR["x-ai"], RDF.type, FIN.Startup))),
    **{f"unlabelled {t}": _unlabelled(t) for t in ENTITY_TYPES},
}


def test_fast_validation_accepts_the_good_graph(checker: FastChecker) -> None:
    data = Graph().parse(data=GOOD_TTL, format="turtle")
    assert _pyshacl(data) == set()
    assert _fast(checker, data) == set()


@pytest.mark.parametrize("case", sorted(BREAKS))
def test_fast_validation_agrees_with_pyshacl(checker: FastChecker, case: str) -> None:
    data = Graph().parse(data=GOOD_TTL, format="turtle")
    BREAKS[case](data)
    expected = _pyshacl(data)
    assert _fast(checker, data) == expected
    if not case.endswith("is fine"):
        assert expected, "the case should break the graph"


def test_fast_validation_accepts_built_graphs(checker: FastChecker, extraction) -> None:
    graph = to_graph(extraction)
    assert _fast(checker, graph) == _pyshacl(graph) == set()
    fast_check([graph])


def test_fast_validation_of_the_catalogue(checker: FastChecker) -> None:
    from kg.catalogue import load_catalogue

    assert checker.results(catalogue_graph(load_catalogue())) == []


def test_fast_validation_raises_shape_violation() -> None:
    data = Graph().parse(data=GOOD_TTL, format="turtle")
    data.remove((MENTION, FIN.entity, None))
    with pytest.raises(ShapeViolation):
        fast_check([data])


def test_fast_validation_refuses_shapes_it_cannot_check() -> None:
    shapes = Graph().parse(data=load_shapes().serialize(format="turtle"), format="turtle")
    prop = next(shapes.subjects(SH.path, FIN.rating))
    shapes.add((prop, SH.maxLength, Literal(20)))
    with pytest.raises(OntologyError, match="maxLength"):
        FastChecker(shapes)


@pytest.fixture(scope="module")
def extraction():
    from kg.ingest import read_articles
    from kg.nlp.extract import Extractor

    article = next(a for a in read_articles([ROOT / "seeds"]) if not isinstance(a, Exception))
    return Extractor().extract(article)
