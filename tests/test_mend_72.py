"""Deal and results news in German and English, on families of construction that hold in
any article, on sentences written for these tests (catalogued companies, invented figures):
a market paragraph that told the article company's shares first and a peer's after them in
passing leaves a rating that names no company with the article's company; a share move told
with no name after houses rated the article's company and then a peer in turn is the article
company's; a headline "X-Aktie: Cloud-Sparte wächst um 27 Prozent" is the unit's growth, no
share move, even where the unit word is found as the unit; a city's adjective opening two
capitalised words ("Rostocker Sensorikspezialisten von Carlyle") is no person's given name.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a rating after a market paragraph that told a peer's shares in passing -------------

_DEAL = "Rheinmetall kauft Zulieferer von Carlyle"
_LEAD = ("Der Rüstungskonzern Rheinmetall übernimmt einen Zulieferer. Rheinmetall zahlt 500 Millionen "
         "Euro.\n\n")


def _rated(x: object) -> set[tuple[str, str]]:
    """(house, company) of each rating and of each fair value."""
    ratings = {(r.by, r.about) for r in x.ratings}  # type: ignore[attr-defined]
    values = {(f.estimated_by, f.about) for f in x.figures  # type: ignore[attr-defined]
              if f.metric == "FairValue"}
    return ratings | values


def test_peer_shares_after_own_leave_the_rating_with_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, _LEAD + "Rheinmetall-Aktien stiegen um 2,8 Prozent auf 1.500 Euro. Seit Jahresbeginn "
            "hat sich der Wert des Papiers damit verdoppelt. Hensoldt-Titel gaben 1,9 Prozent nach.\n\n"
            "Analysten äußerten sich zustimmend. Die DZ Bank bestätigte ihre Kaufempfehlung mit einem "
            "fairen Wert von 1.800 Euro.", headline=_DEAL)
    assert _rated(x) == {("DZ Bank", "Rheinmetall")}


def test_peer_shares_told_alone_keep_the_rating(extractor: Extractor) -> None:
    """Look-alike: the paragraph speaks only of the peer's shares; the rating is the peer's."""
    x = run(extractor, _LEAD.replace("Euro.\n\n", "Euro. Der Konzern wächst. Die Bundeswehr bestellt.\n\n")
            + "Hensoldt-Titel gaben um 1,9 Prozent auf 40 Euro nach. Die Papiere hatten sich zuvor "
            "verdoppelt. Der Wert des Papiers liegt damit höher. Die DZ Bank bestätigte ihre "
            "Kaufempfehlung mit einem fairen Wert von 50 Euro.", headline=_DEAL)
    assert _rated(x) == {("DZ Bank", "Hensoldt")}


# --- a share move after houses rated the article's company and a peer in turn ------------

_HEADLINE = "Siemens stock slides as orders drop, while ABB shrugs off the gloom"
_OPENING = ("Shares of Siemens fell on Monday after the group reported lower orders. "
            "Siemens fell 4.2% to 180 euros in Frankfurt, while rival ABB rose 1.1%. "
            "ABB, which reports in January, is seen by investors as better insulated. ")
_CLOSING = ("\"We see no trough yet,\" they wrote. Bernstein kept an outperform rating on ABB with a "
            "60-franc target. The stock has lost 12% since the start of the year.")


def _year_moves(x: object) -> set[str]:
    return {f.about for f in x.figures  # type: ignore[attr-defined]
            if f.metric == "StockPriceChange" and f.value == -12}


def test_share_move_after_ratings_in_turn_is_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, _OPENING + "Analysts at HSBC, who rate Siemens at hold, lowered their price "
            "target to 200 euros. " + _CLOSING, headline=_HEADLINE, lang="en")
    assert _year_moves(x) == {"Siemens"}
    assert ("Bernstein", "ABB", "outperform") in {(r.by, r.about, r.rating) for r in x.ratings}


def test_share_move_after_the_peer_alone_rated_is_the_peer(extractor: Extractor) -> None:
    """Look-alike: no house rated the article's company before; the stock is the one just rated."""
    x = run(extractor, _OPENING + "Analysts expect a weak quarter. " + _CLOSING,
            headline=_HEADLINE, lang="en")
    assert _year_moves(x) == {"ABB"}


# --- a headline on a unit's growth after "X-Aktie:" -----------------------------------

_RESULTS = "Alibaba hat am Donnerstag Zahlen für das dritte Quartal vorgelegt. Der Konzern verdiente mehr."


def test_unit_growing_in_a_share_headline_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, _RESULTS, headline="Alibaba-Aktie: Cloud-Sparte wächst um 27 Prozent")
    figures = {(f.about, f.metric, f.value) for f in x.figures}
    assert not any(metric == "StockPriceChange" for _about, metric, _value in figures)
    assert ("Alibaba Cloud", "RevenueGrowth", 27) in figures


def test_share_word_in_a_share_headline_keeps_the_move(extractor: Extractor) -> None:
    """Look-alike: the part after the colon speaks of the paper itself."""
    x = run(extractor, _RESULTS, headline="Alibaba-Aktie: Papier klettert um 27 Prozent")
    assert ("Alibaba Group", "StockPriceChange", 27) in {(f.about, f.metric, f.value) for f in x.figures}


# --- a city's adjective opening two capitalised words ---------------------------------


def _people(x: object) -> set[str]:
    return {e.label for e in x.entities if e.type == "Person"}  # type: ignore[attr-defined]


def test_city_adjective_and_plural_noun_are_no_person(extractor: Extractor) -> None:
    x = run(extractor, "Siemens übernimmt einen Softwarehersteller.",
            headline="Siemens kauft Rostocker Sensorikspezialisten von Carlyle")
    assert not _people(x)
    assert not any(p == "worksFor" for _s, p, _o in triples(x))


def test_surname_like_a_city_adjective_stays_a_person(extractor: Extractor) -> None:
    """Look-alike: the city's adjective is the surname after a given name."""
    x = run(extractor, "Das sagte Jonas Kieler von Carlyle am Montag in Frankfurt.",
            headline="Siemens kauft Softwarehersteller")
    assert ("Jonas Kieler", "worksFor", "Carlyle Group") in triples(x)
