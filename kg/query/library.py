"""Named queries: the ``.rq`` files of ``queries/``, their parameters, and binding them.

A named query's comment header names it and its parameters::

    # title: Competitors of a company
    # description: …
    # param: company = Alibaba Group  (entity) — the company

An ``entity`` value is resolved to the entity's IRI in the target
(:func:`kg.resolve.resolve`); ``literal``, ``iri`` and ``article`` values
become the RDF term they write; ``limit`` sets the LIMIT clauses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.results import compact
from kg.query.targets import Target
from kg.query.text import bind_values, set_limit, term_syntax
from kg.rdf.namespaces import PREFIXES
from kg.resolve import NameRow, resolve
from kg.resources import internal_query, queries_dir, with_values

PARAM_KINDS = ("entity", "literal", "iri", "article", "limit")
CATALOGUE = "https://w3id.org/finkg/resource/graph/catalogue"


@dataclass(frozen=True)
class Param:
    """A named query's parameter."""

    name: str
    kind: str
    default: str | None = None
    help: str = ""

    def describe(self) -> str:
        default = f" = {self.default}" if self.default is not None else " (required)"
        return f"{self.name}{default}  ({self.kind}) {self.help}".rstrip()


@dataclass(frozen=True)
class NamedQuery:
    """A ``.rq`` file of the query library."""

    name: str
    title: str
    description: str
    text: str
    path: Path
    params: tuple[Param, ...] = field(default=())

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_PARAM = re.compile(r"(?P<name>[A-Za-z_]\w*)\s*(?:=\s*(?P<default>.*?))?\s*"
                    r"\((?P<kind>\w+)\)\s*(?:(?:—|–|--|-)\s*(?P<help>.*))?$")


def parse_named_query(path: Path) -> NamedQuery:
    """Read a ``.rq`` file and its comment header."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{path}: cannot read ({err})") from None
    title, description, params = "", [], []
    current = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line[1:].strip()
        key, sep, value = body.partition(":")
        key = key.strip().lower()
        if sep and key in ("title", "description", "param"):
            current = key
            value = value.strip()
            if key == "title":
                title = value
            elif key == "description":
                description.append(value)
            else:
                match = _PARAM.match(value)
                if not match or match["kind"] not in PARAM_KINDS:
                    raise QueryError(f"{path}: bad parameter line {body!r}; write "
                                     "`# param: name = default  (entity|literal|iri) — help`")
                default = match["default"]
                if default is not None:
                    default = default.strip()
                    if len(default) >= 2 and default[0] == default[-1] and default[0] in "\"'":
                        default = default[1:-1]
                params.append(Param(match["name"], match["kind"], default or None,
                                    (match["help"] or "").strip()))
        elif current == "description" and body:
            description.append(body)
        else:
            current = ""
    return NamedQuery(path.stem, title or path.stem, " ".join(description), text, path,
                      tuple(params))


def load_library(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query in ``folder`` (default: ``queries/``, or ``$FINKG_QUERIES`` as it
    is when the library is read), by name."""
    folder = folder or queries_dir()
    if not folder.is_dir():
        return {}
    return {p.stem: parse_named_query(p) for p in sorted(folder.glob("*.rq"))}


def named_query(name: str, folder: Path | None = None) -> NamedQuery:
    library = load_library(folder)
    if name not in library:
        known = ", ".join(library) or "none"
        raise QueryError(f"no named query {name!r}; known: {known}")
    return library[name]


def expand_iri(value: str) -> ox.NamedNode | None:
    """``value`` as an IRI if it is written as one (``<…>``, ``scheme://…``, ``prefix:…``)."""
    value = value.strip()
    iri = None
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
    elif re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", value) or value.startswith("urn:"):
        iri = value
    else:
        prefix, sep, local = value.partition(":")
        if sep and prefix in PREFIXES and not re.search(r"\s", value):
            iri = PREFIXES[prefix] + local
    if iri is None:
        return None
    try:
        return ox.NamedNode(iri)
    except ValueError as err:
        raise QueryError(f"not a valid IRI: {value!r} ({err})") from None


class TargetNames:
    """The names in the store or at an endpoint, as a :class:`kg.resolve.NameIndex`."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.where = target.describe()
        self._labels: dict[str, str] = {}
        self._catalogue: list[NameRow] | None = None
        self._all: list[NameRow] | None = None

    def explicit(self, name: str) -> str | None:
        iri = expand_iri(name)
        return None if iri is None else iri.value

    def accepts(self, iri: str) -> bool:
        return True

    def _rows(self, text: str) -> list[NameRow]:
        # the SPARQL JSON answer read as JSON: a name table has thousands of rows,
        # and making an RDF term of each cell took longer than running the query
        bindings = json.loads(self.target.run(text).data)["results"]["bindings"]
        rows = [(b["e"]["value"], b["l"]["value"], int(b["rank"]["value"])) for b in bindings
                if "e" in b and "l" in b and "rank" in b]
        for e, n, rank in rows:
            if rank == 0:
                self._labels[e] = min(self._labels.get(e, n), n)
        return rows

    def named(self, variants: Sequence[str], catalogue: bool) -> list[NameRow]:
        text = internal_query("kg", "names-bound")
        if catalogue:  # the graph's IRI in the pattern, where the store's graph index finds it
            text = text.replace("GRAPH ?g", f"GRAPH <{CATALOGUE}>")
        literals = " ".join(term_syntax(ox.Literal(v)) for v in variants)
        return self._rows(with_values(text, l=literals))

    def catalogue_names(self) -> list[NameRow]:
        if self._catalogue is None:
            self._catalogue = self._rows(internal_query("kg", "names-catalogue"))
        return self._catalogue

    def all_names(self) -> list[NameRow]:
        if self._all is None:
            self._all = self._rows(internal_query("kg", "names-all"))
        return self._all

    def label(self, iri: str) -> str:
        return self._labels.get(iri) or compact(iri)


def resolve_entity(target: Target, value: str) -> ox.NamedNode:
    """The entity a label, alias (any case) or IRI names (:func:`kg.resolve.resolve`)."""
    return ox.NamedNode(resolve(TargetNames(target), value))


def resolve_param(target: Target, param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as the RDF term it stands for."""
    if param.kind == "literal":
        return ox.Literal(value)
    if param.kind == "article":
        iri = expand_iri(value)
        if iri is None:
            iri = ox.NamedNode(f"{PREFIXES['kgr']}article/{value.strip()}") \
                if re.fullmatch(r"[A-Za-z0-9_-]+", value.strip()) else None
        if iri is None:
            raise QueryError(f"parameter {param.name}: {value!r} is not an article id or IRI")
        return iri
    if param.kind == "iri":
        iri = expand_iri(value)
        if iri is None and re.fullmatch(r"[A-Za-z][\w-]*", value.strip()):
            iri = ox.NamedNode(PREFIXES["fin"] + value.strip())
        if iri is None:
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI "
                             "(write <…>, a prefixed name like fin:Company, or a fin: name)")
        return iri
    return resolve_entity(target, value)


def _limit_value(param: Param, value: str) -> int:
    text = value.strip()
    if not re.fullmatch(r"\d+", text):
        raise QueryError(f"parameter {param.name}: {value!r} is not a whole number "
                         "(0 for every row)")
    return int(text)


def bind_named(target: Target, query: NamedQuery, values: Mapping[str, str]) -> str:
    """The text of ``query`` with its parameters bound to ``values`` or their defaults."""
    listing = "; ".join(p.describe() for p in query.params) or "it takes none"
    for name in values:
        if query.param(name) is None:
            raise QueryError(f"query {query.name!r} has no parameter {name!r}; parameters: {listing}")
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    limit = None
    for param in query.params:
        value = values.get(param.name, param.default)
        if value is None:
            raise QueryError(f"query {query.name!r} needs --param {param.name}=…; "
                             f"parameters: {listing}")
        if param.kind == "limit":
            limit = _limit_value(param, value)
        else:
            bindings[param.name] = resolve_param(target, param, value)
    text = bind_values(query.text, bindings)
    return text if limit is None else set_limit(text, limit)


def parse_assignments(items: list[str]) -> dict[str, str]:
    """``["a=1", "b=x=y"]`` → ``{"a": "1", "b": "x=y"}``."""
    values = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"write parameters as name=value, not {item!r}")
        values[name.strip()] = value
    return values
