"""Namespaces of the contract and the usual vocabularies.

``FIN`` and ``KGR`` are the contract's (CONTRACT.md); ``PREFIXES`` is what
every SPARQL query and serialisation gets predeclared. ``FIN`` is closed: its
terms are the ones ``ontology/finkg.ttl`` defines (:mod:`kg.vocabulary`), so a
misspelt term fails at once (``AttributeError``) instead of minting an IRI
the ontology does not know.
"""

from __future__ import annotations

from typing import cast

from rdflib import Namespace, URIRef
from rdflib.namespace import (
                              OWL,
                              PROV,
                              RDF,
                              RDFS,
                              SDO,
                              SKOS,
                              XSD,
                              DefinedNamespace,
                              DefinedNamespaceMeta,
)

from kg.vocabulary import NAMESPACE, TERMS

FIN = cast(type[DefinedNamespace], DefinedNamespaceMeta(
    "FIN", (DefinedNamespace,),
    {"_NS": Namespace(NAMESPACE), "_fail": True, "__annotations__": dict.fromkeys(TERMS, URIRef),
     "__doc__": "The finkg ontology's terms."}))
KGR = Namespace("https://w3id.org/finkg/resource/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = SDO

CATALOGUE_GRAPH = KGR["graph/catalogue"]
# Descriptions of the entities articles mention (type, label, names seen in
# text) that the catalogue graph does not already give: written once for
# all articles, not in every article graph (docs/rdf-mapping.md).
ENTITY_GRAPH = KGR["graph/entities"]

PREFIXES: dict[str, str] = {
    "fin": str(FIN),
    "kgr": str(KGR),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "wd": str(WD),
}

__all__ = ["CATALOGUE_GRAPH", "ENTITY_GRAPH", "FIN", "KGR", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA",
           "SKOS", "WD", "XSD"]
