"""Relation families of the twelfth round, on sentences written for the test: a rival
named by its product ("competes with Pfizer's Nurtec"), also after a relative clause
("…, and with Y's product"); a maker named in a relative clause with "which" right
after the product ("Y, which X released"); an exchange named with its city in the
genitive ("on Shanghai's STAR Market"); rivals that take customers ("verliert Kunden
an Hersteller wie X", "losing customers to makers such as X"); a takeover named by
"mit dem Kauf des Anbieters X".

Companies are real catalogue entries; the facts are invented. Each positive case has
a look-alike beside it that must yield nothing.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _rivals(x: Extraction, company: str) -> set[str]:
    """The company's rivals, from either end of the symmetric relation."""
    return {o if s == company else s for s, p, o in triples(x)
            if p == "competitorOf" and company in (s, o)}


# --- competitorOf: a rival named by its maker's product ---------------------------------


def test_rival_product_of_a_maker_makes_the_maker_the_rival(extractor: Extractor) -> None:
    x = run(extractor, "Novartis reported results. In migraine, Novartis competes with "
                       "Pfizer's Nurtec.", lang="en")
    assert _rivals(x, "Novartis") == {"Pfizer"}


def test_rival_product_after_a_relative_clause_and_with(extractor: Extractor) -> None:
    x = run(extractor, "Novartis reported results. In migraine, Novartis will compete with "
                       "AbbVie, whose Qulipta pill leads the market, and with Pfizer's Nurtec.",
            lang="en")
    assert _rivals(x, "Novartis") == {"AbbVie", "Pfizer"}


def test_a_product_beside_a_product_stays_the_rival(extractor: Extractor) -> None:
    # look-alike: a product before the trigger rivals the product, not its maker
    x = run(extractor, "Novartis reported results. Novartis's Kisqali competes with "
                       "Pfizer's Ibrance.", lang="en")
    assert ("Kisqali", "competitorOf", "Ibrance") in triples(x)
    assert "Pfizer" not in _rivals(x, "Novartis")


def test_a_product_further_on_after_and_with_names_no_rival(extractor: Extractor) -> None:
    # look-alike: after "and with" come doctors, the product's maker is no rival
    x = run(extractor, "Novartis reported results. Novartis competes with AbbVie, whose "
                       "Qulipta pill leads the market, and with doctors who prescribe "
                       "Pfizer's Nurtec.", lang="en")
    assert _rivals(x, "Novartis") == {"AbbVie"}


# --- develops: "Y, which X released" -----------------------------------------------------


def test_maker_in_a_which_clause_right_after_the_product(extractor: Extractor) -> None:
    x = run(extractor, "Alphabet reported results. Gemini 4, which Google DeepMind released "
                       "in mid-October, is now used by 900 million people.", lang="en")
    assert ("Google DeepMind", "develops", "Gemini 4") in triples(x)


def test_which_clause_on_another_noun_names_no_maker(extractor: Extractor) -> None:
    # look-alike: the clause is about the servers, not the model before them
    x = run(extractor, "Alphabet reported results. Samsung runs Gemini 4 on servers, which "
                       "Dell built last year.", lang="en")
    assert not any(s == "Dell" for s, _, _ in triples(x))


def test_which_clause_of_a_user_names_no_maker(extractor: Extractor) -> None:
    # look-alike: the clause's verb is a use, no release
    x = run(extractor, "Alphabet reported results. Samsung uses Gemini 4, which Apple also "
                       "uses in its phones.", lang="en")
    assert ("Apple", "develops", "Gemini 4") not in triples(x)


# --- listedOn: "on Shanghai's STAR Market" -----------------------------------------------


def test_exchange_after_its_city_in_the_genitive(extractor: Extractor) -> None:
    x = run(extractor, "Hua Hong reported results. The company's shares on Shanghai's "
                       "STAR Market fell 4.7%.", lang="en")
    assert ("Hua Hong Semiconductor", "listedOn", "STAR Market") in triples(x)


def test_exchange_in_the_genitive_without_venue_word_lists_nothing(extractor: Extractor) -> None:
    # look-alike: the exchange is the subject of a clause, no venue of the shares
    x = run(extractor, "Hua Hong reported results. Its shares fell, while Shanghai's "
                       "STAR Market rose 2%.", lang="en")
    assert not any(p == "listedOn" and o == "STAR Market" for _, p, o in triples(x))


# --- competitorOf: customers lost to rivals ----------------------------------------------


def test_customers_lost_to_makers_such_as(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen legte Zahlen vor. Dort verliert Volkswagen Kunden an "
                       "heimische Hersteller wie BYD und Li Auto.")
    assert _rivals(x, "Volkswagen") == {"BYD", "Li Auto"}


def test_managers_lost_to_a_company_make_no_rival(extractor: Extractor) -> None:
    # look-alike: managers who left, no customers
    x = run(extractor, "Volkswagen legte Zahlen vor. Im Mai verlor Volkswagen mehrere "
                       "Manager an BYD.")
    assert not _rivals(x, "Volkswagen")


def test_losing_customers_to_makers_such_as(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen reported results. In China, Volkswagen is losing customers "
                       "to local makers such as BYD and Li Auto.", lang="en")
    assert _rivals(x, "Volkswagen") == {"BYD", "Li Auto"}


def test_managers_lost_to_a_company_make_no_rival_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen reported results. Volkswagen lost two managers to BYD.",
            lang="en")
    assert not _rivals(x, "Volkswagen")


# --- acquired: "mit dem Kauf des Anbieters X" --------------------------------------------


def test_takeover_named_by_kauf_des(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen legte Zahlen vor. Bereits 2023 hatte sich Volkswagen mit "
                       "dem Kauf des US-Softwareanbieters Rivian verstärkt.")
    assert ("Volkswagen", "acquired", "Rivian Automotive") in triples(x)


def test_kauf_by_a_buyer_after_durch_is_that_buyers(extractor: Extractor) -> None:
    # look-alike: the buyer follows "durch"; the company welcoming the deal bought nothing
    x = run(extractor, "Volkswagen legte Zahlen vor. Volkswagen begrüßte den Kauf von Rivian "
                       "durch Amazon.")
    assert ("Volkswagen", "acquired", "Rivian Automotive") not in triples(x)
    assert ("Amazon", "acquired", "Rivian Automotive") in triples(x)


def test_kauf_of_shares_is_no_takeover(extractor: Extractor) -> None:
    # look-alike: a purchase of shares
    x = run(extractor, "Volkswagen legte Zahlen vor. Volkswagen meldete den Kauf der Aktien "
                       "von Rivian.")
    assert not any(p == "acquired" for _, p, _ in triples(x))


# --- locatedIn: a seat compound in apposition to a name before it -----------------------


def _seats(x: Extraction, company: str) -> set[str]:
    return {o for s, p, o in triples(x) if p == "locatedIn" and s == company}


def test_seat_compound_after_a_comma_describes_the_name_before(extractor: Extractor) -> None:
    # "the Denver-based lender" is the apposition of FirstBank (a name the catalogue lacks);
    # PNC opens the clause of the buyer and sits elsewhere
    x = run(extractor, "PNC reported results. The integration of FirstBank, the Denver-based "
                       "lender PNC agreed to buy in September, is on track.", lang="en")
    assert "Denver" not in _seats(x, "PNC Financial Services")


def test_seat_compound_after_a_place_and_a_comma_keeps_its_name(extractor: Extractor) -> None:
    # look-alike: a place before the comma; the compound describes the speaker after it
    x = run(extractor, "PNC reported results. Revenue rose in Texas, the Pittsburgh-based "
                       "lender PNC said.", lang="en")
    assert _seats(x, "PNC Financial Services") == {"Pittsburgh"}


def test_seat_compound_opening_the_sentence_keeps_its_name(extractor: Extractor) -> None:
    x = run(extractor, "PNC reported results. The Pittsburgh-based lender PNC said revenue "
                       "rose.", lang="en")
    assert _seats(x, "PNC Financial Services") == {"Pittsburgh"}


# --- acquired: the buyer in a relative clause after the company --------------------------


def test_buyer_in_a_which_clause_after_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Amazon reported results. Amazon competes with Walmart, which Apple "
                       "acquired in 2016.", lang="en")
    assert ("Apple", "acquired", "Walmart") in triples(x)


def test_buyer_after_the_noun_of_an_apposition(extractor: Extractor) -> None:
    x = run(extractor, "Amazon reported results. Amazon competes with Walmart, the retailer "
                       "Apple agreed to buy in May.", lang="en")
    assert ("Apple", "acquired", "Walmart") in triples(x)


def test_a_stake_or_goods_bought_in_a_which_clause_are_no_takeover(extractor: Extractor) -> None:
    # look-alikes: a stake in the company, chips bought from it, a takeover by the company itself
    for clause in ("which Apple bought a 5% stake in", "which Apple bought chips from",
                   "which acquired Target in 2019"):
        x = run(extractor, f"Amazon reported results. Amazon competes with Walmart, {clause}.",
                lang="en")
        assert not any(p == "acquired" for _, p, _ in triples(x)), clause


# --- competitorOf: models measured against each other ------------------------------------


def test_model_that_matches_another_on_benchmarks(extractor: Extractor) -> None:
    x = run(extractor, "ByteDance reported results. Doubao 2.0 matches OpenAI's GPT-5 on "
                       "several reasoning benchmarks, ByteDance said.", lang="en")
    assert ("Doubao 2.0", "competitorOf", "GPT-5") in triples(x)


def test_matching_spending_then_tests_in_another_clause_is_no_rivalry(extractor: Extractor) -> None:
    # look-alike: "matched" takes spending; the tests belong to another clause
    x = run(extractor, "ByteDance reported results. ByteDance matched Alibaba's spending, while "
                       "GPT-5 did well in tests.", lang="en")
    assert not any(p == "competitorOf" for _, p, _ in triples(x))


def test_maker_after_the_noun_of_an_apposition_that_released_it(extractor: Extractor) -> None:
    x = run(extractor, "Alphabet reported results. Gemini 4, the model Google DeepMind "
                       "released in May, is used by 900 million people.", lang="en")
    assert ("Google DeepMind", "develops", "Gemini 4") in triples(x)


# --- investsIn: a backer compound ---------------------------------------------------------


def test_backer_compound_before_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Anthropic raised money. Amazon-backed Anthropic raised $3 billion on "
                       "Tuesday.", lang="en")
    assert ("Amazon", "investsIn", "Anthropic") in triples(x)


def test_backer_compound_before_a_noun_and_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Anthropic raised money. The Amazon-backed AI startup Anthropic raised "
                       "money.", lang="en")
    assert ("Amazon", "investsIn", "Anthropic") in triples(x)


def test_backer_compound_before_a_phrase_of_other_things_backs_no_name(extractor: Extractor) -> None:
    # look-alike: the compound's phrase speaks of projects; the name after "in" is no backed company
    x = run(extractor, "Anthropic raised money. Amazon-backed projects in Nvidia chips rose.",
            lang="en")
    assert not any(p == "investsIn" for _, p, _ in triples(x))


# --- competitorOf: "übertrifft X in Tests die Modelle Y und Z" ----------------------------


def test_model_beating_others_in_tests_with_the_subject_after_the_verb(extractor: Extractor) -> None:
    x = run(extractor, "Meta stellte ein Modell vor. Wie Meta mitteilte, übertrifft Llama 5 in "
                       "mehreren Tests die Modelle GPT-5 von OpenAI und Gemini 3 von Google.")
    assert _rivals(x, "Llama 5") == {"GPT-5", "Gemini 3"}
    assert not _rivals(x, "Meta Platforms")  # the company speaks, it rivals no one here


def test_beating_expectations_in_tests_names_no_rival(extractor: Extractor) -> None:
    # look-alike: the verb takes the expectations; the model after the comma is in another clause
    x = run(extractor, "Meta stellte ein Modell vor. Meta übertrifft in Tests die Erwartungen, "
                       "GPT-5 von OpenAI bleibt vorn.")
    assert not any(p == "competitorOf" for _, p, _ in triples(x))


# --- develops: "Entwickelt wurde Y von X", a unit named after its owner's genitive --------


def test_fronted_participle_names_the_maker_after_von(extractor: Extractor) -> None:
    x = run(extractor, "Meta stellte ein Modell vor. Entwickelt wurde Llama 5 von Metas neuer "
                       "Forschungseinheit Superintelligence Labs, die Alexandr Wang leitet.")
    assert ("Meta Superintelligence Labs", "develops", "Llama 5") in triples(x)


def test_fronted_participle_with_people_after_von_names_no_maker(extractor: Extractor) -> None:
    # look-alike: researchers made it; the company in their relative clause is a former employer
    x = run(extractor, "Meta stellte ein Modell vor. Entwickelt wurde Llama 5 von Forschern, "
                       "die früher bei Google arbeiteten.")
    assert ("Google", "develops", "Llama 5") not in triples(x)


def test_unit_after_its_owners_genitive_is_the_agent(extractor: Extractor) -> None:
    x = run(extractor, "Meta unveiled a model. Llama 5 was developed by Meta's new research "
                       "unit Superintelligence Labs.", lang="en")
    assert ("Meta Superintelligence Labs", "develops", "Llama 5") in triples(x)


def test_unit_after_a_conjunction_is_no_phrase_of_the_owner(extractor: Extractor) -> None:
    # look-alike: "and" joins a second agent; the owner's genitive phrase ends before it
    x = run(extractor, "Meta unveiled a model. Llama 5 was developed by Meta's engineers and "
                       "Superintelligence Labs.", lang="en")
    read = {(r.subject, r.object) for r in x.relations
            if r.predicate == "develops" and r.evidence.extractor == "relations/en/develops-passive"}
    assert read == {("Meta Platforms", "Llama 5")}
