"""Periods anchored on the publication date, and the date passed on by `kg eval`.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import helpers
import pytest

from kg.evaluation.prediction import predict
from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.periods import dated_period, period_match, period_of
from kg.records import Extraction


def dated(extractor: Extractor, body: str, published: date | None, lang: str = "de",
          headline: str = "Zahlen") -> Extraction:
    article = make_article(text=f"{headline}\n{body}", source="test", article_id="t", lang=lang,
                           published=published)
    return extractor.extract(article)


def periods(x: Extraction) -> dict[tuple[str, Decimal | None], str | None]:
    return {(f.metric, f.value): f.period for f in x.figures}


@pytest.mark.parametrize(("period", "published", "expected"), [
    ("Q3", date(2025, 10, 30), "Q3 2025"),   # the quarter just past
    ("Q4", date(2026, 1, 20), "Q4 2025"),    # reported in January: last year's
    ("Q4", date(2025, 10, 2), "Q4 2025"),    # the quarter under way
    ("Q1", date(2025, 3, 31), "Q1 2025"),
    ("H2", date(2025, 3, 1), "H2 2024"),
    ("H1", date(2025, 7, 15), "H1 2025"),
    ("Q3", None, "Q3"),                      # no date: as written
    ("Q3 2024", date(2025, 10, 30), "Q3 2024"),  # a year of its own is kept
    ("FY2025", date(2025, 10, 30), "FY2025"),
])
def test_dated_period(period: str, published: date | None, expected: str) -> None:
    assert dated_period(period, published) == expected


def test_bare_quarter_takes_the_year_of_publication(extractor: Extractor) -> None:
    body = "Siemens meldete Zahlen. Im dritten Quartal stieg der Umsatz von Siemens um 6 Prozent."
    assert periods(dated(extractor, body, date(2025, 11, 12)))[("RevenueGrowth", Decimal(6))] \
        == "Q3 2025"
    assert periods(dated(extractor, body, None))[("RevenueGrowth", Decimal(6))] == "Q3"


def test_year_stated_in_the_text_wins_over_the_date(extractor: Extractor) -> None:
    body = ("Siemens legte Zahlen für das dritte Quartal 2024 vor. Im dritten Quartal stieg der "
            "Umsatz von Siemens um 6 Prozent.")
    x = dated(extractor, body, date(2025, 11, 12))
    assert periods(x)[("RevenueGrowth", Decimal(6))] == "Q3 2024"


def test_current_year_in_words_takes_the_year_of_publication(extractor: Extractor) -> None:
    body = "BMW erwartet im laufenden Jahr einen Umsatz von 150 Milliarden Euro."
    x = dated(extractor, body, date(2025, 5, 6), headline="BMW")
    assert periods(x)[("Revenue", Decimal(150000000000))] == "2025"


def test_eval_dates_a_plain_text_by_its_gold_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Adidas legt Zahlen vor\nIm zweiten Quartal stieg der Umsatz von Adidas um 9 Prozent.\n",
        encoding="utf-8")
    gold = {"lang": "de", "published": "2025-08-04",
            "entities": [{"name": "Adidas", "type": "Company"}], "relations": [],
            "figures": [{"about": "Adidas", "metric": "RevenueGrowth", "value": 9,
                         "unit": "Percent", "period": "Q2 2025"}], "ratings": []}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    [(_gold, prediction)] = predict([tmp_path])
    assert [f.period for f in prediction.figures] == ["Q2 2025"]
    gold["published"] = "2025"  # a year alone dates no quarter
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    [(_gold, prediction)] = predict([tmp_path])
    assert [f.period for f in prediction.figures] == ["Q2"]


# --- precision: a figure whose owner the text names, but the extractor does not know ----------

def test_shares_of_an_unknown_company_after_a_noun_go_to_no_one(extractor: Extractor) -> None:
    body = ("Siemens-Aktien gaben 1,3 Prozent nach. Gefragt waren die Aktien des schwäbischen "
            "Spezialisten Norvanta, die 9,4 Prozent auf 17,20 Euro zulegten.")
    x = dated(extractor, body, None, headline="Siemens")
    # the move and price are Norvanta's, which the extractor does not know: not Siemens'
    assert {f.value for f in x.figures if f.about == "Siemens"} == {Decimal("-1.3")}


def test_shares_of_a_known_company_after_a_noun_keep_their_owner(extractor: Extractor) -> None:
    body = "Gefragt waren die Aktien des Autobauers Volkswagen, die 4,1 Prozent zulegten."
    x = dated(extractor, body, None)
    assert ("Volkswagen", "StockPriceChange", Decimal("4.1")) in {
        (f.about, f.metric, f.value) for f in x.figures}


# --- signs: a value below the year before --------------------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Das Ergebnis der Betriebstätigkeit bei BASF lag im dritten Quartal mit 2,1 Milliarden "
     "Euro 18 Prozent unter dem des Vorjahres.", "de"),
    ("Der Gewinn von BASF lag 18 Prozent unter Vorjahr.", "de"),
    ("BASF's operating profit came in 18% below the year-earlier level.", "en"),
])
def test_percent_below_the_year_before_is_a_fall(extractor: Extractor, body: str,
                                                 lang: str) -> None:
    x = dated(extractor, body, None, lang=lang, headline="BASF")
    assert ("BASF", "ProfitGrowth", Decimal(-18)) in {(f.about, f.metric, f.value)
                                                       for f in x.figures}


# --- precision: moves of things that are not shares ----------------------------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Der Ölpreis stieg um 3 Prozent auf 82 Dollar je Barrel. Siemens-Aktien legten zu.", "de"),
    ("Der Euro stieg um 0,4 Prozent auf 1,0850 Dollar. Siemens äußerte sich nicht.", "de"),
    ("Gold climbed 1.5% to $2,410 an ounce. Siemens declined to comment.", "en"),
])
def test_a_move_of_a_commodity_or_currency_is_no_share_move(extractor: Extractor, body: str,
                                                             lang: str) -> None:
    x = dated(extractor, body, None, lang=lang, headline="Siemens baut um")
    assert not [f for f in x.figures if f.metric in ("StockPriceChange", "SharePrice")]


def test_a_move_told_of_the_share_still_goes_to_the_company(extractor: Extractor) -> None:
    x = dated(extractor, "Siemens meldet Zahlen. Das Papier stieg um 3 Prozent auf 182 Euro.",
              None, headline="Siemens baut um")
    assert {(f.about, f.metric, f.value) for f in x.figures} >= {
        ("Siemens", "StockPriceChange", Decimal(3)), ("Siemens", "SharePrice", Decimal(182))}


# --- precision: a name after "an", "like", "behind" owns no number after it -----------------

@pytest.mark.parametrize(("body", "lang", "headline", "owner", "stranger", "metric"), [
    ("Siemens verbucht einen Sonderertrag aus der Beteiligung an Siemens Energy, so dass die "
     "Prognose nun 11,50 Euro Gewinn je Aktie vorsieht.", "de", "Siemens hebt Prognose",
     "Siemens", "Siemens Energy", "EarningsPerShare"),
    ("Microsoft, racing to catch up with rivals like Alphabet, said cloud revenue rose 12% to "
     "$30 billion.", "en", "Cloud results", "Microsoft", "Alphabet", "Revenue"),
    ("The lab behind Gemini raised $2 billion, Alphabet said.", "en", "Funding", None, "Gemini",
     "Investment"),
])
def test_object_of_a_preposition_is_not_the_owner(extractor: Extractor, body: str, lang: str,
                                                  headline: str, owner: str | None,
                                                  stranger: str, metric: str) -> None:
    x = dated(extractor, body, None, lang=lang, headline=headline)
    owners = {f.about for f in x.figures if f.metric == metric}
    assert stranger not in owners
    assert owner is None or owners == {owner}


# --- precision: a metric word of an unknown unit ---------------------------------------------

def test_revenue_of_an_unknown_unit_is_not_the_company_s(extractor: Extractor) -> None:
    body = ("Nvidia reported revenue of $30 billion for the quarter. Nvidia also raised its "
            "outlook. This beat expectations and was mainly driven by a 41% jump in Gaming "
            "revenue, which came in at $2 billion.")
    x = dated(extractor, body, None, lang="en", headline="Nvidia revenue beats estimates")
    assert not [f for f in x.figures if f.about == "Nvidia" and f.value == Decimal(41)]


def test_a_list_item_opening_with_a_capitalised_word_keeps_the_company(
        extractor: Extractor) -> None:
    body = "Nvidia gave its outlook.\n- Adjusted gross margin of 71%, plus or minus 50 basis points."
    x = dated(extractor, body, None, lang="en", headline="Nvidia outlook")
    assert ("Nvidia", "Other", Decimal(71)) in {(f.about, f.metric, f.value) for f in x.figures}


# --- months and spans of months -------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "period"), [
    ("Im Dezember 2024 zählte die App 80 Millionen Nutzer.", "de", "2024-12"),
    ("Ende März 2026 sollen es 90 Millionen sein.", "de", "2026-03"),
    ("Am 3. Juli 2025 kostete die Aktie 12 Euro.", "de", "2025-07"),
    ("By January 2025 the app had 80 million users.", "en", "2025-01"),
    ("On September 4, 2025 the shares closed at $12.", "en", "2025-09"),
    ("Der Gewinn für die Monate April bis Juni stieg.", "de", "April bis Juni"),
    ("Revenue for April through June rose.", "en", "April through June"),
    ("In May the company may 2025 nothing.", "en", None),  # a verb, not the month
    ("In the three months to September, revenue rose.", "en", "Q3"),
    ("In the six months ended June 30, 2025, revenue rose.", "en", "H1 2025"),
    ("In den drei Monaten bis Ende September stieg der Umsatz.", "de", "Q3"),
    ("In den sechs Monaten bis Juni 2025 stieg der Umsatz.", "de", "H1 2025"),
])
def test_month_periods(text: str, lang: str, period: str | None) -> None:
    assert period_of(text, lang) == period


def test_span_of_months_in_the_lead_is_the_reporting_period(extractor: Extractor) -> None:
    body = ("Der Umsatz von Infineon in den Monaten April bis Juni lag bei 3,7 Milliarden Euro. "
            "Der Gewinn von Infineon stieg um 9 Prozent.")
    x = dated(extractor, body, None, headline="Infineon")
    assert periods(x)[("ProfitGrowth", Decimal(9))] == "April bis Juni"


@pytest.mark.parametrize(("body", "lang", "metric", "value", "period"), [
    ("Im dritten Quartal stieg der Umsatz von SAP um 7 Prozent gegenüber dem zweiten Quartal.",
     "de", "RevenueGrowth", Decimal(7), "Q3"),
    ("SAP's revenue rose 7% in the third quarter compared with the second quarter.",
     "en", "RevenueGrowth", Decimal(7), "Q3"),
])
def test_a_period_compared_with_is_not_the_number_s(extractor: Extractor, body: str, lang: str,
                                                    metric: str, value: Decimal,
                                                    period: str) -> None:
    x = dated(extractor, body, None, lang=lang, headline="SAP")
    assert periods(x)[(metric, value)] == period


# --- precision: the subject is an unnamed rival, a market or an economy ----------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("BMW hat im dritten Quartal mehr Autos verkauft. Ein Rivale aus China steigerte den Umsatz "
     "um 20 Prozent.", "de"),
    ("BMW hat im dritten Quartal mehr Autos verkauft. Der Markt für Elektroautos wuchs in Europa "
     "um 25 Prozent.", "de"),
    ("BMW sold more cars in the third quarter. Tariffs of 15% on European cars weigh on the "
     "outlook.", "en"),
    ("BMW sold more cars in the third quarter. The overall car market grew 3%.", "en"),
])
def test_a_figure_of_an_unnamed_subject_is_not_the_salient_company_s(
        extractor: Extractor, body: str, lang: str) -> None:
    x = dated(extractor, body, None, lang=lang, headline="BMW mit Rekordabsatz")
    assert not [f for f in x.figures if f.about == "BMW"]


def test_the_market_value_of_the_company_is_still_its_own(extractor: Extractor) -> None:
    body = "BMW sold more cars in the third quarter. BMW's market value rose to $60 billion."
    x = dated(extractor, body, None, lang="en", headline="BMW record sales")
    assert ("BMW", "MarketCapitalization") in {(f.about, f.metric) for f in x.figures}


# --- recall: head counts told with a verb of employing ---------------------------------------

@pytest.mark.parametrize(("body", "lang", "value"), [
    ("Siemens meldet Zahlen. Siemens beschäftigt rund 320.000 Menschen.", "de", 320000),
    ("Apple sold more. Apple employs about 150,000 people worldwide.", "en", 150000),
])
def test_employing_verb_gives_a_head_count(extractor: Extractor, body: str, lang: str,
                                           value: int) -> None:
    x = dated(extractor, body, None, lang=lang, headline="Zahlen")
    assert ("Employees", Decimal(value)) in {(f.metric, f.value) for f in x.figures}


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens meldet Zahlen. Vor der Zentrale von Siemens demonstrierten 1.000 Menschen.", "de"),
    ("Apple sold more. About 2,000 people protested outside an Apple store.", "en"),
])
def test_people_without_a_verb_of_employing_are_no_head_count(extractor: Extractor, body: str,
                                                              lang: str) -> None:
    x = dated(extractor, body, None, lang=lang, headline="Zahlen")
    assert not [f for f in x.figures if f.metric == "Employees"]


def test_three_months_to_a_month_in_a_fiscal_quarter_report(extractor: Extractor) -> None:
    body = ("Oracle reported results for the second quarter of fiscal year 2026. Revenue for "
            "the three months to November rose 14% to $16.1 billion.")
    x = dated(extractor, body, date(2025, 12, 10), lang="en", headline="Oracle results")
    assert periods(x)[("Revenue", Decimal(16100000000))] == "Q2 FY2026"


def test_three_months_to_a_month_without_a_fiscal_year(extractor: Extractor) -> None:
    body = "Revenue of Siemens for the three months to September rose 14% to $16.1 billion."
    x = dated(extractor, body, date(2025, 11, 10), lang="en", headline="Siemens results")
    assert periods(x)[("Revenue", Decimal(16100000000))] == "Q3 2025"


# --- amounts spent: who pays -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Das Investitionsvolumen von rund 4 Milliarden Euro verteilt sich auf 20 Maschinen vom Typ "
    "A350 des Herstellers Airbus.",
    "Die Investition von rund 4 Milliarden Euro verteilt sich auf 20 Maschinen des Herstellers "
    "Airbus.",
])
def test_the_seller_named_in_a_phrase_after_the_amount_does_not_pay(extractor: Extractor,
                                                                     body: str) -> None:
    x = dated(extractor, "Die Lufthansa modernisiert ihre Flotte. " + body, None,
              headline="Lufthansa bestellt Flugzeuge")
    assert {f.about for f in x.figures if f.metric == "Investment"} == {"Lufthansa"}


def test_a_company_worth_an_amount_has_that_market_value(extractor: Extractor) -> None:
    x = dated(extractor, "Palantir reported results. Palantir is now worth about $150 billion.",
              None, lang="en", headline="Palantir results")
    assert {(f.metric, f.value) for f in x.figures} >= {
        ("MarketCapitalization", Decimal(150000000000))}


def test_results_go_on_in_the_period_the_sentence_before_names(extractor: Extractor) -> None:
    lead = "Adobe announced a restructuring. Adobe wants to cut costs. " * 4
    body = lead + ("Adobe reported third-quarter results on Thursday. Revenue increased 11% to "
                   "$6 billion.")
    x = dated(extractor, body, date(2025, 9, 12), lang="en", headline="Adobe")
    # Adobe's fiscal year ends in November: its third quarter is June to August
    assert periods(x)[("Revenue", Decimal(6000000000))] == "Q3 FY2025"


def test_a_price_target_takes_no_quarter(extractor: Extractor) -> None:
    body = ("Die Citigroup hat die Einstufung für Adidas nach Zahlen zum dritten Quartal auf "
            "Buy mit einem Kursziel von 250 Euro belassen.")
    x = dated(extractor, body, None, headline="Adidas")
    assert periods(x)[("PriceTarget", Decimal(250))] is None


# --- precision: a relative clause after a name the extractor does not know -------------------

@pytest.mark.parametrize(("body", "lang"), [
    ("Gewinner waren die Aktien von Siemens, die 3,1 Prozent auf 210,40 Euro zulegten, gefolgt "
     "von Norvanta, die 2,4 Prozent teurer bei 18,20 Euro schlossen.", "de"),
    ("Top gainers were Siemens shares, which rose 3.1% to 210.40 euros, followed by Norvanta, "
     "which added 2.4% to 18.20 euros.", "en"),
])
def test_a_relative_clause_of_an_unknown_name_is_not_the_name_before(
        extractor: Extractor, body: str, lang: str) -> None:
    x = dated(extractor, body, None, lang=lang, headline="Marktbericht")
    assert {f.value for f in x.figures if f.about == "Siemens"} == {Decimal("3.1"),
                                                                    Decimal("210.40")}


# --- a period named later in the lead does not carry back ----------------------

def test_half_named_later_does_not_carry_back_to_earlier_results(extractor: Extractor) -> None:
    # "im ersten Halbjahr" is when the buyback starts; the revenue before it has no period
    x = helpers.run(extractor, "Siemens hat so viel verdient wie nie. Der Umsatz legte um "
                               "5 Prozent auf 80 Milliarden Euro zu. Ein neuer Aktienrückkauf "
                               "soll im ersten Halbjahr starten.",
                    headline="Siemens-Aktie: Rekordgewinn")
    (revenue,) = [f for f in x.figures if f.metric == "Revenue"]
    assert revenue.period is None


def test_half_named_first_in_the_lead_carries_on(extractor: Extractor) -> None:
    # look-alike: the lead names the half before the figure
    x = helpers.run(extractor, "Siemens hat im ersten Halbjahr so viel verdient wie nie. Der "
                               "Umsatz legte um 5 Prozent auf 40 Milliarden Euro zu.",
                    headline="Siemens-Aktie: Rekordgewinn")
    (revenue,) = [f for f in x.figures if f.metric == "Revenue"]
    assert revenue.period is not None and revenue.period.startswith("H1")


@pytest.mark.parametrize(("text", "period"), [
    ("Der Gewinn stieg 2025 um 10 Prozent auf 2 Milliarden Euro.", "2025"),
    ("Der Umsatz sank 2024 auf rund 3 Milliarden Euro.", "2024"),
    # look-alikes: a year after a preposition starts or ends a span, not the change's year
    ("Der Kurs stieg seit 2020 um 50 Prozent.", None),
    ("Der Umsatz stieg von 2024 auf 2025 um 3 Prozent.", None),
])
def test_bare_year_between_verb_and_change(text: str, period: str | None) -> None:
    found = period_match(text, "de")
    assert (found[1] if found else None) == period


# --- a bare year in reported speech ("werde 2026", "sei 2025") ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Der Auftragsbestand werde 2026 auf über 90 Milliarden Euro steigen, schätzt die Bank.",
     "2026"),
    ("Der Gewinn sei 2025 um 4 Prozent gesunken, teilte der Konzern mit.", "2025"),
    ("Der Umsatz kletterte 2024 auf über 3 Milliarden Euro.", "2024"),
    ("Der Umsatz werde 2026 und 2027 deutlich wachsen.", None),  # two years: neither
])
def test_year_in_reported_speech(text: str, expected: str | None) -> None:
    assert period_of(text, "de") == expected


def test_reported_speech_year_reaches_the_estimate(extractor: Extractor) -> None:
    body = ("Die Deutsche Bank bestätigte ihr Kursziel für Rheinmetall. Der Auftragsbestand des "
            "Konzerns werde 2026 auf über 90 Milliarden Euro steigen, schätzt die Bank.")
    x = dated(extractor, body, date(2025, 11, 12), headline="Rheinmetall im Blick")
    assert periods(x).get(("Other", Decimal(90000000000))) == "2026"


# --- a quarter or half named by its first and last month ------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Operating profit in the July-September quarter rose 4%.", "en", "Q3"),
    # a half off the calendar's: a fiscal one, its year from the article
    ("Revenue in the April–September half fell 2%.", "en", "H1 FY"),
    ("Revenue in the October-December quarter of 2025 rose 3%.", "en", "Q4 2025"),
    ("Im Juli-September-Quartal stieg der Umsatz um 5 Prozent.", "de", "Q3"),
])
def test_quarter_named_by_its_months(text: str, lang: str, expected: str) -> None:
    assert period_of(text, lang) == expected


def test_months_without_a_quarter_word_stay_a_span() -> None:
    # "from July to September" names months, not a quarter word: written as it stands
    assert period_of("Sales from July to September rose 3%.", "en") == "July to September"


def test_quarter_named_by_months_reaches_the_figure(extractor: Extractor) -> None:
    body = ("Honda raised its outlook for the first half. Operating profit in the "
            "July-September quarter fell 12% to 300 billion yen.")
    x = dated(extractor, body, date(2026, 11, 5), lang="en", headline="Honda results")
    # Honda's fiscal year ends in March: these months are its second fiscal quarter
    assert periods(x).get(("ProfitGrowth", Decimal(-12))) == "Q2 FY2027"


# --- a fiscal year named by the month it ends in --------------------------------

@pytest.mark.parametrize(("text", "lang", "published", "expected"), [
    ("Sony expects operating profit of 1.3 trillion yen for the fiscal year ending in March.",
     "en", date(2026, 11, 5), "FY2027"),
    ("Sony expects operating profit of 1.3 trillion yen for the fiscal year ending in March.",
     "en", date(2026, 2, 10), "FY2026"),
    ("Im Ende März endenden Geschäftsjahr soll der Gewinn auf 1,3 Billionen Yen steigen.",
     "de", date(2026, 11, 5), "FY2027"),
    ("Sony expects operating profit of 1.3 trillion yen for the fiscal year ending March "
     "2028.", "en", date(2026, 11, 5), "FY2028"),
])
def test_fiscal_year_by_its_last_month(extractor: Extractor, text: str, lang: str,
                                       published: date, expected: str) -> None:
    x = dated(extractor, text, published, lang=lang, headline="Sony outlook")
    assert {f.period for f in x.figures if f.metric == "Profit"} == {expected}


def test_fiscal_year_ending_is_not_the_reported_period(extractor: Extractor) -> None:
    # the outlook's year under way: the quarter reported keeps its own period
    body = ("Sony raised its forecast for the fiscal year ending in March. Revenue in the "
            "quarter rose 4% to 3 trillion yen.")
    x = dated(extractor, body, date(2026, 11, 5), lang="en", headline="Sony results")
    assert periods(x).get(("Revenue", Decimal(3000000000000))) != "FY2027"


def test_fiscal_year_ending_without_a_date_gives_no_period(extractor: Extractor) -> None:
    x = dated(extractor, "Sony expects operating profit of 1.3 trillion yen for the fiscal "
                         "year ending in March.", None, lang="en", headline="Sony outlook")
    assert {f.period for f in x.figures if f.metric == "Profit"} == {None}


def test_first_months_named_once_carry_to_the_next_sentence(extractor: Extractor) -> None:
    # the passage names the nine months once and goes on without them; the plans
    # and the outlook told before do not set the period of these results
    body = ("Der Konsumgüterkonzern Henkel will bis 2030 insgesamt 8 Milliarden Euro "
            "investieren, wie der Dax-Konzern am Mittwoch mitteilte.\n"
            "Rund 70 Prozent der Summe fließen in das Klebstoffgeschäft.\n"
            "Zugleich bestätigte Vorstandschef Carsten Knobel die Prognose für das laufende "
            "Jahr. Das bereinigte Ebitda soll 2026 zwischen 4,1 und 4,3 Milliarden Euro liegen.\n"
            "In den ersten neun Monaten stieg das bereinigte Ebitda um 5 Prozent auf 3,1 "
            "Milliarden Euro. Der bereinigte Konzernüberschuss legte auf 1,9 Milliarden Euro "
            "zu.")
    got = periods(dated(extractor, body, date(2026, 11, 5),
                        headline="Henkel erhöht Investitionsplan auf 8 Milliarden Euro – das "
                                 "Klebstoffgeschäft treibt den Gewinn"))
    assert got[("Profit", Decimal(1900000000))] == got[("Profit", Decimal(3100000000))]
    assert str(got[("Profit", Decimal(1900000000))]).startswith("9M")
