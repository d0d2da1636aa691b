"""Relation families of written text, on sentences written for the test: a
place in an index named by a compound, and more.

Companies are real catalogue entries; the facts are invented. Each positive
case has a look-alike beside it that must yield nothing.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a place in an index: "an der Dax-Spitze", "unter den Dax-Werten", "im Nebenwerteindex SDax"


def test_member_named_in_the_clause_of_an_index_position_compound(extractor: Extractor) -> None:
    x = run(extractor, "Der Markt schloss fester. An der Dax-Spitze stiegen die Papiere von "
                       "Zalando um 4 Prozent. Unter den übrigen MDax-Werten gaben Lanxess "
                       "2 Prozent nach.", headline="Aktien Frankfurt")
    found = triples(x)
    assert ("Zalando", "memberOf", "DAX") in found
    assert ("Lanxess", "memberOf", "MDAX") in found


def test_index_position_compound_in_another_clause_names_no_member(extractor: Extractor) -> None:
    # the company of the second clause, after the comma, is not the one at the top of the index
    x = run(extractor, "An der Dax-Spitze lag der Versorger, während Zalando im Ausland "
                       "Marktanteile gewann.", headline="Aktien Frankfurt")
    assert ("Zalando", "memberOf", "DAX") not in triples(x)


def test_member_after_an_index_noun_before_the_index_name(extractor: Extractor) -> None:
    x = run(extractor, "Im Nebenwerteindex SDax verloren die Aktien von Hornbach 3 Prozent.",
            headline="Aktien Frankfurt")
    assert ("Hornbach", "memberOf", "SDAX") in triples(x)


def test_index_noun_after_a_verb_names_no_member(extractor: Extractor) -> None:
    # "mit dem Nebenwerteindex SDax" compares, it places no one in the index
    x = run(extractor, "Hornbach schnitt besser ab als der Nebenwerteindex SDax.",
            headline="Aktien Frankfurt")
    assert ("Hornbach", "memberOf", "SDAX") not in triples(x)


# --- investors named as examples hold no stake ------------------------------------------


def test_investors_named_as_examples_hold_no_stake(extractor: Extractor) -> None:
    de = run(extractor, "Der Arzneimittelhersteller Stada lockt Investoren wie KKR und Blackstone.",
             headline="Stada")
    en = run(extractor, "Stada is courting investors like KKR and Blackstone.", headline="Stada",
             lang="en")
    assert not {t for t in triples(de) | triples(en) if t[1] == "investsIn"}


def test_investors_named_with_a_holding_verb_hold_a_stake(extractor: Extractor) -> None:
    de = run(extractor, "An Stada sind Investoren wie KKR und Blackstone beteiligt.", headline="Stada")
    en = run(extractor, "Stada is backed by investors such as KKR.", headline="Stada", lang="en")
    assert ("KKR", "investsIn", "Stada") in triples(de)
    assert ("Blackstone", "investsIn", "Stada") in triples(de)
    assert ("KKR", "investsIn", "Stada") in triples(en)


# --- a data provider cited as a source is covered by no one -----------------------------


def test_a_company_cited_as_a_poll_source_is_not_covered(
        extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Rheinmetall gab nach. Einer Umfrage von FactSet zufolge "
                       "raten 20 Häuser zum Kauf. Die DZ Bank bekräftigte ihr Kaufvotum mit einem "
                       "fairen Wert von 2.300 Euro. Der Umsatz des Konzerns werde 2026 auf "
                       "15 Milliarden Euro steigen, schätzt die Bank.", headline="Rheinmetall-Aktie")
    found = triples(x)
    assert ("DZ Bank", "covers", "FactSet") not in found
    assert ("DZ Bank", "covers", "Rheinmetall") in found


def test_a_data_provider_named_as_a_subject_is_still_covered(extractor: Extractor) -> None:
    # FactSet as the company the analysts speak of, not as a source, is covered
    x = run(extractor, "FactSet hat den Umsatz gesteigert. Die DZ Bank hob das Kursziel für "
                       "FactSet auf 400 Dollar an.", headline="FactSet")
    assert ("DZ Bank", "covers", "FactSet") in triples(x)


# --- an announcement from the seat: "wie der Konzern am Mittwoch in Essen mitteilte" --------


def test_a_company_announcing_from_a_city_sits_there(extractor: Extractor) -> None:
    noun = run(extractor, "Der Umsatz stieg um 3 Prozent, wie der Dax-Konzern am Mittwoch in Essen "
                          "mitteilte.", headline="Brenntag erhöht Prognose")
    name = run(extractor, "Der Umsatz stieg, teilte Brenntag am Dienstag in Essen mit.",
               headline="Chemiehandel")
    assert ("Brenntag", "locatedIn", "Essen") in triples(noun)
    assert ("Brenntag", "locatedIn", "Essen") in triples(name)


def test_an_announcement_elsewhere_or_by_others_gives_no_seat(extractor: Extractor) -> None:
    fair = run(extractor, "Der Umsatz stieg, wie der Konzern auf einer Messe in Las Vegas mitteilte.",
               headline="Brenntag erhöht Prognose")
    analysts = run(extractor, "Der Umsatz stieg, wie Analysten am Mittwoch in London mitteilten.",
                   headline="Brenntag erhöht Prognose")
    # the catalogue seats BMW in Munich: a statement from Berlin is no seat
    away = run(extractor, "Der Umsatz stieg, wie der Konzern am Mittwoch in Berlin mitteilte.",
               headline="BMW erhöht Prognose")
    for x in (fair, analysts, away):
        assert not {t for t in triples(x) if t[1] == "locatedIn"}


# --- a possessive with a brand or drug noun names the company's own product ---------------


def test_its_brand_or_drug_named_after_the_noun_is_developed_by_the_company(
        extractor: Extractor) -> None:
    en = run(extractor, "Beiersdorf said sales of its brand Nivea rose 5%.", headline="Beiersdorf",
             lang="en")
    de = run(extractor, "Novo Nordisk steigerte den Umsatz seines Medikaments Wegovy um 20 Prozent.",
             headline="Novo Nordisk")
    assert ("Beiersdorf", "develops", "Nivea") in triples(en)
    assert ("Novo Nordisk", "develops", "Wegovy") in triples(de)


def test_a_brand_or_drug_compared_with_another_product_is_not_owned(extractor: Extractor) -> None:
    en = run(extractor, "Beiersdorf said its brand grew faster than Nivea.", headline="Beiersdorf",
             lang="en")
    de = run(extractor, "Novo Nordisk verliert Marktanteile, sein Medikament wirkt schwächer als "
                        "Zepbound.", headline="Novo Nordisk")
    assert ("Beiersdorf", "develops", "Nivea") not in triples(en)
    assert ("Novo Nordisk", "develops", "Zepbound") not in triples(de)


# --- "owns the unit A and a stake in B": A is a second object, the subject holds B ---------


def test_a_name_joined_to_a_stake_is_no_holder(extractor: Extractor) -> None:
    en = run(extractor, "Nebius, which also owns the robotics unit Avride and a stake in Atos, "
                        "rose 3%.", headline="Cloud providers", lang="en")
    de = run(extractor, "Siemens besitzt die Sparte Healthineers und eine Beteiligung an Atos.",
             headline="Industrie")
    assert ("Avride", "investsIn", "Atos") not in triples(en)
    assert ("Nebius Group", "investsIn", "Atos") in triples(en)
    assert ("Siemens Healthineers", "investsIn", "Atos") not in triples(de)
    assert ("Siemens", "investsIn", "Atos") in triples(de)


def test_holders_listed_before_the_verb_of_a_stake_each_hold_it(extractor: Extractor) -> None:
    # "A and B hold a stake": a list of subjects, not an object joined to the stake
    en = run(extractor, "Nvidia and Microsoft hold a stake in Atos.", headline="Chip makers",
             lang="en")
    assert ("Nvidia", "investsIn", "Atos") in triples(en)
    assert ("Microsoft", "investsIn", "Atos") in triples(en)


# --- "one of the biggest buyers of Nvidia's H20 chips": the maker supplies, the buyer uses --


def test_a_buyer_of_a_makers_product_is_supplied_and_uses_it(extractor: Extractor) -> None:
    x = run(extractor, "ByteDance has been one of the biggest buyers of Nvidia's H20 chips in China.",
            headline="Chip makers", lang="en")
    found = triples(x)
    assert ("Nvidia", "supplierOf", "ByteDance") in found
    assert ("ByteDance", "uses", "H20") in found


def test_buyers_in_general_after_a_speaker_are_no_one(extractor: Extractor) -> None:
    # "X said buyers of …": the buyers are others, X only speaks
    x = run(extractor, "ByteDance said buyers of Nvidia's H20 chips face delays. Alibaba said "
                       "buyers of Nvidia face delays too.", headline="Chip makers", lang="en")
    found = triples(x)
    assert not {t for t in found if t[1] in ("supplierOf", "uses")}


def test_a_name_in_a_closed_relative_clause_is_no_buyer(extractor: Extractor) -> None:
    x = run(extractor, "OpenAI, which agreed to deploy AMD chips last year, remains the largest "
                       "buyer of Nvidia's H20 chips.", headline="Chip makers", lang="en")
    found = triples(x)
    assert ("Advanced Micro Devices", "uses", "H20") not in found
    assert ("OpenAI", "uses", "H20") in found


# --- "Gemeinsam mit dem Partner X liefert Y", "building a site with utility partner X" ------


def test_a_partner_named_after_with_is_the_clause_subjects_partner(extractor: Extractor) -> None:
    de = run(extractor, "Gemeinsam mit dem spanischen Partner Indra liefert Hensoldt das neue Radar.",
             headline="Rüstung")
    en = run(extractor, "Nebius is building a data center near Stockholm with its chip partner "
                        "Nvidia.", headline="Cloud", lang="en")
    assert ("Hensoldt", "partnerOf", "Indra Sistemas") in triples(de) \
        or ("Indra Sistemas", "partnerOf", "Hensoldt") in triples(de)
    assert ("Nebius Group", "partnerOf", "Nvidia") in triples(en) \
        or ("Nvidia", "partnerOf", "Nebius Group") in triples(en)


def test_a_partner_noun_without_with_names_no_partnership_of_the_subject(
        extractor: Extractor) -> None:
    # "der frühere Partner" as the subject of its own clause, no "mit": nothing ties it to Hensoldt
    de = run(extractor, "Hensoldt meldet Aufträge. Der frühere Partner Indra verliert dagegen.",
             headline="Rüstung")
    en = run(extractor, "Nebius reported growth, and partner Nvidia raised prices.",
             headline="Cloud", lang="en")
    assert not {t for t in triples(de) | triples(en) if t[1] == "partnerOf"}


# --- "chips designed by Broadcom for Google and Meta": the maker supplies each one named ------


def test_a_maker_named_after_by_supplies_those_named_after_for(extractor: Extractor) -> None:
    en = run(extractor, "The chips, built by TSMC for Nvidia and AMD, sold out.", headline="Chips",
             lang="en")
    de = run(extractor, "AMD verliert Marktanteile an die von Broadcom für Google und Meta "
                        "entwickelten Chips.", headline="Chips")
    assert {("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia"),
            ("Taiwan Semiconductor Manufacturing", "supplierOf", "Advanced Micro Devices")} \
        <= triples(en)
    assert {("Broadcom", "supplierOf", "Google"), ("Broadcom", "supplierOf", "Meta Platforms")} \
        <= triples(de)


def test_a_maker_of_a_part_or_a_report_receives_nothing(extractor: Extractor) -> None:
    # "sells phones with modems made by X": X made a part, Apple supplies it nothing;
    # a report written for investors names no customer
    en = run(extractor, "Apple sells phones with modems made by Qualcomm for the US market.",
             headline="Phones", lang="en")
    de = run(extractor, "Der von Morgan Stanley für Investoren erstellte Bericht lobt Nvidia.",
             headline="Chips")
    assert not {t for t in triples(en) | triples(de) if t[1] == "supplierOf"}


# --- "deepens its ties with Japanese supplier Denso": the supplier of the clause's subject ---


def test_a_supplier_named_in_a_tie_supplies_the_subject(extractor: Extractor) -> None:
    en = run(extractor, "Toyota is deepening its ties with Japanese supplier Denso.", headline="Cars",
             lang="en")
    de = run(extractor, "Toyota vertieft die Zusammenarbeit mit dem japanischen Zulieferer Denso.",
             headline="Autos")
    assert ("Denso", "supplierOf", "Toyota Motor") in triples(en)
    assert ("Denso", "supplierOf", "Toyota Motor") in triples(de)


def test_a_supplier_noun_in_a_comparison_supplies_no_one(extractor: Extractor) -> None:
    en = run(extractor, "Analysts compared Toyota with supplier Denso.", headline="Cars", lang="en")
    de = run(extractor, "Toyota verglich sich mit dem Zulieferer Denso.", headline="Autos")
    assert not {t for t in triples(en) | triples(de) if t[1] == "supplierOf"}


# --- "the Boise, Idaho-based company": the article's company, unless seated in another city --


def test_a_seated_company_noun_means_the_article_company_known_only_by_country(
        extractor: Extractor) -> None:
    # the catalogue seats Micron in the United States only: Boise may be its seat
    x = run(extractor, "Micron Technology raised its forecast. The Boise, Idaho-based company also "
                       "said it would spend more.", headline="Micron lifts forecast", lang="en")
    assert ("Micron Technology", "locatedIn", "Boise") in triples(x)


def test_a_seated_company_noun_is_not_a_company_seated_in_another_city(
        extractor: Extractor) -> None:
    # the catalogue seats BMW in Munich: "der Wolfsburger Konzern" is someone else
    x = run(extractor, "BMW hat mehr verdient. Der Wolfsburger Konzern meldete dagegen weniger "
                       "Gewinn.", headline="BMW verdient mehr")
    assert not {t for t in triples(x) if t[1] == "locatedIn" and t[0] == "BMW"}
