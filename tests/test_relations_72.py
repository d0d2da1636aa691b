"""Ownership and investment told in forms the stake rules missed, on sentences written for
these tests (catalogued companies, invented figures): the money a company raised "from" named
backers ("Y raised $300 million from X and Z"; "Y sammelte 50 Millionen Euro bei X ein", "…
ein, unter anderem bei X", "hat … bei X eingesammelt") makes each of them an investor in it;
the backers a company counts ("Its backers include X", "Zu den Investoren gehören X") hold a
stake in it, the article's subject where the phrase names no other; a sale told in the perfect
("Siemens hat Osram an Bosch verkauft") makes the buyer after "an" the acquirer; those leading
or joining a round back the company the sentences before say raised it in a round they name,
also in an article about another company (one holding a stake in the raiser); every holder a
relative clause opens with ("Y, in which A and B hold minority stakes") holds a stake; the name
right after the verb of a clause fronted by an adverb, a date or a price ("Im Frühjahr übernahm
X den Hersteller Y") bought the one after the article. Each with a look-alike that keeps its
other reading: a target raised "from $90 to $100", money raised from a sale, customers or former
investors counted, goods or shares sold, a rival's money raised with no round named, sellers
named after the clause, a post, a unit or goods taken."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def _owning(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str, str]]:
    """The ownership and investment triples of ``body`` under ``headline``."""
    return {t for t in triples(run(extractor, body, lang, headline=headline))
            if t[1] in ("investsIn", "acquired", "subsidiaryOf")}


# --- money raised from named backers ---------------------------------------------------

def test_money_raised_from_named_backers_makes_them_investors(extractor: Extractor) -> None:
    found = _owning(extractor, "Mistral AI raised $420 million in new funding from Nvidia and Microsoft, "
                    "the company said on Tuesday.", "en", "Mistral AI raises funds")
    assert {("Nvidia", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")} <= found


def test_target_raised_from_one_value_to_another_names_no_backer(extractor: Extractor) -> None:
    """Look-alike: no money amount right after the verb; a price target, no funding."""
    found = _owning(extractor, "Goldman Sachs raised its price target on Nvidia from $170 to $210 on "
                    "Tuesday.", "en", "Nvidia target raised")
    assert not [t for t in found if t[1] == "investsIn"]


def test_money_raised_from_a_sale_names_no_backer(extractor: Extractor) -> None:
    """Look-alike: the money came from a sale; the buyer after it invests in nothing."""
    found = _owning(extractor, "Mistral AI raised $90 million from the sale of its robotics unit to "
                    "Microsoft.", "en", "Mistral AI sells unit")
    assert ("Microsoft", "investsIn", "Mistral AI") not in found


def test_german_money_raised_at_named_backers_makes_them_investors(extractor: Extractor) -> None:
    found = _owning(extractor, "Mistral AI sammelte 45 Millionen Euro ein, unter anderem bei Nvidia und "
                    "Microsoft.", "de", "Mistral AI sammelt Geld ein")
    assert {("Nvidia", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")} <= found


def test_german_money_raised_in_the_perfect_makes_the_backer_an_investor(extractor: Extractor) -> None:
    found = _owning(extractor, "Mistral AI hat rund 75 Millionen Euro frisches Kapital bei Nvidia "
                    "eingesammelt.", "de", "Mistral AI sammelt Geld ein")
    assert ("Nvidia", "investsIn", "Mistral AI") in found


def test_german_money_raised_in_a_listing_names_no_backer(extractor: Extractor) -> None:
    """Look-alike: money raised from unnamed investors; the one announcing it holds nothing."""
    found = _owning(extractor, "Mistral AI sammelte beim Börsengang 45 Millionen Euro ein, wie Nvidia "
                    "mitteilte.", "de", "Mistral AI sammelt Geld ein")
    assert not [t for t in found if t[1] == "investsIn"]


# --- backers a company counts --------------------------------------------------------

def test_backers_a_company_counts_hold_a_stake_in_it(extractor: Extractor) -> None:
    found = _owning(extractor, "Mistral AI plans new models. Its backers include Nvidia and Microsoft.",
                    "en", "Mistral AI raises funds")
    assert {("Nvidia", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")} <= found


def test_customers_a_company_counts_hold_no_stake(extractor: Extractor) -> None:
    """Look-alike: customers, and former investors, hold nothing now."""
    found = _owning(extractor, "Mistral AI plans new models. Its customers include Nvidia. Former "
                    "investors include Microsoft.", "en", "Mistral AI raises funds")
    assert not [t for t in found if t[1] == "investsIn"]


def test_german_backers_counted_hold_a_stake_in_the_company_named(extractor: Extractor) -> None:
    found = _owning(extractor, "Zu den Geldgebern von Mistral AI gehören Nvidia und Microsoft.", "de",
                    "Marktbericht")
    assert {("Nvidia", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")} <= found


def test_german_customers_or_former_backers_counted_hold_no_stake(extractor: Extractor) -> None:
    """Look-alike: customers and former investors are counted in the same shape."""
    found = _owning(extractor, "Mistral AI plant neue Modelle. Zu den Kunden gehören Nvidia und SAP. Zu "
                    "den früheren Investoren zählt Microsoft.", "de", "Mistral AI wächst")
    assert not [t for t in found if t[1] == "investsIn"]


# --- a sale told in the perfect ------------------------------------------------------

def test_sale_in_the_perfect_makes_the_buyer_the_acquirer(extractor: Extractor) -> None:
    found = _owning(extractor, "Siemens hat Covestro an BASF verkauft.", "de", "Siemens verkauft")
    assert ("BASF", "acquired", "Covestro") in found


def test_goods_or_shares_sold_in_the_perfect_make_no_acquirer(extractor: Extractor) -> None:
    """Look-alike: goods, and a stake, sold to a buyer; no company changes hands."""
    found = _owning(extractor, "Siemens hat Turbinen an BASF verkauft. Siemens hat seine Anteile an "
                    "Covestro an Bayer verkauft.", "de", "Siemens verkauft")
    assert not [t for t in found if t[1] == "acquired" and t[0] in ("BASF", "Bayer")]


# --- a round's backers in an article about another company ---------------------------

def test_round_leader_backs_the_company_raising_not_the_articles(extractor: Extractor) -> None:
    found = _owning(extractor, "Die Allianz steigerte den Gewinn. Der Versicherer Allianz erhöhte die "
                    "Prognose. Das Berliner Start-up Mistral AI, an dem die Allianz beteiligt ist, "
                    "sammelte in einer Finanzierungsrunde 60 Millionen Euro ein. Angeführt wurde die "
                    "Runde vom Investor Nvidia. Die Allianz-Aktie stieg.", "de", "Allianz mit Gewinnsprung")
    assert ("Nvidia", "investsIn", "Mistral AI") in found
    assert ("Nvidia", "investsIn", "Allianz") not in found


def test_round_leader_backs_the_articles_company_where_it_raised(extractor: Extractor) -> None:
    """Look-alike: the article's company raised the round; its leader backs it."""
    found = _owning(extractor, "Mistral AI wächst schnell. Mistral AI sammelte in einer "
                    "Finanzierungsrunde 60 Millionen Euro ein. Angeführt wurde die Runde vom Investor "
                    "Nvidia.", "de", "Mistral AI sammelt Geld ein")
    assert ("Nvidia", "investsIn", "Mistral AI") in found


def test_a_rival_raising_with_no_round_named_leaves_the_round_the_articles(extractor: Extractor) -> None:
    """Look-alike: a rival raised money in a sentence naming no round; "its" round, led by the
    name after it, is the article's company's."""
    found = _owning(extractor, "Mistral AI builds models. Mistral AI is growing fast. Rival Aleph Alpha "
                    "raised $750 million in September. Its last funding round was led by Nvidia.", "en",
                    "Mistral AI raises funds")
    assert ("Nvidia", "investsIn", "Mistral AI") in found
    assert ("Nvidia", "investsIn", "Aleph Alpha") not in found


# --- every holder a relative clause names --------------------------------------------

def test_every_holder_a_relative_clause_opens_with_holds_a_stake(extractor: Extractor) -> None:
    found = _owning(extractor, "Covestro, in which Siemens and BASF hold minority stakes, buys chips "
                    "from Infineon.", "en", "Market report")
    assert {("Siemens", "investsIn", "Covestro"), ("BASF", "investsIn", "Covestro")} <= found


def test_german_every_holder_a_relative_clause_opens_with_holds_a_stake(extractor: Extractor) -> None:
    found = _owning(extractor, "Covestro, an dem Siemens und BASF jeweils 50 Prozent halten, kauft Chips.",
                    "de", "Marktbericht")
    assert {("Siemens", "investsIn", "Covestro"), ("BASF", "investsIn", "Covestro")} <= found


def test_names_after_the_clause_hold_no_stake(extractor: Extractor) -> None:
    """Look-alike: one holder in the clause; the sellers named after it hold nothing."""
    found = _owning(extractor, "Covestro, an dem Siemens 30 Prozent hält, kauft Chips bei BASF und Bayer.",
                    "de", "Marktbericht")
    assert ("Siemens", "investsIn", "Covestro") in found
    assert not {("BASF", "investsIn", "Covestro"), ("Bayer", "investsIn", "Covestro")} & found


# --- a takeover told after a fronted adverb, date or price ---------------------------

def test_buyer_after_the_verb_of_a_fronted_clause_acquired(extractor: Extractor) -> None:
    found = _owning(extractor, "Siemens steigert den Umsatz. Im Frühjahr übernahm Siemens den "
                    "Softwareanbieter Covestro für 180 Millionen Euro. Für 85 Millionen Euro kauft BASF "
                    "den Leipziger Händler Bayer.", "de", "Siemens wächst")
    assert {("Siemens", "acquired", "Covestro"), ("BASF", "acquired", "Bayer")} <= found


def test_post_or_part_taken_after_a_fronted_clause_is_no_takeover(extractor: Extractor) -> None:
    """Look-alike: the same order with a post, a unit or the rest of a company taken."""
    found = _owning(extractor, "Siemens steigert den Umsatz. Zugleich übernimmt Siemens die Führung bei "
                    "Covestro. Zugleich kauft Siemens die Bayer-Sparte. Zugleich kauft Siemens die Chips "
                    "von Infineon.", "de", "Siemens wächst")
    assert not [t for t in found if t[1] == "acquired"]
