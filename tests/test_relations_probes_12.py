"""Precision guards of the twelfth round, on sentences written for the test: a
fact of a name in a phrase set off by commas (an apposition or a relative clause)
is not the fact of the name it describes, a rival phrase closed by a comma ends
before the next verb, and a parent noun names no company the text has not shown
to own the one just named.

Companies are real catalogue entries; the facts are invented. Each guard has a
look-alike beside it that must still yield its fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _rivals(x: Extraction, company: str) -> set[str]:
    """The company's rivals, from either end of the symmetric relation."""
    return {o if s == company else s for s, p, o in triples(x)
            if p == "competitorOf" and company in (s, o)}


def _partners(x: Extraction, company: str) -> set[str]:
    """The company's partners, from either end of the symmetric relation."""
    return {o if s == company else s for s, p, o in triples(x)
            if p == "partnerOf" and company in (s, o)}


# --- a rival phrase ends at a comma and a verb --------------------------------------


def test_rival_set_off_by_commas_is_no_rival_of_the_verbs_object(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia reported strong demand. The rival, AMD, works with Oracle.",
            "en", "Nvidia results")
    assert _rivals(x, "Nvidia") == {"Advanced Micro Devices"}
    assert ("Advanced Micro Devices", "partnerOf", "Oracle") in triples(x)


def test_rival_apposition_after_a_name_names_no_rival_of_a_partner(extractor: Extractor) -> None:
    x = run(extractor, "SAP reported strong cloud sales. Oracle, its competitor, partners with Amazon.",
            "en", "SAP results")
    assert _rivals(x, "Amazon") == set()
    assert _partners(x, "Oracle") == {"Amazon"}


def test_rival_list_still_runs_through_commas(extractor: Extractor) -> None:
    # look-alike: a list of rivals after the noun, with no verb after the comma
    x = run(extractor, "Nvidia reported strong demand. Its rivals, AMD and Intel, lagged.",
            "en", "Nvidia results")
    assert _rivals(x, "Nvidia") == {"Advanced Micro Devices", "Intel"}


# --- "der Rivale X, der Y beliefert": a German relative clause, no list ----------------


def test_name_in_a_relative_after_a_rival_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia profitiert von der Nachfrage. Der Rivale AMD, der Oracle beliefert, "
                       "zog nach.", "de", "Nvidia-Aktie")
    assert _rivals(x, "Nvidia") == {"Advanced Micro Devices"}
    assert _rivals(x, "Oracle") == set()


def test_rivals_after_an_article_still_form_a_list(extractor: Extractor) -> None:
    # look-alike: "der" before the second rival is its article, the list goes on
    x = run(extractor, "Nvidia profitiert von der Nachfrage. Zu den Konkurrenten zählen AMD, "
                       "der Konzern Intel und Qualcomm.", "de", "Nvidia-Aktie")
    assert _rivals(x, "Nvidia") == {"Advanced Micro Devices", "Intel", "Qualcomm"}


# --- a name in a phrase set off by commas is not the subject ---------------------------


def test_parent_in_an_apposition_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Porsche, eine Tochter von Volkswagen, kooperiert mit Apple.", "de", "Porsche")
    assert _partners(x, "Apple") == {"Porsche"}
    assert ("Porsche", "subsidiaryOf", "Volkswagen") in triples(x)


def test_parent_in_an_english_apposition_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Porsche, a unit of Volkswagen, partners with Apple.", "en", "Porsche")
    assert _partners(x, "Apple") == {"Porsche"}


def test_customer_in_a_possessive_apposition_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Intel, Dell's supplier, partners with Microsoft.", "en", "Intel")
    assert _partners(x, "Microsoft") == {"Intel"}


def test_name_in_a_set_off_phrase_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft, OpenAI's largest investor, competes with Google.", "en", "Microsoft")
    assert _rivals(x, "Google") == {"Microsoft"}


def test_holder_in_a_verb_final_relative_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank, an der Unicredit beteiligt ist, kooperiert mit Google.",
            "de", "Commerzbank")
    assert _partners(x, "Google") == {"Commerzbank"}


def test_stake_in_a_verb_final_relative_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Die Lufthansa, die sich an ITA Airways beteiligt hat, konkurriert mit "
                       "Air France-KLM.", "de", "Lufthansa")
    assert _rivals(x, "Air France-KLM") == {"Lufthansa"}


def test_last_name_of_a_plain_list_is_still_a_partner(extractor: Extractor) -> None:
    # look-alike: names joined by a comma and "und" are one list of subjects
    x = run(extractor, "Siemens und ABB kooperieren mit Nvidia.", "de", "Industrie")
    assert _partners(x, "Nvidia") >= {"ABB"}


# --- a parent noun names a parent, never the company just named ------------------------


def test_parent_noun_after_a_company_with_no_owner_named_names_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Porsche kooperiert mit Apple. Der Mutterkonzern beteiligt sich an Rivian.",
            "de", "Porsche")
    assert not {t for t in triples(x) if t[1] == "investsIn"}


def test_english_parent_noun_names_no_one_unowned(extractor: Extractor) -> None:
    x = run(extractor, "Porsche partners with Apple. Its parent invested in Rivian.", "en", "Porsche")
    assert not {t for t in triples(x) if t[1] == "investsIn"}


def test_parent_noun_after_a_subsidiary_names_its_owner(extractor: Extractor) -> None:
    # look-alike: the text shows the owner ("die Tochter Porsche" of Volkswagen)
    x = run(extractor, "Volkswagen verkauft mehr Autos. Die Tochter Porsche kooperiert mit Apple. "
                       "Der Mutterkonzern beteiligt sich an Rivian.", "de", "Volkswagen")
    assert ("Volkswagen", "investsIn", "Rivian Automotive") in triples(x)


# --- a speech verb after a comma ends a list of objects -------------------------------


def test_speaker_after_a_comma_is_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia, which sells chips to Microsoft, said AMD is its rival.", "en", "Nvidia")
    assert {o for s, p, o in triples(x) if p == "supplierOf" and s == "Nvidia"} == {"Microsoft"}


def test_customers_listed_after_a_comma_are_still_customers(extractor: Extractor) -> None:
    # look-alike: a comma and another name, no speech verb between
    x = run(extractor, "Nvidia sells chips to Microsoft, Meta and Oracle.", "en", "Nvidia")
    assert {o for s, p, o in triples(x) if p == "supplierOf" and s == "Nvidia"} == {
        "Microsoft", "Meta Platforms", "Oracle"}


# --- "X-owned Y": the owner qualifies the name after it --------------------------------


def test_owner_before_owned_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "SoftBank-owned Arm partners with Nvidia.", "en", "Chips")
    assert _partners(x, "Nvidia") <= {"Arm Holdings", "Arm"}
    assert "SoftBank Group" not in _partners(x, "Nvidia")


def test_backer_before_backed_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "SoftBank-backed Arm competes with Intel.", "en", "Chips")
    assert "SoftBank Group" not in _rivals(x, "Intel")


def test_company_after_a_backer_is_still_the_partner(extractor: Extractor) -> None:
    # look-alike: the name after "-backed" is known, and it is the partner
    x = run(extractor, "Amazon-backed Rivian partners with Volkswagen.", "en", "Rivian")
    assert _partners(x, "Volkswagen") == {"Rivian Automotive"}


# --- a trigger in a relative clause takes no object after the clause closes -----------


def test_buyer_in_a_relative_buys_no_name_of_the_main_clause(extractor: Extractor) -> None:
    x = run(extractor, "Spirit AeroSystems, which Boeing agreed to buy, also supplies Airbus.",
            "en", "Boeing")
    assert not {t for t in triples(x) if t[1] == "acquired" and t[2] == "Airbus"}


def test_buyer_with_its_target_in_the_relative_still_buys_it(extractor: Extractor) -> None:
    # look-alike: the target stands inside the relative clause, with its verb
    x = run(extractor, "Exxon Mobil, which agreed to buy Pioneer Natural Resources, reported higher "
                       "output.", "en", "Exxon Mobil")
    assert ("ExxonMobil", "acquired", "Pioneer Natural Resources") in triples(x)


def test_german_buyer_in_a_relative_buys_no_name_of_the_main_clause(extractor: Extractor) -> None:
    # "den" looks like an article; the name and a final verb before the comma make it a pronoun
    x = run(extractor, "Spirit AeroSystems, den Boeing übernehmen will, beliefert auch Airbus.",
            "de", "Boeing")
    assert not {t for t in triples(x) if t[1] == "acquired" and t[2] == "Airbus"}


def test_german_buyer_before_its_target_still_buys_it(extractor: Extractor) -> None:
    # look-alike: the target in the main clause, a relative clause after it
    x = run(extractor, "Boeing übernimmt den Zulieferer Spirit AeroSystems, der auch Airbus beliefert.",
            "de", "Boeing")
    assert ("Boeing", "acquired", "Spirit AeroSystems") in triples(x)


def test_german_buyer_in_a_relative_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Spirit AeroSystems, den Boeing übernehmen will, beliefert auch Airbus.",
            "de", "Boeing")
    assert ("Boeing", "supplierOf", "Airbus") not in triples(x)
