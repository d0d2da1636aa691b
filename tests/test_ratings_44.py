"""Ratings in the forms news prints them (round three), and the look-alikes that rate nothing.

A second house named after a rating with the verb left out ("Jefferies rät zum
Kauf, die Citi zum Halten", "Jefferies has a buy, Citi a neutral") gives the
second rating itself and rates no bank; a company its advice names ("…, die
Citi zum Kauf von Bosch") is its own, not the first house's. "has a buy" is a
rating where a house has it, and "does not have a buy" none.

"Die Bank" after a sentence whose two banks are each the subject of a clause
means the nearer one ("Die UBS sieht Chancen, die Citi bleibt vorsichtig. Die
Bank …" is Citi); after two banks listed together as one subject, neither.

A rating told with the analyst first ("Analystin Jane Doe von Bernstein
bestätigte ihr Outperform-Votum", "Bernstein's Jane Doe reiterated an
outperform") is the house's, and the analyst works for it; one denied after
the term ("bestätigte ihr Votum nicht") or with "did not reiterate" is none.

Coverage assumed at a rating ("UBS assumed coverage of Nike at neutral") is a
rating; a passive change denied ("Nike was not upgraded to buy by UBS") none.

An agency headline in capitals and the body that repeats it give one rating,
not two; a consensus ("Das durchschnittliche Kursziel", "20 von 25 Analysten
raten zum Kauf", "targets range from") is no house's rating.

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import rating_facts, run, triples

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str]


def _headline(lang: str) -> str:
    """A headline naming the company the test's sentences are about (Siemens or Nike)."""
    return "Siemens legt zu" if lang == "de" else "Nike shares jump"


def _rated(extractor: Extractor, body: str, lang: str) -> set[Rated]:
    return rating_facts(run(extractor, body, lang, _headline(lang)))


# ---------------------------------------------------------------- an elliptic second rater

ELLIPTIC = [
    pytest.param("Siemens steigerte den Umsatz. Jefferies rät zum Kauf, die Citi zum Halten.",
                 "de", {("Jefferies", "Siemens", "Kauf"), ("Citigroup", "Siemens", "Halten")},
                 id="de-advice-then-second-house"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS empfiehlt die Aktie mit „Buy“, die Citi mit „Neutral“.",
                 "de", {("UBS", "Siemens", "Buy"), ("Citigroup", "Siemens", "Neutral")},
                 id="de-quoted-then-second-house"),
    pytest.param("Nike beat estimates. Jefferies has a buy, Citi a neutral.",
                 "en", {("Jefferies", "Nike", "buy"), ("Citigroup", "Nike", "neutral")},
                 id="en-has-a-buy-then-second-house"),
    pytest.param("Nike beat estimates. Jefferies has an \"Outperform\" rating, Citi a \"Neutral\".",
                 "en", {("Jefferies", "Nike", "Outperform"), ("Citigroup", "Nike", "Neutral")},
                 id="en-quoted-then-second-house"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS rät zum Kauf, Jefferies zum Verkauf.",
                 "de", {("UBS", "Siemens", "Kauf"), ("Jefferies", "Siemens", "Verkauf")},
                 id="de-advice-verb-left-out"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS rät zum Verkauf, die Citi dagegen zum Kauf.",
                 "de", {("UBS", "Siemens", "Verkauf"), ("Citigroup", "Siemens", "Kauf")},
                 id="de-advice-verb-left-out-contrast"),
    # the company the second house's advice names is its own, not the first house's
    pytest.param("Siemens steigerte den Umsatz. Die UBS rät zum Kauf, die Citi zum Kauf von Bosch.",
                 "de", {("Citigroup", "Bosch", "Kauf")}, id="de-second-names-another"),
    # look-alikes: a negation, a holding, no verb of rating at all, no house after the comma
    pytest.param("Siemens steigerte den Umsatz. Die UBS rät zum Kauf, viele Kleinanleger neigen zum Verkauf.",
                 "de", {("UBS", "Siemens", "Kauf")}, id="de-no-house-after"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS rät zum Kauf, die Anleger zum Verkauf.",
                 "de", {("UBS", "Siemens", "Kauf")}, id="de-no-house-verb-left-out"),
    pytest.param("Nike beat estimates. Jefferies has a buy, Citi does not have a neutral.",
                 "en", {("Jefferies", "Nike", "buy")}, id="en-second-denied"),
    pytest.param("Nike beat estimates. Citi doesn't have a buy on the stock.",
                 "en", set(), id="en-doesnt-have"),
    pytest.param("Siemens steigerte den Umsatz. Jefferies rät zum Kauf, die Citi nicht zum Halten.",
                 "de", {("Jefferies", "Siemens", "Kauf")}, id="de-second-denied"),
    pytest.param("Siemens steigerte den Umsatz. Jefferies rät zum Kauf, die Citi hält 3 Prozent.",
                 "de", {("Jefferies", "Siemens", "Kauf")}, id="de-second-a-holding"),
    pytest.param("Nike beat estimates. Jefferies has a new office in Boston, Citi a new chief.",
                 "en", set(), id="en-has-no-rating"),
    # the grip of "has a hold on the market" is no rating; "a hold on the stock" is one
    pytest.param("Nike beat estimates. Goldman Sachs has a hold on the market for such deals.",
                 "en", set(), id="en-has-a-hold-on-the-market"),
    pytest.param("Nike beat estimates. Goldman Sachs has a hold on the stock.",
                 "en", {("Goldman Sachs", "Nike", "hold")}, id="en-has-a-hold-on-the-stock"),
    # a bank rated after a verb of rating is still the rated one
    pytest.param("Jefferies stuft die Citi auf „Buy“ hoch.",
                 "de", {("Jefferies", "Citigroup", "Buy")}, id="de-bank-rated-kept"),
]


@pytest.mark.parametrize(("body", "lang", "expected"), ELLIPTIC)
def test_an_elliptic_second_rater(extractor: Extractor, body: str, lang: str, expected: set[Rated]) -> None:
    assert _rated(extractor, body, lang) == expected


# ---------------------------------------------------------------- "Die Bank" after two banks

TWO_SUBJECTS = [
    pytest.param("Siemens steigerte den Umsatz. Die UBS sieht Chancen, die Citi bleibt vorsichtig. "
                 "Die Bank stuft die Aktie auf „Buy“ hoch.",
                 "de", {("Citigroup", "Siemens", "Buy")}, id="de-comma-second-subject"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS lobt die Zahlen, doch die Citi zweifelt. "
                 "Die Bank stuft die Aktie auf „Sell“ ab.",
                 "de", {("Citigroup", "Siemens", "Sell")}, id="de-doch-second-subject"),
    pytest.param("Nike beat estimates. UBS was upbeat while Citi stayed cautious. "
                 "The bank cut the stock to \"Sell\".",
                 "en", {("Citigroup", "Nike", "Sell")}, id="en-while-second-subject"),
    # look-alikes: both banks one subject; the second bank no subject (an object, a genitive)
    pytest.param("Siemens steigerte den Umsatz. Die UBS und die Citi haben die Aktie neu bewertet. "
                 "Die Bank stuft die Aktie auf „Buy“ hoch.",
                 "de", set(), id="de-listed-subjects"),
    pytest.param("Nike beat estimates. UBS and Citi both published notes on Friday. "
                 "The bank upgraded the stock to \"Buy\".",
                 "en", set(), id="en-listed-subjects"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS lobt die Zahlen der Citi. "
                 "Die Bank stuft die Aktie auf „Buy“ hoch.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-second-a-genitive"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS lobt die Zahlen, die Citi-Analysten vorlegten. "
                 "Die Bank stuft die Aktie auf „Buy“ hoch.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-second-a-compound"),
]


@pytest.mark.parametrize(("body", "lang", "expected"), TWO_SUBJECTS)
def test_the_bank_means_the_nearest_subject(extractor: Extractor, body: str, lang: str,
                                            expected: set[Rated]) -> None:
    assert _rated(extractor, body, lang) == expected


def test_the_bank_sets_the_nearest_subjects_target(extractor: Extractor) -> None:
    x = run(extractor, "Siemens steigerte den Umsatz. Die UBS sieht Chancen, die Citi bleibt vorsichtig. "
            "Die Bank hebt das Kursziel auf 80 Euro.", "de", _headline("de"))
    assert {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Siemens", Decimal(80), "Citigroup")}


# ---------------------------------------------------------------- the analyst first

ANALYST_FIRST = [
    pytest.param("Siemens steigerte den Umsatz. Analystin Jane Doe von Bernstein bestätigte ihr Outperform-Votum.",
                 "de", {("Bernstein", "Siemens", "Outperform")}, id="de-analyst-of-house"),
    pytest.param("Nike beat estimates. Bernstein's Jane Doe reiterated an outperform.",
                 "en", {("Bernstein", "Nike", "outperform")}, id="en-house-s-analyst"),
    pytest.param("Nike beat estimates. Jane Doe of Bernstein reiterated her outperform rating.",
                 "en", {("Bernstein", "Nike", "outperform")}, id="en-analyst-of-house"),
    # look-alikes: denied after the term or before it; a rating of another company in an aside
    pytest.param("Siemens steigerte den Umsatz. Analystin Jane Doe von Bernstein bestätigte ihr Outperform-Votum "
                 "nicht.", "de", set(), id="de-denied-after"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS hat die Aktie mit „Buy“ nicht mehr eingestuft.",
                 "de", set(), id="de-no-longer-after"),
    pytest.param("Nike beat estimates. Bernstein's Jane Doe did not reiterate her \"Outperform\" rating.",
                 "en", set(), id="en-did-not-reiterate"),
    pytest.param("Nike beat estimates. Bernstein's Jane Doe, who had an outperform on Adidas, declined to comment.",
                 "en", set(), id="en-aside-on-another"),
    # a "nicht" of another clause leaves the rating alone
    pytest.param("Siemens steigerte den Umsatz. Die UBS bestätigte „Buy“ und hob das Ziel nicht an.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-nicht-of-another-verb"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS bestätigte „Buy“, die Citi nicht.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-nicht-of-another-house"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS stuft die Aktie auf „Buy“, nicht auf „Hold“.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-nicht-of-another-rating"),
]


@pytest.mark.parametrize(("body", "lang", "expected"), ANALYST_FIRST)
def test_the_analyst_first(extractor: Extractor, body: str, lang: str, expected: set[Rated]) -> None:
    assert _rated(extractor, body, lang) == expected


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens steigerte den Umsatz. Analystin Jane Doe von Bernstein bestätigte ihr Outperform-Votum.", "de"),
    ("Nike beat estimates. Bernstein's Jane Doe reiterated an outperform.", "en"),
])
def test_the_analyst_works_for_the_house(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, _headline(lang))
    assert ("Jane Doe", "worksFor", "Bernstein") in triples(x)


# ---------------------------------------------------------------- coverage, passives, cuts

COVERAGE = [
    pytest.param("Nike beat estimates. UBS assumed coverage of the stock at neutral.",
                 "en", {("UBS", "Nike", "neutral")}, id="en-assumed-coverage-at"),
    pytest.param("Nike beat estimates. UBS assumes coverage of Nike with a neutral rating.",
                 "en", {("UBS", "Nike", "neutral")}, id="en-assumes-coverage-with"),
    pytest.param("Nike beat estimates. Citi cuts Nike to sell from neutral.",
                 "en", {("Citigroup", "Nike", "sell")}, id="en-cuts-to-from"),
    pytest.param("Nike beat estimates. Nike was upgraded to outperform by Bernstein.",
                 "en", {("Bernstein", "Nike", "outperform")}, id="en-passive-by"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS hat die Coverage von Siemens mit „Buy“ aufgenommen.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-coverage-aufgenommen"),
    pytest.param("Siemens steigerte den Umsatz. Die UBS hat ihr Kursziel gesenkt, ihre Einstufung „Buy“ aber "
                 "bestätigt.", "de", {("UBS", "Siemens", "Buy")}, id="de-target-cut-rating-kept"),
    pytest.param("Siemens steigerte den Umsatz. Siemens ist von der UBS auf „Sell“ abgestuft worden.",
                 "de", {("UBS", "Siemens", "Sell")}, id="de-passive-worden"),
    # look-alikes: assuming a role, no coverage; a passive denied; a fund's holding
    pytest.param("Nike beat estimates. UBS assumed the company would continue to hold.",
                 "en", set(), id="en-assumed-no-coverage"),
    pytest.param("Nike beat estimates. Nike was not upgraded to buy by UBS.",
                 "en", set(), id="en-passive-denied"),
    pytest.param("Siemens steigerte den Umsatz. Siemens wurde von der UBS nicht auf „Buy“ hochgestuft.",
                 "de", set(), id="de-passive-denied"),
    pytest.param("Nike beat estimates. A BlackRock fund holds Nike shares and bought more.",
                 "en", set(), id="en-fund-holding"),
]


@pytest.mark.parametrize(("body", "lang", "expected"), COVERAGE)
def test_coverage_passives_and_cuts(extractor: Extractor, body: str, lang: str, expected: set[Rated]) -> None:
    assert _rated(extractor, body, lang) == expected


# ---------------------------------------------------------------- agency headlines in capitals

HEADLINES = [
    pytest.param("JPMORGAN HEBT ZIEL FÜR SAP AUF 300 EURO - 'OVERWEIGHT'",
                 "Die US-Bank JPMorgan hat das Kursziel für SAP von 280 auf 300 Euro angehoben und die Einstufung "
                 "auf „Overweight“ belassen.", "de", {("JPMorgan", "SAP", "overweight")}, id="de-target-and-rating"),
    pytest.param("UBS STUFT BMW AUF 'BUY' HOCH",
                 "Die Schweizer Großbank UBS hat BMW von „Neutral“ auf „Buy“ hochgestuft.",
                 "de", {("UBS", "BMW", "buy")}, id="de-upgrade"),
    pytest.param("UBS STUFT BMW AUF 'BUY' HOCH",
                 "BMW verkaufte mehr Autos in China.", "de", {("UBS", "BMW", "buy")}, id="de-headline-only"),
    pytest.param("GOLDMAN SACHS RAISES NVIDIA TARGET TO $250",
                 "Goldman Sachs raised its price target on Nvidia to $250 from $220 and reiterated a buy rating.",
                 "en", {("Goldman Sachs", "Nvidia", "buy")}, id="en-target-headline"),
    pytest.param("GOLDMAN SACHS UPGRADES NVIDIA TO BUY",
                 "Goldman Sachs upgraded Nvidia to buy from neutral.",
                 "en", {("Goldman Sachs", "Nvidia", "buy")}, id="en-upgrade"),
    # look-alike: a headline that denies the change
    pytest.param("UBS STUFT BMW NICHT AUF 'BUY' HOCH", "BMW verkaufte mehr Autos.", "de", set(),
                 id="de-headline-denied"),
]


@pytest.mark.parametrize(("headline", "body", "lang", "expected"), HEADLINES)
def test_a_headline_and_its_body_give_one_rating(extractor: Extractor, headline: str, body: str, lang: str,
                                                 expected: set[Rated]) -> None:
    x = run(extractor, body, lang, headline)
    assert len(x.ratings) == len(expected)
    assert {(r.by, r.about, r.rating.casefold()) for r in x.ratings} == expected


# ---------------------------------------------------------------- consensus, ranges, averages

CONSENSUS = [
    pytest.param("Nike reported strong sales. Analysts' average target is $210 and the consensus rating is "
                 "\"Buy\".", "en", set(), id="en-average"),
    pytest.param("Nike reported strong sales. Targets range from $150 to $260, and most analysts rate the stock "
                 "a buy.", "en", set(), id="en-range"),
    pytest.param("Siemens steigerte den Umsatz. Das durchschnittliche Kursziel liegt bei 95 Euro, die meisten "
                 "Analysten raten zum Kauf.", "de", set(), id="de-average"),
    pytest.param("Siemens steigerte den Umsatz. Bloomberg-Daten zufolge raten 20 von 25 Analysten zum Kauf.",
                 "de", set(), id="de-count-of-analysts"),
    pytest.param("Siemens steigerte den Umsatz. Laut Refinitiv raten 12 Analysten zum Kauf, drei zum Halten.",
                 "de", set(), id="de-counts-by-source"),
    # a house's own rating beside a consensus is kept
    pytest.param("Siemens steigerte den Umsatz. Die UBS rät zum Kauf; das durchschnittliche Kursziel liegt bei "
                 "95 Euro.", "de", {("UBS", "Siemens", "Kauf")}, id="de-house-beside-average"),
    pytest.param("Nike reported strong sales. Citi rates the stock buy, while targets range from $150 to $260.",
                 "en", {("Citigroup", "Nike", "buy")}, id="en-house-beside-range"),
]


@pytest.mark.parametrize(("body", "lang", "expected"), CONSENSUS)
def test_a_consensus_is_no_house_s_rating(extractor: Extractor, body: str, lang: str,
                                          expected: set[Rated]) -> None:
    assert _rated(extractor, body, lang) == expected
