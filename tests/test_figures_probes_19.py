"""Figures of dividends and their yields: an amount per share, or one paid, with
no word of its own in a sentence that tells of a dividend ("Für 2026 stellt das
Management 2 Euro je Aktie in Aussicht" after "Dividendenrendite"; "pays 40 cents
a share each quarter") is the dividend, no earnings per share, share price or
investment; a yield ("Rendite", "yields 2%") is a figure of its own, no move of
the share. Each rule on sentences written for the test, with look-alikes that
must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- an amount per share with no word of its own, in a dividend's sentence --------------------

def test_an_amount_per_share_after_a_dividend_yield_is_the_dividend(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Telekom lockt mit einer Dividendenrendite von 3,5 Prozent. "
                    "Für 2026 stellt der Vorstand 0,95 Euro je Aktie in Aussicht.",
                    headline="Dividendenwerte")
    assert facts(x, "Dividend") == {("Deutsche Telekom", Decimal("0.95"))}
    assert facts(x, "EarningsPerShare") == set()
    assert facts(x, "Other") == {("Deutsche Telekom", Decimal("3.5"))}


def test_an_amount_paid_per_share_beside_a_yield_is_the_dividend(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Versorger E.on zahlt für 2026 voraussichtlich 0,57 Euro je "
                    "Aktie, die Rendite liegt bei 4,1 Prozent.", headline="Versorger im Check")
    assert facts(x, "Dividend") == {("E.ON", Decimal("0.57"))}
    assert facts(x, "SharePrice") == set()
    assert facts(x, "Other") == {("E.ON", Decimal("4.1"))}


def test_a_small_amount_paid_after_a_dividend_is_the_dividend(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Telekom lockt mit einer Dividendenrendite von 3,5 Prozent. "
                    "Für 2026 stellt der Vorstand 0,95 Euro je Aktie in Aussicht. Konkurrent "
                    "Vodafone zahlt dagegen nur 4 Cent.", headline="Dividendenwerte")
    assert ("Vodafone", Decimal("0.04")) in facts(x, "Dividend")
    assert facts(x, "Investment") == set()


def test_an_amount_paid_each_quarter_is_the_dividend(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Coca-Cola pays 53 cents a share every quarter.", lang="en",
                    headline="Income stocks")
    assert facts(x, "Dividend") == {("Coca-Cola", Decimal("0.53"))}
    assert facts(x, "EarningsPerShare") == set()
    x = helpers.run(extractor, "PepsiCo said earnings per share rose 6% to $2.40. The company "
                    "pays $1.42 per share each quarter.", lang="en", headline="Income stocks")
    assert facts(x, "Dividend") == {("PepsiCo", Decimal("1.42"))}
    assert facts(x, "EarningsPerShare") == {("PepsiCo", Decimal("2.40"))}


def test_named_earnings_per_share_stay_beside_a_dividend(extractor: Extractor) -> None:
    # look-alike: the word names earnings; the dividend is told of elsewhere in the sentence
    x = helpers.run(extractor, "BASF: Der Gewinn je Aktie lag bei 3,40 Euro; die Dividende soll "
                    "steigen.", headline="Chemie")
    assert facts(x, "EarningsPerShare") == {("BASF", Decimal("3.40"))}
    assert facts(x, "Dividend") == set()
    x = helpers.run(extractor, "Pfizer earned 82 cents a share; its dividend is expected to rise.",
                    lang="en", headline="Pharma")
    assert facts(x, "EarningsPerShare") == {("Pfizer", Decimal("0.82"))}
    assert facts(x, "Dividend") == set()


def test_a_share_price_in_a_dividend_sentence_stays(extractor: Extractor) -> None:
    # look-alike: the price the share trades at, not per share paid out
    x = helpers.run(extractor, "Die BASF-Aktie notiert bei 46,10 Euro, die Dividendenrendite "
                    "beträgt 4,9 Prozent.", headline="Chemie")
    assert facts(x, "SharePrice") == {("BASF", Decimal("46.10"))}
    assert facts(x, "Dividend") == set()


def test_an_amount_per_share_paid_for_another_company_is_no_dividend(
        extractor: Extractor) -> None:
    # look-alike: an offer "for" a company, though the sentence names a dividend yield
    x = helpers.run(extractor, "Pfizer pays $41 a share for Seagen, and its dividend yield is "
                    "5%.", lang="en", headline="Pharma deal")
    assert facts(x, "Dividend") == set()


def test_an_amount_paid_with_no_dividend_told_is_no_dividend(extractor: Extractor) -> None:
    # look-alike: the same words with no dividend before them
    x = helpers.run(extractor, "Der Autobauer BMW steigerte den Absatz. Konkurrent Audi zahlt "
                    "dagegen nur 4 Cent.", headline="Autowerte")
    assert facts(x, "Dividend") == set()


# --- a yield is a figure of its own, no move of the share ----------------------------------------

def test_a_dividend_yield_is_no_share_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "AbbVie raised its quarterly dividend to $1.70 per share, giving "
                    "the stock a yield of 3.5%.", lang="en", headline="Drugmakers")
    assert facts(x, "StockPriceChange") == set()
    assert facts(x, "Other") == {("AbbVie", Decimal("3.5"))}
    assert facts(x, "Dividend") == {("AbbVie", Decimal("1.70"))}
    x = helpers.run(extractor, "Microsoft yields only 0.9%, but it keeps raising its dividend.",
                    lang="en", headline="Software")
    assert facts(x, "Other") == {("Microsoft", Decimal("0.9"))}


def test_a_bond_yield_is_no_company_figure(extractor: Extractor) -> None:
    # look-alike: the yield of a bond, beside a share's move
    x = helpers.run(extractor, "Treasury yields rose to 4.6%, and Apple shares fell 3%.",
                    lang="en", headline="Markets")
    assert facts(x, "Other") == set()
    assert facts(x, "StockPriceChange") == {("Apple", Decimal(-3))}
    x = helpers.run(extractor, "Die Rendite der zehnjährigen Bundesanleihe stieg auf 2,7 Prozent.",
                    headline="Anleihen")
    assert helpers.figure_facts(x) == set()
