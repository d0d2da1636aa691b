"""Pictures of the entity graph: a self-contained HTML page, PNG and SVG.

The page (:func:`html_page`) works offline: its script and styles are
inline, its Content-Security-Policy forbids every request and every script
but its own, and the graph travels as JSON in a
``<script type="application/json">`` element with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, which the script reads and puts into the DOM with
``textContent`` only. Article text therefore cannot run code in the page.

Both the page and the images draw at most ``max_nodes`` entities, the best
connected ones, and say so; positions come from NetworkX's spring layout,
seeded, so the same graph always looks the same. Entities without a relation
are not drawn: the page lists them under a legend entry, the pictures count
them in the caption. The page's script places every label where it overlaps
no other label and no node, measuring the text as the browser draws it, and
hides a label that finds no such place until its entity is pointed at.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
import re
from importlib import resources
from typing import Any

import networkx as nx

from kg.errors import FinkgError, QueryError
from kg.views.network import TYPE_COLOURS, type_colour, undirected

IMAGE_FORMATS = ("png", "svg")
DEFAULT_MAX_NODES = 300
# Sentences per relation and articles per entity the page carries: on a news
# archive a popular entity is in thousands of articles, and the page would
# grow to hundreds of megabytes; the counts still say how many there are.
PAGE_EVIDENCE = 5
PAGE_ARTICLES = 20


def capped(graph: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES) -> nx.MultiDiGraph:
    """The ``max_nodes`` best-connected nodes and the relations among them.

    A neighbourhood keeps its centre whatever its degree.
    """
    if max_nodes < 1:
        raise QueryError("max_nodes must be at least 1")
    if len(graph) <= max_nodes:
        return graph
    centre = graph.graph.get("centre")

    def rank(node: str) -> tuple[bool, int, int, str]:
        data = graph.nodes[node]
        return (node != centre, -graph.degree(node), -len(data.get("articles", ())),
                data["label"].casefold())

    keep = sorted(graph, key=rank)[:max_nodes]
    shown = graph.subgraph(keep).copy()
    shown.graph.update(graph.graph)
    return shown


def layout(graph: nx.MultiDiGraph, width: float = 1200, height: float = 800,
           margin: float = 60) -> dict[str, tuple[float, float]]:
    """Positions inside ``width`` × ``height`` of the nodes that have a relation.

    Each connected group gets a seeded spring layout in a cell sized to it;
    the cells are packed in rows, largest first, and nodes too close for
    their labels are pushed apart. Unconnected nodes get no position. The
    right margin is wider, to leave room for labels.
    """
    simple = undirected(graph, entities_only=False)
    label = {n: simple.nodes[n]["label"].casefold() for n in simple}
    groups = sorted((g for g in nx.connected_components(simple) if len(g) > 1),
                    key=lambda g: (-len(g), min(label[n] for n in g)))
    if not groups:
        return {}
    return _pack(simple, groups, margin, margin, width - 3.5 * margin, height - 2 * margin)


def _pack(simple: nx.Graph, groups: list[set[str]], left: float, top: float, inner_w: float,
          inner_h: float) -> dict[str, tuple[float, float]]:
    import numpy as np

    cells = []
    for group in groups:
        sub = simple.subgraph(group)
        raw = nx.spring_layout(sub, k=2.0 / math.sqrt(len(sub)), iterations=200, seed=7)
        xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
        # Stretch the group to fill its cell, but at most 3:1 so shapes stay recognisable.
        span_x, span_y = max(xs) - min(xs) or 1e-9, max(ys) - min(ys) or 1e-9
        span_x, span_y = max(span_x, max(span_x, span_y) / 3), max(span_y, max(span_x, span_y) / 3)
        mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        cells.append((1.25 * math.sqrt(len(group)),
                      {n: (0.5 + 0.85 * (float(p[0]) - mid_x) / span_x,
                           0.5 + 0.85 * (float(p[1]) - mid_y) / span_y) for n, p in raw.items()}))
    row_width = max(cells[0][0], math.sqrt(sum(c[0] ** 2 for c in cells) * inner_w / inner_h))
    placed, x, y, row_h = [], 0.0, 0.0, 0.0
    for side, local in cells:
        if x > 0 and x + side > row_width * 1.05:
            x, y, row_h = 0.0, y + row_h, 0.0
        placed.append((x, y, side, local))
        x, row_h = x + side, max(row_h, side)
    total_w = max(px + side for px, _, side, _ in placed)
    total_h = y + row_h
    sx, sy = inner_w / total_w, inner_h / total_h
    scale = min(sx, sy) * 1.0
    sx, sy = min(sx, scale * 1.6), min(sy, scale * 1.6)
    off_x, off_y = left + (inner_w - total_w * sx) / 2, top + (inner_h - total_h * sy) / 2
    names = [n for *_, local in placed for n in local]
    xy = np.array([((px + local[n][0] * side) * sx + off_x, (py + local[n][1] * side) * sy + off_y)
                   for px, py, side, local in placed for n in local])
    # Labels may use the margins, the wide right one most, but not leave the drawing.
    order = sorted(range(len(names)), key=lambda i: (-simple.degree(names[i]), i))
    xy = _make_room(xy, np.array([_label_box(simple, n) for n in names]), order,
                    (left / 4, top / 4, left + inner_w + 2.4 * left, top + inner_h + top * 0.75))
    return {n: (float(x), float(y)) for n, (x, y) in zip(names, xy)}


# A label's size, estimated as the page draws it (11 px system-ui: about 6.2 px a character).
LABEL_CHAR_WIDTH = 6.2
LABEL_HEIGHT = 15.0
# Box comparisons the search for free spots may make in all (a few tenths of a
# second): in a graph too big for the picture, the nodes placed after keep their
# spring positions.
SPOT_CHECKS = 20_000_000
# Room kept above and below each node's label for the labels of its edges.
EDGE_LABEL_ROOM = 7.0


def _label_box(graph: nx.Graph, node: str) -> tuple[float, float, float]:
    """(left, right, half height) of a node and its label to the right, around the
    node, with room for edge labels above and below."""
    radius = 5 + 2.2 * math.sqrt(graph.degree(node))
    return (radius + 2, radius + 5 + LABEL_CHAR_WIDTH * len(graph.nodes[node]["label"]),
            max(radius, LABEL_HEIGHT / 2) + EDGE_LABEL_ROOM)


def _spiral(reach: float = 700.0, step: float = 5.0) -> Any:
    """Offsets around a point, nearest first; moving up or down counts 2.5 times less
    than sideways, since labels are wide and flat."""
    import numpy as np

    grid = np.arange(-reach, reach + step, step)
    xs, ys = np.meshgrid(grid, grid / 2.5)
    offsets = np.column_stack([xs.ravel(), ys.ravel()])
    return offsets[np.argsort(np.hypot(offsets[:, 0], 2.5 * offsets[:, 1]), kind="stable")]


def _make_room(xy: Any, boxes: Any, order: list[int],
               bounds: tuple[float, float, float, float]) -> Any:
    """Positions where no two nodes' label boxes overlap, each as near its spring
    position as room allows.

    Nodes are placed one by one in ``order`` (the best connected first, so the
    hubs keep their places); a node whose box would overlap one already placed
    moves to the nearest free spot inside ``bounds``. When none is free, or
    the search has used up :data:`SPOT_CHECKS` (a graph too big for the
    picture), it keeps its place and the page hides the labels that still
    collide.
    """
    import numpy as np

    out = xy.copy()
    left, right, half = boxes[:, 0], boxes[:, 1], boxes[:, 2]
    spots = _spiral()
    placed = np.zeros(len(xy), dtype=bool)
    budget = SPOT_CHECKS
    for i in order:
        for start in range(0, len(spots), 400):  # nearest first, a ring at a time
            near = xy[i] + spots[start:start + 400]
            near = near[(near[:, 0] - left[i] >= bounds[0]) & (near[:, 0] + right[i] <= bounds[2])
                        & (near[:, 1] - half[i] >= bounds[1])
                        & (near[:, 1] + half[i] <= bounds[3])]
            if not len(near):
                budget -= 4000
                continue
            # Only boxes that reach the region these candidates span can be in the way.
            close = np.flatnonzero(placed
                                   & (out[:, 0] - left < near[:, 0].max() + right[i])
                                   & (out[:, 0] + right > near[:, 0].min() - left[i])
                                   & (out[:, 1] - half < near[:, 1].max() + half[i])
                                   & (out[:, 1] + half > near[:, 1].min() - half[i]))
            budget -= max(len(near) * len(close), 4000)  # a ring costs at least its setting up
            if budget < 0:
                break
            other = out[close]
            free = ~(((near[:, None, 0] - left[i]) < (other[None, :, 0] + right[close]))
                     & ((other[None, :, 0] - left[close]) < (near[:, None, 0] + right[i]))
                     & ((near[:, None, 1] - half[i]) < (other[None, :, 1] + half[close]))
                     & ((other[None, :, 1] - half[close]) < (near[:, None, 1] + half[i]))
                     ).any(axis=1)
            if free.any():
                out[i] = near[int(np.argmax(free))]
                break
        placed[i] = True
    return out


def page_data(graph: nx.MultiDiGraph, *, title: str = "finkg graph",
              max_nodes: int = DEFAULT_MAX_NODES, depth: int | None = None) -> dict[str, Any]:
    """What the page draws, as plain JSON-ready data."""
    shown = capped(graph, max_nodes)
    width, height = 1200.0, 800.0
    pos = layout(shown, width, height)
    order = sorted(shown, key=lambda n: (-shown.degree(n), shown.nodes[n]["label"].casefold()))
    index = {n: i for i, n in enumerate(order)}
    nodes = []
    for n in order:
        d = shown.nodes[n]
        x, y = pos.get(n, (None, None))
        nodes.append({
            "id": n, "label": d["label"], "type": d["type"], "kind": d.get("kind", "entity"),
            "colour": type_colour(d["type"]), "aliases": list(d.get("aliases", ())),
            "articles": list(d.get("articles", ()))[:PAGE_ARTICLES],
            "article_count": len(d.get("articles", ())), "catalogue": bool(d.get("catalogue")),
            "x": None if x is None else round(x, 1), "y": None if y is None else round(y, 1),
            "r": round(5 + 2.2 * math.sqrt(shown.degree(n)), 1),
            "unconnected": n not in pos,
        })
    edges = [{"s": index[s], "t": index[o], "property": d["property"],
              "support": d.get("support", 0), "catalogue": bool(d.get("catalogue")),
              "symmetric": bool(d.get("symmetric")),
              "evidence": list(d.get("evidence", ()))[:PAGE_EVIDENCE]}
             for s, o, d in shown.edges(data=True)]
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["type"]] = counts.get(n["type"], 0) + 1
    types = [{"type": t, "colour": type_colour(t), "count": c}
             for t, c in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
    cited = {a for n in nodes for a in n["articles"]} | {
        ev["article"] for e in edges for ev in e["evidence"]}
    articles = {a: meta for a, meta in graph.graph.get("articles", {}).items() if a in cited}
    centre = graph.graph.get("centre")
    return {
        "title": title,
        "note": {"shown_nodes": len(nodes), "total_nodes": len(graph),
                 "shown_edges": len(edges), "total_edges": graph.number_of_edges(),
                 "capped": len(shown) < len(graph),
                 "unconnected": sum(1 for n in nodes if n["unconnected"]),
                 "centre": graph.nodes[centre]["label"] if centre in graph else None,
                 "depth": depth},
        "view": [0, 0, width, height],
        "types": types, "articles": articles, "nodes": nodes, "edges": edges,
    }


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: it can never close it or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def html_page(graph: nx.MultiDiGraph, *, title: str = "finkg graph",
              max_nodes: int = DEFAULT_MAX_NODES, depth: int | None = None) -> str:
    """A single self-contained HTML page showing the graph; works offline."""
    template = _asset("page.html")
    script = _asset("page.js")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    values = {
        "TITLE": html.escape(title),
        "SCRIPT_HASH": f"sha256-{digest}",
        "DATA": script_json(page_data(graph, title=title, max_nodes=max_nodes, depth=depth)),
        "SCRIPT": script,
    }
    return re.sub(r"\{\{(TITLE|SCRIPT_HASH|DATA|SCRIPT)\}\}", lambda m: values[m[1]], template)


def _asset(name: str) -> str:
    try:
        return resources.files("kg.views").joinpath(name).read_text(encoding="utf-8")
    except OSError as err:
        raise FinkgError(f"page template {name} is missing from the package ({err})") from None


def image(graph: nx.MultiDiGraph, fmt: str = "png", *, width: int = 1600, height: int = 1000,
          max_nodes: int = DEFAULT_MAX_NODES, title: str | None = None) -> bytes:
    """A PNG or SVG picture of the graph, ``width`` × ``height`` pixels, with a type legend."""
    if fmt not in IMAGE_FORMATS:
        raise QueryError(f"unknown image format {fmt!r}; choose one of {', '.join(IMAGE_FORMATS)}")
    if width < 200 or height < 150:
        raise QueryError("an image needs at least 200 × 150 pixels")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    shown = capped(graph, max_nodes)
    dpi = 100
    figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    pos = layout(shown, width, height, margin=min(width, height) * 0.08)
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    scale = min(1.0, max(0.45, 40 / max(len(shown), 1) ** 0.5 / 4))
    radius = {n: (5 + 2.2 * math.sqrt(shown.degree(n))) * 1.6 * scale for n in pos}
    edge_labels = shown.number_of_edges() <= 80
    pairs: dict[frozenset[str], int] = {}
    for s, o, d in shown.edges(data=True):
        pair = frozenset((s, o))
        pairs[pair] = pairs.get(pair, 0) + 1
        bend = 0.0 if pairs[pair] == 1 else 0.25 * (pairs[pair] - 1)
        arrow = FancyArrowPatch(pos[s], pos[o], arrowstyle="-" if d.get("symmetric") else "-|>",
                                mutation_scale=12, color="#9aa5b1", linewidth=1.2,
                                linestyle="-" if d.get("support") else "--",
                                connectionstyle=f"arc3,rad={bend}", shrinkA=radius[s],
                                shrinkB=radius[o] + 1, zorder=1)
        ax.add_patch(arrow)
        if edge_labels:
            (x1, y1), (x2, y2) = pos[s], pos[o]
            ax.text((x1 + x2) / 2 - bend * (y2 - y1) / 2, (y1 + y2) / 2 + bend * (x2 - x1) / 2,
                    d["property"], fontsize=8 * max(scale, 0.8), color="#52606d", ha="center",
                    va="center", zorder=2,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
    kinds = sorted({shown.nodes[n]["type"] for n in pos})
    for kind in kinds:
        members = [n for n in pos if shown.nodes[n]["type"] == kind]
        ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members],
                   s=[(2 * radius[n]) ** 2 for n in members], c=type_colour(kind),
                   edgecolors="white", linewidths=1.5, zorder=3)
    by_degree = sorted(pos, key=lambda n: -shown.degree(n))
    for n in by_degree[:80]:
        x, y = pos[n]
        ax.text(x + radius[n] + 3, y, shown.nodes[n]["label"], fontsize=10 * max(scale, 0.75),
                va="center", ha="left", zorder=4, color="#1f2933",
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9,
                      markerfacecolor=type_colour(k),
                      markeredgecolor="white", label=k) for k in kinds]
    ax.legend(handles=handles, loc="best", frameon=True, fontsize=9, title="Entity type",
              title_fontsize=9, framealpha=0.9)
    caption = title or ""
    if len(shown) < len(graph):
        caption += (f"{' — ' if caption else ''}"
                    f"the {len(shown)} best-connected of {len(graph)} nodes")
    lonely = len(shown) - len(pos)
    if lonely:
        caption += (f"{' — ' if caption else ''}{lonely} entit{'y' if lonely == 1 else 'ies'} "
                    "without relations not drawn")
    if caption:
        ax.text(width - 10, height - 10, caption, ha="right", va="bottom", fontsize=9,
                color="#616e7c")
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=dpi, facecolor="white")
    data = buffer.getvalue()
    if fmt == "svg":
        data = re.sub(rb'width="[\d.]+pt" height="[\d.]+pt"',
                      f'width="{width}" height="{height}"'.encode(), data, count=1)
    return data


__all__ = ["DEFAULT_MAX_NODES", "IMAGE_FORMATS", "TYPE_COLOURS", "capped", "html_page", "image",
           "layout", "page_data", "script_json", "type_colour"]
