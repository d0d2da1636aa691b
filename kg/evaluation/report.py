"""The scores as people and programs read them: tables, details and JSON."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from kg.evaluation.match import FACT_SECTIONS, ArticleScore
from kg.evaluation.score import CorpusScore

SECTION_TITLES: dict[str, str] = {
    "entities": "entities",
    "typed_entities": "typed entities",
    "relations": "relations",
    "figures": "figures",
    "ratings": "ratings",
}


def _fraction(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(score: CorpusScore) -> str:
    """The scores as an aligned plain-text table."""
    header = ("section", "P", "R", "F1", "tp", "fp", "fn")
    rows = [
        (SECTION_TITLES[name], _fraction(s.precision), _fraction(s.recall), _fraction(s.f1),
         str(s.tp), str(s.fp), str(s.fn))
        for name, s in score.sections.items()
    ]
    width = max(len(header[0]), *(len(r[0]) for r in rows))
    numbers = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(1, 7)]

    def line(cells: Sequence[str]) -> str:
        rest = "  ".join(c.rjust(w) for c, w in zip(cells[1:], numbers, strict=True))
        return f"{cells[0].ljust(width)}  {rest}"

    lines = [f"{score.articles} article{'s' if score.articles != 1 else ''}", line(header)]
    lines += [line(r) for r in rows]
    lines.append("")
    accuracies = [
        ("qualifier accuracy", score.qualifier_accuracy, score.qualifier_agreed),
        ("period accuracy", score.period_accuracy, score.period_agreed),
        ("estimatedBy accuracy", score.estimated_by_accuracy, score.estimated_by_agreed),
    ]
    label_width = max(len(a[0]) for a in accuracies)
    for label, accuracy, agreed in accuracies:
        lines.append(f"{label.ljust(label_width)}  {_fraction(accuracy)}"
                     f"  ({agreed}/{score.matched_figures} matched figures)")
    return "\n".join(lines)


def format_details(results: list[ArticleScore]) -> str:
    """Per article, what was missed and what was extracted wrongly.

    Typed-entity lines repeat nothing already listed for untyped entities, so
    what remains there is type errors.
    """
    blocks = []
    for r in results:
        counts = ", ".join(
            f"{SECTION_TITLES[n]} {s.tp}/{s.fp}/{s.fn}" for n, s in r.sections.items())
        lines = [f"{r.article}  ({r.gold})", f"  tp/fp/fn: {counts}"]
        untyped = r.sections["entities"]
        for name, section in r.sections.items():
            misses, extras = section.misses, section.false_positives
            if name == "typed_entities":
                misses = [m for m in misses if m not in untyped.misses]
                extras = [x for x in extras if x not in untyped.false_positives]
            title = SECTION_TITLES[name]
            lines += [f"  missed  {title}: {m}" for m in misses]
            lines += [f"  wrong   {title}: {x}" for x in extras]
        lines += [f"  differs figure: {d}" for d in r.agreement.disagreements]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def to_json(score: CorpusScore, results: list[ArticleScore],
            curve: Sequence[tuple[float, CorpusScore]] = ()) -> dict[str, Any]:
    """Corpus scores and every article's counts and items, JSON-ready, and
    the fact sections' scores at each threshold of ``curve``."""
    data: dict[str, Any] = {"corpus": asdict(score), "articles": [asdict(r) for r in results]}
    if curve:
        data["thresholds"] = [
            {"min_confidence": t, **{s: asdict(c.sections[s]) for s in FACT_SECTIONS}}
            for t, c in curve]
    return data


def _threshold(value: float) -> str:
    """0.3 as "0.3", 0.756 as "0.756": as written in the table."""
    return format(round(value, 3), "g")


def format_thresholds(curve: Sequence[tuple[float, CorpusScore]], current: float) -> str:
    """P/R/F1 of each fact section at each threshold; ``*`` marks the one in use."""
    header = ["min confidence", *(f"{s} P/R/F1" for s in FACT_SECTIONS)]
    rows = [[f"{_threshold(t)}{' *' if t == current else ''}",
             *("/".join(_fraction(x) for x in (sec.precision, sec.recall, sec.f1))
               for sec in (score.sections[s] for s in FACT_SECTIONS))]
            for t, score in curve]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in [header, *rows])
