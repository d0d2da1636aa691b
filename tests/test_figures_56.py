"""Figures after an apposition to the company that opens the sentence, and earlier values
after a per-share aside, on sentences written for the test.

Names are real companies, facts invented. An apposition set off by commas after the
opening name ("Exor, the family's holding company which owns 24% of Ferrari, slipped
1.9%") describes that name: the verb after it and its number are the name's, a name or a
percentage inside it is neither the subject nor a move. A company noun built on a stake
word ("holding company", "Beteiligungsgesellschaft") is no stake. An earlier value after
"or $5.31 per share" in the unit of the figure before the aside is that figure's, of the
period before.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor
from kg.records import Extraction

moves = helpers.metric_facts


def _moves(extractor: Extractor, body: str, lang: str) -> set[tuple[str, Decimal | None]]:
    """The share moves of ``body`` after an opening move of Ferrari's shares."""
    opening = ("Die Aktien von Ferrari fielen in Mailand um 4 Prozent. " if lang == "de"
               else "Shares of Ferrari fell 4% in Milan. ")
    x = helpers.run_in(extractor, opening + body, lang)
    return moves(x, "StockPriceChange") - {("Ferrari", Decimal(-4))}


# --- a name inside the apposition is no subject ---------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Exor, the Agnelli family's investment company which owns about 24% of Ferrari, "
           "slipped 1.9%."),
    ("en", "Exor, the largest shareholder of Ferrari with about 24%, slipped 1.9%."),
    ("de", "Exor, der Großaktionär von Ferrari, verlor 1,9 Prozent."),
    ("de", "Exor, die Holding der Agnelli-Familie mit rund 24 Prozent an Ferrari, verlor "
           "1,9 Prozent."),
])
def test_move_after_apposition_is_the_opening_names(extractor: Extractor, lang: str,
                                                    body: str) -> None:
    # neither the company named inside the apposition nor the stake there moved
    assert _moves(extractor, body, lang) == {("Exor", Decimal("-1.9"))}


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Exor, the holding company, said Ferrari slipped 1.9%."),
    ("de", "Exor, der Großaktionär, sagte, Ferrari habe 1,9 Prozent verloren."),
])
def test_name_after_apposition_keeps_its_move(extractor: Extractor, lang: str, body: str) -> None:
    # the name stands after the apposition, as the subject of the move it tells
    assert _moves(extractor, body, lang) == {("Ferrari", Decimal("-1.9"))}


def test_index_in_apposition_to_a_place_keeps_its_move(extractor: Extractor) -> None:
    # the opening name is no company: the apposition names the index that moved
    x = helpers.run_in(extractor, "Der Leitindex der Eurozone, der EuroStoxx 50, legte 0,2 "
                                  "Prozent auf 5.788 Punkte zu.", "de")
    assert ("Euro Stoxx 50", Decimal("0.2")) in moves(x, "StockPriceChange")


def test_unit_after_apposition_keeps_its_count(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Kia, an affiliate of Hyundai Motor, sold 52,480 vehicles "
                                  "in November.", "en")
    assert moves(x, "Other") == {("Kia", Decimal(52480))}


# --- a company noun built on a stake word is no stake ---------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Exor, the holding company, slipped 1.9%."),
    ("de", "Exor, die Beteiligungsgesellschaft der Familie Agnelli, verlor 1,9 Prozent."),
    ("de", "Exor, die Beteiligungsholding der Familie Agnelli, verlor 1,9 Prozent."),
])
def test_holding_company_is_no_stake(extractor: Extractor, lang: str, body: str) -> None:
    assert _moves(extractor, body, lang) == {("Exor", Decimal("-1.9"))}


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Exor sold shares, cutting its holding to 3.1% from 4.2%."),
    ("de", "Exor verkaufte Aktien und senkte seine Beteiligung auf 3,1 Prozent."),
])
def test_stake_stays_a_stake(extractor: Extractor, lang: str, body: str) -> None:
    # the holding's size after a sale: no move of anyone's share
    assert _moves(extractor, body, lang) == set()


# --- an earlier value after the per-share aside ---------------------------------

def _values(x: Extraction, metric: str) -> dict[Decimal | None, str | None]:
    """The values of ``metric`` with their periods."""
    return {f.value: f.period for f in x.figures if f.metric == metric}


def test_earlier_value_after_per_share_aside_en(extractor: Extractor) -> None:
    x = helpers.run(extractor, "JPMorgan said its fourth-quarter net income climbed to $15.2 "
                               "billion, or $5.31 per share, from $14.0 billion a year earlier.",
                    "en", headline="JPMorgan profit rises")
    profits = _values(x, "Profit")
    assert set(profits) == {Decimal(15200000000), Decimal(14000000000)}
    # the earlier one is of the year before, the per-share amount stays the quarter's
    assert profits[Decimal(14000000000)] != profits[Decimal(15200000000)]
    assert set(_values(x, "EarningsPerShare")) == {Decimal("5.31")}


def test_earlier_value_after_per_share_aside_de(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Gewinn der Allianz stieg im dritten Quartal auf 2,6 "
                               "Milliarden Euro oder 6,70 Euro je Aktie, nach 2,4 Milliarden Euro "
                               "ein Jahr zuvor.", "de", headline="Allianz verdient mehr")
    profits = _values(x, "Profit")
    assert set(profits) == {Decimal(2600000000), Decimal(2400000000)}
    assert profits[Decimal(2400000000)] != profits[Decimal(2600000000)]


def test_earlier_per_share_value_stays_per_share(extractor: Extractor) -> None:
    # the earlier value in the unit of the aside is the aside's, not the profit's
    x = helpers.run(extractor, "JPMorgan said its fourth-quarter net income climbed to $15.2 "
                               "billion, or $5.31 per share, from $4.98 a share a year earlier.",
                    "en", headline="JPMorgan profit rises")
    assert set(_values(x, "Profit")) == {Decimal(15200000000)}
    assert set(_values(x, "EarningsPerShare")) == {Decimal("5.31"), Decimal("4.98")}
