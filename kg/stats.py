"""What a store holds: counts for `kg stats` and the build summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.rdf.store import Snapshot
from kg.resources import internal_query

_COUNTS = ("articles", "mentions", "ad_blocks", "ratings", "figures", "relations")
_BREAKDOWNS = ("entities_by_type", "relations_by_property", "figures_by_metric")


def _query(name: str) -> str:
    """The query ``kg/sparql/stats-NAME.rq`` that counts the :class:`StoreStats` field ``name``."""
    return internal_query("kg", "stats-" + name.replace("_", "-"))


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


def store_stats(snapshot: Snapshot) -> StoreStats:
    stats = StoreStats()
    for name in _COUNTS:
        rows = snapshot.values(_query(name))
        value = rows[0][0] if rows and rows[0][0] is not None else 0
        setattr(stats, name, int(value))
    for name in _BREAKDOWNS:
        setattr(stats, name, {str(k): int(str(n)) for k, n in snapshot.values(_query(name))})
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
