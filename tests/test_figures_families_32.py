"""Families of missed figures, each on sentences written for the
test: a positive case and a look-alike that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import helpers
import pytest

from kg.nlp.extract import Extractor

run = partial(helpers.run, headline="Zahlen")
facts = helpers.figure_facts

# A family holding, its largest subsidiary, "die Gruppe" meaning the holding, then the
# listed company the holding has a stake in: the stake's company is named last.
_HOLDING = ("Kassel. An der Spitze steht die Hansen Familienholding KG mit Sitz in Kassel. "
            "Größte Tochter ist der Folienhersteller Hansen Pack GmbH aus Fulda. Zu Hansen Pack "
            "gehört die polnische Tochter Polfol. Wichtigster Wettbewerber von Hansen Pack ist "
            "der Folienhersteller Alpenfolie. Die Gruppe setzte im vergangenen Jahr 3,1 "
            "Milliarden Euro um. An der im SDax gelisteten Steinhof Maschinenbau AG ist die "
            "Holding mit 25 Prozent größter Aktionär. Die Steinhof-Aktie schloss bei 40,10 Euro. ")


# --- the families' figures in one sentence or two, and look-alikes that give none --------------

@pytest.mark.parametrize(("body", "lang", "headline", "fact"), [
    # a German takeover in the past tense: the buyer pays, named or told by a group noun
    ("Siemens übernahm im Frühjahr den Softwareanbieter Altair für rund 10 Milliarden Dollar.",
     "de", "Siemens", ("Siemens", "Investment", Decimal("10000000000"), "USD")),
    ("Siemens wächst weiter. Im Sommer erwarb der Konzern den Softwareanbieter Altair für 180 "
     "Millionen Euro.",
     "de", "Siemens", ("Siemens", "Investment", Decimal("180000000"), "EUR")),
    # "die Gruppe" that meant no holding keeps its antecedent
    ("Siemens wächst. Die Gruppe setzte 3,1 Milliarden Euro um. Die Gruppe übernahm im "
     "Frühjahr den Softwareanbieter Altair für 120 Millionen Euro.",
     "de", "Siemens", ("Siemens", "Investment", Decimal("120000000"), "EUR")),
    # a personal pronoun after a sentence whose company is a group noun: the metric's change
    ("Siemens legte Zahlen vor. Der Konzern steigerte den Umsatz deutlich. Er wuchs um 23 "
     "Prozent.",
     "de", "Siemens", ("Siemens", "RevenueGrowth", Decimal(23), "Percent")),
    ("Siemens reported results. The company lifted its revenue. It grew 23%.",
     "en", "Siemens", ("Siemens", "RevenueGrowth", Decimal(23), "Percent")),
    # a part of the units told before, with no noun of its own
    ("BMW hat im Oktober 46.000 Fahrzeuge ausgeliefert. Rund 24.000 davon gingen in den "
     "Export.",
     "de", "BMW", ("BMW", "Other", Decimal(24000), "Count")),
    ("BMW delivered 46,000 vehicles in October. About 24,000 of them went to export.",
     "en", "BMW", ("BMW", "Other", Decimal(24000), "Count")),
])
def test_family_figure_is_found(extractor: Extractor, body: str, lang: str, headline: str,
                                fact: tuple[str, str, Decimal, str]) -> None:
    assert fact in facts(run(extractor, body, lang=lang, headline=headline))


@pytest.mark.parametrize(("body", "headline", "value"), [
    # look-alike: "Er" may be the chief executive the sentence before names
    ("Siemens-Chef Roland Busch lobte den Umsatz. Er wuchs um 23 Prozent.", "Siemens",
     Decimal(23)),
    # look-alike: a part of the staff works somewhere; the company's headcount is the whole
    ("Siemens beschäftigt 300.000 Mitarbeiter. Rund 80.000 davon arbeiten in Deutschland.",
     "Siemens", Decimal(80000)),
    # look-alike: no "davon": the bare count says not what it counts
    ("BMW hat im Oktober 46.000 Fahrzeuge ausgeliefert. Rund 24.000 gingen in den Export.",
     "BMW", Decimal(24000)),
])
def test_family_look_alike_gives_no_figure(extractor: Extractor, body: str, headline: str,
                                           value: Decimal) -> None:
    assert not any(f.value == value for f in run(extractor, body, headline=headline).figures)


# --- a German takeover in the past tense: not the company bought ---------------------------------

def test_past_tense_takeover_is_not_the_bought_companys(extractor: Extractor) -> None:
    x = run(extractor, "Siemens übernahm im Frühjahr den Softwareanbieter Altair für rund 10 "
                       "Milliarden Dollar.", headline="Siemens")
    assert {f.about for f in x.figures} == {"Siemens"}


def test_past_tense_takeover_with_the_bought_companys_revenue_gives_no_investment(
        extractor: Extractor) -> None:
    # look-alike: the amount is the revenue of the company bought, no price
    x = run(extractor, "Siemens übernahm im Frühjahr Altair, das einen Umsatz von 600 Millionen "
                       "Dollar erzielt.", headline="Siemens")
    assert not any(f.metric == "Investment" for f in x.figures)


# --- a family's "die Gruppe" that meant its holding means it again after the holding's stakes ---

def test_group_after_the_holdings_stake_is_still_the_holding(extractor: Extractor) -> None:
    x = run(extractor, _HOLDING + "Im Frühjahr übernahm die Gruppe den Kieler Etikettendrucker "
                       "Druckhaus Nord für rund 120 Millionen Euro.",
            headline="Das Reich der Familie Hansen")
    investments = {f.about for f in x.figures if f.metric == "Investment"}
    assert investments == {"Hansen Familienholding"}


# --- a payment a company receives under a licence: the receiver's -------------------------------

def test_upfront_and_milestone_payments_received_are_the_receivers(extractor: Extractor) -> None:
    x = run(extractor, "Die Rechte übernimmt Bayer. Evotec erhält eine Vorabzahlung von 45 "
                       "Millionen Euro sowie Meilensteinzahlungen von bis zu 610 Millionen Euro.",
            headline="Evotec")
    assert ("Evotec", "Other", Decimal(45000000), "EUR") in facts(x)
    assert ("Evotec", "Other", Decimal(610000000), "EUR") in facts(x)
    assert "Bayer" not in {f.about for f in x.figures}


def test_payment_told_by_its_payer_is_not_the_payers_licence_income(
        extractor: Extractor) -> None:
    # look-alike: the payer is the subject; no receiving verb makes the amount its income
    x = run(extractor, "Bayer zahlt Evotec eine Vorabzahlung von 45 Millionen Euro.",
            headline="Evotec")
    assert ("Bayer", "Other", Decimal(45000000), "EUR") not in facts(x)


def test_something_else_received_before_an_amount_is_no_payment(extractor: Extractor) -> None:
    # look-alike: the receiving verb has no payment word after it
    x = run(extractor, "Evotec erhält bald mehr Aufmerksamkeit und investiert 45 Millionen Euro.",
            headline="Evotec")
    assert not any(f.metric == "Other" and f.value == Decimal(45000000) for f in x.figures)


def test_milestones_a_company_is_eligible_for_are_its_own(extractor: Extractor) -> None:
    x = run(extractor, "Under the deal, Bayer will pay Evotec $150 million upfront. Evotec is "
                       "eligible for up to $1.9 billion in development and sales milestone "
                       "payments.", lang="en", headline="Evotec")
    assert ("Evotec", "Other", Decimal("1900000000"), "USD") in facts(x)
    assert ("Bayer", "Other", Decimal("1900000000"), "USD") not in facts(x)


def test_eligible_for_something_else_is_no_licence_payment(extractor: Extractor) -> None:
    # look-alike: staff eligible for bonuses: no milestone or upfront payment
    x = run(extractor, "Evotec said staff are eligible for bonuses of up to $5,000.", lang="en",
            headline="Evotec")
    assert not any(f.metric == "Other" and f.value == Decimal(5000) for f in x.figures)
