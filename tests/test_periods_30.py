"""The periods of figures that are found: the year a plan or target is to be
reached by, a cut of jobs, which no period counts, the first months of a year
without "first", and a count since the start of the year in a monthly report.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_figures_periods import dated
from test_periods_29 import english, period_of

from kg.nlp.extract import Extractor
from kg.nlp.periods import period_of as period_of_text


@pytest.mark.parametrize(("text", "expected"), [
    ("Bis 2030 will Siemens rund 600 Millionen Euro in neue Werke investieren.", "2030"),
    ("Siemens will bis 2028 eine Marge von 30 Prozent erreichen.", "2028"),
    ("Siemens will bis spätestens 2029 schuldenfrei sein.", "2029"),
    # the end of a span whose first year is written: the span, not its end year
    ("Von 2026 bis 2030 will Siemens 600 Millionen Euro investieren.", "2026-2030"),
    # a level a value climbs to, not a year
    ("Der Index stieg bis 2050 Punkte.", None),
])
def test_the_year_a_plan_is_to_be_reached_by(text: str, expected: str | None) -> None:
    assert period_of_text(text, "de") == expected


def test_a_target_by_a_year_takes_that_year_not_the_outlook_before(
        extractor: Extractor) -> None:
    body = ("Für 2026 rechnet RWE mit einem Gewinn je Aktie von 1,80 Euro. "
            "Bis 2030 soll das Ergebnis je Aktie von RWE auf rund 3 Euro steigen.")
    x = dated(extractor, body, date(2026, 11, 12))
    assert period_of(x, "EarningsPerShare", "3") == "2030"
    assert period_of(x, "EarningsPerShare", "1.80") == "2026"


@pytest.mark.parametrize(("body", "metric", "value", "expected"), [
    ("BASF also plans to buy back as much as €2 billion of shares through 2028.",
     "ShareBuyback", "2000000000", "2028"),
    ("BASF expects to spend about 600 million euros a year on capital expenditure "
     "through 2028.", "CapitalExpenditure", "600000000", "2028"),
    ("BASF expects annualized revenue of $7 billion by the end of 2027.",
     "Revenue", "7000000000", "2027"),
])
def test_an_amount_takes_the_year_it_is_to_be_reached_by(
        extractor: Extractor, body: str, metric: str, value: str, expected: str) -> None:
    x = english(extractor, body, date(2026, 11, 12))
    assert period_of(x, metric, value) == expected


def test_a_deadline_bounds_only_the_amount_right_before_it(extractor: Extractor) -> None:
    """Look-alikes: a number after the deadline, or one with another number
    between, is not the plan's."""
    body = ("BASF plans to buy back €2 billion of shares through 2028 and raised its "
            "dividend to €1.85 per share. The startup Helsing has 140 employees and "
            "expects revenue of $250 million by the end of 2027.")
    x = english(extractor, body, date(2026, 11, 12))
    assert period_of(x, "ShareBuyback", "2000000000") == "2028"
    assert period_of(x, "Dividend", "1.85") != "2028"
    assert period_of(x, "Employees", "140") is None
@pytest.mark.parametrize(("body", "lang", "value"), [
    ("Lanxess will die Kosten senken; bis Ende 2028 sollen rund 700 Stellen wegfallen.",
     "de", "-700"),
    ("Bis 2028 will Siemens weltweit 4.000 Stellen streichen.", "de", "-4000"),
    ("Unilever said it would cut about 1,000 jobs by the end of 2027.", "en", "-1000"),
])
def test_a_cut_of_jobs_takes_no_period(extractor: Extractor, body: str, lang: str,
                                       value: str) -> None:
    x = dated(extractor, body, date(2026, 11, 12), lang=lang)
    assert period_of(x, "Employees", value) is None


def test_a_headcount_keeps_its_period(extractor: Extractor) -> None:
    """Look-alike: a workforce at a stated date is no cut, and keeps it."""
    body = "At the end of the first half of 2026, Unilever employed 21,340 people."
    x = english(extractor, body, date(2026, 8, 10))
    assert period_of(x, "Employees", "21340") == "H1 2026"




@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ausgeliefert wurden in den neun Monaten 212.500 Fahrzeuge.", "de", "9M"),
    ("Unter dem Strich stand für die neun Monate ein Verlust von 112 Millionen Euro.",
     "de", "9M"),
    ("Revenue doubled to $1.14 billion in the nine months ended Sept. 30.", "en", "9M"),
    ("For the six months, revenue rose to $2 billion.", "en", "H1"),
    # a span after an event, a quarter that could be any, a span back from now
    ("In den neun Monaten nach der Übernahme stieg der Umsatz.", "de", None),
    ("Revenue rose 4% in the nine months since the takeover.", "en", None),
    ("Revenue rose 4% in the three months.", "en", None),
    ("Der Umsatz stieg in den vergangenen zwölf Monaten.", "de", "12 months"),
])
def test_the_first_months_without_first(text: str, lang: str, expected: str | None) -> None:
    assert period_of_text(text, lang) == expected


def test_the_nine_months_take_the_year_of_the_report(extractor: Extractor) -> None:
    body = ("Porsche hat im dritten Quartal 2026 weniger verdient. "
            "Ausgeliefert wurden in den neun Monaten 212.500 Fahrzeuge von Porsche.")
    x = dated(extractor, body, date(2026, 10, 24))
    assert any(f.value == 212500 and f.period == "9M 2026" for f in x.figures), \
        [(f.metric, f.value, f.period) for f in x.figures]


def test_a_count_since_the_start_of_the_year_in_a_monthly_report_takes_the_year(
        extractor: Extractor) -> None:
    body = ("BYD hat im November 480.000 Autos ausgeliefert. Seit Jahresbeginn summieren sich "
            "die Auslieferungen von BYD auf rund 4,6 Millionen Fahrzeuge.")
    x = dated(extractor, body, date(2026, 12, 2),
              headline="BYD liefert im November mehr Autos aus")
    assert any(f.value == 4600000 and f.period == "2026" for f in x.figures), \
        [(f.metric, f.value, f.period) for f in x.figures]


def test_a_count_since_the_start_of_the_year_elsewhere_takes_none(
        extractor: Extractor) -> None:
    """Look-alike: outside a monthly report the span dates no count."""
    body = ("Die App von BYD wurde seit Jahresbeginn weltweit mehr als 150 Millionen Mal "
            "heruntergeladen.")
    x = dated(extractor, body, date(2026, 12, 2))
    assert all(f.period is None for f in x.figures if f.value == 150000000)


def test_a_price_beside_a_move_since_the_start_of_the_year_takes_none(
        extractor: Extractor) -> None:
    """Look-alike: the span is the move's; the price stands at a moment."""
    body = "Die Aktie von BASF hat seit Jahresbeginn 46 Prozent zugelegt und schloss bei 71,20 Euro."
    x = dated(extractor, body, date(2026, 12, 2))
    assert period_of(x, "SharePrice", "71.20") is None


def test_a_period_after_nach_and_a_number_is_that_numbers(extractor: Extractor) -> None:
    body = ("Shell hat im dritten Quartal 2026 weniger verdient. Die Raffineriemarge von Shell "
            "fiel auf 6,20 Dollar je Barrel, nach 7,90 Dollar im zweiten Quartal.")
    x = dated(extractor, body, date(2026, 10, 30))
    assert period_of(x, "Other", "6.20") == "Q3 2026"
    assert period_of(x, "Other", "7.90") == "Q2 2026"


def test_a_period_of_its_own_clause_stays(extractor: Extractor) -> None:
    """Look-alike: a quarter the number's own clause names is its period."""
    body = ("Shell hat im dritten Quartal 2026 weniger verdient. Die Raffineriemarge von Shell "
            "fiel im zweiten Quartal auf 6,20 Dollar je Barrel.")
    x = dated(extractor, body, date(2026, 10, 30))
    assert period_of(x, "Other", "6.20") == "Q2 2026"


def test_a_compared_numbers_period_is_its_own_without_a_known_report(
        extractor: Extractor) -> None:
    """No period in the lead: the quarter after the compared number still
    dates that number only, not the one before it."""
    lead = "Shell sieht eine starke Nachfrage. " * 6
    body = lead + ("Die Raffineriemarge von Shell fiel auf 6,20 Dollar je Barrel, nach 7,90 "
                   "Dollar im zweiten Quartal.")
    x = dated(extractor, body, date(2026, 10, 30), headline="Shell unter Druck")
    assert period_of(x, "Other", "6.20") != "Q2 2026"
    assert period_of(x, "Other", "7.90") == "Q2 2026"


def test_the_next_sentence_does_not_go_on_in_a_compared_numbers_period(
        extractor: Extractor) -> None:
    body = ("Lloyds reported a rise in profit in the three months to September 30. "
            "Pretax profit at Lloyds rose 14% to 1.84 billion pounds. "
            "The net interest margin of Lloyds widened to 3.05% from 2.94% in the second "
            "quarter. Impairment charges at Lloyds fell to 310 million pounds.")
    x = english(extractor, body, date(2026, 10, 29))
    assert period_of(x, "Other", "310000000") != "Q2 2026"


def test_the_next_sentence_goes_on_in_a_stated_period(extractor: Extractor) -> None:
    """Look-alike: a quarter the sentence before states for its own number."""
    body = ("Lloyds reported a rise in profit in the three months to September 30. "
            "Pretax profit at Lloyds rose 14% to 1.84 billion pounds. "
            "In the second quarter, the net interest margin of Lloyds widened to 3.05%. "
            "Impairment charges at Lloyds fell to 310 million pounds.")
    x = english(extractor, body, date(2026, 10, 29))
    assert period_of(x, "Other", "310000000") == "Q2 2026"


@pytest.mark.parametrize(("text", "expected"), [
    ("For the full year, BASF now expects revenue to grow 6% to 7%.", "full year"),
    ("In the current fiscal year, BASF expects revenue to grow 6%.", "current fiscal year"),
    ("BASF expects revenue to grow 6% for the full year.", "full year"),
])
def test_the_year_in_words_at_the_start_of_a_sentence(text: str, expected: str) -> None:
    assert period_of_text(text, "en") == expected
