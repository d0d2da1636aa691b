"""Figures of a report a rule could give the wrong company or miss. A bid's target called
by its seat ("Shares of the Medina, Minnesota-based company rose 18%") is the company of
the passage the catalogue places around that seat, where the bidder sits elsewhere; where
two companies of the passage could sit there, the move is no one's rather than the
bidder's. An offer's valuation read across a ticker with a point ("(MRNA.O)") is the
bidder's investment; a payment company's total payment volume is `Other`; an abbreviation
in brackets ("(CET1)") ends no clause; "HK$" after the number ("610 HK$") is Hong Kong
dollars. Each rule on sentences written for the test, with
look-alikes that must not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(f.about, f.value) for f in x.figures if f.metric == metric}


# --- a seated reference after a bid is the target's -------------------------------------------

def test_a_seated_target_gets_its_share_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Novartis agreed on Monday to buy Polaris Inc. for $120 per share "
                    "in cash. The board of Polaris Inc. backed the offer. Novartis, which is "
                    "advised by UBS, expects savings of $200 million. Shares of the Medina, "
                    "Minnesota-based company rose 18% to $114.20, while Novartis fell 0.9%.",
                    lang="en", headline="Novartis bids for Polaris")
    assert facts(x, "StockPriceChange") == {("Polaris Inc.", Decimal("18")),
                                            ("Novartis", Decimal("-0.9"))}
    assert ("Polaris Inc.", Decimal("114.2")) in facts(x, "SharePrice")
    assert ("Novartis", Decimal("114.2")) not in facts(x, "SharePrice")


def test_two_companies_that_could_sit_there_give_no_one(extractor: Extractor) -> None:
    # look-alike: both companies the bidder buys could be seated in Minnesota
    x = helpers.run(extractor, "Novartis agreed on Monday to buy Polaris Inc. and Performance "
                    "Food Group in two deals. Shares of the Medina, Minnesota-based company "
                    "rose 18% to $114.20.", lang="en", headline="Novartis on a buying spree")
    assert facts(x, "StockPriceChange") == set()
    assert facts(x, "SharePrice") == set()


def test_a_seat_fitting_the_bidder_keeps_it(extractor: Extractor) -> None:
    # look-alike: the seat is the bidder's own, so the reference stays with it
    x = helpers.run(extractor, "Novartis agreed on Monday to buy Polaris Inc. for $120 per share. "
                    "Shares of the Basel-based company fell 2.5%.", lang="en",
                    headline="Novartis bids for Polaris")
    assert facts(x, "StockPriceChange") == {("Novartis", Decimal("-2.5"))}


# --- an offer's valuation across a ticker in brackets ----------------------------------------

def test_a_ticker_with_a_point_does_not_end_the_offer(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Pfizer on Monday offered to buy Moderna Inc (MRNA.O) for $40 per "
                    "share in cash, valuing the vaccine maker at about $15 billion.", lang="en",
                    headline="Pharma deal")
    assert facts(x, "Investment") == {("Pfizer", Decimal("15000000000"))}
    assert facts(x, "MarketCapitalization") == set()


def test_a_valuation_in_the_next_sentence_stays_the_companys(extractor: Extractor) -> None:
    # look-alike: a full stop ends the offer's sentence; the market values the company
    x = helpers.run(extractor, "Pfizer wants to buy a vaccine maker. Investors are valuing the "
                    "company Moderna at about $15 billion.", lang="en", headline="Pharma deal")
    assert facts(x, "Investment") == set()


# --- a payment company's total payment volume is `Other` -------------------------------------

def test_total_payment_volume_is_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Adyen reported results on Thursday. Total payment volume rose 12% "
                    "to EUR 350 billion in the quarter.", lang="en", headline="Adyen results")
    assert facts(x, "Other") == {("Adyen", Decimal("12")), ("Adyen", Decimal("350000000000"))}
    assert facts(x, "Revenue") == set()


def test_the_payment_firms_share_move_is_no_volume(extractor: Extractor) -> None:
    # look-alike: "payments" names the company, and the number is its share's move
    x = helpers.run(extractor, "Adyen reported results on Thursday. The payments company's shares "
                    "rose 12% in Amsterdam.", lang="en", headline="Adyen results")
    assert facts(x, "Other") == set()
    assert facts(x, "StockPriceChange") == {("Adyen", Decimal("12"))}


# --- an abbreviation in brackets ends no clause ----------------------------------------------

def test_an_abbreviation_with_a_digit_in_brackets_keeps_the_metric(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Deutsche Bank hat Zahlen vorgelegt. Die harte "
                    "Kernkapitalquote (CET1) erreichte 13,8 Prozent.",
                    headline="Deutsche Bank legt Zahlen vor")
    assert facts(x, "Other") == {("Deutsche Bank", Decimal("13.8"))}



# --- a dollar sign with its country's letters after the number --------------------------------

def test_a_target_in_hk_dollars_written_after_the_number(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Analysten von Citigroup heben das Kursziel für Tencent auf 700 "
                    "Hongkong-Dollar. Die Experten von Jefferies sehen das Ziel dagegen nur bei "
                    "610 HK$.", headline="Tencent im Fokus")
    targets = {(f.about, f.value, f.unit) for f in x.figures if f.metric == "PriceTarget"}
    assert targets == {("Tencent Holdings", Decimal("700"), "HKD"),
                       ("Tencent Holdings", Decimal("610"), "HKD")}


def test_letters_before_no_dollar_sign_give_no_currency() -> None:
    # look-alike: "HK" opening a name after the number is no currency
    from kg.nlp.quantities import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("Rang 118 HK Electric", "de")] \
        == [(Decimal("118"), None)]
