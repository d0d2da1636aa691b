"""Families of figure constructions, each on sentences written for the test:
a positive case and a look-alike that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

import helpers
import pytest

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.periods import dated_period, period_of
from kg.nlp.quantities import find_quantities
from kg.records import Extraction

run = partial(helpers.run, headline="Zahlen")


facts = helpers.figure_facts


def ranges(text: str, lang: str) -> list[tuple[Decimal | None, Decimal | None, Decimal | None,
                                                str | None]]:
    return [(q.value, q.min_value, q.max_value, q.unit) for q in find_quantities(text, lang)]


# --- currencies named with their country's adjective ---------------------------

@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("ein Gewinn von 9 Billionen koreanischen Won", "de", "KRW"),
    ("ein Umsatz von 3 Billionen japanische Yen", "de", "JPY"),
    ("ein Umsatz von 40 Milliarden chinesischen Yuan", "de", "CNY"),
    ("a profit of 9 trillion South Korean won", "en", "KRW"),
    ("revenue of 3 trillion Japanese yen", "en", "JPY"),
])
def test_currency_with_country_adjective(text: str, lang: str, unit: str) -> None:
    (quantity,) = find_quantities(text, lang)
    assert quantity.unit == unit


def test_country_adjective_alone_is_no_currency() -> None:
    # "koreanische Kunden" names no currency: the count stays a count
    assert ranges("9 Millionen koreanische Kunden", "de") == [(Decimal(9000000), None, None,
                                                                "Count")]


def test_profit_in_won_named_with_adjective(extractor: Extractor) -> None:
    x = run(extractor, "LG Electronics verdiente im zweiten Quartal 1,4 Billionen "
                       "südkoreanische Won.", headline="LG Electronics legt zu")
    assert ("LG Electronics", "Profit", Decimal(1400000000000), "KRW") in facts(x)


# --- ranges whose unit follows the first end only ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("einen Gewinn je Aktie von 4,20 Euro bis 4,45 erwartet",
     (None, Decimal("4.2"), Decimal("4.45"), "EUR")),
    ("eine Marge von 11 Prozent bis 12 im Gesamtjahr",
     (None, Decimal(11), Decimal(12), "Percent")),
])
def test_range_with_unit_after_first_end(text: str, expected: tuple) -> None:
    assert ranges(text, "de") == [expected]


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Aktie kostete 20 Euro bis 30. September.", "de"),    # a date follows
    ("Der Kurs lag bei 20 Euro bis 22 Monate lang.", "de"),    # counts another noun
    ("Die Aktie stieg auf 20 Euro bis 90 im Sommer.", "de"),   # far above: no range
    ("The stock fell 3 euros to 3.5 on Friday.", "en"),        # a move to a level
])
def test_no_range_from_a_bare_number_after_an_amount(text: str, lang: str) -> None:
    assert all(q.min_value is None for q in find_quantities(text, lang))


def test_guided_eps_range_with_unit_once(extractor: Extractor) -> None:
    x = run(extractor, "Henkel erwartet für das Gesamtjahr einen bereinigten Gewinn je Aktie "
                       "von 5,10 Euro bis 5,40.", headline="Henkel hebt Prognose")
    (eps,) = [f for f in x.figures if f.metric == "EarningsPerShare"]
    assert (eps.about, eps.min_value, eps.max_value, eps.unit) == \
        ("Henkel", Decimal("5.1"), Decimal("5.4"), "EUR")


# --- share counts --------------------------------------------------------------

def test_share_count_is_an_other_figure_of_the_issuer(extractor: Extractor) -> None:
    x = run(extractor, "Porsche hat bei seinem Börsengang 113,75 Millionen Vorzugsaktien "
                       "platziert. Das Grundkapital von Porsche besteht aus 911 Millionen Aktien.",
            headline="Porsche an der Börse")
    assert {("Porsche", "Other", Decimal(113750000), "Count"),
            ("Porsche", "Other", Decimal(911000000), "Count")} <= facts(x)


def test_english_share_count(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings sold 95.5 million shares in its listing.", lang="en",
            headline="Arm lists")
    assert ("Arm Holdings", "Other", Decimal(95500000), "Count") in facts(x)


@pytest.mark.parametrize(("body", "lang"), [
    # the count is of analysts, not of shares, though the share is named
    ("Von 30 Analysten empfehlen 20 die Aktie von Porsche zum Kauf.", "de"),
    ("Die Aktie von Porsche stieg, nachdem 40 Händler neue Modelle bestellt hatten.", "de"),
    ("Shares of Arm Holdings rose after 20 analysts raised their targets.", "en"),
])
def test_count_beside_a_share_word_is_no_share_count(extractor: Extractor, body: str,
                                                     lang: str) -> None:
    assert not [f for f in run(extractor, body, lang=lang).figures if f.unit == "Count"]


# --- a metric word after the number that names the next number -----------------

def test_metric_word_before_the_next_number_is_not_this_ones(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft said operating income rose to $30 billion with margins "
                       "widening to 45%.", lang="en", headline="Microsoft results")
    assert {("Microsoft", "Profit", Decimal(30000000000), "USD"),
            ("Microsoft", "Other", Decimal(45), "Percent")} <= facts(x)


@pytest.mark.parametrize("body", [
    # a comma ends the metric word's phrase: it is this number's
    "Microsoft generated $70 billion in revenue, a 15% rise from a year earlier.",
    # a date after the metric word is no number of its kind
    "Microsoft reported $70 billion in revenue for December 2025.",
])
def test_metric_word_after_the_number_still_names_it(extractor: Extractor, body: str) -> None:
    assert ("Microsoft", "Revenue", Decimal(70000000000), "USD") in facts(
        run(extractor, body, lang="en", headline="Microsoft results"))


def test_hit_as_a_verb_is_no_charge(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft said cloud revenue hit $40 billion. Microsoft also took a "
                       "$2 billion hit from job cuts.", lang="en", headline="Microsoft results")
    assert {("Microsoft", "Revenue", Decimal(40000000000), "USD"),
            ("Microsoft", "Other", Decimal(2000000000), "USD")} <= facts(x)


# --- "von X auf Y": the old value takes the new one's unit and scale -----------

@pytest.mark.parametrize(("body", "lang", "old"), [
    ("Bei Henkel stieg der Umsatz von 5,2 auf 5,6 Milliarden Euro.", "de",
     Decimal(5200000000)),
    ("Bei Henkel stieg der Umsatz von 900 Millionen auf 1,1 Milliarden Euro.", "de",
     Decimal(900000000)),
    ("Henkel said revenue rose from 5.2 to 5.6 billion euros.", "en", Decimal(5200000000)),
])
def test_old_value_takes_the_scale_of_the_new(extractor: Extractor, body: str, lang: str,
                                               old: Decimal) -> None:
    assert ("Henkel", "Revenue", old, "EUR") in facts(
        run(extractor, body, lang=lang, headline="Henkel legt zu"))


def test_old_price_keeps_its_own_size(extractor: Extractor) -> None:
    # unscaled both: nothing to carry ("von 50 auf 55 Euro")
    x = run(extractor, "Die DZ Bank hob das Kursziel für Henkel von 70 auf 75 Euro.",
            headline="Henkel")
    assert {("Henkel", "PriceTarget", Decimal(70), "EUR"),
            ("Henkel", "PriceTarget", Decimal(75), "EUR")} <= facts(x)


# --- buybacks and market value in their common forms ---------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Henkel kauft eigene Aktien für bis zu 1 Milliarde Euro zurück.", "de"),
    ("Henkel will buy back its own shares for up to EUR 1 billion.", "en"),
])
def test_buyback_of_own_shares(extractor: Extractor, body: str, lang: str) -> None:
    assert ("Henkel", "ShareBuyback", Decimal(1000000000), "EUR") in facts(
        run(extractor, body, lang=lang, headline="Henkel"))


def test_buying_another_company_stays_an_investment(extractor: Extractor) -> None:
    x = run(extractor, "Henkel agreed to buy Clorox for $40 billion.", lang="en",
            headline="Henkel")
    assert ("Henkel", "Investment", Decimal(40000000000), "USD") in facts(x)


def test_worth_on_the_stock_market_is_a_market_value(extractor: Extractor) -> None:
    x = run(extractor, "Henkel ist an der Börse rund 30 Milliarden Euro wert.",
            headline="Henkel")
    assert ("Henkel", "MarketCapitalization", Decimal(30000000000), "EUR") in facts(x)


def test_worth_of_an_order_is_no_market_value(extractor: Extractor) -> None:
    x = run(extractor, "Der Auftrag für Henkel ist 2 Milliarden Euro wert.", headline="Henkel")
    assert not [f for f in x.figures if f.metric == "MarketCapitalization"]


# --- a metric word that already has its number ---------------------------------

def test_second_phrase_after_a_comma_takes_its_own_word(extractor: Extractor) -> None:
    x = run(extractor, "Bei Henkel zog der Umsatz um 8 Prozent an, die Aktie legte um "
                       "3 Prozent zu.", headline="Henkel")
    assert {("Henkel", "RevenueGrowth", Decimal(8), "Percent"),
            ("Henkel", "StockPriceChange", Decimal(3), "Percent")} <= facts(x)
    assert ("Henkel", "RevenueGrowth", Decimal(3), "Percent") not in facts(x)


def test_word_keeps_a_later_number_no_other_word_names(extractor: Extractor) -> None:
    x = run(extractor, "Henkel meldete einen Umsatz von 5 Milliarden Euro, nach 4 Milliarden "
                       "Euro im Vorjahr.", headline="Henkel")
    assert ("Henkel", "Revenue", Decimal(4000000000), "EUR") in facts(x)


# --- signs of forecast changes in the infinitive -------------------------------

@pytest.mark.parametrize("verb", ["sinken", "zurückgehen", "schrumpfen"])
def test_forecast_decline_in_the_infinitive_is_negative(extractor: Extractor, verb: str) -> None:
    x = run(extractor, f"Der Umsatz von Henkel dürfte um 4 Prozent {verb}.", headline="Henkel")
    assert ("Henkel", "RevenueGrowth", Decimal(-4), "Percent") in facts(x)


# --- a bare year after the finite verb -----------------------------------------

def test_bare_year_after_the_verb_is_the_period(extractor: Extractor) -> None:
    x = run(extractor, "Henkel hat 2024 rund 21,6 Milliarden Euro umgesetzt.", headline="Henkel")
    (revenue,) = [f for f in x.figures if f.metric == "Revenue"]
    assert revenue.period == "2024"


def test_year_span_after_the_verb_is_no_single_year(extractor: Extractor) -> None:
    x = run(extractor, "Henkel will 2025 bis 2027 rund 2 Milliarden Euro investieren.",
            headline="Henkel")
    (investment,) = [f for f in x.figures if f.metric == "Investment"]
    assert investment.period != "2025"


# --- a name after a comma with its own number opens the next phrase ------------

def test_name_of_the_next_phrase_takes_no_figure_before_it(extractor: Extractor) -> None:
    x = run(extractor, "Der Kupferpreis stieg um 3 Prozent auf 9.800 Dollar je Tonne, "
                       "Aurubis gewann 2 Prozent.")
    assert facts(x) == {("Aurubis", "StockPriceChange", Decimal(2), "Percent")}


def test_name_after_the_number_without_a_number_of_its_own_still_may(
        extractor: Extractor) -> None:
    x = run(extractor, "Um 4 Prozent zulegen konnte die Aktie, Spitzenreiter im Dax blieb "
                       "Rheinmetall.")
    assert ("Rheinmetall", "StockPriceChange", Decimal(4), "Percent") in facts(x)


# --- a commodity or coin as the subject of the clause --------------------------

@pytest.mark.parametrize(("body", "lang", "company"), [
    ("Der Goldpreis stieg um 1,5 Prozent auf 4.000 Dollar je Feinunze, und die Aktie von "
     "Aurubis gewann 2 Prozent.", "de", "Aurubis"),
    ("Oil prices rose 1.5% to $80 a barrel, and Chevron shares gained 2%.", "en", "Chevron"),
])
def test_commodity_move_is_no_share_move(extractor: Extractor, body: str, lang: str,
                                         company: str) -> None:
    assert facts(run(extractor, body, lang=lang)) == {
        (company, "StockPriceChange", Decimal(2), "Percent")}


# --- the provider of a poll is a source, not a subject --------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Intel reported revenue of $14 billion. Analysts polled by LSEG had expected revenue "
     "of $13 billion.", "en"),
    ("Intel meldete einen Umsatz von 14 Milliarden Dollar. Analysten, befragt von der LSEG, "
     "hatten einen Umsatz von 13 Milliarden Dollar erwartet.", "de"),
])
def test_poll_provider_takes_no_figure(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang=lang, headline="Intel")
    assert not [f for f in x.figures if f.about == "London Stock Exchange Group"]


# --- the first months of a year as a period -------------------------------------

@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Henkel steigerte den Umsatz in den ersten neun Monaten 2025 um 4 Prozent.", "de",
     "9M 2025"),
    ("Henkel steigerte den Umsatz in den ersten sechs Monaten um 4 Prozent.", "de", "H1"),
    ("Henkel's revenue rose 4% in the first nine months of 2025.", "en", "9M 2025"),
    ("Henkel's 9M revenue rose 4%.", "en", "9M"),
])
def test_first_months_of_the_year(extractor: Extractor, body: str, lang: str,
                                  expected: str) -> None:
    (growth,) = [f for f in run(extractor, body, lang=lang, headline="Henkel").figures
                 if f.metric == "RevenueGrowth"]
    assert growth.period == expected


@pytest.mark.parametrize(("published", "expected"), [
    (date(2025, 10, 30), "9M 2025"),   # the nine months just ended
    (date(2025, 8, 1), "9M 2024"),     # September not yet over: last year's
])
def test_first_months_take_the_year_they_ended_in(published: date, expected: str) -> None:
    assert dated_period("9M", published) == expected


def test_months_of_another_kind_are_no_period(extractor: Extractor) -> None:
    # "seit neun Monaten" is a span back from now, not the first months of a year
    x = run(extractor, "Die Henkel-Aktie hat seit neun Monaten 12 Prozent verloren.",
            headline="Henkel")
    assert all(not (f.period or "").endswith("M") for f in x.figures)


def test_fiscal_quarter_with_its_year_is_of_the_fiscal_year(extractor: Extractor) -> None:
    x = run(extractor, "Oracle reported revenue of $16 billion in fiscal Q1 2026.", lang="en",
            headline="Oracle")
    assert {(f.metric, f.period) for f in x.figures} == {("Revenue", "Q1 FY2026")}


# --- currency codes glued to the digits, Indian scale words ---------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("revenue of EUR1.2bn", Decimal(1200000000), "EUR"),
    ("a loss of USD500m", Decimal(500000000), "USD"),
    ("a profit of Rs 500 crore", Decimal(5000000000), "INR"),
])
def test_glued_code_and_crore(text: str, value: Decimal, unit: str) -> None:
    (quantity,) = find_quantities(text, "en")
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", ["the A320 jet", "the MEUR5 fund", "the XEUR5 series"])
def test_letters_glued_to_digits_stay_a_name(text: str) -> None:
    assert all(q.unit is None for q in find_quantities(text, "en"))


# --- a number in brackets beside another shares its scale and unit --------------

def test_bracketed_number_shares_scale_and_unit() -> None:
    text = "Der Umsatz stieg auf 5,4 (Vorjahr: 5,2) Milliarden Euro."
    assert [(q.value, q.unit) for q in find_quantities(text, "de")] == [
        (Decimal(5400000000), "EUR"), (Decimal(5200000000), "EUR")]


def test_bracketed_gloss_is_no_number() -> None:
    # a word in brackets, or a bracket with its own unit, is no such aside
    assert [(q.value, q.unit) for q in find_quantities(
        "Der Umsatz stieg auf 5,4 Milliarden Euro (+3 %).", "de")] == [
        (Decimal(5400000000), "EUR"), (Decimal(3), "Percent")]


@pytest.mark.parametrize("aside", ["(Vorjahr: 5,2)", "(5,2)"])
def test_bracketed_value_is_of_the_year_before(extractor: Extractor, aside: str) -> None:
    x = run(extractor, f"Der Umsatz von Henkel stieg im dritten Quartal 2025 auf 5,4 {aside} "
                       "Milliarden Euro.", headline="Henkel")
    assert {(f.value, f.period) for f in x.figures if f.metric == "Revenue"} == {
        (Decimal(5400000000), "Q3 2025"), (Decimal(5200000000), "Q3 2024")}


def test_raised_guidance_with_the_old_value_in_brackets(extractor: Extractor) -> None:
    x = run(extractor, "Henkel peilt nun 22,5 (zuvor: 22,0) Milliarden Euro Umsatz plus oder "
                       "minus 300 Millionen Euro an.", headline="Henkel")
    revenue = {f.value: f for f in x.figures if f.metric == "Revenue"}
    assert set(revenue) == {Decimal(22500000000), Decimal(22000000000)}
    assert revenue[Decimal(22500000000)].status == "Guidance"


# --- an amount "per share" named by its own word before -----------------------

@pytest.mark.parametrize(("body", "metric"), [
    ("Morningstar has a fair value estimate for Nike of $120 per share.", "FairValue"),
    ("Jefferies sees a price target for Nike of $95 per share.", "PriceTarget"),
    ("Nike will pay a quarterly dividend to holders of 41 cents per share.", "Dividend"),
])
def test_per_share_amount_keeps_its_own_metric(extractor: Extractor, body: str,
                                                metric: str) -> None:
    x = run(extractor, body, lang="en", headline="Nike")
    assert {f.metric for f in x.figures if f.about == "Nike"} == {metric}


def test_earnings_per_share_stay_earnings(extractor: Extractor) -> None:
    # look-alike: "earned" is no amount per share of its own, "per share" makes it EPS
    x = run(extractor, "Excluding items, Nike earned $1.12 per share.", lang="en",
            headline="Nike")
    assert ("Nike", "EarningsPerShare", Decimal("1.12"), "USD") in facts(x)


# --- a buyback "of its shares" --------------------------------------------------

def test_buyback_of_its_shares_is_a_buyback(extractor: Extractor) -> None:
    x = run(extractor, "Nike will buy back up to $15 billion of its shares.", lang="en",
            headline="Nike")
    assert ("Nike", "ShareBuyback", Decimal(15000000000), "USD") in facts(x)


def test_stake_of_its_shares_is_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Berkshire now holds 7% of its shares.", lang="en", headline="Apple")
    assert not x.figures


# --- free cash flow and net debt -------------------------------------------------

@pytest.mark.parametrize(("body", "lang", "value", "unit"), [
    ("Der freie Mittelzufluss von Siemens stieg auf 2,7 Milliarden Euro.", "de",
     Decimal(2700000000), "EUR"),
    ("Die Nettoverschuldung von Siemens sank auf 44 Milliarden Euro.", "de",
     Decimal(44000000000), "EUR"),
    ("Apple's FCF rose to $27 billion.", "en", Decimal(27000000000), "USD"),
    ("Apple's net debt fell to $12 billion.", "en", Decimal(12000000000), "USD"),
])
def test_cash_flow_and_net_debt_are_other_figures(extractor: Extractor, body: str, lang: str,
                                                  value: Decimal, unit: str) -> None:
    about = "Siemens" if lang == "de" else "Apple"
    x = run(extractor, body, lang=lang, headline=about)
    assert facts(x) == {(about, "Other", value, unit)}


def test_new_debt_stays_debt(extractor: Extractor) -> None:
    # look-alike: debt raised, not a net debt level
    x = run(extractor, "Apple sold $5 billion of debt on Monday.", lang="en", headline="Apple")
    assert ("Apple", "DebtIssuance", Decimal(5000000000), "USD") in facts(x)


# --- a turnover verb with an abbreviated scale ------------------------------------

def test_turnover_verb_reads_past_an_abbreviated_scale(extractor: Extractor) -> None:
    x = run(extractor, "BYD setzte im Quartal 62,4 Mrd. USD um.", headline="BYD")
    assert ("BYD", "Revenue", Decimal(62400000000), "USD") in facts(x)


# --- the value of the year before in brackets after an amount ----------------------

@pytest.mark.parametrize(("body", "old"), [
    ("Henkel erzielte einen Umsatz von 5,3 Milliarden Euro (Vorjahr: 5,1 Mrd).",
     Decimal(5100000000)),
    ("Henkel erzielte einen Umsatz von 5,3 Mrd. Euro (Vorjahr: 5,1).", Decimal(5100000000)),
    ("Henkel erzielte einen Umsatz von 5,3 Mrd. Euro (5,1 Mrd.).", Decimal(5100000000)),
])
def test_bracketed_value_after_an_amount_takes_its_unit(extractor: Extractor, body: str,
                                                        old: Decimal) -> None:
    x = run(extractor, body, headline="Henkel")
    assert {("Henkel", "Revenue", Decimal(5300000000), "EUR"),
            ("Henkel", "Revenue", old, "EUR")} == facts(x)


def test_bracketed_number_of_another_kind_takes_no_unit(extractor: Extractor) -> None:
    # look-alike: the label names another quantity, so no second revenue
    x = run(extractor, "Henkel erzielte einen Umsatz von 5,3 Mrd. Euro (Anteil: 40).",
            headline="Henkel")
    assert facts(x) == {("Henkel", "Revenue", Decimal(5300000000), "EUR")}


# --- a list of results: "Revenue: $X vs. $Y expected" ----------------------------

@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Here is how Nvidia did.\nRevenue: $51.2 billion vs. $49.8 billion expected", "en",
     ("Nvidia", "Revenue", Decimal(51200000000), "USD")),
    ("Here is how Nvidia did.\nEarnings per share: $0.94 adjusted vs. $0.91 expected", "en",
     ("Nvidia", "EarningsPerShare", Decimal("0.94"), "USD")),
    ("Die Zahlen von Siemens im Überblick.\n- Umsatz: 21,1 Milliarden Euro", "de",
     ("Siemens", "Revenue", Decimal(21100000000), "EUR")),
])
def test_label_before_a_colon_names_the_number(extractor: Extractor, body: str, lang: str,
                                               expected: tuple) -> None:
    assert expected in facts(run(extractor, body, lang=lang, headline=expected[0]))


def test_colon_after_a_clause_still_ends_it(extractor: Extractor) -> None:
    # look-alike: the words before the colon are a clause with a number, not a label
    x = run(extractor, "Siemens steigerte den Umsatz um 4 Prozent: Die Aktie gewann 2 Prozent.",
            headline="Siemens")
    assert ("Siemens", "StockPriceChange", Decimal(2), "Percent") in facts(x)


def test_per_diluted_share_is_earnings_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia's net income rose to $26.4 billion, or $1.08 per diluted share.",
            lang="en", headline="Nvidia")
    assert ("Nvidia", "EarningsPerShare", Decimal("1.08"), "USD") in facts(x)
    assert not [f for f in x.figures if f.metric == "SharePrice"]


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Airbus delivered 72 aircraft in November.", "en", ("Airbus", "Other", Decimal(72), "Count")),
    ("Airbus lieferte im November 72 Flugzeuge aus.", "de",
     ("Airbus", "Other", Decimal(72), "Count")),
    ("JPMorgan's return on tangible common equity was 21%.", "en",
     ("JPMorgan", "Other", Decimal(21), "Percent")),
])
def test_deliveries_and_returns_are_other_figures(extractor: Extractor, body: str, lang: str,
                                                  expected: tuple) -> None:
    assert expected in facts(run(extractor, body, lang=lang, headline=expected[0]))


# --- periods: since the start of the year, two-digit fiscal years ------------------

@pytest.mark.parametrize(("body", "lang", "period"), [
    ("Die Rheinmetall-Aktie hat seit Jahresbeginn 14 Prozent zugelegt.", "de",
     "seit Jahresbeginn"),
    ("Die Rheinmetall-Aktie hat seit Jahresbeginn 2024 um 14 Prozent zugelegt.", "de", "2024"),
    ("Rheinmetall shares are up 14% year-to-date.", "en", "year to date"),
    ("Rheinmetall shares are up 14% YTD.", "en", "year to date"),
])
def test_since_the_start_of_the_year(extractor: Extractor, body: str, lang: str,
                                     period: str) -> None:
    (figure,) = run(extractor, body, lang=lang, headline="Rheinmetall").figures
    assert (figure.metric, figure.period) == ("StockPriceChange", period)


@pytest.mark.parametrize(("body", "period"), [
    ("Nvidia reported FY25 revenue of $130 billion.", "FY2025"),
    ("Nvidia sees FY 2026 revenue of $200 billion.", "FY2026"),
])
def test_fiscal_year_with_two_digits(extractor: Extractor, body: str, period: str) -> None:
    (figure,) = run(extractor, body, lang="en", headline="Nvidia").figures
    assert (figure.metric, figure.period) == ("Revenue", period)


def test_two_digits_after_fy_in_a_name_are_no_year(extractor: Extractor) -> None:
    # look-alike: "FY" glued to more digits is no two-digit year
    x = run(extractor, "Nvidia reported FY2025 revenue of $130 billion.", lang="en",
            headline="Nvidia")
    assert [f.period for f in x.figures] == ["FY2025"]


# --- job cuts: a headcount cut is negative ------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Bosch will bis 2030 weltweit 13.000 Stellen abbauen.", "de"),
    ("Bosch streicht 13.000 Arbeitsplätze.", "de"),
    ("Bosch baut 13.000 Stellen ab.", "de"),
    ("Bosch kündigte an, bis 2030 weltweit 13.000 Stellen abzubauen.", "de"),
    ("Bosch plans to cut 13,000 jobs by 2030.", "en"),
    ("About 13,000 jobs will be eliminated, Bosch said.", "en"),
])
def test_job_cut_is_a_negative_headcount(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang=lang, headline="Bosch")
    assert [(f.about, f.metric, f.value) for f in x.figures] == \
        [("Bosch", "Employees", Decimal(-13000))]


@pytest.mark.parametrize(("body", "lang"), [
    ("Bosch beschäftigt weltweit 418.000 Mitarbeiter und will 13.000 Stellen abbauen.", "de"),
    ("Bosch employs 418,000 people after cutting 13,000 jobs.", "en"),
])
def test_workforce_beside_a_cut_stays_positive(extractor: Extractor, body: str,
                                               lang: str) -> None:
    x = run(extractor, body, lang=lang, headline="Bosch")
    assert {("Bosch", "Employees", Decimal(418000), "Count"),
            ("Bosch", "Employees", Decimal(-13000), "Count")} == facts(x)


# --- old values: "von X auf Y" needs a new number -----------------------------------

def test_target_kept_with_a_rating_after_auf_is_no_old_value(extractor: Extractor) -> None:
    x = run(extractor, 'Jefferies hat Siemens mit einem Kursziel von 275 Euro auf "Buy" belassen.',
            headline="Siemens")
    (target,) = x.figures
    assert (target.metric, target.value, target.status) == \
        ("PriceTarget", Decimal(275), "Estimate")


def test_old_target_before_a_hedged_new_one(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies hob das Kursziel für Siemens von 240 auf rund 275 Euro an.",
            headline="Siemens")
    assert {(f.value, f.unit, f.status) for f in x.figures} == \
        {(Decimal(240), "EUR", "Previous"), (Decimal(275), "EUR", "Estimate")}


# --- a bracketed value of the year before, further after its amount ------------------

def test_bracketed_prior_value_takes_the_metric_before_the_bracket(extractor: Extractor) -> None:
    x = run(extractor, "Die Allianz schlägt eine Dividende von 16,80 Euro je Aktie vor "
                       "(Vorjahr: 15,40 Euro).", headline="Allianz")
    assert {("Allianz", "Dividend", Decimal("16.8"), "EUR"),
            ("Allianz", "Dividend", Decimal("15.4"), "EUR")} == facts(x)


def test_bracketed_number_with_a_label_of_its_own_takes_no_metric(extractor: Extractor) -> None:
    # look-alike: the bracket names another thing, not the year before
    x = run(extractor, "Die Allianz schlägt eine Dividende von 16,80 Euro je Aktie vor "
                       "(Sonderzahlung: 2 Euro).", headline="Allianz")
    assert facts(x) == {("Allianz", "Dividend", Decimal("16.8"), "EUR")}


# --- analysts credited by their house: a target for the share of the passage ---------

def test_credited_analysts_target_the_share_of_the_passage(extractor: Extractor) -> None:
    x = run(extractor, "Die Henkel-Aktie verlor 3 Prozent. Die Analysten von Jefferies senkten "
                       "das Kursziel von 82 auf 76 Euro.", headline="Henkel unter Druck")
    (target,) = [f for f in x.figures if f.status == "Estimate"]
    assert (target.about, target.metric, target.value, target.estimated_by) == \
        ("Henkel", "PriceTarget", Decimal(76), "Jefferies")


def test_credited_analysts_forecast_names_its_own_subject(extractor: Extractor) -> None:
    # look-alike: a forecast, not a target, is not given to the company of the passage
    x = run(extractor, "Die Henkel-Aktie verlor 3 Prozent. Die Analysten von Jefferies erwarten "
                       "einen Umsatz von 22 Milliarden Euro.", headline="Henkel unter Druck")
    assert not [f for f in x.figures if f.metric == "Revenue"]


# --- portions and beats of revenue are no revenue growth --------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Der Umsatzanteil Chinas liegt bei Infineon bei 35 Prozent.", "de"),
    ("Infineon erzielte 35 Prozent seines Umsatzes in China.", "de"),
    ("Der Umsatz von Infineon lag 4 Prozent über den Erwartungen.", "de"),
    ("Infineon's revenue was 4% above analysts' estimates.", "en"),
])
def test_portion_or_beat_of_revenue_is_no_growth(extractor: Extractor, body: str,
                                                 lang: str) -> None:
    assert not run(extractor, body, lang=lang, headline="Infineon").figures


@pytest.mark.parametrize(("body", "lang"), [
    ("Der Umsatz von Infineon stieg um 4 Prozent und lag damit über den Erwartungen.", "de"),
    ("Infineon steigerte seinen Umsatz um 4 Prozent.", "de"),
])
def test_growth_beside_expectations_stays_growth(extractor: Extractor, body: str,
                                                 lang: str) -> None:
    assert facts(run(extractor, body, lang=lang, headline="Infineon")) == \
        {("Infineon Technologies", "RevenueGrowth", Decimal(4), "Percent")}


# --- a replaced outlook: "statt wie bisher", "from a previous forecast of" ---------------

@pytest.mark.parametrize(("body", "lang", "new", "old"), [
    ("Henkel rechnet nun mit 3 bis 4 Prozent organischem Umsatzwachstum statt wie bisher mit "
     "1 bis 3 Prozent.", "de", (Decimal(3), Decimal(4)), (Decimal(1), Decimal(3))),
    ("Der Umsatz von Henkel soll nun um 3 bis 4 Prozent wachsen, nach zuvor 1 bis 3 Prozent.",
     "de", (Decimal(3), Decimal(4)), (Decimal(1), Decimal(3))),
])
def test_replaced_outlook_is_the_old_value(extractor: Extractor, body: str, lang: str,
                                           new: tuple, old: tuple) -> None:
    x = run(extractor, body, lang=lang, headline="Henkel")
    growth = {(f.min_value, f.max_value): f.status for f in x.figures
              if f.metric == "RevenueGrowth"}
    assert growth == {new: "Guidance", old: "Previous"}


def test_replaced_forecast_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Walmart now sees sales growth of 4.8%, up from a previous forecast "
                       "of 3.75%.", lang="en", headline="Walmart")
    assert {(f.value, f.status) for f in x.figures} == \
        {(Decimal("4.8"), "Guidance"), (Decimal("3.75"), "Previous")}


def test_value_after_a_plain_comparison_is_not_replaced(extractor: Extractor) -> None:
    # look-alike: "from the prior year" compares; the amount after it is the new revenue
    x = run(extractor, "Walmart's revenue rose 5% from the prior year to $170 billion.",
            lang="en", headline="Walmart")
    assert {(f.metric, f.status) for f in x.figures} == \
        {("RevenueGrowth", "Reported"), ("Revenue", "Reported")}


# --- a unit's growth ending at its revenue; inventories; multiples of expected earnings ---

def test_unit_growth_ends_at_its_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Das Rechenzentrumsgeschäft wuchs um 56 Prozent auf 41,1 Milliarden Dollar.",
            headline="Nvidia")
    assert ("Nvidia Data Center", "Revenue", Decimal(41100000000), "USD") in facts(x)


def test_company_move_to_an_amount_is_no_revenue(extractor: Extractor) -> None:
    # look-alike: a share's move ends at a price, not at revenue
    x = run(extractor, "Die Nvidia-Aktie stieg um 3 Prozent auf 180 Dollar.", headline="Nvidia")
    assert ("Nvidia", "SharePrice", Decimal(180), "USD") in facts(x)
    assert not [f for f in x.figures if f.metric == "Revenue"]


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Nvidia's inventory rose to $19.8 billion.", "en",
     ("Nvidia", "Other", Decimal(19800000000), "USD")),
    ("Die Lagerbestände von Nvidia stiegen auf 19,8 Milliarden Dollar.", "de",
     ("Nvidia", "Other", Decimal(19800000000), "USD")),
    ("Nvidia stock trades at about 31 times expected earnings.", "en",
     ("Nvidia", "ValuationMultiple", Decimal(31), "Multiple")),
])
def test_inventories_and_multiples_of_expected_earnings(extractor: Extractor, body: str,
                                                        lang: str, expected: tuple) -> None:
    assert expected in facts(run(extractor, body, lang=lang, headline="Nvidia"))


# --- English percentage ranges after "of" or a verb of outlook ---------------------------

@pytest.mark.parametrize("text", ["expects growth of 9% to 11%", "sees 9% to 11% revenue growth"])
def test_percentage_range_after_an_outlook(text: str) -> None:
    assert ranges(text, "en") == [(None, Decimal(9), Decimal(11), "Percent")]


@pytest.mark.parametrize("text", ["the margin rose 9% to 11%", "improved from 9% to 11%"])
def test_percentage_move_to_a_level_is_no_range(text: str) -> None:
    assert all(q.min_value is None for q in find_quantities(text, "en"))


# --- Swiss francs written "Fr." -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("ein Umsatz von 91,4 Mrd. Fr. im Jahr", Decimal(91400000000)),
    ("ein Gewinn von 3,5 Mio. sFr.", Decimal(3500000)),
])
def test_swiss_francs_abbreviated(text: str, value: Decimal) -> None:
    assert ranges(text, "de") == [(value, None, None, "CHF")]


def test_abbreviation_without_a_number_before_is_no_currency() -> None:
    # look-alike: "Fr." for a person, with no amount before it
    assert ranges("Fr. Meier nannte 12 Prozent", "de") == [(Decimal(12), None, None, "Percent")]


# --- an offer per share for a company named after the amount ------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("UniCredit bietet 38 Euro je Aktie für die Commerzbank.", "de"),
    ("UniCredit offered 38 euros per share for Commerzbank.", "en"),
])
def test_offer_per_share_is_the_price_of_the_company_bought(extractor: Extractor, body: str,
                                                           lang: str) -> None:
    x = run(extractor, body, lang=lang, headline="UniCredit")
    assert facts(x) == {("Commerzbank", "SharePrice", Decimal(38), "EUR")}


def test_offer_per_share_without_the_company_bought_is_no_figure(extractor: Extractor) -> None:
    # look-alike: the bidder's own earnings or price it is not
    assert not run(extractor, "UniCredit offered 38 euros per share in cash.", lang="en",
                   headline="UniCredit").figures


def test_verb_of_crashing_in_the_infinitive_is_negative(extractor: Extractor) -> None:
    x = run(extractor, "Die Gewinnwarnung ließ die Siemens-Aktie um 8 Prozent abstürzen.",
            headline="Siemens")
    assert facts(x) == {("Siemens", "StockPriceChange", Decimal(-8), "Percent")}


# --- what a deal, a contract or pay "is worth" is no market value -------------------------

@pytest.mark.parametrize("body", [
    "The deal is worth $12 billion.",
    "Tesla CEO Elon Musk's pay package could be worth as much as $900 billion.",
])
def test_worth_of_a_deal_or_pay_is_no_market_value(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, lang="en", headline="Tesla")
    assert not [f for f in x.figures if f.metric == "MarketCapitalization"]


def test_company_worth_is_its_market_value(extractor: Extractor) -> None:
    x = run(extractor, "Tesla is now worth $1.4 trillion.", lang="en", headline="Tesla")
    assert ("Tesla", "MarketCapitalization", Decimal(1400000000000), "USD") in facts(x)


def test_cash_and_investments_are_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Tesla had $41.6 billion in cash and investments at the end of the "
                       "quarter.", lang="en", headline="Tesla")
    assert facts(x) == {("Tesla", "Other", Decimal(41600000000), "USD")}


# --- a company that gained or lost "an Wert" speaks of its shares -------------------------

def test_value_gained_by_a_company_is_a_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat in den letzten drei Monaten 9 Prozent an Wert gewonnen.",
            headline="Siemens")
    assert facts(x) == {("Siemens", "StockPriceChange", Decimal(9), "Percent")}


def test_bare_change_of_a_company_without_share_words_stays_out(extractor: Extractor) -> None:
    # look-alike: a change with no word of the share or its value is not a share move
    x = run(extractor, "Siemens hat in den letzten drei Monaten 9 Prozent gewonnen.",
            headline="Siemens")
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


def test_since_the_start_of_the_year_stays_in_its_clause(extractor: Extractor) -> None:
    # look-alike: the span belongs to the share's clause, not to the revenue after the comma
    x = run(extractor, "Siemens hat seit Jahresbeginn ein Drittel an Wert verloren, der Umsatz "
                       "sank um 6 Prozent.", headline="Siemens")
    (growth,) = [f for f in x.figures if f.metric == "RevenueGrowth"]
    assert (growth.value, growth.period) == (Decimal(-6), None)


def test_credited_analysts_target_the_article_subject_after_a_sentence_without_names(
        extractor: Extractor) -> None:
    # no name in the sentence before: the target is the share of the article's subject,
    # as a rating in the same words would be
    x = run(extractor, "Der Konsumgüterkonzern Henkel senkte seine Prognose. Die Nachfrage "
                       "bleibt schwach. Analysten der Deutschen Bank senkten das Kursziel von "
                       "82 auf 76 Euro.", headline="Henkel senkt Prognose")
    (target,) = [f for f in x.figures if f.status == "Estimate"]
    assert (target.about, target.metric, target.value, target.estimated_by) == \
        ("Henkel", "PriceTarget", Decimal(76), "Deutsche Bank")


# --- a share move "in <place>" says where it traded -------------------------------------

@pytest.mark.parametrize("tail", ["in London", "in Frankfurt trading", "in Hong Kong on Monday"])
def test_a_share_move_in_a_place_is_the_companys(extractor: Extractor, tail: str) -> None:
    x = run(extractor, f"Barclays reported higher profit. Its shares rose 3% {tail}.",
            lang="en", headline="Barclays beats forecasts")
    assert ("Barclays", "StockPriceChange", Decimal(3), "Percent") in facts(x)


def test_a_rise_in_an_index_is_still_no_companys_move(extractor: Extractor) -> None:
    # look-alike: after "in", an index is the thing that changed
    x = run(extractor, "Barclays reported higher profit. A 10% rise in the Nasdaq Composite "
                       "lifted sentiment.", lang="en", headline="Barclays beats forecasts")
    assert not [f for f in x.figures if f.value == 10]


# --- a share of a market is a market share, not a move of the share ------------------------

def test_share_of_a_market_is_a_market_share(extractor: Extractor) -> None:
    x = run(extractor, "Analysts expect Infineon's share of the car-chip market to reach 14% "
                       "next year.", lang="en", headline="Infineon")
    assert facts(x) == {("Infineon Technologies", "MarketShare", Decimal(14), "Percent")}


def test_shares_rising_stay_a_share_move(extractor: Extractor) -> None:
    # look-alike: "shares" with no market after them are the stock
    x = run(extractor, "Infineon shares rose 14% on Tuesday.", lang="en", headline="Infineon")
    assert facts(x) == {("Infineon Technologies", "StockPriceChange", Decimal(14), "Percent")}


# --- a decline a price target implies is a negative upside ---------------------------------

def test_decline_implied_by_a_target_is_a_negative_upside(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies cut its price target on Zalando to EUR 18, implying a drop of "
                       "12% from the last close.", lang="en", headline="Zalando")
    assert ("Zalando", "UpsidePotential", Decimal(-12), "Percent") in facts(x)
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


def test_gain_implied_by_a_target_is_a_positive_upside(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies raised its price target on Zalando to EUR 30, implying a gain "
                       "of 15% from the last close.", lang="en", headline="Zalando")
    assert ("Zalando", "UpsidePotential", Decimal(15), "Percent") in facts(x)


def test_drop_of_the_shares_stays_a_share_move(extractor: Extractor) -> None:
    # look-alike: a drop the shares made, with no target implying it
    x = run(extractor, "Zalando shares suffered a drop of 12% on Friday.", lang="en",
            headline="Zalando")
    assert facts(x) == {("Zalando", "StockPriceChange", Decimal(-12), "Percent")}


# --- "times sales" is a valuation multiple -------------------------------------------------

def test_times_sales_is_a_valuation_multiple(extractor: Extractor) -> None:
    x = run(extractor, "Snowflake trades at 15 times next year's sales, the analyst said.",
            lang="en", headline="Snowflake")
    assert {(f.metric, f.value) for f in x.figures} == {("ValuationMultiple", Decimal(15))}


# --- a takeover premium and an enterprise value are no share move or market value ----------

def test_premium_on_the_closing_price_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Das Angebot entspricht einem Aufschlag von 30 Prozent auf den "
                       "Schlusskurs vom Montag.", headline="Übernahmeangebot für Aixtron")
    assert facts(x) == {("Aixtron", "Other", Decimal(30), "Percent")}


def test_share_closing_higher_stays_a_share_move(extractor: Extractor) -> None:
    # look-alike: a gain of the share's price told with the same noun
    x = run(extractor, "Die Aixtron-Aktie schloss mit einem Aufschlag von 3 Prozent.",
            headline="Aixtron")
    assert facts(x) == {("Aixtron", "StockPriceChange", Decimal(3), "Percent")}


def test_enterprise_value_is_no_market_value(extractor: Extractor) -> None:
    x = run(extractor, "Einschließlich der Schulden liegt der Unternehmenswert von Aixtron bei "
                       "4 Milliarden Euro.", headline="Aixtron")
    assert facts(x) == {("Aixtron", "Other", Decimal(4000000000), "EUR")}


def test_market_value_stays_a_market_value(extractor: Extractor) -> None:
    # look-alike: the value of the shares is the market value
    x = run(extractor, "Der Börsenwert von Aixtron liegt bei 4 Milliarden Euro.",
            headline="Aixtron")
    assert facts(x) == {("Aixtron", "MarketCapitalization", Decimal(4000000000), "EUR")}


# --- "je Aktie" names the unit of its own amount, not a share price for the next -----------

def test_earlier_dividend_after_a_per_share_one_is_no_share_price(extractor: Extractor) -> None:
    x = run(extractor, "Allianz schlägt eine Dividende von 15,40 Euro je Aktie vor, für das "
                       "Vorjahr hatte es 13,80 Euro gegeben.", headline="Allianz")
    assert {(f.metric, f.value) for f in x.figures} == {("Dividend", Decimal("15.40")),
                                                       ("Dividend", Decimal("13.80"))}


def test_price_of_the_share_after_a_dividend_stays_a_share_price(extractor: Extractor) -> None:
    # look-alike: the share named on its own, not in "je Aktie"
    x = run(extractor, "Allianz zahlt eine Dividende von 15,40 Euro je Aktie. Die Aktie schloss "
                       "bei 380 Euro.", headline="Allianz")
    assert ("Allianz", "SharePrice", Decimal(380), "EUR") in facts(x)


# --- a span of months from January is the year to date --------------------------------------

@pytest.mark.parametrize(("text", "lang", "period"), [
    ("Von Januar bis September stieg der Umsatz.", "de", "9M"),
    ("Von Januar bis Juni stieg der Umsatz.", "de", "H1"),
    ("From January to October revenue rose.", "en", "10M"),
    # look-alikes: a span of a quarter may be a fiscal one, a span not from January is no
    # year to date: both stay as written
    ("Von Januar bis März stieg der Umsatz.", "de", "Januar bis März"),
    ("Von Juli bis September stieg der Umsatz.", "de", "Juli bis September"),
])
def test_months_from_january_are_the_year_to_date(text: str, lang: str, period: str) -> None:
    assert period_of(text, lang) == period


# --- an index named in an aside of the share is where it is listed, not what moved ---------

def test_index_in_an_aside_of_the_stock_leaves_the_move_to_the_share(
        extractor: Extractor) -> None:
    x = run(extractor, "Intel shares fell 2% on Tuesday. The stock, a member of the Nasdaq 100, "
                       "has lost 11% this year.", lang="en", headline="Intel")
    moves = {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"}
    assert moves == {("Intel", Decimal(-2)), ("Intel", Decimal(-11))}


def test_index_moving_on_its_own_keeps_its_move(extractor: Extractor) -> None:
    # look-alike: the index is the subject of its own clause
    x = run(extractor, "The Nasdaq 100, the benchmark of tech stocks, fell 2% on Tuesday.",
            lang="en", headline="Markets")
    assert facts(x) == {("Nasdaq 100", "StockPriceChange", Decimal(-2), "Percent")}


# --- the medium spoken to is never what a figure is about ----------------------------------

def test_medium_told_a_forecast_is_not_its_subject(extractor: Extractor) -> None:
    x = run(extractor, "Nike CEO Elliott Hill told CNBC that the company expects revenue to "
                       "grow 4% next quarter.", lang="en", headline="Nike")
    assert [(f.about, f.metric) for f in x.figures] == [("Nike", "RevenueGrowth")]


def test_interview_partner_in_german_is_not_the_subject(extractor: Extractor) -> None:
    x = run(extractor, "Puma-Chef Arthur Hoeld sagte dem Handelsblatt, der Konzern erwarte ein "
                       "Umsatzplus von 3 Prozent.", headline="Puma")
    assert [(f.about, f.metric) for f in x.figures] == [("Puma SE", "RevenueGrowth")]


def test_medium_as_the_subject_keeps_its_figure(extractor: Extractor) -> None:
    # look-alike: the medium reports its own revenue, spoken to by no one
    x = run(extractor, "CNBC grew its revenue 4% last year.", lang="en", headline="CNBC")
    assert [(f.about, f.metric) for f in x.figures] == [("CNBC", "RevenueGrowth")]


# --- a business unit as the subject keeps its figures from the parent -----------------------

@pytest.mark.parametrize("body", [
    "Kion legte Zahlen vor. Die Sparte Lagertechnik litt unter der Flaute; ihr Umsatz sank um "
    "4,2 Prozent auf 3,1 Milliarden Euro.",
    "Kion legte Zahlen vor. Das Segment Lagertechnik litt unter der Flaute; sein Umsatz sank "
    "um 4,2 Prozent auf 3,1 Milliarden Euro.",
    "Kion legte Zahlen vor. Die Ersatzteilsparte litt unter der Flaute; ihr Umsatz sank um "
    "4,2 Prozent auf 3,1 Milliarden Euro.",
])
def test_unknown_unit_as_subject_gives_the_parent_nothing(extractor: Extractor,
                                                          body: str) -> None:
    x = run(extractor, body, headline="Kion")
    assert not [f for f in x.figures if f.about == "Kion Group"]


def test_parent_named_before_a_unit_after_its_number_keeps_its_figure(
        extractor: Extractor) -> None:
    # look-alike: the unit is named after the number, as the reason for it
    x = run(extractor, "Kion steigerte den Umsatz um 3 Prozent, vor allem dank der Sparte "
                       "Lagertechnik Nord.", headline="Kion")
    assert ("Kion Group", "RevenueGrowth", Decimal(3), "Percent") in facts(x)


def test_known_unit_named_before_its_segment_word_keeps_its_figure(
        extractor: Extractor) -> None:
    # look-alike: a unit the catalogue knows, named before the word "segment"
    x = run(extractor, "Siemens said its Smart Infrastructure division grew revenue 6%.",
            lang="en", headline="Siemens")
    assert facts(x) == {("Siemens Smart Infrastructure", "RevenueGrowth", Decimal(6), "Percent")}


# --- a market report's lines: plural verbs, the company after the verb ------------------

def test_market_report_lines_are_share_moves(extractor: Extractor) -> None:
    x = run(extractor, "Der Dax legte um 0,8 Prozent zu. Gefragt waren Autowerte: BMW gewannen "
                       "3,1 Prozent, Mercedes-Benz 2,7 Prozent. Dagegen verloren Bayer 2,2 "
                       "Prozent. Im MDax ging es für Hensoldt um 5 Prozent nach oben.",
            headline="Dax schließt fester")
    moves = {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"}
    assert {("BMW", Decimal("3.1")), ("Mercedes-Benz Group", Decimal("2.7")),
            ("Bayer", Decimal("-2.2")), ("Hensoldt", Decimal(5))} <= moves


def test_a_change_after_a_sales_line_is_no_share_move(extractor: Extractor) -> None:
    # look-alike: the line before is a change of sales, not of a share
    x = run(extractor, "BMW setzte im Quartal 5 Prozent weniger Autos ab. Dagegen wuchs Mini "
                       "um 2 Prozent.", headline="BMW mit weniger Absatz")
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


# --- a period in a subordinate clause belongs to that clause's figures -----------------

@pytest.mark.parametrize(("body", "lang", "head"), [
    ("Ford shares slid 3.2% to $11.40 on Thursday after the carmaker sold 512,000 vehicles "
     "in the second quarter.", "en", "Ford"),
    ("Die Adidas-Aktie fiel um 2,5 Prozent, nachdem der Konzern im dritten Quartal einen "
     "Umsatz von 6 Milliarden Euro meldete.", "de", "Adidas"),
])
def test_period_after_a_subordinator_is_not_the_share_moves(extractor: Extractor, body: str,
                                                             lang: str, head: str) -> None:
    x = run(extractor, body, lang=lang, headline=head)
    moves = [f for f in x.figures if f.metric in ("StockPriceChange", "SharePrice")]
    assert moves and all(f.period is None for f in moves)
    # the subordinate clause's own figure keeps its quarter
    assert [f.period for f in x.figures if f.metric not in ("StockPriceChange", "SharePrice")] \
        == ["Q2" if lang == "en" else "Q3"]


def test_period_before_a_subordinator_stays_the_figures(extractor: Extractor) -> None:
    # look-alike: the quarter is stated in the figure's own clause
    x = run(extractor, "Ford's revenue rose 5% in the second quarter after the carmaker cut "
                       "prices.", lang="en", headline="Ford")
    assert [(f.metric, f.period) for f in x.figures] == [("RevenueGrowth", "Q2")]


@pytest.mark.parametrize(("body", "lang", "period"), [
    ("Ford shares have gained 20% in the past 12 months after the carmaker cut prices.", "en",
     "12 months"),
    ("Die Ford-Aktie hat seit Jahresbeginn 20 Prozent gewonnen, als der Konzern im zweiten "
     "Quartal die Preise senkte.", "de", "seit Jahresbeginn"),
])
def test_moves_own_period_before_a_subordinator_stays(extractor: Extractor, body: str,
                                                      lang: str, period: str) -> None:
    # look-alike: the move states its own period before the subordinate clause
    x = run(extractor, body, lang=lang, headline="Ford")
    assert [(f.metric, f.period) for f in x.figures] == [("StockPriceChange", period)]


# --- an English month is no name ---------------------------------------------------

def test_month_opening_a_phrase_is_no_name(extractor: Extractor) -> None:
    x = run(extractor, "The drugmaker October reported higher sales.", lang="en",
            headline="News")
    assert "October" not in {e.label for e in x.entities}


# --- a percentage bound to a metric word by a noun of change ------------------------

def test_change_noun_binds_the_metric_word_after_it(extractor: Extractor) -> None:
    # the revenue word also ends at "$2 billion", yet the 9% is its change, not the share's
    x = run(extractor, "Adidas shares fell 5% on Tuesday after the company reported a 9% "
                       "decline in Latin America revenue to $2 billion.", lang="en",
            headline="Adidas")
    assert ("Adidas", "StockPriceChange", Decimal(-5), "Percent") in facts(x)
    assert ("Adidas", "StockPriceChange", Decimal(-9), "Percent") not in facts(x)
    assert {f.metric for f in x.figures if f.value == Decimal(-9)} <= {"RevenueGrowth"}


def test_metric_word_without_a_change_noun_stays_the_next_numbers(
        extractor: Extractor) -> None:
    # look-alike: no noun of change ties the margin word to the amount before it
    x = run(extractor, "Adidas said operating income hit $2 billion with margins expanding "
                       "to 12%.", lang="en", headline="Adidas")
    assert ("Adidas", "Profit", Decimal(2000000000), "USD") in facts(x)
    assert not [f for f in x.figures if f.value == Decimal(2000000000) and f.metric != "Profit"]


# --- a valuation told with "valuing the … at" --------------------------------------

@pytest.mark.parametrize("body", [
    "HSBC shares rose 2% in London, valuing the lender at about 150 billion pounds.",
    "The rally values the lender at 150 billion pounds.",
])
def test_valuing_the_company_at_is_its_market_value(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, lang="en", headline="HSBC")
    assert ("HSBC", "MarketCapitalization", Decimal(150000000000), "GBP") in facts(x)


@pytest.mark.parametrize("body", [
    "HSBC agreed a deal that values its investment in the fund at roughly $2 billion.",
    "HSBC agreed a deal that values the stake at roughly $2 billion.",
    "Asset values at HSBC fell by $2 billion.",
])
def test_value_of_a_holding_is_no_market_value(extractor: Extractor, body: str) -> None:
    # look-alike: what is valued is a holding or assets, not the company
    x = run(extractor, body, lang="en", headline="HSBC")
    assert not [f for f in x.figures if f.metric == "MarketCapitalization"]


# --- job cuts announced by a company's chief ------------------------------------------

@pytest.mark.parametrize(("body", "company"), [
    ("CEO Mike Doustdar, who took over in August, announced 5,000 job cuts.", "Novo Nordisk"),
    ("Ford CEO Jim Farley announced 5,000 job cuts.", "Ford Motor"),
    ("Novo Nordisk said job losses of 5,000 would follow.", "Novo Nordisk"),
])
def test_job_cuts_announced_are_a_cut_of_the_employer(extractor: Extractor, body: str,
                                                     company: str) -> None:
    x = run(extractor, body, lang="en", headline="Novo Nordisk")
    assert facts(x) == {(company, "Employees", Decimal(-5000), "Count")}


def test_savings_of_job_cuts_are_no_headcount(extractor: Extractor) -> None:
    # look-alike: the job cuts are named, but the amount is what they save
    x = run(extractor, "Novo Nordisk said the job cuts would save $1 billion a year.",
            lang="en", headline="Novo Nordisk")
    assert not [f for f in x.figures if f.metric == "Employees"]


# --- a target after a rating sentence that names its company by a reference ----------

def test_target_after_rating_of_one_company_is_that_companys(extractor: Extractor) -> None:
    body = ("Die Analysten bleiben bei Rheinmetall zuversichtlich. Jefferies und Bernstein "
            "bekräftigten ihre Kaufempfehlungen für den Rüstungskonzern. Bernstein sieht den "
            "fairen Wert bei 2.100 Euro, Jefferies nennt ein Kursziel von 1.950 Euro.")
    x = run(extractor, body, headline="Analysten-Check: Infineon und Siemens im Blick")
    assert ("Rheinmetall", "FairValue", Decimal(2100), "EUR") in facts(x)
    assert ("Rheinmetall", "PriceTarget", Decimal(1950), "EUR") in facts(x)


def test_target_after_rating_of_two_companies_stays_unowned(extractor: Extractor) -> None:
    # look-alike: the rating sentence names two companies; the target is no one's for sure
    body = ("Jefferies bekräftigte die Kaufempfehlungen für Rheinmetall und Hensoldt. "
            "Die Bank nennt ein Kursziel von 1.950 Euro.")
    x = run(extractor, body, headline="Analysten-Check: Infineon und Siemens im Blick")
    assert not [f for f in x.figures if f.metric == "PriceTarget" and f.about != "Rheinmetall"
                and f.about != "Hensoldt"]
    assert not [f for f in x.figures if f.metric == "PriceTarget"
                and f.about in ("Infineon Technologies", "Siemens")]


# --- a name inside a relative clause before the number ------------------------------

@pytest.mark.parametrize(("body", "lang", "owner"), [
    ("Infineon shares rose 2%, while BMW, which has long bought chips from Infineon, "
     "lost 1.8%.", "en", "BMW"),
    ("Die Aktie von Infineon stieg um 2 Prozent, BMW, das zuletzt mehr Chips von Infineon "
     "bezog, verlor dagegen 1,8 Prozent.", "de", "BMW"),
])
def test_name_in_a_closed_relative_clause_is_not_the_subject(
        extractor: Extractor, body: str, lang: str, owner: str) -> None:
    x = run(extractor, body, lang=lang, headline="Markt")
    moves = {f.about for f in x.figures if f.value == Decimal("-1.8")}
    assert "Infineon Technologies" not in moves
    assert moves <= {owner}


def test_name_after_a_closed_relative_clause_keeps_its_number(extractor: Extractor) -> None:
    # look-alike: the relative clause belongs to the name before; the next name owns its own
    body = ("Größter Gewinner waren die Aktien von BMW, die 5,1 Prozent zulegten, gefolgt von "
            "Siemens, die 3,2 Prozent teurer bei 210,40 Euro schlossen.")
    x = run(extractor, body, headline="Markt")
    assert ("Siemens", "StockPriceChange", Decimal("3.2"), "Percent") in facts(x)
    assert ("BMW", "StockPriceChange", Decimal("5.1"), "Percent") in facts(x)
    assert ("BMW", "StockPriceChange", Decimal("3.2"), "Percent") not in facts(x)


# --- a version number in a name ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Volkswagen will put Pilot 2.0 in the cars it builds with the group.",
    "Google said Gemini 2.5 runs in the cars of three makers.",
])
def test_version_after_a_name_is_no_figure(extractor: Extractor, text: str) -> None:
    x = run(extractor, text, lang="en", headline="Volkswagen")
    assert not [f for f in x.figures if f.value in (Decimal(2), Decimal("2.5"))]


def test_decimal_count_after_a_verb_stays_a_figure(extractor: Extractor) -> None:
    # look-alike: the decimal follows a verb, not a name
    x = run(extractor, "Volkswagen delivered 2.5 million cars in the year.", lang="en",
            headline="Volkswagen")
    assert [f for f in x.figures if f.value == Decimal(2500000)]


# --- an unknown name before the metric word in a second clause -----------------------

def test_unknown_unit_in_the_second_clause_is_not_the_first_names(
        extractor: Extractor) -> None:
    x = run(extractor, "iPhone revenue grew 8% to $48 billion, while Wearables sales fell 3% "
                       "to $8.1 billion.", lang="en", headline="Apple results")
    assert ("iPhone", "Revenue", Decimal(48000000000), "USD") in facts(x)
    assert not [f for f in x.figures if f.value in (Decimal(-3), Decimal(8100000000))
                and f.about == "iPhone"]


# --- an outlook that goes on without its year --------------------------------------

def _periods(x: Extraction) -> dict[tuple[str, Decimal | None], str | None]:
    return {(f.metric, f.value if f.value is not None else f.min_value): f.period
            for f in x.figures}


def test_outlook_after_a_year_outlook_takes_that_year(extractor: Extractor) -> None:
    body = ("Siemens hat im dritten Quartal 2026 den Umsatz um 4 Prozent auf 20 Milliarden "
            "Euro gesteigert. Für 2027 peilt der Vorstand eine Marge von 15 Prozent an. "
            "Beim Umsatz bestätigte Siemens die Spanne von 80 bis 84 Milliarden Euro. "
            "Die Eigenkapitalrendite soll auf mehr als 14 Prozent steigen.")
    periods = _periods(run(extractor, body, headline="Siemens"))
    assert periods[("Revenue", Decimal(20000000000))] == "Q3 2026"
    assert periods[("Revenue", Decimal(80000000000))] == "2027"
    assert periods[("Other", Decimal(14))] == "2027"


def test_exact_result_after_a_year_outlook_keeps_the_reporting_period(
        extractor: Extractor) -> None:
    # look-alike: an exact reported value after the outlook sentence is a result
    body = ("Siemens hat im dritten Quartal 2026 den Umsatz um 4 Prozent auf 20 Milliarden "
            "Euro gesteigert. Für 2027 peilt der Vorstand eine Marge von 15 Prozent an. "
            "Der Nettogewinn stieg auf 2,1 Milliarden Euro.")
    periods = _periods(run(extractor, body, headline="Siemens"))
    assert periods[("Profit", Decimal(2100000000))] == "Q3 2026"


# --- a value of the year before, in more words -------------------------------------

@pytest.mark.parametrize("body", [
    "Siemens verdiente im dritten Quartal 2026 rund 900 Millionen Euro nach 800 Millionen "
    "Euro ein Jahr zuvor.",
    "Siemens verdiente im dritten Quartal 2026 rund 900 Millionen Euro. Vor einem Jahr "
    "hatte der Konzern einen Gewinn von 800 Millionen Euro erzielt.",
])
def test_value_a_year_before_takes_the_prior_period(extractor: Extractor, body: str) -> None:
    periods = _periods(run(extractor, body, headline="Siemens"))
    assert periods[("Profit", Decimal(900000000))] == "Q3 2026"
    assert periods[("Profit", Decimal(800000000))] == "Q3 2025"


def test_dividend_for_the_year_before_beside_a_planned_one(extractor: Extractor) -> None:
    body = ("Für 2026 stellt Siemens eine Dividende von 5,40 Euro je Aktie in Aussicht, "
            "für das Vorjahr hatte es 5,20 Euro gegeben.")
    periods = _periods(run(extractor, body, headline="Siemens"))
    assert periods[("Dividend", Decimal("5.40"))] == "2026"
    assert periods[("Dividend", Decimal("5.20"))] == "2025"


# --- fiscal quarters without their year ----------------------------------------------

def _dated(extractor: Extractor, body: str, published: date, lang: str = "en",
           headline: str = "Results") -> Extraction:
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=published)
    return extractor.extract(article)


@pytest.mark.parametrize(("body", "published", "period"), [
    ("Oracle reported fiscal second-quarter results. Revenue rose 8% to $16 billion.",
     date(2026, 12, 12), "Q2 FY2027"),
    ("Oracle reported fiscal fourth-quarter results. Revenue rose 8% to $16 billion.",
     date(2026, 6, 14), "Q4 FY2026"),
    ("For its fiscal first quarter, Oracle expects revenue of $16 billion.",
     date(2026, 6, 14), "Q1 FY2027"),
    ("Oracle reported results for the fourth fiscal quarter. Revenue rose 8% to $16 billion. "
     "The fourth quarter of fiscal 2025 had been weaker.",
     date(2026, 6, 14), "Q4 FY2025"),
])
def test_fiscal_quarter_takes_the_fiscal_year(extractor: Extractor, body: str,
                                              published: date, period: str) -> None:
    x = _dated(extractor, body, published)
    assert {f.period for f in x.figures if f.metric == "Revenue"} == {period}


def test_calendar_quarter_stays_calendar(extractor: Extractor) -> None:
    # look-alike: no "fiscal", so the quarter is the calendar one of its year
    x = _dated(extractor, "Oracle reported second-quarter results. Revenue rose 8% to "
                          "$16 billion.", date(2026, 8, 12))
    assert {f.period for f in x.figures if f.metric == "Revenue"} == {"Q2 2026"}


def test_fiscal_quarter_without_a_date_keeps_its_label(extractor: Extractor) -> None:
    x = run(extractor, "Meituan meldete für das vierte Geschäftsquartal einen Umsatz von "
                       "20 Milliarden Yuan.", headline="Meituan")
    assert {f.period for f in x.figures if f.metric == "Revenue"} == {"Q4"}


# --- results after a sentence that names them, two sentences after a partner ----------

_PARTNER_THEN_RESULTS = (
    "NIO will start robotaxi trials from the first quarter of 2027. CATL, which supplies "
    "the batteries, will also sell the cars, NIO President Lihong Qin said. The news came "
    "a week after solid third-quarter numbers. Revenue rose 40% year over year to 22 "
    "billion yuan.")


def test_results_named_before_are_the_subjects_not_a_partners(extractor: Extractor) -> None:
    x = _dated(extractor, _PARTNER_THEN_RESULTS, date(2026, 11, 16),
               headline="Why NIO stock jumped")
    revenue = [f for f in x.figures if f.metric == "Revenue"]
    assert [(f.about, f.period) for f in revenue] == [("Nio", "Q3 2026")]


def test_results_right_after_a_partner_stay_unowned(extractor: Extractor) -> None:
    # look-alike: the partner is the subject of the sentence right before
    x = run(extractor, "NIO will start robotaxi trials in 2027. CATL, which supplies the "
                       "batteries, also sells cars. Revenue rose 40% to 22 billion yuan.",
            lang="en", headline="Why NIO stock jumped")
    assert not [f for f in x.figures if f.metric == "Revenue" and f.about == "Nio"]


# --- "Die Aktie" without its owner, after a sentence about the company --------------

def test_share_opening_the_sentence_is_the_previous_subjects(extractor: Extractor) -> None:
    body = ("Die Deutsche Börse hat mehrere Indexänderungen beschlossen. Für Aixtron und "
            "Siltronic ändert sich einiges. Der Münchner Konzern Siltronic hatte zuletzt von "
            "einer Erholung profitiert. Die Aktie hat seit Jahresbeginn um 38 Prozent "
            "zugelegt und schloss am Mittwoch bei 64,10 Euro.")
    x = run(extractor, body, headline="Indexänderung: Siltronic steigt auf, Aixtron fällt")
    assert ("Siltronic", "StockPriceChange", Decimal(38), "Percent") in facts(x)
    assert ("Siltronic", "SharePrice", Decimal("64.10"), "EUR") in facts(x)
    # the span since January is the move's; a price has no period
    assert {f.period for f in x.figures if f.metric == "SharePrice"} == {None}


def test_share_in_a_genitive_is_not_the_previous_subjects(extractor: Extractor) -> None:
    # look-alike: the share is named mid-sentence; the sentence before speaks of rivals
    body = ("PDD hat im Quartal mehr umgesetzt. International gelten Zalando und Amazon als "
            "die wichtigsten Rivalen von PDD. Morningstar senkte seine Schätzung für den fairen "
            "Wert der Aktie auf 150 Dollar.")
    x = run(extractor, body, headline="PDD legt Zahlen vor")
    assert not [f for f in x.figures if f.about in ("Zalando", "Amazon")]


# --- "im vergangenen Jahr", "last year" ---------------------------------------------

def test_last_year_in_the_lead_is_the_reporting_year(extractor: Extractor) -> None:
    body = ("Die Allianz hat im vergangenen Jahr so viel verdient wie nie. Der Umsatz legte um "
            "6 Prozent auf 180 Milliarden Euro zu.")
    x = _dated(extractor, body, date(2027, 2, 20), lang="de", headline="Allianz")
    assert {f.period for f in x.figures if f.metric in ("Revenue", "RevenueGrowth")} == {"2026"}


def test_last_year_beside_a_number_is_the_year_before(extractor: Extractor) -> None:
    x = _dated(extractor, "Anthropic generated $900 million in revenue last year.",
               date(2026, 5, 4), headline="Anthropic")
    assert {f.period for f in x.figures if f.metric == "Revenue"} == {"2025"}


def test_same_period_last_year_stays_a_comparison(extractor: Extractor) -> None:
    # look-alike: "the same period last year" names the base of a comparison
    x = _dated(extractor, "Alphabet reported third-quarter results. Revenue rose 16% to $102 "
                          "billion, up from 15% growth in the same period last year.",
               date(2026, 10, 30), headline="Alphabet")
    assert {f.period for f in x.figures if f.value == Decimal(102000000000)} == {"Q3 2026"}


def test_last_year_without_a_date_gives_no_year(extractor: Extractor) -> None:
    x = run(extractor, "Anthropic generated $900 million in revenue last year.", lang="en",
            headline="Anthropic")
    assert "last year" not in {f.period for f in x.figures}


# --- the first months of the year as the reporting period -------------------------

def test_first_nine_months_in_the_lead_are_the_reporting_period(extractor: Extractor) -> None:
    body = ("Der Spezialchemiekonzern Wacker Chemie hat in den ersten neun Monaten mehr "
            "Aufträge erhalten. Der Auftragseingang stieg um 12 Prozent auf 4,1 Milliarden Euro. "
            "Der Umsatz legte um 5 Prozent auf 4,4 Milliarden Euro zu.")
    x = _dated(extractor, body, date(2026, 10, 29), lang="de", headline="Wacker Chemie")
    assert {f.period for f in x.figures if f.metric == "Revenue"} == {"9M 2026"}


def test_first_nine_months_late_in_the_article_are_no_reporting_period(
        extractor: Extractor) -> None:
    # look-alike: the span is named only after the lead, in a passage of its own
    body = ("Wacker Chemie hat den Umsatz auf 5,5 Milliarden Euro gesteigert. Der Konzern "
            "sieht sich gut aufgestellt. Die Nachfrage aus China zog an. Die Kunden bestellten "
            "mehr Silikone. Auch Polysilizium war gefragt. Der Vorstand ist zuversichtlich. "
            "Die Aktie stieg in den ersten neun Monaten um 8 Prozent.")
    x = _dated(extractor, body, date(2026, 10, 29), lang="de", headline="Wacker Chemie")
    assert {f.period for f in x.figures if f.metric == "Revenue"} == {None}


# --- "seit Jahresbeginn": the year of publication ------------------------------------

def test_move_since_the_start_of_the_year_is_the_years(extractor: Extractor) -> None:
    body = ("Die Aktie von Symrise hat seit Jahresbeginn um 18 Prozent zugelegt und schloss "
            "am Dienstag bei 92,40 Euro.")
    x = _dated(extractor, body, date(2026, 11, 3), lang="de", headline="Symrise")
    assert {(f.value, f.period) for f in x.figures if f.metric == "StockPriceChange"} == {
        (Decimal(18), "2026")}
    # the span is the move's only: the closing price takes no year from it
    assert {f.period for f in x.figures if f.metric == "SharePrice"} == {None}


def test_move_since_the_start_of_the_year_undated_keeps_its_words(extractor: Extractor) -> None:
    # look-alike: without a date of publication there is no year to give it
    x = run(extractor, "Die Aktie von Symrise hat seit Jahresbeginn um 18 Prozent zugelegt.",
            headline="Symrise")
    assert {f.period for f in x.figures if f.metric == "StockPriceChange"} == {
        "seit Jahresbeginn"}


# --- a bank's fees, buybacks told in the past, a unit named before "unit" -----------

def test_investment_banking_fees_are_revenue_not_investment(extractor: Extractor) -> None:
    x = _dated(extractor, "Morgan Stanley posted third-quarter results on Wednesday. Investment "
                          "banking fees jumped 44% to $2.1 billion.", date(2026, 10, 15),
               headline="Morgan Stanley results")
    assert not [f for f in x.figures if f.metric == "Investment"]
    assert ("Morgan Stanley", "Revenue", Decimal(2100000000), "USD") in facts(x)


def test_money_put_into_an_investment_bank_stays_investment(extractor: Extractor) -> None:
    # look-alike: the verb invests; the bank is only what the money goes to
    x = run(extractor, "Morgan Stanley plans to invest $2 billion in its investment banking "
                       "business.", lang="en", headline="Morgan Stanley")
    assert ("Morgan Stanley", "Investment", Decimal(2000000000), "USD") in facts(x)


def test_shares_bought_back_are_a_buyback(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley posted third-quarter results on Wednesday. The bank "
                       "bought back $1.5 billion of its own shares in the quarter.", lang="en",
            headline="Morgan Stanley results")
    assert ("Morgan Stanley", "ShareBuyback", Decimal(1500000000), "USD") in facts(x)


def test_a_business_bought_back_is_no_buyback(extractor: Extractor) -> None:
    # look-alike: what is bought back is a joint venture, not shares
    x = run(extractor, "Morgan Stanley bought back its Japanese joint venture from Mitsubishi "
                       "UFJ for $1.5 billion.", lang="en", headline="Morgan Stanley")
    assert not [f for f in x.figures if f.metric == "ShareBuyback"]


def test_a_named_unit_before_unit_keeps_its_figure_from_the_parent(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley posted third-quarter results on Wednesday. The Wealth "
                       "Management unit generated revenue of $7.1 billion, up 12% from a year "
                       "ago.", lang="en", headline="Morgan Stanley results")
    assert not [f for f in x.figures if f.about == "Morgan Stanley"]


def test_the_unit_after_the_figure_leaves_it_to_the_parent(extractor: Extractor) -> None:
    # look-alike: the unit is named after the number, in a clause of its own
    x = run(extractor, "Morgan Stanley's revenue rose 12% to $17 billion, as the Wealth "
                       "Management unit drew new assets.", lang="en",
            headline="Morgan Stanley results")
    assert ("Morgan Stanley", "Revenue", Decimal(17000000000), "USD") in facts(x)


# --- a forecast the company's own executive raises ------------------------------------

def test_forecast_raised_by_the_chief_is_guidance_not_the_analysts(extractor: Extractor) -> None:
    body = ("Andritz-Aktien verteuerten sich um 2,8 Prozent, nachdem die Analysten der Baader "
            "Bank ihr Votum auf \"Add\" angehoben hatten. Andritz-Chef Joachim Schönbeck hatte "
            "vergangene Woche die Prognose für den Konzernüberschuss auf 2,1 bis 2,4 "
            "Milliarden Euro angehoben.")
    x = run(extractor, body, headline="Wiener Börse")
    profits = [f for f in x.figures if f.metric == "Profit"]
    assert [(f.about, f.status, f.estimated_by) for f in profits] == [
        ("Andritz", "Guidance", None)]


def test_forecast_of_the_analysts_after_the_chief_stays_theirs(extractor: Extractor) -> None:
    # look-alike: the chief is named, but the analysts forecast in a clause of their own
    body = ("Die Analysten der Baader Bank sind für Andritz zuversichtlich. Andritz-Chef "
            "Joachim Schönbeck sei zu vorsichtig: Sie erwarten für 2026 einen Gewinn von 2,1 "
            "Milliarden Euro.")
    x = run(extractor, body, headline="Andritz im Blick")
    assert {(f.status, f.estimated_by) for f in x.figures if f.metric == "Profit"} == {
        ("Estimate", "Baader Bank")}


# --- an agency's dateline without a city ------------------------------------------

def test_agency_dateline_alone_is_no_subject(extractor: Extractor) -> None:
    body = ("(Bloomberg) -- ASML Holding NV reported third-quarter bookings that beat "
            "estimates.\nNet bookings rose to €6.8 billion, the company said in a statement.")
    x = run(extractor, body, lang="en", headline="ASML orders beat estimates")
    assert {f.about for f in x.figures if f.value == Decimal(6800000000)} == {"ASML"}


def test_agency_named_as_a_pollster_stays_a_name(extractor: Extractor) -> None:
    # look-alike: no dateline; the agency is named in the text only
    x = run(extractor, "ASML reported third-quarter bookings of €6.8 billion. Analysts "
                       "surveyed by Bloomberg had expected less.", lang="en",
            headline="ASML orders beat estimates")
    assert "Bloomberg" in {e.label for e in x.entities}
    assert {f.about for f in x.figures if f.value == Decimal(6800000000)} == {"ASML"}


# --- "einbrach": a fall ---------------------------------------------------------------

def test_revenue_that_collapsed_falls(extractor: Extractor) -> None:
    x = run(extractor, "Lanxess meldete am Donnerstag, dass der Umsatz im dritten Quartal um "
                       "14 Prozent auf 1,4 Milliarden Euro einbrach.",
            headline="Lanxess enttäuscht")
    assert {f.value for f in x.figures if f.metric == "RevenueGrowth"} == {Decimal(-14)}


def test_revenue_that_broke_through_a_mark_rises(extractor: Extractor) -> None:
    # look-alike: a rise through a mark; no word of a fall
    x = run(extractor, "Lanxess steigerte den Umsatz um 14 Prozent auf 2 Milliarden Euro.",
            headline="Lanxess")
    assert {f.value for f in x.figures if f.metric == "RevenueGrowth"} == {Decimal(14)}


# --- a unit's sentence, then the chief on the group ----------------------------------

def test_chief_after_a_unit_speaks_for_the_group(extractor: Extractor) -> None:
    body = ("Lanxess hat im dritten Quartal weniger umgesetzt. Die Sparte Specialty Additives "
            "hielt sich mit einem Minus von 3 Prozent vergleichsweise gut.\nFinanzchef Oliver "
            "Stratmann kündigte an, die Investitionen im kommenden Jahr auf rund 350 Millionen "
            "Euro zu begrenzen.")
    x = run(extractor, body, headline="Lanxess enttäuscht")
    assert {f.about for f in x.figures if f.metric == "Investment"} == {"Lanxess"}


def test_unit_going_on_without_a_chief_keeps_its_figure(extractor: Extractor) -> None:
    # look-alike: the next sentence goes on about the unit; no executive speaks
    body = ("Lanxess hat im dritten Quartal weniger umgesetzt. Die Sparte Specialty Additives "
            "hielt sich mit einem Minus von 3 Prozent vergleichsweise gut.\nIhr Umsatz sank "
            "auf 600 Millionen Euro.")
    x = run(extractor, body, headline="Lanxess enttäuscht")
    assert {f.about for f in x.figures if f.metric == "Revenue"} == {"Specialty Additives"}


# --- a move measured against a benchmark named after it -------------------------------

@pytest.mark.parametrize("comparison", ["underperforming the benchmark Nikkei 225",
                                        "lagging the Nikkei 225"])
def test_benchmark_after_a_move_is_not_the_mover(extractor: Extractor, comparison: str) -> None:
    body = ("Toyota's shares closed up 2.3% at 3,085 yen before the results. They have lost "
            f"about 8% this year, {comparison}.")
    x = run(extractor, body, lang="en", headline="Toyota raises outlook")
    moves = {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"}
    assert ("Toyota Motor", Decimal(-8)) in moves
    assert not [about for about, _ in moves if about == "Nikkei 225"]


def test_benchmark_moving_on_its_own_keeps_its_move(extractor: Extractor) -> None:
    # look-alike: the index is the subject of its own sentence
    body = ("Toyota's shares closed up 2.3% at 3,085 yen. The benchmark Nikkei 225 has lost "
            "about 8% this year.")
    x = run(extractor, body, lang="en", headline="Toyota raises outlook")
    assert ("Nikkei 225", "StockPriceChange", Decimal(-8), "Percent") in facts(x)


# --- "Kronen", "crowns": the country an earlier mention names ------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Die Aktie von Vestas stieg um 3 Prozent auf 140 dänische Kronen. Der Umsatz lag bei 5 "
     "Milliarden Kronen.", "de"),
    ("Vestas shares rose 3% to 140 Danish crowns. Revenue reached 5 billion crowns.", "en"),
])
def test_bare_crowns_take_the_currency_named_before(extractor: Extractor, body: str,
                                                    lang: str) -> None:
    x = run(extractor, body, lang=lang, headline="Vestas")
    assert ("Vestas", "Revenue", Decimal(5000000000), "DKK") in facts(x)


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens steigerte den Umsatz um 8 Prozent auf 232 Milliarden Kronen.", "de"),
    ("Shell earned 20 billion kroner in the quarter.", "en"),
])
def test_bare_crowns_without_a_country_get_no_currency(extractor: Extractor, body: str,
                                                       lang: str) -> None:
    # look-alike: no explicit mention, no Nordic country named and no company seated in one
    # chooses among the crowns: no guessed currency
    x = run(extractor, body, lang=lang, headline="Zahlen")
    assert not [f for f in x.figures if f.unit in ("SEK", "NOK", "DKK")]


@pytest.mark.parametrize(("body", "lang", "unit"), [
    ("Novo Nordisk steigerte den Umsatz um 8 Prozent auf 232 Milliarden Kronen.", "de", "DKK"),
    ("Equinor earned 20 billion kroner in the quarter.", "en", "NOK"),
])
def test_bare_crowns_take_the_currency_of_the_company_seat(extractor: Extractor, body: str,
                                                          lang: str, unit: str) -> None:
    x = run(extractor, body, lang=lang, headline="Zahlen")
    assert {f.unit for f in x.figures if f.unit in ("SEK", "NOK", "DKK")} == {unit}


# --- after a unit's sentence, a figure only the whole company has ----------------------

def test_solvency_ratio_after_a_unit_is_the_companys(extractor: Extractor) -> None:
    body = ("Talanx hat im dritten Quartal mehr verdient. In der Erstversicherung wuchs die "
            "Sparte Retail International beim Umsatz um 11 Prozent auf 2,1 Milliarden Euro.\n"
            "Die Solvenzquote lag Ende September bei 238 Prozent.")
    x = run(extractor, body, headline="Talanx hebt Prognose")
    assert {f.about for f in x.figures if f.value == Decimal(238)} == {"Talanx"}


def test_margin_after_a_unit_stays_the_units(extractor: Extractor) -> None:
    # look-alike: a margin is a unit's as much as its company's
    body = ("Talanx hat im dritten Quartal mehr verdient. In der Erstversicherung wuchs die "
            "Sparte Retail International beim Umsatz um 11 Prozent auf 2,1 Milliarden Euro.\n"
            "Die Marge lag bei 8 Prozent.")
    x = run(extractor, body, headline="Talanx hebt Prognose")
    assert "Talanx" not in {f.about for f in x.figures if f.value == Decimal(8)}


# --- "zum Jahresende 2025": that year -----------------------------------------------

def test_value_at_the_end_of_a_year_takes_that_year(extractor: Extractor) -> None:
    x = run(extractor, "Die Solvenzquote von Talanx lag bei 238 Prozent, nach 225 Prozent zum "
                       "Jahresende 2025.", headline="Talanx")
    assert {f.period for f in x.figures if f.value == Decimal(225)} == {"2025"}


def test_end_of_a_month_is_no_year_end(extractor: Extractor) -> None:
    # look-alike: the end of a month with its year is that month
    x = run(extractor, "Die Solvenzquote von Talanx lag Ende September 2026 bei 238 Prozent.",
            headline="Talanx")
    assert {f.period for f in x.figures if f.value == Decimal(238)} == {"2026-09"}


# --- "X vs. Y expected": X is reported ------------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Coinbase posted third-quarter results on Thursday.\nEarnings per share: $1.42 vs. $1.55 "
     "expected", "en"),
    ("Coinbase hat im dritten Quartal weniger verdient. Der Gewinn je Aktie lag bei 1,42 "
     "Dollar (erwartet: 1,55 Dollar).", "de"),
])
def test_value_set_against_the_estimate_is_reported(extractor: Extractor, body: str,
                                                    lang: str) -> None:
    x = _dated(extractor, body, date(2026, 11, 6), lang=lang, headline="Coinbase")
    eps = {(f.value, f.status, f.period) for f in x.figures if f.metric == "EarningsPerShare"}
    assert (Decimal("1.42"), "Reported", "Q3 2026") in eps
    assert Decimal("1.55") not in {value for value, status, _ in eps if status == "Reported"}


def test_estimate_against_a_year_before_stays_an_estimate(extractor: Extractor) -> None:
    # look-alike: "versus" sets the estimate against last year's value, not an estimate
    x = run(extractor, "Coinbase is expected to earn $1.55 a share versus $1.42 a year "
                       "earlier, analysts said.", lang="en", headline="Coinbase")
    assert "Reported" not in {f.status for f in x.figures if f.value == Decimal("1.55")}


# --- pence: "420p", "420 pence", "GBp 420" are hundredths of a pound ------------------

@pytest.mark.parametrize(("text", "lang", "value"), [
    ("a target of 420p", "en", Decimal("4.2")),
    ("a target of 1,250 pence", "en", Decimal("12.5")),
    ("shares trade at GBp 198", "en", Decimal("1.98")),
    ("shares closed at 198 GBX", "en", Decimal("1.98")),
    ("ein Kursziel von 310 Pence", "de", Decimal("3.1")),
])
def test_pence_are_hundredths_of_a_pound(text: str, lang: str, value: Decimal) -> None:
    assert ranges(text, lang) == [(value, None, None, "GBP")]


@pytest.mark.parametrize(("text", "lang", "value"), [
    # look-alikes: the pound's own code, a page number, percentage points
    ("a target of GBP 4.20", "en", (Decimal("4.2"), None, None, "GBP")),
    ("see p. 12 of the report", "en", (Decimal(12), None, None, None)),
    ("margin up 40pp", "en", (Decimal(40), None, None, "Percent")),
])
def test_pence_look_alikes_keep_their_reading(text: str, lang: str,
                                              value: tuple[Decimal, None, None, str]) -> None:
    assert ranges(text, lang) == [value]


def test_target_raised_in_pence_keeps_both_ends_in_pounds(extractor: Extractor) -> None:
    x = run(extractor, "Barclays raised its price target for Unilever to 4,800p from 4,500p. "
                       "Unilever shares rose 2.1% to 4,512p in London.",
            lang="en", headline="Unilever")
    assert {(f.metric, f.value, f.unit) for f in x.figures if f.metric != "StockPriceChange"} \
        == {("PriceTarget", Decimal(48), "GBP"), ("PriceTarget", Decimal(45), "GBP"),
            ("SharePrice", Decimal("45.12"), "GBP")}


def test_old_target_in_pence_is_read_in_pounds(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Bank hebt das Kursziel für Shell von 2800 auf 3100 Pence an.",
            headline="Shell")
    assert {(f.value, f.status) for f in x.figures if f.metric == "PriceTarget"} \
        == {(Decimal(28), "Previous"), (Decimal(31), "Estimate")}


# --- a takeover offer: the price per share and its premium are the company bought's -----

def test_offer_price_told_after_the_takeover_is_the_targets(extractor: Extractor) -> None:
    x = run(extractor, "Der Aufzughersteller Schindler will den Konkurrenten Kone übernehmen. "
                       "Schindler biete den Aktionären 96 Franken in bar je Aktie, teilte der "
                       "Konzern mit. Das entspricht einem Aufschlag von 34 Prozent auf den "
                       "Schlusskurs vom Freitag.", headline="Schindler greift nach Kone")
    assert {(f.about, f.metric, f.value) for f in x.figures} == {
        ("Kone", "SharePrice", Decimal(96)), ("Kone", "Other", Decimal(34))}


def test_offer_premium_in_english_is_the_targets(extractor: Extractor) -> None:
    x = run(extractor, "Pfizer said on Monday it would pay $22 a share in cash. The price is a "
                       "premium of 31% to Friday's close.", lang="en",
            headline="Pfizer agrees to buy Kenvue")
    assert {(f.about, f.metric) for f in x.figures} == {("Kenvue", "SharePrice"),
                                                        ("Kenvue", "Other")}


def test_bidder_named_in_a_headline_noun_phrase_is_no_target(extractor: Extractor) -> None:
    # look-alike: "Übernahmepoker um Y: X bietet": the takeover word stands before
    # both names, and X is the bidder, so the premium is Y's
    x = run(extractor, "Der Finanzinvestor Carlyle bietet den Aktionären 68 Euro je Aktie. Das "
                       "entspricht einem Aufschlag von 41 Prozent auf den Schlusskurs.",
            headline="Übernahmepoker um Gerresheimer: Carlyle bietet 68 Euro je Aktie")
    assert {f.about for f in x.figures if f.value == Decimal(41)} <= {"Gerresheimer"}
    assert "Carlyle Group" not in {f.about for f in x.figures}


def test_takeover_told_in_the_passive_gives_no_target_by_order(extractor: Extractor) -> None:
    # look-alike: "Y wird von X übernommen" turns the order of the names round
    x = run(extractor, "Covestro wird von Siemens übernommen. Siemens biete 80 Euro je Aktie.",
            headline="Übernahme")
    assert "Siemens" not in {f.about for f in x.figures if f.metric == "SharePrice"}


def test_premium_without_a_takeover_keeps_its_company(extractor: Extractor) -> None:
    # look-alike: a price premium over rivals, no offer in the article
    x = run(extractor, "Apple sells its phones at a premium of 30% over rivals such as Samsung "
                       "Electronics.", lang="en", headline="Apple")
    assert {(f.about, f.value) for f in x.figures} == {("Apple", Decimal(30))}


# --- "Ende September", "as of June 30": the end of a month, its year from the date ---

@pytest.mark.parametrize(("body", "lang", "value", "period"), [
    ("Die Solvenzquote von Talanx lag Ende September bei 238 Prozent, nach 225 Prozent zum "
     "Jahresende 2025.", "de", Decimal(238), "2026-09"),
    ("Die Allianz beschäftigte per Ende Juni rund 157.000 Mitarbeiter.", "de",
     Decimal(157000), "2026-06"),
    ("Tesla had 125,000 employees as of June 30.", "en", Decimal(125000), "2026-06"),
    # a month after the date's is the last year's
    ("Die Allianz beschäftigte Ende Dezember rund 157.000 Mitarbeiter.", "de",
     Decimal(157000), "2025-12"),
])
def test_end_of_a_month_takes_the_year_of_the_date(extractor: Extractor, body: str, lang: str,
                                                   value: Decimal, period: str) -> None:
    x = _dated(extractor, body, date(2026, 11, 12), lang=lang, headline="Zahlen")
    assert {f.period for f in x.figures if f.value == value} == {period}


def test_end_of_a_month_with_its_year_keeps_it(extractor: Extractor) -> None:
    # look-alike: the year written after the month wins over the date's
    x = _dated(extractor, "Die Allianz beschäftigte Ende Juni 2025 rund 157.000 Mitarbeiter.",
               date(2026, 11, 12), lang="de", headline="Allianz")
    assert {f.period for f in x.figures if f.metric == "Employees"} == {"2025-06"}


def test_deadline_at_the_end_of_a_month_is_no_period(extractor: Extractor) -> None:
    # look-alike: "bis Ende Dezember" is a deadline, not where a value stood
    x = _dated(extractor, "Die Allianz will bis Ende Dezember 500 Stellen abbauen.",
               date(2026, 11, 12), lang="de", headline="Allianz")
    assert {f.period for f in x.figures if f.metric == "Employees"} == {None}


def test_end_of_a_month_without_a_date_gives_no_period(extractor: Extractor) -> None:
    # look-alike: no date, no year to give the month
    x = run(extractor, "Die Allianz beschäftigte Ende Juni rund 157.000 Mitarbeiter.",
            headline="Allianz")
    assert {f.period for f in x.figures if f.metric == "Employees"} == {None}


# --- separable verbs of a rise: "zogen X um 3 Prozent an", "rückte um 0,8 Prozent vor" ---

@pytest.mark.parametrize(("body", "about"), [
    ("Bei den Nebenwerten zogen Südzucker um 3,1 Prozent an.", "Südzucker"),
    ("Der MDAX rückte um 3,1 Prozent vor.", "MDAX"),
])
def test_separable_verb_of_a_rise_is_a_move(extractor: Extractor, body: str, about: str) -> None:
    x = run(extractor, body, headline="Börse")
    assert facts(x) == {(about, "StockPriceChange", Decimal("3.1"), "Percent")}


def test_withdrawal_is_no_rise(extractor: Extractor) -> None:
    # look-alike: "zog sich zurück" before a fall of revenue keeps the fall
    x = run(extractor, "Siemens zog sich aus dem Geschäft zurück, der Umsatz sank um 3 Prozent.",
            headline="Siemens")
    assert facts(x) == {("Siemens", "RevenueGrowth", Decimal(-3), "Percent")}


# --- a list of names after "mit", "such as": a number after it is none of theirs alone ---

@pytest.mark.parametrize(("body", "lang", "about"), [
    ("Der Konzern lieferte mit seinen Marken Audi, Skoda und Porsche rund 2,1 Millionen "
     "Fahrzeuge aus.", "de", "Volkswagen"),
    ("The group, with its brands Audi, Skoda and Porsche, delivered 2.1 million vehicles.",
     "en", "Volkswagen"),
])
def test_number_after_a_list_of_brands_is_the_subjects(extractor: Extractor, body: str,
                                                        lang: str, about: str) -> None:
    x = run(extractor, body, lang=lang, headline="Volkswagen")
    assert {f.about for f in x.figures if f.value == Decimal(2100000)} == {about}


def test_list_after_such_as_owns_no_shared_move(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Chinese carmakers such as BYD, Nio and XPeng gained 4%.",
            lang="en", headline="Market report")
    assert not {f.about for f in x.figures} & {"BYD", "Nio", "XPeng"}


def test_name_after_a_list_keeps_its_number(extractor: Extractor) -> None:
    # look-alike: a list of names without a word that opens it ("Shares of A and B rose"),
    # and a name after the list with its own number
    x = run(extractor, "Nvidia shares rose 3% after a deal with Microsoft, Oracle and Meta "
                       "Platforms. Oracle shares gained 5%.", lang="en", headline="Market report")
    assert facts(x) == {("Nvidia", "StockPriceChange", Decimal(3), "Percent"),
                        ("Oracle", "StockPriceChange", Decimal(5), "Percent")}


# --- "im Quartal", "in the quarter": the quarter the article reports on ----------------

@pytest.mark.parametrize(("body", "lang", "value"), [
    ("Die Commerzbank legte Zahlen für das dritte Quartal vor. Das Institut steigerte den "
     "Nettogewinn im Quartal um 9 Prozent auf 918 Millionen Euro und stellt für das Gesamtjahr "
     "mehr als 3 Milliarden Euro in Aussicht.", "de", Decimal(918000000)),
    ("Citigroup reported third-quarter results on Tuesday. The bank bought back $3.5 billion "
     "of its own shares in the quarter.", "en", Decimal(3500000000)),
])
def test_bare_quarter_is_the_one_reported(extractor: Extractor, body: str, lang: str,
                                          value: Decimal) -> None:
    x = _dated(extractor, body, date(2026, 10, 20), lang=lang, headline="Zahlen")
    assert {f.period for f in x.figures if f.value == value} == {"Q3 2026"}


def test_bare_quarter_does_not_reach_past_another_number(extractor: Extractor) -> None:
    # look-alike: the program after another amount is no figure of the quarter
    x = _dated(extractor, "Citigroup reported third-quarter results on Tuesday. The bank bought "
                          "back $3.5 billion of its shares in the quarter and has $6 billion left "
                          "under its $20 billion buyback program.",
               date(2026, 10, 20), lang="en", headline="Citigroup")
    assert "Q3 2026" not in {f.period for f in x.figures if f.value == Decimal(20000000000)}


# --- a monthly report: "in November", "last month" is the period of its figures ---------

def test_monthly_report_gives_its_month_to_figures(extractor: Extractor) -> None:
    x = _dated(extractor, "BYD's sales fell for a third month in November. BYD sold 480,186 "
                          "vehicles last month, down 5.3% from a year earlier. NIO delivered "
                          "41,208 vehicles, up 17.6% year on year.",
               date(2026, 12, 1), lang="en", headline="BYD sales slide")
    assert {f.period for f in x.figures if f.value in (Decimal(480186), Decimal(41208))} \
        == {"2026-11"}


def test_last_month_in_german_is_the_month_before_the_date(extractor: Extractor) -> None:
    x = _dated(extractor, "BMW hat im vergangenen Monat 210.000 Fahrzeuge ausgeliefert.",
               date(2026, 1, 5), lang="de", headline="BMW")
    assert {f.period for f in x.figures if f.value == Decimal(210000)} == {"2025-12"}


def test_month_named_in_passing_is_no_period(extractor: Extractor) -> None:
    # look-alike: a results article that names a month in passing ("approved in May")
    x = _dated(extractor, "Apple reported fiscal fourth-quarter results. Apple has $60 billion "
                          "left under the $100 billion repurchase program it approved in May.",
               date(2026, 10, 30), lang="en", headline="Apple")
    assert not {f.period for f in x.figures if f.value == Decimal(100000000000)} \
        & {"2026-05", "2025-05"}


def test_month_of_a_record_high_makes_no_monthly_report(extractor: Extractor) -> None:
    # look-alike: a lead that names a month but counts no sales or deliveries
    x = _dated(extractor, "Die Aktie von Rheinmetall hat seit ihrem Rekordhoch im Oktober rund "
                          "18 Prozent verloren und schloss am Dienstag bei 1.642 Euro.",
               date(2026, 12, 2), lang="de", headline="Rheinmetall-Aktie")
    assert {f.period for f in x.figures} == {None}


# --- a bare change of a product: its price or its sales, no word tells which -------------

def test_bare_change_of_a_product_gives_no_revenue_growth(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Stocks ended mixed on Tuesday. Bitcoin fell 2.1% to about "
                               "$91,300, extending its decline from an October record.",
                    lang="en", headline="Stocks end mixed")
    assert not [f for f in x.figures if f.about == "Bitcoin" and f.metric == "RevenueGrowth"]


def test_bare_change_of_a_unit_is_still_its_growth(extractor: Extractor) -> None:
    # look-alike: a unit named as a unit grows; that is its revenue growth
    # (a unit the catalogue holds as a business unit)
    x = helpers.run(extractor, "Siemens hat im dritten Quartal mehr umgesetzt. Die Sparte "
                               "Smart Infrastructure wuchs um 9 Prozent.",
                    lang="de", headline="Siemens")
    assert [(f.about, f.metric) for f in x.figures if f.value == Decimal(9)] \
        == [("Siemens Smart Infrastructure", "RevenueGrowth")]


# --- the tolerance of a guided amount, written with its currency symbol ----------

def test_tolerance_in_currency_is_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia expects third-quarter revenue of $54 billion, plus or minus "
                       "$1.1 billion.", lang="en", headline="Nvidia outlook")
    found = facts(x)
    assert ("Nvidia", "Revenue", Decimal(54000000000), "USD") in found
    assert not {f for f in found if f[2] is not None and abs(f[2]) == Decimal(1100000000)}


def test_tolerance_in_euro_is_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Infineon erwartet einen Umsatz von 3,6 Milliarden Euro, plus oder "
                       "minus € 200 Millionen.", headline="Infineon Ausblick")
    assert not {f for f in facts(x) if f[2] is not None and abs(f[2]) == Decimal(200000000)}


def test_amount_after_plus_alone_stays(extractor: Extractor) -> None:
    # "plus $300 million" adds an amount: only "plus or minus" makes a tolerance
    x = run(extractor, "Nvidia plans capital spending of $1.1 billion, plus $300 million for "
                       "buildings.", lang="en", headline="Nvidia outlook")
    assert ("Nvidia", "CapitalExpenditure", Decimal(300000000), "USD") in facts(x)


# --- "Je Aktie" at the head of a sentence ---------------------------------------

def test_earnings_per_share_named_first(extractor: Extractor) -> None:
    x = run(extractor, "Der Nettogewinn von Siemens stieg auf 2,1 Milliarden Euro. Je Aktie "
                       "verdiente Siemens bereinigt 2,30 Euro.", headline="Siemens Zahlen")
    found = facts(x)
    assert ("Siemens", "EarningsPerShare", Decimal("2.30"), "EUR") in found
    assert ("Siemens", "Profit", Decimal("2.30"), "EUR") not in found
    assert ("Siemens", "Profit", Decimal(2100000000), "EUR") in found


def test_price_paid_per_share_named_first(extractor: Extractor) -> None:
    # an amount offered "je Aktie" is a price, not earnings, wherever "je Aktie" stands
    x = run(extractor, "Je Aktie bietet Siemens den Aktionären von Zalando 45 Euro.",
            headline="Siemens Übernahme")
    found = facts(x)
    assert ("Zalando", "SharePrice", Decimal(45), "EUR") in found
    assert not {f for f in found if f[1] == "EarningsPerShare"}


# --- revenue earned from advertising is a segment's, not a marketing budget -----

@pytest.mark.parametrize(("text", "lang"), [
    ("Der Werbeumsatz von Tencent stieg um 21 Prozent auf 36,2 Milliarden Yuan.", "de"),
    ("Bei Tencent legten die Erlöse aus Online-Marketing auf 36,2 Milliarden Yuan zu.", "de"),
    ("Tencent's advertising revenue rose 21% to 36.2 billion yuan.", "en"),
])
def test_advertising_revenue_is_no_budget(extractor: Extractor, text: str, lang: str) -> None:
    # neither a marketing budget nor the whole company's revenue or its growth
    found = facts(run(extractor, text, lang=lang, headline="Tencent Zahlen"))
    assert not {f for f in found if f[2] in (Decimal(36200000000), Decimal(21))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Tencent erhöhte sein Werbebudget auf 5 Milliarden Yuan.", "de"),
    ("Tencent gab 5 Milliarden Yuan für Marketing aus.", "de"),
    ("Tencent raised its advertising budget to 5 billion yuan.", "en"),
])
def test_spending_on_advertising_stays_a_budget(extractor: Extractor, text: str,
                                                lang: str) -> None:
    found = facts(run(extractor, text, lang=lang, headline="Tencent Zahlen"))
    assert ("Tencent Holdings", "MarketingBudget", Decimal(5000000000), "CNY") in found


# --- a metric word inside a closed relative clause does not name the number -----

def test_revenue_word_in_relative_clause_is_not_the_numbers(extractor: Extractor) -> None:
    x = run(extractor, "Der Auftragsbestand von SAP, der als Vorbote künftiger Erlöse gilt, "
                       "wuchs um 27 Prozent auf 20,1 Milliarden Euro.", headline="SAP Zahlen")
    found = facts(x)
    assert ("SAP", "Other", Decimal(20100000000), "EUR") in found
    assert not {f for f in found if f[1] in ("Revenue", "RevenueGrowth")}


def test_revenue_word_in_relative_clause_in_english(extractor: Extractor) -> None:
    x = run(extractor, "SAP's backlog, which is seen as a gauge of future revenue, rose 27% "
                       "to 20.1 billion euros.", lang="en", headline="SAP results")
    assert not {f for f in facts(x) if f[1] in ("Revenue", "RevenueGrowth")}


def test_metric_word_after_the_relative_clause_still_counts(extractor: Extractor) -> None:
    # the clause closes before the metric word: "Gewinn" is the number's
    x = run(extractor, "SAP, dessen Umsatz zuletzt stark wuchs, meldete einen Gewinn von 2 "
                       "Milliarden Euro.", headline="SAP Zahlen")
    found = facts(x)
    assert ("SAP", "Profit", Decimal(2000000000), "EUR") in found
    assert ("SAP", "Revenue", Decimal(2000000000), "EUR") not in found


# --- the two numbers of a ratio are no figures ------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Apple shares rose 2%. Rising stocks beat falling ones on the Nasdaq by a 2.3-to-1 "
     "ratio.", "en"),
    ("Apple shares rose 2%. Winners outnumbered losers 3 to 1 on the Nasdaq.", "en"),
    ("Siemens-Aktien stiegen um 2 Prozent. Gewinner überwogen Verlierer im Verhältnis 3 zu 1.",
     "de"),
])
def test_ratio_numbers_are_no_figures(extractor: Extractor, text: str, lang: str) -> None:
    found = facts(run(extractor, text, lang=lang, headline="Markt"))
    assert len(found) == 1  # the share move only
    assert not {f for f in found if f[3] == "Count"}


def test_amount_before_a_plain_to_stays(extractor: Extractor) -> None:
    # "from 5 to 7 billion": an amount moving, no ratio
    x = run(extractor, "Siemens raised revenue from 5 billion euros to 7 billion euros.",
            lang="en", headline="Siemens results")
    assert ("Siemens", "Revenue", Decimal(7000000000), "EUR") in facts(x)


# --- a data service that counts analysts or runs a poll is no subject ------------

def test_figures_after_a_counted_consensus_stay_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Siemens hat seit Mai 12 Prozent verloren. Von 30 "
                       "Analysten, die der Datenanbieter LSEG erfasst, raten 22 zum Kauf. "
                       "Einer Umfrage von FactSet zufolge sehen viele Häuser Potenzial. "
                       "Der Konzern selbst peilt für 2026 ein Umsatzwachstum von 6 Prozent an.",
            headline="Siemens-Aktie im Blick")
    found = facts(x)
    assert ("Siemens", "RevenueGrowth", Decimal(6), "Percent") in found
    assert not {f for f in found if f[0] in ("LSEG", "FactSet")}


def test_poll_in_english_names_no_subject(extractor: Extractor) -> None:
    x = run(extractor, "Siemens shares fell 3% on Monday. A survey by FactSet shows most "
                       "analysts still rate the stock a buy. The company expects revenue "
                       "growth of 6% for 2026.", lang="en", headline="Siemens under pressure")
    found = facts(x)
    assert ("Siemens", "RevenueGrowth", Decimal(6), "Percent") in found
    assert not {f for f in found if f[0] == "FactSet"}


def test_data_service_as_subject_keeps_its_figures(extractor: Extractor) -> None:
    # the same kind of company, reporting its own results: no credit
    x = run(extractor, "Der Datenanbieter LSEG steigerte den Umsatz im dritten Quartal um "
                       "7 Prozent auf 2,3 Milliarden Pfund.", headline="LSEG wächst")
    found = facts(x)
    assert ("London Stock Exchange Group", "RevenueGrowth", Decimal(7), "Percent") in found


# --- a commodity's move told beside a company's is the commodity's ----------------

@pytest.mark.parametrize(("text", "lang", "company", "kept", "dropped"), [
    ("Shell slipped 1.2% as oil prices fell, with Brent crude down 1.7% at $71.40 a barrel.",
     "en", "Shell", Decimal("-1.2"), Decimal("-1.7")),
    ("Die Aktie von BASF fiel um 2,1 Prozent, der Ölpreis der Sorte Brent gab um 1,6 Prozent "
     "auf 70 Dollar nach.", "de", "BASF", Decimal("-2.1"), Decimal("-1.6")),
])
def test_commodity_move_is_no_company_figure(extractor: Extractor, text: str, lang: str,
                                             company: str, kept: Decimal,
                                             dropped: Decimal) -> None:
    found = facts(run(extractor, text, lang=lang, headline="Markets"))
    assert (company, "StockPriceChange", kept, "Percent") in found
    assert not {f for f in found if f[2] in (dropped, -dropped)}
    assert not {f for f in found if f[1] == "SharePrice"}


def test_second_move_of_the_same_share_stays(extractor: Extractor) -> None:
    # no commodity in the second clause: its move is still the company's
    found = facts(run(extractor, "Shell slipped 1.2% on Monday, with the stock now down 9% "
                                 "this year.", lang="en", headline="Markets"))
    assert ("Shell", "StockPriceChange", Decimal("-9"), "Percent") in found


# --- a metric word after "and" belongs to the next predicate --------------------

@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Oracle fell 3% after the software maker agreed to buy analytics startup Veltrix for "
     "$2.6 billion and cut its quarterly revenue forecast.", "en", "Oracle"),
    ("SAP kauft das Start-up Veltrix für 2,6 Milliarden Euro und setzt den Umsatz für das "
     "Quartal niedriger an.", "de", "SAP"),
])
def test_price_paid_before_and_revenue(extractor: Extractor, text: str, lang: str,
                                       company: str) -> None:
    found = facts(run(extractor, text, lang=lang, headline="Markets"))
    assert not {f for f in found if f[1] == "Revenue"}
    assert (company, "Investment", Decimal(2600000000), "USD" if lang == "en" else "EUR") \
        in found


def test_metric_word_right_after_the_amount_keeps_it(extractor: Extractor) -> None:
    found = facts(run(extractor, "Microsoft posted $65 billion in revenue and a profit of $25 "
                                 "billion.", lang="en", headline="Microsoft results"))
    assert ("Microsoft", "Revenue", Decimal(65000000000), "USD") in found
    assert ("Microsoft", "Profit", Decimal(25000000000), "USD") in found


# --- an amount spent on buybacks is a buyback -----------------------------------

@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Für Aktienrückkäufe will Allianz im laufenden Jahr bis zu 2 Milliarden Euro ausgeben.",
     "de", "EUR"),
    ("Allianz plans to spend up to $2 billion on share buybacks this year.", "en", "USD"),
])
def test_amount_spent_on_buybacks(extractor: Extractor, text: str, lang: str,
                                  unit: str) -> None:
    found = facts(run(extractor, text, lang=lang, headline="Allianz"))
    assert ("Allianz", "ShareBuyback", Decimal(2000000000), unit) in found
    assert not {f for f in found if f[1] == "Investment"}


def test_investment_beside_a_buyback_in_another_clause_stays(extractor: Extractor) -> None:
    found = facts(run(extractor, "Allianz investiert 2 Milliarden Euro in neue "
                                 "Rechenzentren; Aktienrückkäufe sind nicht geplant.",
                      headline="Allianz"))
    assert ("Allianz", "Investment", Decimal(2000000000), "EUR") in found
    assert not {f for f in found if f[1] == "ShareBuyback"}


# --- capital expenditure after a sentence about a unit is the group's ------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Die Cloud-Sparte Microsoft Azure steigerte den Umsatz um 30 Prozent. Die "
     "Investitionsausgaben stiegen auf 20 Milliarden Dollar.", "de"),
    ("The cloud unit Microsoft Azure grew revenue 30%. Capital expenditures rose to $20 "
     "billion.", "en"),
])
def test_capex_after_a_unit_sentence_is_the_groups(extractor: Extractor, body: str,
                                                   lang: str) -> None:
    found = facts(run(extractor, body, lang=lang, headline="Microsoft Zahlen"))
    assert ("Microsoft", "CapitalExpenditure", Decimal(20000000000), "USD") in found
    assert ("Microsoft Azure", "CapitalExpenditure", Decimal(20000000000), "USD") not in found


def test_unit_revenue_after_a_unit_sentence_stays_the_units(extractor: Extractor) -> None:
    found = facts(run(extractor, "Die Cloud-Sparte Microsoft Azure steigerte den Umsatz um 30 "
                                 "Prozent. Der Umsatz stieg auf 20 Milliarden Dollar.",
                      headline="Microsoft Zahlen"))
    assert ("Microsoft", "Revenue", Decimal(20000000000), "USD") not in found


# --- a possessive that opens an apposition describes the name before it ---------

def test_possessive_in_apposition_is_not_the_subject(extractor: Extractor) -> None:
    found = facts(run(extractor, "Audi, Volkswagen's premium brand, sold 41,300 vehicles in "
                                 "China, up 6% from a year earlier.", lang="en",
                      headline="Car sales"))
    assert ("Audi", "Other", Decimal(41300), "Count") in found
    assert not {f for f in found if f[0] == "Volkswagen"}


def test_possessive_as_subject_keeps_the_figure(extractor: Extractor) -> None:
    # no name before it: the possessive owns what it is the subject of
    found = facts(run(extractor, "Volkswagen's deliveries in China rose 6% to 41,300 vehicles.",
                      lang="en", headline="Car sales"))
    assert ("Volkswagen", "Other", Decimal(41300), "Count") in found


# --- a target set "on the shares" is a target, not a share price ---------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Jefferies cut its price target on the Frankfurt-listed BASF shares to 52 euros from 60 "
     "euros.", "en"),
    ("UBS raised its fair value estimate for the BASF shares to 52 euros.", "en"),
])
def test_target_set_on_the_shares(extractor: Extractor, text: str, lang: str) -> None:
    found = facts(run(extractor, text, lang=lang, headline="BASF"))
    assert {f[1] for f in found if f[2] == Decimal(52)} & {"PriceTarget", "FairValue"}
    assert not {f for f in found if f[1] == "SharePrice"}


def test_share_price_after_a_target_sentence_stays(extractor: Extractor) -> None:
    # a share price with a number between it and the target word: its own
    found = facts(run(extractor, "Jefferies set a price target of 60 euros; BASF shares closed "
                                 "at 48 euros.", lang="en", headline="BASF"))
    assert ("BASF", "SharePrice", Decimal(48), "EUR") in found


# --- a model's number counts nothing ---------------------------------------------

@pytest.mark.parametrize(("text", "lang", "kept", "dropped"), [
    ("Airbus lieferte 41 Jets vom Typ A350 aus.", "de", Decimal(41), Decimal(350)),
    ("Von den bestellten Jets vom Typ Boeing 787 hat Boeing erst 6 ausgeliefert.", "de",
     Decimal(6), Decimal(787)),
    ("BMW sold 12,000 iX3 vehicles in the quarter.", "en", Decimal(12000), Decimal(3)),
])
def test_model_number_is_no_count(extractor: Extractor, text: str, lang: str, kept: Decimal,
                                  dropped: Decimal) -> None:
    values = {f[2] for f in facts(run(extractor, text, lang=lang, headline="Auslieferungen"))}
    assert kept in values
    assert dropped not in values


def test_count_after_a_maker_name_stays(extractor: Extractor) -> None:
    # no type word and nothing glued: "Airbus 41 Jets" counts jets
    found = facts(run(extractor, "Im Oktober lieferte Airbus 41 Jets aus.",
                      headline="Auslieferungen"))
    assert ("Airbus", "Other", Decimal(41), "Count") in found


# --- "umgesetzt sind": carried out, not turned over ------------------------------

def test_carried_out_part_of_a_buyback_is_no_revenue(extractor: Extractor) -> None:
    found = facts(run(extractor, "Allianz setzt das Rückkaufprogramm über 2 Milliarden Euro "
                                 "fort, von dem bislang 1,4 Milliarden Euro umgesetzt sind.",
                      headline="Allianz"))
    assert not {f for f in found if f[1] == "Revenue"}


def test_turned_over_amount_stays_revenue(extractor: Extractor) -> None:
    found = facts(run(extractor, "Allianz hat im Quartal 40 Milliarden Euro umgesetzt.",
                      headline="Allianz"))
    assert ("Allianz", "Revenue", Decimal(40000000000), "EUR") in found


# --- Swiss thousands: an apostrophe groups three digits -------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("auf 11'873 Punkte", "de", (Decimal(11873), None, None, "Points")),
    ("ein Umsatz von CHF 2’046 Mio.", "de", (Decimal(2046000000), None, None, "CHF")),
    ("zu 1'307.25 Franken", "de", (Decimal("1307.25"), None, None, "CHF")),
    ("sales of CHF 3'518.4 million", "en", (Decimal("3518400000"), None, None, "CHF")),
])
def test_apostrophe_groups_thousands(text: str, lang: str, expected: tuple) -> None:
    assert ranges(text, lang) == [expected]


@pytest.mark.parametrize(("text", "lang"), [
    ("results for Q2'26 and the '27 season", "en"),  # a short year, no group of three
    ("Version 4'12 folgt", "de"),
])
def test_apostrophe_before_fewer_digits_groups_nothing(text: str, lang: str) -> None:
    assert all(q.value is None or q.value < 100 for q in find_quantities(text, lang))


def test_index_level_with_swiss_thousands(extractor: Extractor) -> None:
    x = run(extractor, "Der SMI schloss 0,6 Prozent höher auf 11'994 Punkten.",
            headline="Börse Zürich")
    assert ("SMI", "IndexLevel", Decimal(11994), "Points") in facts(x)


# --- a P/E ratio is a valuation multiple, another ratio stays `Other` -----------

def test_pe_ratio_is_a_valuation_multiple(extractor: Extractor) -> None:
    x = run(extractor, "Nike has a market value of $140 billion and a price-to-earnings "
                       "ratio of 52.4.", lang="en", headline="Nike shares")
    assert ("Nike", "ValuationMultiple", Decimal("52.4"), "Multiple") in facts(x)
    assert not any(f.metric == "Other" for f in x.figures)


def test_other_ratio_is_no_multiple(extractor: Extractor) -> None:
    x = run(extractor, "Nike has a payout ratio of 38.5.", lang="en", headline="Nike shares")
    assert not any(f.metric == "ValuationMultiple" for f in x.figures)


# --- a product named before earns nothing and has no group revenue -------------

def test_group_figures_after_a_product_are_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Apple hat Zahlen vorgelegt. Vor allem das iPhone war gefragt. "
                       "Insgesamt kletterte der Konzernumsatz um 8 Prozent auf 94 Milliarden "
                       "Dollar. Der Nettogewinn stieg um 11 Prozent.", headline="Apple legt zu")
    got = facts(x)
    assert ("Apple", "Revenue", Decimal(94000000000), "USD") in got
    assert ("Apple", "ProfitGrowth", Decimal(11), "Percent") in got
    assert not any(f.about == "iPhone" for f in x.figures)


def test_product_sales_told_after_it_stay_the_products(extractor: Extractor) -> None:
    # plain sales after the product: no group word, no earnings; the product's
    x = run(extractor, "Apple hat Zahlen vorgelegt. Vor allem das iPhone war gefragt. "
                       "Der Umsatz stieg um 6 Prozent auf 46 Milliarden Dollar.",
            headline="Apple legt zu")
    assert ("iPhone", "Revenue", Decimal(46000000000), "USD") in facts(x)


# --- orders won and savings planned are `Other` amounts -------------------------

def test_order_won_is_the_suppliers(extractor: Extractor) -> None:
    x = run(extractor, "Der Rüstungskonzern Rheinmetall hat einen Großauftrag der Bundeswehr "
                       "über 610 Millionen Euro für Munition erhalten.",
            headline="Rheinmetall erhält Auftrag")
    assert ("Rheinmetall", "Other", Decimal(610000000), "EUR") in facts(x)
    assert all(f.period is None for f in x.figures)  # won on a day, not over a period


def test_order_is_never_its_clients(extractor: Extractor) -> None:
    # the client named with "von" placed the order: the supplier alone is named as
    # "das Unternehmen", so there is no figure on the client
    x = run(extractor, "Das Unternehmen hat von der Deutschen Bahn einen Auftrag über rund "
                       "250 Millionen Euro erhalten.", headline="Neuer Auftrag")
    assert not any(f.about == "Deutsche Bahn" for f in x.figures)


def test_order_backlog_keeps_its_period(extractor: Extractor) -> None:
    # the backlog is a result of the quarter, not an order won
    x = run(extractor, "Siemens legte Zahlen zum dritten Quartal 2026 vor. Der Auftragsbestand "
                       "stieg auf 118 Milliarden Euro.", headline="Siemens legt zu")
    (backlog,) = [f for f in x.figures if f.value == Decimal(118000000000)]
    assert backlog.metric == "Other" and backlog.period is not None


@pytest.mark.parametrize(("body", "value"), [
    ("Lanxess hat Zahlen vorgelegt. Das Sparprogramm soll bis Ende 2027 die Kosten um "
     "90 Millionen Euro senken.", Decimal(90000000)),
    ("Lanxess hat Zahlen vorgelegt. Bis 2027 sollen weitere 60 Millionen Euro an Kosten "
     "eingespart werden.", Decimal(60000000)),
])
def test_savings_planned_are_other(extractor: Extractor, body: str, value: Decimal) -> None:
    x = run(extractor, body, headline="Lanxess spart")
    assert ("Lanxess", "Other", value, "EUR") in facts(x)


def test_savings_and_contract_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Boeing won a contract worth $2.3 billion from the U.S. Air Force. It "
                       "targets cost savings of $500 million by 2027.", lang="en",
            headline="Boeing wins contract")
    got = facts(x)
    assert ("Boeing", "Other", Decimal(2300000000), "USD") in got
    assert ("Boeing", "Other", Decimal(500000000), "USD") in got


def test_cost_cut_in_percent_is_no_amount(extractor: Extractor) -> None:
    # a cut "um 10 Prozent" is a change, not an amount saved; the rule is for amounts
    x = run(extractor, "Lanxess will die Kosten um 10 Prozent senken.", headline="Lanxess spart")
    assert not any(f.metric == "Other" and f.unit == "EUR" for f in x.figures)


# --- a table written out as text: its heading or row label gives the unit -----

def test_table_rows_take_the_headings_unit(extractor: Extractor) -> None:
    x = run(extractor, "Henkel hat Zahlen zum dritten Quartal vorgelegt.\n"
                       "Kennzahlen (3. Quartal, in Mio. Euro):\n"
                       "Umsatz | 5.312 | +2 %\n"
                       "Ebit bereinigt | 801 | +5 %\n"
                       "Ergebnis je Aktie (bereinigt, Euro) | 1,42 | +6 %",
            headline="Henkel legt zu")
    got = facts(x)
    assert ("Henkel", "Revenue", Decimal(5312000000), "EUR") in got
    assert ("Henkel", "Profit", Decimal(801000000), "EUR") in got
    assert ("Henkel", "EarningsPerShare", Decimal("1.42"), "EUR") in got


def test_english_table_in_millions_of_dollars(extractor: Extractor) -> None:
    x = run(extractor, "Nike reported second-quarter results.\n"
                       "Key figures (in millions of dollars):\n"
                       "Revenue | 12,420 | -3%",
            lang="en", headline="Nike results")
    assert ("Nike", "Revenue", Decimal(12420000000), "USD") in facts(x)


def test_table_without_a_unit_reads_no_amount(extractor: Extractor) -> None:
    # no heading names a unit: the row's bare number stays unread
    x = run(extractor, "Henkel hat Zahlen vorgelegt.\nKennzahlen im Überblick:\n"
                       "Umsatz | 5.312 | +2 %", headline="Henkel legt zu")
    assert not any(f.value == Decimal(5312) or f.value == Decimal(5312000000)
                   for f in x.figures)


def test_unit_words_in_prose_make_no_table(extractor: Extractor) -> None:
    # "in Mio. Euro" in a sentence that is no table's row scales nothing after it
    x = run(extractor, "Henkel rechnet in Mio. Euro. Henkel beschäftigt 47.000 Mitarbeiter.",
            headline="Henkel")
    assert ("Henkel", "Employees", Decimal(47000), "Count") in facts(x)


# --- relative clauses: a particle before the comma, the verb at the end --------

def test_relative_clause_after_a_verb_particle(extractor: Extractor) -> None:
    x = run(extractor, "Die Anleger griffen zu. Am Nachmittag zog der Dax an, der um 0,7 "
                       "Prozent auf 24.100 Punkte zulegte.", headline="Börse Frankfurt")
    got = facts(x)
    assert ("DAX", "IndexLevel", Decimal(24100), "Points") in got
    assert ("DAX", "StockPriceChange", Decimal("0.7"), "Percent") in got


def test_verb_at_the_end_of_a_relative_clause_signs_the_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Anleger griffen zu. Gemieden wurden Aktien von BASF, die um 2,3 "
                       "Prozent nachgaben.", headline="Börse Frankfurt")
    assert ("BASF", "StockPriceChange", Decimal("-2.3"), "Percent") in facts(x)


def test_unknown_name_before_a_particle_takes_no_move(extractor: Extractor) -> None:
    # the antecedent before "an" is no known name: the move is nobody's known
    x = run(extractor, "Die Anleger griffen zu. Am Nachmittag zog der Ölpreis an, der um 0,7 "
                       "Prozent zulegte.", headline="Börse Frankfurt")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


# --- figures before their metric word, two in a row ----------------------------

@pytest.mark.parametrize(("body", "lang", "revenue", "profit", "unit"), [
    ("Henkel erzielte im Quartal 5,3 Mrd. Euro Umsatz und 620 Millionen Euro Gewinn.", "de",
     Decimal(5300000000), Decimal(620000000), "EUR"),
    ("Nike posted $11bn in sales and $790 million in profit in the quarter.", "en",
     Decimal(11000000000), Decimal(790000000), "USD"),
])
def test_each_amount_takes_the_word_right_after_it(extractor: Extractor, body: str, lang: str,
                                                   revenue: Decimal, profit: Decimal,
                                                   unit: str) -> None:
    name = body.split()[0]
    got = facts(run(extractor, body, lang=lang, headline=f"{name} Zahlen"))
    assert (name, "Revenue", revenue, unit) in got
    assert (name, "Profit", profit, unit) in got
    assert (name, "Revenue", profit, unit) not in got


def test_word_before_a_number_without_its_own_stays_its(extractor: Extractor) -> None:
    # "Umsatz von 5,3 Mrd. Euro und 4,9 Mrd. Euro im Vorjahr": no word right after
    # the first amount, so the word before still names it
    x = run(extractor, "Henkel steigerte den Umsatz auf 5,3 Mrd. Euro.", headline="Henkel")
    assert ("Henkel", "Revenue", Decimal(5300000000), "EUR") in facts(x)


def test_name_after_a_comma_is_no_subject_of_the_amount(extractor: Extractor) -> None:
    x = run(extractor, "Investors lined up. The startup is closing a $2 billion funding round "
                       "at a $30 billion valuation, Nvidia just posted record sales.", lang="en",
            headline="Mistral AI raises money")
    assert ("Mistral AI", "Investment", Decimal(2000000000), "USD") in facts(x)
    assert not any(f.about == "Nvidia" for f in x.figures)


# --- an analyst's estimate after the bank's rating is of the rated company -----

def test_estimate_after_a_rating_is_the_rated_companys(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Bank hat das Kursziel für BASF von 50 auf 55 Euro "
                       "angehoben und die Einstufung auf 'Buy' belassen. Analyst Jonas Berg sieht "
                       "den Chemiekonzern gut aufgestellt. Für 2027 rechnet er mit einem Gewinn je "
                       "Aktie von 4,10 Euro.", headline="Deutsche Bank hebt Ziel für BASF")
    (eps,) = [f for f in x.figures if f.metric == "EarningsPerShare"]
    assert (eps.about, eps.value, eps.estimated_by) == ("BASF", Decimal("4.10"), "Deutsche Bank")


def test_banks_own_outlook_without_a_rating_stays_its_own(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Bank legte Zahlen vor. Vorstandschef Christian Sewing "
                       "zeigte sich zufrieden. Für 2027 rechnet die Deutsche Bank mit einem "
                       "Gewinn je Aktie von 3,10 Euro.", headline="Deutsche Bank")
    assert ("Deutsche Bank", "EarningsPerShare", Decimal("3.10"), "EUR") in facts(x)


def test_analysts_multiple_after_the_banks_rating_is_the_rated_companys(
        extractor: Extractor) -> None:
    x = run(extractor, "Die UBS erhöhte das Kursziel für Nestlé auf 95 von 90 Franken und "
                       "bestätigte das Rating 'Buy'. Analyst Marc Keller von der UBS sagte, die "
                       "Bewertung mit einem KGV von 18 für 2027 sei angemessen.",
            headline="UBS hebt Ziel für Nestlé")
    (multiple,) = [f for f in x.figures if f.metric == "ValuationMultiple"]
    assert (multiple.about, multiple.estimated_by) == ("Nestlé", "UBS")


def test_banks_own_figure_beside_a_rating_without_an_analyst_stays_its(
        extractor: Extractor) -> None:
    # no analyst speaks: the bank's own number, though it rated a company before
    x = run(extractor, "Die UBS erhöhte das Kursziel für Nestlé auf 95 von 90 Franken. Die UBS "
                       "beschäftigt 110.000 Mitarbeiter.", headline="UBS")
    assert ("UBS", "Employees", Decimal(110000), "Count") in facts(x)


# --- an index's move told after a share's ---------------------------------------

def test_move_noun_before_an_index_is_the_indexs(extractor: Extractor) -> None:
    x = run(extractor, "Toyota's shares rose 3.1% in Tokyo trading, outpacing a 0.9% gain in "
                       "the benchmark Nikkei 225.", lang="en", headline="Toyota shares")
    got = facts(x)
    assert ("Nikkei 225", "StockPriceChange", Decimal("0.9"), "Percent") in got
    assert ("Toyota Motor", "StockPriceChange", Decimal("0.9"), "Percent") not in got


def test_share_move_within_an_index_stays_the_shares(extractor: Extractor) -> None:
    # no noun of a move between the number and the index: the share moved
    x = run(extractor, "Toyota's shares rose 3.1% in the Nikkei 225 on Monday.", lang="en",
            headline="Toyota shares")
    assert not any(f.about == "Nikkei 225" for f in x.figures)
