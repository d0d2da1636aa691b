"""Helpers several test modules share: extraction from a written text, a SPARQL
server on a free port and a small dated store, so each module states only what it checks."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.catalogue import Catalogue
from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.rdf.store import Store
from kg.records import Extraction
from kg.serve import SparqlServer, make_server


def run(extractor: Extractor, body: str, lang: str = "de", headline: str = "Marktbericht",
        published: date | None = None) -> Extraction:
    """The extraction of an article made of ``headline`` and ``body``: the headline is
    its own line because the extractor weighs a company named there as the subject;
    ``published`` dates the periods that name no year."""
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=published)
    return extractor.extract(article)


def figure_facts(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    """Each figure as (about, metric, value, unit): what the figure tests compare."""
    return {(f.about, f.metric, f.value, f.unit) for f in x.figures}


def run_in(extractor: Extractor, body: str, lang: str, headline: str | None = None) -> Extraction:
    """:func:`run` with a plain headline of the language, where the test's company is not
    to be named in the headline."""
    return run(extractor, body, lang, headline or ("Marktbericht" if lang == "de" else "Market report"))


def employers(extractor: Extractor, body: str, lang: str, headline: str | None = None) -> set[tuple[str, str]]:
    """Each worksFor of :func:`run_in` on ``body`` as (person, employer): what the tests of
    posts compare where the title does not matter."""
    x = run_in(extractor, body, lang, headline)
    return {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}


def posts(extractor: Extractor, body: str, lang: str, person: str) -> dict[str, str | None]:
    """The employers of ``person`` in :func:`run_in` on ``body``, each with the role it holds."""
    x = run_in(extractor, body, lang)
    return {r.object: r.role for r in x.relations if r.predicate == "worksFor" and r.subject == person}


def metric_facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    """The (about, value) pairs of the figures of ``metric``."""
    return {(about, value) for about, m, value, _ in figure_facts(x) if m == metric}


def period_of(x: Extraction, metric: str, value: str) -> str | None:
    """The period of the single figure of ``metric`` and ``value``; the test fails where
    there is none or more than one."""
    [found] = [f.period for f in x.figures if f.metric == metric and f.value == Decimal(value)]
    return found


def report_moves(extractor: Extractor, body: str, lang: str) -> set[tuple[str, Decimal | None]]:
    """The share moves of ``body`` read inside a closing report (a headline and an opening on
    the index, in ``lang``), without the index's own: the setting lists of moves come in."""
    opening, headline = (("Der Dax stieg am Mittwoch um 0,4 Prozent. ", "Aktien Frankfurt Schluss")
                         if lang == "de" else
                         ("The S&P 500 rose 0.4% on Wednesday. ", "Stocks close higher"))
    x = run(extractor, opening + body, lang, headline=headline)
    return {(about, value) for about, value in metric_facts(x, "StockPriceChange")
            if about not in ("DAX", "S&P 500")}


def rating_facts(x: Extraction) -> set[tuple[str, str, str]]:
    """Each rating as (by, about, rating): what the rating tests compare."""
    return {(r.by, r.about, r.rating) for r in x.ratings}


def triples(x: Extraction) -> set[tuple[str, str, str]]:
    """The relations as (subject, predicate, object) labels, order-free."""
    return {(r.subject, r.predicate, r.object) for r in x.relations}


def rival_pairs(x: Extraction) -> set[frozenset[str]]:
    """The competitorOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


def located_in(catalogue: Catalogue, label: str) -> tuple[str, ...]:
    """The places the catalogue puts ``label`` in; the test fails where it knows no such entry."""
    entry = catalogue.get(label)
    assert entry is not None, label
    return entry.located_in


def labels(x: Extraction) -> set[str]:
    """The labels of the article's entities: what the entity probes look for."""
    return {e.label for e in x.entities}


def serving(store: Store) -> Iterator[SparqlServer]:
    """Serve ``store`` on a free 127.0.0.1 port for as long as the caller iterates;
    a generator so both fixtures (``yield from``) and tests (``for``) can use it."""
    server = make_server(store, port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def price_target_store(folder: Path) -> Store:
    """A store in ``folder`` of two dated articles in which Goldman Sachs raises its
    Nvidia target twice (150 → 180, then 180 → 210), published in reverse order, so a
    view must sort by date and keep only the new target of each "von … auf"."""
    records = folder / "targets.jsonl"
    lines = [
        {"id": "later", "published": "2026-02-20", "title": "Nvidia-Aktie: Kursziel angehoben",
         "text": "Goldman Sachs hebt das Kursziel für Nvidia von 180 auf 210 Dollar an und "
                 "bestätigt die Einstufung Buy."},
        {"id": "earlier", "published": "2026-01-10", "title": "Nvidia-Aktie: Kursziel angehoben",
         "text": "Goldman Sachs hebt das Kursziel für Nvidia von 150 auf 180 Dollar an und "
                 "bestätigt die Einstufung Buy."}]
    records.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    store = Store(folder / "store")
    build([records], store)
    return store


def store_quads(path: Path) -> set[str]:
    """Every quad of the store at ``path``, as text, read by pyoxigraph itself
    (not through finkg), so two stores can be compared quad for quad."""
    inner = ox.Store.read_only(str(path))
    try:
        return {str(q) for q in inner}
    finally:
        del inner


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str,
             key: Callable[..., object]) -> Counter[object]:
    """Replaces ``module.name`` by a wrapper that counts its calls by ``key`` of the arguments:
    how often costly work runs is what a speed rule changes, with the facts left as they were."""
    calls: Counter[object] = Counter()
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[key(*args)] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls
