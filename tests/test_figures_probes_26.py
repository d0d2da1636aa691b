"""Figures whose owner the text names in a short or indirect way: shares told by the
first words of a company named before ("United's shares rose 4%", "Die LEG-Aktie
gewann 2 Prozent"); a market share given "laut dem Marktforscher X" after the company
that holds it; a metric word glossed by an aside set off by commas whose words speak
of the industry ("Das FFO I, die wichtigste Kennzahl der Branche, stieg …"). Each
rule on sentences written for the test, with look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- shares told by the first words of a company named before ----------------------------------

def test_possessive_short_name_owns_the_share_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "United Airlines on Tuesday forecast a strong holiday quarter. "
                    "United's shares rose 4% in extended trading.", lang="en",
                    headline="Airline outlook")
    assert facts(x, "StockPriceChange") == {("United Airlines Holdings", Decimal("4"))}


def test_short_name_of_two_companies_owns_nothing(extractor: Extractor) -> None:
    # look-alike: "United" opens the names of two companies of the article
    x = helpers.run(extractor, "United Airlines and United Parcel Service reported results. "
                    "United's shares rose 4% in extended trading.", lang="en",
                    headline="Transport results")
    assert facts(x, "StockPriceChange") == set()


def test_compound_short_name_owns_the_share_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Wohnungskonzern LEG Immobilien hat mehr verdient. Die "
                    "LEG-Aktie gewann auf Xetra 2,1 Prozent auf 78,40 Euro.",
                    headline="Wohnungen")
    assert facts(x, "StockPriceChange") == {("LEG Immobilien", Decimal("2.1"))}
    assert facts(x, "SharePrice") == {("LEG Immobilien", Decimal("78.40"))}


def test_compound_of_an_unknown_name_owns_nothing(extractor: Extractor) -> None:
    # look-alike: the compound's name opens no name of the article; the move is no one's
    x = helpers.run(extractor, "Der Wohnungskonzern LEG Immobilien hat mehr verdient. Die "
                    "Lumora-Aktie gewann auf Xetra 2,1 Prozent auf 78,40 Euro.",
                    headline="Wohnungen")
    assert facts(x, "StockPriceChange") == set() and facts(x, "SharePrice") == set()


# --- a source cited after the company that holds the share -------------------------------------

def test_market_share_is_the_holders_not_the_research_firms(extractor: Extractor) -> None:
    x = helpers.run(extractor, "CATL hat Zahlen vorgelegt. Beim weltweiten Marktanteil liegt "
                    "CATL laut dem Marktforscher SNE Research bei 38 Prozent.",
                    headline="Batterien")
    assert facts(x, "MarketShare") == {("Contemporary Amperex Technology", Decimal("38"))}
    assert all(f.about != "SNE Research" for f in x.figures)


def test_a_source_opening_the_clause_may_own_the_figure(extractor: Extractor) -> None:
    # look-alike: the cited name is the only one in its clause, and speaks of itself
    x = helpers.run(extractor, "Laut Siemens stieg der Umsatz um 3 Prozent.",
                    headline="Industrie")
    assert facts(x, "RevenueGrowth") == {("Siemens", Decimal("3"))}


# --- a gloss of the metric word speaks of the industry ------------------------------------------

def test_metric_glossed_by_the_industry_stays_the_companys(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Wohnungskonzern LEG Immobilien hat mehr verdient. Das FFO I, "
                    "die wichtigste Kennzahl der Branche, legte um 6,2 Prozent auf 371 "
                    "Millionen Euro zu.", headline="Wohnungen")
    assert facts(x, "Other") == {("LEG Immobilien", Decimal("6.2")),
                                 ("LEG Immobilien", Decimal("371000000"))}


def test_the_industry_as_subject_owns_its_move(extractor: Extractor) -> None:
    # look-alike: the industry is the subject of the number's own phrase, no gloss
    x = helpers.run(extractor, "Der Wohnungskonzern LEG Immobilien hat mehr verdient. Der Umsatz "
                    "stieg, die Branche legte um 6,2 Prozent zu.", headline="Wohnungen")
    assert all(f.value != Decimal("6.2") for f in x.figures)


# --- a lead's forecast quarter is not the period reported ----------------------------------------

def periods(x: Extraction, value: Decimal) -> set[str | None]:
    return {f.period for f in x.figures if f.value == value}


def test_forecast_quarter_of_the_lead_is_not_the_reported_one(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Delta Air Lines on Thursday forecast fourth-quarter profit above "
                    "estimates. Third-quarter revenue rose 5% to $15 billion. Fuel costs fell. "
                    "Its operating margin was 12.5%.", lang="en", headline="Delta results")
    assert periods(x, Decimal("12.5")) == {"Q3"}


def test_forecast_quarter_of_a_german_lead_is_not_the_reported_one(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens rechnet für das vierte Quartal mit mehr Gewinn. Im dritten "
                    "Quartal stieg der Umsatz um 5 Prozent. Die Kosten sanken. Der "
                    "Auftragseingang legte um 3 Prozent zu.", headline="Siemens-Zahlen")
    assert periods(x, Decimal("3")) == {"Q3"}


def test_beating_forecasts_in_a_quarter_reports_it(extractor: Extractor) -> None:
    # look-alike: "forecasts" as what was beaten; the quarter is the one reported
    x = helpers.run(extractor, "Delta Air Lines beat forecasts in the third quarter. Fuel costs "
                    "fell. Its operating margin was 12.5%.", lang="en", headline="Delta results")
    assert periods(x, Decimal("12.5")) == {"Q3"}


def test_forecast_raised_after_a_quarter_reports_that_quarter(extractor: Extractor) -> None:
    # look-alike: the quarter stands in a clause after "after", the results' own
    x = helpers.run(extractor, "Delta Air Lines raised its forecast after strong demand lifted "
                    "third-quarter profit. Fuel costs fell. Its operating margin was 12.5%.",
                    lang="en", headline="Delta results")
    assert periods(x, Decimal("12.5")) == {"Q3"}


def test_as_expected_before_a_quarter_reports_it(extractor: Extractor) -> None:
    # look-alike: "wie erwartet" compares with an expectation, it forecasts nothing
    x = helpers.run(extractor, "Wie erwartet hat Siemens im dritten Quartal mehr verdient. Die "
                    "Kosten sanken. Der Auftragseingang legte um 3 Prozent zu.",
                    headline="Siemens-Zahlen")
    assert periods(x, Decimal("3")) == {"Q3"}


# --- a region the extractor does not know owns its sales ----------------------------------------

def test_sales_in_an_unknown_region_are_no_ones(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Apple reported quarterly results on Thursday. Sales in Greater "
                    "China fell 4%.", lang="en", headline="Apple results")
    assert all(f.value != Decimal("-4") for f in x.figures)


def test_sales_in_a_month_stay_the_companys(extractor: Extractor) -> None:
    # look-alike: a month after "in" names no region
    x = helpers.run(extractor, "Apple reported quarterly results on Thursday. Sales in March rose "
                    "4%.", lang="en", headline="Apple results")
    assert facts(x, "RevenueGrowth") == {("Apple", Decimal("4"))}


# --- a name in a relative clause of the sentence before is no subject of the passage ------------

def test_name_in_a_relative_clause_before_takes_no_figure(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Apple reported quarterly results on Thursday. Services revenue, "
                    "which includes the App Store and iCloud, increased 14%. Operating margin "
                    "fell 4%.", lang="en", headline="Apple results")
    assert all(f.about != "App Store" for f in x.figures)
    assert ("Apple", Decimal("-4")) in facts(x, "Other")


def test_subject_of_the_sentence_before_still_takes_the_figure(extractor: Extractor) -> None:
    # look-alike: the name before is the main clause's subject, no relative clause's
    x = helpers.run(extractor, "Apple reported quarterly results on Thursday. The App Store "
                    "grew strongly. Its revenue rose 14%.", lang="en", headline="Apple results")
    assert facts(x, "RevenueGrowth") == {("App Store", Decimal("14"))}


# --- a value reported before is no house's estimate ---------------------------------------------

def estimators(x: Extraction, metric: str) -> dict[Decimal | None, str | None]:
    return {f.value: f.estimated_by for f in x.figures if f.metric == metric}


def test_earlier_share_price_is_no_banks_estimate(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Für die Deutsche Bank ist es nicht überraschend, dass die Papiere "
                    "von BASF von 66,82 auf 70,62 Euro zulegten.", headline="BASF-Aktie")
    assert estimators(x, "SharePrice") == {Decimal("66.82"): None, Decimal("70.62"): None}


def test_earlier_forecast_of_a_bank_stays_its_estimate(extractor: Extractor) -> None:
    # look-alike: the earlier value is the bank's own forecast, changed
    x = helpers.run(extractor, "Die Deutsche Bank senkte ihre Prognose für den Gewinn von BASF von "
                    "5 auf 4 Milliarden Euro.", headline="BASF-Aktie")
    assert estimators(x, "Profit").get(Decimal("5000000000")) == "Deutsche Bank"


def test_earlier_price_target_stays_the_banks(extractor: Extractor) -> None:
    # look-alike: a target is an estimate, before and after
    x = helpers.run(extractor, "Die Deutsche Bank senkte das Kursziel für BASF von 80 auf 74 Euro.",
                    headline="BASF-Aktie")
    assert estimators(x, "PriceTarget") == {Decimal("80"): "Deutsche Bank",
                                            Decimal("74"): "Deutsche Bank"}


# --- a multiple of earnings to come is the forecast of the house that gives it ------------------

def test_forward_multiple_in_a_houses_sentence_is_its_estimate(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Rheinmetall hat Zahlen vorgelegt. Die Deutsche Bank bleibt bei "
                    "Hold und einem Kursziel von 1.900 Euro – die Bewertung sei mit einem KGV "
                    "von 38 für 2027 ambitioniert.", headline="Rheinmetall-Aktie")
    assert estimators(x, "ValuationMultiple") == {Decimal("38"): "Deutsche Bank"}
    assert facts(x, "ValuationMultiple") == {("Rheinmetall", Decimal("38"))}


def test_forward_multiple_an_analyst_quotes_is_the_houses_before(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Bernstein initiated coverage of Palantir Technologies with an "
                    "underperform rating and a $120 price target. \"The stock trades at more "
                    "than 70 times next year's sales,\" analyst Mark Moerdler wrote.", lang="en",
                    headline="Palantir rated underperform")
    assert estimators(x, "ValuationMultiple") == {Decimal("70"): "Bernstein"}


def test_reporters_forward_multiple_after_targets_is_no_houses(extractor: Extractor) -> None:
    # look-alike: the sentence before names a house, but no analyst gives the multiple
    x = helpers.run(extractor, "Die Deutsche Bank hat ein Kursziel von 1.900 Euro für Rheinmetall. "
                    "Die Aktie ist mit einem KGV von 38 für 2027 teuer.", headline="Rheinmetall")
    assert estimators(x, "ValuationMultiple") == {Decimal("38"): None}


def test_multiple_of_earnings_reported_is_no_houses(extractor: Extractor) -> None:
    # look-alike: the house speaks, but of no earnings to come
    x = helpers.run(extractor, "Rheinmetall hat Zahlen vorgelegt. Die Deutsche Bank bleibt bei "
                    "Hold – die Aktie sei mit einem KGV von 38 teuer.", headline="Rheinmetall")
    assert estimators(x, "ValuationMultiple") == {Decimal("38"): None}
