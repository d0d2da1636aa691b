"""Entity, people, reference and cleaning families that hold in any article, on
sentences written for these tests (invented people beside catalogued companies):
a catalogued company of two words named again by its first word where only names
are capitalised ("Astera" after "Astera Labs"), not where the text writes that
word small or nouns are capitalised too; the people of a country or a city as a
company ("die Südkoreaner"), not as an adjective before a noun nor where no
company of the article is seated there, while a city's people stay the city; a source cited ("Laut
Marktforscher X") is no subject the next sentence's figures fall to; the owner of
the shares a sentence of a market report speaks of ("die Titel von X") is its
subject, which a reference after it means, not a name after another subject; a
city compound before a reference ("the Indianapolis-based company") seats the
company the catalogue puts in that city's country, not one seated elsewhere, nor
a region after a city seat; a title after
a separable verb's particle and an adverb of the present ("tritt X an, bislang
Finanzchefin …"), not where no title follows; a caption closed by "Name | Agency"
and a byline with a handle are page furniture. Each with a look-alike where
nothing (or something else) may be found."""

from __future__ import annotations

from helpers import figure_facts, run, triples

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


def abouts(x: Extraction) -> set[str]:
    return {about for about, _, _, _ in figure_facts(x)}


# --- a catalogued company named again by its first word ----------------------------

def test_first_word_of_a_catalogued_name_printed_in_full_names_it(extractor: Extractor) -> None:
    x = run(extractor, "Astera Labs reported record sales on Tuesday. "
                       "Astera competes with Broadcom for switch sockets.",
            lang="en", headline="Chip stocks climb")
    assert ("Astera Labs", "competitorOf", "Broadcom") in triples(x)


def test_first_word_the_text_writes_small_names_nothing(extractor: Extractor) -> None:
    # "dollar" is printed in lower case: the capitalised word opening a sentence is no name
    x = run(extractor, "Dollar Tree cut its forecast as the dollar rose. Dollar strength "
                       "hurt exporters.",
            lang="en", headline="Retailers slide")
    assert all("Dollar" not in e.aliases for e in x.entities)


def test_first_word_in_a_language_that_capitalises_nouns_names_nothing(
        extractor: Extractor) -> None:
    # where nouns are capitalised, "Dollar" is the currency however the text prints it
    x = run(extractor, "Die Aktie von Dollar Tree fiel. Der Dollar verlor 2 Prozent.",
            headline="Devisen")
    assert ("Dollar Tree", "StockPriceChange") not in {(a, m) for a, m, _, _ in figure_facts(x)}


# --- the people of a country or a city --------------------------------

def test_people_of_a_country_name_the_company_seated_there(extractor: Extractor) -> None:
    x = run(extractor, "SK Hynix liefert Speicher an Nvidia. Laut Marktforscher TrendForce kommen "
                       "die Südkoreaner bei HBM auf einen Weltmarktanteil von 57 Prozent. Im dritten "
                       "Quartal stieg der Umsatz um 39 Prozent.",
            headline="Speicherchips gefragt")
    facts = figure_facts(x)
    assert any(a == "SK Hynix" and m == "MarketShare" for a, m, _, _ in facts)
    assert any(a == "SK Hynix" and m == "RevenueGrowth" for a, m, _, _ in facts)
    assert "TrendForce" not in abouts(x)  # the source cited is no subject of the figures


def test_people_of_a_city_stay_the_city(extractor: Extractor) -> None:
    # the catalogue reads a city's people as the city: the company's seat is kept
    x = run(extractor, "Mercedes-Benz meldet Zahlen. Dazu hält das Management der Stuttgarter "
                       "an seinen Zielen fest.",
            headline="Autobauer")
    assert kinds(x).get("Stuttgart") == "Place"


def test_people_word_before_a_name_is_no_company(extractor: Extractor) -> None:
    # "den Japaner Kenji Sato": one of the people, named next
    x = run(extractor, "Toyota ernannte den Japaner Kenji Sato zum Finanzchef.",
            headline="Autobauer")
    assert all("Japaner" not in e.aliases for e in x.entities)


def test_people_of_a_country_where_no_company_is_seated_name_no_one(
        extractor: Extractor) -> None:
    x = run(extractor, "BASF senkt die Prognose. Die Amerikaner erheben Zölle von 15 Prozent "
                       "auf Chemikalien.",
            headline="BASF unter Druck")
    assert all("Amerikaner" not in e.aliases for e in x.entities)


# --- the owner of the shares a market report's sentence speaks of -----------------

def test_owner_of_the_shares_is_the_subject_a_reference_means(extractor: Extractor) -> None:
    x = run(extractor, "Infineon stieg um 5 Prozent. Schwächster Dax-Wert waren die Titel von "
                       "Vonovia mit einem Abschlag von 3,4 Prozent. Die britische Bank Barclays "
                       "senkte den Wohnimmobilienkonzern auf \"Equal Weight\" ab.",
            headline="Dax im Plus")
    assert ("Barclays", "covers", "Vonovia") in triples(x)
    assert ("Barclays", "covers", "Infineon Technologies") not in triples(x)


def test_owner_of_the_stakes_is_the_subject_a_reference_means(extractor: Extractor) -> None:
    x = run(extractor, "Infineon stieg um 5 Prozent. Im MDax verteuerten sich die Anteile von "
                       "Hensoldt um 4,0 Prozent. Der Rüstungselektronikspezialist hatte einen "
                       "Auftrag im Wert von 600 Millionen Euro erhalten.",
            headline="Dax im Plus")
    assert "Infineon Technologies" not in {a for a, m, _, _ in figure_facts(x) if m == "Other"}


def test_shares_of_a_name_after_another_subject_are_no_subject(extractor: Extractor) -> None:
    x = run(extractor, "Infineon stieg um 5 Prozent. Siemens gewann stärker als die Titel von "
                       "Vonovia. Die britische Bank Barclays senkte den Konzern auf "
                       "\"Equal Weight\" ab.",
            headline="Dax im Plus")
    assert ("Barclays", "covers", "Vonovia") not in triples(x)


# --- a city compound before a reference to a company seated in that city's country -----

def test_city_compound_before_a_reference_seats_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk cut its outlook. Eli Lilly gained 3%, and the "
                       "Indianapolis-based company plans a pill.",
            lang="en", headline="Drugmakers")
    assert ("Eli Lilly", "locatedIn", "Indianapolis") in triples(x)


def test_city_compound_outside_the_company_country_seats_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk cut its outlook. The Boston-based company expects a pill.",
            lang="en", headline="Drugmakers")
    assert not any(p == "locatedIn" for _, p, _ in triples(x))


def test_region_after_a_city_seat_seats_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Astera Labs rose. Shares of the Santa Clara, California-based "
                       "company are up 70% this year.",
            lang="en", headline="Chip stocks")
    assert ("Astera Labs", "locatedIn", "California") not in triples(x)


# --- a title after a verb's particle and an adverb of the present ------------------

def test_title_after_a_separable_particle_finds_the_person(extractor: Extractor) -> None:
    x = run(extractor, "Finanzvorstand Dirk Elvermann verlässt BASF. Seine Nachfolge tritt "
                       "Carla Weinert an, bislang Finanzchefin bei Evonik.",
            headline="Wechsel im Vorstand")
    assert kinds(x).get("Carla Weinert") == "Person"
    assert ("Carla Weinert", "worksFor", "Evonik Industries") in triples(x)


def test_particle_before_no_title_gives_no_post(extractor: Extractor) -> None:
    x = run(extractor, "Den Posten bei Evonik tritt Carla Weinert an, bislang ohne Vertrag.",
            headline="Wechsel im Vorstand")
    assert not any(p == "worksFor" for _, p, _ in triples(x))


# --- page furniture -----------------------------------------------------------------

def clean(text: str) -> str:
    return make_article(text=text, source="test", article_id="t", lang="en").clean_text


def test_caption_closed_by_photographer_and_agency_is_blanked() -> None:
    text = ("Stocks rise\nTraders work on the floor of the New York Stock Exchange on Dec. 3, "
            "2026. Jane Roe | Reuters\nSalesforce rose 7%.\n")
    cleaned = clean(text)
    assert "New York Stock Exchange" not in cleaned and "Salesforce rose 7%." in cleaned
    assert len(cleaned) == len(text)  # offsets kept


def test_bar_inside_a_sentence_is_no_caption() -> None:
    text = "Stocks rise\nRevenue rose 7% to $3 billion. Net margin | 12% | 10%\n"
    assert "Revenue rose 7%" in clean(text)


def test_byline_with_a_handle_is_blanked() -> None:
    cleaned = clean("Stocks rise\nJane Roe @JANEROE\nSalesforce rose 7%.\n")
    assert "Jane Roe" not in cleaned and "Salesforce rose 7%." in cleaned


def test_sentence_naming_a_handle_is_kept() -> None:
    text = "Stocks rise\nThe company posted the news on X as @ACME.\n"
    assert "@ACME" in clean(text)
