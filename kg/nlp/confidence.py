"""Calibration: every fact's confidence from the measured reliability of its rule.

Each relation, figure and rating names the rule that found it
(``evidence.extractor``). How often a rule is right was measured on
annotated articles and written to ``reliability.toml`` beside this module by
``kg eval --calibrate`` (docs/confidence.md); this stage looks the rule up
and sets the fact's ``confidence`` to that reliability.

Reliability is kept at two levels: per rule, and per rule and kind of fact
(the relation's property, the figure's metric), since one rule is often
surer of some kinds than of others. Each level is shrunk towards the level
above it: the kind towards its rule, the rule towards the section's prior
(the pooled precision of all its rules). A fact takes the most specific
value the table has; a rule it does not know (a new or renamed one) gets
the section's prior.

The table also holds the build's default threshold (``min_confidence``),
chosen from the precision/recall curve when the table was made, so that
regenerating the table after rules change keeps the two in step.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from kg.errors import OntologyError
from kg.records import METRICS, PROPERTIES, UNCALIBRATED, Extraction, Figure, Rating, Relation

TABLE = Path(__file__).resolve().parent / "reliability.toml"
FACT_SECTIONS: tuple[str, ...] = ("relations", "figures", "ratings")
# Pseudo-facts at the section's precision that every rule starts with: a
# rule seen right twice is not yet a sure rule, one seen wrong once not a bad one.
PRIOR_STRENGTH = 4


@dataclass(frozen=True)
class RuleCount:
    """How often one rule's facts were right (tp) and wrong (fp)."""

    tp: int = 0
    fp: int = 0


Key = tuple[str, str | None]  # (rule, kind of fact), or (rule, None) for the rule itself
KINDS = frozenset(PROPERTIES) | frozenset(METRICS)


def key_text(key: Key) -> str:
    """A key as the table file writes it: "figures/de" or "figures/de Revenue"."""
    rule, kind = key
    return rule if kind is None else f"{rule} {kind}"


def key_of(text: str) -> Key:
    """The key a table line names; a rule name may itself contain spaces."""
    rule, _, kind = text.rpartition(" ")
    if rule and kind in KINDS:
        return rule, kind
    return text, None


@dataclass(frozen=True)
class Reliability:
    """Reliabilities per section and key, the section priors, and the
    default threshold of a build."""

    rules: Mapping[str, Mapping[Key, float]] = field(default_factory=dict)
    priors: Mapping[str, float] = field(default_factory=dict)
    min_confidence: float = 0.0

    def of(self, section: str, rule: str, kind: str | None = None) -> float:
        """The reliability of ``rule`` for facts of ``kind``: that of the
        rule when the kind was not measured, the section's prior when the
        rule was not."""
        known = self.rules.get(section, {})
        for key in ((rule, kind), (rule, None)):
            if key in known:
                return known[key]
        return self.priors.get(section, UNCALIBRATED)


def smoothed(count: RuleCount, prior: float, strength: int = PRIOR_STRENGTH) -> float:
    """Precision shrunk towards ``prior``: (tp + k·prior) / (tp + fp + k)."""
    return (count.tp + strength * prior) / (count.tp + count.fp + strength)


def pooled(counts: Iterable[RuleCount]) -> float:
    """The precision of all facts together; the neutral value with none."""
    tp = fp = 0
    for count in counts:
        tp, fp = tp + count.tp, fp + count.fp
    return tp / (tp + fp) if tp + fp else UNCALIBRATED


def by_rule(counts: Mapping[Key, RuleCount]) -> dict[Key, RuleCount]:
    """Counts per (rule, kind) summed per rule too, under (rule, None)."""
    totals: dict[Key, RuleCount] = dict(counts)
    for (rule, kind), count in counts.items():
        if kind is not None:
            total = totals.get((rule, None), RuleCount())
            totals[rule, None] = RuleCount(total.tp + count.tp, total.fp + count.fp)
    return totals


def reliability_from(counts: Mapping[str, Mapping[Key, RuleCount]],
                     min_confidence: float) -> Reliability:
    """The table measured counts per (rule, kind) make: a prior per section,
    a reliability per rule, and one per rule and kind."""
    priors = {section: round(pooled(counts.get(section, {}).values()), 3)
              for section in FACT_SECTIONS}
    rules: dict[str, dict[Key, float]] = {}
    for section in FACT_SECTIONS:
        totals = by_rule(counts.get(section, {}))
        table: dict[Key, float] = {}
        for rule, kind in sorted(totals, key=lambda k: (k[0], k[1] or "")):
            if kind is None:
                table[rule, None] = round(smoothed(totals[rule, None], priors[section]), 3)
            elif totals[rule, kind] != totals[rule, None]:  # a second kind: worth telling apart
                table[rule, kind] = round(smoothed(totals[rule, kind], table[rule, None]), 3)
        rules[section] = table
    return Reliability(rules=rules, priors=priors, min_confidence=min_confidence)


# ------------------------------------------------------------------ the table as a file


def load_reliability(path: Path = TABLE) -> Reliability:
    """Read a reliability table; a broken one is an :class:`OntologyError`."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        threshold = float(data["min_confidence"])
        priors = {s: float(data[s]["prior"]) for s in FACT_SECTIONS if s in data}
        rules = {s: {key_of(str(rule)): float(entry["reliability"])
                     for rule, entry in data[s].get("rules", {}).items()}
                 for s in FACT_SECTIONS if s in data}
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as err:
        raise OntologyError(f"{path}: cannot read the reliability table ({err})") from None
    values = [threshold, *priors.values(), *(v for r in rules.values() for v in r.values())]
    if not all(0.0 <= v <= 1.0 for v in values):
        raise OntologyError(f"{path}: bad reliability table (values lie between 0 and 1)")
    return Reliability(rules=rules, priors=priors, min_confidence=threshold)


@lru_cache(maxsize=1)
def reliability() -> Reliability:
    """The shipped table, read once per process."""
    return load_reliability()


def format_table(table: Reliability, counts: Mapping[str, Mapping[Key, RuleCount]],
                 header: str) -> str:
    """The table as TOML, with the counts behind each reliability."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += ["", f"min_confidence = {table.min_confidence}",
              f"prior_strength = {PRIOR_STRENGTH}"]
    for section in FACT_SECTIONS:
        section_counts = counts.get(section, {})
        total = RuleCount(sum(c.tp for c in section_counts.values()),
                          sum(c.fp for c in section_counts.values()))
        totals = by_rule(section_counts)
        prior = table.priors.get(section, UNCALIBRATED)
        lines += ["", f"[{section}]", f"prior = {prior}  # tp {total.tp}, fp {total.fp}",
                  "", f"[{section}.rules]"]
        for key, value in table.rules.get(section, {}).items():
            count = totals.get(key, RuleCount())
            lines.append(f'"{_escaped(key_text(key))}" = {{ reliability = {value}, '
                         f"tp = {count.tp}, fp = {count.fp} }}")
    return "\n".join(lines) + "\n"


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


# ------------------------------------------------------------------ the stage


_F = TypeVar("_F", Relation, Figure, Rating)


def kind_of(fact: Relation | Figure | Rating) -> str | None:
    """What kind of fact it is, beyond its section: property or metric."""
    if isinstance(fact, Relation):
        return fact.predicate
    if isinstance(fact, Figure):
        return fact.metric
    return None


def _calibrated(facts: Iterable[_F], section: str, table: Reliability) -> list[_F]:
    return [fact.model_copy(update={"confidence": table.of(section, fact.evidence.extractor,
                                                           kind_of(fact))})
            for fact in facts]


def calibrate(relations: Iterable[Relation], figures: Iterable[Figure],
              ratings: Iterable[Rating], table: Reliability | None = None,
              ) -> tuple[list[Relation], list[Figure], list[Rating]]:
    """The facts with their confidence set from their rule's reliability."""
    table = table or reliability()
    return (_calibrated(relations, "relations", table), _calibrated(figures, "figures", table),
            _calibrated(ratings, "ratings", table))


def above(extraction: Extraction, threshold: float) -> Extraction:
    """The extraction without the facts whose confidence is below ``threshold``.

    Entities stay: they were found in the text whatever becomes of the facts
    that name them."""
    if threshold <= 0:
        return extraction
    return extraction.model_copy(update={
        "relations": tuple(r for r in extraction.relations if r.confidence >= threshold),
        "figures": tuple(f for f in extraction.figures if f.confidence >= threshold),
        "ratings": tuple(r for r in extraction.ratings if r.confidence >= threshold),
    })
