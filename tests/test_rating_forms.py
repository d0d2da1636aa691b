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

Companies and banks are real catalogue entries; the sentences and the
facts in them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

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


@pytest.mark.parametrize(("headline", "body", "expected"), GERMAN)
def test_german_rating_forms(extractor: Extractor, headline: str, body: str,
                             expected: set[Rated]) -> None:
    x = run(extractor, body, lang="de", headline=headline)
    assert ratings(x) == expected
    assert {(by, about) for by, about, _ in expected} <= covers(x)


@pytest.mark.parametrize(("headline", "body", "expected"), ENGLISH)
def test_english_rating_forms(extractor: Extractor, headline: str, body: str,
                              expected: set[Rated]) -> None:
    x = run(extractor, body, lang="en", headline=headline)
    assert ratings(x) == expected
    assert {(by, about) for by, about, _ in expected} <= covers(x)


@pytest.mark.parametrize(("lang", "headline", "body"), LOOK_ALIKES)
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
