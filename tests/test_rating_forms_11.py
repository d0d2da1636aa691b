"""Analyst ratings in further forms of finance news, on sentences written for
the test: a rated name followed by its exchange and ticker in brackets, as
roundups print them ("upgraded Shell (LON:SHEL) to buy"), whose colon ends
no clause; a second rated name with an apposition in commas ("… at neutral
and Porsche SE, the holding company that controls Volkswagen, at buy");
"speculative buy" and "conviction buy" in lower case; a rating held "since
last year" (not history); a rating told in the pluperfect after the term
("mit 'Reduce' eingestuft hatte"), which gives way to the house's newer one;
a sector rated earlier in the sentence, which leaves a later rating of a
company alone; a company named in a relative clause closed before the
rating is not the rated one ("Für die Muttergesellschaft Siemens, die … an
Healthineers hält, bestätigte die UBS ihr Rating"); the one subject of a
passive of rating among several companies ("Apple's supplier Broadcom was
upgraded to buy at Mizuho"); an analyst's former employer is no rater ("who
joined Bernstein from Barclays"), and a time in a relative clause closed
before the rating does not date it; a word that is a rating only in quotes
counts in a table or list cell beside a house ("Baader Bank | Add | 25 Euro",
"Shore Capital | Reiterates | Add"); a German verdict "sieht X (weiterhin) als
Kauf".

Look-alikes yield no rating: a fund's or an ETF's rating, also when a company
is named in commas after the fund ("Der ETF, in dem Hensoldt die größte
Position ist, trägt bei Morningstar das Rating 'Neutral'"); a sector named by
an adjective and a plural ("moved European autos to underweight"); a bank
named after another house's rating in the sentence, which has its own verb;
a rating told as last year's; a common word after a colon in prose with no
house beside it; a common rating word right after a name the extractor does
not know ("who rate Puma sell") for another company of the sentence.

An unknown German name right after a verb of rating, with the rating after
"auf"/"von", is rated itself (no other company takes its rating); an unnamed
rival or supplier as the object rated is no company of the text; a source
cited ("according to LSEG data") is not rated; the one company of a sentence
that another clause gives a rating of its own ("… an equal-weight rating on
Tesla") does not take the first clause's rating; a possessor opening the
apposition of the rated company ("Hon Hai, Apple's main assembler, …") is not
rated.

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def ratings(x: Extraction) -> set[Rated]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


# ---------------------------------------------------------------- tickers in brackets

TICKERS = [
    pytest.param("Barclays upgraded Unilever (LON:ULVR) to buy on Monday.",
                 {("Barclays", "Unilever", "buy")}, id="exchange-and-ticker"),
    pytest.param("Citi reiterated Arm Holdings (NASDAQ: ARM) at buy.",
                 {("Citigroup", "Arm Holdings", "buy")}, id="space-after-colon"),
    pytest.param("Mizuho cut Intel (INTC) to neutral.",
                 {("Mizuho", "Intel", "neutral")}, id="ticker-alone"),
    pytest.param("UBS raised Nvidia (NASDAQ:NVDA) to buy from neutral, while Bernstein lowered "
                 "Intel (NASDAQ:INTC) to underperform.",
                 {("UBS", "Nvidia", "buy"), ("Bernstein", "Intel", "underperform")},
                 id="two-in-one-sentence"),
]


@pytest.mark.parametrize(("body", "expected"), TICKERS)
def test_rated_name_with_a_ticker_in_brackets(extractor: Extractor, body: str,
                                              expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en")) == expected


# ---------------------------------------------------------------- appositions and lower case

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Jefferies started BMW at hold and Porsche SE, the investor that controls "
                       "Volkswagen, at buy.",
                 {("Jefferies", "BMW", "hold"), ("Jefferies", "Porsche SE", "buy")},
                 id="en-second-name-apposed"),
    pytest.param("de", "Die Citigroup stuft Traton, die Lkw-Tochter von Volkswagen, auf „Buy“ hoch.",
                 {("Citigroup", "Traton", "Buy")}, id="de-apposed"),
])
def test_rated_name_before_an_apposition(extractor: Extractor, lang: str, body: str,
                                         expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Canaccord Genuity kept a speculative buy on Rocket Lab.",
                 {("Canaccord Genuity", "Rocket Lab", "speculative buy")}, id="speculative"),
    pytest.param("Goldman Sachs rates Siemens a conviction buy.",
                 {("Goldman Sachs", "Siemens", "conviction buy")}, id="conviction"),
    # look-alike: the words in a reporter's sentence, no house's rating
    pytest.param("Rocket Lab remains a speculative buy for bold investors.", set(), id="no-house"),
])
def test_two_word_ratings_in_lower_case(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en")) == expected


# ---------------------------------------------------------------- time of a rating

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Jefferies, which has had a buy rating on Tesco since last year, raised its "
                       "target.", {("Jefferies", "Tesco", "buy")}, id="en-since-last-year"),
    pytest.param("de", "Die UBS stuft Siemens seit Anfang 2024 mit „Buy“ ein.",
                 {("UBS", "Siemens", "Buy")}, id="de-seit-anfang"),
    # look-alikes: a rating told as last year's
    pytest.param("en", "Jefferies rated Tesco buy last year.", set(), id="en-last-year"),
    pytest.param("de", "Die UBS hatte Siemens im vergangenen Jahr mit „Buy“ eingestuft.", set(),
                 id="de-last-year"),
])
def test_rating_held_since_a_past_time(extractor: Extractor, lang: str, body: str,
                                       expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang)) == expected


def test_pluperfect_rating_gives_way_to_the_house_s_newer_one(extractor: Extractor) -> None:
    body = ("Analystin Eva Kern, die früher bei der DZ Bank die Aktie von Zalando mit „Verkaufen“ "
            "bewertet hatte, arbeitet nun für Berenberg. Bei der DZ Bank betreut nun Analyst Jonas "
            "Wirth den Titel. Er stuft Zalando mit „Halten“ ein.")
    x = run(extractor, body, headline="Zalando im Blick")
    found = {(r.by, r.about, r.rating, r.previous) for r in x.ratings}
    assert found == {("DZ Bank", "Zalando", "Halten", "Verkaufen")}


# ---------------------------------------------------------------- sectors and relative clauses

def test_sector_rated_earlier_leaves_a_company_rating_alone(extractor: Extractor) -> None:
    body = ("Morgan Stanley, which cut its rating on the chip sector to equal weight last week, "
            "kept an overweight rating on Nvidia.")
    assert ratings(run(extractor, body, lang="en")) == {("Morgan Stanley", "Nvidia", "overweight")}


def test_company_in_a_closed_relative_clause_is_not_rated(extractor: Extractor) -> None:
    body = ("Für den Großaktionär Porsche SE, der gut 30 Prozent an Volkswagen hält, bestätigte "
            "die Deutsche Bank ihr Votum „Hold“.")
    assert ratings(run(extractor, body)) == {("Deutsche Bank", "Porsche SE", "Hold")}


# ---------------------------------------------------------------- look-alikes

LOOK_ALIKES = [
    pytest.param("en", "Morningstar lowered its analyst rating on the Vanguard Wellington Fund to "
                       "neutral.", id="en-fund"),
    pytest.param("en", "The iShares Semiconductor ETF, whose biggest holding is Nvidia, carries a "
                       "Morningstar rating of Neutral.", id="en-etf-with-holding"),
    pytest.param("de", "Der DWS-Fonds, in dem Rheinmetall die größte Position ist, trägt bei "
                       "Morningstar das Rating „Neutral“.", id="de-fonds-with-holding"),
    pytest.param("de", "Scope bewertet den Fonds der Union Investment mit „Buy“.", id="de-fonds-of-bank"),
    pytest.param("en", "UBS moved European autos to underweight.", id="en-sector-adjective-plural"),
    pytest.param("en", "Ford Motor rose after Fitch revised its outlook to positive, Morningstar cut "
                       "its rating on a Fidelity fund to neutral, and UBS moved European autos to "
                       "underweight.", id="en-list-of-look-alikes"),
]


@pytest.mark.parametrize(("lang", "body"), LOOK_ALIKES)
def test_look_alike_gives_no_rating(extractor: Extractor, lang: str, body: str) -> None:
    assert ratings(run(extractor, body, lang=lang)) == set()


def test_fund_manager_quoted_leaves_the_rating(extractor: Extractor) -> None:
    body = "Citi upgraded Ford Motor to buy, said Jane Roe, a fund manager at Fidelity."
    assert ratings(run(extractor, body, lang="en")) == {("Citigroup", "Ford Motor", "buy")}


# ---------------------------------------------------------------- the rated subject of a passive

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Apple's supplier Broadcom was upgraded to buy at Mizuho.",
                 {("Mizuho", "Broadcom", "buy")}, id="en-possessive-before-subject"),
    pytest.param("de", "Der BMW-Rivale Mercedes-Benz wurde von der UBS auf „Sell“ abgestuft.",
                 {("UBS", "Mercedes-Benz Group", "Sell")}, id="de-rival-before-subject"),
    # look-alike: the subject of "were higher" is not the one the house rated
    pytest.param("en", "Tesco and Ocado were higher after Jefferies upgraded Sainsbury's to buy.",
                 {("Jefferies", "Sainsbury's", "buy")}, id="en-not-a-passive"),
    pytest.param("en", "UBS analysts said Tesco was cheap but kept their hold rating on Ocado.",
                 {("UBS", "Ocado", "hold")}, id="en-copula-then-a-rating-on-another"),
])
def test_one_passive_subject_among_several_companies(extractor: Extractor, lang: str, body: str,
                                                     expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang)) == expected


# ---------------------------------------------------------------- an analyst's former employer

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Lee, who joined Bernstein from Barclays this spring, rates Shell outperform.",
                 {("Bernstein", "Shell", "outperform")}, id="en-joined-from"),
    pytest.param("en", "Lee, who moved to Bernstein from Barclays last year, rates Shell outperform.",
                 {("Bernstein", "Shell", "outperform")}, id="en-time-in-relative-clause"),
    pytest.param("en", "Ann Lee, formerly of Barclays, now at Bernstein, rates Shell outperform.",
                 {("Bernstein", "Shell", "outperform")}, id="en-formerly-of"),
    # the former employer alone before the rating: its own rating, told of that time
    pytest.param("en", "Back at Barclays, Lee rated Shell underweight.", {
        ("Barclays", "Shell", "underweight")}, id="en-former-alone"),
])
def test_former_employer_is_no_rater(extractor: Extractor, lang: str, body: str,
                                     expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang)) == expected


# ---------------------------------------------------------------- cells of tables and lists

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Einschätzungen zu Puma SE:\nBank | Votum | Ziel\nBaader Bank | Add | 25 Euro",
                 {("Baader Bank", "Puma SE", "Add")}, id="de-table-row"),
    pytest.param("de", "Stimmen zu Puma SE:\n- Baader Bank: Add, Kursziel 25 Euro",
                 {("Baader Bank", "Puma SE", "Add")}, id="de-list-line"),
    pytest.param("en", "Actions on Tesco:\nFirm | Action | Rating\nShore Capital | Reiterates | Add",
                 {("Shore Capital", "Tesco", "Add")}, id="en-action-cell-between"),
    # look-alikes: a common word after a colon with no house beside it
    pytest.param("en", "After the Citi downgrade of Tesco the message was clear: sell.", set(),
                 id="en-colon-in-prose"),
    pytest.param("de", "Fazit zu Puma SE: halten.", set(), id="de-verdict-no-house"),
])
def test_word_in_a_cell_beside_a_house(extractor: Extractor, lang: str, body: str,
                                       expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang)) == expected


# ---------------------------------------------------------------- a peer's shares before the rating

def test_peer_shares_before_a_rating_naming_no_company(extractor: Extractor) -> None:
    body = ("Siemens Energy posted record orders. Siemens Energy competes with Vestas and Nordex in "
            "wind. Shares of Vestas gained 2%. Jefferies raised its target price and reiterated a buy "
            "rating.")
    x = run(extractor, body, lang="en", headline="Siemens Energy jumps on record orders")
    assert ratings(x) == {("Jefferies", "Siemens Energy", "buy")}


def test_passage_on_another_company_keeps_its_own(extractor: Extractor) -> None:
    body = ("Siemens Energy posted record orders and rose 4%.\nVestas lags\nShares of Vestas fell 2% "
            "after a profit warning. Jefferies reiterated a buy rating.")
    x = run(extractor, body, lang="en", headline="Siemens Energy jumps on record orders")
    assert ratings(x) == {("Jefferies", "Vestas", "buy")}


# ---------------------------------------------------------------- German verdicts with "als"

@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Die UBS sieht Zalando weiterhin als Kauf.", {("UBS", "Zalando", "Kauf")},
                 id="sieht-als-kauf"),
    pytest.param("Jefferies sieht die Aktie von Zalando als klaren Verkauf.",
                 {("Jefferies", "Zalando", "Verkauf")}, id="sieht-als-klaren-verkauf"),
    # look-alikes: a chance to buy, a purchase judged, no house in the sentence
    pytest.param("Die UBS sieht Zalando als Kaufgelegenheit.", set(), id="kaufgelegenheit"),
    pytest.param("Die UBS sieht den Kauf von About You durch Zalando als Fehler.", set(),
                 id="a-purchase-judged"),
    pytest.param("Viele Anleger sehen Zalando als Kauf.", set(), id="no-house"),
])
def test_verdict_seen_as_a_buy(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body)) == expected


# ---------------------------------------------------------------- an unknown name rated

@pytest.mark.parametrize(("body", "expected"), [
    # "Puma" (the catalogue's short name of Puma SE, also a word) rated by a house before the
    # verb and a rating word after it is the company; its rating never goes to Adidas
    pytest.param("Analysts at Citi, who rate Puma sell, said Adidas was gaining share.",
                 {("Citigroup", "Puma SE", "sell")}, id="short-name-before-plain-word"),
    pytest.param("Citi rates Puma a buy and sees Adidas gaining share.",
                 {("Citigroup", "Puma SE", "buy")}, id="short-name-before-article-and-word"),
    # a name discovery finds is rated itself
    pytest.param("Analysts at Citi, who rate Acme Robotics sell, said Adidas was gaining share.",
                 {("Citigroup", "Acme Robotics", "sell")}, id="discovered-name"),
    pytest.param("Citi rates Adidas a buy.", {("Citigroup", "Adidas", "buy")}, id="known-name"),
    pytest.param("Citi rates the stock buy after Adidas rose 2%.", {("Citigroup", "Adidas", "buy")},
                 id="the-stock"),
])
def test_unknown_name_before_a_common_rating_word(extractor: Extractor, body: str,
                                                  expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # German nouns are capitalised like names: a capitalised word after the verb is a name only
    # where the rating follows "auf"/"von"; the unknown name's rating goes to no other company
    pytest.param("Adidas steigerte den Umsatz. Goldman Sachs stufte Nordwind Mode auf „Sell“ ab.",
                 set(), id="de-unknown-name-before-auf-term"),
    pytest.param("Adidas steigerte den Umsatz. Goldman Sachs stufte Nordwind Mode von „Buy“ auf "
                 "„Neutral“ ab.", set(), id="de-unknown-name-before-von-term"),
    pytest.param("Adidas steigerte den Umsatz. Goldman Sachs stufte Zalando auf „Sell“ ab.",
                 {("Goldman Sachs", "Zalando", "Sell")}, id="de-known-name"),
    # a noun with its article, or a noun before a number, leaves the article's subject rated
    pytest.param("Adidas steigerte den Umsatz. Goldman Sachs stufte die Aktie auf „Sell“ ab.",
                 {("Goldman Sachs", "Adidas", "Sell")}, id="de-the-share"),
    pytest.param("Adidas steigerte den Umsatz. Goldman Sachs senkte Kursziel auf 90 Euro und "
                 "stufte die Papiere auf „Sell“ ab.",
                 {("Goldman Sachs", "Adidas", "Sell")}, id="de-target-noun-before-number"),
])
def test_unknown_german_name_after_a_verb_of_rating(extractor: Extractor, body: str,
                                                    expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, headline="Adidas legt zu")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # an unnamed rival or supplier as the object rated is another company than the article's
    pytest.param("de", "Jefferies stufte den Konkurrenten auf „Hold“ ab.", set(), id="de-rival-object"),
    pytest.param("de", "Den Rivalen stufte Jefferies auf „Hold“ ab.", set(), id="de-rival-fronted"),
    pytest.param("de", "Jefferies stufte seinen Zulieferer auf „Hold“ ab.", set(), id="de-supplier-object"),
    pytest.param("en", "Jefferies also cut its smaller rival to hold.", set(), id="en-rival-object"),
    # look-alikes: the company itself, by a noun of its own, or a rival named
    pytest.param("de", "Jefferies stufte den Konzern auf „Hold“ ab.",
                 {("Jefferies", "Adidas", "Hold")}, id="de-the-group"),
    pytest.param("de", "Jefferies stufte den Konkurrenten Puma SE auf „Hold“ ab.",
                 {("Jefferies", "Puma SE", "Hold")}, id="de-rival-named"),
    pytest.param("en", "Jefferies cut the stock to hold, citing its rivals' discounts.",
                 {("Jefferies", "Adidas", "hold")}, id="en-rival-after-the-rating"),
])
def test_unnamed_rival_rated(extractor: Extractor, lang: str, body: str,
                             expected: set[Rated]) -> None:
    assert ratings(run(extractor, f"Adidas steigerte den Umsatz. {body}" if lang == "de"
                       else f"Adidas lifted sales. {body}", lang=lang,
                       headline="Adidas legt zu" if lang == "de" else "Adidas gains")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a source cited is not what is rated: the passage's company is
    pytest.param("Apple shares rose 2%. According to LSEG data, analysts at Jefferies rate the "
                 "stock buy.", {("Jefferies", "Apple", "buy")}, id="source-cited"),
    # the one company named is given a rating of its own in another clause: the first rating
    # names no company
    pytest.param("Apple shares rose 2%. Wedbush kept its outperform rating, while Morgan Stanley "
                 "has an equal-weight rating on Tesla.",
                 {("Morgan Stanley", "Tesla", "equal-weight")}, id="other-clause-rating-on-company"),
    # look-alikes: a target on the company before the house's own rating, a rating in a relative
    # clause of the second house, a rating given up since
    pytest.param("Apple shares rose 2%. Wedbush raised its price objective on Tesla to $500 and "
                 "reiterated its outperform rating, while Morgan Stanley, which has an "
                 "equal-weight rating on the shares, stayed cautious.",
                 {("Wedbush Securities", "Tesla", "outperform"),
                  ("Morgan Stanley", "Tesla", "equal-weight")}, id="target-on-company-first"),
    pytest.param("Apple shares rose 2%. Tesla was rated buy by Wedbush in May, but the bank has "
                 "since moved to hold.", {("Wedbush Securities", "Tesla", "hold")},
                 id="since-moved"),
])
def test_source_and_other_clause(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Apple shares rise")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a possessor opening the apposition of the rated company describes it and is not rated
    pytest.param("Apple shares rose 2%. Jefferies upgraded Hon Hai, Apple's main assembler, to buy.",
                 {("Jefferies", "Foxconn", "buy")}, id="possessor-in-apposition"),
    # look-alikes: two companies rated in a list, a possessor before the rated name
    pytest.param("Apple shares rose 2%. Jefferies upgraded Hon Hai and Pegatron to buy.",
                 {("Jefferies", "Foxconn", "buy"), ("Jefferies", "Pegatron", "buy")},
                 id="two-rated"),
    pytest.param("Apple shares rose 2%. Jefferies upgraded Hon Hai, the assembler, to buy.",
                 {("Jefferies", "Foxconn", "buy")}, id="apposition-without-possessor"),
])
def test_possessor_in_an_apposition_is_not_rated(extractor: Extractor, body: str,
                                                 expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Apple shares rise")) == expected
