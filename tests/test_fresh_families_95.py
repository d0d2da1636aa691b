"""English results news on Hong Kong-listed Chinese internet and consumer companies, on
families of construction that hold in any article, on sentences written for these tests
(catalogued companies, invented figures): the segment the platforms call "online marketing
services", and "revenue from online marketing", is revenue, no marketing budget; money spent
"on marketing" is the marketing budget also where the amount has a decimal point ("spend 1.2
billion yuan on marketing"); "cuts of as much as 34%" are cuts of prices, no move of the share
told just before; money "poured into" a thing whose clause goes on to a rival ("poured money
into subsidies to defend its share against Y") is no stake in that rival; a seat told with the
place's kind ("based in the southeastern city of Xiamen"); a rank "among" an index's members
("the best performer among Hang Seng Index constituents") is a membership; competition told
with its place before "from" ("faces stiff competition at home from X and Y") names rivals;
"its American depositary receipts" in an article naming no issuer of them move as "its shares"
do; the rating "high-conviction outperform" kept as written. Each with a look-alike that keeps its
other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- the "online marketing" segment is revenue -------------------------------------------


def test_online_marketing_services_segment_is_no_marketing_budget(extractor: Extractor) -> None:
    x = run(extractor, "PDD Holdings reported results on Tuesday. Online marketing services, the "
            "advertising business of PDD Holdings, grew 5% to 41.3 billion yuan. Revenue from online "
            "marketing at Baidu fell 19% to 12.6 billion yuan.", lang="en", headline="Results")
    assert not metric_facts(x, "MarketingBudget")


def test_marketing_spending_stays_the_marketing_budget(extractor: Extractor) -> None:
    """Look-alike: the marketing words name a cost, which is the budget."""
    x = run(extractor, "Baidu raised its marketing spending to 4.5 billion yuan.", lang="en",
            headline="Results")
    assert metric_facts(x, "MarketingBudget") == {("Baidu", Decimal("4500000000"))}


# --- money spent on marketing with a decimal amount ---------------------------------------


def test_spending_a_decimal_amount_on_marketing_is_the_marketing_budget(extractor: Extractor) -> None:
    x = run(extractor, "Li Ning said it would spend 1.7 billion yuan on marketing next year.",
            lang="en", headline="Sportswear")
    assert metric_facts(x, "MarketingBudget") == {("Li Ning", Decimal("1700000000"))}
    assert not metric_facts(x, "Investment")


def test_spending_a_decimal_amount_on_stores_stays_an_investment(extractor: Extractor) -> None:
    """Look-alike: the money goes to anything but marketing."""
    x = run(extractor, "Li Ning said it would spend 1.7 billion yuan on new stores next year.",
            lang="en", headline="Sportswear")
    assert metric_facts(x, "Investment") == {("Li Ning", Decimal("1700000000"))}
    assert not metric_facts(x, "MarketingBudget")


# --- cuts of a percentage are no share move ---------------------------------------------


_MOVES = "BYD shares fell 2.3% in Hong Kong. XPeng climbed 4.1%.\n\n"


def test_cuts_of_a_percentage_after_a_share_move_are_no_move(extractor: Extractor) -> None:
    x = run(extractor, _MOVES + "The price war, led by BYD's cuts of as much as 27% across 19 "
            "models in May, has pushed margins down.", lang="en", headline="Cars")
    assert metric_facts(x, "StockPriceChange") == {("BYD", Decimal("-2.3")), ("XPeng", Decimal("4.1"))}


def test_a_fall_of_as_much_as_a_percentage_stays_a_share_move(extractor: Extractor) -> None:
    """Look-alike: a fall of the shares told as a noun is their move."""
    x = run(extractor, "BYD shares posted a fall of 3.4% in Hong Kong, after a fall of as much as "
            "5%.", lang="en", headline="Cars")
    assert metric_facts(x, "StockPriceChange") == {("BYD", Decimal("-3.4")), ("BYD", Decimal("-5"))}


# --- money poured into a thing, not into the rival named later ---------------------------


def test_money_poured_into_subsidies_against_rivals_is_no_stake(extractor: Extractor) -> None:
    x = run(extractor, "Meituan reported a loss on Thursday as the company poured money into "
            "subsidies to defend its market share against Alibaba Group and JD.com.",
            lang="en", headline="Food delivery")
    assert not {t for t in triples(x) if t[1] == "investsIn"}


def test_money_poured_into_a_named_start_up_is_a_stake(extractor: Extractor) -> None:
    """Look-alike: the name follows "into" with a few plain words between."""
    x = run(extractor, "Tencent poured $2 billion into the Beijing start-up Zhipu AI last year.",
            lang="en", headline="AI funding")
    assert ("Tencent Holdings", "investsIn", "Zhipu AI") in triples(x)


# --- a seat told with the place's kind --------------------------------------------------


def test_seat_in_the_city_of_a_place_is_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Anta, based in the southeastern city of Xiamen, said on Tuesday that "
            "sales rose.", lang="en", headline="Sportswear")
    assert ("Anta Sports", "locatedIn", "Xiamen") in triples(x)


def test_sales_in_the_city_of_a_place_are_no_seat(extractor: Extractor) -> None:
    """Look-alike: the city's kind without a seat word tells where sales rose."""
    x = run(extractor, "Anta said on Tuesday that sales in the southeastern city of Xiamen rose.",
            lang="en", headline="Sportswear")
    assert ("Anta Sports", "locatedIn", "Xiamen") not in triples(x)


# --- a rank among an index's members ------------------------------------------------------


def test_best_performer_among_index_constituents_is_a_member(extractor: Extractor) -> None:
    x = run(extractor, "NetEase shares jumped 6.8%, the best performer among Hang Seng Index "
            "constituents.", lang="en", headline="Games")
    assert ("NetEase", "memberOf", "Hang Seng Index") in triples(x)


def test_gain_against_the_index_is_no_membership(extractor: Extractor) -> None:
    """Look-alike: the share is compared with the index's own move."""
    x = run(extractor, "NetEase shares jumped 6.8%, against a 1.1% gain in the Hang Seng Index.",
            lang="en", headline="Games")
    assert ("NetEase", "memberOf", "Hang Seng Index") not in triples(x)


# --- a rating with a prefix, as written ---------------------------------------------------


def test_high_conviction_outperform_is_kept_as_written(extractor: Extractor) -> None:
    x = run(extractor, 'CLSA maintained its "high-conviction outperform" rating on Kuaishou with a '
            "target of HK$98.", lang="en", headline="Video")
    assert {(r.by, r.about, r.rating) for r in x.ratings} \
        == {("CLSA", "Kuaishou Technology", "high-conviction outperform")}


def test_plain_outperform_stays_outperform(extractor: Extractor) -> None:
    """Look-alike: the rating without the prefix."""
    x = run(extractor, "CLSA maintained its outperform rating on Kuaishou with a target of HK$98.",
            lang="en", headline="Video")
    assert {(r.by, r.about, r.rating) for r in x.ratings} == {("CLSA", "Kuaishou Technology", "outperform")}


# --- competition with its place before "from" ----------------------------------------------


def test_competition_at_home_from_names_rivals(extractor: Extractor) -> None:
    x = run(extractor, "PDD Holdings faces stiff competition at home from JD.com and Meituan.",
            lang="en", headline="E-commerce")
    assert {frozenset({"PDD Holdings", "JD.com"}), frozenset({"PDD Holdings", "Meituan"})} <= rival_pairs(x)


def test_sales_at_home_from_warehouses_name_no_rival(extractor: Extractor) -> None:
    """Look-alike: "at home from" without a word of competition compares no one."""
    x = run(extractor, "PDD Holdings sells more at home from its new warehouses than JD.com does.",
            lang="en", headline="E-commerce")
    assert frozenset({"PDD Holdings", "JD.com"}) not in rival_pairs(x)


# --- a possessive pronoun's depositary receipts -----------------------------------------------


def test_its_depositary_receipts_are_the_pronouns_company(extractor: Extractor) -> None:
    x = run(extractor, "NetEase reported results on Thursday. Its American depositary receipts "
            "had gained 3.7% overnight on the Nasdaq.", lang="en", headline="Games")
    assert metric_facts(x, "StockPriceChange") == {("NetEase", Decimal("3.7"))}


def test_bare_depositary_receipts_without_an_issuer_are_no_ones(extractor: Extractor) -> None:
    """Look-alike: "The ADRs" with no issuer named anywhere stay unread."""
    x = run(extractor, "NetEase reported results on Thursday. The ADRs had gained 3.7% overnight.",
            lang="en", headline="Games")
    assert not metric_facts(x, "StockPriceChange")
