"""Families of missed figures (lane figures32), each on sentences written for the
test: a positive case and a look-alike that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import helpers

from kg.nlp.extract import Extractor

run = partial(helpers.run, headline="Zahlen")
facts = helpers.figure_facts


# --- a German takeover in the past tense: the buyer pays ------------------------------------------

def test_past_tense_takeover_for_an_amount_is_the_buyers_investment(extractor: Extractor) -> None:
    x = run(extractor, "Siemens übernahm im Frühjahr den Softwareanbieter Altair für rund 10 "
                       "Milliarden Dollar.", headline="Siemens")
    assert ("Siemens", "Investment", Decimal("10000000000"), "USD") in facts(x)
    assert "Altair Engineering" not in {f.about for f in x.figures}


def test_past_tense_purchase_by_a_group_noun_is_the_groups_investment(
        extractor: Extractor) -> None:
    x = run(extractor, "Siemens wächst weiter. Im Sommer erwarb der Konzern den Softwareanbieter "
                       "Altair für 180 Millionen Euro.", headline="Siemens")
    assert ("Siemens", "Investment", Decimal("180000000"), "EUR") in facts(x)


def test_past_tense_takeover_with_the_bought_companys_revenue_gives_no_investment(
        extractor: Extractor) -> None:
    # look-alike: the amount is the revenue of the company bought, no price
    x = run(extractor, "Siemens übernahm im Frühjahr Altair, das einen Umsatz von 600 Millionen "
                       "Dollar erzielt.", headline="Siemens")
    assert not any(f.metric == "Investment" for f in x.figures)


# --- a family's "die Gruppe" that meant its holding means it again after the holding's stakes ---

_HOLDING = ("Kassel. An der Spitze steht die Hansen Familienholding KG mit Sitz in Kassel. "
            "Größte Tochter ist der Folienhersteller Hansen Pack GmbH aus Fulda. Zu Hansen Pack "
            "gehört die polnische Tochter Polfol. Wichtigster Wettbewerber von Hansen Pack ist "
            "der Folienhersteller Alpenfolie. Die Gruppe setzte im vergangenen Jahr 3,1 "
            "Milliarden Euro um. An der im SDax gelisteten Steinhof Maschinenbau AG ist die "
            "Holding mit 25 Prozent größter Aktionär. Die Steinhof-Aktie schloss bei 40,10 Euro. ")


def test_group_after_the_holdings_stake_is_still_the_holding(extractor: Extractor) -> None:
    x = run(extractor, _HOLDING + "Im Frühjahr übernahm die Gruppe den Kieler Etikettendrucker "
                       "Druckhaus Nord für rund 120 Millionen Euro.",
            headline="Das Reich der Familie Hansen")
    assert ("Hansen Familienholding", "Investment", Decimal("120000000"), "EUR") in facts(x)
    assert not any(f.metric == "Investment" and f.about != "Hansen Familienholding"
                   for f in x.figures)


def test_group_that_never_meant_the_holding_keeps_its_antecedent(extractor: Extractor) -> None:
    # look-alike: "die Gruppe" first meant no holding, so nothing before decides it
    x = run(extractor, "Siemens wächst. Die Gruppe setzte 3,1 Milliarden Euro um. Die Gruppe "
                       "übernahm im Frühjahr den Softwareanbieter Altair für 120 Millionen Euro.",
            headline="Siemens")
    assert ("Siemens", "Investment", Decimal("120000000"), "EUR") in facts(x)


# --- a personal pronoun after a sentence whose company is a group noun: the metric's change ------

def test_pronoun_after_a_group_noun_is_the_metrics_change(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte Zahlen vor. Der Konzern steigerte den Umsatz deutlich. Er "
                       "wuchs um 23 Prozent.", headline="Siemens")
    assert ("Siemens", "RevenueGrowth", Decimal(23), "Percent") in facts(x)


def test_pronoun_after_a_group_noun_in_english_is_the_metrics_change(
        extractor: Extractor) -> None:
    x = run(extractor, "Siemens reported results. The company lifted its revenue. It grew 23%.",
            lang="en", headline="Siemens")
    assert ("Siemens", "RevenueGrowth", Decimal(23), "Percent") in facts(x)


def test_pronoun_after_a_person_stays_unread(extractor: Extractor) -> None:
    # look-alike: "Er" may be the chief executive the sentence before names
    x = run(extractor, "Siemens-Chef Roland Busch lobte den Umsatz. Er wuchs um 23 Prozent.",
            headline="Siemens")
    assert not any(f.value == Decimal(23) for f in x.figures)


# --- a part of a count told before, with no noun of its own: that count's metric -----------------

def test_part_of_the_units_told_before_is_a_count_of_units(extractor: Extractor) -> None:
    x = run(extractor, "BMW hat im Oktober 46.000 Fahrzeuge ausgeliefert. Rund 24.000 davon "
                       "gingen in den Export.", headline="BMW")
    assert ("BMW", "Other", Decimal(24000), "Count") in facts(x)


def test_part_of_the_units_in_english_is_a_count_of_units(extractor: Extractor) -> None:
    x = run(extractor, "BMW delivered 46,000 vehicles in October. About 24,000 of them went to "
                       "export.", lang="en", headline="BMW")
    assert ("BMW", "Other", Decimal(24000), "Count") in facts(x)


def test_part_of_a_workforce_is_no_headcount(extractor: Extractor) -> None:
    # look-alike: a part of the staff works somewhere; the company's headcount is the whole
    x = run(extractor, "Siemens beschäftigt 300.000 Mitarbeiter. Rund 80.000 davon arbeiten in "
                       "Deutschland.", headline="Siemens")
    assert not any(f.value == Decimal(80000) for f in x.figures)


def test_count_with_no_part_word_stays_unread(extractor: Extractor) -> None:
    # look-alike: no "davon": the bare count says not what it counts
    x = run(extractor, "BMW hat im Oktober 46.000 Fahrzeuge ausgeliefert. Rund 24.000 gingen "
                       "in den Export.", headline="BMW")
    assert not any(f.value == Decimal(24000) for f in x.figures)
