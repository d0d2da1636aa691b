"""The store as a NetworkX graph: entities as nodes, contract relations as edges.

:func:`entity_graph` reads the store with a handful of SPARQL queries (never
one per node) and returns a :class:`networkx.MultiDiGraph`:

* a node per entity, keyed by its IRI, with ``kind="entity"``, ``label``
  (``rdfs:label``), ``type`` (most specific ``fin:`` class, e.g.
  ``"Company"``), ``aliases`` (``skos:altLabel``s), ``articles`` (IRIs of the
  articles mentioning it) and ``catalogue`` (true when only the catalogue
  knows it);
* with ``figures=True``, a node per ``fin:Observation`` (``kind="figure"``,
  ``type="Figure"``, a readable ``label`` such as ``"Downloads ≥ 600M"``)
  with an edge ``about`` to its entity;
* an edge per relation ``subject → object``, keyed by the property's local
  name, with ``property`` (``"develops"``), ``support`` (number of articles
  stating it), ``articles`` (their IRIs), ``evidence`` (a list of
  ``{"sentence", "article"}``), ``catalogue`` (also stated in the catalogue
  graph) and ``symmetric``. Symmetric relations (``competitorOf``,
  ``partnerOf``) found both ways are one edge.

``graph.graph["articles"]`` maps each selected article IRI to its headline,
date, language and source, so a view can show where evidence comes from.

The analysis functions (paths, neighbours, centrality, communities) look
at the graph without direction: ``A subsidiaryOf B`` connects A and B
whichever way it points.
"""

from __future__ import annotations

import difflib
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import islice, pairwise
from typing import Any

import networkx as nx
from rdflib import Dataset

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import CATALOGUE_GRAPH, FIN, KGR, PREFIXES

RELATIONS = (
    "subsidiaryOf", "develops", "competitorOf", "partnerOf", "worksFor", "covers", "locatedIn",
    "listedOn", "investsIn", "acquired", "uses", "basedOn", "memberOf", "participatesIn",
    "supplierOf",
)
SYMMETRIC = frozenset({"competitorOf", "partnerOf"})

# The contract's class tree: a type filter "Organization" keeps its subclasses too.
SUPERCLASS = {
    "Company": "Organization", "BusinessUnit": "Organization",
    "FinancialInstitution": "Organization", "GovernmentBody": "Organization",
    "StockExchange": "Organization", "AIModel": "Product",
}
ENTITY_TYPES = frozenset({
    "Organization", "Company", "BusinessUnit", "FinancialInstitution", "GovernmentBody",
    "StockExchange", "Person", "Product", "AIModel", "Place", "Event", "MarketIndex",
})
TYPE_COLOURS = {
    "Company": "#1f77b4",
    "BusinessUnit": "#6baed6",
    "FinancialInstitution": "#2ca02c",
    "GovernmentBody": "#8c564b",
    "StockExchange": "#9467bd",
    "Organization": "#17becf",
    "Person": "#e377c2",
    "Product": "#ff7f0e",
    "AIModel": "#d62728",
    "Place": "#7f7f7f",
    "Event": "#bcbd22",
    "MarketIndex": "#393b79",
    "Figure": "#f2c94c",
}
CENTRALITY = ("degree", "pagerank", "betweenness")
COMMUNITY_METHODS = ("louvain", "greedy")
EXPORT_FORMATS = ("graphml", "gexf", "json", "dot")

_PREAMBLE = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())
_VALUES = " ".join(f"fin:{p}" for p in RELATIONS)

_ARTICLES = """SELECT ?a ?headline ?lang ?date ?source WHERE { GRAPH ?a {
    ?a a fin:Article .
    OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:inLanguage ?lang }
    OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a fin:source ?source } } }"""
_MENTIONS = "SELECT ?a ?e WHERE { GRAPH ?a { ?a a fin:Article ; fin:mentions ?e } }"
_DESCRIPTIONS = """SELECT ?e ?t ?label WHERE { GRAPH ?g { ?e a ?t ; rdfs:label ?label }
    FILTER(STRSTARTS(STR(?t), STR(fin:))) }"""
_ALIASES = "SELECT DISTINCT ?e ?alias WHERE { GRAPH ?g { ?e skos:altLabel ?alias } }"
_RELATIONS = f"""SELECT ?a ?s ?p ?o ?evidence WHERE {{ GRAPH ?a {{
    ?a a fin:Article . VALUES ?p {{ {_VALUES} }} ?s ?p ?o .
    OPTIONAL {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; fin:evidence ?evidence }}
    }} }}"""
_CATALOGUE = f"""SELECT ?s ?p ?o WHERE {{ GRAPH <{CATALOGUE_GRAPH}> {{
    VALUES ?p {{ {_VALUES} }} ?s ?p ?o }} }}"""
_FIGURES = """SELECT ?a ?obs ?about ?metric ?value ?min ?max ?unit ?qualifier ?status ?period
    ?evidence WHERE { GRAPH ?a {
    ?a a fin:Article . ?obs a fin:Observation ; fin:about ?about ; fin:metric ?metric .
    OPTIONAL { ?obs fin:value ?value } OPTIONAL { ?obs fin:minValue ?min }
    OPTIONAL { ?obs fin:maxValue ?max } OPTIONAL { ?obs fin:unit ?unit }
    OPTIONAL { ?obs fin:qualifier ?qualifier } OPTIONAL { ?obs fin:status ?status }
    OPTIONAL { ?obs fin:period ?period } OPTIONAL { ?obs fin:evidence ?evidence } } }"""


@dataclass(frozen=True)
class Hop:
    """One relation on a path, read in its own direction: ``subject property object``."""

    subject: str
    property: str
    object: str
    support: int
    evidence: str | None
    article: str | None
    catalogue: bool


@dataclass(frozen=True)
class Neighbour:
    """An entity ``distance`` steps from the centre, reached over ``via``."""

    node: str
    distance: int
    via: Hop


def entity_graph(
    dataset: Dataset,
    *,
    types: Iterable[str] | None = None,
    properties: Iterable[str] | None = None,
    articles: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    catalogue: bool = False,
    figures: bool = False,
) -> nx.MultiDiGraph:
    """The entity graph of the store, restricted by the filters given.

    ``articles`` are article IRIs or ids (``003_f293324dbb63daf1``); the
    article filters (``articles``, ``languages``, ``since``/``until`` on the
    publication date, inclusive; undated articles fail a date filter) choose
    which articles contribute entities and relations. ``types`` keeps the
    entities of those classes (a class includes its subclasses); ``properties``
    keeps those relations. ``catalogue=True`` adds the catalogue's facts that
    touch an entity already in the graph, with their other end.
    """
    type_filter = _check_names(types, ENTITY_TYPES, "entity type")
    prop_filter = _check_names(properties, RELATIONS, "property")
    chosen = _articles(dataset, articles, languages, since, until)

    labels, kinds = _descriptions(dataset)
    aliases: dict[str, list[str]] = {}
    for e, alias in _rows(dataset, _ALIASES):
        aliases.setdefault(str(e), []).append(str(alias))

    graph = nx.MultiDiGraph(articles=chosen)

    def add_entity(iri: str, article: str | None) -> bool:
        if iri not in graph:
            kind = kinds.get(iri, "Thing")
            if type_filter is not None and not _is_a(kind, type_filter):
                return False
            graph.add_node(iri, kind="entity", label=labels.get(iri) or _local(iri), type=kind,
                           aliases=sorted(set(aliases.get(iri, ())), key=str.casefold),
                           articles=[], catalogue=article is None)
        data = graph.nodes[iri]
        if article is not None and article not in data["articles"]:
            data["articles"].append(article)
            data["catalogue"] = False
        return True

    for a, e in _rows(dataset, _MENTIONS):
        if str(a) in chosen:
            add_entity(str(e), str(a))

    for a, s, p, o, evidence in _rows(dataset, _RELATIONS):
        article = str(a)
        prop = _local(str(p))
        if article not in chosen or (prop_filter is not None and prop not in prop_filter):
            continue
        if add_entity(str(s), article) and add_entity(str(o), article):
            data = _edge(graph, str(s), prop, str(o))
            if article not in data["articles"]:
                data["articles"].append(article)
                data["support"] = len(data["articles"])
            if evidence is not None:
                item = {"sentence": str(evidence), "article": article}
                if item not in data["evidence"]:
                    data["evidence"].append(item)

    if catalogue:
        facts = [(str(s), _local(str(p)), str(o)) for s, p, o in _rows(dataset, _CATALOGUE)]
        present = set(graph)
        for s, prop, o in facts:
            if prop_filter is not None and prop not in prop_filter:
                continue
            if (s in present or o in present) and add_entity(s, None) and add_entity(o, None):
                _edge(graph, s, prop, o)["catalogue"] = True

    if figures:
        _add_figures(dataset, graph, chosen)
    return graph


def _edge(graph: nx.MultiDiGraph, s: str, prop: str, o: str) -> dict[str, Any]:
    """The data of edge ``s prop o``, created if new; a symmetric one is found both ways."""
    if prop in SYMMETRIC and not graph.has_edge(s, o, key=prop) and graph.has_edge(o, s, key=prop):
        s, o = o, s
    if not graph.has_edge(s, o, key=prop):
        graph.add_edge(s, o, key=prop, property=prop, support=0, articles=[], evidence=[],
                       catalogue=False, symmetric=prop in SYMMETRIC)
    return graph.edges[s, o, prop]  # type: ignore[no-any-return]


def _add_figures(dataset: Dataset, graph: nx.MultiDiGraph, chosen: dict[str, dict]) -> None:
    for row in _rows(dataset, _FIGURES):
        a, obs, about, metric, value, low, high, unit, qualifier, status, period, evidence = row
        article, entity = str(a), str(about)
        if article not in chosen or entity not in graph:
            continue
        fields = {
            "metric": _local(str(metric)),
            "value": _number(value), "min": _number(low), "max": _number(high),
            "unit": _local(str(unit)) if unit is not None else None,
            "qualifier": _local(str(qualifier)) if qualifier is not None else None,
            "status": _local(str(status)) if status is not None else None,
            "period": str(period) if period is not None else None,
        }
        graph.add_node(str(obs), kind="figure", type="Figure", label=figure_label(fields),
                       aliases=[], articles=[article], catalogue=False,
                       **{k: v for k, v in fields.items() if v is not None})
        graph.add_edge(str(obs), entity, key="about", property="about", support=1,
                       articles=[article], catalogue=False, symmetric=False,
                       evidence=[{"sentence": str(evidence), "article": article}]
                       if evidence is not None else [])


def figure_label(fields: dict[str, Any]) -> str:
    """A short reading of a figure: ``"StockPriceChange +2.5 %"``, ``"Downloads ≥ 600M"``."""
    signs = {"AtLeast": "≥ ", "AtMost": "≤ ", "Approximately": "≈ "}
    sign = signs.get(fields.get("qualifier") or "", "")
    unit = fields.get("unit")
    suffix = {"Percent": " %", "Count": "", "Multiple": "×", "Points": " pts"}.get(
        unit or "", f" {unit}" if unit else "")
    signed = fields.get("metric") in ("StockPriceChange", "RevenueGrowth", "ProfitGrowth")
    if fields.get("value") is not None:
        amount = _short(fields["value"], signed)
    elif fields.get("min") is not None and fields.get("max") is not None:
        amount = f"{_short(fields['min'], False)}–{_short(fields['max'], False)}"
    else:
        amount = "?"
    period = f" ({fields['period']})" if fields.get("period") else ""
    return f"{fields.get('metric')} {sign}{amount}{suffix}{period}"


def _short(value: float, signed: bool) -> str:
    text = f"{value:g}"
    for size, letter in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            text = f"{value / size:.4g}{letter}"
            break
    return f"+{text}" if signed and value > 0 else text


def _articles(dataset: Dataset, wanted: Iterable[str] | None, languages: Iterable[str] | None,
              since: date | None, until: date | None) -> dict[str, dict[str, Any]]:
    ids = None if wanted is None else {_article_iri(a) for a in wanted}
    langs = None if languages is None else {lang.casefold() for lang in languages}
    chosen: dict[str, dict[str, Any]] = {}
    rows = _rows(dataset, _ARTICLES)
    missing = sorted(_local(i) for i in (ids or set()) - {str(row[0]) for row in rows})
    if missing:
        raise QueryError(f"no such article in the store: {', '.join(missing)}")
    for a, headline, lang, published, source in rows:
        iri = str(a)
        day = _date(published)
        if ids is not None and iri not in ids:
            continue
        if langs is not None and (lang is None or str(lang).casefold() not in langs):
            continue
        if (since or until) and (day is None or (since and day < since)
                                 or (until and day > until)):
            continue
        chosen[iri] = {"id": _local(iri), "headline": str(headline or ""),
                       "date": day.isoformat() if day else None,
                       "lang": str(lang) if lang is not None else None,
                       "source": str(source) if source is not None else None}
    return chosen


def _article_iri(name: str) -> str:
    if name.startswith(("http://", "https://")):
        return name
    return str(KGR[f"article/{name.removeprefix('article/')}"])


def _descriptions(dataset: Dataset) -> tuple[dict[str, str], dict[str, str]]:
    """Entity IRI → label, and → most specific contract type."""
    labels: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for e, t, label in _rows(dataset, _DESCRIPTIONS):
        iri, kind = str(e), _local(str(t))
        if kind not in ENTITY_TYPES:
            continue
        labels.setdefault(iri, str(label))
        known = kinds.get(iri)
        if known is None or SUPERCLASS.get(kind) == known or (
                SUPERCLASS.get(known) != kind and kind < known):
            kinds[iri] = kind
    return labels, kinds


def _is_a(kind: str, wanted: set[str]) -> bool:
    while kind:
        if kind in wanted:
            return True
        kind = SUPERCLASS.get(kind, "")
    return False


def _check_names(names: Iterable[str] | None, known: Iterable[str], what: str) -> set[str] | None:
    if names is None:
        return None
    by_fold = {k.casefold(): k for k in known}
    chosen = set()
    for name in names:
        local = name.split("#")[-1].removeprefix("fin:")
        if local.casefold() not in by_fold:
            raise QueryError(f"unknown {what} {name!r}; choose from {', '.join(sorted(known))}")
        chosen.add(by_fold[local.casefold()])
    return chosen


def _rows(dataset: Dataset, query: str) -> list[tuple[Any, ...]]:
    try:
        result = dataset.query(f"{_PREAMBLE}\n{query}")
        return [tuple(row) for row in result]  # type: ignore[arg-type]
    except OSError as err:
        raise StoreError(f"reading the graph from the store failed: {err}") from None


def _local(iri: str) -> str:
    if iri.startswith(str(FIN)):
        return iri[len(str(FIN)):]
    if iri.startswith(str(KGR)):
        return iri[len(str(KGR)):]
    return re.split(r"[#/]", iri)[-1]


def _number(value: Any) -> float | None:
    return None if value is None else float(value.toPython())


def _date(value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def type_colour(kind: str) -> str:
    """The colour an entity type is drawn in, the same in every picture."""
    return TYPE_COLOURS.get(kind, "#c7c7c7")



# ---------------------------------------------------------------- lookup


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """The node ``name`` denotes: a label, an alias (case-insensitive), an IRI or ``kgr:`` slug.

    Raises :class:`QueryError` naming close matches when there is none, and
    the candidates when an alias is ambiguous.
    """
    if name in graph:
        return name
    slug = name if name.startswith("http") else str(KGR) + name.removeprefix("kgr:")
    if slug in graph and graph.nodes[slug].get("kind") == "entity":
        return slug
    key = _fold(name)
    entities = [(n, d) for n, d in graph.nodes(data=True) if d.get("kind") == "entity"]
    by_label = [n for n, d in entities if _fold(d["label"]) == key]
    if by_label:
        return min(by_label)
    by_alias = sorted(n for n, d in entities if key in {_fold(a) for a in d.get("aliases", ())})
    if len(by_alias) == 1:
        return by_alias[0]
    if by_alias:
        names = ", ".join(graph.nodes[n]["label"] for n in by_alias)
        raise QueryError(f"{name!r} is ambiguous: it may be {names}")
    close = close_matches(graph, name)
    hint = f"; close matches: {', '.join(close)}" if close else ""
    raise QueryError(f"no entity {name!r} in the graph{hint}")


def close_matches(graph: nx.MultiDiGraph, name: str, limit: int = 5) -> list[str]:
    """Entity labels that look like ``name``: spelling neighbours and containing labels."""
    key = _fold(name)
    names: dict[str, str] = {}
    for _, d in graph.nodes(data=True):
        if d.get("kind") != "entity":
            continue
        for text in (d["label"], *d.get("aliases", ())):
            names.setdefault(_fold(text), d["label"])
    found = [names[n] for n in difflib.get_close_matches(key, list(names), n=limit, cutoff=0.6)]
    found += [label for folded, label in sorted(names.items()) if key and key in folded]
    return list(dict.fromkeys(found))[:limit]


# ---------------------------------------------------------------- analysis


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
    An empty list means there is no connection.
    """
    if a == b:
        raise QueryError("the two ends of a path are the same entity")
    simple = undirected(graph)
    try:
        paths = list(islice(nx.all_shortest_paths(simple, a, b), limit))
    except nx.NetworkXNoPath:
        return []
    paths.sort(key=lambda p: [graph.nodes[n]["label"].casefold() for n in p])
    return [[hops_between(graph, x, y)[0] for x, y in pairwise(path)] for path in paths]


def neighbours(graph: nx.MultiDiGraph, node: str, depth: int = 1) -> list[Neighbour]:
    """The entities within ``depth`` steps of ``node``, nearest first, with how each is reached."""
    if depth < 1:
        raise QueryError("depth must be at least 1")
    simple = undirected(graph)
    parents = dict(nx.bfs_predecessors(simple, node, depth_limit=depth))
    distance = nx.single_source_shortest_path_length(simple, node, cutoff=depth)
    found = [Neighbour(n, d, hops_between(graph, parents[n], n)[0])
             for n, d in distance.items() if n != node]
    found.sort(key=lambda x: (x.distance, graph.nodes[x.node]["label"].casefold()))
    return found


def neighbourhood(graph: nx.MultiDiGraph, node: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` steps of ``node`` (direction ignored), figures included."""
    keep = {node, *(n.node for n in neighbours(graph, node, depth))}
    keep |= {s for s, o in graph.in_edges(keep) if graph.nodes[s].get("kind") == "figure"}
    sub = graph.subgraph(keep).copy()
    sub.graph["centre"] = node
    return sub


def centrality(graph: nx.MultiDiGraph, by: str = "degree",
               top: int = 10) -> list[tuple[str, float]]:
    """The ``top`` entities by degree, PageRank or betweenness centrality, highest first.

    Betweenness on more than 200 entities is estimated from 200 sampled
    sources (seeded, so repeatable).
    """
    if by not in CENTRALITY:
        raise QueryError(f"unknown centrality {by!r}; choose one of {', '.join(CENTRALITY)}")
    simple = undirected(graph)
    if by == "degree":
        scores = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    elif by == "pagerank":
        scores = pagerank(simple)
    else:
        k = 200 if len(simple) > 200 else None
        scores = nx.betweenness_centrality(simple, k=k, seed=0)
    ranked = sorted(scores.items(), key=lambda x: (-x[1], graph.nodes[x[0]]["label"].casefold()))
    return ranked[:top]


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


def communities(graph: nx.MultiDiGraph, method: str = "louvain") -> list[list[str]]:
    """Groups of densely connected entities, largest first, each by degree then label.

    ``louvain`` (seeded, so repeatable) or ``greedy`` modularity.
    """
    if method not in COMMUNITY_METHODS:
        raise QueryError(f"unknown method {method!r}; choose one of "
                         f"{', '.join(COMMUNITY_METHODS)}")
    simple = undirected(graph)
    if simple.number_of_edges() == 0:
        found: list[set[str]] = [{n} for n in simple]
    elif method == "louvain":
        found = nx.community.louvain_communities(simple, weight="weight", seed=0)
    else:
        found = list(nx.community.greedy_modularity_communities(simple, weight="weight"))

    def order(n: str) -> tuple[int, str]:
        return -simple.degree(n), graph.nodes[n]["label"].casefold()

    groups = [sorted(group, key=order) for group in found]
    groups.sort(key=lambda g: (-len(g), order(g[0])))
    return groups


# ---------------------------------------------------------------- export


def export_graph(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph as GraphML or GEXF (Gephi), node-link JSON (D3, Cytoscape) or DOT (Graphviz).

    GraphML and GEXF hold only scalar attributes: lists become ``"; "``-joined
    text, evidence becomes a JSON string.
    """
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown graph format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "json":
        data = nx.node_link_data(graph, edges="links")
        data["graph"] = {"articles": graph.graph.get("articles", {})}
        return json.dumps(data, ensure_ascii=False, indent=1).encode()
    if fmt == "dot":
        return to_dot(graph).encode()
    flat = _flat(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8")
    else:
        for _, data in flat.nodes(data=True):
            r, g, b = (int(type_colour(data["type"])[i:i + 2], 16) for i in (1, 3, 5))
            data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
        for _, _, data in flat.edges(data=True):
            data["label"], data["weight"] = data["property"], max(1, data["support"])
        nx.write_gexf(flat, buffer, encoding="utf-8")
    return buffer.getvalue()


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_scalars(data))
    for s, o, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(s, o, key=key, **_scalars(data))
    return flat


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in data.items():
        if v is None:
            continue
        if isinstance(v, list | tuple) and all(isinstance(x, str) for x in v):
            v = "; ".join(v)
        elif isinstance(v, list | tuple | dict):
            v = json.dumps(v, ensure_ascii=False)
        out[k] = v
    return out


def to_dot(graph: nx.MultiDiGraph) -> str:
    """Graphviz DOT text, nodes filled with their type's colour and edges labelled."""
    def quote(text: object) -> str:
        escaped = str(text).replace("\\", "\\\\").replace('"', '\\"')
        return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'

    lines = ["digraph finkg {", "  graph [overlap=false, splines=true];",
             '  node [shape=ellipse, style=filled, fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    for node, data in graph.nodes(data=True):
        lines.append(f"  {quote(node)} [label={quote(data['label'])}, type={quote(data['type'])}, "
                     f"fillcolor={quote(type_colour(data['type']))}];")
    for s, o, data in graph.edges(data=True):
        extra = ", dir=none" if data.get("symmetric") else ""
        lines.append(f"  {quote(s)} -> {quote(o)} [label={quote(data['property'])}, "
                     f"support={data.get('support', 0)}{extra}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


__all__ = [
    "CENTRALITY", "COMMUNITY_METHODS", "EXPORT_FORMATS", "RELATIONS", "TYPE_COLOURS", "Hop",
    "Neighbour", "centrality", "close_matches", "communities", "entity_graph", "export_graph",
    "figure_label", "find_entity", "hops_between", "neighbourhood", "neighbours", "pagerank",
    "shortest_paths", "to_dot", "type_colour", "undirected",
]
