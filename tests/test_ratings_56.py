"""Ratings in the forms real pages print them, in German and English, each beside a
look-alike that must keep its own reading.

The verbs of rating (upgrade, downgrade, reiterate, initiate, assume, resume, assign,
maintain, keep, cut, raise, lift; hoch- and abstufen, bestätigen, einstufen, aufnehmen,
belassen, bekräftigen, senken, anheben), "from Hold to Buy", headlines in capitals,
the house labels ("Sector Perform", "Equal Weight", "Market Perform", "Strong Buy",
"Accumulate", "Add", "Reduce"), banks and insurers rated by banks, several houses sharing
one rating, a house's analyst named, a rating in a movers' sentence and a table-like line
read as before. New here:

- the old rating in brackets after the new one ("auf 'Kaufen' (bisher 'Halten')", "AUF
  'OUTPERFORM' (MARKET-PERFORM)", "to market perform (from outperform)") is the rating's
  ``previous``, and no rating of its own; a bracket of a target ("(Ziel 50 Euro)") is none, and
  in prose a bracket with no word like "bisher" holds the rating in another language ("zum
  Kauf ('Buy')"), not the old one;
- a rating denied or no longer given ("stuft … nicht mehr mit 'Buy' ein", "keine
  Kaufempfehlung mehr", "has no buy rating", "does not rate X a buy", "no longer rates X a
  buy", "stopped rating X a buy") or withdrawn ("streicht ihre
  Kaufempfehlung", "hat … gestrichen", "dropped its buy rating") is none, while a rating given instead in the same sentence
  ("…, sondern mit 'Hold'", "… but a hold", "… und stuft auf 'Neutral' ab") stays, and so
  does one beside a target cut ("streicht das Kursziel …, bleibt aber bei 'Buy'");
- "Sektor-Perform" is the German print of "Sector Perform" ("Sektor-Performance" is none);
- a common word alone in the bracket after a target's amount ("raised its target to $250
  (buy)", "auf 230 Euro (halten)") is a rating, as agencies print the two together; other
  brackets after amounts ("(up 5%)", "(hold your breath)") are none.

A consensus with no house, a hypothetical change ("would upgrade … if") and a top-pick
list give no rating. Companies and banks are real catalogue entries; the sentences and the
facts in them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def _rated(x: Extraction) -> set[Rated]:
    """(by, about, rating) with the rating's case folded: headlines print it in capitals."""
    return {(r.by, r.about, r.rating.casefold()) for r in x.ratings}


def _read(extractor: Extractor, lang: str, body: str, headline: str | None = None) -> Extraction:
    return run(extractor, body, lang, headline or ("Marktbericht" if lang == "de" else "Market report"))


# ---------------------------------------------------------------- the common forms

FORMS = [
    pytest.param("de", None, "Die Schweizer Großbank UBS hat Siemens Energy von 'Neutral' auf 'Buy' hochgestuft.",
                 {("UBS", "Siemens Energy", "buy")}, id="de-hochgestuft-von-auf"),
    pytest.param("de", None, "Goldman Sachs hat die Aktie von BASF von 'Buy' auf 'Neutral' abgestuft.",
                 {("Goldman Sachs", "BASF", "neutral")}, id="de-abgestuft"),
    pytest.param("de", None, "Bernstein hat Infineon mit 'Outperform' eingestuft.",
                 {("Bernstein", "Infineon Technologies", "outperform")}, id="de-eingestuft"),
    pytest.param("de", None, "Die Citigroup hat die Bewertung von Zalando mit 'Buy' aufgenommen.",
                 {("Citigroup", "Zalando", "buy")}, id="de-aufgenommen"),
    pytest.param("de", None, "Jefferies hat die Einstufung für Adidas auf 'Hold' belassen.",
                 {("Jefferies", "Adidas", "hold")}, id="de-belassen"),
    pytest.param("de", None, "Die DZ Bank hat ihre Kaufempfehlung für Bayer bekräftigt.",
                 {("DZ Bank", "Bayer", "kaufempfehlung")}, id="de-bekraeftigt"),
    pytest.param("de", None, "Barclays hat das Kursziel für Daimler Truck von 45 auf 40 Euro gesenkt und die "
                 "Einstufung auf 'Equal Weight' belassen.", {("Barclays", "Daimler Truck", "equal weight")},
                 id="de-ziel-gesenkt-equal-weight"),
    pytest.param("de", "JEFFERIES HEBT ZIEL FÜR SAP AUF 300 EURO - 'BUY'", "SAP legte zu.",
                 {("Jefferies", "SAP", "buy")}, id="de-headline-capitals"),
    pytest.param("de", None, "Die Commerzbank hat das Kursziel für Porsche auf 60 Euro (Buy) gesenkt.",
                 {("Commerzbank", "Porsche", "buy")}, id="de-rating-in-brackets-after-target"),
    pytest.param("de", None, "Die kanadische Bank RBC hat Bayer mit 'Sector Perform' eingestuft.",
                 {("RBC Capital Markets", "Bayer", "sector perform")}, id="de-sector-perform"),
    pytest.param("de", None, "JPMorgan hat die Deutsche Bank von 'Neutral' auf 'Overweight' hochgestuft.",
                 {("JPMorgan", "Deutsche Bank", "overweight")}, id="de-bank-rated-by-bank"),
    pytest.param("de", None, "Warburg Research hat die Hannover Rück mit 'Reduce' eingestuft.",
                 {("Warburg Research", "Hannover Re", "reduce")}, id="de-insurer-reduce"),
    pytest.param("de", None, "Die UBS und Jefferies haben Vonovia jeweils mit 'Buy' bewertet.",
                 {("UBS", "Vonovia", "buy"), ("Jefferies", "Vonovia", "buy")}, id="de-two-houses-one-rating"),
    pytest.param("de", None, "Analyst Max Mustermann von der Citigroup hat Beiersdorf auf 'Sell' abgestuft.",
                 {("Citigroup", "Beiersdorf", "sell")}, id="de-analyst-of-house"),
    pytest.param("de", None, "Die Aktie der Deutschen Post stieg, nachdem die Bank of America sie auf 'Buy' "
                 "hochgestuft hatte.", {("Bank of America", "DHL Group", "buy")}, id="de-mover"),
    pytest.param("de", None, "Goldman Sachs: Kaufen, Kursziel 250 Euro für Siemens.",
                 {("Goldman Sachs", "Siemens", "kaufen")}, id="de-table-like-line"),
    pytest.param("en", None, "Morgan Stanley upgraded Nvidia to overweight from equal weight.",
                 {("Morgan Stanley", "Nvidia", "overweight")}, id="en-upgraded-from"),
    pytest.param("en", None, "Wells Fargo assumed coverage of Boeing with an equal weight rating.",
                 {("Wells Fargo", "Boeing", "equal weight")}, id="en-assumed"),
    pytest.param("en", None, "Citi resumed coverage of Intel with a neutral rating.",
                 {("Citigroup", "Intel", "neutral")}, id="en-resumed"),
    pytest.param("en", None, "Bernstein assigned an outperform rating to Amazon.",
                 {("Bernstein", "Amazon", "outperform")}, id="en-assigned"),
    pytest.param("en", None, "Jefferies kept its hold rating on Netflix.",
                 {("Jefferies", "Netflix", "hold")}, id="en-kept"),
    pytest.param("en", None, "Mizuho lifted Adobe to buy from neutral.",
                 {("Mizuho", "Adobe", "buy")}, id="en-lifted"),
    pytest.param("en", None, "Raymond James rates Salesforce a strong buy.",
                 {("Raymond James", "Salesforce", "strong buy")}, id="en-strong-buy"),
    pytest.param("en", None, "Berenberg upgraded Shell to accumulate.",
                 {("Berenberg", "Shell", "accumulate")}, id="en-accumulate"),
    pytest.param("en", None, "Barclays upgraded AIG to overweight from equal weight.",
                 {("Barclays", "American International Group", "overweight")}, id="en-insurer"),
    pytest.param("en", None, "Shares of Ford rose after UBS upgraded it to buy.",
                 {("UBS", "Ford Motor", "buy")}, id="en-mover"),
    pytest.param("en", None, "Goldman Sachs: Buy, price target $250 for Apple.",
                 {("Goldman Sachs", "Apple", "buy")}, id="en-table-like-line"),
]

# The look-alikes of the forms above: a consensus, a hypothetical change, a top-pick list.
NOTHING = [
    pytest.param("de", "Im Durchschnitt raten die Analysten bei Continental zum Kauf.", id="de-consensus"),
    pytest.param("de", "Die UBS würde Lufthansa auf 'Buy' hochstufen, falls die Kosten sinken.", id="de-hypothetical"),
    pytest.param("de", "Die Bank Jefferies hat die Allianz auf die Liste ihrer Top Picks gesetzt.", id="de-top-picks"),
    pytest.param("en", "The consensus rating on Boeing is buy, according to FactSet.", id="en-consensus"),
    pytest.param("en", "Morgan Stanley would upgrade Tesla to overweight if margins recover.", id="en-hypothetical"),
    pytest.param("en", "Analysts expect JPMorgan to upgrade Visa later this year.", id="en-expected-upgrade"),
    pytest.param("en", "Moody's upgraded Ford's credit rating to Baa3.", id="en-credit-rating"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), FORMS)
def test_the_common_forms(extractor: Extractor, lang: str, headline: str | None, body: str,
                          expected: set[Rated]) -> None:
    assert _rated(_read(extractor, lang, body, headline)) == expected


@pytest.mark.parametrize(("lang", "body"), NOTHING)
def test_no_house_s_rating(extractor: Extractor, lang: str, body: str) -> None:
    assert _rated(_read(extractor, lang, body)) == set()


# ---------------------------------------------------------------- the old rating in brackets

BRACKETS = [
    pytest.param("de", None, "Die Deutsche Bank hat Henkel auf 'Kaufen' (bisher 'Halten') hochgestuft.",
                 ("Deutsche Bank", "Henkel", "kaufen"), "halten", id="de-bisher"),
    pytest.param("de", None, "Kepler Cheuvreux hat Symrise auf 'Reduce' abgestuft (bisher 'Hold').",
                 ("Kepler Cheuvreux", "Symrise", "reduce"), "hold", id="de-bisher-after-verb"),
    pytest.param("de", None, "Die Bank of America hat Siemens Healthineers auf 'Underperform' (zuvor: 'Neutral') "
                 "abgestuft.", ("Bank of America", "Siemens Healthineers", "underperform"), "neutral",
                 id="de-zuvor"),
    pytest.param("de", "BERNSTEIN HEBT COMMERZBANK AUF 'OUTPERFORM' (MARKET-PERFORM) - ZIEL 30 EURO",
                 "Die Aktie stieg.", ("Bernstein", "Commerzbank", "outperform"), "market-perform",
                 id="de-headline-capitals"),
    pytest.param("en", None, "Bernstein cut Apple to market perform (from outperform).",
                 ("Bernstein", "Apple", "market perform"), "outperform", id="en-from"),
    pytest.param("en", None, "Citi upgraded Alibaba to buy (previously neutral).",
                 ("Citigroup", "Alibaba Group", "buy"), "neutral", id="en-previously"),
    # look-alikes: a bracket of a target, the rating in another language in prose, and a bracket of a
    # rating after each of two names
    pytest.param("de", None, "Jefferies empfiehlt die Allianz weiterhin zum Kauf ('Buy').",
                 ("Jefferies", "Allianz", "buy"), None, id="de-other-language-in-prose"),
    pytest.param("de", None, "Die UBS hat Henkel auf 'Buy' (Ziel 90 Euro) hochgestuft.",
                 ("UBS", "Henkel", "buy"), None, id="de-target-in-brackets"),
    pytest.param("en", None, "Citi upgraded Alibaba to buy (target $150).",
                 ("Citigroup", "Alibaba Group", "buy"), None, id="en-target-in-brackets"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "rated", "previous"), BRACKETS)
def test_the_old_rating_in_brackets(extractor: Extractor, lang: str, headline: str | None, body: str,
                                    rated: Rated, previous: str | None) -> None:
    x = _read(extractor, lang, body, headline)
    assert _rated(x) == {rated}  # the old rating is no rating of its own
    assert [None if r.previous is None else r.previous.casefold() for r in x.ratings] == [previous]


def test_ratings_in_brackets_after_two_names_are_each_their_own(extractor: Extractor) -> None:
    x = _read(extractor, "de", "Die UBS hat die Kursziele für Siemens ('Buy') und SAP ('Hold') angehoben.")
    assert _rated(x) == {("UBS", "Siemens", "buy"), ("UBS", "SAP", "hold")}
    assert all(r.previous is None for r in x.ratings)


# ---------------------------------------------------------------- a rating no longer given

NO_LONGER = [
    pytest.param("de", "Die Citigroup stuft die Aktie der Munich Re nicht mehr mit 'Buy' ein.", set(),
                 id="de-nicht-mehr"),
    pytest.param("de", "Die Deutsche Bank bewertet Henkel nicht länger mit 'Kaufen'.", set(), id="de-nicht-laenger"),
    pytest.param("de", "Die UBS spricht für Bayer keine Kaufempfehlung mehr aus.", set(), id="de-keine-mehr"),
    pytest.param("de", "Die UBS hält Bayer nicht mehr für einen Kauf.", set(), id="de-nicht-mehr-fuer-einen"),
    pytest.param("en", "UBS no longer rates Intel a buy.", set(), id="en-no-longer"),
    pytest.param("en", "UBS stopped rating Intel a buy.", set(), id="en-stopped"),
    pytest.param("en", "HSBC no longer has a buy rating on Ford.", set(), id="en-no-longer-has"),
    pytest.param("en", "UBS has no buy rating on Intel.", set(), id="en-has-no"),
    pytest.param("en", "UBS does not rate Intel a buy.", set(), id="en-does-not-rate"),
    pytest.param("en", "UBS doesn't see Intel as a buy.", set(), id="en-does-not-see"),
    # withdrawn
    pytest.param("de", "Die UBS streicht ihre Kaufempfehlung für Bayer.", set(), id="de-streicht"),
    pytest.param("de", "Die UBS hat ihre Kaufempfehlung für Bayer gestrichen.", set(), id="de-gestrichen"),
    pytest.param("de", "Die UBS zieht ihre Kaufempfehlung für Bayer zurück.", set(), id="de-zieht-zurueck"),
    pytest.param("en", "UBS dropped its buy rating on Intel.", set(), id="en-dropped"),
    pytest.param("en", "UBS withdrew its buy recommendation on Intel.", set(), id="en-withdrew"),
    # look-alikes: the rating given instead, and a rating after another thing no longer seen
    pytest.param("de", "Die Citigroup stuft die Munich Re nicht mehr mit 'Buy', sondern mit 'Hold' ein.",
                 {("Citigroup", "Munich Re", "hold")}, id="de-instead"),
    pytest.param("en", "UBS no longer rates Intel a buy but a hold.", {("UBS", "Intel", "hold")}, id="en-instead"),
    pytest.param("en", "Citi no longer sees upside and downgraded Intel to sell.", {("Citigroup", "Intel", "sell")},
                 id="en-other-clause"),
    pytest.param("de", "Die UBS hat ihre Kaufempfehlung für Bayer gestrichen und stuft die Aktie auf 'Neutral' ab.",
                 {("UBS", "Bayer", "neutral")}, id="de-withdrawn-and-new"),
    pytest.param("de", "Die UBS streicht das Kursziel für Bayer zusammen, bleibt aber bei 'Buy'.",
                 {("UBS", "Bayer", "buy")}, id="de-target-cut"),
    pytest.param("de", "Die UBS stuft Bayer auf 'Hold' zurück.", {("UBS", "Bayer", "hold")}, id="de-zurueckgestuft"),
    pytest.param("de", "Die UBS hält Bayer für einen Kauf.", {("UBS", "Bayer", "kauf")}, id="de-fuer-einen-kauf"),
    pytest.param("de", "Die UBS sieht keinen Grund zur Sorge und bleibt bei 'Buy' für Bayer.", {("UBS", "Bayer", "buy")},
                 id="de-keinen-other-noun"),
    pytest.param("en", "UBS dropped its target on Intel but kept its buy rating.", {("UBS", "Intel", "buy")},
                 id="en-target-dropped"),
    pytest.param("en", "UBS does not rate Intel a buy but a hold.", {("UBS", "Intel", "hold")},
                 id="en-not-but"),
    pytest.param("en", "UBS doesn't see much upside and downgraded Intel to sell.", {("UBS", "Intel", "sell")},
                 id="en-not-other-clause"),
    pytest.param("en", "UBS rates Intel a buy, no matter what.", {("UBS", "Intel", "buy")}, id="en-no-after"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), NO_LONGER)
def test_a_rating_no_longer_given(extractor: Extractor, lang: str, body: str, expected: set[Rated]) -> None:
    assert _rated(_read(extractor, lang, body)) == expected


# ---------------------------------------------------------------- Sektor-Perform

@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("RBC hat die Einstufung für die Deutsche Telekom auf 'Sektor-Perform' belassen.",
                 {("RBC Capital Markets", "Deutsche Telekom", "sektor-perform")}, id="quoted"),
    pytest.param("RBC hat die Einstufung für die Deutsche Telekom auf Sektor-Perform belassen.",
                 {("RBC Capital Markets", "Deutsche Telekom", "sektor-perform")}, id="unquoted"),
    # look-alike: the sector's performance, no rating
    pytest.param("Laut RBC war die Sektor-Performance der Deutschen Telekom schwach.", set(), id="performance"),
])
def test_sektor_perform(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert _rated(_read(extractor, "de", body)) == expected


# ---------------------------------------------------------------- a common word in the bracket after a target

AMOUNT_BRACKETS = [
    pytest.param("en", "Citi raised its price target on Apple to $250 (buy).", {("Citigroup", "Apple", "buy")},
                 id="en-buy"),
    pytest.param("en", "Citi cut its Intel target to $50 (hold), and Morgan Stanley cut its target to $45 "
                 "(equal weight).", {("Citigroup", "Intel", "hold"), ("Morgan Stanley", "Intel", "equal weight")},
                 id="en-two-houses"),
    pytest.param("de", "Die UBS hat das Kursziel für Siemens auf 230 Euro (halten) gesenkt.",
                 {("UBS", "Siemens", "halten")}, id="de-halten"),
    # look-alikes: other brackets after amounts, and a bracket with no house
    pytest.param("en", "Tesco shares rose to 380p (hold your breath).", set(), id="en-words-in-bracket"),
    pytest.param("en", "Apple earned $25 billion (up 5%) in the quarter.", set(), id="en-change-in-bracket"),
    pytest.param("en", "Apple shares rose to $250 (buy) on Tuesday.", set(), id="en-no-house"),
    pytest.param("de", "Siemens stieg auf 230 Euro (plus 3 Prozent).", set(), id="de-change-in-bracket"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), AMOUNT_BRACKETS)
def test_a_word_in_the_bracket_after_a_target(extractor: Extractor, lang: str, body: str,
                                              expected: set[Rated]) -> None:
    assert _rated(_read(extractor, lang, body)) == expected
