"""Rule families found on English wire copy, on sentences written for the test: a discovered
company named again without the trade word that ends its name; a reference after a sentence
opened by "Its"; a holding introduced as "holding company"; a deal noun after a determiner; a
framework contract; the revision of an estimate; a rating of "the stock" after a peer's move; a
payout named before a colon; "price-earnings ratio".

Companies are real catalogue entries or invented ones; the facts are invented. Each positive
case has a look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor


def _en(extractor: Extractor, body: str, headline: str = "Market report"):  # type: ignore[no-untyped-def]
    return run(extractor, body, lang="en", headline=headline)


# --- a discovered company named again without its trade word ---

_DEAL = ("DSV agreed to buy Dutch forwarder Ter Haar Logistics (THL.AS) for 41 euros per share. "
         "Ter Haar shares jumped 22.5% in Amsterdam, while DSV shares fell 1.2%.")


def test_the_leading_words_of_a_discovered_name_name_it_again(extractor: Extractor) -> None:
    x = _en(extractor, _DEAL)
    assert ("Ter Haar Logistics", "listedOn", "Euronext Amsterdam") in triples(x)
    assert ("DSV", "listedOn", "Euronext Amsterdam") not in triples(x)
    moves = metric_facts(x, "StockPriceChange")
    assert ("Ter Haar Logistics", Decimal("22.5")) in moves
    assert ("DSV", Decimal("-1.2")) in moves


def test_the_family_of_that_name_is_not_the_company(extractor: Extractor) -> None:
    # look-alike: the family named by the company's leading words is no mention of the firm
    body = ("DSV agreed to buy Dutch forwarder Ter Haar Logistics (THL.AS) for 41 euros per share. "
            "The Ter Haar family rose 4% in a separate listing in Amsterdam.")
    x = _en(extractor, body)
    assert ("Ter Haar Logistics", Decimal("4")) not in metric_facts(x, "StockPriceChange")


# --- "Its customers include X and Y. The company …" ---

_ITS = ("Kuehne + Nagel agreed to buy Dutch forwarder Veldkamp Logistics (VLK.AS) for 18 euros per "
        "share. Veldkamp Logistics, which employs 4,100 people, moves medicines by air. Its "
        "customers include Sanofi and Bayer. The company reported revenue of 1.4 billion euros "
        "last year.")


def test_a_sentence_opened_by_its_names_objects_not_the_company_meant_next(extractor: Extractor) -> None:
    x = _en(extractor, _ITS)
    revenue = metric_facts(x, "Revenue")
    assert ("Veldkamp Logistics", Decimal("1400000000")) in revenue
    assert ("Bayer", Decimal("1400000000")) not in revenue
    assert ("Sanofi", Decimal("1400000000")) not in revenue


def test_a_customer_that_opens_the_sentence_is_still_its_subject(extractor: Extractor) -> None:
    # look-alike: the same customers as the subject of their own sentence
    body = ("Kuehne + Nagel agreed to buy Dutch forwarder Veldkamp Logistics (VLK.AS) for 18 euros "
            "per share. Sanofi said on Monday it would keep its logistics contracts. The company "
            "reported revenue of 41 billion euros last year.")
    assert ("Sanofi", Decimal("41000000000")) in metric_facts(_en(extractor, body), "Revenue")


# --- "its holding company X … the company" ---

def test_a_holding_company_owns_no_later_the_company(extractor: Extractor) -> None:
    body = ("Kuehne + Nagel agreed to buy Dutch forwarder Veldkamp Logistics (VLK.AS) for 18 euros "
            "per share. The founding family holds 25% through its holding company Brinkhorst "
            "Beheer. Veldkamp Logistics moves medicines by air. The company reported revenue of "
            "1.4 billion euros last year.")
    revenue = metric_facts(_en(extractor, body), "Revenue")
    assert ("Brinkhorst Beheer", Decimal("1400000000")) not in revenue


# --- "the purchase" as a noun after a determiner ---

def test_the_purchase_financed_by_banks_buys_no_bank(extractor: Extractor) -> None:
    body = ("Novartis will finance the purchase with cash and a bridge loan provided by UBS and "
            "Barclays.")
    found = triples(_en(extractor, body))
    assert ("Novartis", "acquired", "UBS") not in found
    assert ("Novartis", "acquired", "Barclays") not in found


def test_the_verb_purchase_and_the_purchase_of_still_buy(extractor: Extractor) -> None:
    # look-alikes: the verb, and the noun with "of"
    assert ("Novartis", "acquired", "Sandoz") in triples(
        _en(extractor, "Novartis agreed to purchase Sandoz for 10 billion dollars."))
    assert ("Novartis", "acquired", "Sandoz") in triples(
        _en(extractor, "Novartis said the purchase of Sandoz would close in March."))


# --- framework and supply contracts are sales, not partnerships ---

def test_a_framework_contract_is_no_partnership(extractor: Extractor) -> None:
    body = "Rheinmetall signed new framework contracts with Hensoldt for radar parts."
    assert ("Rheinmetall", "partnerOf", "Hensoldt") not in triples(_en(extractor, body))


def test_a_partnership_agreement_still_is_one(extractor: Extractor) -> None:
    body = "Rheinmetall signed a partnership agreement with Hensoldt to develop radar parts."
    assert ("Rheinmetall", "partnerOf", "Hensoldt") in triples(_en(extractor, body))


# --- an estimate revised by a percentage is no growth of the metric ---

def test_an_estimate_cut_by_a_percentage_is_no_profit_growth(extractor: Extractor) -> None:
    body = ("Berenberg downgraded Carlsberg to hold. Analyst Tom Reed lowered his estimate for "
            "operating profit in 2027 by 7 percent to 1.9 billion euros.")
    x = _en(extractor, body)
    assert not metric_facts(x, "ProfitGrowth")
    assert ("Carlsberg", Decimal("1900000000")) in metric_facts(x, "Profit")


def test_profit_that_grew_by_a_percentage_keeps_its_growth(extractor: Extractor) -> None:
    # look-alike: the company's own profit, changed by a percentage
    body = "Carlsberg said operating profit rose by 7 percent to 1.9 billion euros."
    assert ("Carlsberg", Decimal("7")) in metric_facts(_en(extractor, body), "ProfitGrowth")


def test_a_german_estimate_cut_is_no_profit_growth(extractor: Extractor) -> None:
    body = ("Die Privatbank Berenberg hat Carlsberg auf Hold abgestuft. Analyst Tom Reed senkte "
            "seine Schätzung für den operativen Gewinn 2027 um 7 Prozent auf 1,9 Milliarden Euro. "
            "Carlsberg steigerte den operativen Gewinn im dritten Quartal um 5 Prozent.")
    growth = metric_facts(run(extractor, body), "ProfitGrowth")
    assert ("Carlsberg", Decimal("7")) not in growth
    assert ("Carlsberg", Decimal("5")) in growth


# --- a rating of "the stock" after a peer's move in passing ---

def test_the_stock_after_a_peer_s_move_is_the_subject_s(extractor: Extractor) -> None:
    body = ("ABB raised its margin target on Thursday. The shares rose 4.8% in Zurich. Smaller "
            "peer Legrand rose 2.3%.\n\nAnalysts at Bernstein, who rate the stock outperform, "
            "said the results were strong.")
    ratings = rating_facts(_en(extractor, body, headline="ABB raises margin target"))
    assert ("Bernstein", "Legrand", "outperform") not in ratings
    assert ("Bernstein", "ABB", "outperform") in ratings


def test_the_stock_after_a_market_report_s_mover_is_the_mover_s(extractor: Extractor) -> None:
    # look-alike: a mover of a market report, not introduced as a peer, is the stock rated next
    body = ("European shares closed higher. Legrand rose 2.3% in Paris. Bernstein rates the "
            "stock outperform.")
    ratings = rating_facts(_en(extractor, body))
    assert ("Bernstein", "Legrand", "outperform") in ratings


# --- a payout named before a colon ---

def test_a_dividend_before_a_colon_owns_the_amount_per_share(extractor: Extractor) -> None:
    body = "Siemens pays the higher dividend: it proposed 5.20 euros per share for this year."
    x = _en(extractor, body)
    assert ("Siemens", Decimal("5.20")) in metric_facts(x, "Dividend")
    assert ("Siemens", Decimal("5.20")) not in metric_facts(x, "EarningsPerShare")


def test_a_price_paid_before_a_colon_opens_no_topic(extractor: Extractor) -> None:
    # look-alike: a verb of paying with no payout's noun before the colon
    body = "Siemens paid a record price: earnings per share rose to 5.20 euros."
    assert ("Siemens", Decimal("5.20")) in metric_facts(_en(extractor, body), "EarningsPerShare")


# --- "price-earnings ratio" ---

def test_a_price_earnings_ratio_is_a_valuation_multiple(extractor: Extractor) -> None:
    body = "Nokia trades at a price-earnings ratio of 15.2 on expected earnings for 2027."
    facts = figure_facts(_en(extractor, body))
    assert ("Nokia", "ValuationMultiple", Decimal("15.2"), "Multiple") in facts
    assert not any(metric == "Other" for _, metric, _, _ in facts)


def test_a_price_to_earnings_ratio_stays_one(extractor: Extractor) -> None:
    # look-alike: the spelling the rule knew before
    body = "Nokia trades at a price-to-earnings ratio of 15.2 on expected earnings for 2027."
    facts = figure_facts(_en(extractor, body))
    assert ("Nokia", "ValuationMultiple", Decimal("15.2"), "Multiple") in facts


# --- a quote box whose price stands after the trading venue's name ---

def test_a_quote_box_priced_after_its_venue_is_the_share_s(extractor: Extractor) -> None:
    body = ("Volvo B | WKN: 855689 | ISIN: SE0000115446 | Nasdaq Stockholm: 251.40 SEK (-1.2 %)\n"
            "Nokia Oyj | WKN: 870737 | ISIN: FI0009000681 | Nasdaq Helsinki: 5.62 EUR (+1.4 %)\n"
            "Volvo and Nokia both reported higher orders for the third quarter.")
    facts = figure_facts(_en(extractor, body))
    assert ("Nokia", "SharePrice", Decimal("5.62"), "EUR") in facts
    assert ("Nokia", "StockPriceChange", Decimal("1.4"), "Percent") in facts
    assert ("Volvo", "SharePrice", Decimal("251.40"), "SEK") in facts
    assert ("Volvo", "StockPriceChange", Decimal("-1.2"), "Percent") in facts


def test_a_quote_box_of_a_company_named_nowhere_else_stays_the_page_s(extractor: Extractor) -> None:
    # look-alike: a box of a share the article does not speak of
    body = ("Volvo B | WKN: 855689 | ISIN: SE0000115446 | Nasdaq Stockholm: 251.40 SEK (-1.2 %)\n"
            "Nokia reported higher orders for the third quarter.")
    facts = figure_facts(_en(extractor, body))
    assert not any(value == Decimal("251.40") for _, _, value, _ in facts)
