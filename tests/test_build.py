"""kg.build end to end on seeds/: one named graph per article plus the
catalogue graph, SHACL-valid, incremental, and all-or-nothing on failure.

Expected values come from the seed files themselves (headline = first line,
sha256 of the bytes) and from the rules in CONTRACT.md / docs/rdf-mapping.md.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import (
    CATALOGUE_GRAPH,
    FIN,
    KGR,
    ONTOLOGY,
    SEED_000,
    SEED_003,
    SEEDS,
    KgCall,
    SeedBuild,
    article_graph,
    run_kg_main,
    run_kg_parallel,
)
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SDO

from kg.build import build
from kg.nlp.extract import Extractor
from kg.rdf.mapper import article_iri
from kg.rdf.shapes import violations
from kg.rdf.store import Store

# the module, not the function kg.build that the package re-exports
build_module = importlib.import_module("kg.build")
Quads = set[ox.Quad]
NEW_HEADLINE = "Alibaba setzt Milliarden auf KI-Werbung"


def quads_in(quads: Quads, graph: str) -> Quads:
    return {q for q in quads if q.graph_name == ox.NamedNode(graph)}


def objects(quads: Quads, graph: str, subject: str, predicate: str) -> list[str]:
    return sorted(q.object.value for q in quads_in(quads, graph)
                  if q.subject == ox.NamedNode(subject) and q.predicate == ox.NamedNode(predicate))


def edit_003(seeds: Path) -> Path:
    """Give seed 003 a new first line (its headline); the rest stays."""
    path = seeds / f"{SEED_003}.txt"
    path.write_text(NEW_HEADLINE + "\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    return path


# --- the seed build -------------------------------------------------------------


def test_build_seeds_builds_both_articles(seed_build: SeedBuild) -> None:
    report = seed_build.report
    assert (report.built, report.unchanged, report.errors) == (2, 0, [])


def test_build_seeds_one_graph_per_article_plus_catalogue_and_entities(seed_store: Store,
                                                                       store_quads) -> None:
    graphs = {q.graph_name.value for q in store_quads(seed_store.path)}
    assert graphs == {article_graph(SEED_000), article_graph(SEED_003), CATALOGUE_GRAPH,
                      KGR + "graph/entities"}


def test_build_seeds_two_article_nodes(seed_store: Store) -> None:
    query = f"""SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        GRAPH ?g {{ ?a a <{FIN}Article> }} }}"""
    with seed_store.read() as dataset:
        [[count]] = list(dataset.query(query))
    assert int(count) == 2


def test_build_seeds_article_node_names_its_graph(seed_store: Store, store_quads) -> None:
    quads = store_quads(seed_store.path)
    typed = {q.subject.value: q.graph_name.value for q in quads
             if q.predicate.value.endswith("22-rdf-syntax-ns#type")
             and q.object == ox.NamedNode(FIN + "Article")}
    assert typed == {article_graph(SEED_000): article_graph(SEED_000),
                     article_graph(SEED_003): article_graph(SEED_003)}


@pytest.mark.parametrize("seed", [SEED_000, SEED_003])
def test_build_seeds_article_headline_is_first_line(seed_store: Store, store_quads,
                                                    seed: str) -> None:
    first_line = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8").splitlines()[0].strip()
    node = article_graph(seed)
    assert objects(store_quads(seed_store.path), node, node,
                   str(SDO.headline)) == [first_line[:500]]


@pytest.mark.parametrize("seed", [SEED_000, SEED_003])
def test_build_seeds_article_sha256_of_file_bytes(seed_store: Store, store_quads,
                                                  seed: str) -> None:
    digest = hashlib.sha256((SEEDS / f"{seed}.txt").read_bytes()).hexdigest()
    node = article_graph(seed)
    assert objects(store_quads(seed_store.path), node, node, FIN + "sha256") == [digest]


@pytest.mark.parametrize("seed", [SEED_000, SEED_003])
def test_build_seeds_article_source_is_path_as_given(seed_store: Store, store_quads,
                                                     seed: str) -> None:
    node = article_graph(seed)
    assert objects(store_quads(seed_store.path), node, node,
                   FIN + "source") == [str(SEEDS / f"{seed}.txt")]


@pytest.mark.parametrize("seed", [SEED_000, SEED_003])
def test_build_seeds_article_language_is_german(seed_store: Store, store_quads,
                                                seed: str) -> None:
    # both gold files say "lang": "de"
    node = article_graph(seed)
    assert objects(store_quads(seed_store.path), node, node, str(SDO.inLanguage)) == ["de"]


@pytest.mark.parametrize(("seed", "blocks"), [(SEED_000, "1"), (SEED_003, "2")])
def test_build_seeds_ad_blocks_counted(seed_store: Store, store_quads, seed: str,
                                       blocks: str) -> None:
    # 000 ends in one promotion block; 003 has two "Anzeige" blocks
    node = article_graph(seed)
    assert objects(store_quads(seed_store.path), node, node, FIN + "adBlocks") == [blocks]


@pytest.mark.parametrize("phrase", ["Kaufen oder verkaufen", "Handlungsbedarf",
                                    "Sollten Anleger sofort verkaufen", "Hier weiterlesen"])
def test_build_seeds_no_fact_comes_from_an_ad(seed_store: Store, store_quads,
                                              phrase: str) -> None:
    evidence = [q.object.value for q in store_quads(seed_store.path)
                if q.predicate == ox.NamedNode(FIN + "evidence")]
    assert evidence and not [e for e in evidence if phrase in e]


def test_build_seeds_store_conforms_to_shapes(seed_store: Store, store_quads) -> None:
    names = sorted({q.graph_name.value for q in store_quads(seed_store.path)})
    graphs = []
    with seed_store.read() as dataset:
        for name in names:
            result = dataset.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> "
                                   "{ ?s ?p ?o } }")
            graph = Graph(identifier=URIRef(name))
            for triple in result:
                graph.add(triple)
            graphs.append(graph)
    assert sum(len(g) for g in graphs) == len(store_quads(seed_store.path))
    assert violations(graphs) == []


def test_build_catalogue_graph_holds_catalogue_labels(seed_store: Store, store_quads) -> None:
    labels = objects(store_quads(seed_store.path), CATALOGUE_GRAPH, KGR + "alibaba-cloud",
                     "http://www.w3.org/2000/01/rdf-schema#label")
    assert labels == ["Alibaba Cloud"]


# --- re-building -------------------------------------------------------------------


def test_build_unchanged_seeds_reported_unchanged(store_copy: Store,
                                                  extractor: Extractor) -> None:
    report = build([SEEDS], store_copy, extractor=extractor)
    assert (report.built, report.unchanged, report.errors) == (0, 2, [])


def test_build_unchanged_seeds_keep_every_quad(store_copy: Store, extractor: Extractor,
                                               store_quads) -> None:
    before = store_quads(store_copy.path)
    build([SEEDS], store_copy, extractor=extractor)
    after = store_quads(store_copy.path)
    assert len(after) == len(before)
    assert after == before


def test_build_unchanged_seeds_touch_no_file(store_copy: Store, extractor: Extractor,
                                             snapshot) -> None:
    before = snapshot(store_copy.path)
    build([SEEDS], store_copy, extractor=extractor)
    assert snapshot(store_copy.path) == before


class EditedBuild:
    """Seed 003 edited and built into a copy of the seed store; also the
    same edited seeds built into a fresh store, for comparison."""

    def __init__(self, base: Path, seed_store: Store, extractor: Extractor) -> None:
        self.seeds = base / "seeds"
        shutil.copytree(SEEDS, self.seeds)
        self.edited = edit_003(self.seeds)
        self.store = Store(base / "copy" / "store")
        shutil.copytree(seed_store.path, self.store.path)
        self.before = _read_quads(self.store.path)
        self.report = build([self.seeds], self.store, extractor=extractor)
        self.after = _read_quads(self.store.path)
        self.fresh = Store(base / "fresh" / "store")
        build([self.seeds], self.fresh, extractor=extractor)
        self.fresh_quads = _read_quads(self.fresh.path)


def _read_quads(path: Path) -> Quads:
    inner = ox.Store.read_only(str(path))
    try:
        return set(inner.quads_for_pattern(None, None, None, None))
    finally:
        del inner


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory, seed_store: Store,
           extractor: Extractor) -> EditedBuild:
    return EditedBuild(tmp_path_factory.mktemp("edited"), seed_store, extractor)


def test_build_changed_article_rebuilt_other_unchanged(edited: EditedBuild) -> None:
    assert (edited.report.built, edited.report.unchanged, edited.report.errors) == (1, 1, [])


def test_build_changed_article_leaves_other_graph_identical(edited: EditedBuild) -> None:
    graph = article_graph(SEED_000)
    assert quads_in(edited.after, graph) == quads_in(edited.before, graph)


def test_build_changed_article_leaves_catalogue_graph_identical(edited: EditedBuild) -> None:
    assert quads_in(edited.after, CATALOGUE_GRAPH) == quads_in(edited.before, CATALOGUE_GRAPH)


def test_build_changed_article_has_new_headline_only(edited: EditedBuild) -> None:
    node = article_graph(SEED_003)
    assert objects(edited.after, node, node, str(SDO.headline)) == [NEW_HEADLINE]


def test_build_changed_article_has_new_sha256_only(edited: EditedBuild) -> None:
    node = article_graph(SEED_003)
    digest = hashlib.sha256(edited.edited.read_bytes()).hexdigest()
    assert objects(edited.after, node, node, FIN + "sha256") == [digest]


def test_build_changed_article_graph_equals_a_fresh_build(edited: EditedBuild) -> None:
    graph = article_graph(SEED_003)
    assert quads_in(edited.after, graph) == quads_in(edited.fresh_quads, graph)


def test_build_changed_article_keeps_no_old_quad_that_fresh_lacks(edited: EditedBuild) -> None:
    graph = article_graph(SEED_003)
    stale = quads_in(edited.before, graph) - quads_in(edited.fresh_quads, graph)
    assert stale and not stale & edited.after


# --- articles that do not conform are left out, the store as it was ----------------


def add_second_language(original: Callable) -> Callable:
    """to_triples, plus a second schema:inLanguage "fr" on the article node:
    the article shape allows exactly one, "de" or "en"."""

    def broken(extraction):  # type: ignore[no-untyped-def]
        triples = original(extraction)
        return [*triples, (article_iri(extraction.article.id), SDO.inLanguage, Literal("fr"))]

    return broken


def test_build_shape_violation_is_reported(store_copy: Store, seed_copy: Path,
                                           extractor: Extractor,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The changed article does not conform: one line names it and the shape at fault, and
    the build fails."""
    edit_003(seed_copy)
    monkeypatch.setattr(build_module, "to_triples", add_second_language(build_module.to_triples))
    report = build([seed_copy], store_copy, extractor=extractor)
    assert not report.ok and report.built == 0
    assert len(report.errors) == 1 and "inLanguage" in report.errors[0]


def test_build_shape_violation_leaves_store_bytes_unchanged(
        store_copy: Store, seed_copy: Path, extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch, snapshot) -> None:
    edit_003(seed_copy)
    monkeypatch.setattr(build_module, "to_triples", add_second_language(build_module.to_triples))
    before = snapshot(store_copy.path)
    assert not build([seed_copy], store_copy, extractor=extractor).ok
    assert snapshot(store_copy.path) == before


def test_build_shape_violation_creates_no_new_store(
        tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "to_triples", add_second_language(build_module.to_triples))
    store = Store(tmp_path / "new" / "store")
    report = build([SEEDS], store, extractor=extractor)
    assert report.errors and all("inLanguage" in line for line in report.errors)
    assert not store.path.exists()


def ontology_with(base: Path, extra_turtle: str) -> Path:
    """A copy of ontology/ whose entity catalogue has ``extra_turtle`` appended."""
    folder = base / "ontology"
    shutil.copytree(ONTOLOGY, folder)
    with (folder / "entities.ttl").open("a", encoding="utf-8") as out:
        out.write("\n" + extra_turtle)
    return folder


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# Two catalogue entries whose labels differ only in case: both are minted as
# kgr:zyxwv-holdings, which then has two rdfs:label (the entity shape allows one).
CLASHING_ENTRIES = """
kgr:zyxwv-one a fin:Company ; rdfs:label "Zyxwv Holdings" .
kgr:zyxwv-two a fin:Company ; rdfs:label "ZYXWV Holdings" .
"""
NEW_ENTRY = 'kgr:zyxwv-holdings a fin:Company ; rdfs:label "Zyxwv Holdings" .\n'


def make_bad_input(kind: str, base: Path) -> Path:
    if kind == "missing":
        return base / "nicht-da.txt"
    if kind == "broken-symlink":
        link = base / "verweis.txt"
        link.symlink_to(base / "ziel-fehlt.txt")
        return link
    if kind == "binary":
        path = base / "bild.txt"
        path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
        return path
    if kind == "fifo":
        path = base / "rohr.txt"
        os.mkfifo(path)
        return path
    if kind == "no-permission":
        path = base / "geheim.txt"
        path.write_text("Geheim\nNiemand darf das lesen.\n", encoding="utf-8")
        path.chmod(0)
        return path
    raise ValueError(kind)


AS_ROOT = os.geteuid() == 0
BAD_KINDS = ["missing", "broken-symlink", "binary", "fifo"] + ([] if AS_ROOT else ["no-permission"])
BAD_PARAMS = [*BAD_KINDS[:4], pytest.param("no-permission", marks=pytest.mark.skipif(
    AS_ROOT, reason="root reads files whatever their mode"))]


@dataclass
class CliBuild:
    """A `kg build` run into a private copy of the seed store."""

    store: Path
    before: dict[str, str]
    bad: Path | None = None
    result: subprocess.CompletedProcess[str] | None = None
    after: dict[str, str] = field(default_factory=dict)


class CliBuilds:
    """`kg build` runs that must leave their store as it was: one per unreadable
    input (with the unchanged seeds beside it), in this process through the
    console script's entry point, and, as `kg` subprocesses started together,
    one whose batch violates the shapes and one with only the catalogue changed."""

    def __init__(self, base: Path, seed_store: Store) -> None:
        self.runs: dict[str, CliBuild] = {}
        calls: dict[str, KgCall] = {}
        in_process: dict[str, tuple[Path, tuple[str | Path, ...]]] = {}
        for kind in BAD_KINDS:
            folder = base / kind
            folder.mkdir()
            run = self._prepare(kind, folder, seed_store)
            run.bad = make_bad_input(kind, folder)
            in_process[kind] = (folder, ("build", SEEDS, run.bad, "--store", run.store))

        folder = base / "violation"
        folder.mkdir()
        seeds = folder / "seeds"
        shutil.copytree(SEEDS, seeds)
        edit_003(seeds)
        run = self._prepare("violation", folder, seed_store)
        calls["violation"] = KgCall(
            ("build", seeds, "--store", run.store), cwd=folder,
            env={"FINKG_ONTOLOGY": str(ontology_with(folder, CLASHING_ENTRIES))})

        folder = base / "catalogue"
        folder.mkdir()
        run = self._prepare("catalogue", folder, seed_store)
        calls["catalogue"] = KgCall(
            ("build", SEEDS, "--store", run.store), cwd=folder,
            env={"FINKG_ONTOLOGY": str(ontology_with(folder, NEW_ENTRY))})

        for key, (folder, args) in in_process.items():
            self.runs[key].result = run_kg_main(*args, cwd=folder)
            self.runs[key].after = _snapshot(self.runs[key].store)
        for key, result in run_kg_parallel(calls).items():
            self.runs[key].result = result
            self.runs[key].after = _snapshot(self.runs[key].store)

    def _prepare(self, key: str, folder: Path, seed_store: Store) -> CliBuild:
        store = folder / "copy" / "store"
        shutil.copytree(seed_store.path, store)
        self.runs[key] = CliBuild(store=store, before=_snapshot(store))
        return self.runs[key]


@pytest.fixture(scope="module")
def cli_builds(tmp_path_factory: pytest.TempPathFactory, seed_store: Store) -> CliBuilds:
    return CliBuilds(tmp_path_factory.mktemp("cli-builds"), seed_store)


def result_of(cli_builds: CliBuilds, key: str) -> subprocess.CompletedProcess[str]:
    result = cli_builds.runs[key].result
    assert result is not None
    return result


# --- a batch that violates the shapes, through `kg build` --------------------------


def test_build_cli_shape_violation_exit_code_3(cli_builds: CliBuilds) -> None:
    result = result_of(cli_builds, "violation")
    assert result.returncode == 3, result.stderr


def test_build_cli_shape_violation_one_error_line_says_why(cli_builds: CliBuilds) -> None:
    errors = [line for line in result_of(cli_builds, "violation").stderr.splitlines()
              if line.startswith("Error:")]
    assert len(errors) == 1
    assert "SHACL" in errors[0] and "zyxwv-holdings" in errors[0] and "label" in errors[0]


def test_build_cli_shape_violation_no_traceback(cli_builds: CliBuilds) -> None:
    result = result_of(cli_builds, "violation")
    assert "Traceback" not in result.stderr + result.stdout


def test_build_cli_shape_violation_leaves_store_bytes_unchanged(cli_builds: CliBuilds) -> None:
    run = cli_builds.runs["violation"]
    assert run.before and run.after == run.before


# --- unreadable inputs, through `kg build` -------------------------------------------


@pytest.mark.parametrize("kind", BAD_PARAMS)
def test_build_cli_unreadable_input_exit_code_1(cli_builds: CliBuilds, kind: str) -> None:
    result = result_of(cli_builds, kind)
    assert result.returncode == 1, result.stderr


@pytest.mark.parametrize("kind", BAD_PARAMS)
def test_build_cli_unreadable_input_one_error_line_naming_file(cli_builds: CliBuilds,
                                                               kind: str) -> None:
    lines = result_of(cli_builds, kind).stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: ") and str(cli_builds.runs[kind].bad) in lines[0]


@pytest.mark.parametrize("kind", BAD_PARAMS)
def test_build_cli_unreadable_input_no_traceback(cli_builds: CliBuilds, kind: str) -> None:
    result = result_of(cli_builds, kind)
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("kind", BAD_PARAMS)
def test_build_cli_unreadable_input_leaves_store_bytes_unchanged(cli_builds: CliBuilds,
                                                                 kind: str) -> None:
    run = cli_builds.runs[kind]
    assert run.before and run.after == run.before


@pytest.mark.parametrize("kind", BAD_PARAMS)
def test_build_cli_unreadable_input_rest_still_read(cli_builds: CliBuilds, kind: str) -> None:
    assert "2 unchanged, 1 failed" in result_of(cli_builds, kind).stdout


# --- the catalogue ---------------------------------------------------------------------


def test_build_changed_catalogue_replaces_catalogue_graph(cli_builds: CliBuilds,
                                                          store_quads) -> None:
    run = cli_builds.runs["catalogue"]
    assert result_of(cli_builds, "catalogue").returncode == 0
    labels = objects(store_quads(run.store), CATALOGUE_GRAPH, KGR + "zyxwv-holdings",
                     "http://www.w3.org/2000/01/rdf-schema#label")
    assert labels == ["Zyxwv Holdings"]
