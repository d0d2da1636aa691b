"""Relations of the eighteenth round, on sentences written for the test: an index named
with its region's genitive or a qualifier ("in Europe's STOXX 600", "in the benchmark DAX")
still holds the company whose move it ranks; a company noun "aus dem" index ("der Ölkonzern
aus dem Euro Stoxx 50") names a member, the way out of an index does not; a sentence opening
with "In" and a city, then the company and its price move ("In Tokyo, X (8035.T) closed down
3.8%"), names where its shares trade; a German relative clause on a supplier's customers
("X, zu dessen Kunden Y und Z zählen") makes X the supplier of each.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire, or must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- an index with its region's genitive or a qualifier ------------------------------------


def test_index_after_a_regions_genitive_holds_the_mover(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk dropped 4%, the weakest stock in Europe's STOXX 600 index.",
            "en", "Novo Nordisk")
    assert _of(x, "memberOf") == {("Novo Nordisk", "Stoxx Europe 600")}


def test_index_after_benchmark_holds_the_mover(extractor: Extractor) -> None:
    x = run(extractor, "Infineon climbed 2%, the best performer in the benchmark DAX.", "en",
            "Infineon")
    assert _of(x, "memberOf") == {("Infineon Technologies", "DAX")}


def test_index_after_a_countrys_genitive_qualifier(extractor: Extractor) -> None:
    x = run(extractor, "Infineon climbed 2% in Germany's blue-chip DAX.", "en", "Infineon")
    assert _of(x, "memberOf") == {("Infineon Technologies", "DAX")}


# --- a company noun "aus dem" index -----------------------------------------------------------


def test_company_noun_from_an_index_is_a_member(extractor: Extractor) -> None:
    x = run(extractor, "TotalEnergies: Der Ölkonzern aus dem Euro Stoxx 50 zahlt eine hohe "
            "Dividende.", "de", "Dividendenwerte")
    assert _of(x, "memberOf") == {("TotalEnergies", "Euro Stoxx 50")}


def test_leaving_an_index_is_no_membership(extractor: Extractor) -> None:
    # look-alike: "aus dem" after a verb or a noun of leaving, not of a company
    x = run(extractor, "Aixtron muss aus dem MDax absteigen.", "de", "Indexänderung")
    assert _of(x, "memberOf") == set()
    x = run(extractor, "Der Abstieg aus dem MDax trifft Aixtron hart.", "de", "Indexänderung")
    assert _of(x, "memberOf") == set()


# --- "In" + city opening the sentence, then the company's price move -------------------------


def test_city_opening_then_the_companys_move_is_its_listing(extractor: Extractor) -> None:
    x = run(extractor, "In Tokyo, Tokyo Electron (8035.T) ended down 2.1% at 23,000 yen.", "en",
            "Chip stocks")
    assert _of(x, "listedOn") == {("Tokyo Electron", "Tokyo Stock Exchange")}


def test_city_opening_then_business_news_is_no_listing(extractor: Extractor) -> None:
    # look-alikes: a metric or a verb of business after the name, a noun before it
    for body in ("In Tokyo, Tokyo Electron's orders rose 5% in the quarter.",
                 "In Tokyo, Tokyo Electron said its sales rose 5%.",
                 "In Tokyo, chipmaker Tokyo Electron reported 5% more orders.",
                 "In Tokyo, Tokyo Electron opened a new plant."):
        x = run(extractor, body, "en", "Chip stocks")
        assert _of(x, "listedOn") == set(), body


# --- a German relative clause naming the customers -------------------------------------------


def test_relative_clause_names_the_suppliers_customers(extractor: Extractor) -> None:
    x = run(extractor, "Aixtron, zu dessen Kunden Infineon und Osram zählen, senkte die Prognose.",
            "de", "Chipausrüster")
    assert _of(x, "supplierOf") == {("Aixtron", "Infineon Technologies"), ("Aixtron", "Osram")}


def test_relative_clause_holds_the_name_before_its_comma(extractor: Extractor) -> None:
    # the pronoun stands for the name right before the comma, not the sentence's subject
    x = run(extractor, "Siemens lobte Aixtron, zu dessen Großkunden Infineon gehört.", "de",
            "Chipausrüster")
    assert _of(x, "supplierOf") == {("Aixtron", "Infineon Technologies")}


def test_relative_clause_on_rivals_or_former_customers_is_no_supply(extractor: Extractor) -> None:
    # look-alikes: rivals in the relative clause; customers that no longer are
    x = run(extractor, "Aixtron, zu dessen Konkurrenten Infineon zählt, senkte die Prognose.", "de",
            "Chipausrüster")
    assert _of(x, "supplierOf") == set()
    x = run(extractor, "Aixtron, zu dessen Kunden Infineon nicht mehr zählt, senkte die Prognose.",
            "de", "Chipausrüster")
    assert _of(x, "supplierOf") == set()


# --- a relative clause on a name we do not know ----------------------------------------------


def test_name_in_a_relative_clause_on_an_unknown_rival_is_no_rival(extractor: Extractor) -> None:
    # "Kestrel Freight" is no catalogue name: the owner named in its relative clause is no rival
    # (the owner clause now finds Kestrel Freight itself, which is a rival)
    x = run(extractor, "Union Pacific competes mostly with Kestrel Freight, which is owned by "
            "Berkshire Hathaway.", "en", "Union Pacific")
    assert not {pair for pair in _of(x, "competitorOf") if "Berkshire Hathaway" in pair}


def test_known_rivals_before_a_relative_clause_stay_rivals(extractor: Extractor) -> None:
    # look-alikes: the relative clause follows a known name or the rival noun itself
    x = run(extractor, "Union Pacific competes with CSX, which is smaller.", "en", "Union Pacific")
    assert _of(x, "competitorOf") == {("Union Pacific", "CSX")}
    x = run(extractor, "Union Pacific competes with its rivals, which include CSX and Norfolk "
            "Southern.", "en", "Union Pacific")
    assert _of(x, "competitorOf") == {("Union Pacific", "CSX"), ("Union Pacific", "Norfolk Southern")}
