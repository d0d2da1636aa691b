"""English news on Chinese and US AI models and clouds, on families of construction that
hold in any article, on sentences written for these tests (catalogued companies, invented
figures): shares a possessive pronoun owns after a clause that names other companies ("as it
races to catch up with OpenAI and Google, sending its shares down 3.4% on the Nasdaq") trade
on the venue as the company whose move the sentence tells, not as the name just before;
a rating house whose comment a comma and a verb of speech open (", arguing that competition
from A and B would cap margins") is no rival of A and B, whose rivalry is the rated
company's. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- shares a possessive pronoun owns, after other names ------------------------------


def test_pronoun_shares_trade_as_the_mover_not_the_name_before(extractor: Extractor) -> None:
    x = run(extractor, "Meta Platforms said it expects higher spending next year as it races to "
            "catch up with OpenAI and Google, sending its shares down 3.4% to $612.50 on the "
            "Nasdaq.", lang="en", headline="Meta outlook")
    listed = {(s, o) for s, p, o in triples(x) if p == "listedOn"}
    assert listed == {("Meta Platforms", "Nasdaq")}


def test_named_shares_after_another_name_keep_their_owner(extractor: Extractor) -> None:
    """Look-alike: the shares are named by their company, not by a pronoun."""
    x = run(extractor, "Meta Platforms said it would team up with Google, and Google shares fell "
            "2% to $170 on the Nasdaq.", lang="en", headline="Meta outlook")
    listed = {(s, o) for s, p, o in triples(x) if p == "listedOn"}
    assert listed == {("Google", "Nasdaq")}


# --- a rating house commenting on competition ------------------------------------------


def test_house_arguing_about_competition_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Baidu reported higher cloud sales. Morgan Stanley's Gary Yu reiterated an "
            "equal-weight rating with a $105 target, arguing that competition from Alibaba Cloud "
            "and Tencent Cloud would cap margins.", lang="en", headline="Baidu results")
    pairs = rival_pairs(x)
    assert frozenset({"Morgan Stanley", "Alibaba Cloud"}) not in pairs
    assert frozenset({"Baidu", "Alibaba Cloud"}) in pairs


def test_bank_that_rates_nothing_keeps_its_rival(extractor: Extractor) -> None:
    """Look-alike: a bank that rates no company speaks of its own competition."""
    x = run(extractor, "HSBC cut fees for wealthy clients in Hong Kong, arguing that competition "
            "from Standard Chartered had grown.", lang="en", headline="HSBC fees")
    assert frozenset({"HSBC", "Standard Chartered"}) in rival_pairs(x)
