"""Families of figures any article prints, on texts written for the test.

Names are real companies, facts invented.

- Valuation multiples after words that say which earnings and a year ("trades at just 12
  times expected 2027 earnings": the year is the multiple's period), and a bare "trades at 19
  times" after a multiple told in full in the sentence before; a multiple put beside an amount
  that gave no figure ("values Veltora at $12 billion, or roughly 14 times its sales") is no
  one's.
- A share move whose plural verb comes before the one company ("Dagegen verloren Zalando 3,1
  Prozent"), not before a list; an index's move carried on by the span it was counted over
  or the index named again ("Auf Wochensicht …", "For the week, the index fell 1.2%"), after
  a sentence that moved that index only.
- An amount returned to shareholders through buybacks only is a buyback; a payout ratio "for
  dividends … of core net income from 60%" is the ratio's, the old value no profit growth.
- What a deal is worth "in revenue for AMD" is AMD's revenue; a deal's worth alone is none.
- A revenue told by the verb right after the amount in a relative clause ("die 4 Milliarden
  Euro umsetzte") is the unit's; a plan "umgesetzt" is none.
- A target "28 Prozent unter dem aktuellen Kurs" is a negative upside; an offer below the
  price is none.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor


def _multiples(extractor: Extractor, body: str) -> set[tuple[str, Decimal | None]]:
    return helpers.metric_facts(helpers.run_in(extractor, body, "en"), "ValuationMultiple")


def test_multiple_of_expected_year_earnings_has_the_year(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Analysts said Allianz shares still trade at just 12 times "
                                  "expected 2027 earnings.", "en")
    assert [(f.about, f.value, f.unit, f.period) for f in x.figures
            if f.metric == "ValuationMultiple"] == [("Allianz", Decimal("12"), "Multiple", "2027")]
    # the look-alike: a count of times is no multiple
    assert _multiples(extractor, "Allianz has raised its dividend 12 times since 2010.") == set()


def test_multiple_after_words_of_which_earnings(extractor: Extractor) -> None:
    body = "Home Depot trades at about 24 times next year's expected earnings."
    assert _multiples(extractor, body) == {("Home Depot", Decimal("24"))}


def test_bare_multiple_after_one_told_in_the_sentence_before(extractor: Extractor) -> None:
    body = "Home Depot trades at 24 times forward earnings. Lowe's trades at 19 times."
    assert _multiples(extractor, body) == {("Home Depot", Decimal("24")),
                                           ("Lowe's Companies", Decimal("19"))}
    # the look-alikes: "3 times" after no word of a valuation counts, and in the next sentence
    # only a verb of trading makes "at 20 times" a multiple
    body = "Home Depot trades at 24 times forward earnings. Lowe's has split its stock 3 times."
    assert _multiples(extractor, body) == {("Home Depot", Decimal("24"))}
    body = "Home Depot trades at 24 times forward earnings. Lowe's was quoted at 20 times."
    assert _multiples(extractor, body) == {("Home Depot", Decimal("24"))}


def test_multiple_beside_an_amount_of_no_one_is_no_ones(extractor: Extractor) -> None:
    body = ("Siemens agreed to buy Veltora. The deal values Veltora at about $12 billion, or "
            "roughly 14 times its expected sales for 2027.")
    assert _multiples(extractor, body) == set()


def test_plural_verb_before_the_company_is_its_share_move(extractor: Extractor) -> None:
    opening = "Der Dax stieg am Freitag um 0,5 Prozent.\nEin Händler sprach von einem starken Signal.\n"
    moves = helpers.report_moves(extractor, opening + "Dagegen verloren Zalando 3,1 Prozent.", "de")
    assert ("Zalando", Decimal("-3.1")) in moves
    moves = helpers.report_moves(extractor, opening + "Im Gegenzug gaben Zalando um 2 Prozent nach.",
                                 "de")
    assert ("Zalando", Decimal("-2")) in moves
    # the look-alikes: a list's verb, and a singular verb with an object
    moves = helpers.report_moves(
        extractor, opening + "Dagegen verloren BMW und Mercedes-Benz je 2 Prozent.", "de")
    assert not {about for about, _ in moves} & {"BMW", "Mercedes-Benz"}
    x = helpers.run(extractor, "Zalando legte Zahlen vor.\nEin Händler sprach von einem Signal.\n"
                               "Dagegen verlor Zalando 3 Prozent seiner Kunden.", "de",
                    headline="Zalando Zahlen")
    assert helpers.metric_facts(x, "StockPriceChange") == set()
    # nor a plural verb before a noun the name qualifies
    x = helpers.run(extractor, "Zalando legte Zahlen vor.\nEin Händler sprach von einem Signal.\n"
                               "Dagegen stiegen Zalandos Kosten um 3 Prozent.", "de",
                    headline="Zalando Zahlen")
    assert helpers.metric_facts(x, "StockPriceChange") == set()


def test_index_move_over_the_week_carried_on(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Dax stand am Mittag 0,2 Prozent im Plus. Auf Wochensicht "
                               "zeichnet sich ein Minus von rund 1,4 Prozent ab.", "de",
                    headline="Aktien Frankfurt")
    assert helpers.metric_facts(x, "StockPriceChange") == {("DAX", Decimal("0.2")),
                                                           ("DAX", Decimal("-1.4"))}
    x = helpers.run(extractor, "The S&P 500 rose 0.4% on Friday. For the week, the index fell "
                               "1.2%.", "en", headline="Stocks close")
    assert ("S&P 500", Decimal("-1.2")) in helpers.metric_facts(x, "StockPriceChange")
    # a tally "zu Buche" after the index's move is the index's, not the article's company's
    x = helpers.run(extractor, "Der Dax schloss 0,9 Prozent höher. Auf Wochensicht steht ein Plus "
                               "von 8 Prozent zu Buche.", "de", headline="Telekom")
    assert helpers.metric_facts(x, "StockPriceChange") == {("DAX", Decimal("0.9")),
                                                           ("DAX", Decimal("8"))}


def test_index_move_not_carried_after_two_moves_or_onto_another_noun(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Dax stieg um 0,2 Prozent, SAP gewann 2 Prozent. Auf "
                               "Wochensicht steht ein Minus von 1,4 Prozent.", "de",
                    headline="Aktien Frankfurt")
    assert ("DAX", Decimal("-1.4")) not in helpers.metric_facts(x, "StockPriceChange")
    x = helpers.run(extractor, "The S&P 500 rose 0.4% on Friday. For the week, oil prices fell "
                               "2%.", "en", headline="Stocks close")
    assert ("S&P 500", Decimal("-2")) not in helpers.metric_facts(x, "StockPriceChange")


def test_amount_returned_through_buybacks_is_a_buyback(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Caterpillar expects to return more than $6 billion to "
                                  "shareholders through buybacks next year.", "en")
    assert helpers.metric_facts(x, "ShareBuyback") == {("Caterpillar", Decimal("6000000000"))}
    assert [f.qualifier for f in x.figures if f.metric == "ShareBuyback"] == ["AtLeast"]
    # the look-alike: through dividends and buybacks, both
    x = helpers.run_in(extractor, "Caterpillar returned $4 billion to shareholders through "
                                  "dividends and buybacks in 2025.", "en")
    assert helpers.metric_facts(x, "ShareBuyback") == set()


def test_payout_ratio_for_dividends_and_its_old_value(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Allianz set new targets. The payout ratio for dividends will rise "
                               "to 65% of core net income from 60%.", "en",
                    headline="Allianz targets")
    facts = helpers.figure_facts(x)
    assert ("Allianz", "Other", Decimal("65"), "Percent") in facts
    assert not any(metric == "ProfitGrowth" for _, metric, _, _ in facts)


def test_deal_worth_in_revenue_for_a_company_is_its_revenue(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Analysts at Bank of America estimated the deal could be worth "
                                  "more than $10 billion in revenue for AMD over three years.", "en")
    assert [(f.about, f.metric, f.value, f.qualifier, f.estimated_by) for f in x.figures] == [
        ("Advanced Micro Devices", "Revenue", Decimal("10000000000"), "AtLeast", "Bank of America")]
    # the look-alike: a deal's worth alone
    x = helpers.run_in(extractor, "AMD said the deal with Oracle could be worth $10 billion.", "en")
    assert helpers.metric_facts(x, "Revenue") == set()


def test_revenue_told_by_the_verb_of_a_relative_clause(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Alibaba legte Zahlen vor. Die Sparte Alibaba Cloud, die 4 "
                               "Milliarden Euro umsetzte, wuchs kräftig.", "de",
                    headline="Alibaba Zahlen")
    assert helpers.metric_facts(x, "Revenue") == {("Alibaba Cloud", Decimal("4000000000"))}
    # the look-alike: a plan carried out
    x = helpers.run(extractor, "Alibaba will ein Sparprogramm, das 2 Milliarden Euro umfasst, "
                               "schnell umsetzen.", "de", headline="Alibaba Zahlen")
    assert helpers.metric_facts(x, "Revenue") == set()


def test_target_below_the_current_price_is_a_negative_upside(extractor: Extractor) -> None:
    x = helpers.run(extractor, 'Bernstein bewertet Siemens Energy mit "Underperform". Das '
                               "Kursziel von 85 Euro liegt rund 28 Prozent unter dem aktuellen "
                               "Kurs.", "de", headline="Siemens Energy im Analysten-Check")
    assert helpers.metric_facts(x, "UpsidePotential") == {("Siemens Energy", Decimal("-28"))}
    assert helpers.metric_facts(x, "PriceTarget") == {("Siemens Energy", Decimal("85"))}
    # the look-alike: an offer below the price is no house's view
    x = helpers.run(extractor, "Das Angebot für Siemens Energy liegt 5 Prozent unter dem "
                               "aktuellen Kurs.", "de", headline="Siemens Energy")
    assert helpers.metric_facts(x, "UpsidePotential") == set()
