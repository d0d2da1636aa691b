"""Entity descriptions are written once: catalogued entities in the catalogue
graph, the rest in the shared entity graph, which keeps no entity that no
article mentions any more (an article replaced or removed leaves no orphan).

The articles are written for these tests: "Nordwind Robotik" and "Kestrel
Avionics" are companies the catalogue does not know, Siemens one it does.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CATALOGUE_GRAPH, FIN, KGR, article_graph

from kg.build import build
from kg.nlp.extract import Extractor
from kg.rdf.store import Store

ENTITY_GRAPH = KGR + "graph/entities"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

NORDWIND = ("Nordwind Robotik hebt Prognose an\n\n"
            "Die Nordwind Robotik AG aus Hamburg hat im dritten Quartal einen Umsatz von "
            "120 Millionen Euro erzielt. Nordwind Robotik arbeitet mit Siemens zusammen.\n")
NORDWIND_AGAIN = ("Nordwind Robotik wächst\n\n"
                  "Die Nordwind Robotik AG hat ihren Umsatz im Quartal auf 140 Millionen Euro "
                  "gesteigert.\n")
SIEMENS = ("Siemens meldet Zahlen\n\n"
           "Siemens hat im Quartal einen Umsatz von 20 Milliarden Euro erzielt.\n")


def _write(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _quads(store: Store) -> set[tuple[str, str, str, str]]:
    with store.snapshot() as snapshot:
        return {(q.subject.value, q.predicate.value, q.object.value,
                 q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "")
                for q in snapshot.quads()}


def _described(store: Store) -> set[str]:
    """The entities the entity graph says anything about."""
    return {s for s, _, _, g in _quads(store) if g == ENTITY_GRAPH}


@pytest.fixture
def built(tmp_path: Path, extractor: Extractor) -> tuple[Store, Path]:
    folder = tmp_path / "news"
    _write(folder, {"nordwind": NORDWIND, "siemens": SIEMENS})
    store = Store(tmp_path / "store")
    report = build([folder], store, extractor=extractor)
    assert report.ok and report.built == 2
    return store, folder


def test_entity_graph_describes_the_discovered_company_once(built: tuple[Store, Path]) -> None:
    store, _ = built
    quads = _quads(store)
    nordwind = KGR + "nordwind-robotik"
    assert {(p, o, g) for s, p, o, g in quads if s == nordwind and p in (LABEL, TYPE)} == {
        (LABEL, "Nordwind Robotik", ENTITY_GRAPH), (TYPE, FIN + "Company", ENTITY_GRAPH)}


def test_entity_graph_catalogued_company_described_by_the_catalogue_only(
        built: tuple[Store, Path]) -> None:
    store, _ = built
    siemens = KGR + "siemens"
    graphs = {g for s, p, _, g in _quads(store) if s == siemens and p in (LABEL, TYPE)}
    assert graphs == {CATALOGUE_GRAPH}


def test_entity_graph_no_article_graph_describes_an_entity(built: tuple[Store, Path]) -> None:
    store, _ = built
    articles = {article_graph("nordwind"), article_graph("siemens")}
    # entity IRIs are kgr: and a slug; provenance nodes and articles have a path
    assert not [q for q in _quads(store) if q[3] in articles and q[1] in (LABEL, TYPE)
                and "/" not in q[0].removeprefix(KGR)]


def test_entity_graph_replaced_article_leaves_no_orphan(built: tuple[Store, Path],
                                                        extractor: Extractor,
                                                        tmp_path: Path) -> None:
    store, folder = built
    assert KGR + "nordwind-robotik" in _described(store)
    # the article now speaks of Siemens only
    _write(folder, {"nordwind": SIEMENS.replace("20 Milliarden", "21 Milliarden")})
    report = build([folder], store, extractor=extractor)
    assert (report.built, report.unchanged) == (1, 1)
    assert KGR + "nordwind-robotik" not in _described(store)
    # the same as a store built from the articles as they are now
    fresh = Store(tmp_path / "fresh")
    build([folder], fresh, extractor=extractor)
    assert _quads(store) == _quads(fresh)


def test_entity_graph_removed_article_leaves_no_orphan(built: tuple[Store, Path]) -> None:
    store, _ = built
    with store.write() as writer:
        writer.remove_graph(article_graph("nordwind"))
    assert not _described(store)
    assert not [q for q in _quads(store) if q[3] == article_graph("nordwind")]


def test_entity_graph_keeps_an_entity_another_article_still_mentions(
        built: tuple[Store, Path], extractor: Extractor) -> None:
    store, folder = built
    build(_write(folder, {"nordwind-again": NORDWIND_AGAIN}), store, extractor=extractor)
    with store.write() as writer:
        writer.remove_graph(article_graph("nordwind"))
    assert KGR + "nordwind-robotik" in _described(store)
    with store.write() as writer:
        writer.remove_graph(article_graph("nordwind-again"))
    assert KGR + "nordwind-robotik" not in _described(store)


def test_entity_graph_pieces_of_two_batches_are_merged(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    a, b = KGR + "article/a", KGR + "article/b"
    x, y = KGR + "x-corp", KGR + "y-corp"
    mentions = f"<{FIN}mentions>"
    with store.write() as writer:
        writer.replace_ntriples([(a, f"<{a}> {mentions} <{x}> .\n"),
                                 (ENTITY_GRAPH, f'<{x}> <{LABEL}> "X Corp" .\n')])
    with store.write() as writer:
        writer.replace_ntriples([(b, f"<{b}> {mentions} <{y}> .\n"),
                                 (ENTITY_GRAPH, f'<{y}> <{LABEL}> "Y Corp" .\n')])
    assert _described(store) == {x, y}
    # replacing b by a graph that mentions x instead drops y's description
    with store.write() as writer:
        writer.replace_ntriples([(b, f"<{b}> {mentions} <{x}> .\n")])
    assert _described(store) == {x}


def test_entity_graph_seed_store_alibaba_has_one_label(seed_store: Store) -> None:
    with seed_store.snapshot() as snapshot:
        rows = snapshot.values("SELECT ?l { kgr:alibaba-group rdfs:label ?l }", union=True)
    assert rows == [("Alibaba Group",)]


# Two articles print the same unknown company differently: one IRI (the slug
# is the same), so one label, the first printed; the other spellings are names.
SPELLED = ("Quarrytech wächst\n\n"
           "Die Quarrytech AG aus Bremen steigerte den Umsatz um 12 Prozent.\n")
RESPELLED = ("QuarryTech wächst\n\n"
             "Die QuarryTech AG aus Bremen steigerte den Umsatz um 10 Prozent.\n")
SHOUTED = ("QUARRYTECH wächst\n\n"
           "Die QUARRYTECH AG aus Bremen steigerte den Umsatz um 9 Prozent.\n")
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"


def _names(store: Store, entity: str) -> tuple[list[str], set[str]]:
    """The entity's labels and alternative labels in the entity graph."""
    quads = [q for q in _quads(store) if q[0] == entity and q[3] == ENTITY_GRAPH]
    return ([o for _, p, o, _ in quads if p == LABEL],
            {o for _, p, o, _ in quads if p == ALT_LABEL})


def test_entity_graph_two_spellings_in_one_batch_give_one_label(
        tmp_path: Path, extractor: Extractor) -> None:
    store = Store(tmp_path / "store")
    report = build(_write(tmp_path / "news", {"a": SPELLED, "b": RESPELLED}), store,
                   extractor=extractor)
    assert report.ok and report.built == 2  # the batch used to fail validation whole
    labels, names = _names(store, KGR + "quarrytech")
    assert labels == ["Quarrytech"]
    assert "QuarryTech" in names


def test_entity_graph_a_later_build_keeps_the_stored_label(
        tmp_path: Path, extractor: Extractor) -> None:
    store = Store(tmp_path / "store")
    build(_write(tmp_path / "news", {"a": SPELLED}), store, extractor=extractor)
    report = build(_write(tmp_path / "more", {"b": RESPELLED, "c": SHOUTED}), store,
                   extractor=extractor)
    assert report.ok and report.built == 2
    labels, names = _names(store, KGR + "quarrytech")
    assert labels == ["Quarrytech"]
    assert {"QuarryTech", "QUARRYTECH"} <= names


def test_entity_graph_shards_loaded_together_give_one_label(
        tmp_path: Path, extractor: Extractor) -> None:
    from kg.dist.shards import extract, load

    paths = _write(tmp_path / "news", {"a": SPELLED, "b": RESPELLED})
    extract(paths, tmp_path / "shards", part_size=1)  # one shard per article
    store = Store(tmp_path / "store")
    load(tmp_path / "shards", store)
    labels, _ = _names(store, KGR + "quarrytech")
    assert len(labels) == 1
