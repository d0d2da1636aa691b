"""Relation families of the tenth round, on sentences written for the test:
the employer of an analyst whose title stands before the name, coverage in a
roundup of several houses, names with periods in lists, trigger words that
are part of a name, and several rival nouns in one sentence.

Companies are real catalogue entries; the facts are invented. Each positive
case has a look-alike beside it that must yield nothing.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- worksFor: a bank after an analyst's name is the employer only when joined --------


def test_bank_the_analyst_speaks_of_is_no_employer(extractor: Extractor) -> None:
    x = run(extractor, "Barclays hat das Kursziel für die Commerzbank angehoben und die "
                       "Einstufung auf 'Overweight' belassen. Analyst Jonas Brenner sieht die Commerzbank auf gutem Weg zu höheren Ausschüttungen.",
            headline="Analysten-Ticker")
    employers = {o for s, p, o in triples(x) if p == "worksFor" and s == "Jonas Brenner"}
    assert employers == {"Barclays"}


def test_bank_joined_to_the_analysts_name_is_the_employer(extractor: Extractor) -> None:
    # look-alikes: a linker, with or without the institution's noun, joins the bank to the name
    x = run(extractor, "Analyst Jonas Brenner von der Commerzbank sieht Siemens auf gutem Weg.",
            headline="Analysten-Ticker")
    assert ("Jonas Brenner", "worksFor", "Commerzbank") in triples(x)
    x = run(extractor, "Skeptisch war Analyst Jonas Brenner vom Analysehaus Jefferies: Er beließ "
                       "Siemens auf Hold.", headline="Analysten-Ticker")
    assert ("Jonas Brenner", "worksFor", "Jefferies") in triples(x)


# --- covers: a comment that names no company, by a house that rates another one -------


def test_comment_of_a_house_that_rates_another_company_covers_not_the_subject(
        extractor: Extractor) -> None:
    text = ("Jefferies cuts Rightmove to hold from buy. Whitbread shares rose 2% after the "
            "Premier Inn owner reported strong bookings. Jefferies analyst Jane Roe said the "
            "property portal faced its first serious rival in a decade.")
    x = run(extractor, text, lang="en", headline="Whitbread shares rise")
    assert ("Jefferies", "covers", "Whitbread") not in triples(x)
    assert ("Jefferies", "covers", "Rightmove") in triples(x)


def test_comment_of_a_house_that_rates_the_subject_covers_it(extractor: Extractor) -> None:
    # look-alike: the house rates the article's company, so its analyst's comment is about it
    text = ("Jefferies raises Whitbread to buy from hold. Whitbread shares rose 2% after the "
            "Premier Inn owner reported strong bookings. Jefferies analyst Jane Roe said the "
            "shares had further to run.")
    x = run(extractor, text, lang="en", headline="Whitbread shares rise")
    assert ("Jefferies", "covers", "Whitbread") in triples(x)


# --- lists: a period inside a name ends no clause --------------------------------------


def test_rival_list_goes_on_after_a_name_with_a_period(extractor: Extractor) -> None:
    x = run(extractor, "PNC Financial Services reported higher profit on Wednesday. Regional "
                       "rivals U.S. Bancorp and Truist Financial report on Thursday.",
            lang="en", headline="PNC profit rises")
    rivals = {o for s, p, o in triples(x) if p == "competitorOf" and s == "PNC Financial Services"}
    assert rivals == {"U.S. Bancorp", "Truist Financial"}


def test_sentence_end_after_a_name_still_ends_the_list(extractor: Extractor) -> None:
    # look-alike: a real sentence end after the rival; the next sentence names no rival
    x = run(extractor, "PNC Financial Services reported higher profit. Its regional rival is "
                       "U.S. Bancorp. Truist Financial reports on Thursday.",
            lang="en", headline="PNC profit rises")
    assert not any(p == "competitorOf" and "Truist Financial" in (s, o) for s, p, o in triples(x))


# --- triggers: a trigger word that is part of a name triggers nothing ------------------


def test_company_named_like_a_trigger_word_makes_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Die Vermögensverwaltung mit den Fondstöchtern Pimco und Allianz Global "
                       "Investors verbuchte Zuflüsse.", headline="Allianz mit Rekordgewinn")
    assert not any(p == "partnerOf" for s, p, o in triples(x))


def test_partnership_noun_still_makes_a_partnership(extractor: Extractor) -> None:
    # look-alike: the word stands as a noun of its own, after an article
    x = run(extractor, "Die Allianz hat eine Partnerschaft mit der Deutschen Bank vereinbart.",
            headline="Versicherer")
    assert ("Allianz", "partnerOf", "Deutsche Bank") in triples(x) \
        or ("Deutsche Bank", "partnerOf", "Allianz") in triples(x)


# --- competitorOf: each rival noun introduces a rival of the article's subject --------


def test_two_rival_nouns_give_two_rivals_of_the_subject(extractor: Extractor) -> None:
    text = ("Die Allianz hat im Quartal mehr verdient als erwartet. Konkurrent Axa hatte am Vortag "
            "ebenfalls starke Zahlen vorgelegt, der Schweizer Rivale Zurich Insurance verfehlte "
            "dagegen die Erwartungen.")
    x = run(extractor, text, headline="Allianz verdient mehr")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert rivals == {frozenset(("Allianz", "AXA")), frozenset(("Allianz", "Zurich Insurance Group"))}


def test_rival_noun_after_a_plain_subject_keeps_that_subject(extractor: Extractor) -> None:
    # look-alike: the name before the second rival noun was introduced by no rival noun
    text = ("Die Allianz hat im Quartal mehr verdient als erwartet. Auch Axa legte zu, der "
            "Schweizer Rivale Zurich Insurance verfehlte dagegen die Erwartungen.")
    x = run(extractor, text, headline="Allianz verdient mehr")
    assert ("AXA", "competitorOf", "Zurich Insurance Group") in triples(x) \
        or ("Zurich Insurance Group", "competitorOf", "AXA") in triples(x)


# --- develops: a product named after its owner's possessive and a product noun --------


def test_product_in_an_apposition_to_the_owners_product_noun(extractor: Extractor) -> None:
    # a drug the catalogue does not know: only the text tells whose it is
    x = run(extractor, "Sanofi's lead drug candidate, SAR-4411, failed in a second trial.",
            lang="en", headline="Sanofi shares fall")
    assert ("Sanofi", "develops", "SAR-4411") in triples(x)


def test_product_after_the_opening_subjects_pronoun(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi said it delivered more than 40,000 of its SU7 and YU7 cars in "
                       "October.", lang="en", headline="Chinese carmakers")
    developed = {(s, o) for s, p, o in triples(x) if p == "develops"}
    assert {("Xiaomi", "Xiaomi SU7"), ("Xiaomi", "Xiaomi YU7")} <= developed


def test_pronoun_after_a_second_organisation_names_no_owner(extractor: Extractor) -> None:
    # look-alike: another company stands between the opening name and the pronoun
    x = run(extractor, "Nio said BYD delivered more than 40,000 of its SU7 cars in October.",
            lang="en", headline="Chinese carmakers")
    assert not any(p == "develops" and o == "Xiaomi SU7" and s in ("Nio", "BYD")
                   for s, p, o in triples(x))


def test_owner_noun_without_a_product_noun_names_no_product(extractor: Extractor) -> None:
    # look-alike: the possessive's noun is a rival, not a product
    x = run(extractor, "Novo Nordisk's closest rival, Eli Lilly's Zepbound, gained share.",
            lang="en", headline="Obesity drugs")
    assert ("Novo Nordisk", "develops", "Zepbound") not in triples(x)


# --- uses: "will use", with the subject before a relative clause ----------------------


def test_subject_before_a_closed_relative_clause_uses_the_product(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen, which owns a stake in XPeng, will also use Gemini in its "
                       "cars.", lang="en", headline="Carmakers")
    users = {s for s, p, o in triples(x) if p == "uses" and o == "Gemini"}
    assert users == {"Volkswagen"}


def test_name_right_before_will_use_is_the_user(extractor: Extractor) -> None:
    # look-alike: no relative clause; the name before the verb uses the product
    x = run(extractor, "XPeng said Volkswagen will use Gemini in its cars.", lang="en",
            headline="Carmakers")
    users = {s for s, p, o in triples(x) if p == "uses" and o == "Gemini"}
    assert users == {"Volkswagen"}


# --- competitorOf: market share lost to a rival, a comparison on par ------------------


def test_market_share_lost_to_a_provider_makes_it_a_rival(extractor: Extractor) -> None:
    x = run(extractor, "E.ON hat bei Privatkunden Marktanteile an günstigere Anbieter wie Octopus "
                       "Energy verloren.", headline="Energieversorger")
    assert ("E.ON", "competitorOf", "Octopus Energy") in triples(x) \
        or ("Octopus Energy", "competitorOf", "E.ON") in triples(x)


def test_market_share_without_a_loss_makes_no_rival(extractor: Extractor) -> None:
    # look-alike: "Marktanteile an" with no verb of losing
    x = run(extractor, "E.ON steigerte seine Marktanteile an der Küste, Octopus Energy legte "
                       "ebenfalls zu.", headline="Energieversorger")
    assert not any(p == "competitorOf" for s, p, o in triples(x))


def test_on_par_with_compares_two_products(extractor: Extractor) -> None:
    x = run(extractor, "The trial puts Wegovy roughly on par with Eli Lilly's Zepbound.",
            lang="en", headline="Obesity drugs")
    assert ("Wegovy", "competitorOf", "Zepbound") in triples(x) \
        or ("Zepbound", "competitorOf", "Wegovy") in triples(x)


def test_on_par_with_no_name_compares_nothing(extractor: Extractor) -> None:
    # look-alike: the comparison is with the market, not with a named peer
    x = run(extractor, "Novo Nordisk shares now trade on par with the wider market.", lang="en",
            headline="Obesity drugs")
    assert not any(p == "competitorOf" for s, p, o in triples(x))


# --- partnerOf: a name of the list named earlier is no subject of the others ----------


def test_list_item_named_earlier_is_no_partner_of_the_others(extractor: Extractor) -> None:
    x = run(extractor, "SoftBank has pledged to invest $30 billion in OpenAI and is funding a "
                       "data center venture with OpenAI and Oracle.", lang="en",
            headline="SoftBank")
    partners = {frozenset((s, o)) for s, p, o in triples(x) if p == "partnerOf"}
    assert frozenset(("SoftBank Group", "Oracle")) in partners
    assert frozenset(("OpenAI", "Oracle")) not in partners


# --- lists: a comma and a conjunction right after a trigger end its phrase -------------


def test_comma_and_conjunction_after_a_rival_noun_end_its_list(extractor: Extractor) -> None:
    x = run(extractor, "AbbVie said Qulipta is the closest rival, and Pfizer's Nurtec lost share "
                       "in the quarter.", lang="en", headline="Migraine drugs")
    assert not any(p == "competitorOf" for s, p, o in triples(x))


def test_rival_noun_with_its_name_in_apposition_still_lists_it(extractor: Extractor) -> None:
    # look-alike: a comma alone sets the rival's name off, it is the noun's apposition
    x = run(extractor, "AbbVie said Qulipta is the closest rival, Pfizer's Nurtec, in the "
                       "quarter.", lang="en", headline="Migraine drugs")
    assert ("Qulipta", "competitorOf", "Nurtec ODT") in triples(x) \
        or ("Nurtec ODT", "competitorOf", "Qulipta") in triples(x)


# --- worksFor: a governor works for the body the phrase names, never for a company ----


def test_governor_works_for_the_named_central_bank(extractor: Extractor) -> None:
    x = run(extractor, "Tesla shares rose after Bank of England Governor Andrew Bailey said "
                       "rates would fall.", lang="en", headline="Tesla shares rise")
    assert ("Andrew Bailey", "worksFor", "Bank of England") in triples(x)
    assert ("Andrew Bailey", "worksFor", "Tesla") not in triples(x)


def test_governor_without_a_named_body_works_for_no_company(extractor: Extractor) -> None:
    # look-alike: no body named; the company in the sentence is what the governor speaks of
    x = run(extractor, "Tesla shares rose. Governor Gavin Newsom said the state would support "
                       "Tesla.", lang="en", headline="Tesla shares rise")
    assert not any(p == "worksFor" and s == "Gavin Newsom" for s, p, o in triples(x))


# --- locatedIn: the company's headquarters in a city ----------------------------------


def test_headquarters_of_the_company_is_its_seat(extractor: Extractor) -> None:
    x = run(extractor, "Analysts gathered at Siemens' headquarters in Munich on Monday.",
            lang="en", headline="Siemens")
    assert ("Siemens", "locatedIn", "Munich") in triples(x)


def test_regional_headquarters_is_no_seat(extractor: Extractor) -> None:
    # look-alike: an adjective makes it one office among others
    x = run(extractor, "Siemens opened its European headquarters in Dublin on Monday.",
            lang="en", headline="Siemens")
    assert ("Siemens", "locatedIn", "Dublin") not in triples(x)


# --- investsIn: a stake or shares with no company named are the article company's -----

_DEBUT = ("Dexmate Robotics shares jumped 40% in their Hong Kong debut on Monday. Dexmate "
          "Robotics raised $500 million. ")


def test_shares_bought_with_no_company_named_are_the_articles(extractor: Extractor) -> None:
    x = run(extractor, _DEBUT + "Xiaomi, which already owned a small stake, bought additional "
                                "shares.", lang="en", headline="Dexmate Robotics soars in debut")
    assert ("Xiaomi", "investsIn", "Dexmate Robotics") in triples(x)


def test_shares_bought_back_or_held_in_a_named_company_are_not(extractor: Extractor) -> None:
    # look-alikes: a buyback of one's own shares; a stake the relative clause places in another
    x = run(extractor, _DEBUT + "Xiaomi bought back shares worth $1 billion.", lang="en",
            headline="Dexmate Robotics soars in debut")
    assert not any(p == "investsIn" for s, p, o in triples(x))
    x = run(extractor, _DEBUT + "The unit is part of Zeiss Group, in which ASML holds a 24.9% "
                                "stake.", lang="en", headline="Dexmate Robotics soars in debut")
    assert ("ASML", "investsIn", "Dexmate Robotics") not in triples(x)
