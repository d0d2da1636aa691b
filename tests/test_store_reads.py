"""Reading the store: the statistics of `kg stats` against counts made from the
raw quads, and the rule that modules read through :class:`Snapshot` only.

The counts here are made in Python from the quads Oxigraph hands out for the
database opened directly, without SPARQL and without kg's read layer.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox

import kg.query
from kg.rdf.store import Store
from kg.stats import store_stats

ROOT = Path(__file__).resolve().parents[1]
FIN = "https://w3id.org/finkg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RESOURCE = "https://w3id.org/finkg/resource/"


def _local(iri: str) -> str:
    """What SPARQL's STRAFTER(STR(?x), "#") gives."""
    return iri.split("#", 1)[1] if "#" in iri else ""


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, then by name (the queries' ORDER BY DESC(?n) ?k)."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _counts_from_quads(store: Store) -> dict[str, object]:
    inner = ox.Store.read_only(str(store.path))
    by_graph: dict[str, list[tuple[str, str, ox.NamedNode | ox.BlankNode | ox.Literal]]] = \
        defaultdict(list)
    for quad in inner.quads_for_pattern(None, None, None, None):
        if isinstance(quad.graph_name, ox.NamedNode):
            by_graph[quad.graph_name.value].append(
                (quad.subject.value, quad.predicate.value, quad.object))
    del inner
    articles = mentions = ad_blocks = ratings = figures = relations = 0
    mentioned_anywhere: set[str] = set()
    # entities are typed where they are described: the catalogue and the entity graph
    described: dict[str, set[str]] = defaultdict(set)
    for graph in (RESOURCE + "graph/catalogue", RESOURCE + "graph/entities"):
        for s, p, o in by_graph.get(graph, []):
            if p == RDF + "type":
                described[s].add(o.value)
    properties, metrics = Counter[str](), Counter[str]()
    for graph, triples in by_graph.items():
        typed = defaultdict(set)
        for s, p, o in triples:
            if p == RDF + "type":
                typed[s].add(o.value)
        mentioned = {o.value for s, p, o in triples if s == graph and p == FIN + "mentions"}
        articles += FIN + "Article" in typed.get(graph, set())
        mentions += sum(1 for s, p, _ in triples if s == graph and p == FIN + "mentions")
        ad_blocks += sum(int(o.value) for s, p, o in triples if s == graph and p == FIN + "adBlocks")
        ratings += sum(1 for t in typed.values() if FIN + "AnalystRating" in t)
        figures += sum(1 for t in typed.values() if FIN + "Observation" in t)
        statements = {s for s, t in typed.items() if RDF + "Statement" in t}
        relations += len(statements)
        mentioned_anywhere |= mentioned
        properties.update(_local(o.value) for s, p, o in triples
                          if s in statements and p == RDF + "predicate")
        observations = {s for s, t in typed.items() if FIN + "Observation" in t}
        metrics.update(_local(o.value) for s, p, o in triples
                       if s in observations and p == FIN + "metric")
    return {"articles": articles, "mentions": mentions, "ad_blocks": ad_blocks,
            "relations": relations, "figures": figures, "ratings": ratings,
            "entities_by_type": _ranked(Counter(_local(t) for e in mentioned_anywhere
                                                for t in described.get(e, ()))),
            "relations_by_property": _ranked(properties),
            "figures_by_metric": _ranked(metrics)}


def test_stats_are_the_counts_made_from_the_quads(seed_store: Store) -> None:
    with seed_store.snapshot() as snapshot:
        stats = asdict(store_stats(snapshot))
    for name in ("entities_by_type", "relations_by_property", "figures_by_metric"):
        stats[name] = list(stats[name].items())  # the order is part of the output
    expected = _counts_from_quads(seed_store)
    assert expected["articles"] == 2 and expected["relations"]  # the seeds were read
    assert stats == expected


def test_only_the_store_module_opens_the_database() -> None:
    """Every other module reads through Store.snapshot(): no one unwraps an rdflib
    Dataset or opens the Oxigraph database on its own."""
    pattern = re.compile(r"\._inner\b|\.read\(\) as dataset|ox\.Store\.read_only|ox\.Store\(str")
    offenders = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == "kg/rdf/store.py":
            continue
        offenders += [f"{name}: {line.strip()}" for line in path.read_text().splitlines()
                      if pattern.search(line)]
    assert offenders == []


def test_the_query_package_api_and_module_sizes() -> None:
    """Every name kg.query offers resolves; each of its modules has one job and stays small."""
    assert all(getattr(kg.query, name, None) is not None for name in kg.query.__all__)
    sizes = {path.name: len(path.read_text().splitlines())
             for path in (ROOT / "kg" / "query").glob("*.py")}
    assert {"library.py", "results.py", "targets.py", "text.py"} <= set(sizes)
    assert max(sizes.values()) < 600
