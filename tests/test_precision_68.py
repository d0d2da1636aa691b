"""An entity whose name an article prints otherwise than the catalogue ("Adnoc" of "ADNOC",
"Youtube" of "YouTube") names the catalogued node: where entities become RDF that node keeps
the catalogue's label and type, the article's spelling one more name of it, whichever path
minted the entity; and an article whose graph does not conform is reported in one line and
left out, while the rest of its batch is written and the build says it failed. Also: a period
between a metric word and its change ("die Dividende für das Geschäftsjahr 2026 um 20 Prozent")
is no share move; a contingent value right's worth per share is no dividend; a cause that cuts
a metric by an amount gives no loss; a pronoun clause before a rival noun leaves the last unit
out; Walmart's reporting segments own their figures; a new paragraph that names no company
goes back to the article's. Sentences written for these tests, with catalogued companies and
invented facts, each with a look-alike that keeps its reading."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import run
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import SKOS

from kg.build import build
from kg.catalogue import Catalogue
from kg.ingest import make_article
from kg.nlp.extract import Extractor, Failed
from kg.rdf.iri import entity_iri
from kg.rdf.mapper import catalogue_triples, entity_triples, to_triples
from kg.rdf.namespaces import FIN
from kg.rdf.shapes import fast_checker
from kg.rdf.store import Store
from kg.records import Article, Entity, Evidence, Extraction, Figure


def _evidence(sentence: str) -> Evidence:
    return Evidence(sentence=sentence, start=0, end=len(sentence), extractor="test")


def _extraction(extractor: Extractor, *entities: tuple[str, str]) -> Extraction:
    """An extraction that names the given (label, type) entities, as a minting path would."""
    article = run(extractor, "Ein Satz ohne Namen.").article
    return Extraction(article=article, entities=tuple(
        Entity(label=label, type=kind, evidence=_evidence(label))  # type: ignore[arg-type]
        for label, kind in entities))


def _described(triples: Iterable[tuple[object, object, object]], node: URIRef,
               prop: URIRef) -> set[str]:
    return {str(o) for s, p, o in triples if s == node and p == prop}


# --- one check where entities become RDF -------------------------------------------------------

@pytest.mark.parametrize(("printed", "kind", "catalogued"), [
    ("Adnoc", "Company", "ADNOC"),              # discovered in other capitals
    ("Youtube", "BusinessUnit", "YouTube"),     # a unit of another kind than the catalogue's
    ("JENSEN HUANG", "Person", "Jensen Huang"),  # a person in capitals
])
def test_catalogued_iri_keeps_the_catalogues_label_and_type(
        extractor: Extractor, catalogue: Catalogue, printed: str, kind: str,
        catalogued: str) -> None:
    entry = catalogue.get(catalogued)
    assert entry is not None and entity_iri(printed) == entity_iri(catalogued)
    node = entity_iri(catalogued)
    described = entity_triples(_extraction(extractor, (printed, kind)))
    assert _described(described, node, RDFS.label) == {catalogued}
    assert _described(described, node, RDF.type) == {str(FIN[entry.type])}
    assert printed in _described(described, node, SKOS.altLabel)
    # with the catalogue graph the node has one label and one type: nothing the shapes refuse
    assert fast_checker().violations([*described, *catalogue_triples()]) == []


def test_catalogued_and_uncatalogued_names_keep_their_own_description(
        extractor: Extractor) -> None:
    """Look-alikes: the catalogue's own spelling, and a name the catalogue lacks."""
    described = entity_triples(_extraction(extractor, ("ADNOC", "Company"),
                                           ("Rheinplast Compounds", "Company")))
    assert _described(described, entity_iri("ADNOC"), RDFS.label) == {"ADNOC"}
    assert "Adnoc" not in _described(described, entity_iri("ADNOC"), SKOS.altLabel)
    assert _described(described, entity_iri("Rheinplast Compounds"), RDFS.label) \
        == {"Rheinplast Compounds"}
    assert _described(described, entity_iri("Rheinplast Compounds"), RDF.type) \
        == {str(FIN.Company)}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Chemiekonzern Covestro ist inzwischen Teil des Ölkonzerns Adnoc."),  # apposition
    ("en", "Alphabet said its Youtube unit grew ad revenue by 10% to $9 billion."),  # unit
    ("en", "Nvidia's Cuda software and AMD's Epyc chips sold well."),  # products
    ("en", "Nvidia chief executive JENSEN HUANG said demand was strong."),  # person
    ("en", "BASF opened a plant in FRANKFURT on Monday."),  # place
    ("en", "Adnoc owner Mubadala said it would sell assets worth $2 billion."),  # owner-named
])
def test_no_minting_path_gives_a_catalogued_node_another_label(
        extractor: Extractor, catalogue: Catalogue, lang: str, text: str) -> None:
    x = run(extractor, text, lang, headline="Market report" if lang == "en" else "Marktbericht")
    described = entity_triples(x)
    by_iri = {entity_iri(e.label): e for e in catalogue.entries.values()}
    for node in {s for s, _, _ in described if s in by_iri}:
        entry = by_iri[node]  # type: ignore[index]
        assert _described(described, node, RDFS.label) == {entry.label}
        assert _described(described, node, RDF.type) == {str(FIN[entry.type])}
    graph = to_triples(x) + described
    assert fast_checker().violations([*graph, *catalogue_triples()]) == []


# --- one article that does not conform does not stop its batch ---------------------------------

class _OneBadRange(Extractor):
    """The extractor, but the figures of the article ``bad`` come out as a range whose minimum
    exceeds its maximum: a graph the shapes refuse (an observation's fin:minValue must not be
    greater than its fin:maxValue)."""

    def __init__(self, bad: str) -> None:
        super().__init__()
        self._bad = bad

    def extract_each(self, articles: Iterable[Article], batch_size: int = 32
                     ) -> Iterator[Extraction | Failed]:
        for x in super().extract_each(articles, batch_size):
            if isinstance(x, Extraction) and x.article.id == self._bad:
                x = x.model_copy(update={"figures": tuple(
                    Figure(about=f.about, metric=f.metric, min_value=Decimal(9),
                           max_value=Decimal(1), unit=f.unit, evidence=f.evidence,
                           confidence=f.confidence)
                    for f in x.figures)})
            yield x


def test_a_nonconforming_article_is_reported_and_the_rest_written(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good1.txt").write_text(
        "BASF hebt Prognose an\nBASF steigerte den Umsatz im dritten Quartal um 5 Prozent "
        "auf 16 Milliarden Euro.\n", encoding="utf-8")
    (folder / "bad.txt").write_text(
        "Covestro senkt Ausblick\nCovestro setzte im dritten Quartal 3,4 Milliarden Euro um.\n",
        encoding="utf-8")
    (folder / "good2.txt").write_text(
        "Siemens wächst\nSiemens erzielte im dritten Quartal einen Umsatz von 19 Milliarden "
        "Euro.\n", encoding="utf-8")
    store = Store(tmp_path / "store")
    report = build([folder], store, extractor=_OneBadRange("bad"), batch_size=10)
    assert not report.ok  # the build says it failed: the command exits with 1
    assert len(report.errors) == 1
    line = report.errors[0]
    assert "article bad" in line and "observation/bad/" in line and "minValue" in line
    written = {iri.rsplit("/", 1)[-1] for iri in store.article_hashes()}
    assert {"good1", "good2"} <= written and "bad" not in written
    assert report.built == 2
    # the skipped article is not known to the store: the next build tries it again
    again = build([folder], store, extractor=Extractor(), batch_size=10)
    assert again.ok and again.built == 1 and again.unchanged == 2


# --- a period between a metric word and its change ----------------------------------------------

def _moves(x: Extraction) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Allianz: Der Versicherer hebt die Dividende für das Geschäftsjahr 2026 um 12 Prozent "
           "auf 16,80 Euro je Aktie an."),
    ("de", "Allianz erhöht die Dividende für das laufende Geschäftsjahr um 8 Prozent."),
    ("en", "Allianz raised its dividend for fiscal 2026 by 12% to 16.80 euros per share."),
])
def test_period_between_metric_word_and_change_is_no_share_move(
        extractor: Extractor, lang: str, text: str) -> None:
    x = run(extractor, text, lang, headline="Dividenden im Vergleich" if lang == "de"
            else "Dividends compared")
    assert _moves(x) == set()


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("de", "Nach der Dividende für 2026 stieg die Allianz-Aktie um 3 Prozent.", Decimal(3)),
    ("de", "Allianz hob die Dividende an. Die Aktie legte im Jahr 2026 um 20 Prozent zu.",
     Decimal(20)),
])
def test_share_move_after_a_period_keeps_its_reading(extractor: Extractor, lang: str, text: str,
                                                     value: Decimal) -> None:
    """Look-alikes: a period after the metric word, then a clause of the share's own."""
    x = run(extractor, text, lang, headline="Dividenden im Vergleich")
    assert _moves(x) == {("Allianz", value)}


# --- a right's worth and a cause's cost ---------------------------------------------------------

def test_contingent_value_right_is_no_dividend(extractor: Extractor) -> None:
    x = run(extractor, "AstraZeneca will pay $38 in cash per share, a premium of 40%, plus a "
            "contingent value right worth up to $9 per share if the drug is approved.", "en",
            headline="AstraZeneca to buy biotech")
    assert not [f for f in x.figures if f.value == Decimal(9)]
    x = run(extractor, "Bayer zahlt 30 Euro je Aktie in bar sowie ein bedingtes Wertrecht (CVR) "
            "im Wert von bis zu 5 Euro je Aktie.", "de", headline="Bayer kauft zu")
    assert not [f for f in x.figures if f.value == Decimal(5)]


def test_special_dividend_per_share_keeps_its_reading(extractor: Extractor) -> None:
    x = run(extractor, "AstraZeneca will pay $38 in cash per share plus a special dividend of "
            "$9 per share.", "en", headline="AstraZeneca to buy biotech")
    assert {(f.about, f.metric, f.value) for f in x.figures if f.value == Decimal(9)} \
        == {("AstraZeneca", "Dividend", Decimal(9))}


def test_cut_by_a_cause_is_no_loss(extractor: Extractor) -> None:
    x = run(extractor, "Toyota said U.S. tariffs had cut operating profit by about 1.1 trillion "
            "yen over the year.", "en", headline="Toyota profit falls")
    assert not [f for f in x.figures if f.metric == "Profit"]


@pytest.mark.parametrize("text", [
    "Toyota said it would cut operating profit by about 1.1 trillion yen.",
    "Because of tariffs Toyota will cut investment by $500 million.",
])
def test_cut_by_the_company_keeps_its_reading(extractor: Extractor, text: str) -> None:
    """Look-alikes: the company cuts, also where a cause is named before it."""
    x = run(extractor, text, "en", headline="Toyota cuts")
    assert [f.value for f in x.figures if f.about == "Toyota Motor"
            and f.metric in ("Profit", "Investment")] in ([Decimal("-1.1e12")], [Decimal(-5e8)])


# --- a pronoun clause before a rival noun -------------------------------------------------------

def _rivals(x: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "competitorOf"}


def test_pronoun_clause_before_rival_leaves_the_unit_out(extractor: Extractor) -> None:
    x = run(extractor, "Toyota sold 10.1 million vehicles, including those of its Daihatsu and "
            "Hino units, keeping it ahead of rival Volkswagen.", "en",
            headline="Toyota profit falls")
    assert _rivals(x) == {("Toyota Motor", "Volkswagen")}


def test_rival_noun_right_after_its_subject_keeps_its_reading(extractor: Extractor) -> None:
    """Look-alike: a name before the rival noun with no pronoun clause between."""
    x = run(extractor, "Hino Motors sold more trucks than rival Volkswagen in Asia.", "en",
            headline="Truck sales")
    assert ("Hino Motors", "Volkswagen") in _rivals(x)


# --- Walmart's reporting segments ---------------------------------------------------------------

def test_walmart_segment_owns_its_comparable_sales(extractor: Extractor) -> None:
    x = run(extractor, "Comparable sales at Walmart U.S. rose 3.9% in the quarter, while "
            "Walmart International grew sales 6%.", "en", headline="Walmart beats")
    labels = {e.label: e.type for e in x.entities}
    assert labels.get("Walmart U.S.") == "BusinessUnit"
    assert labels.get("Walmart International") == "BusinessUnit"
    assert ("Walmart U.S.", Decimal("3.9")) in {(f.about, f.value) for f in x.figures}


def test_walmart_own_comparable_sales_keep_their_owner(extractor: Extractor) -> None:
    """Look-alike: the group's figure names no segment."""
    x = run(extractor, "Walmart said comparable sales rose 3.9% in the quarter.", "en",
            headline="Walmart beats")
    assert ("Walmart", Decimal("3.9")) in {(f.about, f.value) for f in x.figures}


# --- a new paragraph that names no company -------------------------------------------------------

_CUSTOMER_BEFORE = """Evonik spart weiter

Der Spezialchemiekonzern Evonik verschärft seinen Sparkurs. Derzeit beschäftigt Evonik knapp 31.000 Mitarbeiter.

Die Produktion in Wesseling wird eingestellt. Der Duisburger Kunststoffverarbeiter Rheinplast Compounds GmbH ist einer der größten Abnehmer der Anlage.

{opening}Im dritten Quartal sank der Umsatz um 7 Prozent auf 3,38 Milliarden Euro. Das bereinigte Ebitda fiel um 11 Prozent auf 471 Millionen Euro.
"""


def _extract(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(make_article(text=text, source="test", article_id="t", lang="de"))


def test_new_paragraph_without_a_name_is_the_articles_company(extractor: Extractor) -> None:
    x = _extract(extractor, _CUSTOMER_BEFORE.format(opening=""))
    owners = {f.about for f in x.figures if f.metric in ("Revenue", "RevenueGrowth", "Profit",
                                                          "ProfitGrowth")}
    assert owners == {"Evonik Industries"}


def test_new_paragraph_opened_by_another_name_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the paragraph's first sentence names another company, whose figures follow."""
    x = _extract(extractor, _CUSTOMER_BEFORE.format(
        opening="Lanxess legte am Mittwoch Zahlen vor. "))
    assert ("Lanxess", Decimal("3.38e9")) in {(f.about, f.value) for f in x.figures
                                               if f.metric == "Revenue"}

