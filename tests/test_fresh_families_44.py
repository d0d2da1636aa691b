"""Rule families, on sentences written for the test: "its Azure cloud business"
is the product's line of business, no reference to the company; a phrase set off by commas that
ends in a list ("CFM, a joint venture of Safran and GE, supplies Airbus") leaves the name before
it the subject; a company's name right before a line of business and the metric word ("Alibaba
cloud revenue") gives the figure to the unit the catalogue knows for that line; an index closing
an apposition (", the biggest decliner in the CAC 40,") makes the clause's company its member,
not one named after it.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- "its <Product> … business": the product's line, not the company ------------------------


def test_product_business_takes_its_growth(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft said on Tuesday that revenue from its Azure cloud computing "
                       "business grew 35% in the quarter.", lang="en",
            headline="Microsoft results")
    facts = figure_facts(x)
    assert ("Azure", "RevenueGrowth", Decimal("35"), "Percent") in facts
    assert ("Microsoft", "RevenueGrowth", Decimal("35"), "Percent") not in facts


def test_maker_of_a_product_still_refers_to_the_company(extractor: Extractor) -> None:
    # look-alike: a product before "maker", not "business", names its developer
    x = run(extractor, "Apple reported results on Thursday. Revenue at the iPhone maker rose 6% "
                       "in the quarter.", lang="en", headline="Apple results")
    facts = figure_facts(x)
    assert ("Apple", "RevenueGrowth", Decimal("6"), "Percent") in facts
    assert ("iPhone", "RevenueGrowth", Decimal("6"), "Percent") not in facts


# --- a set-off phrase ending in a list -----------------------------------------------------


def test_venture_phrase_with_owner_list_leaves_the_venture_supplying(extractor: Extractor) -> None:
    x = run(extractor, "CFM, a joint venture of Safran and GE Aerospace, supplies the engines "
                       "for most of the jets Airbus builds.", lang="en",
            headline="Engine shortage")
    rels = triples(x)
    assert ("CFM International", "supplierOf", "Airbus") in rels
    assert ("GE Aerospace", "supplierOf", "Airbus") not in rels
    assert ("Safran", "supplierOf", "Airbus") not in rels


def test_plain_list_of_suppliers_still_supplies(extractor: Extractor) -> None:
    # look-alike: a list with no phrase about a name before it; its last item supplies
    x = run(extractor, "Safran and GE Aerospace supply the engines for the jets Airbus builds.",
            lang="en", headline="Engine makers")
    assert ("CFM International", "supplierOf", "Airbus") not in triples(x)


# --- a company's line of business: the catalogue's unit ------------------------------------


def test_company_and_line_word_give_the_unit(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba cloud revenue jumps 26% as AI demand grows", lang="en",
            headline="Alibaba cloud revenue jumps 26% as AI demand grows")
    facts = figure_facts(x)
    assert ("Alibaba Cloud", "RevenueGrowth", Decimal("26"), "Percent") in facts
    assert ("Alibaba Group", "RevenueGrowth", Decimal("26"), "Percent") not in facts


def test_line_without_catalogued_unit_stays_the_company(extractor: Extractor) -> None:
    # look-alike: the catalogue knows no cloud unit of SAP, so the company keeps its line
    x = run(extractor, "SAP's cloud revenue rose 25% in the third quarter.", lang="en",
            headline="SAP results")
    assert ("SAP", "RevenueGrowth", Decimal("25"), "Percent") in figure_facts(x)


def test_group_revenue_stays_the_group(extractor: Extractor) -> None:
    # look-alike: no line word before the metric word
    x = run(extractor, "Alibaba revenue rose 5% in the quarter.", lang="en",
            headline="Alibaba results")
    facts = figure_facts(x)
    assert ("Alibaba Group", "RevenueGrowth", Decimal("5"), "Percent") in facts
    assert ("Alibaba Cloud", "RevenueGrowth", Decimal("5"), "Percent") not in facts


# --- an index closing an apposition ----------------------------------------------------------


def test_index_apposition_names_the_clause_company(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Airbus fell 4.2% on Wednesday, the biggest decliner in the "
                       "CAC 40, after the planemaker cut its target because of a shortage of "
                       "engines from CFM International.", lang="en", headline="Airbus falls")
    rels = triples(x)
    assert ("Airbus", "memberOf", "CAC 40") in rels
    assert ("CFM International", "memberOf", "CAC 40") not in rels


def test_index_without_apposition_names_no_member_of_two(extractor: Extractor) -> None:
    # look-alike: the index opens a clause of its own with a name after it
    x = run(extractor, "Airbus rose 2% on Wednesday, while in the CAC 40, Safran fell 1%.",
            lang="en", headline="Markets")
    assert ("Airbus", "memberOf", "CAC 40") not in triples(x)


# --- a unit and the group over its parent ----------------------------------------------------


def test_unit_links_to_the_named_group_over_its_parent(extractor: Extractor) -> None:
    x = run(extractor, "Rival Alphabet, whose Google Cloud revenue grew 30%, rose 5%.",
            lang="en", headline="Cloud results")
    assert ("Google Cloud", "subsidiaryOf", "Alphabet") in triples(x)


def test_unit_with_its_parent_named_links_only_to_the_parent(extractor: Extractor) -> None:
    # look-alike: the sentence names the unit's own parent, which the link goes to
    x = run(extractor, "Alphabet said Google's cloud arm, Google Cloud, grew 30%.",
            lang="en", headline="Cloud results")
    rels = triples(x)
    assert ("Google Cloud", "subsidiaryOf", "Google") in rels
    assert ("Google Cloud", "subsidiaryOf", "Alphabet") not in rels


# --- "handed over": a verb's particle, no qualifier ------------------------------------------


def test_handed_over_is_no_lower_bound(extractor: Extractor) -> None:
    x = run(extractor, "Airbus handed over 657 jets in the first eleven months.", lang="en",
            headline="Airbus deliveries")
    quals = {f.qualifier for f in x.figures if f.about == "Airbus" and f.value == Decimal("657")}
    assert quals == {"Exact"}


def test_over_after_another_verb_stays_a_lower_bound(extractor: Extractor) -> None:
    # look-alike: "over" before the number after a verb that takes no particle
    x = run(extractor, "Airbus delivered over 657 jets in the first eleven months.", lang="en",
            headline="Airbus deliveries")
    quals = {f.qualifier for f in x.figures if f.about == "Airbus" and f.value == Decimal("657")}
    assert quals == {"AtLeast"}
