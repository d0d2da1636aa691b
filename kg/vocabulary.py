"""The contract's vocabulary, read from ``ontology/finkg.ttl``: the one place it is written.

Records, the extractor, the RDF layer and the graph views take their lists
from here, so a class, relation or metric added to the ontology (with its
shape in ``shapes.ttl`` and, for extraction, its words in the lexicon) needs
no code change. What counts as what:

* **entity types**: the classes an article can mention (the range of
  ``fin:mentions``) and their ``fin:`` subclasses, in the ontology's order;
* **relations**: object properties between entity types (domain and range
  entity types or unions of them) that are not the inverse of another
  (``developedBy`` is the catalogue's way to write ``develops``);
* **metrics, units, qualifiers, statuses**: the individuals of ``fin:Metric``,
  ``fin:Unit``, ``fin:Qualifier`` and ``fin:Status``.

The ontology is parsed by Oxigraph (a few milliseconds), once per process.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kg.errors import OntologyError
from kg.resources import ontology_path

NAMESPACE = "https://w3id.org/finkg/ontology#"
ONTOLOGY_FILE = "finkg.ttl"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_TYPE, _FIRST, _REST, _NIL = _RDF + "type", _RDF + "first", _RDF + "rest", _RDF + "nil"


@dataclass(frozen=True)
class RelationType:
    """A relation between entities: its name, whether it is symmetric, and the
    entity types (subclasses included) its subject and object may have."""

    name: str
    symmetric: bool
    domain: frozenset[str]
    range: frozenset[str]


@dataclass(frozen=True)
class Vocabulary:
    """Everything code needs to know of the ontology's terms, by local name."""

    terms: tuple[str, ...]
    entity_types: tuple[str, ...]
    superclass: dict[str, str]
    relations: tuple[RelationType, ...]
    metrics: tuple[str, ...]
    units: tuple[str, ...]
    qualifiers: tuple[str, ...]
    statuses: tuple[str, ...]

    def subclasses(self, name: str) -> frozenset[str]:
        """``name`` and every entity type below it."""
        return frozenset(t for t in self.entity_types if name in self.lineage(t))

    def lineage(self, name: str) -> tuple[str, ...]:
        """``name`` and its superclasses, nearest first."""
        chain = [name]
        while chain[-1] in self.superclass:
            chain.append(self.superclass[chain[-1]])
        return tuple(chain)

    def relation(self, name: str) -> RelationType | None:
        return next((r for r in self.relations if r.name == name), None)


def _key(node: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """An IRI as itself, a blank node as ``_:id``: one key space for both."""
    return node.value if isinstance(node, ox.NamedNode) else str(node)


class _Triples:
    """The ontology's triples, indexed by subject and by (predicate, object)."""

    def __init__(self, triples: list[ox.Triple]) -> None:
        self.order: list[str] = []
        self.out: dict[str, dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal]]] = \
            defaultdict(lambda: defaultdict(list))
        self.subjects: dict[tuple[str, str], list[str]] = defaultdict(list)
        seen: set[str] = set()
        for t in triples:
            s = _key(t.subject)
            if s not in seen:
                seen.add(s)
                self.order.append(s)
            self.out[s][t.predicate.value].append(t.object)  # type: ignore[arg-type]
            if isinstance(t.subject, ox.NamedNode):
                self.subjects[(t.predicate.value, _key(t.object))].append(t.subject.value)

    def values(self, subject: str, predicate: str) -> list[ox.NamedNode | ox.BlankNode | ox.Literal]:
        return self.out.get(subject, {}).get(predicate, [])

    def of(self, predicate: str, obj: str) -> list[str]:
        """Named subjects of ``predicate obj``, in the ontology's order, each once."""
        return list(dict.fromkeys(self.subjects.get((predicate, obj), [])))

    def classes(self, node: ox.NamedNode | ox.BlankNode | ox.Literal) -> list[str]:
        """A class or an ``owl:unionOf`` list of classes, as IRIs."""
        if isinstance(node, ox.NamedNode):
            return [node.value]
        found = []
        for head in self.values(_key(node), _OWL + "unionOf"):
            item: ox.NamedNode | ox.BlankNode | ox.Literal = head
            while not (isinstance(item, ox.NamedNode) and item.value == _NIL):
                found += [x.value for x in self.values(_key(item), _FIRST)
                          if isinstance(x, ox.NamedNode)]
                rest = self.values(_key(item), _REST)
                if not rest:
                    break
                item = rest[0]
        return found


def _local(iri: str) -> str:
    return iri[len(NAMESPACE):] if iri.startswith(NAMESPACE) else ""


def read_vocabulary(triples: list[ox.Triple], source: str = ONTOLOGY_FILE) -> Vocabulary:
    """The vocabulary the ontology's ``triples`` define."""
    index = _Triples(triples)
    terms = tuple(_local(s) for s in index.order if _local(s))
    superclass = {}
    for s in index.order:
        parents = [_local(o.value) for o in index.values(s, _RDFS + "subClassOf")
                   if isinstance(o, ox.NamedNode) and _local(o.value)]
        if _local(s) and parents:
            superclass[_local(s)] = parents[0]
    mentioned = [c for r in index.values(NAMESPACE + "mentions", _RDFS + "range")
                 for c in index.classes(r)]
    tops = {_local(c) for c in mentioned if _local(c)}
    if not tops:
        raise OntologyError(f"{source}: fin:mentions has no range: no entity types")

    def entity(name: str) -> bool:
        while name not in tops and name in superclass:
            name = superclass[name]
        return name in tops

    classes = [_local(c) for c in index.of(_TYPE, _OWL + "Class") if _local(c)]
    entity_types = tuple(c for c in classes if entity(c))
    vocabulary = Vocabulary(terms, entity_types, {c: p for c, p in superclass.items()
                                                  if c in entity_types}, (), (), (), (), ())
    relations = []
    symmetric = set(index.of(_TYPE, _OWL + "SymmetricProperty"))
    for prop in index.of(_TYPE, _OWL + "ObjectProperty"):
        domain = [_local(c) for d in index.values(prop, _RDFS + "domain") for c in index.classes(d)]
        range_ = [_local(c) for r in index.values(prop, _RDFS + "range") for c in index.classes(r)]
        if not domain or not range_ or not all(map(entity, domain + range_)) \
                or index.values(prop, _OWL + "inverseOf"):
            continue
        relations.append(RelationType(
            _local(prop), prop in symmetric,
            frozenset().union(*(vocabulary.subclasses(c) for c in domain)),
            frozenset().union(*(vocabulary.subclasses(c) for c in range_))))

    def individuals(kind: str) -> tuple[str, ...]:
        return tuple(_local(i) for i in index.of(_TYPE, NAMESPACE + kind) if _local(i))

    return Vocabulary(terms, entity_types, vocabulary.superclass, tuple(relations),
                      individuals("Metric"), individuals("Unit"), individuals("Qualifier"),
                      individuals("Status"))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary of ``ontology/finkg.ttl`` (``$FINKG_ONTOLOGY`` chooses the folder)."""
    path = ontology_path(ONTOLOGY_FILE)
    try:
        triples = [q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    except (OSError, SyntaxError, ValueError) as err:
        raise OntologyError(f"{path}: cannot read the ontology ({err})") from None
    return read_vocabulary(triples, str(path))


_V = vocabulary()

ENTITY_TYPES: tuple[str, ...] = _V.entity_types
SUPERCLASS: dict[str, str] = _V.superclass
ORGANIZATION_TYPES: frozenset[str] = _V.subclasses("Organization")
PRODUCT_TYPES: frozenset[str] = _V.subclasses("Product")
RELATIONS: tuple[str, ...] = tuple(r.name for r in _V.relations)
SYMMETRIC: frozenset[str] = frozenset(r.name for r in _V.relations if r.symmetric)
METRICS: tuple[str, ...] = _V.metrics
UNITS: tuple[str, ...] = _V.units
QUALIFIERS: tuple[str, ...] = _V.qualifiers
STATUSES: tuple[str, ...] = _V.statuses
TERMS: tuple[str, ...] = _V.terms

__all__ = ["ENTITY_TYPES", "METRICS", "NAMESPACE", "ORGANIZATION_TYPES", "PRODUCT_TYPES",
           "QUALIFIERS", "RELATIONS", "STATUSES", "SUPERCLASS", "SYMMETRIC", "TERMS", "UNITS",
           "RelationType", "Vocabulary", "read_vocabulary", "vocabulary"]
