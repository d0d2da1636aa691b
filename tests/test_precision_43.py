"""Wrong facts of the precision43 families, each fixed so that it holds for any article:

* "Siemens shares fell 3% after a 10% rise in costs": a change bound to another noun
  (costs, prices) is that noun's, no second move of the share;
* "revenue rose to $12.4 billion (from $11.9 billion)": the old value of a change with no
  period to date it is the value before (status Previous), never a second current figure;
  with a period it is the year before's;
* "Siemens hat Alstom einen Auftrag abgejagt": the rival an order was taken from gets no
  order figure; "Die Bahn hat einen Auftrag an Siemens erteilt": nor does the client
  placing it;
* "Die Commerzbank hob das Ziel auf 40 Euro an": a house's price target is no result of its
  own that makes the house the article's subject;
* "competes with Apple Music and Amazon Music": in a list of products, a company's name
  opening a product's name is no rival;
* "Goldman put Siemens on its 'Conviction Buy List'": a list's name is no rating;
* "Qiagen will nicht … eigene Aktien für 500 Millionen Dollar zurückkaufen": a plan told as
  none gives no figure.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, rating_facts, rival_pairs
from helpers import metric_facts as _metric
from helpers import run_in as _run
from test_salience_banks import document

from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- a change bound to another noun is no move of the share ---------------------------------------

def test_rise_in_costs_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens shares fell 3% after a 10% rise in costs.", "en")
    assert _metric(x, "StockPriceChange") == {("Siemens", Decimal("-3"))}


def test_prices_rising_in_a_clause_of_cause_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "BASF shares dropped 4% after natural gas prices rose 12%.", "en")
    assert _metric(x, "StockPriceChange") == {("BASF", Decimal("-4"))}


def test_german_costs_rising_after_nachdem_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Die Siemens-Aktie fiel um 3 Prozent, nachdem die Kosten um 10 Prozent "
                        "gestiegen waren.", "de")
    assert _metric(x, "StockPriceChange") == {("Siemens", Decimal("-3"))}


def test_german_rise_of_prices_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Die BASF-Aktie gab um 2 Prozent nach einem Anstieg der Gaspreise um "
                        "15 Prozent nach.", "de")
    assert ("BASF", Decimal("15")) not in _metric(x, "StockPriceChange")


def test_rise_in_another_company_s_shares_stays_a_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens shares rose 3% after a 10% rise in Alstom shares.", "en")
    assert ("Alstom", Decimal("10")) in _metric(x, "StockPriceChange")


def test_earlier_fall_of_the_papers_stays_a_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Die Siemens-Aktie stieg um 3 Prozent, nachdem die Papiere am Vortag um "
                        "10 Prozent gefallen waren.", "de")
    assert ("Siemens", Decimal("-10")) in _metric(x, "StockPriceChange")


def test_revenue_growth_as_cause_keeps_its_metric(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens shares rose 3% as revenue grew 10%.", "en")
    assert _metric(x, "StockPriceChange") == {("Siemens", Decimal("3"))}
    assert _metric(x, "RevenueGrowth") == {("Siemens", Decimal("10"))}


# --- an undated old value is the previous one, not a second current figure -----------------------

def _statuses(x: Extraction, metric: str) -> dict[Decimal | None, set[str]]:
    found: dict[Decimal | None, set[str]] = {}
    for f in x.figures:
        if f.metric == metric:
            found.setdefault(f.value, set()).add(f.status)
    return found


def test_bracketed_from_amount_is_previous(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens revenue rose to $12.4 billion (from $11.9 billion).", "en")
    assert _statuses(x, "Revenue") == {Decimal("12400000000"): {"Reported"},
                                       Decimal("11900000000"): {"Previous"}}


def test_german_bracketed_prior_year_amount_is_previous_without_a_period(extractor: Extractor) -> None:
    x = _run(extractor, "Der Umsatz von Siemens stieg auf 12,4 Milliarden Euro (Vorjahr: 11,9 "
                        "Milliarden Euro).", "de")
    assert _statuses(x, "Revenue").get(Decimal("11900000000")) == {"Previous"}


def test_german_bracketed_prior_year_amount_with_a_period_is_that_year_s(extractor: Extractor) -> None:
    x = _run(extractor, "Der Umsatz von Siemens stieg im Geschäftsjahr 2025 auf 12,4 Milliarden Euro "
                        "(Vorjahr: 11,9 Milliarden Euro).", "de")
    old = [f for f in x.figures if f.metric == "Revenue" and f.value == Decimal("11900000000")]
    # Siemens's fiscal year ends in September: "Geschäftsjahr 2025" is FY2025, the year before FY2024
    assert [(f.status, f.period) for f in old] == [("Reported", "FY2024")]


def test_from_to_without_period_keeps_the_new_value_current(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens revenue rose from $11.9 billion to $12.4 billion.", "en")
    assert _statuses(x, "Revenue") == {Decimal("12400000000"): {"Reported"},
                                       Decimal("11900000000"): {"Previous"}}


# --- an order goes to the one that won or took it, never to the client or the loser --------------

ORDER = Decimal("2000000000")


def _orders(x: Extraction) -> set[str]:
    return {about for about, m, value, _ in figure_facts(x) if m == "Other" and value == ORDER}


def test_rival_an_order_was_taken_from_gets_none(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens hat Alstom einen Auftrag über 2 Milliarden Euro abgejagt.", "de")
    assert "Alstom" not in _orders(x)
    assert _orders(x) <= {"Siemens"}


def test_client_placing_an_order_gets_none(extractor: Extractor) -> None:
    x = _run(extractor, "Die Deutsche Bahn hat nach Angaben von Reuters einen Auftrag über 2 "
                        "Milliarden Euro an Siemens erteilt.", "de")
    assert _orders(x) <= {"Siemens"}


def test_dative_receiver_of_a_placed_order_gets_it(extractor: Extractor) -> None:
    x = _run(extractor, "Die Deutsche Bahn hat Siemens einen Auftrag über 2 Milliarden Euro "
                        "erteilt.", "de")
    assert _orders(x) == {"Siemens"}


def test_order_placed_with_nobody_named_gets_no_owner(extractor: Extractor) -> None:
    x = _run(extractor, "Die Deutsche Bahn hat einen Auftrag über 2 Milliarden Euro erteilt.", "de")
    assert not _orders(x)


def test_order_received_keeps_its_winner(extractor: Extractor) -> None:
    # look-alikes: "erteilt bekommen" and "erhalten" are the winner's verbs
    for body in ("Siemens hat von der Deutschen Bahn einen Auftrag über 2 Milliarden Euro "
                 "erteilt bekommen.",
                 "Siemens hat von der Deutschen Bahn einen Auftrag über 2 Milliarden Euro erhalten."):
        assert _orders(_run(extractor, body, "de")) == {"Siemens"}, body


# --- a house's price target is no result of its own ----------------------------------------------

def test_house_raising_the_target_is_not_the_subject() -> None:
    for text in ("Die Commerzbank hob das Ziel auf 40 Euro an.",
                 "Die Commerzbank hob das Ziel an.",
                 "Die Commerzbank hob ihr Ziel für die Aktie auf 40 Euro an."):
        doc = document("Bayer steigt", "Bayer-Aktien legten zu.", text, lang="de")
        assert "Commerzbank" not in doc.salience, text


def test_bank_raising_its_own_goals_reports_its_results() -> None:
    # look-alikes: the bank's own goals and its year's goal
    for text in ("Die Commerzbank hob ihre Ziele für 2026 an.",
                 "Die Commerzbank bestätigte ihr Jahresziel."):
        doc = document("Banken", text, "Bayer legte zu.", lang="de")
        assert doc.salience.get("Commerzbank", 0.0) > doc.salience["Bayer"], text


# --- a company's name opening a product's name is no rival ---------------------------------------

def test_company_name_opening_a_listed_product_is_no_rival(extractor: Extractor) -> None:
    x = _run(extractor, "Spotify competes with Apple Music and Amazon Music.", "en")
    assert frozenset(("Spotify", "Amazon")) not in rival_pairs(x)


def test_company_named_alone_in_a_list_of_companies_stays_a_rival(extractor: Extractor) -> None:
    x = _run(extractor, "Spotify competes with Apple and Amazon.", "en")
    assert frozenset(("Spotify", "Amazon")) in rival_pairs(x)


def test_company_named_alone_beside_a_product_stays_a_rival(extractor: Extractor) -> None:
    # look-alike: no capitalised word follows the company's name
    x = _run(extractor, "Spotify competes with Apple Music and Amazon.", "en")
    assert frozenset(("Spotify", "Amazon")) in rival_pairs(x)


# --- a list's name is no rating --------------------------------------------------------------------

def test_conviction_buy_list_is_no_rating(extractor: Extractor) -> None:
    for body, lang in (("Goldman Sachs added Siemens to its 'Conviction Buy List'.", "en"),
                       ("Goldman Sachs hat Siemens auf die 'Conviction Buy List' gesetzt.", "de"),
                       ("Goldman Sachs hat Siemens auf die Conviction-Buy-Liste gesetzt.", "de")):
        assert not rating_facts(_run(extractor, body, lang)), body


def test_conviction_buy_as_a_rating_stays(extractor: Extractor) -> None:
    x = _run(extractor, "Goldman Sachs rates Siemens a Conviction Buy.", "en")
    assert rating_facts(x) == {("Goldman Sachs", "Siemens", "Conviction Buy")}


def test_rating_beside_a_list_stays(extractor: Extractor) -> None:
    x = _run(extractor, "Goldman Sachs put Siemens on its Conviction Buy List with a buy rating.", "en")
    assert rating_facts(x) == {("Goldman Sachs", "Siemens", "buy")}


# --- a plan told as none gives no figure ------------------------------------------------------------

def _buybacks(x: Extraction) -> set[tuple[str, Decimal | None]]:
    return _metric(x, "ShareBuyback")


def test_negated_plan_gives_no_buyback(extractor: Extractor) -> None:
    for body, lang in (("Qiagen will nicht bis Ende 2027 eigene Aktien für bis zu 500 Millionen "
                        "Dollar zurückkaufen.", "de"),
                       ("Qiagen does not plan to buy back shares worth $500 million this year.", "en")):
        assert not _buybacks(_run(extractor, body, lang)), body


def test_plan_and_not_only_keep_the_buyback(extractor: Extractor) -> None:
    # look-alikes: the plan itself, and "nicht nur …, sondern auch"
    for body, lang in (("Qiagen will bis Ende 2027 eigene Aktien für bis zu 500 Millionen Dollar "
                        "zurückkaufen.", "de"),
                       ("Qiagen will nicht nur eigene Aktien für bis zu 500 Millionen Dollar "
                        "zurückkaufen, sondern auch die Dividende erhöhen.", "de"),
                       ("Qiagen plans to buy back shares worth $500 million this year.", "en")):
        assert _buybacks(_run(extractor, body, lang)) == {("Qiagen", Decimal("500000000"))}, body
