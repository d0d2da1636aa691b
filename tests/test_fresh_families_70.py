"""Market wrap-ups, on families of construction that hold in any article, on sentences written
for these tests (invented companies and catalogued ones with invented facts): a company a
report names at a sentence's start after its trade noun and before its shares' move
("Housebuilder Acme Homes sank 17.5%") is a company of its own, so its facts are not the
neighbour's; a company heading a paragraph of a movers' list, its name before a spaced dash
and the sentence after it opening with its seat and trade ("Acme Energy - The Denver-based oil
and gas producer jumped …"), is one as before a colon; two or three capitalised words closing
the clause after share words ("die Papiere von Acme Medtec.") name a company; a possessed
supplier noun ("Micron, Nvidia's supplier of memory, rose after Morgan Stanley …") names its
customer before it, not a firm after "of"; a firm opening a compound of a supplier's noun after
a verb of delivery ("liefert an den Nvidia-Zulieferer X") is not the one supplied; a
commodity's price per unit of measure on an exchange ("copper hit $11,950 a tonne on the London
Metal Exchange") lists no company there; a bank or research house as the clause's subject after a
rival noun ("Beim Rivalen Puma, der …, rechnet HSBC mit …") observes the rival and is none. Each
with a look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- a trade noun opening the sentence before a mover --------------------------------------------

def test_trade_noun_opening_a_move_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Tesco fell 0.8% to 402 pence. Homebuilder Ferncastle Living sank 12.4% "
            "to 310 pence after it cut its sales outlook.", lang="en", headline="London close")
    assert "Ferncastle Living" in labels(x)
    moves = metric_facts(x, "StockPriceChange")
    assert ("Ferncastle Living", Decimal("-12.4")) in moves
    assert ("Tesco", Decimal("-12.4")) not in moves


def test_trade_noun_opening_without_a_move_names_nothing(extractor: Extractor) -> None:
    """Look-alike: no share moves after the words, which may be anything capitalised."""
    x = run(extractor, "Homebuilder Ferncastle Living said on Tuesday it would cut its outlook.",
            lang="en", headline="London close")
    assert "Ferncastle Living" not in labels(x)


def test_sector_word_opening_a_move_names_nothing(extractor: Extractor) -> None:
    """Look-alike: a sector's word before the move is no trade noun and no name follows it."""
    x = run(extractor, "Tesco fell 0.8% to 402 pence. Homebuilder shares sank 2.4% after the "
            "data.", lang="en", headline="London close")
    assert not {label for label in labels(x) if "Homebuilder" in label or "Homebuilders" in label}
    assert ("Tesco", Decimal("-2.4")) not in metric_facts(x, "StockPriceChange")


# --- a movers' list heading with a dash ------------------------------------------------------------

def test_dash_heading_with_seat_and_trade_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Here are the biggest movers.\n\nPellham Resources - The Calgary-based "
            "natural gas producer fell 6.2% after it cut its output forecast.\n\nChevron - The "
            "oil major rose 1.1%.", lang="en", headline="Stocks making the biggest moves")
    assert "Pellham Resources" in labels(x)


def test_dash_heading_without_a_seat_names_nothing(extractor: Extractor) -> None:
    """Look-alike: a heading's words before a dash and a sentence with no seat ("Energy
    movers - The oil and gas producers fell") are no company's name."""
    x = run(extractor, "Here are the biggest movers.\n\nEnergy Movers - The natural gas "
            "producers fell 2% as prices dropped.", lang="en",
            headline="Stocks making the biggest moves")
    assert "Energy Movers" not in labels(x)


# --- a new company named by its shares -------------------------------------------------------------

def test_shares_of_two_words_name_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Evonik gab um 1,2 Prozent nach. Gefragt waren dagegen die Papiere von "
            "Hallweg Dentaltechnik. Der Hersteller von Zahnimplantaten aus Kiel gewann 6,4 Prozent.",
            headline="Aktien Frankfurt")
    assert "Hallweg Dentaltechnik" in labels(x)
    assert ("Evonik Industries", Decimal("6.4")) not in metric_facts(x, "StockPriceChange")


def test_shares_of_a_sector_word_name_nothing(extractor: Extractor) -> None:
    """Look-alike: one capitalised word after the share words is a sector's noun, and two words
    that do not close the clause are as often nouns of the sentence."""
    x = run(extractor, "Gefragt waren die Aktien von Zahntechnikern. Die Aktien von Anlegern "
            "Ende November verkauft.", headline="Aktien Frankfurt")
    assert "Zahntechnikern" not in labels(x)
    assert "Anlegern Ende November" not in labels(x)


# --- a possessed supplier noun ---------------------------------------------------------------------

def test_possessed_supplier_noun_names_no_firm_after_it(extractor: Extractor) -> None:
    x = run(extractor, "SK Hynix, Apple's supplier of memory chips, gained 2.1% after Jefferies "
            "raised its price target.", lang="en", headline="Chip stocks rise")
    assert ("SK Hynix", "supplierOf", "Apple") in triples(x)
    assert not {t for t in triples(x) if t[1] == "supplierOf" and t[2] == "Jefferies"}


def test_supplier_noun_of_a_firm_still_supplies_it(extractor: Extractor) -> None:
    """Look-alike: an unpossessed supplier noun before "to" names the one supplied."""
    x = run(extractor, "SK Hynix, a key supplier to Apple, gained 2.1% on Tuesday.", lang="en",
            headline="Chip stocks rise")
    assert ("SK Hynix", "supplierOf", "Apple") in triples(x)


# --- a firm inside a supplier's compound -----------------------------------------------------------

def test_firm_opening_a_supplier_compound_is_not_supplied(extractor: Extractor) -> None:
    x = run(extractor, "Aixtron liefert Anlagen an den Apple-Zulieferer Foxconn.",
            headline="Aixtron mit Auftrag")
    assert ("Aixtron", "supplierOf", "Apple") not in triples(x)


def test_firm_after_a_delivery_verb_is_supplied(extractor: Extractor) -> None:
    """Look-alike: the firm itself after "an" receives the goods."""
    x = run(extractor, "Aixtron liefert Anlagen an Apple.", headline="Aixtron mit Auftrag")
    assert ("Aixtron", "supplierOf", "Apple") in triples(x)


# --- a commodity's price on an exchange -----------------------------------------------------------

def test_commodity_price_per_unit_names_no_listing(extractor: Extractor) -> None:
    x = run(extractor, "Anglo American rose 2.2% after copper climbed to $11,400 a tonne on the "
            "London Metal Exchange.", lang="en", headline="London close")
    assert not {t for t in triples(x) if t[1] == "listedOn"}


def test_share_move_on_an_exchange_is_a_listing(extractor: Extractor) -> None:
    """Look-alike: shares that moved on an exchange trade there."""
    x = run(extractor, "Anglo American rose 2.2% on the London Stock Exchange.", lang="en",
            headline="London close")
    assert ("Anglo American", "listedOn", "London Stock Exchange") in triples(x)


def test_commodity_price_per_unit_names_no_listing_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Aurubis stiegen um 2,2 Prozent, nachdem Kupfer 11.400 Dollar je Tonne an "
            "der London Metal Exchange kostete.", headline="Aktien Frankfurt")
    assert not {t for t in triples(x) if t[1] == "listedOn" and t[2] == "London Metal Exchange"}


# --- an institution after a rival noun -------------------------------------------------------------

def test_institution_after_a_rival_noun_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "BMW verloren 1,1 Prozent. Beim Konkurrenten Volkswagen, der 0,8 Prozent "
            "nachgab, rechnet Barclays für 2027 mit einem Absatzplus von 2 Prozent.",
            headline="Aktien Frankfurt")
    assert frozenset(("Barclays", "Volkswagen")) not in rival_pairs(x)


def test_company_after_a_rival_noun_stays_a_rival(extractor: Extractor) -> None:
    """Look-alike: a company as the clause's subject after the rival noun is the rival."""
    x = run(extractor, "Im Vergleich zu den Rivalen Volkswagen und Stellantis sei BMW günstig "
            "bewertet.", headline="Autowerte")
    assert frozenset(("BMW", "Volkswagen")) in rival_pairs(x)
