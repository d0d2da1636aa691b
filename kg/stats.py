"""What a store holds: counts for `kg stats` and the build summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Dataset
from rdflib.query import ResultRow

from kg.rdf.namespaces import PREFIXES

_PREAMBLE = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())

_COUNT = {
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a a fin:Article } }",
    "mentions": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?a fin:mentions ?e } }",
    "ad_blocks": "SELECT (SUM(?k) AS ?n) WHERE { GRAPH ?a { ?a fin:adBlocks ?k } }",
    "ratings": "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH ?a { ?r a fin:AnalystRating } }",
    "figures": "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH ?a { ?o a fin:Observation } }",
    "relations": "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?a { ?s a rdf:Statement } }",
}
_BY = {
    "entities_by_type": """SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {
        GRAPH ?a { ?a fin:mentions ?e . ?e a ?t } BIND(STRAFTER(STR(?t), "#") AS ?k)
      } GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "relations_by_property": """SELECT ?k (COUNT(*) AS ?n) WHERE {
        GRAPH ?a { ?s a rdf:Statement ; rdf:predicate ?p } BIND(STRAFTER(STR(?p), "#") AS ?k)
      } GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "figures_by_metric": """SELECT ?k (COUNT(*) AS ?n) WHERE {
        GRAPH ?a { ?o a fin:Observation ; fin:metric ?m } BIND(STRAFTER(STR(?m), "#") AS ?k)
      } GROUP BY ?k ORDER BY DESC(?n) ?k""",
}


@dataclass
class StoreStats:
    articles: int = 0
    mentions: int = 0
    ad_blocks: int = 0
    relations: int = 0
    figures: int = 0
    ratings: int = 0
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_property: dict[str, int] = field(default_factory=dict)
    figures_by_metric: dict[str, int] = field(default_factory=dict)

    @property
    def entities(self) -> int:
        return sum(self.entities_by_type.values())


def _rows(dataset: Dataset, query: str) -> list[ResultRow]:
    return [row for row in dataset.query(f"{_PREAMBLE}\n{query}") if isinstance(row, ResultRow)]


def store_stats(dataset: Dataset) -> StoreStats:
    stats = StoreStats()
    for name, query in _COUNT.items():
        rows = _rows(dataset, query)
        value = rows[0][0] if rows and rows[0][0] is not None else 0
        setattr(stats, name, int(value))
    for name, query in _BY.items():
        setattr(stats, name, {str(k): int(n) for k, n in _rows(dataset, query)})
    return stats


def format_stats(stats: StoreStats) -> str:
    """A plain, aligned summary for the terminal."""
    lines = [
        f"articles      {stats.articles}",
        f"entities      {stats.entities}",
        *(f"  {k:<22}{v}" for k, v in stats.entities_by_type.items()),
        f"relations     {stats.relations}",
        *(f"  {k:<22}{v}" for k, v in stats.relations_by_property.items()),
        f"figures       {stats.figures}",
        *(f"  {k:<22}{v}" for k, v in stats.figures_by_metric.items()),
        f"ratings       {stats.ratings}",
        f"ad blocks removed  {stats.ad_blocks}",
    ]
    return "\n".join(lines)
