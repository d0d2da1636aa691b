/* The neighbourhood drawing: the entity in the centre, its neighbours on a ring,
 * their neighbours on an outer ring, as SVG; every node links to its page. */
"use strict";

const finkgGraph = (() => {
  const SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    return node;
  }

  /** Positions on rings: depth-1 nodes evenly, depth-2 nodes near the node they hang on. */
  function layout(graph, size) {
    const centre = size / 2, pos = new Map();
    const first = graph.nodes.filter((n) => n.depth === 1), second = graph.nodes.filter((n) => n.depth === 2);
    const r1 = second.length ? size * 0.24 : size * 0.34, r2 = size * 0.43;
    graph.nodes.filter((n) => n.depth === 0).forEach((n) => pos.set(n.iri, [centre, centre, 0]));
    first.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(first.length, 1) - Math.PI / 2;
      pos.set(n.iri, [centre + r1 * Math.cos(angle), centre + r1 * Math.sin(angle), angle]);
    });
    const parentOf = new Map();
    for (const e of graph.edges) {
      for (const [a, b] of [[e.source, e.target], [e.target, e.source]]) {
        const node = second.find((n) => n.iri === a);
        if (node && !parentOf.has(a) && first.some((f) => f.iri === b)) parentOf.set(a, b);
      }
    }
    const children = new Map();
    second.forEach((n) => { const p = parentOf.get(n.iri) || ""; children.set(p, [...(children.get(p) || []), n]); });
    for (const [parent, kids] of children) {
      const base = pos.has(parent) ? pos.get(parent)[2] : 0;
      const spread = (2 * Math.PI) / Math.max(first.length, 1) * 0.8;
      kids.forEach((n, i) => {
        const angle = base + (kids.length > 1 ? spread * (i / (kids.length - 1) - 0.5) : 0);
        pos.set(n.iri, [centre + r2 * Math.cos(angle), centre + r2 * Math.sin(angle), angle]);
      });
    }
    return pos;
  }

  function draw(container, graph) {
    const size = 640;
    const pos = layout(graph, size);
    const root = svg("svg", { viewBox: `-140 0 ${size + 280} ${size}`, role: "img", "aria-label": "neighbourhood graph" });
    const most = Math.max(1, ...graph.edges.map((e) => e.articles));
    for (const e of graph.edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b) continue;
      const line = svg("line", { class: "edge", x1: a[0], y1: a[1], x2: b[0], y2: b[1],
                                 "stroke-width": 1 + 4 * Math.sqrt(e.articles / most) });
      const title = svg("title");
      title.textContent = `${e.property} · ${e.articles} article${e.articles === 1 ? "" : "s"}`;
      line.append(title);
      root.append(line);
    }
    for (const n of graph.nodes) {
      const p = pos.get(n.iri);
      if (!p) continue;
      const group = svg("a", { class: `node ${finkg.typeClass(n.type)}${n.depth === 0 ? " centre" : ""}` });
      if (n.key) group.setAttribute("href", "/entity/" + encodeURIComponent(n.key));
      const circle = svg("circle", { cx: p[0], cy: p[1], r: n.depth === 0 ? 14 : n.depth === 1 ? 9 : 6 });
      const title = svg("title");
      title.textContent = `${n.label}${n.type ? " (" + n.type + ")" : ""}`;
      const right = p[0] >= size / 2 - 1;
      const label = svg("text", { x: p[0] + (right ? 12 : -12), y: p[1] + 4, "text-anchor": right ? "start" : "end" });
      if (n.depth === 0) { label.setAttribute("x", p[0]); label.setAttribute("y", p[1] - 20); label.setAttribute("text-anchor", "middle"); }
      label.textContent = finkg.shorten(n.label, 28);
      group.append(title, circle, label);
      root.append(group);
    }
    container.replaceChildren(root);
  }

  return { draw };
})();
