"""Analyst ratings probed with sentences written for the test, each with
look-alikes that must not fire.

A fund named after its manager ("Der DWS Top Dividende", "the Acme Top
Dividend fund") is what a fund rater's verdict rates, never the manager's
share; the manager itself rated keeps its rating.

Advice that names its company may go on with more advice on another ("rät
zum Verkauf von Siemens und zum Kauf von SAP"): each rates the company named
after it, and nothing where no company is named there.

Advice or a verdict followed by "und" and a verb ("rät zum Kauf und sieht
…", "sehen den Wert als Kauf und erhöhten …") is as complete as one the
clause ends after.

An old rating after the new one led by "down"/"up" ("cut to hold, down
from buy") is its previous; "flipped X to a sell" is a change of rating.

A rating followed by the instrument it is given on ("rät zum Halten von
Anleihen") rates no share.

Companies and banks are real catalogue entries; the sentences and the facts
in them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str, str | None]

CASES = [
    # a fund named after its manager
    pytest.param("de", "Fonds im Blick", "Der DWS Top Dividende erhält von Morningstar das Rating 'Neutral'.",
                 set(), id="de-fund-named-after-its-manager"),
    pytest.param("de", "Fonds im Blick", "Der Allianz Vermögensbildungsfonds erhält von Scope das Rating "
                 "'Buy'. Die UBS stuft Siemens auf 'Sell'.", {("UBS", "Siemens", "Sell", None)},
                 id="de-fund-then-a-share-rated"),
    pytest.param("en", "Funds", "The DWS Top Dividend fund got a neutral rating from Morningstar.", set(),
                 id="en-fund-named-after-its-manager"),
    # look-alike: the manager itself rated
    pytest.param("de", "DWS", "Die DWS erhält von der UBS das Rating 'Neutral'.",
                 {("UBS", "DWS", "Neutral", None)}, id="de-manager-rated"),
    pytest.param("de", "Allianz", "Die Allianz erhält von der UBS das Rating 'Buy'.",
                 {("UBS", "Allianz", "Buy", None)}, id="de-company-rated"),
    # more advice joined to advice on a company named
    pytest.param("de", "Marktbericht", "Die UBS rät zum Verkauf von Siemens und zum Kauf von SAP.",
                 {("UBS", "Siemens", "Verkauf", None), ("UBS", "SAP", "Kauf", None)}, id="de-two-pieces-of-advice"),
    pytest.param("de", "Marktbericht", "Die UBS rät zum Kauf von SAP-Aktien und zum Verkauf der Deutschen "
                 "Bank.", {("UBS", "SAP", "Kauf", None), ("UBS", "Deutsche Bank", "Verkauf", None)},
                 id="de-two-pieces-of-advice-on-shares-and-a-bank"),
    pytest.param("en", "Market", "UBS recommends selling Siemens and buying SAP.",
                 {("UBS", "Siemens", "selling", None), ("UBS", "SAP", "buying", None)},
                 id="en-two-pieces-of-advice"),
    # look-alikes: no company named in the second piece
    pytest.param("de", "Marktbericht", "Die UBS rät zum Verkauf von Siemens und zum Kauf von Anleihen.",
                 {("UBS", "Siemens", "Verkauf", None)}, id="de-second-advice-on-bonds"),
    pytest.param("en", "Market", "UBS recommends selling Siemens and buying Treasuries.",
                 {("UBS", "Siemens", "selling", None)}, id="en-second-advice-on-treasuries"),
    # advice or a verdict going on with "und" and a verb
    pytest.param("de", "Aurubis", "Aurubis legte zu. Die UBS rät zum Kauf und sieht den fairen Wert bei "
                 "115 Euro.", {("UBS", "Aurubis", "Kauf", None)}, id="de-advice-and-a-verb"),
    pytest.param("de", "Jenoptik", "Jenoptik legte zu. Die Analysten von Jefferies sehen den Wert weiterhin "
                 "als Kauf und erhöhten das Kursziel.", {("Jefferies", "Jenoptik", "Kauf", None)},
                 id="de-verdict-and-a-verb"),
    # look-alikes: a noun after "und", or advice on gold
    pytest.param("de", "Aurubis", "Aurubis legte zu. Die UBS rät zum Kauf und Verkauf von Optionen.", set(),
                 id="de-advice-and-a-noun"),
    pytest.param("de", "Aurubis", "Aurubis legte zu. Die UBS rät zum Kauf von Gold und sieht Potenzial.",
                 set(), id="de-advice-on-gold-and-a-verb"),
    # the old rating led by "down from"; a flip
    pytest.param("en", "Market", "UBS cut BMW to hold, down from buy.", {("UBS", "BMW", "hold", "buy")},
                 id="en-down-from-the-old-rating"),
    pytest.param("en", "Market", "UBS flipped BMW to a sell.", {("UBS", "BMW", "sell", None)},
                 id="en-flipped-to-a-sell"),
    # look-alikes: "up from" no rating, a flip of no rating
    pytest.param("en", "Market", "UBS cut BMW to hold, up from its forecast.", {("UBS", "BMW", "hold", None)},
                 id="en-up-from-no-rating"),
    pytest.param("en", "Market", "UBS flipped its view on BMW.", set(), id="en-flip-of-no-rating"),
    # a rating of an instrument named right after it
    pytest.param("de", "Aurubis", "Aurubis legte zu. Die UBS rät zum Halten von Anleihen.", set(),
                 id="de-hold-of-bonds"),
    pytest.param("de", "Aurubis", "Aurubis legte zu. Die UBS bestätigt 'Buy' für die Anleihen.", set(),
                 id="de-buy-for-the-bonds"),
    # look-alikes: the share named after the rating, or nothing
    pytest.param("de", "Aurubis", "Aurubis legte zu. Die UBS bestätigt 'Buy' für die Aktie.",
                 {("UBS", "Aurubis", "Buy", None)}, id="de-buy-for-the-share"),
    pytest.param("de", "Aurubis", "Aurubis legte zu. Die UBS rät zum Halten.", {("UBS", "Aurubis", "Halten", None)},
                 id="de-hold-alone"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), CASES)
def test_rating_probes(extractor: Extractor, lang: str, headline: str, body: str,
                       expected: set[Rated]) -> None:
    x = run(extractor, body, lang, headline)
    assert {(r.by, r.about, r.rating, r.previous) for r in x.ratings} == expected
