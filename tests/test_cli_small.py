"""Small things a new user meets: `kg --version`, help texts in words
rather than Python types, no lock file left by a failed build, compact
JSON-LD, and `kg explain` marking a figure's earlier value.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pyoxigraph as ox
import pytest
import typer.main
from typer import _click as click

from kg.cli import app
from kg.rdf.store import Store

ROOT = Path(__file__).resolve().parent.parent
# What Typer prints for a parameter's Python type: <list[str]>, <int range>,
# <%Y-%m-%d>, <path>, and required arguments as {paths}.
PYTHON_TYPE = re.compile(r"<(?:list\[|int|float|str|path|Path|%|datetime|bool)[^>]*>"
                         r"|\{[a-z_]+\}|list\[")


def all_commands() -> list[tuple[str, ...]]:
    """Every command path of `kg`, groups included: ("graph", "export"), …"""
    found: list[tuple[str, ...]] = [()]
    stack: list[tuple[tuple[str, ...], click.Command]] = [((), typer.main.get_command(app))]
    while stack:
        path, command = stack.pop()
        for name, sub in getattr(command, "commands", {}).items():
            found.append((*path, name))
            stack.append(((*path, name), sub))
    return sorted(found)


def test_cli_small_version_prints_the_project_version(kg_main) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    result = kg_main("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kg (finkg) {declared}"


def test_cli_small_commands_are_all_found() -> None:
    commands = all_commands()
    assert ("graph", "export") in commands and ("build",) in commands and len(commands) > 12


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_cli_small_help_has_no_python_types(kg_main, command: tuple[str, ...]) -> None:
    result = kg_main(*command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout
    assert PYTHON_TYPE.findall(result.stdout) == []


def test_cli_small_help_names_values_in_words(kg_main) -> None:
    text = kg_main("graph", "central", "--help").stdout
    assert "--since YYYY-MM-DD" in text
    assert "--store PATH" in text
    assert "at least 1" in text
    assert "kg build [OPTIONS] PATHS...\n" in kg_main("build", "--help").stdout


def test_cli_small_failed_build_leaves_no_lock_file(kg_main, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    store = tmp_path / "store"
    assert kg_main("build", empty, "--store", store).returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd-main", "empty.txt"]


def test_cli_small_build_lock_still_refuses_a_second_build(tmp_path: Path) -> None:
    from kg.errors import StoreError

    store = Store(tmp_path / "store")
    with store.build_lock(), pytest.raises(StoreError, match="another build"), \
            store.build_lock():
        pass
    assert not (tmp_path / "store.build.lock").exists()
    with store.build_lock():  # free again once the first has ended
        pass


@pytest.fixture(scope="module")
def jsonld(tmp_path_factory: pytest.TempPathFactory, seed_store: Store) -> bytes:
    from conftest import call_kg_main

    out = tmp_path_factory.mktemp("jsonld") / "seeds.jsonld"
    assert call_kg_main("export", "-o", out, "--store", seed_store.path, cwd=out.parent) == 0
    return out.read_bytes()


def test_cli_small_jsonld_has_a_context_for_the_project_prefixes(jsonld: bytes) -> None:
    context = json.loads(jsonld)["@context"]
    for prefix, iri in [("fin", "https://w3id.org/finkg/ontology#"),
                        ("kgr", "https://w3id.org/finkg/resource/"),
                        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
                        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
                        ("schema", "https://schema.org/"),
                        ("prov", "http://www.w3.org/ns/prov#"),
                        ("owl", "http://www.w3.org/2002/07/owl#")]:
        assert context[prefix] == iri


def keys(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in keys(v)}
    return set()


def test_cli_small_jsonld_properties_are_compacted(jsonld: bytes) -> None:
    found = keys(json.loads(jsonld)["@graph"])
    assert "fin:evidence" in found and "rdfs:label" in found
    assert not [k for k in found if k.startswith("http")]


def test_cli_small_jsonld_keeps_every_quad(jsonld: bytes, seed_store: Store) -> None:
    parsed = set(ox.parse(jsonld, format=ox.RdfFormat.JSON_LD))
    inner = ox.Store.read_only(str(seed_store.path))
    stored = set(inner.quads_for_pattern(None, None, None, None))
    del inner

    def key(q: ox.Quad) -> tuple:
        obj = q.object
        if isinstance(obj, ox.Literal) and obj.datatype.value.endswith(("#decimal", "#double")):
            obj = ("number", float(obj.value))
        return (q.subject, q.predicate, obj, q.graph_name)

    assert {key(q) for q in parsed} == {key(q) for q in stored}


def test_cli_small_explain_marks_a_previous_figure(kg_main, tmp_path: Path) -> None:
    article = tmp_path / "i14_previous.txt"
    # a superseded target is an earlier value; an earlier period's revenue is not
    article.write_text("Siemens-Aktie gefragt\n\nGoldman Sachs hat das Kursziel für Siemens "
                       "von 200 Euro auf 230 Euro angehoben, teilte die Bank am Donnerstag in "
                       "Frankfurt mit.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert kg_main("build", article, "--store", store, "-q").returncode == 0
    out = kg_main("explain", "Siemens", "--store", store).stdout
    figures = [line for line in out.splitlines() if line.strip().startswith("figure")]
    old = [line for line in figures if " 200 " in line]
    new = [line for line in figures if " 230 " in line]
    assert len(old) == 1 and "(earlier value)" in old[0]
    assert len(new) == 1 and "earlier" not in new[0]
