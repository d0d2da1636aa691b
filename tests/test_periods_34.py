"""The periods of figures that a nearby period must not date: the quarter of
an outlook in the sentence before ("guided for fourth-quarter revenue of ….
Gross margin held at 75%") is no period of what the company reports next; a
year stated only after the number, beyond a comma that opens the next phrase
("reaches 90 million users, and it expects ad revenue to double in 2027"),
is that phrase's. A relative clause after the comma still speaks of the
number's thing ("ein Rückkauf …, der bis Ende 2028 laufen soll").

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_figures_periods import dated
from test_periods_29 import english, period_of

from kg.nlp.extract import Extractor
from kg.records import Extraction

_NOV = date(2026, 11, 20)

_RESULTS = ("Nvidia reported third-quarter results on Wednesday. Revenue rose 20% to "
            "$30 billion in the third quarter. ")


@pytest.mark.parametrize(("before", "expected"), [
    # an outlook's quarter: the margin is the reported quarter's
    ("Management guided for fourth-quarter revenue of about $33 billion. ", "Q3 2026"),
    ("The company forecast fourth-quarter revenue of about $33 billion. ", "Q3 2026"),
    # look-alike: a quarter reported in the sentence before goes on
    ("Revenue in the second quarter had been $25 billion. ", "Q2 2026"),
])
def test_an_outlook_quarter_does_not_date_the_next_reported_figure(
        extractor: Extractor, before: str, expected: str) -> None:
    x = english(extractor, _RESULTS + before + "Gross margin held steady at 74%.", _NOV)
    assert period_of(x, "Other", "74") == expected


def test_a_year_of_the_next_phrase_does_not_date_the_number(extractor: Extractor) -> None:
    body = ("Netflix said its ad-supported plan now reaches more than 90 million monthly "
            "active users, and it expects advertising revenue to double in 2027.")
    x = english(extractor, body, _NOV)
    assert period_of(x, "Users", "90000000") is None


def test_a_year_in_the_same_phrase_still_dates_the_number(extractor: Extractor) -> None:
    body = "Netflix expects more than 90 million monthly active users in 2027."
    x = english(extractor, body, _NOV)
    assert period_of(x, "Users", "90000000") == "2027"


def test_a_deadline_in_a_relative_clause_of_the_number_dates_it(extractor: Extractor) -> None:
    body = ("Die Deutsche Telekom kündigte einen Aktienrückkauf von bis zu 3 Milliarden Euro "
            "an, der bis Ende 2028 laufen soll.")
    x = dated(extractor, body, _NOV, lang="de")
    assert period_of(x, "ShareBuyback", "3000000000") == "2028"


@pytest.mark.parametrize(("body", "expected"), [
    # the year as the adjective of the spending: that year's budget, not a month's
    ("TSMC last month narrowed its 2026 capital expenditure budget to a range of "
     "$40 billion to $42 billion.", "2026"),
    ("TSMC said its 2027 capex would be $48 billion to $50 billion.", "2027"),
])
def test_the_year_before_capital_expenditure_dates_it(extractor: Extractor, body: str,
                                                      expected: str) -> None:
    x = english(extractor, body, _NOV)
    found = [f for f in x.figures if f.metric == "CapitalExpenditure"]
    assert [f.period for f in found] == [expected]


@pytest.mark.parametrize(("body", "value", "expected"), [
    # the verb before its subject, the year after it: the statement's year
    ("Im Ausland will der Konzern 2027 mehr als 900.000 Autos verkaufen.", "900000", "2027"),
    ("Beim Umsatz will es 2028 rund 2 Milliarden Euro erreichen.", "2000000000", "2028"),
])
def test_a_year_after_the_inverted_subject_dates_the_figure(extractor: Extractor, body: str,
                                                           value: str, expected: str) -> None:
    x = dated(extractor, "BYD setzte im November mehr Autos ab. " + body, _NOV, lang="de")
    assert [f.period for f in x.figures if f.value == Decimal(value)] == [expected]


def test_the_first_year_of_a_span_after_the_subject_is_not_the_period(
        extractor: Extractor) -> None:
    body = "Im Ausland will der Konzern 2027 bis 2029 jährlich 900.000 Autos verkaufen."
    x = dated(extractor, "BYD setzte im November mehr Autos ab. " + body, _NOV, lang="de")
    assert all(f.period != "2027" for f in x.figures)


@pytest.mark.parametrize(("body", "expected"), [
    # the whole year after "for": that year
    ("ASML kept its forecast for full-year 2026 sales growth of around 15%.", "2026"),
    ("ASML expects sales growth of around 15% for full year 2027.", "2027"),
])
def test_a_full_year_after_for_dates_the_outlook(extractor: Extractor, body: str,
                                                 expected: str) -> None:
    x = english(extractor, body, _NOV)
    assert period_of(x, "RevenueGrowth", "15") == expected


_RANGE = " Der Umsatz soll nun zwischen 500 und 520 Millionen Euro liegen."


def _range_period(x: Extraction) -> list[str | None]:
    return [f.period for f in x.figures
            if f.metric == "Revenue" and f.min_value == Decimal("500000000")]


def test_the_year_after_the_outlook_word_dates_the_outlook_that_goes_on(
        extractor: Extractor) -> None:
    body = ("Auf Basis der Zahlen für die ersten neun Monate hebt der Vorstand von Dürr die "
            "Prognose für das Geschäftsjahr 2026 an." + _RANGE)
    assert _range_period(dated(extractor, body, _NOV, lang="de")) == ["2026"]


def test_a_year_not_after_the_outlook_word_does_not_date_it(extractor: Extractor) -> None:
    body = ("Auf Basis der Zahlen für die ersten neun Monate hebt der Vorstand von Dürr die "
            "Prognose an, die er im Frühjahr 2026 gesenkt hatte." + _RANGE)
    assert _range_period(dated(extractor, body, _NOV, lang="de")) != ["2026"]
