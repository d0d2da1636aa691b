"""Analyst ratings in the forms retail-investor news and wires print, probed with
sentences written for the test, each family with look-alikes that must not fire.

A word of the past before two ratings marks the first only: in "nach zuvor Halten
nun mit Kaufen" Halten was given before and Kaufen is given now (its previous),
and "statt bisher Halten nun mit Kaufen" still gives Kaufen.

A German coverage begun ("nimmt die Beobachtung mit Kaufen auf", "hat die
Coverage mit Buy aufgenommen", "nimmt X mit Kaufen in die Bewertung auf") and a
vote ("votiert mit Sell") hold a rating; "startet" alone does not (it starts a
buyback or a trading day too).

In an article about the rating bank itself, a company called by its trade ("Die
Analysten der Commerzbank hatten den Sportwagenhersteller … abgestuft") is the one
company the sentence before names, where its trade fits.

A bank right after the rating and its marker ("its overweight rating on
Citigroup", "das Overweight-Votum für die Commerzbank") is the one rated, as a
company there is.

A house putting a stock on its list of favourites or taking it off ("added
Netflix to its conviction list", "setzt Siemens auf die Conviction List") covers
it, with no rating. A "Beobachtungsliste" is also a rating agency's credit
watch, so it covers nothing.

The rest pins forms that already worked: up- and downgrades with and without
the old rating, coverage initiated, resumed or assumed, passives, several houses
in one sentence, a rating in the headline only, banks and insurers rated; and
look-alikes: a rating agency's credit rating, a magazine's own verdict, "buy now
pay later".

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str, str | None]


def _ratings(body: str, lang: str, headline: str, extractor: Extractor) -> set[Rated]:
    x = run(extractor, body, lang, headline)
    return {(r.by, r.about, r.rating, r.previous) for r in x.ratings}


def _covers(body: str, lang: str, headline: str, extractor: Extractor) -> set[tuple[str, str]]:
    x = run(extractor, body, lang, headline)
    return {(r.subject, r.object) for r in x.relations if r.predicate == "covers"}


# ---------------------------------------------------------------- a word of the past before two ratings

PAST_THEN_NOW = [
    pytest.param("Warburg Research stuft Siemens nach zuvor Halten nun mit Kaufen ein.",
                 {("Warburg Research", "Siemens", "Kaufen", "Halten")}, id="nach-zuvor"),
    pytest.param("Warburg Research stuft die Deutsche Bank nach zuvor Halten nun mit Kaufen ein.",
                 {("Warburg Research", "Deutsche Bank", "Kaufen", "Halten")}, id="nach-zuvor-bank"),
    pytest.param("Warburg Research stuft Siemens statt bisher Halten nun mit Kaufen ein.",
                 {("Warburg Research", "Siemens", "Kaufen", None)}, id="statt-bisher"),
    pytest.param("Warburg Research stuft die Deutsche Bank nach zuvor „Halten“ nun mit „Kaufen“ ein.",
                 {("Warburg Research", "Deutsche Bank", "Kaufen", "Halten")}, id="quoted"),
    # look-alike: one rating worded as given before stays the one found
    pytest.param("Warburg Research hatte Siemens zuvor mit Halten eingestuft.",
                 {("Warburg Research", "Siemens", "Halten", None)}, id="only-the-earlier"),
]


@pytest.mark.parametrize(("body", "expected"), PAST_THEN_NOW)
def test_a_word_of_the_past_marks_the_first_of_two(extractor: Extractor, body: str,
                                                   expected: set[Rated]) -> None:
    assert _ratings(body, "de", "Marktbericht", extractor) == expected


# ---------------------------------------------------------------- German coverage begun, a vote

BEGUN = [
    pytest.param("Die Commerzbank nimmt die Beobachtung von Hensoldt mit Kaufen auf.",
                 {("Commerzbank", "Hensoldt", "Kaufen", None)}, id="nimmt-die-beobachtung-auf"),
    pytest.param("Die Commerzbank hat die Beobachtung von Hensoldt mit Kaufen aufgenommen.",
                 {("Commerzbank", "Hensoldt", "Kaufen", None)}, id="beobachtung-aufgenommen"),
    pytest.param("Jefferies hat die Coverage von Siemens mit Buy aufgenommen.",
                 {("Jefferies", "Siemens", "Buy", None)}, id="coverage-aufgenommen"),
    pytest.param("Die Commerzbank nimmt Hensoldt mit Kaufen in die Bewertung auf.",
                 {("Commerzbank", "Hensoldt", "Kaufen", None)}, id="in-die-bewertung"),
    pytest.param("Die Société Générale votiert für Volkswagen weiter mit Sell.",
                 {("Société Générale", "Volkswagen", "Sell", None)}, id="votiert"),
    # look-alikes: a trading day begun, a buyback started
    pytest.param("Die Deutsche Bank startet mit Gewinnen in den Handel, Neutral blieb Siemens.", set(),
                 id="startet-mit-gewinnen"),
    pytest.param("Die Deutsche Bank startet ein Buy-Back-Programm.", set(), id="buyback"),
]


@pytest.mark.parametrize(("body", "expected"), BEGUN)
def test_a_coverage_begun_or_a_vote(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert _ratings(body, "de", "Marktbericht", extractor) == expected


# ---------------------------------------------------------------- a list of favourites

LISTS = [
    pytest.param("en", "Goldman Sachs added Netflix to its conviction list.",
                 {("Goldman Sachs", "Netflix")}, id="added-to-conviction-list"),
    pytest.param("en", "Needham kept its buy rating on Nike, and Goldman Sachs took the shares off its "
                 "conviction list.",
                 {("Needham & Company", "Nike"), ("Goldman Sachs", "Nike")}, id="took-the-shares-off"),
    pytest.param("de", "Goldman Sachs setzt Siemens auf die Conviction List.", {("Goldman Sachs", "Siemens")},
                 id="setzt-auf-die-conviction-list"),
    pytest.param("de", "Die UBS nahm die Aktie von BASF von ihrer Favoritenliste.", {("UBS", "BASF")},
                 id="von-der-favoritenliste"),
    # look-alikes: an index's list, a rating agency's credit watch
    pytest.param("en", "Nasdaq added Netflix to its index.", set(), id="index"),
    pytest.param("de", "Moody's setzt die Bonität von Thyssenkrupp auf die Beobachtungsliste.", set(),
                 id="credit-watch"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), LISTS)
def test_a_list_of_favourites_is_a_coverage(extractor: Extractor, lang: str, body: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert _covers(body, lang, "Markets" if lang == "en" else "Marktbericht", extractor) == expected


def test_a_list_of_favourites_is_no_rating(extractor: Extractor) -> None:
    assert _ratings("Goldman Sachs added Netflix to its conviction list.", "en", "Markets", extractor) == set()


# ---------------------------------------------------------------- a company called by its trade

_BANK_DAY = ("Im Mittelpunkt stand die Commerzbank, die Zahlen vorgelegt hatte. Die Aktien der Bank zogen um "
             "4,6 Prozent an. ")

TRADES = [
    pytest.param("Schlusslicht im Dax war Porsche mit einem Minus von 3,4 Prozent. Die Analysten der Commerzbank "
                 "hatten den Sportwagenhersteller von „Buy“ auf „Hold“ abgestuft.",
                 {("Commerzbank", "Porsche", "Hold", "Buy")}, id="the-one-named-before"),
    pytest.param("Schlusslicht im Dax war Porsche mit einem Minus von 3,4 Prozent. Die Analysten der Commerzbank "
                 "hatten den Sportwagenhersteller Ferrari von „Buy“ auf „Hold“ abgestuft.",
                 {("Commerzbank", "Ferrari", "Hold", "Buy")}, id="named-after-the-trade"),
    # look-alikes: two companies before; a trade the company before is not of; no trade at all
    pytest.param("Schlusslicht im Dax waren Porsche und BMW mit einem Minus von 3,4 Prozent. Die Analysten der "
                 "Commerzbank hatten den Sportwagenhersteller von „Buy“ auf „Hold“ abgestuft.", set(),
                 id="two-before"),
    pytest.param("Schlusslicht im Dax war Siemens mit einem Minus von 3,4 Prozent. Die Analysten der Commerzbank "
                 "hatten den Chiphersteller von „Buy“ auf „Hold“ abgestuft.", set(), id="another-trade"),
    pytest.param("Schlusslicht im Dax war Porsche mit einem Minus von 3,4 Prozent. Die Analysten der Commerzbank "
                 "hatten die Aktie von „Buy“ auf „Hold“ abgestuft.", set(), id="no-trade"),
]


@pytest.mark.parametrize(("body", "expected"), TRADES)
def test_a_trade_in_an_article_on_the_rating_bank(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert _ratings(_BANK_DAY + body, "de", "Dax schließt nach Commerzbank-Zahlen fester", extractor) == expected


# ---------------------------------------------------------------- a bank after "rating on"

BANK_AFTER = [
    pytest.param("en", "Morgan Stanley reiterated its overweight rating on Citigroup.",
                 {("Morgan Stanley", "Citigroup", "overweight", None)}, id="rating-on-a-bank"),
    pytest.param("en", "Morgan Stanley has an overweight rating on Wells Fargo.",
                 {("Morgan Stanley", "Wells Fargo", "overweight", None)}, id="has-a-rating-on-a-bank"),
    pytest.param("de", "Morgan Stanley bestätigt das Overweight-Votum für die Commerzbank.",
                 {("Morgan Stanley", "Commerzbank", "Overweight", None)}, id="votum-fuer-eine-bank"),
    # look-alikes: a bank in the next clause cites; the rating names "the stock"
    pytest.param("en", "Morgan Stanley kept its overweight rating, Citigroup said.", set(), id="cited-after-a-comma"),
    pytest.param("en", "JPMorgan has an overweight rating on the stock, according to Citi.", set(),
                 id="according-to-a-bank"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), BANK_AFTER)
def test_a_bank_right_after_the_rating_and_its_marker(extractor: Extractor, lang: str, body: str,
                                                      expected: set[Rated]) -> None:
    assert _ratings(body, lang, "Markets" if lang == "en" else "Marktbericht", extractor) == expected


# ---------------------------------------------------------------- forms that already worked

KNOWN = [
    pytest.param("de", "Marktbericht", "Die Deutsche Bank hat Infineon von Halten auf Kaufen hochgestuft.",
                 {("Deutsche Bank", "Infineon Technologies", "Kaufen", "Halten")}, id="von-auf-hochgestuft"),
    pytest.param("de", "Marktbericht", "Goldman Sachs stuft Siemens Energy herab auf Neutral.",
                 {("Goldman Sachs", "Siemens Energy", "Neutral", None)}, id="stuft-herab-auf"),
    pytest.param("de", "Marktbericht", "Die UBS hat die Einstufung für Adidas auf Buy belassen.",
                 {("UBS", "Adidas", "Buy", None)}, id="belassen"),
    pytest.param("de", "Marktbericht", "Berenberg bestätigt die Kaufempfehlung für SAP.",
                 {("Berenberg", "SAP", "Kaufempfehlung", None)}, id="kaufempfehlung"),
    pytest.param("de", "Marktbericht",
                 "Die Analysten von JPMorgan bekräftigen ihr Overweight-Votum für die Allianz.",
                 {("JPMorgan", "Allianz", "Overweight", None)}, id="votum-insurer"),
    pytest.param("de", "Marktbericht", "Bernstein hat Munich Re mit Outperform eingestuft.",
                 {("Bernstein", "Munich Re", "Outperform", None)}, id="eingestuft-reinsurer"),
    pytest.param("de", "Marktbericht", "Barclays sieht die Aktie von Mercedes-Benz als Kauf.",
                 {("Barclays", "Mercedes-Benz Group", "Kauf", None)}, id="sieht-als-kauf"),
    pytest.param("de", "Marktbericht", "Die DZ Bank hat die Hannover Rück von Verkaufen auf Halten hochgestuft.",
                 {("DZ Bank", "Hannover Re", "Halten", "Verkaufen")}, id="insurer-from-to"),
    pytest.param("de", "Marktbericht", "Die Aktie von Infineon wurde von Jefferies auf Buy hochgestuft.",
                 {("Jefferies", "Infineon Technologies", "Buy", None)}, id="passive"),
    pytest.param("de", "Goldman stuft BMW auf Kaufen hoch", "BMW legte am Dienstag um zwei Prozent zu.",
                 {("Goldman Sachs", "BMW", "Kaufen", None)}, id="headline-only"),
    pytest.param("en", "Markets", "Citi resumed coverage of Intel at neutral.",
                 {("Citigroup", "Intel", "neutral", None)}, id="resumed"),
    pytest.param("en", "Markets", "Wells Fargo assumed coverage of Microsoft with an overweight rating.",
                 {("Wells Fargo", "Microsoft", "overweight", None)}, id="assumed"),
    pytest.param("en", "Markets", "Wells Fargo was cut to market perform by Keefe, Bruyette & Woods.",
                 {("Keefe, Bruyette & Woods", "Wells Fargo", "market perform", None)}, id="bank-cut-passive"),
    pytest.param("en", "Markets", "Jefferies moved to the sidelines on Boeing, downgrading the stock to hold.",
                 {("Jefferies", "Boeing", "hold", None)}, id="sidelines"),
    pytest.param("en", "Markets", "UBS upgraded Goldman Sachs to buy from neutral.",
                 {("UBS", "Goldman Sachs", "buy", "neutral")}, id="bank-upgraded"),
    pytest.param("en", "Markets", "Deutsche Bank raised Amazon to buy from hold, while Jefferies cut Walmart to hold.",
                 {("Deutsche Bank", "Amazon", "buy", "hold"), ("Jefferies", "Walmart", "hold", None)},
                 id="two-houses-two-companies"),
    pytest.param("en", "Bank of America upgrades Nvidia to buy", "The chipmaker, Nvidia, rose 3% in premarket trading.",
                 {("Bank of America", "Nvidia", "buy", None)}, id="headline-then-the-chipmaker"),
    # look-alikes: credit ratings, a magazine's verdict, a payment service
    pytest.param("de", "Marktbericht", "Die Ratingagentur Moody's hat die Bonität von Thyssenkrupp herabgestuft.",
                 set(), id="ratingagentur"),
    pytest.param("de", "Marktbericht", "S&P hat das Rating der Anleihen von Vonovia auf BBB bestätigt.", set(),
                 id="bond-rating"),
    pytest.param("en", "Markets", "Moody's downgraded Boeing's credit rating to Baa3.", set(), id="credit-rating"),
    pytest.param("de", "Marktbericht", "Der Aktionär rät: Kaufen! Das Ziel für SAP liegt bei 300 Euro.", set(),
                 id="magazine-verdict"),
    pytest.param("en", "Markets", "Klarna's buy now pay later service grew strongly.", set(), id="bnpl"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), KNOWN)
def test_rating_forms_of_retail_news_and_wires(extractor: Extractor, lang: str, headline: str, body: str,
                                               expected: set[Rated]) -> None:
    assert _ratings(body, lang, headline, extractor) == expected
