"""Relations of the fifteenth round, on sentences written for the test: a list of names
ends where a comma opens examples ("lost customers to X, including Y": Y is a customer
lost, no rival, and now X's); a takeover offer is a takeover; an investment, a licence or a
customer list after a colon reaches every name; a stake sold ends the parent link the
world knows; a distributor is its maker's customer; a company chosen by another as its supplier supplies it, in the passive
and the active, in English and German.

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


# --- examples after a comma end a list ---------------------------------------------------


def test_customers_lost_to_a_rival_are_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Samsung lost customers to TSMC, including Nvidia.", "en", "Samsung")
    assert _of(x, "competitorOf") == {("Samsung Electronics", "Taiwan Semiconductor Manufacturing")}


def test_customers_listed_after_including_are_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Samsung has lost major customers to TSMC, including Nvidia and Apple.",
            "en", "Samsung")
    assert _of(x, "competitorOf") == {("Samsung Electronics", "Taiwan Semiconductor Manufacturing")}


def test_german_customers_lost_after_darunter_are_no_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Samsung verlor Kunden an TSMC, darunter Nvidia.", "de", "Samsung")
    assert _of(x, "competitorOf") == {("Samsung Electronics", "Taiwan Semiconductor Manufacturing")}
    assert _of(x, "supplierOf") == {("Taiwan Semiconductor Manufacturing", "Nvidia")}


def test_customers_lost_to_a_winner_are_the_winners(extractor: Extractor) -> None:
    x = run(extractor, "Samsung has lost major customers to TSMC, including Nvidia and Apple.",
            "en", "Samsung")
    assert _of(x, "supplierOf") == {("Taiwan Semiconductor Manufacturing", "Nvidia"),
                                    ("Taiwan Semiconductor Manufacturing", "Apple")}


def test_customers_lost_to_rivals_including_a_name_make_it_a_rival(extractor: Extractor) -> None:
    # look-alike: the winner is a noun, so the name after "including" is one of the rivals
    x = run(extractor, "Intel lost customers to Asian rivals, including AMD.", "en", "Intel")
    assert _of(x, "competitorOf") == {("Intel", "Advanced Micro Devices")}
    assert _of(x, "supplierOf") == set()


def test_german_customers_lost_to_rivals_including_a_name_make_it_a_rival(extractor: Extractor) -> None:
    x = run(extractor, "Intel verlor Kunden an Konkurrenten, darunter AMD.", "de", "Intel")
    assert _of(x, "competitorOf") == {("Intel", "Advanced Micro Devices")}
    assert _of(x, "supplierOf") == set()


def test_rivals_introduced_by_such_as_stay_rivals(extractor: Extractor) -> None:
    # look-alike: the examples open right after the trigger, no name before them
    x = run(extractor, "Intel lost market share to rivals such as AMD and Nvidia.", "en", "Intel")
    assert _of(x, "competitorOf") == {("Intel", "Advanced Micro Devices"), ("Intel", "Nvidia")}


def test_list_with_a_comma_before_and_keeps_its_last_item(extractor: Extractor) -> None:
    x = run(extractor, "Infosys partners with SAP, Siemens, and Bosch on cloud projects.", "en", "Infosys")
    assert _of(x, "partnerOf") == {("Infosys", "SAP"), ("Infosys", "Siemens"), ("Infosys", "Bosch")}


def test_rival_list_with_a_comma_before_and_keeps_its_last_item(extractor: Extractor) -> None:
    x = run(extractor, "BMW competes with Mercedes-Benz, Audi, and Tesla.", "en", "BMW")
    assert _of(x, "competitorOf") == {("BMW", "Mercedes-Benz Group"), ("BMW", "Audi"), ("BMW", "Tesla")}


# --- a supplier chosen ---------------------------------------------------------------------


def test_company_selected_as_supplier_supplies_the_chooser(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was selected by BMW as a supplier.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}
    assert _of(x, "partnerOf") == set()


def test_company_chosen_as_its_battery_supplier_supplies(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was chosen by BMW as its battery supplier.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_company_selected_as_supplier_by_a_chooser_after(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was selected as a supplier by BMW.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_chooser_naming_a_supplier_in_the_active(extractor: Extractor) -> None:
    x = run(extractor, "BMW selected Bosch as its preferred supplier for batteries.", "en", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_supplier_word_qualifying_another_noun_names_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "BMW named Bosch chief Stefan Hartung as a supplier liaison.", "en", "Bosch")
    assert _of(x, "supplierOf") == set()


def test_company_selected_as_partner_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Bosch was selected by BMW as a partner.", "en", "Bosch")
    assert _of(x, "supplierOf") == set()
    assert _of(x, "partnerOf") == {("Bosch", "BMW")}


def test_german_company_chosen_as_supplier_supplies(extractor: Extractor) -> None:
    x = run(extractor, "Bosch wurde von BMW als Lieferant ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}
    assert _of(x, "partnerOf") == set()


def test_german_company_chosen_as_supplier_of_something_supplies(extractor: Extractor) -> None:
    x = run(extractor, "Bosch wurde von BMW als Zulieferer für Batterien ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_german_chooser_naming_a_supplier_in_the_active(extractor: Extractor) -> None:
    x = run(extractor, "BMW hat Bosch als Lieferanten ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_german_chooser_with_separable_verb(extractor: Extractor) -> None:
    x = run(extractor, "BMW wählte Bosch als Zulieferer aus.", "de", "Bosch")
    assert _of(x, "supplierOf") == {("Bosch", "BMW")}


def test_german_company_chosen_as_partner_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Bosch wurde von BMW als Partner ausgewählt.", "de", "Bosch")
    assert _of(x, "supplierOf") == set()


def test_german_customer_won_is_no_chosen_supplier(extractor: Extractor) -> None:
    # look-alike: "als Kunden gewonnen" names a customer by another verb, which this rule leaves
    x = run(extractor, "Bosch hat BMW als Kunden gewonnen.", "de", "Bosch")
    assert ("BMW", "Bosch") not in _of(x, "supplierOf")


# --- takeover bids: a planned deal is a takeover as a completed one is --------------------


def test_german_takeover_offer_presented_is_a_takeover(extractor: Extractor) -> None:
    x = run(extractor, "ADNOC legt ein Übernahmeangebot für Covestro vor.", "de", "ADNOC")
    assert _of(x, "acquired") == {("ADNOC", "Covestro")}


def test_german_offer_per_share_is_a_takeover(extractor: Extractor) -> None:
    x = run(extractor, "UniCredit bietet 20 Euro je Aktie für die Commerzbank.", "de", "UniCredit")
    assert _of(x, "acquired") == {("UniCredit", "Commerzbank")}


def test_german_offer_with_its_bidder_after_names_no_subject_before(extractor: Extractor) -> None:
    # look-alike: the bidder follows "von"; the rule reads no buyer before the offer
    x = run(extractor, "Ein Übernahmeangebot für Covestro von ADNOC liegt vor.", "de", "Covestro")
    assert ("Covestro", "ADNOC") not in _of(x, "acquired")


def test_german_completed_takeover_is_a_takeover(extractor: Extractor) -> None:
    x = run(extractor, "ADNOC hat die Übernahme von Covestro abgeschlossen.", "de", "ADNOC")
    assert _of(x, "acquired") == {("ADNOC", "Covestro")}


def test_hostile_bid_is_a_takeover_and_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "BBVA made a hostile bid for Sabadell.", "en", "BBVA")
    assert _of(x, "acquired") == {("BBVA", "Banco de Sabadell")}
    assert _of(x, "supplierOf") == set()


def test_rival_bid_names_the_target_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "UniCredit launched a rival bid for Banco BPM.", "en", "UniCredit")
    assert _of(x, "acquired") == {("UniCredit", "Banco BPM")}
    assert _of(x, "competitorOf") == set()


def test_agreed_purchase_is_a_takeover(extractor: Extractor) -> None:
    x = run(extractor, "ADNOC agreed to buy Covestro for $16bn.", "en", "ADNOC")
    assert _of(x, "acquired") == {("ADNOC", "Covestro")}


def test_plain_bid_made_supplies_no_one(extractor: Extractor) -> None:
    # "made … for" is no making for a customer when a bid or room is made
    assert _of(run(extractor, "Bosch made a bid for Covestro.", "en", "Bosch"), "supplierOf") == set()
    assert _of(run(extractor, "Bosch made room for Covestro.", "en", "Bosch"), "supplierOf") == set()


def test_rival_chipmaker_making_chips_still_supplies(extractor: Extractor) -> None:
    # look-alike: a maker making goods for a customer
    x = run(extractor, "Nvidia's rival AMD made chips for Microsoft.", "en", "Nvidia")
    assert _of(x, "supplierOf") == {("Advanced Micro Devices", "Microsoft")}
    # competitorOf is symmetric: either direction says the same
    assert {frozenset(pair) for pair in _of(x, "competitorOf")} == {frozenset({"Nvidia", "Advanced Micro Devices"})}


# --- every company of a list invested in ---------------------------------------------------


def test_investment_in_a_list_reaches_every_name(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia invested in Mistral, Cohere, and xAI.", "en", "Nvidia")
    assert _of(x, "investsIn") == {("Nvidia", "Mistral AI"), ("Nvidia", "Cohere"), ("Nvidia", "xAI")}


def test_german_investment_in_a_list_reaches_every_name(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia investiert in Mistral und Cohere.", "de", "Nvidia")
    assert _of(x, "investsIn") == {("Nvidia", "Mistral AI"), ("Nvidia", "Cohere")}


def test_speaker_after_the_list_invests_in_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia invested $2 billion in Mistral, Microsoft said.", "en", "Nvidia")
    assert _of(x, "investsIn") == {("Nvidia", "Mistral AI")}


def test_speaker_after_a_supply_list_receives_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia supplies chips to Oracle, Microsoft said.", "en", "Nvidia")
    assert _of(x, "supplierOf") == {("Nvidia", "Oracle")}


# --- licences -----------------------------------------------------------------------------


def test_licence_to_a_list_supplies_each_licensee(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings licenses its chip designs to Qualcomm and Apple.", "en", "Arm")
    assert _of(x, "supplierOf") == {("Arm Holdings", "Qualcomm"), ("Arm Holdings", "Apple")}


def test_licence_of_a_model_supplies_the_licensee(extractor: Extractor) -> None:
    x = run(extractor, "OpenAI licenses its models to Microsoft.", "en", "OpenAI")
    assert _of(x, "supplierOf") == {("OpenAI", "Microsoft")}


def test_licensee_taking_a_licence_supplies_no_one(extractor: Extractor) -> None:
    # look-alike: the licence comes from the name after "from"; this rule reads none
    x = run(extractor, "Qualcomm licenses technology from Arm Holdings.", "en", "Arm")
    assert ("Qualcomm", "Arm Holdings") not in _of(x, "supplierOf")


def test_licensed_to_use_names_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Qualcomm was licensed to use Arm Holdings designs.", "en", "Arm")
    assert _of(x, "supplierOf") == set()


def test_german_licence_supplies_the_licensee(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings lizenziert seine Chipdesigns an Qualcomm.", "de", "Arm")
    assert _of(x, "supplierOf") == {("Arm Holdings", "Qualcomm")}


def test_german_licences_granted_to_a_list_supply_each(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings vergibt Lizenzen für seine Chipdesigns an Qualcomm und Apple.",
            "de", "Arm")
    assert _of(x, "supplierOf") == {("Arm Holdings", "Qualcomm"), ("Arm Holdings", "Apple")}


# --- customers listed after a colon ----------------------------------------------------------


def test_customers_after_a_colon_are_supplied(extractor: Extractor) -> None:
    x = run(extractor, "TSMC has three big customers: Apple, Nvidia and AMD.", "en", "TSMC")
    assert _of(x, "supplierOf") == {("Taiwan Semiconductor Manufacturing", m)
                                     for m in ("Apple", "Nvidia", "Advanced Micro Devices")}


def test_german_customers_after_a_colon_are_supplied(extractor: Extractor) -> None:
    x = run(extractor, "TSMC hat wichtige Kunden: Apple, Nvidia und AMD.", "de", "TSMC")
    assert _of(x, "supplierOf") == {("Taiwan Semiconductor Manufacturing", m)
                                     for m in ("Apple", "Nvidia", "Advanced Micro Devices")}


def test_other_nouns_before_a_colon_name_no_customers(extractor: Extractor) -> None:
    x = run(extractor, "Apple said it has two concerns: TSMC and Nvidia.", "en", "Apple")
    assert _of(x, "supplierOf") == set()


# --- a stake sold ends the parent link the world knows ------------------------------------


def test_stake_sold_in_a_unit_names_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sold its remaining stake in Siemens Healthineers.", "en", "Markets")
    assert _of(x, "subsidiaryOf") == set()
    assert _of(x, "investsIn") == set()


def test_german_stake_given_up_in_a_unit_names_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Siemens trennt sich von seiner Beteiligung an Siemens Healthineers.", "de", "Markt")
    assert _of(x, "subsidiaryOf") == set()


def test_german_shares_sold_in_a_unit_name_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Siemens verkauft seine Anteile an Siemens Healthineers.", "de", "Markt")
    assert _of(x, "subsidiaryOf") == set()


def test_unit_selling_a_stake_of_its_own_keeps_its_parent(extractor: Extractor) -> None:
    # look-alike: the unit and its parent are named before the sale; the stake sold is another's
    x = run(extractor, "Die Siemens-Tochter Siemens Healthineers verkauft ihre Beteiligung an Covestro.",
            "de", "Markt")
    assert _of(x, "subsidiaryOf") == {("Siemens Healthineers", "Siemens")}


def test_unit_named_without_a_sale_keeps_its_parent(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Healthineers raised its forecast, Siemens said.", "en", "Markets")
    assert _of(x, "subsidiaryOf") == {("Siemens Healthineers", "Siemens")}


# --- rivals named in another company's chief's quote, and rival phrases ----------------------


def test_rival_named_in_a_quote_is_the_speakers_companys(extractor: Extractor) -> None:
    x = run(extractor, 'Nvidia shares rose. "AMD remains a strong competitor," Intel chief executive '
                       'Lip-Bu Tan said.', "en", "Nvidia")
    assert _of(x, "competitorOf") == {("Advanced Micro Devices", "Intel")}


def test_german_rival_named_in_a_quote_is_the_speakers_companys(extractor: Extractor) -> None:
    x = run(extractor, '"AMD ist ein starker Konkurrent", sagte Intel-Chef Lip-Bu Tan.', "de", "Nvidia")
    assert _of(x, "competitorOf") == {("Advanced Micro Devices", "Intel")}


def test_german_rival_of_the_market_leader_in_a_genitive(extractor: Extractor) -> None:
    x = run(extractor, "Oracle ist der Konkurrent des Marktführers SAP.", "de", "SAP")
    assert _of(x, "competitorOf") == {("Oracle", "SAP")}


def test_german_fight_for_market_share_is_a_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "SAP kämpft mit Oracle um Marktanteile.", "de", "SAP")
    assert _of(x, "competitorOf") == {("SAP", "Oracle")}


def test_german_competition_with_a_list(extractor: Extractor) -> None:
    x = run(extractor, "SAP steht im Wettbewerb mit Oracle und Salesforce.", "de", "SAP")
    assert _of(x, "competitorOf") == {("SAP", "Oracle"), ("SAP", "Salesforce")}


def test_staying_ahead_of_rivals_names_both(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia stays ahead of rivals AMD and Intel.", "en", "Nvidia")
    assert _of(x, "competitorOf") == {("Nvidia", "Advanced Micro Devices"), ("Nvidia", "Intel")}


def test_unlike_a_company_alone_is_no_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Anders als Oracle hat SAP seine Prognose bestätigt.", "de", "SAP")
    assert _of(x, "competitorOf") == set()


def test_partner_of_a_unit_is_the_units(extractor: Extractor) -> None:
    x = run(extractor, "Die Google-Tochter Waymo kooperiert mit Toyota.", "de", "Alphabet")
    assert _of(x, "partnerOf") == {("Waymo", "Toyota Motor")}


# --- a distributor buys from the maker ----------------------------------------------------


def test_german_distributor_of_a_makers_products_is_supplied(extractor: Extractor) -> None:
    x = run(extractor, "Bechtle vertreibt die Produkte von Microsoft in Deutschland.", "de", "Bechtle")
    assert _of(x, "supplierOf") == {("Microsoft", "Bechtle")}


def test_distributor_of_a_makers_products_is_supplied(extractor: Extractor) -> None:
    x = run(extractor, "Bechtle distributes the products of Microsoft in Germany.", "en", "Bechtle")
    assert _of(x, "supplierOf") == {("Microsoft", "Bechtle")}


def test_german_distribution_from_a_place_names_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Bechtle vertreibt seine Software von Frankfurt aus.", "de", "Bechtle")
    assert _of(x, "supplierOf") == set()


# --- orders and customers lost ----------------------------------------------------------------


def test_orders_lost_from_customers_make_them_no_suppliers(extractor: Extractor) -> None:
    x = run(extractor, "Samsung's foundry lost orders from Nvidia and Apple to TSMC.", "en", "Samsung")
    assert _of(x, "supplierOf") == set()


def test_orders_placed_from_a_supplier_still_supply(extractor: Extractor) -> None:
    # look-alike: the verb "orders" with its buyer before it
    x = run(extractor, "Apple orders chips from TSMC.", "en", "Apple")
    assert _of(x, "supplierOf") == {("Taiwan Semiconductor Manufacturing", "Apple")}


def test_customers_such_as_lost_to_a_rival_supply_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Samsung lost key customers like Nvidia to TSMC.", "en", "Samsung")
    assert _of(x, "supplierOf") == set()
    assert _of(x, "competitorOf") == {("Samsung Electronics", "Taiwan Semiconductor Manufacturing")}


def test_german_customers_lost_to_a_rival_are_no_ones_supplied(extractor: Extractor) -> None:
    x = run(extractor, "Samsung hat Kunden wie Nvidia an TSMC verloren.", "de", "Samsung")
    assert _of(x, "supplierOf") == set()


def test_german_customers_such_as_still_supplied(extractor: Extractor) -> None:
    # look-alike: customers named, none lost
    x = run(extractor, "TSMC beliefert Kunden wie Nvidia und Apple.", "de", "TSMC")
    assert _of(x, "supplierOf") == {("Taiwan Semiconductor Manufacturing", "Nvidia"),
                                    ("Taiwan Semiconductor Manufacturing", "Apple")}


def test_customers_lost_to_a_possessive_winner_are_the_winners(extractor: Extractor) -> None:
    x = run(extractor, "Samsung lost customers to Taiwan's TSMC, including Nvidia.", "en", "Samsung")
    assert _of(x, "supplierOf") == {("Taiwan Semiconductor Manufacturing", "Nvidia")}


# --- a name after a comma that opens the main clause is no list item ------------------------


def test_subject_after_an_unlike_phrase_is_no_second_rival(extractor: Extractor) -> None:
    x = run(extractor, "Unlike rival Oracle, SAP kept its forecast.", "en", "SAP")
    assert _of(x, "competitorOf") == {("SAP", "Oracle")}


def test_subject_after_a_like_phrase_is_no_second_rival(extractor: Extractor) -> None:
    x = run(extractor, "Like its rival Oracle, SAP raised its forecast.", "en", "SAP")
    assert _of(x, "competitorOf") == {("SAP", "Oracle")}


def test_comma_list_with_a_place_after_keeps_its_items(extractor: Extractor) -> None:
    # look-alike: a preposition follows the last name, which is still an item
    x = run(extractor, "Nvidia competes with AMD, Intel in data centers.", "en", "Nvidia")
    assert _of(x, "competitorOf") == {("Nvidia", "Advanced Micro Devices"), ("Nvidia", "Intel")}


def test_comma_list_at_the_end_keeps_its_items(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia supplies Microsoft, Google, Amazon.", "en", "Nvidia")
    assert _of(x, "supplierOf") == {("Nvidia", "Microsoft"), ("Nvidia", "Google"), ("Nvidia", "Amazon")}


# --- a partner named as an owner's unit is the unit -------------------------------------------


def test_partner_named_with_its_owner_is_the_unit(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia partnered with Alphabet's Google on AI chips.", "en", "Nvidia")
    assert _of(x, "partnerOf") == {("Nvidia", "Google")}


def test_owner_named_alone_stays_a_partner(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia partnered with Alphabet on AI chips.", "en", "Nvidia")
    assert _of(x, "partnerOf") == {("Nvidia", "Alphabet")}


def test_german_owner_of_an_unknown_unit_is_no_partner(extractor: Extractor) -> None:
    # the unit after "-Tochter" is the partner; a unit the catalogue lacks yields none, never its owner
    x = run(extractor, "Infineon arbeitet mit der Bosch-Tochter Etas zusammen.", "de", "Infineon")
    assert _of(x, "partnerOf") == set()


def test_german_company_named_alone_stays_a_partner(extractor: Extractor) -> None:
    x = run(extractor, "Infineon arbeitet mit Bosch zusammen.", "de", "Infineon")
    assert _of(x, "partnerOf") == {("Infineon Technologies", "Bosch")}
