"""kg serve's browser pages in a real headless Chromium, driven by Playwright.

The server runs in this process on a free port over the seed store and over a
store of hostile articles; every page is loaded in Debian's Chromium
(``executable_path``, never a downloaded browser) and every test fails on a
console error or an uncaught page error, CSP violations included.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import price_target_store, serving

from kg.build import build
from kg.ingest import find_ad_blocks
from kg.query import LocalTarget
from kg.rdf.store import Store
from kg.serve import SparqlServer

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

pytest_plugins = ["conftest_remote"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_003 = "003_f293324dbb63daf1"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

HOSTILE = """Alibaba <script>window.__pwned = "headline"</script> und Nvidia
Alibaba Cloud kooperiert mit Nvidia <img src=x onerror="window.__pwned='img'"> bei KI-Chips.
Die Aktie von Alibaba stieg um 5 Prozent <script>window.__pwned = "text"</script> auf 120 US-Dollar.
Mehr unter javascript:window.__pwned='link' und <a href="javascript:window.__pwned='a'">hier</a>.
Alibaba konkurriert mit Tencent <svg onload="window.__pwned='svg'"></svg> im Cloud-Geschäft.
"""
HOSTILE_RECORD = {"id": "hostile_url", "url": "javascript:window.__pwned='url'",
                  "title": "Nvidia <b onmouseover=\"window.__pwned='b'\">bold</b>",
                  "text": "Nvidia steigert den Umsatz um 20 Prozent. Goldman Sachs stuft Nvidia "
                          "mit Buy ein."}


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium not found: install Debian's chromium")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE_RECORD) + "\n", encoding="utf-8")
    store = Store(folder / "store")
    report = build([folder / "hostile.txt", folder / "hostile.jsonl"], store)
    assert report.ok and report.built == 2
    return store


@pytest.fixture(scope="module")
def hostile_server(hostile_store: Store) -> Iterator[SparqlServer]:
    yield from serving(hostile_store)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object, tmp_path: Path) -> Iterator[object]:
    """A fresh page; the test fails if the page logs an error or throws."""
    context = browser.new_context(accept_downloads=True)  # type: ignore[attr-defined]
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
           if m.type in ("error", "warning") else None)
    tab.on("pageerror", lambda err: problems.append(f"page error: {err}"))
    yield tab
    context.close()
    assert problems == []


def visit(page: object, server: SparqlServer, path: str) -> None:
    page.goto(server.home + path.lstrip("/"))  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]


def gold(name: str) -> dict:
    return json.loads((SEEDS / f"{name}.gold.json").read_text(encoding="utf-8"))


def test_web_search_by_alias_opens_the_entity_page(page: object, server: SparqlServer) -> None:
    visit(page, server, "/")
    # "Aliyun" is an alias of Alibaba Cloud in the catalogue, not its name
    page.fill("#search", "aliyun")
    page.wait_for_selector("#suggestions li a")
    first = page.locator("#suggestions li a").first
    assert "Alibaba Cloud" in first.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_url("**/entity/alibaba-cloud")
    page.wait_for_selector("#title")
    assert page.inner_text("#title").startswith("Alibaba Cloud")


def test_web_home_shows_the_summary(page: object, server: SparqlServer,
                                    query_store: Store) -> None:
    visit(page, server, "/")
    articles = LocalTarget(query_store).run(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a fin:Article } }").records()[0]["n"]
    assert page.inner_text("#summary .stat >> nth=0") == articles
    assert page.locator("#latest li a").count() == int(articles)
    assert "Company" in page.inner_text("#types")


def test_web_entity_page_shows_the_partnership_with_its_sentence(
        page: object, server: SparqlServer) -> None:
    # gold: Alibaba Cloud partnerOf International Olympic Committee, in seed 003
    assert ["Alibaba Cloud", "partnerOf", "International Olympic Committee"] in \
        [r if isinstance(r, list) else [r["s"], r["p"], r["o"]] for r in gold(SEED_003)["relations"]]
    visit(page, server, "/entity/alibaba-cloud")
    section = page.locator('section[data-property="partnerOf"]')
    assert section.locator('a[href="/entity/international-olympic-committee"]').count() == 1
    sentence = section.locator(".evidence .sentence").first.inner_text()
    article = (SEEDS / f"{SEED_003}.txt").read_text(encoding="utf-8")
    assert sentence in article and "Partnerschaft" in sentence
    marked = section.locator(".evidence mark").all_inner_texts()
    assert "Alibaba Cloud" in marked
    assert section.locator(f'.evidence a[href="/article/{SEED_003}"]').count() == 1
    # the neighbourhood drawing links the partner to its page
    assert page.locator('#graph a[href="/entity/international-olympic-committee"]').count() == 1


def test_web_entity_figures_sort(page: object, server: SparqlServer) -> None:
    visit(page, server, "/entity/alibaba-group")
    header = page.locator("#figures th", has_text="value")
    header.click()

    def shown() -> list[float]:
        cells = page.locator("#figures tbody tr td:nth-child(2)").all_inner_texts()
        return [float(v.split()[-2].split("–")[0].replace(",", "")) for v in cells]

    ascending = shown()
    assert len(ascending) > 2 and ascending == sorted(ascending)
    header.click()
    assert shown() == sorted(ascending, reverse=True)


def test_web_article_page_marks_mentions_and_greys_ads(page: object, server: SparqlServer,
                                                       query_store: Store) -> None:
    visit(page, server, f"/article/{SEED_003}")
    titles = " ".join(t or "" for t in page.locator("#text .m").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('title'))"))
    mentioned = LocalTarget(query_store).run(
        "SELECT ?label { GRAPH kgr:article/003_f293324dbb63daf1 { ?a fin:mentions ?e } "
        "?e rdfs:label ?label }".replace("kgr:article/003_f293324dbb63daf1",
                                          f"<https://w3id.org/finkg/resource/article/{SEED_003}>")
    ).records()
    assert mentioned
    for row in mentioned:
        assert f"mention: {row['label']} (" in titles
    text = (SEEDS / f"{SEED_003}.txt").read_text(encoding="utf-8")
    assert page.inner_text("#text").strip() == text.strip()
    greyed = "".join(page.locator("#text .ad").all_inner_texts())
    spans = find_ad_blocks(text)
    assert spans and greyed == "".join(text[a:b] for a, b in spans)
    assert page.locator("#text .fact").count() > 0


def test_web_sparql_page_runs_a_named_query(page: object, server: SparqlServer,
                                            tmp_path: Path) -> None:
    visit(page, server, "/sparql")
    page.click('#examples button[data-name="partners"]')
    page.fill("#param-company", "Aliyun")
    page.click("#params button[type=submit]")
    # a locator wait: a string predicate would be evaluated by `eval` in the page,
    # which the page's Content Security Policy rightly refuses once it has to poll
    sync_api.expect(page.locator("#query")).to_have_value(re.compile("alibaba-cloud"))
    assert page.locator("#query").input_value().count("VALUES") >= 1
    assert page.locator(".editor pre .hl-keyword").count() > 3
    page.click("#run")
    page.wait_for_selector("#results table")
    # gold: the IOC is Alibaba Cloud's partner
    assert page.locator('#results a[href="/entity/international-olympic-committee"]').count() == 1
    with page.expect_download() as download:
        page.click("#csv")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows[0][0] == "partner"
    assert rows[1][0] == "https://w3id.org/finkg/resource/international-olympic-committee"


def test_web_hostile_article_runs_no_script(page: object, hostile_server: SparqlServer) -> None:
    visit(page, hostile_server, "/article/hostile")
    text = page.inner_text("#text")
    assert '<script>window.__pwned = "text"</script>' in text
    assert "onerror=" in text and "<svg onload=" in text
    assert page.locator("#main script, #main img, #main svg, #main iframe").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator('a[href^="javascript:"]').count() == 0
    page.hover("#text .m >> nth=0")
    assert page.evaluate("window.__pwned === undefined")


def test_web_hostile_entity_and_record_pages(page: object, hostile_server: SparqlServer) -> None:
    visit(page, hostile_server, "/entity/alibaba-cloud")
    evidence = page.inner_text('section[data-property="partnerOf"] .evidence')
    assert "<img src=x onerror=" in evidence
    visit(page, hostile_server, "/entity/alibaba-group")
    assert "<svg onload=" in page.inner_text('section[data-property="competitorOf"]')
    visit(page, hostile_server, "/article/hostile_url")
    assert "<b onmouseover=" in page.inner_text("#title")
    assert page.locator('a[href^="javascript:"]').count() == 0
    visit(page, hostile_server, "/sparql")
    page.fill("#query", "SELECT ?h WHERE { GRAPH ?a { ?a schema:headline ?h } }")
    page.click("#run")
    page.wait_for_selector("#results table")
    assert "<script>" in page.inner_text("#results")
    assert page.locator("#main script, #main img, #main b").count() == 0
    assert page.evaluate("window.__pwned === undefined")


def test_web_article_without_its_source_lists_the_facts(page: object, tmp_path: Path) -> None:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    store = Store(tmp_path / "store")
    build([copy], store)
    (copy / f"{SEED_003}.txt").unlink()
    for server in serving(store):
        visit(page, server, f"/article/{SEED_003}")
        assert "not available" in page.inner_text("#no-text")
        assert page.locator("#text").count() == 0
        # gold: Alibaba Cloud partnerOf International Olympic Committee
        assert "Alibaba Cloud partnerOf International Olympic Committee" in \
            page.inner_text("#facts")


def test_web_price_targets_over_time(page: object, tmp_path: Path) -> None:
    store = price_target_store(tmp_path)
    for server in serving(store):
        visit(page, server, "/entity/nvidia")
        tips = page.locator("svg.targets circle title").all_text_contents()
        assert tips == ["2026-01-10: 180 USD", "2026-02-20: 210 USD"]
        heights = [float(c) for c in page.locator("svg.targets circle").evaluate_all(
            "nodes => nodes.map(n => n.getAttribute('cy'))")]
        assert heights[1] < heights[0]  # the higher target is drawn higher
        rows = page.locator('table[data-who="about"] tbody tr').all_inner_texts()
        assert [r.split("\t")[:3] for r in rows] == [["2026-01-10", "Buy", "180 USD"],
                                                    ["2026-02-20", "Buy", "210 USD"]]
