"""False facts of German and English company news, on families of construction that hold in
any article, on sentences written for these tests (catalogued companies, invented figures and
invented firms): a fund's or a venue's name that holds a firm's ("the iShares Europe Banks
ETF", "die Allianz Arena", "SoFi Stadium") names neither the firm nor the unit, and a shop
a platform's name opens ("TikTok Shop") is another product than the platform; "die
Konzerntochter X" alone is the group's own unit, not one of the name before it in the
sentence ("ITA vergibt einen Auftrag an die Konzerntochter X"); the genitive of one order
("der Auftrag des Herstellers X über …") names the customer who placed it, who owns no figure
of its value; an index's short name before a compound that names a place in the index
("an die CAC-Spitze") is the index's, not the agency catalogued under the same letters; a
product's name after a unit noun and before another capitalised word ("its grocery arm Taobao
Fresh Market") opens the unit's longer name and names no product.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import labels, metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a fund's or a venue's name that holds a firm's -------------------------------------


def test_fund_named_after_a_unit_names_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Marbury Foods is the largest holding of the iShares Global Food Producers "
            "ETF, which owns 4% of its shares.", lang="en", headline="Marbury Foods rises")
    assert "iShares" not in labels(x)


def test_unit_named_alone_stays_a_unit(extractor: Extractor) -> None:
    """Look-alike: BlackRock's unit named by itself, then a fund word later."""
    x = run(extractor, "BlackRock said its iShares unit gathered record inflows into its bond ETF "
            "products.", lang="en", headline="BlackRock inflows")
    assert "iShares" in labels(x)


def test_venue_named_after_a_company_names_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Das Finale wird in der Allianz Arena in München ausgetragen, teilte der "
            "Verband mit.", headline="Fußball")
    assert "Allianz" not in labels(x)


def test_company_named_before_a_common_noun_stays(extractor: Extractor) -> None:
    """Look-alike: the company's name, then a capitalised German noun that ends no venue."""
    x = run(extractor, "Die Allianz Aktie stieg um 2 Prozent, teilte der Verband mit.",
            headline="Versicherer")
    assert "Allianz" in labels(x)


def test_english_venue_named_after_a_lender(extractor: Extractor) -> None:
    x = run(extractor, "The final will be played at SoFi Stadium in Inglewood, California.",
            lang="en", headline="Football final")
    assert "SoFi Technologies" not in labels(x)


# --- a shop a platform's name opens -----------------------------------------------------


def test_shop_of_a_platform_is_not_the_platform(extractor: Extractor) -> None:
    x = run(extractor, "Sellers on TikTok Shop cut prices by 10% in November.", lang="en",
            headline="Online retail")
    assert "TikTok" not in labels(x)


def test_platform_named_alone_stays(extractor: Extractor) -> None:
    """Look-alike: the platform itself, a lower-case noun after it."""
    x = run(extractor, "Sellers on TikTok shops cut prices by 10% in November.", lang="en",
            headline="Online retail")
    assert "TikTok" in labels(x)


# --- "die Konzerntochter X": the group's own unit ---------------------------------------


def test_group_unit_noun_alone_is_no_unit_of_the_name_before(extractor: Extractor) -> None:
    x = run(extractor, "Zugleich vergibt ITA Airways einen Wartungsauftrag an die Konzerntochter "
            "Lufthansa Technik.", headline="Wartung")
    assert ("Lufthansa Technik", "subsidiaryOf", "ITA Airways") not in triples(x)


def test_group_unit_noun_in_a_compound_keeps_its_parent(extractor: Extractor) -> None:
    """Look-alike: the compound names the parent ("die Lufthansa-Konzerntochter X")."""
    x = run(extractor, "Zugleich vergibt ITA Airways einen Wartungsauftrag an die "
            "Lufthansa-Konzerntochter Lufthansa Technik.", headline="Wartung")
    assert ("Lufthansa Technik", "subsidiaryOf", "Lufthansa") in triples(x)
    assert ("Lufthansa Technik", "subsidiaryOf", "ITA Airways") not in triples(x)


# --- the genitive of one order names its customer ---------------------------------------


def test_customer_in_the_genitive_of_an_order_owns_no_value(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall hat einen Großauftrag über Lastwagen erhalten. Der Auftrag des "
            "Herstellers Daimler Truck hat ein Volumen von rund 600 Millionen Euro.",
            headline="Rüstung")
    assert ("Daimler Truck", 600000000) not in metric_facts(x, "Other")


def test_compound_order_of_a_unit_owns_no_value(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall hat einen Großauftrag erhalten. Der Munitionsauftrag der "
            "Rüstungssparte Airbus Defence and Space umfasst bis zu 700 Millionen Euro.",
            headline="Rüstung")
    assert ("Airbus Defence and Space", 700000000) not in metric_facts(x, "Other")


def test_order_book_of_a_unit_stays_the_units(extractor: Extractor) -> None:
    """Look-alike: the order book's and the plural orders' genitive is their owner."""
    for opening in ("Der Auftragsbestand der Rüstungssparte Airbus Defence and Space stieg",
                    "Die Aufträge der Rüstungssparte Airbus Defence and Space stiegen"):
        x = run(extractor, f"{opening} auf 9 Milliarden Euro.", headline="Rüstung")
        assert ("Airbus Defence and Space", 9000000000) in metric_facts(x, "Other")


# --- an index's short name before a place in the index ----------------------------------


def test_index_short_name_before_its_top_is_no_agency(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Alstom stieg um 5 Prozent und sprang an die CAC-Spitze.",
            headline="Paris")
    assert "Cyberspace Administration of China" not in labels(x)


def test_agency_named_by_its_letters_alone_stays(extractor: Extractor) -> None:
    """Look-alike: the same letters as a subject, no index compound after them."""
    x = run(extractor, "Die CAC hat am Montag neue Regeln für KI-Apps erlassen.", headline="Peking")
    assert "Cyberspace Administration of China" in labels(x)


# --- a product's name opening a unit's longer name ---------------------------------------


def test_product_name_opening_a_units_name_is_no_product(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba said its grocery arm Taobao Fresh Market cut prices by 5% in "
            "November.", lang="en", headline="Retail")
    assert "Taobao" not in labels(x)
    assert ("Alibaba Group", "develops", "Taobao") not in triples(x)


def test_german_unit_compound_before_a_longer_name(extractor: Extractor) -> None:
    x = run(extractor, "Die Alibaba-Sparte Taobao Fresh Market senkte die Preise um 5 Prozent.",
            headline="Handel")
    assert "Taobao" not in labels(x)


def test_product_name_without_a_unit_noun_stays(extractor: Extractor) -> None:
    """Look-alike: the same longer words after the product, no unit noun before it."""
    x = run(extractor, "Alibaba said sellers on Taobao Live cut prices by 5% in November.",
            lang="en", headline="Retail")
    assert "Taobao" in labels(x)
