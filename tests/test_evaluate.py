"""Tests of kg.evaluation: gold against small hand-written article graphs.

Every expected number here is worked out by hand from the gold and the graph
in the test, in the comment beside it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.evaluation import (
    ArticleScore,
    calibrate,
    find_gold_pairs,
    format_details,
    format_table,
    format_thresholds,
    load_gold,
    parse_gold,
    read_predictions,
    rule_counts,
    score_article,
    score_corpus,
    threshold_curve,
    to_json,
)
from kg.nlp.confidence import RuleCount
from kg.rdf.store import Snapshot
from kg.records import Entity, Figure, Rating, Relation

RESOURCE = "https://w3id.org/finkg/resource/"
PREFIXES = """\
@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix kgr: <https://w3id.org/finkg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix obs: <https://w3id.org/finkg/resource/observation/a1/> .
@prefix rating: <https://w3id.org/finkg/resource/rating/a1/> .
"""


def article_iri(article_id: str) -> str:
    return f"{RESOURCE}article/{article_id}"


def article_graph(article_id: str, body: str) -> str:
    """TriG of one article graph as docs/rdf-mapping.md writes it."""
    iri = article_iri(article_id)
    return f"<{iri}> {{\n<{iri}> a fin:Article .\n{body}\n}}\n"


def dataset(*graphs: str) -> Snapshot:
    """The graphs (TriG) in an in-memory Oxigraph store, read as the store is."""
    inner = ox.Store()
    inner.load(PREFIXES + "\n".join(graphs), format=ox.RdfFormat.TRIG)
    return Snapshot(inner)


def score(gold: dict[str, Any], body: str, article_id: str = "a1") -> ArticleScore:
    ds = dataset(article_graph(article_id, body))
    return score_article(parse_gold(gold), read_predictions(ds, article_iri(article_id)))


def counts(result: ArticleScore, section: str) -> tuple[int, int, int]:
    s = result.sections[section]
    return s.tp, s.fp, s.fn


GOLD_ALIBABA = {"name": "Alibaba Group", "type": "Company", "aliases": ["Alibaba"]}

ALIBABA = """
<{a}> fin:mentions kgr:alibaba-group .
kgr:alibaba-group a fin:Company ; rdfs:label "Alibaba Group" ; skos:altLabel "Alibaba" .
"""


def mentioned(article_id: str = "a1") -> str:
    return ALIBABA.replace("{a}", article_iri(article_id))


# ------------------------------------------------------------------ reading


def test_evaluate_reads_facts_from_the_article_graph_names_from_where_entities_are_described(
        ) -> None:
    a1 = article_graph("a1", mentioned("a1") + """
kgr:clsa a fin:Organization, fin:FinancialInstitution ; rdfs:label "CLSA" .
<https://w3id.org/finkg/resource/article/a1> fin:mentions kgr:clsa .
kgr:qwen rdfs:label "Qwen" .
kgr:alibaba-group fin:develops kgr:qwen ; rdfs:seeAlso kgr:qwen .
obs:0 a fin:Observation ; fin:about kgr:alibaba-group ;
    fin:metric fin:PriceTarget ; fin:value 205.0 ; fin:unit fin:USD ;
    fin:qualifier fin:Approximately ; fin:period "2026" ; fin:estimatedBy kgr:clsa .
rating:0 a fin:AnalystRating ; fin:by kgr:clsa ; fin:about kgr:alibaba-group ;
    fin:rating "Outperform" .
""")
    a2 = article_graph("a2", f"<{article_iri('a2')}> fin:mentions kgr:tencent .\n"
                             'kgr:tencent a fin:Company ; rdfs:label "Tencent" .')
    catalogue = """<https://w3id.org/finkg/resource/graph/catalogue> {
kgr:baidu a fin:Company ; rdfs:label "Baidu" .
kgr:alibaba-group skos:altLabel "Alibaba Group Holding" .
}"""
    pred = read_predictions(dataset(a1, a2, catalogue), article_iri("a1"))

    # Qwen has a label but is not mentioned; Tencent and Baidu are elsewhere.
    # The catalogue's alias is one of Alibaba Group's names too.
    assert sorted((e.label, e.type, e.aliases) for e in pred.entities) == [
        ("Alibaba Group", "Company", ("Alibaba", "Alibaba Group Holding")),
        ("CLSA", "FinancialInstitution", ()),  # the most specific of its two types
    ]
    # rdfs:seeAlso is no contract relation, fin:mentions is excluded.
    assert [(r.subject.label, r.predicate, r.object.label) for r in pred.relations] == [
        ("Alibaba Group", "develops", "Qwen")]
    [figure] = pred.figures
    assert (figure.about and figure.about.label, figure.metric, figure.value, figure.unit,
            figure.qualifier, figure.period) == (
        "Alibaba Group", "PriceTarget", Decimal("205.0"), "USD", "Approximately", "2026")
    assert figure.estimated_by is not None and figure.estimated_by.label == "CLSA"
    [rating] = pred.ratings
    assert (rating.by and rating.by.label, rating.about and rating.about.label,
            rating.rating) == ("CLSA", "Alibaba Group", "Outperform")


def test_evaluate_reads_descriptions_from_the_catalogue_and_entity_graphs() -> None:
    # as a build writes it: the article graph only mentions; the catalogue
    # describes Alibaba Group, the shared entity graph a company it lacks
    # and a name an article used for Alibaba Group
    a1 = article_graph("a1", f"<{article_iri('a1')}> fin:mentions kgr:alibaba-group, "
                             "kgr:nova-robotics .\nkgr:nova-robotics fin:partnerOf kgr:alibaba-group .")
    catalogue = """<https://w3id.org/finkg/resource/graph/catalogue> {
kgr:alibaba-group a fin:Company ; rdfs:label "Alibaba Group" .
}"""
    entities = """<https://w3id.org/finkg/resource/graph/entities> {
kgr:nova-robotics a fin:Company ; rdfs:label "Nova Robotics" .
kgr:alibaba-group skos:altLabel "Alibabas" .
kgr:tencent a fin:Company ; rdfs:label "Tencent" .
}"""
    pred = read_predictions(dataset(a1, catalogue, entities), article_iri("a1"))
    assert sorted((e.label, e.type, e.aliases) for e in pred.entities) == [
        ("Alibaba Group", "Company", ("Alibabas",)), ("Nova Robotics", "Company", ())]
    assert [(r.subject.label, r.predicate, r.object.label) for r in pred.relations] == [
        ("Nova Robotics", "partnerOf", "Alibaba Group")]


def test_evaluate_unmentioned_catalogue_entities_are_not_scored() -> None:
    catalogue = """<https://w3id.org/finkg/resource/graph/catalogue> {
kgr:baidu a fin:Company ; rdfs:label "Baidu" .
}"""
    ds = dataset(article_graph("a1", mentioned()), catalogue)
    result = score_article(parse_gold({"entities": [GOLD_ALIBABA]}),
                           read_predictions(ds, article_iri("a1")))
    # Alibaba Group found; Baidu lives only in the catalogue: no false positive.
    assert counts(result, "entities") == (1, 0, 0)


# ----------------------------------------------------------------- entities


def test_evaluate_entity_matches_by_alias_folded() -> None:
    gold = {"entities": [GOLD_ALIBABA, {"name": "Baidu", "type": "Company"}]}
    body = f"""
<{article_iri('a1')}> fin:mentions kgr:alibaba, kgr:alibaba-konzern, kgr:tencent .
kgr:alibaba a fin:Company ; rdfs:label "alibaba" .
kgr:alibaba-konzern a fin:Company ; rdfs:label "Alibaba-Konzern" ;
    skos:altLabel "ALIBABA   group" .
kgr:tencent a fin:Company ; rdfs:label "Tencent" .
"""
    result = score(gold, body)
    # Both Alibaba entities match the gold Alibaba Group (one by the gold alias,
    # one by the gold name through its own alias): one tp, no fp. Tencent is
    # not in gold: one fp. Baidu is missed: one fn.
    assert counts(result, "entities") == (1, 1, 1)
    assert result.sections["entities"].misses == ["Baidu [Company]"]
    assert result.sections["entities"].false_positives == ["Tencent [Company]"]


def test_evaluate_entity_type_mismatch_counts_for_typed_only() -> None:
    gold = {"entities": [
        {"name": "Alibaba Cloud", "type": "BusinessUnit"},
        {"name": "Wall Street", "type": "Place", "optional": True},
    ]}
    body = f"""
<{article_iri('a1')}> fin:mentions kgr:alibaba-cloud, kgr:wall-street .
kgr:alibaba-cloud a fin:Company ; rdfs:label "Alibaba Cloud" .
kgr:wall-street a fin:StockExchange ; rdfs:label "Wall Street" .
"""
    result = score(gold, body)
    # Untyped: Alibaba Cloud matches (tp), Wall Street matches an optional item.
    assert counts(result, "entities") == (1, 0, 0)
    # Typed: Alibaba Cloud has the wrong type, so it is both fp and fn; Wall
    # Street matches an optional item by name and is ignored whatever its type.
    assert counts(result, "typed_entities") == (0, 1, 1)
    assert result.sections["typed_entities"].false_positives == ["Alibaba Cloud [Company]"]


def test_evaluate_merged_entity_matches_one_gold_entity() -> None:
    gold = {"entities": [GOLD_ALIBABA, {"name": "Alibaba Cloud", "type": "BusinessUnit"}]}
    body = f"""
<{article_iri('a1')}> fin:mentions kgr:alibaba-group .
kgr:alibaba-group a fin:Company ; rdfs:label "Alibaba Group" ; skos:altLabel "Alibaba Cloud" .
"""
    # One extracted entity for two gold entities: it takes the one its label
    # names; Alibaba Cloud is missed.
    result = score(gold, body)
    assert counts(result, "entities") == (1, 0, 1)
    assert result.sections["entities"].misses == ["Alibaba Cloud [BusinessUnit]"]


# ---------------------------------------------------------------- relations

RELATION_ENTITIES = f"""
<{article_iri('a1')}> fin:mentions kgr:alibaba-group, kgr:qwen, kgr:llama .
kgr:alibaba-group a fin:Company ; rdfs:label "Alibaba Group" .
kgr:qwen a fin:AIModel ; rdfs:label "Qwen" .
kgr:llama a fin:AIModel ; rdfs:label "Llama" .
"""
GOLD_RELATION_ENTITIES = [
    GOLD_ALIBABA, {"name": "Qwen", "type": "AIModel"}, {"name": "Llama", "type": "AIModel"}]


def test_evaluate_symmetric_relations_match_either_way() -> None:
    gold = {"entities": GOLD_RELATION_ENTITIES,
            "relations": [["Qwen", "competitorOf", "Llama"],
                          ["Alibaba Group", "develops", "Qwen"]]}
    body = RELATION_ENTITIES + """
kgr:llama fin:competitorOf kgr:qwen .
kgr:qwen fin:develops kgr:alibaba-group .
"""
    result = score(gold, body)
    # competitorOf reversed still matches (tp); develops reversed does not
    # (fp), and the gold develops is missed (fn).
    assert counts(result, "relations") == (1, 1, 1)
    assert result.sections["relations"].misses == ["Alibaba Group develops Qwen"]
    assert result.sections["relations"].false_positives == ["Qwen develops Alibaba Group"]


def test_evaluate_relation_end_named_by_gold_alias() -> None:
    # The gold relation names the entity by its alias "Alibaba" only.
    gold = {"entities": GOLD_RELATION_ENTITIES,
            "relations": [{"s": "alibaba", "p": "develops", "o": "Qwen", "role": "x"}]}
    result = score(gold, RELATION_ENTITIES + "kgr:alibaba-group fin:develops kgr:qwen .")
    assert counts(result, "relations") == (1, 0, 0)


def test_evaluate_relation_to_optional_item_is_ignored() -> None:
    gold = {"entities": GOLD_RELATION_ENTITIES,
            "relations": [{"s": "Qwen", "p": "competitorOf", "o": "Llama", "optional": True}]}
    found = score(gold, RELATION_ENTITIES + "kgr:qwen fin:competitorOf kgr:llama .")
    not_found = score(gold, RELATION_ENTITIES)
    assert counts(found, "relations") == (0, 0, 0)
    assert counts(not_found, "relations") == (0, 0, 0)


# ------------------------------------------------------------------ figures


def figure_body(value: str, qualifier: str = "", extra: str = "", node: str = "0") -> str:
    q = f"fin:qualifier fin:{qualifier} ;" if qualifier else ""
    return f"""
obs:{node} a fin:Observation ; fin:about kgr:alibaba-group ;
    fin:metric fin:SharePrice ; {value} ; fin:unit fin:USD ; {q} {extra} .
"""


@pytest.mark.parametrize(
    ("gold_value", "extracted", "matches"),
    [
        (200, "201.0", True),     # 0.5 % of 200 is 1.0: the edge is inside
        (200, "198.9", False),    # 1.1 off: 0.55 %
        (200, "200.99", True),    # 0.495 %
        (200, "201.01", False),   # 0.505 %
        (-3.6, "-3.618", True),   # 0.018 is 0.5 % of 3.6, sign kept
        (-3.6, "3.6", False),     # a decline is not a rise
        (0, "0.0", True),         # gold 0 needs exactly 0
        (0, "0.001", False),
    ],
)
def test_evaluate_figure_value_tolerance(gold_value: float, extracted: str,
                                         matches: bool) -> None:
    gold = {"entities": [GOLD_ALIBABA], "figures": [
        {"about": "Alibaba Group", "metric": "SharePrice", "value": gold_value, "unit": "USD"}]}
    result = score(gold, mentioned() + figure_body(f'fin:value "{extracted}"^^xsd:decimal'))
    assert counts(result, "figures") == ((1, 0, 0) if matches else (0, 1, 1))


def test_evaluate_figure_needs_entity_metric_and_unit() -> None:
    gold = {"entities": [GOLD_ALIBABA], "figures": [
        {"about": "Alibaba", "metric": "SharePrice", "value": 155.74, "unit": "USD"}]}
    body = mentioned() + f"""
<{article_iri('a1')}> fin:mentions kgr:qwen .
kgr:qwen a fin:AIModel ; rdfs:label "Qwen" .
obs:0 a fin:Observation ; fin:about kgr:qwen ;
    fin:metric fin:SharePrice ; fin:value 155.74 ; fin:unit fin:USD .
obs:1 a fin:Observation ; fin:about kgr:alibaba-group ;
    fin:metric fin:FairValue ; fin:value 155.74 ; fin:unit fin:USD .
obs:2 a fin:Observation ; fin:about kgr:alibaba-group ;
    fin:metric fin:SharePrice ; fin:value 155.74 ; fin:unit fin:HKD .
obs:3 a fin:Observation ; fin:about kgr:alibaba-group ;
    fin:metric fin:SharePrice ; fin:value 155.74 ; fin:unit fin:USD .
"""
    # Only observation 3 agrees on all of entity (via the gold alias), metric
    # and unit: 1 tp, the other three are fp.
    assert counts(score(gold, body), "figures") == (1, 3, 0)


@pytest.mark.parametrize(
    ("values", "matches"),
    [
        ("fin:minValue 30.1 ; fin:maxValue 39.9", True),   # 0.33 % and 0.25 % off
        ("fin:minValue 30 ; fin:maxValue 40.3", False),    # max 0.75 % off
        ("fin:minValue 29.8 ; fin:maxValue 40", False),    # min 0.67 % off
        ("fin:value 35", False),                           # a value is not a range
    ],
)
def test_evaluate_figure_ranges(values: str, matches: bool) -> None:
    gold = {"entities": [GOLD_ALIBABA], "figures": [
        {"about": "Alibaba Group", "metric": "SharePrice", "min": 30, "max": 40, "unit": "USD"}]}
    result = score(gold, mentioned() + figure_body(values))
    assert counts(result, "figures") == ((1, 0, 0) if matches else (0, 1, 1))


def test_evaluate_duplicate_figure_is_false_positive() -> None:
    gold = {"entities": [GOLD_ALIBABA], "figures": [
        {"about": "Alibaba Group", "metric": "SharePrice", "value": 100, "unit": "USD"}]}
    body = mentioned() + figure_body("fin:value 100", node="0") \
        + figure_body("fin:value 100.2", node="1")
    # The gold figure is matched once; the second observation of it is a fp.
    assert counts(score(gold, body), "figures") == (1, 1, 0)


def test_evaluate_qualifier_period_and_estimator_agreement() -> None:
    gold = {
        "entities": [GOLD_ALIBABA, {"name": "CLSA", "type": "FinancialInstitution"}],
        "figures": [
            {"about": "Alibaba Group", "metric": "SharePrice", "value": 10, "unit": "USD",
             "qualifier": "AtLeast"},
            {"about": "Alibaba Group", "metric": "SharePrice", "value": 20, "unit": "USD"},
            {"about": "Alibaba Group", "metric": "SharePrice", "value": 30, "unit": "USD",
             "qualifier": "Approximately", "period": "2025", "estimatedBy": "CLSA"},
            {"about": "Alibaba Group", "metric": "SharePrice", "value": 40, "unit": "USD",
             "estimatedBy": "CLSA"},
        ],
    }
    body = mentioned() + 'kgr:clsa a fin:FinancialInstitution ; rdfs:label "CLSA" .' \
        + figure_body("fin:value 10", "AtLeast", node="0") \
        + figure_body("fin:value 20", extra='fin:period "2024" ;', node="1") \
        + figure_body("fin:value 30", "Exact", 'fin:period " 2025" ; fin:estimatedBy kgr:clsa ;',
                      node="2") \
        + figure_body("fin:value 40", node="3") \
        + figure_body("fin:value 50", "AtMost", node="4")
    result = score(gold, body)
    # 4 matched, the 50 is an fp and has no say in the agreements.
    assert counts(result, "figures") == (4, 1, 0)
    agreement = result.agreement
    assert agreement.matched == 4
    # qualifier: 10 AtLeast = AtLeast, 20 Exact (absent on both sides),
    # 30 Approximately != Exact, 40 Exact = Exact (absent) -> 3 of 4.
    assert agreement.qualifier == 3
    # period: 10 none/none, 20 none != "2024", 30 "2025" = " 2025", 40 none/none -> 3.
    assert agreement.period == 3
    # estimatedBy: 10 and 20 none/none, 30 CLSA = CLSA, 40 CLSA != none -> 3.
    assert agreement.estimated_by == 3
    corpus = score_corpus([result])
    assert corpus.qualifier_accuracy == pytest.approx(3 / 4)
    assert corpus.period_accuracy == pytest.approx(3 / 4)
    assert corpus.estimated_by_accuracy == pytest.approx(3 / 4)


def test_evaluate_best_figure_pair_is_taken_first() -> None:
    # Two gold figures differ only in period; each extracted figure must go to
    # the one whose period it gives, though both match either by value.
    gold = {"entities": [GOLD_ALIBABA], "figures": [
        {"about": "Alibaba Group", "metric": "SharePrice", "value": 10, "unit": "USD",
         "period": "2024"},
        {"about": "Alibaba Group", "metric": "SharePrice", "value": 10, "unit": "USD",
         "period": "2025"},
    ]}
    body = mentioned() + figure_body("fin:value 10", extra='fin:period "2025" ;', node="0") \
        + figure_body("fin:value 10", extra='fin:period "2024" ;', node="1")
    result = score(gold, body)
    assert counts(result, "figures") == (2, 0, 0)
    assert result.agreement.period == 2


# ------------------------------------------------------------------ ratings


def test_evaluate_ratings_match_by_about_and_literal() -> None:
    gold = {
        "entities": [GOLD_ALIBABA, {"name": "CLSA", "type": "FinancialInstitution",
                                    "aliases": ["Investmentbank CLSA"]}],
        "ratings": [{"by": "CLSA", "about": "Alibaba", "rating": "Strong Buy"},
                    {"by": "CLSA", "about": "Alibaba Group", "rating": "Hold",
                     "optional": True}],
    }
    body = mentioned() + """
kgr:clsa a fin:FinancialInstitution ; rdfs:label "Investmentbank CLSA" .
rating:0 a fin:AnalystRating ; fin:by kgr:clsa ; fin:about kgr:alibaba-group ;
    fin:rating "strong  buy" .
rating:1 a fin:AnalystRating ; fin:by kgr:clsa ; fin:about kgr:alibaba-group ;
    fin:rating "Hold" .
rating:2 a fin:AnalystRating ; fin:by kgr:clsa ; fin:about kgr:alibaba-group ;
    fin:rating "Sell" .
"""
    result = score(gold, body)
    # "strong  buy" folds to the gold literal (tp); Hold matches an optional
    # rating (ignored); Sell matches nothing (fp).
    assert counts(result, "ratings") == (1, 1, 0)
    assert result.sections["ratings"].false_positives == ['Investmentbank CLSA rates '
                                                          'Alibaba Group "Sell"']


# ------------------------------------------------------------ optional items


def test_evaluate_optional_items_are_neither_missed_nor_wrong() -> None:
    gold = {
        "entities": [GOLD_ALIBABA, {"name": "China", "type": "Place", "optional": True}],
        "relations": [{"s": "Alibaba Group", "p": "locatedIn", "o": "China",
                       "optional": True}],
        "figures": [{"about": "Alibaba Group", "metric": "SharePrice", "value": 5,
                     "unit": "USD", "optional": True}],
        "ratings": [{"by": "CLSA", "about": "Alibaba Group", "rating": "Buy",
                     "optional": True}],
    }
    extracted = mentioned() + f"""
<{article_iri('a1')}> fin:mentions kgr:china .
kgr:china a fin:Place ; rdfs:label "China" .
kgr:clsa rdfs:label "CLSA" .
kgr:alibaba-group fin:locatedIn kgr:china .
rating:0 a fin:AnalystRating ; fin:by kgr:clsa ; fin:about kgr:alibaba-group ;
    fin:rating "Buy" .
""" + figure_body("fin:value 5")
    for body in (extracted, mentioned()):
        result = score(gold, body)
        assert counts(result, "entities") == (1, 0, 0)  # only Alibaba Group counts
        for section in ("relations", "figures", "ratings"):
            assert counts(result, section) == (0, 0, 0)
        assert result.agreement.matched == 0  # optional matches are not compared


# -------------------------------------------------------------------- corpus


def test_evaluate_micro_averages_over_articles() -> None:
    gold_1 = {"entities": [GOLD_ALIBABA, {"name": "China", "type": "Place"}]}
    body_1 = mentioned("a1") + f"""
<{article_iri('a1')}> fin:mentions kgr:china .
kgr:china a fin:Place ; rdfs:label "China" .
"""
    gold_2 = {"entities": [{"name": "Baidu", "type": "Company"},
                           {"name": "Tencent Holdings", "type": "Company"}]}
    body_2 = f"""
<{article_iri('a2')}> fin:mentions kgr:meta .
kgr:meta a fin:Company ; rdfs:label "Meta" .
"""
    ds = dataset(article_graph("a1", body_1), article_graph("a2", body_2))
    results = [
        score_article(parse_gold(gold_1), read_predictions(ds, article_iri("a1"))),
        score_article(parse_gold(gold_2), read_predictions(ds, article_iri("a2"))),
    ]
    # Article 1: tp 2, fp 0, fn 0. Article 2: tp 0, fp 1, fn 2.
    corpus = score_corpus(results)
    entities = corpus.sections["entities"]
    assert (entities.tp, entities.fp, entities.fn) == (2, 1, 2)
    assert entities.precision == pytest.approx(2 / 3)  # macro would give (1 + 0) / 2
    assert entities.recall == pytest.approx(2 / 4)
    assert entities.f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 2))
    # Nothing predicted or expected for ratings: undefined ratios, not zeros.
    ratings = corpus.sections["ratings"]
    assert (ratings.precision, ratings.recall, ratings.f1) == (None, None, None)
    assert corpus.qualifier_accuracy is None

    table = format_table(corpus)
    assert "2 articles" in table
    [row] = [line for line in table.splitlines() if line.startswith("entities")]
    assert row.split() == ["entities", "0.667", "0.500", "0.571", "2", "1", "2"]
    assert "typed entities" in table and "qualifier accuracy" in table

    details = format_details(results)
    assert "missed  entities: Baidu [Company]" in details
    assert "wrong   entities: Meta [Company]" in details

    report = json.loads(json.dumps(to_json(corpus, results)))
    assert report["corpus"]["sections"]["entities"]["tp"] == 2
    assert report["articles"][1]["sections"]["entities"]["misses"] == [
        "Baidu [Company]", "Tencent Holdings [Company]"]


# ---------------------------------------------------------------- gold files


def write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_evaluate_find_gold_pairs(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt")
    a_gold = write(tmp_path / "a.gold.json", "{}")
    b = write(tmp_path / "sub" / "b.txt")
    b_gold = write(tmp_path / "sub" / "b.gold.json", "{}")
    write(tmp_path / "c.txt")  # no gold: ignored
    only_text = tmp_path / "only-text"
    write(only_text / "d.txt")

    assert find_gold_pairs([tmp_path]) == [(a, a_gold), (b, b_gold)]
    assert find_gold_pairs([b, str(a_gold), tmp_path]) == [(b, b_gold), (a, a_gold)]
    with pytest.raises(InputError, match="missing"):
        find_gold_pairs([tmp_path / "missing"])
    with pytest.raises(InputError, match="only-text"):
        find_gold_pairs([only_text])
    with pytest.raises(InputError, match="c.gold.json"):
        find_gold_pairs([tmp_path / "c.txt"])


def test_evaluate_load_gold_reads_both_relation_forms(tmp_path: Path) -> None:
    path = write(tmp_path / "a.gold.json", json.dumps({
        "lang": "de",
        "entities": [GOLD_ALIBABA],
        "relations": [["Alibaba Group", "develops", "Qwen"],
                      {"s": "Eddie Wu", "p": "worksFor", "o": "Alibaba Group", "role": "CEO",
                       "optional": True}],
        "figures": [{"about": "Alibaba Group", "metric": "SharePrice", "value": 6.39,
                     "unit": "USD"}],
    }))
    gold = load_gold(path)
    assert [(r.subject, r.predicate, r.object, r.optional, r.role) for r in gold.relations] == [
        ("Alibaba Group", "develops", "Qwen", False, None),
        ("Eddie Wu", "worksFor", "Alibaba Group", True, "CEO"),
    ]
    assert gold.figures[0].value == Decimal("6.39")
    assert gold.figures[0].qualifier == "Exact"


def test_evaluate_gold_items_are_the_extraction_records() -> None:
    gold = parse_gold({
        "entities": [GOLD_ALIBABA],
        "relations": [["Alibaba Group", "develops", "Qwen"]],
        "figures": [{"about": "Alibaba", "metric": "UpsidePotential", "min": 30, "max": 40,
                     "unit": "Percent", "status": "Estimate", "period": 2026}],
        "ratings": [{"by": "CLSA", "about": "Alibaba", "rating": "Outperform"}],
    })
    [entity], [relation], [figure], [rating] = (
        gold.entities, gold.relations, gold.figures, gold.ratings)
    assert isinstance(entity, Entity) and (entity.label, entity.type, entity.aliases) == (
        "Alibaba Group", "Company", ("Alibaba",))
    assert isinstance(relation, Relation) and relation.predicate == "develops"
    assert isinstance(figure, Figure) and (figure.min_value, figure.max_value, figure.status,
                                           figure.period) == (30, 40, "Estimate", "2026")
    assert isinstance(rating, Rating) and rating.by == "CLSA"
    # a figure without status is what the extractor calls a reported one
    [plain] = parse_gold({"figures": [{"about": "A", "metric": "Revenue", "value": 1,
                                       "unit": "USD"}]}).figures
    assert plain.status == "Reported"


@pytest.mark.parametrize(
    "text",
    [
        '{"entities": [',                                                # not JSON
        '["a list"]',                                                   # not an object
        '{"entities": [{"name": "X"}]}',                                # no type
        '{"relations": [["A", "owns", "B"]]}',                          # unknown property
        '{"figures": [{"about": "A", "metric": "Revenue", "unit": "USD"}]}',  # no value
        '{"figures": [{"about": "A", "metric": "Revenue", "unit": "USD", "value": 1,'
        ' "status": "Rumour"}]}',                                       # unknown status
    ],
)
def test_evaluate_bad_gold_is_input_error(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "broken.gold.json", text)
    with pytest.raises(InputError, match="broken.gold.json"):
        load_gold(path)


# ------------------------------------------------------------------ confidence thresholds

RDF_PREFIX = "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
THRESHOLD_GOLD = {
    "entities": [GOLD_ALIBABA, {"name": "CLSA", "type": "FinancialInstitution"},
                 {"name": "Qwen", "type": "AIModel"}, {"name": "Tencent", "type": "Company"}],
    "relations": [["Alibaba Group", "develops", "Qwen"], ["CLSA", "covers", "Alibaba Group"],
                  ["Alibaba Group", "competitorOf", "Tencent"]],
    "figures": [{"about": "Alibaba Group", "metric": "Revenue", "value": 100, "unit": "USD"},
                {"about": "Alibaba Group", "metric": "SharePrice", "value": 50, "unit": "USD"}],
    "ratings": [{"by": "CLSA", "about": "Alibaba Group", "rating": "Outperform"}],
}


def _statement(n: int, s: str, p: str, o: str, confidence: str, rule: str) -> str:
    return (f"kgr:s{n} a rdf:Statement ; rdf:subject kgr:{s} ; rdf:predicate fin:{p} ;"
            f' rdf:object kgr:{o} ; fin:confidence {confidence} ; fin:extractor "{rule}" .\n')


THRESHOLD_BODY = mentioned() + """
kgr:clsa a fin:FinancialInstitution ; rdfs:label "CLSA" .
kgr:qwen a fin:AIModel ; rdfs:label "Qwen" .
kgr:tencent a fin:Company ; rdfs:label "Tencent" .
kgr:alibaba-group fin:develops kgr:qwen ; fin:partnerOf kgr:tencent .
kgr:clsa fin:covers kgr:alibaba-group .
""" + _statement(0, "alibaba-group", "develops", "qwen", "0.9", "r/a") \
    + _statement(1, "clsa", "covers", "alibaba-group", "0.4", "r/b") \
    + _statement(2, "clsa", "covers", "alibaba-group", "0.6", "r/c") \
    + _statement(3, "alibaba-group", "partnerOf", "tencent", "0.3", "r/a") + """
obs:0 a fin:Observation ; fin:about kgr:alibaba-group ; fin:metric fin:Revenue ;
    fin:value 100.0 ; fin:unit fin:USD ; fin:confidence 0.8 ; fin:extractor "f/a" .
obs:1 a fin:Observation ; fin:about kgr:alibaba-group ; fin:metric fin:SharePrice ;
    fin:value 55.0 ; fin:unit fin:USD ; fin:confidence 0.5 ; fin:extractor "f/a" .
obs:2 a fin:Observation ; fin:about kgr:alibaba-group ; fin:metric fin:Profit ;
    fin:value 7.0 ; fin:unit fin:USD ; fin:extractor "f/b" .
rating:0 a fin:AnalystRating ; fin:by kgr:clsa ; fin:about kgr:alibaba-group ;
    fin:rating "Outperform" ; fin:confidence 0.35 ; fin:extractor "g/a" .
"""


def _threshold_pairs() -> list[tuple[Any, Any]]:
    ds = dataset(RDF_PREFIX + article_graph("a1", THRESHOLD_BODY))
    return [(parse_gold(THRESHOLD_GOLD), read_predictions(ds, article_iri("a1")))]


def test_evaluate_reads_confidence_and_rules_of_each_fact() -> None:
    [(_, pred)] = _threshold_pairs()
    relations = {(r.subject.label, r.predicate, r.object.label): (r.confidence, r.extractors)
                 for r in pred.relations}
    # two statements of one triple: the higher confidence, both rules
    assert relations[("CLSA", "covers", "Alibaba Group")] == (0.6, ("r/b", "r/c"))
    assert relations[("Alibaba Group", "partnerOf", "Tencent")] == (0.3, ("r/a",))
    # a figure without fin:confidence is kept at every threshold
    assert sorted((f.metric, f.confidence) for f in pred.figures) == [
        ("Profit", 1.0), ("Revenue", 0.8), ("SharePrice", 0.5)]
    assert [(r.confidence, r.extractors) for r in pred.ratings] == [(0.35, ("g/a",))]


def test_evaluate_scores_at_thresholds_by_hand() -> None:
    pairs = _threshold_pairs()
    curve = dict(threshold_curve(pairs, (0.0, 0.5, 0.7)))

    def prf(t: float, section: str) -> tuple[float | None, float | None, float | None]:
        s = curve[t].sections[section]
        return s.precision, s.recall, s.f1

    # t=0: relations develops + covers right, partnerOf wrong, competitorOf missed
    assert prf(0.0, "relations") == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # Revenue right; SharePrice 55 ≠ 50 and Profit wrong; SharePrice 50 missed
    assert prf(0.0, "figures") == pytest.approx((1 / 3, 1 / 2, 2 / 5))
    assert prf(0.0, "ratings") == (1.0, 1.0, 1.0)
    # t=0.5: partnerOf (0.3) and the rating (0.35) go; SharePrice (0.5) stays
    assert prf(0.5, "relations") == pytest.approx((1.0, 2 / 3, 4 / 5))
    assert prf(0.5, "figures") == pytest.approx((1 / 3, 1 / 2, 2 / 5))
    assert prf(0.5, "ratings") == (None, 0.0, 0.0)
    # t=0.7: covers (0.6) goes too; SharePrice goes, Profit (no confidence) stays
    assert prf(0.7, "relations") == pytest.approx((1.0, 1 / 3, 1 / 2))
    assert prf(0.7, "figures") == pytest.approx((1 / 2, 1 / 2, 1 / 2))
    # entities carry no confidence: the same at every threshold
    assert curve[0.0].sections["entities"] == curve[0.7].sections["entities"]
    table = format_thresholds(sorted(curve.items()), 0.5)
    assert table.splitlines() == [
        "min confidence  relations P/R/F1   figures P/R/F1     ratings P/R/F1",
        "0               0.667/0.667/0.667  0.333/0.500/0.400  1.000/1.000/1.000",
        "0.5 *           1.000/0.667/0.800  0.333/0.500/0.400  -/0.000/0.000",
        "0.7             1.000/0.333/0.500  0.500/0.500/0.500  -/0.000/0.000",
    ]


def test_evaluate_rule_counts_and_calibration_by_hand() -> None:
    pairs = _threshold_pairs()
    counts = rule_counts(pairs)
    assert counts["relations"] == {
        ("r/a", "develops"): RuleCount(1, 0), ("r/a", "partnerOf"): RuleCount(0, 1),
        ("r/b", "covers"): RuleCount(1, 0), ("r/c", "covers"): RuleCount(1, 0)}
    assert counts["figures"] == {
        ("f/a", "Revenue"): RuleCount(1, 0), ("f/a", "SharePrice"): RuleCount(0, 1),
        ("f/b", "Profit"): RuleCount(0, 1)}
    assert counts["ratings"] == {("g/a", None): RuleCount(1, 0)}

    table, curve = calibrate(pairs)
    # relations: prior 3/4; r/a 1 of 2: (1 + 4·0.75)/6 = 0.667;
    # r/a develops (1 + 4·0.667)/5 = 0.734, partnerOf 2.668/5 = 0.534; r/b, r/c (1 + 3)/5
    assert table.priors["relations"] == 0.75
    assert table.of("relations", "r/a") == 0.667
    assert table.of("relations", "r/a", "develops") == 0.734
    assert table.of("relations", "r/a", "partnerOf") == 0.534
    assert table.of("relations", "r/b", "covers") == table.of("relations", "r/c") == 0.8
    # figures: prior 1/3 → 0.333; f/a (1 + 1.332)/6 = 0.389; Revenue (1 + 1.556)/5 = 0.511,
    # SharePrice 1.556/5 = 0.311; f/b 1.332/5 = 0.266; ratings: all right, 1.0
    assert (table.of("figures", "f/a", "Revenue"), table.of("figures", "f/a", "SharePrice"),
            table.of("figures", "f/b", "Profit")) == (0.511, 0.311, 0.266)
    assert table.of("ratings", "g/a") == 1.0
    # Pooled F1 with those confidences: 8/13 up to 0.266, 8/12 at 0.311 (Profit gone),
    # 8/11 from 0.333 to 0.511 (SharePrice gone), 6/10 at 0.534 (Revenue gone), 6/9 from
    # 0.667 to 0.734 (partnerOf gone), 4/8 at 0.75 and 0.8 (develops gone), 2/7 at 1.0:
    # the best, 8/11, is reached first at 0.333 and last at 0.511 (4 right, 1 wrong). Six gold
    # facts make half a fact's share 1/12, so 6/9 (0.667 and 0.734: 3 right, none wrong, a
    # right fact given up with the wrong one) counts as equally good, and the highest is taken.
    assert table.min_confidence == 0.734
    pooled = {t: _pooled_f1(score) for t, score in curve}
    assert pooled == pytest.approx({0.0: 8 / 13, 0.266: 8 / 13, 0.311: 8 / 12, 0.333: 8 / 11,
                                    0.389: 8 / 11, 0.511: 8 / 11, 0.534: 6 / 10, 0.667: 6 / 9,
                                    0.734: 6 / 9, 0.75: 4 / 8, 0.8: 4 / 8, 1.0: 2 / 7})


def _pooled_f1(score: Any) -> float:
    tp = sum(score.sections[s].tp for s in ("relations", "figures", "ratings"))
    wrong = sum(score.sections[s].fp + score.sections[s].fn
                for s in ("relations", "figures", "ratings"))
    return 2 * tp / (2 * tp + wrong)


def test_evaluate_json_holds_the_threshold_scores() -> None:
    pairs = _threshold_pairs()
    results = [score_article(gold, pred) for gold, pred in pairs]
    data = json.loads(json.dumps(to_json(score_corpus(results), results,
                                         threshold_curve(pairs, (0.0, 0.5)))))
    assert [t["min_confidence"] for t in data["thresholds"]] == [0.0, 0.5]
    # at 0.5: relations 2 right, none wrong, competitorOf missed (worked out above)
    assert data["thresholds"][1]["relations"] == {
        "tp": 2, "fp": 0, "fn": 1, "precision": 1.0, "recall": 2 / 3, "f1": 0.8}
    assert "thresholds" not in to_json(score_corpus(results), results)
