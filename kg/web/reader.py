"""The store as the browser pages read it: one read-only database kept open while the
store does not change, and what is costly to compute kept with it.

Opening the database for every request, as the SPARQL endpoint does, costs
tens of milliseconds on a big store, and a fresh database has a cold cache:
an entity page read from a database already open takes about half the
time. So the pages keep one read-only database open, and every request
checks under the readers' shared lock (no write happens while it is held)
that the store's files are still the ones it was opened on: a write
changes the write-ahead log, the manifest or the table files, and the next
request opens the database again and sees the write. A request never reads
a database that a write has changed since it was opened.

What is kept with the open database (:attr:`PageSnapshot.memo`, the
store's summary) is therefore kept exactly as long as the store is
unchanged. Between requests the database stays open: a build that
compacts the store meanwhile leaves the files it replaced on disk until
the next request lets go of them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.store import Snapshot, Store

State = tuple[tuple[str, int, int], ...]


def store_state(path: Path) -> State:
    """What changes whenever the store is written: the names of its files, and the size
    and modification time of each that is not a table file (the manifest names
    every table file, so adding or removing one changes it too). The database's
    own text logs are left out: a write changes the other files anyway."""
    state = []
    with os.scandir(path) as entries:
        for entry in entries:
            if entry.name.startswith("LOG"):
                continue
            if entry.name.endswith(".sst"):
                state.append((entry.name, 0, 0))
            else:
                info = entry.stat()
                state.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(state))


class PageSnapshot(Snapshot):
    """A snapshot with a ``memo``: values computed from this state of the store."""

    def __init__(self, inner: ox.Store, memo: dict[str, Any]) -> None:
        super().__init__(inner)
        self.memo = memo


@dataclass
class _Open:
    state: State
    inner: ox.Store
    memo: dict[str, Any] = field(default_factory=dict)


class StoreReader:
    """Read-only snapshots of one store for concurrent requests."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._open: _Open | None = None
        self._opening = threading.Lock()

    @contextmanager
    def snapshot(self) -> Iterator[PageSnapshot]:
        """The store as it is now, read under the shared lock."""
        with self.store.shared_lock():
            try:
                state = store_state(self.store.path)
            except OSError as err:
                raise StoreError(f"{self.store.path}: cannot read the store ({err})") from None
            with self._opening:
                current = self._open
                if current is None or current.state != state:
                    current = self._open = _Open(state, self.store.open_read_only())
            yield PageSnapshot(current.inner, current.memo)
