"""Wrong facts of the precision51 families, each fixed so that it holds for any article:

* "kappte seine Schätzung für das Ebit um 8 Prozent", "cut its EPS estimate by 8%": an
  estimate that moved is no growth of the metric it is for, but a change of its own (`Other`);
* "Gross margin narrowed by 1.9 percentage points", "die Marge verengte sich um 2
  Prozentpunkte": narrowing is a fall, so the change is negative;
* "Tallis Aerostructures Ltd., …, that supplies both Airbus and Boeing, said it would add 400
  workers": the names of a relative clause closed before the number are none of its owners,
  and "both X and Y" joins two names, opening no clause; a count glued to a model number ("50
  787 Dreamliners") counts no figure of its own;
* "In Greater China, revenue fell 6%", "Converse, the company's sneaker label, posted a 14%
  drop in sales": a region or unit the extractor does not know owns the figure, never the
  company of the passage;
* share moves: a company named right after the comma of an opening phrase is the subject
  of the move after it, not of the metric word in that phrase; "1 Prozent im Plus" is up
  whatever verb came before; a "Kurssprung" is a rise;
* "Microsoft, which holds a stake in OpenAI, said its share of OpenAI's losses reduced net
  income by $3.1 billion": no figure of OpenAI; "Die Familie X, die 41 Prozent der Anteile
  hält": the family holds the stake, no company of its name invests.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, metric_facts, run, run_in

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _metrics_of(x: Extraction, about: str) -> set[str]:
    return {m for a, m, _v, _u in figure_facts(x) if a == about}


# --- an estimate's own change -------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body", "change"), [
    ("de", "Jefferies hat Zalando abgestuft. Er kappte seine Schätzung für das bereinigte Ebit 2026 "
           "um 8 Prozent auf 540 Millionen Euro.", Decimal("-8")),
    ("de", "Jefferies hat Zalando abgestuft. Der Analyst hob seine Umsatzprognose um 5 Prozent an.",
     Decimal("5")),
    ("en", "Jefferies downgraded Zalando. The analyst cut his revenue estimate for 2026 by 8%.",
     Decimal("-8")),
    ("en", "Jefferies downgraded Zalando. Its revenue estimates were cut by 8%.", Decimal("-8")),
])
def test_estimate_changed_by_is_no_growth(extractor: Extractor, lang: str, body: str,
                                          change: Decimal) -> None:
    x = run_in(extractor, body, lang)
    assert not _metrics_of(x, "Zalando") & {"ProfitGrowth", "RevenueGrowth"}
    assert ("Zalando", change) in metric_facts(x, "Other")


@pytest.mark.parametrize(("lang", "body", "metric"), [
    ("de", "Zalando steigerte das bereinigte Ebit um 8 Prozent.", "ProfitGrowth"),
    ("de", "Zalando hob den Umsatz um 8 Prozent an.", "RevenueGrowth"),
    ("en", "Zalando raised its revenue by 8%.", "RevenueGrowth"),
])
def test_metric_changed_by_keeps_its_growth(extractor: Extractor, lang: str, body: str,
                                            metric: str) -> None:
    assert ("Zalando", Decimal("8")) in metric_facts(run_in(extractor, body, lang), metric)


def test_forecast_of_growth_by_is_no_estimate_change(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Prognose für 2026 sieht bei Zalando ein Umsatzwachstum um 5 Prozent vor.",
               "de")
    assert not metric_facts(x, "Other")


# --- narrowing is a fall ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body", "change"), [
    ("en", "Nike reported results. Gross margin narrowed by 1.9 percentage points to 42.7%.",
     Decimal("-1.9")),
    ("de", "Siemens meldete Zahlen. Die Marge verengte sich um 2 Prozentpunkte.", Decimal("-2")),
])
def test_narrowed_margin_is_negative(extractor: Extractor, lang: str, body: str,
                                     change: Decimal) -> None:
    found = metric_facts(run_in(extractor, body, lang), "Other")
    assert (("Nike" if lang == "en" else "Siemens"), change) in found
    assert not any(value == -change for _about, value in found)


def test_margin_level_after_narrowing_keeps_its_sign(extractor: Extractor) -> None:
    x = run_in(extractor, "Nike reported results. Gross margin narrowed by 1.9 percentage points "
                          "to 42.7%.", "en")
    assert ("Nike", Decimal("42.7")) in metric_facts(x, "Other")


# --- a subject of its own ----------------------------------------------------------------------

_SUPPLIER = ("Boeing reported results. Tallis Aerostructures Ltd., a closely held maker of wing "
             "parts based in Bristol, England, that supplies both Airbus and Boeing, said this week "
             "it would add 400 workers.")


def test_relative_clause_names_no_owner_of_the_count(extractor: Extractor) -> None:
    employees = metric_facts(run_in(extractor, _SUPPLIER, "en"), "Employees")
    assert ("Boeing", Decimal("400")) not in employees
    assert ("Airbus", Decimal("400")) not in employees


def test_company_that_hires_keeps_its_count(extractor: Extractor) -> None:
    x = run_in(extractor, "Boeing will hire 400 workers at its plant in South Carolina.", "en")
    assert ("Boeing", Decimal("400")) in metric_facts(x, "Employees")


def test_count_glued_to_model_number_counts_nothing(extractor: Extractor) -> None:
    x = run_in(extractor, "Boeing booked 112 gross orders in November, including 50 787 Dreamliners "
                          "for Turkish Airlines.", "en")
    others = metric_facts(x, "Other")
    assert ("Boeing", Decimal("112")) in others
    assert ("Boeing", Decimal("50")) not in others


def test_count_of_jets_keeps_its_reading(extractor: Extractor) -> None:
    x = run_in(extractor, "Boeing delivered 50 jets in November.", "en")
    assert ("Boeing", Decimal("50")) in metric_facts(x, "Other")


# --- a region or unit the text names --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Nike reported results. In Greater China, revenue fell 6% to $1.55 billion.",
    "Nike reported results. Converse, the company's sneaker label, posted a 14% drop in sales "
    "to $512 million.",
])
def test_unknown_region_or_unit_owns_its_sales(extractor: Extractor, body: str) -> None:
    assert not _metrics_of(run_in(extractor, body, "en"), "Nike")


@pytest.mark.parametrize("body", [
    "Nike reported results. In the quarter, revenue fell 6% to $1.55 billion.",
    "Nike reported results. In March, revenue fell 6% to $1.55 billion.",
    "Nike reported results. Elliott Hill, the company's chief executive, said revenue fell 6%.",
])
def test_opening_phrase_of_no_region_keeps_the_company(extractor: Extractor, body: str) -> None:
    assert ("Nike", Decimal("-6")) in metric_facts(run_in(extractor, body, "en"), "RevenueGrowth")


# --- share moves -------------------------------------------------------------------------------

def test_company_after_opening_phrase_takes_no_metric_of_it(extractor: Extractor) -> None:
    x = run_in(extractor, "After Caterpillar reported a 12% rise in profit, Deere gained 2%.", "en")
    assert ("Deere & Company", Decimal("2")) not in metric_facts(x, "ProfitGrowth")
    assert ("Caterpillar", Decimal("12")) in metric_facts(x, "ProfitGrowth")


def test_metric_word_of_the_number_own_phrase_still_counts(extractor: Extractor) -> None:
    x = run_in(extractor, "After a weak quarter, Deere said its profit gained 2%.", "en")
    assert ("Deere & Company", Decimal("2")) in metric_facts(x, "ProfitGrowth")


@pytest.mark.parametrize(("body", "move"), [
    ("Die Papiere von Zalando machten ihre anfänglichen Verluste wett und lagen 1 Prozent im Plus.",
     Decimal("1")),
    ("Die Papiere von Zalando verloren anfangs und lagen zuletzt 1 Prozent im Minus.", Decimal("-1")),
])
def test_im_plus_decides_the_sign(extractor: Extractor, body: str, move: Decimal) -> None:
    assert ("Zalando", move) in metric_facts(run_in(extractor, body, "de"), "StockPriceChange")


def test_kurssprung_is_a_rise(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens-Aktien fielen am Montag nach einem Kurssprung der Alstom-Aktie "
                          "um 5 Prozent.", "de")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Alstom", Decimal("5")) in moves
    assert ("Alstom", Decimal("-5")) not in moves


def test_lead_is_no_move(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens hat bei Zügen einen Vorsprung von 5 Prozent vor Alstom.", "de")
    assert not metric_facts(x, "StockPriceChange")


# --- a share of another's losses; a family's stake ------------------------------------------------

def test_share_of_losses_is_no_figure_of_the_investee(extractor: Extractor) -> None:
    x = run_in(extractor, "OpenAI is growing. Microsoft, which holds a stake of about 27% in OpenAI, "
                          "said its share of OpenAI's losses reduced net income by $3.1 billion.",
               "en")
    assert not _metrics_of(x, "OpenAI") & {"Profit", "ProfitGrowth"}


def test_owner_in_relative_clause_keeps_its_own_results(extractor: Extractor) -> None:
    x = run_in(extractor, "Microsoft, which holds a stake in OpenAI, said net income rose 10%.", "en")
    assert ("Microsoft", Decimal("10")) in metric_facts(x, "ProfitGrowth")


_TAKEOVER = ("Knorr-Bremse greift nach dem Antriebsspezialisten Lindqvist Antriebstechnik. Knorr-Bremse "
             "bietet den Aktionären 52 Euro je Aktie. Die Lindqvist-Aktie sprang um 35 Prozent. "
             "Knorr-Bremse verloren 1,3 Prozent. {holder}, die über ihre Holding 41 Prozent der Anteile "
             "hält, hat sich bereits verpflichtet, das Angebot anzunehmen.")


def test_family_stake_is_no_company_investment(extractor: Extractor) -> None:
    x = run(extractor, _TAKEOVER.format(holder="Die Familie Lindqvist"), "de",
            "Knorr-Bremse will Lindqvist Antriebstechnik übernehmen")
    assert not [r for r in x.relations if r.predicate == "investsIn"]
