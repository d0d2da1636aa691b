"""Families of misses (lane leftovers38), each on sentences written for the test: a positive
case and a look-alike that must not fire or must not move the fact to another company, metric
or rating house.

Names are real companies and products, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor

run = helpers.run


# --- "weight-loss" naming a kind of drug is no loss and no trial result ------------------------

def test_sales_of_a_weight_loss_drug_are_its_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Eli Lilly raised its outlook. Sales of the weight-loss drug Zepbound "
                       "more than doubled to $4.1 billion.", "en", "Eli Lilly lifts outlook")
    assert ("Zepbound", "Revenue", Decimal("4100000000"), "USD") in helpers.figure_facts(x)
    assert not [f for f in x.figures if f.metric == "Profit"]


def test_weight_loss_in_a_trial_stays_a_clinical_result(extractor: Extractor) -> None:
    x = run(extractor, "Patients taking Eli Lilly's orforglipron showed 12% weight loss in the "
                       "trial.", "en", "Eli Lilly trial")
    assert not [f for f in x.figures if f.metric in ("Profit", "ProfitGrowth", "Revenue")]
    assert [f for f in x.figures if f.metric == "Other" and f.value == Decimal("-12")]
