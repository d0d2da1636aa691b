"""A query's answer and the text formats it is written in (table, csv, tsv, json, md, Turtle)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES

_JSON = ox.QueryResultsFormat.JSON
FORMATS = ("table", "csv", "tsv", "json", "md")


@dataclass
class Result:
    """A query's answer: SPARQL JSON results for SELECT/ASK, N-Triples for graphs."""

    form: str
    data: bytes

    @property
    def boolean(self) -> bool:
        if self.form != "ASK":
            raise QueryError(f"a {self.form} query has no boolean answer")
        return bool(json.loads(self.data)["boolean"])

    def solutions(self) -> ox.QuerySolutions:
        parsed = ox.parse_query_results(self.data, format=_JSON)
        if not isinstance(parsed, ox.QuerySolutions):
            raise QueryError(f"a {self.form} query has no solutions")
        return parsed

    @property
    def variables(self) -> list[str]:
        return [v.value for v in self.solutions().variables]

    def rows(self) -> list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]]:
        solutions = self.solutions()
        names = [v.value for v in solutions.variables]
        return [[solution[n] for n in names] for solution in solutions]  # type: ignore[misc]

    def records(self) -> list[dict[str, str]]:
        """Rows as ``{variable: value}`` with plain strings (IRI or lexical form), unbound left out."""
        names = self.variables
        return [{n: t.value for n, t in zip(names, row) if t is not None} for row in self.rows()]

    def triples(self) -> list[ox.Triple]:
        return [q.triple for q in ox.parse(self.data, format=ox.RdfFormat.N_TRIPLES)]


def compact(iri: str) -> str:
    """``iri`` as a prefixed name when a predeclared prefix covers it."""
    best = ""
    for name, base in PREFIXES.items():
        if iri.startswith(base) and len(base) > len(PREFIXES.get(best, "")) and iri != base:
            best = name
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else f"<{iri}>"


def display(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "…"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def format_result(result: Result, fmt: str = "table", *, max_width: int = 0) -> str:
    """``result`` as text: SELECT as table/csv/tsv/json/md, ASK as true/false, graphs as Turtle."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        out = ox.serialize(result.triples(), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return (out or b"").decode("utf-8")
    if result.form == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        return json.dumps(json.loads(result.data), indent=2, ensure_ascii=False)
    if fmt in ("csv", "tsv"):
        kind = ox.QueryResultsFormat.CSV if fmt == "csv" else ox.QueryResultsFormat.TSV
        return (result.solutions().serialize(format=kind) or b"").decode("utf-8").rstrip("\r\n")
    names = result.variables
    cells = [[_cell(display(t), max_width) for t in row] for row in result.rows()]
    if fmt == "md":
        def line(values: list[str]) -> str:
            return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"
        return "\n".join([line(names), line(["---"] * len(names)), *(line(r) for r in cells)])
    widths = [max([_width(n), *(_width(r[i]) for r in cells)]) for i, n in enumerate(names)]

    def row_text(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()
    lines = [row_text(names), row_text(["-" * w for w in widths]), *(row_text(r) for r in cells)]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)
