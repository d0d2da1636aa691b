"""Analyst ratings in further forms of finance news, on sentences written for
the test: lists of ratings printed wholly in capitals, as news agencies print
their overviews ("KEPLER CHEUVREUX HEBT SIEMENS AUF 'BUY' (HOLD) - ZIEL 250
(210) EUR"), read in the case of prose with their targets; a rating in a
relative clause whose subject is the house ("Barclays, which Morgan Stanley
rates overweight") or in a participle after a comma ("Tesco, rated buy at
Jefferies,"); a second house's rating in the same sentence of "the stock"
of a bank rated first ("…, while Jefferies cut the stock to hold"), with the
target going to the house whose rating it follows; advice on a bank in words
("rät bei der Commerzbank zum Übergewichten"); counts of ratings and mean or
median targets as a consensus ("has 15 buy ratings", "a median price target");
names listed before a passive each rated ("Tesco and Sainsbury's were both
upgraded to buy by Jefferies"); "Equalweight" in one word; German verdicts in
words ("Nach Ansicht der UBS bleibt Siemens ein Kauf", "hält Siemens für einen
Kauf"); a sector named by its companies' noun ("upgraded European banks to
overweight") rates no company; an apposition in commas between the rated
name and a common rating word ("upgraded Tesco, the UK's biggest grocer, to
buy").

Look-alikes yield no rating: a credit rating and a market line in capitals, a
headline in capitals where "buy" is a verb, a subject relative clause ("Citi,
which rates Barclays buy" is Citi's rating), a credit rating in a relative
clause, advice in words that names no rating, a rating on another company
after a bank was rated, a term that opens a sentence as an adjective
("Positive comments from UBS").

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run

from kg.nlp.document import Sentence, cased
from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def ratings(x: Extraction) -> set[Rated]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


def targets(x: Extraction) -> set[tuple[str, Decimal, str, str | None]]:
    return {(f.about, f.value, f.unit, f.estimated_by) for f in x.figures
            if f.metric == "PriceTarget" and f.value is not None}


# ---------------------------------------------------------------- lines in capitals

def test_cased_reads_a_line_in_capitals_in_the_case_of_prose() -> None:
    printed = "- METZLER HEBT TALANX AUF 'BUY' - ZIEL 120 EUR"
    sentence = Sentence(start=10, text=printed)
    view = cased(sentence)
    assert view.text == "- metzler hebt talanx auf 'Buy' - ziel 120 eur"
    assert (view.start, len(view.text)) == (10, len(printed))
    amount = printed.index("120 EUR")
    nouns = cased(sentence, nouns=True, kept=((amount, amount + len("120 EUR")),))
    assert nouns.text == "- Metzler Hebt Talanx auf 'Buy' - Ziel 120 EUR"


def test_cased_leaves_a_sentence_of_prose_as_it_is() -> None:
    sentence = Sentence(start=0, text="Metzler hebt Talanx auf 'Buy' - Ziel 120 EUR")
    assert cased(sentence) is sentence


CAPITALS = [
    pytest.param("de", "KEPLER CHEUVREUX HEBT SIEMENS AUF 'BUY' (HOLD) - ZIEL 250 (210) EUR",
                 {("Kepler Cheuvreux", "Siemens", "BUY")},
                 ("Siemens", Decimal(250), "EUR", "Kepler Cheuvreux"), id="de-hebt-auf-ziel"),
    pytest.param("de", "UBS SENKT ZIEL FÜR COMMERZBANK AUF 30 (34) EUR - 'NEUTRAL'",
                 {("UBS", "Commerzbank", "NEUTRAL")},
                 ("Commerzbank", Decimal(30), "EUR", "UBS"), id="de-bank-rated-by-bank"),
    pytest.param("en", "JEFFERIES RAISES VODAFONE TO 'BUY' FROM 'HOLD'; TARGET 95 PENCE",
                 {("Jefferies", "Vodafone", "BUY")},
                 ("Vodafone", Decimal("0.95"), "GBP", "Jefferies"), id="en-raises-to-from"),
]


@pytest.mark.parametrize(("lang", "line", "expected", "target"), CAPITALS)
def test_rating_in_a_line_printed_in_capitals(extractor: Extractor, lang: str, line: str,
                                              expected: set[Rated],
                                              target: tuple[str, Decimal, str, str]) -> None:
    x = run(extractor, line, lang=lang)
    assert ratings(x) == expected
    assert target in targets(x)
    # the evidence quotes the line as printed
    assert {r.evidence.sentence for r in x.ratings} == {line}


def test_short_name_in_capitals_of_a_company_named_before(extractor: Extractor) -> None:
    body = ("Die Puma-Aktie legte am Morgen zu.\n"
            "JPMORGAN SENKT ZIEL FÜR PUMA AUF 20 EUR - 'UNDERWEIGHT'")
    x = run(extractor, body)
    assert ratings(x) == {("JPMorgan", "Puma SE", "UNDERWEIGHT")}
    assert ("Puma SE", Decimal(20), "EUR", "JPMorgan") in targets(x)


@pytest.mark.parametrize(("lang", "line"), [
    pytest.param("de", "MOODY'S BESTÄTIGT RATING 'AA2' FÜR ALLIANZ - AUSBLICK STABIL", id="de-credit"),
    pytest.param("de", "DAX SCHLIESST IM PLUS - BANKEN GEFRAGT", id="de-market-line"),
    pytest.param("en", "TESCO SHARES HIT RECORD AS SHOPPERS BUY MORE", id="en-buy-a-verb"),
])
def test_line_in_capitals_without_a_rating(extractor: Extractor, lang: str, line: str) -> None:
    assert ratings(run(extractor, line, lang=lang)) == set()


# ---------------------------------------------------------------- relative clauses

RELATIVE = [
    pytest.param("Barclays, which Morgan Stanley rates overweight, rose 2 percent.",
                 {("Morgan Stanley", "Barclays", "overweight")}, id="bank-rates-term"),
    pytest.param("Rival HSBC, which UBS downgraded to neutral from buy, fell 1%.",
                 {("UBS", "HSBC", "neutral")}, id="bank-downgraded-to-from"),
    pytest.param("Tesco, which Jefferies rates buy, outpaced Sainsbury's.",
                 {("Jefferies", "Tesco", "buy")}, id="company-rates-plain-word"),
    pytest.param("Tesco, rated buy at Jefferies, rose 2%.",
                 {("Jefferies", "Tesco", "buy")}, id="participle-after-comma"),
    # look-alikes: the house is the subject of the relative clause; a credit rating; a consensus
    pytest.param("Tesco, rated buy by most analysts, rose 2%.", set(), id="participle-consensus"),
    pytest.param("Citi, which rates Barclays buy, raised its target.",
                 {("Citigroup", "Barclays", "buy")}, id="subject-relative-is-the-house"),
    pytest.param("Lloyds, which Moody's rates A1 with a stable outlook, rose.", set(),
                 id="credit-rating-in-relative"),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVE)
def test_rating_in_a_relative_clause(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en")) == expected


# ---------------------------------------------------------------- a bank rated twice

def test_second_house_rates_the_stock_of_the_bank_rated_first(extractor: Extractor) -> None:
    x = run(extractor, "Deutsche Bank upgraded Barclays to buy with a price target of 350 pence, "
                       "while Jefferies cut the stock to hold.", lang="en")
    assert ratings(x) == {("Deutsche Bank", "Barclays", "buy"), ("Jefferies", "Barclays", "hold")}
    assert targets(x) == {("Barclays", Decimal("3.5"), "GBP", "Deutsche Bank")}


def test_second_house_naming_its_own_company_rates_that_one(extractor: Extractor) -> None:
    x = run(extractor, "JPMorgan upgraded Lloyds to buy, while Citi kept a sell rating on Tesco.",
            lang="en")
    assert ratings(x) == {("JPMorgan", "Lloyds Banking Group", "buy"), ("Citigroup", "Tesco", "sell")}


# ---------------------------------------------------------------- advice on a bank in words

def test_advice_on_a_bank_names_the_bank_rated(extractor: Extractor) -> None:
    x = run(extractor, "Die DZ Bank rät bei der Commerzbank weiterhin zum Übergewichten.")
    assert ratings(x) == {("DZ Bank", "Commerzbank", "Übergewichten")}


def test_advice_without_a_rating(extractor: Extractor) -> None:
    assert ratings(run(extractor, "Die Deutsche Bank rät Anlegern zur Vorsicht.")) == set()


# ---------------------------------------------------------------- consensus

def test_counted_ratings_are_a_consensus(extractor: Extractor) -> None:
    x = run(extractor, "Barclays has 15 buy ratings and four holds among the 20 brokers covering "
                       "it.", lang="en")
    assert ratings(x) == set()


def test_a_house_with_a_rating_is_no_consensus(extractor: Extractor) -> None:
    assert ratings(run(extractor, "UBS has a buy rating on Tesco.", lang="en")) \
        == {("UBS", "Tesco", "buy")}


def test_median_target_is_no_house_s(extractor: Extractor) -> None:
    body = ("Jefferies raised its price target on Nike to $95. Of the 30 analysts covering Nike, "
            "most rate it buy, and their median price target is $88.")
    x = run(extractor, body, lang="en", headline="Nike shares rise")
    assert ("Nike", Decimal(88), "USD", None) in targets(x)
    assert ("Nike", Decimal(95), "USD", "Jefferies") in targets(x)


def test_consensus_target_values_the_bank_named_there(extractor: Extractor) -> None:
    body = ("JPMorgan rates Lloyds overweight. Shares of HSBC rose 2%. Lloyds has 12 buy ratings "
            "among 18 brokers, with a mean price target of 110p.")
    x = run(extractor, body, lang="en", headline="UK banks")
    assert ("Lloyds Banking Group", Decimal("1.1"), "GBP", None) in targets(x)


# ---------------------------------------------------------------- house labels in one word

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Citi moved Tesco to equalweight from overweight.",
                 {("Citigroup", "Tesco", "equalweight")}, id="en-equalweight"),
    pytest.param("de", "Die Citigroup stuft Siemens mit \"Equalweight\" ein.",
                 {("Citigroup", "Siemens", "Equalweight")}, id="de-equalweight"),
    # look-alike: a weighting of a portfolio, no house's rating
    pytest.param("en", "The fund is equalweight across its ten holdings.", set(), id="en-portfolio"),
])
def test_equalweight_written_as_one_word(extractor: Extractor, lang: str, body: str,
                                         expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang)) == expected


# ---------------------------------------------------------------- terms that are also adjectives

@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Neutral rating reiterated at Jefferies for Tesco.",
                 {("Jefferies", "Tesco", "Neutral")}, id="before-rating-noun"),
    pytest.param("Neutral reiterated at Jefferies on Tesco.",
                 {("Jefferies", "Tesco", "Neutral")}, id="before-verb-of-rating"),
    # look-alikes: an adjective opening the sentence before a noun
    pytest.param("Positive comments from UBS on Siemens lifted the stock.", set(), id="positive-comments"),
    pytest.param("Neutral observers at UBS said Siemens had little room to cut prices.", set(),
                 id="neutral-observers"),
])
def test_term_opening_a_sentence_as_an_adjective(extractor: Extractor, body: str,
                                                 expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en")) == expected


# ---------------------------------------------------------------- several names rated in a passive

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Tesco and Sainsbury's were both upgraded to buy by Jefferies.",
                 {("Jefferies", "Tesco", "buy"), ("Jefferies", "Sainsbury's", "buy")}, id="en-both-upgraded"),
    pytest.param("en", "Tesco and Sainsbury's were both rated buy at Jefferies.",
                 {("Jefferies", "Tesco", "buy"), ("Jefferies", "Sainsbury's", "buy")}, id="en-both-rated"),
    pytest.param("de", "Siemens und SAP wurden von der UBS auf 'Buy' hochgestuft.",
                 {("UBS", "Siemens", "Buy"), ("UBS", "SAP", "Buy")}, id="de-wurden-hochgestuft"),
    # look-alike: "were" of another verb, the rated company named after the house
    pytest.param("en", "Tesco and Ocado were trading higher after Jefferies upgraded Sainsbury's to buy.",
                 {("Jefferies", "Sainsbury's", "buy")}, id="en-own-company-after-house"),
])
def test_names_listed_before_a_passive_are_each_rated(extractor: Extractor, lang: str, body: str,
                                                      expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang)) == expected


# ---------------------------------------------------------------- German verdicts in words

@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Nach Ansicht der UBS bleibt Siemens ein Kauf.", {("UBS", "Siemens", "Kauf")},
                 id="nach-ansicht"),
    pytest.param("Die UBS hält Siemens für einen Kauf.", {("UBS", "Siemens", "Kauf")}, id="haelt-fuer"),
    # look-alikes: the publication's own verdict; a purchase that is no verdict
    pytest.param("Der Aktionär hält Siemens für einen Kauf.", set(), id="publication-own"),
    pytest.param("Die UBS hält den Zeitpunkt für einen Kauf von Siemens-Aktien für günstig.", set(),
                 id="purchase-timing"),
])
def test_verdict_in_words(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body)) == expected


# ---------------------------------------------------------------- a sector named by its companies' noun

@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("UBS strategists upgraded European banks to overweight, citing Tesco's results.", set(),
                 id="banks-sector"),
    pytest.param("UBS cut European carmakers to underweight and downgraded Volkswagen to sell.",
                 {("UBS", "Volkswagen", "sell")}, id="carmakers-then-company"),
    # the noun beside a company rated: its rating stands
    pytest.param("Among UK retailers, Jefferies upgraded Tesco to buy.", {("Jefferies", "Tesco", "buy")},
                 id="retailers-fronted"),
])
def test_sector_named_by_its_companies_noun(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en")) == expected


# ---------------------------------------------------------------- an apposition between name and rating

@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Jefferies upgraded Tesco, the UK's biggest grocer, to buy from hold.",
                 {("Jefferies", "Tesco", "buy")}, id="company-apposition"),
    pytest.param("Jefferies upgraded two UK banks, Lloyds and NatWest, to buy.",
                 {("Jefferies", "Lloyds Banking Group", "buy"), ("Jefferies", "NatWest Group", "buy")},
                 id="banks-listed-in-apposition"),
    # look-alike: a clause after one comma, where "buy" is a verb
    pytest.param("Jefferies raised its forecast for Tesco, saying shoppers continued to buy.", set(),
                 id="clause-after-comma"),
])
def test_apposition_between_the_rated_name_and_the_rating(extractor: Extractor, body: str,
                                                          expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en")) == expected
