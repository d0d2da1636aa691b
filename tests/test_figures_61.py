"""Families of figures: periods, metrics, ranges, currencies and takeover values.

- A fiscal year past, named by the month it ended in ("the year ended March 31", "its last
  fiscal year to June 30", "im Ende März abgelaufenen Geschäftsjahr"), is the last such year
  to have ended before the article's date, named by the year it ends in; a year "ending" in
  a month, or "to" it, is still the one under way.
- "in diesem Jahr" is the calendar year of the article's date, as "this year" is.
- A quarter named inside direct speech does not go on into the next sentence.
- Spending on marketing ("marketing spending", "advertising expenses") is the marketing
  budget, not an investment.
- "above the 5% to 6% management had expected": the band a value is set against is one range.
- "crowns"/"Kronen" alone: the currency of the country the article names as a place or seats
  its company in; none where that is unknown or several; other countries' crowns and rupees
  by their adjective ("Czech crowns", "Pakistani rupees").
- "The offer values Covestro at 14.7 billion euros", "Das Gebot bewertet Covestro mit …": the
  bidder's investment where the bidder is told (in English nobody's where none is); an offer for
  the rest of a company ("the shares it does not already own") values the company bought.

Names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.nlp.quantities import find_quantities

NOVEMBER = date(2026, 11, 20)


def _periods(extractor: Extractor, body: str, lang: str = "en") -> dict[tuple[str, str], str | None]:
    x = helpers.run(extractor, body, lang, headline="Marktbericht" if lang == "de" else "Market report",
                    published=NOVEMBER)
    return {(f.about or "", f.metric): f.period for f in x.figures}


def test_year_ended_in_march_is_the_last_one_past(extractor: Extractor) -> None:
    got = _periods(extractor, "Infosys said revenue rose 18% to 400 billion rupees in the year ended March 31.")
    assert got[("Infosys", "Revenue")] == "FY2026"
    assert got[("Infosys", "RevenueGrowth")] == "FY2026"


def test_last_fiscal_year_to_june_is_the_last_one_past(extractor: Extractor) -> None:
    got = _periods(extractor, "In its last fiscal year to June 30, Diageo's operating profit dropped 6% "
                   "to $5.7 billion.")
    assert got[("Diageo", "Profit")] == "FY2026"


def test_year_ending_or_to_march_stays_the_one_under_way(extractor: Extractor) -> None:
    ending = _periods(extractor, "Infosys expects revenue of 450 billion rupees for the fiscal year "
                      "ending March.")
    to = _periods(extractor, "Infosys expects revenue of 450 billion rupees for the year to March.")
    assert ending[("Infosys", "Revenue")] == "FY2027"
    assert to[("Infosys", "Revenue")] == "FY2027"


def test_german_year_ended_in_march_and_year_ending(extractor: Extractor) -> None:
    past = _periods(extractor, "Infosys steigerte den Umsatz im Ende März abgelaufenen Geschäftsjahr auf "
                    "400 Milliarden Rupien.", "de")
    ahead = _periods(extractor, "Infosys erwartet im Ende März endenden Geschäftsjahr einen Umsatz von "
                     "450 Milliarden Rupien.", "de")
    assert past[("Infosys", "Revenue")] == "FY2026"
    assert ahead[("Infosys", "Revenue")] == "FY2027"


def test_german_this_year_is_the_year_of_the_date(extractor: Extractor) -> None:
    got = _periods(extractor, "Die Aktie von Siemens hat in diesem Jahr 12 Prozent zugelegt.", "de")
    assert got[("Siemens", "StockPriceChange")] == "2026"
    last = _periods(extractor, "Die Aktie von Siemens hat im vergangenen Jahr 12 Prozent zugelegt.", "de")
    assert last[("Siemens", "StockPriceChange")] == "2025"


def test_quarter_in_a_quote_does_not_go_on(extractor: Extractor) -> None:
    got = _periods(extractor, "Goldman Sachs reported a 38% jump in third-quarter profit on Tuesday. "
                   "\"The pipeline for the fourth quarter is strong,\" Chief Executive David Solomon "
                   "said. The bank set aside $350 million for credit losses.")
    assert got[("Goldman Sachs", "Other")] == "Q3 2026"


def test_quarter_said_outside_a_quote_goes_on(extractor: Extractor) -> None:
    got = _periods(extractor, "Goldman Sachs reported results on Tuesday. Profit rose in the fourth "
                   "quarter, the bank said. The bank set aside $350 million for credit losses.")
    assert got[("Goldman Sachs", "Other")] == "Q4 2026"


def test_marketing_spending_is_the_marketing_budget(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Nike said marketing spending rose 12% to $1.2 billion. Its advertising "
                       "expenses climbed to $800 million.", "en")
    assert helpers.metric_facts(x, "MarketingBudget") == {("Nike", Decimal("1.2E+9")),
                                                          ("Nike", Decimal("8E+8"))}
    assert helpers.metric_facts(x, "Investment") == set()


def test_spending_on_stores_stays_an_investment(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Nike increased its spending on stores by 5% to $1 billion.", "en")
    assert helpers.metric_facts(x, "Investment") == {("Nike", Decimal("1E+9"))}
    assert helpers.metric_facts(x, "MarketingBudget") == set()


def test_band_a_value_is_set_against_is_one_range(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Revenue at Siemens rose 7%, above the 5% to 6% that management had "
                       "expected.", "en")
    growth = {(f.value, f.min_value, f.max_value) for f in x.figures if f.metric == "RevenueGrowth"}
    assert growth == {(Decimal(7), None, None), (None, Decimal(5), Decimal(6))}


def test_rise_to_a_level_stays_two_numbers(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Siemens shares rose 5% to 6 euros.", "en")
    assert helpers.metric_facts(x, "StockPriceChange") == {("Siemens", Decimal(5))}
    assert helpers.metric_facts(x, "SharePrice") == {("Siemens", Decimal(6))}


def test_crowns_take_the_currency_of_the_company_seat(extractor: Extractor) -> None:
    sweden = helpers.run_in(extractor, "Ericsson reported sales of 57.2 billion crowns.", "en")
    norway = helpers.run_in(extractor, "Equinor will invest 5 billion crowns in the field.", "en")
    german = helpers.run_in(extractor, "Ericsson steigerte den Umsatz auf 57,2 Milliarden Kronen.", "de")
    assert {f.unit for f in sweden.figures} == {"SEK"}
    assert {f.unit for f in norway.figures} == {"NOK"}
    assert {f.unit for f in german.figures} == {"SEK"}


def test_crowns_of_no_nordic_company_or_of_two_give_no_figure(extractor: Extractor) -> None:
    none = helpers.run_in(extractor, "Siemens bought a stake for 3 billion crowns.", "en")
    two = helpers.run_in(extractor, "Ericsson and Novo Nordisk each posted sales of 50 billion crowns.", "en")
    assert not [f for f in none.figures if f.value == Decimal("3E+9")]
    assert not [f for f in two.figures if f.value == Decimal("5E+10")]


def test_other_countries_crowns_and_rupees_by_their_adjective() -> None:
    def units(text: str, lang: str) -> list[str | None]:
        return [q.unit for q in find_quantities(text, lang)]

    assert units("a profit of 20 billion Czech crowns", "en") == ["CZK"]
    assert units("a profit of 20 billion Pakistani rupees", "en") == ["PKR"]
    assert units("20 Milliarden tschechische Kronen", "de") == ["CZK"]
    assert units("a profit of 20 billion rupees", "en") == ["INR"]
    assert units("a profit of 20 billion crowns", "en") == ["SEK|NOK|DKK"]


def test_offer_values_the_target_as_the_bidder_investment(extractor: Extractor) -> None:
    en = helpers.run_in(extractor, "BASF made a takeover offer for Covestro on Monday. The offer values "
                        "Covestro at 14.7 billion euros.", "en")
    de = helpers.run_in(extractor, "BASF hat ein Übernahmeangebot für Covestro vorgelegt. Das Gebot "
                        "bewertet Covestro mit 14,7 Milliarden Euro.", "de")
    for x in (en, de):
        assert helpers.metric_facts(x, "Investment") == {("BASF", Decimal("1.47E+10"))}
        assert helpers.metric_facts(x, "MarketCapitalization") == set()


def test_offer_without_a_bidder_gives_no_figure(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "The offer values Covestro at 14.7 billion euros.", "en")
    assert helpers.metric_facts(x, "MarketCapitalization") == set()
    assert helpers.metric_facts(x, "Investment") == set()


def test_analyst_valuing_a_company_by_name_gives_no_valuation(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Jefferies values Covestro at 14.7 billion euros.", "en")
    assert helpers.metric_facts(x, "MarketCapitalization") == set()
    assert helpers.metric_facts(x, "Investment") == set()


def test_offer_for_the_rest_values_the_target_not_the_bidder(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Crédit Agricole has agreed to buy the shares in Banco BPM it does not "
                       "already own for 13.40 euros each in cash. The offer values Banco BPM at about 20.3 "
                       "billion euros, the two banks said.", "en")
    assert helpers.metric_facts(x, "MarketCapitalization") == {("Banco BPM", Decimal("2.03E+10"))}
    assert ("Crédit Agricole", Decimal("2.03E+10")) not in helpers.metric_facts(x, "Investment")


def test_german_offer_for_the_rest_values_the_target(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "BASF hält bereits 30 Prozent an Covestro und bietet für die restlichen "
                       "Aktien 62 Euro je Aktie. Das Angebot bewertet Covestro mit 14,7 Milliarden Euro.",
                       "de")
    assert helpers.metric_facts(x, "MarketCapitalization") == {("Covestro", Decimal("1.47E+10"))}
    assert helpers.metric_facts(x, "Investment") == set()


def test_german_spending_on_advertising_is_the_marketing_budget(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Adidas erhöhte die Ausgaben für Werbung um 12 Prozent auf 1,2 "
                       "Milliarden Euro.", "de")
    assert helpers.metric_facts(x, "MarketingBudget") == {("Adidas", Decimal("1.2E+9"))}
    # the look-alike: spending on plants stays an investment
    x = helpers.run_in(extractor, "Adidas erhöhte die Ausgaben für neue Fabriken auf 1,2 Milliarden Euro.",
                       "de")
    assert helpers.metric_facts(x, "Investment") == {("Adidas", Decimal("1.2E+9"))}
    assert helpers.metric_facts(x, "MarketingBudget") == set()


def test_deal_valuing_a_name_not_known_gives_no_valuation(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Siemens agreed to buy Veltora. The deal values Veltora at about $12 "
                       "billion.", "en")
    assert helpers.metric_facts(x, "MarketCapitalization") == set()
    assert helpers.metric_facts(x, "Investment") == set()


def test_stake_held_beside_a_bid_for_the_whole_keeps_the_bidder_investment(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "BASF will Covestro übernehmen. BASF hält bereits 10 Prozent der "
                       "Anteile. Insgesamt bewertet die Offerte Covestro mit rund 14,7 Milliarden Euro.",
                       "de")
    assert helpers.metric_facts(x, "Investment") == {("BASF", Decimal("1.47E+10"))}
