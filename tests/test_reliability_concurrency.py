"""Concurrent use (issue 7, part 2): readers while a build writes, and two
builds on one store.

While one `kg build` writes a store in small batches, `kg stats`,
`kg export`, `kg query` and a running `kg serve` are used against it again
and again; each must succeed and see a consistent snapshot: every article
graph it sees is complete (equal to that graph once the build has ended). A second `kg build` started meanwhile must
fail at once with one clear line and leave the first build's store intact.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import kg_argv, kg_environ
from test_reliability_crash import KGR, created, store_graphs, write_corpus

ARTICLES = 300  # enough for every reader to run a few times while the build writes


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(kg_argv(*args), env=kg_environ(), capture_output=True, text=True,
                          timeout=300, check=False)


@dataclass
class Concurrent:
    build: subprocess.CompletedProcess[str] | None = None
    second: subprocess.CompletedProcess[str] | None = None
    stats: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    exports: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    queries: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    served: list[dict[str, int]] = field(default_factory=list)  # article -> quads, per answer
    final: dict[str, frozenset[str]] = field(default_factory=dict)
    rebuild: subprocess.CompletedProcess[str] | None = None


@pytest.fixture(scope="module")
def concurrent(tmp_path_factory: pytest.TempPathFactory) -> Concurrent:
    root = tmp_path_factory.mktemp("concurrent")
    corpus = root / "corpus"
    write_corpus(corpus, ARTICLES)
    store = root / "store"
    found = Concurrent()
    proc = subprocess.Popen(kg_argv("build", corpus, "--store", store, "--batch-size", "10",
                                    "-q"),
                            env=kg_environ(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    while proc.poll() is None and not created(store):
        time.sleep(0.01)
    found.second = run("build", corpus, "--store", store, "-q")
    port = _free_port()
    server = subprocess.Popen(kg_argv("serve", "--store", store, "--port", str(port)),
                              env=kg_environ(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None:
            found.stats.append(run("stats", "--store", store))
            found.exports.append(run("export", "--format", "nq", "--store", store))
            found.queries.append(run("query", QUADS_PER_ARTICLE, "--format", "csv",
                                     "--store", store))
            answer = _ask(port, QUADS_PER_ARTICLE)
            if answer is not None:
                found.served.append(answer)
    finally:
        server.terminate()
        server.wait(timeout=30)
    out, err = proc.communicate()
    found.build = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    found.final = store_graphs(store)
    found.rebuild = run("build", corpus, "--store", store)
    return found


QUADS_PER_ARTICLE = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                     'FILTER(STRSTARTS(STR(?g), "https://w3id.org/finkg/resource/article/")) } '
                     "GROUP BY ?g")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ask(port: int, query: str) -> dict[str, int] | None:
    """The serve endpoint's answer (graph -> quads), or None while it is not up yet."""
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            rows = json.load(response)["results"]["bindings"]
    except OSError:
        return None
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def _final_sizes(concurrent: Concurrent) -> dict[str, int]:
    return {g: len(q) for g, q in concurrent.final.items() if g.startswith(KGR + "article/")}


def test_reliability_query_while_building_sees_whole_article_graphs(
        concurrent: Concurrent) -> None:
    final = _final_sizes(concurrent)
    assert concurrent.queries
    for result in concurrent.queries:
        assert result.returncode == 0, result.stderr
        rows = result.stdout.strip().splitlines()[1:]
        for row in rows:
            graph, n = row.rsplit(",", 1)
            assert int(n) == final[graph.strip('"')], f"kg query saw a partial graph {graph}"


def test_reliability_serve_while_building_sees_whole_article_graphs(
        concurrent: Concurrent) -> None:
    final = _final_sizes(concurrent)
    assert concurrent.served, "kg serve never answered during the build"
    for answer in concurrent.served:
        for graph, n in answer.items():
            assert n == final[graph], f"kg serve saw a partial graph {graph}"


def test_reliability_concurrent_build_succeeds(concurrent: Concurrent) -> None:
    assert concurrent.build is not None and concurrent.build.returncode == 0, concurrent.build
    articles = [g for g in concurrent.final if g.startswith(KGR + "article/")]
    assert len(articles) == ARTICLES


def test_reliability_second_build_fails_at_once_with_one_line(concurrent: Concurrent) -> None:
    second = concurrent.second
    assert second is not None and second.returncode == 1
    expected = (f"Error: {second.args[-2]}: another build is writing to this store; "
                "try again when it ends")
    assert second.stderr.splitlines() == [expected]


def test_reliability_store_is_intact_after_two_builds(concurrent: Concurrent) -> None:
    rebuild = concurrent.rebuild
    assert rebuild is not None and rebuild.returncode == 0, rebuild.stderr
    assert f"built 0 article(s), {ARTICLES} unchanged, 0 failed" in rebuild.stdout


def test_reliability_readers_ran_while_the_build_wrote(concurrent: Concurrent) -> None:
    assert len(concurrent.stats) >= 1 and len(concurrent.exports) >= 1


def test_reliability_stats_while_building_succeed(concurrent: Concurrent) -> None:
    counts = []
    for result in concurrent.stats:
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        match = re.search(r"^articles\s+(\d+)$", result.stdout, re.MULTILINE)
        assert match, result.stdout
        counts.append(int(match[1]))
    assert counts == sorted(counts) and all(n <= ARTICLES for n in counts), counts


def test_reliability_export_while_building_sees_whole_article_graphs(
        concurrent: Concurrent) -> None:
    for result in concurrent.exports:
        assert result.returncode == 0, result.stderr
        graphs: dict[str, set[str]] = {}
        for quad in ox.parse(result.stdout.encode(), format=ox.RdfFormat.N_QUADS):
            graphs.setdefault(quad.graph_name.value, set()).add(str(quad))  # type: ignore[union-attr]
        for name, quads in graphs.items():
            assert quads == concurrent.final[name], f"export saw a partial graph {name}"
