"""The ontology (ontology/finkg.ttl) declares every name of the contract."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # works without an installed package or a conftest
    sys.path.insert(0, str(ROOT))

from kg.records import (  # noqa: E402
    ENTITY_TYPES,
    METRICS,
    PROPERTIES,
    QUALIFIERS,
    RELATION_TYPES,
    STATUSES,
)

ONTOLOGY = ROOT / "ontology" / "finkg.ttl"
FIN = Namespace("https://w3id.org/finkg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/finkg/ontology")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

FACT_CLASSES = ("Article", "Observation", "AnalystRating", "Mention", "Metric", "Unit",
                "Qualifier", "Status")
EXTRA_OBJECT_PROPERTIES = ("mentions", "developedBy", "about", "metric", "unit", "qualifier",
                           "status", "estimatedBy", "by", "priceTarget", "entity")
DATATYPE_PROPERTIES = {
    "value": "decimal", "minValue": "decimal", "maxValue": "decimal",
    "period": "string", "rating": "string", "role": "string", "evidence": "string",
    "extractor": "string", "confidence": "decimal", "source": "string", "sha256": "string", "ticker": "string",
    "start": "integer", "end": "integer", "adBlocks": "integer",
}
BASIC_UNITS = ("Percent", "Count", "Multiple", "Points")
SUBCLASSES = {
    "Company": "Organization", "BusinessUnit": "Organization",
    "FinancialInstitution": "Organization", "GovernmentBody": "Organization",
    "StockExchange": "Organization", "AIModel": "Product",
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _langs(g: Graph, node: URIRef, prop: URIRef) -> set[str | None]:
    return {o.language for o in g.objects(node, prop) if isinstance(o, Literal) and str(o).strip()}


def _assert_documented(g: Graph, name: str) -> None:
    node = FIN[name]
    labels = _langs(g, node, RDFS.label)
    assert "en" in labels, f"fin:{name} lacks an English rdfs:label"
    assert "de" in labels, f"fin:{name} lacks a German rdfs:label"
    assert "en" in _langs(g, node, RDFS.comment), f"fin:{name} lacks an English rdfs:comment"


def _currencies(g: Graph) -> set[str]:
    units = {str(u)[len(FIN):] for u in g.subjects(RDF.type, FIN.Unit)}
    return units - set(BASIC_UNITS)


def test_parses_with_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert len(onto) > 500


@pytest.mark.parametrize("name", ENTITY_TYPES + FACT_CLASSES)
def test_classes_declared(onto: Graph, name: str) -> None:
    assert (FIN[name], RDF.type, OWL.Class) in onto
    _assert_documented(onto, name)


def test_subclass_tree(onto: Graph) -> None:
    for sub, sup in SUBCLASSES.items():
        assert (FIN[sub], RDFS.subClassOf, FIN[sup]) in onto, f"{sub} not under {sup}"
    # the other entity classes are roots of the fin: tree
    roots = set(ENTITY_TYPES) - set(SUBCLASSES)
    for name in roots:
        fin_supers = [s for s in onto.objects(FIN[name], RDFS.subClassOf)
                      if isinstance(s, URIRef) and s.startswith(str(FIN))]
        assert fin_supers == [], f"{name} should have no fin: superclass"


def test_alignment(onto: Graph) -> None:
    assert (FIN.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in onto
    assert (FIN.Article, RDFS.subClassOf, PROV.Entity) in onto
    assert (FIN.Observation, RDFS.subClassOf, PROV.Entity) in onto
    assert (FIN.AnalystRating, RDFS.subClassOf, PROV.Entity) in onto
    assert (FIN.Organization, RDFS.subClassOf, SCHEMA.Organization) in onto
    assert (FIN.Person, RDFS.subClassOf, SCHEMA.Person) in onto
    assert (FIN.mentions, RDFS.subPropertyOf, SCHEMA.mentions) in onto
    # every fin: entity class reaches an external class (schema.org, PROV-O or FIBO)
    for name in ENTITY_TYPES:
        supers = set(onto.transitive_objects(FIN[name], RDFS.subClassOf))
        assert any(isinstance(s, URIRef) and not s.startswith(str(FIN)) for s in supers), name


@pytest.mark.parametrize("name", PROPERTIES + EXTRA_OBJECT_PROPERTIES)
def test_object_properties_declared(onto: Graph, name: str) -> None:
    assert (FIN[name], RDF.type, OWL.ObjectProperty) in onto
    _assert_documented(onto, name)
    assert (FIN[name], RDFS.domain, None) in onto, f"fin:{name} has no rdfs:domain"
    assert (FIN[name], RDFS.range, None) in onto, f"fin:{name} has no rdfs:range"


@pytest.mark.parametrize("name", sorted(DATATYPE_PROPERTIES))
def test_datatype_properties_declared(onto: Graph, name: str) -> None:
    assert (FIN[name], RDF.type, OWL.DatatypeProperty) in onto
    _assert_documented(onto, name)
    xsd = URIRef("http://www.w3.org/2001/XMLSchema#" + DATATYPE_PROPERTIES[name])
    assert (FIN[name], RDFS.range, xsd) in onto


def test_symmetric_properties(onto: Graph) -> None:
    for name in ("competitorOf", "partnerOf"):
        assert (FIN[name], RDF.type, OWL.SymmetricProperty) in onto
    symmetric = {str(p)[len(FIN):] for p in onto.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == {"competitorOf", "partnerOf"}


def test_developed_by_is_inverse_of_develops(onto: Graph) -> None:
    assert (FIN.developedBy, OWL.inverseOf, FIN.develops) in onto


@pytest.mark.parametrize(
    ("cls", "names"),
    [("Metric", METRICS), ("Unit", BASIC_UNITS), ("Qualifier", QUALIFIERS),
     ("Status", STATUSES)],
)
def test_value_individuals(onto: Graph, cls: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert (FIN[name], RDF.type, FIN[cls]) in onto, f"fin:{name} is not a fin:{cls}"
        _assert_documented(onto, name)


def test_metrics_are_exactly_the_contract_list(onto: Graph) -> None:
    declared = {str(m)[len(FIN):] for m in onto.subjects(RDF.type, FIN.Metric)}
    assert declared == set(METRICS)
    assert {str(m)[len(FIN):] for m in onto.subjects(RDF.type, FIN.Qualifier)} == set(QUALIFIERS)
    assert {str(m)[len(FIN):] for m in onto.subjects(RDF.type, FIN.Status)} == set(STATUSES)


def test_currency_units(onto: Graph) -> None:
    codes = _currencies(onto)
    assert len(codes) >= 150
    assert {"USD", "CNY", "HKD", "EUR"} <= codes
    for code in codes:
        assert len(code) == 3 and code.isupper(), code
        _assert_documented(onto, code)


def test_every_fin_term_is_documented(onto: Graph) -> None:
    """Nothing in the fin: namespace is declared without labels and comment."""
    subjects = {s for s in onto.subjects() if isinstance(s, URIRef) and s.startswith(str(FIN))}
    assert len(subjects) > 200
    for s in subjects:
        _assert_documented(onto, str(s)[len(FIN):])


def _entity_types_of(g: Graph, node: URIRef) -> set[str]:
    """The entity types a domain or range admits: a class or a union of
    classes, each with all its subclasses."""
    union = g.value(node, OWL.unionOf)
    classes = set(Collection(g, union)) if union is not None else {node}
    admitted = set()
    for name in ENTITY_TYPES:
        if any(FIN[name] == c or (FIN[name], RDFS.subClassOf, c) in g for c in classes):
            admitted.add(name)
    return admitted


@pytest.mark.parametrize("name", PROPERTIES)
def test_domains_and_ranges_match_the_extractor(onto: Graph, name: str) -> None:
    """kg.records.RELATION_TYPES, which the extractor and the shapes follow,
    says what the ontology says."""
    domain, range_ = RELATION_TYPES[name]
    assert _entity_types_of(onto, onto.value(FIN[name], RDFS.domain)) == set(domain)
    assert _entity_types_of(onto, onto.value(FIN[name], RDFS.range)) == set(range_)


def test_banks_and_exchange_operators_in_the_contract_update(onto: Graph) -> None:
    """covers, listedOn and memberOf admit financial institutions; listedOn
    and memberOf exchange operators too (CONTRACT.md, "Relations")."""
    assert "FinancialInstitution" in _entity_types_of(onto, onto.value(FIN.covers, RDFS.range))
    for name in ("listedOn", "memberOf"):
        domain = _entity_types_of(onto, onto.value(FIN[name], RDFS.domain))
        assert domain == {"Company", "FinancialInstitution", "StockExchange"}
