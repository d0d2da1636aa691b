"""An adverb pointing back to an index only where it can point nowhere else, and a hyphen
between spaces opening a roundup's item only where the list prints its dash so."""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor


def _members(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    """The (member, index) pairs read in ``body``."""
    return {(s, o) for s, p, o in helpers.triples(helpers.run_in(extractor, body, lang)) if p == "memberOf"}


_DAX_UP = "Der Dax stieg um 1,4 Prozent. "
_FTSE_UP = "The FTSE 100 rose 0.6% to 8,210 points. "


# --- the adverb in its own clause, with nowhere else to point: the member is read -----------------

@pytest.mark.parametrize(("body", "lang", "expected"), [
    (_DAX_UP + "Hier legten die Aktien von Aixtron um 5 Prozent zu.", "de", {("Aixtron", "DAX")}),
    # the clause after the name ends the adverb's, not its reading
    (_DAX_UP + "Dort verloren die Papiere von Aurubis 3 Prozent, nachdem ein Kunde absprang.", "de",
     {("Aurubis", "DAX")}),
    (_FTSE_UP + "Within the index, shares of Aurubis climbed 4%.", "en", {("Aurubis", "FTSE 100")}),
])
def test_an_adverb_with_nowhere_else_to_point_names_a_member(extractor: Extractor, body: str, lang: str,
                                                             expected: set[tuple[str, str]]) -> None:
    assert _members(extractor, body, lang) == expected


# --- look-alikes: the adverb may point to a place, a market, a tier, or stands in speech ----------

@pytest.mark.parametrize(("body", "lang"), [
    # "dort" after a comma points to the market of the clause before
    (_DAX_UP + "An der Wall Street ging es ebenfalls aufwärts, dort legten die Aktien von Apple "
     "um 2 Prozent zu.", "de"),
    (_DAX_UP + "An der Wall Street legten dort die Aktien von Apple um 2 Prozent zu.", "de"),
    # after a colon, to the city named before it
    (_DAX_UP + "In Tokio sah es anders aus: Dort fielen die Aktien von Toyota um 3 Prozent.", "de"),
    (_DAX_UP + "Dort fielen die Aktien von Toyota in Tokio um 3 Prozent.", "de"),
    # "in der zweiten Reihe": the adverb points to the smaller indices
    (_DAX_UP + "In der zweiten Reihe stachen hier die Aktien von Aixtron mit einem Plus von "
     "8 Prozent hervor.", "de"),
    # the name stands in another clause, after a turn, with an exchange named
    (_DAX_UP + "Hier hielten sich Anleger zurück, bevor die US-Notenbank entscheidet; gefragt "
     "waren dagegen die Aktien von Nvidia an der Nasdaq.", "de"),
    (_DAX_UP + "Hier hielten sich Anleger zurück; gefragt waren dagegen die Aktien von Nvidia.", "de"),
    (_DAX_UP + "Hier hielten sich Anleger zurück, gefragt waren dagegen die Aktien von Nvidia.", "de"),
    # the adverb inside a quote, in single and in double marks
    (_DAX_UP + "'Hier wird viel Geld aus dem Markt genommen', sagte ein Händler mit Blick auf "
     "die Aktien von Nvidia.", "de"),
    (_DAX_UP + "„Hier wird viel Geld abgezogen“, sagte ein Händler mit Blick auf die Aktien "
     "von Nvidia.", "de"),
    # the place named after the name
    (_DAX_UP + "Hier gaben die Papiere von Tesla nach, die in Frankfurt gehandelt werden.", "de"),
    (_DAX_UP + "Hier gaben die Papiere von Tesla in Frankfurt nach.", "de"),
    # en: the name after "while", in another place
    (_FTSE_UP + "Within the index, miners led gains, while in New York shares of Apple rose 1%.", "en"),
    (_FTSE_UP + "Within the index, miners led gains, while shares of Apple rose 1%.", "en"),
    (_FTSE_UP + "Within the index, shares of Apple rose 1% in New York.", "en"),
])
def test_an_adverb_that_may_point_elsewhere_names_no_member(extractor: Extractor, body: str,
                                                            lang: str) -> None:
    assert _members(extractor, body, lang) == set()


# --- a parenthetical dash in a colon roundup opens no item ----------------------------------------

_ROUNDUP_HEADLINE = "Aktien Frankfurt"


def test_a_parenthetical_dash_keeps_the_item_company(extractor: Extractor) -> None:
    body = ("Adidas: Die Aktie fiel um 3 Prozent. Nike - der Weltmarktführer - hatte am Vortag "
            "enttäuscht. Der Sportartikelhersteller aus Herzogenaurach hob dennoch die "
            "Umsatzprognose auf 25 Milliarden Euro an. Puma: Die Papiere stiegen um 2 Prozent. "
            "BASF: Die Aktie verlor 1 Prozent.")
    x = helpers.run(extractor, body, "de", _ROUNDUP_HEADLINE)
    assert ("Adidas", Decimal("25000000000")) in helpers.metric_facts(x, "Revenue")
    assert ("Adidas", "locatedIn", "Herzogenaurach") in helpers.triples(x)
    assert not {f for f in helpers.figure_facts(x) if f[0] == "Nike"}


def test_a_single_hyphen_item_in_a_colon_roundup_opens_none(extractor: Extractor) -> None:
    # one hyphen, not closed: the list prints its items with colons, the hyphen is the text's
    body = ("Adidas: Die Aktie fiel um 3 Prozent. Nike - der Weltmarktführer hatte am Vortag "
            "enttäuscht. Der Sportartikelhersteller aus Herzogenaurach hob dennoch die "
            "Umsatzprognose auf 24 Milliarden Euro an. Bayer: Die Papiere stiegen um 2 Prozent. "
            "BASF: Die Aktie verlor 1 Prozent.")
    x = helpers.run(extractor, body, "de", _ROUNDUP_HEADLINE)
    assert ("Adidas", "locatedIn", "Herzogenaurach") in helpers.triples(x)
    assert not {f for f in helpers.figure_facts(x) if f[0] == "Nike"}


def test_a_list_printed_with_hyphens_still_splits(extractor: Extractor) -> None:
    body = ("Infineon - Die Aktie stieg um 2 Prozent. Der Chipkonzern hob die Umsatzprognose auf "
            "17 Milliarden Euro an.\n\nSiemens - Die Papiere gaben um 1 Prozent nach. Der "
            "Konzern sitzt in München.\n\nBayer - Die Aktie verlor 3 Prozent.")
    x = helpers.run(extractor, body, "de", _ROUNDUP_HEADLINE)
    assert ("Infineon Technologies", Decimal("17000000000")) in helpers.metric_facts(x, "Revenue")
    assert ("Siemens", Decimal("-1")) in helpers.metric_facts(x, "StockPriceChange")
    assert ("Bayer", Decimal("-3")) in helpers.metric_facts(x, "StockPriceChange")
