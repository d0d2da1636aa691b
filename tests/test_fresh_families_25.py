"""Families of construction that hold in any article, on sentences written for
these tests: a change set off by a comma after a count ("carried 4.6 million
passengers, up 5%") is the count's, not the share's; a rating alone in a sentence
goes on about the company the sentence before rated ("JPMorgan cut its target for
Bayer … . DZ Bank kept its Hold"), not about a company whose shares were told of
earlier; a possessive word after "gemeinsam mit" ("gemeinsam mit Kunden eigene
Chips") names no partner; each with a look-alike where the old reading must stay."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- a change set off by a comma after a count ------------------------------------------


def test_change_after_a_count_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Qantas flew 3.9 million passengers in October, up 4% from a year "
            "earlier, the airline told the Australian Securities Exchange.", lang="en",
            headline="Qantas traffic")
    facts = figure_facts(x)
    assert not any(f.metric == "StockPriceChange" for f in x.figures)
    assert ("Qantas", "Other", Decimal("4"), "Percent") in facts


def test_change_after_a_count_in_german_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Lufthansa beförderte im Oktober 8,1 Millionen Passagiere, ein Plus "
            "von 3 Prozent, wie der im Dax notierte Konzern mitteilte.", headline="Lufthansa")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_change_after_a_price_stays_a_share_move(extractor: Extractor) -> None:
    """Look-alike: after a price, not a count, the change is the share's."""
    x = run(extractor, "Qantas shares closed at A$10.95 on the Australian Securities Exchange, "
            "up 4%.", lang="en", headline="Qantas shares")
    assert ("Qantas", "StockPriceChange", Decimal("4"), "Percent") in figure_facts(x)


# --- a rating alone after a sentence that rated one company -----------------------------


_BAYER = ("Die Bayer-Aktie verlor auf Xetra 4,1 Prozent auf 23,10 Euro. Die Evotec-Papiere "
          "zogen im MDax dagegen um 6,5 Prozent an. Die Analysten von JPMorgan senkten das "
          "Kursziel für Bayer von 31 auf 27 Euro, bleiben aber bei „Overweight“. ")


def test_rating_alone_goes_on_about_the_company_rated_before(extractor: Extractor) -> None:
    x = run(extractor, _BAYER + "Die DZ Bank bestätigte ihr „Halten“-Votum.",
            headline="Bayer senkt Prognose")
    rated = {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("DZ Bank", "Bayer", "Halten") in rated
    assert not any(r.about == "Evotec" for r in x.ratings)
    assert ("DZ Bank", "covers", "Evotec") not in triples(x)


def test_rating_after_a_sentence_of_two_companies_is_not_carried(extractor: Extractor) -> None:
    """Look-alike: where the sentence before named another company beside the one
    rated, nothing is carried, so the rating does not go to that one by this rule."""
    x = run(extractor, "Die Analysten von JPMorgan senkten das Kursziel für Bayer, während "
            "Evotec zulegte. Die DZ Bank bestätigte ihr „Halten“-Votum.",
            headline="Pharmawerte im Blick")
    assert not any(r.by == "DZ Bank" and r.about == "Bayer" for r in x.ratings)


# --- a possessive word in a list after "gemeinsam mit" ----------------------------------


def test_possessive_word_after_gemeinsam_mit_names_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Der Rivale AMD will Marktanteile gewinnen, und auch Broadcom entwickelt "
            "gemeinsam mit großen Cloud-Kunden eigene KI-Chips.",
            headline="Nvidia-Aktie: Rechenzentren wachsen")
    assert not any(r.predicate == "partnerOf" for r in x.relations)


def test_a_name_after_gemeinsam_mit_stays_a_partner(extractor: Extractor) -> None:
    """Look-alike: a company named after "gemeinsam mit" is the partner."""
    x = run(extractor, "Broadcom entwickelt gemeinsam mit Google eigene KI-Chips.",
            headline="Broadcom-Aktie: KI-Chips")
    found = triples(x)
    assert ("Broadcom", "partnerOf", "Google") in found or ("Google", "partnerOf", "Broadcom") in found


# --- a portion's move ("share of sales fell to 29%") ------------------------------------


def test_share_of_sales_moving_is_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Lam Research said revenue rose 21% to $4.9 billion. China's share of "
            "sales fell to 31% from 40% a year earlier.", lang="en", headline="Lam Research")
    facts = figure_facts(x)
    assert ("Lam Research", "RevenueGrowth", Decimal("21"), "Percent") in facts
    assert not any(f.metric == "RevenueGrowth" and f.value in (Decimal("-31"), Decimal("-40"))
                   for f in x.figures)


def test_anteil_am_umsatz_moving_is_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Lam Research steigerte den Umsatz um 21 Prozent. Der Anteil Chinas am "
            "Umsatz sank auf 31 Prozent.", headline="Lam Research")
    assert not any(f.metric == "RevenueGrowth" and f.value == Decimal("-31") for f in x.figures)


def test_sales_falling_stay_revenue_growth(extractor: Extractor) -> None:
    """Look-alike: sales that fall, with no portion word before them, are a growth."""
    x = run(extractor, "Lam Research said sales fell 9% in the quarter.", lang="en",
            headline="Lam Research")
    assert ("Lam Research", "RevenueGrowth", Decimal("-9"), "Percent") in figure_facts(x)


# --- an amount paid to a company named after the verb -----------------------------------


def test_amount_paid_to_a_named_company_is_its_income(extractor: Extractor) -> None:
    x = run(extractor, "Bayer zahlt Evotec dafür vorab 70 Millionen Euro, hinzu kommen "
            "Meilensteinzahlungen von bis zu 500 Millionen Euro.", headline="Bayer und Evotec")
    facts = figure_facts(x)
    assert ("Evotec", "Other", Decimal("70000000"), "EUR") in facts
    assert ("Evotec", "Other", Decimal("500000000"), "EUR") in facts
    assert not any(f.metric == "Investment" for f in x.figures)


def test_amount_paid_in_english_to_a_named_company_is_its_income(extractor: Extractor) -> None:
    x = run(extractor, "Under the deal, Novartis will pay Evotec $120 million upfront and buy "
            "$40 million of newly issued Evotec shares.", lang="en", headline="Novartis deal")
    facts = figure_facts(x)
    assert ("Evotec", "Other", Decimal("120000000"), "USD") in facts
    assert ("Evotec", "Other", Decimal("40000000"), "USD") not in facts


def test_amount_paid_for_a_purchase_stays_an_investment(extractor: Extractor) -> None:
    """Look-alike: with no company paid after the verb, the amount is the payer's."""
    x = run(extractor, "Bayer zahlt für den Zukauf 70 Millionen Euro.", headline="Bayer kauft zu")
    assert ("Bayer", "Investment", Decimal("70000000"), "EUR") in figure_facts(x)


@pytest.mark.parametrize("text", [
    "Im Gegenzug zahlt Bayer 70 Millionen Euro.",
    "Für die Rechte an dem Wirkstoff zahlt Bayer 70 Millionen Euro.",
])
def test_payer_after_a_fronted_phrase_is_no_payee(extractor: Extractor, text: str) -> None:
    """Look-alike: behind a fronted phrase the name after the verb is its subject, the payer."""
    facts = figure_facts(run(extractor, text, headline="Bayer kauft zu"))
    assert ("Bayer", "Investment", Decimal("70000000"), "EUR") in facts
    assert ("Bayer", "Other", Decimal("70000000"), "EUR") not in facts


# --- a provision ------------------------------------------------------------------------


def test_amount_set_aside_is_a_provision_not_an_investment(extractor: Extractor) -> None:
    x = run(extractor, "Grund ist ein Vergleich mit Klägern, für den Bayer weitere 1,9 "
            "Milliarden Dollar zurückstellt.", headline="Bayer senkt Prognose")
    facts = figure_facts(x)
    assert ("Bayer", "Other", Decimal("1900000000"), "USD") in facts
    assert not any(f.metric == "Investment" for f in x.figures)


def test_setting_the_stage_is_no_provision(extractor: Extractor) -> None:
    """Look-alike: an investment beside another phrase with "setting" stays one."""
    x = run(extractor, "Bayer will invest $1.9 billion in a new plant, setting the stage for "
            "growth.", lang="en", headline="Bayer invests")
    assert ("Bayer", "Investment", Decimal("1900000000"), "USD") in figure_facts(x)


# --- an amount paid for a legal matter --------------------------------------------------


def test_amount_paid_to_settle_lawsuits_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Bayer has paid more than $9 billion to settle lawsuits over its "
            "weedkiller.", lang="en", headline="Bayer litigation")
    facts = figure_facts(x)
    assert ("Bayer", "Other", Decimal("9000000000"), "USD") in facts
    assert not any(f.metric == "Investment" for f in x.figures)


def test_amount_paid_for_rechtsstreitigkeiten_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Insgesamt hat der Konzern für die Rechtsstreitigkeiten bereits mehr als "
            "9 Milliarden Dollar gezahlt.", headline="Bayer senkt Prognose")
    assert not any(f.metric == "Investment" for f in x.figures)


def test_im_vergleich_zum_vorjahr_leaves_an_investment(extractor: Extractor) -> None:
    """Look-alike: "im Vergleich" compares, it names no settlement."""
    x = run(extractor, "Bayer investierte im Vergleich zum Vorjahr 3 Milliarden Euro in neue "
            "Anlagen.", headline="Bayer investiert")
    assert ("Bayer", "Investment", Decimal("3000000000"), "EUR") in figure_facts(x)


# --- "Die Anteile des X" moving ---------------------------------------------------------


def test_anteile_des_herstellers_moving_are_shares(extractor: Extractor) -> None:
    x = run(extractor, "Die Anteile des Windturbinenbauers Nordex gaben dagegen um 3,4 Prozent "
            "nach.")
    assert ("Nordex", "StockPriceChange", Decimal("-3.4"), "Percent") in figure_facts(x)


def test_anteile_an_a_company_stay_a_stake(extractor: Extractor) -> None:
    """Look-alike: "Anteile … an X" are a stake, whose size is no share move."""
    x = run(extractor, "Die Anteile der Familie an Nordex sanken auf 14 Prozent.")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


# --- an airline's traffic ---------------------------------------------------------------


def test_passengers_capacity_and_load_factor_are_business_figures(extractor: Extractor) -> None:
    x = run(extractor, "Qantas carried 3.9 million passengers in October. Capacity rose 5.5%, "
            "while the load factor reached 82.7%.", lang="en", headline="Qantas traffic")
    facts = figure_facts(x)
    assert ("Qantas", "Other", Decimal("3900000"), "Count") in facts
    assert ("Qantas", "Other", Decimal("5.5"), "Percent") in facts
    assert ("Qantas", "Other", Decimal("82.7"), "Percent") in facts


def test_a_share_move_beside_full_capacity_stays_a_share_move(extractor: Extractor) -> None:
    """Look-alike: "capacity" in a later clause does not take the share's move."""
    x = run(extractor, "Shares of Tesla rose 3% after the company said its plant runs at full "
            "capacity.", lang="en", headline="Tesla shares")
    assert ("Tesla", "StockPriceChange", Decimal("3"), "Percent") in figure_facts(x)


# --- an earlier deal that failed, told after the sentence's own -------------------------


def test_alliance_stays_real_after_a_clause_on_failed_merger_talks(extractor: Extractor) -> None:
    x = run(extractor, "Honda is deepening its alliance with Nissan Motor on software after "
            "talks about a full merger collapsed last year.", lang="en", headline="Honda quarter")
    assert ("Honda Motor", "partnerOf", "Nissan Motor") in triples(x)


def test_kooperation_stays_real_after_nachdem_gescheitert(extractor: Extractor) -> None:
    x = run(extractor, "Honda kooperiert mit Nissan Motor, nachdem Gespräche über eine Fusion "
            "gescheitert waren.", headline="Honda-Aktie")
    assert ("Honda Motor", "partnerOf", "Nissan Motor") in triples(x)


def test_talks_about_an_alliance_stay_unreal(extractor: Extractor) -> None:
    """Look-alike: "after" opening a clause with talks but no failure leaves the talks unreal."""
    x = run(extractor, "Honda shares rose after the company said it was in talks about an "
            "alliance with Nissan Motor.", lang="en", headline="Honda shares")
    assert ("Honda Motor", "partnerOf", "Nissan Motor") not in triples(x)


def test_capacity_supplied_under_a_contract_is_no_business_figure(extractor: Extractor) -> None:
    """Look-alike: capacity a contract supplies does not make its value an `Other`."""
    x = run(extractor, "Nebius said it had signed a five-year agreement worth about $12 billion "
            "to supply computing capacity to Meta Platforms.", lang="en", headline="Nebius deal")
    assert not any(f.metric == "Other" and f.value == Decimal("12000000000") for f in x.figures)


# --- an airline's fuel bill -------------------------------------------------------------


def test_fuel_bill_is_a_business_figure(extractor: Extractor) -> None:
    x = run(extractor, "Qantas warned that its fuel bill for the half would reach about "
            "A$2.7 billion.", lang="en", headline="Qantas fuel")
    assert ("Qantas", "Other", Decimal("2700000000"), "AUD") in figure_facts(x)


def test_kerosinkosten_are_a_business_figure(extractor: Extractor) -> None:
    x = run(extractor, "Die Kerosinkosten der Lufthansa steigen im Gesamtjahr auf 6,8 Milliarden "
            "Euro.", headline="Lufthansa")
    assert ("Lufthansa", "Other", Decimal("6800000000"), "EUR") in figure_facts(x)


def test_a_share_move_after_a_fuel_bill_stays_a_share_move(extractor: Extractor) -> None:
    """Look-alike: a fuel bill named in an earlier clause does not take the share's move
    nor its price."""
    x = run(extractor, "Qantas said its fuel bill will rise, and its shares fell 2% to A$11.40.",
            lang="en", headline="Qantas fuel")
    facts = figure_facts(x)
    assert ("Qantas", "StockPriceChange", Decimal("-2"), "Percent") in facts
    assert ("Qantas", "SharePrice", Decimal("11.40"), "AUD") in facts


# --- a filing made to an exchange -------------------------------------------------------


def test_filing_to_an_exchange_names_the_filer_s_venue(extractor: Extractor) -> None:
    x = run(extractor, "Qantas flew a record 4.2 million passengers, the Sydney-based airline "
            "said in a traffic update to the Australian Securities Exchange on Thursday.",
            lang="en", headline="Qantas traffic")
    assert ("Qantas", "listedOn", "Australian Securities Exchange") in triples(x)


def test_an_exchange_as_the_subject_of_a_report_is_no_venue(extractor: Extractor) -> None:
    """Look-alike: an exchange that acts in the sentence is no place of a filing."""
    x = run(extractor, "Qantas said the Australian Securities Exchange cut its fees.", lang="en",
            headline="Qantas fees")
    assert ("Qantas", "listedOn", "Australian Securities Exchange") not in triples(x)
