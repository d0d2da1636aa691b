"""Families of construction that hold in any article, on sentences written for these
tests: a share's level "below" or "above" a reference price (its last close, its issue or
offer price) is a fall or a rise, whatever the verb; premiums "auf den Schlusskurs" are no
share's moves; the rival a bidder outbids gets no stake; a clause opened by a comma and
"als"/"when" ends a rivalry's phrase before its first name; a break fee is the payer's, a
budget set aside for acquisitions no provision, a renewal premium change no insurer's figure.
Each with a look-alike where the old reading must stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, metric_facts, run_in, triples

from kg.nlp.extract import Extractor

# --- a level below or above a reference price ----------------------------------------------


def test_close_below_last_close_is_a_fall(extractor: Extractor) -> None:
    x = run_in(extractor, "Die BASF-Aktien schlossen 6 Prozent unter ihrem letzten Schlusskurs.", "de")
    assert metric_facts(x, "StockPriceChange") == {("BASF", Decimal("-6"))}


def test_english_close_below_last_close_is_a_fall(extractor: Extractor) -> None:
    x = run_in(extractor, "BASF shares closed 6% below their last close.", "en")
    assert metric_facts(x, "StockPriceChange") == {("BASF", Decimal("-6"))}


def test_level_above_issue_price_is_a_rise_after_an_earlier_fall(extractor: Extractor) -> None:
    """The reference right after the number is its own; the verb of change before it is not."""
    x = run_in(extractor, "BASF shares fell early but closed 5% above their issue price.", "en")
    assert metric_facts(x, "StockPriceChange") == {("BASF", Decimal("5"))}


def test_level_below_offer_price_is_a_fall_after_an_earlier_rise(extractor: Extractor) -> None:
    x = run_in(extractor, "Die BASF-Aktie stieg am Morgen, schloss aber 3 Prozent unter dem "
               "Ausgabepreis.", "de")
    assert metric_facts(x, "StockPriceChange") == {("BASF", Decimal("-3"))}


def test_plain_fall_keeps_its_sign(extractor: Extractor) -> None:
    """Look-alike: a fall with no reference price is read as before, and a rise stays a rise."""
    x = run_in(extractor, "Die BASF-Aktie fiel um 4 Prozent. Die Bayer-Aktie stieg um 2 Prozent.", "de")
    assert metric_facts(x, "StockPriceChange") == {("BASF", Decimal("-4")), ("Bayer", Decimal("2"))}


# --- premiums on a price -------------------------------------------------------------------


def test_premiums_on_the_close_are_no_share_moves(extractor: Extractor) -> None:
    x = run_in(extractor, "BASF hat im Quartal gut verdient. Die Bieter boten Prämien von 30 und "
               "25 Prozent auf den Schlusskurs.", "de")
    assert not metric_facts(x, "StockPriceChange")


def test_premium_after_the_number_is_no_share_move(extractor: Extractor) -> None:
    x = run_in(extractor, "BASF hat im Quartal gut verdient. Die Bieter boten 30 Prozent Aufschlag "
               "auf den Schlusskurs.", "de")
    assert not metric_facts(x, "StockPriceChange")


def test_moves_with_surcharges_stay_moves(extractor: Extractor) -> None:
    """Look-alike: "mit Aufschlägen von …" with no price after them are the names' moves."""
    x = run_in(extractor, "Die Aktien von BASF und Bayer profitierten mit Aufschlägen von 5,2 und "
               "4,4 Prozent.", "de")
    assert metric_facts(x, "StockPriceChange") == {("BASF", Decimal("5.2")), ("Bayer", Decimal("4.4"))}


def test_rise_to_a_close_stays_a_move(extractor: Extractor) -> None:
    """Look-alike: a share that rises "auf den höchsten Schlusskurs" names no premium."""
    x = run_in(extractor, "Die BASF-Aktie stieg um 5 Prozent auf den höchsten Schlusskurs seit März.", "de")
    assert metric_facts(x, "StockPriceChange") == {("BASF", Decimal("5"))}


# --- the rival a bidder outbids -----------------------------------------------------------


def test_outbid_rival_gets_no_stake(extractor: Extractor) -> None:
    x = run_in(extractor, "Novartis outbid Pfizer for a stake in Bayer.", "en")
    assert ("Pfizer", "investsIn", "Bayer") not in triples(x)


def test_german_outbid_rival_gets_no_stake(extractor: Extractor) -> None:
    x = run_in(extractor, "Novartis stach den Rivalen Pfizer beim Kauf einer Beteiligung an Bayer aus.", "de")
    assert ("Pfizer", "investsIn", "Bayer") not in triples(x)


def test_buyer_of_a_stake_keeps_it(extractor: Extractor) -> None:
    """Look-alike: a company that buys a stake with no outbidding before it holds it."""
    x = run_in(extractor, "Pfizer bought a stake in Bayer after Novartis was outbid.", "en")
    assert ("Pfizer", "investsIn", "Bayer") in triples(x)


# --- a clause between a trigger and its first name ------------------------------------------


def test_name_after_comma_and_als_is_no_rival(extractor: Extractor) -> None:
    x = run_in(extractor, "Airbus baute einen Vorsprung vor Weihnachten aus, als Boeing Probleme hatte.", "de")
    assert ("Airbus", "competitorOf", "Boeing") not in triples(x)


def test_name_after_comma_and_when_is_no_rival(extractor: Extractor) -> None:
    x = run_in(extractor, "Airbus built a lead over the Christmas season, when Boeing had trouble.", "en")
    assert ("Airbus", "competitorOf", "Boeing") not in triples(x)


def test_name_inside_the_trigger_phrase_stays_a_rival(extractor: Extractor) -> None:
    """Look-alike: the name right in the trigger's phrase, a clause after it."""
    x = run_in(extractor, "Airbus built a lead over Boeing, when Embraer had trouble.", "en")
    assert ("Airbus", "competitorOf", "Boeing") in triples(x)
    assert ("Airbus", "competitorOf", "Embraer") not in triples(x)


def test_prize_of_a_race_is_no_rival(extractor: Extractor) -> None:
    """"im Rennen um X" names what the race is for, no rival."""
    x = run_in(extractor, "Novartis überbot Pfizer im Rennen um eine Beteiligung an Bayer.", "de")
    assert ("Pfizer", "competitorOf", "Bayer") not in triples(x)
    assert ("Pfizer", "investsIn", "Bayer") not in triples(x)


def test_fight_for_customers_with_a_name_stays_a_rivalry(extractor: Extractor) -> None:
    """Look-alike: "Kampf um Kunden mit X" names the rival after "mit"."""
    x = run_in(extractor, "Airbus liefert sich einen Kampf um Kunden mit Boeing.", "de")
    assert ("Airbus", "competitorOf", "Boeing") in triples(x)


# --- fees, budgets and renewal prices ------------------------------------------------------

_DEAL = "Siemens agreed to buy Ansys for $35 billion. "


def test_break_fee_is_the_payers(extractor: Extractor) -> None:
    x = run_in(extractor, _DEAL + "Ansys will have to pay Siemens a break fee of $390 million if it "
               "walks away for a rival offer.", "en")
    assert ("Ansys", "Other", Decimal("390000000"), "USD") in figure_facts(x)
    assert not {f for f in figure_facts(x) if f[0] == "Siemens" and f[2] == Decimal("390000000")}


def test_reverse_fee_owed_is_the_payers(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens would owe Ansys a reverse termination fee of $650 million if the "
               "deal fails.", "en")
    assert figure_facts(x) == {("Siemens", "Other", Decimal("650000000"), "USD")}


def test_upfront_payment_stays_the_payees(extractor: Extractor) -> None:
    """Look-alike: a licence's upfront payment is the income of the one paid."""
    x = run_in(extractor, "Novartis will pay Ansys $150 million upfront.", "en")
    assert figure_facts(x) == {("Ansys", "Other", Decimal("150000000"), "USD")}


def test_budget_for_acquisitions_is_no_provision(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens has set aside about €15 billion for acquisitions over the next "
               "three years.", "en")
    assert not metric_facts(x, "Other")


def test_amount_set_aside_for_a_settlement_stays_a_provision(extractor: Extractor) -> None:
    """Look-alike: money set aside for a settlement is the provision it was."""
    x = run_in(extractor, "Siemens set aside a further $2.4 billion for the settlement.", "en")
    assert metric_facts(x, "Other") == {("Siemens", Decimal("2400000000"))}


def test_renewal_premium_change_is_no_insurer_figure(extractor: Extractor) -> None:
    x = run_in(extractor, "Allianz posted a profit of $512 million. Renewal premium changes in "
               "homeowners insurance were 14.8%.", "en")
    assert not {f for f in figure_facts(x) if f[2] == Decimal("14.8")}
    assert ("Allianz", "Profit", Decimal("512000000"), "USD") in figure_facts(x)


def test_takeover_premium_stays_a_figure(extractor: Extractor) -> None:
    """Look-alike: an offer's premium is the `Other` it was."""
    x = run_in(extractor, "Siemens agreed to buy Ansys. The offer is a 30% premium to Friday's close.", "en")
    assert ("Ansys", "Other", Decimal("30"), "Percent") in figure_facts(x)
