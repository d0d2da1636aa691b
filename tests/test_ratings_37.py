"""Ratings in the forms news prints them, and the look-alikes that rate nothing.

A rating a house only might give ("could upgrade the stock to buy", "könnte die
Aktie auf 'Buy' hochstufen") is no rating; a modal of another verb in the
sentence leaves the rating the house does give alone. Each house of a list a
rating is given by gives it; a further name joined in contrast after a bare
rating is rated too; an unknown name that is the subject of a passive rating
takes it from every known company; a house inside a relative clause closed
before the rating neither gives it nor is rated by it. An old price target in
brackets after the new one ("$90 (from $84)") is the house's previous one. A
verdict after "für"/"laut" may follow a longer phrase ("bleibt die Aktie mit
einem Kursziel von 210 Euro ein Kauf").

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import rating_facts, run

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str]


# ---------------------------------------------------------------- a rating only possible

HEDGED = [
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Goldman Sachs might downgrade Nvidia to \"sell\".",
                 "en", set(), id="en-might-downgrade"),
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. JPMorgan said it could move Nvidia to overweight.",
                 "en", set(), id="en-could-move"),
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Analysts at UBS may raise their rating to buy.",
                 "en", set(), id="en-may-raise"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Goldman Sachs könnte die Aktie auf „Buy“ hochstufen.",
                 "de", set(), id="de-koennte-hochstufen"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die UBS dürfte Siemens bald auf „Kaufen“ heraufstufen.",
                 "de", set(), id="de-duerfte-heraufstufen"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Sollte die Marge steigen, würde JPMorgan die Aktie "
                 "mit „Overweight“ bewerten.",
                 "de", set(), id="de-wuerde-bewerten"),
    # look-alikes: the modal governs another verb; the rating is given
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Morgan Stanley could cut its target but keeps the "
                 "stock at overweight.",
                 "en", {("Morgan Stanley", "Nvidia", "overweight")}, id="en-modal-other-verb"),
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Shares could rise 20%, said Citi, which rates the stock buy.",
                 "en", {("Citigroup", "Nvidia", "buy")}, id="en-modal-other-clause"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die Aktie dürfte steigen, JPMorgan bewertet sie mit „Overweight“.",
                 "de", {("JPMorgan", "Siemens", "Overweight")}, id="de-modal-other-clause"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die UBS stufte die Aktie auf „Buy“ hoch und könnte "
                 "das Kursziel bald anheben.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-modal-after-rating"),
]



# ---------------------------------------------------------------- a rating given by a list of houses

GIVERS = [
    pytest.param("Nike shares jump",
                 "Nike beat estimates. The stock carries buy ratings from Jefferies and Citi.",
                 "en", {("Jefferies", "Nike", "buy"), ("Citigroup", "Nike", "buy")}, id="en-ratings-from-two"),
    pytest.param("Nike shares jump",
                 "Nike beat estimates. Nike won buy ratings from Jefferies, Citi, and UBS on Friday.",
                 "en", {("Jefferies", "Nike", "buy"), ("Citigroup", "Nike", "buy"), ("UBS", "Nike", "buy")},
                 id="en-ratings-from-three"),
    pytest.param("Nike shares jump",
                 "Nike beat estimates. Nike was upgraded to buy by Jefferies and Citi.",
                 "en", {("Jefferies", "Nike", "buy"), ("Citigroup", "Nike", "buy")}, id="en-passive-two"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die Aktie erhielt Kaufempfehlungen von Jefferies und der UBS.",
                 "de", {("Jefferies", "Siemens", "Kaufempfehlungen"), ("UBS", "Siemens", "Kaufempfehlungen")},
                 id="de-passive-two"),
    # look-alikes: each house its own rating; a comma and a conjunction after one name open a clause
    pytest.param("Nike shares jump",
                 "Nike beat estimates. The stock has a buy rating from Jefferies and a hold rating from Citi.",
                 "en", {("Jefferies", "Nike", "buy"), ("Citigroup", "Nike", "hold")}, id="en-each-its-own"),
    pytest.param("Nike shares jump",
                 "Nike beat estimates. It got a buy rating from Jefferies, and Citi cut it to neutral.",
                 "en", {("Jefferies", "Nike", "buy"), ("Citigroup", "Nike", "neutral")}, id="en-clause-after-giver"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Siemens wurde von der Deutschen Bank mit „Buy“ und von der "
                 "UBS mit „Neutral“ eingestuft.",
                 "de", {("Deutsche Bank", "Siemens", "Buy"), ("UBS", "Siemens", "Neutral")}, id="de-each-its-own"),
]



# ---------------------------------------------------------------- a further name in contrast

CONTRAST = [
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. Jefferies rates Nike a buy, but Adidas only a hold.",
                 "en", {("Jefferies", "Nike", "buy"), ("Jefferies", "Adidas", "hold")}, id="en-but-only"),
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. Jefferies rates Nike outperform, while Adidas just underperform.",
                 "en", {("Jefferies", "Nike", "outperform"), ("Jefferies", "Adidas", "underperform")},
                 id="en-while-just"),
    # look-alike: a verb after the contrasted name, no rating word
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. Jefferies rates Nike a buy, but Adidas only sells shoes.",
                 "en", {("Jefferies", "Nike", "buy")}, id="en-but-verb"),
]



# ---------------------------------------------------------------- an unknown name rated in a passive

UNKNOWN_PASSIVE = [
    # "Puma" alone is no catalogue name: its rating goes to no one, not to Nike or the article's
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. Jefferies upgraded Nike to buy, while Puma was cut to sell by Citi.",
                 "en", {("Jefferies", "Nike", "buy")}, id="en-unknown-after-clause"),
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. Jefferies upgraded Nike to buy. Shares of Puma were cut to sell by Citi.",
                 "en", {("Jefferies", "Nike", "buy")}, id="en-unknown-shares-of"),
    pytest.param("Adidas senkt Prognose",
                 "Adidas senkte die Prognose. Die Aktie von Puma wurde von der UBS auf „Sell“ abgestuft.",
                 "de", set(), id="de-unknown-shares-of"),
    # look-alikes: a known name, a share noun, a noun or a pronoun is the passive's subject
    pytest.param("Adidas senkt Prognose",
                 "Adidas senkte die Prognose. Der Konzern wurde von der UBS auf „Sell“ abgestuft.",
                 "de", {("UBS", "Adidas", "Sell")}, id="de-noun-subject"),
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. Nike was upgraded to buy by Citi, while Zalando was cut to sell.",
                 "en", {("Citigroup", "Nike", "buy"), ("Citigroup", "Zalando", "sell")}, id="en-known-names"),
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. On Tuesday, the shares were cut to sell by Citi.",
                 "en", {("Citigroup", "Adidas", "sell")}, id="en-share-noun"),
    pytest.param("Adidas shares fall",
                 "Adidas cut its outlook. It was upgraded to buy by Citi.",
                 "en", {("Citigroup", "Adidas", "buy")}, id="en-pronoun"),
]



# ---------------------------------------------------------------- a house inside a relative clause

RELATIVE = [
    pytest.param("Tesla shares slide",
                 "Tesla missed estimates. UBS analyst John Doe, who previously worked at Morgan Stanley, "
                 "rates the stock sell.",
                 "en", {("UBS", "Tesla", "sell")}, id="en-former-employer-in-relative"),
    pytest.param("Tesla verliert",
                 "Tesla verfehlte die Erwartungen. UBS-Analyst Max Muster, der früher für Morgan Stanley "
                 "arbeitete, stuft die Aktie mit „Sell“ ein.",
                 "de", {("UBS", "Tesla", "Sell")}, id="de-former-employer-in-relative"),
    # look-alikes: the rating inside the relative clause; a rated bank the clause describes
    pytest.param("Tesla shares slide",
                 "Tesla missed estimates. Tesla, which Morgan Stanley rates overweight, fell 3%.",
                 "en", {("Morgan Stanley", "Tesla", "overweight")}, id="en-rating-in-relative"),
    pytest.param("Tesla verliert",
                 "Tesla verfehlte die Erwartungen. Die UBS stuft die Deutsche Bank, die am Montag Zahlen "
                 "vorlegte, mit „Buy“ ein.",
                 "de", {("UBS", "Deutsche Bank", "Buy")}, id="de-rated-bank-described"),
]


# ---------------------------------------------------------------- a verdict after a longer phrase

VERDICT = [
    pytest.param("Siemens im Aufwind",
                 "Siemens steigerte den Umsatz. Für die Analysten von Barclays bleibt die Aktie mit einem "
                 "Kursziel von 210 Euro ein Kauf.",
                 "de", {("Barclays", "Siemens", "Kauf")}, id="de-fuer-long-phrase"),
    pytest.param("Siemens im Aufwind",
                 "Siemens steigerte den Umsatz. Laut der UBS ist die Siemens-Aktie nach den starken Zahlen "
                 "vom Dienstag weiterhin ein Kauf.",
                 "de", {("UBS", "Siemens", "Kauf")}, id="de-laut-long-phrase"),
    # look-alikes: no verdict ("kein Kauf mehr"), a purchase ("der Kauf der Tochter")
    pytest.param("Siemens im Aufwind",
                 "Siemens steigerte den Umsatz. Für die UBS ist die Aktie nach dem Kurssprung von 20 Prozent "
                 "kein Kauf mehr.",
                 "de", set(), id="de-no-longer-a-buy"),
    pytest.param("Siemens im Aufwind",
                 "Siemens steigerte den Umsatz. Für die Deutsche Bank war der Kauf der Tochter ein Fehler.",
                 "de", set(), id="de-a-purchase"),
]


# ---------------------------------------------------------------- the old target in brackets

Target = tuple[str, Decimal | None, str, str]

TARGETS = [
    pytest.param("Nike beat estimates. Jefferies has a buy rating and a price target of $90 (from $84).",
                 {("Nike", Decimal(90), "Estimate", "Jefferies"), ("Nike", Decimal(84), "Previous", "Jefferies")},
                 id="en-from-in-brackets"),
    pytest.param("Nike beat estimates. Jefferies raised its price target to $90 (previously $84).",
                 {("Nike", Decimal(90), "Estimate", "Jefferies"), ("Nike", Decimal(84), "Previous", "Jefferies")},
                 id="en-previously-in-brackets"),
]


@pytest.mark.parametrize(("body", "expected"), TARGETS)
def test_the_old_target_in_brackets_is_previous(extractor: Extractor, body: str, expected: set[Target]) -> None:
    x = run(extractor, body, "en", "Nike shares jump")
    assert {(f.about, f.value, f.status, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == expected


@pytest.mark.parametrize(("headline", "body", "lang", "expected"),
                         HEDGED + GIVERS + CONTRAST + UNKNOWN_PASSIVE + RELATIVE + VERDICT)
def test_rating_forms(extractor: Extractor, headline: str, body: str, lang: str,
                      expected: set[Rated]) -> None:
    assert rating_facts(run(extractor, body, lang, headline)) == expected
