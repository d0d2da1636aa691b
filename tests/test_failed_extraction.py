"""An article whose extraction raises (a bug in a rule) costs only that article.

A build of thousands of articles must not stop, with a traceback, at the one
sentence a rule mishandles: the article is named in one line, the build's exit
code says it failed, and every other article is written. The library call
``Extractor.extract`` still raises, so tests and users of the library see the
bug itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from kg.build import build
from kg.ingest import make_article
from kg.nlp.extract import Extractor, Failed
from kg.rdf.store import Store
from kg.records import Article, Extraction


class _BrokenOn(Extractor):
    """The extractor with a rule that fails on any text containing ``word``."""

    def __init__(self, word: str) -> None:
        super().__init__()
        self._word = word

    def _from_doc(self, article: Article, doc: Doc) -> Extraction:
        if self._word in article.clean_text:
            raise ValueError("a figure has either a value\nor a min/max range")
        return super()._from_doc(article, doc)


def _article(name: str, text: str) -> Article:
    return make_article(text=text, source=f"{name}.txt", article_id=name, lang="de")


def test_each_article_gets_its_extraction_or_its_failure() -> None:
    articles = [_article("a", "BASF wächst\nBASF steigerte den Umsatz um 5 Prozent.\n"),
                _article("b", "Covestro schrumpft\nCovestro verliert Kunden.\n"),
                _article("c", "Siemens wächst\nSiemens steigerte den Umsatz um 3 Prozent.\n")]
    results = list(_BrokenOn("Covestro").extract_each(articles))
    assert [type(r) for r in results] == [Extraction, Failed, Extraction]
    failed = results[1]
    assert isinstance(failed, Failed) and failed.article.id == "b"
    assert "\n" not in failed.reason and failed.reason.startswith("ValueError: a figure")
    assert {e.label for e in results[2].entities} >= {"Siemens"}  # type: ignore[union-attr]


def test_the_library_call_still_raises_the_error() -> None:
    with pytest.raises(ValueError, match="min/max range"):
        _BrokenOn("Covestro").extract(_article("b", "Covestro schrumpft\nCovestro verliert.\n"))


def test_a_build_names_the_failed_article_and_writes_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good1.txt").write_text("BASF wächst\nBASF steigerte den Umsatz um 5 Prozent.\n",
                                      encoding="utf-8")
    (folder / "bad.txt").write_text("Covestro schrumpft\nCovestro verliert Kunden.\n",
                                    encoding="utf-8")
    (folder / "good2.txt").write_text("Siemens wächst\nSiemens steigerte den Umsatz.\n",
                                      encoding="utf-8")
    store = Store(tmp_path / "store")
    report = build([folder], store, extractor=_BrokenOn("Covestro"), batch_size=10)
    assert not report.ok
    assert len(report.errors) == 1
    line = report.errors[0]
    assert "bad.txt" in line and "extraction failed" in line and "\n" not in line
    written = {iri.rsplit("/", 1)[-1] for iri in store.article_hashes()}
    assert {"good1", "good2"} <= written and "bad" not in written
