"""Figures and names of Chinese tech, IPO, AI-stock and dividend pieces, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies with invented facts): a bracket after a share counted per ("Gewinn je Aktie (ADS)",
"earnings per share (ADS)") names the share's class, not the company whose ticker its letters
are; a target raised "für die in New York gehandelten Papiere von 180 auf 210 US-Dollar" is a
target in its new value too, not a share price; "der Erlös aus den neuen Aktien" or "aus dem
Börsengang" is an issue's proceeds, no revenue; "keeps 80 cents of every dollar of sales" is a
ratio, no amount; a percentage told again for a rival ("yields 3.7%, compared with 2.9% for
rival Coca-Cola") is the rival's figure of the same metric, not a move of the first company's
share. Each with a look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str) -> Extraction:
    return run(extractor, body, lang="en", headline="Market report")


# --- a share class in brackets after "je Aktie" / "per share" ------------------------------

def test_share_class_after_per_share_names_no_company(extractor: Extractor) -> None:
    x = run(extractor, "PDD Holdings verfehlte die Erwartungen. Der Gewinn je Aktie (ADS) lag bei "
                       "12,80 Yuan, die Papiere fielen an der Nasdaq um 6,5 Prozent.")
    assert "Adidas" not in labels(x)
    assert metric_facts(x, "EarningsPerShare") == {("PDD Holdings", Decimal("12.80"))}
    assert ("PDD Holdings", "listedOn", "Nasdaq") in triples(x)


def test_share_class_after_per_share_names_no_company_in_english(extractor: Extractor) -> None:
    x = en(extractor, "PDD Holdings missed estimates. Adjusted earnings per share (ADS) came in at "
                      "14.10 yuan.")
    assert "Adidas" not in labels(x)
    assert metric_facts(x, "EarningsPerShare") == {("PDD Holdings", Decimal("14.10"))}


def test_ticker_after_the_company_or_its_share_still_names_it(extractor: Extractor) -> None:
    """Look-alike: the same letters after the company's name or its share's compound are its ticker."""
    x = run(extractor, "Die Adidas-Aktie (ADS) stieg um 2,4 Prozent.")
    assert metric_facts(x, "StockPriceChange") == {("Adidas", Decimal("2.4"))}
    x = en(extractor, "Shares of Baidu (BIDU) rose 3.1% after earnings per share beat estimates.")
    assert metric_facts(x, "StockPriceChange") == {("Baidu", Decimal("3.1"))}


# --- a target set on the shares, raised from an old to a new value -------------------------

def test_target_on_the_shares_raised_from_old_to_new_is_a_target(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Baidu stieg um 3 Prozent. Analystin Lisa Kern von Jefferies hob "
                       "das Kursziel für die in Hongkong gehandelten Papiere von 120 auf 145 "
                       "Hongkong-Dollar an.")
    assert metric_facts(x, "PriceTarget") == {("Baidu", Decimal("120")), ("Baidu", Decimal("145"))}
    assert metric_facts(x, "SharePrice") == set()


def test_shares_rising_from_old_to_new_after_a_target_keep_their_prices(extractor: Extractor) -> None:
    """Look-alike: a target told with its own number before the shares' old and new price."""
    x = run(extractor, "Die Aktie von Baidu stieg um 3 Prozent. Das Kursziel von Jefferies liegt bei "
                       "150 Hongkong-Dollar, die Papiere stiegen von 118 auf 122 Hongkong-Dollar.")
    assert metric_facts(x, "PriceTarget") == {("Baidu", Decimal("150"))}
    assert ("Baidu", Decimal("122")) in metric_facts(x, "SharePrice")


# --- an issue's proceeds are no revenue -------------------------------------------------

def test_proceeds_of_new_shares_are_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Renk Group plant eine Kapitalerhöhung. Mit dem Erlös aus den neuen Aktien von "
                       "rund 380 Millionen Euro will Renk ein Werk in Augsburg bauen.")
    assert metric_facts(x, "Revenue") == set()
    assert metric_facts(x, "Other") == {("Renk Group", Decimal("380000000"))}


def test_proceeds_of_selling_goods_stay_revenue(extractor: Extractor) -> None:
    """Look-alike: the proceeds of selling what the company makes are its revenue."""
    x = run(extractor, "Renk Group legte Zahlen vor. Der Erlös aus dem Verkauf von Getrieben stieg auf "
                       "1,2 Milliarden Euro.")
    assert metric_facts(x, "Revenue") == {("Renk Group", Decimal("1200000000"))}


# --- cents of every dollar ---------------------------------------------------------------

def test_cents_of_every_dollar_are_no_amount(extractor: Extractor) -> None:
    x = en(extractor, "Snowflake keeps about 70 cents of every dollar of sales as gross profit, and "
                      "it earned 31 cents a share.")
    assert metric_facts(x, "Revenue") == set()
    assert metric_facts(x, "EarningsPerShare") == {("Snowflake", Decimal("0.31"))}


def test_cents_a_share_of_a_dividend_stay_an_amount(extractor: Extractor) -> None:
    """Look-alike: cents counted per share are an amount."""
    x = en(extractor, "Snowflake will pay a dividend of 15 cents a share.")
    assert metric_facts(x, "Dividend") == {("Snowflake", Decimal("0.15"))}


# --- a percentage told again for a rival --------------------------------------------------

def test_percentage_told_again_for_a_rival_is_the_rivals(extractor: Extractor) -> None:
    x = en(extractor, "Keurig Dr Pepper raised its payout. The stock yields 3.1%, compared with "
                      "2.6% for rival Coca-Cola.")
    assert ("Coca-Cola", Decimal("2.6")) in metric_facts(x, "Other")
    assert metric_facts(x, "StockPriceChange") == set()


def test_percentage_compared_with_a_year_earlier_stays_the_subjects(extractor: Extractor) -> None:
    """Look-alike: the same comparison closed by a time names no second company."""
    x = en(extractor, "Keurig Dr Pepper said its operating margin was 22.5%, compared with 21.8% "
                      "a year earlier.")
    assert {about for about, _ in metric_facts(x, "Other")} == {"Keurig Dr Pepper"}
