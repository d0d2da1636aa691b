"""`kg extract` writes gzipped N-Quads shards named by content; `kg load`
puts them into the embedded store or a real Oxigraph server. Inputs: files,
folders, JSON Lines (also gzipped) and fsspec URLs."""

from __future__ import annotations

import gzip
import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest_remote import SEEDS, oxigraph_serving
from helpers import store_quads

from kg.build import build
from kg.dist.inputs import Part, plan, read_part
from kg.dist.shards import extract, load, load_remote, read_shard
from kg.rdf.remote import Endpoint, push
from kg.rdf.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev"
CORPUS = [SEEDS, DEV]
SOURCE = "<https://w3id.org/finkg/ontology#source>"


@pytest.fixture(scope="module")
def built(corpus_store: Store) -> Store:
    """The corpus built the ordinary way, to compare with (the session's, tests/conftest.py)."""
    return corpus_store



def _without_sources(quads: set[str]) -> set[str]:
    return {q for q in quads if f" {SOURCE} " not in q}


def test_extract_then_load_is_the_build(built: Store, tmp_path: Path,
                                        kg_main) -> None:
    out = tmp_path / "shards"
    first = kg_main("extract", *CORPUS, "--out", out, "--part-size", "4")
    assert first.returncode == 0, first.stderr
    shards = json.loads((out / "manifest.json").read_text())["shards"]
    articles = 2 + len(list(DEV.glob("*.txt")))
    assert first.stdout.startswith(f"{articles} article(s) in {len(shards)} shard(s): "
                                   f"{len(shards)} written, 0 already there")
    assert len(shards) == -(-articles // 4)
    assert sorted(p.name for p in out.glob("*.nq.gz")) == sorted(shards)
    again = kg_main("extract", *CORPUS, "--out", out, "--part-size", "4")
    assert f"0 written, {len(shards)} already there" in again.stdout

    loaded = kg_main("load", out, "--store", tmp_path / "store")
    assert loaded.returncode == 0, loaded.stderr
    # the articles', the catalogue and the entity graph (each shard has a piece of it)
    assert loaded.stdout.startswith(f"loaded {len(shards)} shard(s), {articles + 2} graph(s)")
    assert store_quads(tmp_path / "store") == store_quads(built.path)
    twice = load(out, Store(tmp_path / "store"))  # graphs replaced, not doubled
    assert twice.graphs == articles + 1  # the catalogue is there already
    assert store_quads(tmp_path / "store") == store_quads(built.path)


def test_a_changed_input_redoes_its_shard_only(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(DEV.glob("*.txt"))[:4]:
        (corpus / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "shards"
    first = extract([corpus], out, part_size=2)
    assert first.ok and first.written == 2
    changed = max(corpus.glob("*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEin Satz mehr.\n",
                       encoding="utf-8")
    second = extract([corpus], out, part_size=2)
    assert (second.written, second.reused, second.removed) == (1, 1, 1)
    assert second.shards[0] == first.shards[0] and second.shards[1] != first.shards[1]
    assert sorted(p.name for p in out.glob("*.nq.gz")) == sorted(second.shards)


def _jsonl_lines(count: int) -> list[str]:
    texts = sorted(DEV.glob("*.txt"))[:count]
    return [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) for p in texts]


def test_gzipped_json_lines_in_parts(tmp_path: Path) -> None:
    lines = _jsonl_lines(5)
    plain = tmp_path / "news.jsonl"
    plain.write_text("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n",
                     encoding="utf-8")
    packed = tmp_path / "news.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    parts = [p for p in plan([plain], 2)]
    assert [(p.first, p.lines) for p in parts if isinstance(p, Part)] == [(1, 2), (3, 2), (5, 2)]
    ids = [a.id for p in parts if isinstance(p, Part) for a in read_part(p)]
    assert ids == [json.loads(line)["id"] for line in lines]

    stores = {}
    for name, source in (("plain", plain), ("gz", packed)):
        stores[name] = Store(tmp_path / name)
        report = build([source], stores[name], batch_size=2)
        assert report.ok and report.built == 5
    # the same articles, the same graphs; only fin:source names the file it came from
    assert _without_sources(store_quads(stores["plain"].path)) == _without_sources(
        store_quads(stores["gz"].path))
    assert {q for q in store_quads(stores["gz"].path) if f" {SOURCE} " in q} and all(
        "news.jsonl.gz:" in q for q in store_quads(stores["gz"].path) if f" {SOURCE} " in q)


def test_fsspec_url_reads_as_the_path(built: Store, tmp_path: Path) -> None:
    pytest.importorskip("fsspec")
    store = Store(tmp_path / "store")
    report = build([SEEDS.as_uri(), DEV.as_uri()], store, batch_size=5)
    assert report.ok and report.built == 2 + len(list(DEV.glob("*.txt")))
    assert _without_sources(store_quads(store.path)) == _without_sources(store_quads(built.path))
    out = extract([DEV.as_uri()], f"{(tmp_path / 'shards').as_uri()}", part_size=5)
    assert out.ok and len(out.shards) == -(-len(list(DEV.glob('*.txt'))) // 5)
    graphs = read_shard(str(tmp_path / "shards" / out.shards[0]))
    # the part's articles, then its piece of the entity graph
    assert [name.rsplit("/", 1)[-1] for name, _ in graphs] == [*sorted(
        p.stem for p in DEV.glob("*.txt"))[:5], "entities"]


def test_load_needs_a_finished_extract(tmp_path: Path, kg_main) -> None:
    (tmp_path / "half").mkdir()
    done = kg_main("load", tmp_path / "half", "--store", tmp_path / "store")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"Error: {tmp_path / 'half'}: no manifest.json here; run `kg extract "
                           f"PATH... --out {tmp_path / 'half'}` to the end first\n")
    assert not (tmp_path / "store").exists()


def _remotestore_quads(endpoint: str) -> set[str]:
    base = endpoint.rsplit("/", 1)[0]
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        data = response.read()
    return {str(q) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)}


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` of this module's own (the session's is shared)."""
    with oxigraph_serving(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


def test_load_into_a_real_oxigraph_server(built: Store, tmp_path: Path, own_server: str) -> None:
    oxigraph_server = own_server
    out = tmp_path / "shards"
    assert extract(CORPUS, out, part_size=6).ok
    stale = "<urn:stale> <urn:p> \"old\" .\n"
    Endpoint(oxigraph_server).put_graph("https://w3id.org/finkg/resource/article/d01",
                                        stale.encode())
    report = load_remote(out, Endpoint(oxigraph_server))
    # the articles, the catalogue and the entity graph
    assert report.graphs == 4 + len(list(DEV.glob("*.txt")))
    assert _remotestore_quads(oxigraph_server) == store_quads(built.path)


class _Counting(Endpoint):
    """An endpoint that counts the HTTP requests it sends."""

    sent: list[str]

    def _send(self, url: str, method: str, body: bytes, content_type: str,
              seconds: float | None = None) -> int:
        self.sent = [*getattr(self, "sent", []), f"{method} {content_type}"]
        return super()._send(url, method, body, content_type, seconds)


def test_push_streams_nquads_to_a_real_oxigraph_server(built: Store, own_server: str) -> None:
    local = store_quads(built.path)
    inner = ox.Store.read_only(str(built.path))
    graphs = sorted(g.value for g in inner.named_graphs())
    del inner
    stale = "<urn:stale> <urn:p> \"old\" .\n"
    Endpoint(own_server).put_graph(graphs[0], stale.encode())
    endpoint = _Counting(own_server)
    report = push(built, endpoint)
    assert (report.protocol, report.graphs, report.triples) == ("N-Quads", len(graphs), len(local))
    # one update that drops the graphs, one POST of their N-Quads: not a request per graph
    assert endpoint.sent == ["POST application/sparql-update; charset=utf-8",
                             "POST application/n-quads"]
    assert _remotestore_quads(own_server) == local
    by_graph = _Counting(own_server)
    assert push(built, by_graph, protocol="gsp").graphs == len(graphs)
    assert len(by_graph.sent) == len(graphs) and _remotestore_quads(own_server) == local
