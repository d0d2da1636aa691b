"""Customers and rivals named in clauses, on sentences written for the test.

* A relative clause whose largest customer is a name ("X, the maker of testers whose largest
  customer is Y, …", "X, dessen größter Kunde Y ist, …"): X supplies Y; an apposition may stand
  between X and the clause.
* A seat before a company noun of its trade in words ("The Denver-based oil and gas producer
  jumped …", also heading an item of a movers' list): the company the phrase refers to.
* A supply list resumed with other goods, its verb left out ("buys accelerators from X and
  processors from Y and Z", "kauft Beschleuniger bei X und Prozessoren bei Y"): each supplies.
* Orders that helped a result ("profit rose, helped by orders for robots from X and Y"): the
  named buy from the company whose result it is; "helped by orders from X" is no purchase by
  that company from X.
* A company an apposition calls another rival ("Z, another competitor in robots, cut …", "Z,
  ein weiterer Konkurrent, …"): Z rivals the company whose rival the text named just before.

Look-alikes: a producer price index is no company and seats no one; a company the catalogue
seats in another city is not seated by the phrase; a largest shareholder is no customer; a clause after a name inside an apposition
("X, a unit of W whose …") and a customer's possessive ("is Y's unit") give no supply; a verb
after the conjunction ("and sells servers to Y") resumes no purchase; costs that helped are no
orders; "another
competitor" with no rivalry named before it gives no rival.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor

_TSMC = "Taiwan Semiconductor Manufacturing"
_INFINEON = "Infineon Technologies"


def _supplies(extractor: Extractor, body: str, lang: str, headline: str | None = None) -> set[tuple[str, str]]:
    """The (supplier, customer) pairs read in ``body``."""
    x = run(extractor, body, lang, headline or ("Market report" if lang == "en" else "Marktbericht"))
    return {(s, o) for s, p, o in triples(x) if p == "supplierOf"}


_MOVERS_HEADLINE = "Stocks making the biggest moves midday: Ovintiv, Okta and more"
_MOVERS_OPENING = "Here are the companies making the biggest moves in midday trading on Tuesday.\n\n"


def _seats(extractor: Extractor, body: str, headline: str = "Market report") -> set[tuple[str, str]]:
    """The (company, seat) pairs read in ``body``."""
    return {(s, o) for s, p, o in triples(run(extractor, body, "en", headline)) if p == "locatedIn"}


# --- a seat before a company noun of its trade ----------------------------------------------------

def test_a_seat_before_a_producer_noun_seats_the_company_referred_to(extractor: Extractor) -> None:
    body = "Ovintiv rose 3.1% on Tuesday. The Denver-based oil and gas producer said its output grew."
    assert ("Ovintiv", "Denver") in _seats(extractor, body)


def test_a_movers_item_seats_its_company_through_the_producer_noun(extractor: Extractor) -> None:
    body = (_MOVERS_OPENING
            + "Ovintiv - The Denver-based oil and gas producer gained 4.2% after raising its dividend.\n\n"
            "Okta - The identity software maker fell 2.6% after its results.")
    assert ("Ovintiv", "Denver") in _seats(extractor, body, _MOVERS_HEADLINE)


def test_a_company_seated_elsewhere_is_not_seated_by_the_producer_noun(extractor: Extractor) -> None:
    body = "Chevron rose 1.1% on Tuesday. The Denver-based oil and gas producer said its output grew."
    assert ("Chevron", "Denver") not in _seats(extractor, body)


def test_a_producer_price_index_seats_no_one(extractor: Extractor) -> None:
    body = "Ovintiv rose 3.1%. The producer price index for Denver rose 0.3%, the statistics office said."
    assert not _seats(extractor, body)


# --- a relative clause naming the largest customer ---------------------------------------------

def test_whose_largest_customer_is_supplied_by_the_name_before(extractor: Extractor) -> None:
    assert ("Advantest", _TSMC) in _supplies(
        extractor, "Advantest, whose biggest customer is TSMC, gained 2.3% on Friday.", "en")


def test_an_apposition_may_stand_before_the_clause(extractor: Extractor) -> None:
    body = ("Shares of Advantest, the Tokyo-based maker of wafer probers whose largest customer is "
            "TSMC, slipped 1.1% in early trade.")
    assert ("Advantest", _TSMC) in _supplies(extractor, body, "en")


def test_dessen_groesster_kunde_is_supplied_by_the_name_before(extractor: Extractor) -> None:
    body = "Aixtron, dessen wichtigster Kunde der Chipkonzern Infineon ist, gewann 2,3 Prozent."
    assert ("Aixtron", _INFINEON) in _supplies(extractor, body, "de")


def test_a_largest_shareholder_is_no_customer(extractor: Extractor) -> None:
    assert not _supplies(extractor, "Advantest, whose largest shareholder is SoftBank, gained 2.3%.", "en")
    assert not _supplies(extractor, "Aixtron, dessen größter Aktionär Infineon ist, gewann 2,3 Prozent.", "de")


def test_a_clause_after_a_name_inside_an_apposition_supplies_no_one(extractor: Extractor) -> None:
    body = "Sony said Advantest, a unit of SoftBank whose largest customer is TSMC, would hire more staff."
    assert not {(s, o) for s, o in _supplies(extractor, body, "en") if o == _TSMC}


def test_a_customer_owning_what_follows_is_not_the_customer(extractor: Extractor) -> None:
    body = "Aixtron, dessen größter Kunde Infineons Tochter ist, gewann 2,3 Prozent."
    assert ("Aixtron", _INFINEON) not in _supplies(extractor, body, "de")


# --- a supply list resumed with other goods ---------------------------------------------------

def test_a_supply_list_resumes_with_other_goods(extractor: Extractor) -> None:
    body = "Dell sources its AI accelerators from Nvidia and processors from Intel and AMD."
    found = _supplies(extractor, body, "en")
    assert {("Nvidia", "Dell Technologies"), ("Intel", "Dell Technologies"),
            ("Advanced Micro Devices", "Dell Technologies")} <= found


def test_eine_lieferliste_geht_mit_anderen_waren_weiter(extractor: Extractor) -> None:
    body = "Dell kauft Beschleuniger bei Nvidia und Prozessoren bei Intel."
    assert {("Nvidia", "Dell Technologies"), ("Intel", "Dell Technologies")} <= _supplies(extractor, body, "de")


def test_a_second_verb_resumes_no_purchase(extractor: Extractor) -> None:
    body = "Dell buys its accelerators from Nvidia and sells servers to Intel."
    found = _supplies(extractor, body, "en")
    assert ("Intel", "Dell Technologies") not in found
    assert ("Nvidia", "Dell Technologies") in found


# --- orders that helped a result ----------------------------------------------------------------

def test_orders_that_helped_come_from_the_named(extractor: Extractor) -> None:
    body = ("Fanuc posted a 12% rise in operating profit, helped by orders for welding robots from "
            "TSMC and Samsung.")
    found = _supplies(extractor, body, "en", "Fanuc profit rises")
    assert {("Fanuc", _TSMC), ("Fanuc", "Samsung Electronics")} <= found


def test_helped_by_orders_from_is_no_purchase_from_them(extractor: Extractor) -> None:
    body = "Fanuc shares rose 5%, helped by orders from TSMC."
    found = _supplies(extractor, body, "en", "Fanuc shares rise")
    assert (_TSMC, "Fanuc") not in found
    assert ("Fanuc", _TSMC) in found


def test_costs_that_helped_are_no_orders(extractor: Extractor) -> None:
    assert not _supplies(extractor, "Fanuc's profit rose, helped by lower costs from Samsung.", "en")


# --- another rival ----------------------------------------------------------------------------

def test_another_competitor_rivals_the_company_of_the_rival_before(extractor: Extractor) -> None:
    body = ("Walmart raised its outlook for the year. The results contrast with rival Target, which "
            "cut its forecast. Costco, another competitor, said its sales rose 6%.")
    x = run(extractor, body, "en", "Walmart lifts outlook")
    assert frozenset({"Walmart", "Costco"}) in rival_pairs(x)
    assert frozenset({"Target Corporation", "Costco"}) not in rival_pairs(x)


def test_another_competitor_in_the_same_sentence(extractor: Extractor) -> None:
    body = ("Fanuc raised its outlook. Rival Yaskawa Electric reported a drop in profit, while "
            "Kawasaki Heavy Industries, another competitor in factory robots, cut its forecast.")
    x = run(extractor, body, "en", "Fanuc lifts outlook")
    assert frozenset({"Fanuc", "Kawasaki Heavy Industries"}) in rival_pairs(x)
    assert frozenset({"Yaskawa Electric", "Kawasaki Heavy Industries"}) not in rival_pairs(x)


def test_ein_weiterer_konkurrent_rivals_the_company_of_the_rival_before(extractor: Extractor) -> None:
    body = ("BMW hob die Prognose an. Konkurrent Mercedes-Benz senkte sie, Volkswagen, ein weiterer "
            "Konkurrent, blieb dabei.")
    x = run(extractor, body, "de", "BMW hebt Prognose an")
    assert frozenset({"BMW", "Volkswagen"}) in rival_pairs(x)


def test_another_competitor_with_no_rival_before_rivals_no_one(extractor: Extractor) -> None:
    body = "BMW hob die Prognose an. Volkswagen, ein weiterer Konkurrent, blieb dabei."
    assert not rival_pairs(run(extractor, body, "de", "BMW hebt Prognose an"))
