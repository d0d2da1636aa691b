"""SPARQL over the graph: the local store or a remote endpoint, named queries, results.

A query runs against a *target*: :class:`LocalTarget` (the embedded store,
read through :meth:`kg.rdf.store.Store.read`) or :class:`RemoteTarget` (a
SPARQL 1.1 endpoint). Both answer with a :class:`Result` that holds the
answer in a standard syntax (SPARQL JSON results, or N-Triples for graphs),
so every output format is made the same way for both.

The :data:`~kg.rdf.namespaces.PREFIXES` are predeclared. Updates are
refused unless asked for.

Named queries are ``.rq`` files in ``queries/`` whose comment header names
them and their parameters::

    # title: Competitors of a company
    # description: …
    # param: company = Alibaba Group  (entity) — the company

Parameter values become RDF terms (an entity's IRI, a literal, an IRI) and
are bound with a ``VALUES`` clause placed first in the query's WHERE
group (and in the sub-SELECTs that project them), written in N-Triples term
syntax: a value can never change the query's text beyond that one term. A
``limit`` parameter is a whole number that sets the query's LIMIT clauses.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from kg.errors import QueryError, RemoteError, StoreError
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Snapshot, Store
from kg.resolve import NameRow, resolve
from kg.resources import internal_query, queries_dir, with_values
from kg.sparql_errors import describe_syntax_error

QUERIES_DIR = queries_dir()
FORMATS = ("table", "csv", "tsv", "json", "md")
PARAM_KINDS = ("entity", "literal", "iri", "article", "limit")
CATALOGUE = "https://w3id.org/finkg/resource/graph/catalogue"

_JSON = ox.QueryResultsFormat.JSON
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                 "WITH"}
_QUERY_WORDS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}


class UpdateRefused(QueryError):
    """A SPARQL Update was given where only queries are allowed."""

    exit_code = 2


# --- reading SPARQL text -------------------------------------------------------------------

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00b7-\U000effff]+)
  | (?P<word>[A-Za-z_][\w.-]*:?[\w.%\\-]*|:[\w.%\\-]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int  # brace depth before the token


def tokens(text: str) -> Iterator[Token]:
    """The SPARQL tokens that matter here: words, IRIs, strings, braces (no spaces/comments)."""
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind in ("space", "comment"):
            continue
        if kind == "close":
            depth -= 1
        yield Token(kind, match.group(), match.start(), depth)
        if kind == "open":
            depth += 1


def query_form(text: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, or ``UPDATE`` for any update."""
    expect_prefix = 0
    for token in tokens(text):
        if expect_prefix:
            expect_prefix -= 1
            continue
        if token.kind != "word":
            continue
        word = token.text.upper()
        if word == "PREFIX":
            expect_prefix = 2
        elif word == "BASE":
            expect_prefix = 1
        elif word in _QUERY_WORDS:
            return word
        elif word in _UPDATE_WORDS:
            return "UPDATE"
        else:
            break
    return "SELECT"  # not recognisable: let the parser say what is wrong


def declared_prefixes(text: str) -> set[str]:
    """Prefix names the query declares itself."""
    names = set()
    seq = list(tokens(text))
    for here, after in pairwise(seq):
        if here.kind == "word" and here.text.upper() == "PREFIX" and after.text.endswith(":"):
            names.add(after.text[:-1])
    return names


def with_prefix_lines(text: str) -> str:
    """``text`` with a PREFIX line for each predeclared prefix it does not declare itself."""
    own = declared_prefixes(text)
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in own]
    return "\n".join([*lines, text]) if lines else text


def _where_brace(text: str) -> int:
    """Offset of the ``{`` that opens the query's top-level WHERE group."""
    form = query_form(text)
    after_where = False
    seen = 0
    for token in tokens(text):
        if token.depth != 0:
            continue
        if token.kind == "word" and token.text.upper() == "WHERE":
            after_where = True
        elif token.kind == "open":
            seen += 1
            if after_where or form != "CONSTRUCT" or seen == 2:
                return token.start
    raise QueryError("cannot bind parameters: the query has no WHERE group")


def term_syntax(term: ox.NamedNode | ox.Literal) -> str:
    """The N-Triples syntax of ``term``, checked to be exactly one token."""
    if not isinstance(term, (ox.NamedNode, ox.Literal)):
        raise QueryError(f"cannot bind {term!r}")
    written = str(term)
    found = [t for t in tokens(written)]
    if isinstance(term, ox.NamedNode):
        ok = len(found) == 1 and found[0].kind == "iri"
    else:
        ok = bool(found) and found[0].kind == "string" and found[0].start == 0
        rest = written[len(found[0].text):] if ok else ""
        ok = ok and (rest == "" or re.fullmatch(r"@[A-Za-z0-9-]+|\^\^<[^<>\"{}|^`\\\x00-\x20]*>",
                                                rest) is not None)
    if not ok:
        raise QueryError(f"cannot write {written!r} as one SPARQL term")
    return written


@dataclass(frozen=True)
class _SubSelect:
    start: int  # the SELECT keyword
    open: int  # the ``{`` of its WHERE group
    close: int  # the matching ``}``
    projected: frozenset[str] | None  # None for SELECT *


def _subselects(text: str) -> list[_SubSelect]:
    """The sub-SELECTs of ``text``: where they and their WHERE group are, what they project."""
    seq = list(tokens(text))
    found = []
    for i, token in enumerate(seq):
        if token.kind != "word" or token.text.upper() != "SELECT" or token.depth == 0:
            continue
        depth, opened, parens, star = token.depth, None, 0, False
        names: set[str] = set()
        j = i + 1
        while j < len(seq):
            here = seq[j]
            if here.kind == "open" and here.depth == depth:
                before = seq[j - 1]
                if before.kind == "word" and before.text.upper() == "EXISTS":
                    while seq[j + 1].depth > depth:  # EXISTS { … } in an expression
                        j += 1
                    j += 2
                    continue
                opened = j
                break
            if here.kind == "close" and here.depth < depth:
                break
            if here.text == "(":
                parens += 1
            elif here.text == ")":
                parens -= 1
            elif here.text == "*" and parens == 0:
                star = True
            elif here.kind == "var" and parens == 0:
                names.add(here.text[1:])
            j += 1
        if opened is None:
            continue
        close = next((k for k in range(opened + 1, len(seq))
                      if seq[k].kind == "close" and seq[k].depth == depth), None)
        if close is not None:
            found.append(_SubSelect(token.start, seq[opened].start, seq[close].start,
                                    None if star else frozenset(names)))
    return found


def _values_clause(terms: Mapping[str, str]) -> str:
    """One ``VALUES`` clause binding every variable of ``terms`` (name → term syntax)."""
    if len(terms) == 1:
        ((name, term),) = terms.items()
        return f"VALUES ?{name} {{ {term} }}"
    names = " ".join(f"?{name}" for name in terms)
    return f"VALUES ({names}) {{ ({' '.join(terms.values())}) }}"


def bind_values(text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``text`` with one ``VALUES`` clause for ``bindings`` first in its WHERE group.

    All bindings go into one clause, so the store starts from all of them at
    once. A sub-SELECT is evaluated on its own and joined afterwards, so the
    clause (with the variables concerned) is also put first in the WHERE group
    of every sub-SELECT that projects a bound variable, when every sub-SELECT
    around it projects it too: the join would keep only that value anyway, and
    the store no longer answers the subquery for every value first.
    """
    if not bindings:
        return text
    terms = {}
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"bad parameter name {name!r}")
        terms[name] = term_syntax(term)
    inserts = [(_where_brace(text) + 1, _values_clause(terms))]
    subselects = _subselects(text)
    for sub in subselects:
        chain = [s for s in subselects if s.open < sub.start < s.close] + [sub]
        inner = {name: term for name, term in terms.items()
                 if all(s.projected is None or name in s.projected for s in chain)
                 and any(t.kind == "var" and t.text[1:] == name
                         for t in tokens(text[sub.open:sub.close]))}
        if inner:
            inserts.append((sub.open + 1, _values_clause(inner)))
    for at, clause in sorted(inserts, reverse=True):
        text = f"{text[:at]} {clause} {text[at:]}"
    return text


_LIMIT = re.compile(r"LIMIT\s+\d+", re.IGNORECASE)


def set_limit(text: str, limit: int) -> str:
    """``text`` with each ``LIMIT n`` clause (sub-SELECTs too) set to ``limit``; 0 removes them.

    A query with a ``limit`` parameter uses LIMIT for that alone: a listing
    query keeps it where the rows are chosen, often a sub-SELECT.
    """
    found = [t.start for t in tokens(text) if t.kind == "word" and t.text.upper() == "LIMIT"
             and _LIMIT.match(text, t.start)]
    if not found:
        raise QueryError("cannot set a limit: the query has no LIMIT clause")
    replacement = f"LIMIT {limit}" if limit > 0 else ""
    for start in reversed(found):
        match = _LIMIT.match(text, start)
        assert match is not None
        text = text[:match.start()] + replacement + text[match.end():]
    return text


def syntax_message(err: BaseException, text: str | None = None) -> str:
    """The parser's complaint about ``text`` on one line, in words, with line, column
    and the offending token (:mod:`kg.sparql_errors`)."""
    if text is None:
        message = " ".join(str(err).split())
        return "malformed SPARQL: " + re.sub(r"^error at (\d+):(\d+)", r"line \1, column \2",
                                             message)
    return f"malformed SPARQL: {describe_syntax_error(text, str(err), PREFIXES)}"


# --- results ---------------------------------------------------------------------------------

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


# --- targets ---------------------------------------------------------------------------------

class Target(Protocol):
    """Where queries run."""

    def run(self, text: str) -> Result: ...

    def update(self, text: str) -> None: ...

    def describe(self) -> str: ...


def oxigraph_store(dataset: object) -> ox.Store:
    """The pyoxigraph store under a dataset from :meth:`Store.read` (oxrdflib keeps it there)."""
    return dataset.store._inner  # type: ignore[attr-defined,no-any-return]


def run_on_snapshot(snapshot: Snapshot, text: str) -> Result:
    """Run a query on a store snapshot, union default graph, prefixes predeclared."""
    form = query_form(text)
    if form == "UPDATE":
        raise UpdateRefused("this is a SPARQL Update; queries are read-only "
                            "(pass --allow-update to apply it)")
    try:
        answer = snapshot.query(text, union=True)
        if isinstance(answer, ox.QueryTriples):
            triples = [ox.Triple(t.subject, t.predicate, t.object) for t in answer]
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            return Result(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT", data)
        data = answer.serialize(format=_JSON) or b""
    except SyntaxError as err:
        raise QueryError(syntax_message(err, text)) from None
    except OSError as err:
        raise StoreError(f"the query failed: {err}") from None
    return Result("ASK" if isinstance(answer, ox.QueryBoolean) else "SELECT", data)


def run_on_oxigraph(inner: ox.Store, text: str) -> Result:
    """:func:`run_on_snapshot` on a pyoxigraph store opened elsewhere."""
    return run_on_snapshot(Snapshot(inner), text)


@dataclass
class LocalTarget:
    """The embedded store."""

    store: Store

    def describe(self) -> str:
        return str(self.store.path)

    def run(self, text: str) -> Result:
        with self.store.snapshot() as snapshot:
            return run_on_snapshot(snapshot, text)

    def update(self, text: str) -> None:
        if not self.store.exists:
            raise StoreError(f"{self.store.path}: no store here yet; run `kg build PATH` first")
        with self.store.write() as writer:
            assert writer.inner is not None  # open inside the with block
            try:
                writer.inner.update(text, prefixes=PREFIXES)
            except SyntaxError as err:
                raise QueryError(syntax_message(err, text)) from None
            except OSError as err:
                raise StoreError(f"the update failed: {err}") from None


@dataclass
class RemoteTarget:
    """A SPARQL 1.1 endpoint."""

    endpoint: object  # kg.rdf.remote.Endpoint, imported lazily

    def describe(self) -> str:
        from kg.rdf.remote import redact

        return redact(self.endpoint.url)  # type: ignore[attr-defined]

    def run(self, text: str) -> Result:
        form = query_form(text)
        if form == "UPDATE":
            raise UpdateRefused("this is a SPARQL Update; queries are read-only "
                                "(pass --allow-update to send it)")
        check_syntax(text)
        accept = ("application/n-triples" if form in ("CONSTRUCT", "DESCRIBE")
                  else "application/sparql-results+json")
        data = self.endpoint.query(with_prefix_lines(text), accept)  # type: ignore[attr-defined]
        expected = "N-Triples" if form in ("CONSTRUCT", "DESCRIBE") else "SPARQL JSON results"
        try:
            if form in ("CONSTRUCT", "DESCRIBE"):
                list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))  # the parser is lazy
                return Result(form, data)
            parsed = ox.parse_query_results(data, format=_JSON)
            if isinstance(parsed, ox.QuerySolutions):
                list(parsed)  # the rows are parsed lazily too
        except (SyntaxError, ValueError) as err:
            raise RemoteError(f"{self.describe()}: answered with something that is not "
                              f"{expected} ({' '.join(str(err).split())[:200]})") from None
        return Result("ASK" if isinstance(parsed, ox.QueryBoolean) else "SELECT", data)

    def update(self, text: str) -> None:
        self.endpoint.update(with_prefix_lines(text))  # type: ignore[attr-defined]


def check_syntax(text: str) -> None:
    """Raise :class:`QueryError` with line and column if ``text`` is not a SPARQL query.

    The check parses on an empty in-memory store; queries with SERVICE are
    left to the endpoint, since running them would call out.
    """
    if any(t.kind == "word" and t.text.upper() == "SERVICE" for t in tokens(text)):
        return
    try:
        answer = ox.Store().query(text, prefixes=PREFIXES)
        if isinstance(answer, (ox.QuerySolutions, ox.QueryTriples)):
            for _ in answer:
                break
    except SyntaxError as err:
        raise QueryError(syntax_message(err, text)) from None


def run(target: Target, text: str, *, allow_update: bool = False) -> Result | None:
    """Run a query, or (with ``allow_update``) apply an update and return None."""
    if query_form(text) == "UPDATE":
        if not allow_update:
            raise UpdateRefused("this is a SPARQL Update; queries are read-only "
                                "(pass --allow-update to apply it)")
        target.update(text)
        return None
    return target.run(text)


# --- named queries ---------------------------------------------------------------------------

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
    """Every named query in ``folder`` (default: ``queries/``), by name."""
    folder = folder or QUERIES_DIR
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
        rows = [(e.value, n.value, int(r.value)) for e, n, r in self.target.run(text).rows()
                if e is not None and n is not None and r is not None]
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


def local_or_remote(store: Store, endpoint: str | None, timeout: float | None) -> Target:
    """The target a command should query."""
    if endpoint is None:
        return LocalTarget(store)
    from kg.rdf.remote import Endpoint

    return RemoteTarget(Endpoint(endpoint, timeout=timeout))


__all__ = ["CATALOGUE", "FORMATS", "PARAM_KINDS", "QUERIES_DIR", "LocalTarget", "NamedQuery",
           "Param", "RemoteTarget", "Result", "Target", "UpdateRefused", "bind_named",
           "bind_values", "check_syntax", "compact", "declared_prefixes", "expand_iri",
           "format_result", "load_library", "local_or_remote", "named_query",
           "parse_assignments", "parse_named_query", "query_form", "resolve_entity",
           "resolve_param", "run", "run_on_oxigraph", "run_on_snapshot", "TargetNames", "set_limit", "syntax_message", "tokens",
           "with_prefix_lines"]
