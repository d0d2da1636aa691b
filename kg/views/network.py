"""The store as a NetworkX graph: entities as nodes, contract relations as edges.

Two ways to read it, for two kinds of question:

* :func:`entity_graph` reads the whole graph (every article's relations), for
  the views that need all of it: centrality, communities, export, pictures;
* :class:`GraphReader` reads only the part a question about one or two
  entities needs (``kg graph neighbours``, ``kg graph path``): it starts at
  the entities asked about and asks the store, hop by hop, for the relations
  that touch them. On a store of 50,000 articles the whole graph is 700,000
  relation statements; the neighbourhood of one entity a few thousand.

Both return a :class:`networkx.MultiDiGraph` of the same shape:

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
  ``partnerOf``) found both ways are one edge, pointing the way more
  articles state it.

``graph.graph["articles"]`` maps article IRIs to their headline, date,
language and source, so a view can show where evidence comes from.

Labels and types are read from the catalogue graph (one description per
entity) and, for entities the catalogue does not know, from the articles.
An article graph is any named graph but the catalogue's.

The analysis functions (paths, neighbours, centrality, communities) look
at the graph without direction: ``A subsidiaryOf B`` connects A and B
whichever way it points.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg import vocabulary
from kg.errors import QueryError
from kg.rdf.namespaces import CATALOGUE_GRAPH, FIN, KGR, PREFIXES
from kg.rdf.store import Snapshot, to_ox_term
from kg.resolve import NameRow, NotFound, resolve
from kg.resolve import close_matches as close_names
from kg.resources import internal_query

# The contract's relations and class tree (a type filter "Organization" keeps its subclasses).
RELATIONS = vocabulary.RELATIONS
SYMMETRIC = vocabulary.SYMMETRIC
SUPERCLASS = vocabulary.SUPERCLASS
ENTITY_TYPES = frozenset(vocabulary.ENTITY_TYPES)
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
MAX_HOPS = 6
EVIDENCE_PER_EDGE = 3

_CATALOGUE = f"<{CATALOGUE_GRAPH}>"
_ARTICLE_GRAPH = f"FILTER(?g != {_CATALOGUE})"

_ARTICLES = "SELECT ?a WHERE { GRAPH ?a { ?a a fin:Article } }"
_ARTICLE_FIELDS = "SELECT ?a ?p ?v WHERE { VALUES ?p { %s } GRAPH ?a { ?a ?p ?v } }"
_MENTIONS = "SELECT ?a ?e WHERE { GRAPH ?a { ?a a fin:Article ; fin:mentions ?e } }"
_ALIASES = "SELECT DISTINCT ?e ?alias WHERE { GRAPH ?g { ?e skos:altLabel ?alias } }"
_RELATIONS = """SELECT ?a ?s ?p ?o ?evidence WHERE { GRAPH ?a {
    ?a a fin:Article . VALUES ?p { %s } ?s ?p ?o .
    OPTIONAL { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; fin:evidence ?evidence }
    } }"""
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


# ---------------------------------------------------------------- the whole graph


def entity_graph(
    dataset: Any,
    *,
    types: Iterable[str] | None = None,
    properties: Iterable[str] | None = None,
    articles: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    catalogue: bool = False,
    figures: bool = False,
    detail: bool = True,
) -> nx.MultiDiGraph:
    """The entity graph of the store, restricted by the filters given.

    ``dataset`` is what :meth:`kg.rdf.store.Store.snapshot` yields (or a
    ``pyoxigraph.Store``). ``articles`` are article IRIs or ids
    (``003_f293324dbb63daf1``); the article filters (``articles``,
    ``languages``, ``since``/``until`` on the publication date, inclusive;
    undated articles fail a date filter) choose which articles contribute
    entities and relations. ``types`` keeps the entities of those classes (a
    class includes its subclasses); ``properties`` keeps those relations.
    ``catalogue=True`` adds the catalogue's facts that touch an entity
    already in the graph, with their other end.

    ``detail=False`` reads only what centrality and communities need: one
    row per (subject, property, object) with its number of articles, counted
    by the store, instead of one row per article with its evidence. Edges
    then have ``support`` but empty ``articles`` and ``evidence``, nodes empty
    ``articles``, and ``graph.graph["articles"]`` is empty; the entities,
    edges and supports are the same.
    """
    reader = GraphReader(dataset, types=types, properties=properties, articles=articles,
                         languages=languages, since=since, until=until, catalogue=catalogue)
    graph = reader.whole_graph() if not detail else _detailed_graph(reader)
    if figures:
        _add_figures(reader, graph, graph.graph["articles"] if detail else None)
    return graph


def _detailed_graph(reader: GraphReader) -> nx.MultiDiGraph:
    """The whole graph with every supporting article and evidence sentence per edge."""
    chosen = _articles(reader)
    mentions = [(a, e) for a, e in reader.select(_MENTIONS) if a in chosen]
    relations = []
    for a, s, p, o, evidence in reader.select(_RELATIONS % " ".join(
            f"fin:{p}" for p in reader.props)):
        if a in chosen:
            relations.append((a, s, _local(p), o, evidence))
    reader.describe({e for _, e in mentions} | {s for _, s, *_ in relations}
                    | {o for *_, o, _ in relations})
    aliases = reader.all_aliases()

    graph = nx.MultiDiGraph(articles=chosen, detail=True)
    ways: dict[tuple[str, str, str], dict[tuple[str, str], set[str]]] = {}
    # what each node and edge already holds, for constant-time checks: a relation
    # between two big companies is stated in thousands of articles
    node_articles: dict[str, set[str]] = {}
    edge_articles: dict[tuple[str, str, str], set[str]] = {}
    edge_evidence: dict[tuple[str, str, str], set[tuple[str, str]]] = {}

    def add_entity(iri: str, article: str | None) -> bool:
        if iri not in graph:
            if not reader.keeps(iri):
                return False
            graph.add_node(iri, **reader.node_data(iri, present=article is not None,
                                                   aliases=aliases.get(iri)))
            node_articles[iri] = set()
        if article is not None and article not in node_articles[iri]:
            node_articles[iri].add(article)
            data = graph.nodes[iri]
            data["articles"].append(article)
            data["catalogue"] = False
        return True

    for a, e in mentions:
        add_entity(e, a)
    for article, s, prop, o, evidence in relations:
        if add_entity(s, article) and add_entity(o, article):
            data = _edge(graph, s, prop, o)
            key = _key(s, prop, o)
            if article not in edge_articles.setdefault(key, set()):
                edge_articles[key].add(article)
                data["articles"].append(article)
                data["support"] = len(data["articles"])
            if prop in SYMMETRIC:
                ways.setdefault(key, {}).setdefault((s, o), set()).add(article)
            if evidence is not None and (evidence, article) not in edge_evidence.setdefault(
                    key, set()):
                edge_evidence[key].add((evidence, article))
                data["evidence"].append({"sentence": evidence, "article": article})
    if reader.catalogue:
        present = set(graph)
        for s, prop, o in reader.catalogue_facts():
            if (s in present or o in present) and add_entity(s, None) and add_entity(o, None):
                _edge(graph, s, prop, o)["catalogue"] = True
    for (low, prop, high), counts in ways.items():
        _orient(graph, low, prop, high, len(counts.get((low, high), ())),
                len(counts.get((high, low), ())))
    _orient_catalogue_only(graph)
    for _, _, data in graph.edges(data=True):
        data["evidence"].sort(key=lambda item: (item["article"], item["sentence"]))
        data["articles"].sort()
    return graph


def _edge(graph: nx.MultiDiGraph, s: str, prop: str, o: str) -> dict[str, Any]:
    """The data of edge ``s prop o``, created if new; a symmetric one is found both ways."""
    if prop in SYMMETRIC and not graph.has_edge(s, o, key=prop) and graph.has_edge(o, s, key=prop):
        s, o = o, s
    if not graph.has_edge(s, o, key=prop):
        graph.add_edge(s, o, key=prop, property=prop, support=0, articles=[], evidence=[],
                       catalogue=False, symmetric=prop in SYMMETRIC)
    return graph.edges[s, o, prop]  # type: ignore[no-any-return]


def _orient(graph: nx.MultiDiGraph, low: str, prop: str, high: str, forth: int,
            back: int) -> None:
    """Point a symmetric edge between ``low`` and ``high`` (``low`` < ``high``) the way
    more articles state it (``forth``: ``low → high``), ``low → high`` on a tie, so
    that every way of reading the store draws it the same way."""
    s, o = (low, high) if forth >= back else (high, low)
    if graph.has_edge(o, s, key=prop) and not graph.has_edge(s, o, key=prop):
        data = dict(graph.edges[o, s, prop])
        graph.remove_edge(o, s, key=prop)
        graph.add_edge(s, o, key=prop, **data)


def _orient_catalogue_only(graph: nx.MultiDiGraph) -> None:
    """Symmetric relations only the catalogue states point from the lesser IRI."""
    for s, o, prop, data in list(graph.edges(keys=True, data=True)):
        if data.get("symmetric") and not data.get("support") and s > o:
            _orient(graph, o, prop, s, 0, 0)


def _add_figures(reader: GraphReader, graph: nx.MultiDiGraph,
                 chosen: dict[str, dict] | None) -> None:
    """Figure nodes of the chosen articles (``None``: of the articles the filters keep)."""
    if chosen is None:
        chosen = _articles(reader)
    for row in reader.select(_FIGURES):
        a, obs, about, metric, value, low, high, unit, qualifier, status, period, evidence = row
        if a not in chosen or about not in graph:
            continue
        fields = {
            "metric": _local(metric),
            "value": _number(value), "min": _number(low), "max": _number(high),
            "unit": _local(unit) if unit is not None else None,
            "qualifier": _local(qualifier) if qualifier is not None else None,
            "status": _local(status) if status is not None else None,
            "period": period,
        }
        graph.add_node(obs, kind="figure", type="Figure", label=figure_label(fields),
                       aliases=[], articles=[a], catalogue=False,
                       **{k: v for k, v in fields.items() if v is not None})
        graph.add_edge(obs, about, key="about", property="about", support=1,
                       articles=[a], catalogue=False, symmetric=False,
                       evidence=[{"sentence": evidence, "article": a}]
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


def _articles(reader: GraphReader) -> dict[str, dict[str, Any]]:
    """Article IRI → headline, date, language, source, for the articles the filters keep.

    Read as one row per (article, property), a pass over each property: the
    same question as one pattern with optional parts makes the store look up
    each part per article, ten times slower on 50,000 articles.
    """
    ids = None if reader.article_ids is None else set(reader.article_ids)
    fields = {str(PREFIXES["schema"]) + "headline": "headline",
              str(PREFIXES["schema"]) + "inLanguage": "lang",
              str(PREFIXES["schema"]) + "datePublished": "date", str(FIN) + "source": "source"}
    values: dict[str, dict[str, str]] = {a: {} for (a,) in reader.select(_ARTICLES)}
    for a, prop, value in reader.select(_ARTICLE_FIELDS % _iris(fields)):
        if a in values:
            values[a].setdefault(fields[prop], value)
    chosen: dict[str, dict[str, Any]] = {}
    for a, meta in values.items():
        lang, day = meta.get("lang"), _date(meta.get("date"))
        if ids is not None and a not in ids:
            continue
        if reader.languages is not None and (lang is None
                                             or lang.casefold() not in reader.languages):
            continue
        if (reader.since or reader.until) and (
                day is None or (reader.since and day < reader.since)
                or (reader.until and day > reader.until)):
            continue
        chosen[a] = {"id": _local(a), "headline": meta.get("headline", ""),
                     "date": day.isoformat() if day else None, "lang": lang,
                     "source": meta.get("source")}
    return chosen


def _article_iri(name: str) -> str:
    if name.startswith(("http://", "https://")):
        return name
    return str(KGR[f"article/{name.removeprefix('article/')}"])


def _alias_order(alias: str) -> tuple[str, str]:
    """Aliases in any case, those equal but for case in a fixed order."""
    return alias.casefold(), alias


def _is_a(kind: str, wanted: set[str]) -> bool:
    while kind:
        if kind in wanted:
            return True
        kind = SUPERCLASS.get(kind, "")
    return False


def _more_specific(kind: str, known: str | None) -> bool:
    """Whether ``kind`` should replace ``known`` as an entity's type: a subclass wins
    over its superclass, otherwise the alphabetically first, so the choice does not
    depend on the order the store lists them in."""
    return known is None or SUPERCLASS.get(kind) == known or (
        SUPERCLASS.get(known) != kind and kind < known)


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


def _local(iri: str) -> str:
    if iri.startswith(str(FIN)):
        return iri[len(str(FIN)):]
    if iri.startswith(str(KGR)):
        return iri[len(str(KGR)):]
    return re.split(r"[#/]", iri)[-1]


def _number(value: str | None) -> float | None:
    return None if value is None else float(value)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def type_colour(kind: str) -> str:
    """The colour an entity type is drawn in, the same in every picture."""
    return TYPE_COLOURS.get(kind, "#c7c7c7")


# ---------------------------------------------------------------- reading the store


def as_snapshot(source: Any) -> Snapshot:
    """What to read: a :meth:`Store.snapshot` as is, a ``pyoxigraph.Store``, or an
    in-memory copy of any rdflib dataset (small graphs built in code)."""
    if isinstance(source, Snapshot):
        return source
    if isinstance(source, ox.Store):
        return Snapshot(source)
    copy = ox.Store()
    for s, p, o, context in source.quads((None, None, None, None)):
        name = getattr(context, "identifier", context)
        graph = ox.NamedNode(str(name)) if name is not None and not str(name).startswith(
            "urn:x-rdflib:default") else ox.DefaultGraph()
        copy.add(ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), graph))  # type: ignore[arg-type]
    return Snapshot(copy)


def _iris(nodes: Iterable[str]) -> str:
    return " ".join(f"<{n}>" for n in sorted(nodes))


def _fin(props: Iterable[str]) -> str:
    return " ".join(f"fin:{p}" for p in props)


def _take_descriptions(labels: dict[str, str], kinds: dict[str, str],
                       rows: list[tuple[Any, ...]]) -> None:
    """Add rows (entity, type, label) to ``labels`` and ``kinds``, keeping contract types
    only, the most specific type and the first label in order."""
    for e, t, label in rows:
        kind = _local(t or "")
        if e is None or label is None or not (t or "").startswith(str(FIN)) \
                or kind not in ENTITY_TYPES:
            continue
        labels[e] = min(labels.get(e, label), label)
        if _more_specific(kind, kinds.get(e)):
            kinds[e] = kind


@dataclass
class _Link:
    """A relation between two entities and the number of articles stating it.

    A symmetric relation is one link whichever way round articles state it:
    ``forth`` counts the articles stating ``low prop high``, ``back`` those
    stating ``high prop low``, ``both`` those stating it both ways round
    (``None`` until :meth:`GraphReader._settle` has counted them). It points
    the way more articles state it, from ``low`` on a tie. A relation only
    the catalogue states has no articles.
    """

    low: str
    prop: str
    high: str
    forth: int = 0
    back: int = 0
    both: int | None = 0
    catalogue: bool = False

    @property
    def s(self) -> str:
        return self.high if self.back > self.forth else self.low

    @property
    def o(self) -> str:
        return self.low if self.back > self.forth else self.high

    @property
    def support(self) -> int:
        return self.forth + self.back - (self.both or 0)


def _key(s: str, prop: str, o: str) -> tuple[str, str, str]:
    """One key per edge: a symmetric relation is the same edge read either way."""
    return (min(s, o), prop, max(s, o)) if prop in SYMMETRIC else (s, prop, o)


def _links(rows: Iterable[tuple[str, str, str, int, int | None]]
           ) -> dict[tuple[str, str, str], _Link]:
    """Links from aggregated rows ``(subject, property, object, articles, both)``,
    ``both`` the articles stating a symmetric relation both ways round if counted
    (else :meth:`GraphReader._settle` counts them for the links that need it)."""
    links: dict[tuple[str, str, str], _Link] = {}
    for s, prop, o, n, both in rows:
        key = _key(s, prop, o)
        link = links.setdefault(key, _Link(*key))
        if s == key[0]:
            link.forth = n
        else:
            link.back = n
        link.both = (None if both is None else both) if link.forth and link.back else 0
    return links


@dataclass
class _Side:
    """One end of a path search: how far each entity it reached is from it."""

    root: str
    seen: dict[str, int] = field(default_factory=dict)
    frontier: set[str] = field(default_factory=set)
    depth: int = 0

    def __post_init__(self) -> None:
        self.seen[self.root] = 0
        self.frontier.add(self.root)


class GraphReader:
    """Reads only the part of the entity graph that a question about one or two
    entities needs, straight from the store, with :func:`entity_graph`'s filters.

    :func:`entity_graph` reads every article's relations before a view looks
    at one entity; on 50,000 articles that is minutes. A reader starts at
    the entities asked about and asks the store, hop by hop, for the
    relations that touch the entities reached so far (the *frontier*):

    * relations are counted by the store, one row per (subject, property,
      object) with the number of articles stating it, never one row per
      article: two big companies may be related in thousands of articles;
    * a small frontier is looked up by entity (the store's subject and
      object indexes); a frontier of a sizeable part of all entities, as
      two hops from a big company is, costs more that way than one pass over
      all relations, so that is what it gets;
    * labels and types are read for the entities shown only: from the
      catalogue graph (one description per entity), from the articles just
      for entities the catalogue does not know;
    * evidence is read only for the hops shown, a few articles' sentences
      each (``evidence``), while ``support`` counts every article.

    The answers are the ones the whole graph gives: the same entities at the
    same distances, the same shortest paths, the same support counts. Build
    one per question; it caches what it has read::

        reader = GraphReader(dataset, types=["Organization"])
        centre = reader.find("Alibaba Group")
        near = neighbours(reader.neighbourhood(centre, 2), centre, 2)
        graph, paths = reader.paths(centre, reader.find("Qwen"), limit=3)
    """

    def __init__(self, dataset: Any, *, types: Iterable[str] | None = None,
                 properties: Iterable[str] | None = None,
                 articles: Iterable[str] | None = None,
                 languages: Iterable[str] | None = None, since: date | None = None,
                 until: date | None = None, catalogue: bool = False) -> None:
        self.snapshot = as_snapshot(dataset)
        self.type_filter = _check_names(types, ENTITY_TYPES, "entity type")
        kept = _check_names(properties, RELATIONS, "property")
        self.props = tuple(p for p in RELATIONS if kept is None or p in kept)
        self.article_ids = None if articles is None else sorted(
            {_article_iri(a) for a in articles})
        self.languages = None if languages is None else {x.casefold() for x in languages}
        self.since, self.until, self.catalogue = since, until, catalogue
        self._descriptions: dict[str, tuple[str, str, list[str]]] = {}
        self._present: dict[str, bool] = {}
        self._facts: list[tuple[str, str, str]] | None = None
        self._names: list[tuple[str, str, int]] | None = None
        self._catalogue_names: list[tuple[str, str, int]] | None = None
        self._scan_size: int | None = None
        if self.article_ids:
            self._check_articles(self.article_ids)

    # -- running queries

    def select(self, query: str) -> list[tuple[Any, ...]]:
        """The rows of a SELECT query, each term as its plain value (IRI or lexical form)."""
        return self.snapshot.values(query)

    def ask(self, query: str) -> bool:
        return self.snapshot.ask(query)

    def _check_articles(self, iris: list[str]) -> None:
        valid = []
        for iri in iris:
            try:
                valid.append(ox.NamedNode(iri).value)
            except ValueError:
                pass
        found = {a for (a,) in self.select(
            f"SELECT ?a WHERE {{ VALUES ?a {{ {_iris(valid)} }} VALUES ?t {{ fin:Article }} "
            "GRAPH ?a { ?a a ?t } }")}
        missing = sorted(_local(i) for i in set(iris) - found)
        if missing:
            raise QueryError(f"no such article in the store: {', '.join(missing)}")

    def chosen(self) -> str:
        """SPARQL that keeps ``?g`` to the article graphs the filters choose.

        Placed after the pattern that binds ``?g``: the language and date are
        then looked up per graph found (OPTIONAL keeps that order), instead of
        the store listing every article in a language first.
        """
        parts = [_ARTICLE_GRAPH]
        if self.article_ids is not None:
            keys = " ".join(f"({iri} true)" for iri in _iris(self.article_ids).split())
            parts.append(f"OPTIONAL {{ VALUES (?g ?chosen) {{ {keys} }} }} FILTER(BOUND(?chosen))")
        if self.languages is not None:
            langs = ", ".join(str(ox.Literal(x)) for x in sorted(self.languages))
            parts.append("OPTIONAL { GRAPH ?g { ?g schema:inLanguage ?language } } "
                         f"FILTER(BOUND(?language) && LCASE(STR(?language)) IN ({langs}))")
        if self.since or self.until:
            tests = ["BOUND(?published)"]
            if self.since:
                tests.append(f'SUBSTR(STR(?published), 1, 10) >= "{self.since.isoformat()}"')
            if self.until:
                tests.append(f'SUBSTR(STR(?published), 1, 10) <= "{self.until.isoformat()}"')
            parts.append("OPTIONAL { GRAPH ?g { ?g schema:datePublished ?published } } "
                         f"FILTER({' && '.join(tests)})")
        return "\n".join(parts)

    # -- relations

    def _relations(self, frontier: set[str] | None,
                   seen: set[str]) -> list[tuple[str, str, str, int, int | None]]:
        """Aggregated relations between a frontier entity and one not seen yet, as
        rows for :func:`_links`; ``frontier=None``: all relations, then with the
        articles stating a symmetric relation both ways round counted as well
        (one look-up per row of those, cheaper there than one per pair after)."""
        if not self.props or frontier == set():
            return []
        if frontier is not None and len(frontier) <= self._scan_threshold():
            return self._relations_of(frontier, seen)
        if frontier is None:
            sym = [p for p in self.props if p in SYMMETRIC]
            asym = [p for p in self.props if p not in SYMMETRIC]
            branches = []
            if asym:
                branches.append(f"{{ VALUES ?p {{ {_fin(asym)} }} GRAPH ?g {{ ?s ?p ?o }} }}")
            if sym:
                branches.append(f"{{ VALUES ?p {{ {_fin(sym)} }} GRAPH ?g {{ ?s ?p ?o "
                                "OPTIONAL { ?o ?p ?s BIND(1 AS ?r) } } }")
            query = (f"SELECT ?s ?p ?o (COUNT(*) AS ?n) (COUNT(?r) AS ?both) WHERE {{ "
                     f"{' UNION '.join(branches)}\n{self.chosen()} }} GROUP BY ?s ?p ?o")
            return [(s, _local(p), o, int(n), int(both))
                    for s, p, o, n, both in self.select(query)]
        keys = " ".join(f"(<{n}> {2 if n in frontier else 1})" for n in sorted(seen))
        query = (f"SELECT ?s ?p ?o (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {_fin(self.props)} }} "
                 f"GRAPH ?g {{ ?s ?p ?o }}\n{self.chosen()}\n"
                 f"OPTIONAL {{ VALUES (?s ?sk) {{ {keys} }} }} "
                 f"OPTIONAL {{ VALUES (?o ?ok) {{ {keys} }} }} "
                 "FILTER((COALESCE(?sk, 0) = 2 && !BOUND(?ok)) "
                 "|| (COALESCE(?ok, 0) = 2 && !BOUND(?sk))) } GROUP BY ?s ?p ?o")
        return [(s, _local(p), o, int(n), None) for s, p, o, n in self.select(query)]

    def _relations_of(self, frontier: set[str],
                      seen: set[str]) -> list[tuple[str, str, str, int, int | None]]:
        """:meth:`_relations` by entity: ``VALUES`` first, so the store walks its
        subject and object indexes from each frontier entity."""
        nodes = sorted(frontier)
        pairs = " ".join(f"(<{x}> fin:{p})" for x in nodes for p in self.props)
        query = (f"SELECT ?x ?p ?y ?way (COUNT(*) AS ?n) WHERE {{ "
                 f'{{ VALUES (?x ?p) {{ {pairs} }} GRAPH ?g {{ ?x ?p ?y }} BIND("out" AS ?way) }} '
                 f'UNION {{ VALUES (?x ?p) {{ {pairs} }} GRAPH ?g {{ ?y ?p ?x }} BIND("in" AS ?way) }}'
                 f"\n{self.chosen()}\nMINUS {{ VALUES ?y {{ {_iris(seen)} }} }} }} "
                 "GROUP BY ?x ?p ?y ?way")
        rows: list[tuple[str, str, str, int, int | None]] = []
        for x, p, y, way, n in self.select(query):
            s, o = (x, y) if way == "out" else (y, x)
            rows.append((s, _local(p), o, int(n), None))
        return rows

    def _settle(self, links: Iterable[_Link]) -> None:
        """Count, for the symmetric links found both ways round, the articles
        stating them both ways, so that their support counts each article once.
        Looked up from the way fewer articles state them: fewer rows to check."""
        todo = {((x.low, x.prop, x.high) if x.forth <= x.back else (x.high, x.prop, x.low)): x
                for x in links if x.both is None}
        for x in todo.values():
            x.both = 0
        for start in range(0, len(todo), 2000):
            chunk = sorted(todo)[start:start + 2000]
            triples = " ".join(f"(<{s}> fin:{prop} <{o}>)" for s, prop, o in chunk)
            for s, p, o, n in self.select(
                    f"SELECT ?s ?p ?o (COUNT(*) AS ?n) WHERE {{ VALUES (?s ?p ?o) {{ {triples} }} "
                    f"GRAPH ?g {{ ?s ?p ?o . ?o ?p ?s }}\n{self.chosen()} }} GROUP BY ?s ?p ?o"):
                todo[(s, _local(p), o)].both = int(n)

    def _scan_threshold(self) -> int:
        """Frontiers larger than this are answered by one pass over all relations."""
        if self._scan_size is None:
            rows = self.select(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH {_CATALOGUE} "
                               "{ ?e a ?t } }")
            self._scan_size = max(32, int(rows[0][0] or 0) // 12)
        return self._scan_size

    def catalogue_facts(self) -> list[tuple[str, str, str]]:
        """The catalogue's relations (kept properties only) as (subject, property, object)."""
        if self._facts is None:
            rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {_CATALOGUE} {{ "
                               f"VALUES ?p {{ {_fin(self.props)} }} ?s ?p ?o }} }}"
                               if self.props else "SELECT * WHERE {} LIMIT 0")
            self._facts = sorted((s, _local(p), o) for s, p, o in rows)
        return self._facts

    def _hop(self, frontier: set[str],
             seen: set[str]) -> tuple[dict[tuple[str, str, str], _Link], set[str]]:
        """All links from the frontier to entities not seen yet, and those entities
        (symmetric links found both ways round not settled)."""
        links = _links(self._relations(frontier, seen))
        for link in links.values():
            self._present[link.low] = self._present[link.high] = True
        for key, link in self._catalogue_links(frontier, seen).items():
            links.setdefault(key, link).catalogue = True
        return self._typed(links, seen)

    def _catalogue_links(self, frontier: set[str],
                         seen: set[str]) -> dict[tuple[str, str, str], _Link]:
        """With ``catalogue``: the catalogue's relations from the frontier to entities
        not seen yet, when one of their ends is in a chosen article (as in
        :func:`entity_graph`)."""
        if not self.catalogue:
            return {}
        facts = [(s, prop, o) for s, prop, o in self.catalogue_facts()
                 if (s in frontier and o not in seen) or (o in frontier and s not in seen)]
        self.describe({n for fact in facts for n in (fact[0], fact[2])})
        links: dict[tuple[str, str, str], _Link] = {}
        for s, prop, o in facts:
            if self.keeps(s) and self.keeps(o) and (self.present(s) or self.present(o)):
                links.setdefault(_key(s, prop, o), _Link(*_key(s, prop, o))).catalogue = True
        return links

    def _typed(self, links: dict[tuple[str, str, str], _Link],
               seen: set[str]) -> tuple[dict[tuple[str, str, str], _Link], set[str]]:
        """The links whose new ends the type filter keeps, and those ends."""
        new = {n for link in links.values() for n in (link.low, link.high)} - seen
        if self.type_filter is not None:
            self.describe(new)
            new = {n for n in new if self.keeps(n)}
            links = {k: x for k, x in links.items()
                     if (x.low in seen or x.low in new) and (x.high in seen or x.high in new)}
        return links, new

    def _best(self, frontier: set[str],
              seen: set[str]) -> tuple[dict[tuple[str, str, str], _Link], set[str]]:
        """For each entity not seen yet that the frontier is related to: the one link
        :func:`neighbours` reaches it over (most articles, then by property, by the
        label of the frontier end, by IRI), and those entities.

        The store ranks the links itself and answers one row per entity: two
        hops out from a big company, the frontier has thousands of links to the
        few entities not seen yet, and only one of each is shown. Every link's
        rank is a number: ``articles × K + preference``, the preference (below
        K) numbering (property, frontier entity, way round) in the order
        :func:`neighbours` prefers them; ``MAX`` per entity is the best link.
        Symmetric relations count the articles stating them either way round.
        """
        best: dict[tuple[str, str, str], _Link] = {}
        if self.props:
            self.describe(frontier)
            parents = sorted(frontier, key=lambda x: (self.label(x).casefold(), x))
            props = sorted(self.props)
            size = 2 * len(parents) * len(props)

            def preference(pi: int, xi: int, way: int) -> int:
                return size - 1 - ((pi * len(parents) + xi) * 2 + way)

            if len(frontier) <= self._scan_threshold():
                sides = []
                for way, pattern in ((0, "?x ?p ?y"), (1, "?y ?p ?x")):
                    triples = " ".join(
                        f"(<{x}> fin:{prop} {preference(pi, xi, 0 if prop in SYMMETRIC else way)})"
                        for pi, prop in enumerate(props) for xi, x in enumerate(parents))
                    sides.append(f"{{ VALUES (?x ?p ?rank) {{ {triples} }} "
                                 f"GRAPH ?g {{ {pattern} }} }}")
                inner = (f"{' UNION '.join(sides)}\n{self.chosen()}\n"
                         f"MINUS {{ VALUES ?y {{ {_iris(seen)} }} }}")
            else:
                index = {x: i for i, x in enumerate(parents)}
                keys = " ".join(f"(<{n}> {index.get(n, -1)})" for n in sorted(seen))
                numbered = " ".join(f"(fin:{prop} {pi} {str(prop in SYMMETRIC).lower()})"
                                    for pi, prop in enumerate(props))
                inner = (f"VALUES (?p ?pi ?sym) {{ {numbered} }} GRAPH ?g {{ ?s ?p ?o }}\n"
                         f"{self.chosen()}\n"
                         f"OPTIONAL {{ VALUES (?s ?sk) {{ {keys} }} }} "
                         f"OPTIONAL {{ VALUES (?o ?ok) {{ {keys} }} }} "
                         "FILTER((COALESCE(?sk, -1) >= 0 && !BOUND(?ok)) "
                         "|| (COALESCE(?ok, -1) >= 0 && !BOUND(?sk))) "
                         "BIND(IF(BOUND(?sk), ?o, ?s) AS ?y) "
                         "BIND(IF(BOUND(?sk), ?sk, ?ok) AS ?xi) "
                         "BIND(IF(?sym || BOUND(?sk), 0, 1) AS ?way) "
                         f"BIND({size - 1} - ((?pi * {len(parents)} + ?xi) * 2 + ?way) AS ?rank)")
            query = (f"SELECT ?y (MAX(?code) AS ?best) WHERE {{ "
                     f"{{ SELECT ?y ?rank (COUNT(DISTINCT ?g) AS ?n) WHERE {{ {inner} }} "
                     f"GROUP BY ?y ?rank }} BIND(?n * {size} + ?rank AS ?code) }} GROUP BY ?y")
            for y, code in self.select(query):
                n, rank = divmod(int(code), size)
                pixi, way = divmod(size - 1 - rank, 2)
                pi, xi = divmod(pixi, len(parents))
                x, prop = parents[xi], props[pi]
                s, o = (y, x) if way else (x, y)
                key = _key(s, prop, o)
                link = best[key] = _Link(*key)
                if prop in SYMMETRIC:
                    link.forth, link.both = n, None  # which way round: _orient_best
                elif s == key[0]:
                    link.forth = n
                self._present[y] = True
            self._orient_best([x for x in best.values() if x.both is None])
        reached = {n for x in best.values() for n in (x.low, x.high)}
        for key, link in self._catalogue_links(frontier, seen).items():
            if key in best:
                best[key].catalogue = True
            elif not {link.low, link.high} & reached - seen:
                best[key] = link
        links, new = self._typed(best, seen)
        # only the best catalogue-only link per entity reached by no article
        chosen: dict[str, tuple[tuple[int, str, str, str, int], _Link]] = {}
        for link in links.values():
            end = link.high if link.low in seen else link.low
            parent = link.low if end == link.high else link.high
            order = (-link.support, link.prop, self.label(parent).casefold(), parent,
                     0 if link.prop in SYMMETRIC or link.s == parent else 1)
            if end not in chosen or order < chosen[end][0]:
                chosen[end] = (order, link)
        return {(x.low, x.prop, x.high): x for _, x in chosen.values()}, new

    def _orient_best(self, links: list[_Link]) -> None:
        """Which way round the articles state the given symmetric links (their
        ``forth`` holding the articles stating them either way): the counts each
        way, for the direction they are shown in."""
        if not links:
            return
        total = {(x.low, x.prop, x.high): x.forth for x in links}
        ways: dict[tuple[str, str, str], list[int]] = {k: [0, 0] for k in total}
        triples = " ".join(f"(<{x.low}> fin:{x.prop} <{x.high}>) (<{x.high}> fin:{x.prop} <{x.low}>)"
                           for x in links)
        for s, p, o, n in self.select(
                f"SELECT ?s ?p ?o (COUNT(*) AS ?n) WHERE {{ VALUES (?s ?p ?o) {{ {triples} }} "
                f"GRAPH ?g {{ ?s ?p ?o }}\n{self.chosen()} }} GROUP BY ?s ?p ?o"):
            key = _key(s, _local(p), o)
            ways[key][0 if s == key[0] else 1] = int(n)
        for x in links:
            forth, back = ways[(x.low, x.prop, x.high)]
            x.forth, x.back, x.both = forth, back, forth + back - total[(x.low, x.prop, x.high)]

    # -- entities

    def describe(self, nodes: Iterable[str]) -> None:
        """Read label, type and aliases of the entities not described yet: from the
        catalogue graph, and from the articles for those it does not describe."""
        todo = sorted({n for n in nodes if n not in self._descriptions})
        for start in range(0, len(todo), 2000):
            chunk = todo[start:start + 2000]
            labels: dict[str, str] = {}
            kinds: dict[str, str] = {}
            aliases: dict[str, set[str]] = {}

            values = _iris(chunk)
            _take_descriptions(labels, kinds, self.select(f"SELECT ?e ?t ?l WHERE {{ VALUES ?e {{ {values} }} "
                             f"GRAPH {_CATALOGUE} {{ ?e a ?t ; rdfs:label ?l }} }}"))
            for e, alias in self.select(f"SELECT ?e ?a WHERE {{ VALUES ?e {{ {values} }} "
                                        f"GRAPH {_CATALOGUE} {{ ?e skos:altLabel ?a }} }}"):
                aliases.setdefault(e, set()).add(alias)
            rest = [n for n in chunk if n not in kinds]
            if rest:
                values = _iris(rest)
                _take_descriptions(labels, kinds, self.select(f"SELECT ?e ?t (MIN(?l) AS ?label) WHERE {{ VALUES ?e {{ "
                                 f"{values} }} GRAPH ?g {{ ?e a ?t ; rdfs:label ?l }} }} "
                                 "GROUP BY ?e ?t"))
                for e, alias in self.select(f"SELECT DISTINCT ?e ?a WHERE {{ VALUES ?e {{ "
                                            f"{values} }} GRAPH ?g {{ ?e skos:altLabel ?a }} }}"):
                    aliases.setdefault(e, set()).add(alias)
            for n in chunk:
                self._descriptions[n] = (labels.get(n) or _local(n), kinds.get(n, "Thing"),
                                         sorted(aliases.get(n, ()), key=_alias_order))

    def label(self, node: str) -> str:
        self.describe([node])
        return self._descriptions[node][0]

    def keeps(self, node: str) -> bool:
        """Whether the type filter keeps the entity."""
        if self.type_filter is None:
            return True
        self.describe([node])
        return _is_a(self._descriptions[node][1], self.type_filter)

    def present(self, node: str) -> bool:
        """Whether a chosen article mentions the entity or states a kept relation about it."""
        if node not in self._present:
            props = _fin(self.props)
            relation = (f"UNION {{ VALUES ?p {{ {props} }} GRAPH ?g {{ <{node}> ?p ?o }} }} "
                        f"UNION {{ VALUES ?p {{ {props} }} GRAPH ?g {{ ?s ?p <{node}> }} }}"
                        if props else "")
            self._present[node] = self.ask(
                f"ASK {{ {{ GRAPH ?g {{ ?g fin:mentions <{node}> }} }} {relation}\n"
                f"{self.chosen()} }}")
        return self._present[node]

    def in_graph(self, node: str) -> bool:
        """Whether :func:`entity_graph` with the same filters has a node for the entity."""
        if not self.keeps(node):
            return False
        if self.present(node):
            return True
        if not self.catalogue:
            return False
        others = {o if s == node else s for s, _, o in self.catalogue_facts()
                  if node in (s, o) and s != o}
        self.describe(others)
        return any(self.keeps(x) and self.present(x) for x in sorted(others))

    def node_data(self, node: str, *, present: bool | None = None,
                  aliases: Iterable[str] | None = None) -> dict[str, Any]:
        """The attributes of an entity node (``articles`` left empty: see the callers)."""
        self.describe([node])
        label, kind, own = self._descriptions[node]
        present = self.present(node) if present is None else present
        return {"kind": "entity", "label": label, "type": kind,
                "aliases": own if aliases is None else sorted(set(aliases), key=_alias_order),
                "articles": [], "catalogue": not present}

    def all_aliases(self) -> dict[str, list[str]]:
        """Every entity's aliases, from every graph (one pass; few rows)."""
        found: dict[str, list[str]] = {}
        for e, alias in self.select(_ALIASES):
            found.setdefault(e, []).append(alias)
        return found

    # -- finding an entity by name

    where = "the graph"

    def find(self, name: str) -> str:
        """The entity ``name`` denotes (:func:`kg.resolve.resolve`), in the graph
        :func:`entity_graph` reads with the same filters, without reading it."""
        try:
            return resolve(self, name)
        except NotFound as err:
            if not err.known:
                raise
            where = "no article chosen mentions" if self._filtered() else "no article mentions"
            hint = "" if self.catalogue else " (--catalogue adds the entity catalogue's facts)"
            raise QueryError(f"no entity named {name!r} in the graph: {where} "
                             f"{', '.join(self.label(n) for n in err.known)}{hint}") from None

    def explicit(self, name: str) -> str | None:
        """An IRI or ``kgr:`` slug."""
        found = self._iri_candidates(name)
        return found[0] if found else None

    def accepts(self, iri: str) -> bool:
        return self.in_graph(iri)

    def named(self, variants: Sequence[str], catalogue: bool) -> list[NameRow]:
        """Entities with a label or alias equal to one of ``variants``: the store's index."""
        text = internal_query("kg", "names-bound")
        if catalogue:
            text = text.replace("GRAPH ?g", f"GRAPH {_CATALOGUE}")
        literals = " ".join(str(ox.Literal(v)) for v in variants)
        return [(e, label, int(rank)) for e, label, rank in self.select(
            text.replace("VALUES ?l { }", f"VALUES ?l {{ {literals} }}"))]

    def _filtered(self) -> bool:
        return (self.article_ids is not None or self.languages is not None
                or self.since is not None or self.until is not None
                or self.type_filter is not None or len(self.props) < len(RELATIONS))

    @staticmethod
    def _iri_candidates(name: str) -> list[str]:
        text = name.strip()
        iri = text if text.startswith("http") else str(KGR) + text.removeprefix("kgr:")
        try:
            return [ox.NamedNode(iri).value] if text and not re.search(r"\s", text) else []
        except ValueError:
            return []

    def catalogue_names(self) -> list[tuple[str, str, int]]:
        """(entity, name, 0 for a label or 1 for an alias) of every catalogue entity."""
        if self._catalogue_names is None:
            self._catalogue_names = self._name_rows(f"GRAPH {_CATALOGUE}")
        return self._catalogue_names

    def all_names(self) -> list[tuple[str, str, int]]:
        """(entity, name, 0 or 1) of every entity an article describes: one pass over
        all labels and aliases, made only for names nothing else finds."""
        if self._names is None:
            rows = self.select(
                "SELECT DISTINCT ?e ?l ?rank ?article WHERE { GRAPH ?g { "
                "{ ?e rdfs:label ?l BIND(0 AS ?rank) } UNION "
                f"{{ ?e skos:altLabel ?l BIND(1 AS ?rank) }} }} BIND(?g != {_CATALOGUE} AS ?article) }}")
            described = {e for e, _, rank, article in rows if rank == "0" and article == "true"}
            self._names = sorted({(e, label, int(rank))
                                  for e, label, rank, _ in rows if e in described})
        return self._names

    def _name_rows(self, graph: str) -> list[tuple[str, str, int]]:
        return sorted((e, label, int(rank)) for e, label, rank in self.select(
            f"SELECT DISTINCT ?e ?l ?rank WHERE {{ {graph} {{ "
            "{ ?e rdfs:label ?l BIND(0 AS ?rank) } UNION "
            "{ ?e skos:altLabel ?l BIND(1 AS ?rank) } } }"))

    def close_matches(self, name: str, limit: int = 5) -> list[str]:
        """Labels of entities the articles name that look like ``name``."""
        return close_names(self.all_names(), name, limit)

    # -- the questions

    def neighbourhood(self, centre: str, depth: int = 1) -> nx.MultiDiGraph:
        """The entities within ``depth`` steps of ``centre`` and, for each, the relation
        :func:`neighbours` reaches it over (its best supported relation with an
        entity one step nearer), so :func:`neighbours` on it answers as on the whole
        graph. Edges carry ``support`` but no evidence; ``graph.graph["centre"]``
        is set."""
        if depth < 1:
            raise QueryError("depth must be at least 1")
        links: dict[tuple[str, str, str], _Link] = {}
        seen, frontier = {centre}, {centre}
        for _ in range(depth):
            found, frontier = self._best(frontier, seen)
            links.update(found)
            seen |= frontier
            if not frontier:
                break
        return self._graph(seen, links.values(), centre=centre)

    def paths(self, a: str, b: str, *, limit: int = 3, max_hops: int = MAX_HOPS,
              evidence: int = EVIDENCE_PER_EDGE) -> tuple[nx.MultiDiGraph, list[list[Hop]]]:
        """Up to ``limit`` shortest connections from ``a`` to ``b`` (as
        :func:`shortest_paths`), found by a search from both ends at once, up to
        ``max_hops`` hops; each hop with up to ``evidence`` articles' sentences.

        Returns the subgraph of every shortest path and the paths. With no path,
        ``graph.graph["complete"]`` tells whether the search ran out of entities
        (there is none) or stopped at ``max_hops`` (there may be a longer one).
        """
        if a == b:
            raise QueryError("the two ends of a path are the same entity")
        sides = (_Side(a), _Side(b))
        links: dict[tuple[str, str, str], _Link] = {}
        while not sides[0].seen.keys() & sides[1].seen.keys():
            if not sides[0].frontier or not sides[1].frontier:
                return self._graph({a, b}, (), complete=True, max_hops=max_hops), []
            if sides[0].depth + sides[1].depth >= max_hops:
                return self._graph({a, b}, (), complete=False, max_hops=max_hops), []
            side = min(sides, key=lambda x: (len(x.frontier), x.depth))
            found, new = self._hop(side.frontier, set(side.seen))
            for key, link in found.items():
                if key in links:
                    links[key].catalogue |= link.catalogue
                else:
                    links[key] = link
            side.depth += 1
            side.seen.update(dict.fromkeys(new, side.depth))
            side.frontier = new
        simple = nx.Graph()
        simple.add_edges_from((x.low, x.high) for x in links.values() if x.low != x.high)
        from_a = nx.single_source_shortest_path_length(simple, a)
        from_b = nx.single_source_shortest_path_length(simple, b)
        keep = {n for n, d in from_a.items() if n in from_b and d + from_b[n] == from_a[b]}
        used = [x for x in links.values() if x.low in keep and x.high in keep]
        self._settle(used)
        graph = self._graph(keep, used, complete=True, max_hops=max_hops)
        found_paths = shortest_paths(graph, a, b, limit)
        self.add_evidence(graph, {(h.subject, h.object) for p in found_paths for h in p},
                          evidence)
        return graph, shortest_paths(graph, a, b, limit)

    def _graph(self, nodes: set[str], links: Iterable[_Link], **attrs: Any) -> nx.MultiDiGraph:
        self.describe(nodes)
        graph = nx.MultiDiGraph(articles={}, detail=False, **attrs)
        for node in sorted(nodes):
            graph.add_node(node, **self.node_data(node))
        for x in sorted(links, key=lambda x: (x.s, x.prop, x.o)):
            graph.add_edge(x.s, x.o, key=x.prop, property=x.prop, support=x.support, articles=[],
                           evidence=[], catalogue=x.catalogue, symmetric=x.prop in SYMMETRIC)
        return graph

    def add_evidence(self, graph: nx.MultiDiGraph, pairs: Iterable[tuple[str, str]],
                     per_edge: int = EVIDENCE_PER_EDGE) -> None:
        """Fill ``evidence`` and ``articles`` of the edges between each pair with the
        sentences of up to ``per_edge`` supporting articles (``support`` stays the
        count of all), and ``graph.graph["articles"]`` with those articles."""
        cited: set[str] = set()
        for x, y in sorted(set(pairs)):
            for s, o in ((x, y), (y, x)):
                for prop, data in (graph.get_edge_data(s, o) or {}).items():
                    if data.get("support") and not data.get("evidence") and per_edge > 0:
                        data["evidence"], data["articles"] = self._evidence(s, prop, o, per_edge)
                        cited.update(data["articles"])
        if cited:
            graph.graph.setdefault("articles", {}).update(self.article_meta(cited))

    def _evidence(self, s: str, prop: str, o: str,
                  per_edge: int) -> tuple[list[dict[str, str]], list[str]]:
        pairs = f"(<{s}> <{o}>)" + (f" (<{o}> <{s}>)" if prop in SYMMETRIC else "")
        rows = self.select(
            f"SELECT ?g ?ev WHERE {{ VALUES (?s ?o) {{ {pairs} }} GRAPH ?g {{ ?s fin:{prop} ?o . "
            f"?st rdf:subject ?s ; rdf:predicate fin:{prop} ; rdf:object ?o ; fin:evidence ?ev }}"
            f"\n{self.chosen()} }} LIMIT {per_edge * 10}")
        articles: list[str] = []
        items = []
        for g, sentence in rows:
            if g not in articles:
                if len(articles) == per_edge:
                    continue
                articles.append(g)
            item = {"sentence": sentence, "article": g}
            if item not in items:
                items.append(item)
        if not articles:
            articles = [g for (g,) in self.select(
                f"SELECT DISTINCT ?g WHERE {{ VALUES (?s ?o) {{ {pairs} }} GRAPH ?g {{ "
                f"?s fin:{prop} ?o }}\n{self.chosen()} }} LIMIT {per_edge}")]
        items.sort(key=lambda i: (i["article"], i["sentence"]))
        return items, sorted(articles)

    def article_meta(self, articles: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Headline, date, language and source of the given articles.

        Read with a quad pattern per article (graph and subject bound): a SPARQL
        query binding several articles makes the store go through all of them.
        """
        fields = {str(PREFIXES["schema"]) + "headline": "headline",
                  str(PREFIXES["schema"]) + "inLanguage": "lang",
                  str(PREFIXES["schema"]) + "datePublished": "date", str(FIN) + "source": "source"}
        found = {}
        for a in sorted(set(articles)):
            meta: dict[str, str] = {}
            for quad in self.snapshot.quads(a):
                name = fields.get(quad.predicate.value)
                if name is not None and quad.subject == ox.NamedNode(a):
                    meta.setdefault(name, quad.object.value)  # type: ignore[union-attr]
            day = _date(meta.get("date"))
            found[a] = {"id": _local(a), "headline": meta.get("headline", ""),
                        "date": day.isoformat() if day else None, "lang": meta.get("lang"),
                        "source": meta.get("source")}
        return found

    def whole_graph(self) -> nx.MultiDiGraph:
        """The whole graph, edges with support counts only (:func:`entity_graph`
        with ``detail=False``): one aggregated pass over the relations, one over
        the mentions, descriptions from the catalogue."""
        mentioned = [e for (e,) in self.select(
            f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?g fin:mentions ?e }}\n{self.chosen()} }}")]
        links = _links(self._relations(None, set()))
        self._settle(links.values())
        self.describe(set(mentioned) | {n for x in links.values() for n in (x.s, x.o)})
        aliases = self.all_aliases()
        graph = nx.MultiDiGraph(articles={}, detail=False)

        def add(node: str, present: bool) -> bool:
            if node not in graph:
                if not self.keeps(node):
                    return False
                graph.add_node(node, **self.node_data(node, present=present,
                                                      aliases=aliases.get(node, ())))
            elif present:
                graph.nodes[node]["catalogue"] = False
            return True

        for node in sorted(mentioned):
            add(node, True)
        for x in sorted(links.values(), key=lambda x: (x.s, x.prop, x.o)):
            if add(x.s, True) and add(x.o, True):
                graph.add_edge(x.s, x.o, key=x.prop, property=x.prop, support=x.support,
                               articles=[], evidence=[], catalogue=False,
                               symmetric=x.prop in SYMMETRIC)
        if self.catalogue:
            present = set(graph)
            for s, prop, o in self.catalogue_facts():
                if (s in present or o in present) and add(s, False) and add(o, False):
                    _edge(graph, s, prop, o)["catalogue"] = True
            _orient_catalogue_only(graph)
        return graph


# ---------------------------------------------------------------- lookup


class GraphNames:
    """The names of a graph already read, as a :class:`kg.resolve.NameIndex`."""

    where = "the graph"

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.rows: list[NameRow] = sorted(
            (n, text, 0 if i == 0 else 1) for n, d in graph.nodes(data=True)
            if d.get("kind") == "entity"
            for i, text in enumerate((d["label"], *d.get("aliases", ()))))

    def explicit(self, name: str) -> str | None:
        if name in self.graph:
            return name
        return name if name.startswith("http") else str(KGR) + name.strip().removeprefix("kgr:")

    def accepts(self, iri: str) -> bool:
        return iri in self.graph and self.graph.nodes[iri].get("kind") == "entity"

    def named(self, variants: Sequence[str], catalogue: bool) -> list[NameRow]:
        return self.rows

    def catalogue_names(self) -> list[NameRow]:
        return []

    def all_names(self) -> list[NameRow]:
        return self.rows

    def label(self, iri: str) -> str:
        return str(self.graph.nodes[iri]["label"])


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """The node ``name`` denotes in ``graph`` (:func:`kg.resolve.resolve`): a label,
    an alias (any case), an IRI or ``kgr:`` slug; :meth:`GraphReader.find` finds the
    same entity in the store without reading the graph first."""
    return resolve(GraphNames(graph), name)


def close_matches(graph: nx.MultiDiGraph, name: str, limit: int = 5) -> list[str]:
    """Entity labels that look like ``name``: spelling neighbours and containing labels."""
    return close_names(GraphNames(graph).rows, name, limit)


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
    "CENTRALITY", "COMMUNITY_METHODS", "EXPORT_FORMATS", "MAX_HOPS", "RELATIONS", "TYPE_COLOURS",
    "GraphReader", "Hop", "Neighbour", "centrality", "close_matches", "communities", "entity_graph", "export_graph",
    "figure_label", "find_entity", "hops_between", "neighbourhood", "neighbours", "pagerank",
    "shortest_paths", "to_dot", "type_colour", "undirected",
]
