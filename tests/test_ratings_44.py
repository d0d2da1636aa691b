"""Ratings in the forms news prints them (round three), and the look-alikes that rate nothing.

A second house named after a rating with the verb left out ("Jefferies rät zum
Kauf, die Citi zum Halten", "Jefferies has a buy, Citi a neutral") gives the
second rating itself, and rates no bank; "has a buy" is a rating where a house
has it, and "does not have a buy" none.

"Die Bank" after a sentence whose two banks are each the subject of a clause
means the nearer one ("Die UBS sieht Chancen, die Citi bleibt vorsichtig. Die
Bank …" is Citi); after two banks listed together as one subject, neither.

A rating told with the analyst first ("Analystin Jane Doe von Bernstein
bestätigte ihr Outperform-Votum", "Bernstein's Jane Doe reiterated an
outperform") is the house's, and the analyst works for it; one denied after
the term ("bestätigte ihr Votum nicht") or with "did not reiterate" is none.

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import rating_facts, run, triples

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str]


# ---------------------------------------------------------------- an elliptic second rater

ELLIPTIC = [
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Jefferies rät zum Kauf, die Citi zum Halten.",
                 "de", {("Jefferies", "Siemens", "Kauf"), ("Citigroup", "Siemens", "Halten")},
                 id="de-advice-then-second-house"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die UBS empfiehlt die Aktie mit „Buy“, die Citi mit „Neutral“.",
                 "de", {("UBS", "Siemens", "Buy"), ("Citigroup", "Siemens", "Neutral")},
                 id="de-quoted-then-second-house"),
    pytest.param("Nike shares jump",
                 "Nike beat estimates. Jefferies has a buy, Citi a neutral.",
                 "en", {("Jefferies", "Nike", "buy"), ("Citigroup", "Nike", "neutral")},
                 id="en-has-a-buy-then-second-house"),
    pytest.param("Nike shares jump",
                 "Nike beat estimates. Jefferies has an \"Outperform\" rating, Citi a \"Neutral\".",
                 "en", {("Jefferies", "Nike", "Outperform"), ("Citigroup", "Nike", "Neutral")},
                 id="en-quoted-then-second-house"),
    # look-alikes: a negation, a holding, no verb of rating at all
    pytest.param("Nike shares jump",
                 "Nike beat estimates. Jefferies has a buy, Citi does not have a neutral.",
                 "en", {("Jefferies", "Nike", "buy")}, id="en-second-denied"),
    pytest.param("Nike shares jump",
                 "Nike beat estimates. Citi doesn't have a buy on the stock.",
                 "en", set(), id="en-doesnt-have"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Jefferies rät zum Kauf, die Citi nicht zum Halten.",
                 "de", {("Jefferies", "Siemens", "Kauf")}, id="de-second-denied"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Jefferies rät zum Kauf, die Citi hält 3 Prozent.",
                 "de", {("Jefferies", "Siemens", "Kauf")}, id="de-second-a-holding"),
    pytest.param("Nike shares jump",
                 "Nike beat estimates. Jefferies has a new office in Boston, Citi a new chief.",
                 "en", set(), id="en-has-no-rating"),
    # a bank rated after a verb of rating is still the rated one
    pytest.param("Banken im Blick",
                 "Jefferies stuft die Citi auf „Buy“ hoch.",
                 "de", {("Jefferies", "Citigroup", "Buy")}, id="de-bank-rated-kept"),
]


@pytest.mark.parametrize(("headline", "body", "lang", "expected"), ELLIPTIC)
def test_rating_forms(extractor: Extractor, headline: str, body: str, lang: str,
                      expected: set[Rated]) -> None:
    assert rating_facts(run(extractor, body, lang, headline)) == expected


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
    assert rating_facts(run(extractor, body, lang, "Siemens legt zu" if lang == "de" else "Nike shares jump")) \
        == expected


def test_the_bank_sets_the_nearest_subjects_target(extractor: Extractor) -> None:
    x = run(extractor, "Siemens steigerte den Umsatz. Die UBS sieht Chancen, die Citi bleibt vorsichtig. "
            "Die Bank hebt das Kursziel auf 80 Euro.", "de", "Siemens legt zu")
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
    assert rating_facts(run(extractor, body, lang, "Siemens legt zu" if lang == "de" else "Nike shares jump")) \
        == expected


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens steigerte den Umsatz. Analystin Jane Doe von Bernstein bestätigte ihr Outperform-Votum.", "de"),
    ("Nike beat estimates. Bernstein's Jane Doe reiterated an outperform.", "en"),
])
def test_the_analyst_works_for_the_house(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Siemens legt zu" if lang == "de" else "Nike shares jump")
    assert ("Jane Doe", "worksFor", "Bernstein") in triples(x)
