/* A small SPARQL highlighter: the text is cut into tokens, each put into a span
 * with a class by kind (keyword, variable, IRI, prefixed name, string, number,
 * comment). Only text nodes are made: the query is never parsed as HTML. */
"use strict";

const finkgHighlight = (() => {
  const KEYWORDS = new Set(("select distinct reduced where from named prefix base optional union minus graph service " +
    "filter bind values as order by asc desc limit offset group having construct describe ask not exists in " +
    "count sum min max avg sample group_concat separator str lang langmatches datatype bound iri uri bnode " +
    "rand abs ceil floor round concat strlen ucase lcase encode_for_uri contains strstarts strends strbefore " +
    "strafter year month day hours minutes seconds timezone tz now uuid struuid md5 sha1 sha256 sha384 sha512 " +
    "coalesce if strlang strdt sameterm isiri isuri isblank isliteral isnumeric regex substr replace true false a").split(" "));
  const TOKEN = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][\p{L}\p{N}_]+)|([\p{L}_][\p{L}\p{N}_.-]*:[\p{L}\p{N}_.%-]*|:[\p{L}\p{N}_.%-]*)|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([\p{L}_][\p{L}\p{N}_]*)/gu;
  const KINDS = ["comment", "string", "iri", "var", "pname", "number", "word"];

  /** [[text, kind|null], …] covering the whole text. */
  function tokens(text) {
    const out = [];
    let at = 0;
    for (const match of text.matchAll(TOKEN)) {
      if (match.index > at) out.push([text.slice(at, match.index), null]);
      const group = match.slice(1).findIndex((g) => g !== undefined);
      let kind = KINDS[group];
      if (kind === "word") kind = KEYWORDS.has(match[0].toLowerCase()) ? "keyword" : null;
      out.push([match[0], kind]);
      at = match.index + match[0].length;
    }
    if (at < text.length) out.push([text.slice(at), null]);
    return out;
  }

  function render(target, text) {
    const nodes = tokens(text).map(([part, kind]) => {
      if (!kind) return document.createTextNode(part);
      const span = document.createElement("span");
      span.className = "hl-" + kind;
      span.textContent = part;
      return span;
    });
    nodes.push(document.createTextNode("\n"));  // keeps the last line's height like the textarea's
    target.replaceChildren(...nodes);
  }

  return { tokens, render };
})();
