"""Tests of kg.views.render and `kg viz`: the offline HTML page in headless
Chromium, its escaping of article text, and the PNG/SVG pictures.

Expected nodes and relations are the seed gold files' (seeds/*.gold.json).
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from conftest import seed_gold_relations

from kg.build import build
from kg.cli import main
from kg.nlp.extract import Extractor
from kg.rdf.store import Store
from kg.views.network import entity_graph
from kg.views.render import html_page, image, page_data, script_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The required relations of the seed gold files.
GOLD_EDGES = seed_gold_relations()
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def gold_entities() -> dict[str, str]:
    """Non-optional gold entity name → type, from both seeds."""
    found = {}
    for path in sorted(SEEDS.glob("*.gold.json")):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            if not entity.get("optional"):
                found[entity["name"]] = entity["type"]
    return found


def gold_relations() -> set[tuple[str, str, str]]:
    found = set()
    for path in sorted(SEEDS.glob("*.gold.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["relations"]:
            if isinstance(item, list):
                found.add(tuple(item))
            elif not item.get("optional"):
                found.add((item["s"], item["p"], item["o"]))
    return found


@pytest.fixture(scope="module")
def seed_graph(seed_store: Store) -> nx.MultiDiGraph:  # seed_store: conftest.py
    with seed_store.snapshot() as dataset:
        return entity_graph(dataset)


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium not found: install it with "
                "`apt-get update && apt-get install -y chromium`")


def render(chromium: str, page: Path, tmp_path: Path, fragment: str = "") -> str:
    """The DOM of ``page`` after its scripts ran, as Chromium serialises it."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    profile.mkdir()
    done = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000",
         "--dump-dom", page.resolve().as_uri() + fragment],
        capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Elements(HTMLParser):
    """Every element's tag and attributes, and the text inside chosen ids."""

    def __init__(self, text_of: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: dict[str, str] = dict.fromkeys(text_of, "")
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        self._open.append(values.get("id") if values.get("id") in self.text else None)

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for ident in {i for i in self._open if i}:
            self.text[ident] += data

    def having(self, attribute: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if attribute in a]


def parse(dom: str, *text_of: str) -> Elements:
    parser = Elements(text_of)
    parser.feed(dom)
    return parser


# ---------------------------------------------------------------- the page in Chromium


def test_viz_page_draws_gold_nodes_and_edges(chromium: str, seed_graph: nx.MultiDiGraph,
                                             tmp_path: Path) -> None:
    assert GOLD_EDGES <= gold_relations()
    page = tmp_path / "seed.html"
    page.write_text(html_page(seed_graph, title="Seed graph"), encoding="utf-8")
    dom = parse(render(chromium, page, tmp_path), "notice", "legend")
    assert any(a.get("data-rendered") == "true" for a in dom.having("data-rendered"))
    nodes = {a["data-label"]: a["data-type"] for a in dom.having("data-label")}
    for name, kind in gold_entities().items():
        assert nodes.get(name) == kind, name
    assert len(nodes) == len(seed_graph)
    edges = {(a["data-source"], a["data-property"], a["data-target"])
             for a in dom.having("data-property")}
    assert GOLD_EDGES <= edges
    assert len(edges) == seed_graph.number_of_edges()
    lonely = [n for n in seed_graph if seed_graph.degree(n) == 0]
    assert f"Showing {len(seed_graph) - len(lonely)} entities" in dom.text["notice"]
    assert f"{len(lonely)} entities without relations" in dom.text["notice"]
    for kind in set(gold_entities().values()):
        assert kind in dom.text["legend"]
    labels = [a for t, a in dom.elements if t == "li" and "data-type" in a
              and "data-label" not in a]
    assert len(labels) == len({d["type"] for _, d in seed_graph.nodes(data=True)})


def test_viz_page_shows_evidence_of_a_selected_entity(chromium: str, seed_graph: nx.MultiDiGraph,
                                                      tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(html_page(seed_graph), encoding="utf-8")
    dom = parse(render(chromium, page, tmp_path, "#select=Alibaba%20Cloud"), "details")
    details = " ".join(dom.text["details"].split())
    assert details.startswith("Alibaba Cloud")
    # Gold 003: Alibaba Cloud partnerOf International Olympic Committee, and its sentence.
    assert "Alibaba Cloud partnerOf International Olympic Committee" in details
    assert "Partnerschaft mit dem Internationalen Olympischen Komitee" in details
    assert "Cloud-Sparte" in details  # a gold alias of Alibaba Cloud


def test_viz_page_does_not_run_scripts_from_articles(chromium: str, extractor: Extractor,
                                                     tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    attack = "<script>document.documentElement.setAttribute('data-pwned','1')</script>"
    image_attack = "<img src=x onerror=\"document.title='PWNED'\">"
    (folder / "evil.txt").write_text(
        f"Alibaba Aktie {attack} {image_attack} steigt\n"
        f"Alibaba Cloud ist die Cloud-Sparte von Alibaba. {attack} Das Cloud-Geschäft wächst "
        "\u2028weiter.\n", encoding="utf-8")
    store = Store(tmp_path / "store")
    assert build([folder], store, extractor=extractor).ok
    with store.snapshot() as dataset:
        graph = entity_graph(dataset)
    headline = next(iter(graph.graph["articles"].values()))["headline"]
    assert attack in headline  # the article text really reaches the page
    page = tmp_path / "evil.html"
    text = html_page(graph, title=f"evil {attack}")
    page.write_text(text, encoding="utf-8")
    assert text.count("<script") == 2 and "<img" not in text and "\u2028" not in text
    dumped = render(chromium, page, tmp_path, "#select=Alibaba%20Group")
    dom = parse(dumped, "details", "title")
    assert not dom.having("data-pwned")
    assert "PWNED" not in dom.text["title"]
    assert not [a for t, a in dom.elements if t == "img"]
    # Shown as text: the headline is in the details of the selected entity.
    assert "data-pwned" in dom.text["details"] and "&lt;script&gt;" in dumped
    assert any(a.get("data-rendered") == "true" for a in dom.having("data-rendered"))


def test_viz_page_caps_a_large_graph_and_says_so(chromium: str, tmp_path: Path) -> None:
    big = nx.MultiDiGraph(articles={})
    for i in range(1200):
        big.add_node(f"n{i}", kind="entity", label=f"Entity {i}", type="Company", aliases=[],
                     articles=[], catalogue=False)
    for i in range(1, 1200):  # a tree, and a hub joined to the first hundred
        for j in {i // 3, 0} if i < 100 else {i // 3}:
            big.add_edge(f"n{i}", f"n{j}", key="partnerOf", property="partnerOf", support=1,
                         articles=[], evidence=[], catalogue=False, symmetric=True)
    page = tmp_path / "big.html"
    page.write_text(html_page(big, max_nodes=150), encoding="utf-8")
    dom = parse(render(chromium, page, tmp_path), "notice")
    drawn = dom.having("data-label")
    assert len(drawn) == 150
    assert "Entity 0" in {a["data-label"] for a in drawn}  # the hub is the best connected
    assert "best-connected of 1,200 entities" in dom.text["notice"]


# ---------------------------------------------------------------- page data, without a browser


def test_viz_script_json_escapes_what_could_end_the_script() -> None:
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_viz_page_is_self_contained(seed_graph: nx.MultiDiGraph) -> None:
    text = html_page(seed_graph)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "default-src 'none'" in text
    data = page_data(seed_graph, max_nodes=5)
    assert len(data["nodes"]) == 5 and data["note"]["capped"] is True
    assert data["note"]["total_nodes"] == len(seed_graph)
    assert data["nodes"][0]["label"] in {"Alibaba Group", "Alibaba Cloud"}


# ---------------------------------------------------------------- PNG and SVG


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the raw scanlines of a PNG, read with the standard library."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, width, height, idat = 8, 0, 0, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) == crc
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    assert len(raw) == height * (1 + width * channels)
    return width, height, raw


def test_viz_png_has_the_requested_size(seed_graph: nx.MultiDiGraph) -> None:
    width, height, raw = png_pixels(image(seed_graph, "png", width=640, height=420))
    assert (width, height) == (640, 420)
    rows = {raw[i:i + 1 + width * 4] for i in range(0, len(raw), 1 + width * 4)}
    assert len(rows) > 50  # not a blank picture


def test_viz_svg_has_the_requested_size_and_labels(seed_graph: nx.MultiDiGraph) -> None:
    svg = image(seed_graph, "svg", width=900, height=600).decode()
    assert re.search(r'<svg[^>]* width="900" height="600"', svg)
    assert "Entity type" in svg
    labels = {seed_graph.nodes[n]["label"]: seed_graph.degree(n) for n in seed_graph}
    for name in gold_entities():
        assert (f"<!-- {name} -->" in svg) == (labels[name] > 0), name
    lonely = sum(1 for degree in labels.values() if degree == 0)
    assert f"<!-- {lonely} entities without relations not drawn -->" in svg


def test_viz_command_writes_png(seed_store: Store, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "around.png"
    monkeypatch.setattr(sys, "argv", ["kg", "viz", "--format", "png", "-o", str(target),
                                      "--around", "Qwen", "--depth", "1", "--width", "500",
                                      "--height", "300", "--store", str(seed_store.path)])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code in (0, None)
    # Gold: Alibaba Group develops Qwen, Qwen competitorOf Llama: three nodes around Qwen.
    assert "(3 of 3 nodes drawn)" in capsys.readouterr().out
    assert png_pixels(target.read_bytes())[:2] == (500, 300)


def test_viz_page_carries_a_few_sentences_per_relation_and_counts_the_rest() -> None:
    """A popular entity's thousands of articles stay out of the page; the counts stay in."""
    graph = nx.MultiDiGraph(articles={})
    articles = [f"https://w3id.org/finkg/resource/article/a{i}" for i in range(40)]
    graph.add_node("x", label="X", type="Company", articles=articles)
    graph.add_node("y", label="Y", type="Company", articles=articles[:3])
    evidence = [{"sentence": f"sentence {i}", "article": a} for i, a in enumerate(articles[:12])]
    graph.add_edge("x", "y", key="partnerOf", property="partnerOf", support=12,
                   evidence=evidence, symmetric=True)
    data = page_data(graph)
    x = next(n for n in data["nodes"] if n["id"] == "x")
    assert x["article_count"] == 40 and 0 < len(x["articles"]) < 40
    (edge,) = data["edges"]
    assert edge["support"] == 12 and 0 < len(edge["evidence"]) < 12
    assert set(data["articles"]) <= set(articles)


# ---------------------------------------------------------------- labels, measured in Chromium

PROPERTIES = ["partnerOf", "competitorOf", "subsidiaryOf", "develops", "investsIn", "supplierOf",
              "locatedIn", "worksFor"]
NAME_WORDS = ["Nordlicht", "Alpen", "Rhein", "Hansa", "Delta", "Quantum", "Solar", "Vektor",
              "Orbit", "Kraft", "Atlas", "Falke", "Meridian", "Polaris", "Zenit"]
NAME_ENDS = ["AG", "SE", "Holding", "Group", "Technologies", "Capital Partners", "Bank",
             "Energy Solutions"]


def hundred_nodes(lonely: int = 8, edges: int = 140) -> nx.MultiDiGraph:
    """100 entities with names of news length, a spanning tree and random extra
    relations among 92 of them, and ``lonely`` entities in no relation (seeded)."""
    import random

    rnd = random.Random(3)
    graph = nx.MultiDiGraph(articles={})
    for i in range(100):
        graph.add_node(f"n{i}", kind="entity", type=rnd.choice(["Company", "Person", "Place"]),
                       label=f"{rnd.choice(NAME_WORDS)} {rnd.choice(NAME_ENDS)} {i}",
                       aliases=[], articles=[], catalogue=False)
    linked = 100 - lonely

    def relate(a: int, b: int) -> None:
        prop = rnd.choice(PROPERTIES)
        graph.add_edge(f"n{a}", f"n{b}", key=prop, property=prop, support=1, articles=[],
                       evidence=[], catalogue=False, symmetric=prop in ("partnerOf",
                                                                        "competitorOf"))
    for i in range(1, linked):
        relate(i, rnd.randrange(i))
    while graph.number_of_edges() < edges:
        relate(*rnd.sample(range(linked), 2))
    return graph


# Every label's box on screen, whether it is shown, and which kind it is.
MEASURE = """() => Array.from(document.querySelectorAll('#graph text')).map(t => {
  const r = t.getBoundingClientRect();
  return {kind: t.closest('.node') ? 'node' : 'edge', text: t.textContent,
          shown: getComputedStyle(t).display !== 'none' && r.width > 0,
          x0: r.left, y0: r.top, x1: r.right, y1: r.bottom};
})"""


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    playwright = pytest.importorskip("playwright.sync_api")
    chromium_path = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium_path is None:
        pytest.skip("headless Chromium not found: install it with "
                    "`apt-get update && apt-get install -y chromium`")
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=chromium_path, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield launched
        launched.close()


def labels_on_screen(browser, page: Path) -> list[dict]:  # type: ignore[no-untyped-def]
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    tab.goto(page.resolve().as_uri())
    tab.wait_for_selector("body[data-rendered=true]")
    boxes = tab.evaluate(MEASURE)
    svg = tab.evaluate("(() => { const r = document.getElementById('graph')"
                       ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()")
    tab.close()
    assert errors == []
    for box in boxes:
        box["inside"] = (box["x0"] >= svg[0] - 0.5 and box["y0"] >= svg[1] - 0.5
                         and box["x1"] <= svg[2] + 0.5 and box["y1"] <= svg[3] + 0.5)
    return boxes


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    shown = [b for b in boxes if b["shown"]]
    found = []
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            height = min(a["y1"], b["y1"]) - max(a["y0"], b["y0"])
            if width > 0.5 and height > 0.5:
                found.append((a["text"], b["text"]))
    return found


def test_viz_labels_of_the_seed_graph_all_shown_none_overlapping(browser, seed_graph,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(html_page(seed_graph), encoding="utf-8")
    boxes = labels_on_screen(browser, page)
    linked = {seed_graph.nodes[n]["label"] for n in seed_graph if seed_graph.degree(n)}
    assert {b["text"] for b in boxes if b["kind"] == "node" and b["shown"]} == linked
    assert len([b for b in boxes if b["kind"] == "edge" and b["shown"]]) == \
        seed_graph.number_of_edges()
    assert overlapping(boxes) == []
    assert all(b["inside"] for b in boxes if b["shown"])


def test_viz_labels_of_a_100_node_graph_do_not_overlap(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    graph = hundred_nodes()
    page = tmp_path / "hundred.html"
    page.write_text(html_page(graph), encoding="utf-8")
    boxes = labels_on_screen(browser, page)
    nodes = [b for b in boxes if b["kind"] == "node"]
    edges = [b for b in boxes if b["kind"] == "edge"]
    assert len(nodes) == 92 and len(edges) == graph.number_of_edges()
    assert overlapping(boxes) == []
    assert all(b["inside"] for b in boxes if b["shown"])
    # Overlaps are not avoided by hiding: most labels are there.
    assert sum(b["shown"] for b in nodes) >= 0.9 * len(nodes)
    assert sum(b["shown"] for b in edges) >= 0.5 * len(edges)


def test_viz_unconnected_entities_are_listed_not_drawn(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    graph = hundred_nodes(lonely=8)
    lonely = sorted(graph.nodes[n]["label"] for n in graph if graph.degree(n) == 0)
    page = tmp_path / "hundred.html"
    page.write_text(html_page(graph), encoding="utf-8")
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    tab.goto(page.resolve().as_uri())
    tab.wait_for_selector("body[data-rendered=true]")
    drawn = tab.evaluate("Array.from(document.querySelectorAll('#graph .node'))"
                         ".map(g => g.getAttribute('data-label'))")
    entry = tab.locator("#legend li[data-unconnected]")
    assert entry.inner_text().strip() == "8 entities without relations (not drawn)"
    assert not tab.locator("#unconnected").is_visible()
    entry.click()
    listed = tab.evaluate("Array.from(document.querySelectorAll('#unconnected li'))"
                          ".map(li => li.textContent)")
    assert tab.locator("#unconnected").is_visible()
    tab.locator("#unconnected li", has_text=lonely[0]).click()
    details = tab.locator("#details").inner_text()
    tab.close()
    assert sorted(listed) == lonely
    assert not set(lonely) & set(drawn) and len(drawn) == 92
    assert details.startswith(lonely[0])
