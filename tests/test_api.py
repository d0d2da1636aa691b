"""The Python API (kg.KnowledgeGraph) against a real embedded store and a real Oxigraph server."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import KGR, SEED_003, SEEDS

import kg
from kg.errors import FinkgError, QueryError
from kg.rdf.remote import Endpoint, push

pytest_plugins = ["conftest_remote"]

HEADLINE = "Siemens und Nvidia vereinbaren Partnerschaft"
TEXT = f"{HEADLINE}\nSiemens und Nvidia haben eine Partnerschaft für KI-Fabriken vereinbart."


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> kg.KnowledgeGraph:
    graph = kg.KnowledgeGraph(tmp_path_factory.mktemp("api") / "store")
    report = graph.build([SEEDS])
    assert report.built == 2 and report.ok
    return graph


def test_version_comes_from_the_package_metadata() -> None:
    from importlib.metadata import version

    assert kg.__version__ == version("finkg")


def test_a_select_binds_parameters_as_terms(graph: kg.KnowledgeGraph) -> None:
    alibaba = graph.entity("Alibaba")
    assert alibaba == ox.NamedNode(KGR + "alibaba-group")
    rows = graph.query("SELECT DISTINCT ?label WHERE { ?e rdfs:label ?label }", {"e": alibaba})
    assert rows == [{"label": "Alibaba Group"}]
    # a value with quotes is a literal, never query text
    hostile = ox.Literal('x" } ; DROP ALL ; #')
    assert graph.query("SELECT ?e WHERE { ?e rdfs:label ?l }", {"l": hostile}) == []


def test_ask_and_construct(graph: kg.KnowledgeGraph) -> None:
    cloud = graph.entity("Alibaba Cloud")
    assert graph.ask("ASK { ?c fin:subsidiaryOf ?p }", {"c": cloud})
    assert not graph.ask("ASK { ?c fin:develops ?c }", {"c": cloud})
    triples = graph.construct("CONSTRUCT { ?c fin:subsidiaryOf ?p } WHERE "
                              "{ ?c fin:subsidiaryOf ?p }", {"c": cloud})
    assert {t.object for t in triples} == {ox.NamedNode(KGR + "alibaba-group")}


def test_named_queries_take_labels(graph: kg.KnowledgeGraph) -> None:
    assert "partners" in graph.named_queries()
    rows = graph.named("partners", company="Alibaba Cloud")
    assert [r["label"] for r in rows] == ["International Olympic Committee"]
    with pytest.raises(QueryError, match="has no parameter 'colour'"):
        graph.named("partners", colour="red")


def test_explain_an_entity_and_a_fact(graph: kg.KnowledgeGraph) -> None:
    fact = graph.explain("Alibaba Cloud", "partnerOf", "International Olympic Committee")
    assert fact.articles == [f"{KGR}article/{SEED_003}"]
    assert "Internationalen Olympischen Komitee" in str(fact)
    entity = graph.explain("Qwen")
    assert "AIModel" in entity.types
    with pytest.raises(QueryError):
        graph.explain("Qwen", "develops")


def test_networkx_view_and_export(graph: kg.KnowledgeGraph) -> None:
    companies = graph.networkx(types=["Company"])
    assert KGR + "alibaba-group" in companies
    assert all(data["type"] == "Company" for _, data in companies.nodes(data=True))
    data = graph.export("nq")
    parsed = rdflib.Dataset()
    parsed.parse(data=data.decode("utf-8"), format="nquads")
    graphs = {str(g.identifier) for g in parsed.graphs()}
    assert f"{KGR}article/{SEED_003}" in graphs


def test_build_texts_adds_an_article(tmp_path: Path) -> None:
    graph = kg.KnowledgeGraph(tmp_path / "store")
    report = graph.build_texts({"siemens-nvidia": TEXT})
    assert report.built == 1
    rows = graph.query("SELECT ?t WHERE { ?a a fin:Article ; schema:headline ?t }")
    assert rows == [{"t": HEADLINE}]
    again = graph.build_texts({"siemens-nvidia": TEXT})
    assert again.built == 0


def test_an_endpoint_answers_queries_but_does_not_build(
        oxigraph_server: str, query_store: kg.Store, tmp_path: Path) -> None:
    push(query_store, Endpoint(oxigraph_server))
    remote = kg.KnowledgeGraph(oxigraph_server)
    rows = remote.named("partners", company="Alibaba Cloud")
    assert [r["label"] for r in rows] == ["International Olympic Committee"]
    with pytest.raises(FinkgError, match="needs an embedded store"):
        remote.build([SEEDS])
    with pytest.raises(FinkgError, match="needs an embedded store"):
        remote.networkx()


def test_one_resolver_suggests_close_matches_everywhere(graph: kg.KnowledgeGraph) -> None:
    """Named queries, raw entity look-ups, explain and the graph views find
    names the same way, and a misspelt name gets the same suggestions."""
    from kg.views.network import GraphReader, find_entity

    attempts = [lambda: graph.named("partners", company="Tencnet"),
                lambda: graph.entity("Tencnet"),
                lambda: graph.explain("Tencnet"),
                lambda: find_entity(graph.networkx(catalogue=True), "Tencnet")]
    assert graph.store is not None
    with graph.store.snapshot() as snapshot:
        attempts.append(lambda: GraphReader(snapshot, catalogue=True).find("Tencnet"))
        for attempt in attempts:
            # the catalogue holds closer spellings too ("TenneT"): Tencent is among the matches
            with pytest.raises(QueryError, match="no entity named 'Tencnet'.*close matches: "
                                                 "[^;]*Tencent Holdings"):
                attempt()
    names = {graph.entity(n).value for n in ("alibaba group", "ALIBABA", "kgr:alibaba-group")}
    assert names == {KGR + "alibaba-group"}
