"""The vocabulary is read from the ontology, and a relation added there needs no code change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg import vocabulary
from kg.rdf.namespaces import FIN
from kg.vocabulary import read_vocabulary

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
GERMAN = ROOT / "kg" / "nlp" / "lang" / "de"
NS = "https://w3id.org/finkg/ontology#"


def test_fin_is_closed_over_the_ontology_terms() -> None:
    assert FIN.Company == rdflib.URIRef(NS + "Company")
    assert FIN["supplierOf"] == rdflib.URIRef(NS + "supplierOf")
    with pytest.raises(AttributeError, match="Compnay"):
        FIN.Compnay  # noqa: B018  (the misspelt term is the point)
    with pytest.raises(AttributeError):
        FIN["developes"]


def test_the_lists_agree_with_an_independent_reading_of_the_ontology() -> None:
    graph = rdflib.Graph().parse(ONTOLOGY / "finkg.ttl")
    fin = rdflib.Namespace(NS)

    def local(node: rdflib.term.Node) -> str:
        return str(node).removeprefix(NS)

    metrics = {local(m) for m in graph.subjects(RDF.type, fin.Metric)}
    assert set(vocabulary.METRICS) == metrics and "Revenue" in metrics
    assert set(vocabulary.UNITS) == {local(u) for u in graph.subjects(RDF.type, fin.Unit)}
    symmetric = {local(p) for p in graph.subjects(RDF.type, OWL.SymmetricProperty)}
    assert vocabulary.SYMMETRIC == symmetric == {"competitorOf", "partnerOf"}
    for relation in vocabulary.vocabulary().relations:
        assert (fin[relation.name], RDF.type, OWL.ObjectProperty) in graph
    assert "developedBy" not in vocabulary.RELATIONS  # the catalogue's inverse of develops
    assert "mentions" not in vocabulary.RELATIONS  # an article is not an entity
    companies = {local(c) for c in graph.transitive_subjects(RDFS.subClassOf, fin.Organization)}
    assert vocabulary.ORGANIZATION_TYPES == companies
    covers = vocabulary.vocabulary().relation("covers")
    assert covers is not None and covers.domain == {"FinancialInstitution"}


def test_records_take_their_literals_from_the_vocabulary() -> None:
    from pydantic import ValidationError

    from kg.records import Evidence, Relation

    evidence = Evidence(sentence="s", start=0, end=1, extractor="test")
    for name in vocabulary.RELATIONS:
        assert Relation(subject="a", predicate=name, object="b", evidence=evidence).predicate == name
    with pytest.raises(ValidationError):
        Relation(subject="a", predicate="licenses", object="b", evidence=evidence)


def test_a_union_domain_and_a_subclass_are_read() -> None:
    turtle = f"""
    @prefix fin: <{NS}> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    fin:Thing a owl:Class . fin:Widget a owl:Class ; rdfs:subClassOf fin:Thing .
    fin:Place a owl:Class . fin:Article a owl:Class .
    fin:mentions a owl:ObjectProperty ; rdfs:domain fin:Article ;
        rdfs:range [ a owl:Class ; owl:unionOf ( fin:Thing fin:Place ) ] .
    fin:near a owl:ObjectProperty , owl:SymmetricProperty ;
        rdfs:domain [ a owl:Class ; owl:unionOf ( fin:Thing fin:Place ) ] ; rdfs:range fin:Place .
    """
    triples = [q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
    read = read_vocabulary(triples)
    assert read.entity_types == ("Thing", "Widget", "Place")
    assert read.superclass == {"Widget": "Thing"}
    (near,) = read.relations
    assert near.symmetric and near.domain == {"Thing", "Widget", "Place"}
    assert near.range == {"Place"}


# ------------------------------------------------------------------ a new relation, end to end

NEW_PROPERTY = """
fin:licenses a owl:ObjectProperty ;
    rdfs:label "licenses"@en , "lizenziert"@de ;
    rdfs:comment "An organisation to a product it licenses from its maker."@en ;
    rdfs:domain fin:Organization ;
    rdfs:range fin:Product .
"""
NEW_RULE = """
[[relations]]
predicate = "licenses"
shape = "between"
subject = "org"
object = "product"
trigger = '''\\blizenziert\\b'''
"""
ARTICLE = ("Siemens setzt auf chinesische KI\n"
           "Der Münchner Konzern Siemens lizenziert das Sprachmodell Qwen für seine Fabriken.")

SCRIPT = """
import json, sys
import kg.nlp.lang
kg.nlp.lang.__path__.insert(0, sys.argv[1])  # the language copies with the new rule
import kg
from kg.ingest import make_article
from kg.nlp.extract import Extractor

article = make_article(text=sys.argv[3], source="test", article_id="licence")
found = [(r.subject, r.predicate, r.object) for r in Extractor().extract(article).relations]
graph = kg.KnowledgeGraph(sys.argv[2])
graph.build_texts({"licence": sys.argv[3]})
rows = graph.query("SELECT ?s ?o WHERE { GRAPH ?a { ?s fin:licenses ?o } }")
explained = graph.explain("Siemens", "licenses", "Qwen")
view = graph.networkx(properties=["licenses"])
print(json.dumps({
    "extracted": found,
    "rows": rows,
    "explained": [item.sentence for item in explained.items],
    "edges": [[s, o, k] for s, o, k in view.edges(keys=True)],
}))
"""


def test_a_relation_added_to_ontology_shapes_and_lexicon_reaches_every_layer(
        tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, ontology)
    with (ontology / "finkg.ttl").open("a", encoding="utf-8") as handle:
        handle.write(NEW_PROPERTY)
    shapes = (ontology / "shapes.ttl").read_text(encoding="utf-8")
    assert "fin:participatesIn fin:supplierOf" in shapes
    (ontology / "shapes.ttl").write_text(
        shapes.replace("fin:participatesIn fin:supplierOf",
                       "fin:participatesIn fin:supplierOf fin:licenses"), encoding="utf-8")
    lexicon = tmp_path / "lang"
    shutil.copytree(GERMAN, lexicon / "de", ignore=shutil.ignore_patterns("__pycache__"))
    with (lexicon / "de" / "lexicon.toml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_RULE)
    env = {**os.environ, "FINKG_ONTOLOGY": str(ontology)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(SCRIPT), str(lexicon),
                           str(tmp_path / "store"), ARTICLE],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert ["Siemens", "licenses", "Qwen"] in seen["extracted"]
    kgr = "https://w3id.org/finkg/resource/"
    assert seen["rows"] == [{"s": kgr + "siemens", "o": kgr + "qwen"}]
    assert seen["explained"] and "lizenziert das Sprachmodell Qwen" in seen["explained"][0]
    assert seen["edges"] == [[kgr + "siemens", kgr + "qwen", "licenses"]]
