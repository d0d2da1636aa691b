"""Families of construction that hold in any article, on sentences written for
these tests (invented companies): a retailer named by its trade's compound
("der Möbel-Versandhändler X", "des Modehändlers X") is a company found without a
catalogue entry, a bare "Händler" names none; an acceptance threshold "50 Prozent
plus einer Aktie" / "50% plus one share" is no share-price move; an amount per share
paid in cash is a price offered for the shares, never earnings per share, even in a
headline with no verb of buying in its clause; each with a look-alike where nothing
(or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor

# --- a retailer by its trade's compound ----------------------------------------------


def test_mail_order_retailer_compound_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. "
            "Quellmann biete den Aktionären 12 Euro je Aktie, teilte das Unternehmen mit.",
            headline="Übernahme im Onlinehandel")
    assert ("Dorvika", "Company") in {(e.label, e.type) for e in x.entities}
    assert ("Quellmann", "acquired", "Dorvika") in triples(x)


def test_fashion_retailer_in_the_genitive_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie des Modehändlers Brisanto stieg um 4 Prozent.",
            headline="Modewerte gefragt")
    assert ("Brisanto", "Company") in {(e.label, e.type) for e in x.entities}
    assert ("Brisanto", "StockPriceChange", Decimal("4"), "Percent") in figure_facts(x)


def test_bare_dealer_names_no_company(extractor: Extractor) -> None:
    """Look-alike: "der Händler" and "der Kunsthändler" are as often people."""
    x = run(extractor, "Der Kunsthändler Vorkan verkaufte das Bild. Der Händler Morlitz "
            "lieferte es aus.", headline="Kunstmarkt")
    assert not {"Vorkan", "Morlitz"} & labels(x)


# --- an acceptance threshold ----------------------------------------------------------


def test_threshold_plus_one_share_is_no_move_de(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. "
            "Die Mindestannahmeschwelle liegt bei 50 Prozent plus einer Aktie.",
            headline="Übernahme im Onlinehandel")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_threshold_plus_one_share_is_no_move_en(extractor: Extractor) -> None:
    x = run(extractor, "Kessler Brands agreed to buy Brightvale Foods. The offer needs "
            "acceptances from 50% plus one share of Brightvale's stock.",
            lang="en", headline="Kessler bids for Brightvale")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_share_move_with_plus_stays_a_move(extractor: Extractor) -> None:
    """Look-alike: a share that closed "5 Prozent im Plus" moved."""
    x = run(extractor, "Die Aktie von Zalando schloss 5 Prozent im Plus.",
            headline="Zalando gefragt")
    assert ("Zalando", "StockPriceChange", Decimal("5"), "Percent") in figure_facts(x)


# --- an amount per share paid in cash -------------------------------------------------


def test_cash_per_share_in_a_headline_is_an_offer_price(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika.",
            headline="Quellmann will Dorvika übernehmen – 14,50 Euro je Aktie in bar")
    facts = figure_facts(x)
    assert ("Dorvika", "SharePrice", Decimal("14.50"), "EUR") in facts
    assert not any(f.metric == "EarningsPerShare" for f in x.figures)


def test_cash_per_share_in_english_is_an_offer_price(extractor: Extractor) -> None:
    x = run(extractor, "Brightvale Foods agreed to be bought for $52 per share in cash by "
            "Kessler Brands.", lang="en", headline="Kessler buys Brightvale")
    assert any(f.metric == "SharePrice" and f.value == Decimal("52") for f in x.figures)
    assert not any(f.metric == "EarningsPerShare" for f in x.figures)


def test_earnings_per_share_without_cash_stay_earnings(extractor: Extractor) -> None:
    """Look-alike: an amount per share that is earned, not paid in cash."""
    x = run(extractor, "Die Dorvika AG erzielte im Quartal einen Gewinn von 2,10 Euro je Aktie.",
            headline="Dorvika verdient mehr")
    assert any(f.metric == "EarningsPerShare" and f.value == Decimal("2.10") for f in x.figures)
