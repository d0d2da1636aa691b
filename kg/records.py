"""Pydantic records: the one intermediate form between text and RDF.

Everything the extractors find is expressed as these frozen records; spaCy
objects never leave ``kg.nlp.extract`` and IRIs are only minted in
``kg.rdf.mapper``. Entities are referred to by their canonical label, which
the mapper turns into an IRI, so the same entity found in two articles is one
node.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from kg.nlp.lang import codes
from kg.vocabulary import (
    ENTITY_TYPES,
    METRICS,
    ORGANIZATION_TYPES,
    PRODUCT_TYPES,
    QUALIFIERS,
    STATUSES,
    SYMMETRIC,
    vocabulary,
)
from kg.vocabulary import RELATIONS as PROPERTIES

# The value lists are the ontology's (kg.vocabulary); type checkers see plain strings.
if TYPE_CHECKING:
    EntityType: TypeAlias = str
    Property: TypeAlias = str
    Metric: TypeAlias = str
    Qualifier: TypeAlias = str
    Status: TypeAlias = str
else:
    EntityType = Literal[ENTITY_TYPES]
    Property = Literal[PROPERTIES]
    Metric = Literal[METRICS]
    Qualifier = Literal[QUALIFIERS]
    Status = Literal[STATUSES]
SYMMETRIC_PROPERTIES = SYMMETRIC

# Domain and range of each relation, as entity types (CONTRACT.md, "Relations"),
# read from the ontology's rdfs:domain / rdfs:range.
RELATION_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    r.name: (r.domain, r.range) for r in vocabulary().relations
}


def fits_contract(predicate: str, subject_type: str | None, object_type: str | None) -> bool:
    """Whether a relation between entities of these types is one the
    contract allows (and so one the SHACL shapes accept)."""
    domain, range_ = RELATION_TYPES[predicate]
    return subject_type in domain and object_type in range_


def _known_language(code: str) -> str:
    """Only a language with a package under kg/nlp/lang can be extracted."""
    if code not in codes():
        raise ValueError(f"no language package for {code!r}")
    return code


Language = Annotated[str, AfterValidator(_known_language)]

# How likely a fact is right, 0..1. A finder need not set it: the
# calibration stage (kg.nlp.confidence) replaces this neutral default with the
# measured reliability of the rule that found the fact.
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
UNCALIBRATED = 0.5


class Record(BaseModel):
    """Base of all records: immutable, and unknown fields are a bug."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Record):
    """Where a fact comes from: its sentence, the character span of the fact
    in the article text (Unicode code points, headline included), and the
    rule that found it."""

    sentence: str
    start: int
    end: int
    extractor: str

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        return self


class Article(Record):
    """One news article as read and cleaned.

    ``text`` is the article exactly as read (headline first); advertising
    blocks are listed in ``ad_spans`` and blanked only in ``clean_text``, which
    has the same length so that offsets agree between the two.
    """

    id: str
    text: str
    clean_text: str
    title: str
    source: str
    sha256: str
    lang: Language
    published: date | None = None
    url: str | None = None
    ad_spans: tuple[tuple[int, int], ...] = ()
    lang_fallback: bool = False

    @property
    def ad_blocks(self) -> int:
        return len(self.ad_spans)


class Entity(Record):
    """An entity found in an article, by canonical label and type."""

    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    same_as: str | None = None
    catalogued: bool = False
    evidence: Evidence


class Relation(Record):
    """A contract relation between two entities (by canonical label)."""

    subject: str
    predicate: Property
    object: str
    role: str | None = None
    evidence: Evidence
    confidence: Confidence = UNCALIBRATED


class Figure(Record):
    """A reported number about an entity, normalised as the contract says.

    A single value sets ``value``; a range sets ``min_value`` and
    ``max_value`` and leaves ``value`` empty.
    """

    about: str
    metric: Metric
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    unit: str
    qualifier: Qualifier = "Exact"
    status: Status = "Reported"
    period: str | None = None
    estimated_by: str | None = None
    evidence: Evidence
    confidence: Confidence = UNCALIBRATED

    @model_validator(mode="after")
    def _value_or_range(self) -> Figure:
        has_range = self.min_value is not None and self.max_value is not None
        if (self.value is None) == (not has_range):
            raise ValueError("a figure has either a value or a min/max range")
        return self


class Rating(Record):
    """An analyst rating: institution ``by`` rates company ``about``."""

    by: str
    about: str
    rating: str
    # the rating it replaces, where the text names it ("von Hold auf Buy": Hold)
    previous: str | None = None
    evidence: Evidence
    confidence: Confidence = UNCALIBRATED


class Extraction(Record):
    """All that was found in one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    figures: tuple[Figure, ...] = ()
    ratings: tuple[Rating, ...] = ()

    @model_validator(mode="after")
    def _references_resolve(self) -> Extraction:
        labels = {e.label for e in self.entities}
        refs: list[tuple[str, str | None]] = [(r.subject, r.object) for r in self.relations]
        refs += [(f.about, f.estimated_by) for f in self.figures]
        refs += [(r.by, r.about) for r in self.ratings]
        missing = {x for pair in refs for x in pair if x is not None and x not in labels}
        if missing:
            raise ValueError(f"facts refer to entities not listed: {sorted(missing)}")
        return self


__all__ = ["ENTITY_TYPES", "METRICS", "ORGANIZATION_TYPES", "PRODUCT_TYPES", "PROPERTIES",
           "QUALIFIERS", "STATUSES", "SYMMETRIC_PROPERTIES", "Article", "EntityType", "Entity",
           "Evidence", "Extraction", "Figure", "Language", "Metric", "Property", "Qualifier",
           "Rating", "Record", "Relation", "Status"]
