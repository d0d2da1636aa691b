"""Wrong facts of the precision30 families, each fixed so that it holds for any article:

* "the startup" names a company not yet listed: after a sentence opened by listed
  companies ("Oracle and SoftBank have placed orders") it means the article's own unlisted
  company, or no one, never the listed name before; "the company" still follows the name;
* a headline "X-Aktie springt an: Cloud-Geschäft wächst um 34 Prozent": a change in a clause
  (or the part of it after a colon) that a unit opens is the unit's growth, not the share's
  move, though a share word stands before the colon; a label's colon ("Umsatz: 5,1 Milliarden Euro") and a share's own move
  after a colon ("Corvane-Aktie: Papier legt um 4 Prozent zu") still read as before;
* "X chief executive Y said Z's brands would give the group a foothold in Europe, where it
  competes with A": in the executive's words "the group" is X, so the rivals are X's, not Z's;
* a company's fund named with its name ("Samsung Catalyst Fund also joined"): the fund, a
  financial institution, not the company; the company alone is still the company;
* "X has gatecrashed Y's agreed takeover of Z with a rival offer worth £2.6bn": the company
  after "takeover of" is the one bought, so the price is no investment of its own;
* a firm's name joined by an ampersand after its noun ("the bakery chain Crumb & Co"): the
  whole name, not its first word.

Listed companies are real catalogue entries; startups, people and facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _owners(x: Extraction, wanted: str) -> set[str]:
    return {about for about, metric, _value, _unit in figure_facts(x) if metric == wanted}


# --- "the startup" is never a listed company ---------------------------------------------------

STARTUP_AFTER_LISTED_BUYERS_IS_NOT_THEIRS = ('Quillon Robotics and Marvex Photonics are building rival inference chips. '
                                             'Oracle and SoftBank have also placed orders. The startup expects revenue of '
                                             '$1.2 billion in 2027.')


def test_startup_after_listed_buyers_is_not_theirs(extractor: Extractor) -> None:
    x = run(extractor, STARTUP_AFTER_LISTED_BUYERS_IS_NOT_THEIRS, "en", "Chip startups court cloud buyers")
    assert not _owners(x, "Revenue") & {"Oracle", "SoftBank Group"}


# --- a unit's growth after a share headline's colon ---------------------------------------------

def _moves(x: Extraction) -> set[tuple[str, int]]:
    """The share moves as (company, whole percent): a range has no value and counts as none."""
    return {(about, int(value)) for about, metric, value, _unit in figure_facts(x)
            if metric == "StockPriceChange" and value is not None}


def test_unit_growth_after_share_headline_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "SAP legte Zahlen für das dritte Quartal vor.", "de",
            "SAP-Aktie springt an: Cloud-Geschäft wächst dank KI um 34 Prozent")
    assert not _moves(x)


def test_unit_growth_sentence_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Die SAP-Aktie springt an. Das Cloud-Geschäft wächst um 21 Prozent.",
            "de", "SAP mit starkem Quartal")
    assert ("SAP", 21) not in _moves(x)


def test_share_move_after_headline_colon_is_kept(extractor: Extractor) -> None:
    x = run(extractor, "Die SAP-Aktie legte im Handel um 4 Prozent auf 250 Euro zu.", "de",
            "SAP-Aktie: Papier springt an")
    assert ("SAP", 4) in _moves(x)


def test_label_colon_still_names_its_number(extractor: Extractor) -> None:
    x = run(extractor, "SAP legte Zahlen vor.\nUmsatz: 5,1 Milliarden Euro", "de",
            "SAP mit Zahlen")
    assert ("SAP", "Revenue") in {(about, metric) for about, metric, _v, _u in figure_facts(x)}


# --- "the group" in an executive's reported words is the executive's company -------------------

def _rivals(x: Extraction) -> set[tuple[str, str]]:
    return {(a, b) for a, p, b in triples(x) if p == "competitorOf"}


GROUP_IN_EXECUTIVES_WORDS_IS_THE_SPEAKERS = ('Unilever agreed to buy Danone in a cash deal. Unilever chief executive Mara '
                                             "Lindgren said Danone's brands would give the group a foothold in Asia, "
                                             'where it competes with Nestle.')


def test_group_in_executives_words_is_the_speakers(extractor: Extractor) -> None:
    x = run(extractor, GROUP_IN_EXECUTIVES_WORDS_IS_THE_SPEAKERS, "en", "Unilever agrees to buy Danone")
    rivals = _rivals(x)
    assert ("Danone", "Nestlé") not in rivals
    assert ("Unilever", "Nestlé") in rivals


GROUP_WITHOUT_SPEAKER_STILL_FOLLOWS_THE_TEXT = ('Danone reported higher sales on Tuesday. Danone said its brands would give '
                                                'the group a foothold in Asia, where it competes with Nestle.')


def test_group_without_speaker_still_follows_the_text(extractor: Extractor) -> None:
    x = run(extractor, GROUP_WITHOUT_SPEAKER_STILL_FOLLOWS_THE_TEXT, "en", "Danone sales rise")
    assert ("Danone", "Nestlé") in _rivals(x)


# --- a company's fund is the fund ---------------------------------------------------------------

def _kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


COMPANY_FUND_IS_A_FUND = ('Quillon Robotics raised $90 million in a round led by Fidelity. Samsung '
                          'Catalyst Fund also joined the round.')


def test_company_fund_is_a_fund(extractor: Extractor) -> None:
    x = run(extractor, COMPANY_FUND_IS_A_FUND, "en", "Quillon Robotics raises $90 million")
    assert _kinds(x).get("Samsung Catalyst Fund") == "FinancialInstitution"
    assert "Samsung Electronics" not in labels(x)


def test_company_alone_is_still_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Samsung shares rose 2% in Seoul after it raised its dividend.",
            "en", "Samsung shares rise")
    assert "Samsung Electronics" in labels(x)


# --- whose figure: the article's startup, the named company, the bidder -------------------------

@pytest.mark.parametrize(("body", "headline", "metric", "owners"), [
    # "the startup" means the article's own unlisted company, not the listed buyer before
    ("Quillon Robotics, a Boston-based startup, builds warehouse robots. "
     "Quillon Robotics said demand was rising. Quillon Robotics hired 200 engineers. "
     "Oracle has also placed orders. The startup expects revenue of $300 million in 2027.",
     "Quillon Robotics wins Oracle order", "Revenue", {"Quillon Robotics"}),
    # look-alike: "the company" after a listed name still means it
    ("Oracle raised its outlook on Tuesday. "
     "The company expects revenue of $70 billion in fiscal 2027.",
     "Oracle lifts outlook", "Revenue", {"Oracle"}),
    # the company after "takeover of" is bought: the price is the bidder's investment
    ("Unilever has gatecrashed Nestle's agreed takeover of Danone with a rival offer "
     "worth 2.6 billion pounds.", "Unilever counterbids for Danone", "Investment", {"Unilever"}),
    # look-alike: a takeover with no company after it is still the bidder's
    ("Unilever agreed a takeover worth 2.6 billion pounds with Danone's board.",
     "Unilever agrees deal", "Investment", {"Unilever"}),
])
def test_figure_owner(extractor: Extractor, body: str, headline: str, metric: str,
                      owners: set[str]) -> None:
    assert _owners(run(extractor, body, "en", headline), metric) == owners


# --- a firm's name with an ampersand after its noun ---------------------------------------------

APPOSITION_KEEPS_AMPERSAND_NAME = ('Ashgrove Capital, a buyout firm that also owns the bakery chain Brindle & '
                                   'Co, declined to comment.')


def test_apposition_keeps_ampersand_name(extractor: Extractor) -> None:
    x = run(extractor, APPOSITION_KEEPS_AMPERSAND_NAME, "en", "Buyout firms circle snack makers")
    assert "Brindle & Co" in labels(x)
    assert "Brindle" not in labels(x)


APPOSITION_WITHOUT_AMPERSAND_IS_UNCHANGED = ('Ashgrove Capital, a buyout firm that also owns the bakery chain Brindle, '
                                             'declined to comment.')


def test_apposition_without_ampersand_is_unchanged(extractor: Extractor) -> None:
    x = run(extractor, APPOSITION_WITHOUT_AMPERSAND_IS_UNCHANGED, "en", "Buyout firms circle snack makers")
    assert "Brindle" in labels(x)
