"""What every graph view shares: the contract's lists, the queries' building
blocks, the shape of a hop, and small helpers over names, dates and IRIs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg import vocabulary
from kg.errors import QueryError
from kg.rdf.iri import article_iri
from kg.rdf.namespaces import CATALOGUE_GRAPH, ENTITY_GRAPH, FIN, KGR
from kg.rdf.store import Snapshot, to_ox_term

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
EXPORT_FORMATS = ("graphml", "gexf", "json", "dot")
MAX_HOPS = 6
EVIDENCE_PER_EDGE = 3

_CATALOGUE = f"<{CATALOGUE_GRAPH}>"
# the graphs that describe entities rather than report news
_ARTICLE_GRAPH = f"FILTER(?g NOT IN ({_CATALOGUE}, <{ENTITY_GRAPH}>))"


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


def _article_iri(name: str) -> str:
    if name.startswith(("http://", "https://")):
        return name
    return str(article_iri(name.removeprefix("article/")))


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
