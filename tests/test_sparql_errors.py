"""SPARQL errors in words: what is wrong, with line, column and the token,
and the project's prefixes predeclared so a query may omit them.

The messages are checked through `kg query` on the seed store, as a user
meets them; the word list is checked against every named query, which the
parser accepts, so that it never blames a word SPARQL knows.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Store
from kg.sparql_errors import find_mistake, line_column

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PREFIXES = ("fin", "kgr", "rdfs", "xsd", "schema", "prov", "owl")


def error_line(kg_main, store: Store, text: str) -> str:
    result = kg_main("query", text, "--store", store.path)
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: malformed SPARQL: ")
    return lines[0]


def test_sparql_errors_misspelt_query_form_is_named(kg_main, seed_store: Store) -> None:
    line = error_line(kg_main, seed_store, "SELEC ?s WHERE { ?s ?p ?o }")
    assert "line 1, column 1:" in line
    assert "'SELEC'" in line and "did you mean SELECT?" in line
    assert "CONSTRUCT" not in line.replace("SELECT, CONSTRUCT, ASK or DESCRIBE", "")


def test_sparql_errors_unknown_prefix_names_the_known_ones(kg_main, seed_store: Store) -> None:
    line = error_line(kg_main, seed_store, "SELECT ?s WHERE { ?s foo:bar ?o }")
    assert "line 1, column 22:" in line
    assert "unknown prefix 'foo:'" in line and "'foo:bar'" in line
    for prefix in PROJECT_PREFIXES:
        assert f" {prefix}:," in line or f" {prefix}: " in line or f" {prefix}:(" in line
    assert "\\u{" not in line and "[" not in line


def test_sparql_errors_misspelt_keyword_on_a_later_line(kg_main, seed_store: Store) -> None:
    text = "SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTR(isIRI(?s))\n}"
    line = error_line(kg_main, seed_store, text)
    assert "line 4, column 3: unknown word 'FILTR' (did you mean FILTER?)" in line


def test_sparql_errors_unclosed_brace_points_at_it(kg_main, seed_store: Store) -> None:
    line = error_line(kg_main, seed_store, "SELECT ?s WHERE {\n  ?s ?p ?o")
    assert "line 1, column 17:" in line and "'{'" in line and "never closed" in line


def test_sparql_errors_unterminated_string(kg_main, seed_store: Store) -> None:
    line = error_line(kg_main, seed_store, 'SELECT ?s WHERE { ?s rdfs:label "Alibaba }')
    assert "line 1, column 33:" in line and "not closed" in line


def test_sparql_errors_missing_object_names_the_token(kg_main, seed_store: Store) -> None:
    line = error_line(kg_main, seed_store, "SELECT ?s WHERE { ?s ?p }")
    assert "line 1, column 25: unexpected '}'" in line
    assert "LATERAL" not in line


def test_sparql_errors_missing_keyword_after_group(kg_main, seed_store: Store) -> None:
    line = error_line(kg_main, seed_store, "SELECT ?s WHERE { ?s ?p ?o } GROUP ?s")
    assert "expected BY" in line and "'?s'" in line


def test_sparql_errors_parser_verdict_in_words_is_kept(kg_main, seed_store: Store) -> None:
    line = error_line(kg_main, seed_store, "SELECT * WHERE { ?s ?p ?o } GROUP BY ?s")
    assert line.endswith("SELECT * is not authorized with GROUP BY")
    assert "[" not in line


def test_sparql_errors_project_prefixes_are_predeclared(kg_main, seed_store: Store) -> None:
    text = """SELECT (COUNT(*) AS ?n) WHERE {
      ?x a fin:Company ; rdfs:label ?label .
      FILTER(?x != kgr:nobody && datatype(?label) = xsd:string)
      OPTIONAL { ?x schema:name ?name } OPTIONAL { ?x prov:wasDerivedFrom ?d }
      OPTIONAL { ?x owl:sameAs ?same }
    }"""
    result = kg_main("query", text, "--format", "tsv", "--store", seed_store.path)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.splitlines()[1]) >= 4  # the seed gold has four companies


def test_sparql_errors_predeclared_prefixes_cover_the_project_ones() -> None:
    assert set(PROJECT_PREFIXES) <= set(PREFIXES)


@pytest.mark.parametrize("path", sorted((ROOT / "queries").glob("*.rq")), ids=lambda p: p.stem)
def test_sparql_errors_no_mistake_found_in_a_valid_query(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    ox.Store().query(text, prefixes=PREFIXES)  # the parser accepts it …
    assert find_mistake(text, PREFIXES) is None  # … so the wording must not blame it


@pytest.mark.parametrize("text", [
    'SELECT ?x WHERE { ?s rdfs:label ?x FILTER(lang(?x) = "de" && ?x != "a"@en-GB) } LIMIT 2',
    "SELECT ?v WHERE { BIND(1.5e3 AS ?v) FILTER(?v > 2 || ?v < -1) } ORDER BY DESC(?v)",
    "ASK { _:b rdf:type [ a owl:Class ] }",
    "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING(COUNT(?o) > 1) OFFSET 2",
])
def test_sparql_errors_no_mistake_found_in_sparql_features(text: str) -> None:
    ox.Store().query(text, prefixes=PREFIXES)
    assert find_mistake(text, PREFIXES) is None


def test_sparql_errors_line_column_is_one_based() -> None:
    assert line_column("ab\ncd", 0) == (1, 1)
    assert line_column("ab\ncd", 4) == (2, 2)
