"""SPARQL syntax errors in words: what is wrong, where, and which token.

The parser reports how far it got and a list of the grammar's alternatives
(``expected CONSTRUCT`` for ``SELEC``, character classes for an unknown
prefix), which says little to someone who mistyped a keyword. Once the
parser has refused a query, :func:`describe_syntax_error` looks at its tokens
for the usual mistakes (an unknown word, an undeclared prefix, an
unterminated string, an unclosed brace) and names the first one with its line
and column; when none is found it tidies the parser's own message and names
the token at the parser's position.

Only a query the parser refused is looked at, so a guess here can never
reject a valid query; it only words the error.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

# Every bare word SPARQL 1.1 (and SPARQL-star, as Oxigraph parses it) knows:
# keywords and built-in function names, compared case-insensitively.
KEYWORDS = frozenset("""
    BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED ORDER BY ASC DESC LIMIT OFFSET
    DISTINCT REDUCED GROUP HAVING GRAPH OPTIONAL UNION FILTER BIND AS VALUES UNDEF MINUS SERVICE
    SILENT EXISTS NOT IN A TRUE FALSE LATERAL
    LOAD CLEAR DROP ADD MOVE COPY CREATE INSERT DELETE DATA WITH INTO DEFAULT ALL USING TO
    COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR
    STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN
    UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY
    HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE
    IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE
    TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE LANGDIR HASLANG HASLANGDIR STRLANGDIR ADJUST
""".split())
# Words a query may start with (after its PREFIX and BASE declarations), and an update.
OPENING = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_OPENING = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE",
                            "COPY", "WITH"})

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<quote>['"])
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00b7-\U000effff]+)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)
  | (?P<name>(?:[A-Za-z_][\w.-]*)?:(?:[\w.%\\-]|:)*|[A-Za-z_][\w-]*)
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_PAIRS = {"{": "}", "(": ")", "[": "]"}
_POSITION = re.compile(r"^error at (\d+):(\d+):?\s*")
# The parser's alternatives that are character classes or internal names, not words a user types.
_INTERNAL = re.compile(r"^\[|^'\\u|Prefix not found|^\.\.")


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.lastgroup or "other", m.group(), m.start()) for m in _TOKEN.finditer(text)
            if m.lastgroup not in ("space", "comment")]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _at(text: str, offset: int, what: str) -> str:
    line, column = line_column(text, offset)
    return f"line {line}, column {column}: {what}"


def _suggestion(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word.upper(), list(choices), n=1, cutoff=0.7)
    return f" (did you mean {close[0]}?)" if close else ""


def _declared(tokens: list[_Token]) -> set[str]:
    return {after.text[:-1] for here, after in pairwise(tokens)
            if here.kind == "name" and here.text.upper() == "PREFIX" and after.text.endswith(":")}


def _unknown_opening(text: str, tokens: list[_Token]) -> str | None:
    """The query's first word, when it is neither a declaration nor a query form."""
    skip = 0
    for token in tokens:
        if skip:
            skip -= 1
            continue
        word = token.text.upper()
        if token.kind == "name" and word == "PREFIX":
            skip = 2
        elif token.kind == "name" and word == "BASE":
            skip = 1
        elif word in OPENING or word in UPDATE_OPENING:
            return None
        else:
            return _at(text, token.start, f"a query starts with SELECT, CONSTRUCT, ASK or "
                       f"DESCRIBE, not {token.text!r}{_suggestion(token.text, OPENING)}")
    return "the query is empty" if not tokens else None


def _select_without_projection(text: str, tokens: list[_Token]) -> str | None:
    for here, after in pairwise(tokens):
        if here.text.upper() == "SELECT" and (after.text.upper() == "WHERE" or after.text == "{"):
            return _at(text, after.start, "SELECT needs the variables to return (or *) "
                       f"before {after.text!r}")
    return None


def _unknown_word(text: str, tokens: list[_Token]) -> str | None:
    for token in tokens:
        if token.kind == "name" and ":" not in token.text \
                and token.text.upper() not in KEYWORDS:
            return _at(text, token.start, f"unknown word {token.text!r}"
                       f"{_suggestion(token.text, KEYWORDS)}")
    return None


def _unknown_prefix(text: str, tokens: list[_Token], known: Mapping[str, str]) -> str | None:
    declared = _declared(tokens) | set(known)
    for token in tokens:
        if token.kind != "name" or ":" not in token.text or token.text.startswith("_:"):
            continue
        prefix = token.text.split(":", 1)[0]
        if prefix not in declared:
            names = ", ".join(f"{name}:" for name in sorted(known))
            return _at(text, token.start, f"unknown prefix '{prefix}:' in {token.text!r}; "
                       f"the known prefixes are {names} (or declare it: PREFIX {prefix}: <…>)")
    return None


def _unterminated_string(text: str, tokens: list[_Token]) -> str | None:
    for token in tokens:
        if token.kind == "quote":
            return _at(text, token.start, f"the string opened here with {token.text} "
                       "is not closed on its line")
    return None


def _unbalanced(text: str, tokens: list[_Token]) -> str | None:
    opened: list[_Token] = []
    for token in tokens:
        if token.kind == "open":
            opened.append(token)
        elif token.kind == "close":
            if not opened or _PAIRS[opened[-1].text] != token.text:
                if not opened:
                    return _at(text, token.start, f"unexpected {token.text!r}")
                line, column = line_column(text, opened[-1].start)
                return _at(text, token.start, f"unexpected {token.text!r}: the "
                           f"{opened[-1].text!r} at line {line}, column {column} is not closed")
            opened.pop()
    if opened:
        return _at(text, opened[-1].start, f"this {opened[-1].text!r} is never closed "
                   f"(missing {_PAIRS[opened[-1].text]!r})")
    return None


def _from_parser(text: str, message: str) -> str:
    """The parser's message with line, column, the token found there, and only the
    alternatives a user could type."""
    message = " ".join(message.split())
    position = _POSITION.match(message)
    if position is None:
        return message
    line, column = int(position.group(1)), int(position.group(2))
    rest = message[position.end():]
    expected = ""
    if rest.startswith("expected"):
        items = [item.strip() for item in re.split(r",\s*(?![^\[]*\])",
                                                   re.sub(r"^expected (one of )?", "", rest))]
        sentences = [item for item in items if " " in item and not _INTERNAL.search(item)
                     and item[0] not in "\"'["]
        if sentences:  # the parser's own verdict, e.g. "SELECT * is not authorized with GROUP BY"
            return f"line {line}, column {column}: {sentences[0]}"
        words = [item for item in items if item and not _INTERNAL.search(item)]
        # The parser names the alternatives at the furthest point it reached; one
        # alternative (BY after GROUP, ")" after AS ?n) is what is missing, a list of
        # several is the grammar's backtracking and would mislead.
        expected = f"; expected {words[0]}" if len(words) == 1 and len(items) == 1 else ""
    lines = text.split("\n")
    offset = sum(len(part) + 1 for part in lines[:line - 1]) + column - 1
    found = [t for t in _tokens(text) if t.start <= offset]
    where = f"line {line}, column {column}"
    if not found:
        return f"{where}: unexpected start{expected}"
    token = found[-1]
    if offset >= len(text.rstrip()) and token.kind == "close":
        return _at(text, token.start, f"unexpected {token.text!r}: the pattern before it is "
                   f"incomplete or malformed{expected}")
    if offset >= len(text.rstrip()):
        return f"{where}: the query ends after {token.text!r}{expected}"
    return _at(text, token.start, f"unexpected {token.text!r}{expected}")


def describe_syntax_error(text: str, parser_message: str, known: Mapping[str, str]) -> str:
    """What is wrong with ``text``, which the parser refused with ``parser_message``,
    in words: ``line 1, column 1: a query starts with SELECT, … not 'SELEC' (did you mean
    SELECT?)``. ``known`` are the predeclared prefixes."""
    return find_mistake(text, known) or _from_parser(text, parser_message)


def find_mistake(text: str, known: Mapping[str, str]) -> str | None:
    """The first usual mistake in ``text`` with its line and column, or None."""
    tokens = _tokens(text)
    for check in (_unterminated_string(text, tokens), _unknown_opening(text, tokens),
                  _unknown_prefix(text, tokens, known), _unknown_word(text, tokens),
                  _unbalanced(text, tokens), _select_without_projection(text, tokens)):
        if check is not None:
            return check
    return None
