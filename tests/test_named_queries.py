"""Every shipped named query, run on the seed graph, against the seed gold files.

Expected answers are taken from ``seeds/*.gold.json`` (read here, or written
out from them in the comments), with the gold matching rule: every required
gold item must be found, and everything found must be a required or an
optional gold item. Catalogue rows are checked against ``ontology/entities.ttl``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest_remote import ROOT, gold
from rdflib import Graph, URIRef

from kg.errors import QueryError
from kg.query import LocalTarget, bind_named, load_library, named_query
from kg.rdf.namespaces import FIN, KGR
from kg.rdf.store import Store

pytest_plugins = ["conftest_remote"]

A000 = "000_74e3ba4eb27d1507"
A003 = "003_f293324dbb63daf1"
ARTICLES = (A000, A003)


def slug(name: str) -> str:
    """The entity IRI rule of docs/rdf-mapping.md."""
    text = name.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return str(KGR[re.sub(r"[^a-z0-9]+", "-", text).strip("-")])


def article_iri(article: str) -> str:
    return str(KGR[f"article/{article}"])


def ask(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    target = LocalTarget(store)
    return target.run(bind_named(target, named_query(name), params)).records()


def relations(article: str, prop: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(required, optional) (subject, object) name pairs of a gold file for one property."""
    required, optional = set(), set()
    for item in gold(article)["relations"]:
        if isinstance(item, list):
            s, p, o, opt = item[0], item[1], item[2], False
        else:
            s, p, o, opt = item["s"], item["p"], item["o"], item.get("optional", False)
        if p == prop:
            (optional if opt else required).add((s, o))
    return required, optional


def gold_rule(found: set, required: set, optional: set) -> None:
    missing = required - found
    unexpected = found - required - optional
    assert not missing, f"missing gold items: {missing}"
    assert not unexpected, f"not in gold: {unexpected}"


def aggregate_rule(rows: list[dict[str, str]], required: set[tuple[str, str]],
                   optional: set[tuple[str, str]]) -> None:
    """Rows with one answer each (``label``, ``articles``, ``latest``) against gold
    (name, article) pairs: the gold rule on the names; each count between the
    articles that must and that may state it; the latest of them by the gold's
    publication date, then id, among those that do."""
    published = {article_iri(a): gold(a)["published"] for a in ARTICLES}
    names = {r["label"] for r in rows}
    assert len(names) == len(rows), "one row per answer"
    gold_rule(names, {n for n, _ in required}, {n for n, _ in required | optional})
    for row in rows:
        must = {a for n, a in required if n == row["label"]}
        may = must | {a for n, a in optional if n == row["label"]}
        assert len(must) <= int(row["articles"]) <= len(may), row
        stating = may if int(row["articles"]) == len(may) else None
        if stating is not None:
            assert row["latest"] == max(stating, key=lambda a: (published[a], a)), row
        assert row["latest"] in may, row


def catalogue_objects(subject: str, prop: str) -> set[str]:
    graph = Graph().parse(ROOT / "ontology" / "entities.ttl", format="turtle")
    found = {str(o) for o in graph.objects(URIRef(subject), FIN[prop])}
    if prop == "develops":  # the catalogue file states it on the product: fin:developedBy
        found |= {str(s) for s in graph.subjects(FIN.developedBy, URIRef(subject))}
    return found


def catalogue_subjects(prop: str, obj: str) -> set[str]:
    graph = Graph().parse(ROOT / "ontology" / "entities.ttl", format="turtle")
    return {str(s) for s in graph.subjects(FIN[prop], URIRef(obj))}


def test_named_queries_library_has_at_least_twelve_with_headers() -> None:
    library = load_library()
    assert len(library) >= 12
    for query in library.values():
        assert query.title and query.title != query.name, query.name
        assert query.description, query.name
        for param in query.params:
            assert param.kind in ("entity", "literal", "iri", "article", "limit")
            if param.kind == "limit":  # it sets the query's LIMIT clauses
                assert re.search(r"\bLIMIT\s+\d+", query.text), (query.name, param.name)
                assert param.default and param.default.isdigit(), (query.name, param.name)
            else:
                assert f"?{param.name}" in query.text, (query.name, param.name)


@pytest.mark.parametrize("name,other", [("Qwen", "Llama"), ("Llama", "Qwen")])
def test_named_queries_competitors_both_directions(query_store: Store, name: str,
                                                   other: str) -> None:
    # gold 000: ["Qwen", "competitorOf", "Llama"]; asked from either end
    rows = ask(query_store, "competitors", company=name)
    required, optional = set(), set()
    for article in ARTICLES:
        req, opt = relations(article, "competitorOf")
        for target_set, pairs in ((required, req), (optional, opt)):
            for s, o in pairs:
                if name in (s, o):
                    target_set.add((o if s == name else s, article_iri(article)))
    assert required == {(other, article_iri(A000))}
    aggregate_rule(rows, required, optional)
    assert [(r["label"], r["articles"], r["latest"]) for r in rows] == \
        [(other, "1", article_iri(A000))]


@pytest.mark.parametrize("name", ["Alibaba Cloud", "International Olympic Committee"])
def test_named_queries_partners(query_store: Store, name: str) -> None:
    # gold 003: ["Alibaba Cloud", "partnerOf", "International Olympic Committee"]
    rows = ask(query_store, "partners", company=name)
    req, opt = relations(A003, "partnerOf")
    required = {(o if s == name else s, article_iri(A003)) for s, o in req if name in (s, o)}
    optional = {(o if s == name else s, article_iri(A003)) for s, o in opt if name in (s, o)}
    assert required
    aggregate_rule(rows, required, optional)


@pytest.mark.parametrize("company", ["Alibaba Group", "Meta Platforms"])
def test_named_queries_products_from_articles_and_catalogue(query_store: Store,
                                                            company: str) -> None:
    rows = ask(query_store, "products", company=company)
    required, optional = set(), set()
    for article in ARTICLES:
        req, opt = relations(article, "develops")
        required |= {(o, article_iri(article)) for s, o in req if s == company}
        optional |= {(o, article_iri(article)) for s, o in opt if s == company}
    assert required
    aggregate_rule([r for r in rows if r["source"] == "article"], required, optional)
    catalogue = {r["product"] for r in rows if r["source"] == "catalogue"}
    assert catalogue == catalogue_objects(slug(company), "develops")
    assert all("articles" not in r and "latest" not in r for r in rows if r["source"] == "catalogue")


def test_named_queries_corporate_family_of_parent(query_store: Store) -> None:
    rows = ask(query_store, "corporate-family", company="Alibaba Group")
    required, optional = set(), set()
    for article in ARTICLES:
        req, opt = relations(article, "subsidiaryOf")
        required |= {(s, article_iri(article)) for s, o in req if o == "Alibaba Group"}
        optional |= {(s, article_iri(article)) for s, o in opt if o == "Alibaba Group"}
    aggregate_rule([r for r in rows if r["relation"] == "subsidiary" and r["source"] == "article"],
                   required, optional)
    catalogue = {r["entity"] for r in rows
                 if r["relation"] == "subsidiary" and r["source"] == "catalogue"}
    assert catalogue == catalogue_subjects("subsidiaryOf", slug("Alibaba Group"))
    assert not [r for r in rows if r["relation"] == "parent"]  # the catalogue gives it none


def test_named_queries_corporate_family_of_unit(query_store: Store) -> None:
    rows = ask(query_store, "corporate-family", company="alibaba cloud")  # case-insensitive
    parents = {(r["label"], r["source"]) for r in rows if r["relation"] == "parent"}
    # gold 003 requires Alibaba Cloud subsidiaryOf Alibaba Group; the catalogue says it too
    assert ("Alibaba Group", "article") in parents
    assert {slug(p) for p, s in parents if s == "catalogue"} == \
        catalogue_objects(slug("Alibaba Cloud"), "subsidiaryOf")


def test_named_queries_coverage(query_store: Store) -> None:
    rows = ask(query_store, "coverage", company="Alibaba Group")
    found = {(r["label"], r.get("rating"), r["articles"], r["latest"]) for r in rows}
    # gold 003: covers CLSA → Alibaba Group and rating {"by": "CLSA", "rating": "Outperform"};
    # one row per institution: one article says so, and it gives that rating
    expected = {(g["by"], g["rating"], "1", article_iri(a)) for a in ARTICLES
                for g in gold(a)["ratings"] if g["about"] == "Alibaba Group"}
    assert expected == {("CLSA", "Outperform", "1", article_iri(A003))}
    assert found == expected


def _figure_matches(row: dict[str, str], fig: dict) -> bool:
    if row["metric"] != str(FIN[fig["metric"]]) or row["unit"] != str(FIN[fig["unit"]]):
        return False
    pairs = [("value", "value")] if "value" in fig else [("min", "min"), ("max", "max")]
    for key, col in pairs:
        if col not in row or abs(float(row[col]) - fig[key]) > abs(fig[key]) * 0.005:
            return False
    return True


def test_named_queries_figures_follow_the_gold(query_store: Store) -> None:
    rows = ask(query_store, "figures", entity="Alibaba")  # an alias
    for article in ARTICLES:
        in_article = [r for r in rows if r["article"] == article_iri(article)]
        figures = [f for f in gold(article)["figures"] if f["about"] == "Alibaba Group"]
        for fig in (f for f in figures if not f.get("optional")):
            match = [r for r in in_article if _figure_matches(r, fig)]
            assert len(match) == 1, (article, fig)
            row = match[0]
            assert row["qualifier"] == str(FIN[fig.get("qualifier", "Exact")])
            assert row.get("period") == fig.get("period")
            assert row.get("estimatedBy") == (slug(fig["estimatedBy"]) if "estimatedBy" in fig
                                              else None)
            assert row["evidence"]
        for row in in_article:
            assert any(_figure_matches(row, f) for f in figures), row


def test_named_queries_metric_history(query_store: Store) -> None:
    rows = ask(query_store, "metric-history", entity="Alibaba Group", metric="StockPriceChange")
    found = {(float(r["value"]), r["article"], r.get("period")) for r in rows}
    expected = {(f["value"], article_iri(a), f.get("period")) for a in ARTICLES
                for f in gold(a)["figures"]
                if f["about"] == "Alibaba Group" and f["metric"] == "StockPriceChange"}
    assert expected == {(6.39, article_iri(A000), None), (70, article_iri(A000), "2025"),
                        (-2.9, article_iri(A003), None)}
    assert found == expected
    # in publication order: gold dates 2026-01-04 (000) before 2026-02-04 (003)
    published = {article_iri(a): gold(a)["published"] for a in ARTICLES}
    order = [published[r["article"]] for r in rows]
    assert order == sorted(order)


def test_named_queries_co_mentioned(query_store: Store) -> None:
    rows = {r["label"]: int(r["articles"]) for r in ask(query_store, "co-mentioned",
                                                        entity="Alibaba Group")}
    required = {e["name"] for a in ARTICLES for e in gold(a)["entities"]
                if not e.get("optional") and e["name"] != "Alibaba Group"}
    assert required <= set(rows)
    assert "Alibaba Group" not in rows
    # Qwen is in both gold files, Llama and Meta Platforms only in 000, CLSA only in 003
    assert (rows["Qwen"], rows["Llama"], rows["Meta Platforms"], rows["CLSA"]) == (2, 1, 1, 1)


@pytest.mark.parametrize("entity", ["Alibaba Group", "Llama", "CLSA", "Lunar New Year"])
def test_named_queries_articles_mentioning(query_store: Store, entity: str) -> None:
    rows = ask(query_store, "articles-mentioning", entity=entity)
    expected = {article_iri(a) for a in ARTICLES
                if any(e["name"] == entity for e in gold(a)["entities"])}
    assert expected and {r["article"] for r in rows} == expected
    assert {r["language"] for r in rows} == {gold(a)["lang"] for a in ARTICLES
                                            if article_iri(a) in expected}


def _article_rows(store: Store, article: str, kind: str) -> list[dict[str, str]]:
    return [r for r in ask(store, "article", article=article) if r["kind"] == kind]


@pytest.mark.parametrize("article", ARTICLES)
def test_named_queries_article_figures_and_ratings(query_store: Store, article: str) -> None:
    figures = _article_rows(query_store, article, "figure")
    golden = gold(article)["figures"]
    required = [f for f in golden if not f.get("optional")]
    for fig in required:
        assert any(r["subject"] == slug(fig["about"]) and r["property"] == str(FIN[fig["metric"]])
                   for r in figures), fig
    assert len(required) <= len(figures) <= len(golden)
    ratings = {(r["subject"], r["object"], r["value"])
               for r in _article_rows(query_store, article, "rating")}
    assert ratings == {(slug(g["by"]), slug(g["about"]), g["rating"])
                       for g in gold(article)["ratings"]}


@pytest.mark.parametrize("article", ARTICLES)
def test_named_queries_article_mentions(query_store: Store, article: str) -> None:
    found = {r["object"] for r in _article_rows(query_store, article, "mention")}
    entities = gold(article)["entities"]
    assert {slug(e["name"]) for e in entities if not e.get("optional")} <= found
    assert all(r["evidence"] for r in _article_rows(query_store, article, "mention"))


def test_named_queries_article_relations_follow_the_gold(query_store: Store) -> None:
    found = {(r["subject"], r["property"], r["object"])
             for r in _article_rows(query_store, A003, "relation")}
    required, optional = set(), set()
    for item in gold(A003)["relations"]:
        s, p, o = (item if isinstance(item, list) else (item["s"], item["p"], item["o"]))
        opt = isinstance(item, dict) and item.get("optional", False)
        (optional if opt else required).add((slug(s), str(FIN[p]), slug(o)))
    gold_rule(found, required, optional)


def test_named_queries_evidence_for_a_fact(query_store: Store) -> None:
    rows = ask(query_store, "evidence", subject="Alibaba Group", property="develops",
               object="Qwen")
    # both gold files list ["Alibaba Group", "develops", "Qwen"]
    assert {r["article"] for r in rows} == {article_iri(a) for a in ARTICLES}
    for r in rows:
        assert int(r["start"]) < int(r["end"]) and r["extractor"] and r["evidence"]


def test_named_queries_evidence_symmetric_and_directed(query_store: Store) -> None:
    # gold 000: Qwen competitorOf Llama, asked the other way round
    rows = ask(query_store, "evidence", subject="Llama", property="fin:competitorOf",
               object="Qwen")
    assert [r["article"] for r in rows] == [article_iri(A000)]
    # develops is directed: Qwen does not develop Alibaba Group
    assert ask(query_store, "evidence", subject="Qwen", property="develops",
               object="Alibaba Group") == []


def test_named_queries_connection(query_store: Store) -> None:
    # gold 000: Qwen competitorOf Llama (symmetric); Alibaba Group develops Qwen
    paths = {(int(r["hops"]), r["path"]) for r in ask(query_store, "connection",
                                                      **{"from": "Llama", "to": "Alibaba Group"})}
    assert paths & {(2, "Llama ←competitorOf— Qwen ←develops— Alibaba Group"),
                    (2, "Llama —competitorOf→ Qwen ←develops— Alibaba Group")}
    # gold 003: Alibaba Cloud partnerOf IOC and subsidiaryOf Alibaba Group
    paths = {(int(r["hops"]), r["path"]) for r in ask(
        query_store, "connection", **{"from": "International Olympic Committee",
                                     "to": "Alibaba Group"})}
    assert (2, ("International Olympic Committee ←partnerOf— Alibaba Cloud —subsidiaryOf→ "
                "Alibaba Group")) in paths
    # gold 003: Alibaba Cloud partnerOf International Olympic Committee
    paths = {(int(r["hops"]), r["path"]) for r in ask(
        query_store, "connection", **{"from": "International Olympic Committee",
                                     "to": "Alibaba Cloud"})}
    assert (1, "International Olympic Committee ←partnerOf— Alibaba Cloud") in paths


@pytest.mark.parametrize("type_name", ["Company", "AIModel", "FinancialInstitution"])
def test_named_queries_entities_of_type(query_store: Store, type_name: str) -> None:
    rows = ask(query_store, "entities-of-type", type=f"fin:{type_name}")
    found = {r["label"] for r in rows}
    entities = [e for a in ARTICLES for e in gold(a)["entities"] if e["type"] == type_name]
    gold_rule(found, {e["name"] for e in entities if not e.get("optional")},
              {e["name"] for e in entities if e.get("optional")})
    counts = {r["label"]: int(r["articles"]) for r in rows}
    for name in found:
        assert counts[name] == sum(any(e["name"] == name for e in gold(a)["entities"])
                                   for a in ARTICLES)


def test_named_queries_articles(query_store: Store) -> None:
    rows = {r["article"]: r for r in ask(query_store, "articles")}
    assert set(rows) == {article_iri(a) for a in ARTICLES}
    for article in ARTICLES:
        row, golden = rows[article_iri(article)], gold(article)
        required = [f for f in golden["figures"] if not f.get("optional")]
        assert len(required) <= int(row["figures"]) <= len(golden["figures"])
        assert int(row["ratings"]) == len(golden["ratings"])
        assert row["language"] == golden["lang"]
        assert row["source"].endswith(f"{article}.txt")


def test_named_queries_every_query_is_tested() -> None:
    tested = {m.group(1) for m in re.finditer(r'"([a-z-]+)"', Path(__file__).read_text())}
    assert set(load_library()) <= tested


def test_named_queries_limit_limits(query_store: Store) -> None:
    # two seed articles: a limit of 1 lists one of them, 0 lists every one
    every = {article_iri(a) for a in ARTICLES}
    assert {r["article"] for r in ask(query_store, "articles")} == every
    one = ask(query_store, "articles", limit="1")
    assert len(one) == 1 and one[0]["article"] in every
    assert {r["article"] for r in ask(query_store, "articles", limit="0")} == every
    mentioning = ask(query_store, "articles-mentioning", entity="Qwen", limit="1")
    assert len(mentioning) == 1 and mentioning[0]["article"] in every  # gold: Qwen in both
    # figures: the gold lists more than two about Alibaba Group; two are two of those
    full = ask(query_store, "figures", entity="Alibaba Group", limit="0")
    assert len(full) > 2
    two = ask(query_store, "figures", entity="Alibaba Group", limit="2")
    assert len(two) == 2 and all(r in full for r in two)


def test_named_queries_co_mentioned_within_one_article(query_store: Store) -> None:
    # counted in one article mentioning Alibaba Group (both do): everything is 1, and
    # the entities are those of one gold file
    rows = ask(query_store, "co-mentioned", entity="Alibaba Group", within="1")
    assert rows and {r["articles"] for r in rows} == {"1"}
    names = {r["label"] for r in rows}
    matching = []
    for article in ARTICLES:
        entities = gold(article)["entities"]
        may = {e["name"] for e in entities} - {"Alibaba Group"}
        must = {e["name"] for e in entities if not e.get("optional")} - {"Alibaba Group"}
        matching += [article] if must <= names <= may else []
    assert len(matching) == 1, names


def test_named_queries_bad_limit_is_refused(query_store: Store) -> None:
    with pytest.raises(QueryError, match="not a whole number"):
        ask(query_store, "articles", limit="-1")
    with pytest.raises(QueryError, match="not a whole number"):
        ask(query_store, "articles", limit="10 } ; DROP ALL")
