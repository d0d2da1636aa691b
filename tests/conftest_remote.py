"""Session fixtures for the query tests: the seed store and a real Oxigraph server.

Loaded with ``pytest_plugins = ["conftest_remote"]`` from the test modules
that need it, so each fixture exists once per session.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import SeedBuild
from helpers import serving

from kg.rdf.store import Store
from kg.serve import SparqlServer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def gold(name: str) -> dict:
    """A seed article's gold file."""
    return json.loads((SEEDS / f"{name}.gold.json").read_text(encoding="utf-8"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                response.read()
                return
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def remote_quads(endpoint: str) -> int:
    """Quads in all named graphs of the remote store."""
    query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    request = urllib.request.Request(f"{endpoint}?{query}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        data = json.loads(response.read())
    return int(data["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="session")
def query_store(seed_build: SeedBuild) -> Store:
    """The seed articles built once into a fresh store: the session's seed store
    (tests/conftest.py), read-only like it."""
    assert seed_build.report.ok and seed_build.report.built == 2
    return seed_build.store


@pytest.fixture(scope="module")
def server(query_store: Store) -> Iterator[SparqlServer]:
    """``kg serve`` over the seed store on a free port, one per test module."""
    yield from serving(query_store)


@contextmanager
def oxigraph_serving(location: Path, *options: str) -> Iterator[str]:
    """A real ``oxigraph serve`` of the store at ``location`` on a free port,
    stopped afterwards; yields its query URL. Skips the test when the oxigraph
    CLI is not installed."""
    binary = Path(sys.executable).parent / "oxigraph"
    command = str(binary) if binary.exists() else shutil.which("oxigraph")
    if command is None:
        pytest.skip("the oxigraph CLI is not installed")
    port = free_port()
    process = subprocess.Popen(
        [command, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}/query"
    try:
        wait_for(f"{endpoint}?query=ASK%7B%7D")
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` on a free port, shared by the session; yields its query URL."""
    with oxigraph_serving(tmp_path_factory.mktemp("oxigraph"), "--union-default-graph") as url:
        yield url
