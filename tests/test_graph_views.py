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
    GraphReader,
    centrality,
    communities,
    entity_graph,
    export_graph,
    find_entity,
    neighbourhood,
    neighbours,
    shortest_paths,
    undirected,
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
    with seed_store.snapshot() as dataset:
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
    with seed_store.snapshot() as dataset:
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
    with seed_store.snapshot() as dataset:
        orgs = entity_graph(dataset, types=["Organization"])
        with pytest.raises(QueryError, match="unknown entity type"):
            entity_graph(dataset, types=["Firm"])
    types = {d["type"] for _, d in orgs.nodes(data=True)}
    assert types == {"Company", "BusinessUnit", "FinancialInstitution", "Organization"}
    assert "Qwen" not in {d["label"] for _, d in orgs.nodes(data=True)}
    assert ("Alibaba Cloud", "subsidiaryOf", "Alibaba Group") in labelled_edges(orgs)
    assert not any(p == "develops" for *_, p in orgs.edges(keys=True))


def test_network_filters_by_property(seed_store: Store) -> None:
    with seed_store.snapshot() as dataset:
        develops = entity_graph(dataset, properties=["develops"])
    assert labelled_edges(develops) == {("Alibaba Group", "develops", "Qwen"),
                                        ("Meta Platforms", "develops", "Llama")}


def test_network_filters_by_date_and_language(dated_store: Store) -> None:
    # Gold: 000 published 2026-01-04, 003 published 2026-02-04, both German.
    with dated_store.snapshot() as dataset:
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
    with seed_store.snapshot() as dataset:
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
    with seed_store.snapshot() as dataset:
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
    with pytest.raises(QueryError, match="no entity named 'Zzyzx'"):
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
    with seed_store.snapshot() as dataset:
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
    assert err.strip() == ("Error: no entity named 'Alibab' in the graph; close matches: "
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
    with store.snapshot() as dataset:
        graph = entity_graph(dataset)
    assert time.perf_counter() - started < 10
    assert graph.number_of_nodes() > 1200
    assert graph.number_of_edges() > 1500
    started = time.perf_counter()
    for by in ("degree", "pagerank", "betweenness"):
        assert len(centrality(graph, by, top=5)) == 5
    assert communities(graph)
    assert time.perf_counter() - started < 20


# ---------------------------------------------------------------- reading only what a question needs
#
# GraphReader answers `neighbours` and `path` from the store hop by hop; its
# answers must be the whole graph's: same entities at the same distances, the
# same shortest paths, the same support counts. The expected supports below
# are counted from what the generator wrote, not read back through the code.

GEN_TYPES = ("Company", "BusinessUnit", "Person", "Place", "AIModel", "FinancialInstitution")
GEN_PROPS = ("partnerOf", "competitorOf", "develops", "subsidiaryOf", "worksFor", "covers")
GEN_SYMMETRIC = {"partnerOf", "competitorOf"}
CATALOGUE_IRI = KGR["graph/catalogue"]


def gen_entity(i: int) -> URIRef:
    return KGR[f"gen-entity-{i}"]


def generated_store(path: Path, articles: int = 100, entities: int = 40) -> tuple[Store, dict]:
    """A store in the build's RDF shape: articles in two languages, some undated,
    six relation properties, symmetric ones stated either way round and sometimes
    both ways in one article, some without an evidence sentence; entities 0-29 in
    the catalogue graph (with a few facts, one also stated in articles), 30-39
    known to the articles only. Returns the store and what was written."""
    rng = random.Random(11)
    truth: dict = {"relations": {}, "lang": {}, "date": {}, "type": {}, "label": {},
                   "evidence": {}}
    for i in range(entities):
        truth["type"][str(gen_entity(i))] = GEN_TYPES[i % len(GEN_TYPES)]
        truth["label"][str(gen_entity(i))] = f"Generated {i}"
    graphs = []
    for a in range(articles):
        iri = KGR[f"article/gen-{a:04d}"]
        g = Graph(identifier=iri)
        g.add((iri, RDF.type, FIN.Article))
        g.add((iri, URIRef("https://schema.org/headline"), Literal(f"Generated {a}")))
        lang = "de" if a % 3 else "en"
        g.add((iri, URIRef("https://schema.org/inLanguage"), Literal(lang)))
        truth["lang"][str(iri)] = lang
        if a % 10:
            day = date(2026, 1, 1 + a % 28).replace(month=1 + a % 3)
            g.add((iri, URIRef("https://schema.org/datePublished"),
                   Literal(day.isoformat(), datatype=XSD.date)))
            truth["date"][str(iri)] = day
        picked = rng.sample(range(entities), 6)
        for e in picked:
            ent = gen_entity(e)
            g.add((iri, FIN.mentions, ent))
            g.add((ent, RDF.type, FIN[truth["type"][str(ent)]]))
            g.add((ent, RDFS.label, Literal(truth["label"][str(ent)])))
            if e % 4 == 0:
                g.add((ent, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"),
                       Literal(f"Gen{e}")))
        for k in range(5):
            s, o = gen_entity(picked[k]), gen_entity(picked[rng.randrange(6)])
            if s == o:
                continue
            prop = GEN_PROPS[rng.randrange(len(GEN_PROPS))]
            ways = [(s, o), (o, s)] if prop in GEN_SYMMETRIC and rng.random() < 0.2 else [(s, o)]
            for x, y in ways:
                g.add((x, FIN[prop], y))
                truth["relations"].setdefault((str(x), prop, str(y)), set()).add(str(iri))
                if rng.random() < 0.8:
                    st = KGR[f"statement/gen-{a:04d}/{k}-{x == s}"]
                    sentence = f"Sentence {a}.{k}: {x} {prop} {y}"
                    for p, v in ((RDF.type, RDF.Statement), (RDF.subject, x),
                                 (RDF.predicate, FIN[prop]), (RDF.object, y),
                                 (FIN.evidence, Literal(sentence))):
                        g.add((st, p, v))
                    truth["evidence"].setdefault((str(x), prop, str(y)), set()).add(
                        (sentence, str(iri)))
        graphs.append(g)
    cat = Graph(identifier=CATALOGUE_IRI)
    for i in range(30):
        ent = gen_entity(i)
        cat.add((ent, RDF.type, FIN[truth["type"][str(ent)]]))
        cat.add((ent, RDFS.label, Literal(truth["label"][str(ent)])))
    exchange = KGR["gen-exchange"]
    cat.add((exchange, RDF.type, FIN.StockExchange))
    cat.add((exchange, RDFS.label, Literal("Generated Exchange")))
    truth["type"][str(exchange)] = "StockExchange"
    for i in (0, 6, 12):
        cat.add((gen_entity(i), FIN.listedOn, exchange))
    some = next(iter(sorted(truth["relations"])))
    cat.add((URIRef(some[0]), FIN[some[1]], URIRef(some[2])))
    truth["catalogue_fact"] = some
    graphs.append(cat)
    store = Store(path)
    with store.write() as writer:
        writer.replace_graphs(graphs)
    return store, truth


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict]:
    return generated_store(tmp_path_factory.mktemp("generated") / "store")


def expected_supports(truth: dict, *, props: set[str] | None = None,
                      types: set[str] | None = None, lang: str | None = None,
                      since: date | None = None) -> dict[tuple[str, str, str], int]:
    """Articles per edge as the generator wrote them: a symmetric relation is one edge
    whichever way round, an article stating it both ways counted once."""
    keep_types = None if types is None else {
        t for t in GEN_TYPES if t in types or (t in ("Company", "BusinessUnit",
                                                      "FinancialInstitution")
                                               and "Organization" in types)}
    edges: dict[tuple[str, str, str], set[str]] = {}
    for (s, prop, o), articles in truth["relations"].items():
        if props is not None and prop not in props:
            continue
        if keep_types is not None and not (truth["type"][s] in keep_types
                                           and truth["type"][o] in keep_types):
            continue
        chosen = {a for a in articles if (lang is None or truth["lang"][a] == lang)
                  and (since is None or (a in truth["date"] and truth["date"][a] >= since))}
        if chosen:
            key = (min(s, o), prop, max(s, o)) if prop in GEN_SYMMETRIC else (s, prop, o)
            edges.setdefault(key, set()).update(chosen)
    return {k: len(v) for k, v in edges.items()}


def edge_supports(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], int]:
    return {((min(s, o), p, max(s, o)) if d["symmetric"] else (s, p, o)): d["support"]
            for s, o, p, d in graph.edges(keys=True, data=True) if d["support"]}


GEN_FILTERS = [
    ({}, {}),
    ({"properties": ["partnerOf", "develops"]}, {"props": {"partnerOf", "develops"}}),
    ({"types": ["Organization", "Person"]}, {"types": {"Organization", "Person"}}),
    ({"languages": ["EN"]}, {"lang": "en"}),
    ({"since": date(2026, 2, 1)}, {"since": date(2026, 2, 1)}),
    ({"catalogue": True}, None),
]


@pytest.mark.parametrize(("filters", "truth_filters"), GEN_FILTERS,
                         ids=["all", "property", "type", "language", "since", "catalogue"])
def test_reader_answers_as_the_whole_graph(generated: tuple[Store, dict], filters: dict,
                                           truth_filters: dict | None) -> None:
    store, truth = generated
    with store.snapshot() as dataset:
        whole = entity_graph(dataset, **filters)
        summary = entity_graph(dataset, detail=False, **filters)
        if truth_filters is not None:
            assert edge_supports(whole) == expected_supports(truth, **truth_filters)
        assert set(summary) == set(whole)
        assert edge_supports(summary) == edge_supports(whole)
        simple = undirected(whole)
        entities = sorted(simple)
        assert len(entities) > 15
        for centre in entities:
            for depth in (1, 2):
                reader = GraphReader(dataset, **filters)
                sub = reader.neighbourhood(centre, depth)
                found = neighbours(sub, centre, depth)
                want = nx.single_source_shortest_path_length(simple, centre, cutoff=depth)
                assert {n.node: n.distance for n in found} == {
                    n: d for n, d in want.items() if n != centre}
                assert found == neighbours(summary, centre, depth)
                for item in found:
                    hop = item.via
                    assert whole.nodes[item.node]["label"] == sub.nodes[item.node]["label"]
                    edge = whole.get_edge_data(hop.subject, hop.object, key=hop.property)
                    assert edge is not None and edge["support"] == hop.support
        rng = random.Random(3)
        for a, b in (rng.sample(entities, 2) for _ in range(40)):
            reader = GraphReader(dataset, **filters)
            _, paths = reader.paths(a, b, limit=50, max_hops=20)
            want_paths = shortest_paths(whole, a, b, limit=50)
            assert [[(h.subject, h.property, h.object, h.support) for h in p] for p in paths] \
                == [[(h.subject, h.property, h.object, h.support) for h in p] for p in want_paths]
            if nx.has_path(simple, a, b):
                assert len(paths[0]) == nx.shortest_path_length(simple, a, b)
            else:
                assert paths == []
            for hop in (h for p in paths for h in p):
                stated = {(e["sentence"], e["article"]) for e in
                          whole.edges[hop.subject, hop.object, hop.property]["evidence"]}
                assert (hop.evidence is None) == (not stated)
                if hop.evidence is not None:
                    assert (hop.evidence, hop.article) in stated


def test_reader_one_pass_answers_as_lookups_by_entity(generated: tuple[Store, dict]) -> None:
    # Large frontiers are read in one pass over all relations, small ones by entity:
    # forcing either way gives the same answers.
    store, _ = generated
    with store.snapshot() as dataset:
        for centre in (str(gen_entity(i)) for i in (0, 7, 33)):
            by_entity, one_pass = GraphReader(dataset), GraphReader(dataset)
            by_entity._scan_size, one_pass._scan_size = 10**6, 0
            for depth in (1, 2, 3):
                assert neighbours(by_entity.neighbourhood(centre, depth), centre, depth) == \
                    neighbours(one_pass.neighbourhood(centre, depth), centre, depth)
            target = str(gen_entity(39))
            assert by_entity.paths(centre, target, limit=20)[1] == \
                one_pass.paths(centre, target, limit=20)[1]


def test_reader_counts_a_relation_stated_both_ways_once(generated: tuple[Store, dict]) -> None:
    store, truth = generated
    both = [(s, p, o) for (s, p, o), articles in truth["relations"].items()
            if p in GEN_SYMMETRIC and articles & truth["relations"].get((o, p, s), set())]
    assert both, "the generator states some symmetric relations both ways in one article"
    s, prop, o = both[0]
    expected = len(truth["relations"][(s, prop, o)] | truth["relations"].get((o, prop, s), set()))
    assert expected < len(truth["relations"][(s, prop, o)]) + len(truth["relations"][(o, prop, s)])
    with store.snapshot() as dataset:
        sub = GraphReader(dataset, properties=[prop]).neighbourhood(s, 1)
    hops = [n.via for n in neighbours(sub, s, 1) if n.node == o]
    assert hops and hops[0].property == prop and hops[0].support == expected


def test_reader_finds_names_as_the_whole_graph(generated: tuple[Store, dict],
                                               seed_store: Store,
                                               seed_graph: nx.MultiDiGraph) -> None:
    for store in (generated[0], seed_store):
        with store.snapshot() as dataset:
            graph = seed_graph if store is seed_store else entity_graph(dataset)
            reader = GraphReader(dataset)
            for node, data in graph.nodes(data=True):
                for name in (data["label"], data["label"].upper(), *data["aliases"],
                             node.removeprefix(str(KGR))):
                    try:
                        want: str = find_entity(graph, name)
                    except QueryError as err:
                        want = f"error: {err}"
                    try:
                        got: str = reader.find(name)
                    except QueryError as err:
                        got = f"error: {err}"
                    assert got == want or (got.startswith("error") and want.startswith("error"))
            for wrong in ("Generated 4O", "Zzyzx", "Alibab"):
                with pytest.raises(QueryError) as err:
                    reader.find(wrong)
                try:
                    find_entity(graph, wrong)
                except QueryError as whole_err:
                    assert str(err.value) == str(whole_err)


def test_reader_entity_only_in_the_catalogue(generated: tuple[Store, dict]) -> None:
    store, _ = generated
    with store.snapshot() as dataset:
        with pytest.raises(QueryError, match="no article mentions Generated Exchange"):
            GraphReader(dataset).find("generated exchange")
        reader = GraphReader(dataset, catalogue=True)
        exchange = reader.find("Generated Exchange")
        wider = entity_graph(dataset, catalogue=True)
    found = neighbours(reader.neighbourhood(exchange, 1), exchange, 1)
    assert {n.node for n in found} == {str(gen_entity(i)) for i in (0, 6, 12)}
    assert all(n.via.catalogue and n.via.support == 0 and n.via.property == "listedOn"
               for n in found)
    assert found == neighbours(wider, exchange, 1)


def plain(found: list) -> list[tuple]:
    """Neighbours without evidence (a reader reads none for them)."""
    return [(n.node, n.distance, n.via.subject, n.via.property, n.via.object, n.via.support,
             n.via.catalogue) for n in found]


def test_reader_neighbours_and_paths_on_the_seeds(seed_store: Store,
                                                  seed_graph: nx.MultiDiGraph) -> None:
    simple = undirected(seed_graph)
    with seed_store.snapshot() as dataset:
        for centre in simple:
            for depth in (1, 2, 3):
                sub = GraphReader(dataset).neighbourhood(centre, depth)
                assert plain(neighbours(sub, centre, depth)) == plain(
                    neighbours(seed_graph, centre, depth))
        qwen = find_entity(seed_graph, "Qwen")
        ioc = find_entity(seed_graph, "International Olympic Committee")
        sub, paths = GraphReader(dataset).paths(qwen, ioc)
    assert len(paths) == 1 and len(paths[0]) == nx.shortest_path_length(simple, qwen, ioc)
    want = shortest_paths(seed_graph, qwen, ioc)
    assert [(h.subject, h.property, h.object, h.support) for h in paths[0]] == [
        (h.subject, h.property, h.object, h.support) for h in want[0]]
    assert all(h.evidence and h.article in sub.graph["articles"] for h in paths[0])


def test_graph_path_command_says_when_it_stopped_looking(
        seed_store: Store, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--store", str(seed_store.path)]
    code, out, _ = run_cli(monkeypatch, capsys, "graph", "path", "Qwen",
                           "International Olympic Committee", "--max-hops", "2", *store)
    assert code == 1
    assert out.strip() == ("no connection between Qwen and International Olympic Committee "
                           "within 2 hops (--max-hops)")
    code, out, _ = run_cli(monkeypatch, capsys, "graph", "path", "Qwen", "Baidu", *store)
    assert code == 1 and out.strip() == "no connection between Qwen and Baidu"
