"""Entity discovery and attribution on families of construction that hold in
any article, on sentences written for these tests (invented companies and
people): a company name ended by "Micro" (like "Semiconductor" or "Silicon"
before it), found without a catalogue entry; a fund manager's inflows, outflows
and assets under management as `Other` (outflows and redemptions negative), "fixed
income" being no income; the price of a purchase is not the company bought's, but
the buyer's, named or a pronoun in the passage; "gehört dem MDax an" makes a member
(the past tense does not); each with a look-alike where
nothing (or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor

# --- a name ended by "Micro" ---------------------------------------------------------

def test_name_ended_by_micro_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Quellon Micro said on Thursday it would cut 200 jobs. "
            "Shares of Quellon, which is listed on the Nasdaq, fell 9.4%.",
            lang="en", headline="Chipmaker cuts jobs")
    assert ("Quellon Micro", "Company") in {(e.label, e.type) for e in x.entities}
    assert ("Quellon Micro", "listedOn", "Nasdaq") in triples(x)


def test_micro_name_in_a_seat_apposition_is_seated(extractor: Extractor) -> None:
    x = run(extractor, "Quellon Micro, a Santa Clara, California-based maker of networking "
            "chips, cut its revenue forecast on Thursday.",
            lang="en", headline="Chipmaker cuts forecast")
    assert ("Quellon Micro", "locatedIn", "Santa Clara") in triples(x)


def test_micro_without_a_name_before_is_no_company(extractor: Extractor) -> None:
    """Look-alike: "Micro" opening a sentence or after a possessive names nothing."""
    x = run(extractor, "Micro LED screens are costly. The Micro segment grew 5%. "
            "Sales of its Micro line fell.", lang="en", headline="Display report")
    assert not any("Micro" in label for label in labels(x))


# --- a fund manager's flows ----------------------------------------------------------

def test_fund_flows_are_other_figures_and_outflows_are_negative(extractor: Extractor) -> None:
    x = run(extractor, "Brackley Capital, the London-based fund manager, said net inflows were "
            "2.3 billion pounds in the quarter, compared with outflows of 1.7 billion pounds a "
            "year earlier. Assets under management rose to 168 billion pounds.",
            lang="en", headline="Brackley Capital returns to inflows")
    facts = figure_facts(x)
    assert ("Brackley Capital", "Other", Decimal("2300000000"), "GBP") in facts
    assert ("Brackley Capital", "Other", Decimal("-1700000000"), "GBP") in facts
    assert ("Brackley Capital", "Other", Decimal("168000000000"), "GBP") in facts


def test_money_taken_in_by_fixed_income_funds_is_no_profit(extractor: Extractor) -> None:
    """Look-alike: "income" inside the asset class "fixed income" is no income earned."""
    x = run(extractor, "Brackley Capital, the London-based fund manager, grew. Fixed income funds "
            "took in 3.9 billion pounds, while equity funds suffered redemptions of 2.4 billion "
            "pounds.", lang="en", headline="Brackley Capital returns to inflows")
    metrics = {(f.metric, f.value) for f in x.figures}
    assert not any(metric in {"Profit", "Revenue"} for metric, _ in metrics)
    assert ("Other", Decimal("-2400000000")) in metrics


# --- the price of a purchase told with a pronoun for the buyer -----------------------

def test_price_of_a_company_bought_is_not_its_own(extractor: Extractor) -> None:
    """The company a verb of buying is followed by pays nothing: with the buyer a pronoun,
    the price is the passage's company's."""
    x = run(extractor, "Harlow Systems makes sensors. It agreed to acquire software startup "
            "Netweave for $380 million.", lang="en", headline="Harlow Systems expands")
    facts = figure_facts(x)
    assert ("Harlow Systems", "Investment", Decimal("380000000"), "USD") in facts
    assert not any(about == "Netweave" for about, *_ in facts)


def test_named_buyer_still_pays(extractor: Extractor) -> None:
    """Look-alike: a buyer named before the verb keeps the price it pays."""
    x = run(extractor, "Harlow Systems makes sensors. Brennick Labs acquired software startup "
            "Netweave for $380 million.", lang="en", headline="Sensor deals")
    facts = figure_facts(x)
    assert ("Brennick Labs", "Investment", Decimal("380000000"), "USD") in facts
    assert not any(about in {"Netweave", "Harlow Systems"} for about, *_ in facts)


# --- "gehört dem MDax an" -------------------------------------------------------------

def test_belonging_to_an_index_now_makes_a_member(extractor: Extractor) -> None:
    x = run(extractor, "Der Wohnimmobilienkonzern Velmora muss den Wert senken. Der Vermieter "
            "Velmora gehört dem MDax seit 2019 an.", headline="Velmora schreibt ab")
    assert ("Velmora", "memberOf", "MDAX") in triples(x)


def test_belonging_to_an_index_once_makes_no_member(extractor: Extractor) -> None:
    """Look-alike: the past tense tells a former membership."""
    x = run(extractor, "Der Wohnimmobilienkonzern Velmora muss den Wert senken. Der Vermieter "
            "Velmora gehörte dem MDax bis 2023 an.", headline="Velmora schreibt ab")
    assert not any(p == "memberOf" for _, p, _ in triples(x))
