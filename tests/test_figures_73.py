"""Figures the contract files as `Other`, on families of construction that hold in any
article, on sentences written for these tests (catalogued companies, invented figures): an
order named by a compound ("einen Munitionsauftrag … im Wert von", "ein Rahmenvertrag über bis
zu") and an English order or contract named right after its amount ("won a £1.6 billion
order", "a 3 billion euro ammunition order") are the value of what the company won; an amount
right before "sparen" is what a plan saves; a bank's or fund manager's size ("which has about
$9.5 billion in assets") is its holding. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers import run

from kg.nlp.extract import Extractor


def others(extractor: Extractor, body: str, lang: str) -> set[tuple[str, Decimal | None, str]]:
    """Each `Other` figure of ``body`` as (about, value, unit)."""
    x = run(extractor, body, lang, headline="Marktbericht" if lang == "de" else "Market report")
    return {(f.about, f.value, f.unit) for f in x.figures if f.metric == "Other"}


# --- a German order named by a compound ------------------------------------------------


def test_compound_order_noun_names_the_order_value(extractor: Extractor) -> None:
    assert ("Rheinmetall", Decimal("2300000000"), "EUR") in others(
        extractor, "Rheinmetall hat einen Munitionsauftrag der Bundeswehr im Wert von rund "
        "2,3 Milliarden Euro erhalten.", "de")


def test_framework_contract_names_the_order_value(extractor: Extractor) -> None:
    assert ("Hensoldt", Decimal("750000000"), "EUR") in others(
        extractor, "Hensoldt hat mit der Bundeswehr einen Rahmenvertrag über bis zu 750 Millionen "
        "Euro abgeschlossen.", "de")


def test_buy_order_or_purchase_contract_is_no_order_won(extractor: Extractor) -> None:
    """Look-alike: a buy order of shares and a purchase contract are no order a company won."""
    assert others(extractor, "BASF hat einen Kaufauftrag über 4 Millionen Euro erteilt.", "de") == set()
    assert others(extractor, "Siemens hat mit Airbus einen Kaufvertrag über 2 Milliarden Euro "
                  "unterzeichnet.", "de") == set()


def test_amount_a_plan_saves_is_the_savers(extractor: Extractor) -> None:
    assert ("Evonik Industries", Decimal("250000000"), "EUR") in others(
        extractor, "Evonik will seine Verwaltung verkleinern und dadurch jährlich 250 Millionen "
        "Euro sparen.", "de")


def test_saving_the_trouble_of_a_purchase_saves_no_amount(extractor: Extractor) -> None:
    """Look-alike: "sparen" not right after the amount saves none of it."""
    assert others(extractor, "Die Anleger sparten sich den Kauf von Evonik-Aktien für 250 "
                  "Millionen Euro.", "de") == set()


def test_product_serviced_under_a_framework_contract_wins_no_order(extractor: Extractor) -> None:
    """Look-alike: the product a contract services is named in it, but did not win it."""
    assert ("Airbus A320neo", Decimal("650000000"), "EUR") not in others(
        extractor, "Der Rahmenvertrag über die Wartung der Airbus-A320neo-Flotte hat ein Volumen "
        "von rund 650 Millionen Euro.", "de")


# --- an English order or contract right after its amount --------------------------------


def test_order_right_after_its_amount_is_the_winners(extractor: Extractor) -> None:
    assert ("BAE Systems", Decimal("1700000000"), "GBP") in others(
        extractor, "BAE Systems has won a £1.7 billion order from the Ministry of Defence to "
        "upgrade armoured vehicles.", "en")


def test_order_after_amount_in_words_and_a_kind(extractor: Extractor) -> None:
    assert ("Rheinmetall", Decimal("2600000000"), "EUR") in others(
        extractor, "Rheinmetall won a 2.6 billion euro ammunition order from the Bundeswehr.", "en")


def test_contract_manufacturer_and_sell_order_are_no_orders(extractor: Extractor) -> None:
    """Look-alike: a kind of firm after the amount and a sell order of shares are no order won."""
    assert others(extractor, "Lonza, a $30 billion contract manufacturer, said profit rose.", "en") == set()
    assert others(extractor, "BlackRock placed a $5 million sell order for the shares.", "en") == set()


def test_contract_awarded_to_another_is_not_the_givers(extractor: Extractor) -> None:
    """Look-alike: the one who awards the contract did not win it."""
    assert ("Shell", Decimal("420000000"), "USD") not in others(
        extractor, "Shell awarded a $420 million contract to Transocean.", "en")


# --- a holder's assets ----------------------------------------------------------------


def test_assets_a_bank_has_are_its_holding(extractor: Extractor) -> None:
    assert ("Wells Fargo", Decimal("1700000000000"), "USD") in others(
        extractor, "Wells Fargo, which has about $1.7 trillion in assets, named a new chief "
        "executive on Tuesday.", "en")


def test_assets_sold_or_cash_paid_are_no_holding(extractor: Extractor) -> None:
    """Look-alike: assets sold and a price paid in cash are no holding."""
    assert others(extractor, "Siemens sold $2 billion in assets last year.", "en") == set()
    assert ("AbbVie", Decimal("3600000000"), "USD") not in others(
        extractor, "AbbVie has agreed to buy Vir for $3.6 billion in cash.", "en")


# --- an order's term is no period -------------------------------------------------------


def order_periods(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str | None]]:
    """Each `Other` figure of ``body``, published in December 2026, as (about, period)."""
    x = run(extractor, body, lang, headline="Marktbericht" if lang == "de" else "Market report",
            published=date(2026, 12, 1))
    return {(f.about, f.period) for f in x.figures if f.metric == "Other"}


def test_year_an_order_runs_to_is_no_period(extractor: Extractor) -> None:
    assert order_periods(extractor, "Hensoldt hat einen Rahmenvertrag über bis zu 750 Millionen Euro "
                         "erhalten, der bis 2031 läuft.", "de") == {("Hensoldt", None)}


def test_quarter_an_order_was_won_in_stays_its_period(extractor: Extractor) -> None:
    """Look-alike: the quarter the order was won in, not a later year, is its period."""
    assert order_periods(extractor, "BAE Systems won a £1.7 billion order in the third quarter of "
                         "2026.", "en") == {("BAE Systems", "Q3 2026")}
