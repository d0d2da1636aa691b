"""Parts as tasks on a Dask distributed cluster, results back in input order.

The client (``kg build --cluster`` or ``kg extract --cluster``) only plans
parts; workers read, extract, map and validate them. At most
:func:`window` parts are in flight, so neither the client nor the scheduler
holds more than a few batches, however large the input. A worker that dies
mid-task costs only its tasks: the scheduler runs them again elsewhere.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from kg.build import CHUNK, BuildReport, Done
from kg.dist.inputs import Part, plan
from kg.dist.tasks import ArticleInfo, PartOutput, process_part
from kg.errors import FinkgError, InputError
from kg.rdf.mapper import article_iri

ADDRESS = re.compile(r"(tcp|tls|ucx|ws|wss)://[^\s/]+(:\d+)?")
TIMEOUT_ENV = "FINKG_CLUSTER_TIMEOUT"
DEFAULT_TIMEOUT = 10.0  # seconds to reach the scheduler; six times that for a first worker

T = TypeVar("T")


class ClusterError(FinkgError):
    """The Dask cluster cannot be used: not installed, unreachable, no workers."""


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A ``distributed.Client`` on the scheduler at ``address``, with a worker."""
    if not ADDRESS.fullmatch(address):
        raise ClusterError(f"--cluster {address!r}: expected the scheduler's address, "
                           "e.g. tcp://127.0.0.1:8786")
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--cluster needs Dask: pip install 'finkg[dask]'") from None
    timeout = _timeout()
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise ClusterError(f"{address}: cannot reach the Dask scheduler "
                           f"({_first_line(err)})") from None
    try:
        try:
            client.wait_for_workers(1, timeout=6 * timeout)
        except (OSError, TimeoutError):
            raise ClusterError(f"{address}: no Dask worker joined within "
                               f"{6 * timeout:.0f} s") from None
        yield client
    finally:
        client.close()


def _timeout() -> float:
    """``$FINKG_CLUSTER_TIMEOUT`` seconds, else :data:`DEFAULT_TIMEOUT`."""
    try:
        return max(0.1, float(os.environ.get(TIMEOUT_ENV) or DEFAULT_TIMEOUT))
    except ValueError:
        raise ClusterError(f"{TIMEOUT_ENV} must be a number of seconds") from None


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


def window(client: Any) -> int:
    """Parts in flight: two per worker thread, so no worker waits for the client."""
    return max(2, 2 * sum(client.nthreads().values()))


def in_order(client: Any, task: Callable[..., T], parts: Iterable[Part | InputError],
             *args: Any) -> Iterator[T | InputError]:
    """``task(part, *args)`` for every part on the cluster, yielded in input
    order (planning errors in their place), at most :func:`window` at a time."""
    from distributed import CancelledError, KilledWorker

    size = window(client)
    in_flight: deque[Any] = deque()

    def oldest() -> T | InputError:
        first = in_flight.popleft()
        if isinstance(first, InputError):
            return first
        try:
            return first.result()  # type: ignore[no-any-return]
        except KilledWorker as err:
            raise ClusterError(f"a task failed on every worker that ran it ({err})") from None
        except CancelledError as err:
            raise ClusterError(f"the cluster dropped a task ({_first_line(err)})") from None
        except (OSError, TimeoutError) as err:
            raise ClusterError(f"lost the Dask scheduler ({_first_line(err)})") from None

    for part in parts:
        in_flight.append(part if isinstance(part, InputError)
                         else client.submit(task, part, *args, pure=False))
        while len(in_flight) > size:
            yield oldest()
    while in_flight:
        yield oldest()


def build_batches(address: str, paths: list[str | Path], known: dict[str, str],
                  report: BuildReport, *, batch_size: int,
                  spacy_models: tuple[str, ...], min_confidence: float | None = None
                  ) -> Iterator[Done]:
    """:func:`kg.build.build`'s batches of ``batch_size`` articles, processed on
    the cluster in parts of at most :data:`~kg.build.CHUNK` articles, so that a
    large batch still keeps every worker busy."""
    part_size = min(batch_size, CHUNK)
    per_batch = -(-batch_size // part_size)
    with connect(address) as client:
        # A task's result rather than scattered data: if the worker holding it
        # dies, the scheduler can make it again, which it cannot do for scattered data.
        known_on_workers = client.submit(_given, known, pure=False)
        seen: dict[str, str] = {}
        batch: list[Done] = []
        for output in in_order(client, process_part, plan(paths, part_size),
                               known_on_workers, spacy_models, min_confidence):
            if isinstance(output, InputError):
                report.errors.append(str(output))
                continue
            batch.append(_tally(output, seen, report))
            if len(batch) >= per_batch:
                yield Done.merged(batch)
                batch = []
        if batch:
            yield Done.merged(batch)


def _given(value: T) -> T:
    return value


def _tally(output: PartOutput, seen: dict[str, str], report: BuildReport) -> Done:
    """Count a part's articles into ``report`` as a local build would: an id
    seen in an earlier part is an error, and its graph is dropped."""
    built = ad_blocks = 0
    dropped: set[str] = set()
    for item in output.items:
        if isinstance(item, str):
            report.errors.append(item)
            continue
        if not _first_of_id(item, seen, report):
            if item.extracted:
                dropped.add(str(article_iri(item.id)))
            continue
        if not item.extracted:
            report.unchanged += 1
            continue
        built += 1
        ad_blocks += item.ad_blocks
    result = output.result
    if dropped:
        result.without(dropped)
    return Done(built=built, ad_blocks=ad_blocks, result=result)


def _first_of_id(item: ArticleInfo, seen: dict[str, str], report: BuildReport) -> bool:
    """Record the article's id; False (and an error) if an earlier input had it."""
    if item.id in seen:
        report.errors.append(
            f"{item.source}: same article id {item.id!r} as {seen[item.id]}; skipped")
        return False
    seen[item.id] = item.source
    if item.lang_fallback:
        report.encoding_fallbacks.append(item.source)
    return True


__all__ = ["ClusterError", "build_batches", "connect", "in_order", "window"]
