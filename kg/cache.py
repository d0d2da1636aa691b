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
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
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
        data = _entry(kind, key).read_bytes()
    except OSError:
        return None
    body = data[_CHECKSUM:]
    if len(data) <= _CHECKSUM or hashlib.sha256(body).digest() != data[:_CHECKSUM]:
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def _entry(kind: str, key: str) -> Path:
    return cache_dir() / f"{kind}-{key}{_SUFFIX}"


def save(kind: str, key: str, value: Any, keep: int = 1) -> None:
    """Keep ``value`` (marshal data) as the entry of ``kind`` for ``key``, in
    place of older entries of that kind but the ``keep - 1`` used last;
    nothing happens when the folder cannot be written."""
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
        older = [(_used_at(old), old) for old in folder.glob(f"{kind}-*{_SUFFIX}")
                 if old.name != f"{kind}-{key}{_SUFFIX}"]
        for _, old in sorted(older, reverse=True)[keep - 1:]:
            old.unlink(missing_ok=True)
    except (OSError, ValueError):
        return


def _used_at(entry: Path) -> float:
    """When an entry was last written or used (:func:`compiled` touches the
    entries it keeps several of when it uses one)."""
    try:
        return entry.stat().st_mtime
    except OSError:
        return 0.0


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
             flags: int = 0, keep: int = 1) -> re.Pattern[str]:
    """``re.compile(make(), flags)``, from the cache when a pattern was made
    from the same ``parts`` (what ``make`` derives it from, with the source
    of the code that does) before: for the large patterns made from data
    that take long to make and compile. Each ``kind`` keeps the ``keep``
    entries used last."""
    key = cache_key(*parts, str(flags))
    saved = load(kind, key)
    if saved is not None:
        try:
            found = pattern_from_code(saved)
        except (RuntimeError, TypeError, ValueError):
            pass
        else:
            if keep > 1:  # used now: among the last to go
                with suppress(OSError):
                    os.utime(_entry(kind, key))
            return found
    result, code = compile_keeping_code(make(), flags)
    if code is not None:
        save(kind, key, code, keep)
    return result


# ----------------------------------------------------------------- tables of small values

class Table:
    """Small values derived from a key alone (a pattern's code from the
    pattern), kept on disk as one entry of ``kind``.

    Read with the first look-up; :func:`remembered_patterns` writes it back
    when it gained values. A value depends on its key, on the Python that
    made it and on the code that made it (``parts``, the source of that
    code), which the entry's name covers, so it never goes stale;
    the entry keeps the values of the last process that saved it and older
    ones up to ``limit``, so code that changes its patterns over time does
    not grow it without end. Several processes saving at once lose each
    other's new values at worst, which only costs them again next time.
    """

    def __init__(self, kind: str, limit: int, parts: Iterable[str | bytes] = ()) -> None:
        self.kind = kind
        self.limit = limit
        self._key = cache_key(kind, *parts)
        self._values: dict[Any, Any] | None = None
        self._used: set[Any] = set()
        self._changed = False
        _TABLES.append(self)

    def _loaded(self) -> dict[Any, Any]:
        if self._values is None:
            saved = load(self.kind, self._key)
            self._values = saved if isinstance(saved, dict) else {}
        return self._values

    def get(self, key: Any, make: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
        """The value kept for ``key`` when ``valid`` accepts it, else ``make()``,
        kept for next time (``make`` may raise: nothing is kept then)."""
        values = self._loaded()
        self._used.add(key)
        value = values.get(key, _MISSING)
        if value is not _MISSING and valid(value):
            return value
        value = values[key] = make()
        self._changed = True
        return value

    def forget(self, key: Any) -> None:
        """Drop the value of ``key`` (one its user could not use)."""
        if self._loaded().pop(key, _MISSING) is not _MISSING:
            self._changed = True

    def save(self) -> None:
        """Write the table back if it gained or lost values since it was read."""
        if not self._changed:
            return
        values = self._loaded()
        if len(values) > self.limit:
            values = self._values = {k: v for k, v in values.items() if k in self._used}
        self._changed = False
        save(self.kind, self._key, values)


_MISSING = object()
_TABLES: list[Table] = []

# What ``re`` compiled each pattern (and its flags) to, as :func:`pattern_code` gives it.
PATTERNS = Table("patterns", limit=20_000)

_original_compile = _compiler.compile
_remembering = 0  # nesting depth of remembered_patterns blocks
_remembering_lock = threading.Lock()


def _valid_code(saved: Any) -> bool:
    return isinstance(saved, tuple) and len(saved) == 6


def _compile_remembered(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``, with the code of a text pattern taken from
    :data:`PATTERNS` when it was compiled before."""
    if type(pattern) is not str or type(flags) is not int or flags & re.DEBUG:
        return _original_compile(pattern, flags)
    key = (pattern, flags)
    try:
        return pattern_from_code(PATTERNS.get(key, lambda: pattern_code(pattern, flags),
                                              _valid_code))
    except (AttributeError, RuntimeError, TypeError, ValueError):
        PATTERNS.forget(key)
    return _original_compile(pattern, flags)  # raises re.error on a bad pattern, as ever


def compile_unremembered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for a pattern made from one article's words (the names it
    mentions), which seldom comes again: compiled as ever, never added to
    :data:`PATTERNS`. Kept there, each such pattern would grow the table, and
    leaving a :func:`remembered_patterns` block writes the whole table (many
    megabytes) back whenever it gained a value: after every batch of a build."""
    return _original_compile(pattern, flags)  # type: ignore[no-any-return]


@contextmanager
def remembered_patterns() -> Iterator[None]:
    """Inside the block, a pattern ``re`` has not compiled in this process is
    made from the code kept in :data:`PATTERNS` when another process compiled
    it before: the rules compile hundreds of patterns on first use, a large
    part of a short build's CPU, and most of that is parsing them in Python.
    Leaving the outermost block writes back the tables that gained values.

    ``re`` compiles through its module-level ``_compiler.compile``, which the
    block replaces (for every thread; the result is the same pattern either
    way) and puts back when the last block is left.
    """
    global _remembering
    with _remembering_lock:
        _remembering += 1
        if _remembering == 1:
            _compiler.compile = _compile_remembered
    try:
        yield
    finally:
        with _remembering_lock:
            _remembering -= 1
            if _remembering == 0:
                _compiler.compile = _original_compile
                for table in _TABLES:
                    table.save()
