"""Rule families, on sentences written for the test: a rival named in an
analyst's comment belongs to the company commented on, not to the analyst house, and an
earlier value orders of magnitude away from the figure before it is not that figure's.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, rival_pairs, run

from kg.nlp.extract import Extractor

# --- competitorOf: an analyst's comment names the rival of the company it comments on ---


def test_rival_in_an_analysts_comment_is_the_commented_companys(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy shares fell 3% after UBS downgraded the stock, saying "
                       "competition from GE Vernova would squeeze margins.", lang="en",
            headline="Movers")
    rivals = rival_pairs(x)
    assert frozenset(("Siemens Energy", "GE Vernova")) in rivals
    assert not {pair for pair in rivals if "UBS" in pair}


def test_rival_in_a_german_analysts_comment(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Siemens Energy fiel, nachdem die UBS sie abstufte und auf "
                       "die Konkurrenz durch GE Vernova verwies.", headline="Kursbewegungen")
    assert not {pair for pair in rival_pairs(x) if "UBS" in pair}


def test_bank_speaking_of_its_own_rivals_keeps_them(extractor: Extractor) -> None:
    # look-alike: no company is named before the bank, so it speaks of its own market
    x = run(extractor, "JPMorgan said competition from Goldman Sachs for advisory mandates "
                       "was intense.", lang="en", headline="Banks")
    assert frozenset(("JPMorgan", "Goldman Sachs")) in rival_pairs(x)


def test_company_speaking_keeps_its_rival(extractor: Extractor) -> None:
    # look-alike: the speaker is a company, not an institution commenting on one
    x = run(extractor, "Puma shares rose after Nike said competition from Adidas had eased.",
            lang="en", headline="Movers")
    assert frozenset(("Nike", "Adidas")) in rival_pairs(x)


# --- earlier values: one figure of two periods lies within a few orders of magnitude ---


def test_earlier_value_after_a_per_share_aside_is_not_earnings_per_share(
        extractor: Extractor) -> None:
    x = run(extractor, "Net income climbed to $9.4 billion, or $3.12 per share, from $8.1 "
                       "billion a year earlier.", lang="en", headline="Citigroup profit rises")
    eps = {f[2] for f in figure_facts(x) if f[1] == "EarningsPerShare"}
    assert eps == {Decimal("3.12")}


def test_earlier_value_of_the_same_order_is_kept(extractor: Extractor) -> None:
    # look-alike: the earlier value is of the same order as the new one
    x = run(extractor, "Net income climbed to $9.4 billion from $8.1 billion a year earlier.",
            lang="en", headline="Citigroup profit rises")
    assert ("Citigroup", "Profit", Decimal("8100000000"), "USD") in figure_facts(x)


# --- qualifiers: a verb of passing a mark before an amount makes it a lower bound ---


def test_amount_passed_or_topped_is_at_least(extractor: Extractor) -> None:
    for body in ("Annual recurring revenue has passed $400 million, the company said.",
                 "Revenue topped $5 billion for the first time."):
        x = run(extractor, body, lang="en", headline="Mistral AI news")
        assert {f.qualifier for f in x.figures if f.metric == "Revenue"} == {"AtLeast"}


def test_passed_on_to_is_no_bound(extractor: Extractor) -> None:
    # look-alike: "passed" without an auxiliary, in "passed on to", bounds nothing
    x = run(extractor, "Mistral AI said revenue rose to $400 million and that it passed savings "
                       "on to customers.", lang="en", headline="Mistral AI news")
    assert {f.qualifier for f in x.figures if f.metric == "Revenue"} == {"Exact"}
