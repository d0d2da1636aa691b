"""Shard folders: `kg extract` writes them, `kg load` reads them into a store.

A shard is the gzipped N-Quads of one part's article graphs and of the
descriptions of the entities they name that the catalogue lacks (a piece of
the shared entity graph, which loading merges), named by its
content (:func:`kg.dist.tasks.shard_name`) and written under a temporary
name then renamed, so it is either whole or absent. A re-run after a killed
worker or client finds the shards already made by name and redoes only the
missing ones. ``manifest.json``, written last, lists the run's shards in
input order; `kg load` loads what it lists, and shards of earlier runs that
it does not list are removed.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.build import catalogue_update
from kg.dist.inputs import Part, is_url, plan
from kg.dist.tasks import SHARD_SUFFIX, ShardOutput, write_shard
from kg.errors import FinkgError, InputError, RemoteError, ShapeViolation
from kg.rdf.namespaces import ENTITY_GRAPH
from kg.rdf.store import BULK_QUADS, Store, one_label

MANIFEST = "manifest.json"
_SHARD_FILE = re.compile(r"[0-9a-f]{32}" + re.escape(SHARD_SUFFIX))
Progress = Callable[[int], None]


@dataclass
class ExtractReport:
    """What `kg extract` did."""

    out: str
    shards: list[str] = field(default_factory=list)
    written: int = 0
    reused: int = 0
    articles: int = 0
    quads: int = 0
    errors: list[str] = field(default_factory=list)
    removed: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class LoadReport:
    """What `kg load` did."""

    shards: int = 0
    graphs: int = 0  # distinct graphs written (the entity graph's pieces are one graph)
    quads: int = 0
    names: set[str] = field(default_factory=set, repr=False)

    def wrote(self, graphs: list[tuple[str, str]]) -> None:
        """Count the graphs just written: each name once, so the entity
        graph's pieces in many shards count as the one graph they make."""
        self.names.update(name for name, _ in graphs)
        self.graphs = len(self.names)


def extract(paths: Iterable[str | Path], out: str | Path, *, part_size: int = 100,
            cluster: str | None = None, spacy_models: tuple[str, ...] = (),
            progress: Progress | None = None) -> ExtractReport:
    """Write one shard per part of ``paths`` into ``out``, here or on the Dask
    cluster at ``cluster``.

    Raises :class:`~kg.errors.ShapeViolation` when a part does not conform
    (its shard is not written, nor is the manifest).
    """
    target = str(out)
    report = ExtractReport(out=target)
    parts = plan(list(paths), part_size)
    seen: dict[str, str] = {}
    with _outputs(parts, target, spacy_models, cluster) as outputs:
        for output in outputs:
            if isinstance(output, InputError):
                report.errors.append(str(output))
                continue
            if output.violations:
                raise ShapeViolation(output.violations)
            _count(output, seen, report)
            if progress:
                progress(sum(1 for i in output.items if not isinstance(i, str)))
    report.removed = _finish(target, report.shards)
    return report


@contextmanager
def _outputs(parts: Iterator[Part | InputError], out: str, models: tuple[str, ...],
             cluster: str | None) -> Iterator[Iterator[ShardOutput | InputError]]:
    if cluster is None:
        yield (p if isinstance(p, InputError) else write_shard(p, out, models) for p in parts)
        return
    from kg.dist.cluster import connect, in_order

    with connect(cluster) as client:
        yield in_order(client, write_shard, parts, out, models)


def _count(output: ShardOutput, seen: dict[str, str], report: ExtractReport) -> None:
    """A shard's articles into the report; a repeated id across shards is an error."""
    if output.name not in report.shards:
        report.shards.append(output.name)
    report.reused += output.reused
    report.written += not output.reused
    report.quads += output.quads
    for item in output.items:
        if isinstance(item, str):
            report.errors.append(item)
        elif item.id in seen and seen[item.id] != item.source:
            report.errors.append(f"{item.source}: same article id {item.id!r} as "
                                 f"{seen[item.id]}; the last shard that has it wins on load")
        else:
            seen[item.id] = item.source
            report.articles += 1


def _finish(out: str, shards: list[str]) -> int:
    """Write the manifest and remove shards no longer listed; how many were removed."""
    manifest = json.dumps({"shards": shards}, indent=1).encode()
    if is_url(out):
        import fsspec

        fs, root = fsspec.core.url_to_fs(out)
        root = root.rstrip("/")
        fs.makedirs(root, exist_ok=True)
        with fs.open(f"{root}/{MANIFEST}.part", "wb") as handle:
            handle.write(manifest)
        fs.mv(f"{root}/{MANIFEST}.part", f"{root}/{MANIFEST}")
        stale = [p for p in fs.ls(root, detail=False)
                 if _SHARD_FILE.fullmatch(p.rsplit("/", 1)[-1])
                 and p.rsplit("/", 1)[-1] not in shards]
        for path in stale:
            fs.rm(path)
        return len(stale)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / (MANIFEST + ".part")).write_bytes(manifest)
    (folder / (MANIFEST + ".part")).replace(folder / MANIFEST)
    stale_files = [p for p in folder.iterdir()
                   if _SHARD_FILE.fullmatch(p.name) and p.name not in shards]
    for path in stale_files:
        path.unlink()
    return len(stale_files)


# ----------------------------------------------------------------- loading

def shard_paths(folder: str | Path) -> list[str]:
    """The shards the folder's manifest lists, in order."""
    where = str(folder)
    try:
        if is_url(where):
            import fsspec

            with fsspec.open(f"{where.rstrip('/')}/{MANIFEST}", "rb") as handle:
                listed = json.loads(handle.read())["shards"]
            return [f"{where.rstrip('/')}/{name}" for name in listed]
        listed = json.loads((Path(where) / MANIFEST).read_bytes())["shards"]
    except FileNotFoundError:
        raise FinkgError(f"{where}: no {MANIFEST} here; run `kg extract PATH... --out "
                         f"{where}` to the end first") from None
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise FinkgError(f"{where}/{MANIFEST}: cannot read ({err})") from None
    return [str(Path(where) / name) for name in listed]


def read_shard(location: str) -> list[tuple[str, str]]:
    """A shard's graphs as (graph IRI, N-Triples text), in the order written."""
    try:
        if is_url(location):
            import fsspec

            with fsspec.open(location, "rb") as handle:
                data = handle.read()
        else:
            data = Path(location).read_bytes()
        text = gzip.decompress(data).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as err:
        raise FinkgError(f"{location}: cannot read the shard ({err})") from None
    graphs: dict[str, list[str]] = {}
    for line in text.splitlines():
        body, _, graph = line[:-2].rpartition(" ")
        if not graph.startswith("<") or not line.endswith(" ."):
            raise FinkgError(f"{location}: not a finkg shard (a line without a graph)")
        graphs.setdefault(graph[1:-1], []).append(body + " .\n")
    return [(name, "".join(lines)) for name, lines in graphs.items()]


def _groups(locations: list[str]) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    """Shards read and gathered into groups of at most :data:`BULK_QUADS` quads
    (a bigger shard alone): (shards in the group, graphs). Few, large
    ingestions are what the bulk loader does best."""
    group: list[tuple[str, str]] = []
    count = quads = 0
    for location in locations:
        graphs = read_shard(location)
        size = sum(text.count("\n") for _, text in graphs)
        if count and quads + size > BULK_QUADS:
            yield count, group
            group, count, quads = [], 0, 0
        group += graphs
        count += 1
        quads += size
    if count:
        yield count, group


def load(folder: str | Path, store: Store, *, progress: Progress | None = None) -> LoadReport:
    """Load the folder's shards into the embedded ``store``: each graph
    replaces the graph of the same name, the shards' pieces of the shared
    entity graph are merged into it; new graphs go in with the bulk loader."""
    locations = shard_paths(folder)
    report = LoadReport()
    with store.build_lock():
        catalogue = catalogue_update(store.article_hashes())
        for count, graphs in _groups(locations):
            if catalogue is not None:
                graphs.append(catalogue)
                catalogue = None
            with store.write() as writer:
                report.quads += writer.replace_ntriples(graphs)
            report.shards += count
            report.wrote(graphs)
            if progress:
                progress(count)
        if catalogue is not None:
            with store.write() as writer:
                report.quads += writer.replace_ntriples([catalogue])
            report.wrote([catalogue])
    return report


def load_remote(folder: str | Path, endpoint: Any, *,
                progress: Progress | None = None) -> LoadReport:
    """Load the folder's shards into a SPARQL store: each group of graphs is
    dropped there, then sent as one N-Quads request (Graph Store Protocol on
    the dataset), or graph by graph where the store takes no N-Quads. The
    shards' pieces of the shared entity graph are added to the remote one."""
    from kg.rdf.remote import add_entities, prune_entities, redact, send_graphs

    report = LoadReport()
    catalogue = catalogue_update({})
    labels: dict[str, str] = {}  # one label per entity across the shards (see one_label)
    for count, graphs in _groups(shard_paths(folder)):
        graphs = [(name, one_label(text, labels) if name == str(ENTITY_GRAPH) else text)
                  for name, text in graphs]
        if catalogue is not None:
            graphs.append(catalogue)
            catalogue = None
        if not send_graphs(endpoint, graphs, merge_entities=True):
            for name, text in graphs:
                if name == str(ENTITY_GRAPH):
                    add_entities(endpoint, text)
                elif not endpoint.put_graph(name, text.encode("utf-8")):
                    raise RemoteError(f"{redact(endpoint.gsp_url)}: takes neither N-Quads "
                                      "nor Graph Store Protocol uploads")
        report.quads += sum(text.count("\n") for _, text in graphs)
        report.shards += count
        report.wrote(graphs)
        if progress:
            progress(count)
    # a shard that replaced an article may have left an entity no article mentions
    prune_entities(endpoint)
    return report


__all__ = [
    "MANIFEST",
    "ExtractReport",
    "LoadReport",
    "extract",
    "load",
    "load_remote",
    "read_shard",
    "shard_paths",
]
