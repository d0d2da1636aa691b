"""Confidence on every fact: the records, the reliability table, the
calibration stage, fin:confidence in the store, and the build's threshold.

Expected numbers are worked out by hand in the comments beside them; graphs
written by a build are read back with rdflib from an N-Quads export and
checked with pyshacl, not with the code that wrote them.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, Namespace
from rdflib.namespace import RDF

from kg.build import build
from kg.errors import OntologyError
from kg.ingest import read_articles
from kg.nlp import confidence
from kg.nlp.confidence import (
    Reliability,
    RuleCount,
    above,
    calibrate,
    format_table,
    load_reliability,
    reliability_from,
    smoothed,
)
from kg.nlp.extract import Extractor
from kg.rdf.store import Store
from kg.records import UNCALIBRATED, Article, Evidence, Figure, Rating, Relation

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHAPES = ROOT / "ontology" / "shapes.ttl"
KG = [sys.executable, "-m", "kg"]
FIN = Namespace("https://w3id.org/finkg/ontology#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain Namespace: pytest probes globals
FACT_TYPES = (RDF.Statement, FIN.Observation, FIN.AnalystRating)

EVIDENCE = Evidence(sentence="CLSA bestätigt Outperform.", start=0, end=26, extractor="r/x")


def _relation(rule: str = "r/x", predicate: str = "covers") -> Relation:
    return Relation(subject="CLSA", predicate=predicate, object="Alibaba Group",  # type: ignore[arg-type]
                    evidence=EVIDENCE.model_copy(update={"extractor": rule}))


def _figure(rule: str = "f/x", metric: str = "Revenue") -> Figure:
    return Figure(about="Alibaba Group", metric=metric, value=Decimal(5), unit="USD",  # type: ignore[arg-type]
                  evidence=EVIDENCE.model_copy(update={"extractor": rule}))


def _rating(rule: str = "g/x") -> Rating:
    return Rating(by="CLSA", about="Alibaba Group", rating="Outperform",
                  evidence=EVIDENCE.model_copy(update={"extractor": rule}))


# ------------------------------------------------------------------ records


def test_finders_need_not_set_a_confidence() -> None:
    assert _relation().confidence == UNCALIBRATED
    assert _figure().confidence == UNCALIBRATED
    assert _rating().confidence == UNCALIBRATED


@pytest.mark.parametrize("value", [-0.01, 1.01, math.nan, math.inf])
def test_confidence_outside_zero_to_one_is_refused(value: float) -> None:
    with pytest.raises(ValidationError):
        Relation(subject="a", predicate="covers", object="b", evidence=EVIDENCE,
                 confidence=value)
    with pytest.raises(ValidationError):
        Rating(by="a", about="b", rating="Buy", evidence=EVIDENCE, confidence=value)


@pytest.mark.parametrize("value", [0.0, 1.0])
def test_confidence_bounds_are_allowed(value: float) -> None:
    assert Figure(about="a", metric="Revenue", value=Decimal(1), unit="USD",
                  evidence=EVIDENCE, confidence=value).confidence == value


# ------------------------------------------------------------------ the table


def test_smoothing_shrinks_towards_the_prior() -> None:
    # (3 + 4 · 0.5) / (3 + 1 + 4) = 5 / 8
    assert smoothed(RuleCount(3, 1), 0.5) == pytest.approx(0.625)
    # no facts seen: the prior itself
    assert smoothed(RuleCount(0, 0), 0.8) == pytest.approx(0.8)


def test_table_from_counts_by_hand() -> None:
    counts = {
        "relations": {("a", "covers"): RuleCount(6, 0), ("a", "develops"): RuleCount(0, 2),
                      ("b", "covers"): RuleCount(1, 1)},
        "figures": {("f", "Revenue"): RuleCount(2, 2)},
    }
    table = reliability_from(counts, 0.4)
    # relations prior: 7 right of 10 = 0.7
    assert table.priors["relations"] == pytest.approx(0.7)
    # rule a: 6 of 8, towards 0.7: (6 + 2.8) / 12 = 0.7333
    assert table.of("relations", "a") == pytest.approx(0.733)
    # a/covers: (6 + 4 · 0.733) / 10 = 0.8932; a/develops: (0 + 2.932) / 6 = 0.4887
    assert table.of("relations", "a", "covers") == pytest.approx(0.893)
    assert table.of("relations", "a", "develops") == pytest.approx(0.489)
    # rule b has one kind only, so the kind adds nothing: (1 + 2.8) / 6 = 0.6333
    assert table.of("relations", "b", "covers") == pytest.approx(0.633)
    assert ("b", "covers") not in table.rules["relations"]
    # a kind never measured: its rule; a rule never measured: the prior
    assert table.of("relations", "a", "partnerOf") == pytest.approx(0.733)
    assert table.of("relations", "new/rule", "covers") == pytest.approx(0.7)
    # figures: 2 of 4; ratings: no facts, the neutral value
    assert table.of("figures", "f", "Revenue") == pytest.approx(0.5)
    assert table.of("ratings", "anything") == UNCALIBRATED
    assert table.min_confidence == 0.4


def test_table_file_round_trip(tmp_path: Path) -> None:
    counts = {"relations": {("relations/de/venue", "listedOn"): RuleCount(5, 1),
                            ("relations/de/venue", "locatedIn"): RuleCount(1, 3),
                            ("a rule with spaces", "covers"): RuleCount(1, 0)},
              "ratings": {("ratings/en", None): RuleCount(4, 0)}}
    table = reliability_from(counts, 0.55)
    path = tmp_path / "reliability.toml"
    path.write_text(format_table(table, counts, "made for a test"), encoding="utf-8")
    again = load_reliability(path)
    assert again == table
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# made for a test\n")
    assert '"relations/de/venue listedOn" = { reliability = ' in text
    assert "tp = 5, fp = 1" in text


@pytest.mark.parametrize("text", [
    "min_confidence = 0.5\n[relations]\nprior = 1.5\n",
    "min_confidence = -0.1\n",
    "prior_strength = 4\n",
    "min_confidence = [\n",
    'min_confidence = 0.5\n[figures]\nprior = 0.7\n[figures.rules]\n"f" = 0.9\n',
])
def test_broken_table_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "reliability.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OntologyError, match="reliability table"):
        load_reliability(path)


def test_shipped_table_is_readable() -> None:
    table = load_reliability()
    assert 0.0 <= table.min_confidence <= 1.0
    assert set(table.priors) == {"relations", "figures", "ratings"}


# ------------------------------------------------------------------ the stage


def test_calibration_sets_each_fact_from_its_rule() -> None:
    table = Reliability(
        rules={"relations": {("r/x", None): 0.8, ("r/x", "develops"): 0.3},
               "figures": {("f/x", "Revenue"): 0.65}},
        priors={"relations": 0.7, "figures": 0.6, "ratings": 0.9})
    relations, figures, ratings = calibrate(
        [_relation(), _relation(predicate="develops"), _relation("r/new")],
        [_figure(), _figure(metric="Profit")], [_rating()], table)
    assert [r.confidence for r in relations] == [0.8, 0.3, 0.7]
    # f/x was measured only for Revenue: Profit falls back to the section prior
    assert [f.confidence for f in figures] == [0.65, 0.6]
    assert [r.confidence for r in ratings] == [0.9]


def _table(relations: float, figures: float, ratings: float) -> Reliability:
    """A table that knows no rule: every fact gets its section's prior."""
    return Reliability(priors={"relations": relations, "figures": figures, "ratings": ratings})


def test_above_drops_facts_below_the_threshold_and_keeps_entities() -> None:
    extraction = Extractor().extract(_seed_article())
    relations, figures, ratings = calibrate(extraction.relations, extraction.figures,
                                            extraction.ratings, _table(0.9, 0.2, 0.5))
    extraction = extraction.model_copy(update={
        "relations": tuple(relations), "figures": tuple(figures), "ratings": tuple(ratings)})
    assert extraction.relations and extraction.figures and extraction.ratings
    kept = above(extraction, 0.5)
    assert kept.relations == extraction.relations
    assert kept.figures == ()
    assert kept.ratings == extraction.ratings  # 0.5 is not below 0.5
    assert kept.entities == extraction.entities
    assert above(extraction, 0.0) == extraction


def _seed_article() -> Article:
    """The seed article with relations, figures and a rating."""
    return next(a for a in read_articles([SEEDS])
                if isinstance(a, Article) and "003_" in a.source)


# ------------------------------------------------------------------ in the store


def _export(store: Path) -> Dataset:
    """The store as N-Quads, parsed by rdflib: not the code that wrote it."""
    out = subprocess.run(KG + ["export", "--store", str(store), "--format", "nq"],
                         capture_output=True, text=True, check=True)
    data = Dataset()
    data.parse(data=out.stdout, format="nquads")
    return data


def _union(data: Dataset) -> Graph:
    union = Graph()
    for quad in data.quads((None, None, None, None)):
        union.add(quad[:3])
    return union


def _facts(data: Dataset) -> dict[object, list[Literal]]:
    """Every relation statement, observation and rating with its confidences."""
    union = _union(data)
    return {node: list(union.objects(node, FIN.confidence))
            for kind in FACT_TYPES for node in union.subjects(RDF.type, kind)}


def test_a_fact_below_the_threshold_is_not_in_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confidence, "reliability", lambda: _table(0.9, 0.2, 0.5))
    report = build([SEEDS], Store(tmp_path / "store"), min_confidence=0.5)
    assert report.ok and report.built == 2
    data = _export(tmp_path / "store")
    facts, union = _facts(data), _union(data)
    # figures had 0.2: none written; relations (0.9) and ratings (0.5) are there
    assert not list(union.subjects(RDF.type, FIN.Observation))
    assert list(union.subjects(RDF.type, RDF.Statement))
    assert list(union.subjects(RDF.type, FIN.AnalystRating))
    assert {str(v) for values in facts.values() for v in values} == {"0.9", "0.5"}


@pytest.fixture(scope="module")
def built_with_every_fact(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The seeds built by `kg build --min-confidence 0` and exported: every fact the
    rules find, whatever its confidence. Built once for the tests that only read it."""
    store = tmp_path_factory.mktemp("confidence") / "store"
    subprocess.run(KG + ["build", str(SEEDS), "--store", str(store), "--min-confidence", "0",
                         "-q"], check=True)
    return _export(store)


def test_every_fact_has_one_confidence_and_pyshacl_accepts_it(
        built_with_every_fact: Dataset) -> None:
    data = built_with_every_fact
    facts = _facts(data)
    assert len(facts) > 10
    for node, values in facts.items():
        assert len(values) == 1, node
        [value] = values
        assert value.datatype == XSD.decimal, node
        assert Decimal(0) <= Decimal(str(value)) <= Decimal(1), node
    # each graph with the graphs where entities are described (their types
    # decide whether a relation's ends are right): the described graphs and the
    # shapes read once, each graph's triples added to them for its check and
    # taken out again (only those the described graphs do not hold already); a
    # graph that adds nothing (a described graph itself) is the union alone,
    # checked once
    shapes = Graph().parse(SHAPES)
    union = Graph()
    for graph in data.graphs():
        if str(graph.identifier).endswith(("/graph/catalogue", "/graph/entities")):
            union += graph
    union_checked = False
    for graph in data.graphs():
        if len(graph):
            added = [triple for triple in graph if triple not in union]
            if not added:
                if union_checked:
                    continue
                union_checked = True
            for triple in added:
                union.add(triple)
            conforms, _, text = validate(union, shacl_graph=shapes, inference="none")
            for triple in added:
                union.remove(triple)
            assert conforms, (graph.identifier, text)


def test_build_threshold_keeps_exactly_the_facts_at_or_above_it(
        built_with_every_fact: Dataset, tmp_path: Path) -> None:
    """Built once with no threshold and once with one between the
    confidences found: the second store holds exactly the facts of the first
    whose confidence reaches the threshold."""
    everything = _described(built_with_every_fact)
    levels = sorted({level for *_, level in everything})
    assert len(levels) >= 2, "the seeds should have facts of different confidence"
    threshold = levels[len(levels) // 2]
    expected = {fact for fact in everything if fact[-1] >= threshold}
    assert 0 < len(expected) < len(everything)
    subprocess.run(KG + ["build", str(SEEDS), "--store", str(tmp_path / "some"),
                         "--min-confidence", str(threshold), "-q"], check=True)
    assert _described(_export(tmp_path / "some")) == expected


def _described(data: Dataset) -> set[tuple[object, ...]]:
    """Each fact by what it says and where it comes from, not by its IRI
    (fact nodes are numbered by position among the facts written)."""
    union = _union(data)
    facts = set()
    for kind in FACT_TYPES:
        for node in union.subjects(RDF.type, kind):
            said = tuple(sorted(str(union.value(node, p)) for p in (
                RDF.subject, RDF.predicate, RDF.object, FIN.about, FIN.metric, FIN.value,
                FIN.by, FIN.rating)))
            source = tuple(str(union.value(node, p)) for p in (FIN.start, FIN.end, FIN.extractor))
            facts.add((str(kind), said, source, Decimal(str(union.value(node, FIN.confidence)))))
    return facts


@pytest.mark.parametrize("value", ["1.5", "-0.2", "high"])
def test_bad_threshold_is_one_line_and_no_store(tmp_path: Path, value: str) -> None:
    store = tmp_path / "store"
    run = subprocess.run(KG + ["build", str(SEEDS), "--store", str(store),
                               "--min-confidence", value], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert "--min-confidence" in run.stderr
    assert not store.exists()


# ------------------------------------------------------------------ kg eval --calibrate


def test_eval_calibrate_writes_a_table_the_build_can_read(tmp_path: Path) -> None:
    target = tmp_path / "reliability.toml"
    run = subprocess.run(KG + ["eval", str(SEEDS), "--min-confidence", "0", "--calibrate",
                               str(target)], capture_output=True, text=True, check=True)
    table = load_reliability(target)
    # the figures prior is the figures precision of the main table (one rule per figure)
    row = next(line.split() for line in run.stdout.splitlines() if line.startswith("figures "))
    tp, fp = int(row[4]), int(row[5])
    assert table.priors["figures"] == round(tp / (tp + fp), 3)
    assert 0.0 <= table.min_confidence <= 1.0
    assert f"wrote {target}; default threshold {table.min_confidence}" in run.stdout
    assert "min confidence  relations P/R/F1" in run.stdout


def test_eval_calibrate_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "reliability.toml"
    run = subprocess.run(KG + ["eval", str(SEEDS), "--calibrate", str(target)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0
    assert run.stderr.startswith(f"Error: {target}: cannot write")


@pytest.mark.parametrize(("option", "victim"), [
    ("--json", "*.txt"), ("--json", "*.gold.json"), ("--calibrate", "*.txt")])
def test_eval_never_writes_over_an_article(tmp_path: Path, option: str, victim: str) -> None:
    """"kg eval --json $(ls *.txt)" gives the option the first article: the
    command must refuse before any work and leave the file as it was."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    target = sorted(folder.glob(victim))[0]
    before = target.read_bytes()
    run = subprocess.run(KG + ["eval", option, str(target), str(folder)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert "is no" in run.stderr and option in run.stderr
    assert target.read_bytes() == before
