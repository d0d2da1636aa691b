"""Families of figures, each on sentences written for the test: a
positive case and a look-alike that must not fire, or must not move the figure to another
company, metric or period.

Names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

from kg.ingest import make_article
from kg.nlp import periods
from kg.nlp.extract import Extractor
from kg.records import Figure

run = helpers.run


def _with(figures: list[Figure], metric: str, value: str) -> list[Figure]:
    """The figures of one metric and value, whoever they are about."""
    return [f for f in figures if f.metric == metric and f.value == Decimal(value)]


# --- a cost cut by an amount: the amount saved, `Other`, with its qualifier ---------------------

@pytest.mark.parametrize(("lang", "body", "value", "qualifier"), [
    ("de", "Brenntag will die jährlichen Kosten bis Ende 2027 um mehr als 300 Millionen Euro "
           "senken.", "300000000", "AtLeast"),
    ("de", "Brenntag streicht 800 Stellen. Damit sollen die Kosten um rund 1,2 Milliarden Euro "
           "sinken.", "1200000000", "Approximately"),
    ("de", "Brenntag will die Kosten um 250 Millionen Euro reduzieren.", "250000000", "Exact"),
    ("en", "Brenntag said annual costs will fall by more than 400 million euros by 2027.",
     "400000000", "AtLeast"),
])
def test_cost_cut_amount_is_other_with_its_qualifier(extractor: Extractor, lang: str, body: str,
                                                     value: str, qualifier: str) -> None:
    x = run(extractor, body, lang=lang, headline="Brenntag")
    [saved] = _with(x.figures, "Other", value)
    assert (saved.about, saved.unit, saved.qualifier) == ("Brenntag", "EUR", qualifier)
    assert saved.value > 0  # the amount saved, not a negative cost


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Bei Brenntag stiegen die Kosten um 300 Millionen Euro."),  # a rise, no saving
    ("de", "Brenntag will die Energiekosten um 5 Prozent senken."),  # a share, no amount
    ("en", "Brenntag said costs rose by 300 million euros in 2025."),
    ("en", "Brenntag said costs would fall by 5% in 2027."),
])
def test_cost_change_that_is_no_saved_amount_makes_no_other(extractor: Extractor, lang: str,
                                                            body: str) -> None:
    x = run(extractor, body, lang=lang, headline="Brenntag")
    assert not [f for f in x.figures if f.metric == "Other"]


def test_cost_cut_beside_a_revenue_fall_keeps_each_metric(extractor: Extractor) -> None:
    """The cut's lookahead stops at the clause: the revenue that falls after it stays revenue."""
    body = ("Brenntag will die Kosten um 1,5 Milliarden Euro senken, der Umsatz soll um "
            "300 Millionen Euro sinken.")
    x = run(extractor, body, headline="Brenntag")
    assert _with(x.figures, "Other", "1500000000")
    assert not _with(x.figures, "Other", "300000000")


# --- a carrier's volumes: `Other`, about the unit where the unit is named ----------------------

@pytest.mark.parametrize(("lang", "body", "about", "value"), [
    ("de", "In der Sparte Express stiegen die Sendungen pro Tag um 3,5 Prozent.", "Express", "3.5"),
    ("de", "Die Paketmengen der DHL Group sanken im dritten Quartal um 2 Prozent.", "DHL Group",
     "-2"),
    ("en", "DHL Group said average daily parcel volume fell 2% in the quarter.", "DHL Group", "-2"),
    ("en", "DHL Group said shipments per day rose 4% in November.", "DHL Group", "4"),
])
def test_carrier_volume_change_is_other(extractor: Extractor, lang: str, body: str, about: str,
                                        value: str) -> None:
    x = run(extractor, body, lang=lang, headline="DHL Group")
    [volume] = _with(x.figures, "Other", value)
    assert (volume.about, volume.unit) == (about, "Percent")
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Die Aktie der DHL Group stieg um 4 Prozent."),
    ("en", "DHL Group shares rose 4% in the quarter."),
])
def test_share_move_of_a_carrier_stays_a_share_move(extractor: Extractor, lang: str,
                                                    body: str) -> None:
    x = run(extractor, body, lang=lang, headline="DHL Group")
    assert [f.metric for f in x.figures] == ["StockPriceChange"]


# --- a quarter of a fiscal year written after the quarter: the fiscal one ---------------------

def _dated(extractor: Extractor, body: str, lang: str, headline: str) -> list[Figure]:
    """The figures of an article dated in November 2026, so relative periods resolve."""
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=date(2026, 11, 12))
    return extractor.extract(article).figures


@pytest.mark.parametrize(("lang", "body", "period"), [
    ("en", "Microsoft's revenue rose 12% to $70 billion in Q3 of fiscal 2026.", "Q3 FY2026"),
    ("en", "Microsoft's revenue rose 12% to $70 billion in Q2 of FY2027.", "Q2 FY2027"),
    ("en", "Microsoft's revenue rose 12% to $70 billion in Q2 of 2026.", "Q2 2026"),
    ("de", "Microsoft steigerte den Umsatz im Q3 des Geschäftsjahres 2026 um 12 Prozent.",
     "Q3 FY2026"),
    ("de", "Microsoft steigerte den Umsatz im dritten Quartal des Geschäftsjahres 2025/26 um "
           "12 Prozent.", "Q3 FY2025/26"),
    ("de", "Microsoft steigerte den Umsatz im dritten Quartal 2026 um 12 Prozent.", "Q3 2026"),
])
def test_quarter_of_a_fiscal_year_is_named_fiscal(extractor: Extractor, lang: str, body: str,
                                                  period: str) -> None:
    [growth] = _with(_dated(extractor, body, lang, "Microsoft"), "RevenueGrowth", "12")
    assert growth.period == period


def test_fiscal_year_over_two_years_keeps_both() -> None:
    """A fiscal year over two calendar years is written as the text names it, alone or as a
    quarter's year; one year only where the second is no next year."""
    assert periods._fiscal_year_label("2025/26") == "FY2025/26"
    assert periods._fiscal_year_label("2026") == "FY2026"
    assert periods._fiscal_year_label("2025/27") == "FY2025"


# --- a line of business named by words joined with "&", before its sales ---------------------
# (a group whose reported segments the catalogue does not list, so the line is found by its form)

@pytest.mark.parametrize(("body", "unit", "value"), [
    ("Kering reported results. Wines & Spirits sales fell 6% in the quarter.", "Wines & Spirits", "-6"),
    ("Kering reported results on Tuesday. Fashion & Leather Goods revenue rose 2% in the quarter.",
     "Fashion & Leather Goods", "2"),
    ("Kering reported results. Watches & Jewelry organic sales grew 4%.", "Watches & Jewelry", "4"),
])
def test_joined_line_before_its_sales_is_the_companys_unit(extractor: Extractor, body: str,
                                                           unit: str, value: str) -> None:
    x = run(extractor, body, lang="en", headline="Kering")
    [growth] = _with(x.figures, "RevenueGrowth", value)
    assert growth.about == unit
    [entity] = [e for e in x.entities if e.label == unit]
    assert entity.type == "BusinessUnit"
    assert not [f for f in x.figures if f.about == "Kering" and f.metric == "RevenueGrowth"]


@pytest.mark.parametrize("body", [
    "Kering shares fell. Dolce & Gabbana rose 3% in Milan.",  # a move, no sales named
    "Procter & Gamble sales rose 2% in the quarter.",  # a catalogued company keeps its name
    "Research & Development spending rose 6% in the quarter.",  # no sales
])
def test_joined_name_without_its_sales_makes_no_unit(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, lang="en", headline="Marktbericht")
    assert not [e for e in x.entities if e.type == "BusinessUnit"]


def test_joined_name_moving_beside_a_line_is_a_line_too(extractor: Extractor) -> None:
    """Beside a line named before its sales, another joined name before a move is a line of
    the same company; in the next sentence, with no sales named, it is not."""
    body = ("Kering reported results. Wines & Spirits sales fell 6%, while Perfumes & Cosmetics "
            "rose 5%. Dolce & Gabbana rose 3% in Milan.")
    x = run(extractor, body, lang="en", headline="Kering")
    [growth] = _with(x.figures, "RevenueGrowth", "5")
    assert growth.about == "Perfumes & Cosmetics"
    units = {e.label for e in x.entities if e.type == "BusinessUnit"}
    assert units == {"Wines & Spirits", "Perfumes & Cosmetics"}


def test_joined_line_with_no_company_named_makes_no_unit(extractor: Extractor) -> None:
    """A unit is some company's: with none named in the article, no unit."""
    x = run(extractor, "Wines & Spirits sales fell 6% in the quarter.", lang="en",
            headline="Market report")
    assert not [e for e in x.entities if e.type == "BusinessUnit"]
    assert not x.figures


# --- a research firm's forecast of a company's figure: the firm's estimate ----------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "TrendForce expects Samsung's HBM market share to reach 35% next year."),
    ("en", "Samsung's share of the HBM market will rise to 35% next year, TrendForce said."),
    ("de", "Laut TrendForce dürfte der Marktanteil von Samsung 2027 auf 35 Prozent steigen."),
])
def test_research_firm_forecast_is_its_estimate(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang=lang, headline="Samsung")
    [share] = _with(x.figures, "MarketShare", "35")
    assert (share.about, share.estimated_by, share.status) == (
        "Samsung Electronics", "TrendForce", "Estimate")


def test_research_firm_cited_for_a_current_share_estimates_nothing(extractor: Extractor) -> None:
    """A share as it stands, cited from a research firm, is reported, no forecast of it."""
    x = run(extractor, "According to TrendForce, SK Hynix holds a 57% share of the HBM market.",
            lang="en", headline="SK Hynix")
    [share] = _with(x.figures, "MarketShare", "57")
    assert (share.about, share.estimated_by, share.status) == ("SK Hynix", None, "Reported")


@pytest.mark.parametrize("body", [
    # a company that is no research firm: one company's view of another's figure, none
    "Volkswagen expects Tesla's revenue to grow 10% next year.",
    "Nvidia said AMD's revenue would reach $10 billion next year.",
    # two research firms: whose forecast it is no candidate clearly tells
    "TrendForce and Gartner expect Tesla's market share to reach 20% next year.",
])
def test_forecast_of_another_company_without_one_research_firm_makes_nothing(
        extractor: Extractor, body: str) -> None:
    x = run(extractor, body, lang="en", headline="Tesla")
    assert not x.figures


def test_company_outlook_beside_a_research_firm_stays_no_firm_estimate(extractor: Extractor) -> None:
    """A research firm named after the company's own number, in a clause of its own, made
    no forecast of that number."""
    x = run(extractor, "Apple expects revenue to grow 5% next year, while TrendForce sees the "
                       "smartphone market flat.", lang="en", headline="Apple")
    [growth] = _with(x.figures, "RevenueGrowth", "5")
    assert growth.about == "Apple"
    assert growth.estimated_by is None


def test_past_figure_told_by_another_company_is_never_the_speakers(extractor: Extractor) -> None:
    """A figure one company states of another's past is the other's, never the speaker's."""
    x = run(extractor, "Nvidia said AMD's revenue had reached $6 billion in the quarter.",
            lang="en", headline="Nvidia")
    assert not [f for f in x.figures if f.about == "Nvidia"]
    assert all(f.estimated_by is None for f in x.figures)
