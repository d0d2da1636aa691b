"""Saved news pages (.html, .htm): trafilatura's main text, the page title as
headline, date and URL as metadata; boilerplate and readers' comments are
not read. Folders report the files they skip; a run with nothing to build
says so and fails.

tests/data/html/i14_siemens.html is a page written for these tests in the
shape of a German finance portal: navigation, cookie banner, byline, three
article paragraphs, readers' comments, a "most read" sidebar and a footer.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import DATA

from kg.errors import InputError
from kg.ingest import read_articles, skipped_files
from kg.records import Article

PAGE = DATA / "html" / "i14_siemens.html"
# Words that are only in the page's boilerplate, comments and sidebar.
NOT_ARTICLE = ("Startseite", "Cookies", "Leserkommentar", "Tesla", "Meistgelesen", "Volkswagen",
               "Impressum", "Newsletter", "Finanznachrichten Beispielportal")


def read_page_article(path: Path = PAGE) -> Article:
    [item] = list(read_articles([path]))
    assert isinstance(item, Article), item
    return item


def test_html_title_is_the_headline() -> None:
    assert read_page_article().title == "Siemens steigert Umsatz deutlich"


def test_html_date_and_url_are_metadata() -> None:
    article = read_page_article()
    assert article.published == date(2026, 3, 12)
    assert article.url == "https://news.example.org/2026/03/siemens-umsatz"


def test_html_text_is_the_article_without_tags() -> None:
    text = read_page_article().text
    assert "19,8 Milliarden Euro" in text and "Roland Busch" in text
    assert "<" not in text and "</p>" not in text


@pytest.mark.parametrize("word", NOT_ARTICLE)
def test_html_boilerplate_and_comments_are_dropped(word: str) -> None:
    assert word not in read_page_article().text


def test_html_htm_suffix_is_read_as_html(tmp_path: Path) -> None:
    page = tmp_path / "copy.HTM"
    shutil.copy(PAGE, page)
    assert read_page_article(page).title == "Siemens steigert Umsatz deutlich"


def test_html_page_without_text_is_one_input_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><script>x()</script></body></html>",
                    encoding="utf-8")
    [item] = list(read_articles([page]))
    assert isinstance(item, InputError) and str(item).startswith(f"{page}: ")


def test_html_folder_is_read_and_other_files_counted(tmp_path: Path) -> None:
    shutil.copy(PAGE, tmp_path / "a.html")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "d.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert [type(i) for i in items] == [Article]
    assert skipped_files([tmp_path]) == {tmp_path: {".pdf": 2, ".csv": 1}}


def test_html_build_stores_headline_date_and_url(kg_main, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = kg_main("build", PAGE, "--store", store, "-q")
    assert result.returncode == 0, result.stderr
    inner = ox.Store.read_only(str(store))
    [row] = list(inner.query(
        "PREFIX schema: <https://schema.org/> SELECT ?h ?d ?u WHERE { GRAPH ?g { "
        "?a schema:headline ?h ; schema:datePublished ?d ; schema:url ?u } }"))
    assert row["h"].value == "Siemens steigert Umsatz deutlich"
    assert row["d"].value == "2026-03-12"
    assert row["u"].value == "https://news.example.org/2026/03/siemens-umsatz"
    evidence = [s["e"].value for s in inner.query(
        "SELECT ?e WHERE { GRAPH ?g { ?n <https://w3id.org/finkg/ontology#evidence> ?e } }")]
    del inner
    assert evidence and not [e for e in evidence if any(w in e for w in NOT_ARTICLE)]


def test_html_build_of_a_folder_reports_skipped_files(kg_main, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(PAGE, folder / "a.html")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4")
    result = kg_main("build", folder, "--store", tmp_path / "store", "-q")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        (f"Warning: {folder}: skipped 1 file(s) in no article format (1 .pdf); articles are "
         ".htm, .html, .jsonl, .md, .ndjson, .txt")]


def test_html_build_with_nothing_to_build_fails(kg_main, tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "b.pdf").write_bytes(b"%PDF-1.4")
    result = kg_main("build", folder, "--store", tmp_path / "store")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Warning: ")
    assert lines[1] == (f"Error: nothing to build: no article files (.htm, .html, .jsonl, .md, "
                        f".ndjson, .txt) in {folder}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd-main", "pdfs"]
