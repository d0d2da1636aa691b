"""Facts that must stay with the right company, on sentences written for these tests, each
with a look-alike that keeps its other reading: a common verb in quotes ("add") is a rating
only in a rating's shape, not where the verb goes on ("would 'add' value"); a name's share at a
level in percent is a market share only where a market is named in its clause; a German
valuation set off by commas ("Y, zuletzt mit 12 Milliarden Euro bewertet, …") is the value of
the name before the comma, also with a decimal comma."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rating_facts, run, run_in

from kg.nlp.extract import Extractor

# --- a quoted common verb is a rating only in a rating's shape -------------------------------


def test_quoted_add_going_on_as_a_verb_with_an_object_is_no_rating(extractor: Extractor) -> None:
    x = run_in(extractor, "Barclays said the Aveva purchase would \"add\" value for Schneider "
               "Electric investors.", "en")
    assert rating_facts(x) == set()
    x = run_in(extractor, "Citi said the merger would \"add\" sharply to Unilever's margins.", "en")
    assert rating_facts(x) == set()


def test_quoted_add_after_to_or_before_a_rating_noun_is_a_rating(extractor: Extractor) -> None:
    """Look-alike: the same quoted word where a rating's shape stands around it."""
    x = run_in(extractor, "Numis raised Tesco to \"add\" from \"hold\".", "en")
    assert ("Deutsche Numis", "Tesco", "add") in rating_facts(x)
    x = run_in(extractor, "Berenberg kept its \"add\" rating on Tesco.", "en")
    assert rating_facts(x) == {("Berenberg", "Tesco", "add")}


def test_quoted_add_closing_the_clause_is_a_rating(extractor: Extractor) -> None:
    """Look-alike: the rating verb stands before the stock, the quoted word ends the clause."""
    x = run_in(extractor, "Unite Group shares fell 2%. Peel Hunt analyst Clara Voss, who rates the "
               "stock \"add\", expects a recovery.", "en")
    assert rating_facts(x) == {("Peel Hunt", "Unite Group", "add")}


# --- a name's share at a level is a market share only with a market --------------------------


def test_share_at_a_level_without_a_market_is_no_market_share(extractor: Extractor) -> None:
    x = run(extractor, "GIC's share rose to 14% after it bought more Wilmar International stock.",
            lang="en", headline="GIC adds to holding")
    assert metric_facts(x, "MarketShare") == set()
    x = run(extractor, "Nike's share fell to 4% below the placement price on Friday.",
            lang="en", headline="Nike stock slips")
    assert metric_facts(x, "MarketShare") == set()


def test_share_at_a_level_of_a_named_market_is_a_market_share(extractor: Extractor) -> None:
    """Look-alike: the same words with the market named in the clause."""
    x = run(extractor, "Xiaomi's share rose to 16% of the European smartphone market.",
            lang="en", headline="Xiaomi gains in Europe")
    assert metric_facts(x, "MarketShare") == {("Xiaomi", Decimal("16"))}


# --- a German valuation aside belongs to the name before its comma ---------------------------


def test_german_valuation_aside_of_an_unknown_name_is_nobodys(extractor: Extractor) -> None:
    for amount in ("14 Milliarden", "14,5 Milliarden"):
        x = run(extractor, f"Airbus übernimmt Anteile an Orvanta. Orvanta, zuletzt mit {amount} Euro "
                           "bewertet, liefert Sensoren an die Bundeswehr.", headline="Airbus kauft zu")
        assert metric_facts(x, "MarketCapitalization") == set()


def test_german_valuation_aside_of_a_known_name_is_its_value(extractor: Extractor) -> None:
    """Look-alike: a known name before the comma takes the value."""
    x = run(extractor, "Airbus übernimmt Anteile an Helsing. Helsing, zuletzt mit 14,5 Milliarden Euro "
                       "bewertet, liefert Software an die Bundeswehr.", headline="Airbus kauft zu")
    assert metric_facts(x, "MarketCapitalization") == {("Helsing", Decimal("14500000000"))}
