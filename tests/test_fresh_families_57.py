"""Figures, relations and ratings of market reports, bank results and earnings previews, on
families of construction that hold in any article, on sentences written for these tests
(catalogued companies with invented facts): a bank's cost-income ratio ("Aufwand-Ertrag-
Relation") is no revenue; rivals named in a clause after a figure do not own it; an analyst's
house is not the subject of the partners its analyst names; a "buy rating" is no purchase, and
"orders from X" after a conjunction makes X no supplier; an exchange code of digits after a
name ("Baidu (9888.HK)") does not part the name from its move; a move "after it said it
delivered" cars is the share's; a rating that names no company goes on about the company its
house set a target on in the sentence before, and so does the house's coverage. Each with a
look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def en(extractor: Extractor, body: str, headline: str = "Market report") -> Extraction:
    return run(extractor, body, lang="en", headline=headline)


# --- a bank's cost-income ratio ---------------------------------------------------------

def test_cost_income_ratio_is_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Für 2027 strebt die Commerzbank eine Aufwand-Ertrag-Relation von unter "
                       "58 Prozent an.")
    assert ("Commerzbank", "Other", Decimal("58"), "Percent") in figure_facts(x)
    assert not metric_facts(x, "RevenueGrowth")


def test_income_growth_stays_revenue_growth(extractor: Extractor) -> None:
    """Look-alike: the bank's income ("Erträge") that grew is revenue growth."""
    x = run(extractor, "Die Erträge der Commerzbank stiegen im Quartal um 4 Prozent.")
    assert metric_facts(x, "RevenueGrowth") == {("Commerzbank", Decimal("4"))}


# --- rivals named in a clause after the figure -------------------------------------------

_PREVIEW = "Adidas is set to report results on Thursday. "


def test_rivals_after_a_comma_do_not_own_the_target(extractor: Extractor) -> None:
    x = en(extractor, _PREVIEW + "Bernstein kept a market-perform rating and a $72 target, noting "
                      "that rivals Nike and Puma continue to win shelf space.",
           headline="Adidas earnings preview")
    assert metric_facts(x, "PriceTarget") == {("Adidas", Decimal("72"))}


def test_target_for_a_rival_stays_the_rivals(extractor: Extractor) -> None:
    """Look-alike: a target the figure's own phrase sets for a rival is the rival's."""
    x = en(extractor, _PREVIEW + "Bernstein set a $72 price target for rival Nike.",
           headline="Adidas earnings preview")
    assert metric_facts(x, "PriceTarget") == {("Nike", Decimal("72"))}


# --- an analyst's house and the partners the analyst names --------------------------------

_ARGUED = ("Jefferies analyst Tom Reyes reiterated his buy rating and $95 price target, arguing "
           "that orders from wholesale partners such as Foot Locker and Zalando have turned positive.")


def test_partners_an_analyst_names_are_the_companys(extractor: Extractor) -> None:
    x = en(extractor, "Adidas reports results on Thursday. " + _ARGUED,
           headline="Adidas earnings preview")
    found = triples(x)
    assert ("Adidas", "partnerOf", "Foot Locker") in found
    assert not any("Jefferies" in (s, o) for s, p, o in found if p in ("partnerOf", "supplierOf"))


def test_a_bank_partnering_stays_a_partner(extractor: Extractor) -> None:
    """Look-alike: a bank that says it partners with a company is that company's partner."""
    x = en(extractor, "Jefferies said it partnered with Zalando on a payments service.")
    assert ("Jefferies", "partnerOf", "Zalando") in triples(x)


def test_orders_after_a_conjunction_make_no_supplier(extractor: Extractor) -> None:
    x = en(extractor, "Adidas said that orders from Foot Locker have turned positive.")
    assert not any(p == "supplierOf" for _s, p, _o in triples(x))


def test_buying_from_a_maker_stays_a_supply(extractor: Extractor) -> None:
    """Look-alike: a company that buys goods from another is its customer."""
    x = en(extractor, "Foot Locker buys most of its running shoes from Adidas.")
    assert ("Adidas", "supplierOf", "Foot Locker") in triples(x)


# --- an exchange code of digits after a name -----------------------------------------------

def test_digit_code_keeps_the_name_in_its_clause(extractor: Extractor) -> None:
    x = en(extractor, "Hong Kong shares rose on Tuesday. Baidu (9888.HK) gained 4.2% on a report "
                      "that it is preparing a listing for its chip subsidiary Kunlunxin.")
    assert metric_facts(x, "StockPriceChange") == {("Baidu", Decimal("4.2"))}


def test_two_coded_names_keep_their_own_moves(extractor: Extractor) -> None:
    """Look-alike: two names with codes in one sentence each keep their own move."""
    x = en(extractor, "Hong Kong shares rose on Tuesday. Tencent Holdings (0700.HK) gained 4.2%, "
                      "while Baidu (9888.HK) fell 1.1%.")
    assert metric_facts(x, "StockPriceChange") == {("Tencent Holdings", Decimal("4.2")),
                                                   ("Baidu", Decimal("-1.1"))}


# --- a move after what the company said --------------------------------------------------

def test_move_after_it_said_it_delivered_is_the_shares(extractor: Extractor) -> None:
    x = en(extractor, "Hong Kong shares rose on Tuesday. Xiaomi rose 3.5% after it said it "
                      "delivered more than 40,000 cars in November.")
    assert ("Xiaomi", "StockPriceChange", Decimal("3.5"), "Percent") in figure_facts(x)
    assert ("Xiaomi", Decimal("3.5")) not in metric_facts(x, "Other")


def test_deliveries_grown_stay_a_business_figure(extractor: Extractor) -> None:
    """Look-alike: a percentage of more cars delivered is no share move."""
    x = en(extractor, "Xiaomi said it delivered 3.5% more cars in November.")
    assert ("Xiaomi", "Other", Decimal("3.5"), "Percent") in figure_facts(x)
    assert not metric_facts(x, "StockPriceChange")


# --- a rating after the house's target on one company ---------------------------------------

_TARGET_CUT = ("JD.com slid 2.1% after Morgan Stanley cut its price target on the online retailer "
               "to HK$165 from HK$180, citing a costly battle with Meituan and Alibaba. ")


def test_rating_goes_on_about_the_company_of_the_target(extractor: Extractor) -> None:
    x = en(extractor, _TARGET_CUT + 'The broker kept its "overweight" rating.',
           headline="Alibaba jumps on chip push")
    assert rating_facts(x) == {("Morgan Stanley", "JD.com", "overweight")}
    covered = {o for s, p, o in triples(x) if p == "covers" and s == "Morgan Stanley"}
    assert covered == {"JD.com"}


def test_rating_naming_its_company_keeps_it(extractor: Extractor) -> None:
    """Look-alike: a rating that names the company it rates keeps that company."""
    x = en(extractor, _TARGET_CUT + 'The broker kept its "overweight" rating on Alibaba.',
           headline="Alibaba jumps on chip push")
    assert ("Morgan Stanley", "Alibaba Group", "overweight") in rating_facts(x)


# --- a data provider's consensus -------------------------------------------------------------

_CONSENSUS = ("Adidas reports results after Thursday's closing bell.\n"
              "Revenue: The FactSet consensus calls for sales of $6.2 billion.\n")


def test_consensus_provider_is_no_subject_of_the_next_line(extractor: Extractor) -> None:
    x = en(extractor, _CONSENSUS + "Gross margin: Analysts see a gross margin of 50.6%.",
           headline="Adidas earnings preview")
    assert ("Adidas", "Other", Decimal("50.6"), "Percent") in figure_facts(x)
    assert not any(about == "FactSet" for about, *_ in figure_facts(x))


def test_provider_reporting_its_own_figures_keeps_them(extractor: Extractor) -> None:
    """Look-alike: the provider named as a company with results of its own owns them."""
    x = en(extractor, "FactSet reported revenue of $590 million for the quarter.")
    assert ("FactSet", "Revenue", Decimal("590000000"), "USD") in figure_facts(x)


# --- the share's move after its results ----------------------------------------------------------

def test_post_earnings_move_is_no_profit_growth(extractor: Extractor) -> None:
    x = en(extractor, "Adidas reports on Thursday. Options imply a bigger swing than the stock's "
                      "average post-earnings move of 6.9% over the last eight quarters.",
           headline="Adidas earnings preview")
    assert metric_facts(x, "StockPriceChange") == {("Adidas", Decimal("6.9"))}
    assert not metric_facts(x, "ProfitGrowth")


def test_earnings_that_rose_stay_profit_growth(extractor: Extractor) -> None:
    """Look-alike: earnings that grew are profit growth."""
    x = en(extractor, "Adidas said its earnings rose 6.9% in the quarter.")
    assert metric_facts(x, "ProfitGrowth") == {("Adidas", Decimal("6.9"))}


# --- a unit noun compounded with a trade ----------------------------------------------------------

def test_trade_compound_unit_takes_no_parent_before(extractor: Extractor) -> None:
    x = run(extractor, "Marc Weber, Sprecher der Deutschen Schutzvereinigung für Wertpapierbesitz "
                       "(DSW), bemängelte, dass der Verkauf der Kunststofftechnik-Tochter ContiTech "
                       "sich hinziehe.")
    assert not any(p == "subsidiaryOf" and o != "Continental AG" for _s, p, o in triples(x))


def test_owner_compound_unit_keeps_its_parent(extractor: Extractor) -> None:
    """Look-alike: the owner named in the compound is the parent."""
    x = run(extractor, "Der Verkauf der Siemens-Tochter Healthineers ist geplant.")
    assert ("Siemens Healthineers", "subsidiaryOf", "Siemens") in triples(x)


# --- an enterprise value of a transaction ----------------------------------------------------------

def test_transaction_enterprise_value_is_no_buyers_value(extractor: Extractor) -> None:
    x = en(extractor, "Merck & Co. agreed to acquire Verona Pharma for about $10 billion in cash. "
                      "Counting the target's net debt, the transaction has an enterprise value of "
                      "roughly $10.7 billion.")
    assert ("Merck & Co.", Decimal("10700000000")) not in metric_facts(x, "MarketCapitalization")


def test_own_enterprise_value_stays_the_companys(extractor: Extractor) -> None:
    """Look-alike: a company's enterprise value with no takeover in the sentence is its own."""
    x = en(extractor, "Merck & Co. has an enterprise value of roughly $300 billion.")
    assert metric_facts(x, "MarketCapitalization") == {("Merck & Co.", Decimal("300000000000"))}


# --- a plural verb of a share move before the name ------------------------------------------------

@pytest.mark.parametrize("venue", ["", "in Kopenhagen "])
def test_plural_move_before_the_name_makes_its_shares_the_passages(extractor: Extractor,
                                                                   venue: str) -> None:
    """A place between the name and its number ("sackten Novo Nordisk in Kopenhagen um …")
    is no second name."""
    x = run(extractor, "In Amsterdam zogen Adyen um 3,5 Prozent an, nachdem Goldman Sachs die Aktie "
                       "des Zahlungsdienstleisters hochgestuft hatte. Am anderen Ende sackten Novo "
                       f"Nordisk {venue}um 6,8 Prozent ab. Der Pharmakonzern hatte enttäuschende Daten "
                       "vorgelegt. Zeitweise hatte die Aktie mehr als 9 Prozent verloren.",
            headline="Aktien Europa Schluss")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Novo Nordisk", Decimal("-9")) in moves
    assert ("Adyen", Decimal("-9")) not in moves


def test_two_names_after_a_plural_verb_move_no_shares(extractor: Extractor) -> None:
    """Look-alike: "legten Siemens und Adidas Zahlen vor" lays out figures, moves no shares, so
    a later rating in a sentence naming no company is on neither."""
    x = run(extractor, "Nach Angaben von Händlern legten Siemens und Adidas Zahlen vor. "
                       "Jefferies bestätigte danach die Einstufung „Buy“.")
    assert not x.ratings


def test_shares_named_later_keep_the_passage(extractor: Extractor) -> None:
    """Look-alike: shares named after the plural move are the ones "die Aktie" goes on about."""
    x = run(extractor, "Am Morgen sackten Novo Nordisk um 6,8 Prozent ab. Später stufte Goldman "
                       "Sachs die Aktie des Zahlungsdienstleisters Adyen hoch. Zeitweise hatte die "
                       "Aktie mehr als 4 Prozent gewonnen.",
            headline="Aktien Europa Schluss")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Adyen", Decimal("4")) in moves
    assert ("Novo Nordisk", Decimal("4")) not in moves
