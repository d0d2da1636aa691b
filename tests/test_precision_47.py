"""Wrong facts of the precision47 families, each fixed so that it holds for any article:

* "… losing ground to its rival Eli Lilly. Lilly shares rose 2%. The Novo Nordisk Foundation,
  the drugmaker's controlling shareholder, …": a rival the article introduced in passing is
  no antecedent of a later reference, which means the article's company when the sentence
  names an organisation bearing that company's name or the rival was not just named, and
  none at all when it was;
* "… Lilly shares rose 2%. Jefferies kept a hold rating": an unnamed rating after the shares
  of a rival named in passing rates the article's (headline) company;
* "Deutsche Bank climbed 3% after Barclays raised its price target on the lender": the
  house never means itself by the type noun its verb governs, and a house speaking of an
  institution called by its type covers neither the article's company nor the one of the
  sentence before;
* "Revenue from equities trading rose 28%": "equities trading" / "equity trading" is a
  bank's business line, no trading of its shares, so the change is no share move.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run as _run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _covers(x: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "covers"}


def _holders(x: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "investsIn"}


def _figures(x: Extraction, metric: str) -> set[tuple[str, float]]:
    return {(f.about, float(f.value)) for f in x.figures if f.metric == metric and f.value is not None}


# --- "equities trading" is a business line, not the share's trading --------------------------------

@pytest.mark.parametrize(("sentence", "moved"), [
    ("Revenue from equities trading rose 28% to a record $4.3 billion.", False),
    ("Revenue from equity trading climbed 28% in the quarter.", False),
    # look-alikes: the share's own trading keeps its move
    ("Its shares rose 28% in early trading.", True),
    ("The stock gained 28% in equities trading on Wednesday.", True),
])
def test_equities_trading_is_no_share_move(extractor: Extractor, sentence: str, moved: bool) -> None:
    x = _run(extractor, f"Morgan Stanley reported higher profit on Wednesday. {sentence}",
             "en", "Morgan Stanley profit jumps")
    assert (("Morgan Stanley", 28) in _figures(x, "StockPriceChange")) is moved


# --- a rival named in passing is no antecedent, nor what an unnamed rating rates -------------------

_NOVO = ("Shares of Novo Nordisk fell 9% on Tuesday after the drugmaker cut its forecast. "
         "The company is losing ground to its rival Eli Lilly. Lilly shares rose 2.1%. ")


def test_foundation_of_the_drugmaker_is_the_articles(extractor: Extractor) -> None:
    x = _run(extractor, _NOVO + "The Novo Nordisk Foundation, the drugmaker's controlling "
             "shareholder, said it backed the board.", "en", "Novo Nordisk shares slump")
    assert ("Novo Nordisk Foundation", "Eli Lilly") not in _holders(x)
    assert ("Novo Nordisk Foundation", "Novo Nordisk") in _holders(x)


def test_unnamed_rating_after_rival_shares_is_the_articles(extractor: Extractor) -> None:
    x = _run(extractor, _NOVO + "Jefferies cut its price target to 400 kroner and kept a hold "
             "rating.", "en", "Novo Nordisk shares slump")
    assert _covers(x) == {("Jefferies", "Novo Nordisk")}


def test_rating_naming_the_rival_keeps_it(extractor: Extractor) -> None:
    x = _run(extractor, _NOVO + "Jefferies raised its price target on Eli Lilly to 900 dollars "
             "and kept a buy rating.", "en", "Novo Nordisk shares slump")
    assert _covers(x) == {("Jefferies", "Eli Lilly")}



def test_rival_just_named_leaves_the_reference_open(extractor: Extractor) -> None:
    x = _run(extractor, "Shares of Novo Nordisk fell 9% on Tuesday. Its rival Eli Lilly rose "
             "2.1%. The drugmaker said on Tuesday that its sales rose 20%.", "en",
             "Novo Nordisk shares slump")
    assert ("Novo Nordisk", 20) not in _figures(x, "RevenueGrowth")


# --- a type noun after a house's rating verb is another institution, not the article's company ----

def test_target_on_the_lender_is_not_the_articles(extractor: Extractor) -> None:
    x = _run(extractor, "Rheinmetall jumped 5% after winning an order. Commerzbank climbed 2.4% "
             "after Citigroup raised its price target on the lender.", "en", "European shares rise")
    assert ("Citigroup", "Rheinmetall") not in _covers(x)
    assert ("Citigroup", "Citigroup") not in _covers(x)


def test_target_on_the_company_keeps_the_articles(extractor: Extractor) -> None:
    x = _run(extractor, "Rheinmetall jumped 5% after winning an order. Citigroup raised its "
             "price target on the company.", "en", "Rheinmetall shares rise")
    assert _covers(x) == {("Citigroup", "Rheinmetall")}
