"""Wrong facts of buyers, possessed products and counts of orders, and their look-alikes that
keep their reading.

The buyer of "buys chips from Z" is the clause's subject: a name in the object of a first verb
the buying verb is joined to ("X spoke with Y and buys …") or in the subject's apposition ("X, a
partner of Y, buys …") buys nothing. A possessor of a product the catalogue gives to a maker
outside its group ("Meta's H100 chips") uses it and develops nothing. A count right before a
noun of deals ("has won 12 orders") counts the deals, no figure of the business. Sentences
written for the test (real company names, invented facts).
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor


def _relations(extractor: Extractor, body: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of ``predicate`` in ``body``."""
    x = helpers.run_in(extractor, body, lang)
    return {(r.subject, r.object) for r in x.relations if r.predicate == predicate}


# the buyer is the clause's subject

def test_buyer_after_a_joined_verb_en(extractor: Extractor) -> None:
    facts = _relations(extractor, "Siemens spoke with Alibaba and buys chips from Nvidia.", "en", "supplierOf")
    assert ("Nvidia", "Alibaba Group") not in facts
    assert ("Nvidia", "Siemens") in facts


def test_buyer_after_a_joined_verb_and_adverb_en(extractor: Extractor) -> None:
    facts = _relations(extractor, "Siemens met Alibaba and also buys chips from Nvidia.", "en", "supplierOf")
    assert ("Nvidia", "Alibaba Group") not in facts


def test_buyer_after_a_joined_verb_de(extractor: Extractor) -> None:
    facts = _relations(extractor, "Siemens sprach mit Alibaba und kauft Chips bei Nvidia.", "de", "supplierOf")
    assert ("Nvidia", "Alibaba Group") not in facts
    assert ("Nvidia", "Siemens") in facts


def test_name_in_the_subjects_apposition_buys_nothing_en(extractor: Extractor) -> None:
    facts = _relations(extractor, "Siemens, a partner of Alibaba, buys chips from Nvidia.", "en", "supplierOf")
    assert facts == {("Nvidia", "Siemens")}


def test_name_in_the_subjects_apposition_buys_nothing_de(extractor: Extractor) -> None:
    facts = _relations(extractor, "Siemens, ein Partner von Alibaba, kauft Chips bei Nvidia.", "de", "supplierOf")
    assert ("Nvidia", "Alibaba Group") not in facts


def test_apposed_customer_keeps_its_reading(extractor: Extractor) -> None:
    # the subject is Alibaba; Siemens, named in its apposition, buys nothing from Nvidia
    facts = _relations(extractor, "Alibaba, a customer of Siemens, buys chips from Nvidia.", "en", "supplierOf")
    assert ("Nvidia", "Alibaba Group") in facts
    assert ("Nvidia", "Siemens") not in facts


def test_joined_subjects_keep_their_reading(extractor: Extractor) -> None:
    facts = _relations(extractor, "Siemens and Alibaba buy chips from Nvidia.", "en", "supplierOf")
    assert {("Nvidia", "Siemens"), ("Nvidia", "Alibaba Group")} <= facts


def test_speaker_leaves_the_buyer_open(extractor: Extractor) -> None:
    # the opening name only speaks: Bosch buys, a name the buying verb does not reach
    facts = _relations(extractor, "Siemens said Bosch met Alibaba and buys chips from Nvidia.", "en",
                       "supplierOf")
    assert ("Nvidia", "Alibaba Group") not in facts
    assert ("Nvidia", "Siemens") not in facts


# a possessive before another maker's product names its user

def test_possessor_of_another_makers_chips_develops_nothing_en(extractor: Extractor) -> None:
    facts = _relations(extractor, "Meta's H100 chips power its data centers.", "en", "develops")
    assert ("Meta Platforms", "H100") not in facts


def test_possessor_of_another_makers_chips_develops_nothing_de(extractor: Extractor) -> None:
    facts = _relations(extractor, "Metas H100-Chips laufen in seinen Rechenzentren.", "de", "develops")
    assert ("Meta Platforms", "H100") not in facts


def test_makers_possessive_keeps_its_reading(extractor: Extractor) -> None:
    facts = _relations(extractor, "AMD's MI300 chips compete with Nvidia's H100.", "en", "develops")
    assert {("Advanced Micro Devices", "MI300"), ("Nvidia", "H100")} <= facts


def test_parent_of_the_maker_keeps_its_reading(extractor: Extractor) -> None:
    # the catalogue gives Gemini to a company of Alphabet's group
    facts = _relations(extractor, "Alphabet's Gemini models are popular with banks.", "en", "develops")
    assert ("Alphabet", "Gemini") in facts


# a count of deals won is no figure

def _figures(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str, Decimal | None, str]]:
    """The (about, metric, value, unit) of the figures of ``body``."""
    return helpers.figure_facts(helpers.run_in(extractor, body, lang))


def test_count_of_orders_won_is_no_figure_en(extractor: Extractor) -> None:
    for body in ("Samsung has won 12 orders.", "Samsung won 12 new contracts this year."):
        assert not any(value == 12 for _, _, value, _ in _figures(extractor, body, "en"))


def test_count_of_orders_won_is_no_figure_de(extractor: Extractor) -> None:
    facts = _figures(extractor, "Siemens Energy hat im Quartal 12 neue Aufträge gewonnen.", "de")
    assert not any(value == 12 for _, _, value, _ in facts)


def test_value_of_orders_and_units_counted_keep_their_reading(extractor: Extractor) -> None:
    assert ("Samsung Electronics", "Other", Decimal("12e9"), "USD") in _figures(
        extractor, "Samsung won orders worth $12 billion.", "en")
    assert ("Airbus", "Other", Decimal(12), "Count") in _figures(extractor, "Airbus delivered 12 jets.", "en")
