"""Figures from the words bound to the number, on sentences written for the test.

Names are real companies, facts invented: every expectation follows from one
rule (metric word, sign, share context, period, attribution), not from an
article.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.nlp.periods import period_of
from kg.records import Extraction

# a neutral headline: no company in it takes part in the attribution
run = partial(helpers.run, headline="Zahlen")


facts = helpers.figure_facts


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


# Each case below is one rule shown by one sentence; the case id names the rule.
@pytest.mark.parametrize(("body", "lang", "headline", "expected"), [
    pytest.param("Nvidia reported a gross margin of 73.5%.",
                 "en", "Nvidia results",
                 {("Nvidia", "Other", Decimal("73.5"), "Percent")},
                 id="english-margin-is-other"),
    pytest.param("Unter dem Strich verdiente Rheinmetall 4,10 Euro pro Aktie.",
                 "de", "Rheinmetall verdient mehr",
                 {("Rheinmetall", "EarningsPerShare", Decimal("4.10"), "EUR")},
                 id="profit-per-share-is-earnings-per-share"),
    pytest.param("Siemens zahlt eine Dividende von 5,20 Euro je Aktie.",
                 "de", "Siemens-Dividende",
                 {("Siemens", "Dividend", Decimal("5.20"), "EUR")},
                 id="dividend-per-share-stays-dividend"),
    pytest.param("BYD meldet Zahlen. In Europa brach der Absatz um 14 Prozent ein.",
                 "de", "BYD schwächelt",
                 {("BYD", "Other", Decimal(-14), "Percent")},
                 id="sales-decline-is-not-a-share-move"),
    pytest.param("Der Vorsteuergewinn (Ebit) von Siemens brach um 40 Prozent ein.",
                 "de", "Siemens",
                 {("Siemens", "ProfitGrowth", Decimal(-40), "Percent")},
                 id="gloss-in-brackets-keeps-the-metric-word-in-the-clause"),
    pytest.param("Der Umsatz von Siemens wuchs auf 19 Milliarden Euro, der "
                 "Auftragseingang auf 22 Milliarden Euro.",
                 "de", "Siemens",
                 {("Siemens", "Revenue", Decimal(19000000000), "EUR"),
                 ("Siemens", "Other", Decimal(22000000000), "EUR")},
                 id="metric-word-after-a-comma-belongs-to-the-next-amount"),
    pytest.param("Die Papiere von Siemens rutschten um 5,2 Prozent ab und bildeten das "
                 "Schlusslicht im Leitindex Dax.",
                 "de", "Siemens schwach",
                 {("Siemens", "StockPriceChange", Decimal("-5.2"), "Percent")},
                 id="index-named-as-venue-does-not-take-the-move"),
    pytest.param("Die Aktie von Zalando verbilligte sich um 4 Prozent.",
                 "de", "Zalando",
                 {("Zalando", "StockPriceChange", Decimal(-4), "Percent")},
                 id="cheaper-share-is-a-fall"),
    pytest.param("Die operative Rendite von Volkswagen sank auf 4,2 Prozent.",
                 "de", "Volkswagen",
                 {("Volkswagen", "Other", Decimal("4.2"), "Percent")},
                 id="level-reached-is-not-a-change"),
    pytest.param("Nvidia expects revenue of $43 billion, plus or minus 2%, for the next "
                 "quarter.",
                 "en", "Nvidia outlook",
                 {("Nvidia", "Revenue", Decimal(43000000000), "USD")},
                 id="tolerance-of-guidance-is-no-figure"),
    pytest.param("Bei der Deutschen Bank stiegen die Erträge um 3 Prozent.",
                 "de", "Deutsche Bank",
                 {("Deutsche Bank", "RevenueGrowth", Decimal(3), "Percent")},
                 id="bank-revenues-are-revenue"),
    pytest.param("Nvidia posted adjusted earnings of 81 cents per share.",
                 "en", "Nvidia earnings",
                 {("Nvidia", "EarningsPerShare", Decimal("0.81"), "USD")},
                 id="earnings-in-cents-per-share"),
    pytest.param("Siemens agreed to buy Zalando for 4.50 euros per share.",
                 "en", "Siemens deal",
                 {("Zalando", "SharePrice", Decimal("4.50"), "EUR")},
                 id="offer-price-per-share-belongs-to-the-company-bought"),
    pytest.param("Siemens meldet Zahlen. Das Verhältnis von Schulden zu Vermögen – die "
                 "Verschuldungsquote – kletterte auf 20,6 Prozent.",
                 "de", "Siemens",
                 {("Siemens", "Other", Decimal("20.6"), "Percent")},
                 id="ratio-named-between-dashes-gives-the-metric"),
    pytest.param("Die Aktien von BYD gewinnen auf Tradegate 2,3 Prozent.",
                 "de", "BYD",
                 {("BYD", "StockPriceChange", Decimal("2.3"), "Percent")},
                 id="shares-gaining-on-a-venue"),
    pytest.param("BYD meldet Zahlen. Im kommenden Jahr soll das Plus je Aktie bei "
                 "15,30 Yuan liegen.",
                 "de", "BYD",
                 {("BYD", "EarningsPerShare", Decimal("15.30"), "CNY")},
                 id="amount-per-share-that-is-no-price"),
    pytest.param("Die Barreserven von SoftBank schrumpften auf 3,8 Billionen Yen.",
                 "de", "SoftBank",
                 {("SoftBank Group", "Other", Decimal(3800000000000), "JPY")},
                 id="cash-reserves-are-other"),
    pytest.param("Shares of Advanced Micro Devices jumped 12% on Monday.",
                 "en", "AMD",
                 {("Advanced Micro Devices", "StockPriceChange", Decimal(12), "Percent")},
                 id="word-inside-a-name-is-no-metric-word"),
])
def test_exactly_these_figures(extractor: Extractor, body: str, lang: str, headline: str,
                                 expected: set[tuple[str, str, Decimal, str]]) -> None:
    assert facts(run(extractor, body, lang=lang, headline=headline)) == expected


def test_eps_phrase_beats_a_closer_purchase_word(extractor: Extractor) -> None:
    x = run(extractor, "Siemens erwartet einen Gewinn je Aktie vor Kaufpreisallokationen "
                       "zwischen 8,10 und 8,50 Euro.", headline="Siemens-Ausblick")
    assert [(f.metric, f.min_value, f.max_value) for f in x.figures] == [
        ("EarningsPerShare", Decimal("8.10"), Decimal("8.50"))]


@pytest.mark.parametrize(("body", "lang", "headline", "expected"), [
    pytest.param("Im Quartal verdiente BYD 9,1 Milliarden Yuan.",
                 "de", "BYD",
                 ("BYD", "Profit", Decimal(9100000000), "CNY"),
                 id="earned-is-a-profit-word"),
    pytest.param("BYD meldet Zahlen. Die Papiere gaben um 3 Prozent nach.",
                 "de", "BYD meldet",
                 ("BYD", "StockPriceChange", Decimal(-3), "Percent"),
                 id="bare-change-in-a-share-sentence-is-a-share-move"),
    pytest.param("Der Nettogewinn von BYD kletterte auf 9 Milliarden Yuan – ein Plus von "
                 "18 Prozent.",
                 "de", "BYD",
                 ("BYD", "ProfitGrowth", Decimal(18), "Percent"),
                 id="percentage-after-a-dash-changes-the-metric-before-it"),
    pytest.param("BYD meldet Zahlen. In Japan wurden 9 Prozent weniger Autos abgesetzt.",
                 "de", "BYD",
                 ("BYD", "Other", Decimal(-9), "Percent"),
                 id="fewer-is-a-decline"),
    pytest.param("HSBC set a price target of $320 for Nvidia, about 78% above Tuesday's "
                 "close.",
                 "en", "Nvidia target",
                 ("Nvidia", "UpsidePotential", Decimal(78), "Percent"),
                 id="target-above-the-close-is-upside"),
    pytest.param("BASF verdiente 1,4 Milliarden Euro, 20 Prozent weniger als im Vorjahr.",
                 "de", "BASF",
                 ("BASF", "ProfitGrowth", Decimal(-20), "Percent"),
                 id="less-than-a-year-ago-is-a-decline"),
    pytest.param("In den ersten neun Monaten verkaufte BYD 3,2 Millionen Autos, ein Plus "
                 "von 19 Prozent.",
                 "de", "BYD",
                 ("BYD", "Other", Decimal(19), "Percent"),
                 id="percentage-after-a-count-of-units-is-other"),
])
def test_figure_among_the_figures(extractor: Extractor, body: str, lang: str, headline: str,
                                  expected: tuple[str, str, Decimal, str]) -> None:
    assert expected in facts(run(extractor, body, lang=lang, headline=headline))


# --- share moves only where the text speaks of shares -----------------------------

def test_bare_change_without_share_words_yields_nothing(extractor: Extractor) -> None:
    x = run(extractor, "BYD meldet Zahlen. Das Geschäft in Asien sank um 14 Prozent.",
            headline="BYD meldet")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


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


@pytest.mark.parametrize(("body", "lang", "headline"), [
    pytest.param("Für BYD bedeutet das einen Wertverlust von 20 Milliarden Dollar.",
                 "de", "BYD-Aktie",
                 id="loss-of-market-value-is-not-a-figure"),
    pytest.param("Siemens made an offer. Zorvex shares soared 36%.",
                 "en", "Siemens bids",
                 id="shares-of-an-unknown-company-are-not-the-salient-ones"),
    pytest.param("Im MDax legten Zorvex um 4,1 Prozent zu.",
                 "de", "Börse",
                 id="move-of-an-unknown-name-in-an-index-is-not-the-index-s"),
    pytest.param('Analysts at Citigroup upgraded Zorvex to "buy" and raised their price '
                 "target to $275.",
                 "en", "Upgrades",
                 id="a-bank-sets-no-price-target-for-itself"),
])
def test_no_figure_at_all(extractor: Extractor, body: str, lang: str, headline: str) -> None:
    assert run(extractor, body, lang=lang, headline=headline).figures == ()


# --- clauses ------------------------------------------------------------------------

def test_size_of_a_change_beside_the_new_amount_is_not_a_figure(extractor: Extractor) -> None:
    x = run(extractor, "Siemens senkte die Kosten um 2 Milliarden Euro auf 9 Milliarden Euro.",
            headline="Siemens spart")
    assert not any(f.value == Decimal(2000000000) for f in x.figures)


# --- attribution in context -------------------------------------------------------------

def test_dateline_agency_gets_no_share_figures(extractor: Extractor) -> None:
    x = run(extractor, "FRANKFURT (dpa-AFX) - Die Aktien von Rheinmetall stiegen um 1,8 Prozent "
                       "auf 1.690 Euro.", headline="Rheinmetall gefragt")
    assert {f.about for f in x.figures} == {"Rheinmetall"}


def test_unit_named_generically_gets_no_parent_figure(extractor: Extractor) -> None:
    # the unit's figure, named by its phrase (ANNOTATION.md: a unit referred to only
    # generically is an optional entity, its figures required), never the parent's
    x = run(extractor, "Siemens legte Zahlen vor. Der Gewinn in der Bahnsparte erreichte "
                       "1,1 Milliarden Euro.", headline="Siemens")
    assert {f.about for f in x.figures if f.value == Decimal(1100000000)} == {"Bahnsparte (Siemens)"}


# --- periods -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "period"), [
    ("im ersten Halbjahr 2025", "de", "H1 2025"),
    ("für das zweite Quartal", "de", "Q2"),
    ("im Schlussquartal 2024", "de", "Q4 2024"),
    ("die Jahresbilanz 2016", "de", "2016"),
    ("im Geschäftsjahr 2025/26", "de", "FY2025/26"),  # as written
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


# --- English earnings, targets and offers --------------------------------------------------

def test_offer_price_with_the_target_unnamed_is_dropped(extractor: Extractor) -> None:
    x = run(extractor, "Siemens agreed to buy Zorvex for 4.50 euros per share.", lang="en",
            headline="Siemens deal")
    assert not any(f.metric in ("SharePrice", "EarningsPerShare") for f in x.figures)


def test_each_number_takes_the_period_closest_to_it(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von BYD stieg im Jahr 2024 um 8 Prozent, für 2026 erwartet "
                       "BYD ein Plus von 12 Prozent beim Umsatz.", headline="BYD")
    assert periods(x)[("RevenueGrowth", Decimal(8))] == "2024"
    assert periods(x)[("RevenueGrowth", Decimal(12))] == "2026"


def test_separable_verb_of_revenue(extractor: Extractor) -> None:
    x = run(extractor, "BMW setzte im Quartal 33 Milliarden Euro um, 5 Prozent weniger als im "
                       "Vorjahr.", headline="BMW")
    assert facts(x) >= {("BMW", "Revenue", Decimal(33000000000), "EUR"),
                        ("BMW", "RevenueGrowth", Decimal(-5), "Percent")}


def test_sales_change_to_a_count_is_units_not_revenue(extractor: Extractor) -> None:
    x = run(extractor, "BYD said its sales fell 9% from a year earlier to 380,000 vehicles.",
            lang="en", headline="BYD sales")
    assert ("BYD", "Other", Decimal(-9), "Percent") in facts(x)
    assert not any(f.metric == "RevenueGrowth" for f in x.figures)


def test_extractor_name_says_which_rules_found_the_figure(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von BYD stieg um 5 Prozent. Die Papiere von BYD gaben um "
                       "3 Prozent nach. BYD zahlt eine Dividende von 1,50 Yuan pro Aktie.",
            headline="BYD")
    names = {(f.metric, f.evidence.extractor) for f in x.figures}
    assert ("RevenueGrowth", "figures/de/word/bound") in names
    assert ("StockPriceChange", "figures/de/generic-word/clause") in names
    assert ("Dividend", "figures/de/word/clause") in names


# --- what a number is bound to --------------------------------------------------------------

@pytest.mark.parametrize(("body", "lang", "headline", "expected", "absent"), [
    pytest.param("Siemens beschäftigt rund 320.000 Mitarbeiter in mehr als 190 Ländern.",
                 "de", "Siemens",
                 {("Siemens", "Employees", Decimal(320000), "Count")},
                 {("Siemens", "Employees", Decimal(190), "Count")},
                 id="count-of-another-noun-is-no-figure-de"),
    pytest.param("Nvidia has about 36,000 employees in 50 countries.",
                 "en", "Nvidia",
                 {("Nvidia", "Employees", Decimal(36000), "Count")},
                 {("Nvidia", "Employees", Decimal(50), "Count")},
                 id="count-of-another-noun-is-no-figure-en"),
    pytest.param("The Hang Seng Index rose 1.4% on Monday. BYD raised HK$5 billion in a "
                 "share placement.",
                 "en", "Markets",
                 set(),
                 {("Hang Seng Index", "Investment", Decimal(5000000000), "HKD")},
                 id="an-index-spends-nothing"),
    pytest.param("Alphabet plans to spend as much as $90 billion on capital expenditures "
                 "this year.",
                 "en", "Alphabet",
                 {("Alphabet", "CapitalExpenditure", Decimal(90000000000), "USD")},
                 {("Alphabet", "Investment", Decimal(90000000000), "USD")},
                 id="capex-word-beats-the-verb-of-spending"),
    pytest.param("The Nikkei 225 slipped 0.7% to 48,310 on Friday.",
                 "en", "Tokyo stocks",
                 {("Nikkei 225", "IndexLevel", Decimal(48310), "Points"),
                  ("Nikkei 225", "StockPriceChange", Decimal("-0.7"), "Percent")},
                 set(),
                 id="index-level-after-a-move-without-points"),
    pytest.param("Nvidia reported strong results on Wednesday. Danish software maker Netcompany "
                 "jumped 12% after SAP offered to buy a stake.",
                 "en", "Nvidia results",
                 set(),
                 {("Nvidia", "StockPriceChange", Decimal(12), "Percent"),
                  ("SAP", "StockPriceChange", Decimal(12), "Percent")},
                 id="unknown-name-before-a-verb-of-change-owns-the-move"),
    pytest.param("Nvidia reported strong results on Wednesday. The shares rose 3.1% in late "
                 "trading.",
                 "en", "Nvidia results",
                 {("Nvidia", "StockPriceChange", Decimal("3.1"), "Percent")},
                 set(),
                 id="the-shares-is-no-unknown-owner"),
    pytest.param("Nvidia gained after the results. Adobe was downgraded to Hold at Jefferies. "
                 "The stock has fallen 18% this year.",
                 "en", "Nvidia leads chip rally",
                 {("Adobe", "StockPriceChange", Decimal(-18), "Percent")},
                 {("Nvidia", "StockPriceChange", Decimal(-18), "Percent")},
                 id="the-stock-of-the-company-rated-just-before"),
    pytest.param("Die Deutsche Bank sieht für Adidas ein Kurspotenzial, das trotz des "
                 "Kurssprungs vom Montag noch bei 25 Prozent liegt.",
                 "de", "Adidas",
                 {("Adidas", "UpsidePotential", Decimal(25), "Percent")},
                 {("Adidas", "StockPriceChange", Decimal(25), "Percent")},
                 id="metric-word-after-trotz-names-a-cause"),
    pytest.param("Analysts see upside of 18% for Adidas despite the recent share rally.",
                 "en", "Adidas",
                 {("Adidas", "UpsidePotential", Decimal(18), "Percent")},
                 set(),
                 id="metric-word-after-despite-names-a-cause"),
    pytest.param("Für 2024 schüttet Allianz 15,40 Euro je Aktie aus; die Dividendenrendite "
                 "liegt bei 5,1 Prozent.",
                 "de", "Allianz",
                 {("Allianz", "Dividend", Decimal("15.40"), "EUR"),
                  ("Allianz", "Other", Decimal("5.1"), "Percent")},
                 {("Allianz", "SharePrice", Decimal("15.40"), "EUR")},
                 id="paying-out-per-share-is-a-dividend-and-its-yield-other"),
    pytest.param("Die Aktie von Allianz ist günstig: Der Abschlag auf den Substanzwert "
                 "beträgt rund 25 Prozent.",
                 "de", "Allianz",
                 set(),
                 {("Allianz", "StockPriceChange", Decimal(-25), "Percent")},
                 id="discount-to-a-value-is-no-share-move"),
    pytest.param("Alphabet shares have gained 25% this year, compared with a 12% rise in "
                 "the Nasdaq Composite.",
                 "en", "Alphabet",
                 {("Alphabet", "StockPriceChange", Decimal(25), "Percent")},
                 {("Alphabet", "StockPriceChange", Decimal(12), "Percent")},
                 id="a-rise-in-another-name-is-not-the-subjects"),
    pytest.param("Microsoft reported results; the report showed a 40% increase in Azure "
                 "revenue.",
                 "en", "Microsoft",
                 {("Azure", "RevenueGrowth", Decimal(40), "Percent")},
                 {("Microsoft", "RevenueGrowth", Decimal(40), "Percent")},
                 id="a-rise-in-a-named-unit-is-the-units"),
    pytest.param("Shares of chipmaker Montage Technology rose 28% in their debut. "
                 "Tencent gained 1.1%.",
                 "en", "Hong Kong listings",
                 {("Tencent Holdings", "StockPriceChange", Decimal("1.1"), "Percent")},
                 {("Tencent Holdings", "StockPriceChange", Decimal(28), "Percent")},
                 id="shares-of-an-unknown-name-are-its-own"),
    pytest.param("UBS shares fell 2% on Tuesday. Lindt & Spruengli was among the biggest "
                 "losers, down 3.4%.",
                 "en", "Swiss stocks",
                 {("UBS", "StockPriceChange", Decimal(-2), "Percent")},
                 {("UBS", "StockPriceChange", Decimal("-3.4"), "Percent")},
                 id="an-unknown-name-before-was-owns-the-move"),
    pytest.param("Die Aktien von Siemens schlossen 0,9 Prozent leichter. Bilfinger gewannen "
                 "2,2 Prozent, Kronberger Kessel legten 1,7 Prozent zu.",
                 "de", "Marktbericht",
                 {("Siemens", "StockPriceChange", Decimal("-0.9"), "Percent"),
                  ("Bilfinger", "StockPriceChange", Decimal("2.2"), "Percent")},
                 {("Bilfinger", "StockPriceChange", Decimal("1.7"), "Percent"),
                  ("Siemens", "StockPriceChange", Decimal("1.7"), "Percent")},
                 id="an-unknown-name-before-the-verb-of-a-move-owns-it-de"),
    pytest.param("Die Adidas-Aktie fiel um 1 Prozent. Schlusslicht im MDax war Kronberger "
                 "Kessel mit einem Minus von 3,4 Prozent.",
                 "de", "Marktbericht",
                 {("Adidas", "StockPriceChange", Decimal(-1), "Percent")},
                 {("Adidas", "StockPriceChange", Decimal("-3.4"), "Percent")},
                 id="an-unknown-name-with-a-minus-owns-it-de"),
    pytest.param("Die Adidas-Aktie stieg um 2 Prozent. Zuletzt legten die Papiere 1,5 "
                 "Prozent zu.",
                 "de", "Adidas",
                 {("Adidas", "StockPriceChange", Decimal("1.5"), "Percent")},
                 set(),
                 id="an-adverb-before-the-verb-of-a-move-owns-nothing-de"),
    pytest.param("Adidas meldet Zahlen. Der Titel stieg um 3 Prozent. Das Papier legte "
                 "1 Prozent zu.",
                 "de", "Adidas",
                 {("Adidas", "StockPriceChange", Decimal(3), "Percent"),
                  ("Adidas", "StockPriceChange", Decimal(1), "Percent")},
                 set(),
                 id="a-noun-after-an-article-before-the-verb-of-a-move-is-no-name-de"),
    pytest.param("SoftBank sold 20 million Nvidia shares, cutting its holding to 3.1% from "
                 "4.2%. Nvidia shares rose 1%.",
                 "en", "Nvidia",
                 {("Nvidia", "StockPriceChange", Decimal(1), "Percent")},
                 {("Nvidia", "StockPriceChange", Decimal("3.1"), "Percent"),
                  ("Nvidia", "StockPriceChange", Decimal("4.2"), "Percent")},
                 id="a-stake-named-last-before-the-percentage-is-no-move"),
    pytest.param("Siemens erhöhte seine Beteiligung an Siemens Energy auf 25,1 Prozent, die "
                 "Aktie stieg um 2 Prozent. Die Anteilsscheine von Siemens legten 1 Prozent zu.",
                 "de", "Siemens",
                 {("Siemens", "StockPriceChange", Decimal(2), "Percent"),
                  ("Siemens", "StockPriceChange", Decimal(1), "Percent")},
                 {("Siemens", "StockPriceChange", Decimal("25.1"), "Percent"),
                  ("Siemens Energy", "StockPriceChange", Decimal("25.1"), "Percent")},
                 id="a-share-word-after-the-stake-names-the-move-de"),
    pytest.param("SoftBank sold 42 million Nvidia shares to a group of institutional "
                 "investors at $232 apiece.",
                 "en", "SoftBank",
                 set(),
                 {("SoftBank Group", "Investment", Decimal(232), "USD")},
                 id="investors-are-no-investment"),
    pytest.param("SoftBank sold 42 million Nvidia shares to Oracle at $232 a share. Apple "
                 "sold more iPhones and earned $1.65 a share.",
                 "en", "Share sale",
                 {("Nvidia", "SharePrice", Decimal(232), "USD"),
                  ("Apple", "EarningsPerShare", Decimal("1.65"), "USD")},
                 {("Oracle", "SharePrice", Decimal(232), "USD"),
                  ("Oracle", "EarningsPerShare", Decimal(232), "USD")},
                 id="a-sale-price-a-share-is-the-price-of-the-shares-sold"),
    pytest.param("SoftBank verkaufte 42 Millionen Nvidia-Aktien an Oracle zu 232 Dollar je "
                 "Aktie.",
                 "de", "Aktienverkauf",
                 {("Nvidia", "SharePrice", Decimal(232), "USD")},
                 {("Oracle", "EarningsPerShare", Decimal(232), "USD")},
                 id="a-sale-price-je-aktie-is-the-price-of-the-shares-sold-de"),
    pytest.param("SoftBank sold 42 million Nvidia shares to Oracle and other investors at "
                 "$232 apiece, a discount of 3.5% to Tuesday's closing price. Investors sold "
                 "Apple shares, and Microsoft gained 2%.",
                 "en", "Share sale",
                 {("Nvidia", "SharePrice", Decimal(232), "USD"),
                  ("Microsoft", "StockPriceChange", Decimal(2), "Percent")},
                 {("Oracle", "SharePrice", Decimal(232), "USD"),
                  ("Oracle", "StockPriceChange", Decimal("3.5"), "Percent"),
                  ("Nvidia", "StockPriceChange", Decimal("3.5"), "Percent"),
                  ("Apple", "StockPriceChange", Decimal(2), "Percent")},
                 id="the-price-of-shares-sold-is-their-issuers-and-a-discount-no-move"),
    pytest.param("Siemens completed its purchase of Kronberg Kessel, which it agreed to buy for "
                 "$10 billion.",
                 "en", "Siemens",
                 {("Siemens", "Investment", Decimal(10000000000), "USD")},
                 set(),
                 id="a-relative-clause-with-its-own-subject-pronoun-leaves-the-number-to-the-subject"),
    pytest.param("Palantir raised its full-year outlook to between $4.85 billion and $4.9 "
                 "billion. OpenAI raised $6.6 billion in new funding.",
                 "en", "Software",
                 {("OpenAI", "Investment", Decimal(6600000000), "USD")},
                 {("Palantir Technologies", "Investment", None, "USD")},
                 id="raising-an-outlook-raises-no-money"),
    pytest.param("Shares of Nvidia soared. Nvidia priced its initial public offering at 42.80 "
                 "Hong Kong dollars per share.",
                 "en", "Listings",
                 set(),
                 {("Nvidia", "EarningsPerShare", Decimal("42.80"), "HKD")},
                 id="an-offering-priced-per-share-earns-nothing"),
    pytest.param("Rival Oracle saw its shares slide 5%. Nvidia shares dipped 2%. Tesla shares "
                 "plummeted 9%. Intel shares surge 3% in early trade.",
                 "en", "Markets",
                 {("Oracle", "StockPriceChange", Decimal(-5), "Percent"),
                  ("Nvidia", "StockPriceChange", Decimal(-2), "Percent"),
                  ("Tesla", "StockPriceChange", Decimal(-9), "Percent"),
                  ("Intel", "StockPriceChange", Decimal(3), "Percent")},
                 {("Oracle", "StockPriceChange", Decimal(5), "Percent")},
                 id="present-tense-and-other-verbs-of-a-move-give-its-sign"),
    pytest.param("The company raised HK$3.1 billion in its listing. Tencent and Alibaba "
                 "also reported results.",
                 "en", "Hong Kong listings",
                 set(),
                 {("Tencent Holdings", "Investment", Decimal(3100000000), "HKD")},
                 id="the-company-never-refers-ahead"),
    pytest.param("Apple leads the tablet market with a 38% share. About 65% of analysts rate "
                 "the stock a buy.",
                 "en", "Apple",
                 {("Apple", "MarketShare", Decimal(38), "Percent")},
                 {("Apple", "StockPriceChange", Decimal(38), "Percent"),
                  ("Apple", "StockPriceChange", Decimal(65), "Percent")},
                 id="portion-of-a-group-is-no-move-and-of-the-market-a-market-share"),
    pytest.param("Die Adidas-Aktie legte zu. Rund 70 Prozent der befragten Anleger rechnen "
                 "mit weiter steigenden Kursen.",
                 "de", "Adidas",
                 set(),
                 {("Adidas", "StockPriceChange", Decimal(70), "Percent")},
                 id="portion-of-a-group-is-no-move-de"),
    pytest.param("Microsoft raised its quarterly dividend by 10% to 91 cents a share.",
                 "en", "Microsoft",
                 {("Microsoft", "Dividend", Decimal("0.91"), "USD")},
                 {("Microsoft", "SharePrice", Decimal("0.91"), "USD")},
                 id="amount-after-a-dividend-move-is-the-dividend"),
    pytest.param("The board approved a pay package for the chief executive that could be "
                 "worth $900 million. Tesla shares rose 1%.",
                 "en", "Tesla",
                 set(),
                 {("Tesla", "Investment", Decimal(900000000), "USD")},
                 id="a-pay-package-is-no-investment"),
    pytest.param("Intel's gross margin was 38%, down from 45.2% a year earlier.",
                 "en", "Intel",
                 {("Intel", "Other", Decimal(38), "Percent"),
                  ("Intel", "Other", Decimal("45.2"), "Percent")},
                 {("Intel", "Other", Decimal(-38), "Percent"),
                  ("Intel", "Other", Decimal("-45.2"), "Percent")},
                 id="a-margin-is-a-level-not-a-fall"),
    pytest.param("In Japan verkaufte Toyota 9 Prozent weniger Fahrzeuge.",
                 "de", "Toyota",
                 {("Toyota Motor", "Other", Decimal(-9), "Percent")},
                 set(),
                 id="fewer-right-after-a-percentage-is-a-fall"),
    pytest.param("Nvidia shares rose 2%. Get 40% off a premium subscription today!",
                 "en", "Nvidia",
                 {("Nvidia", "StockPriceChange", Decimal(2), "Percent")},
                 {("Nvidia", "Other", Decimal(-40), "Percent")},
                 id="percent-off-is-a-discount-not-a-figure"),
])
def test_number_bound_to_its_words(extractor: Extractor, body: str, lang: str, headline: str,
                                   expected: set[tuple[str, str, Decimal, str]],
                                   absent: set[tuple[str, str, Decimal, str]]) -> None:
    found = facts(run(extractor, body, lang=lang, headline=headline))
    assert found >= expected
    assert not found & absent


# --- periods of the year before, spans and periods in words ---------------------------------

def test_value_of_the_year_before_takes_the_prior_period(extractor: Extractor) -> None:
    x = run(extractor, "Bayer legte Zahlen für das dritte Quartal vor. Der Gewinn stieg auf "
                       "410 Millionen Euro, nach 250 Millionen Euro im Vorjahr. Der Umsatz "
                       "wuchs um 6 Prozent gegenüber dem Vorjahresquartal.", headline="Bayer")
    assert periods(x)[("Profit", Decimal(410000000))] == "Q3"
    assert periods(x)[("Profit", Decimal(250000000))] == "Q3 Vorjahr"
    assert periods(x)[("RevenueGrowth", Decimal(6))] == "Q3"


def test_old_value_of_a_result_is_the_year_before(extractor: Extractor) -> None:
    x = run(extractor, "Die Munich Re legte die Jahresbilanz 2024 vor. Die Dividende soll von "
                       "15 auf 20 Euro steigen.", headline="Munich Re")
    assert periods(x)[("Dividend", Decimal(20))] == "2024"
    assert periods(x)[("Dividend", Decimal(15))] == "2023"


def test_english_value_a_year_earlier(extractor: Extractor) -> None:
    x = run(extractor, "Intel reported results for the second quarter of 2025. Net income was "
                       "$1.2 billion, compared with $830 million a year earlier.",
            lang="en", headline="Intel")
    assert periods(x)[("Profit", Decimal(1200000000))] == "Q2 2025"
    assert periods(x)[("Profit", Decimal(830000000))] == "Q2 2024"


@pytest.mark.parametrize(("text", "lang", "period"), [
    ("Die Aktie verlor in den vergangenen sechs Monaten 12 Prozent.", "de", "6 months"),
    ("Das Papier legte in den letzten 3 Jahren um 80 Prozent zu.", "de", "3 years"),
    ("Das Wochenplus beträgt 4 Prozent.", "de", "1 week"),
    ("Im laufenden Geschäftsjahr soll der Umsatz um 5 Prozent steigen.", "de",
     "laufendes Geschäftsjahr"),
    ("Für das kommende Jahr erwartet die Bank 2 Euro Gewinn je Aktie.", "de", "kommendes Jahr"),
    ("The shares have doubled over the past two years.", "en", "2 years"),
    ("The stock is up 40% over the past year.", "en", "1 year"),
    ("Capex jumped from $24 billion in the previous three months.", "en", None),
    ("Alphabet expects to spend $91 billion this year.", "en", "this year"),
])
def test_spans_and_periods_in_words(text: str, lang: str, period: str | None) -> None:
    assert period_of(text, lang) == period


def test_value_of_the_quarter_before(extractor: Extractor) -> None:
    x = run(extractor, "SAP legte Zahlen für das dritte Quartal 2025 vor. Die operative Marge "
                       "stieg auf 28,5 Prozent, nach 26,1 Prozent im Vorquartal.",
            headline="SAP")
    assert periods(x)[("Other", Decimal("28.5"))] == "Q3 2025"
    assert periods(x)[("Other", Decimal("26.1"))] == "Q2 2025"


def test_current_year_in_words_takes_the_reporting_year(extractor: Extractor) -> None:
    x = run(extractor, "Sony legte Zahlen für das erste Quartal 2025 vor. Im laufenden "
                       "Geschäftsjahr soll der Umsatz 12 Billionen Yen erreichen.",
            headline="Sony")
    assert periods(x)[("Revenue", Decimal(12000000000000))] == "2025"


def test_full_year_without_a_year_is_no_period(extractor: Extractor) -> None:
    x = run(extractor, "Henkel legte Zahlen für das zweite Quartal vor. Für das Gesamtjahr "
                       "erwartet Henkel einen Umsatz von 22 Milliarden Euro.", headline="Henkel")
    assert periods(x)[("Revenue", Decimal(22000000000))] is None


def test_english_quarter_of_a_fiscal_year(extractor: Extractor) -> None:
    x = run(extractor, "Micron posted second-quarter fiscal 2026 revenue of $9.3 billion.",
            lang="en", headline="Micron")
    assert periods(x)[("Revenue", Decimal(9300000000))] == "Q2 FY2026"


def test_subject_two_sentences_back_where_the_one_before_names_none(
        extractor: Extractor) -> None:
    x = run(extractor, "Im Sommer verdiente Siemens gut. Bei der Tochter Siemens Healthineers "
                       "hakte es dagegen. Der Umsatz wuchs um 5 Prozent auf 20 Milliarden Euro.")
    assert facts(x) >= {("Siemens", "Revenue", Decimal(20000000000), "EUR")}


@pytest.mark.parametrize(("body", "about"), [
    ("Wells Fargo set a price target of $340 for Microsoft, while Alphabet gained 2%.",
     "Microsoft"),
    ("Morgan Stanley raised its price target on Alphabet to $330, citing Microsoft's lead.",
     "Alphabet"),
])
def test_target_bound_by_for_or_on(extractor: Extractor, body: str, about: str) -> None:
    x = run(extractor, body, lang="en", headline="Big Tech targets")
    assert {(f.about, f.metric) for f in x.figures if f.metric == "PriceTarget"} == {
        (about, "PriceTarget")}


def test_private_valuation_and_stake_value(extractor: Extractor) -> None:
    x = run(extractor, "Amazon shares fell 1%. Anthropic was valued at $61.5 billion in its "
                       "latest round. Google holds a stake of 14% in Anthropic, valued at "
                       "$8 billion.", lang="en", headline="AI funding")
    found = facts(x)
    assert ("Anthropic", "MarketCapitalization", Decimal(61500000000), "USD") in found
    assert not any(f.value == Decimal(8000000000) for f in x.figures)


def test_span_is_the_moves_period_only(extractor: Extractor) -> None:
    x = run(extractor, "Samsung Electronics shares have risen 60% over the past year, giving "
                       "the company a market value of $500 billion.", lang="en",
            headline="Samsung")
    assert periods(x)[("StockPriceChange", Decimal(60))] == "1 year"
    assert periods(x)[("MarketCapitalization", Decimal(500000000000))] is None


def test_period_after_the_amount_counts_from_its_end(extractor: Extractor) -> None:
    x = run(extractor, "Meta expects capital expenditures of $70 billion in 2026, up from "
                       "$39.2 billion in 2024.", lang="en", headline="Meta")
    assert periods(x)[("CapitalExpenditure", Decimal(39200000000))] == "2024"
