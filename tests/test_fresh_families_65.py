"""Tickers, payments, aircraft and IT news, on families of construction that hold in any article,
on sentences written for these tests (catalogued companies with invented facts): a ticker whose
items open with the company's name in capitals and a colon ("HENKEL: Die Aktien …") is a roundup of
those companies, and a head in capitals the catalogue lacks opens an item of its own, whose facts
no other company takes; a share that rose, "trimming their loss for the year to about 4%", tells
the share's loss for the year, no fall of profit; a stake in a programme or venture named right
before it ("der an dem Programm mit 18 Prozent beteiligt ist") is no stake in the article's
company; a rival noun after one or two capitalised words opening the sentence ("U.S. rival Stripe
said …, and PayPal's unit …") is the article's company's rival, no rival of a name in a later
clause. Each with a look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- heads in capitals -------------------------------------------------------------------------

_TICKER = (
    "Der Dax stieg am Mittag um 0,3 Prozent.\n"
    "HENKEL: Die Aktien des Konsumgüterkonzerns stiegen um 2,4 Prozent auf 71,20 Euro.\n"
    "ZEISSWERK OPTIK: Die Papiere des Linsenherstellers fielen um 7,5 Prozent auf 12,10 Euro. "
    "Die Analysten von Jefferies senkten das Kursziel auf 11 Euro und stuften die Aktie auf "
    "\"Underperform\" ab.\n"
    "RHEINMETALL: Die Anteile des Rüstungskonzerns gewannen 1,1 Prozent.\n"
    "HEIDELBERG MATERIALS: Die Aktien des Baustoffkonzerns verloren 0,8 Prozent.\n")


def test_heads_in_capitals_name_their_companies(extractor: Extractor) -> None:
    x = run(extractor, _TICKER, headline="Kurs-Update: Dax fester")
    assert {"Henkel", "Rheinmetall", "Heidelberg Materials"} <= labels(x)
    moves = metric_facts(x, "StockPriceChange")
    assert {("Henkel", Decimal("2.4")), ("Rheinmetall", Decimal("1.1")),
            ("Heidelberg Materials", Decimal("-0.8"))} <= moves


def test_an_unknown_head_in_capitals_keeps_its_facts(extractor: Extractor) -> None:
    """The item of a company the catalogue lacks: its fall, target and rating go to no company
    of the items before or after it."""
    x = run(extractor, _TICKER, headline="Kurs-Update: Dax fester")
    assert not [about for about, value in metric_facts(x, "StockPriceChange") if value == Decimal("-7.5")
                and about != "Zeisswerk Optik"]
    assert not [about for about, _ in metric_facts(x, "PriceTarget") if about != "Zeisswerk Optik"]
    assert not [r for r in rating_facts(x) if r[1] != "Zeisswerk Optik"]


def test_a_head_in_capitals_in_running_text_names_nobody(extractor: Extractor) -> None:
    """Look-alike: a capitalised word that is no item's head, in the middle of a line, and a
    dateline in capitals with no colon, name no company."""
    x = run(extractor, "FRANKFURT (dpa-AFX) - Händler sagten, die Stimmung sei GUT: Die Aktien "
            "legten zu.", headline="Kurs-Update: Dax fester")
    assert not {"Henkel", "Rheinmetall"} & labels(x)


def test_a_colon_after_a_name_in_capitals_alone_makes_no_roundup(extractor: Extractor) -> None:
    """Look-alike: one company's head in capitals ("HENKEL:") before a report on another is a
    headline, no list: the report's facts stay with its company."""
    x = run(extractor, "HENKEL: Der Konsumgüterkonzern hebt die Prognose an. Die Aktie stieg um "
            "3,1 Prozent.", headline="Henkel hebt Prognose")
    assert ("Henkel", Decimal("3.1")) in metric_facts(x, "StockPriceChange")


# --- a share's loss for the year, trimmed ---------------------------------------------------------

def test_trimming_their_loss_for_the_year_is_the_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Shares in Adyen rose 6.8% on Euronext Amsterdam, trimming their loss for "
            "the year to about 4%.", lang="en", headline="Adyen volume jumps")
    assert ("Adyen", Decimal(-4)) in metric_facts(x, "StockPriceChange")
    assert not metric_facts(x, "ProfitGrowth")


def test_a_company_that_trimmed_its_loss_keeps_its_profit(extractor: Extractor) -> None:
    """Look-alike: a company that trimmed its own loss ("trimmed its loss by 12% to 40 million
    pounds") reports a loss and its change, no share move."""
    x = run(extractor, "Ocado trimmed its loss by 12% to 40 million pounds in the half year.",
            lang="en", headline="Ocado narrows loss")
    assert ("Ocado", Decimal(-40000000)) in metric_facts(x, "Profit")
    assert not metric_facts(x, "StockPriceChange")


# --- a stake in a programme ---------------------------------------------------------------------

def test_a_stake_in_a_programme_is_none_in_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Airbus lieferte im Oktober 70 Flugzeuge aus. Der Triebwerksbauer MTU Aero "
            "Engines, der an dem Programm mit 18 Prozent beteiligt ist, rechnet mit Belastungen.",
            headline="Airbus liefert mehr Jets aus")
    assert not [t for t in triples(x) if t[1] == "investsIn"]


def test_a_stake_in_a_joint_venture_is_none_in_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy baut sein Netzgeschäft aus. Der Versorger RWE, der am "
            "Gemeinschaftsunternehmen mit 49 Prozent beteiligt ist, begrüßte den Schritt.",
            headline="Siemens Energy baut aus")
    assert not [t for t in triples(x) if t[1] == "investsIn"]


def test_a_stake_with_no_thing_named_stays_in_the_company(extractor: Extractor) -> None:
    """Look-alike: a holder whose stake names no thing held holds the article's company."""
    x = run(extractor, "Airbus lieferte im Oktober 70 Flugzeuge aus. Der Staat Frankreich, der mit "
            "11 Prozent beteiligt ist, begrüßte die Zahlen. Die KfW, die seit Jahren mit 10,9 "
            "Prozent beteiligt ist, äußerte sich nicht.", headline="Airbus liefert mehr Jets aus")
    assert ("KfW", "investsIn", "Airbus") in triples(x)


# --- a qualified rival noun opening the sentence ------------------------------------------------

def test_a_qualified_rival_opening_the_sentence_is_the_articles_rival(extractor: Extractor) -> None:
    x = run(extractor, "Adyen processed more payments. U.S. rival Stripe said last month its volume "
            "had reached $1.6 trillion, and PayPal's largest unit has been cutting prices.",
            lang="en", headline="Adyen volume jumps")
    assert frozenset(("Adyen", "Stripe")) in rival_pairs(x)
    assert frozenset(("PayPal", "Stripe")) not in rival_pairs(x)


def test_a_rival_governed_by_a_preposition_keeps_the_later_subject(extractor: Extractor) -> None:
    """Look-alike: a rival phrase a preposition governs ("Against rival X, Y won share") opens
    no clause of its own; the plain opening still does ("Rival X rose, and Y fell")."""
    x = run(extractor, "Adyen processed more payments. Against rival Stripe, PayPal has won back "
            "large merchants this year.", lang="en", headline="Adyen volume jumps")
    assert frozenset(("PayPal", "Stripe")) in rival_pairs(x)
    assert frozenset(("Adyen", "Stripe")) not in rival_pairs(x)
