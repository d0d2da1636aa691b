"""Supply, development and use told through a product, a maker's noun or a supplier's noun:

* "Rolls-Royce supplies the engines for the A350", "CATL liefert die Batteriezellen für den
  ID.3": goods supplied for a product go to its maker (the catalogue's developer, named in the
  article); not a supply only planned or lost, nor a service or an add-on sold for it;
* "makes the landing gear for the A350", "makes apps for the iPhone": the maker of the goods
  makes no A350 or iPhone;
* '"Elden Ring" developer FromSoftware': the product's name before its maker's noun names the
  maker right after it, even where the catalogue does not know the link; not a maker of parts
  ("A350 engine maker Rolls-Royce");
* "X turned to local toolmakers A and B": the suppliers named after the noun supply X; not a
  turn only weighed ("could turn to").

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, headline: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline)) if p == predicate}


_AIRBUS = "Airbus delivered 40 jets in March. "


# --- goods supplied for a product go to its maker -------------------------------------------------

def test_engines_for_a_programme_supply_its_maker(extractor: Extractor) -> None:
    body = _AIRBUS + "Rolls-Royce supplies the Trent XWB engines for the A350."
    assert ("Rolls-Royce Holdings", "Airbus") in _facts(extractor, body, "en", "Airbus deliveries", "supplierOf")


def test_relative_clause_makes_parts_for_a_programme(extractor: Extractor) -> None:
    body = _AIRBUS + "Safran, which makes the landing gear for the A350, rose 2%."
    facts = triples(run(extractor, body, "en", "Airbus deliveries"))
    assert ("Safran", "supplierOf", "Airbus") in facts
    assert ("Safran", "develops", "Airbus A350") not in facts


def test_supply_only_possible_is_none(extractor: Extractor) -> None:
    body = _AIRBUS + "Rolls-Royce could supply the engines for the A350."
    assert ("Rolls-Royce Holdings", "Airbus") not in _facts(extractor, body, "en", "Airbus deliveries", "supplierOf")


def test_supply_contract_lost_is_none(extractor: Extractor) -> None:
    body = _AIRBUS + "Rolls-Royce lost the contract to supply engines for the A350."
    assert ("Rolls-Royce Holdings", "Airbus") not in _facts(extractor, body, "en", "Airbus deliveries", "supplierOf")


def test_parts_inside_a_product(extractor: Extractor) -> None:
    body = "Apple sold more phones in March. Sony supplies the camera sensors in the iPhone."
    assert ("Sony Group", "Apple") in _facts(extractor, body, "en", "Apple results", "supplierOf")


def test_apps_for_a_product_are_no_supply_of_its_maker(extractor: Extractor) -> None:
    body = "Apple sold more phones in March. Spotify makes apps for the iPhone."
    facts = triples(run(extractor, body, "en", "Apple results"))
    assert ("Spotify", "supplierOf", "Apple") not in facts
    assert ("Spotify", "develops", "iPhone") not in facts


def test_money_made_in_a_product_business_is_no_supply(extractor: Extractor) -> None:
    body = "Apple sold more phones in March. Sony made $2 billion in the iPhone business."
    assert ("Sony Group", "Apple") not in _facts(extractor, body, "en", "Apple results", "supplierOf")


def test_german_cells_for_a_model(extractor: Extractor) -> None:
    body = "Volkswagen verkauft mehr Autos. CATL liefert die Batteriezellen für den ID.3."
    supplies = _facts(extractor, body, "de", "Volkswagen Zahlen", "supplierOf")
    assert ("Contemporary Amperex Technology", "Volkswagen") in supplies


def test_german_supply_only_possible_is_none(extractor: Extractor) -> None:
    body = "Volkswagen verkauft mehr Autos. CATL könnte künftig die Batteriezellen für den ID.3 liefern."
    supplies = _facts(extractor, body, "de", "Volkswagen Zahlen", "supplierOf")
    assert ("Contemporary Amperex Technology", "Volkswagen") not in supplies


def test_german_apps_for_a_product_are_no_development(extractor: Extractor) -> None:
    body = "Apple verkauft mehr Telefone. Spotify entwickelt Apps für das iPhone."
    facts = triples(run(extractor, body, "de", "Apple Zahlen"))
    assert ("Spotify", "develops", "iPhone") not in facts
    assert ("Spotify", "supplierOf", "Apple") not in facts


# --- the product's name before its maker's noun ----------------------------------------------------

def test_quoted_product_developer_compound(extractor: Extractor) -> None:
    body = 'Kadokawa raised its stake in "Elden Ring" developer FromSoftware to 20%.'
    assert ("FromSoftware", "Elden Ring") in _facts(extractor, body, "en", "Market report", "develops")


def test_parts_maker_compound_is_no_development(extractor: Extractor) -> None:
    body = "Shares of A350 engine maker Rolls-Royce rose 3% on Monday."
    assert ("Rolls-Royce Holdings", "Airbus A350") not in _facts(extractor, body, "en", "Market report", "develops")


# --- suppliers turned to --------------------------------------------------------------------------

def test_turned_to_local_toolmakers(extractor: Extractor) -> None:
    body = ("Hua Hong Semiconductor said it had turned to local toolmakers Naura Technology Group "
            "and Advanced Micro-Fabrication Equipment to fill the gap.")
    supplies = _facts(extractor, body, "en", "Hua Hong Semiconductor results", "supplierOf")
    assert {("Naura Technology Group", "Hua Hong Semiconductor"),
            ("Advanced Micro-Fabrication Equipment", "Hua Hong Semiconductor")} <= supplies


def test_turn_only_weighed_is_no_supply(extractor: Extractor) -> None:
    body = "Hua Hong Semiconductor could turn to local toolmakers such as Naura Technology Group."
    supplies = _facts(extractor, body, "en", "Hua Hong Semiconductor outlook", "supplierOf")
    assert ("Naura Technology Group", "Hua Hong Semiconductor") not in supplies


def test_rival_turned_to_is_no_supplier(extractor: Extractor) -> None:
    body = "Hua Hong Semiconductor turned to rival Naura Technology Group for advice."
    supplies = _facts(extractor, body, "en", "Hua Hong Semiconductor outlook", "supplierOf")
    assert ("Naura Technology Group", "Hua Hong Semiconductor") not in supplies


# --- a supplier named by its customer's possessive, goods bought from a maker -------------------

def test_possessed_supplier_apposition_with_goods(extractor: Extractor) -> None:
    body = "Samsung Electronics, Apple's biggest supplier of memory chips, rose 2% on Monday."
    assert ("Samsung Electronics", "Apple") in _facts(extractor, body, "en", "Market report", "supplierOf")


def test_former_supplier_apposition_is_none(extractor: Extractor) -> None:
    body = "Samsung Electronics, Apple's former supplier of memory chips, rose 2% on Monday."
    assert ("Samsung Electronics", "Apple") not in _facts(extractor, body, "en", "Market report", "supplierOf")


def test_goods_bought_from_supply_the_company(extractor: Extractor) -> None:
    body = "Tesla sold more cars in May. Its battery packs are bought from Panasonic."
    assert ("Panasonic", "Tesla") in _facts(extractor, body, "en", "Tesla results", "supplierOf")


def test_shares_bought_from_are_no_supply(extractor: Extractor) -> None:
    body = "Tesla sold more cars in May. Shares are bought from Panasonic."
    assert ("Panasonic", "Tesla") not in _facts(extractor, body, "en", "Tesla results", "supplierOf")


# --- German: the main customer, making for a customer, goods relied on ---------------------------

def test_german_main_buyer_is(extractor: Extractor) -> None:
    body = "Infineon steigert den Umsatz. Hauptabnehmer ist Bosch."
    assert ("Infineon Technologies", "Bosch") in _facts(extractor, body, "de", "Infineon Zahlen", "supplierOf")


def test_german_makes_for_a_customer(extractor: Extractor) -> None:
    body = "Foxconn fertigt für Apple, wie das Unternehmen mitteilte."
    assert ("Foxconn", "Apple") in _facts(extractor, body, "de", "Marktbericht", "supplierOf")


def test_german_relies_on_cells_from_two_makers(extractor: Extractor) -> None:
    body = "BMW setzt zunehmend auf Batteriezellen von CATL und Samsung SDI."
    supplies = _facts(extractor, body, "de", "Marktbericht", "supplierOf")
    assert {("Contemporary Amperex Technology", "BMW"), ("Samsung SDI", "BMW")} <= supplies


def test_german_reliance_ended_or_planned_is_none(extractor: Extractor) -> None:
    for body in ("BMW setzt nicht mehr auf Chips von Infineon.",
                 "BMW will künftig auf Chips von Infineon setzen.",
                 "BMW setzt auf eine Partnerschaft von Infineon."):
        assert ("Infineon Technologies", "BMW") not in _facts(extractor, body, "de", "Marktbericht", "supplierOf")


# --- a product named, its maker in the apposition after it ---------------------------------------

def test_possessed_apposition_names_the_maker(extractor: Extractor) -> None:
    body = "The iPhone, Apple's best-selling phone, sold well in China in May."
    read = {r.evidence.extractor for r in run(extractor, body, "en", "Market report").relations
            if (r.subject, r.predicate, r.object) == ("Apple", "develops", "iPhone")}
    assert "relations/en/develops-possessed-apposition" in read


def test_rival_model_apposition_is_no_development(extractor: Extractor) -> None:
    body = "Claude, OpenAI's rival model, gained users in May."
    assert ("OpenAI", "Claude") not in _facts(extractor, body, "en", "Market report", "develops")


# --- goods of a named maker ordered or bought -----------------------------------------------------

def test_orders_for_makers_chips(extractor: Extractor) -> None:
    body = "Microsoft, Oracle and Amazon had increased orders for Nvidia's switch chips."
    supplies = _facts(extractor, body, "en", "Market report", "supplierOf")
    assert {("Nvidia", "Microsoft"), ("Nvidia", "Oracle"), ("Nvidia", "Amazon")} <= supplies
    assert ("Oracle", "Microsoft") not in supplies


def test_orders_cancelled_or_expected_are_no_supply(extractor: Extractor) -> None:
    for body in ("Microsoft and Oracle cancelled orders for Nvidia's switch chips.",
                 "Microsoft and Oracle could increase orders for Nvidia's switch chips."):
        assert ("Nvidia", "Microsoft") not in _facts(extractor, body, "en", "Market report", "supplierOf")


def test_orders_for_an_unknown_makers_goods_pair_no_buyers(extractor: Extractor) -> None:
    body = "Microsoft and Oracle had increased orders for Zorblax's switch chips."
    assert ("Oracle", "Microsoft") not in _facts(extractor, body, "en", "Market report", "supplierOf")


def test_buying_a_makers_chips_is_no_takeover(extractor: Extractor) -> None:
    facts = triples(run(extractor, "Microsoft buys AMD's chips for its data centers.", "en", "Market report"))
    assert ("Microsoft", "acquired", "Advanced Micro Devices") not in facts
    assert ("Advanced Micro Devices", "supplierOf", "Microsoft") in facts


def test_buying_a_company_stays_a_takeover(extractor: Extractor) -> None:
    facts = triples(run(extractor, "Microsoft buys Activision Blizzard for $69 billion.", "en", "Market report"))
    assert ("Microsoft", "acquired", "Activision Blizzard") in facts


# --- a lost contract and cancelled orders -----------------------------------------------------------

def test_contract_to_supply_lost_is_no_supply(extractor: Extractor) -> None:
    body = "Microsoft lost a contract to supply cloud services to Meta Platforms."
    assert ("Microsoft", "Meta Platforms") not in _facts(extractor, body, "en", "Market report", "supplierOf")


def test_contract_to_supply_signed_stays_a_supply(extractor: Extractor) -> None:
    body = "Microsoft signed a contract to supply cloud services to Meta Platforms."
    assert ("Microsoft", "Meta Platforms") in _facts(extractor, body, "en", "Market report", "supplierOf")


def test_cancelled_orders_are_no_use(extractor: Extractor) -> None:
    assert ("Microsoft", "H200") not in _facts(
        extractor, "Microsoft cancelled orders for H200 chips.", "en", "Market report", "uses")
    assert ("Microsoft", "H200") in _facts(
        extractor, "Microsoft placed orders for H200 chips.", "en", "Market report", "uses")
