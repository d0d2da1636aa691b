"""Figures read right on texts written for the test: the band a forecast replaces, ratios
of debt, a publication's own pick, the price of a product's use and the terms of a share
offering.

Names are catalogued companies and products, facts invented.

- A range followed by "from" and another range ("raised its forecast to 1.05 billion to 1.1
  billion euros from 950 million to 1.0 billion euros") names the band it replaces: a band too,
  never a change from its one end to the other; "rose from 900 million to 1.0 billion" stays
  two numbers.
- A multiple after the words of a debt ratio ("leverage 1.1x", "net debt to EBITDA ratio stood
  at 2.4x", "Verschuldungsgrad … 2,5x") is no valuation multiple: no figure; "trades at 14x
  forward earnings" in the same sentence keeps its multiple.
- A target told in a sentence where a publication speaks for itself and no house is named
  ("investment newsletter X named Y its top pick, with a target of $90") is no house's target,
  not even the one an earlier sentence named; a house in the sentence keeps its target.
- A price of use charged for a product named after it ("charges 1 yuan per million input tokens
  for Qwen3") is the product's, not its maker's; with no product named, the maker keeps it.
- An amount per share after the terms of a share offering ("a price range of EUR 20 to 24 per
  share", "an issue price of", "priced its IPO at") is the price the issuer's shares are offered
  at, a `SharePrice` of the issuer, never earnings per share; earnings in a range keep their
  reading; and an amount offered "apiece for shares of Y" is a price per share of Y.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor

# --- the band a forecast replaces -------------------------------------------------------------


def _bands(extractor: Extractor, body: str, lang: str = "en") -> set[tuple[Decimal | None, ...]]:
    x = helpers.run_in(extractor, body, lang)
    return {(f.value, f.min_value, f.max_value) for f in x.figures if f.metric == "Revenue"}


def test_a_band_after_a_band_and_from_is_the_old_band(extractor: Extractor) -> None:
    bands = _bands(extractor, "SAP raised its 2026 revenue forecast to 1.05 billion to 1.1 billion "
                   "euros from 950 million to 1.0 billion euros.")
    assert (None, Decimal("1050000000"), Decimal("1100000000")) in bands
    assert (None, Decimal("950000000"), Decimal("1000000000")) in bands
    assert not {value for value, _low, _high in bands} - {None}


def test_a_band_in_dollars_replaced_by_another_is_a_band(extractor: Extractor) -> None:
    bands = _bands(extractor, "SAP now expects revenue of $2.38 billion to $2.41 billion, up "
                   "from $2.33 billion to $2.37 billion.")
    assert (None, Decimal("2330000000"), Decimal("2370000000")) in bands


def test_a_change_from_one_amount_to_another_stays_two_numbers(extractor: Extractor) -> None:
    bands = _bands(extractor, "SAP raised its 2026 revenue forecast to 1.05 billion euros. Revenue "
                   "rose from 900 million to 1.0 billion euros.")
    assert (Decimal("900000000"), None, None) in bands
    assert (Decimal("1000000000"), None, None) in bands


# --- ratios of debt ---------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Siemens reported net debt of 143 million euros, leverage 1.1x."),
    ("en", "Siemens said its net debt to EBITDA ratio stood at 2.4x at the end of June."),
    ("de", "Der Verschuldungsgrad von Siemens lag zuletzt bei 2,5x."),
])
def test_a_debt_ratio_is_no_valuation_multiple(extractor: Extractor, lang: str, body: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert not {f for f in x.figures if f.unit == "Multiple"}


@pytest.mark.parametrize(("lang", "body", "value"), [
    ("en", "Siemens trades at 14x forward earnings, and its net debt to EBITDA ratio stood at 2.4x.",
     "14"),
    ("en", "Siemens shares trade at 18x earnings.", "18"),
    ("de", "Die Siemens-Aktie wird mit dem 18-fachen des Gewinns bewertet.", "18"),
])
def test_a_valuation_multiple_keeps_its_reading(extractor: Extractor, lang: str, body: str,
                                                value: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert helpers.metric_facts(x, "ValuationMultiple") == {("Siemens", Decimal(value))}


# --- a publication's own pick -----------------------------------------------------------------

_PASSAGE = ("Piper Sandler raised its price target on SAP to $78. Separately, Fitch raised its "
            "credit rating on SAP's senior notes to \"BBB\". ")


def test_a_newsletters_target_is_no_houses(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, _PASSAGE + "In its weekly column, investment newsletter Tickerline "
                       "Insider named SAP its top pick for 2027, with a target of $90.", "en")
    targets = {(f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}
    assert (Decimal("78"), "Piper Sandler") in targets
    assert Decimal("90") not in {value for value, _house in targets}


def test_a_house_writing_to_its_newsletter_keeps_its_target(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Jefferies, in a note to its newsletter readers, raised its "
                       "target on SAP to $95.", "en")
    targets = {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}
    assert targets == {("SAP", Decimal("95"), "Jefferies")}


# --- the price of a product's use -------------------------------------------------------------

@pytest.mark.parametrize(("body", "product", "value", "unit"), [
    ("Alibaba charges 1 yuan per million input tokens for Qwen3 through its API, the company said.",
     "Qwen3", "1", "CNY"),
    ("OpenAI charges $2 per million tokens for GPT-5.", "GPT-5", "2", "USD"),
])
def test_a_price_of_use_is_the_products(extractor: Extractor, body: str, product: str,
                                        value: str, unit: str) -> None:
    x = helpers.run_in(extractor, body, "en")
    prices = {(f.about, f.value, f.unit) for f in x.figures}
    assert (product, Decimal(value), unit) in prices
    assert not {about for about, _value, _unit in prices} - {product}


def test_a_price_of_use_with_no_product_stays_the_makers(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Alibaba charges 1 yuan per million input tokens through its "
                       "API, the company said.", "en")
    assert {f.about for f in x.figures} == {"Alibaba Group"}


# --- the terms of a share offering ------------------------------------------------------------

@pytest.mark.parametrize(("body", "low", "high"), [
    ("Siemens Healthineers set a price range of EUR 20 to 24 per share for its initial public "
     "offering.", "20", "24"),
    ("Siemens Healthineers set the IPO price range at EUR 20 to EUR 24 a share.", "20", "24"),
])
def test_an_offering_price_range_is_a_share_price(extractor: Extractor, body: str, low: str,
                                                  high: str) -> None:
    x = helpers.run_in(extractor, body, "en")
    assert {(f.about, f.metric, f.min_value, f.max_value) for f in x.figures} == {
        ("Siemens Healthineers", "SharePrice", Decimal(low), Decimal(high))}


@pytest.mark.parametrize("body", [
    "The IPO of Siemens Healthineers has an issue price of EUR 22 per share.",
    "Siemens Healthineers priced its IPO at EUR 22 per share.",
])
def test_an_issue_price_is_a_share_price(extractor: Extractor, body: str) -> None:
    x = helpers.run_in(extractor, body, "en")
    assert helpers.metric_facts(x, "SharePrice") == {("Siemens Healthineers", Decimal("22"))}
    assert not helpers.metric_facts(x, "EarningsPerShare")


def test_shares_offered_apiece_are_priced_so(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Siemens Healthineers is offering 215 million shares at HK$36 to "
                       "HK$40 apiece, the terms show.", "en")
    assert {(f.about, f.metric, f.min_value, f.max_value) for f in x.figures if f.unit == "HKD"} == {
        ("Siemens Healthineers", "SharePrice", Decimal("36"), Decimal("40"))}


def test_earnings_in_a_range_keep_their_reading(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Siemens Healthineers reported earnings of EUR 2.10 per share, in "
                       "a range of EUR 2.00 to 2.20 per share.", "en")
    assert not helpers.metric_facts(x, "SharePrice")
    assert ("Siemens Healthineers", Decimal("2.1")) in helpers.metric_facts(x, "EarningsPerShare")


def test_an_amount_offered_apiece_for_shares_is_their_price(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Siemens offered EUR17.85 apiece for shares of Aurubis.", "en")
    assert helpers.metric_facts(x, "SharePrice") == {("Aurubis", Decimal("17.85"))}
    assert not helpers.metric_facts(x, "Investment")

