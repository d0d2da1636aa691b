"""Families of construction that hold in any article, on sentences written for
these tests: a forecast growth "by 8% to 10%" is one range; an index the
catalogue does not know, right before its move, takes the move from the
company of the passage; a titled speaker's "said Y would …" makes Y what was
said, not the employer; an Italian company's "S.p.A." ends no sentence; "will
provide … to Y" supplies Y. Each with a look-alike where the old reading must
stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- a forecast growth "by" a range ----------------------------------------------------


def test_growth_by_a_range_of_percentages_is_one_range(extractor: Extractor) -> None:
    x = run(extractor, "BAE Systems won an order on Friday. The company expects sales to grow "
            "by 8% to 10% in 2027.", lang="en", headline="BAE Systems order")
    growth = [f for f in x.figures if f.about == "BAE Systems" and f.metric == "RevenueGrowth"]
    assert [(f.min_value, f.max_value, f.value) for f in growth] == [(Decimal("8"), Decimal("10"), None)]


def test_growth_by_a_percentage_to_an_amount_stays_two_figures(extractor: Extractor) -> None:
    """Look-alike: "grew by 8% to 10 billion pounds" is the growth and the level it reached."""
    x = run(extractor, "BAE Systems won an order on Friday. Sales grew by 8% to 10 billion "
            "pounds in 2026.", lang="en", headline="BAE Systems order")
    facts = figure_facts(x)
    assert ("BAE Systems", "RevenueGrowth", Decimal("8"), "Percent") in facts
    assert ("BAE Systems", "Revenue", Decimal("10000000000"), "GBP") in facts


def test_rise_by_points_to_a_level_stays_two_numbers(extractor: Extractor) -> None:
    """Look-alike: "to rise by 2 percentage points to 15%" moves by the first to the second,
    far above it: no range from 2 to 15."""
    x = run(extractor, "BAE Systems won an order on Friday. It expects its margin to rise by 2 "
            "percentage points to 15% in 2027.", lang="en", headline="BAE Systems order")
    assert not any(f.min_value is not None for f in x.figures)


# --- an index the catalogue does not know ----------------------------------------------


def test_unknown_index_before_its_move_takes_the_move_from_the_company(
        extractor: Extractor) -> None:
    x = run(extractor, "BAE Systems shares rose 2.9% to 1,946 pence. Defence stocks did well this "
            "year, with the STOXX Europe Aerospace & Defence index up 41%.", lang="en",
            headline="BAE Systems order")
    facts = figure_facts(x)
    assert ("BAE Systems", "StockPriceChange", Decimal("2.9"), "Percent") in facts
    assert not any(f.value == Decimal("41") for f in x.figures)


def test_known_index_keeps_its_move_and_a_member_its_own(extractor: Extractor) -> None:
    """Look-alikes: a catalogued index keeps the move it makes; "index" inside an
    apposition before a company's own move takes nothing from it."""
    x = run(extractor, "BAE Systems shares rose 2.9% on Friday. The FTSE 100 index was up 0.8%. "
            "Babcock International, a member of the FTSE 100 index, rose 3% on Friday.",
            lang="en", headline="London stocks")
    facts = figure_facts(x)
    assert ("FTSE 100", "StockPriceChange", Decimal("0.8"), "Percent") in facts
    assert ("Babcock International", "StockPriceChange", Decimal("3"), "Percent") in facts


# --- what a titled speaker said ----------------------------------------------------------


def test_company_right_after_a_speakers_verb_is_what_was_said(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings reported a 31% rise in royalty revenue on Thursday. Chief "
            "Executive Rene Haas said Nvidia and Amazon would be among the first customers.",
            lang="en", headline="Arm results")
    found = triples(x)
    assert ("Rene Haas", "worksFor", "Arm Holdings") in found
    assert ("Rene Haas", "worksFor", "Nvidia") not in found


def test_company_before_the_title_still_employs_the_speaker(extractor: Extractor) -> None:
    """Look-alike: the company joined to the title ("Nvidia Chief Executive X said …") is
    the employer, whatever the speaker goes on to name."""
    x = run(extractor, "Arm Holdings reported higher revenue on Thursday. Nvidia Chief Executive "
            "Jensen Huang said Arm would gain from the new servers.", lang="en",
            headline="Arm results")
    found = triples(x)
    assert ("Jensen Huang", "worksFor", "Nvidia") in found
    assert ("Jensen Huang", "worksFor", "Arm Holdings") not in found


# --- "S.p.A." ends no sentence ------------------------------------------------------------


def test_italian_legal_form_ends_no_sentence(extractor: Extractor) -> None:
    x = run(extractor, "BAE Systems has won an order from the Ministry of Defence. Renk Group will "
            "supply transmissions for the vehicles, and Leonardo S.p.A. will provide the sights "
            "under a separate contract worth about £120 million.", lang="en",
            headline="BAE Systems wins order")
    assert ("Renk Group", "supplierOf", "Leonardo S.p.A.") not in triples(x)
    contract = [f for f in x.figures if f.value == Decimal("120000000")]
    assert [f.about for f in contract] == ["Leonardo S.p.A."]


def test_italian_legal_form_in_a_german_text(extractor: Extractor) -> None:
    x = run(extractor, "Der Rüstungskonzern Leonardo S.p.A. hat einen Auftrag erhalten. Die "
            "Leonardo-Aktie stieg um 3 Prozent.", headline="Leonardo")
    assert ("Leonardo S.p.A.", "StockPriceChange", Decimal("3"), "Percent") in figure_facts(x)


# --- "will provide … to Y" ------------------------------------------------------------------


def test_will_provide_goods_to_a_company_supplies_it(extractor: Extractor) -> None:
    x = run(extractor, "BAE Systems has won an order. Thales will provide the sights to BAE Systems.",
            lang="en", headline="Order")
    assert ("Thales", "supplierOf", "BAE Systems") in triples(x)


def test_will_provide_an_update_names_no_customer(extractor: Extractor) -> None:
    """Look-alike: what is provided to no company the text names supplies no one."""
    x = run(extractor, "BAE Systems has won an order. Thales will provide an update to investors "
            "in March.", lang="en", headline="Order")
    assert not any(p == "supplierOf" for _, p, _ in triples(x))


# --- a house's forecast after its rating ----------------------------------------------------


def test_house_expecting_a_figure_after_rating_a_company_forecasts_that_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Der Onlinehändler JD.com hat im dritten Quartal mehr umgesetzt. Die "
            "Analysten von Morgan Stanley bestätigten ihre Einstufung \"Overweight\" mit einem "
            "Kursziel von 45 Dollar. Für das vierte Quartal erwartet die US-Bank einen Umsatz "
            "von 355 Milliarden Yuan.", headline="JD.com-Aktie")
    revenue = [f for f in x.figures if f.value == Decimal("355000000000")]
    assert [(f.about, f.estimated_by, f.status) for f in revenue] == \
        [("JD.com", "Morgan Stanley", "Estimate")]


def test_bank_the_article_is_about_keeps_its_own_outlook(extractor: Extractor) -> None:
    """Look-alike: a bank that rates another company in an article on the bank itself
    still speaks of its own profit."""
    x = run(extractor, "Morgan Stanley hat im dritten Quartal mehr verdient. Die Bank stufte "
            "Tesla auf \"Overweight\". Für das Gesamtjahr erwartet Morgan Stanley einen Gewinn "
            "von 3 Milliarden Dollar.", headline="Morgan Stanley Zahlen")
    profit = [f for f in x.figures if f.value == Decimal("3000000000")]
    assert [(f.about, f.estimated_by) for f in profit] == [("Morgan Stanley", None)]


def test_company_expecting_its_own_figure_after_a_rating_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the rated company's own outlook after a house's rating stays its own."""
    x = run(extractor, "Die Commerzbank hat im dritten Quartal mehr verdient. Die Analysten von "
            "Morgan Stanley stuften die Aktie auf \"Overweight\". Für das Gesamtjahr erwartet die "
            "Commerzbank einen Gewinn von 3 Milliarden Euro.", headline="Commerzbank-Aktie")
    profit = [f for f in x.figures if f.value == Decimal("3000000000")]
    assert [(f.about, f.estimated_by) for f in profit] == [("Commerzbank", None)]


# --- the price of a sale is the buyer's -------------------------------------------------------


def test_purchase_price_after_a_sale_is_the_buyers_investment(extractor: Extractor) -> None:
    x = run(extractor, "Der Wohnungskonzern Vonovia verkauft rund 3.800 Wohnungen an den "
            "Versicherer Allianz. Der Kaufpreis liegt bei 710 Millionen Euro, teilte der Konzern "
            "am Freitag mit.", headline="Vonovia-Aktie")
    paid = [(f.about, f.metric) for f in x.figures if f.value == Decimal("710000000")]
    assert paid == [("Allianz", "Investment")]


def test_purchase_price_in_english_goes_to_the_buyer(extractor: Extractor) -> None:
    x = run(extractor, "Vonovia sold 3,800 flats to insurer Allianz on Friday. The purchase price "
            "was 710 million euros.", lang="en", headline="Vonovia")
    paid = [(f.about, f.metric) for f in x.figures if f.value == Decimal("710000000")]
    assert paid == [("Allianz", "Investment")]


def test_seller_to_unnamed_buyers_pays_no_price(extractor: Extractor) -> None:
    x = run(extractor, "Vonovia verkauft 3.800 Wohnungen an private Investoren. Der Kaufpreis "
            "liegt bei 710 Millionen Euro.", headline="Vonovia-Aktie")
    assert not any(f.value == Decimal("710000000") for f in x.figures)


def test_buyer_of_a_purchase_keeps_its_price(extractor: Extractor) -> None:
    """Look-alike: the company that buys ("kauft … von Allianz") pays the price."""
    x = run(extractor, "Vonovia kauft 3.800 Wohnungen von Allianz. Der Kaufpreis liegt bei 710 "
            "Millionen Euro.", headline="Vonovia-Aktie")
    paid = [(f.about, f.metric) for f in x.figures if f.value == Decimal("710000000")]
    assert paid == [("Vonovia", "Investment")]


def test_seller_investing_after_a_sale_keeps_its_investment(extractor: Extractor) -> None:
    """Look-alike: an investment named by no word of price stays the seller's own."""
    x = run(extractor, "Vonovia verkauft Wohnungen an Allianz. Zudem will Vonovia 1 Milliarde Euro "
            "in Neubauten investieren.", headline="Vonovia-Aktie")
    paid = [(f.about, f.metric) for f in x.figures if f.value == Decimal("1000000000")]
    assert paid == [("Vonovia", "Investment")]


# --- a seat compound on the article's company ---------------------------------------------------


def test_city_in_a_region_of_the_companys_country_is_its_seat(extractor: Extractor) -> None:
    """The catalogue seats Coinbase only in the United States and puts San Francisco in
    California, which lies in the United States."""
    x = run(extractor, "Coinbase reported higher revenue. The San Francisco-based company will "
            "spend about $1 billion.", lang="en", headline="Coinbase quarterly revenue beats")
    assert ("Coinbase", "locatedIn", "San Francisco") in triples(x)


def test_city_outside_the_companys_country_is_no_seat(extractor: Extractor) -> None:
    """Look-alike: a city in another country seats no company the catalogue puts elsewhere."""
    x = run(extractor, "Coinbase reported higher revenue. The Munich-based company will spend "
            "about $1 billion.", lang="en", headline="Coinbase quarterly revenue beats")
    assert not any(p == "locatedIn" for _, p, _ in triples(x))


def test_chip_designer_noun_with_a_seat_means_the_articles_company(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings reported higher revenue on Thursday. The Cambridge-based chip "
            "designer, which is about 90% owned by SoftBank Group, forecast more revenue.",
            lang="en", headline="Arm results")
    found = triples(x)
    assert ("Arm Holdings", "locatedIn", "Cambridge") in found
    assert ("SoftBank Group", "locatedIn", "Cambridge") not in found


# --- "das im SDax notierte Unternehmen" ---------------------------------------------------------


def test_listed_company_noun_with_a_seat_means_the_articles_company(extractor: Extractor) -> None:
    x = run(extractor, "Der Baumaschinenhersteller Wacker Neuson hat seine Jahresziele gekappt. Das "
            "Ergebnis werde sinken, teilte das im SDax notierte Unternehmen aus München am "
            "Donnerstagabend mit.", headline="Wacker Neuson senkt Prognose")
    found = triples(x)
    assert ("Wacker Neuson", "locatedIn", "Munich") in found
    assert ("Wacker Neuson", "memberOf", "SDAX") in found


def test_index_phrase_without_a_listing_participle_makes_no_reference(
        extractor: Extractor) -> None:
    """Look-alike: "das im SDax stärkste Unternehmen aus München" is no phrase of listing; the
    noun after it is not read as the article's company seated there."""
    x = run(extractor, "Der Baumaschinenhersteller Wacker Neuson hat seine Jahresziele gekappt. "
            "Gewinner war das im SDax stärkste Unternehmen aus München.",
            headline="Wacker Neuson senkt Prognose")
    assert ("Wacker Neuson", "locatedIn", "Munich") not in triples(x)


# --- the ratings "market perform" and "perform" ---------------------------------------------------


def test_market_perform_rating_before_a_target_is_no_market_subject(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings reported higher revenue. Analysts at Bernstein upgraded the "
            "stock to \"outperform\" from \"market perform\" and raised their price target to $210 "
            "from $150.", lang="en", headline="Arm results")
    targets = [(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"]
    assert ("Arm Holdings", Decimal("210"), "Bernstein") in targets


def test_the_market_as_subject_still_keeps_its_move(extractor: Extractor) -> None:
    """Look-alike: "while the market fell 1.2%" is the market's move, not the company's."""
    x = run(extractor, "Arm Holdings shares rose 3% on Friday, while the market fell 1.2%.",
            lang="en", headline="Arm results")
    facts = figure_facts(x)
    assert ("Arm Holdings", "StockPriceChange", Decimal("3"), "Percent") in facts
    assert not any(f.value in (Decimal("1.2"), Decimal("-1.2")) for f in x.figures)


def test_quoted_perform_is_a_rating(extractor: Extractor) -> None:
    x = run(extractor, "Coinbase reported higher revenue. Oppenheimer cut its rating on Coinbase to "
            "\"perform\" from \"outperform\".", lang="en", headline="Coinbase results")
    assert ("Oppenheimer", "Coinbase", "perform") in {(r.by, r.about, r.rating) for r in x.ratings}


def test_perform_as_a_verb_is_no_rating(extractor: Extractor) -> None:
    """Look-alike: the verb unquoted rates nothing."""
    x = run(extractor, "Coinbase reported higher revenue. Oppenheimer said the shares would perform "
            "well.", lang="en", headline="Coinbase results")
    assert not x.ratings


# --- "Im Vorjahr waren es …" ---------------------------------------------------------------------


def test_year_before_with_no_metric_word_continues_the_figure_told(extractor: Extractor) -> None:
    x = run(extractor, "Der Baumaschinenhersteller Wacker Neuson hat seine Jahresziele gekappt. Das "
            "Ebitda werde 2026 nur noch zwischen 210 und 240 Millionen Euro liegen, teilte das "
            "Unternehmen mit. Im Vorjahr waren es 289 Millionen Euro gewesen.",
            headline="Wacker Neuson senkt Prognose")
    before = [(f.about, f.metric, f.period, f.status) for f in x.figures
              if f.value == Decimal("289000000")]
    assert before == [("Wacker Neuson", "Profit", "2025", "Reported")]


def test_year_before_in_english_continues_the_figure_told(extractor: Extractor) -> None:
    x = run(extractor, "BAE Systems expects revenue of 30 billion pounds in 2026. A year earlier it "
            "was 28 billion pounds.", lang="en", headline="BAE Systems outlook")
    before = [(f.about, f.metric, f.period) for f in x.figures if f.value == Decimal("28000000000")]
    assert before == [("BAE Systems", "Revenue", "2025")]


def test_year_before_with_no_figure_told_gives_nothing(extractor: Extractor) -> None:
    """Look-alike: with no figure of a year just told, the amount's metric is unknown."""
    x = run(extractor, "Wacker Neuson hat seine Jahresziele gekappt. Im Vorjahr waren es 289 "
            "Millionen Euro gewesen.", headline="Wacker Neuson senkt Prognose")
    assert not any(f.value == Decimal("289000000") for f in x.figures)


def test_year_before_of_a_count_gives_nothing(extractor: Extractor) -> None:
    """Look-alike: a count after the year before ("waren es 1.200 Mitarbeiter") is no
    amount of the figure told (the staff count is read as such)."""
    x = run(extractor, "Das Ebitda werde 2026 bei 240 Millionen Euro liegen, teilte Wacker Neuson "
            "mit. Im Vorjahr waren es 1.200 Mitarbeiter gewesen.", headline="Wacker Neuson")
    assert not any(f.value == Decimal("1200") and f.metric == "Profit" for f in x.figures)
