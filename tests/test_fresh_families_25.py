"""Families of construction that hold in any article, on sentences written for
these tests: a change set off by a comma after a count ("carried 4.6 million
passengers, up 5%") is the count's, not the share's; a rating alone in a sentence
goes on about the company the sentence before rated ("JPMorgan cut its target for
Bayer … . DZ Bank kept its Hold"), not about a company whose shares were told of
earlier; a possessive word after "gemeinsam mit" ("gemeinsam mit Kunden eigene
Chips") names no partner; each with a look-alike where the old reading must stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- a change set off by a comma after a count ------------------------------------------


def test_change_after_a_count_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Qantas flew 3.9 million passengers in October, up 4% from a year "
            "earlier, the airline told the Australian Securities Exchange.", lang="en",
            headline="Qantas traffic")
    facts = figure_facts(x)
    assert not any(f.metric == "StockPriceChange" for f in x.figures)
    assert ("Qantas", "Other", Decimal("4"), "Percent") in facts


def test_change_after_a_count_in_german_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Lufthansa beförderte im Oktober 8,1 Millionen Passagiere, ein Plus "
            "von 3 Prozent, wie der im Dax notierte Konzern mitteilte.", headline="Lufthansa")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_change_after_a_price_stays_a_share_move(extractor: Extractor) -> None:
    """Look-alike: after a price, not a count, the change is the share's."""
    x = run(extractor, "Qantas shares closed at A$10.95 on the Australian Securities Exchange, "
            "up 4%.", lang="en", headline="Qantas shares")
    assert ("Qantas", "StockPriceChange", Decimal("4"), "Percent") in figure_facts(x)


# --- a rating alone after a sentence that rated one company -----------------------------


_BAYER = ("Die Bayer-Aktie verlor auf Xetra 4,1 Prozent auf 23,10 Euro. Die Evotec-Papiere "
          "zogen im MDax dagegen um 6,5 Prozent an. Die Analysten von JPMorgan senkten das "
          "Kursziel für Bayer von 31 auf 27 Euro, bleiben aber bei „Overweight“. ")


def test_rating_alone_goes_on_about_the_company_rated_before(extractor: Extractor) -> None:
    x = run(extractor, _BAYER + "Die DZ Bank bestätigte ihr „Halten“-Votum.",
            headline="Bayer senkt Prognose")
    rated = {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("DZ Bank", "Bayer", "Halten") in rated
    assert not any(r.about == "Evotec" for r in x.ratings)
    assert ("DZ Bank", "covers", "Evotec") not in triples(x)


def test_rating_after_a_sentence_of_two_companies_is_not_carried(extractor: Extractor) -> None:
    """Look-alike: where the sentence before named another company beside the one
    rated, nothing is carried, so the rating does not go to that one by this rule."""
    x = run(extractor, "Die Analysten von JPMorgan senkten das Kursziel für Bayer, während "
            "Evotec zulegte. Die DZ Bank bestätigte ihr „Halten“-Votum.",
            headline="Pharmawerte im Blick")
    assert not any(r.by == "DZ Bank" and r.about == "Bayer" for r in x.ratings)


# --- a possessive word in a list after "gemeinsam mit" ----------------------------------


def test_possessive_word_after_gemeinsam_mit_names_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Der Rivale AMD will Marktanteile gewinnen, und auch Broadcom entwickelt "
            "gemeinsam mit großen Cloud-Kunden eigene KI-Chips.",
            headline="Nvidia-Aktie: Rechenzentren wachsen")
    assert not any(r.predicate == "partnerOf" for r in x.relations)


def test_a_name_after_gemeinsam_mit_stays_a_partner(extractor: Extractor) -> None:
    """Look-alike: a company named after "gemeinsam mit" is the partner."""
    x = run(extractor, "Broadcom entwickelt gemeinsam mit Google eigene KI-Chips.",
            headline="Broadcom-Aktie: KI-Chips")
    found = triples(x)
    assert ("Broadcom", "partnerOf", "Google") in found or ("Google", "partnerOf", "Broadcom") in found
