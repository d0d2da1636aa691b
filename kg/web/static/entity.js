/* An entity page: who it is, what the articles say about it with their sentences,
 * its figures, the ratings it got or gave, and its neighbourhood. */
"use strict";

(async () => {
  const { el, api, show, fail, entityLink, articleLink, typeBadge, number, sortableTable, pathKey } = finkg;
  const key = pathKey("/entity/");

  function sentence(parts) {
    return el("span", { class: "sentence" }, parts.map(([text, marked]) => marked ? el("mark", {}, text) : text));
  }

  function evidenceItem(item) {
    return el("div", { class: "evidence" }, "“", sentence(item.sentence), "”",
      el("div", { class: "source" }, item.article.date ? item.article.date + " · " : "", articleLink(item.article)));
  }

  function relationItem(entity, group, item) {
    const fact = item.out ? [entity.label, " ", group.property, " ", entityLink(item.other)]
                          : [entityLink(item.other), " ", group.property, " ", entity.label];
    const box = el("div", { class: "relation" },
      el("div", { class: "head" }, el("span", {}, fact),
         el("span", { class: "count" }, `${number(item.articles)} article${item.articles === 1 ? "" : "s"}`)));
    const list = el("div", {}, item.evidence.map(evidenceItem));
    box.append(list);
    if (item.articles > item.evidence.length) {
      let offset = item.evidence.length;
      const more = el("button", { class: "small", type: "button" }, item.evidence.length ? "more sentences" : "show sentences");
      more.addEventListener("click", async () => {
        more.disabled = true;
        const [s, o] = item.out ? [entity.key, item.other.key] : [item.other.key, entity.key];
        try {
          const found = await api(`/api/evidence?s=${encodeURIComponent(s)}&p=${encodeURIComponent(group.property)}&o=${encodeURIComponent(o)}&offset=${offset}`);
          found.evidence.forEach((e) => list.append(evidenceItem(e)));
          offset += found.evidence.length;
          more.disabled = found.evidence.length === 0 || offset >= item.articles;
        } catch (err) { list.append(el("p", { class: "error" }, err.message)); }
      });
      box.append(more);
    }
    return box;
  }

  function figureValue(f) {
    const qualifier = { Approximately: "≈ ", AtLeast: "≥ ", AtMost: "≤ " }[f.qualifier] || "";
    const amount = f.value !== null ? number(f.value) : `${number(f.min)}–${number(f.max)}`;
    return `${qualifier}${amount} ${f.unit}`;
  }

  function figuresTable(figures) {
    const value = (f) => Number(f.value !== null ? f.value : f.min);
    return sortableTable([
      { title: "metric", cell: (f) => f.metric, sort: (f) => f.metric },
      { title: "value", cell: figureValue, sort: value, numeric: true },
      { title: "period", cell: (f) => f.period || "", sort: (f) => f.period || "" },
      { title: "status", cell: (f) => f.status, sort: (f) => f.status },
      { title: "estimated by", cell: (f) => entityLink(f.estimatedBy), sort: (f) => f.estimatedBy ? f.estimatedBy.label : "" },
      { title: "date", cell: (f) => f.article.date || "", sort: (f) => f.article.date || "" },
      { title: "article", cell: (f) => el("span", { title: f.sentence }, articleLink(f.article, finkg.shorten(f.article.headline, 60))), sort: (f) => f.article.headline },
    ], figures);
  }

  /** The price targets of one institution over time, when it set two or more. */
  function targetChart(history) {
    const points = history.filter((h) => h.target !== null && Number.isFinite(Number(h.target)));
    if (points.length < 2) return "";
    const NS = "http://www.w3.org/2000/svg", width = 320, height = 70, pad = 8;
    const values = points.map((h) => Number(h.target));
    const low = Math.min(...values), high = Math.max(...values), span = high - low || 1;
    const x = (i) => pad + (i * (width - 2 * pad)) / (points.length - 1);
    const y = (v) => height - pad - ((v - low) * (height - 2 * pad)) / span;
    const chart = document.createElementNS(NS, "svg");
    chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
    chart.setAttribute("class", "targets");
    const line = document.createElementNS(NS, "polyline");
    line.setAttribute("points", values.map((v, i) => `${x(i)},${y(v)}`).join(" "));
    chart.append(line);
    points.forEach((h, i) => {
      const dot = document.createElementNS(NS, "circle");
      dot.setAttribute("cx", x(i)); dot.setAttribute("cy", y(values[i])); dot.setAttribute("r", 4);
      const tip = document.createElementNS(NS, "title");
      tip.textContent = `${h.article.date || "undated"}: ${number(h.target)} ${h.unit || ""}`;
      dot.append(tip);
      chart.append(dot);
    });
    return chart;
  }

  function ratingsBlock(ratings, title, who) {
    if (!ratings.length) return [];
    return [el("h2", {}, title), ...ratings.map((r) => el("div", { class: "card" },
      el("h3", {}, entityLink(r.institution), " ", el("span", { class: "count" }, `${r.history.length} article${r.history.length === 1 ? "" : "s"}`)),
      targetChart(r.history),
      el("table", { "data-who": who }, el("thead", {}, el("tr", {}, el("th", {}, "date"), el("th", {}, "rating"), el("th", {}, "price target"), el("th", {}, "article"))),
        el("tbody", {}, r.history.map((h) => el("tr", {},
          el("td", {}, h.article.date || "—"), el("td", {}, h.rating || ""),
          el("td", { class: "num" }, h.target !== null ? `${number(h.target)} ${h.unit || ""}` : ""),
          el("td", {}, articleLink(h.article, finkg.shorten(h.article.headline, 70)))))))))];
  }

  function neighbourhood(page) {
    const box = el("div", { class: "graph", id: "graph" });
    const depth1 = el("button", { type: "button", class: "small primary" }, "depth 1");
    const depth2 = el("button", { type: "button", class: "small" }, "depth 2");
    const note = el("span", { class: "muted" }, "");
    finkgGraph.draw(box, page.neighbourhood);
    depth1.addEventListener("click", () => { finkgGraph.draw(box, page.neighbourhood); depth1.classList.add("primary"); depth2.classList.remove("primary"); });
    depth2.addEventListener("click", async () => {
      note.textContent = "loading…";
      try {
        const graph = await api(`/api/neighbourhood/${encodeURIComponent(key)}?depth=2`);
        finkgGraph.draw(box, graph);
        depth2.classList.add("primary"); depth1.classList.remove("primary");
        note.textContent = "";
      } catch (err) { note.textContent = err.message; }
    });
    return [el("h2", {}, "Neighbourhood"), el("div", { class: "toolbar" }, depth1, depth2, note), box];
  }

  try {
    const page = await api("/api/entity/" + encodeURIComponent(key));
    const entity = page.entity;
    document.title = `${entity.label} · finkg`;
    const facts = entity.catalogueFacts.map((f) => el("li", {}, f.out ? [entity.label, " ", f.property, " ", entityLink(f.other)] : [entityLink(f.other), " ", f.property, " ", entity.label]));
    show(
      el("h1", { id: "title" }, entity.label, " ", typeBadge(entity.type)),
      el("p", { class: "muted" }, entity.iri, " · mentioned in ", number(entity.articles), ` article${entity.articles === 1 ? "" : "s"}`),
      entity.aliases.length ? el("div", { class: "tags", id: "aliases" }, el("span", { class: "muted" }, "aliases:"), entity.aliases.map((a) => el("span", { class: "tag" }, a))) : "",
      entity.tickers.length ? el("div", { class: "tags" }, el("span", { class: "muted" }, "tickers:"), entity.tickers.map((t) => el("span", { class: "tag" }, t))) : "",
      entity.sameAs.length ? el("div", { class: "tags" }, el("span", { class: "muted" }, "same as:"), entity.sameAs.map((u) => el("a", { href: u, rel: "noopener noreferrer" }, u))) : "",
      facts.length ? [el("h2", {}, "Catalogue"), el("ul", {}, facts)] : "",
      el("h2", {}, "Relations in the articles"),
      page.countsCapped ? el("p", { class: "muted" }, "Counted over the first statements only: the article counts are lower bounds.") : "",
      page.relations.length ? el("div", { id: "relations" }, page.relations.map((group) => el("section", { class: "card", "data-property": group.property },
        el("h3", {}, group.property),
        group.items.map((item) => relationItem(entity, group, item)),
        group.more ? el("p", { class: "muted" }, `and ${group.more} more; ask the SPARQL page for all`) : ""))) : el("p", { class: "muted" }, "No relation found in the articles."),
      neighbourhood(page),
      el("h2", {}, "Figures"),
      page.figures.length ? [el("p", { class: "muted" }, page.figureTotal > page.figures.length ? `${page.figures.length} of ${number(page.figureTotal)}${page.figureTotalCapped ? "+" : ""} figures; the figures query on the SPARQL page lists all. Click a column to sort.` : `${page.figures.length} figure${page.figures.length === 1 ? "" : "s"}; click a column to sort.`),
        el("div", { id: "figures" }, figuresTable(page.figures))] : el("p", { class: "muted" }, "No figure about it."),
      ratingsBlock(page.ratings, "Ratings and price targets by institution", "about"),
      ratingsBlock(page.ratingsGiven, "Ratings and price targets it gave", "by"));
  } catch (err) { fail(err); }
})();
