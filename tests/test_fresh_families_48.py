"""Rule families, on sentences written for the test: orders a company books or
wins "from" others come from its customers, and a place of seat before "unit" names no owner; the
leader a ranking names after "after" owns none of the ranked company's figures; a noun of supply
("a supply agreement with X") names no receiver, the maker of another company's goods ("will
manufacture X's chips") supplies it, and "to source parts from X" buys from X; a clause with a
subject pronoun of its own after a list of rivals ("…, and it has a partnership with X") is the
opening subject's; a short form of a company before "shares" and a venue ("Universal Music shares
rose 2% in Amsterdam") is that company's listing, not the name before it; a country's possessive
before an index ("on Brazil's benchmark Ibovespa") keeps the index the venue of a move; "premium"
before subscribers is a tier, no premium figure; a metric opening the sentence with an apposition
("Advertising revenue, a weak spot, fell 2%") moves no share; a name a unit noun introduces
("The defense unit, Embraer Defense & Security,") is a unit, and a company's name before two
capitalised headline words ("Embraer Backlog Hits Record") is no unit.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- orders booked from customers ------------------------------------------------------------


def test_orders_booked_from_customers_make_the_booker_their_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy booked record orders from utilities, including RWE and "
                       "E.ON, in the third quarter.", lang="en", headline="Turbine maker")
    facts = triples(x)
    assert ("Siemens Energy", "supplierOf", "RWE") in facts
    assert ("Siemens Energy", "supplierOf", "E.ON") in facts
    assert ("RWE", "supplierOf", "Siemens Energy") not in facts


def test_a_buyer_ordering_from_a_maker_keeps_its_reading(extractor: Extractor) -> None:
    # look-alike: the verb "ordered" with "from" still makes the one after the supplier
    x = run(extractor, "Deutsche Bahn ordered 25 trains from Siemens last year.", lang="en",
            headline="Rail report")
    facts = triples(x)
    assert ("Siemens", "supplierOf", "Deutsche Bahn") in facts
    assert ("Deutsche Bahn", "supplierOf", "Siemens") not in facts


def test_place_of_seat_before_unit_names_no_owner(extractor: Extractor) -> None:
    x = run(extractor, "Caterpillar said its Peoria-based unit, and not Komatsu, won the deal. "
                       "Solar Turbines, the San Diego-based unit, sold engines to BHP.", lang="en",
            headline="Machinery")
    assert not any(p == "subsidiaryOf" and o == "BHP" for _s, p, o in triples(x))


def test_owner_named_before_unit_noun_keeps_its_unit(extractor: Extractor) -> None:
    # look-alike: a company's name before "unit" in the apposition is the owner
    x = run(extractor, "Waymo, the Alphabet unit, expanded its robotaxi service to Denver.",
            lang="en", headline="Robotaxis")
    assert ("Waymo", "subsidiaryOf", "Alphabet") in triples(x)


# --- a ranking's leader after "after" ------------------------------------------------------------


def test_leader_after_a_ranking_owns_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "The second-biggest maker of excavators after Caterpillar now expects net "
                       "profit of 410 billion yen for the year.", lang="en",
            headline="Komatsu lifts forecast")
    facts = figure_facts(x)
    assert not any(about == "Caterpillar" for about, *_ in facts)
    assert ("Komatsu", "Profit", Decimal("410000000000"), "JPY") in facts


def test_company_moving_after_another_event_keeps_its_move(extractor: Extractor) -> None:
    # look-alike: "after" a clause, no ranking; the shares named first moved
    x = run(extractor, "Shares of Caterpillar rose 2.5% after Deere cut its outlook.", lang="en",
            headline="Market report")
    assert ("Caterpillar", "StockPriceChange", Decimal("2.5"), "Percent") in figure_facts(x)


# --- supply: nouns, makers of another's goods, sourcing ------------------------------------


def test_supply_agreement_names_no_receiver(extractor: Extractor) -> None:
    x = run(extractor, "Wolfspeed signed a supply agreement with GlobalFoundries on Monday.",
            lang="en", headline="Chip deal")
    assert ("Wolfspeed", "supplierOf", "GlobalFoundries") not in triples(x)


def test_supply_verb_keeps_its_receiver(extractor: Extractor) -> None:
    # look-alike: the verb "supply" with "to" still names the receiver
    x = run(extractor, "Wolfspeed will supply silicon carbide wafers to Infineon from next year.",
            lang="en", headline="Chip deal")
    assert ("Wolfspeed", "supplierOf", "Infineon Technologies") in triples(x)


def test_maker_of_another_companys_chips_supplies_it(extractor: Extractor) -> None:
    x = run(extractor, "Under the deal GlobalFoundries will manufacture Qualcomm's next-generation "
                       "radar and silicon-on-insulator chips in Dresden.", lang="en", headline="Chip deal")
    assert ("GlobalFoundries", "supplierOf", "Qualcomm") in triples(x)


def test_maker_of_its_own_chips_supplies_nobody(extractor: Extractor) -> None:
    # look-alike: a company's own goods and a non-good ("profit") make no supply
    x = run(extractor, "Samsung Electronics makes Samsung's own chips, and Apple made Apple's "
                       "profit grow.", lang="en", headline="Chip deal")
    assert not any(p == "supplierOf" for _s, p, _o in triples(x))


def test_to_source_parts_from_a_company_buys_from_it(extractor: Extractor) -> None:
    x = run(extractor, "Rivian will continue to source some battery cells from Panasonic.",
            lang="en", headline="EV supply")
    assert ("Panasonic", "supplierOf", "Rivian Automotive") in triples(x)


# --- a pronoun's clause after a list of rivals -----------------------------------------------


def test_pronoun_clause_after_rivals_speaks_of_the_opening_subject(extractor: Extractor) -> None:
    x = run(extractor, "Pinterest competes for ad budgets with Meta Platforms and Snap Inc., and "
                       "it has a partnership with Amazon that brings ads to its site.", lang="en",
            headline="Pinterest shares")
    facts = triples(x)
    assert ("Pinterest", "partnerOf", "Amazon") in facts or ("Amazon", "partnerOf", "Pinterest") in facts
    assert not any(p == "partnerOf" and "Snap Inc." in (s, o) for s, p, o in facts)
    assert not any(p == "partnerOf" and "Meta Platforms" in (s, o) for s, p, o in facts)


def test_named_subject_of_second_clause_keeps_its_partner(extractor: Extractor) -> None:
    # look-alike: the second clause names its own subject, which partners
    x = run(extractor, "Pinterest competes with Meta Platforms and Snap Inc., and Snap Inc. has a "
                       "partnership with Amazon.", lang="en", headline="Pinterest shares")
    facts = triples(x)
    assert ("Snap Inc.", "partnerOf", "Amazon") in facts or ("Amazon", "partnerOf", "Snap Inc.") in facts
    assert ("Pinterest", "partnerOf", "Amazon") not in facts


# --- a short form of a company before "shares" and a venue -----------------------------------


def test_short_form_before_shares_is_listed_at_the_venue(extractor: Extractor) -> None:
    x = run(extractor, "The service pays Universal Music Group and Warner Music Group for its "
                       "catalogue; Universal Music shares rose 3% in Amsterdam.", lang="en",
            headline="Streaming")
    facts = triples(x)
    assert ("Universal Music Group", "listedOn", "Euronext Amsterdam") in facts
    assert ("Warner Music Group", "listedOn", "Euronext Amsterdam") not in facts


def test_unknown_owner_before_shares_lists_nobody_else(extractor: Extractor) -> None:
    # look-alike: a name the extractor does not know owns the shares; the name before gets nothing
    x = run(extractor, "The service pays Warner Music Group for its catalogue, and Brontwell "
                       "Records shares rose 3% in Amsterdam.", lang="en", headline="Streaming")
    assert not any(p == "listedOn" for _s, p, _o in triples(x))


# --- an index after a country's possessive -----------------------------------------------------


def test_index_after_a_countrys_possessive_is_the_venue(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Embraer rose 5% in Sao Paulo. The stock has gained 58% this year, "
                       "one of the best performances on Brazil's benchmark Ibovespa index.",
            lang="en", headline="Planemaker")
    facts = figure_facts(x)
    assert ("Embraer", "StockPriceChange", Decimal("58"), "Percent") in facts
    assert not any(about == "Ibovespa" and value == Decimal("58") for about, _m, value, _u in facts)


def test_index_moving_itself_keeps_its_move(extractor: Extractor) -> None:
    # look-alike: the index named as the subject of its own move
    x = run(extractor, "Brazil's benchmark Ibovespa index rose 1.4% on Thursday.", lang="en",
            headline="Markets")
    assert ("Ibovespa", "StockPriceChange", Decimal("1.4"), "Percent") in figure_facts(x)


# --- subscribers of a premium tier, a metric with an apposition --------------------------------


def test_premium_subscribers_are_users(extractor: Extractor) -> None:
    x = run(extractor, "Spotify reported 291 million premium subscribers at the end of June.",
            lang="en", headline="Streaming")
    facts = figure_facts(x)
    assert ("Spotify", "Users", Decimal("291000000"), "Count") in facts
    assert ("Spotify", "Other", Decimal("291000000"), "Count") not in facts


def test_takeover_premium_stays_a_premium(extractor: Extractor) -> None:
    # look-alike: the premium of an offer is still the offer's figure, no user count
    x = run(extractor, "Pfizer said it would pay $24 a share in cash. The price is a premium of "
                       "37% to Friday's close.", lang="en", headline="Pfizer agrees to buy Kenvue")
    facts = figure_facts(x)
    assert ("Kenvue", "Other", Decimal("37"), "Percent") in facts
    assert not any(metric == "Users" for _a, metric, *_ in facts)


def test_metric_with_an_apposition_moves_no_share(extractor: Extractor) -> None:
    x = run(extractor, "Spotify shares rose 6% on Tuesday. Podcast revenue, a small part of sales, "
                       "fell 3% in the quarter.", lang="en", headline="Streaming")
    facts = figure_facts(x)
    assert ("Spotify", "StockPriceChange", Decimal("6"), "Percent") in facts
    assert ("Spotify", "StockPriceChange", Decimal("-3"), "Percent") not in facts


def test_stock_with_an_apposition_keeps_its_move(extractor: Extractor) -> None:
    # look-alike: the share itself with an apposition moved
    x = run(extractor, "Spotify shares rose 6% on Tuesday. The stock, a favourite of retail "
                       "investors, fell 3% in the afternoon.", lang="en", headline="Streaming")
    assert ("Spotify", "StockPriceChange", Decimal("-3"), "Percent") in figure_facts(x)


# --- a unit named after a unit noun; headline words after a company ----------------------------


def test_unit_introduced_by_a_unit_noun_is_a_unit(extractor: Extractor) -> None:
    x = run(extractor, "The aerospace unit, Embraer Defense & Security, won an order for two "
                       "transport planes. The unit's revenue rose 27% to 1.6 billion reais.",
            lang="en", headline="Planemaker results")
    types = {e.label: e.type for e in x.entities}
    assert types.get("Embraer Defense & Security") == "BusinessUnit"
    assert ("Embraer Defense & Security", "subsidiaryOf", "Embraer") in triples(x)


def test_law_firm_partnership_stays_a_company(extractor: Extractor) -> None:
    # look-alike: a partnership named after its partners, with no unit noun before it
    x = run(extractor, "Wilson Sonsini Goodrich & Rosati advised Embraer on the sale.", lang="en",
            headline="Deal advisers")
    types = {e.label: e.type for e in x.entities}
    assert types.get("Wilson Sonsini Goodrich & Rosati") == "Company"


def test_company_before_headline_words_is_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "The aerospace unit, Embraer Defense & Security, won an order for two "
                       "transport planes.", lang="en", headline="Embraer Orders Hit Record")
    labels = {e.label for e in x.entities}
    assert "Embraer Orders" not in labels
    assert "Embraer" in labels


# --- an index level after the day's move -------------------------------------------------------


def test_index_level_after_the_days_move_in_a_relative_clause(extractor: Extractor) -> None:
    x = run(extractor, "Komatsu shares rose 3.1% in Tokyo, beating the Nikkei Stock Average, which "
                       "closed down 0.4% at 40,118.52.", lang="en", headline="Tokyo stocks")
    facts = figure_facts(x)
    assert ("Nikkei 225", "IndexLevel", Decimal("40118.52"), "Points") in facts
    assert ("Nikkei 225", "StockPriceChange", Decimal("-0.4"), "Percent") in facts


def test_share_closing_after_its_move_keeps_its_price(extractor: Extractor) -> None:
    # look-alike: a share's close after its move is its price, no index level
    x = run(extractor, "Siemens shares closed down 1.2% at 210.40 euros.", lang="en",
            headline="Frankfurt stocks")
    facts = figure_facts(x)
    assert ("Siemens", "SharePrice", Decimal("210.40"), "EUR") in facts
    assert not any(metric == "IndexLevel" for _a, metric, *_ in facts)


# --- a comparison base sets no period for the sentences after it ---------------------------------


def _periods(x: Extraction, metric: str) -> set[str | None]:
    return {f.period for f in x.figures if f.metric == metric}


def test_comparison_base_sets_no_period_for_later_figures(extractor: Extractor) -> None:
    x = run(extractor, "Spotify reported 275 million premium subscribers, up 7 million from the "
                       "first quarter. Revenue rose 10% to 4.2 billion euros.", lang="en",
            headline="Streaming")
    assert ("Spotify", "Revenue", Decimal("4200000000"), "EUR") in figure_facts(x)
    assert not any(p is not None and p.startswith("Q1") for p in _periods(x, "Revenue"))


def test_stated_quarter_still_gives_the_period(extractor: Extractor) -> None:
    # look-alike: a quarter named as the figures' own period, no comparison
    x = run(extractor, "Spotify reported 275 million premium subscribers in the second quarter. "
                       "Revenue rose 10% to 4.2 billion euros.", lang="en", headline="Streaming")
    assert any(p is not None and p.startswith("Q2") for p in _periods(x, "Revenue"))
