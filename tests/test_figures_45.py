"""Figure rules on sentences written for the test: the fiscal year just ended ("im
abgelaufenen Geschäftsjahr") is written as the article writes its fiscal years ("FY2025/26"
where it names "Geschäftsjahr 2025/26"); a figure of a name possessed right after the metric
word ("Revenue at Dell's Infrastructure Solutions Group") that the extractor does not know is
not its possessor's; a product opening a clause after the sales of another product of the
same developer ("Sales of Wegovy climbed 18%, while Ozempic fell 4%") shares that sales word;
and the cue of a share move right after a name is one compiled pattern
that the venue and the figure rules share.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.relation_cues import moved_after_name
from kg.records import Extraction


def extract(extractor: Extractor, body: str, lang: str, published: date,
            headline: str = "Zahlen") -> Extraction:
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=published)
    return extractor.extract(article)


def periods(x: Extraction, about: str) -> dict[tuple[str, Decimal | None], str | None]:
    return {(f.metric, f.value): f.period for f in x.figures if f.about == about}


# --- the fiscal year just ended, as the article writes its years -----------------------------

_LEAD = ("Thyssenkrupp ist im abgelaufenen Geschäftsjahr tiefer in die Verlustzone gerutscht. "
         "Unter dem Strich stand ein Fehlbetrag von 1,5 Milliarden Euro, wie der Konzern mitteilte. ")
_NOV = date(2026, 11, 20)


def test_year_just_ended_takes_the_split_form_the_article_writes(extractor: Extractor) -> None:
    x = extract(extractor, _LEAD + "Der Umsatz sank im Geschäftsjahr 2025/26 um 4 Prozent auf "
                "30 Milliarden Euro.", "de", _NOV)
    assert periods(x, "Thyssenkrupp")[("Profit", Decimal("-1500000000"))] == "FY2025/26"


def test_year_just_ended_without_split_years_keeps_its_end_year(extractor: Extractor) -> None:
    # look-alike: the article names no fiscal year over two calendar years
    x = extract(extractor, _LEAD + "Der Umsatz sank um 4 Prozent auf 30 Milliarden Euro.", "de", _NOV)
    assert periods(x, "Thyssenkrupp")[("Profit", Decimal("-1500000000"))] == "FY2026"


def test_next_split_year_does_not_rename_the_year_just_ended(extractor: Extractor) -> None:
    # look-alike: only the outlook's year is written split; the year just ended is another
    x = extract(extractor, _LEAD + "Für das Geschäftsjahr 2026/27 erwartet der Konzern einen Umsatz "
                "von 31 Milliarden Euro.", "de", _NOV)
    found = periods(x, "Thyssenkrupp")
    assert found[("Profit", Decimal("-1500000000"))] == "FY2026"
    assert found[("Revenue", Decimal("31000000000"))] == "FY2026/27"


@pytest.mark.parametrize(("second", "expected"), [
    ("Die Dividende für das Geschäftsjahr 2025/26 soll auf 5,40 Euro steigen.", "FY2025/26"),
    # look-alike: the article writes no fiscal year over two calendar years
    ("Die Dividende soll auf 5,40 Euro steigen.", "FY2026"),
])
def test_year_just_ended_in_the_figure_sentence(extractor: Extractor, second: str,
                                                expected: str) -> None:
    x = extract(extractor, "Siemens steigerte im abgelaufenen Geschäftsjahr den Umsatz um 5 Prozent "
                f"auf 79 Milliarden Euro. {second}", "de", _NOV, "Siemens")
    assert periods(x, "Siemens")[("Revenue", Decimal("79000000000"))] == expected


# --- a name possessed after the metric word ---------------------------------------------------

def _facts(x: Extraction) -> set[tuple[str, str, Decimal | None]]:
    return {(f.about, f.metric, f.value) for f in x.figures}


@pytest.mark.parametrize("body", [
    "Revenue at Dell's Infrastructure Solutions Group rose 30% to $15 billion.",
    "Revenue at Dell's Infrastructure Solutions Group, which sells servers and storage, rose 30% "
    "to $15 billion.",
])
def test_unknown_possessed_unit_takes_no_parent_figure(extractor: Extractor, body: str) -> None:
    x = extract(extractor, body, "en", _NOV, "Dell results")
    assert not any(f.about == "Dell Technologies" and f.metric.startswith("Revenue")
                   for f in x.figures)


def test_known_possessed_unit_keeps_its_figure(extractor: Extractor) -> None:
    # look-alike: the unit is a catalogue name, so the figure is the unit's
    x = extract(extractor, "Revenue at Microsoft's Intelligent Cloud unit rose 20% to $30 billion.",
                "en", _NOV, "Microsoft results")
    assert ("Intelligent Cloud", "Revenue", Decimal("30000000000")) in _facts(x)


@pytest.mark.parametrize("body", [
    # look-alikes: the company itself right after the metric word, a possessed month or title
    "Revenue at Dell rose 30% to $15 billion in the October quarter, Dell's Chief Financial "
    "Officer said.",
    "Revenue at Dell's November quarter rose 30% to $15 billion.",
])
def test_possessor_keeps_its_own_figure(extractor: Extractor, body: str) -> None:
    x = extract(extractor, body, "en", _NOV, "Dell results")
    assert ("Dell Technologies", "Revenue", Decimal("15000000000")) in _facts(x)


# --- a product's bare change after another product's sales -----------------------------------

_NOVO = "Novo Nordisk said quarterly sales rose 7% to 80 billion Danish crowns. "


@pytest.mark.parametrize("ozempic", ["Ozempic", "Ozempic, a diabetes drug,"])
def test_product_after_sales_of_a_sibling_takes_the_sales_word(extractor: Extractor,
                                                               ozempic: str) -> None:
    x = extract(extractor, _NOVO + "Wegovy sales climbed 18% to 21 billion Danish crowns, while "
                f"{ozempic} fell 4% to 30 billion Danish crowns.", "en", _NOV, "Novo Nordisk results")
    facts = _facts(x)
    assert ("Ozempic", "RevenueGrowth", Decimal("-4")) in facts
    assert ("Ozempic", "Revenue", Decimal("30000000000")) in facts
    assert ("Wegovy", "Revenue", Decimal("21000000000")) in facts


@pytest.mark.parametrize("second", [
    "Ozempic fell 4%.",  # no sales word before: a product's bare move says not what moved
    "Profit from Wegovy climbed 18%, while Ozempic fell 4%.",  # another metric word before
    "Sales of Wegovy climbed 18%, while Bitcoin fell 4%.",  # a product of no known developer
    "Sales of Wegovy climbed 18%, while Ozempic's price fell 4%.",  # a word of its own between
    "Sales of Wegovy climbed 18%, while analysts said Ozempic fell 4%.",  # no clause it opens
])
def test_product_move_without_shared_sales_keeps_no_metric(extractor: Extractor,
                                                           second: str) -> None:
    x = extract(extractor, _NOVO + second, "en", _NOV, "Novo Nordisk results")
    assert not any(f.about in ("Ozempic", "Bitcoin") for f in x.figures)


def test_product_of_another_developer_takes_no_shared_sales(extractor: Extractor) -> None:
    # look-alike: a rival's drug after the sales of the article company's
    x = extract(extractor, "Eli Lilly said sales rose 7%. Sales of Mounjaro climbed 18%, while "
                "Novo Nordisk's Ozempic fell 4%.", "en", _NOV, "Eli Lilly results")
    assert ("Mounjaro", "RevenueGrowth", Decimal("18")) in _facts(x)
    assert not any(f.about == "Ozempic" for f in x.figures)


# --- the shared cue of a share move after a name ----------------------------------------------

def test_move_after_name_is_one_shared_pattern() -> None:
    moved = moved_after_name("en")
    assert moved is not None and moved is moved_after_name("en")
    assert moved.match(" (BARC.L) fell 1.2%")
    assert moved.match("Barclays fell 1.2%", len("Barclays"))
    assert not moved.match(" said revenue fell 1.2%")
    assert moved_after_name("de") is None  # German lists no such cue
