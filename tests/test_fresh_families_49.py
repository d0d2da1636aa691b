"""Rule families, on sentences written for the test: a collection of analyst
notes, each under a headline line of its own, is read note by note; an analyst's estimate
after a sentence that names only objects goes on about the company its house rated two
sentences back.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- notes under headline lines of their own: each note is read on its own ---

_NOTES = """FRANKFURT (dpa-AFX Analyser) - Die Bank Metzler hat Fielmann auf "Buy" belassen. \
Die Aktie stieg um 2,0 Prozent.

Jefferies senkt Hugo Boss auf 'Hold' (Buy) - Ziel 38 (52) Euro

LONDON (dpa-AFX Analyser) - Das Analysehaus Jefferies hat Hugo Boss von "Buy" auf "Hold" \
abgestuft. Der Modekonzern verliere Kunden, schrieb ein Analyst. Zudem belaste der \
Wettbewerb mit Adidas und Nike. Die Aktie verlor vorbörslich auf Tradegate 3,4 Prozent.

UBS hebt Symrise auf 'Buy' (Neutral) - Ziel 110 (90) Euro

ZÜRICH (dpa-AFX Analyser) - Die Schweizer Bank UBS hat Symrise von "Neutral" auf "Buy" \
hochgestuft. Die Margen hätten den Tiefpunkt hinter sich, hieß es in der Studie. Zudem \
gewinne der Konzern Kunden von Givaudan. Die Aktie legte um 1,6 Prozent zu.
"""


def test_a_move_in_a_note_is_its_company_s(extractor: Extractor) -> None:
    x = run(extractor, _NOTES, headline="Metzler belässt Fielmann auf 'Buy' - Ziel 60 Euro")
    moves = {(about, value) for about, metric, value, _ in figure_facts(x)
             if metric == "StockPriceChange"}
    assert ("Hugo Boss", Decimal("-3.4")) in moves
    assert ("Symrise", Decimal("1.6")) in moves
    assert ("Fielmann", Decimal("-3.4")) not in moves
    assert ("Fielmann", "listedOn", "Tradegate") not in triples(x)


def test_sentences_ending_in_a_full_stop_open_no_note(extractor: Extractor) -> None:
    # look-alike: the same house actions as sentences of running text, not headline lines;
    # the article stays one, and its subject keeps a move after a rival's sentence
    body = ("Die Bank Metzler hat Fielmann auf \"Buy\" belassen. Jefferies senkt Hugo Boss "
            "auf \"Hold\". UBS hebt Symrise auf \"Buy\". Zudem belaste der Wettbewerb mit Adidas "
            "und Nike. Die Fielmann-Aktie verlor 3,4 Prozent.")
    x = run(extractor, body, headline="Metzler belässt Fielmann auf 'Buy'")
    moves = {(about, value) for about, metric, value, _ in figure_facts(x)
             if metric == "StockPriceChange"}
    assert ("Fielmann", Decimal("-3.4")) in moves
    assert ("Hugo Boss", Decimal("-3.4")) not in moves


# --- an analyst's estimate two sentences after the rating, past a sentence of objects ---


def test_estimate_after_a_sentence_of_rivals_is_the_rated_company_s(extractor: Extractor) -> None:
    body = ("Die Bank Metzler hat Fielmann auf \"Buy\" belassen. Das Analysehaus Jefferies hat "
            "Zalando von \"Buy\" auf \"Hold\" abgestuft. Zudem belaste der Wettbewerb mit "
            "Billiganbietern wie Shein und Temu. Er kappte seine Schätzung für das bereinigte "
            "Ebit 2026 auf 410 Millionen Euro.")
    x = run(extractor, body, headline="Metzler belässt Fielmann auf 'Buy'")
    facts = figure_facts(x)
    assert ("Zalando", "Profit", Decimal("410000000"), "EUR") in facts
    assert ("Fielmann", "Profit", Decimal("410000000"), "EUR") not in facts


def test_estimate_after_a_house_rating_two_companies_goes_to_neither(extractor: Extractor) -> None:
    # look-alike: the house's sentence names two companies; which one the estimate is of
    # is not told, and neither takes it
    body = ("Die Bank Metzler hat Fielmann auf \"Buy\" belassen. Das Analysehaus Jefferies hat "
            "Zalando und Hugo Boss auf \"Hold\" abgestuft. Zudem belaste der Wettbewerb mit "
            "Billiganbietern wie Shein und Temu. Er kappte seine Schätzung für das bereinigte "
            "Ebit 2026 auf 410 Millionen Euro.")
    x = run(extractor, body, headline="Metzler belässt Fielmann auf 'Buy'")
    owners = {about for about, metric, value, _ in figure_facts(x)
              if value == Decimal("410000000")}
    assert not owners & {"Zalando", "Hugo Boss"}
