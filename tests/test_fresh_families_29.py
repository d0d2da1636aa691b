"""Families of construction that hold in any article, on sentences written for
these tests: loan-loss provisions ("Risikovorsorge für faule Kredite") are no
debt issued; the value a plan could "unlock" is no market value, and a total
contract value is an order intake (`Other`); an outlook "at 20% to 22%" is one
range; a number in a relative clause whose pronoun is its subject (", der
dafür … gezahlt hatte", ", which paid …") is the antecedent's; "kämpft Z mit X
und Y um Kunden" makes rivals; a share move told with the price it reached
before "in" a city ("jumped 4.2% to 512,000 won in Seoul") names the city's
exchange; a number with a unit of measure before a product noun ("its
2-nanometer chips") is a size, no product's name; "Mit dem Partner X" opening a
sentence names the subject's partner; a negation after a relative clause
("X, die 29 Prozent an Y hält, äußerte sich nicht") leaves the clause's
relation standing; "founded by billionaire Y" names the founder. Each with a
look-alike where the old reading must stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.nlp.quantities import find_quantities

# --- loan-loss provisions --------------------------------------------------------------


def test_provisions_for_bad_loans_are_no_debt_issued(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank hat im dritten Quartal mehr verdient. Die Risikovorsorge "
            "für faule Kredite sank auf 196 Millionen Euro.", headline="Commerzbank")
    facts = figure_facts(x)
    assert ("Commerzbank", "Other", Decimal("196000000"), "EUR") in facts
    assert not any(f[1] == "DebtIssuance" for f in facts)


def test_a_bond_placed_stays_debt_issued(extractor: Extractor) -> None:
    """Look-alike: a bond the bank places is debt it issues."""
    x = run(extractor, "Die Commerzbank platzierte eine Anleihe über 500 Millionen Euro.",
            headline="Commerzbank")
    assert ("Commerzbank", "DebtIssuance", Decimal("500000000"), "EUR") in figure_facts(x)


# --- value unlocked, contract value -----------------------------------------------------


def test_value_a_split_could_unlock_is_no_market_value(extractor: Extractor) -> None:
    x = run(extractor, "Elliott Management believes a separation of the crop unit from Bayer "
            "could unlock value of more than 15 billion euros.", lang="en", headline="Bayer")
    facts = figure_facts(x)
    assert not any(f[1] == "MarketCapitalization" for f in facts)
    assert not any(f[2] == Decimal("15000000000") for f in facts)


def test_a_market_value_stays_one(extractor: Extractor) -> None:
    """Look-alike: "has a market value of" still names the company's value."""
    x = run(extractor, "Bayer has a market value of 31 billion euros.", lang="en", headline="Bayer")
    assert ("Bayer", "MarketCapitalization", Decimal("31000000000"), "EUR") in figure_facts(x)


def test_total_contract_value_of_deals_is_an_order_intake(extractor: Extractor) -> None:
    x = run(extractor, "Infosys signed large deals with a total contract value of $3.1 billion "
            "in the quarter.", lang="en", headline="Infosys")
    facts = figure_facts(x)
    assert ("Infosys", "Other", Decimal("3100000000"), "USD") in facts
    assert not any(f[1] == "MarketCapitalization" for f in facts)


# --- an outlook set at a band -----------------------------------------------------------


def test_guidance_at_a_band_is_one_range() -> None:
    found = find_quantities("It kept its operating margin guidance at 20% to 22%.", "en")
    assert [(q.min_value, q.max_value) for q in found if q.unit == "Percent"] == [
        (Decimal("20"), Decimal("22"))]


def test_a_rise_from_one_level_to_another_is_no_range() -> None:
    """Look-alike: after a verb of change, "18% to 20%" is a move and its new level."""
    found = find_quantities("The margin rose 18% to 20%.", "en")
    assert all(q.min_value is None for q in found)


# --- a number in a relative clause whose pronoun is its subject -------------------------


def test_payment_in_a_subject_relative_clause_is_the_antecedents(extractor: Extractor) -> None:
    x = run(extractor, "BioNTech entwickelt das Mittel gemeinsam mit dem US-Konzern Bristol Myers "
            "Squibb, der dafür im vergangenen Jahr 1,5 Milliarden Dollar vorab gezahlt hatte.",
            headline="BioNTech")
    facts = figure_facts(x)
    assert ("Bristol Myers Squibb", "Investment", Decimal("1500000000"), "USD") in facts
    assert ("BioNTech", "Investment", Decimal("1500000000"), "USD") not in facts


def test_english_payment_after_which_is_the_antecedents(extractor: Extractor) -> None:
    x = run(extractor, "BioNTech develops the drug with Bristol Myers Squibb, which invested "
            "$1.5 billion in the programme last year.", lang="en", headline="BioNTech")
    facts = figure_facts(x)
    assert ("Bristol Myers Squibb", "Investment", Decimal("1500000000"), "USD") in facts
    assert ("BioNTech", "Investment", Decimal("1500000000"), "USD") not in facts


def test_a_clause_after_a_list_speaks_of_every_item(extractor: Extractor) -> None:
    """Look-alike: after "rivals A and B, which …" the clause may speak of both, so B is
    no owner of the first number; "respectively" pairs the numbers with the list."""
    x = run(extractor, "Oracle lifted its budget. Oracle's outlays trail those of rivals Amazon "
            "and Alphabet, which expect capex of about $120 billion and $90 billion respectively "
            "this year.", lang="en", headline="Oracle lifts spending")
    facts = figure_facts(x)
    assert ("Alphabet", "CapitalExpenditure", Decimal("120000000000"), "USD") not in facts
    assert ("Alphabet", "CapitalExpenditure", Decimal("90000000000"), "USD") in facts


def test_a_name_inside_the_clause_before_the_number_takes_it(extractor: Extractor) -> None:
    """Look-alike: a clause that names its own subject before the number (", dem BioNTech …
    zahlte") leaves the antecedent out."""
    x = run(extractor, "Die Rechte stammen von Hengrui, dem BioNTech 120 Millionen Dollar vorab "
            "zahlte.", headline="BioNTech")
    facts = figure_facts(x)
    assert ("Hengrui Medicine", "Investment", Decimal("120000000"), "USD") not in facts
    assert ("Jiangsu Hengrui Pharmaceuticals", "Investment", Decimal("120000000"), "USD") \
        not in facts


# --- "kämpft Z mit X um …" ---------------------------------------------------------------


def test_fighting_with_others_for_customers_makes_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Die Telekom wächst. In Deutschland kämpft die Telekom mit Vodafone und "
            "1&1 um Kunden.", headline="Telekom")
    found = triples(x)
    assert ("Deutsche Telekom", "competitorOf", "Vodafone") in found
    assert ("Deutsche Telekom", "competitorOf", "1&1") in found


def test_fighting_together_with_another_makes_no_rival(extractor: Extractor) -> None:
    """Look-alike: "kämpft Z gemeinsam mit X um …" names allies."""
    x = run(extractor, "Die Telekom wächst. Vodafone kämpft gemeinsam mit 1&1 um Frequenzen.",
            headline="Telekom")
    assert not any(t[1] == "competitorOf" and {t[0], t[2]} == {"Vodafone", "1&1"}
                   for t in triples(x))


# --- a share move with its new price before "in" a city ---------------------------------


def test_move_to_a_price_in_a_city_names_its_exchange(extractor: Extractor) -> None:
    x = run(extractor, "SK Hynix jumped 4.2% to a record 512,000 won in Seoul on Tuesday.",
            lang="en", headline="SK Hynix")
    assert ("SK Hynix", "listedOn", "Korea Exchange") in triples(x)


def test_sales_moved_in_a_city_name_no_exchange(extractor: Extractor) -> None:
    """Look-alike: a business figure's move before "in" a city is no share's."""
    x = run(extractor, "SK Hynix sales jumped 4.2% to 512 billion won in Seoul on Tuesday.",
            lang="en", headline="SK Hynix")
    assert not any(t[1] == "listedOn" for t in triples(x))


# --- a size before a product noun --------------------------------------------------------


def test_size_before_a_product_noun_names_no_product(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley cited stronger pricing for TSMC's 2-nanometer chips and "
            "its 12-inch wafers.", lang="en", headline="TSMC")
    assert not any(e.type == "Product" for e in x.entities)


def test_code_before_a_product_noun_stays_a_product(extractor: Extractor) -> None:
    """Look-alike: a code with letters and digits ("its A19 chips") still names a product."""
    x = run(extractor, "Apple said its A19 chips sold well.", lang="en", headline="Apple")
    assert ("A19", "Product") in {(e.label, e.type) for e in x.entities}


# --- "Mit dem Partner X" opening a sentence ---------------------------------------------


def test_partner_opening_a_sentence_is_the_subjects_partner(extractor: Extractor) -> None:
    x = run(extractor, "BioNTech wächst. Mit dem Partner Pfizer setzte BioNTech im dritten "
            "Quartal noch 1,2 Milliarden Euro um.", headline="BioNTech")
    assert ("BioNTech", "partnerOf", "Pfizer") in triples(x)


def test_former_partner_opening_a_sentence_is_none(extractor: Extractor) -> None:
    """Look-alike: "Mit dem früheren Partner X" names a partnership that has ended."""
    x = run(extractor, "BioNTech wächst. Mit dem früheren Partner Pfizer streitet BioNTech vor "
            "Gericht.", headline="BioNTech")
    assert not any(t[1] == "partnerOf" for t in triples(x))


# --- a negation after a relative clause -------------------------------------------------


def test_negation_after_a_relative_clause_keeps_its_holding(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank wächst. Die Großbank UniCredit, die rund 29 Prozent an "
            "der Commerzbank hält, äußerte sich zunächst nicht.", headline="Commerzbank")
    assert ("UniCredit", "investsIn", "Commerzbank") in triples(x)


def test_negation_inside_the_clause_still_holds(extractor: Extractor) -> None:
    """Look-alike: a negation inside the clause ("die keine Anteile … hält") negates it."""
    x = run(extractor, "Die Commerzbank wächst. UniCredit, die keine Anteile an der Commerzbank "
            "hält, äußerte sich nicht.", headline="Commerzbank")
    assert not any(t[1] == "investsIn" for t in triples(x))


# --- a founder with a word of what they are -------------------------------------------


def test_founder_after_a_descriptor_works_for_the_firm(extractor: Extractor) -> None:
    x = run(extractor, "The U.S. hedge fund Elliott Management, founded by billionaire Paul "
            "Singer, believes a split makes sense.", lang="en", headline="Elliott")
    assert ("Paul Singer", "worksFor", "Elliott Management") in triples(x)


def test_backer_after_a_descriptor_works_for_no_one(extractor: Extractor) -> None:
    """Look-alike: "backed by billionaire Y" names a backer, not a founder or head."""
    x = run(extractor, "Elliott Management, backed by billionaire Paul Singer, believes a split "
            "makes sense.", lang="en", headline="Elliott")
    assert not any(t[1] == "worksFor" for t in triples(x))
