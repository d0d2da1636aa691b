"""The whole entity graph of the store, as one NetworkX graph."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx

from kg.rdf.namespaces import FIN, PREFIXES
from kg.resources import internal_query, with_values
from kg.views.base import (
    SYMMETRIC,
    _date,
    _edge,
    _iris,
    _key,
    _local,
    _number,
    _orient,
    _orient_catalogue_only,
)
from kg.views.reader import GraphReader

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
    mentions = [(a, e) for a, e in reader.select(internal_query("kg.views", "mentions")) if a in chosen]
    relations = []
    relations_query = with_values(internal_query("kg.views", "relations"),
                                  p=" ".join(f"fin:{p}" for p in reader.props))
    for a, s, p, o, evidence in reader.select(relations_query):
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


def _add_figures(reader: GraphReader, graph: nx.MultiDiGraph,
                 chosen: dict[str, dict] | None) -> None:
    """Figure nodes of the chosen articles (``None``: of the articles the filters keep)."""
    if chosen is None:
        chosen = _articles(reader)
    for row in reader.select(internal_query("kg.views", "figures")):
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
    values: dict[str, dict[str, str]] = {a: {} for (a,) in reader.select(internal_query("kg.views", "articles"))}
    for a, prop, value in reader.select(with_values(internal_query("kg.views", "article-fields"),
                                                          p=_iris(fields))):
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
