"""Analyst ratings probed with sentences written for the test, each with
look-alikes that must not fire.

A rating whose object is a company called by its trade ("bestätigt den
Sportartikelhersteller mit 'Buy'", "its buy rating on the sportswear maker")
goes only to a company that fits it: one the article introduced by that
trade ("der Sportartikelhersteller Puma"), else the company named in the
sentence before or the article's own, unless the article called that one by
another trade ("der Rüstungskonzern Rheinmetall"); where another company was
introduced by the trade, or none fits, no one is rated. A head that names a
trade itself ("den Autobauer", "the chipmaker") is such a reference too. A reference that
names no trade ("den Konzern") keeps the company it means. A capitalised
name the extractor does not know, bound to an English rating after it ("its
buy rating on Acme Robotics"), is the one rated: no other company takes it.

A bare word cut or raised to with a target after it ("cut Tesla to sell at
$150") is a rating; one raised back or again later in the sentence ("…
before raising it back to buy", "wieder auf 'Buy'") replaces the first,
which becomes its previous.

A row whose cells dashes separate ("UBS – Neutral – EUR 100") gives the
house beside the rating that rating, as a row of pipes does.

A verdict quoted from a house's analyst ("'Tesla is a sell,' said UBS
analyst …", "'Tesla ist ein Verkauf', sagte UBS-Analyst …") is the house's.

Advice in words followed by a name ("rät Anlegern zum Kauf von SAP",
"recommends buying Nvidia") rates the company named there, and nothing where no company is named ("zum Kauf
von Anleihen").

Companies and banks are real catalogue entries; the sentences and the facts
in them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def ratings(x: Extraction) -> set[Rated]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


# ---------------------------------------------------------------- a company called by its trade

TRADES = [
    pytest.param("de", "Sportartikel-Aktie gefragt", "Der Rüstungskonzern Rheinmetall legte zu. Jefferies "
                 "bestätigt den Sportartikelhersteller mit 'Buy' und einem Kursziel von 80 Euro.", set(),
                 id="de-another-trade-introduced"),
    pytest.param("en", "Sportswear shares rise", "Defence group Rheinmetall rose. Jefferies reiterated its "
                 "buy rating on the sportswear maker.", set(), id="en-another-trade-introduced"),
    pytest.param("de", "Rüstungswerte gefragt", "Der Sportartikelhersteller Puma legte zu. Hensoldt gewann "
                 "ebenfalls. Die UBS bestätigt den Sportartikelhersteller mit 'Buy'.",
                 {("UBS", "Puma SE", "Buy")}, id="de-trade-introduced-before-another-name"),
    pytest.param("de", "Nordwind im Plus", "Die Nordwind Sport AG legte zu. Der Markt war fest. Die Börse "
                 "schloss höher. Jefferies bestätigt den Sportartikelhersteller mit 'Buy'.",
                 {("Jefferies", "Nordwind Sport", "Buy")}, id="de-no-trade-known-article-company"),
    # the article's own company, but the catalogue knows it is of another trade (defence)
    pytest.param("de", "Rheinmetall vorn", "Rheinmetall legte zu. Der Markt war fest. Die Börse schloss "
                 "höher. Jefferies bestätigt den Sportartikelhersteller mit 'Buy'.", set(),
                 id="de-article-company-of-another-known-trade"),
    pytest.param("de", "Markt im Plus", "Siemens legte zu, Hensoldt ebenfalls. Der Dax stieg. Die UBS "
                 "bestätigt den Sportartikelhersteller mit 'Buy'.", set(), id="de-no-trade-known-nearby"),
    pytest.param("de", "Markt im Plus", "Der Autobauer BMW legte zu. Der Chipkonzern Infineon gewann "
                 "ebenfalls. Die UBS bestätigt den Autobauer mit 'Buy'.", {("UBS", "BMW", "Buy")},
                 id="de-trade-head-introduced-before-another-name"),
    pytest.param("de", "Markt im Plus", "Der Chipkonzern Infineon legte zu. Die UBS bestätigt den Autobauer "
                 "mit 'Buy'.", set(), id="de-trade-head-of-another-trade"),
    # look-alikes: the trade fits, or the reference names none, or the name is given
    pytest.param("de", "Rheinmetall im Plus", "Der Rüstungskonzern Rheinmetall legte zu. Jefferies "
                 "bestätigt den Rüstungskonzern mit 'Buy'.", {("Jefferies", "Rheinmetall", "Buy")},
                 id="de-same-trade"),
    pytest.param("de", "Beiersdorf unter Druck", "Weniger gut kam Beiersdorf weg. Die Privatbank Berenberg "
                 "senkte den Kosmetikhersteller auf 'Hold' ab.", {("Berenberg", "Beiersdorf", "Hold")},
                 id="de-named-the-sentence-before"),
    pytest.param("de", "Rheinmetall im Plus", "Der Rüstungskonzern Rheinmetall legte zu. Jefferies "
                 "bestätigt den Konzern mit 'Buy'.", {("Jefferies", "Rheinmetall", "Buy")},
                 id="de-no-trade-in-the-reference"),
    pytest.param("en", "Adidas rises", "Defence group Rheinmetall fell. Jefferies reiterated its buy rating "
                 "on Adidas, the sportswear maker.", {("Jefferies", "Adidas", "buy")},
                 id="en-named-in-apposition"),
    pytest.param("en", "Nvidia rises", "Nvidia rose. UBS reiterated its buy rating on the chipmaker.",
                 {("UBS", "Nvidia", "buy")}, id="en-trade-head-of-the-company-before"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), TRADES)
def test_a_company_called_by_its_trade_is_one_that_fits(extractor: Extractor, lang: str, headline: str,
                                                        body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang, headline)) == expected


UNKNOWN_AFTER = [
    pytest.param("Rheinmetall fell. Jefferies reiterated its buy rating on Nordwind Sports.", set(),
                 id="unknown-name-after-the-rating"),
    # a name after a describer is one the extractor finds, and is rated
    pytest.param("Rheinmetall fell. Jefferies reiterated its buy rating on the sportswear maker Nordwind.",
                 {("Jefferies", "Nordwind", "buy")}, id="a-name-after-a-describer"),
    # look-alikes: a known name, or a day, after the marker
    pytest.param("Rheinmetall fell. Jefferies reiterated its buy rating on Adidas.",
                 {("Jefferies", "Adidas", "buy")}, id="known-name-after-the-rating"),
    pytest.param("Adidas rose. Jefferies reiterated its buy rating on Tuesday.",
                 {("Jefferies", "Adidas", "buy")}, id="a-day-after-the-rating"),
    pytest.param("Salesforce rose. Jefferies has a buy rating on the CRM stock.",
                 {("Jefferies", "Salesforce", "buy")}, id="a-ticker-of-a-company-named"),
]


@pytest.mark.parametrize(("body", "expected"), UNKNOWN_AFTER)
def test_an_unknown_name_bound_after_the_rating_is_rated(extractor: Extractor, body: str,
                                                          expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, "en", "Market report")) == expected


# ---------------------------------------------------------------- up- and downgrades in words

CHANGES = [
    pytest.param("en", "UBS cut Tesla to sell at $150.", {("UBS", "Tesla", "sell", None)},
                 id="en-cut-to-sell-at-a-target"),
    pytest.param("en", "UBS cut Tesla to sell at 150 dollars.", {("UBS", "Tesla", "sell", None)},
                 id="en-cut-to-sell-at-a-number"),
    pytest.param("en", "UBS cut Siemens to sell in January before raising it back to buy in March.",
                 {("UBS", "Siemens", "buy", "sell")}, id="en-cut-and-raised-back"),
    pytest.param("de", "Die UBS hatte Siemens im Januar auf 'Sell' gesenkt und im März wieder auf 'Buy' "
                 "angehoben.", {("UBS", "Siemens", "Buy", "Sell")}, id="de-cut-and-raised-again"),
    # look-alikes: a target alone, and one rating said again
    pytest.param("en", "UBS cut its Tesla target to $150.", set(), id="en-target-alone"),
    pytest.param("de", "Die UBS bestätigt Siemens mit 'Buy' und sieht wieder Luft nach oben.",
                 {("UBS", "Siemens", "Buy", None)}, id="de-again-of-no-rating"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), CHANGES)
def test_a_rating_changed_in_words(extractor: Extractor, lang: str, body: str,
                                   expected: set[tuple[str, str, str, str | None]]) -> None:
    x = run(extractor, body, lang, "Analysten")
    assert {(r.by, r.about, r.rating, r.previous) for r in x.ratings} == expected


# ---------------------------------------------------------------- verdicts in a quote; no house's ratings

QUOTED = [
    pytest.param("en", "\"Tesla is a sell,\" said UBS analyst Joseph Spak.", {("UBS", "Tesla", "sell")},
                 id="en-quoted-verdict"),
    pytest.param("de", "\"Tesla ist ein Verkauf\", sagte UBS-Analyst Joseph Spak.", {("UBS", "Tesla", "Verkauf")},
                 id="de-quoted-verdict"),
    # look-alikes: no house speaks, a magazine advises, a sector is rated
    pytest.param("en", "\"Tesla is a sell,\" said one trader.", set(), id="en-quoted-verdict-no-house"),
    pytest.param("de", "\"Tesla ist ein Verkauf\", sagte ein Händler.", set(), id="de-quoted-verdict-no-house"),
    pytest.param("de", "Tesla legte zu. Die Redaktion bleibt bei ihrer Einschätzung: Kaufen.", set(),
                 id="de-magazine-advice"),
    pytest.param("de", "Die UBS stuft den Autosektor auf 'Overweight'. Tesla legte zu.", set(),
                 id="de-sector-call"),
    pytest.param("en", "Jefferies upgraded the semiconductor sector to overweight. Tesla rose.", set(),
                 id="en-sector-call"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), QUOTED)
def test_a_verdict_quoted_from_its_house(extractor: Extractor, lang: str, body: str,
                                         expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang, "Tesla")) == expected


# ---------------------------------------------------------------- rows separated by dashes

DASH_ROWS = [
    pytest.param("en", "Siemens rose.\nUBS – Neutral – EUR 100", {("UBS", "Siemens", "Neutral")},
                 id="en-dash-row"),
    pytest.param("en", "Siemens rose.\nUBS – Neutral", {("UBS", "Siemens", "Neutral")}, id="en-dash-row-end"),
    pytest.param("de", "Siemens legte zu.\nUBS – Halten – Kursziel 100 Euro", {("UBS", "Siemens", "Halten")},
                 id="de-dash-row"),
    # look-alikes: a dash of prose
    pytest.param("en", "Siemens rose. UBS – neutral for now – sees upside.", set(), id="en-dash-of-prose"),
    pytest.param("de", "Siemens legte zu. Die UBS – neutral wie immer – sieht Potenzial.", set(),
                 id="de-dash-of-prose"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), DASH_ROWS)
def test_a_row_of_cells_separated_by_dashes(extractor: Extractor, lang: str, body: str,
                                            expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang, "Siemens")) == expected


# ---------------------------------------------------------------- advice with a name

ADVICE = [
    pytest.param("Die UBS rät Anlegern zum Kauf von SAP.", "Software-Aktien", {("UBS", "SAP", "Kauf")},
                 id="advice-with-a-name"),
    pytest.param("Die UBS rät zum Kauf von SAP-Aktien.", "Software-Aktien", {("UBS", "SAP", "Kauf")},
                 id="advice-with-the-shares-of-a-name"),
    pytest.param("Die UBS rät zum Kauf der Deutschen Bank.", "Bankwerte", {("UBS", "Deutsche Bank", "Kauf")},
                 id="advice-on-a-bank"),
    # look-alikes: no company named after the advice
    pytest.param("SAP legte zu. Die UBS rät Anlegern zum Kauf von Anleihen.", "SAP legt zu", set(),
                 id="advice-on-bonds"),
    pytest.param("SAP legte zu. Die UBS rät Anlegern zum Kauf von Gold.", "SAP legt zu", set(),
                 id="advice-on-gold"),
]


ADVICE_EN = [
    pytest.param("UBS recommends buying Nvidia shares.", {("UBS", "Nvidia", "buying")}, id="recommends-buying"),
    pytest.param("UBS advises investors to sell shares of Intel.", {("UBS", "Intel", "sell")},
                 id="advises-investors-to-sell"),
    pytest.param("Nvidia rose. UBS recommends buying the stock.", {("UBS", "Nvidia", "buying")},
                 id="recommends-buying-the-stock"),
    # look-alikes: no company named after the advice
    pytest.param("Nvidia rose. UBS recommends buying bonds.", set(), id="recommends-buying-bonds"),
    pytest.param("Nvidia rose. UBS recommends buying Treasuries.", set(), id="recommends-buying-treasuries"),
    pytest.param("Nvidia rose. UBS told clients to buy the dip.", set(), id="buy-the-dip"),
]


@pytest.mark.parametrize(("body", "expected"), ADVICE_EN)
def test_english_advice_rates_the_company_named(extractor: Extractor, body: str,
                                                 expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, "en", "Chip stocks")) == expected


@pytest.mark.parametrize(("body", "headline", "expected"), ADVICE)
def test_advice_with_a_name_rates_that_company(extractor: Extractor, body: str, headline: str,
                                                expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, headline=headline)) == expected
