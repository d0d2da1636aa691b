"""kg query and kg explain on the local store: formats, ASK, CONSTRUCT, updates,
parameter binding that no value can escape, and one-line errors."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest_remote import gold
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from kg.cli import app, main
from kg.errors import QueryError
from kg.query import (
    LocalTarget,
    UpdateRefused,
    bind_named,
    bind_values,
    declared_prefixes,
    expand_iri,
    named_query,
    query_form,
    resolve_entity,
    set_limit,
    with_prefix_lines,
)
from kg.rdf.namespaces import FIN, KGR
from kg.rdf.store import Store

pytest_plugins = ["conftest_remote"]

runner = CliRunner()
A000 = "000_74e3ba4eb27d1507"
A003 = "003_f293324dbb63daf1"
DEVELOPS = "SELECT DISTINCT ?o WHERE { GRAPH ?g { ?g a fin:Article . kgr:alibaba-group fin:develops ?o } }"
EVIL = 'x" } ; DROP ALL ; #'


def kg(store: Store, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [*args, "--store", str(store.path)], input=stdin)


def run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
             *args: str) -> tuple[int, str, str]:
    """Run the real entry point (with its error handling) in-process."""
    monkeypatch.setattr(sys, "argv", ["kg", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    out = capsys.readouterr()
    return int(stop.value.code or 0), out.out, out.err


def store_digest(store: Store) -> str:
    with store.snapshot() as snapshot:
        lines = sorted(str(q) for q in snapshot.quads())
    return hashlib.sha256("\n".join(lines).encode()).hexdigest() + f":{len(lines)}"


@pytest.fixture
def writable_store(query_store: Store, tmp_path: Path) -> Store:
    copy = Store(tmp_path / "store")
    shutil.copytree(query_store.path, copy.path)
    return copy


# --- formats ---------------------------------------------------------------------------------

def test_query_formats_select(query_store: Store) -> None:
    # gold (both files): Alibaba Group develops Qwen
    qwen = str(KGR.qwen)
    result = kg(query_store, "query", DEVELOPS, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["head"]["vars"] == ["o"]
    assert data["results"]["bindings"] == [{"o": {"type": "uri", "value": qwen}}]

    rows = list(csv.reader(io.StringIO(kg(query_store, "query", DEVELOPS, "-f", "csv").output)))
    assert rows == [["o"], [qwen]]
    assert kg(query_store, "query", DEVELOPS, "-f", "tsv").output.split() == ["?o", f"<{qwen}>"]
    assert kg(query_store, "query", DEVELOPS, "-f", "md").output.splitlines() == \
        ["| o |", "| --- |", "| kgr:qwen |"]
    table = kg(query_store, "query", DEVELOPS, "-f", "table").output.splitlines()
    assert table == ["o", "--------", "kgr:qwen", "(1 row)"]


def test_query_table_aligns_columns(query_store: Store) -> None:
    text = ("SELECT ?label ?n WHERE { VALUES (?label ?n) { (\"Qwen\" 1) (\"Alibaba Group\" 22) } }")
    lines = kg(query_store, "query", text, "-f", "table").output.splitlines()
    assert lines[0] == "label          n"
    assert lines[2] == "Qwen           1"
    assert lines[3] == "Alibaba Group  22"


def test_query_bad_format_is_a_usage_error(query_store: Store) -> None:
    result = kg(query_store, "query", DEVELOPS, "-f", "xml")
    assert result.exit_code == 2


def test_query_ask_sets_exit_code(query_store: Store) -> None:
    # gold 000: Qwen competitorOf Llama; nothing says Qwen competes with Baidu
    yes = kg(query_store, "query", "ASK { GRAPH ?g { kgr:qwen fin:competitorOf kgr:llama } }")
    no = kg(query_store, "query", "ASK { GRAPH ?g { kgr:qwen fin:competitorOf kgr:baidu } }")
    assert (yes.exit_code, yes.output.strip()) == (0, "true")
    assert (no.exit_code, no.output.strip()) == (1, "false")


def test_query_construct_prints_turtle(query_store: Store) -> None:
    text = ("CONSTRUCT { ?s fin:develops ?o } WHERE { GRAPH ?g { ?g a fin:Article . "
            "?s fin:develops ?o } }")
    result = kg(query_store, "query", text)
    assert result.exit_code == 0
    graph = Graph().parse(data=result.output, format="turtle")
    # gold: Alibaba Group develops Qwen (both), Meta Platforms develops Llama (000)
    assert set(graph) == {(URIRef(KGR["alibaba-group"]), URIRef(FIN.develops), URIRef(KGR.qwen)),
                          (URIRef(KGR["meta-platforms"]), URIRef(FIN.develops),
                           URIRef(KGR.llama))}
    assert "@prefix fin:" in result.output


def test_query_from_file_and_stdin(query_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text(DEVELOPS)
    from_file = kg(query_store, "query", str(path), "-f", "csv")
    from_stdin = kg(query_store, "query", "-", "-f", "csv", stdin=DEVELOPS)
    assert from_file.output == from_stdin.output
    assert str(KGR.qwen) in from_file.output


# --- prefixes --------------------------------------------------------------------------------

def test_query_prefixes_only_added_when_not_declared() -> None:
    text = "PREFIX fin: <http://example.org/>\nSELECT * WHERE { ?s fin:x ?o }"
    assert declared_prefixes(text) == {"fin"}
    out = with_prefix_lines(text)
    assert out.count("PREFIX fin:") == 1 and "PREFIX kgr: <https://w3id.org/finkg/resource/>" in out
    # a comment or a string naming a prefix does not count as a declaration
    assert declared_prefixes('# PREFIX kgr: <x>\nSELECT ("PREFIX rdf:" AS ?x) {}') == set()


def test_query_own_prefix_declaration_wins(query_store: Store) -> None:
    text = "PREFIX fin: <http://example.org/> SELECT ?o WHERE { GRAPH ?g { ?s fin:develops ?o } }"
    assert kg(query_store, "query", text, "-f", "csv").output.split() == ["o"]


# --- updates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["DROP ALL", "CLEAR ALL",
                                  "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }",
                                  "# comment\nDELETE WHERE { ?s ?p ?o }"])
def test_query_update_refused_without_flag(writable_store: Store, text: str) -> None:
    before = store_digest(writable_store)
    result = kg(writable_store, "query", text)
    assert isinstance(result.exception, UpdateRefused) and result.exception.exit_code == 2
    assert "--allow-update" in str(result.exception)
    assert store_digest(writable_store) == before


def test_query_update_refused_exits_2(writable_store: Store, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(monkeypatch, capsys, "query", "DROP ALL", "--store",
                            str(writable_store.path))
    assert code == 2 and err.startswith("Error: this is a SPARQL Update")


def test_query_update_applied_with_flag(writable_store: Store) -> None:
    before = int(store_digest(writable_store).split(":")[1])
    update = "INSERT DATA { GRAPH <urn:test> { kgr:qwen rdfs:comment \"added\" } }"
    assert kg(writable_store, "query", update, "--allow-update").exit_code == 0
    assert int(store_digest(writable_store).split(":")[1]) == before + 1
    ask = kg(writable_store, "query", 'ASK { GRAPH <urn:test> { kgr:qwen rdfs:comment "added" } }')
    assert ask.exit_code == 0


def test_query_form_recognises_updates_after_prologue() -> None:
    assert query_form("BASE <http://x/> PREFIX a: <http://a/> SELECT * {}") == "SELECT"
    assert query_form("PREFIX select: <http://a/> WITH <g> DELETE { ?s ?p ?o } WHERE {}") == "UPDATE"
    assert query_form("# DROP ALL\nASK {}") == "ASK"


# --- parameters ------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_query_bound_value_is_one_literal(value: str) -> None:
    text = bind_values("SELECT ?v WHERE { }", {"v": ox.Literal(value)})
    rows = list(ox.Store().query(text))
    assert len(rows) == 1 and rows[0]["v"] == ox.Literal(value)


def test_query_values_go_into_sub_selects_that_project_them() -> None:
    text = ("SELECT * WHERE { { SELECT ?a ?p (COUNT(*) AS ?n) WHERE { ?a ?p ?o } GROUP BY ?a ?p } "
            "{ SELECT ?x WHERE { ?x ?q ?y } } { SELECT (COUNT(?a) AS ?all) WHERE { ?a ?r ?z } } }")
    bound = bind_values(text, {"a": ox.NamedNode("urn:a"), "p": ox.NamedNode("urn:p")})
    # one clause for both, at the top and in the sub-SELECT that projects both; none in the
    # others: one does not use them, one uses ?a for itself (it does not project it)
    assert bound.count("VALUES (?a ?p) { (<urn:a> <urn:p>) }") == 2
    assert "{ SELECT ?x WHERE { ?x ?q ?y } }" in bound
    assert "{ SELECT (COUNT(?a) AS ?all) WHERE { ?a ?r ?z } }" in bound
    store = ox.Store()
    for s_, o in (("urn:a", "urn:1"), ("urn:a", "urn:2"), ("urn:b", "urn:3")):
        store.add(ox.Quad(ox.NamedNode(s_), ox.NamedNode("urn:p"), ox.NamedNode(o)))
    counts = bind_values("SELECT ?n ?all WHERE { { SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?p ?o } "
                         "GROUP BY ?a } { SELECT (COUNT(?a) AS ?all) WHERE { ?a ?q ?z } } }",
                         {"a": ox.NamedNode("urn:a")})
    assert [(r["n"].value, r["all"].value) for r in store.query(counts)] == [("2", "3")]


def test_query_set_limit_sets_every_limit() -> None:
    text = "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 100 } } LIMIT 100 # LIMIT 7"
    assert set_limit(text, 5).count("LIMIT 5") == 2 and "LIMIT 100" not in set_limit(text, 5)
    assert "LIMIT 1" not in set_limit(text, 0).replace("# LIMIT 7", "")
    assert "LIMIT 7" in set_limit(text, 0)  # a comment is not a clause
    with pytest.raises(QueryError, match="no LIMIT clause"):
        set_limit("SELECT * WHERE { ?s ?p ?o }", 3)


def test_query_evil_value_cannot_change_the_query(writable_store: Store) -> None:
    before = store_digest(writable_store)
    target = LocalTarget(writable_store)
    # as an article parameter: refused, it names no article
    with pytest.raises(QueryError, match="not an article id"):
        bind_named(target, named_query("article"), {"article": EVIL})
    # as an entity parameter: a name nothing has
    with pytest.raises(QueryError, match="no entity named"):
        bind_named(target, named_query("figures"), {"entity": EVIL})
    # through the CLI, even with updates allowed
    result = kg(writable_store, "query", "figures", "--param", f"entity={EVIL}",
                "--allow-update", "-f", "csv")
    assert isinstance(result.exception, QueryError) and "no entity named" in str(result.exception)
    assert store_digest(writable_store) == before


@pytest.mark.parametrize("value", ["<https://w3id.org/finkg/resource/qwen>",
                                   "https://w3id.org/finkg/resource/qwen", "kgr:qwen",
                                   "Qwen", "qwen", "  QWEN "])
def test_query_entity_by_label_alias_or_iri(query_store: Store, value: str) -> None:
    assert resolve_entity(LocalTarget(query_store), value).value == str(KGR.qwen)


def test_query_entity_alias_from_gold(query_store: Store) -> None:
    # gold 003 aliases: Tencent Holdings ← "Tencent"; CLSA ← "Investmentbank CLSA" is a surface form
    aliases = {a for e in gold(A003)["entities"] if e["name"] == "Tencent Holdings"
               for a in e.get("aliases", [])}
    for alias in aliases:
        assert resolve_entity(LocalTarget(query_store), alias).value == str(KGR["tencent-holdings"])


def test_query_entity_from_articles_and_catalogue_first(writable_store: Store) -> None:
    # an entity no catalogue knows, described in an article graph only
    graph = "<https://w3id.org/finkg/resource/article/extra>"
    update = f"""INSERT DATA {{ GRAPH {graph} {{
        kgr:nova-robotics a fin:Company ; rdfs:label "Nova Robotics" ; skos:altLabel "Nova", "Twin" .
        kgr:twin-labs a fin:Company ; rdfs:label "Twin Labs" ; skos:altLabel "Twin" .
        kgr:alibaba-lookalike a fin:Company ; rdfs:label "Alibaba" . }} }}"""
    assert kg(writable_store, "query", update, "--allow-update").exit_code == 0
    target = LocalTarget(writable_store)
    for name in ("Nova Robotics", "nova robotics", "NOVA"):
        assert resolve_entity(target, name).value == str(KGR["nova-robotics"])
    with pytest.raises(QueryError, match="'Twin' names 2 entities"):
        resolve_entity(target, "Twin")
    # "Alibaba" is an alias of Alibaba Group in the catalogue: the catalogue is asked first
    assert resolve_entity(target, "Alibaba").value == str(KGR["alibaba-group"])


def test_query_bad_iri_is_refused() -> None:
    with pytest.raises(QueryError, match="not a valid IRI"):
        expand_iri("<http://x/a b>")


def test_query_named_errors(query_store: Store, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(monkeypatch, capsys, "query", "no-such-query", "--store",
                            str(query_store.path))
    assert code == 1 and err.count("\n") == 1
    assert "no named query 'no-such-query'" in err and "competitors" in err and "figures" in err
    code, _, err = run_main(monkeypatch, capsys, "query", "article", "--store",
                            str(query_store.path))
    assert code == 1 and "needs --param article=" in err and "article (required)" in err
    code, _, err = run_main(monkeypatch, capsys, "query", "figures", "-p", "company=Qwen",
                            "--store", str(query_store.path))
    assert code == 1 and "no parameter 'company'" in err and "entity = Alibaba Group" in err


def test_query_missing_parameter_without_default(tmp_path: Path, query_store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "two.rq").write_text(
        "# title: Two\n# description: test\n# param: a  (literal) — first\n"
        "# param: b = 1  (literal) — second\nSELECT ?a ?b WHERE { }\n")
    monkeypatch.setenv("FINKG_QUERIES", str(tmp_path))
    result = kg(query_store, "query", "two")
    assert isinstance(result.exception, QueryError)
    assert "needs --param a=" in str(result.exception) and "b = 1" in str(result.exception)
    result = kg(query_store, "query", "two", "-p", 'a=x"y', "-f", "csv")
    assert result.output.splitlines() == ["a,b", '"x""y",1']


def test_query_list_shows_titles_and_params(query_store: Store) -> None:
    result = kg(query_store, "query", "--list")
    assert result.exit_code == 0
    assert "competitors\n    Competitors of a company or product" in result.output
    assert "--param company = Qwen  (entity)" in result.output


# --- errors ----------------------------------------------------------------------------------

def test_query_syntax_error_is_one_line_with_position(query_store: Store,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(monkeypatch, capsys, "query", "SELECT * WHERE {\n ?s ?p }",
                              "--store", str(query_store.path))
    assert code == 1 and out == ""
    assert err.startswith("Error: malformed SPARQL: line 2, column ")
    assert err.count("\n") == 1


def test_query_missing_store_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", DEVELOPS, "--store", str(tmp_path / "none")])
    assert result.exit_code != 0 and "no store here yet" in str(result.exception)


# --- explain ---------------------------------------------------------------------------------

def test_explain_fact_lists_each_article(query_store: Store) -> None:
    result = kg(query_store, "explain", "Alibaba Group", "develops", "Qwen")
    assert result.exit_code == 0, result.output
    # both gold files list Alibaba Group develops Qwen; the catalogue says so too
    assert f"kgr:article/{A000}" in result.output and f"kgr:article/{A003}" in result.output
    assert "stated in 2 article(s); also a catalogue fact" in result.output
    assert "relations/" in result.output and "“" in result.output


def test_explain_symmetric_fact_either_way(query_store: Store) -> None:
    result = kg(query_store, "explain", "Llama", "competitorOf", "Qwen")
    assert result.exit_code == 0 and f"kgr:article/{A000}" in result.output


def test_explain_entity_shows_rating_and_mentions(query_store: Store) -> None:
    result = kg(query_store, "explain", "clsa")
    assert result.exit_code == 0
    # gold 003: CLSA rates Alibaba Group "Outperform", CLSA covers Alibaba Group
    assert "CLSA rates Alibaba Group Outperform" in result.output
    assert "CLSA covers Alibaba Group" in result.output
    assert "mention of CLSA" in result.output and f"kgr:article/{A000}" not in result.output


def test_explain_unknown_fact_is_an_error(query_store: Store) -> None:
    result = kg(query_store, "explain", "Qwen", "develops", "Alibaba Group")
    assert isinstance(result.exception, QueryError)
    assert "no evidence that Qwen develops Alibaba Group" in str(result.exception)
