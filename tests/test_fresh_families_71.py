"""Earnings reports with segments and guidance, on families of construction that hold in
any article, on sentences written for these tests (catalogued companies, invented units
and figures): a line of a list of results that opens with a name and a colon and goes on
with a result word and its number ("- Tire Solutions: Umsatz 4,2 Milliarden Euro", "*
Apparel: revenue $3.2 billion") reports a unit of the company, found with its figures and
its parent, where a line opened by a catalogued company's name stays that company's, a
line opened by the group's or the outlook's word is the company's and so is a labelled line
after a unit's; and a number after an old value the company gave in brackets behind its
new one ("… of $47 billion to $48 billion (previously $45 billion to $46 billion), above
the consensus of $46.5 billion") replaces nothing, where an old value told first ("Statt
2,3 bis 2,5 Milliarden Euro … nun mit 2,1 Milliarden Euro") is still replaced by the
number after it, a range by one value too; and a company's name opening a "-Tochter"
compound with no name after it ("die Aktien der Jenaer Zeiss-Tochter fielen"), in an article
about a subsidiary the catalogue gives that company, is the article's company and shows its
parent, where in the parent's own article or before the subsidiary's name it stays as it
was. Each with a look-alike where the other reading must hold."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def units(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type == "BusinessUnit"}


def amounts(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    """Each figure as (about, metric, value, status): the single values these tests compare."""
    return {(f.about, f.metric, f.value, f.status) for f in x.figures}


# --- a list line opened by a unit's name ----------------------------------------------

_DE_LIST = ("Siemens legte am Dienstag Zahlen vor.\n"
            "- Tire Solutions: Umsatz 4,2 Milliarden Euro, bereinigtes Ebit 510 Millionen Euro\n"
            "- Konzern: Umsatz 9,8 Milliarden Euro\n"
            "Ausblick: Umsatz 40 bis 42 Milliarden Euro")


def test_list_line_opened_by_a_name_reports_that_unit(extractor: Extractor) -> None:
    x = run(extractor, _DE_LIST, headline="Siemens: Zahlen")
    assert "Tire Solutions" in units(x)
    assert ("Tire Solutions", "subsidiaryOf", "Siemens") in triples(x)
    facts = figure_facts(x)
    assert ("Tire Solutions", "Revenue", Decimal("4200000000"), "EUR") in facts
    assert ("Tire Solutions", "Profit", Decimal("510000000"), "EUR") in facts
    assert not any(f[0] == "Siemens" and f[2] in (Decimal("4200000000"), Decimal("510000000"))
                   for f in facts)


def test_list_line_of_the_group_or_outlook_is_the_company_s(extractor: Extractor) -> None:
    """Look-alike: "Konzern:" and "Ausblick:" open lines of the whole company, also right
    after a unit's line; neither word is a unit."""
    x = run(extractor, _DE_LIST, headline="Siemens: Zahlen")
    assert not units(x) & {"Konzern", "Ausblick"}
    assert ("Siemens", "Revenue", Decimal("9800000000"), "EUR") in figure_facts(x)
    assert ("Tire Solutions", "Revenue", Decimal("9800000000"), "EUR") not in figure_facts(x)
    assert any(f.about == "Siemens" and f.min_value == Decimal("40000000000")
               and f.max_value == Decimal("42000000000") for f in x.figures)


def test_one_word_list_line_names_a_unit_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Nike reported results on Thursday.\n"
                       "* Footwear Brands: revenue $8.1 billion, up 4%\n"
                       "* Apparel: revenue $3.2 billion, down 2%\n"
                       "* Group: revenue $11.6 billion",
            lang="en", headline="Nike results")
    assert {"Footwear Brands", "Apparel"} <= units(x)
    assert ("Apparel", "subsidiaryOf", "Nike") in triples(x)
    facts = figure_facts(x)
    assert ("Apparel", "Revenue", Decimal("3200000000"), "USD") in facts
    assert ("Apparel", "RevenueGrowth", Decimal("-2"), "Percent") in facts
    assert ("Footwear Brands", "Revenue", Decimal("3200000000"), "USD") not in facts
    assert ("Nike", "Revenue", Decimal("11600000000"), "USD") in facts


def test_list_line_opened_by_a_company_stays_the_company_s(extractor: Extractor) -> None:
    """Look-alike: a catalogued company opening the line is no unit of the article's."""
    x = run(extractor, "Nike reported results on Thursday.\n* Adidas: revenue $6.1 billion, up 3%",
            lang="en", headline="Nike results")
    assert "Adidas" not in units(x)
    assert ("Adidas", "subsidiaryOf", "Nike") not in triples(x)
    assert ("Adidas", "Revenue", Decimal("6100000000"), "USD") in figure_facts(x)


def test_list_line_without_a_result_word_names_no_unit(extractor: Extractor) -> None:
    """Look-alike: a name and a colon before other words ("Lesen Sie auch: …", a headline's
    "Hugo Boss: Umsatz über den Erwartungen") is no line of a unit's results."""
    x = run(extractor, "Siemens legte Zahlen vor.\nFactory Automation: Margen unter Druck, Umsatz 2 Milliarden Euro",
            headline="Siemens: Zahlen")
    assert "Factory Automation" not in units(x)


# --- a number after an old value told in brackets -------------------------------------

def test_number_after_a_bracketed_old_range_replaces_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Nike now expects revenue of $47 billion to $48 billion for the year "
                       "(previously $45 billion to $46 billion), above the consensus of $46.5 billion.",
            lang="en", headline="Nike outlook")
    assert not any(f.value == Decimal("46500000000") and f.status == "Guidance" for f in x.figures)
    assert any(f.min_value == Decimal("47000000000") and f.max_value == Decimal("48000000000")
               for f in x.figures)


def test_estimate_after_a_bracketed_old_range_is_no_guidance_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Siemens erwartet einen Umsatz von 40 bis 42 Milliarden Euro (bisher: 38 bis "
                       "40 Milliarden Euro), Analysten rechnen im Schnitt mit 41 Milliarden Euro.",
            headline="Siemens: Prognose")
    assert ("Siemens", "Revenue", Decimal("41000000000"), "Guidance") not in amounts(x)


def test_old_value_told_first_is_still_replaced(extractor: Extractor) -> None:
    """Look-alike: "Statt X … nun mit Y": the old value first, the number after it its new
    one, also where the old one was a range."""
    for old in ("2,3", "2,3 bis 2,5"):
        x = run(extractor, f"Statt {old} Milliarden Euro Umsatz rechnet Siemens nun mit 2,1 Milliarden Euro.",
                headline="Siemens: Prognose")
        new = [f for f in x.figures if f.value == Decimal("2100000000")]
        assert [(f.about, f.metric, f.status, f.min_value, f.max_value) for f in new] \
            == [("Siemens", "Revenue", "Guidance", None, None)]


# --- "die X-Tochter" in an article about X's subsidiary -------------------------------

def test_parent_compound_names_the_article_s_subsidiary(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Healthineers hat mehr verdient. Die im Dax notierten Aktien der "
                       "Siemens-Tochter stiegen im Xetra-Handel um 3,4 Prozent auf 51,20 Euro.",
            headline="Siemens Healthineers: Zahlen")
    facts = figure_facts(x)
    assert ("Siemens Healthineers", "StockPriceChange", Decimal("3.4"), "Percent") in facts
    assert not any(f[0] == "Siemens" for f in facts)
    assert ("Siemens Healthineers", "subsidiaryOf", "Siemens") in triples(x)
    assert ("Siemens", "listedOn", "Xetra") not in triples(x)
    assert ("Siemens", "memberOf", "DAX") not in triples(x)


def test_parent_compound_in_the_parent_s_article_stays_the_parent_s(extractor: Extractor) -> None:
    """Look-alike: in an article about the parent, or with the subsidiary's name right after the
    compound, the compound is no reference to the article's company."""
    x = run(extractor, "Siemens hat mehr verdient. Die Aktien der Siemens-Tochter stiegen um 3,4 Prozent.",
            headline="Siemens: Zahlen")
    assert ("Siemens", "subsidiaryOf", "Siemens") not in triples(x)
    x = run(extractor, "Bayer hat weniger verdient. Die Siemens-Tochter Healthineers gewann dagegen "
                       "2,1 Prozent.", headline="Bayer: Zahlen")
    assert not any(r.subject == "Bayer" and r.predicate == "subsidiaryOf" for r in x.relations)
    assert ("Bayer", "StockPriceChange", Decimal("2.1"), "Percent") not in figure_facts(x)
