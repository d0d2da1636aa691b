"""The output file's extension picks the format of `kg export`, `kg viz` and
`kg graph export` when --format is not given; a contradiction is one line.

What was written is read back by independent parsers (rdflib, NetworkX) or
recognised by its file signature.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.rdf.store import Store


def test_cli_formats_export_ttl_extension_writes_turtle(kg_main, seed_store: Store,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    assert kg_main("export", "-o", out, "--store", seed_store.path).returncode == 0
    graph = Graph().parse(out, format="turtle")  # TriG's "{" would fail here
    assert len(graph) > 100


def test_cli_formats_export_nq_extension_writes_quads(kg_main, seed_store: Store,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "out.nq"
    assert kg_main("export", "-o", out, "--store", seed_store.path).returncode == 0
    dataset = Dataset().parse(out, format="nquads")
    assert len({g.identifier for g in dataset.graphs()}) >= 3  # two articles + catalogue


def test_cli_formats_export_without_extension_keeps_trig(kg_main, seed_store: Store,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "dump"
    assert kg_main("export", "-o", out, "--store", seed_store.path).returncode == 0
    assert "{" in out.read_text(encoding="utf-8")
    assert len(Dataset().parse(out, format="trig")) > 0


def test_cli_formats_viz_png_extension_writes_png(kg_main, seed_store: Store,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "seed.png"
    assert kg_main("viz", "-o", out, "--store", seed_store.path).returncode == 0
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_cli_formats_viz_svg_extension_writes_svg(kg_main, seed_store: Store,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "seed.svg"
    assert kg_main("viz", "-o", out, "--store", seed_store.path).returncode == 0
    assert b"<svg" in out.read_bytes()[:2000]


def test_cli_formats_graph_export_gexf_extension_writes_gexf(kg_main, seed_store: Store,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "g.gexf"
    assert kg_main("graph", "export", "-o", out, "--store", seed_store.path).returncode == 0
    graph = nx.read_gexf(out)
    assert graph.number_of_nodes() > 5


def test_cli_formats_graph_export_dot_extension_writes_dot(kg_main, seed_store: Store,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "g.dot"
    assert kg_main("graph", "export", "-o", out, "--store", seed_store.path).returncode == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith(("digraph", "strict digraph"))


@pytest.mark.parametrize("args", [
    ("export", "--format", "nt", "-o", "out.ttl"),
    ("viz", "--format", "svg", "-o", "seed.png"),
    ("graph", "export", "--format", "graphml", "-o", "g.gexf"),
])
def test_cli_formats_contradiction_is_one_line_exit_2(kg_main, seed_store: Store,
                                                      args: tuple[str, ...]) -> None:
    result = kg_main(*args, "--store", seed_store.path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --format ")
    assert "contradicts" in lines[0]
    assert not list(Path.cwd().iterdir())  # nothing written


def test_cli_formats_unknown_extension_names_the_known_ones(kg_main, seed_store: Store) -> None:
    result = kg_main("export", "-o", "out.rdf", "--store", seed_store.path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'.rdf'" in lines[0] and ".ttl" in lines[0]
    assert not Path("out.rdf").exists()


def test_cli_formats_given_format_with_unknown_extension_is_kept(kg_main, seed_store: Store,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "out.rdf"
    assert kg_main("export", "-f", "nt", "-o", out, "--store", seed_store.path).returncode == 0
    assert len(Graph().parse(out, format="nt")) > 100
