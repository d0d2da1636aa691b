/* Shared by every page: safe DOM building, the JSON API, links and the search box.
 * Text from the store is only ever set as text (createTextNode / textContent), and
 * links are built from page keys or checked http(s) URLs, never from raw values. */
"use strict";

const finkg = (() => {
  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = String(value);
      else if (name === "href") node.setAttribute("href", safeHref(String(value)));
      else if (/^(class|id|title|type|name|value|placeholder|hidden|colspan|role|download|for|rel|target|lang|spellcheck|data-[a-z-]+|aria-[a-z]+)$/.test(name))
        node.setAttribute(name, String(value));
      else throw new Error("attribute not allowed: " + name);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Only pages of this server and http(s) addresses are linked. */
  function safeHref(url) {
    if (/^\/(?!\/)/.test(url)) return url;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed.href;
    } catch (err) { /* not a URL */ }
    return "#";
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (err) { body = null; }
    if (!response.ok) throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
    return body;
  }

  function typeClass(type) { return /^[A-Za-z]+$/.test(type || "") ? "t-" + type : "t-none"; }

  function entityLink(ref) {
    if (!ref) return "";
    if (!ref.key) return el("span", { class: "entity " + typeClass(ref.type), title: ref.iri }, ref.label);
    return el("a", { class: "entity " + typeClass(ref.type), href: "/entity/" + encodeURIComponent(ref.key),
                     title: ref.type || "" }, ref.label);
  }

  function typeBadge(type) { return type ? el("span", { class: "badge " + typeClass(type) }, type) : ""; }

  function articleLink(ref, text) {
    if (!ref || !ref.id) return el("span", {}, text || (ref && ref.headline) || "");
    return el("a", { href: "/article/" + encodeURIComponent(ref.id), title: ref.id },
              text || shorten(ref.headline || ref.id, 110));
  }

  function shorten(text, width) {
    const flat = String(text || "").replace(/\s+/g, " ").trim();
    return flat.length <= width ? flat : flat.slice(0, width - 1) + "…";
  }

  function number(value) {
    const n = Number(value);
    return Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: 4 }) : String(value ?? "");
  }

  function show(...children) {
    const main = document.getElementById("main");
    main.replaceChildren(...children.flat().filter(Boolean));
  }

  function fail(err) { show(el("p", { class: "error" }, String(err && err.message ? err.message : err))); }

  function pathKey(prefix) {
    const rest = location.pathname.slice(prefix.length);
    try { return decodeURIComponent(rest); } catch (err) { return rest; }
  }

  /** The search box: suggestions as you type, arrows and Enter to choose. */
  function setUpSearch() {
    const input = document.getElementById("search");
    const list = document.getElementById("suggestions");
    if (!input || !list) return;
    let active = -1, asked = 0, timer = null;
    const items = () => Array.from(list.querySelectorAll("li"));
    const mark = (index) => {
      items().forEach((item, i) => item.classList.toggle("active", i === index));
      active = index;
    };
    async function suggest() {
      const text = input.value.trim();
      const ticket = ++asked;
      if (!text) { list.hidden = true; list.replaceChildren(); return; }
      try {
        const found = await api("/api/search?q=" + encodeURIComponent(text));
        if (ticket !== asked) return;
        list.replaceChildren(...found.results.map((r) => el("li", { role: "option" },
          el("a", { href: "/entity/" + encodeURIComponent(r.key || "") }, typeBadge(r.type), el("span", {}, r.label),
             r.match && r.match !== r.label ? el("span", { class: "match" }, r.match) : ""))));
        if (!found.results.length) list.replaceChildren(el("li", { class: "muted" }, el("span", {}, "no entity found")));
        list.hidden = false;
        mark(found.results.length ? 0 : -1);
      } catch (err) {
        list.replaceChildren(el("li", { class: "error" }, err.message));
        list.hidden = false;
      }
    }
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
    input.addEventListener("keydown", (event) => {
      const all = items();
      if (event.key === "ArrowDown" && all.length) { mark((active + 1) % all.length); event.preventDefault(); }
      else if (event.key === "ArrowUp" && all.length) { mark((active - 1 + all.length) % all.length); event.preventDefault(); }
      else if (event.key === "Enter") {
        const link = all[active] && all[active].querySelector("a");
        if (link) { event.preventDefault(); location.assign(link.getAttribute("href")); }
      } else if (event.key === "Escape") { list.hidden = true; }
    });
    document.addEventListener("click", (event) => { if (!list.contains(event.target) && event.target !== input) list.hidden = true; });
  }

  /** A table whose columns sort when their header is clicked. */
  function sortableTable(columns, rows) {
    const body = el("tbody");
    let sortedBy = null, ascending = true;
    const heads = columns.map((column, index) => {
      const th = el("th", { class: column.sort ? "sortable" : "", title: column.sort ? "sort" : null }, column.title);
      if (column.sort) th.addEventListener("click", () => {
        ascending = sortedBy === index ? !ascending : true;
        sortedBy = index;
        heads.forEach((h) => h.classList.remove("sorted-asc", "sorted-desc"));
        th.classList.add(ascending ? "sorted-asc" : "sorted-desc");
        render(rows.slice().sort((a, b) => compare(column.sort(a), column.sort(b)) * (ascending ? 1 : -1)));
      });
      return th;
    });
    function compare(a, b) {
      if (a === b) return 0;
      if (a === null || a === undefined || a === "") return 1;
      if (b === null || b === undefined || b === "") return -1;
      return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
    }
    function render(list) {
      body.replaceChildren(...list.map((row) => el("tr", {}, columns.map((c) => el("td", { class: c.numeric ? "num" : "" }, c.cell(row))))));
    }
    render(rows);
    return el("table", {}, el("thead", {}, el("tr", {}, heads)), body);
  }

  document.addEventListener("DOMContentLoaded", setUpSearch);
  return { el, api, entityLink, articleLink, typeBadge, typeClass, shorten, number, show, fail, pathKey, sortableTable, safeHref };
})();
