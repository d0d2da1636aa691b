"""Families of figures, each on sentences written for the test: a positive
case and a look-alike that must not fire or must not move the figure to another company.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor

run = helpers.run
facts = helpers.figure_facts


# --- a tally "zu Buche" carries the share move of the sentence before on ------------------------

def test_tally_after_a_share_move_is_that_shares(extractor: Extractor) -> None:
    body = ("Im Dax gehörte die Telekom-Aktie am Mittwoch mit einem Plus von 1,4 Prozent zu den "
            "Gewinnern. Seit Jahresbeginn steht ein Zuwachs von 8 Prozent zu Buche.")
    found = facts(run(extractor, body, headline="Telekom"))
    assert ("Deutsche Telekom", "StockPriceChange", Decimal("8"), "Percent") in found


@pytest.mark.parametrize("body", [
    # the sentence before moved an index, no share
    "Der Dax schloss 0,9 Prozent höher. Auf Wochensicht steht ein Plus von 8 Prozent zu Buche.",
    # the sentence before told revenue, no share
    "Der Umsatz der Telekom stieg um 5 Prozent. Seit Jahresbeginn steht ein Zuwachs von 8 "
    "Prozent zu Buche.",
])
def test_tally_after_no_share_move_is_no_share_move(extractor: Extractor, body: str) -> None:
    found = facts(run(extractor, body, headline="Telekom"))
    # the index's own move over the week may be read, never a share's
    assert not any(f[0] != "DAX" and f[1] == "StockPriceChange" and f[2] == Decimal("8")
                   for f in found)


# --- a cost told by the amount right after "Kosten" is the company's Other ---------------------

@pytest.mark.parametrize(("body", "value", "qualifier"), [
    ("Für den Umbau veranschlagt Siemens Kosten von bis zu 400 Millionen Euro.",
     Decimal("400000000"), "AtMost"),
    ("Siemens veranschlagt Kosten von rund 250 Millionen Euro für den Umbau.",
     Decimal("250000000"), "Approximately"),
])
def test_cost_before_its_amount_is_other(extractor: Extractor, body: str, value: Decimal,
                                         qualifier: str) -> None:
    x = run(extractor, body, headline="Siemens")
    found = {(f.about, f.metric, f.value, f.unit, f.qualifier) for f in x.figures}
    assert ("Siemens", "Other", value, "EUR", qualifier) in found


def test_costs_without_an_amount_right_after_are_no_cost(extractor: Extractor) -> None:
    """"Kosten" with words between it and the amount is not told by that amount."""
    body = "Siemens nannte die Kosten hoch und investiert 400 Millionen Euro in ein Werk."
    found = facts(run(extractor, body, headline="Siemens"))
    assert ("Siemens", "Other", Decimal("400000000"), "EUR") not in found
    assert ("Siemens", "Investment", Decimal("400000000"), "EUR") in found


def test_a_change_of_costs_leaves_the_share_price(extractor: Extractor) -> None:
    """A change after a cost compound ("Zustellkosten um 0,6 Prozent") tells no amount of cost:
    the price the share fell to stays a share price."""
    body = ("Die Siemens-Aktie gab nach einem Bericht über steigende Energiekosten um 0,6 Prozent "
            "auf 31,25 Euro nach.")
    found = facts(run(extractor, body, headline="Siemens"))
    assert ("Siemens", "SharePrice", Decimal("31.25"), "EUR") in found
    assert ("Siemens", "Other", Decimal("31.25"), "EUR") not in found



# --- the company's own plan before a relative clause keeps the clause's figure the company's ---

@pytest.mark.parametrize(("body", "lang", "fact"), [
    ("Commerzbank said it would stick to its standalone plan, which targets a net profit of "
     "4.2 billion euros in 2028.",
     "en", ("Commerzbank", "Profit", Decimal("4200000000"), "EUR")),
    ("Commerzbank bestätigte seine Prognose, die mit 5 Prozent Umsatzwachstum rechnet.",
     "de", ("Commerzbank", "RevenueGrowth", Decimal("5"), "Percent")),
])
def test_own_plan_before_a_relative_clause_is_the_companys(
        extractor: Extractor, body: str, lang: str, fact: tuple[str, str, Decimal, str]) -> None:
    found = facts(run(extractor, body, lang=lang, headline="Commerzbank"))
    assert fact in found


@pytest.mark.parametrize("body", [
    # a plan named by no possessive: whose plan it is stays unknown
    "Commerzbank backed the merger plan, which targets a net profit of 4.2 billion euros in 2028.",
    # an unknown one's offer
    "Commerzbank rejected an offer from a rival, which targets a net profit of 4.2 billion euros "
    "in 2028.",
])
def test_a_plan_of_no_possessive_keeps_its_figure_out(extractor: Extractor, body: str) -> None:
    found = facts(run(extractor, body, lang="en", headline="Commerzbank"))
    assert not any(f[2] == Decimal("4200000000") for f in found)


# --- the qualifier of the first number of a "respectively" list is every number's ------------

def test_respectively_list_shares_the_first_qualifier(extractor: Extractor) -> None:
    body = "Siemens and BASF reported revenue of about $105 billion and $98 billion respectively."
    x = run(extractor, body, lang="en", headline="Siemens")
    found = {(f.about, f.value, f.qualifier) for f in x.figures}
    assert ("Siemens", Decimal("105000000000"), "Approximately") in found
    assert ("BASF", Decimal("98000000000"), "Approximately") in found


@pytest.mark.parametrize("body", [
    # no pairing word: two figures, each with its own qualifier
    "Siemens reported revenue of about $105 billion and BASF said profit was $98 billion.",
    # the second carries its own qualifier
    "Siemens and BASF reported revenue of about $105 billion and more than $98 billion "
    "respectively.",
])
def test_no_shared_qualifier_outside_a_plain_list(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, lang="en", headline="Siemens")
    assert not any(f.value == Decimal("98000000000") and f.qualifier == "Approximately"
                   for f in x.figures)
