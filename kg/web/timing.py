"""Server time of an API answer, by part, sent as a ``Server-Timing`` header.

A page's time in the browser is the server's work plus the transfer, and on
a shared machine both grow with the load; the header separates them: the
browser's developer tools and ``benchmarks/web.py`` read how long the
server took (``total``, wall milliseconds from the request to the encoded
answer), how much of it was the serving thread's CPU (``cpu``), opening the
store (``open``) and each part of the page the reads name with
:func:`part` (``relations``, ``evidence``, ``figures`` …).

The timing of the request being answered lives in a context variable, so
the reads name their parts without a timing object passed through every
call; outside a request :func:`part` times nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class ServerTiming:
    """Wall milliseconds by part of one answer, and its total wall and CPU time."""

    def __init__(self) -> None:
        self.parts: dict[str, float] = {}
        self.notes: dict[str, str] = {}
        self._wall = time.perf_counter()
        self._cpu = time.thread_time()

    def add(self, name: str, ms: float) -> None:
        """Add ``ms`` to part ``name`` (a part timed twice is summed)."""
        self.parts[name] = self.parts.get(name, 0.0) + ms

    def note(self, name: str, text: str) -> None:
        """A metric without a duration, such as whether a cache answered."""
        self.notes[name] = text

    def header(self) -> str:
        """The ``Server-Timing`` value: the parts in order, then ``cpu`` and ``total``."""
        total = (time.perf_counter() - self._wall) * 1000
        cpu = (time.thread_time() - self._cpu) * 1000
        entries = [f"{name};dur={ms:.1f}" for name, ms in self.parts.items()]
        entries += [f'{name};desc="{text}"' for name, text in self.notes.items()]
        return ", ".join([*entries, f"cpu;dur={cpu:.1f}", f"total;dur={total:.1f}"])


_current: ContextVar[ServerTiming | None] = ContextVar("finkg_server_timing", default=None)


@contextmanager
def timing() -> Iterator[ServerTiming]:
    """Time the request answered inside the block (each thread has its own)."""
    timer = ServerTiming()
    token = _current.set(timer)
    try:
        yield timer
    finally:
        _current.reset(token)


@contextmanager
def part(name: str) -> Iterator[None]:
    """Count the block's wall time to part ``name`` of the request being timed, if any."""
    timer = _current.get()
    started = time.perf_counter()
    try:
        yield
    finally:
        if timer is not None:
            timer.add(name, (time.perf_counter() - started) * 1000)


def note(name: str, text: str) -> None:
    """A note on the request being timed (a cache hit or miss), if any."""
    timer = _current.get()
    if timer is not None:
        timer.note(name, text)
