"""Fiscal-year ends as catalogue data (``ontology/fiscal_year_ends.tsv``): the
loader's checks, and the periods of companies whose year ends off December
where the article names no end of its own.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.catalogue import load_catalogue, load_fiscal_year_ends
from kg.errors import OntologyError
from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.periods import resolve_relative
from kg.records import Extraction


def extract(extractor: Extractor, body: str, published: date, lang: str,
            headline: str = "Zahlen") -> Extraction:
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=published)
    return extractor.extract(article)


def periods(x: Extraction, about: str) -> dict[str, str | None]:
    return {f.metric: f.period for f in x.figures if f.about == about}


# --- the loader ---------------------------------------------------------------------------

def test_table_is_of_catalogued_companies_and_off_december() -> None:
    ends = load_fiscal_year_ends()
    catalogue = load_catalogue()
    assert ends["Siemens"] == 9 and ends["Nike"] == 5 and ends["Microsoft"] == 6
    assert "BASF" not in ends  # a December year is not listed
    assert all(label in catalogue.entries for label in ends)
    assert all(1 <= month <= 11 for month in ends.values())


def test_loader_reads_labels_and_months(tmp_path: Path) -> None:
    table = tmp_path / "ends.tsv"
    table.write_text("# comment\n\nSiemens\t9\nNike\t5\n", encoding="utf-8")
    assert load_fiscal_year_ends(table) == {"Siemens": 9, "Nike": 5}


@pytest.mark.parametrize("line", [
    "Siemens\t12",      # December is the calendar's: not listed
    "Siemens\t0",
    "Siemens\tSeptember",
    "Siemens 9",        # no tab
    "\t9",              # no label
])
def test_loader_rejects_a_bad_line(tmp_path: Path, line: str) -> None:
    table = tmp_path / "ends.tsv"
    table.write_text(f"Nike\t5\n{line}\n", encoding="utf-8")
    with pytest.raises(OntologyError):
        load_fiscal_year_ends(table)


def test_loader_rejects_a_label_given_twice(tmp_path: Path) -> None:
    table = tmp_path / "ends.tsv"
    table.write_text("Nike\t5\nNike\t6\n", encoding="utf-8")
    with pytest.raises(OntologyError):
        load_fiscal_year_ends(table)


# --- the fiscal year just ended ------------------------------------------------------------

@pytest.mark.parametrize(("published", "year_end", "expected"), [
    (date(2026, 11, 12), 9, "FY2026"),   # September's year has ended
    (date(2026, 9, 20), 9, "FY2025"),    # … not yet in September itself
    (date(2026, 8, 1), 6, "FY2026"),
    (date(2027, 2, 27), None, "FY2026"),  # a December year: the calendar year before
])
def test_last_fiscal_year_by_its_end(published: date, year_end: int | None,
                                     expected: str) -> None:
    assert resolve_relative("vergangenes Geschäftsjahr", None, "de", published,
                            year_end) == expected


def test_year_end_leaves_the_calendar_year_before_as_it_is() -> None:
    # "im vergangenen Jahr" is the calendar year, whatever the company's fiscal year
    assert resolve_relative("vergangenes Jahr", None, "de", date(2026, 11, 12), 9) == "2025"


@pytest.mark.parametrize(("body", "published", "lang", "about", "expected"), [
    # a September year, ended before a November article
    ("Siemens steigerte im abgelaufenen Geschäftsjahr den Umsatz um 5 Prozent auf "
     "79 Milliarden Euro.", date(2026, 11, 13), "de", "Siemens", "FY2026"),
    # a December year: the calendar year before
    ("BASF steigerte im abgelaufenen Geschäftsjahr den Umsatz um 5 Prozent auf "
     "69 Milliarden Euro.", date(2027, 2, 27), "de", "BASF", "FY2026"),
    # a June year, ended before an August article
    ("Microsoft said revenue in the fiscal year just ended rose 15% to $280 billion.",
     date(2026, 8, 20), "en", "Microsoft", "FY2026"),
])
def test_the_fiscal_year_just_ended(extractor: Extractor, body: str, published: date,
                                    lang: str, about: str, expected: str) -> None:
    x = extract(extractor, body, published, lang, f"{about} results")
    assert periods(x, about)["Revenue"] == expected


def test_quarter_just_ended_is_no_fiscal_year(extractor: Extractor) -> None:
    x = extract(extractor, "Siemens steigerte im abgelaufenen Quartal den Umsatz um "
                "5 Prozent auf 20 Milliarden Euro.", date(2026, 11, 13), "de")
    assert not any(str(p).startswith("FY") for p in periods(x, "Siemens").values())


# --- a quarter in the company's own count --------------------------------------------------

@pytest.mark.parametrize(("body", "published", "lang", "about", "expected"), [
    # a May year: the third quarter just closed (December to February) is the fiscal one
    ("Nike said revenue rose 4% to $11.3 billion in the third quarter.", date(2027, 3, 20),
     "en", "Nike", "Q3 FY2027"),
    # a December year keeps the calendar quarter
    ("Coca-Cola said revenue rose 4% to $12.1 billion in the third quarter.",
     date(2026, 10, 20), "en", "Coca-Cola", "Q3 2026"),
    # a January year is read like the calendar year it nearly is
    ("Walmart said revenue rose 4% to $170 billion in the third quarter.", date(2026, 11, 20),
     "en", "Walmart", "Q3 2026"),
    # a September year whose third quarter (April to June) ended half a year before a
    # December article: the calendar quarter (July to September)
    ("Siemens hat im dritten Quartal den Umsatz um 4 Prozent auf 19 Milliarden Euro "
     "gesteigert.", date(2026, 12, 4), "de", "Siemens", "Q3 2026"),
    # … while in August, the third quarter just closed (April to June) is the fiscal one
    ("Siemens hat im dritten Quartal den Umsatz um 4 Prozent auf 19 Milliarden Euro "
     "gesteigert.", date(2026, 8, 7), "de", "Siemens", "Q3 FY2026"),
])
def test_a_bare_quarter_in_the_company_s_count(extractor: Extractor, body: str,
                                               published: date, lang: str, about: str,
                                               expected: str) -> None:
    x = extract(extractor, body, published, lang, f"{about} results")
    assert periods(x, about)["Revenue"] == expected


def test_the_article_s_own_year_end_wins_over_the_table(extractor: Extractor) -> None:
    # a year ending in September: its third quarter is April to June, not yet begun in
    # March 2027, so the one of the year ended September 2026; the table's May end would
    # give the quarter just ended (December to February), "Q3 FY2027"
    x = extract(extractor, "Nike, which now reports for the fiscal year ending in September, "
                "said revenue rose 4% to $11.3 billion in the third quarter.",
                date(2027, 3, 20), "en", "Nike results")
    assert periods(x, "Nike")["Revenue"] == "Q3 FY2026"


@pytest.mark.parametrize(("period", "lang", "published", "year_end", "expected"), [
    ("full year", "en", date(2026, 11, 5), 3, "FY2027"),   # the March year under way
    ("full year", "en", date(2026, 2, 5), 3, "FY2026"),    # … still the one ending this March
    ("kommendes Geschäftsjahr", "de", date(2026, 11, 5), 9, "FY2028"),
    ("full year", "en", date(2026, 11, 5), None, "2026"),  # a December year: the calendar one
])
def test_the_fiscal_year_under_way_by_its_end(period: str, lang: str, published: date,
                                              year_end: int | None, expected: str) -> None:
    assert resolve_relative(period, None, lang, published, year_end) == expected


def test_this_year_stays_the_calendar_year() -> None:
    # "this year" counts from the date, whatever the company's fiscal year
    assert resolve_relative("this year", None, "en", date(2026, 11, 5), 3) == "2026"
