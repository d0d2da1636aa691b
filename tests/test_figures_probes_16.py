"""Figures a probe sentence got wrong or missed: a move written with its sign
right after a name (in brackets or in a table's row), points of a margin, a
fall told in a concessive clause, a name in a closed genitive relative clause,
group revenue after a unit, the premium of a bid after a share word, a loss per
share, an exchange standing for its index. Each rule on sentences written for
the test, with look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- "Siemens (+3 Prozent)": a signed move in brackets after a name -------------------------

def test_a_signed_move_in_brackets_after_a_name_is_its_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Zu den Verlierern im Dax zählten Bayer (-2,5 Prozent) und BASF "
                    "(-1,8 %), Gewinner war Siemens Energy (+4,1 Prozent).", headline="Dax schwach")
    assert facts(x, "StockPriceChange") == {("Bayer", Decimal("-2.5")), ("BASF", Decimal("-1.8")),
                                            ("Siemens Energy", Decimal("4.1"))}
    x = helpers.run(extractor, "Chipmakers led the gains, with Nvidia (+4%) higher, while Intel "
                    "(-2%) slipped.", lang="en", headline="Tech stocks rally")
    assert facts(x, "StockPriceChange") == {("Nvidia", Decimal(4)), ("Intel", Decimal(-2))}
    x = helpers.run(extractor, "Der Dax (-0,8 Prozent) schloss schwächer.", headline="Dax schwach")
    assert facts(x, "StockPriceChange") == {("DAX", Decimal("-0.8"))}


def test_a_signed_number_in_brackets_after_no_name_is_no_move(extractor: Extractor) -> None:
    # the bracket follows a metric word, not a name: no share moved
    x = helpers.run(extractor, "Der Umsatz (+12 Prozent) und der Gewinn (-3 Prozent) von SAP "
                    "überraschten die Börse.", headline="SAP-Zahlen")
    assert not facts(x, "StockPriceChange")
    # a tolerance is no move
    x = helpers.run(extractor, "SAP erwartet eine Marge von 30 Prozent +/-2 Prozent.",
                    headline="SAP-Ausblick")
    assert {f.value for f in x.figures} == {Decimal(30)}


# --- "E-Mobility | 1.020 | +11,0 %": a signed change in a row a name opens -----------------

def test_a_signed_change_in_a_row_of_a_unit_is_its_growth(extractor: Extractor) -> None:
    body = ("Die Sparte Digital Industries wuchs kräftig.\n"
            "Kennzahlen drittes Quartal (in Mio. Euro)\n"
            "Digital Industries | 4.500 | +5,0 %\n"
            "Smart Infrastructure | 5.100 | -2,5 %")
    x = helpers.run(extractor, body, headline="Siemens-Zahlen")
    assert facts(x, "RevenueGrowth") == {("Siemens Digital Industries", Decimal(5)),
                                         ("Siemens Smart Infrastructure", Decimal("-2.5"))}


def test_a_signed_change_in_a_row_a_metric_word_opens_is_no_share_move(
        extractor: Extractor) -> None:
    # "je Aktie" names what the row counts, no move of the share
    body = ("Bayer legte Zahlen vor. Die Aktie fiel.\n"
            "Die Eckdaten im Überblick (in Mio. Euro):\n"
            "Umsatz Konzern | 10.420 | -3 %\n"
            "Ergebnis je Aktie (bereinigt, Euro) | 0,83 | -21 %")
    x = helpers.run(extractor, body, headline="Bayer-Zahlen")
    assert not facts(x, "StockPriceChange")
    assert facts(x, "RevenueGrowth") == {("Bayer", Decimal(-3))}


# --- "die Marge um 1,5 Punkte": points of a percentage level are percentage points ------------

def unit_facts(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    return {(f.about, f.metric, f.value, f.unit) for f in x.figures}


def test_points_of_a_margin_are_percentage_points(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Dax-Konzern Siemens steigerte seine Marge um 1,5 Punkte auf "
                    "18 Prozent.", headline="Siemens-Zahlen")
    assert unit_facts(x) == {("Siemens", "Other", Decimal("1.5"), "Percent"),
                             ("Siemens", "Other", Decimal(18), "Percent")}
    x = helpers.run(extractor, "Apple, a Nasdaq 100 member, lifted its margin by 1.5 points to 46%.",
                    lang="en", headline="Apple results")
    assert unit_facts(x) == {("Apple", "Other", Decimal("1.5"), "Percent"),
                             ("Apple", "Other", Decimal(46), "Percent")}


def test_points_of_an_index_stay_its_points(extractor: Extractor) -> None:
    # a margin word before the index: the index's points
    x = helpers.run(extractor, "Trotz guter Margen verlor der Dax 150 Punkte.",
                    headline="Marktbericht")
    assert unit_facts(x) == {("DAX", "IndexLevel", Decimal(150), "Points")}
    x = helpers.run(extractor, "Despite strong margins, the S&P 500 fell 40 points.", lang="en",
                    headline="Market report")
    assert unit_facts(x) == {("S&P 500", "IndexLevel", Decimal(40), "Points")}


# --- "…, obwohl der Rivale X einen Rückgang meldete": a fall in a clause of its own ----------

def test_a_fall_in_a_concessive_clause_does_not_turn_the_rise(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens steigerte den Umsatz um 5 Prozent, obwohl der Rivale ABB "
                    "einen Rückgang um 3 Prozent meldete.", headline="Siemens-Zahlen")
    assert ("Siemens", Decimal(5)) in facts(x, "RevenueGrowth")
    assert ("Siemens", Decimal(-5)) not in facts(x, "RevenueGrowth")
    x = helpers.run(extractor, "Siemens grew revenue 5%, although ABB reported a 3% decline in "
                    "sales.", lang="en", headline="Siemens results")
    assert facts(x, "RevenueGrowth") == {("Siemens", Decimal(5)), ("ABB", Decimal(-3))}


def test_a_fall_told_in_the_same_clause_still_turns_it(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Bei Siemens gab es einen Rückgang des Umsatzes um 3 Prozent.",
                    headline="Siemens-Zahlen")
    assert facts(x, "RevenueGrowth") == {("Siemens", Decimal(-3))}


# --- "Siemens, dessen Konkurrent ABB …, meldete": a name in a closed relative clause ----------

def test_a_name_in_a_closed_genitive_relative_clause_is_no_owner(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens, dessen Konkurrent ABB den Gewinn um 8 Prozent steigerte, "
                    "meldete ein Umsatzplus von 4 Prozent.", headline="Siemens-Zahlen")
    assert facts(x, "RevenueGrowth") == {("Siemens", Decimal(4))}
    assert facts(x, "ProfitGrowth") == {("ABB", Decimal(8))}


def test_a_number_inside_the_genitive_relative_clause_stays_its_own(
        extractor: Extractor) -> None:
    # the clause reaches the number: its name (or the one it refers back to) owns it
    x = helpers.run(extractor, "Bei Siemens, deren Tochter Siemens Healthineers den Umsatz um 4 "
                    "Prozent steigerte, lief es gut.", headline="Siemens-Zahlen")
    assert facts(x, "RevenueGrowth") == {("Siemens Healthineers", Decimal(4))}
    x = helpers.run(extractor, "Siemens Energy, dessen Aktie um 5 Prozent stieg, profitierte von "
                    "Aufträgen.", headline="Siemens Energy")
    assert facts(x, "StockPriceChange") == {("Siemens Energy", Decimal(5))}


# --- "…, while group revenue rose 2%": the parent's, not the unit's ---------------------------

def test_group_revenue_after_a_unit_is_the_parents(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Revenue at Siemens' Digital Industries unit fell 8%, while group "
                    "revenue rose 2%.", lang="en", headline="Siemens results")
    assert facts(x, "RevenueGrowth") == {("Siemens Digital Industries", Decimal(-8)),
                                         ("Siemens", Decimal(2))}
    x = helpers.run(extractor, "Der Umsatz der Siemens-Sparte Digital Industries sank um 8 Prozent, "
                    "während der Konzernumsatz um 2 Prozent stieg.", headline="Siemens-Zahlen")
    assert ("Siemens", Decimal(2)) in facts(x, "RevenueGrowth")
    assert ("Siemens Digital Industries", Decimal(2)) not in facts(x, "RevenueGrowth")


def test_group_words_without_a_metric_keep_the_unit(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens' Digital Industries unit grew revenue 8% as group orders "
                    "rose.", lang="en", headline="Siemens results")
    assert facts(x, "RevenueGrowth") == {("Siemens Digital Industries", Decimal(8))}


# --- "…je Commerzbank-Aktie, ein Aufschlag von 4 Prozent": a bid's premium, no move -----------

def test_a_premium_of_a_bid_after_a_share_word_is_no_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Unicredit bietet für die Commerzbank 0,485 eigene Aktien je "
                    "Commerzbank-Aktie, ein Aufschlag von 4 Prozent.", headline="Commerzbank")
    assert not facts(x, "StockPriceChange")
    assert facts(x, "Other") == {("Commerzbank", Decimal(4))}


def test_a_premium_without_a_bid_or_a_move_after_a_bid_stays_a_move(
        extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Aktie von Siemens notierte mit einem Aufschlag von 3 Prozent.",
                    headline="Siemens")
    assert facts(x, "StockPriceChange") == {("Siemens", Decimal(3))}
    x = helpers.run(extractor, "Unicredit bietet für die Commerzbank 0,485 eigene Aktien je "
                    "Commerzbank-Aktie, die Commerzbank-Aktie stieg um 4 Prozent.",
                    headline="Commerzbank")
    assert facts(x, "StockPriceChange") == {("Commerzbank", Decimal(4))}


# --- "a loss of 12 cents per share": earnings per share below zero -------------------------

def test_a_loss_per_share_is_negative_earnings_per_share(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Intel reported a loss of 12 cents per share, compared with a "
                    "profit of 5 cents a year earlier.", lang="en", headline="Intel results")
    assert facts(x, "EarningsPerShare") == {("Intel", Decimal("-0.12")), ("Intel", Decimal("0.05"))}
    x = helpers.run(extractor, "Lufthansa wies einen Verlust von 0,35 Euro je Aktie aus.",
                    headline="Lufthansa-Zahlen")
    assert facts(x, "EarningsPerShare") == {("Lufthansa", Decimal("-0.35"))}


def test_earnings_per_share_beside_a_loss_elsewhere_stay_positive(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Intel posted earnings of 12 cents per share despite a loss in its "
                    "foundry unit.", lang="en", headline="Intel results")
    assert facts(x, "EarningsPerShare") == {("Intel", Decimal("0.12"))}
    x = helpers.run(extractor, "BASF verdiente 1,20 Euro je Aktie.", headline="BASF-Zahlen")
    assert facts(x, "EarningsPerShare") == {("BASF", Decimal("1.2"))}


# --- "Nvidia jumped 5%, lifting the Nasdaq 1.2%": the exchange's index moved -----------------

def test_a_move_of_an_exchange_named_as_object_is_not_the_subjects(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nvidia jumped 5%, lifting the Nasdaq 1.2%.", lang="en",
                    headline="Market report")
    assert facts(x, "StockPriceChange") == {("Nvidia", Decimal(5))}
    x = helpers.run(extractor, "Nvidia sprang um 5 Prozent und hob die Nasdaq um 1,2 Prozent.",
                    headline="Marktbericht")
    assert facts(x, "StockPriceChange") == {("Nvidia", Decimal(5))}


def test_a_move_on_an_exchange_named_as_venue_stays_the_names(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nvidia stieg an der Nasdaq um 5 Prozent.", headline="Marktbericht")
    assert facts(x, "StockPriceChange") == {("Nvidia", Decimal(5))}
    x = helpers.run(extractor, "Nvidia rose on the Nasdaq by 5%.", lang="en",
                    headline="Market report")
    assert facts(x, "StockPriceChange") == {("Nvidia", Decimal(5))}
