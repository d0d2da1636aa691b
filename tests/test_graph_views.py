"""Tests of kg.views.network and `kg graph`: the entity graph of the seed articles.

Expected entities, types and relations are the seed gold files'
(seeds/*.gold.json); the catalogue expectations are read from
ontology/entities.ttl.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from conftest import seed_gold_relations
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.build import build
from kg.cli import main
from kg.errors import QueryError
from kg.nlp.extract import Extractor
from kg.rdf.store import Store
from kg.views.network import (
    EXPORT_FORMATS,
    centrality,
    communities,
    entity_graph,
    export_graph,
    find_entity,
    neighbourhood,
    neighbours,
    shortest_paths,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIN = Namespace("https://w3id.org/finkg/ontology#")
KGR = Namespace("https://w3id.org/finkg/resource/")
A000 = str(KGR["article/000_74e3ba4eb27d1507"])
A003 = str(KGR["article/003_f293324dbb63daf1"])


def gold(name: str) -> dict:
    return json.loads((SEEDS / f"{name}.gold.json").read_text(encoding="utf-8"))


def gold_relations(name: str) -> set[tuple[str, str, str]]:
    """The non-optional relations of a seed gold file as (subject, property, object) labels."""
    found = set()
    for item in gold(name)["relations"]:
        if isinstance(item, list):
            found.add(tuple(item))
        elif not item.get("optional"):
            found.add((item["s"], item["p"], item["o"]))
    return found


G000 = gold_relations("000_74e3ba4eb27d1507")
G003 = gold_relations("003_f293324dbb63daf1")


# `seed_store` (the seeds built once per session) and `extractor` come from conftest.py.


@pytest.fixture(scope="module")
def seed_graph(seed_store: Store) -> nx.MultiDiGraph:
    with seed_store.read() as dataset:
        return entity_graph(dataset)


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Store:
    """The seeds as JSON Lines with the publication dates and languages of their gold."""
    folder = tmp_path_factory.mktemp("dated")
    lines = []
    for name in ("000_74e3ba4eb27d1507", "003_f293324dbb63daf1"):
        meta = gold(name)
        text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
        lines.append(json.dumps({"id": name, "text": text, "published": meta["published"],
                                 "lang": meta["lang"]}))
    (folder / "seeds.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = Store(folder / "store")
    assert build([folder / "seeds.jsonl"], store, extractor=extractor).ok
    return store


def node(graph: nx.MultiDiGraph, label: str) -> str:
    matches = [n for n, d in graph.nodes(data=True) if d["label"] == label]
    assert len(matches) == 1, f"{label}: {matches}"
    return matches[0]


def labelled_edges(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(graph.nodes[s]["label"], p, graph.nodes[o]["label"])
            for s, o, p in graph.edges(keys=True)}


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["kg", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


# ---------------------------------------------------------------- the graph


def test_network_nodes_are_the_gold_entities_with_their_types(seed_graph: nx.MultiDiGraph) -> None:
    for name in ("000_74e3ba4eb27d1507", "003_f293324dbb63daf1"):
        for entity in gold(name)["entities"]:
            if entity.get("optional"):
                continue
            data = seed_graph.nodes[node(seed_graph, entity["name"])]
            assert data["type"] == entity["type"], entity["name"]
            assert data["kind"] == "entity"
            assert str(KGR[f"article/{name}"]) in data["articles"]


def test_network_edges_carry_support_and_evidence(seed_graph: nx.MultiDiGraph) -> None:
    # Both gold files say Alibaba Group develops Qwen; only 003 says Alibaba Cloud partnerOf IOC.
    assert ("Alibaba Group", "develops", "Qwen") in G000 & G003
    develops = seed_graph.edges[node(seed_graph, "Alibaba Group"), node(seed_graph, "Qwen"),
                                "develops"]
    assert develops["property"] == "develops"
    assert develops["support"] == 2
    assert sorted(develops["articles"]) == [A000, A003]
    assert {e["article"] for e in develops["evidence"]} == {A000, A003}
    assert all("Qwen" in e["sentence"] for e in develops["evidence"])

    assert ("Alibaba Cloud", "partnerOf", "International Olympic Committee") in G003 - G000
    partner = seed_graph.edges[node(seed_graph, "Alibaba Cloud"),
                               node(seed_graph, "International Olympic Committee"), "partnerOf"]
    assert partner["support"] == 1 and partner["articles"] == [A003]
    assert partner["symmetric"] is True and partner["catalogue"] is False


def test_network_holds_the_gold_relations_the_extractor_finds(seed_graph: nx.MultiDiGraph) -> None:
    expected = seed_gold_relations()
    assert expected <= G000 | G003
    assert expected <= labelled_edges(seed_graph)


def test_network_filters_by_article(seed_store: Store) -> None:
    with seed_store.read() as dataset:
        only_000 = entity_graph(dataset, articles=["000_74e3ba4eb27d1507"])
        with pytest.raises(QueryError, match="no such article"):
            entity_graph(dataset, articles=["nope"])
    labels = {d["label"] for _, d in only_000.nodes(data=True)}
    assert {"Meta Platforms", "Llama", "Qwen"} <= labels
    assert "International Olympic Committee" not in labels  # only in 003's gold
    assert only_000.graph["articles"].keys() == {A000}
    edge = only_000.edges[node(only_000, "Alibaba Group"), node(only_000, "Qwen"), "develops"]
    assert edge["support"] == 1


def test_network_filters_by_type_with_subclasses(seed_store: Store) -> None:
    with seed_store.read() as dataset:
        orgs = entity_graph(dataset, types=["Organization"])
        with pytest.raises(QueryError, match="unknown entity type"):
            entity_graph(dataset, types=["Firm"])
    types = {d["type"] for _, d in orgs.nodes(data=True)}
    assert types == {"Company", "BusinessUnit", "FinancialInstitution", "Organization"}
    assert "Qwen" not in {d["label"] for _, d in orgs.nodes(data=True)}
    assert ("Alibaba Cloud", "subsidiaryOf", "Alibaba Group") in labelled_edges(orgs)
    assert not any(p == "develops" for *_, p in orgs.edges(keys=True))


def test_network_filters_by_property(seed_store: Store) -> None:
    with seed_store.read() as dataset:
        develops = entity_graph(dataset, properties=["develops"])
    assert labelled_edges(develops) == {("Alibaba Group", "develops", "Qwen"),
                                        ("Meta Platforms", "develops", "Llama")}


def test_network_filters_by_date_and_language(dated_store: Store) -> None:
    # Gold: 000 published 2026-01-04, 003 published 2026-02-04, both German.
    with dated_store.read() as dataset:
        february = entity_graph(dataset, since=date(2026, 2, 1))
        january = entity_graph(dataset, until=date(2026, 1, 31))
        german = entity_graph(dataset, languages=["de"])
        english = entity_graph(dataset, languages=["en"])
    assert [m["date"] for m in february.graph["articles"].values()] == ["2026-02-04"]
    assert [m["date"] for m in january.graph["articles"].values()] == ["2026-01-04"]
    feb_labels = {d["label"] for _, d in february.nodes(data=True)}
    jan_labels = {d["label"] for _, d in january.nodes(data=True)}
    assert "International Olympic Committee" in feb_labels - jan_labels
    assert "Meta Platforms" in jan_labels - feb_labels
    assert len(german.graph["articles"]) == 2 and len(english) == 0


def test_network_catalogue_facts_only_on_request(seed_store: Store) -> None:
    catalogue = Graph().parse(ROOT / "ontology" / "entities.ttl")
    listings = set(catalogue.objects(KGR["alibaba-group"], FIN.listedOn))
    assert listings, "the catalogue lists Alibaba Group on an exchange"
    with seed_store.read() as dataset:
        plain = entity_graph(dataset)
        wider = entity_graph(dataset, catalogue=True)
    group = str(KGR["alibaba-group"])
    for exchange in map(str, listings):
        assert not plain.has_edge(group, exchange, key="listedOn")
        edge = wider.edges[group, exchange, "listedOn"]
        assert edge["catalogue"] is True and edge["support"] == 0
        assert wider.nodes[exchange]["catalogue"] is True
        assert wider.nodes[exchange]["type"] == "StockExchange"
    # A relation both stated in an article and in the catalogue is one edge.
    sub = wider.edges[str(KGR["alibaba-cloud"]), group, "subsidiaryOf"]
    assert sub["support"] == 2 and sub["catalogue"] is True


def test_network_figures_become_nodes(seed_store: Store) -> None:
    with seed_store.read() as dataset:
        graph = entity_graph(dataset, figures=True)
    # Gold 000: Qwen has at least 600000000 downloads.
    qwen = node(graph, "Qwen")
    downloads = [s for s, _, p in graph.in_edges(qwen, keys=True) if p == "about"
                 and graph.nodes[s].get("metric") == "Downloads"]
    assert len(downloads) == 1
    data = graph.nodes[downloads[0]]
    assert data["kind"] == "figure" and data["value"] == 600000000
    assert data["qualifier"] == "AtLeast" and data["label"] == "Downloads ≥ 600M"


# ---------------------------------------------------------------- lookup and analysis


def test_network_finds_entities_by_label_or_alias(seed_graph: nx.MultiDiGraph) -> None:
    ioc = node(seed_graph, "International Olympic Committee")
    assert find_entity(seed_graph, "international  olympic committee") == ioc
    assert find_entity(seed_graph, "Internationalen Olympischen Komitee") == ioc  # gold alias
    assert find_entity(seed_graph, "kgr:international-olympic-committee") == ioc
    assert find_entity(seed_graph, "tencent") == node(seed_graph, "Tencent Holdings")
    with pytest.raises(QueryError, match="close matches: .*Alibaba Group"):
        find_entity(seed_graph, "Alibaba Grup")
    with pytest.raises(QueryError, match="no entity 'Zzyzx'"):
        find_entity(seed_graph, "Zzyzx")


def test_network_shortest_path_follows_gold_relations(seed_graph: nx.MultiDiGraph) -> None:
    paths = shortest_paths(seed_graph, find_entity(seed_graph, "Qwen"),
                           find_entity(seed_graph, "International Olympic Committee"))
    assert len(paths) == 1
    hops = [(seed_graph.nodes[h.subject]["label"], h.property, seed_graph.nodes[h.object]["label"])
            for h in paths[0]]
    assert hops == [("Alibaba Group", "develops", "Qwen"),
                    ("Alibaba Cloud", "subsidiaryOf", "Alibaba Group"),
                    ("Alibaba Cloud", "partnerOf", "International Olympic Committee")]
    assert set(hops) <= G003
    assert all(h.evidence and h.article for h in paths[0])
    # Gold links Baidu to nothing but optionally to Alibaba Group: no path without it.
    assert shortest_paths(seed_graph, node(seed_graph, "Qwen"), node(seed_graph, "Baidu")) == []


def test_network_neighbours_by_depth(seed_graph: nx.MultiDiGraph) -> None:
    qwen = node(seed_graph, "Qwen")
    one = {seed_graph.nodes[n.node]["label"] for n in neighbours(seed_graph, qwen, 1)}
    assert one == {"Alibaba Group", "Llama"}  # gold: develops Qwen, Qwen competitorOf Llama
    two = {seed_graph.nodes[n.node]["label"]: n for n in neighbours(seed_graph, qwen, 2)}
    assert {"Meta Platforms", "Alibaba Cloud"} <= set(two)
    assert two["Meta Platforms"].distance == 2
    assert two["Meta Platforms"].via.property == "develops"
    sub = neighbourhood(seed_graph, qwen, 1)
    assert set(sub) == {qwen, node(seed_graph, "Alibaba Group"), node(seed_graph, "Llama")}
    assert sub.graph["centre"] == qwen


def test_network_centrality_and_communities(seed_graph: nx.MultiDiGraph) -> None:
    # In gold, Alibaba Group and Alibaba Cloud each have three relations, more than anyone else.
    top = [seed_graph.nodes[n]["label"] for n, _ in centrality(seed_graph, "degree", top=2)]
    assert set(top) == {"Alibaba Group", "Alibaba Cloud"}
    ranks = dict(centrality(seed_graph, "pagerank", top=100))
    assert abs(sum(ranks.values()) - 1) < 1e-6
    assert max(ranks, key=ranks.__getitem__) == node(seed_graph, "Alibaba Group")
    between = dict(centrality(seed_graph, "betweenness", top=100))
    assert between[node(seed_graph, "Meta Platforms")] == 0  # a leaf in gold
    assert between[node(seed_graph, "Alibaba Group")] > between[node(seed_graph, "Qwen")] > 0
    with pytest.raises(QueryError):
        centrality(seed_graph, "closeness")
    for method in ("louvain", "greedy"):
        groups = communities(seed_graph, method)
        where = {n: i for i, g in enumerate(groups) for n in g}
        assert where[node(seed_graph, "Meta Platforms")] == where[node(seed_graph, "Llama")]
        assert where[node(seed_graph, "Milan Cortina")] != where[node(seed_graph, "Llama")]
        assert sum(len(g) for g in groups) == len(seed_graph)


# ---------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_export_reads_back_with_same_counts(seed_store: Store, fmt: str,
                                                    tmp_path: Path) -> None:
    with seed_store.read() as dataset:
        graph = entity_graph(dataset, figures=True, catalogue=True)
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(export_graph(graph, fmt))
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    qwen = str(KGR["qwen"])
    assert back.nodes[qwen]["label"] == "Qwen" and back.nodes[qwen]["type"] == "AIModel"


def test_network_export_json_and_dot(seed_graph: nx.MultiDiGraph) -> None:
    data = json.loads(export_graph(seed_graph, "json"))
    back = nx.node_link_graph(data, edges="links")
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        seed_graph.number_of_nodes(), seed_graph.number_of_edges())
    link = next(x for x in data["links"] if x["property"] == "partnerOf")
    assert link["evidence"][0]["article"] == A003
    dot = export_graph(seed_graph, "dot").decode()
    assert dot.startswith("digraph finkg {") and dot.rstrip().endswith("}")
    assert dot.count(" -> ") == seed_graph.number_of_edges()
    assert '[label="develops"' in dot and '[label="International Olympic Committee"' in dot
    with pytest.raises(QueryError):
        export_graph(seed_graph, "pdf")
    assert EXPORT_FORMATS == ("graphml", "gexf", "json", "dot")


# ---------------------------------------------------------------- the command line


def test_graph_path_command_prints_hops_with_evidence(
        seed_store: Store, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(monkeypatch, capsys, "graph", "path", "Qwen",
                           "International Olympic Committee", "--store", str(seed_store.path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "path 1: Qwen → International Olympic Committee, 3 hops"
    hops = lines[1::2][:3]
    evidence = lines[2::2][:3]
    assert [h.split("  [")[0].strip() for h in hops] == [
        "Alibaba Group develops Qwen", "Alibaba Cloud subsidiaryOf Alibaba Group",
        "Alibaba Cloud partnerOf International Olympic Committee"]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for line in evidence:
        sentence, article = line.strip().rsplit(" (", 1)
        assert sentence.strip('"') in texts[article.rstrip(")")]
    assert "Partnerschaft mit dem Internationalen Olympischen Komitee" in evidence[2]


def test_graph_commands_report_unknown_names(
        seed_store: Store, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(monkeypatch, capsys, "graph", "neighbours", "Alibab",
                           "--store", str(seed_store.path))
    assert code == 1
    assert err.strip() == ("Error: no entity 'Alibab' in the graph; close matches: "
                           "Alibaba Group, Alibaba Cloud")


def test_graph_neighbours_central_communities_export_commands(
        seed_store: Store, seed_graph: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    store = ["--store", str(seed_store.path)]
    code, out, _ = run_cli(monkeypatch, capsys, "graph", "neighbours", "qwen", *store)
    assert code == 0
    assert out.splitlines()[0] == "Qwen (AIModel): 2 entities within 1 step(s)"
    assert "  1  Llama (AIModel)  via Qwen competitorOf Llama  [1 article]" in out
    code, out, _ = run_cli(monkeypatch, capsys, "graph", "central", "--top", "2", *store)
    assert code == 0 and len(out.splitlines()) == 2
    assert {line.split()[1] for line in out.splitlines()} == {"Alibaba"}
    code, out, _ = run_cli(monkeypatch, capsys, "graph", "communities", *store)
    assert code == 0 and any("Llama" in line and "Meta Platforms" in line
                             for line in out.splitlines())
    target = tmp_path / "seed.graphml"
    code, _, err = run_cli(monkeypatch, capsys, "graph", "export", "-f", "graphml", "-o",
                           str(target), *store)
    assert code == 0 and "wrote" in err
    assert nx.read_graphml(target).number_of_nodes() == len(seed_graph)
    code, _, err = run_cli(monkeypatch, capsys, "graph", "central", "--by", "fame", *store)
    assert code == 2 and "--by" in err


# ---------------------------------------------------------------- scale


def synthetic_store(path: Path, entities: int, articles: int) -> Store:
    """A store written directly in the build's RDF shape: many articles and entities."""
    rng = random.Random(5)
    graphs = []
    for a in range(articles):
        iri = KGR[f"article/syn-{a:05d}"]
        g = Graph(identifier=iri)
        g.add((iri, RDF.type, FIN.Article))
        g.add((iri, URIRef("https://schema.org/headline"), Literal(f"Synthetic {a}",
                                                                   datatype=XSD.string)))
        picked = rng.sample(range(entities), 8)
        for e in picked:
            ent = KGR[f"syn-entity-{e}"]
            g.add((iri, FIN.mentions, ent))
            g.add((ent, RDF.type, FIN.Company if e % 3 else FIN.Person))
            g.add((ent, RDFS.label, Literal(f"Entity {e}", datatype=XSD.string)))
        for k in range(5):
            s, o = KGR[f"syn-entity-{picked[k]}"], KGR[f"syn-entity-{picked[k + 1]}"]
            g.add((s, FIN.partnerOf, o))
            st = KGR[f"statement/syn-{a:05d}/{k}"]
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, FIN.partnerOf))
            g.add((st, RDF.object, o))
            g.add((st, FIN.evidence, Literal(f"Sentence {a}.{k}", datatype=XSD.string)))
        graphs.append(g)
    store = Store(path)
    with store.write() as writer:
        writer.replace_graphs(graphs)
    return store


def test_network_scales_to_thousands_of_entities(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "big", entities=2000, articles=400)
    started = time.perf_counter()
    with store.read() as dataset:
        graph = entity_graph(dataset)
    assert time.perf_counter() - started < 10
    assert graph.number_of_nodes() > 1200
    assert graph.number_of_edges() > 1500
    started = time.perf_counter()
    for by in ("degree", "pagerank", "betweenness"):
        assert len(centrality(graph, by, top=5)) == 5
    assert communities(graph)
    assert time.perf_counter() - started < 20
