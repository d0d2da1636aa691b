"""One way to turn a name into an entity: for ``kg query``, ``kg explain`` and ``kg graph``.

A name is, in this order: an IRI written as one (or, in a graph view, a
``kgr:`` slug of an entity in the graph); a label; an alias. Names are
looked up in the entity catalogue first, then in the article graphs, as
written before in any case; at each step a label wins over an alias. A name that two entities
share is refused with both, never settled by picking one; a name nothing
has gets "close matches" (spelling neighbours, then names containing it).

Where the names come from is a :class:`NameIndex`: the store or an
endpoint (:class:`kg.query.TargetNames`), the store read by a graph view
(:class:`kg.views.reader.GraphReader`), or a NetworkX graph already read
(:class:`kg.views.lookup.GraphNames`). An index looks a name up with its
value bound (the store's index), then among the catalogue's names, and
reads every name only when nothing else finds it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Protocol

from kg.errors import QueryError

# (entity IRI, name, 0 for a label or 1 for an alias)
NameRow = tuple[str, str, int]


class NameIndex(Protocol):
    """Where a resolver finds names; ``where`` ends its error messages."""

    where: str

    def explicit(self, name: str) -> str | None:
        """The entity IRI ``name`` writes out, if it writes one."""

    def accepts(self, iri: str) -> bool:
        """Whether the entity ``iri`` may be the answer (a graph view's filters)."""

    def named(self, variants: Sequence[str], catalogue: bool) -> list[NameRow]:
        """Entities with exactly one of these names (a look-up with the values bound),
        in the catalogue graph or in every graph."""

    def catalogue_names(self) -> list[NameRow]:
        """Every name in the entity catalogue."""

    def all_names(self) -> list[NameRow]:
        """Every name of every entity (one pass; made only when nothing else finds a name)."""

    def label(self, iri: str) -> str:
        """The entity's label, for messages."""


def fold(text: str) -> str:
    """A name compared without case or spacing differences."""
    return " ".join(text.casefold().split())


def variants(text: str) -> list[str]:
    """The name as given and in the usual capitalisations, for exact look-ups."""
    words = text.split(" ")
    return sorted({text, text.casefold(), text.lower(), text.upper(), text.title(),
                   text.capitalize(), " ".join(w[:1].upper() + w[1:] for w in words)})


class CloseNames:
    """The names of entities with a label, read once, to suggest those that look like a name.

    Suggestions are :func:`difflib.get_close_matches` over every name (cut-off
    0.6), then the names that contain it. difflib scores each name it is given
    in Python; here it is given only the names that could reach the cut-off:
    a name of length *a* shares at most the letters it has in common with the
    searched one (length *b*), and a score is ``2 * shared / (a + b)``. The
    letters a name has outside the searched one are counted for all names at
    once (one regular-expression substitution over the names joined), so the shortlist costs a
    few C calls, and the suggestions are exactly those difflib gives on all.
    """

    def __init__(self, rows: Sequence[NameRow]) -> None:
        labels: dict[str, str] = {}
        for e, text, rank in rows:
            if rank == 0:
                labels[e] = min(labels.get(e, text), text)
        names: dict[str, str] = {}
        for e, text, _ in sorted(rows, key=lambda r: (r[0], r[2], r[1])):
            if e in labels:
                names.setdefault(fold(text), labels[e])
        self.names = names
        self._sorted = sorted(names.items())
        self._folded = list(names)
        self._lengths = [len(n) for n in self._folded]
        # folded names hold no newline (fold joins words with single spaces)
        self._joined = "\n".join(self._folded)

    def suggest(self, name: str, limit: int = 5, cutoff: float = 0.6) -> list[str]:
        """Labels of the entities whose names look most like ``name``, then of those containing it."""
        key = fold(name)
        b = len(key)
        letters = re.compile("[" + "".join(re.escape(c) for c in sorted(set(key))) + "]") if key else None
        outside = letters.sub("", self._joined) if letters else self._joined
        shortlist = [n for n, a, rest in zip(self._folded, self._lengths, outside.split("\n"))
                     if not a + b or 2.0 * min(a - len(rest), b) / (a + b) >= cutoff]
        found = [self.names[n] for n in difflib.get_close_matches(key, shortlist, n=limit,
                                                                  cutoff=cutoff)]
        found += [label for folded, label in self._sorted if key and key in folded]
        return list(dict.fromkeys(found))[:limit]


def close_matches(rows: Sequence[NameRow], name: str, limit: int = 5) -> list[str]:
    """Labels of the entities whose names look most like ``name``, then of those containing it
    (:meth:`CloseNames.suggest`; build a :class:`CloseNames` once to ask for several names)."""
    return CloseNames(rows).suggest(name, limit)


def _matching(rows: Sequence[NameRow], key: str) -> tuple[set[str], set[str]]:
    labels = {e for e, text, rank in rows if rank == 0 and fold(text) == key}
    aliases = {e for e, text, rank in rows if rank == 1 and fold(text) == key}
    return labels, aliases


def _one(index: NameIndex, name: str, found: list[str]) -> str:
    if len(found) > 1:
        names = ", ".join(f"{index.label(e)} <{e}>" for e in found)
        raise QueryError(f"{name!r} names {len(found)} entities: {names}; give the IRI instead")
    return found[0]


class NotFound(QueryError):
    """No entity has the name; ``known`` are entities that have it but are filtered out."""

    def __init__(self, message: str, known: list[str]) -> None:
        super().__init__(message)
        self.known = known


def resolve(index: NameIndex, name: str) -> str:
    """The IRI of the one entity ``name`` names in ``index``.

    Raises :class:`QueryError` when two entities share the name, and
    :class:`NotFound` (with close matches in its message) when none has it.
    """
    text = " ".join(name.split())
    if not text:
        raise QueryError("an entity name is empty")
    iri = index.explicit(name)
    if iri is not None and index.accepts(iri):
        return iri
    key = fold(text)
    labels: set[str] = set()
    aliases: set[str] = set()

    def in_catalogue() -> list[NameRow]:
        return index.named(variants(text), True)

    def anywhere() -> list[NameRow]:
        return index.named(variants(text), False)

    for step in (in_catalogue, anywhere, index.catalogue_names, index.all_names):
        more_labels, more_aliases = _matching(step(), key)
        labels |= more_labels
        aliases |= more_aliases
        for found in (more_labels, more_aliases):
            accepted = sorted(e for e in found if index.accepts(e))
            if accepted:
                return _one(index, name, accepted)
    known = sorted(labels | aliases)
    if known:
        raise NotFound(f"no entity named {name!r} in {index.where}: it is "
                       f"{', '.join(index.label(e) for e in known)}", known)
    close = close_matches(index.all_names(), name)
    hint = f"; close matches: {', '.join(close)}" if close else ""
    raise NotFound(f"no entity named {name!r} in {index.where}{hint}", [])


__all__ = ["CloseNames", "NameIndex", "NameRow", "NotFound", "close_matches", "fold", "resolve", "variants"]
