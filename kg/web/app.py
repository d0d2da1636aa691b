"""The browser interface of ``kg serve``: pages, static files and a small JSON API.

Pages are one static HTML shell each (``/``, ``/entity/{key}``,
``/article/{id}``, ``/sparql``) that loads the page's script from
``/static/``; the script asks the JSON API under ``/api/`` and builds the
page with DOM calls and ``textContent``. No text from the store is ever
put into HTML, by the server or by the scripts, and the
Content-Security-Policy allows scripts, styles and requests from this
server only (no inline script, no ``eval``), so an article that carries
``<script>`` or ``onerror=`` is shown as the text it is.

The API, each answer JSON:

* ``/api/summary``: articles, entities by type, latest articles;
* ``/api/search?q=``: entities by name, alias or ticker;
* ``/api/entity/{key}``: the entity page (:func:`kg.web.reads.entity.entity_page`);
* ``/api/evidence?s=&p=&o=&offset=``: more sentences for one relation;
* ``/api/neighbourhood/{key}?depth=1|2``: nodes and edges around an entity;
* ``/api/article/{id}``: an article's text, ad blocks, mentions and facts;
* ``/api/queries``: the named queries with their parameters;
* ``/api/bind?name=&{param}=``: a named query's text with its parameters bound.

Every request opens the store read-only through :meth:`Store.snapshot`, like
the SPARQL endpoint, so a build can write between two requests. Every API
answer carries a ``Server-Timing`` header (:mod:`kg.web.timing`): the
server's own time, apart from the transfer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import FinkgError, QueryError, StoreError
from kg.query import LocalTarget, bind_named, load_library
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import Store
from kg.records import PROPERTIES
from kg.views.network import TYPE_COLOURS
from kg.web.reader import PageSnapshot, StoreReader
from kg.web.reads.articles import article_facts, article_meta
from kg.web.reads.common import article_iri, entity_iri
from kg.web.reads.entity import entity_page
from kg.web.reads.graph import neighbourhood
from kg.web.reads.relations import EVIDENCE_PAGE, evidence, mark_sentences, surface_names
from kg.web.reads.search import suggest, summary
from kg.web.source import source_text
from kg.web.timing import note, part, timing

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_STATIC_NAME = re.compile(r"[a-z0-9-]+\.(js|css|svg)")
_MEDIA = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
          "svg": "image/svg+xml"}
_SCRIPTS = {"home": ("home.js",), "entity": ("graph.js", "entity.js"),
            "article": ("article.js",), "sparql": ("highlight.js", "sparql.js")}


@dataclass
class Response:
    """What the server sends back."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _json(value: Any, status: int = HTTPStatus.OK) -> Response:
    with part("json"):
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, "application/json; charset=utf-8", body)


def _error(status: int, message: str) -> Response:
    return _json({"error": message}, status)


def shell(page: str) -> bytes:
    """The HTML of a page: the same fixed shell for each, naming the page's scripts."""
    scripts = "".join(f'<script src="/static/{name}" defer></script>'
                      for name in ("common.js", *_SCRIPTS[page]))
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>finkg</title><link rel="icon" href="/static/icon.svg" type="image/svg+xml">'
        '<link rel="stylesheet" href="/static/app.css">'
        f'<link rel="stylesheet" href="/static/types.css">{scripts}</head>'
        f'<body data-page="{page}"><header><nav><a class="brand" href="/">finkg</a>'
        '<a href="/sparql">SPARQL</a></nav><div class="search" role="search">'
        '<input id="search" type="search" autocomplete="off" spellcheck="false" '
        'placeholder="Search a company, alias or ticker" aria-label="Search entities">'
        '<ul id="suggestions" class="suggestions" role="listbox" hidden></ul></div></header>'
        '<main id="main"><p class="loading">Loading…</p></main></body></html>'
    ).encode()


def type_css() -> bytes:
    """One colour class per entity type, the colours of ``kg viz``."""
    rules = [f".t-{kind}{{--type:{colour}}}" for kind, colour in TYPE_COLOURS.items()]
    return "\n".join(rules).encode("utf-8")


def static_file(name: str) -> Response | None:
    """A file shipped in ``kg/web/static/`` (names are checked against a strict pattern)."""
    if name == "types.css":
        return Response(HTTPStatus.OK, _MEDIA["css"], type_css())
    match = _STATIC_NAME.fullmatch(name)
    if match is None:
        return None
    asset = resources.files("kg.web").joinpath("static").joinpath(name)
    if not asset.is_file():
        return None
    return Response(HTTPStatus.OK, _MEDIA[match[1]], asset.read_bytes(),
                    {"Cache-Control": "no-cache"})


class WebApp:
    """The pages and the JSON API over one store."""

    def __init__(self, store: Store, roots: list[Path] | None = None) -> None:
        self.store = store
        self.roots = roots if roots is not None else [Path.cwd(),
                                                      store.path.resolve().parent.parent]
        self.reader = StoreReader(store)
        self._api: dict[str, Callable[[PageSnapshot, str, Mapping[str, str]], Response]] = {
            "summary": self._summary, "search": self._search, "entity": self._entity,
            "evidence": self._evidence, "neighbourhood": self._neighbourhood,
            "article": self._article}

    def get(self, path: str, params: Mapping[str, str]) -> Response | None:
        """The answer to ``GET path``, None when the path is not one of the interface's."""
        if path == "/":
            return Response(HTTPStatus.OK, "text/html; charset=utf-8", shell("home"))
        if path == "/sparql":
            return Response(HTTPStatus.OK, "text/html; charset=utf-8", shell("sparql"))
        page = re.fullmatch(r"/(entity|article)/([^/]+)", path)
        if page:
            return Response(HTTPStatus.OK, "text/html; charset=utf-8", shell(page[1]))
        if path.startswith("/static/"):
            return static_file(path[len("/static/"):])
        api = re.fullmatch(r"/api/([a-z]+)(?:/([^/]+))?", path)
        if api is None:
            return None
        name, arg = api[1], api[2] or ""
        with timing() as timer:
            response = self._answer(name, arg, params)
            if response is not None:
                response.headers["Server-Timing"] = timer.header()
        return response

    def _answer(self, name: str, arg: str, params: Mapping[str, str]) -> Response | None:
        """The answer of API call ``name``, the store opened for it when it reads the store."""
        try:
            if name == "queries":
                return self._queries()
            if name == "bind":
                return self._bind(params)
            handler = self._api.get(name)
            if handler is None:
                return None
            with ExitStack() as stack:
                with part("open"):
                    snapshot = stack.enter_context(self.reader.snapshot())
                return handler(snapshot, arg, params)
        except StoreError as err:
            return _error(HTTPStatus.SERVICE_UNAVAILABLE, str(err))
        except (OSError, FinkgError, SyntaxError) as err:
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the request failed: {err}")

    # ---------------------------------------------------------------- API handlers

    def _summary(self, snapshot: PageSnapshot, _arg: str, _params: Mapping[str, str]
                 ) -> Response:
        # counting a big store takes seconds: once per state of the store
        found = snapshot.memo.get("summary")
        note("cache", "hit" if found is not None else "miss")
        if found is None:
            with part("summary"):
                found = snapshot.memo["summary"] = summary(snapshot)
        return _json({"store": str(self.store.path), **found})

    def _search(self, snapshot: PageSnapshot, _arg: str, params: Mapping[str, str]) -> Response:
        return _json({"results": suggest(snapshot, params.get("q", "")[:200])})

    def _entity(self, snapshot: PageSnapshot, key: str, _params: Mapping[str, str]) -> Response:
        page = entity_page(snapshot, key)
        if page is None:
            return _error(HTTPStatus.NOT_FOUND, f"no entity {key!r} in this store")
        return _json(page)

    def _evidence(self, snapshot: PageSnapshot, _arg: str, params: Mapping[str, str]) -> Response:
        s, o = entity_iri(params.get("s", "")), entity_iri(params.get("o", ""))
        prop = params.get("p", "")
        offset = params.get("offset", "0")
        if s is None or o is None or prop not in PROPERTIES or not offset.isdigit():
            return _error(HTTPStatus.BAD_REQUEST,
                          "give s and o (entity keys), p (a relation) and offset (a number)")
        items = evidence(snapshot, s.value, prop, o.value, limit=EVIDENCE_PAGE,
                         offset=int(offset))
        mark_sentences(snapshot, items, surface_names(snapshot, [s.value, o.value]))
        return _json({"evidence": items})

    def _neighbourhood(self, snapshot: PageSnapshot, key: str, params: Mapping[str, str]
                       ) -> Response:
        depth = params.get("depth", "1")
        if depth not in ("1", "2"):
            return _error(HTTPStatus.BAD_REQUEST, "depth is 1 or 2")
        found = neighbourhood(snapshot, key, int(depth))
        if found is None:
            return _error(HTTPStatus.NOT_FOUND, f"no entity {key!r} in this store")
        return _json(found)

    def _article(self, snapshot: PageSnapshot, ident: str, _params: Mapping[str, str]) -> Response:
        iri = article_iri(ident)
        meta = article_meta(snapshot, iri) if iri is not None else None
        if iri is None or meta is None:
            return _error(HTTPStatus.NOT_FOUND, f"no article {ident!r} in this store")
        with part("facts"):
            entities, facts = article_facts(snapshot, iri)
        with part("text"):
            text = source_text(meta["source"], meta["sha256"], self.roots)
        return _json({"article": meta, "entities": entities, "facts": facts,
                      "text": text.text if text else None,
                      "adSpans": [list(span) for span in text.ad_spans] if text else []})

    def _queries(self) -> Response:
        library = load_library()
        return _json({"prefixes": PREFIXES, "queries": [
            {"name": q.name, "title": q.title, "description": q.description, "text": q.text,
             "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help}
                        for p in q.params]} for q in library.values()]})

    def _bind(self, params: Mapping[str, str]) -> Response:
        library = load_library()
        query = library.get(params.get("name", ""))
        if query is None:
            return _error(HTTPStatus.NOT_FOUND, "no such named query")
        values = {k: v for k, v in params.items() if k != "name" and v.strip()}
        try:
            text = bind_named(LocalTarget(self.store), query, values)
        except QueryError as err:
            return _error(HTTPStatus.BAD_REQUEST, str(err))
        return _json({"text": text})


__all__ = ["CONTENT_SECURITY_POLICY", "Response", "WebApp", "shell", "static_file", "type_css"]
