"""Structures derived from data files, kept on disk between runs.

Every ``kg build`` (and every worker of a cluster build) used to derive the
same structures from the entity catalogue at start: the gazetteer's regular
expression over all catalogued names took most of a second to compile,
longer than extracting a hundred short articles. This cache keeps such
structures in a per-user folder (``$FINKG_CACHE_DIR``, else
``$XDG_CACHE_HOME/finkg``, else ``~/.cache/finkg``), never in a store.

An entry is named by a key that hashes everything it was derived from: the
data (the catalogue's content), the source of the code that derived it and
the Python version (a compiled pattern is only valid for the ``re`` engine
that made it). A changed input is therefore a miss, never a stale hit. The
cache is only ever an accelerator: a missing, corrupt or unreadable entry
is a miss, and an unwritable folder is silently not written; the caller
then derives the structure as before.

Entries are ``marshal`` data (plain strings, numbers, tuples, lists and
dicts; no code is run to load them) behind a SHA-256 checksum of their
bytes, written to a temporary file and renamed into place, so concurrent
builds never see half an entry.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import import_module
from pathlib import Path
from typing import Any

CACHE_ENV = "FINKG_CACHE_DIR"
_SUFFIX = ".marshal"
_CHECKSUM = 32  # bytes of SHA-256 before the data

# ``re`` compiles a pattern in Python (parse, then code generation) and hands
# the resulting code to its C engine; keeping that code skips the Python part.
_sre: Any = import_module("_sre")
_parser: Any = import_module("re._parser")
_compiler: Any = import_module("re._compiler")


def cache_dir() -> Path:
    """The folder of the cache: ``$FINKG_CACHE_DIR``, ``$XDG_CACHE_HOME/finkg``
    or ``~/.cache/finkg``."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "finkg"


def cache_key(*parts: str | bytes) -> str:
    """A key for an entry derived from ``parts`` (data, code sources) by this
    Python and its regular expression engine."""
    digest = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}".encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:32]


def source_of(module_file: str) -> bytes:
    """The source of a module (its ``__file__``), as the code part of a key."""
    try:
        return Path(module_file).read_bytes()
    except OSError:
        return module_file.encode()


def load(kind: str, key: str) -> Any | None:
    """The entry ``kind`` made for ``key``, or None when there is none or it
    cannot be read back intact."""
    try:
        data = (cache_dir() / f"{kind}-{key}{_SUFFIX}").read_bytes()
    except OSError:
        return None
    body = data[_CHECKSUM:]
    if len(data) <= _CHECKSUM or hashlib.sha256(body).digest() != data[:_CHECKSUM]:
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def save(kind: str, key: str, value: Any) -> None:
    """Keep ``value`` (marshal data) as the entry of ``kind`` for ``key``, in
    place of older entries of that kind; nothing happens when the folder
    cannot be written."""
    folder = cache_dir()
    try:
        body = marshal.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(body).digest() + body)
            os.replace(temporary, folder / f"{kind}-{key}{_SUFFIX}")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in folder.glob(f"{kind}-*{_SUFFIX}"):
            if old.name != f"{kind}-{key}{_SUFFIX}":
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        return


# ----------------------------------------------------------------- regular expressions

def pattern_code(pattern: str, flags: int = 0) -> tuple:
    """What ``re`` compiles ``pattern`` to, as marshal data that
    :func:`pattern_from_code` turns back into the same compiled pattern
    without parsing it again (the steps of ``re._compiler.compile``)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the code holds int subclasses (named opcodes) marshal cannot write
    return (pattern, int(flags | parsed.state.flags), [int(op) for op in code],
            int(parsed.state.groups - 1), groupindex, tuple(indexgroup))


def pattern_from_code(saved: tuple) -> re.Pattern[str]:
    """The compiled pattern :func:`pattern_code` describes; the C engine checks
    the code before it accepts it. Raises ``ValueError`` or ``TypeError``
    on an entry that does not describe a pattern, ``RuntimeError`` on code it
    rejects."""
    if not isinstance(saved, tuple) or len(saved) != 6 or not isinstance(saved[0], str):
        raise ValueError("not a saved pattern")
    compiled = _sre.compile(*saved)
    if not isinstance(compiled, re.Pattern):
        raise TypeError("not a pattern")
    return compiled


def compile_keeping_code(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], tuple | None]:
    """``re.compile(pattern, flags)`` and the code to keep of it (None on a
    Python whose ``re`` internals differ: it compiles as usual, keeps nothing)."""
    try:
        code = pattern_code(pattern, flags)
        return pattern_from_code(code), code
    except (AttributeError, RuntimeError, TypeError, ValueError):
        return re.compile(pattern, flags), None


def compiled(kind: str, parts: Iterable[str | bytes], make: Callable[[], str],
             flags: int = 0) -> re.Pattern[str]:
    """``re.compile(make(), flags)``, from the cache when a pattern was made
    from the same ``parts`` (what ``make`` derives it from, with the source
    of the code that does) before: for the large patterns made from data
    that take long to make and compile. Each ``kind`` keeps its latest entry."""
    key = cache_key(*parts, str(flags))
    saved = load(kind, key)
    if saved is not None:
        try:
            return pattern_from_code(saved)
        except (RuntimeError, TypeError, ValueError):
            pass
    result, code = compile_keeping_code(make(), flags)
    if code is not None:
        save(kind, key, code)
    return result
