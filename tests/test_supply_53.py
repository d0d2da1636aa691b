"""Supply, order and customer relations, each read so that it holds for any article:

* "won an order worth 1.2 billion euros from X", "won an order for 40 turbines from X": the
  company winning an order supplies the one placing it, the goods or the price named between;
  not one expected ("could win an order … from X") nor one placed ("placed an order for chips
  from Y": Y supplies);
* "signed a contract to build four vessels for X", "will build … for X": the builder supplies
  the one built for; not a wish ("wants to build a plant for X");
* "X, das Gasfedern an Autohersteller wie Y und Z liefert": a relative clause whose verb comes
  last supplies each of the list to the name before the comma; not a stake sold to investors;
* "X, which …, specialises in … . Its customers include Y and Z": where two companies carry
  the article equally, "its" stands for the company that opened the sentence before.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def _supplies(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline)) if p == "supplierOf"}


# --- an order won with its price or goods named before "from" ------------------------------------

def test_order_worth_from_buyer(extractor: Extractor) -> None:
    body = "Siemens Energy won an order worth 1.2 billion euros from TenneT to connect wind farms."
    assert ("Siemens Energy", "TenneT") in _supplies(extractor, body, "en", "Siemens Energy wins order")


def test_order_for_goods_from_buyer(extractor: Extractor) -> None:
    body = ("Vestas Wind Systems rose 4% after the turbine maker won an order for 900 megawatts of "
            "turbines from TenneT for a wind farm in the North Sea.")
    assert ("Vestas", "TenneT") in _supplies(extractor, body, "en", "Market report")


def test_order_expected_is_no_supply(extractor: Extractor) -> None:
    body = "Siemens Energy could win an order worth 1.2 billion euros from TenneT, analysts said."
    assert ("Siemens Energy", "TenneT") not in _supplies(extractor, body, "en", "Siemens Energy outlook")


def test_order_placed_for_goods_from_seller(extractor: Extractor) -> None:
    body = "Lufthansa placed an order for 20 jets from Airbus on Monday."
    supplies = _supplies(extractor, body, "en", "Lufthansa orders jets")
    assert ("Lufthansa", "Airbus") not in supplies


# --- a contract to build for the one who ordered --------------------------------------------------

def test_contract_to_build_for(extractor: Extractor) -> None:
    body = "Fincantieri signed a contract to build four service vessels for Equinor on Monday."
    assert ("Fincantieri", "Equinor") in _supplies(extractor, body, "en", "Fincantieri wins contract")


def test_wish_to_build_is_no_supply(extractor: Extractor) -> None:
    body = "Fincantieri wants to build four service vessels for Equinor, its chief executive said."
    assert ("Fincantieri", "Equinor") not in _supplies(extractor, body, "en", "Fincantieri outlook")


# --- a relative clause with its verb last ---------------------------------------------------------

def test_relative_clause_supplies_list(extractor: Extractor) -> None:
    body = ("Stabilus, das Gasfedern und Dämpfer unter anderem an Autohersteller wie Volkswagen und "
            "Stellantis liefert, hob die Prognose an.")
    supplies = _supplies(extractor, body, "de", "Stabilus hebt Prognose")
    assert {("Stabilus", "Volkswagen"), ("Stabilus", "Stellantis")} <= supplies


def test_relative_clause_stake_sold_is_no_supply(extractor: Extractor) -> None:
    body = ("Stabilus, das Anteile an Finanzinvestoren wie Blackstone und KKR verkauft, hob die "
            "Prognose an.")
    supplies = _supplies(extractor, body, "de", "Stabilus hebt Prognose")
    assert not {s for s in supplies if s[0] == "Stabilus"}


# --- "its customers" after the company opened the sentence before ---------------------------------

_TAKEOVER = ("Siemens agreed to buy Aixtron for 3 billion euros, the two companies said. "
             "Siemens expects the deal to close next year. Aixtron's board backs the offer. ")


def test_its_customers_after_opening_company(extractor: Extractor) -> None:
    body = _TAKEOVER + ("Aixtron, which employs 1,100 people, makes deposition tools for chipmakers. "
                        "Its customers include Infineon and STMicroelectronics.")
    supplies = _supplies(extractor, body, "en", "Siemens to buy Aixtron")
    assert {("Aixtron", "Infineon Technologies"), ("Aixtron", "STMicroelectronics")} <= supplies
    assert ("Siemens", "Infineon Technologies") not in supplies


def test_its_customers_after_two_companies_stays_open(extractor: Extractor) -> None:
    body = _TAKEOVER + ("Aixtron and Siemens both make tools for chipmakers. "
                        "Its customers include Infineon and STMicroelectronics.")
    supplies = _supplies(extractor, body, "en", "Siemens to buy Aixtron")
    assert not {s for s in supplies if s[1] in {"Infineon Technologies", "STMicroelectronics"}}
