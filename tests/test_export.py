"""`kg export` of the seed store, re-read by independent parsers.

pyoxigraph (Rust) and rdflib (Python) parse what the command wrote; the
graph-aware formats must give back every quad the store holds, the
graph-less ones every distinct triple.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import KgCall, call_kg_main, run_kg_parallel
from rdflib import Dataset, Graph

from kg.rdf.store import Store

# export format -> (pyoxigraph format, rdflib format)
FORMATS = {
    "trig": (ox.RdfFormat.TRIG, "trig"),
    "nq": (ox.RdfFormat.N_QUADS, "nquads"),
    "ttl": (ox.RdfFormat.TURTLE, "turtle"),
    "nt": (ox.RdfFormat.N_TRIPLES, "nt"),
    "jsonld": (ox.RdfFormat.JSON_LD, "json-ld"),
}


class Exports:
    """The seed store exported in every format with `-o FILE` (N-Quads by the
    console script, the others through kg.cli.main in this process), and as
    TriG to stdout by the console script."""

    SUBPROCESS = ("nq",)

    def __init__(self, base: Path, store: Store) -> None:
        self.files = {fmt: base / f"seeds.{fmt}" for fmt in FORMATS}
        calls = {fmt: KgCall(("export", "--format", fmt, "-o", self.files[fmt],
                              "--store", store.path), cwd=base) for fmt in self.SUBPROCESS}
        calls["stdout"] = KgCall(("export", "--format", "trig", "--store", store.path), cwd=base)
        self.runs = run_kg_parallel(calls, binary=True)
        self.codes = {name: run.returncode for name, run in self.runs.items()}
        for fmt in FORMATS:
            if fmt not in self.SUBPROCESS:
                self.codes[fmt] = call_kg_main("export", "--format", fmt, "-o", self.files[fmt],
                                               "--store", store.path, cwd=base)
        inner = ox.Store.read_only(str(store.path))
        self.store_quads = set(inner.quads_for_pattern(None, None, None, None))
        del inner
        self.store_triples = {ox.Triple(q.subject, q.predicate, q.object)
                              for q in self.store_quads}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory, seed_store: Store) -> Exports:
    return Exports(tmp_path_factory.mktemp("export"), seed_store)


def ox_parse(data: bytes, fmt: str) -> list[ox.Quad]:
    return list(ox.parse(data, format=FORMATS[fmt][0]))


DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


def value_of(term: object) -> object:
    """A term, with xsd:decimal literals compared by value ("35" = "35.0")."""
    if isinstance(term, ox.Literal) and term.datatype == DECIMAL:
        return ("decimal", Decimal(term.value))
    return term


def by_value(statements: Iterable[ox.Quad | ox.Triple], graphs: bool = True) -> set[tuple]:
    out = set()
    for st in statements:
        key = (st.subject, st.predicate, value_of(st.object))
        if graphs and isinstance(st, ox.Quad):
            key += (st.graph_name,)
        out.add(key)
    return out


@pytest.mark.parametrize("name", [*FORMATS, "stdout"])
def test_export_exits_0(exports: Exports, name: str) -> None:
    assert exports.codes[name] == 0


def test_export_trig_stdout_pyoxigraph_quad_count(exports: Exports) -> None:
    quads = ox_parse(exports.runs["stdout"].stdout, "trig")
    assert len(quads) == len(exports.store_quads)


def test_export_trig_stdout_pyoxigraph_same_quads_by_value(exports: Exports) -> None:
    quads = ox_parse(exports.runs["stdout"].stdout, "trig")
    assert by_value(quads) == by_value(exports.store_quads)


def test_export_trig_stdout_pyoxigraph_same_quads_term_for_term(exports: Exports) -> None:
    quads = ox_parse(exports.runs["stdout"].stdout, "trig")
    assert set(quads) == exports.store_quads


def test_export_trig_stdout_rdflib_quad_count(exports: Exports) -> None:
    dataset = Dataset()
    dataset.parse(data=exports.runs["stdout"].stdout, format="trig")
    assert len(list(dataset.quads((None, None, None, None)))) == len(exports.store_quads)


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_export_graph_aware_file_pyoxigraph_quad_count(exports: Exports, fmt: str) -> None:
    quads = ox_parse(exports.files[fmt].read_bytes(), fmt)
    assert len(quads) == len(exports.store_quads)


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_export_graph_aware_file_keeps_named_graphs(exports: Exports, fmt: str) -> None:
    quads = ox_parse(exports.files[fmt].read_bytes(), fmt)
    assert {q.graph_name for q in quads} == {q.graph_name for q in exports.store_quads}


def test_export_nq_rdflib_quad_count(exports: Exports) -> None:
    dataset = Dataset()
    dataset.parse(data=exports.files["nq"].read_bytes(), format="nquads")
    assert len(list(dataset.quads((None, None, None, None)))) == len(exports.store_quads)


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_export_graphless_pyoxigraph_distinct_triples(exports: Exports, fmt: str) -> None:
    triples = [q.triple for q in ox_parse(exports.files[fmt].read_bytes(), fmt)]
    assert len(triples) == len(exports.store_triples)
    assert by_value(triples) == by_value(exports.store_triples)


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_export_graphless_rdflib_parses(exports: Exports, fmt: str) -> None:
    graph = Graph()
    graph.parse(data=exports.files[fmt].read_bytes(), format=FORMATS[fmt][1])
    assert len(graph) == len(exports.store_triples)


def test_export_jsonld_rdflib_quad_count(exports: Exports) -> None:
    dataset = Dataset()
    dataset.parse(data=exports.files["jsonld"].read_bytes(), format="json-ld")
    assert len(list(dataset.quads((None, None, None, None)))) == len(exports.store_quads)


def test_export_output_option_writes_the_file_not_stdout(exports: Exports) -> None:
    assert exports.files["nq"].stat().st_size > 0
    assert exports.runs["nq"].stdout == b""


def test_export_output_option_leaves_no_partial_file(exports: Exports) -> None:
    folder = exports.files["nq"].parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in exports.files.values())


def test_export_output_option_same_as_stdout(exports: Exports) -> None:
    from_file = set(ox_parse(exports.files["trig"].read_bytes(), "trig"))
    from_stdout = set(ox_parse(exports.runs["stdout"].stdout, "trig"))
    assert from_file
    assert from_file == from_stdout


def test_export_nq_lines_are_quads(exports: Exports) -> None:
    lines = [line for line in io.StringIO(exports.files["nq"].read_text(encoding="utf-8"))
             if line.strip()]
    assert len(lines) == len(exports.store_quads)
