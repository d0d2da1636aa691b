"""Deals and ownership, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented names and figures): a house's
rating whose verb takes a name the extractor does not know right before the rating term
("Barclays, which rates Harwick overweight, raised its price target to 1,450p") is that
name's, so neither the rating nor the target beside it goes to a company named before,
while a known name there keeps both; the possessor of a deal's noun ("the Commission cleared
Harwick's €900mn purchase of Y") is the buyer, not the clause's subject, and an unknown
possessor leaves no buyer, while a known one buys; a German noun that a verb at the
clause's end takes ("… habe auch der Konkurrent Velmora Antriebe Interesse gezeigt") closes
no discovered name; and the agent of a passive verb or a noun of
buying ("agreed to be bought by Y for 412 pence per share, valuing its equity at …", "agrees
£3bn takeover by Y") pays the price and owns no price per share, which is the company
bought's, while the active buyer ("Y agreed to buy X for …") still pays. Each with a
look-alike where the other reading must hold."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor

# --- a rating verb taking an unknown name ----------------------------------------------

_UNKNOWN_RATED = ("Siemens Energy shares rose 3% on Tuesday after the group raised its outlook. "
                  "Barclays, which rates Harwick overweight, raised its price target to 1,450p.")


def test_rating_of_an_unknown_name_goes_to_no_company_named_before(extractor: Extractor) -> None:
    x = run(extractor, _UNKNOWN_RATED, "en", headline="Siemens Energy lifts outlook")
    assert not any(by == "Barclays" for by, _, _ in rating_facts(x))
    assert ("Barclays", "covers", "Siemens Energy") not in triples(x)
    assert not metric_facts(x, "PriceTarget")


def test_rating_of_a_known_name_keeps_its_rating_and_target(extractor: Extractor) -> None:
    """Look-alike: the name after the verb is one the extractor knows; it is rated, with the
    house's target."""
    body = _UNKNOWN_RATED.replace("Harwick", "Siemens Energy").replace("1,450p", "150 euros")
    x = run(extractor, body, "en", headline="Siemens Energy lifts outlook")
    assert ("Barclays", "Siemens Energy", "overweight") in rating_facts(x)
    assert ("Siemens Energy", Decimal("150")) in metric_facts(x, "PriceTarget")


# --- the possessor of a deal's noun is the buyer ---------------------------------------

def test_unknown_possessor_of_a_purchase_leaves_no_buyer(extractor: Extractor) -> None:
    body = ("The European Commission on Friday cleared Harwick's €900mn purchase of "
            "Dutch rival Philips after a four-month review.")
    x = run(extractor, body, "en", headline="EU clears deal")
    assert not any(p == "acquired" for _, p, _ in triples(x))


def test_known_possessor_of_a_purchase_is_the_buyer(extractor: Extractor) -> None:
    """Look-alike: the possessor is a company the extractor knows; it buys, the regulator
    that clears the deal does not."""
    body = ("The European Commission on Friday cleared Siemens' €900mn purchase of "
            "Dutch rival Philips after a four-month review.")
    x = run(extractor, body, "en", headline="EU clears deal")
    assert ("Siemens", "acquired", "Philips") in triples(x)
    assert ("European Commission", "acquired", "Philips") not in triples(x)


# --- a German object noun after a discovered name ---------------------------------------

def test_object_noun_closes_no_discovered_name(extractor: Extractor) -> None:
    body = ("Nach Angaben aus Finanzkreisen soll auch der Konkurrent Velmora Antriebe "
            "Interesse an dem Geschäft gezeigt haben.")
    found = labels(run(extractor, body, headline="Übernahmepoker"))
    assert "Velmora Antriebe" in found
    assert not any("Interesse" in label for label in found)


def test_name_before_a_verb_stays_whole(extractor: Extractor) -> None:
    """Look-alike: the same rival's name before a verb is found as it stands."""
    body = "Auch der Konkurrent Velmora Antriebe legte am Dienstag um 2 Prozent zu."
    assert "Velmora Antriebe" in labels(run(extractor, body, headline="Übernahmepoker"))


# --- the agent of a passive purchase pays ----------------------------------------------

def test_agent_of_a_passive_purchase_pays_and_the_bought_owns_the_price(extractor: Extractor) -> None:
    body = ("Severn Trent said on Monday it had agreed to be bought by Brookfield Infrastructure "
            "Partners for 412 pence per share in cash, valuing its equity at about 3.4 billion pounds.")
    x = run(extractor, body, "en", headline="Utility deal")
    assert ("Brookfield Infrastructure Partners", Decimal("3400000000")) in metric_facts(x, "Investment")
    assert ("Severn Trent", Decimal("3400000000")) not in metric_facts(x, "Investment")
    assert ("Severn Trent", Decimal("4.12")) in metric_facts(x, "SharePrice")
    assert ("Brookfield Infrastructure Partners", Decimal("4.12")) not in metric_facts(x, "SharePrice")


def test_agent_of_a_takeover_noun_pays(extractor: Extractor) -> None:
    body = "Severn Trent agrees 3.4 billion pound takeover by Brookfield Infrastructure Partners."
    x = run(extractor, body, "en", headline="Utility deal")
    assert ("Brookfield Infrastructure Partners", Decimal("3400000000")) in metric_facts(x, "Investment")
    assert ("Severn Trent", Decimal("3400000000")) not in metric_facts(x, "Investment")


def test_active_buyer_still_pays(extractor: Extractor) -> None:
    """Look-alike: the buyer is the subject of an active verb and the company bought its
    object; the price stays the buyer's."""
    body = "Brookfield Infrastructure Partners agreed to buy Severn Trent for 3.4 billion pounds."
    x = run(extractor, body, "en", headline="Utility deal")
    assert ("Brookfield Infrastructure Partners", Decimal("3400000000")) in metric_facts(x, "Investment")
    assert ("Severn Trent", Decimal("3400000000")) not in metric_facts(x, "Investment")
