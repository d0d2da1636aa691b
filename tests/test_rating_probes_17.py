"""Analyst ratings probed with sentences written for the test in the forms
news wires print them, each with look-alikes that must not fire.

The forms: dpa-AFX rows in capitals ("X STUFT Y AUF 'OVERWEIGHT' - ZIEL 250
EURO"), German reports ("mit 'Kaufen' bewertet", "bestätigt das
Overweight-Rating", "sieht … ein Kursziel von"), English wires ("maintained its
overweight rating", "raised to buy from neutral at", "price objective"),
ratings of banks and insurers, two houses in one sentence, a house and its
analyst, a company named only in the sentence before. Look-alikes: a fund's
rating, a credit rating, a rating of a sector, of an index, of bonds.

"PT" in capitals is the price target as the analyst-ratings wires abbreviate
it ("PT raised to $260 from $240"); in lower case, or as the "PT" that opens
an Indonesian company's name, it is none.

A target whose company the figures only guessed from the last company named
before ("Shares of a rival rose. X raised its target price to … and reiterated a
buy rating") belongs to the company the rating in its own sentence went to.

A bank named only as the owner of a unit ("das Kursziel für die Fondstochter
der Deutschen Bank", "the asset-management arm of Deutsche Bank") sets no
target: the house is the one named before that no rating there rates.

Different ratings listed together after "jeweils" or joined by "und", "and"
("Bernstein und Jefferies bewerten X jeweils mit 'Outperform' und 'Buy'") pair
in order with the houses (or companies) listed before: no house gives two.

A company named in a rating's clause is rated there though another house's
clause names it again ("X kept its outperform rating on Intel, while Y has a
neutral rating on the chipmaker"); named only in the other clause, it is only
that one's.

The house that rates "die Aktie des Versicherers" is not whose shares these are:
the insurer the article is about is rated, and no company of another trade.

After a rating of a bank, a house and a bank side by side with no verb of
their own share the verb of the clause before ("…, die UBS die Commerzbank mit
'Neutral'"); a bank alone there is one more bank the same house rates, also
after the particle that closes the first clause ("stuft … mit 'Buy' ein, die
Commerzbank mit 'Hold'").

Several houses judging in one headline ("A hebt X, B senkt Y") each cover the
company named after them, never the one another house judges.

Companies and banks are real catalogue entries; the sentences and the facts
in them are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str, str | None]
Target = tuple[str, str, Decimal, str | None]


def _ratings(body: str, lang: str, headline: str, extractor: Extractor) -> set[Rated]:
    x = run(extractor, body, lang, headline)
    return {(r.by, r.about, r.rating, r.previous) for r in x.ratings}


# ---------------------------------------------------------------- forms of the wires

FORMS = [
    # dpa-AFX rows
    pytest.param("de", "Analysten-Einstufungen", "JPMORGAN STUFT SAP AUF 'OVERWEIGHT' - ZIEL 250 EURO",
                 {("JPMorgan", "SAP", "OVERWEIGHT", None)}, id="de-dpa-row"),
    pytest.param("de", "Analysten-Einstufungen", "UBS HEBT ZIEL FÜR SIEMENS AUF 230 (210) EUR - 'BUY'",
                 {("UBS", "Siemens", "BUY", None)}, id="de-dpa-target-row"),
    pytest.param("de", "Analysten-Einstufungen", "WARBURG RESEARCH STARTET HENSOLDT MIT 'BUY' - ZIEL 95 EUR",
                 {("Warburg Research", "Hensoldt", "BUY", None)}, id="de-dpa-initiated"),
    pytest.param("de", "Analysten-Einstufungen", "BERENBERG BELÄSST ALLIANZ AUF 'HOLD' - ZIEL 380 EUR",
                 {("Berenberg", "Allianz", "HOLD", None)}, id="de-dpa-insurer-kept"),
    # German reports
    pytest.param("de", "Siemens-Aktie", "Goldman Sachs hat Siemens von \"Neutral\" auf \"Buy\" hochgestuft "
                 "und das Kursziel von 200 auf 240 Euro angehoben.", {("Goldman Sachs", "Siemens", "Buy", "Neutral")},
                 id="de-raised-from-to"),
    pytest.param("de", "BMW-Aktie", "Die Schweizer Großbank UBS hat das Kursziel für BMW von 95 auf 82 Euro "
                 "gesenkt und die Einstufung auf \"Neutral\" belassen.", {("UBS", "BMW", "Neutral", None)},
                 id="de-target-cut-rating-kept"),
    pytest.param("de", "Allianz-Aktie", "Analyst Max Muster von Baader hat die Allianz mit \"Buy\" bewertet.",
                 {("Baader Bank", "Allianz", "Buy", None)}, id="de-analyst-and-house"),
    pytest.param("de", "Allianz-Aktie", "Die Allianz-Aktie wurde von der DZ Bank mit \"Kaufen\" bewertet.",
                 {("DZ Bank", "Allianz", "Kaufen", None)}, id="de-valued-with"),
    pytest.param("de", "Munich Re", "Die Deutsche Bank sieht für Munich Re ein Kursziel von 620 Euro und "
                 "bestätigt das Overweight-Rating.", {("Deutsche Bank", "Munich Re", "Overweight", None)},
                 id="de-sees-a-target-and-a-rating-compound"),
    pytest.param("de", "Commerzbank", "Das Analysehaus Bernstein hat die Commerzbank auf \"Outperform\" "
                 "hochgestuft.", {("Bernstein", "Commerzbank", "Outperform", None)}, id="de-bank-upgraded"),
    pytest.param("de", "Marktbericht", "Die UBS hat Siemens auf \"Buy\" und Morgan Stanley BMW auf "
                 "\"Underweight\" eingestuft.", {("UBS", "Siemens", "Buy", None),
                                                 ("Morgan Stanley", "BMW", "Underweight", None)},
                 id="de-two-houses-two-companies"),
    pytest.param("de", "Marktbericht", "Sowohl Jefferies als auch Berenberg empfehlen die SAP-Aktie zum Kauf.",
                 {("Jefferies", "SAP", "Kauf", None), ("Berenberg", "SAP", "Kauf", None)},
                 id="de-two-houses-one-company"),
    pytest.param("de", "Rheinmetall", "Rheinmetall legte zu. Die Analysten von Bernstein stuften das Papier "
                 "mit \"Outperform\" ein.", {("Bernstein", "Rheinmetall", "Outperform", None)},
                 id="de-company-named-before"),
    # English wires
    pytest.param("en", "Apple", "Morgan Stanley maintained its overweight rating on Apple and raised its "
                 "price target to $250 from $230.", {("Morgan Stanley", "Apple", "overweight", None)},
                 id="en-maintained"),
    pytest.param("en", "Nvidia", "Nvidia was raised to buy from neutral at Citigroup.",
                 {("Citigroup", "Nvidia", "buy", "neutral")}, id="en-raised-at"),
    pytest.param("en", "Microsoft", "Jefferies initiated coverage of Microsoft with a buy rating.",
                 {("Jefferies", "Microsoft", "buy", None)}, id="en-initiated"),
    pytest.param("en", "Banks", "Keefe, Bruyette & Woods upgraded JPMorgan Chase to outperform from market "
                 "perform.", {("Keefe, Bruyette & Woods", "JPMorgan", "outperform", "market perform")},
                 id="en-bank-upgraded"),
    pytest.param("en", "Insurers", "Jefferies downgraded Allianz to hold from buy.",
                 {("Jefferies", "Allianz", "hold", "buy")}, id="en-insurer-downgraded"),
    pytest.param("en", "Market", "Goldman Sachs upgraded Apple to buy, while Morgan Stanley cut Tesla to equal "
                 "weight.", {("Goldman Sachs", "Apple", "buy", None), ("Morgan Stanley", "Tesla", "equal weight", None)},
                 id="en-two-houses"),
    pytest.param("en", "Apple", "Apple shares rose 2%. Analysts at Jefferies upgraded the stock to buy from hold.",
                 {("Jefferies", "Apple", "buy", "hold")}, id="en-company-named-before"),
    pytest.param("en", "Analyst Ratings", "Piper Sandler upgrades Tesla to overweight, PT $400.",
                 {("Piper Sandler", "Tesla", "overweight", None)}, id="en-wire-row"),
    pytest.param("en", "Analyst Ratings", "Apple: Needham maintains buy, PT raised to $260 from $240.",
                 {("Needham & Company", "Apple", "buy", None)}, id="en-wire-kept-then-target"),
    pytest.param("en", "Analyst Ratings", "Apple: Needham keeps hold, price target cut to $200.",
                 {("Needham & Company", "Apple", "hold", None)}, id="en-wire-kept-then-price-target"),
    # look-alike: a kept word before a comma and no target word
    pytest.param("en", "Analyst Ratings", "Apple: Needham keeps hold, said the analyst.", set(),
                 id="en-kept-word-no-target"),
    # look-alikes: a fund, a credit rating, a sector, an index, bonds
    pytest.param("de", "Fonds", "Der DWS Vermögensbildungsfonds erhielt von Morningstar fünf Sterne.", set(),
                 id="de-fund-stars"),
    pytest.param("de", "Commerzbank", "Die Ratingagentur S&P hat die Bonitätsnote der Commerzbank auf \"A\" "
                 "angehoben.", set(), id="de-credit-rating"),
    pytest.param("de", "Commerzbank", "Moody's bestätigte das Rating \"A1\" für die Commerzbank.", set(),
                 id="de-credit-rating-kept"),
    pytest.param("de", "Marktbericht", "Die UBS stuft den europäischen Autosektor auf \"Underweight\" ab.", set(),
                 id="de-sector"),
    pytest.param("de", "Marktbericht", "Die Deutsche Bank rät zum Kauf von Bundesanleihen.", set(), id="de-bonds"),
    pytest.param("en", "Funds", "The Vanguard Wellington Fund carries a Morningstar Analyst Rating of Gold.", set(),
                 id="en-fund-rating"),
    pytest.param("en", "Banks", "S&P Global Ratings upgraded JPMorgan Chase to AA- from A+.", set(),
                 id="en-credit-rating"),
    pytest.param("en", "Banks", "Moody's affirmed Wells Fargo's A1 rating with a stable outlook.", set(),
                 id="en-credit-rating-affirmed"),
    pytest.param("en", "Market", "Morgan Stanley downgraded the European auto sector to underweight.", set(),
                 id="en-sector"),
    pytest.param("en", "Market", "Goldman Sachs cut its S&P 500 target to 6,000 and rates the index neutral.", set(),
                 id="en-index"),
    pytest.param("en", "Market", "JPMorgan recommends buying Treasuries and holding the 10-year bond.", set(),
                 id="en-bonds"),
    pytest.param("en", "Market", "Moody's downgraded Boeing to Baa3 from Baa2.", set(), id="en-credit-grade"),
    pytest.param("en", "Market", "Goldman Sachs raised its rating on European banks to overweight.", set(),
                 id="en-banks-as-a-sector"),
    pytest.param("en", "Market", "UBS cut its rating on the Nasdaq 100 to neutral.", set(), id="en-index-cut"),
    pytest.param("de", "Marktbericht", "Die UBS hat den Dax auf \"Overweight\" hochgestuft.", set(), id="de-index"),
    pytest.param("de", "Marktbericht", "Die Deutsche Bank stuft die Anleihen von Siemens mit \"Buy\" ein.", set(),
                 id="de-a-company-s-bonds"),
    pytest.param("de", "Marktbericht", "Goldman Sachs empfiehlt europäische Bankaktien zum Kauf.", set(),
                 id="de-bank-shares-as-a-sector"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), FORMS)
def test_rating_forms_of_the_wires(extractor: Extractor, lang: str, headline: str, body: str,
                                   expected: set[Rated]) -> None:
    assert _ratings(body, lang, headline, extractor) == expected


# ---------------------------------------------------------------- "PT" for the price target

def _targets(body: str, headline: str, extractor: Extractor) -> set[Target]:
    x = run(extractor, body, "en", headline)
    return {(f.about, f.metric, f.value, f.estimated_by) for f in x.figures
            if f.metric in ("PriceTarget", "FairValue")}


PT = [
    pytest.param("Piper Sandler upgrades Tesla to overweight, PT $400.",
                 {("Tesla", "PriceTarget", Decimal(400), "Piper Sandler")}, id="pt-after-a-rating"),
    pytest.param("Needham raises Apple PT to $260 from $240, keeps buy.",
                 {("Apple", "PriceTarget", Decimal(260), "Needham & Company"),
                  ("Apple", "PriceTarget", Decimal(240), "Needham & Company")}, id="pt-raised-from"),
    pytest.param("Morningstar raised its fair value estimate for Apple to $210 from $190.",
                 {("Apple", "FairValue", Decimal(210), "Morningstar"),
                  ("Apple", "FairValue", Decimal(190), "Morningstar")}, id="fair-value-estimate"),
    # look-alikes: the "PT" of an Indonesian company's name, "pt" in lower case
    pytest.param("Shares of PT Bank Central Asia rose 2% to 9,800 rupiah in Jakarta.", set(),
                 id="pt-opening-a-name"),
    pytest.param("Piper Sandler upgrades Tesla to overweight; the pt $400 was a typo.", set(),
                 id="pt-in-lower-case"),
]


@pytest.mark.parametrize(("body", "expected"), PT)
def test_pt_is_a_price_target(extractor: Extractor, body: str, expected: set[Target]) -> None:
    assert _targets(body, "Analyst Ratings", extractor) == expected


# ---------------------------------------------------------------- a target beside its rating

def test_a_target_goes_with_the_rating_of_its_sentence(extractor: Extractor) -> None:
    body = ("Hanwha Aerospace rose 8% after record orders from Poland. Hanwha Aerospace said operating "
            "profit doubled. The order backlog of Hanwha Aerospace reached a record. Hanwha Aerospace "
            "competes with LIG Nex1 at home. Shares of LIG Nex1 gained 3%. "
            "Samsung Securities raised its target price to 900,000 won from 800,000 won and reiterated "
            "a buy rating.")
    x = run(extractor, body, "en", "Hanwha Aerospace jumps on record orders")
    rated = {(r.by, r.about) for r in x.ratings}
    assert rated == {("Samsung Securities", "Hanwha Aerospace")}
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} == \
        {("Hanwha Aerospace", "Samsung Securities")}
    assert ("Samsung Securities", "covers", "LIG Nex1") not in triples(x)


def test_a_target_with_no_rating_keeps_its_company(extractor: Extractor) -> None:
    # look-alike: no rating in the target's sentence, so nothing moves it
    body = "SAP legte zu. Morgan Stanley traut dem Titel einen Anstieg auf 245 Euro zu."
    x = run(extractor, body, "de", "SAP")
    assert {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} == \
        {("SAP", Decimal(245), "Morgan Stanley")}


# ---------------------------------------------------------------- several houses judging in a headline

HEADLINES = [
    pytest.param("de", "Bernstein hebt Siemens, Jefferies senkt BMW",
                 {("Bernstein", "covers", "Siemens"), ("Jefferies", "covers", "BMW")},
                 {("Bernstein", "covers", "BMW"), ("Jefferies", "covers", "Siemens")},
                 id="de-two-houses-judging"),
    pytest.param("en", "Barclays raises Siemens, UBS cuts BMW",
                 {("Barclays", "covers", "Siemens"), ("UBS", "covers", "BMW")},
                 {("Barclays", "covers", "BMW"), ("UBS", "covers", "Siemens")},
                 id="en-two-houses-judging"),
]


@pytest.mark.parametrize(("lang", "headline", "wanted", "unwanted"), HEADLINES)
def test_each_house_judging_covers_its_own_company(extractor: Extractor, lang: str, headline: str,
                                                   wanted: set[tuple[str, str, str]],
                                                   unwanted: set[tuple[str, str, str]]) -> None:
    body = "Die Aktien bewegten sich kaum." if lang == "de" else "The shares barely moved."
    found = triples(run(extractor, body, lang, headline))
    assert wanted <= found
    assert not unwanted & found


# ---------------------------------------------------------------- a bank named as a unit's owner

OWNERS = [
    pytest.param("de", "DWS", "Die UBS senkte die DWS auf \"Sell\". Das Kursziel für die Fondstochter der Deutschen "
                 "Bank belassen die Schweizer bei 30 Euro.", {("DWS", Decimal(30), "UBS")}, id="de-unit-owner"),
    pytest.param("en", "DWS", "UBS cut DWS to sell. It kept its price target for the asset-management arm of "
                 "Deutsche Bank at 30 euros.", {("DWS", Decimal(30), "UBS")}, id="en-unit-owner"),
    # look-alikes: the bank setting a target itself
    pytest.param("de", "Siemens", "Siemens legte zu. Die Deutsche Bank hob das Kursziel auf 200 Euro an.",
                 {("Siemens", Decimal(200), "Deutsche Bank")}, id="de-bank-sets-the-target"),
    pytest.param("en", "Siemens", "Siemens rose. Deutsche Bank raised its price target to 200 euros.",
                 {("Siemens", Decimal(200), "Deutsche Bank")}, id="en-bank-sets-the-target"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), OWNERS)
def test_the_owner_of_a_unit_sets_no_target(extractor: Extractor, lang: str, headline: str, body: str,
                                            expected: set[tuple[str, Decimal, str | None]]) -> None:
    x = run(extractor, body, lang, headline)
    assert {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} == expected


# ---------------------------------------------------------------- two ratings paired with two houses

PAIRED = [
    pytest.param("de", "Die Analysten von Bernstein und Jefferies haben die Allianz-Aktie jeweils mit "
                 "\"Outperform\" und \"Buy\" bewertet.",
                 {("Bernstein", "Allianz", "Outperform", None), ("Jefferies", "Allianz", "Buy", None)},
                 id="de-each-with-two-ratings"),
    pytest.param("de", "Bernstein und Jefferies haben die Allianz-Aktie mit \"Outperform\" und \"Buy\" bewertet.",
                 {("Bernstein", "Allianz", "Outperform", None), ("Jefferies", "Allianz", "Buy", None)},
                 id="de-two-ratings-joined"),
    pytest.param("de", "Die UBS stufte Siemens und SAP jeweils mit \"Buy\" und \"Hold\" ein.",
                 {("UBS", "Siemens", "Buy", None), ("UBS", "SAP", "Hold", None)}, id="de-two-companies-each"),
    pytest.param("en", "Evercore and Wells Fargo upgraded Nvidia to outperform and overweight.",
                 {("Evercore ISI", "Nvidia", "outperform", None), ("Wells Fargo", "Nvidia", "overweight", None)},
                 id="en-two-ratings-joined"),
    # look-alikes: one rating after "jeweils" is each one's; a rating and a target are no pair
    pytest.param("de", "Bernstein und Jefferies haben die Allianz-Aktie jeweils mit \"Buy\" bewertet.",
                 {("Bernstein", "Allianz", "Buy", None), ("Jefferies", "Allianz", "Buy", None)},
                 id="de-each-with-one-rating"),
    pytest.param("en", "UBS upgraded Nvidia to buy and raised its target to $200, and Jefferies kept a hold "
                 "rating on Intel.", {("UBS", "Nvidia", "buy", None), ("Jefferies", "Intel", "hold", None)},
                 id="en-two-clauses"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), PAIRED)
def test_different_ratings_pair_in_order(extractor: Extractor, lang: str, body: str,
                                         expected: set[Rated]) -> None:
    assert _ratings(body, lang, "Marktbericht" if lang == "de" else "Market", extractor) == expected


# ---------------------------------------------------------------- a company named again in another house's clause

AGAIN = [
    pytest.param("Bernstein reiterated its outperform rating on Intel, while Mizuho kept a neutral rating on "
                 "the chipmaker.", {("Bernstein", "Intel", "outperform", None), ("Mizuho", "Intel", "neutral", None)},
                 id="named-in-both-clauses"),
    pytest.param("Bernstein reiterated its market perform rating on Intel, while Mizuho kept a neutral rating "
                 "on Intel.", {("Bernstein", "Intel", "market perform", None), ("Mizuho", "Intel", "neutral", None)},
                 id="named-twice"),
    # look-alike: named only in the other house's clause
    pytest.param("Tesla fell. Wedbush kept its outperform rating, while Morgan Stanley has an equal-weight rating "
                 "on Tesla.", {("Morgan Stanley", "Tesla", "equal-weight", None)}, id="named-only-in-the-other"),
]


@pytest.mark.parametrize(("body", "expected"), AGAIN)
def test_a_company_named_in_both_clauses_is_rated_in_both(extractor: Extractor, body: str,
                                                          expected: set[Rated]) -> None:
    assert _ratings(body, "en", "Market", extractor) == expected


# ---------------------------------------------------------------- "die Aktie des Versicherers"

INSURERS = [
    pytest.param("Hannover Rück", "Die Hannover Rück legte zu. Metzler stufte die Aktie des Versicherers von "
                 "\"Hold\" auf \"Buy\" hoch.", {("Metzler", "Hannover Re", "Buy", "Hold")}, id="insurer-called-so"),
    pytest.param("Hannover Rück", "Die Hannover Rück legte zu. Metzler stufte die Aktie des Rückversicherers "
                 "von \"Hold\" auf \"Buy\" hoch.", {("Metzler", "Hannover Re", "Buy", "Hold")},
                 id="reinsurer-called-so"),
    pytest.param("Siemens", "Siemens legte zu. Metzler stufte die Aktie von \"Hold\" auf \"Buy\" hoch.",
                 {("Metzler", "Siemens", "Buy", "Hold")}, id="the-share-alone"),
    # look-alike: an insurer's share where the passage is about a company of another trade
    pytest.param("Siemens", "Siemens legte zu. Metzler stufte die Aktie des Versicherers von \"Hold\" auf "
                 "\"Buy\" hoch.", set(), id="insurer-in-an-article-on-another-trade"),
]


@pytest.mark.parametrize(("headline", "body", "expected"), INSURERS)
def test_the_share_of_an_insurer_called_by_its_trade(extractor: Extractor, headline: str, body: str,
                                                    expected: set[Rated]) -> None:
    assert _ratings(body, "de", headline, extractor) == expected


# ---------------------------------------------------------------- banks rated in a row of clauses

BANKS = [
    # a second house and bank sharing the first clause's verb
    pytest.param("Barclays stuft die Deutsche Bank weiterhin mit \"Overweight\" ein, die UBS die Commerzbank mit "
                 "\"Neutral\".", {("Barclays", "Deutsche Bank", "Overweight", None),
                                  ("UBS", "Commerzbank", "Neutral", None)}, id="a-house-and-a-bank-gapped"),
    pytest.param("Barclays stuft Siemens mit \"Overweight\" ein, die UBS die Commerzbank mit \"Neutral\".",
                 {("Barclays", "Siemens", "Overweight", None), ("UBS", "Commerzbank", "Neutral", None)},
                 id="a-house-and-a-bank-after-a-company"),
    # one more bank the same house rates, after the particle that closes the first clause
    pytest.param("Barclays stuft die Deutsche Bank mit \"Overweight\" ein, die Commerzbank dagegen mit "
                 "\"Neutral\".", {("Barclays", "Deutsche Bank", "Overweight", None),
                                  ("Barclays", "Commerzbank", "Neutral", None)}, id="the-next-bank-after-ein"),
    pytest.param("Barclays hat die Deutsche Bank mit \"Overweight\" eingestuft, die Commerzbank dagegen mit "
                 "\"Neutral\".", {("Barclays", "Deutsche Bank", "Overweight", None),
                                  ("Barclays", "Commerzbank", "Neutral", None)}, id="the-next-bank-after-a-verb"),
    # look-alikes: two banks joined by "und" after the first clause is no house and bank
    pytest.param("Barclays stuft die Deutsche Bank mit \"Overweight\" ein, die UBS und die Commerzbank mit "
                 "\"Neutral\".", {("Barclays", "Deutsche Bank", "Overweight", None)}, id="two-banks-joined"),
]


@pytest.mark.parametrize(("body", "expected"), BANKS)
def test_banks_rated_in_a_row_of_clauses(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert _ratings(body, "de", "Marktbericht", extractor) == expected
