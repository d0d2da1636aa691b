"""Families of construction that hold in any article, on sentences written for these
tests, each with look-alikes that must not fire.

Units and references: a unit named by a description the catalogue knows for the
company ("the data-centre unit's revenue", "der Umsatz der Data-Center-Sparte") carries
the figure, an unknown one carries nothing; a possessive name and a unit noun ("Honda's
motorcycle business sold …") name a unit, so the parent gets no figure; "die 2018
übernommene US-Tochter X" with no company named before it is the article company's
subsidiary."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- a unit named by a description the catalogue knows ----------------------------------


def test_hyphenated_unit_description_names_the_catalogued_unit(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia said its data-centre unit is by far its largest. The data-centre "
            "unit's revenue rose 58% to $41 billion.", lang="en", headline="Nvidia results")
    facts = figure_facts(x)
    assert ("Nvidia Data Center", "RevenueGrowth", Decimal("58"), "Percent") in facts
    assert not any(f.about == "Nvidia" and f.metric.startswith("Revenue") for f in x.figures)


def test_unit_description_the_catalogue_lacks_gives_nothing(extractor: Extractor) -> None:
    """Look-alike: a company with no catalogued unit of that description gets no figure."""
    x = run(extractor, "Siemens said its data-centre unit had a strong quarter. The data-centre "
            "unit's revenue rose 58% to 4 billion euros.", lang="en", headline="Siemens results")
    assert not any(f.value == Decimal("58") for f in x.figures)


def test_two_part_compound_unit_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Im dritten Quartal steigerte Nvidia den Umsatz der Data-Center-Sparte um "
            "58 Prozent auf 51,2 Milliarden Dollar. Der Konzernumsatz kletterte um 55 Prozent.",
            headline="Nvidia wächst weiter")
    facts = figure_facts(x)
    assert ("Nvidia Data Center", "RevenueGrowth", Decimal("58"), "Percent") in facts
    assert ("Nvidia Data Center", "Revenue", Decimal("51200000000"), "USD") in facts
    assert ("Nvidia", "RevenueGrowth", Decimal("55"), "Percent") in facts


def test_two_part_compound_unit_unknown_gives_no_parent_figure(extractor: Extractor) -> None:
    """Look-alike: the same compound for a company without such a unit names no one."""
    x = run(extractor, "Im dritten Quartal steigerte Siemens den Umsatz der Data-Center-Sparte um "
            "58 Prozent auf 5 Milliarden Euro.", headline="Siemens wächst")
    assert not any(f.value in (Decimal("58"), Decimal("5000000000")) for f in x.figures)


# --- a possessive name and a unit noun name a unit, not the parent ----------------------


def test_possessive_unit_business_gives_the_parent_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Honda sold 880,000 cars in the quarter. Honda's motorcycle business sold "
            "5.2 million units.", lang="en", headline="Honda profit falls")
    facts = figure_facts(x)
    assert ("Honda Motor", "Other", Decimal("880000"), "Count") in facts
    assert not any(f.value == Decimal("5200000") for f in x.figures)


def test_its_unit_business_gives_the_parent_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Honda sold 880,000 cars in the quarter, while its motorcycle business, "
            "the world's largest, sold a record 5.2 million units.", lang="en",
            headline="Honda profit falls")
    assert not any(f.value == Decimal("5200000") for f in x.figures)


def test_unit_sales_stay_the_company_figure(extractor: Extractor) -> None:
    """Look-alike: "unit sales" is a count of the company's, no unit."""
    x = run(extractor, "Honda's unit sales rose 5% in the quarter.", lang="en",
            headline="Honda profit falls")
    assert ("Honda Motor", "Other", Decimal("5"), "Percent") in figure_facts(x)


# --- "die übernommene US-Tochter X" with no company named before ------------------------


_BAYER = "Bayer stellt weitere 2,4 Milliarden Dollar zurück. "


def test_subsidiary_noun_without_owner_is_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, _BAYER + "Die Klagen gehen auf die 2018 übernommene US-Tochter Monsanto "
            "zurück.", headline="Bayer senkt Prognose")
    assert ("Monsanto", "subsidiaryOf", "Bayer") in triples(x)


def test_former_subsidiary_is_no_subsidiary(extractor: Extractor) -> None:
    """Look-alike: a former unit is no longer the company's."""
    x = run(extractor, _BAYER + "Die Klagen gehen auf die ehemalige Tochter Monsanto zurück.",
            headline="Bayer senkt Prognose")
    assert not any(r.predicate == "subsidiaryOf" for r in x.relations)


def test_subsidiary_noun_after_another_owner_is_not_the_article_company(
        extractor: Extractor) -> None:
    """Look-alike: a company named before the noun owns it, not the article's company."""
    x = run(extractor, _BAYER + "Siemens verkauft die Tochter Healthineers nicht.",
            headline="Bayer senkt Prognose")
    assert not any(r.predicate == "subsidiaryOf" and r.object == "Bayer" for r in x.relations)


# --- a supply read across a relative clause on the thing sold ---------------------------


def test_supply_across_a_closed_relative_clause(extractor: Extractor) -> None:
    x = run(extractor, "Apple sells the iPhone, which is made by Foxconn, to Verizon.", lang="en",
            headline="Apple results")
    facts = triples(x)
    assert ("Apple", "supplierOf", "Verizon") in facts
    assert ("Apple", "supplierOf", "Foxconn") not in facts


def test_made_by_outside_a_relative_clause_still_blocks(extractor: Extractor) -> None:
    """Look-alike: "with modems made by X" outside a clause names a part's maker, and the
    rule's guard against "by" between the verb and the name still holds."""
    x = run(extractor, "Apple sells phones with modems made by Qualcomm to Verizon.", lang="en",
            headline="Apple results")
    assert not any(r.predicate == "supplierOf" and r.subject == "Apple" for r in x.relations)


def test_name_inside_an_open_relative_clause_is_no_customer(extractor: Extractor) -> None:
    """Look-alike: where the clause runs on to the end, its names stay out."""
    x = run(extractor, "Apple sells the iPhone, which Foxconn makes for Verizon.", lang="en",
            headline="Apple results")
    assert not any(r.predicate == "supplierOf" and r.subject == "Apple" for r in x.relations)


# --- English seat: a company noun and "from" --------------------------------------------


def test_company_noun_from_a_city_is_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Hensoldt rose 3%. The SDax-listed company from Taufkirchen "
            "raised its outlook.", lang="en", headline="Hensoldt lifts outlook")
    assert ("Hensoldt", "locatedIn", "Taufkirchen") in triples(x)


def test_name_from_a_city_is_no_seat(extractor: Extractor) -> None:
    """Look-alike: after a name, "from" tells where goods left, not a seat."""
    x = run(extractor, "Nvidia sold chips to Alibaba from Taufkirchen.", lang="en",
            headline="Nvidia sales")
    assert not any(r.predicate == "locatedIn" for r in x.relations)


# --- a second buyer with the verb left out ----------------------------------------------


def test_second_buyer_and_target_with_the_verb_left_out(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft bought Activision Blizzard and Alphabet Wiz.", lang="en",
            headline="Big deals")
    facts = triples(x)
    assert ("Microsoft", "acquired", "Activision Blizzard") in facts
    assert ("Alphabet", "acquired", "Wiz") in facts
    assert ("Microsoft", "acquired", "Wiz") not in facts


def test_possessive_pair_is_no_second_buyer(extractor: Extractor) -> None:
    """Look-alike: "Alphabet's Wiz" names what Alphabet owns; no second clause."""
    x = run(extractor, "Microsoft bought Activision Blizzard and Alphabet's Wiz.", lang="en",
            headline="Big deals")
    assert not any(r.subject == "Alphabet" and r.predicate == "acquired" for r in x.relations)


def test_plain_list_of_targets_stays_a_list(extractor: Extractor) -> None:
    """Look-alike: a conjunction between the names keeps them items of one list."""
    x = run(extractor, "Microsoft bought Activision Blizzard and Alphabet.", lang="en",
            headline="Big deals")
    assert not any(r.subject == "Alphabet" for r in x.relations)


# --- customers who order more goods in a reason clause ----------------------------------


_LAM = ("Lam Research said on Wednesday its bookings rose 31% to $6.4 billion, as contract "
        "chipmaker TSMC and memory makers Samsung Electronics and Micron Technology ordered more "
        "tools{rest}.")


def test_reason_clause_orders_name_the_company_customers(extractor: Extractor) -> None:
    x = run(extractor, _LAM.format(rest=" to build chips"), lang="en",
            headline="Lam Research bookings jump")
    facts = triples(x)
    for customer in ("Taiwan Semiconductor Manufacturing", "Samsung Electronics",
                     "Micron Technology"):
        assert ("Lam Research", "supplierOf", customer) in facts


def test_reason_clause_orders_from_a_named_seller_are_not_the_company(
        extractor: Extractor) -> None:
    """Look-alike: "ordered more tools from X" names the seller; the company sells nothing."""
    x = run(extractor, _LAM.format(rest=" from Applied Materials"), lang="en",
            headline="Lam Research bookings jump")
    assert not any(r.subject == "Lam Research" and r.predicate == "supplierOf"
                   for r in x.relations)


def test_reason_clause_after_two_companies_names_no_supplier(extractor: Extractor) -> None:
    """Look-alike: with a second company in the main clause, whose customers they are is open."""
    x = run(extractor, "Lam Research said its bookings rose faster than those of Applied "
            "Materials, as TSMC ordered more tools.", lang="en", headline="Chip equipment")
    assert not any(r.predicate == "supplierOf" for r in x.relations)
