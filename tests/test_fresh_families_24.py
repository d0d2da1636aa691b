"""Families of construction that hold in any article, on sentences written for
these tests: a buyback kept "at $3.5 billion for a quarter" is a buyback, not a
purchase for a price; an index's move told in a relative clause on it ("the FTSE
100 index, which was up 0.3%") is the index's, not the share's the sentence began
with; a stake word inside a company's name ("Shares of Tencent Holdings climbed")
is no stake; each with a look-alike where the old reading must stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- a buyback's amount "for" a period --------------------------------------------------


def test_buyback_pace_for_a_quarter_is_a_buyback(extractor: Extractor) -> None:
    x = run(extractor, "BP reported a higher profit and kept the pace of its share buybacks "
            "at $2.5 billion for a sixth consecutive quarter.", lang="en",
            headline="BP keeps buybacks")
    facts = figure_facts(x)
    assert ("BP", "ShareBuyback", Decimal("2500000000"), "USD") in facts
    assert not any(f.metric == "Investment" for f in x.figures)


def test_buying_an_asset_for_a_price_stays_an_investment(extractor: Extractor) -> None:
    """Look-alike: "agreed to buy … for $3.5 billion" is the price paid."""
    x = run(extractor, "BP agreed to buy two North Sea fields for $3.5 billion.", lang="en",
            headline="BP buys fields")
    assert ("BP", "Investment", Decimal("3500000000"), "USD") in figure_facts(x)


# --- an index's move in a relative clause on it -----------------------------------------


def test_index_noun_before_a_relative_clause_keeps_the_move_the_index_s(
        extractor: Extractor) -> None:
    x = run(extractor, "BP shares rose 1.9% in early London trading, outperforming the "
            "FTSE 100 index, which was up 0.4%.", lang="en", headline="BP gains")
    facts = figure_facts(x)
    assert ("BP", "StockPriceChange", Decimal("1.9"), "Percent") in facts
    assert ("BP", "StockPriceChange", Decimal("0.4"), "Percent") not in facts


def test_index_in_an_aside_on_the_stock_still_gives_the_share_s_move(
        extractor: Extractor) -> None:
    """Look-alike: the index in an aside after "The stock" says where it is listed."""
    x = run(extractor, "BP expects more output. The stock, a member of the FTSE 100 index, "
            "has gained 8% this year.", lang="en", headline="BP gains")
    assert ("BP", "StockPriceChange", Decimal("8"), "Percent") in figure_facts(x)


# --- a stake word inside a name ---------------------------------------------------------


def test_holdings_in_a_company_name_is_no_stake(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Tencent Holdings climbed 3.1% on Wednesday.", lang="en",
            headline="Tencent gains")
    assert ("Tencent Holdings", "StockPriceChange", Decimal("3.1"), "Percent") \
        in figure_facts(x)


def test_a_holding_cut_to_a_size_is_still_no_move(extractor: Extractor) -> None:
    """Look-alike: a stake word after the share's name sizes a stake."""
    x = run(extractor, "BP sold Tencent Holdings shares, cutting its holding to 3.1%.",
            lang="en", headline="BP sells stake")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


# --- "each" paid in cash ----------------------------------------------------------------


def test_amount_each_in_cash_is_the_offer_price_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Crédit Agricole has agreed to buy the shares in Banco BPM it does not "
            "already own for 12.80 euros each in cash.", lang="en", headline="Bank deal")
    facts = figure_facts(x)
    assert ("Banco BPM", "SharePrice", Decimal("12.80"), "EUR") in facts
    assert not any(f.metric == "Investment" and f.value == Decimal("12.80") for f in x.figures)


def test_amount_each_without_cash_is_no_share_price(extractor: Extractor) -> None:
    """Look-alike: a bare "each" prices the things sold, not a share."""
    x = run(extractor, "Airbus sold ten jets to Lufthansa for $90 million each.", lang="en",
            headline="Jet sale")
    assert not any(f.metric == "SharePrice" for f in x.figures)


# --- a unit word between two candidate owners -------------------------------------------


def test_unit_word_with_another_company_after_it_names_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Auch Baidu und Tencent bauen ihre KI-Angebote aus. Im Cloud-Geschäft "
            "konkurriert Alibaba in China vor allem mit Microsoft.", headline="KI-Rennen")
    assert "Tencent Cloud" not in {e.label for e in x.entities}
    assert not any(t[1] == "subsidiaryOf" for t in triples(x))


def test_unit_word_of_the_company_before_still_names_its_unit(extractor: Extractor) -> None:
    """Look-alike: no other company in the sentence, the earlier one owns the unit."""
    x = run(extractor, "Tencent hat starke Zahlen vorgelegt. Das Cloud-Geschäft wuchs um 20 "
            "Prozent.", headline="Tencent-Zahlen")
    assert ("Tencent Cloud", "subsidiaryOf", "Tencent Holdings") in triples(x)
    assert ("Tencent Cloud", "RevenueGrowth", Decimal("20"), "Percent") in figure_facts(x)


# --- a relative clause between a metric and its change ----------------------------------


def test_change_after_a_relative_clause_on_a_metric_is_no_share_move(
        extractor: Extractor) -> None:
    x = run(extractor, "Shares of Tencent Holdings climbed 3.1% on Wednesday. Domestic games "
            "revenue rose 12%, while international games revenue, which includes titles from "
            "its Finnish studio Supercell, grew 23% to 18.2 billion yuan.", lang="en",
            headline="Tencent gains")
    assert ("Tencent Holdings", "StockPriceChange", Decimal("23"), "Percent") \
        not in figure_facts(x)
    assert ("Tencent Holdings", "StockPriceChange", Decimal("3.1"), "Percent") in figure_facts(x)


def test_share_move_after_a_relative_clause_on_the_shares_stays(extractor: Extractor) -> None:
    """Look-alike: the antecedent is the shares, no metric: the move is theirs."""
    x = run(extractor, "BP reported results on Tuesday. BP shares, which had fallen for "
            "days, rose 3% on Wednesday.", lang="en", headline="BP rebounds")
    assert ("BP", "StockPriceChange", Decimal("3"), "Percent") in figure_facts(x)
