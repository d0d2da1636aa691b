"""Families of construction that hold in any article, on sentences written for
these tests (invented companies): a retailer named by its trade's compound
("der Möbel-Versandhändler X", "des Modehändlers X") is a company found without a
catalogue entry, a bare "Händler" names none; an acceptance threshold "50 Prozent
plus einer Aktie" / "50% plus one share" is no share-price move; an amount per share
paid in cash is a price offered for the shares, never earnings per share, even in a
headline with no verb of buying in its clause; each with a look-alike where nothing
(or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor

# --- a retailer by its trade's compound ----------------------------------------------


def test_mail_order_retailer_compound_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. "
            "Quellmann biete den Aktionären 12 Euro je Aktie, teilte das Unternehmen mit.",
            headline="Übernahme im Onlinehandel")
    assert ("Dorvika", "Company") in {(e.label, e.type) for e in x.entities}
    assert ("Quellmann", "acquired", "Dorvika") in triples(x)


def test_fashion_retailer_in_the_genitive_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie des Modehändlers Brisanto stieg um 4 Prozent.",
            headline="Modewerte gefragt")
    assert ("Brisanto", "Company") in {(e.label, e.type) for e in x.entities}
    assert ("Brisanto", "StockPriceChange", Decimal("4"), "Percent") in figure_facts(x)


def test_bare_dealer_names_no_company(extractor: Extractor) -> None:
    """Look-alike: "der Händler" and "der Kunsthändler" are as often people."""
    x = run(extractor, "Der Kunsthändler Vorkan verkaufte das Bild. Der Händler Morlitz "
            "lieferte es aus.", headline="Kunstmarkt")
    assert not {"Vorkan", "Morlitz"} & labels(x)


# --- an acceptance threshold ----------------------------------------------------------


def test_threshold_plus_one_share_is_no_move_de(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. "
            "Die Mindestannahmeschwelle liegt bei 50 Prozent plus einer Aktie.",
            headline="Übernahme im Onlinehandel")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_threshold_plus_one_share_is_no_move_en(extractor: Extractor) -> None:
    x = run(extractor, "Kessler Brands agreed to buy Brightvale Foods. The offer needs "
            "acceptances from 50% plus one share of Brightvale's stock.",
            lang="en", headline="Kessler bids for Brightvale")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_share_move_with_plus_stays_a_move(extractor: Extractor) -> None:
    """Look-alike: a share that closed "5 Prozent im Plus" moved."""
    x = run(extractor, "Die Aktie von Zalando schloss 5 Prozent im Plus.",
            headline="Zalando gefragt")
    assert ("Zalando", "StockPriceChange", Decimal("5"), "Percent") in figure_facts(x)


# --- an amount per share paid in cash -------------------------------------------------


def test_cash_per_share_in_a_headline_is_an_offer_price(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika.",
            headline="Quellmann will Dorvika übernehmen – 14,50 Euro je Aktie in bar")
    facts = figure_facts(x)
    assert ("Dorvika", "SharePrice", Decimal("14.50"), "EUR") in facts
    assert not any(f.metric == "EarningsPerShare" for f in x.figures)


def test_cash_per_share_in_english_is_an_offer_price(extractor: Extractor) -> None:
    x = run(extractor, "Brightvale Foods agreed to be bought for $52 per share in cash by "
            "Kessler Brands.", lang="en", headline="Kessler buys Brightvale")
    assert any(f.metric == "SharePrice" and f.value == Decimal("52") for f in x.figures)
    assert not any(f.metric == "EarningsPerShare" for f in x.figures)


def test_earnings_per_share_without_cash_stay_earnings(extractor: Extractor) -> None:
    """Look-alike: an amount per share that is earned, not paid in cash."""
    x = run(extractor, "Die Dorvika AG erzielte im Quartal einen Gewinn von 2,10 Euro je Aktie.",
            headline="Dorvika verdient mehr")
    assert any(f.metric == "EarningsPerShare" and f.value == Decimal("2.10") for f in x.figures)


# --- a rival in an apposition ---------------------------------------------------------


def test_rival_apposition_describes_the_company_before_its_comma(extractor: Extractor) -> None:
    x = run(extractor, "Its car venture with Honda Motor plans to start sales next year. "
            "Nintendo, Sony's main rival in game consoles, reports results next week.",
            lang="en", headline="Sony raises its forecast")
    found = triples(x)
    assert ("Nintendo", "competitorOf", "Sony Group") in found \
        or ("Sony Group", "competitorOf", "Nintendo") in found
    assert not {("Honda Motor", "competitorOf", "Sony Group"),
                ("Sony Group", "competitorOf", "Honda Motor")} & found


def test_rival_compound_before_a_name_still_names_it(extractor: Extractor) -> None:
    """Look-alike: "the Sony rival Nintendo" names the rival after the compound."""
    x = run(extractor, "Honda Motor said sales rose. The Sony rival Nintendo reports next week.",
            lang="en", headline="Console makers report")
    found = triples(x)
    assert ("Nintendo", "competitorOf", "Sony Group") in found \
        or ("Sony Group", "competitorOf", "Nintendo") in found


# --- how far a role phrase reaches for the employer ------------------------------------


def test_clause_after_an_executive_names_no_employer(extractor: Extractor) -> None:
    x = run(extractor, "Airbus delivered 86 jets in November. Chief Executive Guillaume Faury "
            "has blamed delays in engine deliveries from Pratt & Whitney.",
            lang="en", headline="Airbus deliveries rise")
    found = triples(x)
    assert ("Guillaume Faury", "worksFor", "Pratt & Whitney") not in found
    assert ("Guillaume Faury", "worksFor", "Airbus") in found


def test_role_phrase_joins_its_employer_in_a_few_words(extractor: Extractor) -> None:
    """Look-alike: "X, senior analyst at Y" still names the employer."""
    x = run(extractor, "Airbus delivered 86 jets. \"The target looks hard,\" said Jane Morrow, "
            "senior analyst at Jefferies.", lang="en", headline="Airbus deliveries rise")
    assert ("Jane Morrow", "worksFor", "Jefferies") in triples(x)


# --- rivals named as examples, a fund house, a stake bought from a seller ----------------


def test_rivals_named_as_examples_are_companies(extractor: Extractor) -> None:
    x = run(extractor, "Der Möbel-Versandhändler Dorvika setzte 452 Millionen Euro um. Der Händler "
            "hatte zuletzt gegen Konkurrenten wie Lunaro und Brisanto an Boden verloren.",
            headline="Dorvika verliert Boden")
    assert ("Lunaro", "Company") in {(e.label, e.type) for e in x.entities}
    found = triples(x)
    assert ("Dorvika", "competitorOf", "Lunaro") in found \
        or ("Lunaro", "competitorOf", "Dorvika") in found


def test_seller_of_a_stake_is_no_investee(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. "
            "Quellmann hält nach dem Kauf eines Pakets von der Investmentgesellschaft Varnhold "
            "Ventures bereits 9,8 Prozent.", headline="Übernahme im Onlinehandel")
    assert ("Varnhold Ventures", "FinancialInstitution") in {(e.label, e.type) for e in x.entities}
    assert ("Quellmann", "investsIn", "Varnhold Ventures") not in triples(x)


def test_stake_held_of_a_company_stays_an_investment(extractor: Extractor) -> None:
    """Look-alike: "hält 5 Prozent von X" names the company held."""
    x = run(extractor, "Der Möbel-Versandhändler Dorvika wächst. Die Allianz hält 5 Prozent "
            "von Dorvika.", headline="Dorvika wächst")
    assert ("Allianz", "investsIn", "Dorvika") in triples(x)


# --- orders a maker books are its sales ---------------------------------------------------


def test_orders_a_maker_books_make_the_customer_the_user(extractor: Extractor) -> None:
    x = run(extractor, "Airbus booked gross orders for 61 aircraft in November, including 20 A350 "
            "freighters for Qantas.", lang="en", headline="Airbus orders rise")
    assert ("Airbus", "uses", "Airbus A350") not in triples(x)


def test_an_airline_that_orders_jets_uses_them(extractor: Extractor) -> None:
    """Look-alike: the verb "orders" after a buyer still makes it a user."""
    x = run(extractor, "Qantas orders 12 A350 jets for its long-haul routes.",
            lang="en", headline="Qantas expands fleet")
    assert ("Qantas", "uses", "Airbus A350") in triples(x)


# --- goods delivered from a maker, goods relied on ----------------------------------------


def test_engine_deliveries_from_a_maker_make_it_a_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Airbus delivered 86 jets in November. Chief Executive Guillaume Faury has "
            "blamed delays in engine deliveries from Pratt & Whitney.",
            lang="en", headline="Airbus deliveries rise")
    assert ("Pratt & Whitney", "supplierOf", "Airbus") in triples(x)


def test_goods_deliveries_after_another_company_supply_no_article_company(
        extractor: Extractor) -> None:
    """Look-alike: a company named before the phrase is the one supplied, and a
    company's own deliveries ("deliveries from BYD rose") name no goods."""
    x = run(extractor, "Airbus delivered 86 jets. Tesla said shipments of batteries from "
            "LG Energy Solution slowed. Deliveries from BYD rose 20%.",
            lang="en", headline="Airbus deliveries rise")
    found = triples(x)
    assert ("LG Energy Solution", "supplierOf", "Airbus") not in found
    assert ("BYD", "supplierOf", "Airbus") not in found


def test_relying_on_a_maker_for_fuselage_sections_makes_it_a_supplier(
        extractor: Extractor) -> None:
    x = run(extractor, "Airbus also depends on Safran for fuselage sections of its widebody.",
            lang="en", headline="Airbus deliveries rise")
    assert ("Safran", "supplierOf", "Airbus") in triples(x)


def test_relying_on_a_bank_for_funding_makes_no_supplier(extractor: Extractor) -> None:
    """Look-alike: money relied on is no supply."""
    x = run(extractor, "Airbus also depends on Safran for advice on the deal.",
            lang="en", headline="Airbus deliveries rise")
    assert ("Safran", "supplierOf", "Airbus") not in triples(x)


# --- a pair that works together ---------------------------------------------------------


def test_pair_working_together_in_a_clause_are_partners(extractor: Extractor) -> None:
    x = run(extractor, "Für Rechenzentren liefert Infineon Chips an Nvidia; beide Unternehmen "
            "arbeiten seit 2025 gemeinsam an einer neuen Stromversorgung.",
            headline="Infineon wächst")
    found = triples(x)
    assert ("Infineon Technologies", "partnerOf", "Nvidia") in found \
        or ("Nvidia", "partnerOf", "Infineon Technologies") in found


def test_pair_named_in_the_sentence_before_are_partners(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia buys chips from TSMC. The two companies have worked together "
            "since 2010.", lang="en", headline="Chip supply")
    assert any(r.predicate == "partnerOf" and {r.subject, r.object} == {
        "Nvidia", "Taiwan Semiconductor Manufacturing"} for r in x.relations)


def test_pair_noun_after_three_companies_names_no_partners(extractor: Extractor) -> None:
    """Look-alike: three companies named before leave the pair unknown."""
    x = run(extractor, "Apple, Alphabet and Microsoft rose. Both companies collaborate on AI.",
            lang="en", headline="Tech shares")
    assert not any(r.predicate == "partnerOf" for r in x.relations)


# --- an amount cut "by" a sum -------------------------------------------------------------


def test_investment_cut_by_an_amount_is_negative(extractor: Extractor) -> None:
    x = run(extractor, "Finanzvorstand Jan Kessler von Porsche kündigte an, die Investitionen im "
            "kommenden Jahr um rund 500 Millionen Euro zu kürzen.", headline="Porsche spart")
    assert ("Porsche", "Investment", Decimal("-500000000"), "EUR") in figure_facts(x)


def test_capital_spending_cut_by_an_amount_is_negative_en(extractor: Extractor) -> None:
    x = run(extractor, "Porsche will cut its capital spending by $400 million next year.",
            lang="en", headline="Porsche saves")
    assert ("Porsche", "CapitalExpenditure", Decimal("-400000000"), "USD") in figure_facts(x)


def test_investment_raised_by_an_amount_stays_positive(extractor: Extractor) -> None:
    """Look-alike: a rise by an amount, and an amount invested, keep their sign."""
    x = run(extractor, "Porsche erhöht die Investitionen um 100 Millionen Euro. Porsche will 2027 "
            "rund 900 Millionen Euro investieren.", headline="Porsche investiert")
    facts = figure_facts(x)
    assert ("Porsche", "Investment", Decimal("100000000"), "EUR") in facts
    assert ("Porsche", "Investment", Decimal("900000000"), "EUR") in facts


def test_stake_a_holder_tenders_is_no_move(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. Der "
            "Fondsanbieter Union Investment mit 6,2 Prozent will seine Papiere andienen.",
            headline="Übernahme im Onlinehandel")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_share_move_before_a_tender_stays_a_move(extractor: Extractor) -> None:
    """Look-alike: a move told before the clause of tendering is the share's."""
    x = run(extractor, "Die Aktie von Zalando stieg um 6 Prozent, nachdem Großaktionäre ihre "
            "Papiere andienen wollen.", headline="Zalando gefragt")
    assert ("Zalando", "StockPriceChange", Decimal("6"), "Percent") in figure_facts(x)


# --- a pair seated by a place adjective -------------------------------------------------


def test_pair_with_a_place_adjective_is_seated_there(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. "
            "Quellmann biete den Dorvika-Aktionären 12 Euro je Aktie, teilten beide Berliner "
            "Unternehmen mit.", headline="Übernahme im Onlinehandel")
    found = triples(x)
    assert ("Dorvika", "locatedIn", "Berlin") in found
    assert ("Quellmann", "locatedIn", "Berlin") in found


def test_place_adjective_without_the_pair_word_seats_no_pair(extractor: Extractor) -> None:
    """Look-alike: "mehrere Berliner Unternehmen" names no pair."""
    x = run(extractor, "Der Konzern Quellmann greift nach dem Möbel-Versandhändler Dorvika. "
            "Mehrere Berliner Unternehmen hatten ebenfalls Interesse.",
            headline="Übernahme im Onlinehandel")
    assert ("Dorvika", "locatedIn", "Berlin") not in triples(x)
