"""Figures, ratings and relations on families of construction that hold in any
German article, on sentences written for these tests (catalogued companies, invented
facts): the price range of a book-building under its other names is a price, not
earnings per share; a chart's "Ziel" at a price mark is no price target; a rating of a
company called by a "-bauer" trade right after a sentence naming one company is that
company's, not the headline's; a share move right after a list of rivals is neither the
rival's nor the article's; a clause after a supply that leaves out the verb names a
second supplier of the same customer, not a customer; an order's client called by an
adjective and its trade after "vom", or in the genitive after the order word, owns no
order value; the price a move ends at where the share word has an owner in the genitive;
a quote box naming a preference share ("Vz."). Each with a look-alike that keeps its
reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor

# --- the price range of a book-building -----------------------------------------------

def test_bookbuilding_range_per_share_is_a_price(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien von Stabilus werden in einer Bookbuilding-Spanne von 31 bis 36 "
                       "Euro je Aktie angeboten.", headline="Stabilus plant Platzierung")
    ranges = {(f.about, f.min_value, f.max_value) for f in x.figures if f.metric == "SharePrice"}
    assert ("Stabilus", Decimal(31), Decimal(36)) in ranges
    assert not metric_facts(x, "EarningsPerShare")


def test_a_range_of_earnings_per_share_stays_earnings(extractor: Extractor) -> None:
    x = run(extractor, "Stabilus erwartet einen Gewinn je Aktie in einer Spanne von 2,10 bis 2,40 Euro.",
            headline="Stabilus bestätigt Prognose")
    kinds = {f.metric for f in x.figures if f.about == "Stabilus"}
    assert "EarningsPerShare" in kinds
    assert "SharePrice" not in kinds


# --- chart talk -------------------------------------------------------------------------

def test_chart_goal_at_the_year_high_is_no_price_target(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Nordex notiert über der 200-Tage-Linie. Das nächste Ziel ist "
                       "das Jahreshoch bei 31,40 Euro.", headline="Nordex: Ausbruch geglückt")
    assert ("Nordex", Decimal("31.40")) not in metric_facts(x, "PriceTarget")


def test_a_target_set_on_the_shares_stays_a_target(extractor: Extractor) -> None:
    x = run(extractor, "Berenberg hob das Kursziel für die Aktie von Nordex auf 34 Euro an.",
            headline="Nordex im Aufwind")
    assert ("Nordex", Decimal(34)) in metric_facts(x, "PriceTarget")


# --- a rating of a company called by its trade ---------------------------------------

_REPORT = ("Am Dax-Ende rutschten Bayer um 3,8 Prozent ab. Im SDax gaben Verbio um 1,1 Prozent nach. "
           "Deutz verloren 2,7 Prozent. ")


def test_trade_of_a_builder_means_the_company_just_named(extractor: Extractor) -> None:
    x = run(extractor, _REPORT + 'Die Investmentbank Jefferies stufte den Motorenbauer von "Buy" '
                                 'auf "Hold" ab.', headline="Dax im Plus – Bayer unter Druck")
    assert ("Jefferies", "Deutz", "Hold") in rating_facts(x)
    assert not any(about == "Bayer" for _, about, _ in rating_facts(x))


def test_a_plain_company_noun_keeps_the_headline_company(extractor: Extractor) -> None:
    x = run(extractor, 'Bayer verlor 3,8 Prozent. Die Investmentbank Jefferies stufte den Konzern '
                       'von "Buy" auf "Hold" ab.', headline="Bayer unter Druck")
    assert ("Jefferies", "Bayer", "Hold") in rating_facts(x)


# --- a share move after a list of rivals ---------------------------------------------

def test_move_after_a_list_of_rivals_goes_to_none_of_them(extractor: Extractor) -> None:
    x = run(extractor, "Nordex erhielt einen Auftrag aus Schweden. Zu den Rivalen zählen Vestas und "
                       "das Windgeschäft von Siemens Energy. Die Aktie stieg im Xetra-Handel um 2,1 "
                       "Prozent auf 23,40 Euro.", headline="Nordex gewinnt Auftrag")
    movers = {about for about, _ in metric_facts(x, "StockPriceChange")}
    assert "Vestas" not in movers
    assert "Siemens Energy" not in movers


def test_move_after_the_company_alone_stays_its_own(extractor: Extractor) -> None:
    x = run(extractor, "Shell meldete einen höheren Gewinn. Die Aktie gab im Xetra-Handel um 0,8 "
                       "Prozent auf 31,12 Euro nach.", headline="Shell mit Zahlen")
    assert ("Shell", Decimal("-0.8")) in metric_facts(x, "StockPriceChange")


# --- a second supplier in a clause without its verb ----------------------------------

def test_gapped_supplier_supplies_the_same_customer(extractor: Extractor) -> None:
    x = run(extractor, "Auch Jenoptik liefert Optiken für die Maschinen von ASML, der Laserspezialist "
                       "Trumpf die Lichtquellen für die Anlagen.", headline="Zulieferer der Chipbranche")
    found = triples(x)
    assert ("Jenoptik", "supplierOf", "ASML") in found
    assert ("Jenoptik", "supplierOf", "Trumpf Group") not in found
    assert ("Trumpf Group", "supplierOf", "ASML") in found


def test_customers_listed_after_a_comma_stay_customers(extractor: Extractor) -> None:
    x = run(extractor, "Jenoptik liefert Optiken an ASML, die Deutsche Bahn und Continental.",
            headline="Jenoptik mit Aufträgen")
    found = triples(x)
    assert ("Jenoptik", "supplierOf", "Deutsche Bahn") in found
    assert ("Jenoptik", "supplierOf", "Continental AG") in found


# --- the client of an order called by its trade ----------------------------------------

def test_order_value_is_the_receivers_after_vom_and_a_trade(extractor: Extractor) -> None:
    x = run(extractor, "Jenoptik hat vom niederländischen Chipausrüster ASML einen Auftrag über rund "
                       "95 Millionen Euro erhalten.", headline="Jenoptik erhält Auftrag")
    values = metric_facts(x, "Other")
    assert ("Jenoptik", Decimal(95000000)) in values
    assert ("ASML", Decimal(95000000)) not in values


def test_order_placed_by_a_client_named_first_stays_the_suppliers(extractor: Extractor) -> None:
    x = run(extractor, "ASML hat Jenoptik einen Auftrag über rund 95 Millionen Euro erteilt.",
            headline="Auftrag für Jenoptik")
    values = metric_facts(x, "Other")
    assert ("ASML", Decimal(95000000)) not in values


# --- the price a move ends at, the share's owner in the genitive ----------------------

def test_price_after_a_move_of_the_share_of_a_trade_is_a_price(extractor: Extractor) -> None:
    x = run(extractor, "Nach einem Großauftrag aus Schweden kletterte das Papier des "
                       "Windturbinenbauers Nordex um 4,6 Prozent auf 23,16 Euro.",
            headline="Nordex gefragt")
    assert ("Nordex", Decimal("23.16")) in metric_facts(x, "SharePrice")
    assert ("Nordex", Decimal("23.16")) not in metric_facts(x, "Other")


def test_an_order_value_before_a_move_keeps_its_reading(extractor: Extractor) -> None:
    x = run(extractor, "Nordex erhielt einen Großauftrag über 280 Millionen Euro, die Aktie stieg um "
                       "4,6 Prozent auf 23,16 Euro.", headline="Nordex gefragt")
    assert ("Nordex", Decimal(280000000)) in metric_facts(x, "Other")
    assert ("Nordex", Decimal("23.16")) in metric_facts(x, "SharePrice")


def test_order_value_is_not_the_genitive_clients(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall erhielt einen Großauftrag der Deutschen Bahn über 300 Millionen Euro.",
            headline="Rheinmetall mit Auftrag")
    values = metric_facts(x, "Other")
    assert ("Rheinmetall", Decimal(300000000)) in values
    assert ("Deutsche Bahn", Decimal(300000000)) not in values


def test_order_won_by_the_subject_alone_stays_its_own(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Bahn erhielt einen Großauftrag über 300 Millionen Euro.",
            headline="Bahn mit Auftrag")
    assert ("Deutsche Bahn", Decimal(300000000)) in metric_facts(x, "Other")


# --- a quote box of a preference share ------------------------------------------------

def test_quote_box_of_a_preference_share_is_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Sartorius Vz. | WKN: 716563 | ISIN: DE0007165631 | Xetra: 212,40 EUR | +1,6 %\n"
                       "Sartorius hob die Prognose an.", headline="Sartorius wird zuversichtlicher")
    assert ("Sartorius", Decimal("212.40")) in metric_facts(x, "SharePrice")
    assert ("Sartorius", Decimal("1.6")) in metric_facts(x, "StockPriceChange")


def test_quote_box_of_a_name_the_article_never_prints_gives_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Sartorius Vz. | WKN: 716563 | ISIN: DE0007165631 | Xetra: 212,40 EUR | +1,6 %\n"
                       "Der Laborausrüster Stratec hob die Prognose an.", headline="Laborausrüster")
    assert not metric_facts(x, "SharePrice")
