"""Why the graph says what it says: the articles, sentences and rules behind a node or fact.

:func:`explain_entity` gathers everything the articles record about an
entity (its first mention, relation statements, figures, ratings,
estimates); :func:`explain_fact` the statements behind one relation. Both
read the provenance nodes of the article graphs (``fin:Mention``,
``rdf:Statement``, ``fin:Observation``, ``fin:AnalystRating``), and both
work on the local store or a remote endpoint alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import vocabulary
from kg.errors import QueryError
from kg.query import Target, bind_values, compact, expand_iri, resolve_entity
from kg.rdf.namespaces import FIN
from kg.resources import internal_query

SYMMETRIC = {str(FIN[name]) for name in vocabulary.SYMMETRIC}
# A figure with fin:status fin:Previous is the value before a reported change
# ("von 700 auf 760"): shown beside the new one, it must not read as current.
PREVIOUS_MARK = "(earlier value)"


@dataclass(frozen=True)
class Evidence:
    """One provenance node: what it says, where, and which rule found it."""

    article: str
    kind: str
    summary: str
    start: int | None
    end: int | None
    extractor: str
    sentence: str


@dataclass
class Explanation:
    """An entity or a fact and its evidence, grouped by article."""

    subject: str
    label: str
    types: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    fact: tuple[str, str, str] | None = None
    in_catalogue: bool = False
    catalogue_facts: list[str] = field(default_factory=list)
    items: list[Evidence] = field(default_factory=list)
    headlines: dict[str, str] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)

    @property
    def articles(self) -> list[str]:
        return sorted({e.article for e in self.items})

    def __str__(self) -> str:
        """What ``kg explain`` prints."""
        return format_explanation(self)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else compact(iri)


def _v(row: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | None], name: str) -> str:
    term = row.get(name)
    return term.value if term is not None else ""


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _select(target: Target, name: str, bindings: dict[str, ox.NamedNode | ox.Literal]
            ) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | None]]:
    """The rows of the query ``kg/sparql/NAME.rq`` with ``bindings`` bound."""
    result = target.run(bind_values(internal_query("kg", name), bindings))
    names = result.variables
    return [dict(zip(names, row)) for row in result.rows()]


def _describe(target: Target, iri: ox.NamedNode) -> Explanation:
    rows = _select(target, "explain-about", {"entity": iri})
    labels = sorted({_v(r, "label") for r in rows if r.get("label") is not None})
    explanation = Explanation(
        subject=iri.value, label=labels[0] if labels else compact(iri.value),
        types=sorted({_local(_v(r, "type")) for r in rows if r.get("type") is not None}),
        aliases=sorted({_v(r, "alias") for r in rows if r.get("alias") is not None}, key=str.lower))
    for row in _select(target, "explain-articles", {"entity": iri}):
        article = _v(row, "article")
        explanation.headlines[article] = _v(row, "headline")
        explanation.dates[article] = _v(row, "date")
    return explanation


def explain_entity(target: Target, name: str) -> Explanation:
    """Everything the articles record about the entity ``name`` (label, alias or IRI)."""
    iri = resolve_entity(target, name)
    explanation = _describe(target, iri)
    if not explanation.headlines and not explanation.types:
        raise QueryError(f"nothing is known about {name!r} in {target.describe()}")
    for row in _select(target, "explain-catalogue-facts", {"entity": iri}):
        other = _v(row, "olabel") or compact(_v(row, "o"))
        explanation.catalogue_facts.append(f"{_local(_v(row, 'p'))} {other}")
    label = explanation.label
    for row in _select(target, "explain-evidence", {"entity": iri}):
        kind = _v(row, "kind")
        other = _v(row, "olabel") or (compact(_v(row, "o")) if row.get("o") is not None else "")
        prop = _local(_v(row, "p")) if row.get("p") is not None else ""
        if kind == "mention":
            summary = f"mention of {label}"
        elif kind == "relation":
            summary = f"{label} {prop} {other}"
        elif kind == "relation-in":
            summary = f"{other} {prop} {label}"
            kind = "relation"
        elif kind in ("figure", "estimate"):
            amount = _v(row, "value") or f"{_v(row, 'min')}–{_v(row, 'max')}"
            qualifier = _local(_v(row, "qualifier")) if row.get("qualifier") is not None else ""
            qualifier = "" if qualifier == "Exact" else qualifier + " "
            unit = _local(_v(row, "unit")) if row.get("unit") is not None else ""
            summary = f"{prop} {qualifier}{amount} {unit}".strip()
            if kind == "estimate":
                summary = f"{label} estimates {prop} of {other}: {qualifier}{amount} {unit}".strip()
            if row.get("status") is not None and _local(_v(row, "status")) == "Previous":
                summary += f" {PREVIOUS_MARK}"
        elif kind == "rated":
            summary = f"{other} rates {label} {_v(row, 'rating')}"
            kind = "rating"
        else:
            summary = f"{label} rates {other} {_v(row, 'rating')}"
        explanation.items.append(Evidence(
            article=_v(row, "article"), kind=kind, summary=summary,
            start=_int(_v(row, "start")), end=_int(_v(row, "end")),
            extractor=_v(row, "extractor"), sentence=_v(row, "sentence")))
    return explanation


def resolve_property(value: str) -> ox.NamedNode:
    """``develops``, ``fin:develops`` or a full IRI as the property's IRI."""
    iri = expand_iri(value)
    if iri is not None:
        return iri
    name = value.strip()
    if not name.replace("_", "").isalnum():
        raise QueryError(f"not a property: {value!r} (write e.g. develops or fin:develops)")
    return ox.NamedNode(str(FIN) + name)


def explain_fact(target: Target, subject: str, prop: str, obj: str) -> Explanation:
    """The statements behind ``subject prop obj`` (either direction for symmetric properties)."""
    s, o, p = resolve_entity(target, subject), resolve_entity(target, obj), resolve_property(prop)
    explanation = _describe(target, s)
    other = _describe(target, o).label
    symmetric = ox.Literal("true" if p.value in SYMMETRIC else "false",
                           datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    explanation.fact = (explanation.label, _local(p.value), other)
    bindings: dict[str, ox.NamedNode | ox.Literal] = {"s": s, "p": p, "o": o,
                                                      "symmetric": symmetric}
    explanation.in_catalogue = bool(_select(target, "explain-in-catalogue", bindings))
    summary = " ".join(explanation.fact)
    for row in _select(target, "explain-fact", bindings):
        explanation.items.append(Evidence(
            article=_v(row, "article"), kind="relation", summary=summary,
            start=_int(_v(row, "start")), end=_int(_v(row, "end")),
            extractor=_v(row, "extractor"), sentence=_v(row, "sentence")))
    if not explanation.items and not explanation.in_catalogue:
        raise QueryError(f"no evidence that {summary} in {target.describe()}")
    return explanation


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_explanation(explanation: Explanation) -> str:
    """The explanation as indented text, one block per article."""
    lines = []
    if explanation.fact is not None:
        lines.append(" ".join(explanation.fact))
        where = f"{len(explanation.articles)} article(s)"
        lines.append(f"stated in {where}" + ("; also a catalogue fact (world knowledge, no "
                                              "sentence)" if explanation.in_catalogue else ""))
    else:
        types = ", ".join(explanation.types)
        lines.append(f"{explanation.label}  {compact(explanation.subject)}  {types}".rstrip())
        if explanation.aliases:
            lines.append(f"aliases: {', '.join(explanation.aliases)}")
        if explanation.catalogue_facts:
            lines.append(f"catalogue: {'; '.join(explanation.catalogue_facts)}")
        lines.append(f"mentioned in {len(explanation.headlines)} article(s)")
    articles = explanation.articles
    for article in articles:
        date = explanation.dates.get(article, "")
        headline = explanation.headlines.get(article, "")
        head = f"{compact(article)}" + (f"  {date}" if date else "")
        lines.append("")
        lines.append(head + (f"  {_short(headline, 70)}" if headline else ""))
        for item in (i for i in explanation.items if i.article == article):
            span = f"{item.start}-{item.end}" if item.start is not None else "?"
            lines.append(f"  {item.kind:<9} {item.summary}  [{span}] {item.extractor}".rstrip())
            if item.sentence:
                lines.append(f"            “{_short(item.sentence, 110)}”")
    return "\n".join(lines)


__all__ = ["Evidence", "Explanation", "explain_entity", "explain_fact", "format_explanation",
           "resolve_property"]
