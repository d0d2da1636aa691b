"""The SHACL shapes (ontology/shapes.ttl) accept what docs/rdf-mapping.md
describes and reject broken copies of it, at the right focus node and path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # works without an installed package or a conftest
    sys.path.insert(0, str(ROOT))

from kg.records import ENTITY_TYPES, METRICS, PROPERTIES, QUALIFIERS, STATUSES  # noqa: E402

SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "finkg.ttl"
FIN = Namespace("https://w3id.org/finkg/ontology#")
KGR = Namespace("https://w3id.org/finkg/resource/")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain Namespace: pytest probes globals

ARTICLE = KGR["article/000_74e3ba4eb27d1507"]
ALIBABA = KGR["alibaba-group"]
QWEN = KGR["qwen"]
CLSA = KGR["clsa"]
MENTION = KGR["mention/000_74e3ba4eb27d1507/alibaba-group"]
STATEMENT = KGR["statement/000_74e3ba4eb27d1507/3"]
OBSERVATION = KGR["observation/000_74e3ba4eb27d1507/5"]
RANGE_OBS = KGR["observation/000_74e3ba4eb27d1507/6"]
RATING = KGR["rating/000_74e3ba4eb27d1507/0"]

# One article graph as the build writes it (docs/rdf-mapping.md).
GOOD_TTL = """
@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix kgr: <https://w3id.org/finkg/resource/> .
# Turtle local names may not contain "/": one prefix per kind of node
@prefix article: <https://w3id.org/finkg/resource/article/> .
@prefix mention: <https://w3id.org/finkg/resource/mention/000_74e3ba4eb27d1507/> .
@prefix statement: <https://w3id.org/finkg/resource/statement/000_74e3ba4eb27d1507/> .
@prefix observation: <https://w3id.org/finkg/resource/observation/000_74e3ba4eb27d1507/> .
@prefix rating: <https://w3id.org/finkg/resource/rating/000_74e3ba4eb27d1507/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

article:000_74e3ba4eb27d1507 a fin:Article, schema:NewsArticle, prov:Entity ;
    schema:headline "Alibaba Aktie: KI-Strategie zündet" ;
    schema:inLanguage "de" ;
    fin:source "seeds/000_74e3ba4eb27d1507.txt" ;
    fin:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    schema:datePublished "2026-01-04"^^xsd:date ;
    schema:url "https://example.com/alibaba"^^xsd:anyURI ;
    fin:adBlocks 1 ;
    fin:mentions kgr:alibaba-group, kgr:qwen, kgr:clsa .

kgr:alibaba-group a fin:Company ;
    rdfs:label "Alibaba Group" ;
    skos:altLabel "Alibaba", "Alibabas" ;
    owl:sameAs <http://www.wikidata.org/entity/Q1359568> .
kgr:qwen a fin:AIModel ;
    rdfs:label "Qwen" .
kgr:clsa a fin:FinancialInstitution ;
    rdfs:label "CLSA" .

mention:alibaba-group a fin:Mention ;
    fin:entity kgr:alibaba-group ;
    fin:evidence "Alibaba war lange Zeit ein reiner Handelskonzern." ;
    fin:start 36 ; fin:end 43 ;
    fin:extractor "gazetteer" ;
    prov:wasDerivedFrom article:000_74e3ba4eb27d1507 .

kgr:alibaba-group fin:develops kgr:qwen .
statement:3 a rdf:Statement ;
    rdf:subject kgr:alibaba-group ; rdf:predicate fin:develops ; rdf:object kgr:qwen ;
    fin:evidence "Alibabas KI-Modell Qwen wurde über 600 Millionen Mal heruntergeladen." ;
    fin:start 812 ; fin:end 870 ;
    fin:extractor "relations/de/possessive-model" ;
    fin:confidence 0.875 ;
    prov:wasDerivedFrom article:000_74e3ba4eb27d1507 .

observation:5 a fin:Observation ;
    fin:about kgr:alibaba-group ;
    fin:metric fin:StockPriceChange ;
    fin:value 6.39 ;
    fin:unit fin:Percent ;
    fin:qualifier fin:Exact ;
    fin:status fin:Reported ;
    fin:period "2025" ;
    fin:evidence "Die Aktie legte um 6,39 Prozent zu." ;
    fin:start 1700 ; fin:end 1712 ; fin:extractor "figures/de" ; fin:confidence 1.0 ;
    prov:wasDerivedFrom article:000_74e3ba4eb27d1507 .

observation:6 a fin:Observation ;
    fin:about kgr:alibaba-group ;
    fin:metric fin:UpsidePotential ;
    fin:minValue 30.0 ; fin:maxValue 40.0 ;
    fin:unit fin:Percent ;
    fin:qualifier fin:Exact ;
    fin:status fin:Estimate ;
    fin:estimatedBy kgr:clsa ;
    fin:evidence "CLSA sieht 30 bis 40 Prozent Kurspotenzial." ;
    fin:start 1800 ; fin:end 1830 ; fin:extractor "figures/de" ; fin:confidence 0.0 ;
    prov:wasDerivedFrom article:000_74e3ba4eb27d1507 .

observation:7 a fin:Observation ;
    fin:about kgr:alibaba-group ;
    fin:metric fin:PriceTarget ;
    fin:value 760.0 ;
    fin:unit fin:HKD ;
    fin:qualifier fin:Exact ;
    fin:status fin:Estimate ;
    fin:estimatedBy kgr:clsa ;
    fin:evidence "CLSA hob das Kursziel von 700 auf 760 HK-Dollar an." ;
    fin:start 1200 ; fin:end 1290 ; fin:extractor "figures/de" ; fin:confidence 0.62 ;
    prov:wasDerivedFrom article:000_74e3ba4eb27d1507 .

rating:0 a fin:AnalystRating ;
    fin:by kgr:clsa ; fin:about kgr:alibaba-group ;
    fin:rating "Outperform" ;
    fin:priceTarget observation:7 ;
    fin:evidence "CLSA bestätigt Outperform." ;
    fin:start 1300 ; fin:end 1325 ; fin:extractor "ratings/de" ; fin:confidence 0.9 ;
    prov:wasDerivedFrom article:000_74e3ba4eb27d1507 .
"""


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture()
def data() -> Graph:
    return Graph().parse(data=GOOD_TTL, format="turtle")


def _validate(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    conforms, results, text = validate(data, shacl_graph=shapes, inference="none")
    return conforms, results, text


def _violations(results: Graph) -> set[tuple[URIRef, URIRef | None]]:
    """(focus node, result path) of every validation result."""
    out = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        out.add((results.value(r, SH.focusNode), results.value(r, SH.resultPath)))
    return out


def _messages(results: Graph) -> list[str]:
    return [str(m) for m in results.objects(None, SH.resultMessage)]


def _expect(data: Graph, shapes: Graph, focus: URIRef, path: URIRef | None) -> Graph:
    conforms, results, text = _validate(data, shapes)
    assert not conforms, "broken graph was accepted"
    assert (focus, path) in _violations(results), text
    return results


def _set(g: Graph, s: URIRef, p: URIRef, o) -> None:
    g.remove((s, p, None))
    g.add((s, p, o))


# ---------------------------------------------------------------- the good graph

def test_shapes_parse(shapes: Graph) -> None:
    assert (None, RDF.type, SH.NodeShape) in shapes
    # SHACL Core only: no SPARQL-based constraints
    assert (None, SH.sparql, None) not in shapes
    assert (None, SH.select, None) not in shapes


def test_conforming_article_graph(data: Graph, shapes: Graph) -> None:
    conforms, _, text = _validate(data, shapes)
    assert conforms, text


def test_typed_string_literals_also_conform(data: Graph, shapes: Graph) -> None:
    """A mapper may write "de"^^xsd:string rather than a plain literal."""
    _set(data, ARTICLE, SCHEMA.inLanguage, Literal("de", datatype=XSD.string))
    _set(data, ALIBABA, RDFS.label, Literal("Alibaba Group", datatype=XSD.string))
    conforms, _, text = _validate(data, shapes)
    assert conforms, text


# ---------------------------------------------------------------- observations

def test_unknown_metric(data: Graph, shapes: Graph) -> None:
    _set(data, OBSERVATION, FIN.metric, FIN.Turnover)
    results = _expect(data, shapes, OBSERVATION, FIN.metric)
    assert (None, SH.sourceConstraintComponent, SH.InConstraintComponent) in results


def test_unit_not_allowed(data: Graph, shapes: Graph) -> None:
    _set(data, OBSERVATION, FIN.unit, FIN.Kilogram)
    _expect(data, shapes, OBSERVATION, FIN.unit)


def test_unit_as_string_not_allowed(data: Graph, shapes: Graph) -> None:
    _set(data, OBSERVATION, FIN.unit, Literal("Percent"))
    _expect(data, shapes, OBSERVATION, FIN.unit)


def test_two_values(data: Graph, shapes: Graph) -> None:
    data.add((OBSERVATION, FIN.value, Literal("7.5", datatype=XSD.decimal)))
    results = _expect(data, shapes, OBSERVATION, FIN.value)
    assert (None, SH.sourceConstraintComponent, SH.MaxCountConstraintComponent) in results


def test_value_must_be_decimal(data: Graph, shapes: Graph) -> None:
    _set(data, OBSERVATION, FIN.value, Literal("6.39"))
    _expect(data, shapes, OBSERVATION, FIN.value)


def test_missing_evidence(data: Graph, shapes: Graph) -> None:
    data.remove((OBSERVATION, FIN.evidence, None))
    results = _expect(data, shapes, OBSERVATION, FIN.evidence)
    assert any("fin:evidence" in m for m in _messages(results))


def test_value_and_range_together(data: Graph, shapes: Graph) -> None:
    data.add((RANGE_OBS, FIN.value, Literal("35", datatype=XSD.decimal)))
    results = _expect(data, shapes, RANGE_OBS, None)
    assert (None, SH.sourceConstraintComponent, SH.XoneConstraintComponent) in results


def test_neither_value_nor_range(data: Graph, shapes: Graph) -> None:
    data.remove((OBSERVATION, FIN.value, None))
    _expect(data, shapes, OBSERVATION, None)


def test_half_a_range(data: Graph, shapes: Graph) -> None:
    data.remove((RANGE_OBS, FIN.maxValue, None))
    _expect(data, shapes, RANGE_OBS, None)


def test_range_out_of_order(data: Graph, shapes: Graph) -> None:
    _set(data, RANGE_OBS, FIN.minValue, Literal("50", datatype=XSD.decimal))
    _expect(data, shapes, RANGE_OBS, FIN.minValue)


def test_unknown_qualifier_and_status(data: Graph, shapes: Graph) -> None:
    _set(data, OBSERVATION, FIN.qualifier, FIN.Roughly)
    _set(data, OBSERVATION, FIN.status, FIN.Rumour)
    _expect(data, shapes, OBSERVATION, FIN.qualifier)
    _expect(data, shapes, OBSERVATION, FIN.status)


def test_negative_offset_and_reversed_span(data: Graph, shapes: Graph) -> None:
    _set(data, MENTION, FIN.start, Literal(-1))
    _set(data, OBSERVATION, FIN.start, Literal(2000))
    _expect(data, shapes, MENTION, FIN.start)
    _expect(data, shapes, OBSERVATION, FIN.start)


# ---------------------------------------------------------------- articles

def test_bad_sha256(data: Graph, shapes: Graph) -> None:
    _set(data, ARTICLE, FIN.sha256, Literal("9F86D081884C7D659A2FEAA0C55AD015"))
    _expect(data, shapes, ARTICLE, FIN.sha256)


def test_unsupported_language(data: Graph, shapes: Graph) -> None:
    _set(data, ARTICLE, SCHEMA.inLanguage, Literal("fr"))
    _expect(data, shapes, ARTICLE, SCHEMA.inLanguage)


def test_article_needs_headline_and_source(data: Graph, shapes: Graph) -> None:
    data.remove((ARTICLE, SCHEMA.headline, None))
    data.remove((ARTICLE, FIN.source, None))
    _expect(data, shapes, ARTICLE, SCHEMA.headline)
    _expect(data, shapes, ARTICLE, FIN.source)


def test_date_and_ad_blocks_typed(data: Graph, shapes: Graph) -> None:
    _set(data, ARTICLE, SCHEMA.datePublished, Literal("04.01.2026"))
    _set(data, ARTICLE, FIN.adBlocks, Literal(-2))
    _expect(data, shapes, ARTICLE, SCHEMA.datePublished)
    _expect(data, shapes, ARTICLE, FIN.adBlocks)


# ---------------------------------------------------------------- entities

def test_entity_with_two_labels(data: Graph, shapes: Graph) -> None:
    data.add((ALIBABA, RDFS.label, Literal("Alibaba")))
    _expect(data, shapes, ALIBABA, RDFS.label)


@pytest.mark.parametrize("entity_type", ENTITY_TYPES)
def test_every_entity_class_is_checked_without_inference(
        data: Graph, shapes: Graph, entity_type: str) -> None:
    node = KGR["unlabelled-" + entity_type.lower()]
    data.add((node, RDF.type, FIN[entity_type]))
    _expect(data, shapes, node, RDFS.label)


def test_empty_label(data: Graph, shapes: Graph) -> None:
    _set(data, QWEN, RDFS.label, Literal(" "))
    _expect(data, shapes, QWEN, RDFS.label)


# ---------------------------------------------------------------- ratings, mentions, statements

def test_rating_without_by(data: Graph, shapes: Graph) -> None:
    data.remove((RATING, FIN.by, None))
    _expect(data, shapes, RATING, FIN.by)


def test_rating_price_target_must_be_an_observation(data: Graph, shapes: Graph) -> None:
    _set(data, RATING, FIN.priceTarget, ALIBABA)
    _expect(data, shapes, RATING, FIN.priceTarget)


def test_mention_without_entity(data: Graph, shapes: Graph) -> None:
    data.remove((MENTION, FIN.entity, None))
    _expect(data, shapes, MENTION, FIN.entity)


def test_statement_with_unknown_predicate(data: Graph, shapes: Graph) -> None:
    _set(data, STATEMENT, RDF.predicate, FIN.mentions)
    _expect(data, shapes, STATEMENT, RDF.predicate)


def test_statement_without_extractor(data: Graph, shapes: Graph) -> None:
    data.remove((STATEMENT, FIN.extractor, None))
    _expect(data, shapes, STATEMENT, FIN.extractor)


# ---------------------------------------------------------------- shapes and ontology agree

def _in_list(shapes: Graph, path: URIRef) -> set[str]:
    for prop in shapes.subjects(SH.path, path):
        lst = shapes.value(prop, SH["in"])
        if lst is not None:
            return {str(x)[len(FIN):] for x in Collection(shapes, lst)}
    raise AssertionError(f"no sh:in for {path}")


def test_sh_in_lists_match_contract_and_ontology(shapes: Graph) -> None:
    onto = Graph().parse(ONTOLOGY, format="turtle")
    assert _in_list(shapes, FIN.metric) == set(METRICS)
    assert _in_list(shapes, FIN.qualifier) == set(QUALIFIERS)
    assert _in_list(shapes, FIN.status) == set(STATUSES)
    assert _in_list(shapes, RDF.predicate) == set(PROPERTIES)
    units = {str(u)[len(FIN):] for u in onto.subjects(RDF.type, FIN.Unit)}
    assert _in_list(shapes, FIN.unit) == units


def test_every_entity_class_targeted(shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    for name in ENTITY_TYPES:
        assert FIN[name] in targets, name


def test_every_shape_message_present(shapes: Graph) -> None:
    """Each property shape of a target shape, and each shared one, says what it wants
    (the anonymous count-only helpers inside sh:xone need none)."""
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    checked = set(shapes.subjects(RDF.type, SH.PropertyShape))
    for node in node_shapes:
        checked |= set(shapes.objects(node, SH.property))
    assert len(checked) > 30
    for prop in checked:
        assert shapes.value(prop, SH.message) is not None, shapes.value(prop, SH.path)
    for node in node_shapes:
        if (node, SH.xone, None) in shapes:
            assert shapes.value(node, SH.message) is not None, node


def test_same_as_iri_required(data: Graph, shapes: Graph) -> None:
    _set(data, ALIBABA, OWL.sameAs, Literal("Q1359568"))
    _expect(data, shapes, ALIBABA, OWL.sameAs)


# ---------------------------------------------------------------- confidence

CONFIDENCE_BREAKS = {
    "missing": lambda g, node: g.remove((node, FIN.confidence, None)),
    "above one": lambda g, node: _set(g, node, FIN.confidence,
                                      Literal("1.01", datatype=XSD.decimal)),
    "negative": lambda g, node: _set(g, node, FIN.confidence,
                                     Literal("-0.5", datatype=XSD.decimal)),
    "a string": lambda g, node: _set(g, node, FIN.confidence, Literal("0.5")),
    "a double": lambda g, node: _set(g, node, FIN.confidence,
                                     Literal("0.5", datatype=XSD.double)),
    "two": lambda g, node: g.add((node, FIN.confidence, Literal("0.25", datatype=XSD.decimal))),
}


@pytest.mark.parametrize("node", [STATEMENT, OBSERVATION, RATING], ids=["statement",
                                                                        "observation", "rating"])
@pytest.mark.parametrize("case", sorted(CONFIDENCE_BREAKS))
def test_confidence_required_from_zero_to_one(data: Graph, shapes: Graph, node: URIRef,
                                              case: str) -> None:
    from kg.rdf.shapes import FastChecker

    CONFIDENCE_BREAKS[case](data, node)
    results = _expect(data, shapes, node, FIN.confidence)
    fast = {(focus, path) for focus, path, _ in FastChecker(shapes).results(data)}
    assert fast == _violations(results)


def test_confidence_bounds_conform(data: Graph, shapes: Graph) -> None:
    _set(data, STATEMENT, FIN.confidence, Literal("0", datatype=XSD.decimal))
    _set(data, RATING, FIN.confidence, Literal("1", datatype=XSD.decimal))
    conforms, _, text = _validate(data, shapes)
    assert conforms, text


# ---------------------------------------------------------------- relation ends (contract update)

BANK_TTL = """
@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix kgr: <https://w3id.org/finkg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kgr:deutsche-bank a fin:FinancialInstitution ; rdfs:label "Deutsche Bank" ;
    fin:listedOn kgr:xetra ; fin:memberOf kgr:dax .
kgr:deutsche-boerse a fin:StockExchange ; rdfs:label "Deutsche Börse" ;
    fin:listedOn kgr:xetra ; fin:memberOf kgr:dax .
kgr:siemens a fin:Company ; rdfs:label "Siemens" ; fin:listedOn kgr:xetra ; fin:memberOf kgr:dax .
kgr:jpmorgan a fin:FinancialInstitution ; rdfs:label "JPMorgan" ;
    fin:covers kgr:deutsche-bank , kgr:siemens .
kgr:xetra a fin:StockExchange ; rdfs:label "Xetra" .
kgr:dax a fin:MarketIndex ; rdfs:label "DAX" .
kgr:qwen a fin:AIModel ; rdfs:label "Qwen" .
kgr:frankfurt a fin:Place ; rdfs:label "Frankfurt" .
"""
BANK = Namespace("https://w3id.org/finkg/resource/")


def _bank_graph() -> Graph:
    return Graph().parse(data=BANK_TTL, format="turtle")


def test_bank_and_exchange_operator_listed_rated_and_index_members(shapes: Graph) -> None:
    """A bank listedOn an exchange and memberOf an index, an exchange
    operator likewise, a bank covering a bank: all conform."""
    from kg.rdf.shapes import FastChecker

    data = _bank_graph()
    conforms, _, text = _validate(data, shapes)
    assert conforms, text
    assert FastChecker(shapes).results(data) == []


RELATION_END_BREAKS = {
    "a model listed": ((BANK.qwen, FIN.listedOn, BANK.xetra), BANK.qwen),
    "listed on a place": ((BANK.siemens, FIN.listedOn, BANK.frankfurt), BANK.frankfurt),
    "a model in an index": ((BANK.qwen, FIN.memberOf, BANK.dax), BANK.qwen),
    "member of an exchange": ((BANK.siemens, FIN.memberOf, BANK.xetra), BANK.xetra),
    "a company covers": ((BANK.siemens, FIN.covers, BANK["deutsche-bank"]), BANK.siemens),
    "covers a model": ((BANK.jpmorgan, FIN.covers, BANK.qwen), BANK.qwen),
    "covers an untyped node": ((BANK.jpmorgan, FIN.covers, BANK.unknown), BANK.unknown),
}


@pytest.mark.parametrize("case", sorted(RELATION_END_BREAKS))
def test_relation_ends_of_the_wrong_type(shapes: Graph, case: str) -> None:
    from kg.rdf.shapes import FastChecker

    triple, focus = RELATION_END_BREAKS[case]
    data = _bank_graph()
    data.add(triple)
    results = _expect(data, shapes, focus, None)
    fast = {(f, p) for f, p, _ in FastChecker(shapes).results(data)}
    assert fast == _violations(results) == {(focus, None)}
