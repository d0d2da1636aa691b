"""Views of the store: NetworkX graphs (``network``) and pictures of them (``render``)."""

from kg.views.network import (
    Hop,
    Neighbour,
    centrality,
    communities,
    entity_graph,
    export_graph,
    find_entity,
    neighbourhood,
    neighbours,
    shortest_paths,
)
from kg.views.render import html_page, image

__all__ = [
    "Hop",
    "Neighbour",
    "centrality",
    "communities",
    "entity_graph",
    "export_graph",
    "find_entity",
    "html_page",
    "image",
    "neighbourhood",
    "neighbours",
    "shortest_paths",
]
