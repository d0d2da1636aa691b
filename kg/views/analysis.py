"""Questions about a graph already read: paths, neighbours, centrality, communities."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import networkx as nx

from kg.errors import QueryError
from kg.views.base import SYMMETRIC, Hop, Neighbour


def undirected(graph: nx.MultiDiGraph, *, entities_only: bool = True) -> nx.Graph:
    """A simple undirected graph of the same connections; ``weight`` sums the support."""
    simple = nx.Graph()
    keep = [n for n, d in graph.nodes(data=True) if not entities_only or d.get("kind") == "entity"]
    simple.add_nodes_from((n, graph.nodes[n]) for n in keep)
    for s, o, data in graph.edges(data=True):
        if s in simple and o in simple and s != o:
            weight = max(1, data.get("support", 0))
            if simple.has_edge(s, o):
                simple.edges[s, o]["weight"] += weight
            else:
                simple.add_edge(s, o, weight=weight)
    return simple


def hops_between(graph: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """Every relation between ``a`` and ``b``, either way, best supported first."""
    hops = []
    for s, o in ((a, b), (b, a)):
        for data in graph.get_edge_data(s, o, default={}).values():
            first = data["evidence"][0] if data.get("evidence") else {}
            hops.append(Hop(subject=s, property=data["property"], object=o,
                            support=data.get("support", 0), evidence=first.get("sentence"),
                            article=first.get("article"), catalogue=data.get("catalogue", False)))
    hops.sort(key=lambda h: (-h.support, h.evidence is None, h.property))
    return hops


def shortest_paths(graph: nx.MultiDiGraph, a: str, b: str, limit: int = 5) -> list[list[Hop]]:
    """Up to ``limit`` shortest connections from ``a`` to ``b``, ignoring direction.

    Each path is a list of hops, the best supported relation for each step.
    When there are more than ``limit``, the first by the labels along them
    are chosen (a walk of the shortest paths in label order, so thousands of
    them between two big companies are never all listed). An empty list
    means there is no connection.
    """
    if a == b:
        raise QueryError("the two ends of a path are the same entity")
    simple = undirected(graph)
    if a not in simple or b not in simple:
        return []
    from_a = nx.single_source_shortest_path_length(simple, a)
    if b not in from_a:
        return []
    length = from_a[b]
    from_b = nx.single_source_shortest_path_length(simple, b, cutoff=length)

    def order(n: str) -> tuple[str, str]:
        return graph.nodes[n]["label"].casefold(), n

    paths: list[list[str]] = []

    def walk(path: list[str]) -> None:
        here = path[-1]
        if here == b:
            paths.append(list(path))
            return
        step = from_a[here] + 1
        for nxt in sorted((n for n in simple[here] if from_a.get(n) == step
                           and from_b.get(n) == length - step), key=order):
            path.append(nxt)
            walk(path)
            path.pop()
            if len(paths) >= limit:
                return

    walk([a])
    return [[hops_between(graph, x, y)[0] for x, y in pairwise(path)] for path in paths]


def neighbours(graph: nx.MultiDiGraph, node: str, depth: int = 1) -> list[Neighbour]:
    """The entities within ``depth`` steps of ``node``, nearest first, with how each is reached.

    Each is reached over its best supported relation with an entity one
    step nearer (then by property, by that entity's label, by IRI), so the
    answer does not depend on the order the graph was read in.
    """
    if depth < 1:
        raise QueryError("depth must be at least 1")
    simple = undirected(graph)
    distance = nx.single_source_shortest_path_length(simple, node, cutoff=depth)

    found = []
    for n, d in distance.items():
        if n == node:
            continue
        hops = [(hop, parent) for parent in simple[n] if distance.get(parent) == d - 1
                for hop in hops_between(graph, parent, n)]
        best, _ = min(hops, key=lambda x: (
            -x[0].support, x[0].property, graph.nodes[x[1]]["label"].casefold(), x[1],
            0 if x[0].property in SYMMETRIC or x[0].subject == x[1] else 1))
        found.append(Neighbour(n, d, best))
    found.sort(key=lambda x: (x.distance, graph.nodes[x.node]["label"].casefold(), x.node))
    return found


def neighbourhood(graph: nx.MultiDiGraph, node: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` steps of ``node`` (direction ignored), figures included."""
    keep = {node, *(n.node for n in neighbours(graph, node, depth))}
    keep |= {s for s, o in graph.in_edges(keep) if graph.nodes[s].get("kind") == "figure"}
    sub = graph.subgraph(keep).copy()
    sub.graph["centre"] = node
    return sub


def _degree(simple: nx.Graph) -> dict[str, float]:
    return nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)


def _betweenness(simple: nx.Graph) -> dict[str, float]:
    """Betweenness; on more than 200 entities estimated from 200 sampled sources
    (seeded, so repeatable)."""
    k = 200 if len(simple) > 200 else None
    return dict(nx.betweenness_centrality(simple, k=k, seed=0))


def pagerank(graph: nx.Graph, alpha: float = 0.85, tol: float = 1e-10,
             max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration (NetworkX's own needs SciPy)."""
    n = len(graph)
    if n == 0:
        return {}
    rank = dict.fromkeys(graph, 1.0 / n)
    strength = {v: sum(d.get("weight", 1) for _, _, d in graph.edges(v, data=True)) for v in graph}
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in graph if strength[v] == 0) / n
        new = dict.fromkeys(graph, (1.0 - alpha) / n + dangling)
        for v in graph:
            if strength[v]:
                share = alpha * rank[v] / strength[v]
                for _, u, d in graph.edges(v, data=True):
                    new[u] += share * d.get("weight", 1)
        if sum(abs(new[v] - rank[v]) for v in graph) < tol * n:
            return new
        rank = new
    return rank


def _louvain(simple: nx.Graph) -> list[set[str]]:
    """Louvain modularity, seeded, so repeatable."""
    return list(nx.community.louvain_communities(simple, weight="weight", seed=0))


def _greedy(simple: nx.Graph) -> list[set[str]]:
    return list(nx.community.greedy_modularity_communities(simple, weight="weight"))


# The registries: a new measure or method is one function and one entry here;
# `kg graph central --by` and `communities --method` offer what is registered.
CENTRALITY_MEASURES: dict[str, Callable[[nx.Graph], dict[str, float]]] = {
    "degree": _degree, "pagerank": pagerank, "betweenness": _betweenness,
}
COMMUNITY_DETECTORS: dict[str, Callable[[nx.Graph], list[set[str]]]] = {
    "louvain": _louvain, "greedy": _greedy,
}
CENTRALITY = tuple(CENTRALITY_MEASURES)
COMMUNITY_METHODS = tuple(COMMUNITY_DETECTORS)


def centrality(graph: nx.MultiDiGraph, by: str = "degree",
               top: int = 10) -> list[tuple[str, float]]:
    """The ``top`` entities by a registered centrality measure, highest first."""
    if by not in CENTRALITY_MEASURES:
        raise QueryError(f"unknown centrality {by!r}; choose one of {', '.join(CENTRALITY)}")
    simple = undirected(graph)
    scores = CENTRALITY_MEASURES[by](simple)
    ranked = sorted(scores.items(), key=lambda x: (-x[1], graph.nodes[x[0]]["label"].casefold()))
    return ranked[:top]


def communities(graph: nx.MultiDiGraph, method: str = "louvain") -> list[list[str]]:
    """Groups of densely connected entities by a registered method, largest first,
    each by degree then label."""
    if method not in COMMUNITY_DETECTORS:
        raise QueryError(f"unknown method {method!r}; choose one of "
                         f"{', '.join(COMMUNITY_METHODS)}")
    simple = undirected(graph)
    found: list[set[str]] = ([{n} for n in simple] if simple.number_of_edges() == 0
                             else COMMUNITY_DETECTORS[method](simple))

    def order(n: str) -> tuple[int, str]:
        return -simple.degree(n), graph.nodes[n]["label"].casefold()

    groups = [sorted(group, key=order) for group in found]
    groups.sort(key=lambda g: (-len(g), order(g[0])))
    return groups
