/* finkg graph page: draws the embedded graph as SVG; all text goes in with textContent. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var details = document.getElementById("details");
  var nodes = data.nodes, edges = data.edges;
  var byLabel = {};
  var hiddenTypes = {};
  var labels = document.getElementById("edge-labels");
  labels.checked = edges.length <= 400;
  var selected = null;

  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]); }
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function htmlEl(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function fmt(n) { return Number(n).toLocaleString("en"); }

  /* ---- notice and legend ---- */
  var note = data.note, notice = document.getElementById("notice");
  var entities = function (n) { return plural(n, "entity").replace("entitys", "entities"); };
  var text = "Showing " + entities(note.shown_nodes) + " and " + plural(note.shown_edges, "relation") + ".";
  if (note.unconnected) {
    text = "Showing " + entities(note.shown_nodes - note.unconnected) + " and " +
      plural(note.shown_edges, "relation") + "; " + entities(note.unconnected) +
      " without relations are listed beside the legend.";
  }
  if (note.centre) {
    text = "Entities within " + plural(note.depth, "step") + " of " + note.centre + ": " +
      plural(note.shown_nodes, "node") + ", " + plural(note.shown_edges, "relation") + ".";
  }
  if (note.capped) {
    text = "Showing the " + fmt(note.shown_nodes) + " best-connected of " + fmt(note.total_nodes) +
      " entities (" + fmt(note.shown_edges) + " of " + fmt(note.total_edges) + " relations). " +
      "Use kg viz --around NAME, filters or --max-nodes N to see others.";
    notice.className = "capped";
  }
  notice.textContent = text;

  var legend = document.getElementById("legend");
  data.types.forEach(function (t) {
    var li = htmlEl("li");
    li.setAttribute("data-type", t.type);
    var sw = htmlEl("span", "swatch");
    sw.style.background = t.colour;
    li.appendChild(sw);
    li.appendChild(htmlEl("span", "", t.type + " (" + t.count + ")"));
    li.addEventListener("click", function () {
      hiddenTypes[t.type] = !hiddenTypes[t.type];
      li.classList.toggle("off", !!hiddenTypes[t.type]);
      applyHidden();
    });
    legend.appendChild(li);
  });

  var lonelyCount = nodes.filter(function (n) { return n.unconnected; }).length;
  if (lonelyCount) {
    var entry = htmlEl("li", "unconnected-entry");
    entry.setAttribute("data-unconnected", String(lonelyCount));
    entry.appendChild(htmlEl("span", "swatch lonely"));
    entry.appendChild(htmlEl("span", "", plural(lonelyCount, "entity").replace("entitys", "entities") +
      " without relations (not drawn)"));
    entry.title = "Mentioned, but in no relation with another entity shown: click to list them";
    entry.addEventListener("click", function () {
      var list = document.getElementById("unconnected");
      list.hidden = !list.hidden;
      entry.classList.toggle("open", !list.hidden);
    });
    legend.appendChild(entry);
  }

  /* ---- drawing ---- */
  var defs = svgEl("defs");
  var marker = svgEl("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
    markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" });
  marker.appendChild(svgEl("path", { d: "M0,0 L10,5 L0,10 z", fill: "#9aa5b1" }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  var viewport = svgEl("g", { id: "viewport" });
  var edgeLayer = svgEl("g", { id: "edges" });
  var nodeLayer = svgEl("g", { id: "nodes" });
  viewport.appendChild(edgeLayer);
  viewport.appendChild(nodeLayer);
  svg.appendChild(viewport);

  var pairCount = {}, pairSeen = {};
  edges.forEach(function (e) {
    var key = Math.min(e.s, e.t) + "-" + Math.max(e.s, e.t);
    pairCount[key] = (pairCount[key] || 0) + 1;
  });

  edges.forEach(function (e, i) {
    var a = nodes[e.s], b = nodes[e.t];
    var key = Math.min(e.s, e.t) + "-" + Math.max(e.s, e.t);
    var index = pairSeen[key] = (pairSeen[key] || 0) + 1;
    var total = pairCount[key];
    var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var bend = total > 1 ? (index - (total + 1) / 2) * 26 : 0;
    if (e.s > e.t) bend = -bend;
    var cx = (a.x + b.x) / 2 - dy / len * bend, cy = (a.y + b.y) / 2 + dx / len * bend;
    var ex = b.x - cx, ey = b.y - cy, elen = Math.sqrt(ex * ex + ey * ey) || 1;
    var tx = b.x - ex / elen * (b.r + 2), ty = b.y - ey / elen * (b.r + 2);
    var d = "M" + a.x.toFixed(1) + "," + a.y.toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) +
      " " + tx.toFixed(1) + "," + ty.toFixed(1);
    var g = svgEl("g", { "class": "edge", "data-index": String(i), "data-source": a.label,
      "data-target": b.label, "data-property": e.property });
    g.appendChild(svgEl("title", {}, a.label + " " + e.property + " " + b.label + " — " +
      plural(e.support, "article") + (e.catalogue ? " (catalogue)" : "")));
    var attrs = { "class": "line" + (e.catalogue && !e.support ? " catalogue" : ""), d: d };
    if (!e.symmetric) attrs["marker-end"] = "url(#arrow)";
    g.appendChild(svgEl("path", attrs));
    g.appendChild(svgEl("path", { "class": "hit", d: d }));
    e.curve = [a.x, a.y, cx, cy, b.x, b.y];
    e.label = svgEl("text", { "text-anchor": "middle" }, e.property);
    g.appendChild(e.label);
    g.addEventListener("click", function (ev) { ev.stopPropagation(); selectEdge(i); });
    e.el = g;
    edgeLayer.appendChild(g);
  });

  var lonelyList = document.getElementById("unconnected");
  nodes.forEach(function (n, i) {
    n.edges = [];
    if (n.unconnected) {
      var item = htmlEl("li", "node", n.label);
      item.setAttribute("data-id", n.id);
      item.setAttribute("data-label", n.label);
      item.setAttribute("data-type", n.type);
      item.addEventListener("click", function () { selectNode(i); });
      n.el = item;
      lonelyList.appendChild(item);
      if (!(n.label.toLowerCase() in byLabel)) byLabel[n.label.toLowerCase()] = i;
      return;
    }
    var g = svgEl("g", { "class": "node " + n.kind, "data-id": n.id, "data-label": n.label,
      "data-type": n.type, transform: "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")" });
    g.appendChild(svgEl("title", {}, n.label + " (" + n.type + ")"));
    g.appendChild(svgEl("circle", { r: n.r.toFixed(1), fill: n.colour }));
    n.text = svgEl("text", {}, n.label);
    g.appendChild(n.text);
    g.addEventListener("click", function (ev) { ev.stopPropagation(); selectNode(i); });
    g.addEventListener("mouseenter", function () { if (selected === null) light(i); });
    g.addEventListener("mouseleave", function () { if (selected === null) unlight(); });
    n.el = g;
    nodeLayer.appendChild(g);
    if (!(n.label.toLowerCase() in byLabel)) byLabel[n.label.toLowerCase()] = i;
  });
  edges.forEach(function (e, i) { nodes[e.s].edges.push(i); nodes[e.t].edges.push(i); });

  /* ---- labels: each where it overlaps no other label and no node, else hidden ----
     Node labels go first, best-connected entities first, then edge labels.
     Labels keep their size on screen when zooming in, so zooming in makes room,
     and the labels are placed again. */
  var PAD = 2;
  function boxOf(el, dx, dy) {
    var b = el.getBBox();
    return { x0: b.x + dx - PAD, y0: b.y + dy - PAD, x1: b.x + b.width + dx + PAD, y1: b.y + b.height + dy + PAD };
  }
  function overlaps(a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }
  function Grid(size) { this.size = size; this.cells = {}; }
  Grid.prototype.keys = function (b) {
    var out = [], s = this.size;
    for (var gx = Math.floor(b.x0 / s); gx <= Math.floor(b.x1 / s); gx++)
      for (var gy = Math.floor(b.y0 / s); gy <= Math.floor(b.y1 / s); gy++) out.push(gx + "," + gy);
    return out;
  };
  Grid.prototype.free = function (b, except) {
    var v = data.view;  /* the drawing's own bounds, all on screen at first */
    if (b.x0 < v[0] || b.y0 < v[1] || b.x1 > v[0] + v[2] || b.y1 > v[1] + v[3]) return false;
    var keys = this.keys(b);
    for (var k = 0; k < keys.length; k++) {
      var cell = this.cells[keys[k]] || [];
      for (var j = 0; j < cell.length; j++) if (cell[j].owner !== except && overlaps(b, cell[j])) return false;
    }
    return true;
  };
  Grid.prototype.add = function (b) {
    var keys = this.keys(b);
    for (var k = 0; k < keys.length; k++) (this.cells[keys[k]] = this.cells[keys[k]] || []).push(b);
  };
  function nodeSpots(r, k) {
    var gap = r + 3 * k, up = -(r + 4 * k), down = r + 12 * k;
    return [[gap, 4 * k, "start"], [-gap, 4 * k, "end"], [0, up, "middle"], [0, down, "middle"],
      [gap * 0.8, up * 0.8, "start"], [gap * 0.8, down * 0.8, "start"],
      [-gap * 0.8, up * 0.8, "end"], [-gap * 0.8, down * 0.8, "end"]];
  }
  var ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
  var ASIDE = [0, 1, -1, 2, -2];
  function onCurve(c, t, side) {
    var u = 1 - t, dx = c[4] - c[0], dy = c[5] - c[1], len = Math.sqrt(dx * dx + dy * dy) || 1;
    return [u * u * c[0] + 2 * u * t * c[2] + t * t * c[4] - dy / len * side,
            u * u * c[1] + 2 * u * t * c[3] + t * t * c[5] + dx / len * side + 3];
  }
  function placeLabels(k) {
    var grid = new Grid(60);
    var drawn = nodes.filter(function (n) { return !n.unconnected && !n.el.classList.contains("off"); });
    drawn.forEach(function (n) {
      var c = { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r, owner: n };
      grid.add(c);
    });
    drawn.forEach(function (n) {
      n.text.style.fontSize = (11 * k).toFixed(2) + "px";
      var spots = nodeSpots(n.r, k), fit = false;
      for (var s = 0; s < spots.length && !fit; s++) {
        n.text.setAttribute("x", spots[s][0].toFixed(1));
        n.text.setAttribute("y", spots[s][1].toFixed(1));
        n.text.setAttribute("text-anchor", spots[s][2]);
        var b = boxOf(n.text, n.x, n.y);
        b.owner = n;
        if (grid.free(b, n)) { grid.add(b); fit = true; }
      }
      n.text.classList.toggle("crowded", !fit);
    });
    var withLabels = labels.checked;
    edges.forEach(function (e) {
      e.label.style.fontSize = (9 * k).toFixed(2) + "px";
      var fit = false;
      if (withLabels && !e.el.classList.contains("off")) {
        for (var s = 0; s < ALONG.length * ASIDE.length && !fit; s++) {
          var p = onCurve(e.curve, ALONG[s % ALONG.length], ASIDE[Math.floor(s / ALONG.length)] * 9 * k);
          e.label.setAttribute("x", p[0].toFixed(1));
          e.label.setAttribute("y", p[1].toFixed(1));
          var b = boxOf(e.label, 0, 0);
          if (grid.free(b, null)) { grid.add(b); fit = true; }
        }
      }
      e.label.classList.toggle("crowded", !fit);
    });
    var hidden = svg.querySelectorAll(".node text.crowded").length;
    svg.setAttribute("data-hidden-labels", String(hidden));
  }

  /* ---- view box: zoom and pan ---- */
  var view = { x: data.view[0], y: data.view[1], w: data.view[2], h: data.view[3] };
  var placing = null;
  function setView() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
  function zoomFactor() { return Math.min(1, view.w / data.view[2]); }
  function placeSoon() {
    clearTimeout(placing);
    placing = setTimeout(function () { placeLabels(zoomFactor()); }, 120);
  }
  setView();
  function toGraph(evt) {
    var rect = svg.getBoundingClientRect();
    var scale = Math.max(view.w / rect.width, view.h / rect.height);
    var ox = view.x + (view.w - rect.width * scale) / 2, oy = view.y + (view.h - rect.height * scale) / 2;
    return { x: ox + (evt.clientX - rect.left) * scale, y: oy + (evt.clientY - rect.top) * scale, scale: scale };
  }
  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    var p = toGraph(evt), f = evt.deltaY > 0 ? 1.15 : 1 / 1.15;
    view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f;
    view.w *= f; view.h *= f;
    setView();
    placeSoon();
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (evt) {
    if (evt.target !== svg) return;
    drag = { x: evt.clientX, y: evt.clientY, moved: false, scale: toGraph(evt).scale };
    svg.classList.add("panning");
  });
  window.addEventListener("pointermove", function (evt) {
    if (!drag) return;
    var dx = evt.clientX - drag.x, dy = evt.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
    view.x -= dx * drag.scale; view.y -= dy * drag.scale;
    drag.x = evt.clientX; drag.y = evt.clientY;
    setView();
  });
  window.addEventListener("pointerup", function () {
    if (drag && !drag.moved) clearSelection();
    drag = null;
    svg.classList.remove("panning");
  });
  function centreOn(n) {
    view.x = n.x - view.w / 2; view.y = n.y - view.h / 2;
    setView();
  }

  /* ---- highlighting and selection ---- */
  function light(i) {
    svg.classList.add("focus");
    nodes[i].el.classList.add("lit");
    nodes[i].edges.forEach(function (k) {
      edges[k].el.classList.add("lit");
      nodes[edges[k].s].el.classList.add("lit");
      nodes[edges[k].t].el.classList.add("lit");
    });
  }
  function unlight() {
    svg.classList.remove("focus");
    Array.prototype.forEach.call(svg.querySelectorAll(".lit"), function (e) { e.classList.remove("lit"); });
  }
  function clearSelection() {
    selected = null;
    unlight();
    Array.prototype.forEach.call(svg.querySelectorAll(".selected"), function (e) { e.classList.remove("selected"); });
    details.replaceChildren(htmlEl("p", "hint", "Click an entity or a relation to see its evidence."));
  }
  function articleLine(iri) {
    var a = data.articles[iri] || { id: iri, headline: "" };
    var line = htmlEl("div", "source");
    var head = a.headline || a.id;
    if (head.length > 140) head = head.slice(0, 137) + "…";
    var text = head + (a.date ? " · " + a.date : "") + (a.lang ? " · " + a.lang : "");
    if (a.source && /^https?:\/\//i.test(a.source)) {
      var link = htmlEl("a", "", text);
      link.setAttribute("href", a.source);
      link.setAttribute("rel", "noopener noreferrer");
      link.setAttribute("target", "_blank");
      line.appendChild(link);
    } else {
      line.textContent = text + (a.source ? " · " + a.source : "");
    }
    return line;
  }
  function evidenceList(e) {
    var ul = htmlEl("ul");
    e.evidence.forEach(function (item) {
      var li = htmlEl("li");
      li.appendChild(htmlEl("blockquote", "evidence", item.sentence));
      li.appendChild(articleLine(item.article));
      ul.appendChild(li);
    });
    var cited = {};
    e.evidence.forEach(function (item) { cited[item.article] = true; });
    var more = e.support - Object.keys(cited).length;
    if (more > 0) ul.appendChild(htmlEl("li", "source", "… and " + plural(more, "more article") + " (kg explain lists them all)."));
    if (e.catalogue) ul.appendChild(htmlEl("li", "source", "Also stated in the entity catalogue."));
    return ul;
  }
  function relationHeading(e) {
    var p = htmlEl("p");
    p.appendChild(htmlEl("span", "", nodes[e.s].label + " "));
    p.appendChild(htmlEl("span", "rel", e.property));
    p.appendChild(htmlEl("span", "", " " + nodes[e.t].label));
    p.appendChild(htmlEl("span", "tag", plural(e.support, "article")));
    return p;
  }
  function selectEdge(i) {
    clearSelection();
    var e = edges[i];
    selected = { edge: i };
    e.el.classList.add("selected", "lit");
    nodes[e.s].el.classList.add("lit");
    nodes[e.t].el.classList.add("lit");
    svg.classList.add("focus");
    var box = [htmlEl("h2", "", "Relation"), relationHeading(e), evidenceList(e)];
    details.replaceChildren.apply(details, box);
  }
  function selectNode(i) {
    clearSelection();
    var n = nodes[i];
    selected = { node: i };
    light(i);
    n.el.classList.add("selected");
    var box = [htmlEl("h2", "", n.label)];
    var type = htmlEl("p", "", n.type);
    if (n.catalogue) type.appendChild(htmlEl("span", "tag", "catalogue only"));
    box.push(type);
    if (n.aliases.length) {
      box.push(htmlEl("h3", "", "Also called"));
      box.push(htmlEl("p", "aliases", n.aliases.join(", ")));
    }
    if (n.edges.length) {
      box.push(htmlEl("h3", "", "Relations (" + n.edges.length + ")"));
      var ul = htmlEl("ul", "relations");
      n.edges.forEach(function (k) {
        var li = htmlEl("li");
        li.appendChild(relationHeading(edges[k]));
        li.appendChild(evidenceList(edges[k]));
        ul.appendChild(li);
      });
      box.push(ul);
    }
    if (n.articles.length) {
      box.push(htmlEl("h3", "", "Mentioned in"));
      var list = htmlEl("ul", "articles");
      n.articles.forEach(function (iri) { var li = htmlEl("li"); li.appendChild(articleLine(iri)); list.appendChild(li); });
      if (n.article_count > n.articles.length)
        list.appendChild(htmlEl("li", "source", "… and " + plural(n.article_count - n.articles.length, "more article") + "."));
      box.push(list);
    }
    details.replaceChildren.apply(details, box);
  }

  function applyHidden() {
    nodes.forEach(function (n) { n.el.classList.toggle("off", !!hiddenTypes[n.type]); });
    edges.forEach(function (e) {
      e.el.classList.toggle("off", !!(hiddenTypes[nodes[e.s].type] || hiddenTypes[nodes[e.t].type]));
    });
    placeLabels(zoomFactor());
  }

  /* ---- search ---- */
  var search = document.getElementById("search"), count = document.getElementById("search-count");
  var matches = [];
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    matches = [];
    nodes.forEach(function (n, i) {
      var hit = q !== "" && (n.label.toLowerCase().indexOf(q) >= 0 ||
        n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }));
      n.el.classList.toggle("match", hit);
      if (hit) matches.push(i);
    });
    count.textContent = q === "" ? "" : plural(matches.length, "match").replace("matchs", "matches");
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (evt) {
    if (evt.key === "Enter" && matches.length) {
      selectNode(matches[0]);
      if (!nodes[matches[0]].unconnected) centreOn(nodes[matches[0]]);
    }
  });

  function applyLabels() {
    svg.classList.toggle("no-edge-labels", !labels.checked);
    placeLabels(zoomFactor());
  }
  labels.addEventListener("change", applyLabels);
  applyLabels();

  /* ---- deep links: #select=Label, #search=text ---- */
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash.indexOf("select=") === 0) {
    var wanted = hash.slice(7).toLowerCase();
    if (wanted in byLabel) selectNode(byLabel[wanted]);
  } else if (hash.indexOf("search=") === 0) {
    search.value = hash.slice(7);
    runSearch();
  }
  svg.setAttribute("data-rendered", "true");
  document.body.setAttribute("data-rendered", "true");
}());
