/* An article page: the text as read, every mention and fact marked where the
 * extractor found it (hover for what it found), the ad blocks greyed. */
"use strict";

(async () => {
  const { el, api, show, fail, entityLink, typeClass, number, pathKey } = finkg;
  const id = pathKey("/article/");

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  /** Every occurrence of the names the article recorded for each entity, outside ad blocks. */
  function occurrences(text, entities, ads) {
    const found = [];
    const inAd = (start, end) => ads.some(([a, b]) => start < b && end > a);
    for (const entity of entities) {
      const names = [entity.label, ...entity.names].filter((n) => n && n.trim()).sort((a, b) => b.length - a.length);
      if (!names.length) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
      for (const match of text.matchAll(pattern)) {
        const start = match.index, end = start + match[0].length;
        if (!inAd(start, end)) found.push({ kind: "mention", start, end, entity, summary: `${entity.label} (${entity.type || "entity"})` });
      }
    }
    return found;
  }

  /** The text cut at every span boundary; each piece knows the spans covering it. */
  function pieces(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i], end = points[i + 1];
      out.push({ text: text.slice(start, end), covering: spans.filter((s) => s.start <= start && s.end >= end) });
    }
    return out;
  }

  function render(text, spans) {
    return pieces(text, spans).map((piece) => {
      if (!piece.covering.length) return piece.text;
      const kinds = new Set(piece.covering.map((s) => s.kind));
      const mention = piece.covering.find((s) => s.kind === "mention");
      const classes = [];
      if (kinds.has("ad")) classes.push("ad");
      if (mention) classes.push("m", typeClass(mention.entity && mention.entity.type));
      if (kinds.has("relation") || kinds.has("figure") || kinds.has("rating")) classes.push("fact");
      const title = [...new Set(piece.covering.filter((s) => s.summary).map((s) => `${s.kind}: ${s.summary}`))].join("\n");
      return el("span", { class: classes.join(" "), title: title || null, "data-kinds": [...kinds].join(" ") }, piece.text);
    });
  }

  function factList(facts) {
    return el("table", { id: "facts" }, el("thead", {}, el("tr", {}, el("th", {}, "kind"), el("th", {}, "what"), el("th", {}, "span"), el("th", {}, "sentence"))),
      el("tbody", {}, facts.map((f) => el("tr", {}, el("td", {}, f.kind), el("td", {}, f.entity ? entityLink(f.entity) : f.summary),
        el("td", { class: "num" }, f.start !== null ? `${f.start}–${f.end}` : ""), el("td", {}, f.sentence)))));
  }

  try {
    const page = await api("/api/article/" + encodeURIComponent(id));
    const a = page.article;
    document.title = `${finkg.shorten(a.headline, 60)} · finkg`;
    const byIri = new Map(page.entities.map((e) => [e.iri, e]));
    const facts = page.facts.filter((f) => f.kind !== "mention");
    const head = [
      el("h1", { id: "title" }, finkg.shorten(a.headline, 200)),
      el("p", { class: "muted" }, [a.date, a.lang, `${number(page.entities.length)} entities`, `${number(facts.length)} facts`,
        `${number(a.adBlocks)} ad block${a.adBlocks === 1 ? "" : "s"} removed`].filter(Boolean).join(" · "), " · ",
        a.url ? el("a", { href: a.url, rel: "noopener noreferrer" }, "original") : el("span", {}, a.source || "")),
      el("div", { class: "tags", id: "entities" }, page.entities.map((e) => entityLink(e))),
    ];
    const legend = el("div", { class: "legend" }, el("span", { class: "m t-Company" }, "entity mention (colour by type)"),
      el("span", { class: "fact" }, "relation, figure or rating"), el("span", { class: "ad" }, "removed ad block"),
      el("span", { class: "muted" }, "hover a mark for what was extracted"));
    if (page.text === null) {
      show(head, el("p", { class: "muted", id: "no-text" }, `The text is not available here: the source (${a.source || "unknown"}) cannot be read from this server, or it changed since the build. What was extracted:`),
        factList(page.facts));
      return;
    }
    const stored = page.facts.filter((f) => f.start !== null && f.end !== null && f.end <= page.text.length)
      .map((f) => ({ ...f, entity: f.entity ? byIri.get(f.entity.iri) || f.entity : null }));
    const ads = page.adSpans.map(([start, end]) => ({ kind: "ad", start, end, summary: "" }));
    const seen = new Set(stored.filter((f) => f.kind === "mention").map((f) => `${f.start}:${f.end}`));
    const extra = occurrences(page.text, page.entities, page.adSpans).filter((m) => !seen.has(`${m.start}:${m.end}`));
    show(head, legend, el("div", { class: "text", id: "text", lang: a.lang || null }, render(page.text, [...ads, ...stored, ...extra])),
      el("h2", {}, "Extracted"), factList(page.facts));
  } catch (err) { fail(err); }
})();
