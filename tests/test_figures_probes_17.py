"""Figures a probe sentence got wrong or missed: an amount per share that
restates a loss told right before it, a gap to another company read as growth,
an order's value given to the client, a share price only expected, a signed
move in brackets after a name's shares. Each rule on sentences written for the
test, with look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- "a $2 billion net loss, or 45 cents a share": the loss per share is negative -------------

def test_an_amount_per_share_restating_a_loss_is_negative(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Boeing reported a $2 billion net loss, or 45 cents a share, "
                    "for the quarter.", lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("-0.45"))}
    assert facts(x, "Profit") == {("Boeing", Decimal(-2000000000))}
    x = helpers.run(extractor, "Boeing posted a net loss of $2 billion, or 45 cents a share.",
                    lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("-0.45"))}
    x = helpers.run(extractor, "Boeing wies einen Nettoverlust von 2 Milliarden Dollar oder "
                    "45 Cent je Aktie aus.", headline="Boeing-Zahlen")
    assert {v for _a, v in facts(x, "EarningsPerShare")} == {Decimal("-0.45")}


def test_a_profit_per_share_told_after_a_loss_stays_positive(extractor: Extractor) -> None:
    # the profit is named last: the amount per share is the profit's
    x = helpers.run(extractor, "Boeing swung from a net loss to a profit of 45 cents a share.",
                    lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("0.45"))}
    x = helpers.run(extractor, "After last year's net loss, Boeing earned 45 cents a share.",
                    lang="en", headline="Boeing results")
    assert facts(x, "EarningsPerShare") == {("Boeing", Decimal("0.45"))}
    x = helpers.run(extractor, "Nach dem Verlust im Vorjahr verdiente Boeing 45 Cent je Aktie.",
                    headline="Boeing-Zahlen")
    assert {v for _a, v in facts(x, "EarningsPerShare")} == {Decimal("0.45")}


# --- "10 Prozent mehr Autos als Mercedes-Benz": a gap between two companies is no figure ------

def test_a_gap_to_another_company_is_no_growth(extractor: Extractor) -> None:
    x = helpers.run(extractor, "BMW verkaufte im Mai 10 Prozent mehr Autos als Mercedes-Benz.",
                    headline="Autoabsatz")
    assert not x.figures
    x = helpers.run(extractor, "BMW verkaufte im Mai 10 Prozent mehr Autos als der Rivale "
                    "Mercedes-Benz.", headline="Autoabsatz")
    assert not x.figures
    x = helpers.run(extractor, "BMW sold 10% more cars than Mercedes-Benz in May.", lang="en",
                    headline="Car sales")
    assert not x.figures
    x = helpers.run(extractor, "Microsoft's cloud revenue grew 5% faster than its rival Amazon's.",
                    lang="en", headline="Cloud race")
    assert not x.figures


def test_a_comparison_with_a_time_or_after_a_comma_keeps_the_figure(extractor: Extractor) -> None:
    # no name follows "than": the company's own change against a year before
    x = helpers.run(extractor, "BMW verkaufte im Mai 10 Prozent mehr Autos als im Vorjahr.",
                    headline="Autoabsatz")
    assert {(f.about, f.value) for f in x.figures} == {("BMW", Decimal(10))}
    # the comparison comes after the figure, set off by a comma: BMW's own growth
    x = helpers.run(extractor, "BMW's sales rose 10%, more than Mercedes-Benz.", lang="en",
                    headline="Car sales")
    assert facts(x, "RevenueGrowth") == {("BMW", Decimal(10))}


# --- "an order for 100 jets from United Airlines worth $6 billion": the receiver's order ------

def test_an_order_value_after_what_was_ordered_is_the_receivers(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Boeing won an order for 100 jets from United Airlines worth "
                    "$6 billion.", lang="en", headline="Boeing order")
    assert {(f.about, f.value) for f in x.figures} == {("Boeing", Decimal(6000000000))}
    x = helpers.run(extractor, "Airbus said it won an order for 50 planes from Lufthansa worth "
                    "5 billion euros.", lang="en", headline="Airbus order")
    assert {(f.about, f.value) for f in x.figures} == {("Airbus", Decimal(5000000000))}


def test_a_name_after_from_with_no_order_may_own_the_figure(extractor: Extractor) -> None:
    # no order is told: "from" names no client, the figure stays where it was
    x = helpers.run(extractor, "Revenue at Boeing rose 8% to $20 billion.", lang="en",
                    headline="Boeing results")
    assert facts(x, "Revenue") == {("Boeing", Decimal(20000000000))}


# --- "expects Tesla shares to reach $350": a target with an institution, else nothing ---------

def test_an_expected_share_price_is_an_institutions_target(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Morgan Stanley expects Tesla shares to reach $350 next year.",
                    lang="en", headline="Tesla outlook")
    assert {(f.about, f.metric, f.value, f.estimated_by) for f in x.figures} == {
        ("Tesla", "PriceTarget", Decimal(350), "Morgan Stanley")}
    x = helpers.run(extractor, "Die Deutsche Bank erwartet, dass die Tesla-Aktie auf 350 Dollar "
                    "steigt.", headline="Tesla-Ausblick")
    assert {(f.about, f.metric, f.value, f.estimated_by) for f in x.figures} == {
        ("Tesla", "PriceTarget", Decimal(350), "Deutsche Bank")}


def test_an_expected_share_price_of_no_institution_is_no_figure(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Investors expect Tesla shares to reach between $300 and $350 "
                    "next year.", lang="en", headline="Tesla outlook")
    assert not x.figures
    x = helpers.run(extractor, "Anleger erwarten, dass die Tesla-Aktie auf 350 Dollar steigt.",
                    headline="Tesla-Ausblick")
    assert not x.figures
    # a price reached is still a price
    x = helpers.run(extractor, "Tesla shares closed at $310 on Friday.", lang="en",
                    headline="Tesla stock")
    assert facts(x, "SharePrice") == {("Tesla", Decimal(310))}


# --- "Siemens-Aktien (+1,5 Prozent)": a signed move in brackets after a name's shares ---------

def test_a_signed_move_after_a_names_shares_is_its_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens-Aktien (+1,5 Prozent) waren gefragt, der Dax schloss "
                    "fester.", headline="Dax fester")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal("1.5"))}
    x = helpers.run(extractor, "Siemens shares (+1.5%) led the gains.", lang="en",
                    headline="European stocks")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal("1.5"))}


def test_a_signed_number_after_a_names_other_compound_is_no_move(extractor: Extractor) -> None:
    # shareholders are no share: nothing moved
    x = helpers.run(extractor, "Die Siemens-Aktionäre (+12 Prozent) freuten sich.",
                    headline="Hauptversammlung")
    assert not facts(x, "StockPriceChange")
