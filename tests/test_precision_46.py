"""Rule families, on sentences written for the test: a verb of change
that closes a German clause gives the sign of a level's change in it; money clients bring
to or take from a fund manager is a flow (`Other`), never an investment nor a profit; a
unit name cut at a slash is no unit; an amount paid by a name the extractor does not know
is nobody's; a bare "Die Aktie" after a passage on another company, with the article's
company named neither in the headline nor lately, is that company's share; a unit after a
supply verb's "to the" is not the supplier's.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

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


# --- a unit name cut at a slash ------------------------------------------------------------


def test_unit_name_with_a_slash_makes_no_unit_of_its_first_part(extractor: Extractor) -> None:
    x = run(extractor, "Die Sparte Leben/Kranken der Allianz steigerte den operativen Gewinn "
                       "auf 1,1 Milliarden Euro.", headline="Allianz Quartal")
    assert ("Leben", "subsidiaryOf", "Allianz") not in triples(x)
    assert not any(about == "Leben" for about, *_ in figure_facts(x))


def test_unit_name_without_a_slash_stays_a_unit(extractor: Extractor) -> None:
    # look-alike: a hyphenated unit name is read whole
    x = run(extractor, "Die Sparte Schaden-Unfall der Allianz steigerte den operativen Gewinn "
                       "auf 1,1 Milliarden Euro.", headline="Allianz Quartal")
    assert ("Schaden-Unfall", "subsidiaryOf", "Allianz") in triples(x)


# --- an amount paid by an unknown name ---------------------------------------------------------


def test_amount_paid_by_an_unknown_buyer_is_nobodys(extractor: Extractor) -> None:
    x = run(extractor, "Covestro gehört nun mehrheitlich zu Valtura. Valtura zahlte insgesamt "
                       "rund 12,5 Milliarden Euro.", headline="Covestro Übernahme")
    assert not any(metric == "Investment" for _a, metric, *_ in figure_facts(x))


def test_amount_paid_by_the_known_company_or_its_pronoun_stays(extractor: Extractor) -> None:
    # look-alikes: the company named, and an article's noun pointing back to it
    x = run(extractor, "Covestro kauft einen Rivalen. Covestro zahlte insgesamt rund 1,6 "
                       "Milliarden Euro. Der Konzern zahlte zudem 300 Millionen Euro für "
                       "Lizenzen.", headline="Covestro Übernahme")
    facts = figure_facts(x)
    assert ("Covestro", "Investment", Decimal("1600000000"), "EUR") in facts
    assert ("Covestro", "Investment", Decimal("300000000"), "EUR") in facts


# --- a bare "Die Aktie" after a passage on another company ----------------------------------

_ROUNDUP = ("Jefferies senkt Zalando auf 'Hold'. UBS hebt Siemens auf 'Buy'. Barclays "
            "bestätigt BASF mit 'Overweight'. Goldman nimmt SAP mit 'Buy' auf. Bernstein "
            "senkt Puma auf 'Hold'. Die Privatbank Berenberg traut dem "
            "Sportartikelhersteller Adidas wieder Wachstum zu. Analystin Jane Doe erwartet "
            "für 2027 einen Umsatzanstieg um 7 Prozent. ")


def test_share_move_after_a_passage_on_another_company_is_not_the_articles(
        extractor: Extractor) -> None:
    x = run(extractor, _ROUNDUP + "Die Aktie legte um 1,8 Prozent auf 190,20 Euro zu.",
            headline="Analysten-Einstufungen vom Mittwoch")
    facts = figure_facts(x)
    assert not any(about == "Zalando" and metric in ("StockPriceChange", "SharePrice")
                   for about, metric, *_ in facts)
    assert ("Adidas", "StockPriceChange", Decimal("1.8"), "Percent") in facts


def test_share_move_after_a_passage_on_the_articles_company_stays(extractor: Extractor) -> None:
    # look-alike: the passage before names the article's company
    x = run(extractor, "Zalando hat im Quartal mehr verdient als erwartet. Der Umsatz stieg "
                       "um 4 Prozent. Die Aktie legte um 1,8 Prozent zu.",
            headline="Zalando übertrifft Erwartungen")
    assert ("Zalando", "StockPriceChange", Decimal("1.8"), "Percent") in figure_facts(x)


def test_adverb_before_the_verb_leaves_the_subject_after_it_paying(extractor: Extractor) -> None:
    # look-alike: a capitalised adverb opens the clause, the known payer follows the verb
    x = run(extractor, "Insgesamt investiert die Deutsche Bahn damit rund 9 Milliarden Euro "
                       "in neue Züge.", headline="Bahn bestellt Züge")
    assert ("Deutsche Bahn", "Investment", Decimal("9000000000"), "EUR") in figure_facts(x)


def test_share_after_a_roundup_passage_stays_with_the_headline_company(
        extractor: Extractor) -> None:
    # look-alike: the headline names the article's company, so a bare "Die Aktie" may
    # still point back to it from afar
    x = run(extractor, _ROUNDUP + "Die Aktie legte um 1,8 Prozent zu.",
            headline="Zalando-Aktie: Analysten uneins")
    facts = figure_facts(x)
    assert ("Zalando", "StockPriceChange", Decimal("1.8"), "Percent") in facts
    assert ("Adidas", "StockPriceChange", Decimal("1.8"), "Percent") not in facts


# --- a unit after a supply verb's "to" --------------------------------------------------------


def test_unit_after_a_supply_verbs_to_is_not_the_suppliers(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia supplies chips to the unit Renault Trucks.", lang="en",
            headline="Chip deal")
    assert ("Renault Trucks", "subsidiaryOf", "Nvidia") not in triples(x)


def test_unit_after_a_possessive_keeps_its_parent(extractor: Extractor) -> None:
    # look-alike: the possessive names the parent
    x = run(extractor, "Volvo said its unit Renault Trucks will use Nvidia chips.", lang="en",
            headline="Chip deal")
    facts = triples(x)
    assert ("Renault Trucks", "subsidiaryOf", "Volvo") in facts
    assert ("Renault", "subsidiaryOf", "Volvo") not in facts
