"""Families of construction that hold in any article, on sentences written for
these tests: a rival named after "with rivals" in a clause after a delivery verb
receives nothing; a derivatives exchange ("an der Terminbörse Eurex") lists no
company's shares; a sentence opening with a unit's noun ("Die Industriesparte
soll an der Frankfurter Börse notiert werden") lists the unit, not the article's
company; a part of a job cut told after "davon" ("davon etwa 2.100 in Deutschland")
is cut too; a name in an aside opened by "including" is not what the number after
the aside counts; "the first quarter of its fiscal year through March 2027" is "Q1
FY2027"; "Wochengewinn" is a move of the share or index; a product its owner's possessive names and the extractor does not know
("Its battery-electric Li i6 SUV accounted for about 11,000") owns the number, not
the company of the passage; a negation after a relative clause closed before it
("X, which owns 29.5% of Y, sees no need to …") leaves the clause's holding; an object pronoun after a cost verb ("saying tariffs
would cost it 1.4 trillion yen") makes the company it stands for bear the amount. Each with
a look-alike where the old reading must stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- rivals after a delivery verb ------------------------------------------------------


def test_rivals_in_a_price_war_after_deliveries_receive_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Li Auto delivered 38,650 vehicles in November, down 14% from a year "
            "earlier, as a deepening price war with rivals BYD and Tesla ate into demand.",
            lang="en", headline="Li Auto deliveries fall")
    found = triples(x)
    assert ("Li Auto", "supplierOf", "BYD") not in found
    assert ("Li Auto", "supplierOf", "Tesla") not in found


def test_competition_with_competitors_after_a_sale_gives_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "Infineon sold more chips in the quarter despite fierce competition "
            "with competitors Broadcom and Qualcomm.", lang="en", headline="Infineon")
    assert not any(r.predicate == "supplierOf" for r in x.relations)


def test_goods_delivered_to_a_customer_stay_a_supply(extractor: Extractor) -> None:
    """Look-alike: the company after "to" receives the goods, also where the rival noun
    names it ("to the rival")."""
    x = run(extractor, "Siemens supplies motors to the Finnish rival Kone.", lang="en",
            headline="Siemens")
    assert ("Siemens", "supplierOf", "Kone") in triples(x)


# --- a derivatives exchange -------------------------------------------------------------


def test_expiry_on_a_derivatives_exchange_lists_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Infineon-Aktie hatte in der Vorwoche 6 Prozent zugelegt. Am Freitag "
            "steht zudem der große Verfall an der Terminbörse Eurex an.",
            headline="Wochenausblick: Infineon im Blick")
    assert not any(r.predicate == "listedOn" and r.object == "Eurex" for r in x.relations)


def test_english_futures_exchange_lists_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Adidas shares rose 2% last week. Options expire on Friday on the "
            "futures exchange Eurex.", lang="en", headline="Adidas shares")
    assert not any(r.predicate == "listedOn" and r.object == "Eurex" for r in x.relations)


def test_shares_on_a_stock_exchange_keep_their_venue(extractor: Extractor) -> None:
    """Look-alike: a stock exchange named with the share's move is its venue."""
    x = run(extractor, "Die Adidas-Aktie legte auf Tradegate vorbörslich um 2,1 Prozent zu.",
            headline="Adidas-Aktie")
    assert ("Adidas", "listedOn", "Tradegate") in triples(x)


# --- a unit's listing -------------------------------------------------------------------


def test_unit_noun_opening_a_listing_sentence_lists_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Schaeffler will sein Industriegeschäft abspalten. Die Industriesparte "
            "mit rund 23.000 Beschäftigten soll im Jahr 2027 an der Frankfurter Börse notiert "
            "werden.", headline="Schaeffler spaltet Industriesparte ab")
    assert ("Schaeffler", "listedOn", "Frankfurt Stock Exchange") not in triples(x)


def test_english_unit_opening_a_listing_sentence_lists_no_parent(extractor: Extractor) -> None:
    x = run(extractor, "Siemens plans to spin off its logistics business. The new unit will "
            "list on the Frankfurt Stock Exchange next year.", lang="en",
            headline="Siemens to spin off logistics arm")
    assert ("Siemens", "listedOn", "Frankfurt Stock Exchange") not in triples(x)


def test_share_opening_a_listing_sentence_keeps_the_company(extractor: Extractor) -> None:
    """Look-alike: the company's own share opening the sentence trades at the venue."""
    x = run(extractor, "Schaeffler will sein Industriegeschäft abspalten. Die Aktie stieg an "
            "der Frankfurter Börse um 7,5 Prozent.", headline="Schaeffler spaltet Industriesparte ab")
    assert ("Schaeffler", "listedOn", "Frankfurt Stock Exchange") in triples(x)


# --- a part of a job cut ------------------------------------------------------------------


def test_part_after_davon_of_a_job_cut_is_cut(extractor: Extractor) -> None:
    x = run(extractor, "Bis Ende 2028 sollen bei Schaeffler weltweit rund 3.500 Stellen "
            "wegfallen, davon etwa 2.100 in Deutschland.", headline="Schaeffler streicht Stellen")
    facts = figure_facts(x)
    assert ("Schaeffler", "Employees", Decimal("-3500"), "Count") in facts
    assert ("Schaeffler", "Employees", Decimal("-2100"), "Count") in facts
    assert ("Schaeffler", "Employees", Decimal("2100"), "Count") not in facts


def test_english_part_after_of_which_of_a_job_cut_is_cut(extractor: Extractor) -> None:
    x = run(extractor, "Schaeffler will cut about 3,500 jobs by 2028, of which about 2,100 in "
            "Germany.", lang="en", headline="Schaeffler to cut jobs")
    assert ("Schaeffler", "Employees", Decimal("-2100"), "Count") in figure_facts(x)


def test_part_after_davon_of_a_workforce_stays_a_headcount(extractor: Extractor) -> None:
    """Look-alike: a part of the workforce, no word of cutting, is no cut."""
    x = run(extractor, "Schaeffler beschäftigt rund 84.000 Mitarbeiter, davon etwa 30.000 in "
            "Deutschland.", headline="Schaeffler")
    facts = figure_facts(x)
    assert ("Schaeffler", "Employees", Decimal("-30000"), "Count") not in facts


# --- a name in an inclusion aside --------------------------------------------------------


def test_growth_after_an_including_aside_is_not_the_brand_s(extractor: Extractor) -> None:
    x = run(extractor, "Toyota Motor cut its forecast. The company sold 2.49 million vehicles "
            "in the quarter, including its Lexus luxury brand, up 5% from a year earlier.",
            lang="en", headline="Toyota cuts forecast")
    facts = figure_facts(x)
    assert ("Lexus", "Other", Decimal("5"), "Percent") not in facts
    assert ("Toyota Motor", "Other", Decimal("5"), "Percent") in facts


def test_brand_opening_the_sentence_keeps_its_growth(extractor: Extractor) -> None:
    """Look-alike: the name before the aside is the subject and keeps the number; the
    owner a pronoun of the aside points to ("its hybrid models") is a part's, no subject."""
    x = run(extractor, "Toyota Motor cut its forecast. Lexus, including its hybrid models, "
            "sold 5% more vehicles than a year earlier.", lang="en",
            headline="Toyota cuts forecast")
    facts = figure_facts(x)
    assert ("Lexus", "Other", Decimal("5"), "Percent") in facts
    assert ("Toyota Motor", "Other", Decimal("5"), "Percent") not in facts


# --- the quarter of a fiscal year named by its end ------------------------------------------


def test_quarter_of_a_fiscal_year_through_a_month_is_that_year_s(extractor: Extractor) -> None:
    x = run(extractor, "Toyota Motor's operating profit fell 11% to 1.17 trillion yen in the "
            "first quarter of its fiscal year through March 2027.", lang="en",
            headline="Toyota profit falls")
    periods = {(f.metric, f.period) for f in x.figures}
    assert ("Profit", "Q1 FY2027") in periods
    assert ("Profit", "Q1 2026") not in periods


def test_quarter_of_a_calendar_year_stays_calendar(extractor: Extractor) -> None:
    """Look-alike: a quarter "of 2026" is the calendar year's."""
    x = run(extractor, "Toyota Motor's operating profit fell 11% to 1.17 trillion yen in the "
            "first quarter of 2026.", lang="en", headline="Toyota profit falls")
    assert ("Profit", "Q1 2026") in {(f.metric, f.period) for f in x.figures}


# --- a week's gain ------------------------------------------------------------------------


def test_weekly_gain_of_an_index_is_its_move(extractor: Extractor) -> None:
    x = run(extractor, "Am Freitag schloss der Dax mit einem Wochengewinn von 2,4 Prozent bei "
            "24.910 Punkten.", headline="Wochenausblick")
    assert ("DAX", "StockPriceChange", Decimal("2.4"), "Percent") in figure_facts(x)


def test_annual_profit_word_is_no_move(extractor: Extractor) -> None:
    """Look-alike: "Jahresgewinn" is a profit, not a share's move."""
    x = run(extractor, "Munich Re steigerte den Jahresgewinn um 12 Prozent.", headline="Munich Re")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


# --- an unknown product named by its owner's possessive ------------------------------------


def test_count_of_an_unknown_owned_model_is_not_the_company_s(extractor: Extractor) -> None:
    x = run(extractor, "Li Auto delivered 38,650 vehicles in November. Its battery-electric Li i6 "
            "SUV, which competes with Tesla's Model Y, accounted for about 11,000 of November's "
            "deliveries.", lang="en", headline="Li Auto deliveries fall")
    facts = figure_facts(x)
    assert ("Li Auto", "Other", Decimal("38650"), "Count") in facts
    assert ("Li Auto", "Other", Decimal("11000"), "Count") not in facts


def test_count_of_a_known_owned_model_is_the_model_s(extractor: Extractor) -> None:
    """Look-alike: a model the catalogue knows keeps its count."""
    x = run(extractor, "Tesla delivered 38,650 vehicles in November. Its Model Y SUV accounted "
            "for about 11,000 of the deliveries.", lang="en", headline="Tesla deliveries")
    facts = figure_facts(x)
    assert ("Model Y", "Other", Decimal("11000"), "Count") in facts
    assert ("Tesla", "Other", Decimal("11000"), "Count") not in facts


def test_owned_product_in_a_relative_clause_leaves_the_move_to_the_company(
        extractor: Extractor) -> None:
    """Look-alike: a product of the company named in its relative clause is not the subject."""
    x = run(extractor, "SK Hynix shares fell 3.1% in Seoul, while Samsung Electronics, which has "
            "struggled to get its HBM chips qualified by Nvidia, lost 2.4%.", lang="en",
            headline="Chip stocks fall")
    assert ("Samsung Electronics", "StockPriceChange", Decimal("-2.4"), "Percent") in figure_facts(x)


# --- a negation after a relative clause ---------------------------------------------------


def test_negation_after_a_relative_clause_leaves_its_holding(extractor: Extractor) -> None:
    x = run(extractor, "UniCredit, which also owns about 29.5% of Greek lender Alpha Bank, has "
            "said it sees no need to pay a premium.", lang="en", headline="UniCredit")
    assert ("UniCredit", "investsIn", "Alpha Bank") in triples(x)


def test_german_negation_after_a_relative_clause_leaves_its_holding(extractor: Extractor) -> None:
    x = run(extractor, "Die Unicredit, die 29,5 Prozent an der Alpha Bank hält, sieht keinen "
            "Grund für eine Prämie.", headline="Unicredit")
    assert ("UniCredit", "investsIn", "Alpha Bank") in triples(x)


def test_negation_inside_the_relative_clause_still_negates(extractor: Extractor) -> None:
    """Look-alike: "which does not own" denies the holding."""
    x = run(extractor, "UniCredit, which does not own shares of Alpha Bank, said it sees a need.",
            lang="en", headline="UniCredit")
    assert ("UniCredit", "investsIn", "Alpha Bank") not in triples(x)


def test_negated_main_clause_after_a_relative_clause_stays_negated(extractor: Extractor) -> None:
    """Look-alike: the main clause's own verb after the relative clause is denied."""
    x = run(extractor, "UniCredit, which owns 5% of Alpha Bank, did not invest in Piraeus Bank.",
            lang="en", headline="UniCredit")
    found = triples(x)
    assert ("UniCredit", "investsIn", "Alpha Bank") in found
    assert ("UniCredit", "investsIn", "Piraeus Bank") not in found


# --- a cost borne by the company a pronoun stands for --------------------------------------


def test_cost_to_a_pronoun_is_the_company_s_loss(extractor: Extractor) -> None:
    x = run(extractor, "Toyota Motor cut its forecast on Thursday, saying U.S. tariffs on "
            "Japanese cars would cost it 1.4 trillion yen this fiscal year.", lang="en",
            headline="Toyota cuts forecast")
    assert ("Toyota Motor", "Other", Decimal("-1400000000000"), "JPY") in figure_facts(x)


def test_commodity_move_after_saying_stays_no_one_s(extractor: Extractor) -> None:
    """Look-alike: with no pronoun after the metric word, a clause whose subject is a
    commodity keeps its number from the company."""
    x = run(extractor, "Toyota Motor reported results, saying oil prices rose 3% to $80.",
            lang="en", headline="Toyota results")
    assert not any(f.about == "Toyota Motor" for f in x.figures)
