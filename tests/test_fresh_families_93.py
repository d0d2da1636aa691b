"""English news on Chinese and US AI models and clouds, on families of construction that
hold in any article, on sentences written for these tests (catalogued companies, invented
figures): shares a possessive pronoun owns after a clause that names other companies ("as it
races to catch up with OpenAI and Google, sending its shares down 3.4% on the Nasdaq") trade
on the venue as the company whose move the sentence tells, not as the name just before;
a rating house whose comment a comma and a verb of speech open (", arguing that competition
from A and B would cap margins") is no rival of A and B, whose rivalry is the rated
company's; an organisation named between a verb and a name with a verb of its own right
after it ("rather than the licence Alibaba uses for Qwen models") opens a clause whose verb
takes the name, so the first verb's subject does not develop it. Each with a look-alike that
keeps its other reading."""

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


# --- an organisation with a verb of its own between the verb and the name ---------------


def test_name_after_an_acting_organisation_is_not_the_first_verbs(extractor: Extractor) -> None:
    x = run(extractor, "Llama, which Meta Platforms releases under its own licence rather than the "
            "licence Alibaba uses for most Qwen models, counts 70,000 derivatives.", lang="en",
            headline="Open models")
    assert ("Meta Platforms", "develops", "Qwen") not in triples(x)
    assert ("Meta Platforms", "develops", "Llama") in triples(x)


def test_organisation_without_a_verb_between_keeps_the_product(extractor: Extractor) -> None:
    """Look-alike: the organisation between the verb and the name has no verb of its own."""
    x = run(extractor, "Meta Platforms released on Hugging Face the Llama 4 model, its largest so "
            "far.", lang="en", headline="Open models")
    assert ("Meta Platforms", "develops", "Llama 4") in triples(x)
