"""Wrong facts of the precision42 families, each fixed so that it holds for any article:

* "Nvidia overtook Apple as the most valuable company, with a market value of $4 trillion":
  a reference after the one overtaken is the overtaker, so the value is not Apple's;
* "Nvidia sagte, der Umsatz von AMD werde 10 Milliarden Dollar erreichen": one company's
  word on another's future figure is no figure; its own outlook keeps its status;
* "Die Aktionäre erhalten 1,20 Euro je Aktie": what is received per share is a payout, a
  dividend where one is told, an offer's price where a bid is, else nothing, never earnings;
* "SAP invested in Celonis, co-founder Hasso Plattner said": a title opening its clause
  after a comma owns no company of the clause before;
* "Tesla könnte laut UBS 20 Prozent weniger Autos verkaufen, falls die Zölle steigen":
  a scenario on a condition gives no figure.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _run(extractor: Extractor, text: str, lang: str, headline: str | None = None) -> Extraction:
    return run(extractor, text, lang, headline or ("Marktbericht" if lang == "de" else "Market report"))


def _metric(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(about, value) for about, m, value, _ in figure_facts(x) if m == metric}


def _status(x: Extraction, metric: str) -> set[str]:
    return {f.status for f in x.figures if f.metric == metric}


# --- the phrase after the one overtaken is the overtaker's ---------------------------------------

def test_value_after_overtaken_is_the_overtaker_s(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia overtook Apple as the most valuable company, with a market value "
                        "of $4 trillion.", "en")
    assert _metric(x, "MarketCapitalization") == {("Nvidia", Decimal("4000000000000"))}


def test_surpassed_gives_the_value_to_the_subject(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft surpassed Apple as the world's most valuable company, with a "
                        "market value of $3 trillion.", "en")
    assert ("Apple", Decimal("3000000000000")) not in _metric(x, "MarketCapitalization")


def test_german_overtaking_keeps_the_subject(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia überholte Apple als wertvollstes Unternehmen der Welt, mit einem "
                        "Börsenwert von 4 Billionen Dollar.", "de")
    assert _metric(x, "MarketCapitalization") == {("Nvidia", Decimal("4000000000000"))}


def test_german_perfect_overtaking_keeps_the_subject(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia hat Apple als wertvollstes Unternehmen der Welt überholt, mit einem "
                        "Börsenwert von 4 Billionen Dollar.", "de")
    assert _metric(x, "MarketCapitalization") == {("Nvidia", Decimal("4000000000000"))}


def test_passive_overtaking_gives_the_value_to_the_agent(extractor: Extractor) -> None:
    x = _run(extractor, "Apple was overtaken by Nvidia as the most valuable company, with a market "
                        "value of $4 trillion.", "en")
    assert _metric(x, "MarketCapitalization") == {("Nvidia", Decimal("4000000000000"))}


def test_german_passive_overtaking_gives_the_value_to_the_agent(extractor: Extractor) -> None:
    x = _run(extractor, "Apple ist von Nvidia als wertvollstes Unternehmen abgelöst worden, mit "
                        "einem Börsenwert von 4 Billionen Dollar.", "de")
    assert _metric(x, "MarketCapitalization") == {("Nvidia", Decimal("4000000000000"))}


def test_reference_without_overtaking_keeps_its_antecedent(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia reported results. Apple, the most valuable company, has a market "
                        "value of $4 trillion.", "en")
    assert _metric(x, "MarketCapitalization") == {("Apple", Decimal("4000000000000"))}


# --- one company's word on another's future figure -----------------------------------------------

def test_company_says_anothers_revenue_will_reach(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia sagte, der Umsatz von AMD werde 10 Milliarden Dollar erreichen.", "de")
    assert _metric(x, "Revenue") == set()


def test_company_said_anothers_revenue_would_reach(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia said AMD's revenue would reach $10 billion.", "en")
    assert _metric(x, "Revenue") == set()


def test_own_outlook_in_reported_speech_stays(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia sagte, der Umsatz werde 10 Milliarden Dollar erreichen.", "de")
    assert _metric(x, "Revenue") == {("Nvidia", Decimal("10000000000"))}
    assert _status(x, "Revenue") == {"Reported"}


def test_own_outlook_in_english_stays(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia said its revenue would reach $10 billion.", "en")
    assert _metric(x, "Revenue") == {("Nvidia", Decimal("10000000000"))}


# --- an amount received per share ----------------------------------------------------------------

def test_received_per_share_without_payout_word_is_nothing(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens meldet Zahlen. Die Aktionäre erhalten 1,20 Euro je Aktie.", "de")
    assert _metric(x, "EarningsPerShare") == set()
    assert _metric(x, "Dividend") == set()


def test_shareholders_will_receive_without_payout_word(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens reported results. Shareholders will receive 1.20 euros per share.", "en")
    assert _metric(x, "EarningsPerShare") == set()


def test_received_after_dividend_is_the_dividend(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens erhöht die Dividende. Die Aktionäre erhalten 1,20 Euro je Aktie.", "de")
    assert _metric(x, "Dividend") == {("Siemens", Decimal("1.2"))}


def test_received_after_bid_is_the_offer_price(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens made a takeover bid for Alstom. Alstom shareholders will receive "
                        "30 euros per share.", "en")
    assert _metric(x, "EarningsPerShare") == set()
    assert _metric(x, "SharePrice") == {("Alstom", Decimal("30"))}


def test_received_after_german_offer_is_the_offer_price(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens legt ein Übernahmeangebot für Alstom vor. Die Aktionäre von Alstom "
                        "erhalten 30 Euro je Aktie.", "de")
    assert _metric(x, "EarningsPerShare") == set()


def test_earned_per_share_stays_earnings(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens earned 1.20 euros per share.", "en")
    assert _metric(x, "EarningsPerShare") == {("Siemens", Decimal("1.2"))}


# --- a title opening its clause after a comma ----------------------------------------------------

def test_cofounder_after_comma_does_not_work_for_the_object(extractor: Extractor) -> None:
    x = _run(extractor, "SAP invested in Celonis, co-founder Hasso Plattner said.", "en")
    assert ("Hasso Plattner", "worksFor", "Celonis") not in triples(x)


def test_chief_after_comma_does_not_work_for_the_object(extractor: Extractor) -> None:
    x = _run(extractor, "SAP invested in Celonis, chief executive Christian Klein said.", "en")
    assert ("Christian Klein", "worksFor", "Celonis") not in triples(x)


def test_title_bound_to_company_keeps_employer(extractor: Extractor) -> None:
    x = _run(extractor, "SAP invested in Celonis, SAP co-founder Hasso Plattner said.", "en")
    assert ("Hasso Plattner", "worksFor", "SAP") in triples(x)


def test_title_in_the_same_clause_keeps_employer(extractor: Extractor) -> None:
    x = _run(extractor, "At Celonis chief executive Alexander Rinke announced a new product.", "en")
    assert ("Alexander Rinke", "worksFor", "Celonis") in triples(x)


# --- a scenario on a condition --------------------------------------------------------------------

def test_conditional_scenario_gives_no_figure(extractor: Extractor) -> None:
    x = _run(extractor, "Tesla könnte laut UBS 20 Prozent weniger Autos verkaufen, falls die Zölle "
                        "steigen.", "de")
    assert {about for about, *_ in figure_facts(x)} == set()


def test_english_conditional_scenario_gives_no_figure(extractor: Extractor) -> None:
    x = _run(extractor, "Tesla could sell 20 percent fewer cars if tariffs rise, according to UBS.", "en")
    assert figure_facts(x) == set()


def test_expected_without_condition_stays(extractor: Extractor) -> None:
    x = _run(extractor, "UBS erwartet, dass Tesla 20 Prozent weniger Autos verkauft.", "de")
    assert ("Tesla", Decimal("-20")) in _metric(x, "Other")


def test_figure_beside_a_scenario_clause_stays(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens steigerte den Umsatz um 5 Prozent, und der Konzern könnte Stellen "
                        "streichen, falls die Nachfrage sinkt.", "de")
    assert _metric(x, "RevenueGrowth") == {("Siemens", Decimal("5"))}
