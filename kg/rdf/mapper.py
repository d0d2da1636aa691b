"""Extraction → RDF: one named graph per article, as docs/rdf-mapping.md says.

IRIs of entities and articles are minted by :mod:`kg.rdf.iri`; this module
mints the rest from them: observations, ratings and statements from the
article id and their position, so building the same article twice gives the
same graph.

Entity descriptions (type, label, aliases, ``owl:sameAs``) are not part of
an article graph: :func:`entity_triples` gives them as the article knows
them, and :func:`shared_descriptions` keeps of those what the catalogue
graph does not already say, for the one shared entity graph
(:data:`~kg.rdf.namespaces.ENTITY_GRAPH`). A catalogued company mentioned
in 10,000 articles is then described once, not 10,000 times.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import Node

from kg.catalogue import Catalogue, CatalogueEntry, load_catalogue
from kg.rdf import namespaces as ns
from kg.rdf.iri import article_iri, entity_iri, entity_slug
from kg.rdf.namespaces import CATALOGUE_GRAPH, KGR, XSD
from kg.records import Evidence, Extraction, Figure


class _Terms:
    """A namespace whose terms are made once. rdflib builds a new URIRef on
    every attribute access, and equal-but-distinct terms make every later
    dictionary look-up (validation, serialisation) compare strings."""

    def __init__(self, namespace: Namespace | type[DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = URIRef(self._namespace[name])
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        term: URIRef = getattr(self, name)
        return term


FIN, OWL, PROV, RDF, RDFS, SCHEMA, SKOS = (
    _Terms(n) for n in (ns.FIN, ns.OWL, ns.PROV, ns.RDF, ns.RDFS, ns.SCHEMA, ns.SKOS))


def _decimal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` in plain notation ("600000000", "2.5"), never "6E+8"."""
    return _decimal_text(format(value.normalize(), "f"))


@lru_cache(maxsize=1 << 12)
def _decimal_text(text: str) -> Literal:
    """A decimal literal, made once: rdflib parses the text of every typed
    literal it makes back into a value."""
    return Literal(text, datatype=XSD.decimal)


@lru_cache(maxsize=1 << 10)
def _confidence(value: float) -> Literal:
    """A confidence as an ``xsd:decimal`` rounded to three places ("0.875"):
    the calibration is not finer than that, and a float's binary digits
    ("0.87500000000000011") would only look precise."""
    return _decimal(Decimal(str(round(value, 3))))


@lru_cache(maxsize=1 << 15)
def _integer(value: int) -> Literal:
    """An integer literal, made once: they are mostly evidence offsets,
    which run as far as an article is long (over 4,096 distinct ones in a few
    hundred articles, so a smaller cache kept dropping them), and rdflib
    takes some 11 µs to make one."""
    return Literal(value, datatype=XSD.integer)


@lru_cache(maxsize=256)
def _text(sentence: str) -> Literal:
    """A sentence as a literal, made once for the several facts it supports."""
    return Literal(sentence)


@lru_cache(maxsize=1 << 10)
def _name(text: str) -> Literal:
    """A plain literal of the few names facts repeat (rules, roles, ratings,
    periods), made once."""
    return Literal(text)


@lru_cache(maxsize=1 << 13)
def _label(label: str) -> Literal:
    """An entity's label as a literal, made once for the catalogue and the
    articles that describe the entity again."""
    return Literal(label)


Triple = tuple[Node, Node, Node]


def to_graph(extraction: Extraction) -> Graph:
    """The named graph of one article, as an rdflib :class:`~rdflib.Graph`."""
    graph = Graph(identifier=article_iri(extraction.article.id))
    for triple in to_triples(extraction):
        graph.add(triple)
    return graph


def to_triples(extraction: Extraction) -> list[Triple]:
    """The triples of one article's named graph, in a fixed order.

    A plain list rather than an rdflib graph: a build only validates and
    serialises them, and adding to an indexed in-memory graph costs as much
    as extracting the article did.
    """
    article = extraction.article
    a = article_iri(article.id)
    g = _Triples()
    for t in (FIN.Article, SCHEMA.NewsArticle, PROV.Entity):
        g.add((a, RDF.type, t))
    g.add((a, SCHEMA.headline, Literal(article.title)))
    g.add((a, SCHEMA.inLanguage, _name(article.lang)))
    g.add((a, FIN.source, Literal(article.source)))
    g.add((a, FIN.sha256, Literal(article.sha256)))
    g.add((a, FIN.adBlocks, _integer(article.ad_blocks)))
    if article.published:
        g.add((a, SCHEMA.datePublished, Literal(article.published.isoformat(),
                                                datatype=XSD.date)))
    if article.url:
        g.add((a, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))

    for entity in extraction.entities:
        e = entity_iri(entity.label)
        g.add((a, FIN.mentions, e))
        # fin:entity's domain is fin:Mention: the node needs no rdf:type of its own
        m = KGR[f"mention/{article.id}/{entity_slug(entity.label)}"]
        g.add((m, FIN.entity, e))
        _provenance(g, m, entity.evidence)

    for n, relation in enumerate(extraction.relations):
        s, p, o = entity_iri(relation.subject), FIN[relation.predicate], entity_iri(relation.object)
        g.add((s, p, o))
        st = KGR[f"statement/{article.id}/{n}"]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        if relation.role:
            g.add((st, FIN.role, _name(relation.role)))
        _provenance(g, st, relation.evidence)
        g.add((st, FIN.confidence, _confidence(relation.confidence)))

    observations: dict[int, URIRef] = {}
    for n, figure in enumerate(extraction.figures):
        obs = KGR[f"observation/{article.id}/{n}"]
        observations[n] = obs
        _observation(g, obs, figure)
        _provenance(g, obs, figure.evidence)
        g.add((obs, FIN.confidence, _confidence(figure.confidence)))

    for n, rating in enumerate(extraction.ratings):
        r = KGR[f"rating/{article.id}/{n}"]
        g.add((r, RDF.type, FIN.AnalystRating))
        g.add((r, FIN.by, entity_iri(rating.by)))
        g.add((r, FIN.about, entity_iri(rating.about)))
        g.add((r, FIN.rating, _name(rating.rating)))
        if rating.previous:
            g.add((r, FIN.previousRating, _name(rating.previous)))
        target = _matching_target(extraction, rating.by, rating.about)
        if target is not None:
            g.add((r, FIN.priceTarget, observations[target]))
        _provenance(g, r, rating.evidence)
        g.add((r, FIN.confidence, _confidence(rating.confidence)))
    return g.triples


def entity_triples(extraction: Extraction) -> list[Triple]:
    """The descriptions of the entities an article mentions, as the article
    gives them: type, label, the names it calls them by, ``owl:sameAs``.

    Validation checks them with the article graph (relation ends must have
    the right types); what is written of them is :func:`shared_descriptions`.
    """
    g = _Triples()
    for entity in extraction.entities:
        entry = _catalogued_at(entity_iri(entity.label))
        if entry is not None and (entry.label, entry.type) != (entity.label, entity.type):
            # a name minted in other capitals or as another kind ("Adnoc" of "ADNOC") names a
            # catalogued IRI: that node keeps the catalogue's label and type, the article's
            # spelling is one more name of it, so no node ever carries two labels or types
            names = {*entry.aliases, *entity.aliases, entity.label} - {entry.label}
            _describe(g, entry.type, entry.label, sorted(names), entry.same_as)
            continue
        _describe(g, entity.type, entity.label, entity.aliases, entity.same_as)
    return g.triples


@lru_cache(maxsize=1)
def _catalogued_by_iri() -> dict[URIRef, CatalogueEntry]:
    """Each catalogued entity by its IRI (the first where two labels slug alike)."""
    by_iri: dict[URIRef, CatalogueEntry] = {}
    for entry in load_catalogue().entries.values():
        by_iri.setdefault(entity_iri(entry.label), entry)
    return by_iri


def _catalogued_at(iri: URIRef) -> CatalogueEntry | None:
    """The catalogued entity whose IRI ``iri`` is, if any."""
    return _catalogued_by_iri().get(iri)


# The properties of an entity description (what entity_triples gives).
DESCRIBING = frozenset({RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs})


def one_label_each(triples: Iterable[Triple]) -> list[Triple]:
    """Entity descriptions with one ``rdfs:label`` per entity, the first given;
    any later one becomes a ``skos:altLabel``.

    A discovered entity's IRI is the slug of its name, so two articles that
    print it differently ("Quarrytech", "QuarryTech") describe one entity
    with two labels, which the shapes refuse; both spellings are names of it.
    """
    first: dict[Node, Node] = {}
    kept = []
    for s, p, o in triples:
        if p == RDFS.label and first.setdefault(s, o) != o:
            p = SKOS.altLabel
        kept.append((s, p, o))
    return kept


def shared_descriptions(triples: Iterable[Triple]) -> list[Triple]:
    """Of entity descriptions, those the catalogue graph does not hold: all
    of a discovered entity's, and of a catalogued one the names an article
    used that the catalogue does not list. They go into the entity graph."""
    known = catalogue_triples()
    return [t for t in triples if t not in known]


@lru_cache(maxsize=1)
def catalogue_triples() -> frozenset[Triple]:
    """The catalogue graph's triples, made once per process."""
    return frozenset(catalogue_triple_list())


@lru_cache(maxsize=1)
def catalogue_triple_list() -> tuple[Triple, ...]:
    """The catalogue graph's triples in the catalogue's order, made once per
    process; collected without an rdflib graph, whose indexes cost most of
    the time."""
    collected = _Triples()
    _catalogue_facts(load_catalogue(), collected)
    return tuple(collected.triples)


class _Triples:
    """Collects triples once each, in the order first added.

    ``add`` is the list's own ``append`` (no Python call per triple) and the
    repeats are dropped once, when :attr:`triples` is read: a mapping adds
    several hundred triples an article and reads them once."""

    def __init__(self) -> None:
        self._added: list[Triple] = []
        self.add = self._added.append

    @property
    def triples(self) -> list[Triple]:
        return list(dict.fromkeys(self._added))


def _describe(g: _Triples | Graph, kind: str, label: str, aliases: Iterable[str],
              same_as: str | None) -> URIRef:
    """An entity's description, the same whether the catalogue or an article gives it."""
    triples = _description(kind, label, tuple(aliases), same_as)
    for triple in triples:
        g.add(triple)
    return entity_iri(label)


@lru_cache(maxsize=1 << 14)
def _description(kind: str, label: str, aliases: tuple[str, ...],
                 same_as: str | None) -> tuple[Triple, ...]:
    """The triples of :func:`_describe`, made once: the catalogue's entities
    are described again by every article that names them, and making their
    aliases' literals anew each time was a large part of the mapping."""
    e = entity_iri(label)
    triples: list[Triple] = [(e, RDF.type, FIN[kind]), (e, RDFS.label, _label(label))]
    triples += [(e, SKOS.altLabel, Literal(alias)) for alias in aliases]
    if same_as:
        triples.append((e, OWL.sameAs, URIRef(same_as)))
    return tuple(triples)


def _observation(g: _Triples, obs: Node, figure: Figure) -> None:
    g.add((obs, RDF.type, FIN.Observation))
    g.add((obs, FIN.about, entity_iri(figure.about)))
    g.add((obs, FIN.metric, FIN[figure.metric]))
    if figure.value is not None:
        g.add((obs, FIN.value, _decimal(figure.value)))
    if figure.min_value is not None and figure.max_value is not None:
        g.add((obs, FIN.minValue, _decimal(figure.min_value)))
        g.add((obs, FIN.maxValue, _decimal(figure.max_value)))
    g.add((obs, FIN.unit, FIN[figure.unit]))
    g.add((obs, FIN.qualifier, FIN[figure.qualifier]))
    g.add((obs, FIN.status, FIN[figure.status]))
    if figure.period:
        g.add((obs, FIN.period, _name(figure.period)))
    if figure.estimated_by:
        g.add((obs, FIN.estimatedBy, entity_iri(figure.estimated_by)))


def _provenance(g: _Triples, node: Node, evidence: Evidence) -> None:
    """Sentence, offsets and rule. The article is the named graph the node is
    in, so it is not repeated on every node."""
    g.add((node, FIN.evidence, _text(evidence.sentence)))
    g.add((node, FIN.start, _integer(evidence.start)))
    g.add((node, FIN.end, _integer(evidence.end)))
    g.add((node, FIN.extractor, _name(evidence.extractor)))


def _matching_target(extraction: Extraction, by: str, about: str) -> int | None:
    """The current price target the same institution set for the company."""
    for n, figure in enumerate(extraction.figures):
        if (figure.metric == "PriceTarget" and figure.estimated_by == by
                and figure.about == about and figure.status != "Previous"):
            return n
    return None


def catalogue_graph(catalogue: Catalogue) -> Graph:
    """The catalogue's own named graph: world facts, kept apart from articles."""
    g = Graph(identifier=CATALOGUE_GRAPH)
    _catalogue_facts(catalogue, g)
    return g


def _catalogue_facts(catalogue: Catalogue, g: _Triples | Graph) -> None:
    for entry in catalogue.entries.values():
        e = _describe(g, entry.type, entry.label, entry.aliases, entry.same_as)
        for ticker in entry.tickers:
            g.add((e, FIN.ticker, Literal(ticker)))
        for prop, targets in ((FIN.subsidiaryOf, entry.parents),
                              (FIN.locatedIn, entry.located_in),
                              (FIN.listedOn, entry.listed_on)):
            for target in targets:
                g.add((e, prop, entity_iri(target)))
        for developer in entry.developers:
            g.add((entity_iri(developer), FIN.develops, e))


__all__ = ["DESCRIBING", "Triple", "article_iri", "catalogue_graph", "catalogue_triple_list",
           "catalogue_triples",
           "entity_iri", "entity_triples",
           "shared_descriptions", "to_graph", "to_triples"]
