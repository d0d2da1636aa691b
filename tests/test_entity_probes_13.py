"""Entity forms, on sentences written for the test: a
start-up named without an article after a deal verb or "in" ("agreed to buy
cloud-security startup X", "invested in robotics startup X"); a unit or subsidiary
named by what the text says it is after a comma ("X, a unit of Y"), also where its
name opens with its parent's; a company after its seat's compound ("Hangzhou-based
X"); an expert before a person's name ("Metzler-Experte X"); a catalogued company's
short name after the words of its shares ("die Aktien von Fuchs" for Fuchs SE); an
organisation by a society's or association's name ending; and whole catalogue lists:
venture capital firms, state investment banks, container shipping lines, makers of
power grid equipment and the brands of the largest luxury and off-price groups.

The start-ups, units and persons are invented; the catalogue names are real. Each
rule has a look-alike beside it that must not become an entity.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _entities(x: Extraction) -> set[tuple[str, str]]:
    """The entities as (label, type)."""
    return {(e.label, e.type) for e in x.entities}


def _labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


# --- a start-up without an article ---------------------------------------------------------


def test_startup_after_a_deal_verb_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Fortinet agreed to buy cloud-security startup Quellwerk for $1 billion.",
            "en", "Fortinet deal")
    assert ("Quellwerk", "Company") in _entities(x)


def test_startup_after_in_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia invested in robotics startup Halden Dynamics last year.",
            "en", "Nvidia stake")
    assert ("Halden Dynamics", "Company") in _entities(x)


def test_country_adjective_after_rival_is_no_company(extractor: Extractor) -> None:
    # look-alike: "rival" before an adjective of a country and a plural noun
    x = run(extractor, "Shares in rival Chinese makers fell 3%.", "en", "Market report")
    assert "Chinese" not in _labels(x)
    x = run(extractor, "Sales to rival German carmakers slowed.", "en", "Market report")
    assert "German" not in _labels(x)


def test_startup_as_an_adjective_is_no_company(extractor: Extractor) -> None:
    # look-alike: "startup" before a lower-case noun names nobody
    x = run(extractor, "The fund sold its stake to startup investors in Berlin.", "en", "Market report")
    assert {e.type for e in x.entities} <= {"Place"}


# --- a unit or subsidiary after a comma ---------------------------------------------------


def test_unit_after_a_comma_is_a_business_unit(extractor: Extractor) -> None:
    x = run(extractor, "The mirrors come from Orvel Optics, a unit of Siemens, in Jena.",
            "en", "Siemens supplier")
    assert ("Orvel Optics", "BusinessUnit") in _entities(x)


def test_unit_named_after_its_parent_keeps_the_longer_name(extractor: Extractor) -> None:
    x = run(extractor, "The sensors come from Bosch Lumen Optics, a division of Bosch.",
            "en", "Bosch supplier")
    assert ("Bosch Lumen Optics", "BusinessUnit") in _entities(x)


def test_subsidiary_after_a_comma_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "The cargo went by Nordal Freight, a subsidiary of Maersk.", "en", "Maersk")
    assert ("Nordal Freight", "Company") in _entities(x)


def test_last_word_of_an_opening_name_is_no_name(extractor: Extractor) -> None:
    # look-alike: the sentence opens with the name, printed nowhere else; its last word alone
    # is no company
    x = run(extractor, "Nordal Freight, a subsidiary of Maersk, carried the cargo.", "en", "Maersk")
    assert "Freight" not in _labels(x)


def test_month_or_catalogued_company_before_a_unit_stays_as_it_is(extractor: Extractor) -> None:
    # look-alikes: a date before the comma; a catalogued company that is a unit of another
    x = run(extractor, "In March, a unit of Siemens bought a plant in Texas.", "en", "Siemens")
    assert not any(t == "BusinessUnit" for _, t in _entities(x))
    x = run(extractor, "Siemens Healthineers, a unit of Siemens, raised its outlook.",
            "en", "Siemens")
    assert ("Siemens Healthineers", "Company") in _entities(x)
    assert not any(t == "BusinessUnit" for _, t in _entities(x))


# --- a company after its seat's compound ------------------------------------------------


def test_company_after_its_seat_compound(extractor: Extractor) -> None:
    x = run(extractor, "Amgen will pay Hangzhou-based Qirun Biopharma $300 million upfront.",
            "en", "Amgen deal")
    assert ("Qirun Biopharma", "Company") in _entities(x)


def test_seat_compound_name_stops_at_a_title(extractor: Extractor) -> None:
    x = run(extractor, "Boston-based Quorin Chief Executive Jane Doe said demand rose.",
            "en", "Market report")
    assert ("Quorin", "Company") in _entities(x)


def test_one_word_after_a_seat_compound_before_a_noun_is_no_company(extractor: Extractor) -> None:
    # look-alikes: an adjective before a noun; a country's adjective
    x = run(extractor, "A Texas-based Republican senator objected to the deal.", "en", "Deal")
    assert "Republican" not in _labels(x)
    x = run(extractor, "The Paris-based French lender cut 300 jobs.", "en", "Jobs")
    assert {e.type for e in x.entities} <= {"Place"}


def test_one_word_after_a_seat_compound_named_again_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Austin-based Quorin raised its forecast. Shares of Quorin rose 4%.",
            "en", "Market report")
    assert ("Quorin", "Company") in _entities(x)


# --- an expert before a person's name -------------------------------------------------------


def test_expert_before_a_name_is_a_person(extractor: Extractor) -> None:
    x = run(extractor, "Metzler-Experte Jonas Weidling verwies auf steigende Preise.",
            "de", "Versicherer")
    assert ("Jonas Weidling", "Person") in _entities(x)


def test_experts_of_a_bank_are_no_person(extractor: Extractor) -> None:
    # look-alike: the plural before an organisation's name
    x = run(extractor, "Experten der Deutschen Bank erwarten steigende Preise.", "de", "Versicherer")
    assert not any(t == "Person" for _, t in _entities(x))


# --- a short name after the words of its shares ----------------------------------------


def test_short_name_after_share_words_is_the_catalogued_company(extractor: Extractor) -> None:
    x = run(extractor, "Im MDax sackten die Aktien von Fuchs um 5,1 Prozent ab.", "de", "Marktbericht")
    assert ("Fuchs SE", "Company") in _entities(x)
    x = run(extractor, "Die Papiere von Continental verloren 2,3 Prozent.", "de", "Marktbericht")
    assert ("Continental AG", "Company") in _entities(x)


def test_short_name_without_share_words_or_of_ordinary_compounds_stays_no_company(
        extractor: Extractor) -> None:
    # look-alikes: the animal without share words; a short name the language uses as a noun
    x = run(extractor, "Ein Fuchs lief über das Werksgelände.", "de", "Marktbericht")
    assert "Fuchs SE" not in _labels(x)
    x = run(extractor, "Die Aktien von Software-Firmen stiegen.", "de", "Marktbericht")
    assert "Software AG" not in _labels(x)


# --- catalogue lists -----------------------------------------------------------------------


def test_venture_firms_and_state_investment_banks_are_catalogued(extractor: Extractor) -> None:
    x = run(extractor, "The round was led by General Catalyst and Index Ventures, with "
            "Bpifrance and Y Combinator also investing.", "en", "Funding round")
    assert {("General Catalyst", "FinancialInstitution"), ("Index Ventures", "FinancialInstitution"),
            ("Bpifrance", "FinancialInstitution"), ("Y Combinator", "FinancialInstitution")} \
        <= _entities(x)


def test_container_lines_are_catalogued_and_hold_no_regulator(extractor: Extractor) -> None:
    x = run(extractor, "CMA CGM and Ocean Network Express ordered twelve ships.", "en", "Shipping")
    assert {("CMA CGM", "Company"), ("Ocean Network Express", "Company")} <= _entities(x)
    assert "Competition and Markets Authority" not in _labels(x)


def test_regulator_initials_alone_stay_the_regulator(extractor: Extractor) -> None:
    # look-alike: the initials alone name the British competition authority
    x = run(extractor, "The CMA said it would review the deal.", "en", "Deal review")
    assert "Competition and Markets Authority" in _labels(x)


def test_grid_equipment_makers_are_catalogued_apart_from_their_parent(extractor: Extractor) -> None:
    x = run(extractor, "The transformer maker competes with Hyosung Heavy Industries and Hitachi "
            "Energy.", "en", "Transformers")
    assert {("Hyosung Heavy Industries", "Company"), ("Hitachi Energy", "Company")} <= _entities(x)
    assert "Hitachi" not in _labels(x)


def test_brands_of_luxury_groups_are_their_units(extractor: Extractor) -> None:
    x = run(extractor, "Its jewellery maisons, which include Cartier and Van Cleef & Arpels, lifted "
            "sales 9%, Richemont said.", "en", "Richemont")
    assert {("Cartier", "BusinessUnit"), ("Van Cleef & Arpels", "BusinessUnit")} <= _entities(x)


def test_brands_listed_after_include_take_no_figure(extractor: Extractor) -> None:
    # the new units must not take the group's numbers: items of a list after "which include"
    # or "a division that includes" are no figure's owners, in their sentence or the next
    x = run(extractor, "Richemont said its jewellery maisons, which include Cartier and Buccellati, "
            "lifted sales 8 per cent to €7.5bn. Sales at the watchmakers, a division that "
            "includes Piaget and IWC Schaffhausen, fell 6 per cent to €1.4bn. Operating profit "
            "rose 4 per cent to €1.8bn.", "en", "Richemont results")
    owners = {about for about, _, _, _ in figure_facts(x)}
    assert owners == {"Richemont"}
    assert ("Richemont", "Profit", Decimal("1800000000"), "EUR") in figure_facts(x)


def test_brand_after_owner_of_takes_no_figure(extractor: Extractor) -> None:
    # "Owner of X reports": the number is the owner's, never the brand's
    x = run(extractor, "Owner of Van Cleef & Arpels reports 6% growth in first half",
            "en", "Richemont names new chief")
    assert not any(about == "Van Cleef & Arpels" for about, _, _, _ in figure_facts(x))


# --- organisations by a society's or association's name ending -------------------------


def test_society_and_association_end_an_organisations_name(extractor: Extractor) -> None:
    x = run(extractor, "The data were shown at the annual meeting of the Obesity Society in Boston.",
            "en", "Trial data")
    assert ("Obesity Society", "Organization") in _entities(x)
    x = run(extractor, "Sales rose 4%, the Korea Battery Industry Association said.", "en", "Sales")
    assert ("Korea Battery Industry Association", "Organization") in _entities(x)


def test_bare_association_is_no_organisation(extractor: Extractor) -> None:
    # look-alikes: the noun alone, opening the sentence or in lower case
    x = run(extractor, "The Association said prices fell. Its trade association agreed.",
            "en", "Prices")
    assert not x.entities
