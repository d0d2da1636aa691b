"""Relations of the fourteenth round, on sentences written for the test: a deal with X to
provide, supply or deliver something makes the subject X's supplier, not its partner; a
partnership terminated is none; a reference marked with a country ("den US-Flugzeugbauer")
means no company the catalogue places in another country, and not the article's company
when the catalogue places it nowhere and the text has not just named it.

Companies are real catalogue entries; the facts are invented. Each guard has a
look-alike beside it that must still yield its fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


def _aliases(x: Extraction, label: str) -> set[str]:
    """The surface forms the extraction gives an entity."""
    return {a for e in x.entities if e.label == label for a in e.aliases}


# --- a deal to provide something is a supply, no partnership -----------------------------


def test_deal_to_provide_services_is_a_supply(extractor: Extractor) -> None:
    x = run(extractor, "Infosys signed a deal with Daimler Truck to provide IT services.", "en", "Infosys")
    assert _of(x, "supplierOf") == {("Infosys", "Daimler Truck")}
    assert _of(x, "partnerOf") == set()


def test_contract_to_deliver_trains_is_a_supply(extractor: Extractor) -> None:
    x = run(extractor, "Siemens signed a contract with Deutsche Bahn to deliver 50 trains.", "en", "Siemens")
    assert _of(x, "supplierOf") == {("Siemens", "Deutsche Bahn")}


def test_deal_to_supply_the_subjects_own_cars_names_no_supplier(extractor: Extractor) -> None:
    # the goods go to the subject's own use: the other party supplies, which the words leave open
    x = run(extractor, "BMW signed a deal with CATL to supply batteries for its electric cars.", "en", "BMW")
    assert _of(x, "supplierOf") == set()
    assert _of(x, "partnerOf") == set()


def test_deal_to_sell_a_unit_is_no_supply_and_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Siemens signed a deal with Bosch to sell its household appliance unit.",
            "en", "Siemens")
    assert _of(x, "supplierOf") == set()
    assert _of(x, "partnerOf") == set()


def test_deal_to_buy_a_unit_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Siemens signed a deal with Bosch to buy its household appliance unit.",
            "en", "Siemens")
    assert _of(x, "partnerOf") == set()


def test_agreement_to_provide_financing_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "Siemens reached an agreement with Bosch to provide financing for the deal.",
            "en", "Siemens")
    assert _of(x, "supplierOf") == set()


def test_partnership_to_develop_stays_a_partnership(extractor: Extractor) -> None:
    # look-alike: a deal to develop something together supplies no one
    x = run(extractor, "BMW partnered with Mercedes-Benz to develop charging networks.", "en", "BMW")
    assert _of(x, "partnerOf") == {("BMW", "Mercedes-Benz Group")}
    assert _of(x, "supplierOf") == set()


def test_partnership_agreement_alone_stays_a_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Infosys signed a partnership agreement with Daimler Truck.", "en", "Infosys")
    assert _of(x, "partnerOf") == {("Infosys", "Daimler Truck")}


def test_german_contract_about_delivery_is_a_supply(extractor: Extractor) -> None:
    x = run(extractor, "Infosys hat einen Vertrag mit Daimler Truck über die Lieferung von "
            "IT-Dienstleistungen unterzeichnet.", "de", "Infosys")
    assert _of(x, "supplierOf") == {("Infosys", "Daimler Truck")}
    assert _of(x, "partnerOf") == set()


def test_german_agreement_to_provide_is_a_supply(extractor: Extractor) -> None:
    x = run(extractor, "Infosys hat eine Vereinbarung mit Daimler Truck zur Bereitstellung von "
            "Cloud-Diensten geschlossen.", "de", "Infosys")
    assert _of(x, "supplierOf") == {("Infosys", "Daimler Truck")}
    assert _of(x, "partnerOf") == set()


# --- a partnership terminated or given notice is none -----------------------------------


def test_terminated_partnership_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "BMW terminates its partnership with Mercedes-Benz.", "en", "BMW")
    assert _of(x, "partnerOf") == set()


def test_cancelled_contract_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "BMW cancelled its contract with Bosch.", "en", "BMW")
    assert _of(x, "partnerOf") == set()


def test_german_partnership_given_notice_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "BMW kündigt die Partnerschaft mit Mercedes-Benz.", "de", "BMW")
    assert _of(x, "partnerOf") == set()


def test_german_partnership_announced_is_a_partnership(extractor: Extractor) -> None:
    # look-alike: "kündigt … an" announces
    x = run(extractor, "BMW kündigt eine Partnerschaft mit Mercedes-Benz an.", "de", "BMW")
    assert _of(x, "partnerOf") == {("BMW", "Mercedes-Benz Group")}


# --- a reference marked with a country ----------------------------------------------------


def test_us_reference_is_not_a_company_listed_only_in_paris(extractor: Extractor) -> None:
    # the catalogue seats Airbus nowhere, but lists it in Paris: no US company
    x = run(extractor, "Airbus hat mehr Flugzeuge ausgeliefert. Der US-Konzern hat 5 Prozent verloren.",
            "de", "Airbus")
    assert "US-Konzern" not in _aliases(x, "Airbus")


def test_us_reference_is_not_an_unknown_article_company_named_long_before(extractor: Extractor) -> None:
    # a company the catalogue does not know, named three sentences back: the article's
    # company is no fallback for the US-Konzern the text leaves unnamed
    x = run(extractor, "Die Zentrova AG hat den Umsatz gesteigert. Die Auftragslage ist gut. "
            "Die Stimmung ist gut. Der Gewinn stieg. Der US-Konzern hat 5 Prozent verloren.",
            "de", "Zentrova AG")
    assert not any("US-Konzern" in e.aliases for e in x.entities)


def test_us_reference_means_a_unit_of_a_us_parent(extractor: Extractor) -> None:
    # look-alike: the catalogue seats Zoox nowhere, its parent Amazon in the United States
    x = run(extractor, "Zoox hat mehr Robotaxis ausgeliefert. Der US-Konzern hat 5 Prozent verloren.",
            "de", "Zoox")
    assert "US-Konzern" in _aliases(x, "Zoox")


def test_chinese_subject_is_no_us_carmaker(extractor: Extractor) -> None:
    x = run(extractor, "BYD hat im Quartal mehr Autos verkauft. Damit überholte der Konzern den "
            "US-Elektroautobauer erneut.", "de", "BYD")
    assert _of(x, "competitorOf") == set()
    assert "US-Elektroautobauer" not in _aliases(x, "BYD")


# --- joint ventures and large holders ------------------------------------------------------


def test_german_joint_venture_founded_with_a_partner(extractor: Extractor) -> None:
    x = run(extractor, "BMW gründet mit Toyota ein Gemeinschaftsunternehmen.", "de", "BMW")
    assert _of(x, "partnerOf") == {("BMW", "Toyota Motor")}


def test_pair_founding_a_joint_venture_are_partners(extractor: Extractor) -> None:
    x = run(extractor, "BMW und Toyota gründen ein Gemeinschaftsunternehmen für Wasserstoffantriebe.",
            "de", "BMW")
    assert _of(x, "partnerOf") == {("BMW", "Toyota Motor")}


def test_largest_shareholder_of_holds_a_stake(extractor: Extractor) -> None:
    x = run(extractor, "BlackRock is the largest shareholder of Siemens.", "en", "Siemens")
    assert _of(x, "investsIn") == {("BlackRock", "Siemens")}


def test_shareholders_urged_hold_nothing(extractor: Extractor) -> None:
    # look-alike: the shareholders of Siemens are others, BlackRock holds nothing here
    x = run(extractor, "BlackRock urged shareholders of Siemens to reject the offer.", "en", "Siemens")
    assert _of(x, "investsIn") == set()


def test_german_largest_shareholder_holds_a_stake(extractor: Extractor) -> None:
    x = run(extractor, "BlackRock ist der größte Aktionär von Siemens.", "de", "Siemens")
    assert _of(x, "investsIn") == {("BlackRock", "Siemens")}


def test_german_shareholders_called_on_hold_nothing(extractor: Extractor) -> None:
    x = run(extractor, "BlackRock forderte die Aktionäre von Siemens auf, das Angebot abzulehnen.",
            "de", "Siemens")
    assert _of(x, "investsIn") == set()


# --- a partner chosen ------------------------------------------------------------------------


def test_company_chosen_as_partner_is_a_partner(extractor: Extractor) -> None:
    x = run(extractor, "Siemens was selected by Nvidia as a partner.", "en", "Siemens")
    assert _of(x, "partnerOf") == {("Siemens", "Nvidia")}


def test_german_company_chosen_as_partner_is_a_partner(extractor: Extractor) -> None:
    x = run(extractor, "Siemens wurde von Nvidia als Partner ausgewählt.", "de", "Siemens")
    assert _of(x, "partnerOf") == {("Siemens", "Nvidia")}


def test_company_chosen_as_supplier_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Siemens was chosen by Nvidia as a supplier.", "en", "Siemens")
    assert _of(x, "partnerOf") == set()


# --- a model or chip a product runs on, is powered by or trained on ---------------------------


def test_engine_powered_by_a_model_uses_it(extractor: Extractor) -> None:
    x = run(extractor, "Perplexity's search engine is powered by Claude.", "en", "Perplexity")
    assert _of(x, "uses") == {("Perplexity", "Claude")}


def test_growth_powered_by_a_product_is_no_use(extractor: Extractor) -> None:
    x = run(extractor, "Apple's growth was powered by the iPhone 17.", "en", "Apple")
    assert _of(x, "uses") == set()


def test_model_trained_on_chips_uses_them(extractor: Extractor) -> None:
    x = run(extractor, "DeepSeek trained its model on Nvidia's H800 chips.", "en", "DeepSeek")
    assert _of(x, "uses") == {("DeepSeek", "H800")}


def test_assistant_built_on_a_model_uses_it(extractor: Extractor) -> None:
    x = run(extractor, "Perplexity built its assistant on Llama.", "en", "Perplexity")
    assert _of(x, "uses") == {("Perplexity", "Llama")}


def test_lead_built_on_a_product_is_no_use(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia built its lead on CUDA.", "en", "Nvidia")
    assert _of(x, "uses") == set()


def test_assistant_run_on_a_model_uses_it(extractor: Extractor) -> None:
    x = run(extractor, "Apple runs its assistant on Gemini.", "en", "Apple")
    assert _of(x, "uses") == {("Apple", "Gemini")}


def test_german_assistant_running_on_a_model_uses_it(extractor: Extractor) -> None:
    x = run(extractor, "Apples neuer Assistent läuft auf Gemini.", "de", "Apple")
    assert _of(x, "uses") == {("Apple", "Gemini")}


def test_german_sales_on_record_course_use_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von Apple läuft auf Rekordkurs dank dem iPhone 17.", "de", "Apple")
    assert _of(x, "uses") == set()


def test_german_growth_driven_by_a_game_is_no_use(extractor: Extractor) -> None:
    x = run(extractor, "Tencent Games steigerte den Umsatz, angetrieben von Honor of Kings.",
            "de", "Tencent Games")
    assert _of(x, "uses") == set()


# --- a rival of a unit is not its parent's, and no unit rivals its parent ------------------


def test_rival_named_as_a_unit_is_the_units(extractor: Extractor) -> None:
    x = run(extractor, "Die Alphabet-Tochter Waymo ist ein Rivale von Tesla.", "de", "Waymo")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {frozenset(("Waymo", "Tesla"))}


def test_unit_is_no_rival_of_its_parent(extractor: Extractor) -> None:
    x = run(extractor, "Waymo, ein Rivale von Tesla, gehört zu Alphabet.", "de", "Waymo")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {frozenset(("Waymo", "Tesla"))}
    assert _of(x, "subsidiaryOf") == {("Waymo", "Alphabet")}


def test_parent_named_alone_stays_a_rival(extractor: Extractor) -> None:
    # look-alike: no unit named, the parent is the rival
    x = run(extractor, "Alphabet ist ein Rivale von Tesla.", "de", "Alphabet")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {frozenset(("Alphabet", "Tesla"))}


# --- a stake stated with a decimal, and no coverage by its holder ---------------------------


def test_german_stake_with_decimal_share_is_an_investment(extractor: Extractor) -> None:
    x = run(extractor, "Die Porsche SE hält 31,9 Prozent an Volkswagen.", "de", "Volkswagen")
    assert _of(x, "investsIn") == {("Porsche SE", "Volkswagen")}


def test_german_holder_stating_its_stake_covers_nothing(extractor: Extractor) -> None:
    x = run(extractor, "BlackRock hält 5 Prozent an Siemens.", "de", "Siemens")
    assert _of(x, "covers") == set()
    assert _of(x, "investsIn") == {("BlackRock", "Siemens")}


def test_german_bank_judging_the_stock_covers_it(extractor: Extractor) -> None:
    # look-alike: "hält … für" is a judgement
    x = run(extractor, "Morgan Stanley hält die Siemens-Aktie für überbewertet.", "de", "Siemens")
    assert _of(x, "covers") == {("Morgan Stanley", "Siemens")}


# --- a unit's debut is not its parent's listing -----------------------------------------------


def test_units_debut_lists_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Siemens plant den Börsengang seiner Sparte Siemens Mobility in Frankfurt.",
            "de", "Siemens")
    assert _of(x, "listedOn") == set()


def test_units_debut_announced_by_the_parent_lists_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Der Börsengang der Elektroauto-Tochter in Hongkong ist geplant, teilte Xiaomi mit.",
            "de", "Xiaomi")
    assert _of(x, "listedOn") == set()


def test_companys_own_debut_names_its_venue(extractor: Extractor) -> None:
    # look-alike: no unit, the company's own planned listing names the venue
    x = run(extractor, "Xiaomi plant einen Börsengang in Hongkong.", "de", "Xiaomi")
    assert _of(x, "listedOn") == {("Xiaomi", "Hong Kong Stock Exchange")}


# --- a second verb shares the subject; a relative clause and a closed list name no subject ----


def test_coordinated_verb_rivals_are_the_subjects(extractor: Extractor) -> None:
    x = run(extractor, "Infineon supplies chips to Tesla and competes with STMicroelectronics.",
            "en", "Infineon")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {
        frozenset(("Infineon Technologies", "STMicroelectronics"))}


def test_german_coordinated_verb_rivals_are_the_subjects(extractor: Extractor) -> None:
    x = run(extractor, "Infineon beliefert Tesla und konkurriert mit STMicroelectronics.", "de", "Infineon")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {
        frozenset(("Infineon Technologies", "STMicroelectronics"))}


def test_subject_after_a_comma_and_conjunction_competes(extractor: Extractor) -> None:
    # look-alike: a clause of its own with its own subject before the verb
    x = run(extractor, "Infineon supplies chips to Tesla, and Bosch competes with STMicroelectronics.",
            "en", "Infineon")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {frozenset(("Bosch", "STMicroelectronics"))}


def test_customer_in_a_relative_clause_supplies_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Foxconn, which assembles iPhones for Apple, also builds servers for Nvidia.",
            "en", "Foxconn")
    assert ("Apple", "Nvidia") not in _of(x, "supplierOf")
    assert ("Foxconn", "Nvidia") in _of(x, "supplierOf")


def test_list_closed_by_a_conjunction_takes_no_name_after_the_comma(extractor: Extractor) -> None:
    x = run(extractor, "Zu den Kunden von TSMC zählen Apple und Nvidia, Rivale Samsung beliefert Qualcomm.",
            "de", "TSMC")
    supplies = _of(x, "supplierOf")
    assert ("Taiwan Semiconductor Manufacturing", "Samsung Electronics") not in supplies
    assert ("Apple", "Qualcomm") not in supplies and ("Nvidia", "Qualcomm") not in supplies
    assert ("Samsung Electronics", "Qualcomm") in supplies
    assert {("Taiwan Semiconductor Manufacturing", "Apple"),
            ("Taiwan Semiconductor Manufacturing", "Nvidia")} <= supplies


def test_unit_listed_in_a_relative_clause_leaves_the_companys_venue(extractor: Extractor) -> None:
    # look-alike of the unit's debut: the unit stands in a clause on the company
    x = run(extractor, "Nebius, which also owns the autonomous-driving unit Avride, trades on the Nasdaq.",
            "en", "Nebius")
    assert _of(x, "listedOn") == {("Nebius Group", "Nasdaq")}


# --- an index change announced for a date --------------------------------------------------


def test_german_promotion_on_a_date_is_a_membership(extractor: Extractor) -> None:
    # the period of the ordinal date ends no clause
    x = run(extractor, "Zalando steigt am 22. Dezember in den Dax auf.", "de", "Zalando")
    assert _of(x, "memberOf") == {("Zalando", "DAX")}


def test_german_possible_promotion_on_a_date_is_none(extractor: Extractor) -> None:
    x = run(extractor, "Zalando könnte am 22. Dezember in den Dax aufsteigen.", "de", "Zalando")
    assert _of(x, "memberOf") == set()


def test_german_relegation_on_a_date_is_none(extractor: Extractor) -> None:
    x = run(extractor, "Zalando steigt am 22. Dezember aus dem Dax ab.", "de", "Zalando")
    assert _of(x, "memberOf") == set()
