"""Rule families of lane precision46, on sentences written for the test: a verb of change
that closes a German clause gives the sign of a level's change in it; money clients bring
to or take from a fund manager is a flow (`Other`), never an investment nor a profit.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run

from kg.nlp.extract import Extractor

# --- a clause-final verb of change signs the number --------------------------------------


def test_clause_final_fall_makes_the_change_negative(extractor: Extractor) -> None:
    x = run(extractor, "Maersk steigerte den Umsatz um 5 Prozent, während die Frachtrate um "
                       "9 Prozent auf 1.250 Dollar schrumpfte.", headline="Maersk Quartal")
    facts = figure_facts(x)
    assert ("Maersk", "Other", Decimal("-9"), "Percent") in facts
    assert ("Maersk", "Other", Decimal("9"), "Percent") not in facts


def test_clause_final_rise_keeps_the_change_positive(extractor: Extractor) -> None:
    # look-alike: the verb closing the clause is a rise
    x = run(extractor, "Maersk senkte die Kosten, während die Frachtrate um 9 Prozent auf "
                       "1.250 Dollar kletterte.", headline="Maersk Quartal")
    assert ("Maersk", "Other", Decimal("9"), "Percent") in figure_facts(x)


def test_fall_in_a_later_clause_leaves_a_level_unsigned(extractor: Extractor) -> None:
    # look-alike: the fall closes another clause, the margin is a level
    x = run(extractor, "Die Marge von Maersk lag bei 9 Prozent, nachdem die Kosten sanken.",
            headline="Maersk Quartal")
    facts = figure_facts(x)
    assert ("Maersk", "Other", Decimal("9"), "Percent") in facts
    assert ("Maersk", "Other", Decimal("-9"), "Percent") not in facts


# --- fund flows: no investment, no profit -----------------------------------------------------


def test_new_client_money_collected_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Die Fondstochter Pimco sammelte netto 17 Milliarden Euro an neuen "
                       "Kundengeldern ein.", headline="Allianz Quartal")
    facts = figure_facts(x)
    assert ("PIMCO", "Other", Decimal("17000000000"), "EUR") in facts
    assert not any(metric == "Investment" for _a, metric, *_ in facts)


def test_money_flowing_out_is_a_negative_flow_not_a_profit(extractor: Extractor) -> None:
    x = run(extractor, "Bei Allianz Global Investors flossen unter dem Strich 2,6 Milliarden "
                       "Euro ab.", headline="Allianz Quartal")
    facts = figure_facts(x)
    assert ("Allianz Global Investors", "Other", Decimal("-2600000000"), "EUR") in facts
    assert not any(metric == "Profit" for _a, metric, *_ in facts)


def test_money_raised_for_a_fund_and_a_bottom_line_keep_their_metrics(extractor: Extractor) -> None:
    # look-alikes: money collected with no client money named, a profit "unter dem Strich"
    x = run(extractor, "Die Allianz verdiente unter dem Strich 2,6 Milliarden Euro. Pimco "
                       "sammelte 3 Milliarden Euro für einen neuen Fonds ein.",
            headline="Allianz Quartal")
    facts = figure_facts(x)
    assert ("Allianz", "Profit", Decimal("2600000000"), "EUR") in facts
    assert ("PIMCO", "Investment", Decimal("3000000000"), "EUR") in facts
