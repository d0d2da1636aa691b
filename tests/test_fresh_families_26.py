"""Families of construction that hold in any article, on sentences written for
these tests: a bank noun a house's rating verb governs ("Berenberg stufte das
Geldhaus hoch") means the bank named before, never the house; an analyst who
writes of a rated bank works for the house that rated it; a country is no
trading venue by way of a futures exchange seated there; a time zone after a
clock time ("11:20 AM HKT") names no company of that spelling. Each with a
look-alike where the old reading must stay."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, labels, run, triples

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor
from kg.nlp.figures import _label_colon
from kg.nlp.quantities import clock_zones
from kg.nlp.relations import main_exchanges

# --- a bank noun governed by a house's rating verb ------------------------------------


def test_bank_noun_after_a_rating_verb_means_the_bank_named_before(extractor: Extractor) -> None:
    x = run(extractor, "Für Rheinmetall senkte Bernstein das Kursziel auf 1.850 Euro. "
            "Bei den Banken richtet sich der Blick auf die Commerzbank. "
            "Die Privatbank Berenberg stufte das Geldhaus von \"Sell\" auf \"Hold\" hoch "
            "und hob das Kursziel von 24 auf 33 Euro.", headline="Analysten im Fokus")
    ratings = {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("Berenberg", "Commerzbank", "Hold") in ratings
    assert not any(r.by == "Berenberg" and r.about == "Rheinmetall" for r in x.ratings)
    facts = figure_facts(x)
    assert ("Commerzbank", "PriceTarget", Decimal("33"), "EUR") in facts
    assert ("Rheinmetall", "PriceTarget", Decimal("33"), "EUR") not in facts
    assert ("Berenberg", "covers", "Commerzbank") in triples(x)


def test_english_lender_after_a_rating_verb_means_the_bank_named_before(
        extractor: Extractor) -> None:
    x = run(extractor, "Investors also watched Barclays. Berenberg upgraded the lender to "
            "\"buy\" from \"hold\".", lang="en", headline="Bank stocks")
    assert ("Berenberg", "Barclays", "buy") in {(r.by, r.about, r.rating) for r in x.ratings}


def test_bank_noun_far_after_the_verb_may_still_mean_the_house(extractor: Extractor) -> None:
    """Look-alike: "Berenberg stufte … hoch, das Geldhaus erwartet …" sets the noun apart
    from the verb by a comma; there it is the house itself, which may speak of itself."""
    x = run(extractor, "Berenberg stufte Adidas auf \"Buy\" hoch, das Geldhaus setzte das "
            "Kursziel auf 255 Euro.", headline="Adidas")
    assert ("Berenberg", "Adidas", "Buy") in {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("Adidas", "PriceTarget", Decimal("255"), "EUR") in figure_facts(x)


# --- the analyst who writes of a rated bank -------------------------------------------


def test_analyst_writing_of_a_rated_bank_works_for_the_house(extractor: Extractor) -> None:
    x = run(extractor, "Die Privatbank Berenberg stufte die Commerzbank von \"Sell\" auf "
            "\"Hold\" hoch. Die Bank profitiere länger als gedacht vom hohen Zinsniveau, "
            "schrieb Analyst Eoin Mullany.", headline="Commerzbank hochgestuft")
    found = triples(x)
    assert ("Eoin Mullany", "worksFor", "Berenberg") in found
    assert ("Eoin Mullany", "worksFor", "Commerzbank") not in found


def test_analyst_of_the_house_named_just_before_keeps_it(extractor: Extractor) -> None:
    """Look-alike: with no bank rated, the analyst belongs to the house named before."""
    x = run(extractor, "Die Privatbank Berenberg hob das Kursziel für Adidas auf 255 Euro. "
            "Das Geschäft ziehe wieder an, schrieb Analyst Eoin Mullany.", headline="Adidas")
    assert ("Eoin Mullany", "worksFor", "Berenberg") in triples(x)


# --- a country as trading venue -------------------------------------------------------


def test_country_with_exchange_cities_has_no_main_exchange_by_a_futures_exchange() -> None:
    found = main_exchanges(load_catalogue())
    assert found.get("China") is None
    assert found.get("Japan") is None
    # look-alikes: cities keep their main exchange; a city-state is its own market
    assert found.get("Shanghai") == "Shanghai Stock Exchange"
    assert found.get("Tokyo") == "Tokyo Stock Exchange"
    assert found.get("Singapore") == "Singapore Exchange"


def test_share_headline_naming_a_country_lists_no_exchange(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern verkaufte im November weniger Autos.",
            headline="Tesla-Aktie: Schwacher November in China")
    assert not any(r.predicate == "listedOn" for r in x.relations)


def test_shares_traded_in_a_city_keep_its_exchange(extractor: Extractor) -> None:
    """Look-alike: a city named where the shares moved is their venue."""
    x = run(extractor, "In Hongkong gehandelte Xiaomi-Aktien stiegen um 3,8 Prozent.",
            headline="Xiaomi-Aktie")
    assert ("Xiaomi", "listedOn", "Hong Kong Stock Exchange") in triples(x)


# --- a time zone after a clock time ---------------------------------------------------


def test_clock_zones_are_the_words_after_a_time() -> None:
    text = "Markets | December 2, 2026 | 11:20 AM HKT | 8:02 AM EDT"
    assert [text[s:e] for s, e in clock_zones(text)] == ["HKT", "EDT"]
    # look-alike: the abbreviation with no time before it is no zone
    assert clock_zones("HKT reported higher revenue.") == []


def test_time_zone_in_a_dateline_names_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Markets | December 2, 2026 | 11:20 AM HKT\nXiaomi shares rose 4.1%.",
            lang="en", headline="Xiaomi shares climb")
    assert "HKT Trust" not in labels(x)


def test_company_of_a_zone_s_spelling_is_found_in_prose(extractor: Extractor) -> None:
    """Look-alike: the same letters as a company's name in a sentence stay the company."""
    x = run(extractor, "Telecom operator HKT reported higher revenue on Tuesday.", lang="en",
            headline="HKT results")
    assert "HKT Trust" in labels(x)


# --- a round named as "The round was led by", backers joined by "as did" -----------------


def test_backers_after_a_led_round_invest_in_the_raising_company(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI said it had raised 2.1 billion euros in a funding round. "
            "The round was led by ASML. Nvidia and General Catalyst also took part, as did "
            "French state investment bank Bpifrance.", lang="en",
            headline="Mistral AI raises money")
    found = triples(x)
    for backer in ("Nvidia", "General Catalyst", "Bpifrance"):
        assert (backer, "investsIn", "Mistral AI") in found


def test_also_took_part_without_a_round_gives_no_stake(extractor: Extractor) -> None:
    """Look-alike: a round of golf or talks led by someone is no funding round."""
    x = run(extractor, "Mistral AI hosted a summit in Paris. The talks were led by Arthur "
            "Mensch. Nvidia and General Catalyst also took part, as did Bpifrance.", lang="en",
            headline="Mistral AI summit")
    assert not any(r.predicate == "investsIn" for r in x.relations)


# --- a labelled cell of a stock box ---------------------------------------------------


def test_labelled_price_in_a_cell_of_a_stock_box_is_the_share_s(extractor: Extractor) -> None:
    x = run(extractor, "Tesla Inc. | WKN: A1CX3T | ISIN: US88160R1014 | Kurs: 318,50 EUR "
            "(-2,7 %)\nDer Elektroautobauer Tesla hat weniger Autos ausgeliefert.",
            headline="Tesla-Aktie: Schwacher November")
    facts = figure_facts(x)
    assert ("Tesla", "SharePrice", Decimal("318.50"), "EUR") in facts
    assert ("Tesla", "StockPriceChange", Decimal("-2.7"), "Percent") in facts


def test_label_colon_opens_a_cell_after_a_bar_only() -> None:
    """Look-alike: a colon after words inside prose ends the clause before it; only a label
    that opens the line or a cell after a bar names the number after it."""
    boxed = "Tesla Inc. | WKN: A1CX3T | Kurs: 318,50 EUR"
    assert _label_colon(boxed, boxed.index(": 318"))
    prose = "Tesla meldete am Dienstag einen neuen Kurs: 318,50 EUR"
    assert not _label_colon(prose, prose.index(": 318"))


# --- a stake taken "sich … gesichert" -------------------------------------------------


def test_share_of_the_stock_secured_is_a_stake_in_the_article_s_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Der Finanzinvestor KKR will den Zulieferer Stratec übernehmen. "
            "KKR selbst hat sich über die Börse bereits 9,9 Prozent der Anteile gesichert.",
            headline="Stratec: KKR bietet 48 Euro je Aktie")
    assert ("KKR", "investsIn", "Stratec") in triples(x)


def test_a_secured_loan_is_no_stake(extractor: Extractor) -> None:
    """Look-alike: a share of something else than the stock secured is no holding."""
    x = run(extractor, "Stratec will wachsen. Die Deutsche Bank hat sich 9,9 Prozent "
            "Zinsen gesichert.", headline="Stratec")
    assert ("Deutsche Bank", "investsIn", "Stratec") not in triples(x)


# --- "ist X der härteste Wettbewerber" ------------------------------------------------


def test_superlative_rival_closing_its_clause_is_the_article_company_s(
        extractor: Extractor) -> None:
    x = run(extractor, "Tesla hat im November weniger Autos verkauft. In Europa ist Volkswagen "
            "der härteste Wettbewerber: Der Konzern verkaufte mehr Elektroautos.",
            headline="Tesla-Aktie: Schwacher November")
    assert ("Volkswagen", "competitorOf", "Tesla") in triples(x) \
        or ("Tesla", "competitorOf", "Volkswagen") in triples(x)


def test_superlative_rival_of_a_named_company_stays_that_company_s(extractor: Extractor) -> None:
    """Look-alike: "der größte Konkurrent von BYD" names whose rival it is."""
    x = run(extractor, "Tesla hat im November weniger Autos verkauft. Volkswagen ist der "
            "größte Konkurrent von BYD.", headline="Tesla-Aktie: Schwacher November")
    found = triples(x)
    assert ("Volkswagen", "competitorOf", "Tesla") not in found
    assert ("Tesla", "competitorOf", "Volkswagen") not in found


# --- "to exceed", "crossed" before an amount ------------------------------------------


def test_amount_to_exceed_is_at_least(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI expects revenue to exceed 1 billion euros next year.",
            lang="en", headline="Mistral AI outlook")
    found = [f for f in x.figures if f.metric == "Revenue" and f.value == Decimal("1000000000")]
    assert found and found[0].qualifier == "AtLeast"


def test_amount_after_an_estimate_it_exceeded_stays_exact(extractor: Extractor) -> None:
    """Look-alike: the verb qualifies only the amount right after it, not an estimate's."""
    x = run(extractor, "Mistral AI said revenue exceeded the analysts' estimate of 1 billion "
            "euros.", lang="en", headline="Mistral AI results")
    assert all(f.qualifier == "Exact" for f in x.figures if f.value == Decimal("1000000000"))
