"""Figures a rule gave the wrong company or metric. A rival's proposal worth an amount per
share is an offer price, not the rival's earnings; a company a rating sentence sets
against the text's line ("dagegen") is no owner of the next ownerless share; a metric
word inside a phrase of cause ("nach einer gesenkten Umsatzprognose") is not what moved;
a table row labelled by a metric word is the company's, not the unit's of the row
before; customers added are a change of the customer base (`Other`), not its size; a
share opened by "Its" belongs to the company the sentence before speaks of. Each rule on
sentences written for the test, with look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction

facts = helpers.figure_facts


def of_metric(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- a rival's proposal per share is no earnings per share -------------------------------------

def test_a_proposal_per_share_is_no_earnings(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens agreed to buy Altair Engineering for $113 per share in "
                    "cash. Dassault Systemes, which had made a cash proposal worth $105 per share "
                    "last month, said it was weighing its options.", lang="en",
                    headline="Siemens to buy Altair")
    assert of_metric(x, "EarningsPerShare") == set()


def test_earnings_per_share_stay_earnings(extractor: Extractor) -> None:
    # look-alike: an amount per share with no word of an offer before it
    x = helpers.run(extractor, "Siemens reported earnings of $2.50 per share for the quarter.",
                    lang="en", headline="Siemens results")
    assert of_metric(x, "EarningsPerShare") == {("Siemens", Decimal("2.5"))}


# --- a company set against the line is an aside -----------------------------------------------

def test_a_contrasted_company_is_no_owner_of_the_next_share(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Deutsche Bank bestätigte ihre Kaufempfehlung für Rheinmetall "
                    "und das Kursziel von 2100 Euro. Für Hensoldt senkte das Institut dagegen "
                    "das Ziel von 80 auf 70 Euro. Auch Berenberg traut dem Titel einen Anstieg "
                    "auf 2200 Euro zu.", headline="Rheinmetall-Aktie: Deutsche Bank bleibt "
                    "optimistisch")
    assert ("Rheinmetall", Decimal(2200)) in of_metric(x, "PriceTarget")
    assert ("Hensoldt", Decimal(2200)) not in of_metric(x, "PriceTarget")
    assert ("Hensoldt", Decimal(70)) in of_metric(x, "PriceTarget")


def test_a_company_rated_just_before_still_owns_the_next_share(extractor: Extractor) -> None:
    # look-alike: the same sentences without a word of contrast move on to Hensoldt
    x = helpers.run(extractor, "Die Deutsche Bank bestätigte ihre Kaufempfehlung für Rheinmetall "
                    "und das Kursziel von 2100 Euro. Für Hensoldt senkte das Institut das Ziel "
                    "von 80 auf 70 Euro. Auch Berenberg traut dem Titel einen Anstieg auf 75 "
                    "Euro zu.", headline="Rheinmetall-Aktie: Deutsche Bank bleibt optimistisch")
    assert ("Hensoldt", Decimal(75)) in of_metric(x, "PriceTarget")


# --- a metric word in a phrase of cause --------------------------------------------------------

def test_a_cause_is_not_what_moved(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Im MDax brachen Zalando nach einer gesenkten Umsatzprognose um 8 "
                    "Prozent ein.")
    assert facts(x) == {("Zalando", "StockPriceChange", Decimal(-8), "Percent")}
    x = helpers.run(extractor, "Nike tumbled 6% after a lowered revenue forecast.", lang="en",
                    headline="Market report")
    assert of_metric(x, "RevenueGrowth") == set()


def test_a_metric_word_outside_the_cause_still_counts(extractor: Extractor) -> None:
    # look-alike: the metric word is the subject; the cause names no metric
    x = helpers.run(extractor, "Der Umsatz von Zalando ging nach einer schwachen Nachfrage um 8 "
                    "Prozent zurück.", headline="Zalando")
    assert facts(x) == {("Zalando", "RevenueGrowth", Decimal(-8), "Percent")}
    x = helpers.run(extractor, "Nike shares tumbled 6% after a lowered revenue forecast.",
                    lang="en", headline="Market report")
    assert facts(x) == {("Nike", "StockPriceChange", Decimal(-6), "Percent")}


# --- a table row labelled by a metric word -----------------------------------------------------

TABLE = ("Siemens hat am Donnerstag Zahlen vorgelegt.\nSparte | Umsatz | Veränderung\n"
         "Digital Industries | 4.900 | -3,0 %\nSmart Infrastructure | 5.200 | +6,0 %\n"
         "Free Cashflow | 2.100 | –")


def test_a_metric_row_is_the_companys(extractor: Extractor) -> None:
    x = helpers.run(extractor, TABLE, headline="Siemens: Zahlen zum Quartal")
    assert {f.about for f in x.figures if f.value == Decimal(2100)} == {"Siemens"}


def test_a_unit_row_stays_the_units(extractor: Extractor) -> None:
    # look-alike: the rows labelled by a unit's name keep their unit
    x = helpers.run(extractor, TABLE, headline="Siemens: Zahlen zum Quartal")
    assert ("Siemens Smart Infrastructure", Decimal(6)) in of_metric(x, "RevenueGrowth")
    assert ("Siemens Digital Industries", Decimal(-3)) in of_metric(x, "RevenueGrowth")


# --- customers added --------------------------------------------------------------------------

def test_customers_added_are_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Verizon added 450,000 postpaid phone subscribers in the quarter.",
                    lang="en", headline="Verizon results")
    assert facts(x) == {("Verizon", "Other", Decimal(450000), "Count")}


def test_a_customer_base_stays_users(extractor: Extractor) -> None:
    # look-alike: the size of the base, no verb of adding
    x = helpers.run(extractor, "Verizon has 146 million subscribers.", lang="en",
                    headline="Verizon results")
    assert facts(x) == {("Verizon", "Users", Decimal(146000000), "Count")}


# --- "Its … shares" after a sentence about another company ------------------------------------

def test_its_shares_are_the_previous_subjects(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Roche agreed to pay Hansoh Pharmaceutical $200 million for the "
                    "rights to a pill. Hansoh will keep the rights in China. Its Hong Kong-listed "
                    "shares jumped 12% on the news.", lang="en",
                    headline="Roche licenses obesity drug")
    assert of_metric(x, "StockPriceChange") == {("Hansoh Pharmaceutical", Decimal(12))}


def test_its_shares_after_the_subject_stay_the_subjects(extractor: Extractor) -> None:
    # look-alike: the sentence before speaks of the headline's company
    x = helpers.run(extractor, "Roche raised its outlook on Thursday. The Swiss company expects "
                    "higher sales. Its shares rose 3% in Zurich.", lang="en",
                    headline="Roche results")
    assert of_metric(x, "StockPriceChange") == {("Roche", Decimal(3))}


# --- a table of business units: the metric of the group's row or of the heading ---------------

def unit_table(rows: str) -> str:
    return f"Siemens hat am Donnerstag Zahlen vorgelegt.\nDrittes Quartal (in Mio. Euro)\n{rows}"


UNIT_ROWS = "Digital Industries | 4.900 | -3,0 %\nSmart Infrastructure | 5.200 | +6,0 %"


def test_a_unit_row_takes_the_groups_metric(extractor: Extractor) -> None:
    x = helpers.run(extractor, unit_table(f"Umsatz Konzern | 19.100 | +2,0 %\n{UNIT_ROWS}"),
                    headline="Siemens: Zahlen zum Quartal")
    assert {("Siemens Digital Industries", Decimal(4900000000)),
            ("Siemens Smart Infrastructure", Decimal(5200000000))} <= of_metric(x, "Revenue")


def test_a_unit_row_takes_the_headings_metric(extractor: Extractor) -> None:
    x = helpers.run(extractor, unit_table(f"Sparte | Umsatz | Veränderung\n{UNIT_ROWS}"),
                    headline="Siemens: Zahlen zum Quartal")
    assert {("Siemens Digital Industries", Decimal(4900000000)),
            ("Siemens Smart Infrastructure", Decimal(5200000000))} <= of_metric(x, "Revenue")
    x = helpers.run(extractor, "Siemens reported results on Thursday.\nThird quarter (in EUR "
                    "million)\nSegment | Revenue | Change\nDigital Industries | 4,900 | -3.0%",
                    lang="en", headline="Siemens results")
    assert ("Siemens Digital Industries", Decimal(4900000000)) in of_metric(x, "Revenue")


def test_a_unit_row_without_a_metric_above_gives_none(extractor: Extractor) -> None:
    # look-alikes: a group row that names no metric; a heading whose metric is no amount
    for rows in (f"Konzern | 19.100 | +2,0 %\n{UNIT_ROWS}",
                 f"Sparte | Mitarbeiter | Veränderung\n{UNIT_ROWS}"):
        x = helpers.run(extractor, unit_table(rows), headline="Siemens: Zahlen zum Quartal")
        assert {f.value for f in x.figures if f.unit == "EUR"} == set()


# --- a move verb in the plural after one company's name ---------------------------------------

def test_a_plural_move_after_a_company_is_its_shares(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Vorstand äußerte sich nicht. Auch Siemens Energy legten um "
                    "2,8 Prozent zu.")
    assert facts(x) == {("Siemens Energy", "StockPriceChange", Decimal("2.8"), "Percent")}
    x = helpers.run(extractor, "Der Vorstand äußerte sich nicht. Zalando sackten um 4 Prozent ab.")
    assert facts(x) == {("Zalando", "StockPriceChange", Decimal(-4), "Percent")}


def test_a_singular_or_listed_move_is_no_share_move(extractor: Extractor) -> None:
    # look-alikes: the verb agrees with a list of names, or with the company itself
    x = helpers.run(extractor, "Der Vorstand äußerte sich nicht. BMW und Mercedes-Benz legten um "
                    "2,8 Prozent zu.")
    assert of_metric(x, "StockPriceChange") == set()
    x = helpers.run(extractor, "Der Konzern berichtete am Morgen. Siemens Energy wuchs um 2,8 "
                    "Prozent.", headline="Siemens Energy")
    assert of_metric(x, "StockPriceChange") == set()


# --- a cut of revenue by an amount ------------------------------------------------------------

def test_a_cut_by_an_amount_is_negative(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Lam Research said the new export rules would cut its fiscal 2027 "
                    "revenue by about $700 million.", lang="en", headline="Lam Research warns")
    assert of_metric(x, "Revenue") == {("Lam Research", Decimal(-700000000))}


def test_a_rise_by_an_amount_or_a_fall_to_a_level_stays_positive(extractor: Extractor) -> None:
    # look-alikes: a rise by an amount; a fall to a level, which is the revenue itself
    x = helpers.run(extractor, "Lam Research said revenue fell to $4.1 billion.", lang="en",
                    headline="Lam Research results")
    assert of_metric(x, "Revenue") == {("Lam Research", Decimal(4100000000))}
    x = helpers.run(extractor, "Lam Research said revenue rose by $700 million to $5.2 billion.",
                    lang="en", headline="Lam Research results")
    assert ("Lam Research", Decimal(-700000000)) not in of_metric(x, "Revenue")
