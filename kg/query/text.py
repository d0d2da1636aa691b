"""Reading and rewriting SPARQL text: tokens, the query form, prefixes, parameter binding.

Parameter values become RDF terms and are bound with a ``VALUES`` clause
placed first in the query's WHERE group (and in the sub-SELECTs that
project them), written in N-Triples term syntax: a value can never change
the query's text beyond that one term. A ``limit`` parameter is a whole
number that sets the query's LIMIT clauses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES
from kg.sparql_errors import describe_syntax_error

_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                 "WITH"}
_QUERY_WORDS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}


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
