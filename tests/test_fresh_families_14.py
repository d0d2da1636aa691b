"""Entity and reference families that hold in any article, on sentences written for
these tests (invented companies and events beside catalogued ones): a ticker in
brackets after a dash between clauses ("(Wire) - Medtronic Plc (MDT.N)") is read
without error; a town whose name joins capitalised words by a hyphen is named whole
after a seat cue ("Der Konzern aus Villingen-Schwenningen"), a district the city list
does not hold names its city ("aus Stuttgart-Zuffenhausen"); a reference marked with a
seat where the catalogue seats the antecedent elsewhere ("Shares of the Fremont,
California-based company" after a German buyer) means the one company just named
that the catalogue places nowhere else, and no one where two could be meant; a German
brand after "Marke" ("unter der Marke Zestro") is a product, the threshold "die Marke
von 25.000 Punkten" none; the short name of a company the catalogue keeps with its
legal form names it where a market report ranks it among the movers ("Fresnillo was
the top gainer"), not where it is ranked as a place. Each with a look-alike where nothing (or something else) may
be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import _defines_abbreviation
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- a ticker in brackets after a dash between clauses ---------------------------

def test_a_dash_before_the_words_of_a_bracket_is_no_word() -> None:
    text = "Dec 1 (Wire) - Medtronic Plc (MDT)"
    assert _defines_abbreviation(text, text.rindex("("), "MDT") is False


def test_a_bracket_spelling_out_the_words_before_it_still_abbreviates_them() -> None:
    text = "spending on high-bandwidth memory (HBM)"
    assert _defines_abbreviation(text, text.rindex("("), "HBM") is True


def test_an_article_with_a_ticker_after_a_dateline_dash_is_read(extractor: Extractor) -> None:
    x = run(extractor, "Dec 1 (Wire) - Medtronic Plc (MDT.N) on Tuesday raised its annual "
                       "forecast. Medtronic shares rose 3%.",
            lang="en", headline="Device maker lifts outlook")
    assert kinds(x).get("Medtronic") == "Company"
    assert ("Medtronic", "StockPriceChange", Decimal("3"), "Percent") in figure_facts(x)


# --- a hyphenated town after a seat cue ------------------------------------------

def test_a_hyphenated_town_is_named_whole(extractor: Extractor) -> None:
    # a company the catalogue seats only in its country
    x = run(extractor, "Der Spezialchemiekonzern Evonik senkt seine Prognose. Der Konzern aus "
                       "Villingen-Schwenningen erwartet weniger Umsatz.")
    assert kinds(x).get("Villingen-Schwenningen") == "Place"
    assert "Villingen" not in kinds(x)
    assert ("Evonik Industries", "locatedIn", "Villingen-Schwenningen") in triples(x)


def test_a_district_the_city_list_does_not_hold_names_its_city(extractor: Extractor) -> None:
    x = run(extractor, "Der Autobauer Porsche mit Sitz in Stuttgart-Zuffenhausen erwartet "
                       "weniger Umsatz.")
    assert ("Porsche", "locatedIn", "Stuttgart") in triples(x)


def test_a_seat_compound_in_lower_case_stays_outside_the_town(extractor: Extractor) -> None:
    x = run(extractor, "Micron raised its forecast. The Boise, Idaho-based company expects "
                       "higher sales.", lang="en", headline="Chipmaker lifts outlook")
    assert ("Micron Technology", "locatedIn", "Boise") in triples(x)


# --- a seated reference the antecedent cannot be ---------------------------------

BID = ("Siemens agreed to buy Voltrix Systems for $40 per share in cash. Voltrix's board "
       "backed the offer. Siemens said the deal would add to earnings in the second year. ")


def test_a_seated_reference_means_the_one_unplaced_company(extractor: Extractor) -> None:
    x = run(extractor, BID + "Shares of the Fremont, California-based company jumped 20% in "
                             "premarket trading, while Siemens fell 1%.",
            lang="en", headline="Siemens makes a bid")
    assert ("Voltrix Systems", "locatedIn", "Fremont") in triples(x)
    facts = figure_facts(x)
    assert ("Voltrix Systems", "StockPriceChange", Decimal("20"), "Percent") in facts
    assert ("Siemens", "StockPriceChange", Decimal("20"), "Percent") not in facts
    assert ("Siemens", "StockPriceChange", Decimal("-1"), "Percent") in facts


def test_a_seated_reference_with_two_unplaced_companies_means_neither(
        extractor: Extractor) -> None:
    x = run(extractor, "Siemens agreed to buy Voltrix Systems and Quellon Labs for $40 per "
                       "share in cash. The boards backed the offer. Siemens said the deal "
                       "would add to earnings. Shares of the Fremont, California-based company "
                       "jumped 20% in premarket trading.",
            lang="en", headline="Siemens makes a bid")
    seats = {t for t in triples(x) if t[1] == "locatedIn" and t[2] == "Fremont"}
    assert seats == set()


def test_a_seated_reference_the_antecedent_fits_stays_with_it(extractor: Extractor) -> None:
    x = run(extractor, "Micron agreed to buy Voltrix Systems. Micron said the deal would add "
                       "to earnings. The Boise, Idaho-based company expects higher sales.",
            lang="en", headline="Micron makes a bid")
    assert ("Micron Technology", "locatedIn", "Boise") in triples(x)
    assert ("Voltrix Systems", "locatedIn", "Boise") not in triples(x)


# --- a German brand after "Marke" -------------------------------------------------

def test_a_name_after_marke_is_a_product(extractor: Extractor) -> None:
    x = run(extractor, "Meituan expandiert unter der Marke Zestro nach Chile.")
    assert kinds(x).get("Zestro") == "Product"


def test_the_threshold_marke_names_no_product(extractor: Extractor) -> None:
    x = run(extractor, "Der Dax übersprang die Marke von 25.000 Punkten. Die Marke Ende Juni "
                       "zu halten, gilt als schwer.")
    assert not any(kind == "Product" for kind in kinds(x).values())


# --- a short name ranked among a market report's movers ---------------------------

def test_a_short_name_ranked_as_top_gainer_names_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Fresnillo was the top gainer, jumping 5.1% to 2,250p after the miner "
                       "lifted its output goal.", lang="en", headline="London close")
    assert kinds(x).get("Fresnillo plc") == "Company"
    assert ("Fresnillo plc", "StockPriceChange", Decimal("5.1"), "Percent") in figure_facts(x)


def test_a_short_name_ranked_as_anything_else_names_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Fresnillo was the top destination for visitors to the region last "
                       "year.", lang="en", headline="Travel")
    assert "Fresnillo plc" not in kinds(x)


# --- a share named with its index, traded on an exchange ---------------------------

def test_a_share_named_with_its_index_is_listed_where_it_trades(extractor: Extractor) -> None:
    x = run(extractor, "Der Anlagenbauer Dürr senkt die Prognose. Die im MDax notierte Aktie "
                       "fiel auf Xetra um 9 Prozent.")
    assert ("Dürr", "listedOn", "Xetra") in triples(x)
    assert ("Dürr", "memberOf", "MDAX") in triples(x)


def test_a_share_with_its_index_after_a_lead_with_a_colon(extractor: Extractor) -> None:
    x = run(extractor, "Der Anlagenbauer Dürr senkt die Prognose. Anleger reagierten "
                       "enttäuscht: Das im SDax gelistete Papier verlor auf Xetra 3 Prozent.")
    assert ("Dürr", "listedOn", "Xetra") in triples(x)


def test_the_shares_of_an_index_are_the_markets_not_one_companys(extractor: Extractor) -> None:
    x = run(extractor, "Der Anlagenbauer Dürr senkt die Prognose. Anleger reagierten "
                       "enttäuscht: Die im MDax notierten Aktien fielen auf Xetra im Schnitt "
                       "um 2 Prozent.")
    assert ("Dürr", "listedOn", "Xetra") not in triples(x)


# --- rivals after "dem harten Wettbewerb mit" ---------------------------------------

def test_rivals_after_a_competition_noun_with_an_article(extractor: Extractor) -> None:
    x = run(extractor, "Meituan litt im Sommer unter dem scharfen Wettbewerb mit JD.com und "
                       "Alibaba.")
    assert ("Meituan", "competitorOf", "JD.com") in triples(x)
    assert ("Meituan", "competitorOf", "Alibaba Group") in triples(x)


def test_competition_with_no_company_after_it_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Die Behörde prüft Meituan. Sie sorgt sich um den fairen Wettbewerb mit "
                       "Blick auf die Händler in Peking.")
    assert not any(t[1] == "competitorOf" for t in triples(x))
