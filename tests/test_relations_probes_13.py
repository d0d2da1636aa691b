"""Precision guards of the thirteenth round, on sentences written for the test: a
deal that ended, failed, stopped or stands under a modal is no deal, also when the
other party is named only in a compound ("die OpenAI-Kooperation"); a stake sold
or given up is no investment; a listing ended or denied names no trading venue.

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


# --- a deal named only in a compound that ended or was called off -----------------------


def test_ended_partnership_compound_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft ended its OpenAI partnership.", "en", "Microsoft")
    assert _of(x, "partnerOf") == set()


def test_german_ended_cooperation_compound_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft beendet die OpenAI-Kooperation.", "de", "Microsoft")
    assert _of(x, "partnerOf") == set()


def test_called_off_takeover_compound_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat die Osram-Übernahme abgesagt.", "de", "Siemens")
    assert _of(x, "acquired") == set()


def test_partnership_compound_still_names_the_partner(extractor: Extractor) -> None:
    # look-alike: the same compound, the partnership goes on
    x = run(extractor, "Microsoft baut die OpenAI-Kooperation aus.", "de", "Microsoft")
    assert _of(x, "partnerOf") == {("Microsoft", "OpenAI")}


# --- failed, ended, stopped and modal deals in German and English ----------------------


def test_burst_takeover_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Die geplante Übernahme von Hensoldt durch Rheinmetall ist geplatzt.",
            "de", "Rheinmetall")
    assert _of(x, "acquired") == set()


def test_planned_takeover_is_still_a_takeover(extractor: Extractor) -> None:
    # look-alike: the same noun phrase, nothing failed
    x = run(extractor, "Die geplante Übernahme von Hensoldt durch Rheinmetall kommt voran.",
            "de", "Rheinmetall")
    assert _of(x, "acquired") == {("Rheinmetall", "Hensoldt")}


def test_partners_ending_their_partnership_are_no_partners(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft und OpenAI beenden ihre Partnerschaft.", "de", "Microsoft")
    assert _of(x, "partnerOf") == set()


def test_partners_renewing_their_partnership_are_partners(extractor: Extractor) -> None:
    # look-alike: another verb, the pair remains partners
    x = run(extractor, "Microsoft und OpenAI verlängern ihre Partnerschaft.", "de", "Microsoft")
    assert {frozenset(p) for p in _of(x, "partnerOf")} == {frozenset(("Microsoft", "OpenAI"))}


def test_buyer_that_stopped_buying_is_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "Apple stopped buying chips from Intel.", "en", "Apple")
    assert _of(x, "supplierOf") == set()


def test_buyer_buying_is_a_customer(extractor: Extractor) -> None:
    # look-alike: the same sentence without the stop
    x = run(extractor, "Apple keeps buying chips from Intel.", "en", "Apple")
    assert _of(x, "supplierOf") == {("Intel", "Apple")}


def test_supply_that_may_happen_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia may supply chips to Tesla.", "en", "Nvidia")
    assert _of(x, "supplierOf") == set()


def test_supply_that_happens_is_a_supply(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia will supply chips to Tesla.", "en", "Nvidia")
    assert _of(x, "supplierOf") == {("Nvidia", "Tesla")}


# --- a stake sold or given up is no investment ----------------------------------------


def test_sold_stake_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "SoftBank sold its stake in Nvidia.", "en", "SoftBank")
    assert _of(x, "investsIn") == set()


def test_bought_stake_is_an_investment(extractor: Extractor) -> None:
    # look-alike: the same stake, bought
    x = run(extractor, "SoftBank bought a stake in Nvidia.", "en", "SoftBank")
    assert _of(x, "investsIn") == {("SoftBank Group", "Nvidia")}


def test_divested_stake_compound_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Berkshire Hathaway divested its Apple stake.", "en", "Berkshire Hathaway")
    assert _of(x, "investsIn") == set()


def test_raised_stake_compound_is_an_investment(extractor: Extractor) -> None:
    x = run(extractor, "Berkshire Hathaway raised its Apple stake.", "en", "Berkshire Hathaway")
    assert _of(x, "investsIn") == {("Berkshire Hathaway", "Apple")}


def test_german_shed_stake_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "BASF stößt seine Beteiligung an Covestro ab.", "de", "BASF")
    assert _of(x, "investsIn") == set()


def test_german_parted_stake_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "BASF trennt sich von seiner Beteiligung an Covestro.", "de", "BASF")
    assert _of(x, "investsIn") == set()


def test_german_exit_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Berkshire Hathaway steigt bei Apple aus.", "de", "Berkshire Hathaway")
    assert _of(x, "investsIn") == set()


def test_german_entry_is_an_investment(extractor: Extractor) -> None:
    # look-alike: the same verb with "ein", and "aus" naming the investor's home
    x = run(extractor, "Der Staatsfonds aus Katar steigt bei Volkswagen ein. Berkshire Hathaway "
                       "steigt bei Apple ein.", "de", "Berkshire Hathaway")
    assert ("Berkshire Hathaway", "Apple") in _of(x, "investsIn")


# --- a listing ended or denied ---------------------------------------------------------


def test_share_no_longer_traded_names_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Siemens Healthineers wird nicht mehr an der Frankfurter "
                       "Börse gehandelt.", "de", "Siemens Healthineers")
    assert _of(x, "listedOn") == set()


def test_delisting_names_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Shell will delist from the London Stock Exchange.", "en", "Shell")
    assert _of(x, "listedOn") == set()


def test_price_high_not_seen_for_years_keeps_the_venue(extractor: Extractor) -> None:
    # look-alike: "nicht mehr" of a price not seen for years, the venue stands
    x = run(extractor, "Die Lufthansa-Aktie stieg auf Xetra um 4 Prozent und notiert so hoch wie "
                       "seit Jahren nicht mehr.", "de", "Lufthansa")
    assert _of(x, "listedOn") == {("Lufthansa", "Xetra")}


# --- a company sold is no customer; a role taken over is no takeover ------------------


def test_company_sold_to_a_buyer_is_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sold Osram to Infineon.", "en", "Siemens")
    assert _of(x, "supplierOf") == set()


def test_unit_sold_to_a_buyer_is_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "Siemens sold the Osram unit to Infineon.", "en", "Siemens")
    assert _of(x, "supplierOf") == set()


def test_chips_sold_to_a_buyer_make_a_customer(extractor: Extractor) -> None:
    # look-alike: a product changes hands, the name after "to" receives it
    x = run(extractor, "Infineon sold chips to Siemens.", "en", "Infineon")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "Siemens")}


def test_role_taken_over_at_a_bank_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Unicredit took over the lead role at Commerzbank.", "en", "Unicredit")
    assert _of(x, "acquired") == set()


def test_bank_taken_over_is_a_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Unicredit took over Commerzbank.", "en", "Unicredit")
    assert _of(x, "acquired") == {("UniCredit", "Commerzbank")}


def test_target_fighting_a_takeover_is_no_rival_of_the_bidder(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank wehrt sich gegen eine Übernahme durch Unicredit.",
            "de", "Commerzbank")
    assert _of(x, "competitorOf") == set()


def test_company_against_a_rival_is_still_compared(extractor: Extractor) -> None:
    # look-alike: "gegen" with the rival's name right after it
    x = run(extractor, "Im Cloudgeschäft tritt SAP gegen Oracle an.", "de", "SAP")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {frozenset(("SAP", "Oracle"))}


# --- a model no longer used -----------------------------------------------------------


def test_model_no_longer_used_is_not_used(extractor: Extractor) -> None:
    x = run(extractor, "Salesforce stopped using Gemini.", "en", "Salesforce")
    assert _of(x, "uses") == set()


def test_model_in_use_is_used(extractor: Extractor) -> None:
    x = run(extractor, "Salesforce started using Gemini.", "en", "Salesforce")
    assert _of(x, "uses") == {("Salesforce", "Gemini")}


# --- a seat word after a company's site is the site's ---------------------------------


def test_seat_of_a_companys_plant_is_no_seat_of_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen's plant in Zwickau is based in Saxony.", "en", "Volkswagen")
    assert _of(x, "locatedIn") == set()


def test_seat_of_a_companys_office_is_no_seat_of_the_company(extractor: Extractor) -> None:
    x = run(extractor, "SAP's Berlin office is based in Mitte.", "en", "SAP")
    assert _of(x, "locatedIn") == set()


def test_seat_after_the_company_is_its_seat(extractor: Extractor) -> None:
    # look-alike: the seat right after the name, a plant only later
    x = run(extractor, "Volkswagen, based in Wolfsburg, builds a plant in Saxony.", "en", "Volkswagen")
    assert _of(x, "locatedIn") == {("Volkswagen", "Wolfsburg")}


def test_headquarters_after_a_possessive_is_the_seat(extractor: Extractor) -> None:
    # look-alike: the possessive names the company's own headquarters
    x = run(extractor, "SAP's headquarters in Walldorf grew.", "en", "SAP")
    assert _of(x, "locatedIn") == {("SAP", "Walldorf")}


# --- a membership ended is no membership ---------------------------------------------


def test_company_no_longer_in_the_index_is_no_member(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank ist nicht mehr im Dax.", "de", "Commerzbank")
    assert _of(x, "memberOf") == set()


def test_english_company_no_longer_in_the_index_is_no_member(extractor: Extractor) -> None:
    x = run(extractor, "Intel is no longer in the Dow.", "en", "Intel")
    assert _of(x, "memberOf") == set()


def test_price_not_seen_for_weeks_leaves_the_membership(extractor: Extractor) -> None:
    # look-alike: "wie seit Wochen nicht mehr" speaks of the price; after "und" the next
    # verb places the share at the bottom of the index
    x = run(extractor, "Henkel senkte die Prognose. Die Aktie war so billig wie seit Monaten nicht "
            "mehr und bildete das Schlusslicht im Dax.", "de", "Henkel unter Druck")
    assert _of(x, "memberOf") == {("Henkel", "DAX")}


def test_company_joining_the_index_is_a_member(extractor: Extractor) -> None:
    # look-alike: a company rising into the index
    x = run(extractor, "Die Commerzbank steigt wieder in den Dax auf.", "de", "Commerzbank")
    assert _of(x, "memberOf") == {("Commerzbank", "DAX")}


# --- items of one list are peers, none the subject of another ------------------------


def test_customers_of_one_list_supply_each_other_nothing(extractor: Extractor) -> None:
    # the list opens the text, its first item is the text's main company
    x = run(extractor, "Kunden wie SAP und Siemens setzen auf Nvidia.", "de", "Chips")
    assert _of(x, "supplierOf") == set()


def test_partners_of_one_list_are_no_partners_of_each_other(extractor: Extractor) -> None:
    x = run(extractor, "Partner wie SAP und Siemens setzen auf Nvidia.", "de", "Chips")
    assert _of(x, "partnerOf") == set()


def test_partner_list_belongs_to_the_texts_company(extractor: Extractor) -> None:
    # look-alike: the main company stands outside the list
    x = run(extractor, "Nvidia wächst. Partner wie SAP und Siemens setzen auf die Chips.", "de", "Nvidia")
    assert _of(x, "partnerOf") == {("Nvidia", "SAP"), ("Nvidia", "Siemens")}


# --- a denial states nothing -----------------------------------------------------------


def test_denied_rivalry_is_no_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "SAP denied it competes with Oracle.", "en", "SAP")
    assert _of(x, "competitorOf") == set()


def test_german_denied_partnership_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "SAP bestreitet eine Partnerschaft mit Oracle.", "de", "SAP")
    assert _of(x, "partnerOf") == set()


def test_german_confirmed_partnership_is_a_partnership(extractor: Extractor) -> None:
    x = run(extractor, "SAP bestätigt eine Partnerschaft mit Oracle.", "de", "SAP")
    assert _of(x, "partnerOf") == {("SAP", "Oracle")}


def test_stated_rivalry_is_a_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "SAP said it competes with Oracle.", "en", "SAP")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {frozenset(("SAP", "Oracle"))}


# --- a takeover barred by a regulator, and "Übernahme von X durch Y" ------------------


def test_regulator_barring_a_takeover_is_no_buyer(extractor: Extractor) -> None:
    x = run(extractor, "Die EU-Kommission untersagt die Übernahme von Covestro durch Bayer.",
            "de", "Covestro")
    assert _of(x, "acquired") == set()


def test_regulator_clearing_a_takeover_names_the_buyer(extractor: Extractor) -> None:
    # look-alike: the buyer after "durch", the regulator before the noun is no buyer
    x = run(extractor, "Die EU-Kommission genehmigt die Übernahme von Covestro durch Bayer.",
            "de", "Covestro")
    assert _of(x, "acquired") == {("Bayer", "Covestro")}


def test_blocked_takeover_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Regulators blocked Bayer's takeover of Covestro.", "en", "Covestro")
    assert _of(x, "acquired") == set()


# --- a business bought from a company makes it no supplier ----------------------------


def test_business_bought_from_a_company_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "BASF kaufte das Saatgutgeschäft von Bayer.", "de", "BASF")
    assert _of(x, "supplierOf") == set()


def test_english_business_bought_from_a_company_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "BASF bought the seeds business from Bayer.", "en", "BASF")
    assert _of(x, "supplierOf") == set()


def test_chips_bought_from_a_company_make_it_a_supplier(extractor: Extractor) -> None:
    # look-alike: goods bought from the company
    x = run(extractor, "BASF kauft Chemikalien von Bayer.", "de", "BASF")
    assert _of(x, "supplierOf") == {("Bayer", "BASF")}


# --- a former tie and a refused use are none -----------------------------------------


def test_former_partner_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Der frühere Partner von SAP, Oracle, wächst.", "de", "Oracle")
    assert _of(x, "partnerOf") == set()


def test_longtime_partner_is_a_partner(extractor: Extractor) -> None:
    # look-alike: another adjective before the noun
    x = run(extractor, "Oracle, ein langjähriger Partner von SAP, wächst.", "de", "Oracle")
    assert _of(x, "partnerOf") == {("Oracle", "SAP")}


def test_former_supplier_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Foxconn, der frühere Zulieferer von Apple, wächst.", "de", "Foxconn")
    assert _of(x, "supplierOf") == set()


def test_english_former_supplier_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Foxconn, Apple's former supplier, grew.", "en", "Foxconn")
    assert _of(x, "supplierOf") == set()


def test_english_main_supplier_is_a_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Foxconn, Apple's main supplier, grew.", "en", "Foxconn")
    assert _of(x, "supplierOf") == {("Foxconn", "Apple")}


def test_stake_held_in_the_past_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Porsche SE previously held a stake in Volkswagen.", "en", "Porsche SE")
    assert _of(x, "investsIn") == set()


def test_german_stake_held_in_the_past_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Porsche SE hielt früher Anteile an Volkswagen.", "de", "Porsche SE")
    assert _of(x, "investsIn") == set()


def test_stake_held_now_is_an_investment(extractor: Extractor) -> None:
    x = run(extractor, "Porsche SE hält Anteile an Volkswagen.", "de", "Porsche SE")
    assert _of(x, "investsIn") == {("Porsche SE", "Volkswagen")}


def test_declined_use_is_no_use(extractor: Extractor) -> None:
    x = run(extractor, "Apple declined to use Gemini.", "en", "Apple")
    assert _of(x, "uses") == set()


def test_planned_use_is_a_use(extractor: Extractor) -> None:
    x = run(extractor, "Apple agreed to use Gemini.", "en", "Apple")
    assert _of(x, "uses") == {("Apple", "Gemini")}


# --- a role, rival or unit compound after a word of the past --------------------------


def test_former_supplier_compound_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Der frühere Apple-Zulieferer Foxconn wächst.", "de", "Foxconn")
    assert _of(x, "supplierOf") == set()


def test_supplier_compound_is_a_supplier(extractor: Extractor) -> None:
    # look-alike: no word of the past before the compound
    x = run(extractor, "Der wichtige Apple-Zulieferer Foxconn wächst.", "de", "Foxconn")
    assert _of(x, "supplierOf") == {("Foxconn", "Apple")}


def test_english_former_supplier_compound_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Former Apple supplier Foxconn grew.", "en", "Foxconn")
    assert _of(x, "supplierOf") == set()


def test_former_rival_compound_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Der einstige SAP-Rivale Oracle wächst.", "de", "Oracle")
    assert _of(x, "competitorOf") == set()


def test_rival_compound_is_a_rival(extractor: Extractor) -> None:
    x = run(extractor, "Der SAP-Rivale Oracle wächst.", "de", "Oracle")
    assert {frozenset(p) for p in _of(x, "competitorOf")} == {frozenset(("SAP", "Oracle"))}


def test_english_former_rival_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "SAP's former rival Oracle grew.", "en", "Oracle")
    assert _of(x, "competitorOf") == set()


def test_english_former_unit_is_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Former Bayer unit Covestro grew.", "en", "Covestro")
    assert _of(x, "subsidiaryOf") == set()


def test_english_unit_is_a_unit(extractor: Extractor) -> None:
    x = run(extractor, "Bayer unit Covestro grew.", "en", "Covestro")
    assert _of(x, "subsidiaryOf") == {("Covestro", "Bayer")}


# --- a deal only tried, ruled out, unlikely or counterfactual ---------------------------


def test_takeover_only_tried_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "SAP tried to buy Oracle in 2020.", "en", "SAP")
    assert _of(x, "acquired") == set()


def test_counterfactual_takeover_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "SAP would have bought Oracle.", "en", "SAP")
    assert _of(x, "acquired") == set()


def test_unlikely_takeover_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "A takeover of Oracle by SAP is unlikely.", "en", "SAP")
    assert _of(x, "acquired") == set()


def test_german_takeover_ruled_out_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "SAP schließt eine Übernahme von Oracle aus.", "de", "SAP")
    assert _of(x, "acquired") == set()


def test_german_takeover_announced_is_a_takeover(extractor: Extractor) -> None:
    # look-alike: "aus" inside the clause, not its closing particle
    x = run(extractor, "SAP kündigt eine Übernahme von Oracle aus eigenen Mitteln an.", "de", "SAP")
    assert _of(x, "acquired") == {("SAP", "Oracle")}


def test_partnership_only_hoped_for_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "SAP hopes to partner with Oracle.", "en", "SAP")
    assert _of(x, "partnerOf") == set()


def test_takeover_agreed_is_a_takeover(extractor: Extractor) -> None:
    x = run(extractor, "SAP agreed to buy Oracle.", "en", "SAP")
    assert _of(x, "acquired") == {("SAP", "Oracle")}


# --- a debut called off, postponed or only possible names no venue --------------------


def test_cancelled_debut_names_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Stada hat den Börsengang an der Frankfurter Börse abgesagt.", "de", "Stada")
    assert _of(x, "listedOn") == set()


def test_postponed_listing_names_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Stada postponed its listing on the Frankfurt Stock Exchange.", "en", "Stada")
    assert _of(x, "listedOn") == set()


def test_possible_debut_names_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Stada könnte an der Nasdaq an die Börse gehen.", "de", "Stada")
    assert _of(x, "listedOn") == set()


def test_debut_made_names_the_venue(extractor: Extractor) -> None:
    # look-alike: the debut took place
    x = run(extractor, "Stada feierte den Börsengang an der Frankfurter Börse.", "de", "Stada")
    assert _of(x, "listedOn") == {("Stada", "Frankfurt Stock Exchange")}


def test_venue_after_a_negation_is_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings shares trade on the Nasdaq, not in London.", "en", "Arm Holdings")
    assert _of(x, "listedOn") == {("Arm Holdings", "Nasdaq")}
