"""Rule families, on sentences written for the test: a legal form closing a
name ("The Acme Group Inc.") is no name of its own; a bank whose own shares move in a sentence
that also tells of a price target is the issuer of that move, no rating house; "competes for
deals with" names rivals, no partners; "up to" bounds a number and says no direction; a bond's
yield, its move in basis points and its term ("10-year") are no company's figures; a unit
named after "Its" opening a sentence ("Its Core Local Commerce segment") is found as after "its";
a rival outsold ("sold 1.1 million cars, beating X") receives nothing; an outlook "seen at 4% to
7%" and an earlier one "from $105 billion to $109 billion it forecast" are ranges; a
strategist's market comment naming no company nor shares covers no company.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- a legal form after a word like "Group" --------------------------------------------------


def test_legal_form_after_group_is_no_name(extractor: Extractor) -> None:
    x = run(extractor, "The Goldman Sachs Group Inc. reported a 37% rise in quarterly profit on "
                       "Wednesday.", lang="en", headline="Bank results")
    labels = {e.label for e in x.entities}
    assert "Goldman Sachs" in labels
    assert "Inc" not in labels
    assert ("Goldman Sachs", "ProfitGrowth", Decimal("37"), "Percent") in figure_facts(x)


def test_unknown_group_name_with_legal_form_is_still_found(extractor: Extractor) -> None:
    # look-alike: a name the catalogue does not know keeps its legal-form discovery
    x = run(extractor, "Shares of Brantwell Foods Inc. rose 4% after the company raised its "
                       "outlook.", lang="en", headline="Market report")
    labels = {e.label for e in x.entities}
    assert "Inc" not in labels
    assert any(label.startswith("Brantwell") for label in labels)


# --- a bank's own move beside a price target ---------------------------------------------


def test_bank_moving_beside_a_target_keeps_its_move(extractor: Extractor) -> None:
    x = run(extractor, "Kering slumped 7.9% on Tuesday. HSBC rose 2.6% after it announced a "
                       "$3 billion share buyback, and Deutsche Bank climbed 3.1% after Barclays "
                       "raised its price target on the lender.", lang="en",
            headline="European shares")
    facts = figure_facts(x)
    assert ("HSBC", "StockPriceChange", Decimal("2.6"), "Percent") in facts
    assert ("HSBC", "ShareBuyback", Decimal("3000000000"), "USD") in facts
    assert ("Deutsche Bank", "StockPriceChange", Decimal("3.1"), "Percent") in facts
    assert ("Kering", "StockPriceChange", Decimal("2.6"), "Percent") not in facts


def test_rating_bank_stays_a_house(extractor: Extractor) -> None:
    # look-alike: the bank that sets the target moves no shares; the target is not its own
    x = run(extractor, "Barclays raised its price target on Kering to 310 euros.", lang="en",
            headline="Kering upgrade")
    facts = figure_facts(x)
    assert ("Kering", "PriceTarget", Decimal("310"), "EUR") in facts
    assert ("Barclays", "PriceTarget", Decimal("310"), "EUR") not in facts


# --- competing for deals ---------------------------------------------------------------------


def test_competing_for_deals_with_names_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Dell competes for large AI server deals with Super Micro Computer and "
                       "Hewlett Packard Enterprise.", lang="en", headline="Dell results")
    rels = triples(x)
    assert frozenset(("Dell Technologies", "Super Micro Computer")) in rival_pairs(x)
    assert ("Dell Technologies", "partnerOf", "Super Micro Computer") not in rels
    assert ("Dell Technologies", "partnerOf", "Hewlett Packard Enterprise") not in rels


def test_signed_deals_with_stay_a_partnership(extractor: Extractor) -> None:
    # look-alike: deals signed with a firm, not competed for, are a partnership
    x = run(extractor, "Dell signed deals with Super Micro Computer on Monday.", lang="en",
            headline="Dell results")
    assert frozenset(("Dell Technologies", "Super Micro Computer")) not in rival_pairs(x)


# --- "up to" is a bound, no direction -------------------------------------------------------


def test_fall_by_up_to_is_negative(extractor: Extractor) -> None:
    x = run(extractor, "Kering said sales would fall by up to 10% in the fourth quarter.",
            lang="en", headline="Kering warning")
    facts = figure_facts(x)
    assert ("Kering", "RevenueGrowth", Decimal("-10"), "Percent") in facts
    assert ("Kering", "RevenueGrowth", Decimal("10"), "Percent") not in facts


def test_rise_by_up_to_stays_positive(extractor: Extractor) -> None:
    # look-alike: a rise by up to a bound keeps its sign
    x = run(extractor, "Kering said sales would rise by up to 10% in the fourth quarter.",
            lang="en", headline="Kering outlook")
    assert ("Kering", "RevenueGrowth", Decimal("10"), "Percent") in figure_facts(x)


# --- a bond's yield beside a company's move ------------------------------------------------


def test_bund_yield_and_its_term_are_no_company_figures(extractor: Extractor) -> None:
    x = run(extractor, "Novartis lost 2.2% after a drug trial failed. The yield on Germany's "
                       "10-year Bund rose 4 basis points to 2.71%.", lang="en",
            headline="Novartis falls")
    values = {value for about, _, value, _ in figure_facts(x) if about == "Novartis"}
    assert Decimal("2.71") not in values
    assert Decimal("10") not in values
    assert Decimal("0.04") not in values


def test_margin_in_basis_points_stays_a_company_figure(extractor: Extractor) -> None:
    # look-alike: a company's margin moving in basis points is the company's
    x = run(extractor, "Novartis said its core operating margin rose 40 basis points to 38.5% "
                       "in the quarter.", lang="en", headline="Novartis results")
    assert any(about == "Novartis" and value == Decimal("38.5")
               for about, _, value, _ in figure_facts(x))


# --- "Its … segment" opening a sentence --------------------------------------------------


def test_unit_after_sentence_opening_its(extractor: Extractor) -> None:
    x = run(extractor, "Meituan's revenue rose 4.5%. Its Core Local Commerce segment posted an "
                       "operating loss of 14.1 billion yuan.", lang="en", headline="Meituan results")
    facts = figure_facts(x)
    assert ("Core Local Commerce", "Profit", Decimal("-14100000000"), "CNY") in facts
    assert ("Meituan", "Profit", Decimal("-14100000000"), "CNY") not in facts


def test_its_before_a_lower_case_segment_names_no_unit(extractor: Extractor) -> None:
    # look-alike: a lower-case line of business after "Its" is no name
    x = run(extractor, "Meituan's revenue rose 4.5%. Its delivery segment posted an operating "
                       "loss of 14.1 billion yuan.", lang="en", headline="Meituan results")
    assert all(e.type != "BusinessUnit" for e in x.entities)


# --- a rival outsold receives nothing ------------------------------------------------------


def test_rival_outsold_is_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "BYD sold 1.12 million electric vehicles in the quarter, beating Tesla as "
                       "the largest seller of electric cars.", lang="en", headline="Car sales")
    assert ("BYD", "supplierOf", "Tesla") not in triples(x)


def test_sold_to_still_supplies(extractor: Extractor) -> None:
    # look-alike: goods sold to a named buyer make a supplier
    x = run(extractor, "CATL sold batteries worth 2 billion euros to BMW.", lang="en",
            headline="Battery deal")
    assert ("Contemporary Amperex Technology", "supplierOf", "BMW") in triples(x)


# --- ranges of an outlook --------------------------------------------------------------------


def _ranges(x: Extraction) -> set[tuple[str, str, Decimal | None, Decimal | None]]:
    """Each range figure as (about, metric, min, max)."""
    return {(f.about, f.metric, f.min_value, f.max_value) for f in x.figures
            if f.min_value is not None}


def test_outlook_seen_at_is_a_range(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk cut its outlook. Operating profit growth is seen at 4% to 7%.",
            lang="en", headline="Novo outlook")
    assert ("Novo Nordisk", "ProfitGrowth", Decimal("4"), Decimal("7")) in _ranges(x)
    assert ("Novo Nordisk", "ProfitGrowth", Decimal("7"), "Percent") not in figure_facts(x)


def test_earlier_forecast_from_to_is_a_range(extractor: Extractor) -> None:
    x = run(extractor, "Dell Technologies now expects revenue of $112 billion to $116 billion this "
                       "year, up from $105 billion to $109 billion it forecast in August.",
            lang="en", headline="Dell outlook")
    ranges = _ranges(x)
    assert ("Dell Technologies", "Revenue", Decimal("105000000000"), Decimal("109000000000")) in ranges
    assert ("Dell Technologies", "Revenue", Decimal("109000000000"), "USD") not in figure_facts(x)


def test_share_move_from_to_stays_two_prices(extractor: Extractor) -> None:
    # look-alike: "rose from $105 to $109" is a move, no range
    x = run(extractor, "Dell Technologies shares rose from $105 to $109 in August.", lang="en",
            headline="Dell shares")
    assert _ranges(x) == set()


# --- a strategist's market comment ---------------------------------------------------------


def test_strategist_market_comment_covers_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Kering slumped 7.9% after a profit warning. \"Investors are rotating back "
                       "into value,\" said Anna Weber, a strategist at Berenberg.", lang="en",
            headline="Kering slumps")
    assert ("Berenberg", "covers", "Kering") not in triples(x)


def test_strategist_speaking_of_the_stock_still_covers(extractor: Extractor) -> None:
    # look-alike: a strategist's word on the shares is a comment on the company
    x = run(extractor, "Kering slumped 7.9% after a profit warning. \"The stock looks cheap now,\" "
                       "said Anna Weber, a strategist at Berenberg.", lang="en",
            headline="Kering slumps")
    assert ("Berenberg", "covers", "Kering") in triples(x)
