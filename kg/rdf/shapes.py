"""SHACL validation of what a build is about to write.

The shapes (``ontology/shapes.ttl``) are loaded once. Two checkers read them:

* :func:`violations` runs pyshacl on a data graph: the reference, but slow
  (seconds for a batch of a hundred articles);
* :class:`FastChecker` compiles the same shapes into plain Python checks and
  validates one article graph in a millisecond or two. It supports exactly
  the SHACL Core features the shapes use (class, subjects-of and objects-of
  targets; ``sh:property`` with predicate paths; ``sh:xone``; ``sh:or`` of
  class constraints; min/max count, datatype, node kind, min length,
  pattern, ``sh:in``, min and max inclusive, ``sh:lessThanOrEquals``,
  ``sh:class``) and refuses to compile a shapes file that uses anything
  else, so it can never silently check less than the shapes say.
  ``tests/test_fast_validation.py`` proves that both report the same
  (focus node, path) pairs on deliberately broken graphs.

The build runs the fast checker on every article graph, checks entity
descriptions across a whole batch (where graphs share nodes), and runs
pyshacl as well on the first batch of each build as a cross-check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property, lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import _NUMERIC_LITERAL_TYPES, Node

from kg.errors import OntologyError, ShapeViolation
from kg.resources import ontology_path

SHAPES_FILE = "shapes.ttl"


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    path = ontology_path(SHAPES_FILE)
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as err:
        raise OntologyError(f"{path}: cannot read the SHACL shapes ({err})") from None
    return graph


def _union(graphs: Iterable[Graph]) -> Graph:
    data = Graph()
    for graph in graphs:
        for triple in graph:
            data.add(triple)
    return data


def violations(graphs: Iterable[Graph]) -> list[str]:
    """One readable line per violation (pyshacl on the union of ``graphs``)."""
    from pyshacl import validate

    conforms, report, _ = validate(_union(graphs), shacl_graph=load_shapes(), inference="none",
                                   advanced=False, allow_warnings=True)
    if conforms:
        return []
    lines = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        lines.append(_line(focus, path, message))
    return sorted(lines)


def check(graphs: Iterable[Graph]) -> None:
    """Raise :class:`ShapeViolation` unless the graphs conform (pyshacl)."""
    found = violations(graphs)
    if found:
        raise ShapeViolation(found)


def _line(focus: object, path: object, message: object) -> str:
    return f"focus node {focus}, path {path}: {message}"


# ----------------------------------------------------------------- the fast checker

_NODE_SHAPE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf,
                    SH.nodeKind, SH.property, SH.xone, SH["or"], SH["class"], SH.message,
                    RDFS.label, RDFS.comment}
_TARGET_KEYS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf)
_PROPERTY_KEYS = {RDF.type, SH.path, SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind,
                  SH.minLength, SH.pattern, SH["in"], SH.minInclusive, SH.maxInclusive,
                  SH.lessThanOrEquals, SH["class"], SH.message, SH.name, SH.description}
_NODE_KINDS = {
    SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
    SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
    SH.IRIOrLiteral: (URIRef, Literal),
}
_VALUE_TYPES = {XSD.string: str, RDF.langString: str, XSD.integer: int, XSD.decimal: Decimal,
                XSD.boolean: bool, XSD.date: date}

# predicates and types as plain strings: look-ups then compare in C, not in
# rdflib's Python __eq__, which is most of the checker's cost otherwise
Index = dict[Node, dict[str, set[Node]]]
_TYPE, _SUBCLASS = str(RDF.type), str(RDFS.subClassOf)
_LANG_STRING, _XSD_STRING, _RDFS_LITERAL = str(RDF.langString), str(XSD.string), str(RDFS.Literal)
_STRING_TYPES = (_LANG_STRING, _XSD_STRING)
_VALUE_TYPES_BY_IRI = {str(k): v for k, v in _VALUE_TYPES.items()}
_NO_PROPERTIES: dict[str, set[Node]] = {}

ValueCheck = Callable[[Node], bool]


@dataclass(frozen=True)
class PropertyRule:
    """One ``sh:property`` shape with a predicate path."""

    path: URIRef
    message: str
    min_count: int | None = None
    max_count: int | None = None
    datatype: URIRef | None = None
    node_kind: tuple[type, ...] | None = None
    min_length: int | None = None
    pattern: re.Pattern[str] | None = None
    allowed: frozenset[Node] | None = None
    min_inclusive: Literal | None = None
    max_inclusive: Literal | None = None
    less_or_equal: URIRef | None = None
    class_: URIRef | None = None

    def breaks(self, props: dict[str, set[Node]], types: dict[Node, set[str]]) -> bool:
        """True when the node with these properties (path → values) breaks this rule."""
        values = props.get(self.key, ())
        count = len(values)
        if count < self.least or count > self.most:
            return True
        if not count:
            return False
        for check in self.value_checks:
            for v in values:
                if not check(v):
                    return True
        if self.less_or_equal is not None:
            others = props.get(self.less_key, ())
            if any(not _less_or_equal(v, w) for v in values for w in others):
                return True
        if self.class_ is not None:
            wanted = self.class_key
            return any(wanted not in types.get(v, ()) for v in values)
        return False

    @cached_property
    def least(self) -> int:
        return self.min_count or 0

    @cached_property
    def most(self) -> float:
        return float("inf") if self.max_count is None else self.max_count

    @cached_property
    def value_checks(self) -> tuple[ValueCheck, ...]:
        """The constraints on each value that look at the value alone, as
        one function each: only those the shape states, none asked per value
        whether it applies."""
        checks: list[ValueCheck] = []
        if self.node_kind is not None:
            kinds = self.node_kind
            checks.append(lambda v: isinstance(v, kinds))
        if self.datatype is not None:
            checks.append(_datatype_check(str(self.datatype)))
        if self.allowed is not None:
            checks.append(_membership_check(self.allowed))
        if self.min_length is not None and self.min_length > 0:
            shortest = self.min_length
            checks.append(lambda v: not isinstance(v, BNode) and len(_string(v)) >= shortest)
        if self.pattern is not None:
            search = self.pattern.search
            checks.append(lambda v: not isinstance(v, BNode) and search(_string(v)) is not None)
        if self.min_inclusive is not None:
            checks.append(_bound_check(self.min_inclusive, 1))
        if self.max_inclusive is not None:
            checks.append(_bound_check(self.max_inclusive, -1))
        return tuple(checks)

    @cached_property
    def key(self) -> str:
        """The path as the index keys it."""
        return str(self.path)

    @cached_property
    def less_key(self) -> str:
        return str(self.less_or_equal)

    @cached_property
    def class_key(self) -> str:
        return str(self.class_)


@dataclass(frozen=True)
class NodeRule:
    """One node shape: its target classes and what its focus nodes must satisfy."""

    name: str
    targets: frozenset[str]
    message: str
    node_kind: tuple[type, ...] | None
    properties: tuple[PropertyRule, ...]
    xone: tuple[tuple[tuple[PropertyRule, ...], ...], ...]  # each: members, each: rules
    subjects_of: frozenset[str] = frozenset()
    objects_of: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()  # the focus node is an instance of each
    any_class: tuple[frozenset[str], ...] = ()  # sh:or: of one class in each group

    def focus_nodes(self, index: Index, of_type: dict[str, list[Node]],
                    subjects_with: dict[str, list[Node]]) -> set[Node]:
        """The nodes the rule targets in the data; ``of_type`` maps each type
        to the nodes of that type (subclasses included), ``subjects_with``
        each path a rule targets the subjects or objects of to the subjects
        that have it, both made once for all rules."""
        found: set[Node] = set()
        for target in self.targets:
            found.update(of_type.get(target, ()))
        for path in self.subjects_of:
            found.update(subjects_with.get(path, ()))
        for path in self.objects_of:
            for s in subjects_with.get(path, ()):
                found |= index[s][path]
        return found

    @cached_property
    def checks_class(self) -> bool:
        """Whether ``sh:class`` or ``sh:or`` asks anything of the focus node."""
        return bool(self.classes or self.any_class)

    @cached_property
    def plan(self) -> tuple[tuple[str, int, PropertyRule], ...]:
        """(path key, least count, rule) of each property: read once, not
        per focus node."""
        return tuple((p.key, p.least, p) for p in self.properties)

    def class_failed(self, focus: Node, types: dict[Node, set[str]]) -> bool:
        """True when ``focus`` lacks a class that ``sh:class`` or ``sh:or`` asks for."""
        if not self.classes and not self.any_class:
            return False
        kinds = types.get(focus, set())
        return not self.classes <= kinds or any(not group & kinds for group in self.any_class)


def _string(v: Node) -> str:
    if isinstance(v, Literal) and v.value is not None and (
            v.datatype is None or str(v.datatype) in _STRING_TYPES):
        return str(v.value)
    return str(v)


def _datatype_check(datatype: str) -> ValueCheck:
    """pyshacl's sh:datatype: same IRI (a plain literal is an xsd:string), well-typed."""
    expected = _VALUE_TYPES_BY_IRI.get(datatype)
    any_literal = datatype == _RDFS_LITERAL
    plain_ok = datatype == _XSD_STRING
    tagged_ok = datatype == _LANG_STRING

    def check(v: Node) -> bool:
        if not isinstance(v, Literal):
            return False
        own = v.datatype
        if own is not None and str(own) == datatype:
            if v.ill_typed is True:
                return False
        elif any_literal:
            return True
        elif not (own is None and v.language is None and plain_ok) and \
                not (tagged_ok and v.language):
            return False
        return expected is None or isinstance(v.value, expected)
    return check


_NUMBERS = (int, Decimal)


def _bound_check(bound: Literal, sign: int) -> ValueCheck:
    """:func:`_compares` against one bound, with the bound's value read once."""
    limit = bound.value
    limit_is_str = isinstance(limit, str)
    limit_is_number = type(limit) in _NUMBERS

    def check(v: Node) -> bool:
        if not isinstance(v, Literal):
            return False
        value = v.value
        if isinstance(value, str) != limit_is_str:
            return False
        if limit_is_number and type(value) in _NUMBERS:
            return bool(((value > limit) - (value < limit)) * sign >= 0)
        return _compares(v, bound, sign)
    return check


def _compares(v: Node, bound: Literal, sign: int) -> bool:
    """``v >= bound`` for ``sign`` 1 (sh:minInclusive), ``v <= bound`` for -1
    (sh:maxInclusive); an incomparable value fails, as in pyshacl."""
    if not isinstance(v, Literal) or isinstance(v.value, str) != isinstance(bound.value, str):
        return False
    # the common case, compared as pyshacl would, without its overhead
    if type(v.value) in _NUMBERS and type(bound.value) in _NUMBERS:
        order = (v.value > bound.value) - (v.value < bound.value)
        return bool(order * sign >= 0)
    from pyshacl.rdfutil.compare import compare_literal

    try:
        return bool(compare_literal(v, bound) * sign >= 0)  # type: ignore[no-untyped-call]
    except (TypeError, NotImplementedError):
        return False


def _membership_check(allowed: frozenset[Node]) -> ValueCheck:
    """``sh:in``: the value is one of ``allowed``. When all are IRIs, compared
    as strings: an IRI equals another of the same type and text, and rdflib's
    equality, in Python, would be most of the check's time."""
    if not allowed or any(type(n) is not URIRef for n in allowed):
        return lambda v: v in allowed
    texts = frozenset(str(n) for n in allowed)
    return lambda v: type(v) is URIRef and str(v) in texts


def _number(x: Node) -> int | Decimal | None:
    """The value of a well-typed numeric literal holding an integer or a
    finite decimal, which rdflib orders by value alone; else None."""
    if not isinstance(x, Literal) or x.datatype not in _NUMERIC_LITERAL_TYPES or x.ill_typed:
        return None
    value = x.value
    if type(value) is int or type(value) is Decimal and value.is_finite():
        return value
    return None


def _less_or_equal(v: Node, w: Node) -> bool:
    a_number, b_number = _number(v), _number(w)
    if a_number is not None and b_number is not None:
        return a_number <= b_number  # what rdflib's comparison gives for these, without its detours

    def plain(x: Node) -> tuple[object, bool]:
        if isinstance(x, URIRef):
            return str(x), True
        if isinstance(x, Literal) and isinstance(x.value, str):
            return x.value, True
        return x, False

    (a, a_str), (b, b_str) = plain(v), plain(w)
    if isinstance(v, BNode) or isinstance(w, BNode) or a_str != b_str:
        return False
    try:
        return bool(a <= b)  # type: ignore[operator]
    except TypeError:
        return False


class FastChecker:
    """The shapes compiled into Python: same verdicts as pyshacl, far faster."""

    def __init__(self, shapes: Graph) -> None:
        self.rules = tuple(self._node_rule(shapes, node)
                           for node in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str)
                           if any((node, key, None) in shapes for key in _TARGET_KEYS))
        self.targets = frozenset(t for rule in self.rules for t in rule.targets)
        # the paths whose subjects or objects some rule targets
        self.linked = frozenset(p for rule in self.rules for p in rule.subjects_of | rule.objects_of)

    # -- compiling
    @staticmethod
    def _unsupported(shapes: Graph, node: Node, allowed: set[URIRef]) -> None:
        for p in set(shapes.predicates(node)):
            if p not in allowed:
                raise OntologyError(f"shapes: {node} uses {p}, which the fast checker "
                                    "does not implement; extend kg/rdf/shapes.py")

    def _node_rule(self, shapes: Graph, node: Node) -> NodeRule:
        self._unsupported(shapes, node, _NODE_SHAPE_KEYS)
        xone = []
        for member_list in shapes.objects(node, SH.xone):
            members = []
            for member in Collection(shapes, member_list):
                self._unsupported(shapes, member, {SH.property, RDF.type})
                members.append(tuple(self._property_rule(shapes, p, "")
                                     for p in shapes.objects(member, SH.property)))
            xone.append(tuple(members))
        any_class = []
        for member_list in shapes.objects(node, SH["or"]):
            group = []
            for member in Collection(shapes, member_list):
                self._unsupported(shapes, member, {SH["class"]})
                group += [str(c) for c in shapes.objects(member, SH["class"])]
            any_class.append(frozenset(group))
        kind = shapes.value(node, SH.nodeKind)

        def objects(p: URIRef) -> frozenset[str]:
            return frozenset(str(t) for t in shapes.objects(node, p))

        return NodeRule(
            name=str(node),
            targets=objects(SH.targetClass),
            subjects_of=objects(SH.targetSubjectsOf),
            objects_of=objects(SH.targetObjectsOf),
            classes=objects(SH["class"]),
            any_class=tuple(any_class),
            message=str(shapes.value(node, SH.message) or ""),
            node_kind=_NODE_KINDS[kind] if kind is not None else None,  # type: ignore[index]
            properties=tuple(sorted((self._property_rule(shapes, p, "")
                                     for p in shapes.objects(node, SH.property)),
                                    key=lambda r: str(r.path))),
            xone=tuple(xone),  # type: ignore[arg-type]
        )

    def _property_rule(self, shapes: Graph, node: Node, default: str) -> PropertyRule:
        self._unsupported(shapes, node, _PROPERTY_KEYS)
        path = shapes.value(node, SH.path)
        if not isinstance(path, URIRef):
            raise OntologyError(f"shapes: {node} has a complex sh:path; the fast checker "
                                "supports predicate paths only")

        def value(p: URIRef) -> Node | None:
            found = list(shapes.objects(node, p))
            if len(found) > 1:
                raise OntologyError(f"shapes: {node} has {len(found)} values of {p}")
            return found[0] if found else None

        def number(p: URIRef) -> int | None:
            v = value(p)
            return int(str(v)) if v is not None else None

        kind, pattern, allowed = value(SH.nodeKind), value(SH.pattern), value(SH["in"])
        bound, upper = value(SH.minInclusive), value(SH.maxInclusive)
        return PropertyRule(
            path=path,
            message=str(value(SH.message) or default),
            min_count=number(SH.minCount),
            max_count=number(SH.maxCount),
            datatype=value(SH.datatype),  # type: ignore[arg-type]
            node_kind=_NODE_KINDS[kind] if kind is not None else None,  # type: ignore[index]
            min_length=number(SH.minLength),
            pattern=re.compile(str(pattern)) if pattern is not None else None,
            allowed=frozenset(Collection(shapes, allowed)) if allowed is not None else None,
            min_inclusive=bound if isinstance(bound, Literal) else None,
            max_inclusive=upper if isinstance(upper, Literal) else None,
            less_or_equal=value(SH.lessThanOrEquals),  # type: ignore[arg-type]
            class_=value(SH["class"]),  # type: ignore[arg-type]
        )

    # -- checking
    def results(self, triples: Iterable[tuple[Node, Node, Node]]) -> list[tuple[Node, Node | None, str]]:
        """(focus node, path or None, message) of every violation in ``triples``."""
        index: Index = {}
        keys: dict[Node, str] = {}  # each predicate's string, made once per call
        for s, p, o in triples:
            key = keys.get(p)
            if key is None:
                key = keys[p] = str(p)
            props = index.get(s)
            if props is None:
                index[s] = {key: {o}}
                continue
            values = props.get(key)
            if values is None:
                props[key] = {o}
            else:
                values.add(o)
        types = {s: {str(t) for t in props.get(_TYPE, ())} for s, props in index.items()}
        self._close_subclasses(index, types)
        of_type: dict[str, list[Node]] = {}
        for s, kinds in types.items():
            for kind in kinds:
                of_type.setdefault(kind, []).append(s)
        subjects_with: dict[str, list[Node]] = {}  # one pass for every subjects/objects target
        linked = self.linked
        if linked:
            for s, props in index.items():
                if not linked.isdisjoint(props):
                    for path in linked.intersection(props):
                        subjects_with.setdefault(path, []).append(s)
        found: list[tuple[Node, Node | None, str]] = []
        for rule in self.rules:
            plan, node_kind, checks_class = rule.plan, rule.node_kind, rule.checks_class
            for focus in rule.focus_nodes(index, of_type, subjects_with):
                props = index.get(focus, _NO_PROPERTIES)
                if node_kind is not None and not isinstance(focus, node_kind):
                    found.append((focus, None, rule.message or "node kind"))
                if checks_class and rule.class_failed(focus, types):
                    found.append((focus, None, rule.message))
                for key, least, prop in plan:
                    if key not in props:  # the common case, without a call
                        if least:
                            found.append((focus, prop.path, prop.message))
                    elif prop.breaks(props, types):
                        found.append((focus, prop.path, prop.message))
                for members in rule.xone:
                    passing = sum(1 for member in members
                                  if not any(p.breaks(props, types) for p in member))
                    if passing != 1:
                        found.append((focus, None, rule.message))
        return found

    @staticmethod
    def _close_subclasses(index: Index, types: dict[Node, set[str]]) -> None:
        """rdfs:subClassOf in the data graph widens types, as SHACL's targets do."""
        parents = {str(s): {str(c) for c in props[_SUBCLASS]} for s, props in index.items()
                   if _SUBCLASS in props}
        if not parents:
            return
        for kinds in types.values():
            todo = list(kinds)
            while todo:
                for parent in parents.get(todo.pop(), ()):
                    if parent not in kinds:
                        kinds.add(parent)
                        todo.append(parent)

    def violations(self, triples: Iterable[tuple[Node, Node, Node]]) -> list[str]:
        """One readable line per violation, like :func:`violations`."""
        return sorted(_line(f, p, m) for f, p, m in self.results(triples))


@lru_cache(maxsize=1)
def fast_checker() -> FastChecker:
    return FastChecker(load_shapes())


def fast_check(graphs: Iterable[Graph]) -> None:
    """Raise :class:`ShapeViolation` unless the union of ``graphs`` conforms
    (the fast checker)."""
    found = fast_checker().violations(t for g in graphs for t in g)
    if found:
        raise ShapeViolation(found)
