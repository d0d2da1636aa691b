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
  var text = "Showing " + plural(note.shown_nodes, "entity").replace("entitys", "entities") +
    " and " + plural(note.shown_edges, "relation") + ".";
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
    var mx = (a.x + 2 * cx + b.x) / 4, my = (a.y + 2 * cy + b.y) / 4;
    g.appendChild(svgEl("text", { x: mx.toFixed(1), y: my.toFixed(1), "text-anchor": "middle" }, e.property));
    g.addEventListener("click", function (ev) { ev.stopPropagation(); selectEdge(i); });
    e.el = g;
    edgeLayer.appendChild(g);
  });

  nodes.forEach(function (n, i) {
    n.edges = [];
    var g = svgEl("g", { "class": "node " + n.kind, "data-id": n.id, "data-label": n.label,
      "data-type": n.type, transform: "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")" });
    g.appendChild(svgEl("title", {}, n.label + " (" + n.type + ")"));
    g.appendChild(svgEl("circle", { r: n.r.toFixed(1), fill: n.colour }));
    if (n.show_label) g.appendChild(svgEl("text", { x: (n.r + 3).toFixed(1), y: "4" }, n.label));
    g.addEventListener("click", function (ev) { ev.stopPropagation(); selectNode(i); });
    g.addEventListener("mouseenter", function () { if (selected === null) light(i); });
    g.addEventListener("mouseleave", function () { if (selected === null) unlight(); });
    n.el = g;
    nodeLayer.appendChild(g);
    if (!(n.label.toLowerCase() in byLabel)) byLabel[n.label.toLowerCase()] = i;
  });
  edges.forEach(function (e, i) { nodes[e.s].edges.push(i); nodes[e.t].edges.push(i); });

  /* ---- view box: zoom and pan ---- */
  var view = { x: data.view[0], y: data.view[1], w: data.view[2], h: data.view[3] };
  function setView() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
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
    if (evt.key === "Enter" && matches.length) { selectNode(matches[0]); centreOn(nodes[matches[0]]); }
  });

  var labels = document.getElementById("edge-labels");
  labels.checked = edges.length <= 400;
  function applyLabels() { svg.classList.toggle("no-edge-labels", !labels.checked); }
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
