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


# --- a licence's payment is the receiver's, also with the amount before the payment word -----

@pytest.mark.parametrize(("body", "lang", "fact"), [
    # the scale's abbreviation dot between the verb of receiving and the payment ends no clause
    ("Evotec erhält 45 Mio. Euro als Vorabzahlung von Bayer.",
     "de", ("Evotec", "Other", Decimal("45000000"), "EUR")),
    ("Evotec erhielt 1,2 Mrd. Euro als Meilensteinzahlung.",
     "de", ("Evotec", "Other", Decimal("1200000000"), "EUR")),
    # the payment word after the amount, told by the verb of receiving in English
    ("Evotec will receive $150 million upfront from Bayer.",
     "en", ("Evotec", "Other", Decimal("150000000"), "USD")),
    ("Evotec could receive up to $2.6 billion more in milestone payments from Bayer.",
     "en", ("Evotec", "Other", Decimal("2600000000"), "USD")),
])
def test_licence_payment_is_the_receivers(extractor: Extractor, body: str, lang: str,
                                          fact: tuple[str, str, Decimal, str]) -> None:
    found = facts(run(extractor, body, lang=lang, headline="Evotec"))
    assert fact in found
    # never the payer's as well
    assert not any(f[0] == "Bayer" for f in found)


def test_a_sentence_end_still_ends_the_receiving_verb(extractor: Extractor) -> None:
    """A full stop after a scale word that is no abbreviation ends the sentence: the payment
    word of the next sentence does not make the first amount a licence's payment."""
    body = ("Evotec erhält einen Zuschuss über 45 Millionen Euro. Bayer leistet eine "
            "Vorabzahlung.")
    found = facts(run(extractor, body, headline="Evotec"))
    assert ("Evotec", "Other", Decimal("45000000"), "EUR") not in found


# --- a cost a named company bears ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Tariffs cost Honda 125 billion yen in the quarter, the finance chief said.",
    "Honda reported results. Tariffs cost the company 125 billion yen in the quarter.",
])
def test_cost_borne_by_the_named_company_is_its_other(extractor: Extractor, body: str) -> None:
    found = facts(run(extractor, body, lang="en", headline="Honda"))
    assert ("Honda Motor", "Other", Decimal("-125000000000"), "JPY") in found


@pytest.mark.parametrize("body", [
    # the costs as a noun, rising: no cost borne by a name
    "Honda said its costs rose to 125 billion yen.",
    # no company between the verb and the amount
    "The recall will cost about 125 billion yen, Honda said.",
])
def test_cost_without_a_name_before_the_amount_is_none(extractor: Extractor, body: str) -> None:
    found = facts(run(extractor, body, lang="en", headline="Honda"))
    assert ("Honda Motor", "Other", Decimal("-125000000000"), "JPY") not in found


# --- a unit named by a copula after the unit word carries the figure of its clause -------------

@pytest.mark.parametrize(("body", "lang", "fact"), [
    ("Siemens wächst. Größte Tochter ist Siemens Healthineers, die 1,9 Milliarden Euro zum "
     "Umsatz beiträgt.",
     "de", ("Siemens Healthineers", "Revenue", Decimal("1900000000"), "EUR")),
    ("Siemens wächst. Größte Tochter ist der Medizintechnikhersteller Siemens Healthineers aus "
     "Erlangen, der 1,9 Milliarden Euro zum Umsatz beiträgt.",
     "de", ("Siemens Healthineers", "Revenue", Decimal("1900000000"), "EUR")),
    ("Siemens is growing. Its largest subsidiary is Siemens Healthineers, which contributes "
     "$1.9 billion in revenue.",
     "en", ("Siemens Healthineers", "Revenue", Decimal("1900000000"), "USD")),
])
def test_unit_named_by_a_copula_carries_its_figure(extractor: Extractor, body: str, lang: str,
                                                   fact: tuple[str, str, Decimal, str]) -> None:
    found = facts(run(extractor, body, lang=lang, headline="Siemens"))
    assert fact in found
    assert not any(f[0] == "Siemens" for f in found)  # never the parent's


def test_a_name_behind_a_preposition_names_no_unit(extractor: Extractor) -> None:
    """"Die Tochter ist an Bosch verkauft worden": the buyer is no name of the unit, so the
    unit's figure stays unowned rather than going to the buyer or the parent."""
    body = ("Siemens wächst. Die Tochter ist an Bosch verkauft worden, sie setzte 1,9 Milliarden "
            "Euro um.")
    assert not facts(run(extractor, body, headline="Siemens"))
