"""What the browser pages show, read from the store by small bounded queries.

Every function takes an open ``pyoxigraph`` store (from
:meth:`kg.rdf.store.Store.read`) and returns plain JSON-ready dicts. Values
from the request (an entity, an article, a search text) become RDF terms,
bound with :func:`kg.query.bind_values` or written as one term checked by
:func:`kg.query.term_syntax`; they never change the query text otherwise.

The entity page must stay fast for the largest hub of a 50,000-article
store, whose relations fill tens of thousands of article graphs, so every
part reads a bounded amount:

* relations are counted by the store (``COUNT`` grouped by property and
  neighbour) over at most :data:`RELATION_SCAN` statements, and only the
  counts travel;
* evidence sentences are read only for the relations the page shows, a
  few per relation, as the index yields them; more are fetched when asked for;
* figures, ratings and price targets are the newest among the first
  :data:`SCAN` nodes of each kind, with the total counted up to :data:`COUNT_CAP`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from kg.query import CATALOGUE, bind_values, compact, term_syntax
from kg.rdf.namespaces import FIN, KGR, PREFIXES
from kg.records import PROPERTIES, SYMMETRIC_PROPERTIES

Row = dict[str, Any]
Term = ox.NamedNode | ox.Literal

MAX_SUGGESTIONS = 10
LATEST_ARTICLES = 10
MAX_ALIASES = 30
# relations: neighbours listed per property, those with evidence, sentences each
MAX_NEIGHBOURS_PER_PROPERTY = 15
RELATIONS_WITH_EVIDENCE = 3
EVIDENCE_PER_RELATION = 2
EVIDENCE_PAGE = 5
RELATION_SCAN = 5_000
# figures, ratings and targets: the newest are chosen among the first SCAN nodes
# the store's index yields for the entity, so a hub costs no more than SCAN look-ups
SCAN = 500
MAX_FIGURES = 100
MAX_RATINGS = 200
COUNT_CAP = 10_000
# the types whose pages list the ratings they gave (fin:by is an institution)
RATERS = frozenset({"FinancialInstitution", "Organization", None})
# the neighbourhood drawing: neighbours, and at depth 2 theirs
NEIGHBOURHOOD_SIZE = 12
SECOND_RING = 4
RING_SCAN = 2_000

_FIN = str(FIN)
_KGR = str(KGR)
_RELATION_VALUES = " ".join(f"fin:{p}" for p in PROPERTIES)


def _select(store: ox.Store, text: str, bindings: Mapping[str, Term] | None = None
            ) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]]:
    """Run a SELECT with ``bindings`` as a VALUES clause; rows without unbound variables."""
    query = bind_values(text, bindings) if bindings else text
    answer = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(answer, ox.QuerySolutions)
    names = [v.value for v in answer.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in answer]


def _text(row: Mapping[str, Any], name: str) -> str | None:
    term = row.get(name)
    return None if term is None else str(term.value)


def _int(row: Mapping[str, Any], name: str) -> int | None:
    value = _text(row, name)
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def local_name(iri: str) -> str:
    """The part of an IRI after ``#`` or the last ``/``: a metric, unit or type name."""
    return re.split(r"[#/]", iri)[-1]


def entity_key(iri: str) -> str | None:
    """The path segment of an entity page (``alibaba-cloud`` for ``kgr:alibaba-cloud``),
    or None for an IRI that is no finkg entity (an article, a Wikidata item)."""
    if not iri.startswith(_KGR):
        return None
    rest = iri[len(_KGR):]
    return rest if rest and "/" not in rest else None


def entity_iri(key: str) -> ox.NamedNode | None:
    """The entity IRI for a page key, None when the key cannot be one."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._~%-]*", key):
        return None
    return ox.NamedNode(_KGR + key)


def article_iri(article_id: str) -> ox.NamedNode | None:
    """The article IRI for an id (``003_f293324dbb63daf1``), None when it cannot be one."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", article_id):
        return None
    return ox.NamedNode(f"{_KGR}article/{article_id}")


def article_id(iri: str) -> str | None:
    prefix = f"{_KGR}article/"
    return iri[len(prefix):] if iri.startswith(prefix) else None


def _entity_ref(iri: str, label: str | None = None, kind: str | None = None) -> Row:
    """How a page links to an entity: IRI, page key, label, type."""
    return {"iri": iri, "key": entity_key(iri), "label": label or compact(iri),
            "type": kind}


# --------------------------------------------------------------------------- search

_SUGGEST = f"""
SELECT ?e ?name ?rank ?label ?type WHERE {{
  GRAPH <{CATALOGUE}> {{
    {{ ?e rdfs:label ?name BIND(0 AS ?rank) }} UNION {{ ?e skos:altLabel ?name BIND(1 AS ?rank) }}
    UNION {{ ?e fin:ticker ?name BIND(2 AS ?rank) }}
    ?e rdfs:label ?label . OPTIONAL {{ ?e a ?type }}
  }}
  FILTER(STRSTARTS(LCASE(STR(?name)), ?prefix) || CONTAINS(LCASE(STR(?name)), ?inner))
}}
"""

# Entities only the articles know: looked up by their exact label (as typed, or
# with a capital first letter), which the store's index answers at once; a prefix
# search would read every label of every article graph.
_DISCOVERED = f"""
SELECT DISTINCT ?e ?name ?type WHERE {{
  GRAPH ?g {{ ?e rdfs:label ?name ; a ?type }}
  FILTER(?g != <{CATALOGUE}>)
}} LIMIT {MAX_SUGGESTIONS}
"""


def suggest(store: ox.Store, text: str) -> list[Row]:
    """Entities whose name, alias or ticker starts with ``text`` (or has a word that
    does), best first: names before aliases before tickers, prefixes before inner words.

    The catalogue graph is searched (it is small and holds every alias and
    ticker); entities only the articles know are found by their exact label.
    """
    needle = " ".join(text.split()).lower()
    if not needle:
        return []
    bindings = {"prefix": ox.Literal(needle), "inner": ox.Literal(" " + needle)}
    found: dict[str, Row] = {}
    for row in _select(store, _SUGGEST, bindings):
        iri, name = _text(row, "e") or "", _text(row, "name") or ""
        score = (0 if name.lower().startswith(needle) else 1, _int(row, "rank") or 0,
                 len(name), name.lower())
        best = found.get(iri)
        if best is None or score < best["score"]:
            kind = local_name(_text(row, "type") or "")
            found[iri] = {**_entity_ref(iri, _text(row, "label"), kind), "match": name,
                          "score": score}
    typed = " ".join(text.split())
    for name in dict.fromkeys((typed, typed[:1].upper() + typed[1:])):
        for row in _select(store, _DISCOVERED, {"name": ox.Literal(name)}):
            iri = _text(row, "e") or ""
            if iri not in found:
                found[iri] = {**_entity_ref(iri, name, local_name(_text(row, "type") or "")),
                              "match": name, "score": (0, 0, len(name), name.lower())}
    ranked = sorted(found.values(), key=lambda r: r["score"])[:MAX_SUGGESTIONS]
    return [{k: v for k, v in r.items() if k != "score"} for r in ranked]


# --------------------------------------------------------------------------- summary

_LATEST = f"""
SELECT ?a ?headline ?date WHERE {{
  {{ SELECT ?a ?date WHERE {{ GRAPH ?a {{ ?a schema:datePublished ?date }} }}
     ORDER BY DESC(?date) ?a LIMIT {LATEST_ARTICLES} }}
  OPTIONAL {{ GRAPH ?a {{ ?a schema:headline ?headline }} }}
}} ORDER BY DESC(?date) ?a
"""
_ANY_ARTICLES = f"""
SELECT ?a ?headline WHERE {{ GRAPH ?a {{ ?a a fin:Article ; schema:headline ?headline }} }}
LIMIT {LATEST_ARTICLES}
"""


_COUNTS = {
    "articles": "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?a { ?a a fin:Article } }",
    "relations": "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?a { ?s a rdf:Statement } }",
    "figures": "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH ?a { ?o a fin:Observation } }",
    "ratings": "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH ?a { ?r a fin:AnalystRating } }",
    "adBlocks": "SELECT (SUM(?k) AS ?n) WHERE { GRAPH ?a { ?a fin:adBlocks ?k } }",
}
_MENTIONED_TYPES = f"""
SELECT ?e ?type WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{ GRAPH ?a {{ ?a fin:mentions ?e }} }} }}
  OPTIONAL {{ GRAPH <{CATALOGUE}> {{ ?e a ?type }} }}
}}
"""
_ANY_TYPE = """
SELECT ?type WHERE { GRAPH ?g { ?e a ?type } } LIMIT 1
"""
# entities only the articles know are typed one look-up each, up to this many
MAX_TYPE_LOOKUPS = 500


def summary(store: ox.Store) -> Row:
    """What the store holds: counts, entities by type, the latest articles.

    Each count is one range of the store's index (``kg stats`` also groups
    relations and figures, which reads every statement and is too slow for a
    page on a big store).
    """
    counts = {}
    for name, query in _COUNTS.items():
        rows = _select(store, query)
        counts[name] = (_int(rows[0], "n") or 0) if rows else 0
    by_type: dict[str, int] = {}
    lookups = 0
    for row in _select(store, _MENTIONED_TYPES):
        kind = local_name(_text(row, "type") or "")
        if not kind and lookups < MAX_TYPE_LOOKUPS:
            lookups += 1
            entity = row["e"]
            found = (_select(store, _ANY_TYPE, {"e": entity})
                     if isinstance(entity, ox.NamedNode) else [])
            kind = local_name(_text(found[0], "type") or "") if found else ""
        by_type[kind or "other"] = by_type.get(kind or "other", 0) + 1
    return {**counts, "entities": sum(by_type.values()),
            "entitiesByType": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
            "latest": latest_articles(store)}


def latest_articles(store: ox.Store) -> list[Row]:
    """The newest articles by publication date (any articles when none has a date)."""
    rows = _select(store, _LATEST) or _select(store, _ANY_ARTICLES)
    return [_article_ref(row) for row in rows]


def _article_ref(row: Mapping[str, Any], name: str = "a") -> Row:
    iri = _text(row, name) or ""
    return {"iri": iri, "id": article_id(iri), "headline": _text(row, "headline") or "",
            "date": _text(row, "date")}


# --------------------------------------------------------------------------- entity

_CATALOGUE_ABOUT = f"""
SELECT ?p ?o ?olabel ?otype WHERE {{
  GRAPH <{CATALOGUE}> {{ ?entity ?p ?o OPTIONAL {{ ?o rdfs:label ?olabel }} OPTIONAL {{ ?o a ?otype }} }}
}}
"""
_CATALOGUE_INCOMING = f"""
SELECT ?p ?s ?slabel ?stype WHERE {{
  GRAPH <{CATALOGUE}> {{ ?s ?p ?entity . ?s rdfs:label ?slabel OPTIONAL {{ ?s a ?stype }} }}
}} LIMIT 200
"""
_ARTICLE_ABOUT = f"""
SELECT DISTINCT ?p ?o WHERE {{
  VALUES ?p {{ rdf:type rdfs:label skos:altLabel owl:sameAs }}
  GRAPH ?g {{ ?entity ?p ?o }}
}} LIMIT {MAX_ALIASES + 10}
"""
_MENTIONED = """
SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?a { ?a fin:mentions ?entity } }
"""
# At most RELATION_SCAN statements are counted: beyond that the counts are lower
# bounds, and the page says so.
_RELATION_COUNTS = f"""
SELECT ?p ?other ?out (COUNT(?a) AS ?n) WHERE {{
  {{
    SELECT ?entity ?p ?other ?out ?a WHERE {{
      VALUES ?p {{ {_RELATION_VALUES} }}
      {{ GRAPH ?a {{ ?entity ?p ?other }} BIND(true AS ?out) }}
      UNION {{ GRAPH ?a {{ ?other ?p ?entity }} BIND(false AS ?out) }}
      FILTER(?a != <{CATALOGUE}>)
    }} LIMIT {RELATION_SCAN}
  }}
}} GROUP BY ?p ?other ?out
"""
_DESCRIPTIONS = f"""
SELECT ?e ?label ?type WHERE {{ %s GRAPH <{CATALOGUE}> {{ ?e rdfs:label ?label OPTIONAL {{ ?e a ?type }} }} }}
"""
_ARTICLE_DESCRIPTION = """
SELECT ?label ?type WHERE { GRAPH ?g { ?e rdfs:label ?label ; a ?type } } LIMIT 1
"""


def describe(store: ox.Store, iri: ox.NamedNode) -> Row | None:
    """Label, type, aliases, sameAs links, tickers and catalogue facts of an entity;
    None when the store knows nothing about it."""
    aliases: set[str] = set()
    same_as: set[str] = set()
    tickers: set[str] = set()
    label = kind = None
    facts: list[Row] = []
    for row in _select(store, _CATALOGUE_ABOUT, {"entity": iri}):
        p, o = _text(row, "p") or "", _text(row, "o") or ""
        if p == PREFIXES["rdfs"] + "label":
            label = o
        elif p == PREFIXES["rdf"] + "type":
            kind = local_name(o)
        elif p == PREFIXES["skos"] + "altLabel":
            aliases.add(o)
        elif p == PREFIXES["owl"] + "sameAs":
            same_as.add(o)
        elif p == _FIN + "ticker":
            tickers.add(o)
        elif p.startswith(_FIN) and isinstance(row["o"], ox.NamedNode):
            facts.append({"property": local_name(p), "out": True,
                          "other": _entity_ref(o, _text(row, "olabel"),
                                               local_name(_text(row, "otype") or ""))})
    catalogued = label is not None
    for row in _select(store, _CATALOGUE_INCOMING, {"entity": iri}):
        p = _text(row, "p") or ""
        if p.startswith(_FIN):
            facts.append({"property": local_name(p), "out": False,
                          "other": _entity_ref(_text(row, "s") or "", _text(row, "slabel"),
                                               local_name(_text(row, "stype") or ""))})
    if not catalogued:
        for row in _select(store, _ARTICLE_ABOUT, {"entity": iri}):
            p, o = _text(row, "p") or "", _text(row, "o") or ""
            if p.endswith("#label") and label is None:
                label = o
            elif p.endswith("#type") and o.startswith(_FIN):
                kind = local_name(o)
            elif p.endswith("#altLabel"):
                aliases.add(o)
            elif p.endswith("#sameAs"):
                same_as.add(o)
    if label is None and kind is None:
        return None
    return {"iri": iri.value, "key": entity_key(iri.value), "label": label or compact(iri.value),
            "type": kind, "catalogued": catalogued,
            "aliases": sorted(aliases, key=str.lower)[:MAX_ALIASES],
            "sameAs": sorted(same_as), "tickers": sorted(tickers),
            "catalogueFacts": sorted(facts, key=lambda f: (f["property"], f["other"]["label"]))}


def relation_counts(store: ox.Store, iri: ox.NamedNode, scan: int = RELATION_SCAN
                    ) -> list[Row]:
    """Each (property, neighbour, direction) the articles state, with how many articles,
    most first, counted over at most ``scan`` statements.

    Symmetric properties are one group whichever way an article wrote them.
    """
    groups: dict[tuple[str, str, bool], int] = {}
    query = _RELATION_COUNTS.replace(f"LIMIT {RELATION_SCAN}", f"LIMIT {int(scan)}")
    for row in _select(store, query, {"entity": iri}):
        prop = local_name(_text(row, "p") or "")
        other = _text(row, "other") or ""
        out = prop in SYMMETRIC_PROPERTIES or _text(row, "out") == "true"
        key = (prop, other, out)
        groups[key] = groups.get(key, 0) + (_int(row, "n") or 0)
    return [{"property": p, "other": o, "out": out, "articles": n}
            for (p, o, out), n in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))]


def _values(name: str, terms: Iterable[Term]) -> str:
    """A one-variable ``VALUES`` clause, each term checked to be exactly one SPARQL term."""
    return f"VALUES ?{name} {{ {' '.join(term_syntax(t) for t in terms)} }}"


def _labels(store: ox.Store, iris: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """IRI → (label, type) from the catalogue, else from one article graph."""
    wanted = sorted(set(iris))
    if not wanted:
        return {}
    found: dict[str, tuple[str, str | None]] = {}
    query = _DESCRIPTIONS % _values("e", (ox.NamedNode(i) for i in wanted))
    for row in _select(store, query):
        iri = _text(row, "e") or ""
        kind = local_name(_text(row, "type") or "") or None
        if iri not in found or (kind and not found[iri][1]):
            found[iri] = (_text(row, "label") or compact(iri), kind)
    for iri in wanted:
        if iri not in found:
            rows = _select(store, _ARTICLE_DESCRIPTION, {"e": ox.NamedNode(iri)})
            if rows:
                found[iri] = (_text(rows[0], "label") or compact(iri),
                              local_name(_text(rows[0], "type") or "") or None)
    return found


# The statements are read as the store's index yields them, up to the limit: a hub's
# strongest relation is stated in thousands of articles, and ordering them all by
# date would cost as much as reading them all.
_EVIDENCE = f"""
SELECT ?a ?date ?headline ?sentence ?start ?end WHERE {{
  {{
    SELECT ?s ?p ?o ?symmetric ?a ?st WHERE {{
      {{ GRAPH ?a {{ ?s ?p ?o }} }} UNION {{ GRAPH ?a {{ ?o ?p ?s }} FILTER(?symmetric) }}
      FILTER(?a != <{CATALOGUE}>)
      GRAPH ?a {{ ?st rdf:predicate ?p ; rdf:subject ?ss ; rdf:object ?oo }}
      FILTER(?ss = ?s && ?oo = ?o || ?symmetric && ?ss = ?o && ?oo = ?s)
    }} LIMIT 10 OFFSET 0
  }}
  OPTIONAL {{ GRAPH ?a {{ ?a schema:datePublished ?date }} }}
  OPTIONAL {{ GRAPH ?a {{ ?a schema:headline ?headline }} }}
  OPTIONAL {{ GRAPH ?a {{ ?st fin:evidence ?sentence }} }}
  OPTIONAL {{ GRAPH ?a {{ ?st fin:start ?start }} }}
  OPTIONAL {{ GRAPH ?a {{ ?st fin:end ?end }} }}
}} ORDER BY DESC(?date) ?a ?start
"""


def evidence(store: ox.Store, subject: str, prop: str, obj: str, *, limit: int,
             offset: int = 0) -> list[Row]:
    """Up to ``limit`` statements of ``subject prop obj`` in the articles, from
    ``offset`` in the store's order, the newest of them first (sentence as text;
    :func:`mark_sentences` splits it into parts)."""
    query = _EVIDENCE.replace("LIMIT 10 OFFSET 0", f"LIMIT {int(limit)} OFFSET {int(offset)}")
    bindings: dict[str, Term] = {
        "s": ox.NamedNode(subject), "p": ox.NamedNode(_FIN + prop), "o": ox.NamedNode(obj),
        "symmetric": ox.Literal("true" if prop in SYMMETRIC_PROPERTIES else "false",
                                datatype=ox.NamedNode(PREFIXES["xsd"] + "boolean"))}
    return [{"article": _article_ref(row), "sentence": _text(row, "sentence") or "",
             "start": _int(row, "start"), "end": _int(row, "end"), "sides": [subject, obj]}
            for row in _select(store, query, bindings)]


_SEEN_NAMES = """
SELECT ?a ?e ?name WHERE { %s %s GRAPH ?a { ?e skos:altLabel|rdfs:label ?name } }
"""


def mark_sentences(store: ox.Store, items: list[Row], labels: Mapping[str, list[str]]) -> None:
    """Split each evidence sentence into ``[text, marked]`` parts, marking the names
    of the fact's two sides: their catalogue names (``labels``) and the surface
    forms the article itself recorded for them (one query for all items)."""
    articles = {i["article"]["iri"] for i in items}
    sides = {side for i in items for side in i["sides"]}
    seen: dict[tuple[str, str], list[str]] = {}
    if articles and sides:
        query = _SEEN_NAMES % (_values("a", (ox.NamedNode(a) for a in sorted(articles))),
                               _values("e", (ox.NamedNode(e) for e in sorted(sides))))
        for row in _select(store, query):
            seen.setdefault((_text(row, "a") or "", _text(row, "e") or ""), []).append(
                _text(row, "name") or "")
    for item in items:
        names = [n for side in item.pop("sides") for n in
                 [*labels.get(side, []), *seen.get((item["article"]["iri"], side), [])]]
        item["sentence"] = highlight(item["sentence"], sorted(set(names), key=len, reverse=True))


def highlight(sentence: str, names: list[str]) -> list[list[Any]]:
    """``sentence`` as ``[text, marked]`` parts, where each of ``names`` (longest
    first, whole words, any case) is marked: the two sides of the fact."""
    if not names:
        return [[sentence, False]]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)",
                         re.IGNORECASE)
    parts: list[list[Any]] = []
    at = 0
    for match in pattern.finditer(sentence):
        if match.start() > at:
            parts.append([sentence[at:match.start()], False])
        parts.append([match.group(), True])
        at = match.end()
    if at < len(sentence):
        parts.append([sentence[at:], False])
    return parts


_NAMES = f"""
SELECT DISTINCT ?e ?name WHERE {{
  %s
  {{ GRAPH <{CATALOGUE}> {{ {{ ?e rdfs:label ?name }} UNION {{ ?e skos:altLabel ?name }} }} }}
}}
"""


def surface_names(store: ox.Store, iris: Iterable[str]) -> dict[str, list[str]]:
    """IRI → the catalogue's label and aliases: the words to mark in a sentence."""
    wanted = sorted(set(iris))
    names: dict[str, list[str]] = {i: [] for i in wanted}
    if wanted:
        for row in _select(store, _NAMES % _values("e", (ox.NamedNode(i) for i in wanted))):
            names[_text(row, "e") or ""].append(_text(row, "name") or "")
    return names


# Figures, ratings and targets are read in two steps: the entity's nodes (at most
# SCAN, as the index yields them), then the dates and headlines of their articles
# by one look-up each; the newest are kept. Joining the dates in the same query
# makes the store match the date pattern against every article of the store.
_FIGURE_NODES = f"""
SELECT ?obs ?a WHERE {{ GRAPH ?a {{ ?obs fin:about ?entity ; fin:metric ?m }} }} LIMIT {SCAN}
"""
# every field of the chosen observations at once: one index range per node (naming
# the wanted properties in a VALUES clause makes the store scan them store-wide)
_FIGURE_FIELDS = """
SELECT ?obs ?p ?v WHERE { %s GRAPH ?a { ?obs ?p ?v } }
"""
_FIGURE_COUNT = f"""
SELECT (COUNT(?obs) AS ?n) WHERE {{
  {{ SELECT ?entity ?obs WHERE {{ GRAPH ?a {{ ?obs fin:about ?entity ; fin:metric ?m }} }}
     LIMIT {COUNT_CAP} }}
}}
"""
_ARTICLE_FIELDS = """
SELECT ?a ?p ?v WHERE {
  %s VALUES ?p { schema:headline schema:datePublished } GRAPH ?a { ?a ?p ?v }
}
"""


def article_refs(store: ox.Store, iris: Iterable[str]) -> dict[str, Row]:
    """Article IRI → its reference (id, headline, date), one look-up for all."""
    wanted = sorted(set(iris))
    refs = {a: {"iri": a, "id": article_id(a), "headline": "", "date": None} for a in wanted}
    if wanted:
        query = _ARTICLE_FIELDS % _values("a", (ox.NamedNode(a) for a in wanted))
        for row in _select(store, query):
            ref = refs[_text(row, "a") or ""]
            if (_text(row, "p") or "").endswith("headline"):
                ref["headline"] = _text(row, "v") or ""
            else:
                ref["date"] = _text(row, "v")
    return refs


def _newest(rows: list[dict[str, Any]], refs: Mapping[str, Row], limit: int
            ) -> list[dict[str, Any]]:
    """The ``limit`` rows of the newest articles (undated last), in that order."""
    def key(row: Mapping[str, Any]) -> tuple[bool, str, str]:
        article = refs[_text(row, "a") or ""]
        return (article["date"] is None, "" if article["date"] is None else
                "".join(chr(0x10FFFF - ord(c)) for c in article["date"]), article["iri"])
    return sorted(rows, key=key)[:limit]


def figures(store: ox.Store, iri: ox.NamedNode) -> tuple[list[Row], int]:
    """The newest figures about the entity (at most :data:`MAX_FIGURES`), and how many
    there are in all, counted up to :data:`COUNT_CAP`."""
    found = _select(store, _FIGURE_NODES, {"entity": iri})
    refs = article_refs(store, {_text(r, "a") or "" for r in found})
    chosen = _newest(found, refs, MAX_FIGURES)
    fields: dict[str, dict[str, str]] = {}
    if chosen:
        query = _FIGURE_FIELDS % _values("obs", (r["obs"] for r in chosen))
        for row in _select(store, query):
            name = local_name(_text(row, "p") or "")
            fields.setdefault(_text(row, "obs") or "", {})[name] = _text(row, "v") or ""
    by = _labels(store, {f["estimatedBy"] for f in fields.values() if "estimatedBy" in f})
    out = []
    for row in chosen:
        f = fields.get(_text(row, "obs") or "", {})
        estimator = f.get("estimatedBy")
        out.append({
            "metric": local_name(f.get("metric", "")), "value": f.get("value"),
            "min": f.get("minValue"), "max": f.get("maxValue"),
            "unit": local_name(f.get("unit", "")),
            "qualifier": local_name(f.get("qualifier", "Exact")),
            "status": local_name(f.get("status", "Reported")), "period": f.get("period"),
            "estimatedBy": None if estimator is None else
            _entity_ref(estimator, *by.get(estimator, (None, None))),
            "article": refs[_text(row, "a") or ""], "sentence": f.get("evidence", "")})
    if len(found) < SCAN:  # all of them were read
        return out, len(found)
    total = _select(store, _FIGURE_COUNT, {"entity": iri})
    return out, (_int(total[0], "n") or 0) if total else 0


def _targets_query(lead: str) -> str:
    """The price-target query whose pattern starts with ``lead``, the bound entity's
    side in the order the planner is to follow; the rest is the same either way."""
    return f"""
SELECT ?by ?a ?target ?unit ?status WHERE {{
  GRAPH ?a {{ {lead} ;
              fin:value ?target ; fin:unit ?unit OPTIONAL {{ ?node fin:status ?status }} }}
  FILTER(?metric = fin:PriceTarget)
}} LIMIT {SCAN}
"""


# Each pattern starts with the bound entity, then the property fewest of its nodes
# have: the store's planner follows the written order here, and with the metric as
# a constant it would start from every price target of the store instead.
_RATED = f"""
SELECT ?by ?a ?rating WHERE {{
  GRAPH ?a {{ ?node fin:about ?entity ; fin:rating ?rating ; fin:by ?by }}
}} LIMIT {SCAN}
"""
_TARGETS = _targets_query("?node fin:about ?entity ; fin:estimatedBy ?by ; fin:metric ?metric")
_RATED_BY = f"""
SELECT ?by ?a ?rating WHERE {{
  GRAPH ?a {{ ?node fin:by ?entity ; fin:about ?by ; fin:rating ?rating }}
}} LIMIT {SCAN}
"""
_TARGETS_BY = _targets_query(
    "?node fin:estimatedBy ?entity ; fin:metric ?metric ; fin:about ?by")


def ratings(store: ox.Store, iri: ox.NamedNode, *, given: bool = False) -> list[Row]:
    """Ratings and current price targets of the entity by institution (``given``: the
    ones the entity gave, by company), oldest first: one entry per institution and
    article, from the newest :data:`MAX_RATINGS` ratings and targets."""
    rows = []
    for query in (_RATED_BY, _TARGETS_BY) if given else (_RATED, _TARGETS):
        rows += [r for r in _select(store, query, {"entity": iri})
                 if not (_text(r, "status") or "").endswith("#Previous")]
    refs = article_refs(store, {_text(r, "a") or "" for r in rows})
    rows = _newest(rows, refs, MAX_RATINGS)
    names = _labels(store, {_text(r, "by") or "" for r in rows})
    history: dict[str, dict[str, Row]] = {}
    for row in rows:
        by, article = _text(row, "by") or "", refs[_text(row, "a") or ""]
        entry = history.setdefault(by, {}).setdefault(
            article["iri"], {"article": article, "rating": None, "target": None, "unit": None})
        if row.get("rating") is not None:
            entry["rating"] = _text(row, "rating")
        if row.get("target") is not None:
            entry["target"] = _text(row, "target")
            entry["unit"] = local_name(_text(row, "unit") or "")
    out = []
    for by, entries in history.items():
        timeline = sorted(entries.values(),
                          key=lambda e: (e["article"]["date"] or "", e["article"]["iri"]))
        out.append({"institution": _entity_ref(by, *names.get(by, (None, None))),
                    "history": timeline})
    return sorted(out, key=lambda r: (-len(r["history"]), r["institution"]["label"]))


def entity_page(store: ox.Store, key: str) -> Row | None:
    """Everything the entity page shows, None when the store does not know ``key``."""
    iri = entity_iri(key)
    if iri is None:
        return None
    about = describe(store, iri)
    if about is None:
        return None
    counted = _select(store, _MENTIONED, {"entity": iri})
    about["articles"] = _int(counted[0], "n") or 0 if counted else 0
    groups = relation_counts(store, iri)
    by_property: dict[str, list[Row]] = {}
    hidden: dict[str, int] = {}
    for group in groups:
        shown = by_property.setdefault(group["property"], [])
        if len(shown) < MAX_NEIGHBOURS_PER_PROPERTY:
            shown.append(group)
        else:
            hidden[group["property"]] = hidden.get(group["property"], 0) + 1
    shown_iris = {g["other"] for gs in by_property.values() for g in gs}
    labels = _labels(store, shown_iris)
    relations = []
    shown_evidence: list[Row] = []
    for prop, shown in sorted(by_property.items(), key=lambda kv: -sum(g["articles"]
                                                                        for g in kv[1])):
        items = []
        for rank, group in enumerate(shown):
            other = group["other"]
            label, kind = labels.get(other, (compact(other), None))
            subject, obj = (iri.value, other) if group["out"] else (other, iri.value)
            sentences = evidence(store, subject, prop, obj, limit=EVIDENCE_PER_RELATION) \
                if rank < RELATIONS_WITH_EVIDENCE else []
            shown_evidence.extend(sentences)
            items.append({"other": _entity_ref(other, label, kind), "out": group["out"],
                          "articles": group["articles"], "evidence": sentences})
        relations.append({"property": prop, "symmetric": prop in SYMMETRIC_PROPERTIES,
                          "items": items, "more": hidden.get(prop, 0)})
    mark_sentences(store, shown_evidence, surface_names(store, shown_iris | {iri.value}))
    figure_rows, figure_total = figures(store, iri)
    return {"entity": about, "relations": relations, "figures": figure_rows,
            "figureTotal": figure_total, "figureTotalCapped": figure_total >= COUNT_CAP,
            "countsCapped": sum(g["articles"] for g in groups) >= RELATION_SCAN, "ratings": ratings(store, iri),
            "ratingsGiven": ratings(store, iri, given=True) if about["type"] in RATERS else [],
            "neighbourhood": _ring(about, relations)}


def _ring(about: Row, relations: list[Row]) -> Row:
    """The entity and its most supported neighbours: nodes and edges for the drawing."""
    center = {k: about[k] for k in ("iri", "key", "label", "type")}
    best: dict[str, Row] = {}
    edges = []
    ranked = sorted(((item, rel["property"]) for rel in relations for item in rel["items"]),
                    key=lambda pair: -pair[0]["articles"])
    for item, prop in ranked:
        other = item["other"]
        if other["iri"] not in best and len(best) >= NEIGHBOURHOOD_SIZE:
            continue
        best.setdefault(other["iri"], {**other, "depth": 1})
        s, o = (about["iri"], other["iri"]) if item["out"] else (other["iri"], about["iri"])
        edges.append({"source": s, "target": o, "property": prop, "articles": item["articles"]})
    return {"nodes": [{**center, "depth": 0}, *best.values()], "edges": edges}


# --------------------------------------------------------------------------- article

_ARTICLE_META = """
SELECT ?p ?v WHERE {
  VALUES ?p { schema:headline schema:datePublished schema:url schema:inLanguage fin:source
              fin:sha256 fin:adBlocks }
  GRAPH ?article { ?article ?p ?v }
}
"""
_ARTICLE_FACTS = """
SELECT ?node ?kind ?s ?p ?o ?start ?end ?sentence ?value ?min ?max ?unit ?rating WHERE {
  GRAPH ?article {
    { ?node a fin:Mention ; fin:entity ?s . BIND("mention" AS ?kind) }
    UNION { ?node a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
            BIND("relation" AS ?kind) }
    UNION { ?node a fin:Observation ; fin:about ?s ; fin:metric ?p . BIND("figure" AS ?kind)
            OPTIONAL { ?node fin:estimatedBy ?o } }
    UNION { ?node a fin:AnalystRating ; fin:by ?s ; fin:about ?o ; fin:rating ?rating .
            BIND("rating" AS ?kind) }
    OPTIONAL { ?node fin:start ?start } OPTIONAL { ?node fin:end ?end }
    OPTIONAL { ?node fin:evidence ?sentence }
    OPTIONAL { ?node fin:value ?value } OPTIONAL { ?node fin:minValue ?min }
    OPTIONAL { ?node fin:maxValue ?max } OPTIONAL { ?node fin:unit ?unit }
  }
}
"""
_ARTICLE_ENTITIES = """
SELECT ?e ?label ?type ?alias WHERE {
  GRAPH ?article { ?article fin:mentions ?e . ?e rdfs:label ?label
                   OPTIONAL { ?e a ?type } OPTIONAL { ?e skos:altLabel ?alias } }
}
"""


def _about_article(query: str, iri: ox.NamedNode) -> str:
    """``query`` with ``?article`` written as the article's IRI (checked to be one term):
    a graph named in the pattern is found by the store's graph index, where a bound
    ``GRAPH ?article`` is not, and the store would read every article graph."""
    return query.replace("?article", term_syntax(iri))


def article_meta(store: ox.Store, iri: ox.NamedNode) -> Row | None:
    """Headline, date, URL, language, source, SHA-256 and ad blocks of an article."""
    meta: Row = {}
    for row in _select(store, _about_article(_ARTICLE_META, iri)):
        meta[local_name(_text(row, "p") or "")] = _text(row, "v")
    if not meta:
        return None
    return {"iri": iri.value, "id": article_id(iri.value), "headline": meta.get("headline", ""),
            "date": meta.get("datePublished"), "url": meta.get("url"),
            "lang": meta.get("inLanguage"), "source": meta.get("source"),
            "sha256": meta.get("sha256"), "adBlocks": int(meta.get("adBlocks") or 0)}


def _figure_text(row: Mapping[str, Any]) -> str:
    amount = _text(row, "value") or f"{_text(row, 'min')}–{_text(row, 'max')}"
    return f"{local_name(_text(row, 'p') or '')} {amount} {local_name(_text(row, 'unit') or '')}"


def article_facts(store: ox.Store, iri: ox.NamedNode) -> tuple[list[Row], list[Row]]:
    """The entities an article mentions (with the surface forms it recorded) and every
    mention, relation, figure and rating with its span and a one-line summary."""
    entities: dict[str, Row] = {}
    for row in _select(store, _about_article(_ARTICLE_ENTITIES, iri)):
        e = _text(row, "e") or ""
        entry = entities.setdefault(e, {**_entity_ref(e, _text(row, "label"),
                                                      local_name(_text(row, "type") or "")),
                                        "names": []})
        kind = local_name(_text(row, "type") or "")
        if kind and kind != entry["type"] and entry["type"] in ("Organization", "Product", ""):
            entry["type"] = kind
        alias = _text(row, "alias")
        if alias and alias not in entry["names"]:
            entry["names"].append(alias)

    def name(term: str | None) -> str:
        return entities[term]["label"] if term in entities else compact(term or "")

    facts = []
    for row in _select(store, _about_article(_ARTICLE_FACTS, iri)):
        kind = _text(row, "kind") or ""
        s, o = _text(row, "s"), _text(row, "o")
        if kind == "mention":
            summary = f"{name(s)} ({entities.get(s or '', {}).get('type') or 'entity'})"
        elif kind == "relation":
            summary = f"{name(s)} {local_name(_text(row, 'p') or '')} {name(o)}"
        elif kind == "figure":
            summary = f"{name(s)}: {_figure_text(row)}" + (f" (estimated by {name(o)})" if o else "")
        else:
            summary = f"{name(s)} rates {name(o)} {_text(row, 'rating')}"
        facts.append({"kind": kind, "start": _int(row, "start"), "end": _int(row, "end"),
                      "summary": summary, "sentence": _text(row, "sentence") or "",
                      "entity": _entity_ref(s, name(s), entities.get(s, {}).get("type"))
                      if kind == "mention" and s else None})
    facts.sort(key=lambda f: (f["start"] if f["start"] is not None else -1, f["kind"]))
    return sorted(entities.values(), key=lambda e: e["label"].lower()), facts


# --------------------------------------------------------------------------- neighbourhood

def neighbourhood(store: ox.Store, key: str, depth: int = 1) -> Row | None:
    """The entity, its :data:`NEIGHBOURHOOD_SIZE` best supported neighbours and, at
    depth 2, the :data:`SECOND_RING` best supported neighbours of each of those (their
    relations counted over at most :data:`RING_SCAN` statements each)."""
    iri = entity_iri(key)
    about = describe(store, iri) if iri is not None else None
    if iri is None or about is None:
        return None
    nodes: dict[str, Row] = {iri.value: {**_entity_ref(iri.value, about["label"], about["type"]),
                                         "depth": 0}}
    edges: list[Row] = []
    first = _strongest(relation_counts(store, iri), NEIGHBOURHOOD_SIZE)
    rings = [(iri.value, first, 1)]
    if depth > 1:
        rings += [(g["other"], _strongest(relation_counts(store, ox.NamedNode(g["other"]),
                                                          scan=RING_SCAN), SECOND_RING + 1), 2)
                  for g in first]
    for centre, groups, level in rings:
        for group in groups:
            other = group["other"]
            if other not in nodes:
                if level == 2 and sum(1 for n in nodes.values() if n["depth"] == 2) >= \
                        NEIGHBOURHOOD_SIZE * SECOND_RING:
                    continue
                nodes[other] = {**_entity_ref(other), "depth": level}
            s, o = (centre, other) if group["out"] else (other, centre)
            edges.append({"source": s, "target": o, "property": group["property"],
                          "articles": group["articles"]})
    labels = _labels(store, [n for n, v in nodes.items() if v["depth"] > 0])
    for iri_text, node in nodes.items():
        if iri_text in labels:
            node["label"], node["type"] = labels[iri_text]
    unique = {(e["source"], e["property"], e["target"]): e for e in edges}
    return {"nodes": list(nodes.values()), "edges": list(unique.values())}


def _strongest(groups: list[Row], size: int) -> list[Row]:
    """The groups of the ``size`` neighbours with the most articles (all their groups)."""
    chosen: list[str] = []
    for group in groups:
        if group["other"] not in chosen and len(chosen) < size:
            chosen.append(group["other"])
    return [g for g in groups if g["other"] in chosen]
