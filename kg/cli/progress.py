"""Build progress: a bar with rate and time left on a terminal, plain lines elsewhere.

On a terminal, rich draws a bar per article (articles done of all, the rate,
the time left) and removes it when the build ends. When stderr is a file or
a pipe (a log, CI), a bar's redraws would be noise: a plain line is written
every :data:`PLAIN_INTERVAL` seconds instead, so a build shorter than that
prints no progress at all.

Articles count as done when extracted (one by one in a single process) or
when their batch is written (with ``--jobs``, whose workers cannot reach the
bar), whichever is further.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import IO, Any, Self

from kg.nlp.extract import Extractor, Failed
from kg.records import Article, Extraction

PLAIN_INTERVAL = 30.0


def duration(seconds: float) -> str:
    """``1 h 02 min``, ``3 min 05 s``, ``42 s``: a time left as people say it."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def plain_line(done: int, total: int | None, elapsed: float) -> str:
    """One progress line: ``building: 1,200 of 5,000 article(s), 35.2/s, about 1 min 48 s
    left``."""
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"building: {done:,}" + (f" of {total:,}" if total is not None else "") + \
        f" article(s), {rate:,.1f}/s"
    if total is not None and rate > 0 and done < total:
        line += f", about {duration((total - done) / rate)} left"
    return line


class BuildProgress:
    """Progress of one build on ``stream`` (stderr), as a context manager."""

    def __init__(self, total: int | None, stream: IO[str] | None = None,
                 interval: float = PLAIN_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.clock = clock
        self.extracted = 0
        self.written = 0
        self._bar: Any = None
        self._task: Any = None
        self._started = 0.0
        self._last_line = 0.0

    @property
    def done(self) -> int:
        return max(self.extracted, self.written)

    def __enter__(self) -> Self:
        self._started = self._last_line = self.clock()
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("articles"), _rate_column(), TimeRemainingColumn(),
                                 console=Console(file=self.stream), transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task("building", total=self.total)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, trace)

    def article_done(self) -> None:
        """One article extracted (single process)."""
        self.extracted += 1
        self._show()

    def batch_written(self, count: int) -> None:
        """A batch of ``count`` articles written to the store."""
        self.written += count
        self._show()

    def _show(self) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done)
            return
        now = self.clock()
        if now - self._last_line >= self.interval:
            self._last_line = now
            print(plain_line(self.done, self.total, now - self._started), file=self.stream,
                  flush=True)


def _rate_column() -> Any:
    """Articles per second, once rich has measured a speed."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:,.1f}/s" if task.speed else "")

    return Rate()


def counting(extractor: Extractor, progress: BuildProgress) -> Extractor:
    """``extractor``, telling ``progress`` of each article it has extracted.

    Only for a build in this process: a forked worker must not touch the bar.
    """
    extract_each = extractor.extract_each

    def counted(articles: Iterable[Article],
                batch_size: int = 32) -> Iterator[Extraction | Failed]:
        for extraction in extract_each(articles, batch_size):
            progress.article_done()
            yield extraction

    extractor.extract_each = counted  # type: ignore[method-assign]
    return extractor
