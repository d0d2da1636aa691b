"""Who owns a share move and an income, and of which period a target is, on
families of construction that hold in any article, on sentences written for
these tests: an index named only inside a member's compound ("Die Aktie des
Dax-Mitglieds") neither moves itself nor lets the last company of the
passage take the move, which is the company the article is about; the
company a stake is held in ("its 90% stake in X") owns no figure of its
clause, which is the holder's; a target "for the year" in one word ("das
Jahresziel") is of the whole reporting year, not of the nine months a
sentence before reported. Each with a look-alike where the index, the named
company or a year written out keeps its own."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- an index inside a member's compound ------------------------------------------

_INSURER = ("Die Allianz hat im dritten Quartal mehr verdient. Großaktionär BlackRock hält "
            "rund 7 Prozent an dem Versicherer. ")


def test_share_of_an_index_member_moves_the_articles_company(extractor: Extractor) -> None:
    x = run(extractor, _INSURER + "Die Aktie des Dax-Mitglieds stieg um 2,4 Prozent auf 352 Euro.",
            headline="Allianz-Aktie: Gewinn steigt")
    facts = figure_facts(x)
    assert ("Allianz", "StockPriceChange", Decimal("2.4"), "Percent") in facts
    assert ("Allianz", "SharePrice", Decimal("352"), "EUR") in facts
    assert not {f for f in facts if f[0] in ("DAX", "BlackRock")}


def test_the_index_named_alone_keeps_its_own_move(extractor: Extractor) -> None:
    x = run(extractor, _INSURER + "Der Dax legte um 1,2 Prozent zu.",
            headline="Allianz-Aktie: Gewinn steigt")
    facts = figure_facts(x)
    assert ("DAX", "StockPriceChange", Decimal("1.2"), "Percent") in facts
    assert ("Allianz", "StockPriceChange", Decimal("1.2"), "Percent") not in facts


def test_share_of_an_english_index_company_is_the_articles(extractor: Extractor) -> None:
    x = run(extractor, "Vodafone said on Tuesday that service revenue grew. "
                       "Shares of the FTSE 100 company rose 2.5% in London.",
            lang="en", headline="Vodafone shares rise")
    facts = figure_facts(x)
    assert ("Vodafone", "StockPriceChange", Decimal("2.5"), "Percent") in facts
    assert not {f for f in facts if f[0] == "FTSE 100"}


# --- the company a stake is held in -----------------------------------------------

_HOLDER = "SoftBank Group said on Tuesday that quarterly profit rose 20% to 500 billion yen. "


def test_income_from_a_stake_is_not_the_held_companys(extractor: Extractor) -> None:
    x = run(extractor, _HOLDER + "Income from its 90% stake in Arm Holdings added 300 billion "
                                 "yen in the quarter, the company said.",
            lang="en", headline="SoftBank profit jumps")
    facts = figure_facts(x)
    assert not {f for f in facts if f[0] == "Arm Holdings" and f[2] == Decimal("300000000000")}


def test_the_held_company_keeps_its_own_figures(extractor: Extractor) -> None:
    x = run(extractor, _HOLDER + "Arm Holdings said its revenue rose 12% in the quarter.",
            lang="en", headline="SoftBank profit jumps")
    assert ("Arm Holdings", "RevenueGrowth", Decimal("12"), "Percent") in figure_facts(x)


# --- a target for the year in one word ---------------------------------------------

_NINE_MONTHS = ("Die Allianz hat in den ersten neun Monaten 2026 einen Umsatz von 120 Milliarden "
                "Euro erzielt. ")


def periods(x: Extraction) -> dict[tuple[str, str, Decimal | None], str | None]:
    """Each figure's period by (about, metric, value)."""
    return {(f.about, f.metric, f.value): f.period for f in x.figures}


def test_a_target_for_the_year_is_of_the_reporting_year(extractor: Extractor) -> None:
    x = run(extractor, _NINE_MONTHS + "Finanzvorstand Klaus Weber bekräftigte das Jahresziel "
                                      "eines operativen Gewinns von mindestens 16 Milliarden Euro.",
            headline="Allianz bestätigt Prognose")
    found = periods(x)
    assert found[("Allianz", "Profit", Decimal("16000000000"))] == "2026"
    assert found[("Allianz", "Revenue", Decimal("120000000000"))] == "9M 2026"


def test_a_target_for_a_year_written_out_keeps_that_year(extractor: Extractor) -> None:
    x = run(extractor, _NINE_MONTHS + "Finanzvorstand Klaus Weber nannte das Jahresziel für "
                                      "2027: einen operativen Gewinn von mindestens 17 Milliarden Euro.",
            headline="Allianz bestätigt Prognose")
    assert periods(x)[("Allianz", "Profit", Decimal("17000000000"))] == "2027"
