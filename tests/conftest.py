"""Shared fixtures: the seed store (built once per session), copies of it,
the real catalogue and gazetteer, store snapshots and the `kg` command.

The seed store is read-only for the tests that use it directly; a test that
builds into a store again works on :func:`store_copy`, a fresh copy of it.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildReport, build
from kg.catalogue import Catalogue, load_catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer
from kg.rdf.store import Store

# The derived-structure cache (kg.cache) of this test session, not the user's;
# set before anything builds a gazetteer, inherited by `kg` subprocesses. The
# pytest-xdist workers inherit the folder their controller made (named again in
# SESSION_CACHE, so a user's own FINKG_CACHE_DIR is never taken for it): the
# structures are derived once per session, not once per worker; the process that
# made the folder removes it.
SESSION_CACHE = "KG_TESTS_SESSION_CACHE"
_inherited = os.environ.get(SESSION_CACHE)
if not (os.environ.get("PYTEST_XDIST_WORKER") and _inherited
        and os.environ.get("FINKG_CACHE_DIR") == _inherited and os.path.isdir(_inherited)):
    os.environ["FINKG_CACHE_DIR"] = os.environ[SESSION_CACHE] = tempfile.mkdtemp(
        prefix="finkg-test-cache-")
    atexit.register(shutil.rmtree, os.environ["FINKG_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
ONTOLOGY = ROOT / "ontology"

SEED_000 = "000_74e3ba4eb27d1507"
SEED_003 = "003_f293324dbb63daf1"
FIN = "https://w3id.org/finkg/ontology#"
KGR = "https://w3id.org/finkg/resource/"
CATALOGUE_GRAPH = KGR + "graph/catalogue"


# The modules that take longest, by the sum of their tests' times (setup
# included; pytest --durations=0 over the whole suite on two workers), slowest
# first. When the suite runs on several workers (make test), they are handed out
# first, so that none of them is still running alone at the end while the other
# workers stand idle.
SLOW_MODULES = ("test_reliability_hostile.py", "test_docs.py", "test_confidence.py",
                "test_dask.py", "test_build.py", "test_reliability_crash.py",
                "test_graph_views.py", "test_extract_load.py", "test_reliability_input.py",
                "test_reliability_remote.py", "test_export.py", "test_remote.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """On an xdist worker, the slow modules first (stable: the order within a
    module, and of the other modules, stays as collected)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        rank = {name: i for i, name in enumerate(SLOW_MODULES)}
        items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def seed_gold_relations() -> set[tuple[str, str, str]]:
    """The required relations of the seed gold files, as (subject, property, object)."""
    found = set()
    for path in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.gold.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["relations"]:
            if isinstance(item, list):
                found.add((item[0], item[1], item[2]))
            elif not item.get("optional"):
                found.add((item["s"], item["p"], item["o"]))
    return found


def article_graph(article_id: str) -> str:
    """IRI of an article's node and named graph (docs/rdf-mapping.md)."""
    return f"{KGR}article/{article_id}"


@dataclass(frozen=True)
class SeedBuild:
    store: Store
    report: BuildReport


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def gazetteer(catalogue: Catalogue) -> Gazetteer:
    return Gazetteer(catalogue)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> SeedBuild:
    """seeds/ built once into a session store; do not build into it again."""
    store = Store(tmp_path_factory.mktemp("seed") / "store")
    report = build([SEEDS], store, extractor=extractor)
    return SeedBuild(store, report)


@pytest.fixture(scope="session")
def seed_store(seed_build: SeedBuild) -> Store:
    return seed_build.store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Store:
    """seeds/ and tests/data/dev built once per session in this process (jobs 1,
    default batches): the reference that the Dask and extract/load builds are
    compared with; read-only, like the seed store."""
    store = Store(tmp_path_factory.mktemp("corpus") / "store")
    report = build([SEEDS, DATA / "dev"], store, extractor=extractor, jobs=1)
    assert report.ok and report.built > 10
    return store


@pytest.fixture
def store_copy(seed_store: Store, tmp_path: Path) -> Store:
    """A private copy of the seed store, free to be built into."""
    target = tmp_path / "copy" / "store"
    shutil.copytree(seed_store.path, target)
    return Store(target)


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of seeds/ (articles and gold), free to be edited."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def snapshot() -> Callable[[Path], dict[str, str]]:
    """Relative path → SHA-256 of every file under a folder."""
    return _snapshot


def _quads(path: Path) -> set[ox.Quad]:
    inner = ox.Store.read_only(str(path))
    try:
        return set(inner.quads_for_pattern(None, None, None, None))
    finally:
        del inner


@pytest.fixture
def store_quads() -> Callable[[Path], set[ox.Quad]]:
    """All quads of a store folder, read with pyoxigraph directly."""
    return _quads


def kg_argv(*args: str | Path) -> list[str]:
    """The command line of `kg ARGS…`: the venv's console script, else `python -m kg`."""
    script = Path(sys.executable).parent / "kg"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "kg"]
    return [*command, *map(str, args)]


def user_settings() -> list[str]:
    """The FINKG_* variables of the environment that a user's shell could set
    (store, endpoint, thresholds …): every one but the session's cache folder,
    which keeps `kg` runs of the tests out of the user's own cache."""
    return [k for k in os.environ if k.startswith("FINKG_") and k != "FINKG_CACHE_DIR"]


def kg_environ(env: dict[str, str] | None = None) -> dict[str, str]:
    """The test process's environment without the user's FINKG_* settings, plus ``env``."""
    drop = set(user_settings())
    environ = {k: v for k, v in os.environ.items() if k not in drop}
    environ.update(env or {})
    return environ


def run_kg(*args: str | Path, cwd: Path | None = None,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the `kg` console script as a user would; no default store leaks in."""
    return subprocess.run(kg_argv(*args), cwd=cwd, env=kg_environ(env),
                          capture_output=True, text=True, timeout=300, check=False)


@dataclass(frozen=True)
class KgCall:
    """One `kg` command line to run, for :func:`run_kg_parallel`."""

    args: tuple[str | Path, ...]
    cwd: Path | None = None
    env: dict[str, str] | None = None


def run_kg_parallel(calls: dict[str, KgCall], binary: bool = False,
                    ) -> dict[str, subprocess.CompletedProcess]:
    """Run several `kg` command lines at once; results by the caller's key
    (output as text, or as bytes with ``binary``)."""
    procs = {
        key: subprocess.Popen(kg_argv(*call.args), cwd=call.cwd, env=kg_environ(call.env),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=not binary)
        for key, call in calls.items()
    }
    results = {}
    for key, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        results[key] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return results


def call_kg_main(*args: str | Path, cwd: Path) -> int:
    """Exit code of `kg ARGS…` run in this process through kg.cli.main, for
    module fixtures (output goes where the command writes it, e.g. ``-o``)."""
    from kg.cli import main

    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(cwd)
        patch.setattr(sys, "argv", ["kg", *map(str, args)])
        for name in user_settings():
            patch.delenv(name)
        try:
            main()
        except SystemExit as exit_:
            return exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    return 0


def run_kg_main(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`kg ARGS…` in this process through kg.cli.main (:func:`call_kg_main`), with
    what it printed, as :func:`run_kg` gives them: for module fixtures, without a
    subprocess that loads the pipeline again. An exception escaping main() is
    raised, so the tests of the fixture fail as a traceback would fail them."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = call_kg_main(*args, cwd=cwd)
    return subprocess.CompletedProcess(["kg", *map(str, args)], code, out.getvalue(),
                                       err.getvalue())


@dataclass(frozen=True)
class MainResult:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def kg_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            tmp_path: Path) -> Callable[..., MainResult]:
    """`kg ARGS…` in this process, through the console script's entry point
    (kg.cli.main), from an empty working directory. Faster than a subprocess;
    an exception escaping main() fails the test as a traceback would."""
    from kg.cli import main

    work = tmp_path / "cwd-main"
    work.mkdir()
    monkeypatch.chdir(work)
    for name in user_settings():
        monkeypatch.delenv(name)

    def run(*args: str | Path) -> MainResult:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["kg", *map(str, args)])
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        out, err = capsys.readouterr()
        return MainResult(code, out, err)

    return run


@pytest.fixture
def kg(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`kg ARGS…` in a subprocess, run from an empty working directory."""
    work = tmp_path / "cwd"
    work.mkdir()

    def run(*args: str | Path, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return run_kg(*args, cwd=cwd or work, env=env)

    return run
