"""The contract update in the extractor: banks are listed, index members and
covered, like companies (CONTRACT.md, "Relations"). Sentences written for
these tests."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.catalogue import load_catalogue
from kg.ingest import read_articles
from kg.nlp.document import Document
from kg.nlp.extract import Extractor
from kg.nlp.roles import covers_from
from kg.records import Article, Evidence, Figure, Rating, Relation, fits_contract


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _relations(extractor: Extractor, tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    [article] = list(read_articles([path]))
    assert isinstance(article, Article)
    return {(r.subject, r.predicate, r.object) for r in extractor.extract(article).relations}


def test_a_bank_the_article_is_about_is_listed_and_an_index_member(
        extractor: Extractor, tmp_path: Path) -> None:
    found = _relations(extractor, tmp_path, (
        "Commerzbank: Aktie legt zu\n"
        "Die Commerzbank steigerte ihren Gewinn im dritten Quartal deutlich. "
        "Die Commerzbank ist im DAX einer der größten Gewinner des Jahres. "
        "Die an der Frankfurter Börse gehandelte Aktie der Commerzbank stieg um 3 Prozent."))
    assert ("Commerzbank", "memberOf", "DAX") in found
    assert ("Commerzbank", "listedOn", "Frankfurt Stock Exchange") in found


def test_an_analyst_bank_beside_a_company_is_no_index_member(
        extractor: Extractor, tmp_path: Path) -> None:
    found = _relations(extractor, tmp_path, (
        "Siemens: Aktie legt zu\n"
        "Siemens meldet einen Rekordauftrag. "
        "Laut JPMorgan ist Siemens im DAX das wertvollste Unternehmen."))
    assert ("Siemens", "memberOf", "DAX") in found
    assert not {r for r in found if r[0] == "JPMorgan" and r[1] in ("memberOf", "listedOn")}


def test_a_forecast_or_rating_of_a_bank_makes_covers() -> None:
    document = Document(lang="de", sentences=[], catalogue=load_catalogue())
    evidence = Evidence(sentence="JPMorgan sieht die Deutsche Bank bei 30 Euro.", start=0,
                        end=44, extractor="figures/de")
    target = Figure(about="Deutsche Bank", metric="PriceTarget", value=Decimal(30), unit="EUR",
                    status="Estimate", estimated_by="JPMorgan", evidence=evidence)
    rating = Rating(by="Goldman Sachs", about="Commerzbank", rating="Buy", evidence=evidence)
    covers = {(r.subject, r.predicate, r.object)
              for r in covers_from(document, [target], [rating])}
    assert covers == {("JPMorgan", "covers", "Deutsche Bank"),
                      ("Goldman Sachs", "covers", "Commerzbank")}


def test_fits_contract_follows_the_updated_domains() -> None:
    assert fits_contract("listedOn", "FinancialInstitution", "StockExchange")
    assert fits_contract("memberOf", "StockExchange", "MarketIndex")
    assert fits_contract("covers", "FinancialInstitution", "FinancialInstitution")
    assert not fits_contract("listedOn", "AIModel", "StockExchange")
    assert not fits_contract("covers", "Company", "Company")
    assert not fits_contract("memberOf", "Company", None)


def test_the_extractor_writes_no_relation_the_contract_forbids(
        extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a finder proposes, a relation between entities of the wrong
    types never reaches the records (the shapes would refuse the batch)."""
    import kg.nlp.components as components

    evidence = Evidence(sentence="s", start=0, end=1, extractor="test/proposed")
    proposed = [Relation(subject=s, predicate="listedOn", object="Xetra", evidence=evidence)
                for s in ("Siemens", "Commerzbank", "DAX")]
    monkeypatch.setattr(components, "find_relations", lambda document: list(proposed))
    path = tmp_path / "article.txt"
    path.write_text("Siemens und Commerzbank\nSiemens und die Commerzbank legen im DAX zu.",
                    encoding="utf-8")
    [article] = list(read_articles([path]))
    assert isinstance(article, Article)
    found = {(r.subject, r.object) for r in extractor.extract(article).relations
             if r.evidence.extractor == "test/proposed"}
    # a company and a bank may be listed; an index may not
    assert found == {("Siemens", "Xetra"), ("Commerzbank", "Xetra")}
