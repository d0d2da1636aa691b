"""Figure families of bank results, guidance and share histories, each on
sentences written for the test: a positive case and a look-alike that must
not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction

facts = helpers.figure_facts


def metrics_of(x: Extraction, value: Decimal) -> set[str]:
    return {f.metric for f in x.figures if f.value == value}


# --- bank quarter items: interest income, deposits, loans, provisions, capital ratio ----

BANK = ("Fifth Third Bancorp said on Tuesday that net interest income, the gap between what "
        "a lender earns on loans and what it pays on deposits, rose 6% to $2.15 billion in the "
        "third quarter. The common equity Tier 1 ratio, a gauge of how well a bank can absorb "
        "losses, stood at 11.2% at the end of September. Average deposits grew 3% to $212 "
        "billion, while total loans were flat at $164 billion. Provisions for credit losses "
        "fell to $96 million. Operating expenses rose 4% to $1.6 billion.")


def test_bank_items_are_other_figures(extractor: Extractor) -> None:
    x = helpers.run(extractor, BANK, lang="en", headline="Fifth Third Bancorp beats estimates")
    got = facts(x)
    bank = "Fifth Third Bancorp"
    for value, unit in [(Decimal(6), "Percent"), (Decimal(2150000000), "USD"),
                        (Decimal("11.2"), "Percent"), (Decimal(3), "Percent"),
                        (Decimal(212000000000), "USD"), (Decimal(164000000000), "USD"),
                        (Decimal(96000000), "USD"), (Decimal(4), "Percent"),
                        (Decimal(1600000000), "USD")]:
        assert (bank, "Other", value, unit) in got
    # the words of the glosses name nothing: no debt raised, no loss, no count of "Tier 1"
    assert not {f.metric for f in x.figures} & {"DebtIssuance", "ProfitGrowth", "Profit"}
    assert not any(f.unit == "Count" for f in x.figures)


def test_loans_taken_stay_debt(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Fifth Third Bancorp took out loans of $2 billion to fund the "
                               "purchase.", lang="en", headline="Fifth Third Bancorp borrows")
    assert ("Fifth Third Bancorp", "DebtIssuance", Decimal(2000000000), "USD") in facts(x)


def test_metric_word_after_a_gloss_still_names(extractor: Extractor) -> None:
    # the gloss describes the company; the revenue word after it names the number
    x = helpers.run(extractor, "Siemens, the biggest engineering group in Europe, said revenue "
                               "rose 5% to $20 billion.", lang="en", headline="Siemens grows")
    assert ("Siemens", "RevenueGrowth", Decimal(5), "Percent") in facts(x)
    assert ("Siemens", "Revenue", Decimal(20000000000), "USD") in facts(x)


def test_gloss_in_german(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Zinsüberschuss der Commerzbank, eine Größe neben den "
                               "Provisionen und dem Handelsgewinn, stieg um 4 Prozent auf 2,1 "
                               "Milliarden Euro.", headline="Commerzbank legt zu")
    assert metrics_of(x, Decimal(2100000000)) == {"Other"}


# --- revenue lost: neither a loss of the company nor its revenue ------------------------

def test_revenue_lost_is_a_negative_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "The outlook includes a loss of about $300 million in card "
                               "revenue from the new rules.", lang="en",
                    headline="Fifth Third Bancorp outlook")
    assert ("Fifth Third Bancorp", "Other", Decimal(-300000000), "USD") in facts(x)


def test_plain_loss_stays_a_loss(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Fifth Third Bancorp posted a loss of $300 million in the third "
                               "quarter.", lang="en", headline="Fifth Third Bancorp slips")
    assert ("Fifth Third Bancorp", "Profit", Decimal(-300000000), "USD") in facts(x)


# --- an exchange rate is no share price -------------------------------------------------

def test_exchange_rate_is_no_share_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Infineon plant mit einem Wechselkurs von 1,12 US-Dollar zum "
                               "Euro.", headline="Infineon senkt Prognose")
    assert not any(f.metric == "SharePrice" for f in x.figures)


def test_share_rate_stays_a_share_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Kurs der Infineon-Aktie lag zuletzt bei 31,40 Euro.",
                    headline="Infineon senkt Prognose")
    assert ("Infineon Technologies", "SharePrice", Decimal("31.4"), "EUR") in facts(x)


# --- where analysts see the share: their target ----------------------------------------

def test_analysts_see_the_share_at_a_target(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Im Mittel sehen die Analysten das Papier bei 64 Euro.",
                    headline="Siemens Energy: Analysten zuversichtlich")
    assert ("Siemens Energy", "PriceTarget", Decimal(64), "EUR") in facts(x)


def test_analysts_trust_the_company_a_target(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Im Schnitt trauen die befragten Analysten dem Konzern 71 Euro "
                               "zu.", headline="Siemens Energy: Analysten zuversichtlich")
    assert ("Siemens Energy", "PriceTarget", Decimal(71), "EUR") in facts(x)


def test_share_closing_at_a_price_is_no_target(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Aktie schloss bei 58 Euro.",
                    headline="Siemens Energy: Aktie gefragt")
    assert metrics_of(x, Decimal(58)) == {"SharePrice"}


# --- a dividend per share told without its word, and its earlier value -----------------

def test_amount_per_share_after_a_dividend_is_the_dividend(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Hauptversammlung billigte eine höhere Dividende. Für 2025 "
                               "erhalten die Aktionäre 2,40 Euro je Aktie, nach 2,10 Euro im "
                               "Vorjahr.", headline="E.ON: Aktionäre billigen Dividende")
    got = facts(x)
    assert ("E.ON", "Dividend", Decimal("2.4"), "EUR") in got
    assert ("E.ON", "Dividend", Decimal("2.1"), "EUR") in got
    assert not any(f.metric == "SharePrice" for f in x.figures)


def test_amount_per_share_without_dividend_is_no_share_price(extractor: Extractor) -> None:
    # a dividend named with its own amount before: "je Aktie" after another amount is no price
    x = helpers.run(extractor, "Die Hauptversammlung billigte eine Dividende von 2,40 Euro. "
                               "Das Ergebnis lag bei 3,10 Euro je Aktie.",
                    headline="E.ON: Aktionäre billigen Dividende")
    assert metrics_of(x, Decimal("3.1")) == {"EarningsPerShare"}


def test_earlier_value_needs_words_of_the_earlier_period(extractor: Extractor) -> None:
    # "nach 2,10 Euro" with no year before named: what it is stays open
    x = helpers.run(extractor, "Die Hauptversammlung billigte eine höhere Dividende. Die "
                               "Aktionäre erhalten 2,40 Euro je Aktie, nach 2,10 Euro "
                               "Abschlag.", headline="E.ON: Aktionäre billigen Dividende")
    assert not any(f.value == Decimal("2.1") for f in x.figures)


def test_bottom_line_is_profit(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Unter dem Strich verdiente Porsche 1,2 Milliarden Euro, nach "
                               "1,5 Milliarden Euro im Vorjahr.", headline="Porsche: Gewinn sinkt")
    got = facts(x)
    assert ("Porsche", "Profit", Decimal(1200000000), "EUR") in got
    assert ("Porsche", "Profit", Decimal(1500000000), "EUR") in got
    x = helpers.run(extractor, "Unter dem Strich blieben 1,2 Milliarden Euro.",
                    headline="Porsche: Gewinn sinkt")
    assert metrics_of(x, Decimal(1200000000)) == {"Profit"}


# --- a verb that closes the clause, farther after the amount ----------------------------

def test_verb_at_the_end_of_the_clause_names_the_amount(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Vorstand kündigte an, bis 2028 rund 600 Millionen Euro in "
                               "neue Fertigungslinien zu investieren.",
                    headline="Infineon baut aus")
    assert ("Infineon Technologies", "Investment", Decimal(600000000), "EUR") in facts(x)


def test_english_word_far_after_the_amount_names_nothing(extractor: Extractor) -> None:
    # English puts its verb before the amount: a word this far after it is another phrase's
    x = helpers.run(extractor, "The gains on its stake added $2.5 billion to a single "
                               "quarter's bottom line.", lang="en", headline="Amazon gains")
    assert not any(f.metric == "Profit" for f in x.figures)


# --- a fall told in a compound, and the level it led to ---------------------------------

def test_fall_in_a_compound_is_negative_and_current(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Henkel verbuchte im dritten Quartal einen Umsatzrückgang von 7 "
                               "Prozent auf 5,1 Milliarden Euro.", headline="Henkel: Umsatz sinkt")
    (growth,) = [f for f in x.figures if f.metric == "RevenueGrowth"]
    assert (growth.about, growth.value, growth.status) == ("Henkel", Decimal(-7), "Reported")
    assert ("Henkel", "Revenue", Decimal(5100000000), "EUR") in facts(x)


def test_old_and_new_value_of_one_kind_stay_previous(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Deutsche Bank hob das Kursziel für Henkel von 70 Euro auf 78 "
                               "Euro an.", headline="Henkel: Kursziel angehoben")
    assert {f.status for f in x.figures if f.value == Decimal(70)} == {"Previous"}


# --- what a share lost in value is no price ---------------------------------------------

def test_value_a_share_lost_is_no_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Rückruf habe die Aktie 12 Euro gekostet, schrieb der "
                               "Analyst.", headline="Bayer: Aktie unter Druck")
    assert not any(f.metric == "SharePrice" for f in x.figures)


def test_price_a_share_may_cost_stays_a_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Aktie kostet derzeit 41 Euro.",
                    headline="Bayer: Aktie unter Druck")
    assert ("Bayer", "SharePrice", Decimal(41), "EUR") in facts(x)


# --- words set off by a pair of dashes do not end the clause ---------------------------

def test_dash_aside_keeps_the_metric_word(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der operative Gewinn für Juli bis September - das sogenannte "
                               "bereinigte Ebit - erreichte 420 Millionen Euro.",
                    headline="Henkel: Gewinn steigt")
    assert metrics_of(x, Decimal(420000000)) == {"Profit"}


def test_single_dash_still_ends_the_clause(extractor: Extractor) -> None:
    # one dash: the words after it begin a clause of their own, with no metric word
    x = helpers.run(extractor, "Der Umsatz von Henkel lag im Rahmen - Sondereffekte summierten "
                               "sich auf 420 Millionen Euro.", headline="Henkel: Gewinn steigt")
    assert "Revenue" not in metrics_of(x, Decimal(420000000))
