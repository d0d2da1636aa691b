"""Figures from the words bound to the number, on sentences written for the test.

Names are real companies, facts invented: every expectation follows from one
rule (metric word, sign, share context, period, attribution), not from an
article.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.periods import period_of
from kg.records import Extraction


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, body: str, lang: str = "de", headline: str = "Zahlen") -> Extraction:
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang)
    return extractor.extract(article)


def facts(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    return {(f.about, f.metric, f.value, f.unit) for f in x.figures}


def periods(x: Extraction) -> dict[tuple[str, Decimal | None], str | None]:
    return {(f.metric, f.value): f.period for f in x.figures}


# --- metric words -------------------------------------------------------------

def test_margin_order_intake_and_free_cash_flow_are_other(extractor: Extractor) -> None:
    x = run(extractor, "Siemens steigerte die Marge auf 15,5 Prozent. Der Auftragseingang "
                       "erreichte 21 Milliarden Euro. Der freie Cashflow lag bei 2,2 Milliarden "
                       "Euro.", headline="Siemens legt zu")
    assert facts(x) >= {("Siemens", "Other", Decimal("15.5"), "Percent"),
                        ("Siemens", "Other", Decimal(21000000000), "EUR"),
                        ("Siemens", "Other", Decimal(2200000000), "EUR")}
    assert not any(f.metric in ("Revenue", "Profit") for f in x.figures)


def test_english_margin_is_other(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia reported a gross margin of 73.5%.", lang="en",
            headline="Nvidia results")
    assert facts(x) == {("Nvidia", "Other", Decimal("73.5"), "Percent")}


def test_profit_per_share_is_earnings_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Unter dem Strich verdiente Rheinmetall 4,10 Euro pro Aktie.",
            headline="Rheinmetall verdient mehr")
    assert facts(x) == {("Rheinmetall", "EarningsPerShare", Decimal("4.10"), "EUR")}


def test_eps_phrase_beats_a_closer_purchase_word(extractor: Extractor) -> None:
    x = run(extractor, "Siemens erwartet einen Gewinn je Aktie vor Kaufpreisallokationen "
                       "zwischen 8,10 und 8,50 Euro.", headline="Siemens-Ausblick")
    assert [(f.metric, f.min_value, f.max_value) for f in x.figures] == [
        ("EarningsPerShare", Decimal("8.10"), Decimal("8.50"))]


def test_dividend_per_share_stays_dividend(extractor: Extractor) -> None:
    x = run(extractor, "Siemens zahlt eine Dividende von 5,20 Euro je Aktie.",
            headline="Siemens-Dividende")
    assert facts(x) == {("Siemens", "Dividend", Decimal("5.20"), "EUR")}


def test_earned_is_a_profit_word(extractor: Extractor) -> None:
    x = run(extractor, "Im Quartal verdiente BYD 9,1 Milliarden Yuan.", headline="BYD")
    assert ("BYD", "Profit", Decimal(9100000000), "CNY") in facts(x)


# --- share moves only where the text speaks of shares -----------------------------

def test_sales_decline_is_not_a_share_move(extractor: Extractor) -> None:
    x = run(extractor, "BYD meldet Zahlen. In Europa brach der Absatz um 14 Prozent ein.",
            headline="BYD schwächelt")
    assert facts(x) == {("BYD", "Other", Decimal(-14), "Percent")}


def test_bare_change_without_share_words_yields_nothing(extractor: Extractor) -> None:
    x = run(extractor, "BYD meldet Zahlen. Das Geschäft in Asien sank um 14 Prozent.",
            headline="BYD meldet")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_bare_change_in_a_share_sentence_is_a_share_move(extractor: Extractor) -> None:
    x = run(extractor, "BYD meldet Zahlen. Die Papiere gaben um 3 Prozent nach.",
            headline="BYD meldet")
    assert ("BYD", "StockPriceChange", Decimal(-3), "Percent") in facts(x)


def test_move_to_a_price_is_a_share_move(extractor: Extractor) -> None:
    x = run(extractor, "BYD declined 2.4% to HK$301.20 after the report.", lang="en",
            headline="Hong Kong stocks")
    assert facts(x) >= {("BYD", "StockPriceChange", Decimal("-2.4"), "Percent"),
                        ("BYD", "SharePrice", Decimal("301.20"), "HKD")}


def test_change_of_a_stake_is_not_a_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Er sinkt von 5,06 Prozent auf 4,94 Prozent.", headline="BYD-Anteil")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_change_of_a_price_target_is_not_a_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Goldman Sachs hat das Kursziel für Siemens um 12 Prozent auf 230 Euro "
                       "erhöht.", headline="Siemens-Kursziel")
    assert ("Siemens", "PriceTarget", Decimal(230), "EUR") in facts(x)
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_daily_loss_is_a_share_move_not_a_loss(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von BYD schloss bei 98,40 HK-Dollar mit einem Tagesverlust "
                       "von 6 Prozent.", headline="BYD-Aktie")
    assert facts(x) >= {("BYD", "SharePrice", Decimal("98.40"), "HKD"),
                        ("BYD", "StockPriceChange", Decimal(-6), "Percent")}
    assert not any(f.metric in ("Profit", "ProfitGrowth") for f in x.figures)


def test_loss_of_market_value_is_not_a_figure(extractor: Extractor) -> None:
    x = run(extractor, "Für BYD bedeutet das einen Wertverlust von 20 Milliarden Dollar.",
            headline="BYD-Aktie")
    assert x.figures == ()


# --- clauses ------------------------------------------------------------------------

def test_percentage_after_a_dash_changes_the_metric_before_it(extractor: Extractor) -> None:
    x = run(extractor, "Der Nettogewinn von BYD kletterte auf 9 Milliarden Yuan – ein Plus von "
                       "18 Prozent.", headline="BYD")
    assert ("BYD", "ProfitGrowth", Decimal(18), "Percent") in facts(x)


def test_gloss_in_brackets_keeps_the_metric_word_in_the_clause(extractor: Extractor) -> None:
    x = run(extractor, "Der Vorsteuergewinn (Ebit) von Siemens brach um 40 Prozent ein.",
            headline="Siemens")
    assert facts(x) == {("Siemens", "ProfitGrowth", Decimal(-40), "Percent")}


def test_metric_word_after_a_comma_belongs_to_the_next_amount(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von Siemens wuchs auf 19 Milliarden Euro, der "
                       "Auftragseingang auf 22 Milliarden Euro.", headline="Siemens")
    assert facts(x) == {("Siemens", "Revenue", Decimal(19000000000), "EUR"),
                        ("Siemens", "Other", Decimal(22000000000), "EUR")}


def test_size_of_a_change_beside_the_new_amount_is_not_a_figure(extractor: Extractor) -> None:
    x = run(extractor, "Siemens senkte die Kosten um 2 Milliarden Euro auf 9 Milliarden Euro.",
            headline="Siemens spart")
    assert not any(f.value == Decimal(2000000000) for f in x.figures)


def test_fewer_is_a_decline(extractor: Extractor) -> None:
    x = run(extractor, "BYD meldet Zahlen. In Japan wurden 9 Prozent weniger Autos abgesetzt.",
            headline="BYD")
    assert ("BYD", "Other", Decimal(-9), "Percent") in facts(x)


# --- attribution in context -------------------------------------------------------------

def test_dateline_agency_gets_no_share_figures(extractor: Extractor) -> None:
    x = run(extractor, "FRANKFURT (dpa-AFX) - Die Aktien von Rheinmetall stiegen um 1,8 Prozent "
                       "auf 1.690 Euro.", headline="Rheinmetall gefragt")
    assert {f.about for f in x.figures} == {"Rheinmetall"}


def test_index_named_as_venue_does_not_take_the_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Papiere von Siemens rutschten um 5,2 Prozent ab und bildeten das "
                       "Schlusslicht im Leitindex Dax.", headline="Siemens schwach")
    assert facts(x) == {("Siemens", "StockPriceChange", Decimal("-5.2"), "Percent")}


def test_unit_named_generically_gets_no_parent_figure(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte Zahlen vor. Der Gewinn in der Bahnsparte erreichte "
                       "1,1 Milliarden Euro.", headline="Siemens")
    assert not any(f.value == Decimal(1100000000) for f in x.figures)


# --- periods -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "period"), [
    ("im ersten Halbjahr 2025", "de", "H1 2025"),
    ("für das zweite Quartal", "de", "Q2"),
    ("im Schlussquartal 2024", "de", "Q4 2024"),
    ("die Jahresbilanz 2016", "de", "2016"),
    ("im Geschäftsjahr 2025/26", "de", "FY2025"),
    ("in the first half of 2025", "en", "H1 2025"),
    ("in the fiscal 2026 first quarter", "en", "Q1 FY2026"),
    ("third-quarter results", "en", "Q3"),
    ("for 2024", "en", "2024"),
    ("ohne Zeitraum", "de", None),
])
def test_period_patterns(text: str, lang: str, period: str | None) -> None:
    assert period_of(text, lang) == period


def test_reporting_period_from_the_lead_goes_to_later_results(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte Zahlen für das zweite Quartal vor. Der Umsatz stieg um "
                       "4 Prozent.", headline="Siemens")
    assert periods(x)[("RevenueGrowth", Decimal(4))] == "Q2"


def test_bare_quarter_takes_its_year_from_the_article(extractor: Extractor) -> None:
    x = run(extractor, "BYD meldet Zahlen für das dritte Quartal 2025. Im dritten Quartal stieg "
                       "der Umsatz von BYD um 8 Prozent.", headline="BYD")
    assert periods(x)[("RevenueGrowth", Decimal(8))] == "Q3 2025"


def test_vague_lead_takes_the_quarter_named_later(extractor: Extractor) -> None:
    lead = "BYD hat im abgelaufenen Quartal gut verdient. Die Anleger freuen sich. " * 3
    x = run(extractor, lead + "Im dritten Quartal stieg der Umsatz von BYD um 8 Prozent. "
                              "Der Gewinn von BYD stieg um 5 Prozent.", headline="BYD")
    assert periods(x)[("ProfitGrowth", Decimal(5))] == "Q3"


# --- market reports and levels ---------------------------------------------------------------

def test_winners_and_losers_of_a_market_report(extractor: Extractor) -> None:
    x = run(extractor, "Der Dax schloss 0,5 Prozent höher. Gewinner waren Adidas mit plus "
                       "2,2 Prozent. Schlusslicht war Bayer mit minus 3,3 Prozent.",
            headline="Dax im Plus")
    assert facts(x) >= {("Adidas", "StockPriceChange", Decimal("2.2"), "Percent"),
                        ("Bayer", "StockPriceChange", Decimal("-3.3"), "Percent")}
    assert not any(f.metric == "ProfitGrowth" for f in x.figures)


def test_cheaper_share_is_a_fall(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Zalando verbilligte sich um 4 Prozent.", headline="Zalando")
    assert facts(x) == {("Zalando", "StockPriceChange", Decimal(-4), "Percent")}


def test_level_reached_is_not_a_change(extractor: Extractor) -> None:
    x = run(extractor, "Die operative Rendite von Volkswagen sank auf 4,2 Prozent.",
            headline="Volkswagen")
    assert facts(x) == {("Volkswagen", "Other", Decimal("4.2"), "Percent")}


def test_tolerance_of_guidance_is_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia expects revenue of $43 billion, plus or minus 2%, for the next "
                       "quarter.", lang="en", headline="Nvidia outlook")
    assert facts(x) == {("Nvidia", "Revenue", Decimal(43000000000), "USD")}


def test_bank_revenues_are_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Bei der Deutschen Bank stiegen die Erträge um 3 Prozent.",
            headline="Deutsche Bank")
    assert facts(x) == {("Deutsche Bank", "RevenueGrowth", Decimal(3), "Percent")}


# --- English earnings, targets and offers --------------------------------------------------

def test_earnings_in_cents_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia posted adjusted earnings of 81 cents per share.", lang="en",
            headline="Nvidia earnings")
    assert facts(x) == {("Nvidia", "EarningsPerShare", Decimal("0.81"), "USD")}


def test_target_above_the_close_is_upside(extractor: Extractor) -> None:
    x = run(extractor, "HSBC set a price target of $320 for Nvidia, about 78% above Tuesday's "
                       "close.", lang="en", headline="Nvidia target")
    assert ("Nvidia", "UpsidePotential", Decimal(78), "Percent") in facts(x)


def test_offer_price_per_share_belongs_to_the_company_bought(extractor: Extractor) -> None:
    x = run(extractor, "Siemens agreed to buy Zalando for 4.50 euros per share.", lang="en",
            headline="Siemens deal")
    assert facts(x) == {("Zalando", "SharePrice", Decimal("4.50"), "EUR")}


def test_offer_price_with_the_target_unnamed_is_dropped(extractor: Extractor) -> None:
    x = run(extractor, "Siemens agreed to buy Zorvex for 4.50 euros per share.", lang="en",
            headline="Siemens deal")
    assert not any(f.metric in ("SharePrice", "EarningsPerShare") for f in x.figures)


def test_shares_of_an_unknown_company_are_not_the_salient_ones(extractor: Extractor) -> None:
    x = run(extractor, "Siemens made an offer. Zorvex shares soared 36%.", lang="en",
            headline="Siemens bids")
    assert x.figures == ()


def test_less_than_a_year_ago_is_a_decline(extractor: Extractor) -> None:
    x = run(extractor, "BASF verdiente 1,4 Milliarden Euro, 20 Prozent weniger als im Vorjahr.",
            headline="BASF")
    assert ("BASF", "ProfitGrowth", Decimal(-20), "Percent") in facts(x)


def test_move_of_an_unknown_name_in_an_index_is_not_the_index_s(extractor: Extractor) -> None:
    x = run(extractor, "Im MDax legten Zorvex um 4,1 Prozent zu.", headline="Börse")
    assert x.figures == ()


def test_each_number_takes_the_period_closest_to_it(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von BYD stieg im Jahr 2024 um 8 Prozent, für 2026 erwartet "
                       "BYD ein Plus von 12 Prozent beim Umsatz.", headline="BYD")
    assert periods(x)[("RevenueGrowth", Decimal(8))] == "2024"
    assert periods(x)[("RevenueGrowth", Decimal(12))] == "2026"


def test_a_bank_sets_no_price_target_for_itself(extractor: Extractor) -> None:
    x = run(extractor, 'Analysts at Citigroup upgraded Zorvex to "buy" and raised their price '
                       "target to $275.", lang="en", headline="Upgrades")
    assert x.figures == ()


def test_ratio_named_between_dashes_gives_the_metric(extractor: Extractor) -> None:
    x = run(extractor, "Siemens meldet Zahlen. Das Verhältnis von Schulden zu Vermögen – die "
                       "Verschuldungsquote – kletterte auf 20,6 Prozent.", headline="Siemens")
    assert facts(x) == {("Siemens", "Other", Decimal("20.6"), "Percent")}


def test_shares_gaining_on_a_venue(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien von BYD gewinnen auf Tradegate 2,3 Prozent.", headline="BYD")
    assert facts(x) == {("BYD", "StockPriceChange", Decimal("2.3"), "Percent")}


def test_separable_verb_of_revenue(extractor: Extractor) -> None:
    x = run(extractor, "BMW setzte im Quartal 33 Milliarden Euro um, 5 Prozent weniger als im "
                       "Vorjahr.", headline="BMW")
    assert facts(x) >= {("BMW", "Revenue", Decimal(33000000000), "EUR"),
                        ("BMW", "RevenueGrowth", Decimal(-5), "Percent")}


def test_amount_per_share_that_is_no_price(extractor: Extractor) -> None:
    x = run(extractor, "BYD meldet Zahlen. Im kommenden Jahr soll das Plus je Aktie bei "
                       "15,30 Yuan liegen.", headline="BYD")
    assert facts(x) == {("BYD", "EarningsPerShare", Decimal("15.30"), "CNY")}


def test_cash_reserves_are_other(extractor: Extractor) -> None:
    x = run(extractor, "Die Barreserven von SoftBank schrumpften auf 3,8 Billionen Yen.",
            headline="SoftBank")
    assert facts(x) == {("SoftBank Group", "Other", Decimal(3800000000000), "JPY")}


def test_word_inside_a_name_is_no_metric_word(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Advanced Micro Devices jumped 12% on Monday.", lang="en",
            headline="AMD")
    assert facts(x) == {("Advanced Micro Devices", "StockPriceChange", Decimal(12), "Percent")}


def test_sales_change_to_a_count_is_units_not_revenue(extractor: Extractor) -> None:
    x = run(extractor, "BYD said its sales fell 9% from a year earlier to 380,000 vehicles.",
            lang="en", headline="BYD sales")
    assert ("BYD", "Other", Decimal(-9), "Percent") in facts(x)
    assert not any(f.metric == "RevenueGrowth" for f in x.figures)


def test_percentage_after_a_count_of_units_is_other(extractor: Extractor) -> None:
    x = run(extractor, "In den ersten neun Monaten verkaufte BYD 3,2 Millionen Autos, ein Plus "
                       "von 19 Prozent.", headline="BYD")
    assert ("BYD", "Other", Decimal(19), "Percent") in facts(x)


def test_extractor_name_says_which_rules_found_the_figure(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von BYD stieg um 5 Prozent. Die Papiere von BYD gaben um "
                       "3 Prozent nach. BYD zahlt eine Dividende von 1,50 Yuan pro Aktie.",
            headline="BYD")
    names = {(f.metric, f.evidence.extractor) for f in x.figures}
    assert ("RevenueGrowth", "figures/de/word/bound") in names
    assert ("StockPriceChange", "figures/de/generic-word/clause") in names
    assert ("Dividend", "figures/de/word/clause") in names
