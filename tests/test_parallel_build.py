"""`kg build --jobs N` writes the same graph as `--jobs 1`, and the fast
N-Triples writer stores exactly what the rdflib graphs hold."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import store_quads
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.build import build
from kg.nlp.extract import Extractor
from kg.rdf.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "seeds", ROOT / "tests" / "data" / "dev"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()



def test_parallel_build_same_quads_as_serial(tmp_path: Path, extractor: Extractor) -> None:
    serial, parallel = Store(tmp_path / "serial"), Store(tmp_path / "parallel")
    one = build(CORPUS, serial, extractor=extractor, batch_size=3, jobs=1)
    two = build(CORPUS, parallel, extractor=extractor, batch_size=3, jobs=2)
    assert one.built == two.built > 10
    assert (one.quads, one.ad_blocks) == (two.quads, two.ad_blocks)
    assert store_quads(serial.path) == store_quads(parallel.path)
    again = build(CORPUS, parallel, extractor=extractor, batch_size=3, jobs=2)
    assert again.built == 0 and again.unchanged == one.built


def test_parallel_build_stops_at_a_bad_batch(tmp_path: Path, extractor: Extractor,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """An article of the third batch does not conform: it is reported and left out, the
    rest of its batch and the batches before and after it are written."""
    module = sys.modules["kg.build"]
    real = module.to_triples
    bad = "d04"  # batches: the two seeds, d01 + d02, d03 + d04, …

    def broken(extraction):
        triples = real(extraction)
        if extraction.article.id == bad:
            triples = [t for t in triples if t[1] != URIRef("https://schema.org/headline")]
        return triples

    monkeypatch.setattr(module, "to_triples", broken)
    store = Store(tmp_path / "store")
    report = build(CORPUS, store, extractor=extractor, batch_size=2, jobs=2)
    assert len(report.errors) == 1 and "article d04" in report.errors[0] \
        and "headline" in report.errors[0]
    written = ox.Store.read_only(str(store.path))
    graphs = {g.value.rsplit("/", 1)[-1] for g in written.named_graphs()}
    del written
    assert {"d01", "d02", "d03", "d05"} <= graphs
    assert "d04" not in graphs


def test_writer_stores_what_the_graphs_hold(tmp_path: Path) -> None:
    name = URIRef("https://w3id.org/finkg/resource/article/t1")
    graph = Graph(identifier=name)
    s, p = URIRef("https://w3id.org/finkg/resource/x"), URIRef("https://example.com/p")
    for o in (Literal('quote " backslash \\ line\nbreak\r'), Literal("Grüße", lang="de"),
              Literal(5, datatype=XSD.integer), Literal("6.39", datatype=XSD.decimal),
              Literal("plain"), URIRef("http://www.wikidata.org/entity/Q1")):
        graph.add((s, p, o))
    store = Store(tmp_path / "store")
    with store.write() as writer:
        assert writer.replace_graphs([graph]) == len(graph)
    graph.remove((s, p, Literal("plain")))
    graph.add((s, p, Literal("replaced")))
    with store.write() as writer:  # the graph exists now: replaced in one update
        assert writer.replace_graphs([graph]) == len(graph)
    written = ox.Store.read_only(str(store.path))
    text = written.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(name)))
    del written
    assert isomorphic(Graph().parse(data=text, format="nt"), graph)
