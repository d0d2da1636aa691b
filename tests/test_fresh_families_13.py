"""Entity families that hold in any article, on sentences written for these tests
(invented people and events beside catalogued companies and places): a company the
catalogue keeps with its legal form ("Target Corporation") is named by its short
name where a news lead gives it a day and an act ("Target on Wednesday cut its
outlook"), and the article's other uses of that short name follow; a listed city
named by a seat cue holds the catalogued place its last words name ("the North
Chicago, Illinois-based drugmaker" is seated in North Chicago, not in Chicago), and
such a reference means the company where the region it names holds the company's
seat; a
multi-word index name ending in "Index" is found with the generic word in lower
case ("the Philadelphia SE Semiconductor index"); Rome's German name "Rom" names
it, as the catalogue's other European capitals are named in German. A code of
capitals, a hyphen and a digit after a drug or radar noun ("des Radars QRX-7M") is a
product, also where it opens with its developer's ticker; a drug described as a pill
is one, but "X, a chip maker" is no chip. A city after a company noun and "aus"
seats the company ("Der Mobilfunkanbieter aus Rendsburg"), and there a word with a
town name's ending is a town the city list is too short to hold. Each with a
look-alike where nothing (or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- a short name opening a news lead with a day and an act -----------------------

def test_a_short_name_with_a_day_and_an_act_names_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Target on Thursday lowered its forecast for the holiday quarter. "
                       "Target shares fell 4% to $91.50 in extended trading.",
            lang="en", headline="Retailer trims outlook")
    assert kinds(x).get("Target Corporation") == "Company"
    assert ("Target Corporation", "StockPriceChange", Decimal("-4"), "Percent") in figure_facts(x)


def test_a_short_name_with_a_day_but_no_act_names_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Target on Monday was the word traders used most, as the index hit its "
                       "goal. Research on Tuesday showed that shoppers spent less.",
            lang="en", headline="Markets")
    assert "Target Corporation" not in kinds(x)
    assert not any(kind == "Company" for kind in kinds(x).values())


# --- a listed city holding a catalogued place ---------------------------------------

def test_a_listed_city_holds_the_place_its_last_words_name(extractor: Extractor) -> None:
    x = run(extractor, "AbbVie raised its dividend. The North Chicago, Illinois-based "
                       "drugmaker raised its quarterly dividend to $1.80 a share.",
            lang="en", headline="Drugmaker lifts payout")
    assert ("AbbVie", "locatedIn", "North Chicago") in triples(x)
    assert "Chicago" not in kinds(x)


def test_a_catalogued_place_a_seat_cue_names_whole_stays(extractor: Extractor) -> None:
    x = run(extractor, "AbbVie raised its dividend. The Chicago-based drugmaker now pays "
                       "$1.80 a share.",
            lang="en", headline="Drugmaker lifts payout")
    assert kinds(x).get("Chicago") == "Place"
    assert "North Chicago" not in kinds(x)


def test_a_reference_seated_in_a_listed_town_and_a_region_means_the_company(
        extractor: Extractor) -> None:
    x = run(extractor, "AbbVie raised its dividend. The North Chicago, Illinois-based "
                       "drugmaker raised its quarterly dividend to $1.80 per share.",
            lang="en", headline="Drugmaker lifts payout")
    assert ("AbbVie", "Dividend", Decimal("1.8"), "USD") in figure_facts(x)


def test_a_reference_seated_in_another_region_is_not_the_company(extractor: Extractor) -> None:
    x = run(extractor, "SAP raised its outlook. The Boise, Idaho-based software maker raised its "
                       "quarterly dividend to $1.80 per share.",
            lang="en", headline="Software")
    assert not any(about == "SAP" for about, *_ in figure_facts(x))


# --- an index name with its generic word in lower case ------------------------------

def test_an_index_name_with_the_generic_word_in_lower_case(extractor: Extractor) -> None:
    x = run(extractor, "Chip stocks fell broadly. The Philadelphia SE Semiconductor index "
                       "lost 1.7%.",
            lang="en", headline="Chip stocks slide")
    assert kinds(x).get("Philadelphia Semiconductor Index") == "MarketIndex"
    assert "Philadelphia" not in kinds(x)


def test_the_city_of_an_index_s_name_alone_stays_a_place(extractor: Extractor) -> None:
    x = run(extractor, "Comcast, which is based in Philadelphia, said its index of new "
                       "subscribers rose.",
            lang="en", headline="Cable company grows")
    assert kinds(x).get("Philadelphia") == "Place"
    assert "Philadelphia Semiconductor Index" not in kinds(x)


# --- German names of European capitals ----------------------------------------------

def test_rome_s_german_name_names_it(extractor: Extractor) -> None:
    x = run(extractor, "Der Versorger Enel mit Sitz in Rom erhöht die Dividende.",
            headline="Enel erhöht die Dividende")
    assert kinds(x).get("Rome") == "Place"
    assert ("Enel", "locatedIn", "Rome") in triples(x)


def test_rom_as_the_end_of_a_compound_is_no_city(extractor: Extractor) -> None:
    x = run(extractor, "Der Hersteller verkauft kein CD-Rom-Laufwerk mehr und kein CD-Rom.",
            headline="Technik")
    assert "Rome" not in kinds(x)


# --- products with code-like names ---------------------------------------------------

def test_a_code_after_a_drug_noun_names_a_product(extractor: Extractor) -> None:
    x = run(extractor, "Evotec meldete Daten zu seinem Wirkstoffkandidaten EVT-512 gegen "
                       "Leberleiden. Die Armee bestellte zwei Exemplare des Küstenradars QRX-7M.",
            headline="Studiendaten")
    assert kinds(x).get("EVT-512") == "Product"
    assert kinds(x).get("QRX-7M") == "Product"


def test_a_year_code_or_a_code_after_another_noun_is_no_product(extractor: Extractor) -> None:
    x = run(extractor, "Die Kommission fördert das Radar EU-2030 nicht mehr. "
                       "Die Klasse ABC-12 des Herstellers wurde eingestellt.",
            headline="Förderung")
    assert not any(kind == "Product" for kind in kinds(x).values())


def test_a_drug_described_as_a_pill_is_a_product(extractor: Extractor) -> None:
    x = run(extractor, "Merck paid $300 million for the rights to ZX-310, an oral weight-loss "
                       "pill that a small lab developed.",
            lang="en", headline="Deal")
    assert kinds(x).get("ZX-310") == "Product"


def test_a_name_described_as_a_maker_of_a_product_is_no_product(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Zentrix, a chip maker, rose. Investors also bought "
                       "Pellora, a pill manufacturer from Ohio.",
            lang="en", headline="Movers")
    assert kinds(x).get("Zentrix") != "Product"  # a maker described so is a company, if anything
    assert kinds(x).get("Pellora") != "Product"


# --- a town after a company noun and "aus" -------------------------------------------

def test_a_listed_city_after_a_company_noun_seats_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Freenet erhöht die Dividende. Der Mobilfunkanbieter aus Büdelsdorf "
                       "zahlt 2 Euro je Aktie.",
            headline="Freenet erhöht die Dividende")
    assert ("Freenet", "locatedIn", "Büdelsdorf") in triples(x)


def test_a_small_town_after_a_company_noun_is_told_by_its_ending(extractor: Extractor) -> None:
    # a company the catalogue seats only in its country
    x = run(extractor, "Thyssenkrupp erhöht die Dividende. Der Industriekonzern aus Kleinhausdorf "
                       "zahlt 2 Euro je Aktie.",
            headline="Thyssenkrupp erhöht die Dividende")
    assert kinds(x).get("Kleinhausdorf") == "Place"
    assert ("Thyssenkrupp", "locatedIn", "Kleinhausdorf") in triples(x)


def test_a_word_after_aus_without_a_town_s_ending_or_noun_is_no_town(
        extractor: Extractor) -> None:
    x = run(extractor, "Freenet erhöht die Dividende. Der Mobilfunkanbieter aus Überzeugung "
                       "zahlt viel. Die Nachfrage aus Kleinhausdorf steigt.",
            headline="Freenet erhöht die Dividende")
    assert not any(kind == "Place" for kind in kinds(x).values())
