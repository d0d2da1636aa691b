/* The SPARQL page: an editor with highlighting, the named queries as examples with
 * their parameters as form fields, results as a table, CSV and JSON downloads.
 * Queries go to the read-only endpoint /query, like any SPARQL client's. */
"use strict";

(async () => {
  const { el, api, show, fail } = finkg;
  const KGR = "https://w3id.org/finkg/resource/";

  const textarea = el("textarea", { id: "query", spellcheck: "false", "aria-label": "SPARQL query" });
  const overlay = el("pre", { "aria-hidden": "true" });
  const editor = el("div", { class: "editor" }, overlay, textarea);
  const params = el("form", { class: "params", id: "params" });
  const status = el("span", { class: "muted", id: "status" });
  const results = el("div", { class: "results", id: "results" });
  const run = el("button", { type: "button", class: "primary", id: "run" }, "Run");
  const csv = el("button", { type: "button", id: "csv" }, "CSV");
  const json = el("button", { type: "button", id: "json" }, "JSON");
  const examples = el("ul", { class: "examples", id: "examples" });
  const about = el("p", { class: "muted", id: "about" });

  function refresh() { finkgHighlight.render(overlay, textarea.value); overlay.scrollTop = textarea.scrollTop; }
  textarea.addEventListener("input", refresh);
  textarea.addEventListener("scroll", () => { overlay.scrollTop = textarea.scrollTop; });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); execute(); }
  });

  async function ask(accept) {
    const response = await fetch("/query", { method: "POST", body: textarea.value,
      headers: { "Content-Type": "application/sparql-query", Accept: accept } });
    if (!response.ok) throw new Error((await response.text()).trim() || response.statusText);
    return response;
  }

  function cell(term) {
    if (!term) return "";
    if (term.type === "uri") {
      const rest = term.value.startsWith(KGR) ? term.value.slice(KGR.length) : null;
      if (rest && rest.startsWith("article/") && !rest.slice(8).includes("/")) return el("a", { href: "/" + rest }, "kgr:" + rest);
      if (rest && !rest.includes("/")) return el("a", { href: "/entity/" + encodeURIComponent(rest) }, "kgr:" + rest);
      return el("span", { title: term.value }, term.value);
    }
    return term.type === "bnode" ? "_:" + term.value : term.value;
  }

  async function execute() {
    run.disabled = true;
    status.textContent = "running…";
    const started = performance.now();
    try {
      const answer = await (await ask("application/sparql-results+json, text/turtle;q=0.5")).text();
      let data;
      try { data = JSON.parse(answer); } catch (err) { data = null; }
      const ms = Math.round(performance.now() - started);
      if (data && typeof data.boolean === "boolean") {
        results.replaceChildren(el("p", { class: "stat" }, String(data.boolean)));
        status.textContent = `${ms} ms`;
      } else if (data && data.results) {
        const vars = data.head.vars, rows = data.results.bindings;
        results.replaceChildren(el("table", {}, el("thead", {}, el("tr", {}, vars.map((v) => el("th", {}, v)))),
          el("tbody", {}, rows.map((row) => el("tr", {}, vars.map((v) => el("td", {}, cell(row[v]))))))));
        status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"} · ${ms} ms`;
      } else {
        results.replaceChildren(el("pre", {}, answer));
        status.textContent = `${ms} ms`;
      }
    } catch (err) {
      results.replaceChildren(el("p", { class: "error" }, err.message));
      status.textContent = "";
    } finally { run.disabled = false; }
  }

  async function download(accept, name) {
    try {
      const blob = await (await ask(accept)).blob();
      const link = el("a", { download: name });
      link.href = URL.createObjectURL(blob);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } catch (err) { results.replaceChildren(el("p", { class: "error" }, err.message)); }
  }

  async function choose(query, button) {
    examples.querySelectorAll("button").forEach((b) => b.classList.toggle("active", b === button));
    about.textContent = `${query.title}. ${query.description}`;
    params.replaceChildren(...query.params.flatMap((p) => [
      el("label", { for: "param-" + p.name, title: p.help }, `${p.name} (${p.kind})`),
      el("input", { id: "param-" + p.name, name: p.name, value: p.default || "", placeholder: p.help })]));
    const bind = el("button", { type: "submit", class: "small" }, "Bind parameters");
    if (query.params.length) params.append(el("span"), bind);
    params.onsubmit = async (event) => {
      event.preventDefault();
      await fill(query);
    };
    await fill(query);
  }

  async function fill(query) {
    const values = new URLSearchParams({ name: query.name });
    for (const input of params.querySelectorAll("input")) values.set(input.name, input.value);
    try {
      const bound = await api("/api/bind?" + values.toString());
      textarea.value = bound.text;
      status.textContent = "";
    } catch (err) { status.textContent = err.message; }
    refresh();
  }

  run.addEventListener("click", execute);
  csv.addEventListener("click", () => download("text/csv", "results.csv"));
  json.addEventListener("click", () => download("application/sparql-results+json", "results.json"));

  try {
    const library = await api("/api/queries");
    const prefixes = Object.entries(library.prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n");
    textarea.value = "SELECT ?s ?p ?o WHERE {\n  GRAPH ?g { ?s ?p ?o }\n} LIMIT 20\n";
    examples.replaceChildren(...library.queries.map((q) => {
      const button = el("button", { type: "button", "data-name": q.name, title: q.description }, q.title);
      button.addEventListener("click", () => choose(q, button));
      return el("li", {}, button);
    }));
    show(el("h1", {}, "SPARQL"),
      el("div", { class: "columns" },
        el("div", {}, el("h3", {}, "Named queries"), examples),
        el("div", {}, about, params, editor,
          el("div", { class: "toolbar" }, run, el("span", { class: "muted" }, "Ctrl+Enter"), "·", "download", csv, json, status),
          el("details", {}, el("summary", { class: "muted" }, "predeclared prefixes"), el("pre", { class: "prefixes" }, prefixes)),
          results)));
    refresh();
  } catch (err) { fail(err); }
})();
