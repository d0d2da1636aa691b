"""The entity catalogue: known entities, their names and world facts.

The catalogue is data (``ontology/entities.ttl``); this module reads it once
into plain records that the gazetteer and the mapper use. Facts in it (a
unit's parent, a model's developer, listings) describe the world, not an
article: the build writes them into their own named graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass, field
from functools import lru_cache, wraps
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import cache
from kg.cache import cache_key, source_of
from kg.errors import OntologyError
from kg.rdf.namespaces import FIN
from kg.records import ENTITY_TYPES
from kg.resources import ontology_path

CATALOGUE_FILE = "entities.ttl"
LABEL = str(RDFS.label)
INDUSTRIES_FILE = "industries.tsv"
EXCHANGE_CODES_FILE = "exchange_codes.tsv"
FISCAL_YEAR_ENDS_FILE = "fiscal_year_ends.tsv"
# The closed list of industries ``ontology/industries.tsv`` gives companies (after the sectors and
# industry groups of GICS, coarse enough that news descriptors name them: "der Autobauer",
# "the chipmaker", "the lender").
INDUSTRIES = frozenset({
    "aerospace_defence", "ai", "apparel", "asset_managers", "auto_suppliers", "automotive",
    "banks", "chemicals", "construction_materials", "consumer_goods", "energy",
    "financial_services", "food_beverages", "hardware", "healthcare", "industrials", "insurers",
    "internet", "logistics", "luxury", "market_research", "media", "metals_mining", "pharma",
    "real_estate", "retail", "semiconductors", "software", "telecom", "travel_leisure",
    "utilities",
})

# The sectors in which companies of the industries above compete, each as the industries
# whose companies may be rivals (an industry may stand in several: an internet retailer
# competes with software makers in cloud and with retailers in trade; a carmaker with
# chipmakers and internet groups in self-driving; an industrial group with medical device
# makers; a payment service with internet and hardware groups). Two industries that share no
# sector never make rivals (a bank and a logistics group, a parcel service and a drug maker).
COMPETING_SECTORS: tuple[frozenset[str], ...] = (
    frozenset({"ai", "hardware", "internet", "market_research", "media", "semiconductors",
               "software", "telecom"}),
    frozenset({"ai", "auto_suppliers", "automotive", "hardware", "industrials", "internet",
               "semiconductors", "software"}),
    frozenset({"asset_managers", "banks", "financial_services", "insurers", "market_research",
               "real_estate"}),
    frozenset({"chemicals", "consumer_goods", "healthcare", "pharma"}),
    frozenset({"apparel", "consumer_goods", "food_beverages", "internet", "luxury", "retail",
               "travel_leisure"}),
    frozenset({"aerospace_defence", "auto_suppliers", "automotive", "chemicals",
               "construction_materials", "energy", "industrials", "metals_mining", "utilities"}),
    frozenset({"industrials", "internet", "logistics", "retail", "travel_leisure"}),
    frozenset({"chemicals", "energy", "metals_mining", "utilities"}),
    frozenset({"construction_materials", "real_estate", "utilities"}),
    frozenset({"healthcare", "industrials"}),  # medical technology of industrial groups
    frozenset({"financial_services", "hardware", "internet", "software"}),  # payments
)


@dataclass(frozen=True)
class CatalogueEntry:
    """One known entity, as the catalogue describes it."""

    label: str
    type: str
    aliases: tuple[str, ...] = ()
    same_as: str | None = None
    tickers: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    developers: tuple[str, ...] = ()
    located_in: tuple[str, ...] = ()
    listed_on: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)

    @property
    def listed(self) -> bool:
        """Can its shares trade: does the catalogue give it a ticker or a listing?"""
        return bool(self.tickers or self.listed_on)


@dataclass(frozen=True)
class Catalogue:
    """All catalogue entries, by label."""

    entries: dict[str, CatalogueEntry] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, label: str) -> CatalogueEntry | None:
        return self.entries.get(label)

    def parent_of(self, label: str) -> str | None:
        entry = self.entries.get(label)
        return entry.parents[0] if entry and entry.parents else None

    def parents_of(self, label: str) -> tuple[str, ...]:
        entry = self.entries.get(label)
        return entry.parents if entry is not None else ()

    def developer_of(self, label: str) -> str | None:
        entry = self.entries.get(label)
        return entry.developers[0] if entry and entry.developers else None


T = TypeVar("T")
P = ParamSpec("P")


def per_catalogue(derive: Callable[Concatenate[Catalogue, P], T]
                  ) -> Callable[Concatenate[Catalogue, P], T]:
    """Keep what ``derive(catalogue, *args)`` computes from a catalogue, per
    catalogue object and arguments: rules ask for the same tables for every
    article. A :class:`Catalogue` holds a dict and cannot be hashed, so it
    is keyed by its id and kept beside its value (its id cannot be reused
    while the entry lives); the oldest of more than four entries goes."""
    saved: dict[tuple[object, ...], tuple[Catalogue, T]] = {}

    @wraps(derive)
    def derived(catalogue: Catalogue, /, *args: P.args, **kwargs: P.kwargs) -> T:
        key = (id(catalogue), *args, *sorted(kwargs.items()))
        hit = saved.get(key)
        if hit is not None and hit[0] is catalogue:
            return hit[1]
        value = derive(catalogue, *args, **kwargs)
        if len(saved) >= 4:
            del saved[next(iter(saved))]
        saved[key] = (catalogue, value)
        return value
    return derived


@lru_cache(maxsize=4)
def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read the catalogue once per process. Oxigraph's parser reads the
    thousands of catalogued entities in a fraction of rdflib's time, which
    every build and worker process pays at start; the records it gives are
    kept in the cache on disk (:mod:`kg.cache`), keyed by the file's bytes."""
    source = path or ontology_path(CATALOGUE_FILE)
    try:
        data = Path(source).read_bytes()
    except OSError as err:
        raise OntologyError(f"{source}: cannot read the entity catalogue ({err})") from None
    key = cache_key(data, source_of(__file__))
    saved = cache.load(_CACHE_KIND, key)
    if isinstance(saved, list):
        try:
            return Catalogue({row[0]: CatalogueEntry(*row) for row in saved})
        except (TypeError, IndexError):
            pass  # not a usable entry: read the file again
    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as err:
        raise OntologyError(f"{source}: cannot read the entity catalogue ({err})") from None
    catalogue = catalogue_from_triples(((q.subject, q.predicate, q.object) for q in quads),
                                       str(source))
    cache.save(_CACHE_KIND, key, [astuple(entry) for entry in catalogue.entries.values()])
    return catalogue


_CACHE_KIND = "catalogue"


def catalogue_from_triples(triples: Iterable[tuple[object, object, object]],
                           source: str = "catalogue") -> Catalogue:
    """Catalogue records from parsed triples: one entry per labelled IRI."""
    facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for subject, predicate, obj in triples:
        if isinstance(subject, ox.NamedNode) and isinstance(predicate, ox.NamedNode):
            facts[subject.value][predicate.value].append(getattr(obj, "value", str(obj)))
    labels = {node: props[LABEL][0] for node, props in facts.items() if props.get(LABEL)}
    types = {str(FIN[name]): name for name in ENTITY_TYPES}

    def names(props: dict[str, list[str]], prop: URIRef) -> tuple[str, ...]:
        return tuple(sorted(labels[o] for o in props.get(str(prop), ()) if o in labels))

    entries: dict[str, CatalogueEntry] = {}
    for node, label in labels.items():
        props = facts[node]
        kinds = [types[t] for t in props.get(str(RDF.type), ()) if t in types]
        if len(kinds) != 1:
            raise OntologyError(f"{source}: {node} needs exactly one entity type, has {kinds}")
        same = props.get(str(OWL.sameAs), [None])[0]
        entries[label] = CatalogueEntry(
            label=label,
            type=kinds[0],
            aliases=tuple(sorted(props.get(str(SKOS.altLabel), ()))),
            same_as=same,
            tickers=tuple(sorted(props.get(str(FIN.ticker), ()))),
            parents=names(props, FIN.subsidiaryOf),
            developers=names(props, FIN.developedBy),
            located_in=names(props, FIN.locatedIn),
            listed_on=names(props, FIN.listedOn),
        )
    return Catalogue(entries)


@lru_cache(maxsize=4)
def load_industries(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The industries of catalogued organisations (``ontology/industries.tsv``), by label.
    Only the extractor reads them (no graph holds them): a descriptor with an industry
    means only a company of that industry or of none known. A label missing here has
    no known industry; an industry outside :data:`INDUSTRIES` is an error of the data."""
    source = path or ontology_path(INDUSTRIES_FILE)
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise OntologyError(f"{source}: cannot read the industries ({err})") from None
    industries: dict[str, frozenset[str]] = {}
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        label, _, names = line.partition("\t")
        found = frozenset(name.strip() for name in names.split(","))
        if not label or not found <= INDUSTRIES:
            raise OntologyError(f"{source}:{number}: a label, a tab and industries of "
                                f"{sorted(INDUSTRIES)} expected, got {line!r}")
        industries[label] = found
    return industries


@lru_cache(maxsize=4)
def load_fiscal_year_ends(path: Path | None = None) -> dict[str, int]:
    """The month each catalogued company's fiscal year ends in, by label
    (``ontology/fiscal_year_ends.tsv``), where it is not December. Only the
    period rules read them (no graph holds them): "im abgelaufenen Geschäftsjahr"
    of a company whose year ends in September is the year ended that September.
    A label missing here ends its year in December or is not known to do
    otherwise; a month outside 1 to 11, or a label given twice, is an error of
    the data."""
    source = path or ontology_path(FISCAL_YEAR_ENDS_FILE)
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise OntologyError(f"{source}: cannot read the fiscal year ends ({err})") from None
    ends: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        label, _, month = line.partition("\t")
        if not label or label in ends or not month.isdigit() or not 1 <= int(month) <= 11:
            raise OntologyError(f"{source}:{number}: a label given once, a tab and a month "
                                f"from 1 to 11 expected, got {line!r}")
        ends[label] = int(month)
    return ends


@dataclass(frozen=True)
class ExchangeCodes:
    """How news print exchanges in codes (``ontology/exchange_codes.tsv``): the codes
    before a ticker ("NASDAQ: MSFT") with the exchanges each may name (one; several where
    the code is shared, "TSE" of Tokyo and Toronto, so that the ticker's company decides;
    none for a market the catalogue does not hold), and the suffixes of agencies' instrument codes ("AAL.O") with the
    exchanges each stands for."""

    prefixes: dict[str, tuple[str, ...]]
    instruments: dict[str, frozenset[str]]


@lru_cache(maxsize=4)
def load_exchange_codes(path: Path | None = None) -> ExchangeCodes:
    """The exchange codes (``ontology/exchange_codes.tsv``). Only the extractor reads
    them (no graph holds them); a line of another kind or shape is an error of the data."""
    source = path or ontology_path(EXCHANGE_CODES_FILE)
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise OntologyError(f"{source}: cannot read the exchange codes ({err})") from None
    prefixes: dict[str, tuple[str, ...]] = {}
    instruments: dict[str, frozenset[str]] = {}
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        kind, code, labels = (line.split("\t") + ["", ""])[:3]
        names = [name.strip() for name in labels.split(",") if name.strip()]
        if kind == "prefix" and code:
            prefixes[code] = tuple(names)
        elif kind == "instrument" and code and names:
            instruments[code] = frozenset(names)
        else:
            raise OntologyError(f"{source}:{number}: 'prefix' or 'instrument', a tab, a code, a "
                                f"tab and the exchanges it names expected, got {line!r}")
    return ExchangeCodes(prefixes, instruments)
