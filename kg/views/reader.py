"""Reading only the part of the entity graph a question needs, hop by hop."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.errors import QueryError
from kg.views.analysis import shortest_paths
from kg.views.base import (
    _CATALOGUE,
    EVIDENCE_PER_EDGE,
    MAX_HOPS,
    SYMMETRIC,
    Hop,
    _edge,
    _fin,
    _iris,
    _key,
    _Link,
    _links,
    _local,
    _orient_catalogue_only,
    _Side,
)
from kg.views.entities import StoreView


class GraphReader(StoreView):
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
