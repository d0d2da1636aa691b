"""Namespaces of the contract and the usual vocabularies.

``FIN`` and ``KGR`` are the contract's (CONTRACT.md); ``PREFIXES`` is what
every SPARQL query and serialisation gets predeclared.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

FIN = Namespace("https://w3id.org/finkg/ontology#")
KGR = Namespace("https://w3id.org/finkg/resource/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = SDO

CATALOGUE_GRAPH = KGR["graph/catalogue"]

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

__all__ = ["CATALOGUE_GRAPH", "FIN", "KGR", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA",
           "SKOS", "WD", "XSD"]
