"""Families of figures and periods, each on sentences written for the
test: a positive case and a look-alike that must not fire, or must not move the figure
to another period, status or company.

Names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Figure

run = helpers.run


def _with(figures: list[Figure], metric: str, value: str) -> list[Figure]:
    """The figures of one metric and value, whoever they are about."""
    return [f for f in figures if f.metric == metric and f.value == Decimal(value)]


# --- an outlook's value of the year before takes the year before its own -----------------------

@pytest.mark.parametrize(("body", "new", "old", "year"), [
    ("Für das Geschäftsjahr 2026 soll die Dividende der Allianz auf 1,00 Euro je Aktie steigen, "
     "nach 0,90 Euro im Vorjahr.", "1", "0.9", "2026"),
    ("Die Dividende der Allianz für 2027 soll auf 3,40 Euro je Aktie steigen, nach 3,00 Euro im "
     "Vorjahr.", "3.4", "3", "2027"),
])
def test_outlook_prior_year_value_is_the_year_before(extractor: Extractor, body: str, new: str,
                                                      old: str, year: str) -> None:
    x = run(extractor, body, headline="Allianz")
    [current] = _with(x.figures, "Dividend", new)
    [before] = _with(x.figures, "Dividend", old)
    assert current.about == before.about == "Allianz"
    assert current.period == year
    assert before.period == str(int(year) - 1)
    assert before.status == "Reported"


def test_outlook_without_prior_words_keeps_its_year(extractor: Extractor) -> None:
    """Two values of one outlook with no words of the year before share the year."""
    body = ("Für das Geschäftsjahr 2026 soll die Dividende der Allianz zwischen 1,00 Euro und "
            "1,10 Euro je Aktie liegen.")
    x = run(extractor, body, headline="Allianz")
    assert all(f.period == "2026" for f in x.figures if f.metric == "Dividend")
    assert not any(f.period == "2025" for f in x.figures)


def test_house_forecast_prior_year_value_is_reported_by_no_house(extractor: Extractor) -> None:
    """The value of the year before in a house's forecast is what was reported then: the
    year before, and no estimate of the house; the forecast itself stays the house's."""
    body = ("Die Analysten von Jefferies erwarten für 2026 eine Dividende der Allianz von "
            "1,10 Euro je Aktie, nach 0,90 Euro im Vorjahr.")
    x = run(extractor, body, headline="Allianz")
    [forecast] = _with(x.figures, "Dividend", "1.1")
    [before] = _with(x.figures, "Dividend", "0.9")
    assert (forecast.period, forecast.estimated_by) == ("2026", "Jefferies")
    assert (before.period, before.estimated_by, before.status) == ("2025", None, "Reported")


# --- "Statt X rechnet der Konzern nun mit Y": Y the outlook, X the one it replaces --------------

def test_replaced_outlook_is_previous_and_new_one_current(extractor: Extractor) -> None:
    body = ("BASF senkt die Prognose. Statt 2,3 Milliarden Euro Umsatz rechnet der Konzern nun "
            "mit 2,1 Milliarden.")
    x = run(extractor, body, headline="BASF")
    [new] = _with(x.figures, "Revenue", "2100000000")
    assert (new.about, new.unit, new.status) == ("BASF", "EUR", "Guidance")
    assert all(f.status == "Previous" for f in _with(x.figures, "Revenue", "2300000000"))


def test_replaced_value_does_not_swallow_the_named_new_one(extractor: Extractor) -> None:
    """The new value after "einem Umsatz von" is no old value of the replaced one before."""
    body = ("BASF senkt die Prognose. Statt 2,3 Milliarden Euro rechnet BASF nun mit einem "
            "Umsatz von 2,1 Milliarden Euro.")
    x = run(extractor, body, headline="BASF")
    [new] = _with(x.figures, "Revenue", "2100000000")
    assert new.status != "Previous"
    assert not any(f.status != "Previous" for f in _with(x.figures, "Revenue", "2300000000"))


def test_number_counting_another_noun_is_no_new_outlook(extractor: Extractor) -> None:
    """After a replaced amount, a number that counts something ("Kunden") is no amount."""
    body = ("BASF senkt die Prognose. Statt 2,3 Milliarden Euro Umsatz rechnet der Konzern nun "
            "mit 2,1 Milliarden Kunden.")
    x = run(extractor, body, headline="BASF")
    assert not any(f.unit == "EUR" and f.value == Decimal("2100000000") for f in x.figures)


def test_statt_inside_a_word_replaces_nothing(extractor: Extractor) -> None:
    """ "Stattliche 2,3 Milliarden Euro" are no replaced value."""
    body = "BASF meldete einen Umsatz von stattlichen 2,3 Milliarden Euro."
    x = run(extractor, body, headline="BASF")
    [figure] = _with(x.figures, "Revenue", "2300000000")
    assert figure.status != "Previous"


# --- cash at hand ("liquide Mittel") is an amount the contract files as Other -------------------

@pytest.mark.parametrize("body", [
    "Mit liquiden Mitteln von 16,2 Milliarden Euro sei die Forschung bei BioNTech finanziert.",
    "BioNTech verfügt über flüssige Mittel in Höhe von 16,2 Mrd. Euro.",
])
def test_cash_at_hand_is_other(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, headline="BioNTech")
    [figure] = _with(x.figures, "Other", "16200000000")
    assert (figure.about, figure.unit) == ("BioNTech", "EUR")


def test_year_beside_cash_is_no_count(extractor: Extractor) -> None:
    """ "bis weit über 2028 hinaus" is a year, no count of the cash words."""
    body = ("Mit liquiden Mitteln von 16,2 Milliarden Euro sei die Forschung von BioNTech bis weit "
            "über 2028 hinaus finanziert.")
    x = run(extractor, body, headline="BioNTech")
    assert not any(f.unit == "Count" for f in x.figures)


def test_means_without_liquid_are_no_cash(extractor: Extractor) -> None:
    """ "mit Mitteln von 2 Milliarden Euro" is money spent, not cash at hand."""
    body = "BioNTech will mit Mitteln von 2 Milliarden Euro ein Werk bauen."
    x = run(extractor, body, headline="BioNTech")
    assert not _with(x.figures, "Other", "2000000000")


# --- an order's value is the supplier's, never the client's that orders -------------------------

@pytest.mark.parametrize(("body", "lang", "headline"), [
    ("Der Rüstungskonzern Rheinmetall hat einen Großauftrag erhalten. Die Bundeswehr bestellt 340 "
     "Schützenpanzer im Wert von 7,8 Milliarden Euro, wie der Konzern mitteilte.",
     "de", "Rheinmetall erhält Auftrag"),
    ("SNCF orders 340 trains worth €7.8 billion from Alstom.", "en", "Alstom wins order"),
])
def test_ordered_value_is_the_suppliers(extractor: Extractor, body: str, lang: str,
                                        headline: str) -> None:
    x = run(extractor, body, lang=lang, headline=headline)
    [figure] = _with(x.figures, "Other", "7800000000")
    assert figure.about in ("Rheinmetall", "Alstom")
    assert (figure.unit, figure.status) == ("EUR", "Reported")


@pytest.mark.parametrize(("body", "lang", "client"), [
    ("Die Lufthansa bestellt 20 Flugzeuge im Wert von 3 Milliarden Euro.", "de", "Lufthansa"),
    ("SNCF ordered 340 trains worth €7.8 billion.", "en", "SNCF"),
])
def test_the_client_that_orders_gets_no_order_value(extractor: Extractor, body: str, lang: str,
                                                    client: str) -> None:
    """With no supplier named, the value is nobody's: never the client's."""
    x = run(extractor, body, lang=lang, headline="Marktbericht")
    assert not any(f.about is not None and client in f.about and f.unit == "EUR"
                   for f in x.figures)


# --- "this fiscal year" is the year the company counts, not the quarter the article reports ------

def test_this_fiscal_year_is_the_year_not_the_quarter(extractor: Extractor) -> None:
    body = ("Sony reported an operating profit of 420 billion yen in its fiscal second quarter. "
            "Sony expects tariffs to cost it 100 billion yen this fiscal year.")
    article = make_article(text=f"Sony\n{body}", source="test", article_id="t", lang="en",
                           published=date(2026, 11, 12))
    x = extractor.extract(article)
    [cost] = [f for f in x.figures if f.value is not None and abs(f.value) == Decimal("100000000000")]
    assert cost.period is not None and cost.period.startswith("FY")


def test_quarter_of_this_fiscal_year_stays_the_quarter(extractor: Extractor) -> None:
    """ "the quarter" told with no words of the year keeps the quarter the article reports."""
    body = ("Sony reported an operating profit of 420 billion yen in its fiscal second quarter, "
            "when revenue rose 5%.")
    x = run(extractor, body, lang="en", headline="Sony")
    [profit] = _with(x.figures, "Profit", "420000000000")
    assert profit.period is not None and profit.period.startswith("Q2")


def test_order_noun_leaves_the_backlog_its_owner(extractor: Extractor) -> None:
    """ "Mit der Bestellung steigt der Auftragsbestand von Hensoldt": the backlog is
    Hensoldt's; "von" names no client there."""
    body = ("Mit der Bestellung steigt der Auftragsbestand von Hensoldt auf mehr als 8,6 "
            "Milliarden Euro.")
    x = run(extractor, body, headline="Hensoldt")
    [figure] = _with(x.figures, "Other", "8600000000")
    assert figure.about == "Hensoldt"


# --- a topic before a colon ("beim Umsatz …:") names the numbers after it -----------------------

def test_topic_before_colon_names_the_outlook_after_it(extractor: Extractor) -> None:
    body = ("BASF senkt die Prognose. Auch beim Umsatz wird BASF vorsichtiger: Statt 2,3 "
            "Milliarden Euro rechnet das Management nun mit rund 2,1 Milliarden Euro.")
    x = run(extractor, body, headline="BASF")
    [new] = _with(x.figures, "Revenue", "2100000000")
    assert (new.about, new.qualifier) == ("BASF", "Approximately")
    assert new.status != "Previous"
    assert all(f.status == "Previous" for f in _with(x.figures, "Revenue", "2300000000"))


def test_colon_after_a_number_still_ends_the_clause(extractor: Extractor) -> None:
    """A colon after a clause that told a number of its own is no topic's: the revenue word
    before it does not name the share move after it."""
    body = "Beim Umsatz meldete BASF 2 Prozent mehr: Die Aktie stieg um 3 Prozent."
    x = run(extractor, body, headline="BASF")
    assert not _with(x.figures, "RevenueGrowth", "3")


# --- a dividend is for the year ended, never the year an outlook before it speaks of ------------

def test_dividend_after_an_outlook_takes_no_outlook_year(extractor: Extractor) -> None:
    body = ("Für 2027 peilt Infineon eine Marge von 20 Prozent an. Die Aktionäre sollen eine "
            "Dividende von 0,40 Euro je Aktie erhalten.")
    x = run(extractor, body, headline="Infineon")
    [margin] = _with(x.figures, "Other", "20")
    [dividend] = _with(x.figures, "Dividend", "0.4")
    assert margin.period == "2027"
    assert dividend.period != "2027"


@pytest.mark.parametrize(("body", "value", "year"), [
    # results of the year ended, then an outlook for the new one: the year ended's
    ("Infineon hat im Geschäftsjahr 2025/26 einen Umsatz von 15 Milliarden Euro erzielt. Für "
     "das neue Geschäftsjahr 2026/27 stellt Infineon einen Umsatz von rund 17 Milliarden Euro "
     "in Aussicht. Die Aktionäre sollen eine Dividende von 0,40 Euro je Aktie erhalten.",
     "0.4", "FY2025/26"),
    # the dividend's own sentence names its year (Infineon's fiscal year, ending in September)
    ("Für 2027 peilt Infineon eine Marge von 20 Prozent an. Für das Geschäftsjahr 2026 sollen "
     "die Aktionäre eine Dividende von 0,40 Euro je Aktie erhalten.", "0.4", "FY2026"),
    # an outlook for the year the article reports is the year the dividend is paid for
    ("LEG Immobilien verdiente in den ersten neun Monaten 2026 operativ 371 Millionen Euro. "
     "Für 2026 bekräftigte LEG die Prognose eines FFO I zwischen 480 und 500 Millionen Euro. "
     "Die Dividende soll bei 2,70 Euro je Aktie liegen.", "2.7", "2026"),
])
def test_dividend_takes_the_year_it_is_paid_for(extractor: Extractor, body: str, value: str,
                                               year: str) -> None:
    x = run(extractor, body, headline="Dividende")
    [dividend] = _with(x.figures, "Dividend", value)
    assert dividend.period == year
