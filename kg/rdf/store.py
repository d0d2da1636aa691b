"""The embedded, persistent store: Oxigraph on disk, used through rdflib.

Readers and writers coordinate through a lock file beside the store, so a
query always sees a consistent state between two committed batches:

* :meth:`Store.snapshot` takes a shared lock and opens the database
  read-only: a :class:`Snapshot` answers SPARQL (parameters bound as RDF
  terms) and hands out quads; :meth:`Store.read` is the same as an rdflib
  Dataset, for code that wants rdflib;
* :meth:`Store.write` takes the exclusive lock and opens it for writing;
  every article graph is written whole or not at all;
* :meth:`Store.build_lock` is held by a build for its whole run, so a second
  build on the same store fails at once with a clear message instead of
  interleaving with the first.

Nothing is created on disk until something is written: a failed build
leaves a store exactly as it was.
"""

from __future__ import annotations

import fcntl
import os
import resource
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.rdf.namespaces import ENTITY_GRAPH, PREFIXES
from kg.resources import internal_query

if TYPE_CHECKING:
    from rdflib import Dataset

DEFAULT_STORE = Path(".finkg") / "store"

# Clears the entity graph of entities no article mentions (kg/rdf/sparql/prune-entities.rq).
PRUNE_ENTITIES = internal_query("kg.rdf", "prune-entities")

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Bindings = Mapping[str, ox.NamedNode | ox.BlankNode | ox.Literal]
Answer = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def default_store_path() -> Path:
    """``$FINKG_STORE``, else ``.finkg/store`` in the working directory."""
    return Path(os.environ.get("FINKG_STORE") or DEFAULT_STORE)


def to_ox_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store term {term!r}")


def graph_quads(graph: Graph) -> list[ox.Quad]:
    """The quads of ``graph`` in its own named graph."""
    name = ox.NamedNode(str(graph.identifier))
    return [ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), name)  # type: ignore[arg-type]
            for s, p, o in graph]


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r"))


def _nt_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.language:
            return f'"{_escape(str(term))}"@{term.language}'
        if term.datatype:
            return f'"{_escape(str(term))}"^^<{term.datatype}>'
        return f'"{_escape(str(term))}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise StoreError(f"cannot store term {term!r}")


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Triples as N-Triples text, for :meth:`Writer.replace_ntriples`.

    Cheap to pickle (one string) and parsed by Oxigraph in Rust, which is
    several times faster than building ``pyoxigraph`` terms in Python.

    Each term's text is made once per call and found again by the term's
    identity: a mapping reuses the same term objects (predicates, entity
    IRIs, the literals of rule names, sentences and confidences) across
    its triples, and a look-up by ``id`` never runs rdflib's hashing in
    Python. The triples hold their terms for the whole call, so an ``id``
    stands for one term throughout.
    """
    triples = list(triples)  # the terms stay alive, and so their ids unique, until the end
    texts: dict[int, str] = {}
    lines = []
    for s, p, o in triples:
        a = texts.get(id(s))
        if a is None:
            a = texts[id(s)] = _nt_term(s)
        b = texts.get(id(p))
        if b is None:
            b = texts[id(p)] = _nt_term(p)
        c = texts.get(id(o))
        if c is None:
            c = texts[id(o)] = _nt_term(o)
        lines.append(f"{a} {b} {c} .\n")
    return "".join(lines)


# Oxigraph's bulk loader sorts up to a million quads in memory and ingests
# them in one step (one set of table files, one per index); a batch of at most
# that many is written whole or not at all, a larger one is a transaction.
BULK_QUADS = 1_000_000


def _bulk_load(inner: ox.Store, nquads: bytes, names: list[str], own: bool) -> None:
    """Load graphs that are all new with the bulk loader: it writes sorted
    files and hands them to RocksDB in one ingestion, about twice as fast as
    a transaction. Killing the process mid-way leaves none of the batch (the
    crash tests in tests/test_reliability_crash.py check it); if the load
    fails, the new graphs are removed again and the entity graph is pruned
    of what only they mentioned, so the store is as it was. The ``own``
    text of a build is parsed without checking its IRIs again (see
    :meth:`Store.write`)."""
    try:
        inner.bulk_load(nquads, ox.RdfFormat.N_QUADS, lenient=own)
    except BaseException:
        for name in names:
            inner.remove_graph(ox.NamedNode(name))
        with suppress(OSError):  # the load's own error is the one to report
            inner.update(PRUNE_ENTITIES)
        raise


def unique_lines(texts: Iterable[str]) -> str:
    """N-Triples texts as one, each triple once, in the order first seen: pieces of
    the entity graph overlap wherever two articles name the same entity."""
    return "".join(dict.fromkeys(line for text in texts
                                 for line in text.splitlines(keepends=True)))


_LABEL = " <http://www.w3.org/2000/01/rdf-schema#label> "
_ALT_LABEL = " <http://www.w3.org/2004/02/skos/core#altLabel> "


def labelled(text: str) -> list[str]:
    """The subjects (N-Triples terms) given an ``rdfs:label`` in N-Triples ``text``."""
    return list(dict.fromkeys(line.partition(_LABEL)[0] for line in text.splitlines()
                              if _LABEL in line))


def one_label(text: str, chosen: dict[str, str] | None = None) -> str:
    """N-Triples ``text`` of entity descriptions with one ``rdfs:label`` per
    entity: the one ``chosen`` holds for it (subject term → label term: the
    store's, or an earlier piece's), else the first in the text, which
    ``chosen`` then records; any other becomes a ``skos:altLabel``, as
    :func:`kg.rdf.mapper.one_label_each` does for triples, so that articles
    printing a discovered name differently never give its entity two labels."""
    chosen = {} if chosen is None else chosen
    lines = []
    for line in text.splitlines(keepends=True):
        subject, found, rest = line.partition(_LABEL)
        if found and chosen.setdefault(subject, rest[:-3]) != rest[:-3]:  # rest: 'label .\n'
            line = f"{subject}{_ALT_LABEL}{rest}"
        lines.append(line)
    return "".join(lines)


def merged_entities(graphs: Iterable[tuple[str, str]]) -> str:
    """The pieces of the shared entity graph among ``graphs`` (IRI, N-Triples
    text) as one N-Triples text, each triple once."""
    entity = str(ENTITY_GRAPH)
    return unique_lines(text for name, text in graphs if name == entity)


def _stored_labels(inner: ox.Store, subjects: list[str]) -> dict[str, str]:
    """The label the store's entity graph gives each of ``subjects`` (N-Triples
    terms), as N-Triples terms; the least where a store written before
    labels were kept single holds two."""
    if not subjects:
        return {}
    found: dict[str, str] = {}
    rows = inner.query(f"SELECT ?e ?l WHERE {{ GRAPH <{ENTITY_GRAPH}> {{ "
                       f"VALUES ?e {{ {' '.join(subjects)} }} ?e{_LABEL}?l }} }}")
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        subject, label = str(row["e"]), str(row["l"])
        if subject not in found or label < found[subject]:
            found[subject] = label
    return found


# The nice value RocksDB's background threads get while compaction waits
# (:meth:`Store.deferred_compaction`): the lowest priority there is.
IDLE_NICE = 19


def _rocksdb_threads() -> list[int]:
    """The ids of this process's RocksDB background threads (compaction and
    flush, which RocksDB names ``rocksdb:low`` and ``rocksdb:high``); none
    where ``/proc`` does not list threads."""
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return []
    found = []
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as comm:
                name = comm.read()
        except OSError:  # the thread ended meanwhile
            continue
        if name.startswith("rocksdb:"):
            found.append(int(tid))
    return found


def _may_raise_priority_back() -> bool:
    """Whether this process may give a thread it lowered to :data:`IDLE_NICE`
    its priority back: a thread may only lower its nice value within
    ``RLIMIT_NICE`` (or as root)."""
    if not hasattr(os, "setpriority") or not os.path.isdir("/proc/self/task"):
        return False
    if os.geteuid() == 0:
        return True
    soft, _ = resource.getrlimit(resource.RLIMIT_NICE)
    return soft == resource.RLIM_INFINITY or 20 - soft <= os.getpriority(os.PRIO_PROCESS, 0)


class _Deferral:
    """RocksDB's background threads lowered to :data:`IDLE_NICE` for a while,
    and their priorities as they were, to give back."""

    def __init__(self) -> None:
        self.before: dict[int, int] = {}

    def lower(self) -> None:
        """Lower the threads not lowered yet (RocksDB starts them with the first
        database this process opens)."""
        for tid in _rocksdb_threads():
            if tid not in self.before:
                with suppress(OSError):  # the thread ended meanwhile
                    self.before[tid] = os.getpriority(os.PRIO_PROCESS, tid)
                    os.setpriority(os.PRIO_PROCESS, tid, IDLE_NICE)

    def restore(self) -> None:
        for tid, nice in self.before.items():
            with suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, tid, nice)
        self.before.clear()


class Writer:
    """Write access to an open store (inside :meth:`Store.write`)."""

    def __init__(self, inner: ox.Store, own: bool = False) -> None:
        self.inner: ox.Store | None = inner
        self.own = own

    def _store(self) -> ox.Store:
        if self.inner is None:
            raise StoreError("the store was closed: write inside `with store.write()`")
        return self.inner

    def close(self) -> None:
        """Let go of the database, so that the next :meth:`Store.write` can open it."""
        self.inner = None

    def replace_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace each graph wholesale, all in one transaction; returns quads written."""
        return self.replace_ntriples((str(g.identifier), ntriples(g)) for g in graphs)

    def replace_ntriples(self, graphs: Iterable[tuple[str, str]]) -> int:
        """Replace each named graph (IRI, N-Triples text) wholesale, all in one
        transaction; returns quads written.

        The shared entity graph (:data:`~kg.rdf.namespaces.ENTITY_GRAPH`) is
        the exception: its pieces are added to it, since each batch describes
        only the entities it names. When none of the other graphs is in the
        store yet (the common case in a build), they are loaded with
        Oxigraph's bulk loader (see :func:`_bulk_load`), or as one N-Quads
        transaction when the batch is larger than :data:`BULK_QUADS`; when
        one of them exists already, the batch is one SPARQL update that drops
        the old graphs, inserts the new ones and prunes the entity graph of
        entities no article mentions any more (a replaced article may have
        been the last to mention one).
        """
        inner = self._store()
        graphs = list(graphs)
        entities = merged_entities(graphs)
        graphs = [(name, text) for name, text in graphs if name != str(ENTITY_GRAPH)]
        try:
            if entities:  # a name the store already labels keeps that label
                entities = one_label(entities, _stored_labels(inner, labelled(entities)))
            count = sum(text.count("\n") for _, text in graphs) + entities.count("\n")
            existing = [name for name, _ in graphs
                        if inner.contains_named_graph(ox.NamedNode(name))]
            if existing:
                drops = "".join(f"DROP SILENT GRAPH <{name}> ;\n" for name in existing)
                inserts = "".join(f"GRAPH <{name}> {{\n{text}}}\n"
                                  for name, text in [*graphs, (str(ENTITY_GRAPH), entities)]
                                  if text)
                inner.update(f"{drops}INSERT DATA {{\n{inserts}}} ;\n{PRUNE_ENTITIES}")
            else:
                # bytes, made graph by graph: no second copy of the batch as one
                # str, and Oxigraph parses bytes without taking the GIL again and
                # again (from a str it waits for it whenever another thread runs Python)
                nquads = b"".join(text.replace(" .\n", f" <{name}> .\n").encode()
                                  for name, text in [*graphs, (str(ENTITY_GRAPH), entities)])
                if count <= BULK_QUADS:
                    _bulk_load(inner, nquads, [name for name, _ in graphs], self.own)
                else:
                    inner.load(nquads, ox.RdfFormat.N_QUADS)
        except OSError as err:
            raise StoreError(f"writing to the store failed: {err}") from None
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"cannot store the graphs: {err}") from None
        return count

    def compact(self) -> None:
        """Merge the database's files into its final levels now, in this thread."""
        try:
            self._store().optimize()
        except OSError as err:
            raise StoreError(f"writing to the store failed: {err}") from None

    def remove_graph(self, name: str) -> None:
        """Remove a named graph (an article's), and from the entity graph the
        entities only it mentioned: one transaction."""
        try:
            self._store().update(f"DROP SILENT GRAPH {ox.NamedNode(name)} ;\n{PRUNE_ENTITIES}")
        except OSError as err:
            raise StoreError(f"writing to the store failed: {err}") from None


class Snapshot:
    """A consistent, read-only state of the store (inside :meth:`Store.snapshot`).

    The one way code reads the store: SPARQL with the ``fin: kgr: …``
    prefixes predeclared and parameters bound as RDF terms (SEP-0007
    substitution, never text pasted into a query), and quads by graph.
    ``union=True`` makes the default graph the union of all graphs, as
    ``kg query`` has it; without it, patterns outside ``GRAPH`` match nothing
    (the build writes only named graphs). A query's syntax error is raised
    as ``SyntaxError`` for the caller to word; a failing read is a
    :class:`~kg.errors.StoreError`.
    """

    def __init__(self, inner: ox.Store) -> None:
        self._inner = inner

    def query(self, text: str, bindings: Bindings | None = None, *, union: bool = False
              ) -> Answer:
        """The store's own answer to any query form."""
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(name): term for name, term in (bindings or {}).items()}
        try:
            return self._inner.query(text, prefixes=PREFIXES, use_default_graph_as_union=union,
                                     substitutions=substitutions or None)
        except OSError as err:
            raise StoreError(f"reading the store failed: {err}") from None

    def select(self, text: str, bindings: Bindings | None = None, *, union: bool = False
               ) -> list[tuple[Term | None, ...]]:
        """The rows of a SELECT query, as terms (``None`` where unbound)."""
        answer = self.query(text, bindings, union=union)
        if not isinstance(answer, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
        return [tuple(row) for row in answer]  # type: ignore[arg-type]

    def values(self, text: str, bindings: Bindings | None = None, *, union: bool = False
               ) -> list[tuple[str | None, ...]]:
        """The rows of a SELECT query as plain values (IRI or lexical form)."""
        return [tuple(None if t is None else t.value for t in row)
                for row in self.select(text, bindings, union=union)]

    def ask(self, text: str, bindings: Bindings | None = None, *, union: bool = False) -> bool:
        answer = self.query(text, bindings, union=union)
        if not isinstance(answer, ox.QueryBoolean):
            raise StoreError("ask() needs an ASK query")
        return bool(answer)

    def construct(self, text: str, bindings: Bindings | None = None, *, union: bool = False
                  ) -> list[ox.Triple]:
        """The triples of a CONSTRUCT or DESCRIBE query."""
        answer = self.query(text, bindings, union=union)
        if not isinstance(answer, ox.QueryTriples):
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        return [ox.Triple(t.subject, t.predicate, t.object) for t in answer]

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self._inner.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of the named graph ``graph``."""
        name = ox.NamedNode(graph) if graph is not None else None
        try:
            yield from self._inner.quads_for_pattern(None, None, None, name)
        except OSError as err:
            raise StoreError(f"reading the store failed: {err}") from None

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat, *, graph: str | None = None) -> None:
        """Serialise the store (or one named graph) to ``out``; prefixes where the format has them."""
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        name = ox.NamedNode(graph) if graph is not None else None
        try:
            self._inner.dump(out, format=fmt, from_graph=name, prefixes=prefixes)
        except OSError as err:
            raise StoreError(f"reading the store failed: {err}") from None


class Store:
    """An embedded Oxigraph store at ``path``."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self._deferral: _Deferral | None = None

    @property
    def exists(self) -> bool:
        """A complete database is there (one is only ever moved into place whole)."""
        return (self.path / "CURRENT").is_file()

    def _lock_file(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)

    @contextmanager
    def _locked(self, suffix: str, mode: int, what: str) -> Iterator[IO[str]]:
        lock_path = self._lock_file(suffix)
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
            handle = lock_path.open("a")
        except OSError as err:
            raise StoreError(f"{self.path}: cannot use the store ({err.strerror or err})") from None
        with handle:
            try:
                fcntl.flock(handle, mode)
            except BlockingIOError:
                raise StoreError(f"{self.path}: {what}") from None
            try:
                yield handle
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def build_lock(self) -> Iterator[None]:
        """Held for a whole build: a second build fails at once.

        The lock file is removed when the build ends, however it ends, so a
        failed first build leaves nothing beside the store. It is unlinked
        while still locked, and a build that locked a file already unlinked
        fails as if it had found it locked: no two builds ever hold a lock
        on the same path at once.
        """
        busy = "another build is writing to this store; try again when it ends"
        lock_path = self._lock_file(".build.lock")
        with self._locked(".build.lock", fcntl.LOCK_EX | fcntl.LOCK_NB, busy) as handle:
            try:
                current = os.stat(lock_path).st_ino
            except FileNotFoundError:
                current = None
            if current != os.fstat(handle.fileno()).st_ino:
                raise StoreError(f"{self.path}: {busy}")
            try:
                yield
            finally:
                lock_path.unlink(missing_ok=True)

    @contextmanager
    def shared_lock(self) -> Iterator[None]:
        """The readers' shared lock, without opening the database: no write happens
        while it is held (for a reader that keeps a read-only database open)."""
        if not self.exists:
            raise StoreError(f"{self.path}: no store here yet; run `kg build PATH` first")
        with self._locked(".lock", fcntl.LOCK_SH, "store busy"):
            yield

    def open_read_only(self) -> ox.Store:
        """The database opened read-only, for a reader that keeps it open between
        reads and reads it only under :meth:`shared_lock` (the browser pages,
        :mod:`kg.web.reader`); everyone else reads through :meth:`snapshot`."""
        try:
            return ox.Store.read_only(str(self.path))
        except OSError as err:
            raise StoreError(f"{self.path}: cannot open the store ({err})") from None

    @contextmanager
    def _read_only(self) -> Iterator[ox.Store]:
        with self.shared_lock():
            inner = self.open_read_only()
            try:
                yield inner
            finally:
                del inner

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """A consistent, read-only :class:`Snapshot` of the store."""
        with self._read_only() as inner:
            yield Snapshot(inner)

    @contextmanager
    def read(self) -> Iterator[Dataset]:
        """The same consistent state as an rdflib Dataset (union default graph).

        Part of the library API for code that wants rdflib; its SPARQL engine
        and the adapter to Oxigraph are imported here, not by every command."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        with self._read_only() as inner:
            dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
            try:
                yield dataset
            finally:
                del dataset

    @contextmanager
    def write(self, own: bool = False) -> Iterator[Writer]:
        """Exclusive write access; readers wait until it is released.

        ``own``: everything written is :func:`ntriples` of terms the build
        mapped, in this process or its workers (minted IRIs are slugs and
        ids of ``[A-Za-z0-9_-]``, the catalogue's were parsed when it was
        read), so the bulk loader need not check every IRI again: about a
        tenth of its CPU. Text read from elsewhere (a shard on disk) is
        checked.
        """
        with self._locked(".lock", fcntl.LOCK_EX, "store busy"):
            try:
                if not self.exists:
                    self._create()
                inner = ox.Store(str(self.path))
            except OSError as err:
                raise StoreError(f"{self.path}: cannot open the store for writing ({err})") from None
            if self._deferral is not None:
                self._deferral.lower()
            writer = Writer(inner, own)
            try:
                yield writer
                inner.flush()
            finally:
                writer.close()
                del inner

    @contextmanager
    def deferred_compaction(self, wanted: bool = True) -> Iterator[None]:
        """Writes inside the block leave RocksDB's merging of their files for
        later, when ``wanted`` and the store is new; leaving the block without
        an error merges everything once.

        Each batch a build writes is one ingestion of sorted files, which
        RocksDB merges in background threads with what the store holds: the
        larger the store, the more each merge rewrites (at 20,000 articles
        about as much CPU as the ingestion itself, and still growing). While
        extraction keeps every core busy, those threads run at the lowest
        priority: they get little time, the files wait, and one compaction at
        the end (:meth:`Writer.compact`) merges them all, rewriting the store
        once instead of again and again. A build killed meanwhile leaves a
        complete store whose files RocksDB merges the next time it is written.

        Only for a new store (merging a whole existing store at the end of a
        small build would cost more than it saves) and only where this
        process may raise the threads' priority back afterwards; otherwise
        the block changes nothing.
        """
        if not wanted or self.exists or self._deferral is not None \
                or not _may_raise_priority_back():
            yield
            return
        deferral = self._deferral = _Deferral()
        try:
            yield
        finally:
            self._deferral = None
            deferral.restore()
        if self.exists:
            with self.write() as writer:
                writer.compact()

    def _create(self) -> None:
        """Make a new, empty database beside the store's path and move it into
        place: a build killed while the database is being made leaves only a
        temporary folder, which the next build removes, never a half-made store."""
        if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
            raise StoreError(f"{self.path}: exists and is not a finkg store; "
                             "choose another --store path")
        for leftover in self.path.parent.glob(self.path.name + ".creating-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        staging = self.path.with_name(f"{self.path.name}.creating-{os.getpid()}")
        fresh = ox.Store(str(staging))
        fresh.flush()
        del fresh
        if self.path.exists():
            self.path.rmdir()
        staging.rename(self.path)

    def article_hashes(self) -> dict[str, str]:
        """Article graph IRI → SHA-256 of the article as last built."""
        if not self.exists:
            return {}
        with self.snapshot() as snapshot:
            return {g: h for g, h in snapshot.values(internal_query("kg.rdf", "article-hashes"))
                    if g is not None and h is not None}
