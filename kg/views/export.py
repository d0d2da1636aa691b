"""The entity graph as files for other tools: GraphML, GEXF, node-link JSON, DOT."""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx

from kg.errors import QueryError
from kg.views.base import EXPORT_FORMATS, type_colour

# ---------------------------------------------------------------- export


def export_graph(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph as GraphML or GEXF (Gephi), node-link JSON (D3, Cytoscape) or DOT (Graphviz).

    GraphML and GEXF hold only scalar attributes: lists become ``"; "``-joined
    text, evidence becomes a JSON string.
    """
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown graph format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "json":
        data = nx.node_link_data(graph, edges="links")
        data["graph"] = {"articles": graph.graph.get("articles", {})}
        return json.dumps(data, ensure_ascii=False, indent=1).encode()
    if fmt == "dot":
        return to_dot(graph).encode()
    flat = _flat(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8")
    else:
        for _, data in flat.nodes(data=True):
            r, g, b = (int(type_colour(data["type"])[i:i + 2], 16) for i in (1, 3, 5))
            data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
        for _, _, data in flat.edges(data=True):
            data["label"], data["weight"] = data["property"], max(1, data["support"])
        nx.write_gexf(flat, buffer, encoding="utf-8")
    return buffer.getvalue()


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_scalars(data))
    for s, o, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(s, o, key=key, **_scalars(data))
    return flat


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in data.items():
        if v is None:
            continue
        if isinstance(v, list | tuple) and all(isinstance(x, str) for x in v):
            v = "; ".join(v)
        elif isinstance(v, list | tuple | dict):
            v = json.dumps(v, ensure_ascii=False)
        out[k] = v
    return out


def to_dot(graph: nx.MultiDiGraph) -> str:
    """Graphviz DOT text, nodes filled with their type's colour and edges labelled."""
    def quote(text: object) -> str:
        escaped = str(text).replace("\\", "\\\\").replace('"', '\\"')
        return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'

    lines = ["digraph finkg {", "  graph [overlap=false, splines=true];",
             '  node [shape=ellipse, style=filled, fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    for node, data in graph.nodes(data=True):
        lines.append(f"  {quote(node)} [label={quote(data['label'])}, type={quote(data['type'])}, "
                     f"fillcolor={quote(type_colour(data['type']))}];")
    for s, o, data in graph.edges(data=True):
        extra = ", dir=none" if data.get("symmetric") else ""
        lines.append(f"  {quote(s)} -> {quote(o)} [label={quote(data['property'])}, "
                     f"support={data.get('support', 0)}{extra}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
