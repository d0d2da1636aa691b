"""The store as a NetworkX graph: entities as nodes, contract relations as edges.

Two ways to read it, for two kinds of question:

* :func:`entity_graph` reads the whole graph (every article's relations), for
  the views that need all of it: centrality, communities, export, pictures;
* :class:`GraphReader` reads only the part a question about one or two
  entities needs (``kg graph neighbours``, ``kg graph path``): it starts at
  the entities asked about and asks the store, hop by hop, for the relations
  that touch them. On a store of 50,000 articles the whole graph is 700,000
  relation statements; the neighbourhood of one entity a few thousand.

Both return a :class:`networkx.MultiDiGraph` of the same shape:

* a node per entity, keyed by its IRI, with ``kind="entity"``, ``label``
  (``rdfs:label``), ``type`` (most specific ``fin:`` class, e.g.
  ``"Company"``), ``aliases`` (``skos:altLabel``s), ``articles`` (IRIs of the
  articles mentioning it) and ``catalogue`` (true when only the catalogue
  knows it);
* with ``figures=True``, a node per ``fin:Observation`` (``kind="figure"``,
  ``type="Figure"``, a readable ``label`` such as ``"Downloads ≥ 600M"``)
  with an edge ``about`` to its entity;
* an edge per relation ``subject → object``, keyed by the property's local
  name, with ``property`` (``"develops"``), ``support`` (number of articles
  stating it), ``articles`` (their IRIs), ``evidence`` (a list of
  ``{"sentence", "article"}``), ``catalogue`` (also stated in the catalogue
  graph) and ``symmetric``. Symmetric relations (``competitorOf``,
  ``partnerOf``) found both ways are one edge, pointing the way more
  articles state it.

``graph.graph["articles"]`` maps article IRIs to their headline, date,
language and source, so a view can show where evidence comes from.

Labels and types are read from the catalogue graph (one description per
entity) and, for entities the catalogue does not know, from the articles.
An article graph is any named graph but the catalogue's.

The analysis functions (paths, neighbours, centrality, communities) look
at the graph without direction: ``A subsidiaryOf B`` connects A and B
whichever way it points.

This module gathers the views' public names; the work is split by
responsibility: :mod:`kg.views.graph` (the whole graph),
:mod:`kg.views.reader` and :mod:`kg.views.entities` (reading part of it),
:mod:`kg.views.lookup` (names), :mod:`kg.views.analysis` (paths,
centrality and communities, as registries) and :mod:`kg.views.export`.
"""


from kg.views.analysis import (
                               CENTRALITY,
                               CENTRALITY_MEASURES,
                               COMMUNITY_DETECTORS,
                               COMMUNITY_METHODS,
                               centrality,
                               communities,
                               hops_between,
                               neighbourhood,
                               neighbours,
                               pagerank,
                               shortest_paths,
                               undirected,
)
from kg.views.base import (
                               ENTITY_TYPES,
                               EVIDENCE_PER_EDGE,
                               MAX_HOPS,
                               RELATIONS,
                               SUPERCLASS,
                               SYMMETRIC,
                               TYPE_COLOURS,
                               Hop,
                               Neighbour,
                               as_snapshot,
                               type_colour,
)
from kg.views.export import EXPORT_FORMATS, export_graph, to_dot
from kg.views.graph import entity_graph, figure_label
from kg.views.lookup import GraphNames, close_matches, find_entity
from kg.views.reader import GraphReader

__all__ = [
    "CENTRALITY", "CENTRALITY_MEASURES", "COMMUNITY_DETECTORS", "COMMUNITY_METHODS",
    "ENTITY_TYPES", "EVIDENCE_PER_EDGE", "EXPORT_FORMATS", "MAX_HOPS", "RELATIONS", "SUPERCLASS",
    "SYMMETRIC", "TYPE_COLOURS", "GraphNames", "GraphReader", "Hop", "Neighbour", "as_snapshot",
    "centrality", "close_matches", "communities", "entity_graph", "export_graph", "figure_label",
    "find_entity", "hops_between", "neighbourhood", "neighbours", "pagerank", "shortest_paths",
    "to_dot", "type_colour", "undirected",
]
