"""Figures and relations on families of construction that hold in any article, on
sentences written for these tests (catalogued companies, invented facts): the house
named before a consensus or its estimate product ("an LSEG SmartEstimate of …") is a
source, never the owner of that number or of the next sentence's; a percentage change
a comma appends to the price of a physical unit ("7,38 Euro je Quadratmeter, ein Plus
von 3,9 Prozent", "$82 a barrel, up 2%") is no move of a share, though the sentence
names an index; a landlord's rent growth ("Mietwachstum") is no revenue growth; a
possessive word between the name opening a sentence and "its" ("Nvidia, the South
Korean company's biggest customer, has booked … its HBM4 output") leaves the product
no one's. Each with a look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- the house of a consensus is a source ------------------------------------------


def test_house_before_its_estimate_product_owns_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "SK Hynix reported its third-quarter results on Thursday. Operating profit "
            "rose to 9.1 trillion won, above an LSEG SmartEstimate of 8.7 trillion won. Revenue "
            "increased 21% to 24.4 trillion won.", lang="en", headline="SK Hynix profit rises")
    owners = {about for about, _ in metric_facts(x, "Profit") | metric_facts(x, "Revenue")
              | metric_facts(x, "RevenueGrowth")}
    assert "London Stock Exchange Group" not in owners
    assert ("SK Hynix", Decimal("24400000000000")) in metric_facts(x, "Revenue")
    assert ("SK Hynix", Decimal("21")) in metric_facts(x, "RevenueGrowth")


def test_house_named_as_subject_keeps_its_own_figures(extractor: Extractor) -> None:
    """Look-alike: the data group that reports its own revenue owns it."""
    x = run(extractor, "LSEG said on Thursday its revenue rose 7% to 2.3 billion pounds in the "
            "third quarter.", lang="en", headline="LSEG revenue rises")
    assert ("London Stock Exchange Group", Decimal("7")) in metric_facts(x, "RevenueGrowth")


# --- the change of a unit price is no share move ------------------------------------


def test_change_after_a_rent_per_square_metre_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Der Wohnungskonzern LEG Immobilien hat im Quartal von höheren Mieten "
            "profitiert. Die Miete im Bestand stieg auf 7,12 Euro je Quadratmeter, ein Plus von "
            "3,1 Prozent, wie das Düsseldorfer MDax-Unternehmen mitteilte.",
            headline="LEG Immobilien: Mieten steigen")
    assert not metric_facts(x, "StockPriceChange")


def test_change_after_a_share_price_stays_a_move(extractor: Extractor) -> None:
    """Look-alike: the price of the share names no physical unit after it."""
    x = run(extractor, "Die im MDax notierte Aktie von LEG stieg am Montag auf 71,80 Euro, ein "
            "Plus von 2,2 Prozent.", headline="LEG Immobilien: Mieten steigen")
    assert ("LEG Immobilien", Decimal("2.2")) in metric_facts(x, "StockPriceChange")


def test_change_after_a_price_per_barrel_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "BP kept its dividend. Brent crude rose to $84 a barrel, up 2.4%, while "
            "the FTSE 100 gained 0.3%.", lang="en", headline="BP keeps dividend")
    assert ("BP", Decimal("2.4")) not in metric_facts(x, "StockPriceChange")


# --- a landlord's rent growth ---------------------------------------------------------


def test_rent_growth_is_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Vonovia meldete für das Quartal ein Mietwachstum von 3,7 Prozent.",
            headline="Vonovia: Zahlen")
    assert ("Vonovia", Decimal("3.7")) not in metric_facts(x, "RevenueGrowth")
    assert ("Vonovia", Decimal("3.7")) in metric_facts(x, "Other")


def test_rental_income_growth_stays_revenue_growth(extractor: Extractor) -> None:
    """Look-alike: the rental income ("Mieterlöse") is the landlord's revenue."""
    x = run(extractor, "Bei Vonovia stiegen die Mieterlöse um 3,2 Prozent auf 2,4 Milliarden Euro.",
            headline="Vonovia: Zahlen")
    assert ("Vonovia", Decimal("3.2")) in metric_facts(x, "RevenueGrowth")


# --- a second possessor before "its" --------------------------------------------------


def test_possessive_between_opening_name_and_its_leaves_product_unowned(
        extractor: Extractor) -> None:
    x = run(extractor, "Nvidia, the Korean chipmaker's largest customer, has reserved most of its "
            "HBM4 supply for 2027.", lang="en", headline="Memory demand")
    assert ("Nvidia", "develops", "HBM4") not in triples(x)


def test_its_product_after_the_opening_name_stays_its_own(extractor: Extractor) -> None:
    """Look-alike: no other party stands between the name and the pronoun."""
    x = run(extractor, "Xiaomi delivered 41,000 of its SU7 and YU7 cars in October.",
            lang="en", headline="Car deliveries")
    assert ("Xiaomi", "develops", "Xiaomi SU7") in triples(x)
