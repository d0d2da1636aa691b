"""Relation families, on sentences written for the test.

* "X, a joint venture of A and B" / "a partnership between A and B" (German "ein
  Gemeinschaftsunternehmen von A und B", "eine Partnerschaft zwischen A und B"): the names listed
  after the noun are partners of each other; the venture and a company named before the noun
  are no partner of theirs. An agreement "between" two stays with the rules read before.
* "six A321neo jets for budget airline X", "20 A350 freighters for X" (German "sechs
  A321neo-Jets für die Billigairline X"): units of a product counted for a buyer make the
  product's maker (the catalogue's, named in the article) X's supplier, and X its user; not
  without a count, with no buyer right after "for" ("for the year"), or a maker unnamed.
* "competes with A and B, whose shares trade in New York, as well as with fellow digital lender
  C and D's fintech arm E": a list resumed after a relative clause may name its next item after
  a company noun describing it; a possessive there names an owner, no rival; not where the
  words before the name are no company noun ("as well as with customers such as C").
* "Rival software makers followed X higher. Y gained 3.2%, while Z added 2.5%.": "rival" before
  a plural company noun opens a rival clause, which may name the article's company it follows;
  the companies opening the clauses of the next sentence, one after "while" too, are its
  rivals; not "Rival bids", nor where the clause names another company.
* "delays in engine deliveries from X, a joint venture of A and B, and from Y": a list after a
  trigger resumes after an apposition closed by a comma when the conjunction repeats the
  trigger's preposition; Y supplies too; not where another preposition follows ("and for Y").

The company names are invented or real catalogue entries with invented facts; each rule has a
look-alike beside it that must not fire.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _partners(x: Extraction) -> set[frozenset[str]]:
    """The partnerOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "partnerOf"}


def test_joint_venture_of_two_names_its_owners_as_partners(extractor: Extractor) -> None:
    x = run(extractor, "Airbus blamed late engines from CFM International, a joint venture of "
            "Safran and GE Aerospace, for the slow month.", "en", "Planemaker output")
    assert _partners(x) == {frozenset(("Safran", "GE Aerospace"))}


def test_partnership_between_two_leaves_out_the_name_before(extractor: Extractor) -> None:
    x = run(extractor, "Airbus welcomed a partnership between Safran and GE Aerospace on new "
            "engines.", "en", "Planemaker output")
    partners = _partners(x)
    assert frozenset(("Safran", "GE Aerospace")) in partners
    assert not any("Airbus" in pair for pair in partners)


def test_joint_venture_with_one_name_keeps_the_owner_before(extractor: Extractor) -> None:
    # "a joint venture with Y": the reading of the rules before (the owner is Y's partner)
    x = run(extractor, "Siemens formed a joint venture with Nvidia last year.", "en", "Industry")
    assert frozenset(("Siemens", "Nvidia")) in _partners(x)


def test_german_joint_venture_of_two_names_its_owners_as_partners(extractor: Extractor) -> None:
    x = run(extractor, "Airbus klagt über späte Triebwerke von CFM International, einem "
            "Gemeinschaftsunternehmen von Safran und GE Aerospace.", "de", "Flugzeugbauer")
    assert _partners(x) == {frozenset(("Safran", "GE Aerospace"))}


def test_german_partnership_between_two_leaves_out_the_name_before(extractor: Extractor) -> None:
    x = run(extractor, "Airbus begrüßt eine Partnerschaft zwischen Safran und GE Aerospace.",
            "de", "Flugzeugbauer")
    partners = _partners(x)
    assert frozenset(("Safran", "GE Aerospace")) in partners
    assert not any("Airbus" in pair for pair in partners)


def test_venture_of_one_name_makes_no_partner(extractor: Extractor) -> None:
    # one owner named: no pair of parties, and the venture is no partner of its owner
    x = run(extractor, "Airbus buys engines from CFM International, a joint venture of Safran.",
            "en", "Planemaker output")
    assert not any("Safran" in pair for pair in _partners(x))


def _supplied(x: Extraction) -> set[tuple[str, str]]:
    """The (supplier, customer) pairs."""
    return {(s, o) for s, p, o in triples(x) if p == "supplierOf"}


def _used(x: Extraction) -> set[tuple[str, str]]:
    """The (user, product) pairs."""
    return {(s, o) for s, p, o in triples(x) if p == "uses"}


def test_counted_product_for_an_airline_makes_the_maker_its_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Airbus handed over 70 planes. They included four A321neo jets for "
            "Hungarian low-cost carrier Wizz Air and 12 A350 freighters for Qantas.", "en",
            "Planemaker output")
    assert {("Airbus", "Wizz Air Holdings"), ("Airbus", "Qantas")} <= _supplied(x)
    assert {("Wizz Air Holdings", "Airbus A321neo"), ("Qantas", "Airbus A350")} <= _used(x)


def test_product_for_a_time_or_price_names_no_buyer(extractor: Extractor) -> None:
    x = run(extractor, "Airbus built 20 A350 jets for the first time in a month, while Qantas "
            "waited.", "en", "Planemaker output")
    assert ("Airbus", "Qantas") not in _supplied(x)
    assert ("Qantas", "Airbus A350") not in _used(x)


def test_product_without_a_count_names_no_buyer(extractor: Extractor) -> None:
    x = run(extractor, "Airbus raised A350 prices for Qantas and other carriers.", "en",
            "Planemaker output")
    assert ("Qantas", "Airbus A350") not in _used(x)


def test_product_of_a_maker_the_article_does_not_name_makes_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Leasing firms placed six A350 jets for Qantas this year.", "en", "Airline fleet")
    assert not {s for s, _ in _supplied(x)} & {"Airbus"}


def test_german_counted_product_for_an_airline_makes_the_maker_its_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Airbus lieferte im Oktober acht A321neo-Jets für die ungarische "
            "Billigfluglinie Wizz Air aus.", "de", "Flugzeugbauer")
    assert ("Airbus", "Wizz Air Holdings") in _supplied(x)
    assert ("Wizz Air Holdings", "Airbus A321neo") in _used(x)


def test_german_product_for_a_price_names_no_buyer(extractor: Extractor) -> None:
    x = run(extractor, "Airbus baute 20 A350-Jets für 4 Milliarden Euro, Qantas wartet noch.",
            "de", "Flugzeugbauer")
    assert ("Qantas", "Airbus A350") not in _used(x)


def _rivals(x: Extraction) -> set[frozenset[str]]:
    """The competitorOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


def test_list_resumed_after_a_relative_clause_with_a_described_name(extractor: Extractor) -> None:
    x = run(extractor, "Nu Holdings competes with incumbents such as Itaú Unibanco, whose shares "
            "trade in New York, as well as with fellow digital lender Inter&Co and "
            "MercadoLibre's payments arm Mercado Pago.", "en", "Nu Holdings results")
    rivals = _rivals(x)
    assert frozenset(("Nu Holdings", "Itaú Unibanco")) in rivals
    assert frozenset(("Nu Holdings", "Inter&Co")) in rivals
    assert frozenset(("Nu Holdings", "MercadoLibre")) not in rivals


def test_list_resumed_with_words_of_no_company_noun_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Nu Holdings competes with incumbents such as Itaú Unibanco, whose shares "
            "trade in New York, as well as with cheap loans for customers of Inter&Co.", "en",
            "Nu Holdings results")
    assert frozenset(("Nu Holdings", "Inter&Co")) not in _rivals(x)


def test_rival_makers_following_the_company_lead_to_the_next_sentence(extractor: Extractor) -> None:
    x = run(extractor, "Salesforce shares rose 6% after the results. Rival software makers "
            "followed Salesforce higher. ServiceNow gained 3.2%, while Workday added 2.5%.", "en",
            "Salesforce jumps on outlook")
    assert {frozenset(("Salesforce", "ServiceNow")), frozenset(("Salesforce", "Workday"))} <= _rivals(x)


def test_rival_noun_of_no_companies_leads_to_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Salesforce shares rose 6% after the results. Rival bids followed "
            "Salesforce higher. ServiceNow gained 3.2%, while Workday added 2.5%.", "en",
            "Salesforce jumps on outlook")
    assert not _rivals(x) & {frozenset(("Salesforce", "ServiceNow")), frozenset(("Salesforce", "Workday"))}


def test_rival_makers_following_another_company_lead_to_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Salesforce shares rose 6% after the results. Rival software makers "
            "followed Oracle higher. ServiceNow gained 3.2%, while Workday added 2.5%.", "en",
            "Salesforce jumps on outlook")
    assert frozenset(("Salesforce", "Workday")) not in _rivals(x)


def test_supplier_list_resumed_after_an_apposition(extractor: Extractor) -> None:
    x = run(extractor, "Airbus delivered 60 jets in May. Chief Executive Anna Berg blamed delays "
            "in engine deliveries from CFM International, a joint "
            "venture of Safran and GE Aerospace, and from Pratt & Whitney for the parked jets.",
            "en", "Planemaker output")
    supplied = _supplied(x)
    assert {("CFM International", "Airbus"), ("Pratt & Whitney", "Airbus")} <= supplied


def test_list_after_an_apposition_with_another_preposition_names_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Airbus delivered 60 jets in May. Chief Executive Anna Berg blamed delays "
            "in engine deliveries from CFM International, a joint "
            "venture of Safran and GE Aerospace, and for Pratt & Whitney the wait goes on.",
            "en", "Planemaker output")
    assert ("Pratt & Whitney", "Airbus") not in _supplied(x)
