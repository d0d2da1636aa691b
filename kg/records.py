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
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

EntityType = Literal[
    "Organization",
    "Company",
    "BusinessUnit",
    "FinancialInstitution",
    "GovernmentBody",
    "StockExchange",
    "Person",
    "Product",
    "AIModel",
    "Place",
    "Event",
    "MarketIndex",
]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]

ORGANIZATION_TYPES = frozenset(
    {"Organization", "Company", "BusinessUnit", "FinancialInstitution", "GovernmentBody",
     "StockExchange"}
)
PRODUCT_TYPES = frozenset({"Product", "AIModel"})

Property = Literal[
    "subsidiaryOf",
    "develops",
    "competitorOf",
    "partnerOf",
    "worksFor",
    "covers",
    "locatedIn",
    "listedOn",
    "investsIn",
    "acquired",
    "uses",
    "basedOn",
    "memberOf",
    "participatesIn",
    "supplierOf",
]
PROPERTIES: tuple[str, ...] = Property.__args__  # type: ignore[attr-defined]
SYMMETRIC_PROPERTIES = frozenset({"competitorOf", "partnerOf"})

_LISTED = frozenset({"Company", "FinancialInstitution", "StockExchange"})
_ORG_OR_PRODUCT = ORGANIZATION_TYPES | PRODUCT_TYPES
# Domain and range of each relation, as entity types (CONTRACT.md, "Relations");
# ontology/finkg.ttl declares the same as rdfs:domain / rdfs:range.
RELATION_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "subsidiaryOf": (ORGANIZATION_TYPES, ORGANIZATION_TYPES),
    "develops": (ORGANIZATION_TYPES, PRODUCT_TYPES),
    "competitorOf": (_ORG_OR_PRODUCT, _ORG_OR_PRODUCT),
    "partnerOf": (ORGANIZATION_TYPES, ORGANIZATION_TYPES),
    "worksFor": (frozenset({"Person"}), ORGANIZATION_TYPES),
    "covers": (frozenset({"FinancialInstitution"}),
               frozenset({"Company", "FinancialInstitution"})),
    "locatedIn": (ORGANIZATION_TYPES | {"Event"}, frozenset({"Place"})),
    "listedOn": (_LISTED, frozenset({"StockExchange"})),
    "investsIn": (ORGANIZATION_TYPES, ORGANIZATION_TYPES),
    "acquired": (ORGANIZATION_TYPES, ORGANIZATION_TYPES),
    "uses": (ORGANIZATION_TYPES, PRODUCT_TYPES),
    "basedOn": (PRODUCT_TYPES, PRODUCT_TYPES),
    "memberOf": (_LISTED, frozenset({"MarketIndex"})),
    "participatesIn": (ORGANIZATION_TYPES, frozenset({"Event"})),
    "supplierOf": (ORGANIZATION_TYPES, ORGANIZATION_TYPES),
}


def fits_contract(predicate: str, subject_type: str | None, object_type: str | None) -> bool:
    """Whether a relation between entities of these types is one the
    contract allows (and so one the SHACL shapes accept)."""
    domain, range_ = RELATION_TYPES[predicate]
    return subject_type in domain and object_type in range_

Metric = Literal[
    "Revenue",
    "RevenueGrowth",
    "Profit",
    "ProfitGrowth",
    "EarningsPerShare",
    "CapitalExpenditure",
    "Investment",
    "MarketingBudget",
    "DebtIssuance",
    "ShareBuyback",
    "Dividend",
    "SharePrice",
    "StockPriceChange",
    "PriceTarget",
    "FairValue",
    "UpsidePotential",
    "MarketCapitalization",
    "ValuationMultiple",
    "IndexLevel",
    "Downloads",
    "Users",
    "SharesGranted",
    "MarketShare",
    "Employees",
    "Other",
]
METRICS: tuple[str, ...] = Metric.__args__  # type: ignore[attr-defined]

Qualifier = Literal["Exact", "Approximately", "AtLeast", "AtMost"]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]

Status = Literal["Reported", "Guidance", "Estimate", "Previous"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]

Language = Literal["de", "en"]

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
