"""Analyst ratings in the recurring forms of finance news, on sentences
written for the test in the manner of German analyst notes and English
"analyst actions": the verbs of rating (einstufen, belassen, hoch- and
abstufen, aufnehmen; upgrade, downgrade, reiterate, maintain, initiate),
headline forms ("X hebt Y auf 'Buy' - Ziel …"), recommendations in words
("Kaufempfehlung", "Kaufvotum"), the house labels ("Equal Weight", "Sector
Perform", "Peer Perform", "Accumulate", "Reduce"), one house rating several
companies and several houses one company; with each rating the rater
``covers`` the company.

The look-alikes must yield nothing: "buy" and "hold" in ordinary prose,
credit ratings of rating agencies ("AA-", "Baa1"), fund and star ratings, a
consensus without a named house, and an advertising line.

Further forms: one rating bound to a list of companies or of houses ("an
outperform rating on both Microsoft and Apple", "JPMorgan and Morgan
Stanley both rate the stock overweight"), relative clauses ("analysts at
X, who rate the shares buy"), house words ("Kaufen-Votum",
"Halteempfehlung", "Anlageurteil"), the company only in the headline, the
styles of rating aggregators ("reissued a buy rating", "from a 'hold'
rating to a 'buy' rating", "is rated buy at X"); counted analysts ("22 of
30 analysts rate it buy") are a consensus, which ANNOTATION omits. An
analyst's comment that names no company covers the article's subject only
when the sentence before names no other company.

Companies and banks are real catalogue entries; the sentences and the
facts in them are invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import run, triples

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def ratings(x: Extraction) -> set[Rated]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


def previous(x: Extraction) -> dict[Rated, str | None]:
    return {(r.by, r.about, r.rating): r.previous for r in x.ratings}


def covers(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "covers"}


GERMAN = [
    pytest.param("Siemens", "Die US-Bank JPMorgan hat die Einstufung für Siemens nach Zahlen auf "
                 "'Overweight' mit einem Kursziel von 260 Euro belassen.",
                 {("JPMorgan", "Siemens", "Overweight")}, id="de-einstufung-belassen"),
    pytest.param("BASF", "Das Analysehaus Jefferies hat das Kursziel für BASF von 50 auf 52 Euro "
                 "angehoben und die Einstufung auf 'Buy' belassen.",
                 {("Jefferies", "BASF", "Buy")}, id="de-ziel-angehoben-einstufung-belassen"),
    pytest.param("Infineon", "Die US-Investmentbank Goldman Sachs hat Infineon von 'Neutral' auf "
                 "'Buy' hochgestuft und das Kursziel von 38 auf 45 Euro angehoben.",
                 {("Goldman Sachs", "Infineon Technologies", "Buy")}, id="de-von-auf-hochgestuft"),
    pytest.param("Adidas", "Barclays senkt Ziel für Adidas auf 180 Euro - 'Equal Weight'",
                 {("Barclays", "Adidas", "Equal Weight")}, id="de-headline-senkt-ziel"),
    pytest.param("SAP", "Die Privatbank Berenberg stuft SAP weiter mit 'Halten' ein.",
                 {("Berenberg", "SAP", "Halten")}, id="de-stuft-weiter-mit-ein"),
    pytest.param("Zalando", "Die kanadische Bank RBC hat Zalando mit 'Outperform' in die Bewertung "
                 "aufgenommen.", {("RBC Capital Markets", "Zalando", "Outperform")},
                 id="de-in-die-bewertung-aufgenommen"),
    pytest.param("Zalando", "RBC nimmt Zalando mit 'Outperform' in die Bewertung auf.",
                 {("RBC Capital Markets", "Zalando", "Outperform")}, id="de-nimmt-auf"),
    pytest.param("Allianz", "Die DZ Bank hat ihre Kaufempfehlung für Allianz bestätigt.",
                 {("DZ Bank", "Allianz", "Kaufempfehlung")}, id="de-kaufempfehlung-bestaetigt"),
    pytest.param("Bayer", "Das Bankhaus Metzler bekräftigte sein Kaufvotum für Bayer.",
                 {("Metzler", "Bayer", "Kaufvotum")}, id="de-kaufvotum"),
    pytest.param("Volkswagen", "Die Schweizer Großbank UBS hat eine Verkaufsempfehlung für "
                 "Volkswagen ausgesprochen.", {("UBS", "Volkswagen", "Verkaufsempfehlung")},
                 id="de-verkaufsempfehlung"),
    pytest.param("Commerzbank", "Die britische Investmentbank Barclays hat die Commerzbank von "
                 "'Equal Weight' auf 'Overweight' hochgestuft.",
                 {("Barclays", "Commerzbank", "Overweight")}, id="de-bank-rated"),
    pytest.param("Porsche", "Die Deutsche Bank hat Porsche auf 'Hold' abgestuft und das Kursziel "
                 "auf 40 Euro gesenkt.", {("Deutsche Bank", "Porsche", "Hold")},
                 id="de-abgestuft"),
    pytest.param("Deutsche Telekom", "Bernstein hat die Deutsche Telekom mit 'Outperform' und "
                 "einem Kursziel von 36 Euro eingestuft.",
                 {("Bernstein", "Deutsche Telekom", "Outperform")}, id="de-mit-eingestuft"),
    pytest.param("Allianz", "Die Baader Bank hat Allianz auf 'Reduce' belassen.",
                 {("Baader Bank", "Allianz", "Reduce")}, id="de-reduce"),
    pytest.param("SAP", "Kepler Cheuvreux beließ SAP auf 'Accumulate'.",
                 {("Kepler Cheuvreux", "SAP", "Accumulate")}, id="de-accumulate"),
    pytest.param("Infineon", "Berenberg bewertet Infineon mit 'Buy', Jefferies mit 'Hold'.",
                 {("Berenberg", "Infineon Technologies", "Buy"),
                  ("Jefferies", "Infineon Technologies", "Hold")}, id="de-two-houses-two-ratings"),
    pytest.param("Siemens", "Die UBS hat Siemens auf 'Buy' und Infineon auf 'Neutral' eingestuft.",
                 {("UBS", "Siemens", "Buy"), ("UBS", "Infineon Technologies", "Neutral")},
                 id="de-one-house-two-companies"),
    pytest.param("Siemens", "Siemens wurde von Jefferies auf 'Buy' hochgestuft.",
                 {("Jefferies", "Siemens", "Buy")}, id="de-passive"),
    pytest.param("BASF", "Die Analysten von Morgan Stanley bleiben für BASF bei 'Underweight'.",
                 {("Morgan Stanley", "BASF", "Underweight")}, id="de-bleiben-bei"),
    pytest.param("Zalando", "Für Zalando bleibt die Bank of America bei ihrem Votum 'Underperform'.",
                 {("Bank of America", "Zalando", "Underperform")}, id="de-votum-quoted"),
    pytest.param("Adidas", "Warburg Research hat Adidas von 'Kaufen' auf 'Halten' abgestuft.",
                 {("Warburg Research", "Adidas", "Halten")}, id="de-german-labels-von-auf"),
    pytest.param("BASF", "Oddo BHF hat BASF mit 'Underperform' in die Bewertung aufgenommen und "
                 "ein Kursziel von 38 Euro genannt.", {("Oddo BHF", "BASF", "Underperform")},
                 id="de-aufgenommen-underperform"),
    pytest.param("DZ Bank bestätigt Kaufempfehlung für Allianz", "Die Aktie gab leicht nach.",
                 {("DZ Bank", "Allianz", "Kaufempfehlung")}, id="de-headline-bestaetigt"),
    pytest.param("Goldman hebt Infineon auf 'Buy' - Ziel 45 Euro", "Die Aktie legte zu.",
                 {("Goldman Sachs", "Infineon Technologies", "Buy")}, id="de-headline-hebt-auf"),
    pytest.param("Allianz", "Die DZ Bank empfiehlt die Allianz-Aktie weiterhin zum Kauf.",
                 {("DZ Bank", "Allianz", "Kauf")}, id="de-empfiehlt-zum-kauf"),
    pytest.param("Bayer", "Die Baader Bank rät zum Kauf der Bayer-Aktie.",
                 {("Baader Bank", "Bayer", "Kauf")}, id="de-raet-zum-kauf"),
    pytest.param("Zalando", "Die Analysten von Warburg Research raten weiterhin zum Verkauf.",
                 {("Warburg Research", "Zalando", "Verkauf")}, id="de-raten-zum-verkauf"),
    pytest.param("Deutsche Bank", "Goldman Sachs sieht für die Deutsche Bank ein Kursziel von 30 "
                 "Euro und bleibt bei 'Buy'.", {("Goldman Sachs", "Deutsche Bank", "Buy")},
                 id="de-bank-rated-bleibt-bei"),
    pytest.param("Zalando", "Hauck Aufhäuser Lampe hat Zalando auf 'Kaufen' hochgestuft.",
                 {("Hauck Aufhäuser Lampe", "Zalando", "Kaufen")}, id="de-kaufen-quoted"),
    pytest.param("SAP", "Das Bankhaus Metzler hat sein Anlageurteil 'Halten' für SAP bestätigt.",
                 {("Metzler", "SAP", "Halten")}, id="de-anlageurteil"),
    pytest.param("Zalando", "Die Experten von Jefferies trauen der Aktie 40 Euro zu und empfehlen "
                 "sie zum Kauf.", {("Jefferies", "Zalando", "Kauf")}, id="de-empfehlen-sie-zum-kauf"),
    pytest.param("Siemens", "Nach dem schwachen Ausblick hat die UBS Siemens auf 'Neutral' "
                 "abgestuft.", {("UBS", "Siemens", "Neutral")}, id="de-outlook-word-beside-a-rating"),
    pytest.param("Siemens", "Die Analysten von UBS und Goldman Sachs empfehlen die Aktie zum Kauf.",
                 {("UBS", "Siemens", "Kauf"), ("Goldman Sachs", "Siemens", "Kauf")},
                 id="de-two-houses-advise"),
    pytest.param("SAP", "Jefferies, UBS und Goldman Sachs haben ihre Kaufempfehlungen für SAP "
                 "bestätigt.", {("Jefferies", "SAP", "Kaufempfehlungen"),
                                ("UBS", "SAP", "Kaufempfehlungen"),
                                ("Goldman Sachs", "SAP", "Kaufempfehlungen")},
                 id="de-plural-recommendations"),
    pytest.param("Siemens", "Die Analysten der DZ Bank bewerten Siemens mit Buy.",
                 {("DZ Bank", "Siemens", "Buy")}, id="de-bewerten-unquoted"),
    pytest.param("Siemens", "Nach der Hochstufung auf Overweight durch JPMorgan stieg Siemens.",
                 {("JPMorgan", "Siemens", "Overweight")}, id="de-hochstufung-durch"),
    pytest.param("Dax im Plus", "Im Dax gewannen Siemens zwei Prozent, nachdem JPMorgan die Papiere "
                 "auf 'Overweight' hochgestuft hatte. BASF verloren nach einer Abstufung durch die "
                 "UBS auf 'Neutral' ein Prozent.",
                 {("JPMorgan", "Siemens", "Overweight"), ("UBS", "BASF", "Neutral")},
                 id="de-market-report-two-actions"),
    pytest.param("Dax im Plus", "Die Deutsche Bank hat Infineon auf 'Buy' hochgestuft, Siemens wurde "
                 "dagegen auf 'Hold' abgestuft.",
                 {("Deutsche Bank", "Infineon Technologies", "Buy"),
                  ("Deutsche Bank", "Siemens", "Hold")}, id="de-one-house-up-and-down"),
]

ENGLISH = [
    pytest.param("Nvidia", "Nvidia upgraded to Buy from Neutral at Mizuho.",
                 {("Mizuho", "Nvidia", "Buy")}, id="en-upgraded-to-from-at"),
    pytest.param("Microsoft", "Wells Fargo raises Microsoft to overweight.",
                 {("Wells Fargo", "Microsoft", "overweight")}, id="en-raises-to"),
    pytest.param("Tesla", "Piper Sandler initiates coverage of Tesla with an overweight rating and "
                 "a $400 price target.", {("Piper Sandler", "Tesla", "overweight")},
                 id="en-initiates-coverage"),
    pytest.param("Apple", "Needham reiterated its Buy rating on Apple.",
                 {("Needham & Company", "Apple", "Buy")}, id="en-reiterated-its"),
    pytest.param("Intel", "Raymond James analyst Tom Example maintained a Hold rating on Intel.",
                 {("Raymond James", "Intel", "Hold")}, id="en-analyst-maintained"),
    pytest.param("Amazon", "Truist rates Amazon a strong buy.",
                 {("Truist Securities", "Amazon", "strong buy")}, id="en-rates-a-strong-buy"),
    pytest.param("Netflix", "RBC kept its sector perform rating on Netflix.",
                 {("RBC Capital Markets", "Netflix", "sector perform")}, id="en-sector-perform"),
    pytest.param("Alphabet", "Raymond James downgraded Alphabet to market perform.",
                 {("Raymond James", "Alphabet", "market perform")}, id="en-market-perform"),
    pytest.param("Meta", "Morgan Stanley cut Meta to equal-weight from overweight.",
                 {("Morgan Stanley", "Meta Platforms", "equal-weight")}, id="en-equal-weight"),
    pytest.param("Intel", "Oppenheimer moved Intel to peer perform.",
                 {("Oppenheimer", "Intel", "peer perform")}, id="en-peer-perform"),
    pytest.param("SAP", "Kepler Cheuvreux upgraded SAP to accumulate.",
                 {("Kepler Cheuvreux", "SAP", "accumulate")}, id="en-accumulate"),
    pytest.param("Intel", "Bank of America downgraded Intel to underperform from neutral.",
                 {("Bank of America", "Intel", "underperform")}, id="en-downgraded-to-from"),
    pytest.param("Apple", "Jefferies downgraded Apple to Hold from Buy, citing slowing iPhone "
                 "demand.", {("Jefferies", "Apple", "Hold")}, id="en-downgraded-citing"),
    pytest.param("Nvidia", "Stifel started Nvidia at buy with a price target of $180.",
                 {("Stifel", "Nvidia", "buy")}, id="en-started-at"),
    pytest.param("Alphabet", "Alphabet was upgraded to outperform at Evercore ISI.",
                 {("Evercore ISI", "Alphabet", "outperform")}, id="en-passive-at"),
    pytest.param("Microsoft", "KeyBanc and Wedbush reiterated Outperform ratings on Microsoft.",
                 {("KeyBanc Capital Markets", "Microsoft", "Outperform"),
                  ("Wedbush Securities", "Microsoft", "Outperform")},
                 id="en-two-houses-one-rating"),
    pytest.param("Apple", "Morgan Stanley rates Apple overweight and Amazon equal-weight.",
                 {("Morgan Stanley", "Apple", "overweight"),
                  ("Morgan Stanley", "Amazon", "equal-weight")}, id="en-one-house-two-companies"),
    pytest.param("Tesla", "Goldman Sachs has a Neutral rating on Tesla.",
                 {("Goldman Sachs", "Tesla", "Neutral")}, id="en-has-a-rating-on"),
    pytest.param("Nvidia", "Nvidia shares rose after Citi reiterated its buy rating.",
                 {("Citigroup", "Nvidia", "buy")}, id="en-shares-rose-after"),
    pytest.param("Netflix", "Netflix was downgraded to Underweight by Barclays.",
                 {("Barclays", "Netflix", "Underweight")}, id="en-passive-by"),
    pytest.param("Apple", "Evercore ISI initiated Apple with an outperform rating.",
                 {("Evercore ISI", "Apple", "outperform")}, id="en-initiated-with"),
    pytest.param("Amazon", "Mizuho resumed coverage of Amazon with an Outperform rating.",
                 {("Mizuho", "Amazon", "Outperform")}, id="en-resumed-coverage"),
    pytest.param("Intel", "Citi double-upgraded Intel to Buy from Sell.",
                 {("Citigroup", "Intel", "Buy")}, id="en-double-upgraded"),
    pytest.param("Tesla", "Tesla was cut to Sell at UBS.", {("UBS", "Tesla", "Sell")},
                 id="en-passive-cut-at"),
    pytest.param("Nvidia", "Analysts at Bernstein reiterated an outperform rating on Nvidia.",
                 {("Bernstein", "Nvidia", "outperform")}, id="en-analysts-at"),
    pytest.param("Apple", "Barclays analyst Tom Example reiterated an Equal Weight rating and a "
                 "$150 price target on Apple.", {("Barclays", "Apple", "Equal Weight")},
                 id="en-rating-and-target"),
    pytest.param("Tesla", "UBS downgraded Tesla to sell.", {("UBS", "Tesla", "sell")},
                 id="en-downgraded-to-sell"),
    pytest.param("Apple", "Barclays lifted Apple to Overweight.",
                 {("Barclays", "Apple", "Overweight")}, id="en-lifted"),
    pytest.param("Apple", "Evercore ISI moved Apple to In Line from Outperform.",
                 {("Evercore ISI", "Apple", "In Line")}, id="en-in-line"),
    pytest.param("Nvidia", "Loop Capital upgraded Nvidia shares to buy.",
                 {("Loop Capital", "Nvidia", "buy")}, id="en-shares-to-buy"),
    pytest.param("Apple", "UBS raised its rating on Apple to buy from neutral.",
                 {("UBS", "Apple", "buy")}, id="en-raised-its-rating-on"),
    pytest.param("Apple", "Apple's stock was upgraded to outperform from market perform at Wedbush.",
                 {("Wedbush Securities", "Apple", "outperform")}, id="en-possessive-passive"),
    pytest.param("Apple", "Barclays upgraded Apple to Positive.",
                 {("Barclays", "Apple", "Positive")}, id="en-positive-as-a-house-label"),
    pytest.param("SAP", "Oddo BHF upgraded SAP to Add from Reduce.",
                 {("Oddo BHF", "SAP", "Add")}, id="en-add-after-a-verb"),
    pytest.param("Intel", "Analysts at Jefferies upgraded Intel's stock to hold from underperform.",
                 {("Jefferies", "Intel", "hold")}, id="en-possessive-stock-to-hold"),
    pytest.param("Stocks rally", "Shares of Intel rose 4% after Citi upgraded the chipmaker to buy, "
                 "while Apple slipped after Jefferies cut its rating to hold.",
                 {("Citigroup", "Intel", "buy"), ("Jefferies", "Apple", "hold")},
                 id="en-market-report-two-actions"),
    pytest.param("Apple", "UBS rates Apple Buy, above the consensus of its peers.",
                 {("UBS", "Apple", "Buy")}, id="en-house-rating-beside-the-consensus"),
]

LOOK_ALIKES = [
    pytest.param("de", "Siemens", "Siemens will den Rivalen kaufen und die Beteiligung halten.",
                 id="de-kaufen-halten-in-prose"),
    pytest.param("de", "Siemens", "Die Ratingagentur Moody's hat die Bonität von Siemens mit 'A1' "
                 "bestätigt.", id="de-credit-rating"),
    pytest.param("en", "Tesla", "S&P Global cut Tesla's credit rating to BBB-.",
                 id="en-credit-rating"),
    pytest.param("en", "Apple", "Fitch affirmed Apple at AA+ with a stable outlook.",
                 id="en-credit-rating-affirmed"),
    pytest.param("en", "Apple", "Investors who buy Apple now and hold it for years could do well.",
                 id="en-buy-and-hold-in-prose"),
    pytest.param("en", "Apple", "Morningstar gives the fund four stars.", id="en-star-rating"),
    pytest.param("de", "BASF", "Analysten raten im Schnitt zum Kauf der BASF-Aktie.",
                 id="de-consensus-without-house"),
    pytest.param("en", "Nvidia", "Of the 60 analysts covering Nvidia, 54 rate it a Buy.",
                 id="en-consensus-count"),
    pytest.param("de", "BASF", "Sollten Anleger sofort verkaufen? Jetzt die 'Kaufen'-Analyse lesen.",
                 id="de-advert-line"),
    pytest.param("en", "Apple", "Apple will buy back shares and hold its dividend steady.",
                 id="en-buyback-prose"),
    pytest.param("en", "Microsoft", "UBS said it would buy the bonds and hold them to maturity.",
                 id="en-bank-buys-bonds"),
    pytest.param("de", "Siemens", "Die UBS hält eine Beteiligung an Siemens und will Anteile "
                 "verkaufen.", id="de-bank-holds-stake"),
    pytest.param("en", "Apple", "Now may be a good time to buy.", id="en-time-to-buy"),
    pytest.param("en", "Apple", "HSBC expects Apple to sell more phones and hold prices.",
                 id="en-expects-to-sell"),
    pytest.param("de", "BASF", "Die UBS rät Anlegern zum Kauf von Anleihen statt Aktien.",
                 id="de-advice-to-buy-bonds"),
    pytest.param("de", "Siemens", "Moody's hat den Ausblick für Siemens auf 'Negative' gesenkt.",
                 id="de-credit-outlook"),
    pytest.param("en", "Intel", "Fitch revised its outlook on Intel to Negative from Stable.",
                 id="en-credit-outlook"),
    pytest.param("en", "Tesla", "Tesla stock has a consensus Hold rating among 40 analysts.",
                 id="en-consensus-rating"),
    pytest.param("de", "Siemens", "Der Sell-Off bei Tech-Aktien hat auch Siemens erfasst, die UBS "
                 "senkte das Kursziel auf 200 Euro.", id="de-sell-off"),
    pytest.param("en", "Siemens", "Add to that, UBS raised its price target on Siemens to 200 euros.",
                 id="en-add-in-prose"),
    pytest.param("en", "Apple", "Buy-side investors trimmed Apple after Citi cut its target.",
                 id="en-buy-side"),
    pytest.param("de", "SAP", "Die Zahl der Kaufvoten für SAP ist gestiegen, die UBS hob das "
                 "Kursziel.", id="de-count-of-votes-and-a-house-in-another-clause"),
    pytest.param("de", "BASF", "Die UBS hob das Kursziel für BASF auf 50 Euro. Im Schnitt lautet das "
                 "Votum der Analysten 'Kaufen'.", id="de-consensus-after-a-house"),
    pytest.param("en", "Apple", "Morgan Stanley raised its target on Apple. The average rating among "
                 "analysts is Buy.", id="en-average-after-a-house"),
    pytest.param("en", "Apple", "Morgan Stanley raised its target on Apple. Wall Street's consensus "
                 "rating on the stock is Overweight.", id="en-consensus-after-a-house"),
    pytest.param("de", "BASF", "Goldman Sachs hob das Kursziel für BASF auf 50 Euro. Die Redaktion "
                 "bleibt bei ihrer Kaufempfehlung.", id="de-publishers-own-recommendation"),
    pytest.param("en", "Apple", "Morgan Stanley raised its target on Apple. The newsletter reiterated "
                 "its Buy rating.", id="en-newsletters-own-rating"),
]


# Forms of round four: one rating for a list of companies or of houses, relative clauses
# ("who rate the shares buy"), house words ("Kaufen-Votum", "Halteempfehlung", "Anlageurteil"),
# headlines with the company only there, aggregator styles ("reissued a buy rating", "from a
# 'hold' rating to a 'buy' rating", "is rated buy at"), and the look-alikes of each.
MORE_GERMAN = [
    pytest.param('Siemens', 'Die DZ Bank hat ihr Kaufen-Votum für Siemens bestätigt.',
                 {('DZ Bank', 'Siemens', 'Kaufen')}, id='de-die-dz-bank-hat-ihr-kaufen'),
    pytest.param('SAP', 'Die Privatbank Berenberg hat ihre Halteempfehlung für SAP bekräftigt.',
                 {('Berenberg', 'SAP', 'Halteempfehlung')},
                 id='de-die-privatbank-berenberg-hat-ihre-halteempfehlung'),
    pytest.param('BASF', 'Die Experten von Warburg Research raten weiter zum Kauf der BASF-Aktie.',
                 {('Warburg Research', 'BASF', 'Kauf')},
                 id='de-die-experten-von-warburg-research-raten'),
    pytest.param('Infineon', 'Die Experten der DZ Bank raten weiter zum Kauf.',
                 {('DZ Bank', 'Infineon Technologies', 'Kauf')},
                 id='de-die-experten-der-dz-bank-raten'),
    pytest.param('Allianz', "JPMorgan bleibt bei 'Overweight' für Allianz.",
                 {('JPMorgan', 'Allianz', 'Overweight')},
                 id='de-jpmorgan-bleibt-bei-overweight-fuer-allianz'),
    pytest.param('Allianz', 'Die US-Bank JPMorgan bleibt für die Allianz-Aktie bei „Overweight“.',
                 {('JPMorgan', 'Allianz', 'Overweight')}, id='de-die-us-bank-jpmorgan-bleibt-fuer'),
    pytest.param('Bayer', "Analystin Erika Beispiel von der Bank Jefferies bestätigte ihr "
                 "Anlageurteil 'Buy' für Bayer.",
                 {('Jefferies', 'Bayer', 'Buy')}, id='de-analystin-erika-beispiel-von-der-bank'),
    pytest.param('Bayer', "Analystin Erika Beispiel von der Schweizer Bank UBS bestätigte ihr "
                 "Anlageurteil 'Buy'.",
                 {('UBS', 'Bayer', 'Buy')}, id='de-analystin-erika-beispiel-von-der-schweizer'),
    pytest.param('Siemens', "Für Siemens lautet das Anlageurteil der UBS weiterhin 'Neutral'.",
                 {('UBS', 'Siemens', 'Neutral')}, id='de-fuer-siemens-lautet-das-anlageurteil-der'),
    pytest.param('Siemens', "Das Anlageurteil von Goldman Sachs für Siemens lautet weiterhin "
                 "'Neutral'.",
                 {('Goldman Sachs', 'Siemens', 'Neutral')},
                 id='de-das-anlageurteil-von-goldman-sachs-fuer'),
    pytest.param('SAP', "Die Deutsche Bank nennt für SAP die Einstufung 'Hold' mit Kursziel 240 "
                 "Euro.",
                 {('Deutsche Bank', 'SAP', 'Hold')}, id='de-die-deutsche-bank-nennt-fuer-sap'),
    pytest.param('SAP', "Kepler Cheuvreux belässt SAP auf 'Hold' mit Kursziel 240 Euro.",
                 {('Kepler Cheuvreux', 'SAP', 'Hold')},
                 id='de-kepler-cheuvreux-belaesst-sap-auf-hold'),
    pytest.param("Barclays hebt Zalando auf 'Overweight'", 'Die britische Bank sieht bessere '
                 'Margen. Das Kursziel steigt auf 40 Euro.',
                 {('Barclays', 'Zalando', 'Overweight')},
                 id='de-die-britische-bank-sieht-bessere-margen'),
    pytest.param("Jefferies senkt BASF auf 'Hold'", 'Analyst Max Muster verweist auf schwache '
                 'Chemiepreise.',
                 {('Jefferies', 'BASF', 'Hold')}, id='de-analyst-max-muster-verweist-auf-schwache'),
    pytest.param('Siemens', "Sowohl JPMorgan als auch Morgan Stanley stufen Siemens mit "
                 "'Overweight' ein.",
                 {('Morgan Stanley', 'Siemens', 'Overweight'),
                  ('JPMorgan', 'Siemens', 'Overweight')},
                 id='de-sowohl-jpmorgan-als-auch-morgan-stanley'),
    pytest.param('Siemens', "Die UBS hat Siemens und Siemens Energy mit 'Buy' eingestuft.",
                 {('UBS', 'Siemens', 'Buy'), ('UBS', 'Siemens Energy', 'Buy')},
                 id='de-die-ubs-hat-siemens-und-siemens'),
    pytest.param('Allianz', 'Mit einer Kaufempfehlung der DZ Bank im Rücken legte Allianz zu.',
                 {('DZ Bank', 'Allianz', 'Kaufempfehlung')},
                 id='de-mit-einer-kaufempfehlung-der-dz-bank'),
    pytest.param('BASF', "Das Analysehaus Bernstein bleibt bei seinem Votum 'Market-Perform' für "
                 "BASF.",
                 {('Bernstein', 'BASF', 'Market-Perform')},
                 id='de-das-analysehaus-bernstein-bleibt-bei-seinem'),
    pytest.param('Infineon', "Die LBBW stuft Infineon weiterhin mit 'Kaufen' ein.",
                 {('LBBW', 'Infineon Technologies', 'Kaufen')},
                 id='de-die-lbbw-stuft-infineon-weiterhin-mit'),
    pytest.param('Infineon', 'Die Landesbank Baden-Württemberg empfiehlt Infineon weiter zum Kauf.',
                 {('LBBW', 'Infineon Technologies', 'Kauf')},
                 id='de-die-landesbank-baden-wuerttemberg-empfiehlt-infineon'),
    pytest.param('Adidas', 'Die Analysten von Baader sehen für Adidas ein Kursziel von 250 Euro '
                 'und raten zum Kauf.',
                 {('Baader Bank', 'Adidas', 'Kauf')}, id='de-die-analysten-von-baader-sehen-fuer'),
    pytest.param('Zalando', "Die Bank of America hat Zalando von 'Neutral' auf 'Buy' hochgestuft.",
                 {('Bank of America', 'Zalando', 'Buy')}, id='de-die-bank-of-america-hat-zalando'),
    pytest.param('BMW', "Exane BNP Paribas hat BMW auf 'Underperform' abgestuft.",
                 {('BNP Paribas', 'BMW', 'Underperform')}, id='de-exane-bnp-paribas-hat-bmw-auf'),
    pytest.param('Siemens', "Die Analysten von Morgan Stanley, die Siemens mit 'Overweight' "
                 "bewerten, sehen weiteres Potenzial.",
                 {('Morgan Stanley', 'Siemens', 'Overweight')},
                 id='de-die-analysten-von-morgan-stanley-die'),
    pytest.param('SAP', "Jefferies und die Deutsche Bank bewerten SAP gleichermaßen mit 'Buy'.",
                 {('Deutsche Bank', 'SAP', 'Buy'), ('Jefferies', 'SAP', 'Buy')},
                 id='de-jefferies-und-die-deutsche-bank-bewerten'),
    pytest.param('Siemens', "Die UBS hat das Kursziel für Siemens von 180 auf 200 Euro angehoben. "
                 "Die Einstufung lautet weiterhin 'Buy'.",
                 {('UBS', 'Siemens', 'Buy')}, id='de-die-ubs-hat-das-kursziel-fuer'),
    pytest.param('Bayer', "Analyst Max Muster von der Citigroup stufte die Aktie von 'Neutral' auf "
                 "'Buy' hoch.",
                 {('Citigroup', 'Bayer', 'Buy')}, id='de-analyst-max-muster-von-der-citigroup'),
    pytest.param('Siemens', "Bei der DZ Bank lautet das Votum für Siemens 'Kaufen'.",
                 {('DZ Bank', 'Siemens', 'Kaufen')}, id='de-bei-der-dz-bank-lautet-das'),
    pytest.param('Bayer', "Die Citigroup hat die Bewertung von Bayer mit 'Buy' wieder aufgenommen.",
                 {('Citigroup', 'Bayer', 'Buy')}, id='de-die-citigroup-hat-die-bewertung-von'),
    pytest.param('Zalando', "RBC hat Zalando nach Zahlen mit 'Sector Perform' bestätigt.",
                 {('RBC Capital Markets', 'Zalando', 'Sector Perform')},
                 id='de-rbc-hat-zalando-nach-zahlen-mit'),
    pytest.param('Siemens', "Die Experten von Jefferies bestätigen ihr Kursziel von 50 Euro und "
                 "die Einstufung 'Buy'.",
                 {('Jefferies', 'Siemens', 'Buy')},
                 id='de-die-experten-von-jefferies-bestaetigen-ihr'),
    pytest.param('Infineon', 'Infineon erhielt eine Kaufempfehlung von der Commerzbank.',
                 {('Commerzbank', 'Infineon Technologies', 'Kaufempfehlung')},
                 id='de-infineon-erhielt-eine-kaufempfehlung-von-der'),
    pytest.param('BASF', "Die Commerzbank und die Helaba haben BASF auf 'Halten' abgestuft.",
                 {('Helaba', 'BASF', 'Halten'), ('Commerzbank', 'BASF', 'Halten')},
                 id='de-die-commerzbank-und-die-helaba-haben'),
    pytest.param('Siemens', 'Die US-Bank JPMorgan hat das Kursziel für Siemens von 200 auf 220 '
                 'Euro angehoben und die Einstufung auf "Overweight" belassen.',
                 {('JPMorgan', 'Siemens', 'Overweight')}, id='de-die-us-bank-jpmorgan-hat-das'),
    pytest.param('SAP', 'Der Analyst Max Muster von Jefferies empfiehlt die Aktie weiterhin zum '
                 'Kauf.',
                 {('Jefferies', 'SAP', 'Kauf')}, id='de-der-analyst-max-muster-von-jefferies'),
    pytest.param('SAP', 'Warburg-Analyst Max Muster hat seine Kaufempfehlung für SAP bekräftigt.',
                 {('Warburg Research', 'SAP', 'Kaufempfehlung')},
                 id='de-warburg-analyst-max-muster-hat-seine'),
    pytest.param('Bayer', "Das Analysehaus Independent Research hat die Einstufung für Bayer von "
                 "'Halten' auf 'Kaufen' angehoben.",
                 {('Independent Research', 'Bayer', 'Kaufen')},
                 id='de-das-analysehaus-independent-research-hat-die'),
    pytest.param('Siemens', "Die Commerzbank-Analysten bleiben bei 'Hold'.",
                 {('Commerzbank', 'Siemens', 'Hold')},
                 id='de-die-commerzbank-analysten-bleiben-bei-hold'),
    pytest.param('Allianz', "JPMorgan-Analyst Max Muster bestätigte das 'Overweight'-Votum für "
                 "Allianz.",
                 {('JPMorgan', 'Allianz', 'Overweight')},
                 id='de-jpmorgan-analyst-max-muster-bestaetigte-das'),
    pytest.param('Infineon', 'Die Deutsche Bank traut der Infineon-Aktie 45 Euro zu und rät zum '
                 'Kauf.',
                 {('Deutsche Bank', 'Infineon Technologies', 'Kauf')},
                 id='de-die-deutsche-bank-traut-der-infineon'),
    pytest.param('Infineon', 'Auch die Analysten der Citigroup empfehlen den Titel mit einem '
                 'Kursziel von 50 Euro zum Kauf.',
                 {('Citigroup', 'Infineon Technologies', 'Kauf')},
                 id='de-auch-die-analysten-der-citigroup-empfehlen'),
    pytest.param('BYD', "Die Analysten von Jefferies haben die Einstufung für BYD auf 'Buy' mit "
                 "Kursziel 150 Hongkong-Dollar belassen.",
                 {('Jefferies', 'BYD', 'Buy')}, id='de-die-analysten-von-jefferies-haben-die'),
    pytest.param('Nvidia', "Analyst Frank Beispiel von HSBC hat die Einstufung für Nvidia von "
                 "'Hold' auf 'Buy' angehoben.",
                 {('HSBC', 'Nvidia', 'Buy')},
                 id='de-analyst-frank-beispiel-von-hsbc-hat'),
    pytest.param('Nvidia', "Auch die Analysten von JPMorgan sehen die Aktie positiv und "
                 "bestätigen ihr Votum 'Overweight' mit einem Kursziel von 150 Dollar.",
                 {('JPMorgan', 'Nvidia', 'Overweight')},
                 id='de-auch-die-analysten-von-jpmorgan-sehen'),
    pytest.param('Siemens', "Die Analysten von Morgan Stanley haben das Papier von 'Equal Weight' "
                 "auf 'Overweight' hochgestuft.",
                 {('Morgan Stanley', 'Siemens', 'Overweight')},
                 id='de-die-analysten-von-morgan-stanley-haben'),
    pytest.param('SAP', 'JPMorgan: Übergewichten',
                 {('JPMorgan', 'SAP', 'Übergewichten')},
                 id='de-jpmorgan-uebergewichten'),
    pytest.param('Alibaba', "Die US-Bank JPMorgan hat die Einstufung für die in Hongkong "
                 "gelisteten Alibaba-Aktien auf 'Overweight' belassen.",
                 {('JPMorgan', 'Alibaba Group', 'Overweight')},
                 id='de-die-us-bank-jpmorgan-hat-die'),
    pytest.param('Siemens', "JPMorgan hob das Kursziel auf 250 Euro und bestätigte die Einstufung "
                 "'Overweight'. Die Aktie stieg.",
                 {('JPMorgan', 'Siemens', 'Overweight')},
                 id='de-jpmorgan-hob-das-kursziel-auf-250-4'),
    pytest.param('Nvidia', "Die Bank of America sieht die Aktie weiter als Top-Pick und bleibt "
                 "bei 'Buy'.",
                 {('Bank of America', 'Nvidia', 'Buy')},
                 id='de-die-bank-of-america-sieht-die'),
    pytest.param('Zalando', 'Die Aktien von Zalando haben am Montag von einer Kaufempfehlung '
                 'durch Jefferies profitiert.',
                 {('Jefferies', 'Zalando', 'Kaufempfehlung')},
                 id='de-die-aktien-von-zalando-haben-am'),
    pytest.param('BASF', "JPMorgan hob das Ziel für Siemens. Nach einer Abstufung auf "
                 "'Underweight' durch Morgan Stanley rutschten die BASF-Papiere ab.",
                 {('Morgan Stanley', 'BASF', 'Underweight')},
                 id='de-jpmorgan-hob-das-ziel-fuer-siemens'),
    pytest.param('Siemens', "JPMorgan hob das Kursziel. Mit 'Buy' bewertet die UBS die "
                 "Siemens-Aktie.",
                 {('UBS', 'Siemens', 'Buy')},
                 id='de-jpmorgan-hob-das-kursziel-mit-buy'),
    pytest.param('Siemens Healthineers', "Bernstein hat die Aktie von Siemens Healthineers mit "
                 "'Outperform' und einem Kursziel von 60 Euro in die Bewertung aufgenommen.",
                 {('Bernstein', 'Siemens Healthineers', 'Outperform')},
                 id='de-bernstein-hat-die-aktie-von-siemens'),
    pytest.param('BASF', "Die Schweizer Großbank UBS hat die Papiere des Chemiekonzerns auf "
                 "'Sell' abgestuft.",
                 {('UBS', 'BASF', 'Sell')},
                 id='de-die-schweizer-grossbank-ubs-hat-die'),
    pytest.param('Zalando', "Rückenwind bekamen die Papiere von einer Hochstufung durch die Bank "
                 "of America auf 'Buy'.",
                 {('Bank of America', 'Zalando', 'Buy')},
                 id='de-rueckenwind-bekamen-die-papiere-von-einer'),
    pytest.param('Zalando', "Die Analysten der Credit Suisse hatten die Aktie zuvor mit "
                 "'Outperform' in die Bewertung aufgenommen.",
                 {('Credit Suisse', 'Zalando', 'Outperform')},
                 id='de-die-analysten-der-credit-suisse-hatten'),
    pytest.param('SAP', "Kepler Cheuvreux hat den Daumen gehoben: von 'Hold' auf 'Buy'.",
                 {('Kepler Cheuvreux', 'SAP', 'Buy')},
                 id='de-kepler-cheuvreux-hat-den-daumen-gehoben'),
    pytest.param('BMW', "JPMorgan hat die Aktie auf 'Overweight' hochgestuft.",
                 {('JPMorgan', 'BMW', 'Overweight')},
                 id='de-jpmorgan-hat-die-aktie-auf-overweight'),
    pytest.param('BMW', "JPMorgan hat die Aktien auf 'Overweight' hochgestuft.",
                 {('JPMorgan', 'BMW', 'Overweight')},
                 id='de-jpmorgan-hat-die-aktien-auf-overweight'),
    pytest.param('BMW', "JPMorgan hat die Papiere des Autobauers auf 'Overweight' hochgestuft.",
                 {('JPMorgan', 'BMW', 'Overweight')},
                 id='de-jpmorgan-hat-die-papiere-des-autobauers'),
    pytest.param('Siemens', 'Jefferies hob das Kursziel für Siemens auf 200 Euro. Die Analysten '
                 'bestätigten ihr Kaufvotum.',
                 {('Jefferies', 'Siemens', 'Kaufvotum')},
                 id='de-jefferies-hob-das-kursziel-fuer-siemens'),
    pytest.param('Siemens', "Jefferies hob das Kursziel für Siemens auf 200 Euro. Die Experten "
                 "bekräftigten ihre Einstufung 'Buy'.",
                 {('Jefferies', 'Siemens', 'Buy')},
                 id='de-jefferies-hob-das-kursziel-fuer-siemens-2'),
    pytest.param('Siemens', "Jefferies hob das Kursziel für Siemens auf 200 Euro. Das Analysehaus "
                 "bestätigte seine Einstufung 'Buy'.",
                 {('Jefferies', 'Siemens', 'Buy')},
                 id='de-jefferies-hob-das-kursziel-fuer-siemens-3'),
    pytest.param('Siemens', "Die UBS hob das Kursziel für Siemens auf 200 Euro. Die Schweizer "
                 "Bank bestätigte ihre Einstufung 'Buy'.",
                 {('UBS', 'Siemens', 'Buy')},
                 id='de-die-ubs-hob-das-kursziel-fuer'),
    pytest.param('Siemens', "Analyst Max Muster von Jefferies hob das Kursziel für Siemens auf "
                 "200 Euro. Er bestätigte seine Einstufung 'Buy'.",
                 {('Jefferies', 'Siemens', 'Buy')},
                 id='de-analyst-max-muster-von-jefferies-hob'),
    pytest.param('Siemens', "Jefferies hatte die Aktie bisher mit 'Hold' eingestuft, stuft sie "
                 "nun aber auf 'Buy' hoch.",
                 {('Jefferies', 'Siemens', 'Buy')},
                 id='de-jefferies-hatte-die-aktie-bisher-mit'),
    pytest.param('Siemens', "Die UBS bleibt wie bisher bei 'Buy' für Siemens.",
                 {('UBS', 'Siemens', 'Buy')},
                 id='de-die-ubs-bleibt-wie-bisher-bei'),
    pytest.param('Siemens', "Die bislang mit 'Neutral' eingestufte Aktie wurde von der UBS auf "
                 "'Buy' hochgestuft.",
                 {('UBS', 'Siemens', 'Buy')},
                 id='de-die-bislang-mit-neutral-eingestufte-aktie'),
    pytest.param('Siemens', "Die UBS hob ihr Votum für Siemens auf 'Buy'. Zuvor hatte sie die "
                 "Aktie mit 'Neutral' bewertet.",
                 {('UBS', 'Siemens', 'Buy')},
                 id='de-die-ubs-hob-ihr-votum-fuer'),
    pytest.param('Siemens', "Die UBS hat Siemens auf 'Buy' hochgestuft, nachdem sie die Aktie ein "
                 "Jahr lang mit 'Neutral' bewertet hatte.",
                 {('UBS', 'Siemens', 'Buy')},
                 id='de-die-ubs-hat-siemens-auf-buy'),
    pytest.param('Commerzbank', "Barclays hat die Aktie von 'Equal Weight' auf 'Overweight' "
                 "hochgestuft.",
                 {('Barclays', 'Commerzbank', 'Overweight')},
                 id='de-barclays-hat-die-aktie-von-equal'),
    pytest.param('Commerzbank', "Die Analysten von JPMorgan bewerten die Commerzbank-Aktie mit "
                 "'Neutral'.",
                 {('JPMorgan', 'Commerzbank', 'Neutral')},
                 id='de-die-analysten-von-jpmorgan-bewerten-die'),
    pytest.param('Commerzbank', "Die Analysten von JPMorgan bewerten die Aktien der Commerzbank "
                 "mit 'Neutral'.",
                 {('JPMorgan', 'Commerzbank', 'Neutral')},
                 id='de-die-analysten-von-jpmorgan-bewerten-die-2'),
    pytest.param('Deutsche Bank', "Die Papiere der Deutschen Bank stiegen, nachdem Goldman Sachs "
                 "sie auf 'Buy' hochgestuft hatte.",
                 {('Goldman Sachs', 'Deutsche Bank', 'Buy')},
                 id='de-die-papiere-der-deutschen-bank-stiegen'),
    pytest.param('UniCredit', "Die UBS hat UniCredit auf 'Buy' hochgestuft.",
                 {('UBS', 'UniCredit', 'Buy')},
                 id='de-die-ubs-hat-unicredit-auf-buy'),
    pytest.param('UniCredit', "Die UBS stuft die Commerzbank und UniCredit mit 'Buy' ein.",
                 {('UBS', 'Commerzbank', 'Buy'), ('UBS', 'UniCredit', 'Buy')},
                 id='de-die-ubs-stuft-die-commerzbank-und'),
    pytest.param('Deutsche Bank', "JPMorgan hat die Deutsche Bank nach Zahlen auf 'Neutral' "
                 "abgestuft.",
                 {('JPMorgan', 'Deutsche Bank', 'Neutral')},
                 id='de-jpmorgan-hat-die-deutsche-bank-nach'),
    pytest.param('Commerzbank', "Die Commerzbank wurde von Goldman Sachs auf 'Buy' hochgestuft.",
                 {('Goldman Sachs', 'Commerzbank', 'Buy')},
                 id='de-die-commerzbank-wurde-von-goldman-sachs'),
    pytest.param('Commerzbank', "Goldman Sachs hebt Commerzbank auf 'Buy' - Ziel 20 Euro",
                 {('Goldman Sachs', 'Commerzbank', 'Buy')},
                 id='de-goldman-sachs-hebt-commerzbank-auf-buy'),
    pytest.param('Commerzbank', "Die Commerzbank hat ihre Prognose erhöht. Die UBS bestätigte "
                 "ihre Einstufung 'Buy'.",
                 {('UBS', 'Commerzbank', 'Buy')},
                 id='de-die-commerzbank-hat-ihre-prognose-erhoeht'),
]

MORE_ENGLISH = [
    pytest.param('Microsoft', 'Wedbush reiterated its outperform rating on Microsoft and Apple.',
                 {('Wedbush Securities', 'Apple', 'outperform'),
                  ('Wedbush Securities', 'Microsoft', 'outperform')},
                 id='en-wedbush-reiterated-its-outperform-rating-on'),
    pytest.param('Nvidia', 'JPMorgan and Morgan Stanley both rate the stock overweight.',
                 {('Morgan Stanley', 'Nvidia', 'overweight'), ('JPMorgan', 'Nvidia', 'overweight')},
                 id='en-jpmorgan-and-morgan-stanley-both-rate'),
    pytest.param('Nvidia', 'Analysts at Bernstein, who rate the shares outperform, said demand was '
                 'strong.',
                 {('Bernstein', 'Nvidia', 'outperform')},
                 id='en-analysts-at-bernstein-who-rate-the'),
    pytest.param('Nvidia', 'Analysts at UBS, who rate the shares buy, raised their estimates.',
                 {('UBS', 'Nvidia', 'buy')}, id='en-analysts-at-ubs-who-rate-the'),
    pytest.param('Siemens', 'Deutsche Bank reiterated Siemens with a buy recommendation.',
                 {('Deutsche Bank', 'Siemens', 'buy')},
                 id='en-deutsche-bank-reiterated-siemens-with-a'),
    pytest.param('Apple', "RBC keeps its 'outperform' call on Apple.",
                 {('RBC Capital Markets', 'Apple', 'outperform')},
                 id='en-rbc-keeps-its-outperform-call-on'),
    pytest.param('Nvidia', 'Stifel sees 20% upside with a price target of $200 and a buy rating on '
                 'Nvidia.',
                 {('Stifel', 'Nvidia', 'buy')}, id='en-stifel-sees-20-upside-with-a'),
    pytest.param('Tesla', 'Goldman Sachs upgraded Tesla to buy on Tuesday.',
                 {('Goldman Sachs', 'Tesla', 'buy')}, id='en-goldman-sachs-upgraded-tesla-to-buy'),
    pytest.param('Amazon', 'Citi initiated coverage of Amazon at buy.',
                 {('Citigroup', 'Amazon', 'buy')}, id='en-citi-initiated-coverage-of-amazon-at'),
    pytest.param('Nvidia', 'Mizuho has a buy rating and a $200 price target on Nvidia.',
                 {('Mizuho', 'Nvidia', 'buy')}, id='en-mizuho-has-a-buy-rating-and'),
    pytest.param('UBS upgrades Siemens to Buy', 'The Swiss bank cited stronger orders.',
                 {('UBS', 'Siemens', 'Buy')}, id='en-the-swiss-bank-cited-stronger-orders'),
    pytest.param('Morgan Stanley Downgrades Tesla to Equal-Weight',
                 'The firm cited slowing deliveries.',
                 {('Morgan Stanley', 'Tesla', 'Equal-Weight')},
                 id='en-the-firm-cited-slowing-deliveries'),
    pytest.param('Needham Maintains Buy on Apple, Raises Price Target to $250',
                 'Needham analyst Jane Example said services grew.',
                 {('Needham & Company', 'Apple', 'Buy')},
                 id='en-needham-analyst-jane-example-said-services'),
    pytest.param('Nvidia initiated with a Buy at Loop Capital', 'Loop Capital sees more upside.',
                 {('Loop Capital', 'Nvidia', 'Buy')}, id='en-loop-capital-sees-more-upside'),
    pytest.param('Intel', "Intel's stock fell after Morgan Stanley downgraded it to underweight.",
                 {('Morgan Stanley', 'Intel', 'underweight')},
                 id='en-intel-s-stock-fell-after-morgan'),
    pytest.param('Amazon', 'Wall Street analysts at Goldman Sachs rate Amazon a buy.',
                 {('Goldman Sachs', 'Amazon', 'buy')},
                 id='en-wall-street-analysts-at-goldman-sachs'),
    pytest.param('Apple', 'Barclays reiterated an overweight rating on both Apple and Microsoft.',
                 {('Barclays', 'Apple', 'overweight'), ('Barclays', 'Microsoft', 'overweight')},
                 id='en-barclays-reiterated-an-overweight-rating-on'),
    pytest.param('Nvidia', 'Goldman Sachs, JPMorgan and Citi all rate Nvidia a buy.',
                 {('Citigroup', 'Nvidia', 'buy'),
                  ('Goldman Sachs', 'Nvidia', 'buy'),
                  ('JPMorgan', 'Nvidia', 'buy')},
                 id='en-goldman-sachs-jpmorgan-and-citi-all'),
    pytest.param('Microsoft', 'Raymond James initiated coverage on Microsoft and Alphabet with '
                 'outperform ratings.',
                 {('Raymond James', 'Alphabet', 'outperform'),
                  ('Raymond James', 'Microsoft', 'outperform')},
                 id='en-raymond-james-initiated-coverage-on-microsoft'),
    pytest.param('Apple', 'Jefferies analyst Edison Example reiterated a buy rating on Apple.',
                 {('Jefferies', 'Apple', 'buy')},
                 id='en-jefferies-analyst-edison-example-reiterated-a'),
    pytest.param('Amazon', 'Truist lowered its price target on Amazon to $220 but kept a buy '
                 'rating.',
                 {('Truist Securities', 'Amazon', 'buy')},
                 id='en-truist-lowered-its-price-target-on'),
    pytest.param('Tesla', 'HSBC cut its rating on Tesla to reduce.',
                 {('HSBC', 'Tesla', 'reduce')}, id='en-hsbc-cut-its-rating-on-tesla'),
    pytest.param('Apple', 'BofA Securities reiterated a Buy rating on Apple.',
                 {('Bank of America', 'Apple', 'Buy')},
                 id='en-bofa-securities-reiterated-a-buy-rating'),
    pytest.param('Apple', 'JP Morgan reiterated an Overweight rating on Apple.',
                 {('JPMorgan', 'Apple', 'Overweight')},
                 id='en-jp-morgan-reiterated-an-overweight-rating'),
    pytest.param('Nvidia', 'Nvidia remains a top pick at Bank of America, which rates the stock '
                 'buy.',
                 {('Bank of America', 'Nvidia', 'buy')}, id='en-nvidia-remains-a-top-pick-at'),
    pytest.param('Nvidia', 'Morgan Stanley, which has an overweight rating on Nvidia, raised its '
                 'target.',
                 {('Morgan Stanley', 'Nvidia', 'overweight')},
                 id='en-morgan-stanley-which-has-an-overweight'),
    pytest.param('Apple', 'Apple is rated buy at Goldman Sachs.',
                 {('Goldman Sachs', 'Apple', 'buy')}, id='en-apple-is-rated-buy-at-goldman'),
    pytest.param('Amazon', 'Amazon earned a buy rating from Jefferies.',
                 {('Jefferies', 'Amazon', 'buy')}, id='en-amazon-earned-a-buy-rating-from'),
    pytest.param('Apple', 'Wolfe Research upgraded Apple to outperform.',
                 {('Wolfe Research', 'Apple', 'outperform')},
                 id='en-wolfe-research-upgraded-apple-to-outperform'),
    pytest.param('Apple', 'Apple was reiterated at Buy by Needham.',
                 {('Needham & Company', 'Apple', 'Buy')}, id='en-apple-was-reiterated-at-buy-by'),
    pytest.param('Tesla', 'Piper Sandler reiterated Overweight on Tesla.',
                 {('Piper Sandler', 'Tesla', 'Overweight')},
                 id='en-piper-sandler-reiterated-overweight-on-tesla'),
    pytest.param('Nvidia', 'Bank of America analysts reaffirmed their buy rating on Nvidia.',
                 {('Bank of America', 'Nvidia', 'buy')},
                 id='en-bank-of-america-analysts-reaffirmed-their'),
    pytest.param('Needham Reaffirms Buy Rating for Apple', 'The broker expects strong services '
                 'growth.',
                 {('Needham & Company', 'Apple', 'Buy')},
                 id='en-the-broker-expects-strong-services-growth'),
    pytest.param('Mizuho Securities Reiterates Outperform Rating for Nvidia',
                 'The analyst sees data-center growth.',
                 {('Mizuho', 'Nvidia', 'Outperform')}, id='en-the-analyst-sees-data-center-growth'),
    pytest.param('Meta', 'Analyst Jane Example of Oppenheimer maintained an outperform rating on '
                 'Meta.',
                 {('Oppenheimer', 'Meta Platforms', 'outperform')},
                 id='en-analyst-jane-example-of-oppenheimer-maintained'),
    pytest.param('Microsoft', 'Microsoft gets a buy rating from DA Davidson.',
                 {('D.A. Davidson', 'Microsoft', 'buy')}, id='en-microsoft-gets-a-buy-rating-from'),
    pytest.param('Apple', "Apple's shares were upgraded by Citi to buy.",
                 {('Citigroup', 'Apple', 'buy')}, id='en-apple-s-shares-were-upgraded-by'),
    pytest.param('Apple', 'Citi now rates Apple a buy, up from neutral.',
                 {('Citigroup', 'Apple', 'buy')}, id='en-citi-now-rates-apple-a-buy'),
    pytest.param('Microsoft', 'JPMorgan analysts reiterated their Overweight rating on both '
                 'Microsoft and Alphabet.',
                 {('JPMorgan', 'Microsoft', 'Overweight'), ('JPMorgan', 'Alphabet', 'Overweight')},
                 id='en-jpmorgan-analysts-reiterated-their-overweight-rating'),
    pytest.param('Sanofi', 'Deutsche Bank raised Sanofi to buy from hold.',
                 {('Deutsche Bank', 'Sanofi', 'buy')}, id='en-deutsche-bank-raised-sanofi-to-buy'),
    pytest.param('Tesla', 'Rosenblatt is sticking with its buy rating on Tesla.',
                 {('Rosenblatt Securities', 'Tesla', 'buy')},
                 id='en-rosenblatt-is-sticking-with-its-buy'),
    pytest.param('Nvidia', 'Nvidia: Bernstein stays at Outperform.',
                 {('Bernstein', 'Nvidia', 'Outperform')},
                 id='en-nvidia-bernstein-stays-at-outperform'),
    pytest.param('Nike', 'Jefferies upgraded shares of Nike to buy.',
                 {('Jefferies', 'Nike', 'buy')}, id='en-jefferies-upgraded-shares-of-nike-to'),
    pytest.param('Tesla', 'BofA double-downgraded Tesla to underperform.',
                 {('Bank of America', 'Tesla', 'underperform')},
                 id='en-bofa-double-downgraded-tesla-to-underperform'),
    pytest.param('Nvidia', 'Stifel reiterated Buy on Nvidia, saying demand remains strong.',
                 {('Stifel', 'Nvidia', 'Buy')}, id='en-stifel-reiterated-buy-on-nvidia-saying'),
    pytest.param('Apple', 'Apple was upgraded to buy at Citi and to outperform at Evercore ISI.',
                 {('Citigroup', 'Apple', 'buy'), ('Evercore ISI', 'Apple', 'outperform')},
                 id='en-apple-was-upgraded-to-buy-at'),
    pytest.param('Nike', "Brokerage Jefferies upgraded Nike to 'buy' from 'hold', saying the "
                 "turnaround is working.",
                 {('Jefferies', 'Nike', 'buy')}, id='en-brokerage-jefferies-upgraded-nike-to-buy'),
    pytest.param('Nvidia', "At least three brokerages raised their price targets on Nvidia, with "
                 "Morgan Stanley upgrading the stock to 'overweight'.",
                 {('Morgan Stanley', 'Nvidia', 'overweight')},
                 id='en-at-least-three-brokerages-raised-their'),
    pytest.param('Tesla', 'Wedbush analyst Dan Example, who has an outperform rating on Tesla, '
                 'said deliveries were strong.',
                 {('Wedbush Securities', 'Tesla', 'outperform')},
                 id='en-wedbush-analyst-dan-example-who-has'),
    pytest.param('Apple', "Loop Capital's John Example upgraded Apple to buy.",
                 {('Loop Capital', 'Apple', 'buy')}, id='en-loop-capital-s-john-example-upgraded'),
    pytest.param('Tesla', 'Tesla was given a Buy rating by Canaccord Genuity.',
                 {('Canaccord Genuity', 'Tesla', 'Buy')}, id='en-tesla-was-given-a-buy-rating'),
    pytest.param('Tesla', 'Canaccord Genuity Group reissued a buy rating on shares of Tesla.',
                 {('Canaccord Genuity', 'Tesla', 'buy')},
                 id='en-canaccord-genuity-group-reissued-a-buy'),
    pytest.param('Apple', "Needham & Company LLC restated a 'buy' rating and set a $250 price "
                 "objective on shares of Apple.",
                 {('Needham & Company', 'Apple', 'buy')},
                 id='en-needham-company-llc-restated-a-buy'),
    pytest.param('Apple', "Zacks Investment Research upgraded shares of Apple from a 'hold' rating "
                 "to a 'buy' rating.",
                 {('Zacks Investment Research', 'Apple', 'buy')},
                 id='en-zacks-investment-research-upgraded-shares-of'),
    pytest.param('Apple', 'Jefferies cut Apple from a buy rating to a hold rating.',
                 {('Jefferies', 'Apple', 'hold')}, id='en-jefferies-cut-apple-from-a-buy'),
    pytest.param('Tesla', 'Morgan Stanley analysts remain bullish on Tesla, with an overweight '
                 'rating.',
                 {('Morgan Stanley', 'Tesla', 'overweight')},
                 id='en-morgan-stanley-analysts-remain-bullish-on'),
    pytest.param('Apple', 'In a note, Bank of America reiterated Apple as a buy.',
                 {('Bank of America', 'Apple', 'buy')}, id='en-in-a-note-bank-of-america'),
    pytest.param('Alphabet', 'In a report released today, Brian Example from Morgan Stanley '
                 'maintained a Buy rating on Alphabet, with a price target of $415.',
                 {('Morgan Stanley', 'Alphabet', 'Buy')},
                 id='en-in-a-report-released-today-brian'),
    pytest.param('Alphabet', 'Morgan Stanley analyst Brian Example maintained a Buy rating on '
                 'Alphabet (GOOGL) today and set a price target of $415.',
                 {('Morgan Stanley', 'Alphabet', 'Buy')},
                 id='en-morgan-stanley-analyst-brian-example-maintained'),
    pytest.param('Alphabet', 'Morgan Stanley analyst Brian Example maintained a Buy rating on '
                 'Alphabet today. Currently, the analyst consensus on Alphabet is a Strong Buy '
                 'with an average price target of $350.',
                 {('Morgan Stanley', 'Alphabet', 'Buy')},
                 id='en-morgan-stanley-analyst-brian-example-maintained-2'),
    pytest.param('Apple', "Wedbush reissued an 'outperform' rating and set a $325.00 price "
                 "objective on shares of Apple in a report on Monday.",
                 {('Wedbush Securities', 'Apple', 'outperform')},
                 id='en-wedbush-reissued-an-outperform-rating-and'),
    pytest.param('Apple', "Wedbush reissued an 'outperform' rating on shares of Apple. Twenty-two "
                 "investment analysts have rated the stock with a Buy rating, ten have issued a "
                 "Hold rating and two have assigned a Sell rating to the company's stock.",
                 {('Wedbush Securities', 'Apple', 'outperform')},
                 id='en-wedbush-reissued-an-outperform-rating-on'),
    pytest.param('Apple', "Wedbush reissued an 'outperform' rating on shares of Apple. According "
                 "to data from MarketBeat, Apple currently has a consensus rating of 'Moderate "
                 "Buy' and an average price target of $245.",
                 {('Wedbush Securities', 'Apple', 'outperform')},
                 id='en-wedbush-reissued-an-outperform-rating-on-2'),
    pytest.param('Apple', "Apple had its price target raised by Morgan Stanley from $250.00 to "
                 "$275.00 in a report released on Monday. The firm currently has an 'overweight' "
                 "rating on the technology company's stock.",
                 {('Morgan Stanley', 'Apple', 'overweight')},
                 id='en-apple-had-its-price-target-raised'),
    pytest.param('Apple', "Apple had its target price boosted by analysts at Citigroup from $240 "
                 "to $260. They now have a 'buy' rating on the stock.",
                 {('Citigroup', 'Apple', 'buy')},
                 id='en-apple-had-its-target-price-boosted'),
    pytest.param('Alibaba', "Citi maintained its buy rating on Alibaba's Hong Kong-listed shares.",
                 {('Citigroup', 'Alibaba Group', 'buy')},
                 id='en-citi-maintained-its-buy-rating-on'),
    pytest.param('Alibaba', 'Morgan Stanley has an overweight rating on the stock, while '
                 'Jefferies rates it hold.',
                 {('Jefferies', 'Alibaba Group', 'hold'),
                  ('Morgan Stanley', 'Alibaba Group', 'overweight')},
                 id='en-morgan-stanley-has-an-overweight-rating'),
    pytest.param('Tencent', 'JPMorgan reiterated its overweight rating on Tencent and Alibaba, '
                 'while cutting Baidu to neutral.',
                 {('JPMorgan', 'Alibaba Group', 'overweight'),
                  ('JPMorgan', 'Baidu', 'neutral'),
                  ('JPMorgan', 'Tencent Holdings', 'overweight')},
                 id='en-jpmorgan-reiterated-its-overweight-rating-on'),
    pytest.param('Alibaba', 'Bernstein analysts rate Alibaba outperform.',
                 {('Bernstein', 'Alibaba Group', 'outperform')},
                 id='en-bernstein-analysts-rate-alibaba-outperform'),
    pytest.param('Xiaomi', 'Nomura keeps a buy rating on Xiaomi with a target price of HK$60.',
                 {('Nomura', 'Xiaomi', 'buy')},
                 id='en-nomura-keeps-a-buy-rating-on'),
    pytest.param('Tesla', "Jefferies Financial Group Inc. lowered their price target on shares of "
                 "Tesla from $300.00 to $250.00 and set a 'hold' rating on the stock in a "
                 "research note on Tuesday.",
                 {('Jefferies', 'Tesla', 'hold')},
                 id='en-jefferies-financial-group-inc-lowered-their'),
    pytest.param('Tesla', "Analysts at Erste Group Bank upgraded shares of Tesla from a 'hold' "
                 "rating to a 'strong-buy' rating.",
                 {('Erste Group', 'Tesla', 'strong-buy')},
                 id='en-analysts-at-erste-group-bank-upgraded'),
    pytest.param('Tesla', "Tesla has been the subject of several research reports. Piper Sandler "
                 "set a $500 target. UBS Group reaffirmed a 'sell' rating on shares of Tesla in a "
                 "report on Friday.",
                 {('UBS', 'Tesla', 'sell')},
                 id='en-tesla-has-been-the-subject-of'),
    pytest.param('Nvidia', 'Bank of America, which rates Nvidia a buy, said demand remains strong.',
                 {('Bank of America', 'Nvidia', 'buy')},
                 id='en-bank-of-america-which-rates-nvidia'),
    pytest.param('Nvidia', 'Nvidia gained after Melius Research initiated coverage with a buy '
                 'rating.',
                 {('Melius Research', 'Nvidia', 'buy')},
                 id='en-nvidia-gained-after-melius-research-initiated'),
    pytest.param('Microsoft', 'Microsoft gained after analysts at Guggenheim upgraded the shares '
                 'to buy from neutral.',
                 {('Guggenheim Securities', 'Microsoft', 'buy')},
                 id='en-microsoft-gained-after-analysts-at-guggenheim'),
    pytest.param('Nvidia', 'Goldman Sachs raised its target to $200 and kept its buy rating.',
                 {('Goldman Sachs', 'Nvidia', 'buy')},
                 id='en-goldman-sachs-raised-its-target-to-5'),
    pytest.param('Apple', 'Citi raised its target on Microsoft. Apple shares rose after an '
                 'upgrade to buy by Jefferies.',
                 {('Jefferies', 'Apple', 'buy')},
                 id='en-citi-raised-its-target-on-microsoft'),
    pytest.param('Apple', 'Citi raised its target on Microsoft. Apple rose after an upgrade to '
                 'Buy from Jefferies.',
                 {('Jefferies', 'Apple', 'Buy')},
                 id='en-citi-raised-its-target-on-microsoft-2'),
    pytest.param('Nvidia', 'Jefferies upgraded the stock to buy.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-upgraded-the-stock-to-buy'),
    pytest.param('Nvidia', 'Jefferies upgraded the shares to buy, citing a strong market position.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-upgraded-the-shares-to-buy'),
    pytest.param('Nvidia', 'Jefferies raised its target on Nvidia to $200. The analysts '
                 'reiterated their buy rating.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-raised-its-target-on-nvidia'),
    pytest.param('Nvidia', 'Jefferies raised its target on Nvidia to $200. The broker reiterated '
                 'its buy rating.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-raised-its-target-on-nvidia-2'),
    pytest.param('Nvidia', 'Jefferies raised its target on Nvidia to $200. The firm reiterated '
                 'its buy rating.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-raised-its-target-on-nvidia-3'),
    pytest.param('Nvidia', 'Jefferies analyst Tom Example raised his target on Nvidia to $200. He '
                 'reiterated his buy rating.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-analyst-tom-example-raised-his'),
    pytest.param('Apple', 'Jefferies, which had rated Apple hold since January, upgraded the '
                 'stock to buy.',
                 {('Jefferies', 'Apple', 'buy')},
                 id='en-jefferies-which-had-rated-apple-hold'),
    pytest.param('Apple', 'Jefferies had a hold rating on Apple until Tuesday, when it upgraded '
                 'the stock to buy.',
                 {('Jefferies', 'Apple', 'buy')},
                 id='en-jefferies-had-a-hold-rating-on'),
    pytest.param('Nvidia', 'Jefferies reiterated its buy rating on Nvidia after Microsoft raised '
                 'its spending plans.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-reiterated-its-buy-rating-on-3'),
    pytest.param('Nvidia', 'Jefferies reiterated its buy rating on Nvidia, while Microsoft raised '
                 'its spending plans.',
                 {('Jefferies', 'Nvidia', 'buy')},
                 id='en-jefferies-reiterated-its-buy-rating-on-4'),
    pytest.param('Barclays', 'Barclays shares rose after Citi upgraded the bank to buy.',
                 {('Citigroup', 'Barclays', 'buy')},
                 id='en-barclays-shares-rose-after-citi-upgraded'),
    pytest.param('HSBC', 'Morgan Stanley upgraded HSBC to overweight.',
                 {('Morgan Stanley', 'HSBC', 'overweight')},
                 id='en-morgan-stanley-upgraded-hsbc-to-overweight'),
    pytest.param('HSBC', 'HSBC was upgraded to buy at Jefferies.',
                 {('Jefferies', 'HSBC', 'buy')},
                 id='en-hsbc-was-upgraded-to-buy-at'),
    pytest.param('UBS', 'UBS shares gained after Deutsche Bank reiterated its buy rating on the '
                 'Swiss lender.',
                 {('Deutsche Bank', 'UBS', 'buy')},
                 id='en-ubs-shares-gained-after-deutsche-bank'),
    pytest.param('Deutsche Bank', 'JPMorgan cut its rating on Deutsche Bank to neutral.',
                 {('JPMorgan', 'Deutsche Bank', 'neutral')},
                 id='en-jpmorgan-cut-its-rating-on-deutsche'),
    pytest.param('Deutsche Bank', "Deutsche Bank's stock was downgraded to hold at Jefferies.",
                 {('Jefferies', 'Deutsche Bank', 'hold')},
                 id='en-deutsche-bank-s-stock-was-downgraded'),
    pytest.param('Barclays', 'Barclays shares fell after UBS cut the British lender to sell.',
                 {('UBS', 'Barclays', 'sell')},
                 id='en-barclays-shares-fell-after-ubs-cut'),
    pytest.param('HSBC', 'Shares of HSBC rose after Citi upgraded them to buy.',
                 {('Citigroup', 'HSBC', 'buy')},
                 id='en-shares-of-hsbc-rose-after-citi'),
]

MORE_LOOK_ALIKES = [
    pytest.param('de', 'Sanofi', 'Jefferies hebt das Kursziel für Sanofi auf 110 Euro.',
                 id='de-jefferies-hebt-das-kursziel-fuer-sanofi'),
    pytest.param('de', 'SAP', 'Von 30 Analysten raten 22 zum Kauf der SAP-Aktie.',
                 id='de-von-30-analysten-raten-22-zum'),
    pytest.param('de', 'SAP', '22 von 30 Analysten empfehlen die SAP-Aktie zum Kauf.',
                 id='de-22-von-30-analysten-empfehlen-die'),
    pytest.param('de', 'SAP', "Die Mehrheit der Analysten stuft SAP mit 'Buy' ein.",
                 id='de-die-mehrheit-der-analysten-stuft-sap'),
    pytest.param('de', 'BASF', 'Die Deutsche Bank will ihre Beteiligung halten und keine Aktien '
                 'kaufen.',
                 id='de-die-deutsche-bank-will-ihre-beteiligung'),
    pytest.param('de', 'BASF', 'Die UBS rät Kunden zum Kauf von Gold.',
                 id='de-die-ubs-raet-kunden-zum-kauf'),
    pytest.param('de', 'Siemens', 'Wer Siemens-Aktien kaufen will, sollte die Halteempfehlung der '
                 'Redaktion beachten.',
                 id='de-wer-siemens-aktien-kaufen-will-sollte'),
    pytest.param('de', 'SAP', 'Die UBS hob das Kursziel auf 300 Euro. Von 35 Analysten raten 28 '
                 'zum Kauf.',
                 id='de-die-ubs-hob-das-kursziel-auf'),
    pytest.param('de', 'SAP', "Die UBS hob das Kursziel auf 300 Euro. 28 der 35 Analysten stufen "
                 "die Aktie mit 'Buy' ein.",
                 id='de-die-ubs-hob-das-kursziel-auf-2'),
    pytest.param('en', 'Nvidia', 'Stifel sees 20% upside in Nvidia with a price target of $200.',
                 id='en-stifel-sees-20-upside-in-nvidia'),
    pytest.param('en', 'Tesla price target raised to $400 from $350 at Wedbush',
                 'Wedbush sees robotaxi upside.',
                 id='en-wedbush-sees-robotaxi-upside'),
    pytest.param('en', 'Apple', 'Of the 45 analysts covering Apple, 30 rate it a buy.',
                 id='en-of-the-45-analysts-covering-apple'),
    pytest.param('en', 'Apple', '22 of 30 analysts rate the stock buy.',
                 id='en-22-of-30-analysts-rate-the'),
    pytest.param('en', 'Microsoft', 'The consensus rating on Microsoft is Strong Buy.',
                 id='en-the-consensus-rating-on-microsoft-is'),
    pytest.param('en', 'Sanofi', 'Jefferies hosted a health-care conference where Sanofi presented '
                 'its pipeline.',
                 id='en-jefferies-hosted-a-health-care-conference'),
    pytest.param('en', 'Apple', 'Investors should buy Apple, said a fund manager at BlackRock.',
                 id='en-investors-should-buy-apple-said-a'),
    pytest.param('en', 'Nvidia', "Morgan Stanley raised its target. Of the 60 brokerages covering "
                 "the stock, 54 rate it 'buy' or higher.",
                 id='en-morgan-stanley-raised-its-target-of'),
    pytest.param('en', 'Nvidia', "Morgan Stanley raised its target. Analysts on average rate the "
                 "stock 'buy'.",
                 id='en-morgan-stanley-raised-its-target-analysts'),
    pytest.param('en', 'Apple', 'Jefferies raised its target. Seven analysts have rated the stock '
                 'with a hold rating and 25 have issued a buy rating.',
                 id='en-jefferies-raised-its-target-seven-analysts'),
    pytest.param('en', 'Sanofi', 'Jefferies hosted a conference. Sanofi shares rose 2 percent.',
                 id='en-jefferies-hosted-a-conference-sanofi-shares'),
    pytest.param('de', 'Siemens', 'Goldman Sachs hob das Kursziel auf 50 Euro. DER AKTIONÄR '
                 'bleibt bei seiner Einschätzung: Die Aktie ist ein Kauf.',
                 id='de-goldman-sachs-hob-das-kursziel-auf'),
    pytest.param('de', 'Siemens', 'JPMorgan hob das Kursziel auf 250 Euro. Die Aktie bleibt ein '
                 'Kauf, Stopp bei 180 Euro.',
                 id='de-jpmorgan-hob-das-kursziel-auf-250'),
    pytest.param('de', 'Siemens', "JPMorgan hob das Kursziel auf 250 Euro. Bei finanzen.net "
                 "lautet das Votum der Analysten im Schnitt 'Kaufen'.",
                 id='de-jpmorgan-hob-das-kursziel-auf-250-2'),
    pytest.param('de', 'Siemens', 'JPMorgan hob das Kursziel auf 250 Euro. Insgesamt raten 15 '
                 'Experten zum Kauf, drei zum Halten.',
                 id='de-jpmorgan-hob-das-kursziel-auf-250-3'),
    pytest.param('en', 'Nvidia', 'Nvidia stock has a Strong Buy consensus rating based on 38 '
                 'Buys, three Holds, and one Sell.',
                 id='en-nvidia-stock-has-a-strong-buy'),
    pytest.param('en', 'Nvidia', "HSBC raised its target. Analysts' average price target implies "
                 "20% upside, and 90% of analysts rate the stock a buy.",
                 id='en-hsbc-raised-its-target-analysts-average'),
    pytest.param('en', 'Nvidia', 'Goldman Sachs raised its target. Nvidia currently carries a '
                 'Zacks Rank #3 (Hold).',
                 id='en-goldman-sachs-raised-its-target-nvidia'),
    pytest.param('en', 'Nvidia', 'Goldman Sachs raised its target. The Motley Fool has positions '
                 'in and recommends Nvidia.',
                 id='en-goldman-sachs-raised-its-target-the'),
    pytest.param('en', 'Nvidia', 'Goldman Sachs raised its target. Our rating remains Buy.',
                 id='en-goldman-sachs-raised-its-target-our'),
    pytest.param('en', 'Nvidia', 'Goldman Sachs raised its target. We reiterate our Buy rating on '
                 'the shares.',
                 id='en-goldman-sachs-raised-its-target-we'),
    pytest.param('en', 'Nvidia', "Goldman Sachs raised its target to $200. Seeking Alpha's Quant "
                 "Rating on Nvidia is Hold.",
                 id='en-goldman-sachs-raised-its-target-to'),
    pytest.param('en', 'Nvidia', 'Goldman Sachs raised its target to $200. Wall Street rates the '
                 'stock a Moderate Buy.',
                 id='en-goldman-sachs-raised-its-target-to-2'),
    pytest.param('en', 'Nvidia', 'Goldman Sachs raised its target to $200. Most Wall Street '
                 'analysts rate the stock a buy.',
                 id='en-goldman-sachs-raised-its-target-to-3'),
    pytest.param('en', 'Nvidia', 'Goldman Sachs raised its target to $200. The stock is rated buy '
                 'by 40 analysts.',
                 id='en-goldman-sachs-raised-its-target-to-4'),
    pytest.param('de', 'BMW', "JPMorgan hat den europäischen Autosektor auf 'Overweight' "
                 "hochgestuft.",
                 id='de-jpmorgan-hat-den-europaeischen-autosektor-auf'),
    pytest.param('de', 'BASF', "Goldman Sachs stuft europäische Chemiewerte auf 'Underweight' ab.",
                 id='de-goldman-sachs-stuft-europaeische-chemiewerte-auf'),
    pytest.param('de', 'Alibaba', "Morgan Stanley hat chinesische Aktien auf 'Overweight' "
                 "hochgestuft.",
                 id='de-morgan-stanley-hat-chinesische-aktien-auf'),
    pytest.param('de', 'Alibaba', "Die UBS hat den chinesischen Aktienmarkt auf 'Overweight' "
                 "hochgestuft.",
                 id='de-die-ubs-hat-den-chinesischen-aktienmarkt'),
    pytest.param('en', 'Alibaba', 'Morgan Stanley upgraded Chinese equities to overweight.',
                 id='en-morgan-stanley-upgraded-chinese-equities-to'),
    pytest.param('en', 'Alibaba', "Goldman Sachs raised its rating on China's stock market to "
                 "overweight.",
                 id='en-goldman-sachs-raised-its-rating-on'),
    pytest.param('en', 'Nvidia', 'Bank of America upgraded the semiconductor sector to overweight.',
                 id='en-bank-of-america-upgraded-the-semiconductor'),
    pytest.param('en', 'Nvidia', 'Jefferies rates U.S. chip stocks overweight.',
                 id='en-jefferies-rates-u-s-chip-stocks'),
    pytest.param('de', 'Siemens', "Jefferies hob das Kursziel für Siemens auf 200 Euro. Die "
                 "Redaktion bleibt bei ihrer Einstufung 'Buy'.",
                 id='de-jefferies-hob-das-kursziel-fuer-siemens-4'),
    pytest.param('en', 'Nvidia', 'Jefferies raised its target on Nvidia to $200. The newsletter '
                 'reiterated its Buy rating.',
                 id='en-jefferies-raised-its-target-on-nvidia-4'),
]

@pytest.mark.parametrize(("headline", "body", "expected"), GERMAN + MORE_GERMAN)
def test_german_rating_forms(extractor: Extractor, headline: str, body: str,
                             expected: set[Rated]) -> None:
    x = run(extractor, body, lang="de", headline=headline)
    assert ratings(x) == expected
    assert {(by, about) for by, about, _ in expected} <= covers(x)


@pytest.mark.parametrize(("headline", "body", "expected"), ENGLISH + MORE_ENGLISH)
def test_english_rating_forms(extractor: Extractor, headline: str, body: str,
                              expected: set[Rated]) -> None:
    x = run(extractor, body, lang="en", headline=headline)
    assert ratings(x) == expected
    assert {(by, about) for by, about, _ in expected} <= covers(x)


@pytest.mark.parametrize(("lang", "headline", "body"), LOOK_ALIKES + MORE_LOOK_ALIKES)
def test_rating_look_alikes_yield_nothing(extractor: Extractor, lang: str, headline: str,
                                          body: str) -> None:
    x = run(extractor, body, lang=lang, headline=headline)
    assert not x.ratings


@pytest.mark.parametrize(("lang", "headline", "body", "house", "company"), [
    pytest.param("de", "BASF", "Jefferies hebt das Kursziel für BASF von 50 auf 52 Euro.",
                 "Jefferies", "BASF", id="de-target-only"),
    pytest.param("en", "Nvidia", "Jefferies raised its price target on Nvidia to $200 from $180.",
                 "Jefferies", "Nvidia", id="en-target-only"),
])
def test_price_target_without_rating_covers_but_rates_nothing(
        extractor: Extractor, lang: str, headline: str, body: str, house: str,
        company: str) -> None:
    """A target alone is a figure and a ``covers``, not a rating (ANNOTATION:
    the rating literal as written; there is none)."""
    x = run(extractor, body, lang=lang, headline=headline)
    assert not x.ratings
    assert (house, company) in covers(x)
    assert any(f.metric == "PriceTarget" and f.about == company and f.estimated_by == house
               for f in x.figures)


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    pytest.param("de", "Infineon", "Die US-Investmentbank Goldman Sachs hat Infineon von "
                 "'Neutral' auf 'Buy' hochgestuft.",
                 {("Goldman Sachs", "Infineon Technologies", "Buy"): "Neutral"}, id="de-von-auf"),
    pytest.param("en", "Intel", "Bank of America downgraded Intel to underperform from neutral.",
                 {("Bank of America", "Intel", "underperform"): "neutral"}, id="en-to-from"),
    pytest.param("en", "Meta", "Morgan Stanley cut Meta to equal-weight from overweight.",
                 {("Morgan Stanley", "Meta Platforms", "equal-weight"): "overweight"}, id="en-to-from-hyphen"),
    pytest.param("en", "Apple", "Zacks Investment Research upgraded shares of Apple from a 'hold' "
                 "rating to a 'buy' rating.",
                 {("Zacks Investment Research", "Apple", "buy"): "hold"}, id="en-from-a-rating-to-a-rating"),
    pytest.param("en", "Apple", "Jefferies cut Apple from a buy rating to a hold rating.",
                 {("Jefferies", "Apple", "hold"): "buy"}, id="en-from-a-plain-rating-to-a-rating"),
])
def test_up_and_downgrades_keep_the_old_rating_as_previous(
        extractor: Extractor, lang: str, headline: str, body: str,
        expected: dict[Rated, str]) -> None:
    assert previous(run(extractor, body, lang=lang, headline=headline)) == expected


def test_covers_follows_the_rating_not_a_comment_read_as_about_another_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Shares of Intel rose 4% after Citi upgraded the chipmaker to buy, while "
            "Apple slipped after Jefferies cut its rating to hold.", lang="en",
            headline="Stocks rally")
    assert covers(x) == {("Citigroup", "Intel"), ("Jefferies", "Apple")}


def test_rating_common_word_right_after_the_rated_name(extractor: Extractor) -> None:
    # "rates X buy": the verb of rating and the rated name make the common word a rating
    x = run(extractor, "UBS rates Siemens buy after the results.", lang="en", headline="Siemens")
    assert ratings(x) == {("UBS", "Siemens", "buy")}


def test_rating_verb_with_an_adverb_after_the_name_is_no_rating(extractor: Extractor) -> None:
    x = run(extractor, "Customers rate Siemens highly and buy more.", lang="en", headline="Siemens")
    assert ratings(x) == set()


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Die Sanofi-Aktie legte zu. Novartis hat starke Zahlen vorgelegt. Analyst Max "
                 "Muster von Jefferies nannte die Ergebnisse solide.", id="de"),
    pytest.param("en", "Sanofi shares rose. Novartis reported strong results. Jefferies analyst Tom "
                 "Example called the numbers solid.", id="en"),
])
def test_comment_after_another_company_covers_not_the_article_subject(
        extractor: Extractor, lang: str, body: str) -> None:
    """A comment that names no company, right after a sentence on another
    company, may be about that one: the article's subject is no safe guess."""
    x = run(extractor, body, lang=lang, headline="Sanofi")
    assert ("Jefferies", "Sanofi") not in covers(x)


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Die Sanofi-Aktie legte zu. Sanofi hat starke Zahlen vorgelegt. Analyst Max "
                 "Muster von Jefferies nannte die Ergebnisse solide.", id="de"),
    pytest.param("en", "Sanofi shares rose. Sanofi reported strong results. Jefferies analyst Tom "
                 "Example called the numbers solid.", id="en"),
])
def test_comment_after_the_subject_covers_it(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang=lang, headline="Sanofi")
    assert ("Jefferies", "Sanofi") in covers(x)


def test_house_hosting_a_company_does_not_cover_it(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies hosted a health-care conference where Sanofi presented its "
            "pipeline.", lang="en", headline="Sanofi")
    assert ("Jefferies", "Sanofi") not in covers(x)


def test_place_adjective_before_bank_names_no_institution(extractor: Extractor) -> None:
    """"Die Schweizer Bank" speaks again of the bank named before; it is no
    institution of its own that could give the rating."""
    x = run(extractor, "Die UBS hob das Kursziel für Siemens auf 200 Euro. Die Schweizer Bank "
            "bestätigte ihre Einstufung 'Buy'.", lang="de", headline="Siemens")
    assert "Schweizer Bank" not in {e.label for e in x.entities}
    assert ratings(x) == {("UBS", "Siemens", "Buy")}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Die Sanofi-Aktie legte zu. Analyst Max Muster von Jefferies sieht die "
                 "Pharmabranche vor einem schwierigen Jahr.", set(), id="de-sector"),
    pytest.param("de", "Die Sanofi-Aktie legte zu. Analyst Max Muster von Jefferies sieht den "
                 "Konzern vor einem schwierigen Jahr.", {("Jefferies", "Sanofi")}, id="de-company"),
    pytest.param("en", "Sanofi shares rose. Analysts at Jefferies said drug stocks face a tough "
                 "year.", set(), id="en-sector"),
    pytest.param("en", "Sanofi shares rose. Analysts at Jefferies said the company faces a tough "
                 "year.", {("Jefferies", "Sanofi")}, id="en-company"),
])
def test_comment_on_a_sector_covers_not_the_article_subject(
        extractor: Extractor, lang: str, body: str, expected: set[tuple[str, str]]) -> None:
    x = run(extractor, body, lang=lang, headline="Sanofi")
    assert covers(x) == expected


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    pytest.param("en", "Dollar Tree", "Evercore ISI and Wells Fargo both upgraded Dollar Tree to "
                 "outperform and overweight, respectively.",
                 {("Evercore ISI", "Dollar Tree", "outperform"),
                  ("Wells Fargo", "Dollar Tree", "overweight")}, id="en-houses-respectively"),
    pytest.param("en", "Apple", "Citi and Jefferies rate Apple buy and hold, respectively.",
                 {("Citigroup", "Apple", "buy"), ("Jefferies", "Apple", "hold")},
                 id="en-common-words-respectively"),
    pytest.param("en", "Apple", "UBS rates Apple and Microsoft buy and hold, respectively.",
                 {("UBS", "Apple", "buy"), ("UBS", "Microsoft", "hold")},
                 id="en-companies-respectively"),
    pytest.param("de", "Siemens", "Die UBS und Jefferies bewerten Siemens mit 'Buy' bzw. 'Hold'.",
                 {("UBS", "Siemens", "Buy"), ("Jefferies", "Siemens", "Hold")},
                 id="de-houses-bzw"),
    pytest.param("de", "Siemens", "Die UBS bewertet Siemens und Infineon mit 'Buy' beziehungsweise "
                 "'Hold'.", {("UBS", "Siemens", "Buy"), ("UBS", "Infineon Technologies", "Hold")},
                 id="de-companies-beziehungsweise"),
    # no pairing word: one rating shared by the listed houses, as before
    pytest.param("de", "Siemens", "Die UBS und die Deutsche Bank empfehlen Siemens mit 'Buy'.",
                 {("UBS", "Siemens", "Buy"), ("Deutsche Bank", "Siemens", "Buy")},
                 id="de-shared-without-pairing"),
])
def test_ratings_paired_in_order_with_houses_or_companies(
        extractor: Extractor, lang: str, headline: str, body: str, expected: set[Rated]) -> None:
    """"respectively", "beziehungsweise": the n-th rating belongs to the n-th
    house (or is on the n-th company), not every rating to every house."""
    assert ratings(run(extractor, body, lang=lang, headline=headline)) == expected


@pytest.mark.parametrize("body", [
    # three houses, two ratings: which house gives which is not clear
    pytest.param("Citi, UBS and Jefferies upgraded Apple to buy and neutral, respectively.",
                 id="lists-of-unequal-length"),
    pytest.param("UBS has buy and hold ratings on Apple and Microsoft, respectively.",
                 id="ratings-unbound-to-the-companies"),
    pytest.param("Apple and Microsoft rose 2% and 3%, respectively, as investors chose to buy and "
                 "hold.", id="share-moves-respectively"),
])
def test_unclear_pairing_yields_no_rating(extractor: Extractor, body: str) -> None:
    """Where the lists do not pair up, no house gets a rating it may not give."""
    assert not run(extractor, body, lang="en", headline="Apple").ratings


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("UBS raised its target on Costco to $1,050 from $1,000 but stayed at neutral.",
                 {("UBS", "Costco", "neutral")}, id="stayed-at"),
    pytest.param("UBS remained at neutral on Costco, citing valuation.",
                 {("UBS", "Costco", "neutral")}, id="remained-at"),
    pytest.param("Goldman Sachs stays at buy on Costco.", {("Goldman Sachs", "Costco", "buy")},
                 id="stays-at"),
    pytest.param("Goldman Sachs said the Fed would stay at neutral.", set(), id="would-stay-policy"),
    pytest.param("Goldman Sachs said inflation remained at neutral levels.", set(),
                 id="remained-at-levels"),
    pytest.param("Costco shares stayed at $1,000 after Goldman Sachs spoke of a hold on hiring.",
                 set(), id="stayed-at-a-price"),
])
def test_a_house_staying_at_a_rating(extractor: Extractor, body: str,
                                     expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Costco")) == expected


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    pytest.param("de", "Siemens-Aktie: Goldman Sachs vergibt Buy", "Die Experten sehen weiter "
                 "Potenzial im Automatisierungsgeschäft.", {("Goldman Sachs", "Siemens", "Buy")},
                 id="de-headline-vergibt"),
    pytest.param("de", "Siemens", "Goldman Sachs hob Siemens nach den Zahlen auf Kaufen.",
                 {("Goldman Sachs", "Siemens", "Kaufen")}, id="de-hob-auf"),
    pytest.param("de", "Siemens", "Die UBS und Jefferies sehen Siemens bei 'Buy' respektive 'Hold'.",
                 {("UBS", "Siemens", "Buy"), ("Jefferies", "Siemens", "Hold")},
                 id="de-respektive"),
    pytest.param("en", "Apple", "Oppenheimer initiated coverage of Apple with a Perform rating.",
                 {("Oppenheimer", "Apple", "Perform")}, id="en-perform-rating"),
])
def test_house_labels_and_verbs_of_giving(extractor: Extractor, lang: str, headline: str,
                                          body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang=lang, headline=headline)) == expected


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Siemens hob die Prognose an und vergibt Aufträge an Zulieferer.",
                 id="de-hob-prognose"),
    pytest.param("de", "Die Stadt vergab den Auftrag an Siemens, die UBS finanziert das Projekt.",
                 id="de-vergab-auftrag"),
    pytest.param("en", "Apple engineers perform tests before Jefferies hosts its conference.",
                 id="en-perform-verb"),
])
def test_verbs_of_giving_without_a_rating_yield_nothing(extractor: Extractor, lang: str,
                                                       body: str) -> None:
    assert not run(extractor, body, lang=lang, headline="Siemens").ratings


def _targets(x: Extraction) -> set[tuple[str, str | None, int]]:
    return {(f.about, f.estimated_by, int(f.value or 0)) for f in x.figures
            if f.metric == "PriceTarget"}


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    pytest.param("en", "Analyst calls: Nike upgraded", "Morgan Stanley upgraded Nike to overweight. "
                 "Citi reiterated its buy rating on Walmart. The bank kept its $95 target.",
                 ("Walmart", "Citigroup", 95), id="en-round-up"),
    pytest.param("de", "Analysten: Siemens gefragt", "Die UBS hob Siemens auf 'Buy'. Jefferies "
                 "bestätigte für Infineon die Einstufung 'Hold'. Das Kursziel der Experten liegt "
                 "bei 38 Euro.", ("Infineon Technologies", "Jefferies", 38), id="de-round-up"),
])
def test_target_follows_the_company_its_house_just_rated(
        extractor: Extractor, lang: str, headline: str, body: str,
        expected: tuple[str, str, int]) -> None:
    """In a round-up of several houses on several companies, a target that
    names no company is on the one its house rated just before, not on the
    article's subject."""
    found = _targets(run(extractor, body, lang=lang, headline=headline))
    assert expected in found
    assert not {t for t in found if t[1] == expected[1] and t[0] != expected[0]}


@pytest.mark.parametrize(("body", "wrong"), [
    # the house rated two companies just before: which one the target is on is not clear
    pytest.param("Morgan Stanley upgraded Nike to overweight. Citi rates Walmart and Costco buy and "
                 "hold, respectively. The bank kept its $95 target.", {"Walmart", "Costco"},
                 id="two-rated"),
    # the rating stands too far back to bind the target
    pytest.param("Citi reiterated its buy rating on Walmart. Nike reported results. Nike's sales "
                 "rose 5%. Its margin improved. The bank kept its $95 target.", {"Walmart"},
                 id="rating-far-back"),
])
def test_target_stays_where_no_rating_clearly_binds_it(extractor: Extractor, body: str,
                                                      wrong: set[str]) -> None:
    found = _targets(run(extractor, body, lang="en", headline="Nike upgraded"))
    assert not {t for t in found if t[0] in wrong}


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    pytest.param("de", "Siemens-Aktie gefragt", "Die UBS traut Siemens 260 Euro zu. Laut Bloomberg "
                 "raten 12 von 18 Analysten zum Kauf. Das durchschnittliche Kursziel liegt bei 240 "
                 "Euro.", {("Siemens", "UBS", 260), ("Siemens", None, 240)}, id="de-consensus"),
    pytest.param("en", "Nike shares climb", "Jefferies raised its price target on Nike to $95. According to FactSet, the "
                 "average price target is $88.", {("Nike", "Jefferies", 95), ("Nike", None, 88)},
                 id="en-consensus"),
    # the house's own target beside the consensus stays the house's
    pytest.param("en", "Nike shares climb", "Jefferies raised its target on Nike to $95, well above "
                 "the average target of $88.", {("Nike", "Jefferies", 95), ("Nike", None, 88)},
                 id="en-house-beside-consensus"),
])
def test_consensus_target_is_no_house_s_and_not_the_source_s(
        extractor: Extractor, lang: str, headline: str, body: str,
        expected: set[tuple[str, str | None, int]]) -> None:
    """ANNOTATION: consensus targets are required, without ``estimatedBy``;
    a house named a sentence before does not make the average its own, and
    the data source cited is not the company whose shares it is about."""
    x = run(extractor, body, lang=lang, headline=headline)
    assert _targets(x) == expected
    assert not {(s, o) for s, o in covers(x) if o in ("Bloomberg", "FactSet")}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "The stock rose 2%. \"We upgrade the shares to Buy,\" Needham & Company analyst "
                 "Jane Example wrote in a note.", {("Needham & Company", "Nvidia", "Buy")},
                 id="en-speech-before-house"),
    pytest.param("en", "\"We upgrade Nvidia to Buy,\" wrote Jane Example of Needham & Company.",
                 {("Needham & Company", "Nvidia", "Buy")}, id="en-speech-before-analyst"),
    pytest.param("de", "„Wir stufen Nvidia auf 'Buy' hoch“, schrieb Analystin Erika Beispiel von "
                 "Needham & Company.", {("Needham & Company", "Nvidia", "Buy")},
                 id="de-speech-before-analyst"),
    pytest.param("en", "\"We rate Nvidia a Buy,\" the newsletter said, while Goldman Sachs stayed "
                 "cautious.", set(), id="en-speech-of-another"),
    pytest.param("en", "\"Nvidia is a Buy for everyone,\" said the chief executive of CNBC.", set(),
                 id="en-speech-of-a-company"),
])
def test_rating_in_direct_speech_is_the_speaker_s_house(extractor: Extractor, lang: str, body: str,
                                                         expected: set[Rated]) -> None:
    """A rating inside quotation marks is given by the house named right
    after them, in the words that say who spoke — not by a house named
    further on in another clause."""
    assert ratings(run(extractor, body, lang=lang, headline="Nvidia stock rises")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Die Baader Bank hatte die Aktie zuvor mit 'Hold' eingestuft. Nun stufen die "
                 "Experten sie mit 'Buy' ein.", {("Baader Bank", "Nvidia", "Buy"): "Hold"},
                 id="de-hatte-zuvor-then-now"),
    pytest.param("de", "Zuvor lautete das Votum der Baader Bank 'Hold'. Jetzt stuft das Analysehaus "
                 "die Aktie mit 'Buy' ein.", {("Baader Bank", "Nvidia", "Buy"): "Hold"},
                 id="de-zuvor-lautete"),
    pytest.param("en", "Needham & Company had rated the stock hold. It now rates it buy.",
                 {("Needham & Company", "Nvidia", "buy"): "hold"}, id="en-had-rated-then-now"),
    # a rating worded as given earlier, with no newer one, is the house's rating still
    pytest.param("de", "Die Baader Bank hatte die Einstufung für Nvidia auf 'Buy' belassen.",
                 {("Baader Bank", "Nvidia", "Buy"): None}, id="de-hatte-alone"),
    pytest.param("en", "Needham & Company had rated Nvidia buy.",
                 {("Needham & Company", "Nvidia", "buy"): None}, id="en-had-alone"),
])
def test_rating_given_earlier_gives_way_to_the_newer_one(
        extractor: Extractor, lang: str, body: str, expected: dict[Rated, str | None]) -> None:
    """A rating worded as given before ("hatte … zuvor mit 'Hold'") is the
    house's old one when the article names a newer one of the same house on
    the same company: that is the rating, the old one its previous."""
    assert previous(run(extractor, body, lang=lang, headline="Nvidia")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Numis upgraded Ocado to add from hold after the trading update.",
                 {("Deutsche Numis", "Ocado", "add")}, id="en-upgraded-to-add"),
    pytest.param("en", "Shore Capital has an add recommendation on Ocado.",
                 {("Shore Capital", "Ocado", "add")}, id="en-add-recommendation"),
    pytest.param("de", "Die Analysten von First Berlin bestätigen ihr Add-Rating für Ocado.",
                 {("First Berlin Equity Research", "Ocado", "Add")}, id="de-add-compound"),
    # look-alikes: "add" as a verb, near a house and a rating word
    pytest.param("en", "Ocado plans to add 500 vans, while Shore Capital kept its target.", set(),
                 id="en-add-as-verb"),
    pytest.param("en", "Numis said it would add to its rating models next year.", set(),
                 id="en-add-to"),
    pytest.param("de", "Die UBS will ihr Angebot um eine Add-on-Funktion erweitern.", set(),
                 id="de-add-on"),
])
def test_add_as_a_broker_rating(extractor: Extractor, lang: str, body: str,
                                expected: set[Rated]) -> None:
    """British brokers rate "add" and "reduce": the common verb "add" is a
    rating where a verb of rating puts it ("upgraded X to add") or a rating
    noun follows it ("an add recommendation", "Add-Rating"), nowhere else."""
    assert ratings(run(extractor, body, lang=lang, headline="Ocado")) == expected


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("en", "Barclays downgraded the FTSE 100 to underweight.", id="en-index"),
    pytest.param("en", "Barclays cut the FTSE 100 from overweight to neutral on Monday.",
                 id="en-index-from-to"),
    pytest.param("de", "Die Commerzbank stuft den MDax nun mit 'Neutral' ein.", id="de-index"),
    pytest.param("en", "Barclays upgraded Ocado's bonds to overweight.", id="en-bonds"),
    pytest.param("de", "Die Anleihen von Ocado stuft die Commerzbank mit 'Buy' ein.", id="de-anleihen"),
    pytest.param("en", "Ocado's logistics unit Hatfield Robotics was rated buy at Barclays.",
                 id="en-owned-unit-unknown"),
    pytest.param("de", "Die Commerzbank hat die Ocado-Tochter Hatfield Robotics mit 'Kaufen' bewertet.",
                 id="de-owned-unit"),
])
def test_no_share_of_the_article_s_company_is_rated(extractor: Extractor, lang: str,
                                                    body: str) -> None:
    """An index, a company's bonds or a unit it owns named as the one rated
    give the article's company no rating: what is rated is not its share."""
    x = run(extractor, body, lang=lang, headline="Ocado")
    assert not {r for r in ratings(x) if r[1] == "Ocado"}
    assert ("Barclays", "Ocado") not in covers(x) and ("Commerzbank", "Ocado") not in covers(x)


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Barclays, citing lower bond yields, upgraded Ocado to overweight.",
                 {("Barclays", "Ocado", "overweight")}, id="en-bond-in-another-phrase"),
    pytest.param("en", "Barclays rates the FTSE 100 company Ocado a buy.",
                 {("Barclays", "Ocado", "buy")}, id="en-index-member"),
    pytest.param("de", "Die Commerzbank hat den MDax-Titel von 'Hold' auf 'Buy' hochgestuft.",
                 {("Commerzbank", "Ocado", "Buy")}, id="de-index-compound"),
])
def test_a_share_rated_beside_an_index_or_bonds_stays_rated(
        extractor: Extractor, lang: str, body: str, expected: set[Rated]) -> None:
    """Look-alikes: an index or bonds named in the clause, but a share is
    what is rated (an index member, a company named after the bonds)."""
    assert ratings(run(extractor, body, lang=lang, headline="Ocado")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Back in 2019, Mizuho rated Ocado a buy.", set(), id="en-back-in"),
    pytest.param("en", "In 2022 Mizuho had an outperform rating on Ocado.", set(), id="en-in-past-year"),
    pytest.param("en", "Mizuho rated Ocado outperform last year, before it cut the stock to neutral "
                 "in May.", {("Mizuho", "Ocado", "neutral")}, id="en-last-year-then-now"),
    pytest.param("de", "Damals hatte die LBBW die Ocado-Aktie mit 'Kaufen' eingestuft.", set(),
                 id="de-damals"),
    pytest.param("de", "Im Jahr 2020 stufte die LBBW Ocado mit 'Halten' ein.", set(), id="de-im-jahr"),
    # look-alikes: a time that is not the rating's, the current year, a time of another clause
    pytest.param("en", "In 2026 Mizuho rates Ocado outperform.", {("Mizuho", "Ocado", "outperform")},
                 id="en-this-year"),
    pytest.param("en", "Mizuho upgraded Ocado to buy last week.", {("Mizuho", "Ocado", "buy")},
                 id="en-last-week"),
    pytest.param("de", "Die LBBW stuft Ocado mit 'Kaufen' ein, nachdem die Aktie im vergangenen Jahr "
                 "stark gefallen war.", {("LBBW", "Ocado", "Kaufen")}, id="de-time-of-another-clause"),
    pytest.param("de", "Die LBBW hat Ocado nach den Zahlen für das vergangene Jahr mit 'Kaufen' "
                 "eingestuft.", {("LBBW", "Ocado", "Kaufen")}, id="de-figures-of-last-year"),
])
def test_rating_told_as_history_is_none(extractor: Extractor, lang: str, body: str,
                                        expected: set[Rated]) -> None:
    """A rating a past time dates ("Back in 2019", "last year", "damals",
    "im Jahr 2020", a year before the article's) is told as history: the
    house need not give it now, so it is no rating; a newer one of the
    same sentence is."""
    article = make_article(text=f"Ocado\n{body}", source="test", article_id="t", lang=lang,
                           published=date(2026, 12, 2))
    assert ratings(extractor.extract(article)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Barclays rates Ocado buy and Tesco hold.",
                 {("Barclays", "Ocado", "buy"), ("Barclays", "Tesco", "hold")}, id="rates-x-y"),
    pytest.param("Barclays moved Ocado to sell and Tesco to neutral on Friday.",
                 {("Barclays", "Ocado", "sell"), ("Barclays", "Tesco", "neutral")}, id="moved-to-to"),
    pytest.param("Barclays rates Ocado a sell, Tesco a hold and Sainsbury's a buy.",
                 {("Barclays", "Ocado", "sell"), ("Barclays", "Tesco", "hold"),
                  ("Barclays", "Sainsbury's", "buy")}, id="three-listed"),
    # look-alikes: the next name opens a clause of its own
    pytest.param("Barclays rates Ocado buy and Tesco shares rose 2%.",
                 {("Barclays", "Ocado", "buy")}, id="next-name-own-clause"),
    pytest.param("Barclays moved Ocado to buy and Tesco said it would hold prices.",
                 {("Barclays", "Ocado", "buy")}, id="next-name-says-hold"),
])
def test_one_house_rates_several_companies_in_common_words(
        extractor: Extractor, body: str, expected: set[Rated]) -> None:
    """One house, several companies, each with its common word ("rates X
    buy and Y hold", "moved X to sell and Y to neutral"): each company gets
    the word right after its name; a next name with a verb of its own gets
    none."""
    assert ratings(run(extractor, body, lang="en", headline="Grocers")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Die DZ Bank hob das Kursziel für Ocado auf 9 Euro. Die Redaktion rät: „Halten“.",
                 set(), id="de-redaktion"),
    pytest.param("de", "Die DZ Bank hob das Kursziel für Ocado auf 9 Euro. Wir bleiben bei „Kaufen“.",
                 set(), id="de-wir"),
    pytest.param("en", "Barclays lifted its Ocado target to 700p. Our columnist rates the shares a sell.",
                 set(), id="en-columnist"),
    # look-alikes: the house's own people or the house in words speak on
    pytest.param("de", "Die DZ Bank hob das Kursziel für Ocado auf 9 Euro. Die Analysten bestätigten "
                 "ihr „Kaufen“-Votum.", {("DZ Bank", "Ocado", "Kaufen")}, id="de-analysts-of-the-house"),
    pytest.param("en", "Barclays lifted its Ocado target to 700p. The bank reiterated its sell rating.",
                 {("Barclays", "Ocado", "sell")}, id="en-the-bank"),
])
def test_the_publication_s_own_advice_is_no_house_s(extractor: Extractor, lang: str, body: str,
                                                      expected: set[Rated]) -> None:
    """The publication's own voice ("Die Redaktion rät", "Wir", "our
    columnist") gives its own advice: a house named in the sentence before
    does not take it, and ANNOTATION rates only institutions."""
    x = run(extractor, body, lang=lang, headline="Ocado")
    assert ratings(x) == expected
    assert {by for by, _ in covers(x)} <= {"DZ Bank", "Barclays"}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Barclays lifted its Ocado target to 700p. \"We rate the stock Underweight,\" the "
                 "analysts wrote.", {("Barclays", "Ocado", "Underweight")}, id="en-we-in-quotes"),
    pytest.param("de", "Die DZ Bank hob das Kursziel für Ocado auf 9 Euro. „Wir bleiben bei Buy“, "
                 "schrieben die Analysten.", {("DZ Bank", "Ocado", "Buy")}, id="de-wir-in-quotes"),
])
def test_the_house_s_we_in_direct_speech_is_the_house_s(extractor: Extractor, lang: str, body: str,
                                                        expected: set[Rated]) -> None:
    """Look-alike of the publication's voice: "we" inside direct speech is
    the house's analysts speaking, so the house named before gives it."""
    assert ratings(run(extractor, body, lang=lang, headline="Ocado")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Die Helaba empfiehlt, die Ocado-Aktie zu halten.", {("Helaba", "Ocado", "halten")},
                 id="empfiehlt-aktie-zu-halten"),
    pytest.param("Die Helaba rät Anlegern, das Papier zu verkaufen.", {("Helaba", "Ocado", "verkaufen")},
                 id="raet-papier-zu-verkaufen"),
    # look-alikes: stocks in general, a bond, a publisher's advice
    pytest.param("Die Helaba rät Anlegern, jetzt Aktien zu kaufen.", set(), id="stocks-in-general"),
    pytest.param("Die Helaba rät Anlegern, die Anleihe zu verkaufen.", set(), id="a-bond"),
    pytest.param("Der Aktionär rät, die Aktie zu kaufen.", set(), id="publisher"),
])
def test_advice_to_buy_hold_or_sell_the_share(extractor: Extractor, body: str,
                                              expected: set[Rated]) -> None:
    """"empfiehlt, die Aktie zu halten": advice in words on the share, its
    verb the literal, given by the house named in the sentence; not advice
    on stocks in general or on a bond."""
    assert ratings(run(extractor, body, headline="Ocado")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Numis raised its target on Diageo to 3,150p from 2,900p and kept its buy rating.",
                 {("Diageo", "Deutsche Numis", 31.5), ("Diageo", "Deutsche Numis", 29.0)}, id="pence-from-pence"),
    pytest.param("Investec cuts Diageo to hold with a 240p price target.",
                 {("Diageo", "Investec", 2.4)}, id="pence-headline"),
    pytest.param("Investec set a price target of 240 pence on Diageo.",
                 {("Diageo", "Investec", 2.4)}, id="pence-in-words"),
    # look-alikes: a time of day and a capital P glued to a number are no pence
    pytest.param("Investec will publish its target on Diageo at 5p.m. on Tuesday.", set(),
                 id="time-of-day"),
    pytest.param("Investec sees a target in the 4P plan of Diageo.", set(), id="capital-p"),
])
def test_targets_in_pence(extractor: Extractor, body: str,
                          expected: set[tuple[str, str, float]]) -> None:
    """British targets are written in pence glued to the digits ("420p") or
    in words ("240 pence"): a hundredth of a pound, so 4.20 GBP."""
    x = run(extractor, body, lang="en", headline="Diageo")
    found = {(f.about, f.estimated_by, float(f.value or 0)) for f in x.figures
             if f.metric == "PriceTarget" and f.unit == "GBP"}
    assert found == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Die UBS hat Siemens auf 'Buy' hochgestuft. Die Commerzbank stuft der Experte "
                 "dagegen weiterhin mit 'Neutral' ein.",
                 {("UBS", "Siemens", "Buy"), ("UBS", "Commerzbank", "Neutral")}, id="der-experte"),
    pytest.param("Die Commerzbank stuft der US-Broker Jefferies mit 'Hold' ein.",
                 {("Jefferies", "Commerzbank", "Hold")}, id="der-broker-named"),
    pytest.param("Die UBS hat Siemens auf 'Buy' hochgestuft. Die Commerzbank sieht der Analyst "
                 "dagegen bei 'Hold'.",
                 {("UBS", "Siemens", "Buy"), ("UBS", "Commerzbank", "Hold")}, id="sieht-der-analyst"),
    # look-alikes: a subject first ("die UBS" may be either case), a dative after the verb, and
    # "der Experte" with no house that rated just before, or with two
    pytest.param("Die Commerzbank stuft die UBS mit 'Hold' ein.", {("Commerzbank", "UBS", "Hold")},
                 id="subject-first"),
    pytest.param("Die UBS bestätigt der Deutschen Bank ein 'Buy'.", {("UBS", "Deutsche Bank", "Buy")},
                 id="dative-bank"),
    pytest.param("Die Commerzbank stuft der Experte mit 'Neutral' ein.", set(), id="no-house-before"),
    pytest.param("Die UBS stuft Siemens mit 'Buy' ein, Jefferies BASF mit 'Hold'. Die Commerzbank "
                 "stuft der Experte mit 'Neutral' ein.",
                 {("UBS", "Siemens", "Buy"), ("Jefferies", "BASF", "Hold")}, id="two-houses-before"),
])
def test_a_bank_named_before_the_verb_with_the_subject_after_it(
        extractor: Extractor, body: str, expected: set[Rated]) -> None:
    """German puts the object first ("Die Commerzbank stuft der Experte mit
    'Neutral' ein"): a subject only "der" + a masculine house word can be
    makes the bank before the verb the rated one, and the rater the house
    named there or the one house that rated just before; the bank never
    rates the house (a fact on the wrong entity)."""
    x = run(extractor, body, headline="Banken im Blick")
    assert ratings(x) == expected
    assert ("Commerzbank", "UBS") not in covers(x) or ("Commerzbank", "UBS", "Hold") in expected


def test_the_expert_of_a_one_house_note_is_that_house(extractor: Extractor) -> None:
    """In a note where one house alone rated before, "der Experte" a few
    sentences on is that house's analyst; with two houses it stays open."""
    body = ("Die UBS hat Siemens auf 'Buy' hochgestuft. Der Analyst lobt die Auftragslage. Die Margen "
            "dürften steigen. Der Umsatz wachse kräftig. Die Commerzbank stuft der Experte dagegen "
            "mit 'Neutral' ein.")
    assert ("UBS", "Commerzbank", "Neutral") in ratings(run(extractor, body, headline="Banken"))
    two = body.replace("hochgestuft.", "hochgestuft, Jefferies BASF auf 'Hold'.")
    assert not {r for r in ratings(run(extractor, two, headline="Banken")) if r[1] == "Commerzbank"}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Siemens Energy was rated \"Buy\" by Berenberg when it listed in October, but "
                 "the bank has since moved to Hold.", ("Berenberg", "Siemens Energy", "Hold", "Buy"),
                 id="en-same-sentence"),
    pytest.param("en", "Berenberg rated Siemens Energy buy in October. The bank has since moved to "
                 "Hold.", ("Berenberg", "Siemens Energy", "Hold", "buy"), id="en-next-sentence"),
    pytest.param("de", "Die Privatbank Berenberg hatte Siemens Energy zum Börsengang mit 'Buy' "
                 "eingestuft, ist inzwischen aber auf 'Hold' umgeschwenkt.",
                 ("Berenberg", "Siemens Energy", "Hold", "Buy"), id="de-inzwischen"),
    # look-alikes: "since" after the rating dates how long it holds; "since" with no rating before
    pytest.param("en", "Berenberg rates Siemens Energy buy, as it has since 2021.",
                 ("Berenberg", "Siemens Energy", "buy", None), id="en-since-a-year"),
    pytest.param("en", "Berenberg has since started coverage of Siemens Energy with a Buy rating.",
                 ("Berenberg", "Siemens Energy", "Buy", None), id="en-since-alone"),
])
def test_a_rating_given_since_replaces_the_one_before(
        extractor: Extractor, lang: str, body: str,
        expected: tuple[str, str, str, str | None]) -> None:
    """"was rated 'Buy' … but the bank has since moved to Hold": the house's
    rating now is the one given since; the one before is its previous."""
    x = run(extractor, body, lang=lang, headline="Energie")
    assert previous(x) == {expected[:3]: expected[3]}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Goldman Sachs hat das Kursziel für SAP auf 300 Euro angehoben. Die Einstufung "
                 "lautet weiterhin 'Buy'.", {("Goldman Sachs", "SAP", "Buy")}, id="de-target-then-rating"),
    pytest.param("en", "Jefferies raised its target on SAP to 300 euros. The rating stays at buy.",
                 {("Jefferies", "SAP", "buy")}, id="en-target-then-rating"),
    # look-alike: the house spoke of two companies there, so which one it rates is unclear
    pytest.param("de", "Goldman Sachs hat das Kursziel für SAP und Siemens angehoben. Die Einstufung "
                 "lautet weiterhin 'Buy'.", set(), id="de-two-companies-before"),
])
def test_a_rating_continues_the_company_its_house_spoke_of_before(
        extractor: Extractor, lang: str, body: str, expected: set[Rated]) -> None:
    """A rating that names no company, given by the house of the sentence
    before, is on the one company that sentence names, not on the
    article's subject (the headline's Allianz here)."""
    assert ratings(run(extractor, body, lang=lang, headline="Allianz-Aktie im Fokus")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Bei der Commerzbank hat Citigroup das Votum 'Sell' bestätigt.",
                 {("Citigroup", "Commerzbank", "Sell")}, id="de-bei-der"),
    pytest.param("de", "Für die Commerzbank bestätigte Citigroup das Votum 'Sell'.",
                 {("Citigroup", "Commerzbank", "Sell")}, id="de-fuer-die"),
    pytest.param("en", "For Barclays, Citi reiterated its buy rating.",
                 {("Citigroup", "Barclays", "buy")}, id="en-for"),
    # look-alikes: "man" makes the house after "bei" the rater; a subject first stays the rater
    pytest.param("de", "Bei Berenberg stuft man die Commerzbank mit 'Buy' ein.",
                 {("Berenberg", "Commerzbank", "Buy")}, id="de-bei-man"),
    pytest.param("de", "Die Citigroup hat die Commerzbank auf 'Sell' abgestuft.",
                 {("Citigroup", "Commerzbank", "Sell")}, id="de-subject-first"),
])
def test_a_bank_after_a_fronted_preposition_is_the_rated_one(
        extractor: Extractor, lang: str, body: str, expected: set[Rated]) -> None:
    """"Für die Commerzbank bestätigte Citigroup …": a bank after the
    preposition that opens the sentence is what is rated, the house after
    it the rater; never the other way round."""
    assert ratings(run(extractor, body, lang=lang, headline="Banken")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Goldman Sachs, which advised Alibaba on the deal, has a buy rating on rival JD.com.",
                 {("Goldman Sachs", "JD.com", "buy")}, id="rating-on-rival-name"),
    pytest.param("Jefferies has an outperform rating on e-commerce group JD.com.",
                 {("Jefferies", "JD.com", "outperform")}, id="rating-on-described-name"),
    # look-alike: a house after "by" in another one's sentence is no rated bank
    pytest.param("The upgrade from Jefferies follows a downgrade by Nomura to neutral.",
                 {("Nomura", "Alibaba Group", "neutral")}, id="by-house-is-no-rated-bank"),
    # the owner of a role ("Apple supplier TSMC") describes the role holder, which is rated
    pytest.param("Jefferies reiterated its buy rating on Apple supplier TSMC.",
                 {("Jefferies", "Taiwan Semiconductor Manufacturing", "buy")}, id="name-describing-name"),
    pytest.param("Jefferies reiterated its buy rating on Apple's supplier TSMC.",
                 {("Jefferies", "Taiwan Semiconductor Manufacturing", "buy")},
                 id="possessor-describing-name"),
])
def test_the_rated_name_after_words_that_describe_it(extractor: Extractor, body: str,
                                                    expected: set[Rated]) -> None:
    """"a buy rating on rival JD.com": lower-case words describing the rated
    one may stand between "on" and its name; a house after "by" is an agent,
    never a bank the first house rates."""
    assert ratings(run(extractor, body, lang="en", headline="Alibaba shares jump")) == expected


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Die Analysten der Falkenstein Research AG haben Nagarro untersucht. Falkenstein "
                 "Research stuft die Aktie mit 'Buy' ein.", id="de"),
    pytest.param("en", "Analysts at Falkenstein Research Ltd. published a note on Nagarro. Falkenstein "
                 "Research rates the stock buy.", id="en"),
])
def test_a_house_found_by_its_legal_form_and_repeated_without_it(
        extractor: Extractor, lang: str, body: str) -> None:
    """A house the catalogue does not know, named first with its legal form
    and then without it, is one institution: its rating covers the company."""
    x = run(extractor, body, lang=lang, headline="Nagarro")
    assert {r[:2] for r in ratings(x)} == {("Falkenstein Research", "Nagarro")}
    assert covers(x) == {("Falkenstein Research", "Nagarro")}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Goldman Sachs bewertet die Deutsche Bank mit 'Buy', die Commerzbank dagegen "
                 "mit 'Neutral'.", {("Goldman Sachs", "Deutsche Bank", "Buy"),
                                    ("Goldman Sachs", "Commerzbank", "Neutral")}, id="de-comma"),
    pytest.param("en", "JPMorgan upgraded Barclays to overweight and HSBC to neutral.",
                 {("JPMorgan", "Barclays", "overweight"), ("JPMorgan", "HSBC", "neutral")}, id="en-and"),
    # look-alike: the next bank has a verb of its own, so it is a house rating a company
    pytest.param("de", "Goldman Sachs hat die Deutsche Bank auf 'Buy' hochgestuft, die Commerzbank "
                 "stuft dagegen Siemens auf 'Hold'.", {("Goldman Sachs", "Deutsche Bank", "Buy"),
                                                      ("Commerzbank", "Siemens", "Hold")},
                 id="de-own-verb"),
])
def test_one_house_rates_two_banks_in_one_sentence(extractor: Extractor, lang: str, body: str,
                                                   expected: set[Rated]) -> None:
    """After a rating of a bank, the next bank joined by a comma or "und"
    with no verb of its own is one more bank the same house rates, never a
    house rating the article's subject."""
    assert ratings(run(extractor, body, lang=lang, headline="Siemens-Aktie legt zu")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Die Deutsche Bank gehört laut einer Umfrage zu den Banken mit den meisten "
                 "Kaufempfehlungen.", set(), id="bank-with-most-recommendations"),
    pytest.param("Siemens zählt zu den Aktien mit den meisten Kaufempfehlungen, die UBS bestätigte "
                 "ihr 'Buy'.", {("UBS", "Siemens", "Buy")}, id="house-beside-the-count"),
])
def test_most_recommendations_are_a_count_not_a_house_s(extractor: Extractor, body: str,
                                                       expected: set[Rated]) -> None:
    """"mit den meisten Kaufempfehlungen" counts the recommendations of
    unnamed analysts: no rating of the bank named before it; a house's own
    rating beside it stays."""
    assert ratings(run(extractor, body, headline="Siemens-Aktie legt zu")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Vorsichtiger äußert sich die Schweizer UBS: Sie beließ die Deutsche Bank auf "
                 "'Neutral' und senkte das Kursziel.", {("UBS", "Deutsche Bank", "Neutral")},
                 id="de-pronoun-after-colon"),
    pytest.param("de", "Die US-Bank Jefferies hat ihre Studie zu Europas Banken vorgelegt. Er stuft "
                 "die Commerzbank mit 'Hold' ein.", {("Jefferies", "Commerzbank", "Hold")},
                 id="de-pronoun-house-in-sentence-before"),
    pytest.param("en", "Barclays turned more cautious on British lenders; it downgraded HSBC to "
                 "underweight.", {("Barclays", "HSBC", "underweight")}, id="en-pronoun"),
    # look-alikes: a bank after the verb with no pronoun before it is the subject (German word
    # order), and a pronoun with no other house to stand for rates nothing
    pytest.param("de", "Am Montag bestätigte die UBS ihr 'Buy' für Siemens.", {("UBS", "Siemens", "Buy")},
                 id="de-bank-as-subject-after-verb"),
    pytest.param("de", "Die Aktie legte zu. Sie stuft die Commerzbank weiter mit 'Buy' ein.", set(),
                 id="de-pronoun-with-no-house"),
])
def test_pronoun_subject_rates_the_bank_after_the_verb(extractor: Extractor, lang: str, body: str,
                                                       expected: set[Rated]) -> None:
    """A pronoun as the subject of a verb of rating right before a bank
    makes the bank the rated one and the house the pronoun stands for the
    rater; a bank after the verb without such a pronoun is the subject, and
    a rated bank never rates itself."""
    assert ratings(run(extractor, body, lang=lang, headline="Bankaktien im Blick")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("RBC stuft die Papiere mit 'Sektorperformance' ein, die LBBW empfiehlt dagegen "
                 "'Marktgewichten'.", {("RBC Capital Markets", "Siemens Energy", "Sektorperformance"),
                                       ("LBBW", "Siemens Energy", "Marktgewichten")},
                 id="quoted-word-before-the-next-house"),
    # look-alike: the same words unquoted in prose are no rating
    pytest.param("Die Sektorperformance blieb hinter dem Dax zurück, wie die UBS in einer Studie "
                 "schrieb.", set(), id="unquoted-prose"),
])
def test_words_rated_only_in_quotes(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    """German house words that are ratings only in quotes ("Sektorperformance",
    "Marktgewichten"): each house keeps its own, and a quoted one between
    two houses separates them, so the second is no bank the first rates."""
    assert ratings(run(extractor, body, headline="Siemens-Energy-Aktie im Blick")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("In addition to UBS, Nvidia also received a Hold from Bernstein on Monday.",
                 {("Bernstein", "Nvidia", "Hold")}, id="received-from-after-another-house"),
    pytest.param("Nvidia received a Buy rating from Jefferies, which sees demand for data-center "
                 "chips rising.", {("Jefferies", "Nvidia", "Buy")}, id="received-rating-from"),
    # look-alikes: money received from a bank is no rating, and a house's own verb keeps its rating
    pytest.param("Nvidia received a $2 billion loan from JPMorgan on Monday.", set(), id="received-loan"),
    pytest.param("The stock received a lift after Goldman Sachs reiterated its Buy rating on Nvidia.",
                 {("Goldman Sachs", "Nvidia", "Buy")}, id="received-a-lift-then-a-house-verb"),
])
def test_rating_received_from_a_house(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    """"X received a Buy from Y": the house after "from" gives the rating,
    not one named before in the sentence ("In addition to UBS, …")."""
    assert ratings(run(extractor, body, lang="en", headline="Nvidia shares rise")) == expected


def estimates(x: Extraction) -> set[tuple[str, str, str | None]]:
    return {(f.about, f.metric, f.estimated_by) for f in x.figures if f.status == "Estimate"}


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    pytest.param("de", "Commerzbank-Aktie gibt nach",
                 "Jefferies hat die Aktie auf 'Hold' abgestuft und das Kursziel auf 30 Euro gesenkt. "
                 "Laut Konsens von FactSet rechnen Analysten für 2027 mit einem Nettogewinn von 3,1 "
                 "Milliarden Euro.", {("Commerzbank", "PriceTarget", "Jefferies"),
                                       ("Commerzbank", "Profit", None)}, id="de-consensus-of-provider"),
    pytest.param("en", "Barclays shares slip",
                 "Jefferies cut the stock to hold and lowered its price target to 300p. According to "
                 "the FactSet consensus, analysts expect a 2027 net profit of 9.1 billion pounds.",
                 {("Barclays", "PriceTarget", "Jefferies"), ("Barclays", "Profit", None)},
                 id="en-consensus-of-provider"),
    pytest.param("de", "Allianz-Aktie im Blick", "Die von LSEG befragten Analysten rechnen für 2027 mit "
                 "einem Gewinn je Aktie von 29,50 Euro.", {("Allianz", "EarningsPerShare", None)},
                 id="de-analysts-surveyed-by-provider"),
    pytest.param("en", "Nvidia shares", "FactSet consensus sees data-center revenue of $48 billion.",
                 {("Nvidia", "Revenue", None)}, id="en-provider-before-consensus"),
])
def test_consensus_estimate_is_no_house_s_nor_the_provider_s(extractor: Extractor, lang: str,
                                                             headline: str, body: str,
                                                             expected: set[tuple[str, str, str | None]]
                                                             ) -> None:
    """An estimate in a clause of consensus words that cites a data provider
    ("Laut Konsens von FactSet …", "die von LSEG befragten Analysten",
    "FactSet consensus") is no house's, though a house rated in the sentence
    before, and is about the company, not the provider, which covers
    nothing."""
    x = run(extractor, body, lang=lang, headline=headline)
    assert estimates(x) == expected
    assert not {(s, o) for s, o in covers(x) if s == "FactSet" or o == "FactSet"}


def money(x: Extraction) -> set[tuple[str, str, str | None]]:
    return {(f.about, f.metric, str(f.value)) for f in x.figures}


@pytest.mark.parametrize(("headline", "body", "expected"), [
    pytest.param("Oracle shares rise", "Oracle had its price target raised by analysts at Jefferies "
                 "from $200 to $230 on Monday.", {("Oracle", "PriceTarget", "200"),
                                                  ("Oracle", "PriceTarget", "230")},
                 id="target-raised-by-a-house"),
    pytest.param("Oracle shares rise", "Oracle had its price objective raised to $230 by Jefferies.",
                 {("Oracle", "PriceTarget", "230")}, id="objective-raised"),
    # look-alike: money a company raises is an investment
    pytest.param("OpenAI funding", "OpenAI raised $6.6 billion in a new funding round, the company said.",
                 {("OpenAI", "Investment", "6600000000")}, id="company-raised-money"),
])
def test_target_raised_in_the_passive_is_a_target(extractor: Extractor, headline: str, body: str,
                                                  expected: set[tuple[str, str, str | None]]) -> None:
    """"X had its price target raised by Y from $A to $B": the target raised
    is a price target, not money raised; a company that raises money invests."""
    assert money(run(extractor, body, lang="en", headline=headline)) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "BlackRock lifted its holdings in Nvidia during the second quarter.", set(),
                 id="en-holder-lifted-holdings"),
    pytest.param("en", "State Street raised its stake in Nvidia, the bank said in a filing.", set(),
                 id="en-holder-raised-stake"),
    pytest.param("de", "Die Norges Bank erhöhte ihren Anteil an Nvidia auf 1,2 Prozent.", set(),
                 id="de-holder-raised-stake"),
    # look-alikes: a house raising its target or giving a forecast covers the company
    pytest.param("en", "Citi raised its price target on Nvidia to $250.", {("Citigroup", "Nvidia")},
                 id="en-house-raised-target"),
    pytest.param("de", "Die UBS erhöhte ihr Kursziel für Nvidia auf 200 Dollar.", {("UBS", "Nvidia")},
                 id="de-house-raised-target"),
])
def test_a_holder_changing_its_stake_covers_nothing(extractor: Extractor, lang: str, body: str,
                                                    expected: set[tuple[str, str]]) -> None:
    """An institution that raises or cuts its own stake in a company is a
    holder, not an analyst house: no ``covers``; one that raises its
    target does cover it."""
    assert covers(run(extractor, body, lang=lang, headline="Nvidia")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Sowohl die UBS als auch Barclays bewerten die Deutsche Bank mit 'Overweight'.",
                 {("UBS", "Deutsche Bank", "Overweight"), ("Barclays", "Deutsche Bank", "Overweight")},
                 id="de-two-houses-rate-a-bank"),
    pytest.param("en", "Morgan Stanley and Citi upgraded Barclays to overweight.",
                 {("Morgan Stanley", "Barclays", "overweight"), ("Citigroup", "Barclays", "overweight")},
                 id="en-two-houses-rate-a-bank"),
    pytest.param("de", "Am Montag hat JPMorgan die Commerzbank auf 'Overweight' hochgestuft.",
                 {("JPMorgan", "Commerzbank", "Overweight")}, id="de-inverted-house-then-bank"),
    # look-alikes: a house named with a noun before it is one house, and a house not joined to
    # the rater by a list word is no rater of the bank
    pytest.param("de", "Die Schweizer Bank UBS hat Siemens auf 'Buy' gesetzt.", {("UBS", "Siemens", "Buy")},
                 id="de-house-with-its-noun"),
    pytest.param("de", "Nach der UBS-Studie hat Barclays die Deutsche Bank mit 'Overweight' eingestuft.",
                 {("Barclays", "Deutsche Bank", "Overweight")}, id="de-house-named-before-not-listed"),
])
def test_houses_listed_together_rate_one_bank(extractor: Extractor, lang: str, body: str,
                                              expected: set[Rated]) -> None:
    """Several houses joined by a list word before a verb of rating and a
    bank ("Sowohl die UBS als auch Barclays bewerten die Deutsche Bank …")
    each rate that bank; a house named before without a list word does not."""
    assert ratings(run(extractor, body, lang=lang, headline="Bankaktien im Blick")) == expected


@pytest.mark.parametrize("body", [
    pytest.param("Die LBBW hat die Deutsche Bank von 'Halten' auf 'Kaufen' hochgestuft, die "
                 "Commerzbank aber auf 'Verkaufen' abgestuft.", id="closing-verb-then-comma"),
])
def test_next_bank_after_the_verb_closing_a_rating(extractor: Extractor, body: str) -> None:
    """After a rating of a bank closed by its verb, a further bank joined
    by a comma with no verb of its own before its rating is one more bank
    the same house rates."""
    assert ratings(run(extractor, body, headline="Bankaktien im Blick")) == {
        ("LBBW", "Deutsche Bank", "Kaufen"), ("LBBW", "Commerzbank", "Verkaufen")}


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Goldman Sachs and Citi rate Nvidia overweight and buy, respectively.",
                 {("Goldman Sachs", "Nvidia", "overweight"), ("Citigroup", "Nvidia", "buy")},
                 id="term-then-common-word"),
    # look-alike: "perform" inside "underperform" is no second rating of the run
    pytest.param("Goldman Sachs and Citi rate Nvidia underperform and hold, respectively.",
                 {("Goldman Sachs", "Nvidia", "underperform"), ("Citigroup", "Nvidia", "hold")},
                 id="underperform-is-one-word"),
])
def test_respective_run_of_a_term_and_a_common_word(extractor: Extractor, body: str,
                                                    expected: set[Rated]) -> None:
    """A run paired by "respectively" may open with a house term and go on
    with a common word ("overweight and buy, respectively"): each house
    keeps its own, never the first one's."""
    assert ratings(run(extractor, body, lang="en", headline="Nvidia shares")) == expected


def test_a_name_holding_a_consensus_word_is_no_data_provider(extractor: Extractor) -> None:
    """"Average" inside "Dow Jones Industrial Average" is part of the name:
    the index keeps its own level and move, and the article's company does
    not take them."""
    x = run(extractor, "The Dow Jones Industrial Average added 0.6% to close at 46,438.20.", lang="en",
            headline="Stocks rally as Walmart jumps")
    assert {(f.about, f.metric) for f in x.figures} == {
        ("Dow Jones Industrial Average", "StockPriceChange"), ("Dow Jones Industrial Average", "IndexLevel")}


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Shore Capital retains buy on Ocado after the trading update.",
                 {("Shore Capital", "Ocado", "buy")}, id="retains-buy-on"),
    pytest.param("Panmure Liberum reiterated hold on Unilever, with a target of 4,400p.",
                 {("Panmure Liberum", "Unilever", "hold")}, id="reiterated-hold-on"),
    pytest.param("Peel Hunt keeps reduce on Diageo and adds a 2,100p target.",
                 {("Peel Hunt", "Diageo", "reduce")}, id="keeps-reduce-on"),
    # look-alikes: the verb of keeping before a common word with no rated name after it
    pytest.param("Ocado said Shore Capital would keep hold of its shares for now.", set(),
                 id="keep-hold-of"),
    pytest.param("Peel Hunt retains sell orders for clients until the market opens.", set(),
                 id="retains-sell-orders"),
])
def test_a_verb_of_keeping_right_before_a_common_rating_word(
        extractor: Extractor, body: str, expected: set[Rated]) -> None:
    """London broker lines put the common word straight after the verb
    ("Shore Capital retains buy on Ocado", "reiterates add on X"): with the
    rated name after "on"/"for" it is a rating; without it ("keep hold of",
    "retains sell orders") the word is the ordinary one."""
    assert ratings(run(extractor, body, lang="en", headline="Grocers in focus")) == expected


@pytest.mark.parametrize(("lang", "headline", "body", "company"), [
    pytest.param("en", "Unilever shares slip", "Broker moves on Diageo (LSE:DGE):\n"
                 "Firm | Action | Rating | Target\nJefferies | Reiterates | Buy | 2,900p\n"
                 "UBS | Downgrades | Neutral | 2,400p", "Diageo", id="en-table-under-lead"),
    pytest.param("de", "Infineon im Fokus", "Analystenstimmen zu Siemens:\n"
                 "UBS | Buy | 260 Euro\nJefferies | Hold | 230 Euro", "Siemens", id="de-table-under-lead"),
])
def test_rows_of_a_list_rate_the_company_its_lead_line_names(
        extractor: Extractor, lang: str, headline: str, body: str, company: str) -> None:
    """Rows of a list that name no company ("Needham | Maintains | Buy")
    rate the one the line opening the list names ("Analyst actions on X:"),
    not the article's subject."""
    found = ratings(run(extractor, body, lang=lang, headline=headline))
    assert {about for _, about, _ in found} == {company}
    assert len(found) == 2


@pytest.mark.parametrize("body", [
    # the lead names two companies: which one the rows rate is not clear
    pytest.param("Broker moves on Diageo and Unilever:\nJefferies | Reiterates | Buy | 2,900p",
                 id="two-in-lead"),
    # prose between the lead and the row: the row belongs to no list
    pytest.param("Broker moves on Diageo:\nThe drinks market is weak.\n"
                 "Jefferies | Reiterates | Buy | 2,900p", id="prose-between"),
])
def test_rows_without_a_clear_lead_do_not_take_its_company(extractor: Extractor, body: str) -> None:
    found = ratings(run(extractor, body, lang="en", headline="Unilever shares slip"))
    assert not {r for r in found if r[1] == "Diageo"}


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), [
    pytest.param("de", "Siemens und Banken im Fokus", "Die UBS hat die Commerzbank auf 'Buy' "
                 "hochgestuft und ein Kursziel von 42 Euro genannt.", ("Commerzbank", "UBS", 42),
                 id="de-bank-upgraded-with-target"),
    pytest.param("de", "Siemens und Banken im Fokus", "Citigroup belässt Deutsche Bank auf 'Buy' - "
                 "Ziel 31 Euro", ("Deutsche Bank", "Citigroup", 31), id="de-headline-form"),
    pytest.param("en", "Tesco and the banks", "Citi raised Barclays to buy from neutral, with a "
                 "target price of 350p.", ("Barclays", "Citigroup", 3), id="en-bank-upgraded"),
    # no company beside the banks: the rated bank is the only thing the target can value
    pytest.param("de", "Commerzbank im Blick", "Die Deutsche Bank hat die Commerzbank auf 'Hold' "
                 "abgestuft und das Kursziel auf 30 Euro gesenkt.", ("Commerzbank", "Deutsche Bank", 30),
                 id="de-bank-only"),
    pytest.param("en", "Barclays in focus", "HSBC cut Barclays to hold from buy and lowered its "
                 "price target to 280p.", ("Barclays", "HSBC", 2), id="en-bank-only"),
])
def test_a_target_on_a_bank_its_house_rated(extractor: Extractor, lang: str, headline: str,
                                            body: str, expected: tuple[str, str, int]) -> None:
    """A target beside a bank rated by a house is the bank's, set by the
    house: not the article's company's, and not set by the rated bank."""
    found = _targets(run(extractor, body, lang=lang, headline=headline))
    assert expected in found
    assert not {t for t in found if t != expected and t[2] == expected[2]}


def test_a_target_on_a_named_company_stays_after_a_bank_was_rated(extractor: Extractor) -> None:
    """Look-alike: the bank rated before sets a target on a company the
    sentence names; it stays that company's, by that bank."""
    found = _targets(run(extractor, "Die UBS stuft die Deutsche Bank auf 'Buy'. Die Deutsche Bank "
                         "senkte das Kursziel für Siemens auf 200 Euro.",
                         headline="Banken und Siemens"))
    assert ("Siemens", "Deutsche Bank", 200) in found
    assert not {t for t in found if t[2] == 200 and t[0] != "Siemens"}


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Jefferies cuts Tesco target to 380p, keeps hold", {("Jefferies", "Tesco", "hold")},
                 id="comma-keeps-hold"),
    pytest.param("Berenberg raises Ocado target to 300p; retains sell.", {("Berenberg", "Ocado", "sell")},
                 id="semicolon-retains-sell"),
    pytest.param("Jefferies initiates Tesco with buy, target price 450p", {("Jefferies", "Tesco", "buy")},
                 id="initiates-with"),
    pytest.param("Peel Hunt started coverage of Ocado with a hold.", {("Peel Hunt", "Ocado", "hold")},
                 id="started-coverage-with-a"),
    # look-alikes: the same words where they are no rating
    pytest.param("UBS trimmed its stake in Tesco, kept hold of the bonds.", set(), id="kept-hold-of"),
    pytest.param("Tesco started the year with buy-one-get-one offers, Jefferies said.", set(),
                 id="with-buy-one"),
    pytest.param("Jefferies initiated talks with Tesco on a sale of its bank.", set(), id="initiated-talks"),
])
def test_broker_brief_forms(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    """Brief broker lines: the rating kept after a target change ("…, keeps
    hold") and given with the start of coverage ("initiates X with buy")."""
    assert ratings(run(extractor, body, lang="en", headline="Grocers in focus")) == expected


def test_a_parallel_clause_after_a_fronted_house_is_a_house_of_its_own(extractor: Extractor) -> None:
    """"Bei X lautet das Votum für BASF 'Kaufen', bei Y 'Halten'": a rating
    stands between the two houses, so the second opens a clause of the same
    build and rates BASF too; it does not rate the first."""
    found = ratings(run(extractor, "Bei der Deutschen Bank lautet das Votum für BASF \"Kaufen\", bei "
                        "Jefferies \"Halten\".", headline="Chemiewerte"))
    assert found == {("Deutsche Bank", "BASF", "Kaufen"), ("Jefferies", "BASF", "Halten")}


@pytest.mark.parametrize(("headline", "body", "expected"), [
    pytest.param("Hensoldt gefragt", "Die US-Investmentbank Morgan Stanley hat die Einstufung für "
                 "Commerzbank nach Zahlen auf 'Overweight' belassen.", {("Morgan Stanley", "Commerzbank")},
                 id="de-bank-rated-by-bank"),
    pytest.param("Hensoldt gefragt", "Die US-Investmentbank Goldman Sachs hat die Einstufung für "
                 "Commerzbank nach einem Investorentag auf 'Buy' mit einem Kursziel von 40 Euro belassen.",
                 {("Goldman Sachs", "Commerzbank")}, id="de-bank-rated-with-target"),
])
def test_a_rated_bank_covers_nothing_in_its_rating_sentence(
        extractor: Extractor, headline: str, body: str, expected: set[tuple[str, str]]) -> None:
    """A bank a sentence rates is what the house there covers, not a house
    commenting on the article's company."""
    assert covers(run(extractor, body, headline=headline)) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Goldman Sachs stuft den Sportartikelsektor auf \"Overweight\" hoch, Adidas bleibt "
                 "\"Neutral\".", {("Goldman Sachs", "Adidas", "Neutral")}, id="de-sector-then-company"),
    pytest.param("en", "Morgan Stanley upgraded the sporting goods sector to overweight, with Adidas its "
                 "top pick.", set(), id="en-sector-with-top-pick"),
    # look-alike: the company stands between the house and the rating, beside the sector
    pytest.param("en", "Morgan Stanley upgraded Adidas and the sporting goods sector to overweight.",
                 {("Morgan Stanley", "Adidas", "overweight")}, id="en-company-and-sector"),
])
def test_a_sector_rated_beside_a_company_named_later(extractor: Extractor, lang: str, body: str,
                                                     expected: set[Rated]) -> None:
    """A rating whose clause names a sector between the house and the
    rating rates the sector, though the sentence names a company later; the
    company keeps only a rating of its own."""
    assert ratings(run(extractor, body, lang=lang, headline="Sportartikel")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("UBS restated a \"neutral\" rating on shares of Nike in a report on Friday.",
                 {("UBS", "Nike", "neutral")}, id="quoted-neutral-rating"),
    pytest.param("Evercore ISI reissued an \"accumulate\" rating on Nike.",
                 {("Evercore ISI", "Nike", "accumulate")}, id="quoted-accumulate-rating"),
    # look-alikes: the same quoted word before a rating noun, on no company
    pytest.param("UBS restated its \"neutral\" rating on European equities.", set(), id="on-a-market"),
    pytest.param("Nike called its outlook \"neutral\" in a call with analysts.", set(), id="no-house"),
])
def test_a_quoted_common_word_before_a_rating_noun(extractor: Extractor, body: str,
                                                   expected: set[Rated]) -> None:
    """Aggregator style quotes the house word ("a \\"neutral\\" rating"): a
    common word is a rating before a rating noun, quoted or not."""
    assert ratings(run(extractor, body, lang="en", headline="Nike shares")) == expected


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("en", "UBS kept its overweight rating on European equities.", id="en-on-equities"),
    pytest.param("de", "Die UBS bleibt bei ihrem 'Overweight' für europäische Aktien.", id="de-fuer-aktien"),
])
def test_a_rating_on_a_market_named_after_it_rates_no_company(extractor: Extractor, lang: str,
                                                              body: str) -> None:
    """The market or sector a rating is "on" or "für" right after it is what
    it rates: the article's company does not take it."""
    assert ratings(run(extractor, body, lang=lang, headline="Nike")) == set()


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Laut Warburg Research ist Hensoldt ein Kauf.",
                 {("Warburg Research", "Hensoldt", "Kauf")}, id="laut-house-ist-ein-kauf"),
    pytest.param("Hensoldt bleibt für die Experten von Montega ein klarer Kauf.",
                 {("Montega", "Hensoldt", "Kauf")}, id="bleibt-fuer-house-ein-klarer-kauf"),
    # look-alikes: the publication's own verdict, a deal called a purchase, two banks
    pytest.param("Fazit: Die Hensoldt-Aktie bleibt ein Kauf.", set(), id="own-verdict"),
    pytest.param("Für die DZ Bank ist der Zukauf von Hensoldt ein Kauf mit Risiken.", set(),
                 id="deal-is-a-purchase"),
    pytest.param("Für die UBS ist die Deutsche Bank ein Kauf.", set(), id="two-banks-unclear"),
])
def test_a_verdict_in_words_for_a_named_house(extractor: Extractor, body: str,
                                              expected: set[Rated]) -> None:
    """"Laut X ist Y ein Kauf", "Y bleibt für X ein Kauf": a verdict in words
    is the house's that "laut"/"für" names; without a house it is the
    publication's own advice, and between two banks who rates whom is not
    read."""
    assert ratings(run(extractor, body, headline="Rüstungswerte")) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Commerzbank: JPMorgan senkt auf 'Neutral' - Ziel 30 Euro",
                 {("JPMorgan", "Commerzbank", "Neutral")}, id="de-bank-topic-colon"),
    pytest.param("en", "Barclays: Citi cuts to neutral", {("Citigroup", "Barclays", "neutral")},
                 id="en-bank-topic-colon"),
    # look-alike: the house itself opens the line; the company after the verb is rated
    pytest.param("de", "Goldman Sachs: Die US-Bank stuft Siemens auf 'Buy'",
                 {("Goldman Sachs", "Siemens", "Buy")}, id="de-house-topic-colon"),
])
def test_a_bank_opening_a_headline_before_a_colon_is_rated(extractor: Extractor, lang: str, body: str,
                                                           expected: set[Rated]) -> None:
    """"<Bank>: <House> senkt auf 'Neutral'" is the headline form of
    "<Company>: <House> …": the bank before the colon is the rated one."""
    x = run(extractor, body, lang=lang, headline="Analysten")
    assert ratings(x) == expected


def test_a_rating_kept_is_no_purchase(extractor: Extractor) -> None:
    """"retains buy on X" rates X: the house covers it and buys nothing."""
    found = triples(run(extractor, "Shore Capital retains buy on Ocado after the trading update.",
                        lang="en", headline="Grocers in focus"))
    assert found == {("Shore Capital", "covers", "Ocado")}
