"""Results of insurers, banks and internet groups, on families of construction that hold in
any article, on sentences written for these tests (catalogued companies with invented facts):
a city where a company announced ("wie der im Dax notierte Konzern in Hannover mitteilte") is
no trading venue, though a share word stands before it; a bank's credit losses ("set aside
$350 million for credit losses, compared with $397 million a year earlier") are no loss of the
bank; "marketing services revenue" is a segment's revenue, no marketing budget; a sea named
after a country ("the Gulf of Mexico", "im Golf von Mexiko") is not the country. Each with a
look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a city of an announcement -----------------------------------------------------------------

def test_city_of_an_announcement_is_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Der Versicherer Talanx hat mehr verdient, wie der im Dax notierte "
            "Konzern am Dienstag in Hannover mitteilte.", headline="Talanx verdient mehr")
    assert ("Talanx", "memberOf", "DAX") in triples(x)
    assert not [t for t in triples(x) if t[1] == "listedOn"]


def test_city_of_a_share_move_stays_a_venue(extractor: Extractor) -> None:
    """Look-alike: shares that moved in a city trade there."""
    x = run(extractor, "Die Aktien von Talanx stiegen am Dienstag in Frankfurt um 2 Prozent.",
            headline="Talanx verdient mehr")
    assert ("Talanx", "listedOn", "Frankfurt Stock Exchange") in triples(x)


# --- credit losses ----------------------------------------------------------------------------

def test_credit_losses_are_no_loss(extractor: Extractor) -> None:
    x = run(extractor, "Citigroup reported higher profit on Friday. The bank set aside $610 "
            "million for credit losses, compared with $745 million a year earlier.", lang="en",
            headline="Citigroup profit rises")
    assert not metric_facts(x, "Profit")
    assert ("Citigroup", Decimal(745000000)) in metric_facts(x, "Other")


def test_a_net_loss_stays_a_loss(extractor: Extractor) -> None:
    """Look-alike: a loss of the bank itself is its (negative) profit."""
    x = run(extractor, "Citigroup posted a net loss of $745 million in the quarter.", lang="en",
            headline="Citigroup swings to loss")
    assert ("Citigroup", Decimal(-745000000)) in metric_facts(x, "Profit")


# --- marketing services revenue ---------------------------------------------------------------

def test_marketing_services_revenue_is_no_budget(extractor: Extractor) -> None:
    x = run(extractor, "Baidu reported higher revenue. Marketing services revenue grew 7% to "
            "18.2 billion yuan.", lang="en", headline="Baidu revenue beats")
    assert not metric_facts(x, "MarketingBudget")


def test_marketing_spending_is_no_revenue(extractor: Extractor) -> None:
    """Look-alike: money spent on marketing stays no revenue."""
    x = run(extractor, "Baidu said it spent 4.2 billion yuan on marketing services in the "
            "quarter.", lang="en", headline="Baidu revenue beats")
    assert not metric_facts(x, "Revenue")


# --- a sea named after a country --------------------------------------------------------------

def places(x: object) -> set[str]:
    return {e.label for e in x.entities if e.type == "Place"}  # type: ignore[attr-defined]


def test_gulf_of_a_country_is_not_the_country(extractor: Extractor) -> None:
    x = run(extractor, "BP said output rose, helped by new fields in Brazil and the Gulf of "
            "Mexico.", lang="en", headline="BP output rises")
    assert "Mexico" not in places(x)
    assert "Brazil" in places(x)
    y = run(extractor, "Die Förderung von BP stieg dank neuer Felder im Golf von Mexiko.",
            headline="BP fördert mehr")
    assert "Mexico" not in places(y)


def test_country_after_a_plain_of_stays(extractor: Extractor) -> None:
    """Look-alike: the country after another "of" stays the country."""
    x = run(extractor, "BP sold its fields off the coast of Mexico.", lang="en",
            headline="BP sells fields")
    assert "Mexico" in places(x)
