"""A bank a house rates after the preposition that opens a clause after a break ("bestätigte
ihre Einstufungen: Für die Commerzbank bleibt es bei 'Neutral', für die Deutsche Bank bei
'Buy'") is the one rated, and weighs for what the article is about as a bank after a rating
verb does: a rival named once more elsewhere no longer becomes the article's company and
takes the figures of the other bank's passage. An index compound with no name ("Die im SDax
notierte Aktie") does not mean the bank whose analysts the sentence before quotes.

The words of a figure: a bare growth word ("das Wachstum", "growth") names a percentage only,
never an amount, which is another noun's (an order book's); after the number's noun of change
("a 3.1% drop in comparable sales") the metric word is the number's, nearer than one before it;
the growth of billings or bookings is no revenue growth; restructuring costs are a charge
(`Other`, negative), not the profit they burden. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

_TWO_BANKS = "Bankaktien: Jefferies hebt Commerzbank - Berenberg senkt Deutsche Bank"
_COMMERZBANK_PASSAGE = ("Bankaktien stehen bei Analysten erneut im Fokus. "
                        "Jefferies hob die Commerzbank am Dienstag von \"Hold\" auf \"Buy\". "
                        "Die Aktie des Frankfurter Instituts legte um 1,9 Prozent auf 31,40 Euro zu. "
                        "Weniger zuversichtlich ist Berenberg bei der Deutschen Bank. "
                        "Deutsche-Bank-Aktien gaben 0,8 Prozent auf 24,10 Euro nach. ")


def test_banks_rated_after_a_clause_preposition_keep_the_rival_from_taking_the_passage(
        extractor: Extractor) -> None:
    x = run(extractor, _COMMERZBANK_PASSAGE
            + "Die Analysten von Citigroup bestätigten ihre Einstufungen: Für die Commerzbank "
              "bleibt es bei \"Neutral\", für die Deutsche Bank bei \"Buy\".", headline=_TWO_BANKS)
    assert ("Deutsche Bank", Decimal("1.9")) not in metric_facts(x, "StockPriceChange")
    assert ("Deutsche Bank", Decimal("31.40")) not in metric_facts(x, "SharePrice")
    assert ("Deutsche Bank", Decimal("-0.8")) in metric_facts(x, "StockPriceChange")


def test_a_bank_rated_after_a_clause_preposition_stays_the_subject_of_its_own_article(
        extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Bank hat im dritten Quartal mehr verdient als erwartet. "
                       "Die Analysten von Citigroup bestätigten ihre Einstufung: Für die Deutsche "
                       "Bank bleibt es bei \"Buy\". Die Aktie stieg um 2,3 Prozent auf 26,80 Euro.",
            headline="Deutsche Bank verdient mehr als erwartet")
    assert ("Deutsche Bank", Decimal("2.3")) in metric_facts(x, "StockPriceChange")


def test_an_index_compound_does_not_mean_the_house_whose_analysts_spoke(extractor: Extractor) -> None:
    x = run(extractor, "Unter Druck stand die Aareal Bank nach einem Quartalsverlust. "
                       "Die Analysten von Baader Bank strichen daraufhin ihre Kaufempfehlung. "
                       "Die im SDax notierte Aktie brach um 6,2 Prozent ein.")
    assert ("Baader Bank", "memberOf", "SDAX") not in triples(x)


def test_an_index_compound_after_a_bank_speaking_for_itself_means_that_bank(
        extractor: Extractor) -> None:
    x = run(extractor, "Unter Druck stand die Aareal Bank nach einem Quartalsverlust. "
                       "Baader Bank steigerte dagegen den Gewinn kräftig. "
                       "Die im SDax notierte Aktie stieg um 4,1 Prozent.")
    assert ("Baader Bank", "memberOf", "SDAX") in triples(x)


def test_an_amount_before_a_bare_growth_word_is_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Der Auftragsbestand von zuletzt 31 Milliarden Euro sichere das Wachstum "
                       "bis weit ins nächste Jahrzehnt, schrieb der Analyst.",
            headline="Hensoldt im Aufwind")
    assert ("Hensoldt", Decimal("31000000000")) not in metric_facts(x, "Revenue")


def test_a_percentage_of_a_bare_growth_word_stays_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Das Wachstum lag im dritten Quartal bei 14 Prozent.",
            headline="Hensoldt im Aufwind")
    assert ("Hensoldt", Decimal("14")) in metric_facts(x, "RevenueGrowth")


def test_an_amount_before_bare_growth_is_no_revenue_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Its order backlog of $31 billion secures growth well into the next "
                       "decade, the analyst wrote.", "en", headline="Rheinmetall rises")
    assert ("Rheinmetall", Decimal("31000000000")) not in metric_facts(x, "Revenue")


def test_a_noun_of_change_names_its_metric_after_the_number(extractor: Extractor) -> None:
    x = run(extractor, "Walmart cut its full-year profit outlook and reported a 3.1% drop in "
                       "comparable sales.", "en", headline="Walmart cuts outlook")
    assert ("Walmart", Decimal("-3.1")) in metric_facts(x, "RevenueGrowth")
    assert ("Walmart", Decimal("-3.1")) not in metric_facts(x, "ProfitGrowth")


def test_a_noun_of_change_before_profit_still_names_profit(extractor: Extractor) -> None:
    x = run(extractor, "Walmart raised its full-year sales outlook and reported a 3.1% drop in "
                       "quarterly profit.", "en", headline="Walmart lifts outlook")
    assert ("Walmart", Decimal("-3.1")) in metric_facts(x, "ProfitGrowth")


def test_billings_growth_is_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Okta fell 4.2% even after topping expectations, as billings growth slowed "
                       "to 7%.", "en", headline="Okta falls")
    assert ("Okta", Decimal("7")) not in metric_facts(x, "RevenueGrowth")


def test_revenue_growth_stays_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Okta fell 4.2% even after topping expectations, as revenue growth slowed "
                       "to 7%.", "en", headline="Okta falls")
    assert ("Okta", Decimal("7")) in metric_facts(x, "RevenueGrowth")


def test_restructuring_costs_are_no_profit(extractor: Extractor) -> None:
    x = run(extractor, "Smiths Group said statutory operating profit was £61.3m after "
                       "restructuring costs of £7.4m.", "en", headline="Smiths Group results")
    assert ("Smiths Group", Decimal("7400000")) not in metric_facts(x, "Profit")
    assert ("Smiths Group", Decimal("-7400000")) in metric_facts(x, "Other")
    assert ("Smiths Group", Decimal("61300000")) in metric_facts(x, "Profit")
