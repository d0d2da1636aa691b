"""Figures whose owner a probe sentence made unclear: a name inside a gloss of
the subject ("Nike, a rival of Adidas, posted …") and a noun for another
company before a name the extractor does not know ("as rival Snap forecast
…"). Each guard on sentences written for the test, with look-alikes that
must still fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction

facts = helpers.figure_facts


def owners(x: Extraction, value: Decimal) -> set[str]:
    return {f.about for f in x.figures if f.value == value}


# --- a name in a gloss of the subject is not the number's owner ----------------------------

def test_peer_in_a_gloss_of_the_subject_takes_no_figure(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nike, a rival of Adidas, posted sales of $12 billion.",
                    lang="en", headline="Nike sales climb")
    assert ("Nike", "Revenue", Decimal(12000000000), "USD") in facts(x)
    assert "Adidas" not in owners(x, Decimal(12000000000))


def test_customer_in_a_german_gloss_takes_no_figure(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Zulieferer Continental, ein wichtiger Lieferant von BMW, "
                               "setzte 40 Mrd. Euro um.", headline="Continental setzt mehr um")
    assert "BMW" not in owners(x, Decimal(40000000000))


def test_index_in_a_gloss_of_the_stock_takes_no_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Caterpillar's profit rose 12% to $3.4 billion. The Texas-based "
                               "company's shares rose 1.5% in premarket trading. The stock, a "
                               "member of the S&P 500, had gained 28% this year.",
                    lang="en", headline="Caterpillar beats estimates")
    assert owners(x, Decimal(28)) == {"Caterpillar"}


def test_name_after_a_gloss_still_owns_its_figure(extractor: Extractor) -> None:
    # look-alike: the name stands after the gloss has closed, in the number's own clause
    x = helpers.run(extractor, "Nike, the largest sportswear maker, said Adidas posted sales "
                               "of $8 billion.", lang="en", headline="Sportswear sales")
    assert owners(x, Decimal(8000000000)) == {"Adidas"}


# --- a noun for another company before an unknown name --------------------------------------

def test_rival_with_an_unknown_name_takes_nothing_from_the_subject(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Meta's shares jumped 5% as rival Quantlytix forecast revenue "
                               "of $1.3 billion.", lang="en", headline="Meta rallies")
    assert ("Meta Platforms", "StockPriceChange", Decimal(5), "Percent") in facts(x)
    assert not owners(x, Decimal(1300000000))
    x = helpers.run(extractor, "Apple supplier Brightwell Optics said revenue rose 10% to "
                               "$4 billion.", lang="en", headline="Apple suppliers")
    assert "Apple" not in owners(x, Decimal(4000000000)) | owners(x, Decimal(10))


def test_known_peer_and_figures_before_the_rival_still_fire(extractor: Extractor) -> None:
    # look-alikes: the peer is a name the extractor knows; the number stands before the noun
    x = helpers.run(extractor, "Apple supplier Foxconn said revenue rose 10% to $60 billion.",
                    lang="en", headline="Foxconn grows")
    assert ("Foxconn", "Revenue", Decimal(60000000000), "USD") in facts(x)
    x = helpers.run(extractor, "Meta's revenue rose 20% as rival Quantlytix lost users.",
                    lang="en", headline="Meta grows")
    assert ("Meta Platforms", "RevenueGrowth", Decimal(20), "Percent") in facts(x)
    x = helpers.run(extractor, "Meta's revenue rose 20% to $40 billion as rivals struggled.",
                    lang="en", headline="Meta grows")
    assert ("Meta Platforms", "Revenue", Decimal(40000000000), "USD") in facts(x)


# --- an unnamed company bought: its figures are not the buyer's -----------------------------

def test_unnamed_company_bought_lends_the_buyer_no_figure(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Henkel agreed to buy a U.S. adhesives maker with annual sales "
                               "of $400 million.", lang="en", headline="Henkel buys")
    assert not owners(x, Decimal(400000000))
    x = helpers.run(extractor, "Henkel kauft einen Klebstoffhersteller, der einen Umsatz von "
                               "400 Mill. Euro erzielt.", headline="Henkel kauft zu")
    assert not owners(x, Decimal(400000000))
    x = helpers.run(extractor, "Henkel übernimmt einen Klebstoffhersteller mit einem "
                               "Jahresumsatz von 400 Mill. Dollar.", headline="Henkel kauft zu")
    assert not owners(x, Decimal(400000000))
    x = helpers.run(extractor, "Henkel bought a company with 5,000 employees.", lang="en",
                    headline="Henkel buys")
    assert not owners(x, Decimal(5000))


def test_the_subject_described_as_a_company_keeps_its_figures(extractor: Extractor) -> None:
    # look-alikes: a gloss of the subject and a predicate describe the subject itself
    x = helpers.run(extractor, "Henkel, ein Konzern mit einem Umsatz von 20 Mrd. Euro, hob die "
                               "Prognose an.", headline="Henkel optimistisch")
    assert ("Henkel", "Revenue", Decimal(20000000000), "EUR") in facts(x)
    x = helpers.run(extractor, "Henkel ist ein Konzern mit 50.000 Mitarbeitern.",
                    headline="Henkel im Porträt")
    assert ("Henkel", "Employees", Decimal(50000), "Count") in facts(x)
    x = helpers.run(extractor, "Henkel is a company with 50,000 employees.", lang="en",
                    headline="Henkel profile")
    assert ("Henkel", "Employees", Decimal(50000), "Count") in facts(x)


# --- a number counted at another company -----------------------------------------------------

def test_number_counted_at_another_company_is_not_the_subjects(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Airbus delivered 60 jets in May, compared with 44 at Boeing.",
                    lang="en", headline="Airbus deliveries")
    assert ("Airbus", "Other", Decimal(60), "Count") in facts(x)
    assert "Airbus" not in owners(x, Decimal(44))
    x = helpers.run(extractor, "Airbus lieferte im Mai 60 Jets aus, nach 44 Maschinen bei "
                               "Boeing.", headline="Airbus liefert mehr aus")
    assert "Airbus" not in owners(x, Decimal(44))


def test_a_place_after_at_still_leaves_the_subject_its_figure(extractor: Extractor) -> None:
    # look-alike: what follows "at" is no company
    x = helpers.run(extractor, "Airbus shares closed 2% higher at the end of the session.",
                    lang="en", headline="Airbus climbs")
    assert ("Airbus", "StockPriceChange", Decimal(2), "Percent") in facts(x)


# --- an ellipsis after a comma names another company ----------------------------------------

def test_ellipsis_of_another_company_is_not_the_subjects(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Cloud-Umsatz von SAP stieg um 25 Prozent, der von Oracle "
                               "um 20 Prozent.", headline="SAP wächst in der Cloud")
    assert ("SAP", "RevenueGrowth", Decimal(25), "Percent") in facts(x)
    assert "SAP" not in owners(x, Decimal(20))


def test_a_second_metric_after_the_comma_stays_the_subjects(extractor: Extractor) -> None:
    # look-alike: after the comma a metric of the same company, not another name
    x = helpers.run(extractor, "Der Umsatz von SAP stieg um 5 Prozent, der Gewinn um 8 Prozent.",
                    headline="SAP legt zu")
    assert ("SAP", "RevenueGrowth", Decimal(5), "Percent") in facts(x)
    assert ("SAP", "ProfitGrowth", Decimal(8), "Percent") in facts(x)


# --- an industry-wide figure is the market's ------------------------------------------------

def test_industry_wide_sales_are_not_the_subjects(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Ford's revenue rose 5%. Industry-wide sales fell 3% to 1.2 "
                               "million vehicles.", lang="en", headline="Ford grows")
    assert ("Ford Motor", "RevenueGrowth", Decimal(5), "Percent") in facts(x)
    assert not owners(x, Decimal(1200000)) and not owners(x, Decimal(-3))


def test_own_sales_beside_industry_wide_demand_still_fire(extractor: Extractor) -> None:
    # look-alike: the industry is named after the company's own number
    x = helpers.run(extractor, "Ford's sales fell 3% as industry-wide demand slowed.",
                    lang="en", headline="Ford slips")
    assert ("Ford Motor", "RevenueGrowth", Decimal(-3), "Percent") in facts(x)
