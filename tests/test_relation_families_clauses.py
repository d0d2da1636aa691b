"""Relation families decided by the clause a name stands in: the speaker's
title after reported speech, a title compound naming an unknown employer, a
title joined to a business unit, a name governed by a preposition, a rival
phrase hanging on a noun, and shares that change hands.

Companies are real catalogue entries; the people and facts are invented. Each
positive case has a look-alike beside it that must yield something else or
nothing.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def _employers(x: object, person: str) -> set[str]:
    return {o for s, p, o in triples(x) if p == "worksFor" and s == person}  # type: ignore[arg-type]


# --- a title joined to a business unit --------------------------------------------------


def test_title_of_a_unit_makes_the_unit_the_employer(extractor: Extractor) -> None:
    x = run(extractor, "Amazon legte Zahlen vor. Maria Lopez, president of Amazon Web Services, "
                       "said demand for computing capacity keeps rising.",
            lang="en", headline="Amazon earnings")
    assert _employers(x, "Maria Lopez") == {"Amazon Web Services"}


def test_unit_named_later_in_the_sentence_is_no_employer(extractor: Extractor) -> None:
    # the title stands alone; the unit is what the person spoke of, the company employs them
    x = run(extractor, "Amazon reported results. Amazon raised its outlook. Maria Lopez, the "
                       "president, said Amazon Web Services grew faster than expected.",
            lang="en", headline="Amazon earnings")
    assert "Amazon Web Services" not in _employers(x, "Maria Lopez")


# --- the speaker's title after reported speech ------------------------------------------


def test_name_in_reported_speech_is_no_employer_of_the_speaker(extractor: Extractor) -> None:
    x = run(extractor, "ADNOC legt Zahlen vor. ADNOC bestätigt die Ziele. Die Integration von "
                       "Covestro laufe nach Plan, sagte Vorstandschef Karl Brenner.",
            headline="ADNOC bestätigt Ziele")
    assert "Covestro" not in _employers(x, "Karl Brenner")


def test_name_in_reported_speech_is_no_employer_in_english(extractor: Extractor) -> None:
    x = run(extractor, "ADNOC reported results. ADNOC confirmed its targets. The Covestro "
                       "integration is on track, said CEO Karl Brenner.",
            lang="en", headline="ADNOC confirms targets")
    assert "Covestro" not in _employers(x, "Karl Brenner")


def test_organisation_before_a_title_without_a_speech_verb_employs(extractor: Extractor) -> None:
    # the look-alike: no reported speech, the clause names the employer before the title
    x = run(extractor, "Die Chemiebranche leidet. Bei Covestro ist Vorstandschef Karl Brenner "
                       "dennoch zuversichtlich.", headline="Chemie")
    assert _employers(x, "Karl Brenner") == {"Covestro"}


# --- a title compound naming an unknown employer ----------------------------------------


def test_title_compound_of_an_unknown_name_falls_back_to_no_one(extractor: Extractor) -> None:
    # "Zeltwerk" is no entity we know: neither the bank named before nor the article's
    # company is the employer
    x = run(extractor, "RWE legt Zahlen vor. RWE bestätigt die Prognose. Die Baader Bank hob das "
                       "Kursziel für RWE an. Zeltwerk-Chef Max Muster kündigte höhere "
                       "Investitionen an.", headline="RWE bestätigt Prognose")
    assert _employers(x, "Max Muster") == set()


def test_title_compound_of_a_known_or_generic_word_keeps_the_employer(
        extractor: Extractor) -> None:
    known = run(extractor, "Die Baader Bank hob das Kursziel an. RWE-Chef Max Muster kündigte "
                           "höhere Investitionen an.", headline="Versorger")
    assert _employers(known, "Max Muster") == {"RWE"}
    generic = run(extractor, "RWE legt Zahlen vor. RWE bestätigt die Prognose. Konzern-Chef Max "
                             "Muster kündigte höhere Investitionen an.",
                  headline="RWE bestätigt Prognose")
    assert _employers(generic, "Max Muster") == {"RWE"}


# --- a name governed by a preposition ----------------------------------------------------


def test_name_after_a_preposition_is_no_subject_of_the_verb(extractor: Extractor) -> None:
    # German word order: "Gemeinsam mit X liefert Y": Y supplies, X does not supply Y
    x = run(extractor, "Zusammen mit dem Partner Siemens liefert Alstom neue Züge an die "
                       "Deutsche Bahn.", headline="Bahnindustrie")
    suppliers = {(s, o) for s, p, o in triples(x) if p == "supplierOf"}
    assert ("Siemens", "Alstom") not in suppliers
    assert not {pair for pair in suppliers if pair[0] == "Siemens"}


def test_subject_before_the_verb_still_supplies(extractor: Extractor) -> None:
    x = run(extractor, "Siemens liefert neue Züge an die Deutsche Bahn.", headline="Bahnindustrie")
    assert ("Siemens", "supplierOf", "Deutsche Bahn") in triples(x)


# --- a rival phrase hanging on a noun -----------------------------------------------------


def test_rival_in_the_genitive_is_the_article_subjects_rival(extractor: Extractor) -> None:
    x = run(extractor, "Mercedes-Benz verdient mehr. Die Mercedes-Aktie steigt. Die Papiere des "
                       "Münchner Rivalen BMW legten um 2 Prozent zu, Volkswagen verloren 1 Prozent.",
            headline="Mercedes-Benz verdient mehr")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Mercedes-Benz Group", "BMW")) in rivals
    assert frozenset(("Volkswagen", "BMW")) not in rivals


def test_rival_of_english_shares_phrase_is_the_article_subjects_rival(
        extractor: Extractor) -> None:
    x = run(extractor, "Mercedes-Benz earned more. Mercedes-Benz shares rose. Shares of rival BMW "
                       "rose 2%, while Volkswagen fell 1%.", lang="en",
            headline="Mercedes-Benz earns more")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Volkswagen", "BMW")) not in rivals


# --- shares that change hands ---------------------------------------------------------------


def test_selling_shares_or_a_stake_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "SoftBank sold 10 million Nvidia shares to institutional investors. "
                       "SoftBank also sells its T-Mobile stake.", lang="en", headline="SoftBank")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


def test_selling_products_is_supply(extractor: Extractor) -> None:
    x = run(extractor, "TSMC sells advanced chips to Nvidia.", lang="en", headline="TSMC")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia") in triples(x)


# --- an index member named after a copula ---------------------------------------------------


def test_unknown_name_after_the_index_copula_is_the_member_not_the_passages_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Die OMV-Aktien fielen um 1 Prozent. Schlusslicht im ATX war Zeltwerk mit "
                       "einem Minus von 3 Prozent.", headline="Wiener Börse")
    assert ("OMV", "memberOf", "ATX") not in triples(x)


def test_known_name_after_the_index_copula_is_the_member(extractor: Extractor) -> None:
    x = run(extractor, "Die Verbund-Aktien stiegen um 1 Prozent. Schlusslicht im ATX war OMV mit "
                       "einem Minus von 3 Prozent.", headline="Wiener Börse")
    assert ("OMV", "memberOf", "ATX") in triples(x)
    shares = run(extractor, "Die OMV-Aktien fielen um 3 Prozent. Die Papiere bildeten damit das "
                            "Schlusslicht im ATX.", headline="OMV unter Druck")
    assert ("OMV", "memberOf", "ATX") in triples(shares)


# --- coverage from an estimate ----------------------------------------------------------------


def test_estimate_whose_sentence_names_no_institution_shows_no_coverage(
        extractor: Extractor) -> None:
    # the bank of the sentence before is a customer, not the source of the estimate
    x = run(extractor, "Alibaba Cloud counts HSBC among its largest customers. Its revenue is "
                       "expected to exceed 30 billion yuan this year, according to people familiar "
                       "with the matter.", lang="en", headline="Alibaba cloud unit")
    assert not {t for t in triples(x) if t[1] == "covers"}


def test_estimate_of_a_named_institution_shows_coverage(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba reported results. HSBC expects revenue of Alibaba to exceed "
                       "1 trillion yuan next year.", lang="en", headline="Alibaba earnings")
    assert ("HSBC", "covers", "Alibaba Group") in triples(x)


# --- an index named in one part of a sentence -------------------------------------------------


def test_of_several_names_the_one_in_the_index_part_is_the_member(extractor: Extractor) -> None:
    x = run(extractor, "Rüstungswerte waren gefragt. Hensoldt gewannen 3 Prozent, Rheinmetall "
                       "legten im DAX um 2 Prozent zu.", headline="Rüstungswerte")
    members = {s for s, p, o in triples(x) if p == "memberOf"}
    assert members == {"Rheinmetall"}


def test_several_names_in_the_index_part_name_no_member(extractor: Extractor) -> None:
    # no comma parts the names: which one the index belongs to is unclear
    x = run(extractor, "Nach Zahlen von Siemens legte SAP im DAX um 2 Prozent zu.",
            headline="Marktbericht")
    assert not {t for t in triples(x) if t[1] == "memberOf"}


# --- "X, Y's majority owner," --------------------------------------------------------------------


def test_owner_apposition_invests_in_the_owned(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen, Traton's majority owner, bought more shares on Tuesday.",
            lang="en", headline="Volkswagen")
    assert ("Volkswagen", "investsIn", "Traton") in triples(x)


def test_owner_noun_of_a_thing_is_no_stake(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen, the owner of several plants, bought Traton trucks.",
            lang="en", headline="Volkswagen")
    assert not {t for t in triples(x) if t[1] == "investsIn"}


# --- "X jumped 6% in Shanghai" ----------------------------------------------------------------------


def test_price_move_in_a_city_names_the_companys_exchange(extractor: Extractor) -> None:
    x = run(extractor, "Chinese chip stocks rallied. Tencent fell 2% in Hong Kong, while "
                       "Cambricon jumped 6% in Shanghai.", lang="en", headline="China stocks")
    found = triples(x)
    assert ("Cambricon Technologies", "listedOn", "Shanghai Stock Exchange") in found
    de = run(extractor, "Chipwerte waren gefragt. Cambricon stiegen um 6 Prozent in Shanghai.",
             headline="China-Aktien")
    assert ("Cambricon Technologies", "listedOn", "Shanghai Stock Exchange") in triples(de)


def test_business_growth_in_a_city_names_no_exchange(extractor: Extractor) -> None:
    x = run(extractor, "Cambricon's sales rose 6% in Shanghai last year.", lang="en",
            headline="Cambricon")
    assert not {t for t in triples(x) if t[1] == "listedOn"}


# --- a medium that was told something -------------------------------------------------------------

# A passage that names no company for longer than a title looks back.
_NETWORK = ("RWE erhöht die Investitionen. Die Netze werden ausgebaut. Die Leitungen sind alt. "
            "Die Kosten steigen. Die Kunden zahlen mehr. Die Regeln ändern sich. Die Zinsen sinken. ")


def test_medium_told_something_is_no_organisation_of_the_passage(extractor: Extractor) -> None:
    # the paper heard the chief; the finance chief named next works for the article's company
    x = run(extractor, _NETWORK + "\"Wir bauen das Netz der Zukunft\", sagte Max Muster dem "
                       "Handelsblatt. Finanzchefin Erika Beispiel kündigte Anleihen an.",
            headline="RWE erhöht Investitionen")
    assert _employers(x, "Erika Beispiel") == {"RWE"}


def test_company_of_the_passage_still_blocks_the_article_subject(extractor: Extractor) -> None:
    # the look-alike: another company, not a medium, is what the passage speaks of
    x = run(extractor, _NETWORK + "Auch Uniper legte Zahlen vor. Finanzchefin Erika Beispiel "
                       "kündigte Anleihen an.", headline="RWE erhöht Investitionen")
    assert "RWE" not in _employers(x, "Erika Beispiel")


# --- "konkurriert X vor allem mit A aus B und C" -------------------------------------------------------


def test_competes_with_the_subject_after_the_verb_and_rivals_with_their_home(
        extractor: Extractor) -> None:
    x = run(extractor, "Im Chipgeschäft konkurriert Infineon vor allem mit STMicroelectronics aus "
                       "der Schweiz und NXP aus den Niederlanden.", headline="Halbleiter")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Infineon Technologies", "STMicroelectronics")) in rivals
    assert frozenset(("Infineon Technologies", "NXP Semiconductors")) in rivals


def test_competes_names_no_place_as_rival(extractor: Extractor) -> None:
    x = run(extractor, "Infineon konkurriert seit Jahren in China mit NXP.", headline="Halbleiter")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert rivals == {frozenset(("Infineon Technologies", "NXP Semiconductors"))}


# --- "a venture with X and Y" -------------------------------------------------------------------


def test_venture_with_names_partners(extractor: Extractor) -> None:
    x = run(extractor, "SoftBank is funding a data center venture with Oracle.", lang="en",
            headline="SoftBank")
    found = triples(x)
    assert ("SoftBank Group", "partnerOf", "Oracle") in found \
        or ("Oracle", "partnerOf", "SoftBank Group") in found


def test_venture_capital_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "SoftBank's venture capital arm backed Oracle years ago.", lang="en",
            headline="SoftBank")
    assert not {t for t in triples(x) if t[1] == "partnerOf"}
