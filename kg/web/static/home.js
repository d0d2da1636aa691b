/* The home page: the search box (common.js) and what the store holds. */
"use strict";

(async () => {
  const { el, api, show, fail, articleLink, typeBadge, number } = finkg;
  try {
    const summary = await api("/api/summary");
    const stat = (label, value) => el("div", { class: "card" }, el("div", { class: "stat" }, number(value)), el("div", { class: "muted" }, label));
    const types = Object.entries(summary.entitiesByType);
    show(
      el("h1", {}, "finkg"),
      el("p", { class: "muted" }, "Search an entity above by name, alias or ticker, or ask the graph in ",
         el("a", { href: "/sparql" }, "SPARQL"), "."),
      el("div", { class: "grid", id: "summary" },
         stat("articles", summary.articles), stat("entities", summary.entities),
         stat("relation statements", summary.relations), stat("figures", summary.figures),
         stat("analyst ratings", summary.ratings), stat("ad blocks removed", summary.adBlocks)),
      el("h2", {}, "Entities by type"),
      el("div", { class: "tags", id: "types" }, types.map(([type, n]) => el("span", { class: "tag" }, typeBadge(type), " ", number(n)))),
      el("h2", {}, "Latest articles"),
      el("ul", { id: "latest" }, summary.latest.map((a) => el("li", {}, a.date ? el("span", { class: "muted" }, a.date + " ") : "", articleLink(a)))),
      el("p", { class: "muted" }, "Store: ", summary.store));
  } catch (err) { fail(err); }
})();
