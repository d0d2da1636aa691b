"""Facts that must stay with the right company, on sentences written for these tests, each
with a look-alike that keeps its other reading: a common verb in quotes ("add") is a rating
only in a rating's shape, not where the verb goes on ("would 'add' value"); a name's share at a
level in percent is a market share only where a market is named in its clause; a German
valuation set off by commas ("Y, zuletzt mit 12 Milliarden Euro bewertet, …") is the value of
the name before the comma, also with a decimal comma."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, rating_facts, run, run_in

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


def test_share_at_a_level_without_a_market_is_no_stock_move(extractor: Extractor) -> None:
    """The level, its kind untold, is no move of the stock either."""
    x = run(extractor, "Nokia leads with a market share of 30%. In Asia, Ericsson's share is higher at "
                       "about 38%.", lang="en", headline="Telecom gear")
    assert not any(about == "Ericsson" for about, _ in metric_facts(x, "StockPriceChange"))
    x = run(extractor, "Nike's share fell to 4% below the placement price on Friday.",
            lang="en", headline="Nike stock slips")
    assert metric_facts(x, "StockPriceChange") == set()


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


# --- "Konzern" before a name spelt like a noun; "den Konzern" after a preposition -------------


def test_konzern_before_a_name_spelt_like_a_noun_names_the_firm(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern Hallinger steigerte den Umsatz im zweiten Quartal um 4 Prozent.",
            headline="Hallinger wächst")
    assert "Hallinger" in labels(x)


def test_plural_noun_after_den_konzern_and_a_preposition_is_no_name(extractor: Extractor) -> None:
    """Look-alike: the same noun after a preposition and "den Konzern" is the clause's object."""
    x = run(extractor, "Merck arbeitet mit einem Labor zusammen, das für den Konzern Proteinen "
                       "nachspürt.", headline="Laborbericht")
    assert "Proteinen" not in labels(x)


# --- a financing deal is debt only with a lender in its clause --------------------------------


def test_financing_deal_with_an_investor_is_no_debt(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI signed a $4 billion financing deal with General Catalyst.",
            lang="en", headline="Mistral raises money")
    assert metric_facts(x, "DebtIssuance") == set()


def test_financing_deal_with_banks_is_debt(extractor: Extractor) -> None:
    """Look-alike: the same deal with a group of banks is money borrowed."""
    x = run(extractor, "Mistral AI signed a $4 billion financing deal with a group of banks.",
            lang="en", headline="Mistral borrows")
    assert metric_facts(x, "DebtIssuance") == {("Mistral AI", Decimal("4000000000"))}


# --- the catalogue: abbreviations in brackets, tiers, a person's job --------------------------


@pytest.mark.parametrize("sentence", [
    "Rents of public housing (HDB) flats rose 3% in Singapore, the agency said.",
    "Browsers now warn about expired secure sockets layer (SSL) certificates, Google said.",
])
def test_abbreviations_in_brackets_name_no_company(extractor: Extractor, sentence: str) -> None:
    x = run(extractor, sentence, lang="en", headline="Market report")
    assert not labels(x) & {"HDFC Bank", "Sasol"}


def test_a_company_named_in_full_stays(extractor: Extractor) -> None:
    """Look-alike: the companies named by their names are found."""
    x = run(extractor, "HDFC Bank and Sasol both reported higher profits.", lang="en",
            headline="Market report")
    assert {"HDFC Bank", "Sasol"} <= labels(x)


def test_a_chatbots_subscription_tier_is_no_product(extractor: Extractor) -> None:
    x = run(extractor, "Google said Gemini Advanced subscribers can now use Gemini Live.", lang="en",
            headline="Google update")
    assert "Gemini Advanced" not in labels(x)
    assert "Gemini Live" in labels(x)


def test_a_game_designers_job_names_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Der Spielentwickler Kenji Morita arbeitet mit Nintendo an einem Spiel.",
            headline="Spielebranche")
    assert "Kenji Morita" not in {e.label for e in x.entities if e.type == "Company"}
    x = run(extractor, "Der Spieleentwickler Lumen Forge Games arbeitet mit Nintendo an einem Spiel.",
            headline="Spielebranche")
    assert "Lumen Forge Games" in {e.label for e in x.entities if e.type == "Company"}


# --- a league's name inside a longer one -------------------------------------------------------


def test_a_catalogued_leagues_name_after_a_place_is_another_league(extractor: Extractor) -> None:
    x = run(extractor, "The Nepal Premier League signed a sponsorship deal with Nestle.", lang="en",
            headline="Cricket boom")
    assert "Premier League" not in labels(x)


@pytest.mark.parametrize("sentence", [
    "Shares of broadcasters rose after the Premier League signed a deal with Amazon.",
    "In England, Premier League clubs spent $3 billion on players.",
])
def test_the_catalogued_league_by_its_name_stays(extractor: Extractor, sentence: str) -> None:
    """Look-alike: the name after an article, or after a place closed by a comma."""
    x = run(extractor, sentence, lang="en", headline="Football")
    assert "Premier League" in labels(x)


# --- a relative clause after an unnamed company holds only its own verb's number ------------


def test_price_after_a_relative_clause_is_the_buyers(extractor: Extractor) -> None:
    x = run(extractor, "Schneider Electric agreed to buy a software firm that helps utilities manage "
                       "grids for $900 million.", lang="en", headline="Schneider buys software firm")
    assert metric_facts(x, "Investment") == {("Schneider Electric", Decimal("900000000"))}


def test_number_inside_the_relative_clause_is_the_unnamed_companys(extractor: Extractor) -> None:
    """Look-alike: the number in the relative clause's own verb phrase is nobody's known."""
    x = run(extractor, "Schneider Electric agreed to buy a software firm that had sales of $900 million "
                       "last year.", lang="en", headline="Schneider buys software firm")
    assert metric_facts(x, "Revenue") == set()
    assert metric_facts(x, "Investment") == set()


# --- a sentence opened by the last word of a firm's name ---------------------------------------


def test_a_sectors_noun_opening_a_sentence_names_no_firm(extractor: Extractor) -> None:
    x = run(extractor, "Siemens bezieht Gehäuse von der Vogtländer Gerätebau GmbH aus Plauen. Der Gerätebau "
                       "in Sachsen beschäftigt 9000 Mitarbeiter.", headline="Zulieferer unter Druck")
    assert not any(about == "Vogtländer Gerätebau" for about, _ in metric_facts(x, "Employees"))


def test_a_works_name_opening_a_sentence_is_that_firm(extractor: Extractor) -> None:
    """Look-alike: a head word that ends as a works' name does."""
    x = run(extractor, "Siemens bezieht Gehäuse von der Vogtländer Gusswerk GmbH aus Plauen. Das Gusswerk "
                       "beschäftigt 410 Mitarbeiter.", headline="Zulieferer unter Druck")
    assert ("Vogtländer Gusswerk", Decimal(410)) in metric_facts(x, "Employees")
