"""Entity, cleaning and reference families that hold in any article, on sentences
written for these tests (invented events about catalogued companies): a publisher
named on the page only as its masthead, its dateline ("Handelsblatt, 3.12.2026") or
its copyright line ("© Handelsblatt GmbH", "Copyright The Financial Times Limited
2026") is the text's credit, not its subject, so the company of the headline keeps the
facts the text leaves without a name. Each with a look-alike where the name stays."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Extraction


def extract(extractor: Extractor, text: str, lang: str = "de") -> Extraction:
    return extractor.extract(make_article(text=text, source="test", article_id="t", lang=lang))


def labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


# --- a publisher's masthead, dateline and copyright line --------------------------

MASTHEAD_DE = ("Handelsblatt\n"
               "Vonovia hebt die Prognose an\n"
               "Der Konzern steigerte den Umsatz im dritten Quartal um 5 Prozent. "
               "Die Aktie gewann 2 Prozent.\n")


def test_a_masthead_with_a_copyright_line_is_the_credit(extractor: Extractor) -> None:
    x = extract(extractor, MASTHEAD_DE + "© Handelsblatt GmbH. Alle Rechte vorbehalten.\n")
    assert "Handelsblatt" not in labels(x)
    assert ("Vonovia", "StockPriceChange", Decimal("2"), "Percent") in figure_facts(x)


def test_a_masthead_with_a_publishers_dateline_is_the_credit(extractor: Extractor) -> None:
    text = MASTHEAD_DE.replace("Handelsblatt\n", "Handelsblatt\nHandelsblatt, 3.12.2026\n", 1)
    x = extract(extractor, text)
    assert "Handelsblatt" not in labels(x)
    assert ("Vonovia", "StockPriceChange", Decimal("2"), "Percent") in figure_facts(x)


def test_an_english_copyright_line_with_a_year_after_the_name_is_the_credit(
        extractor: Extractor) -> None:
    x = extract(extractor, "Financial Times\nSiemens raises its outlook\nThe group said "
                           "revenue rose 5 per cent. Its shares gained 2 per cent.\n"
                           "Copyright The Financial Times Limited 2026. All rights reserved.\n",
                lang="en")
    assert "Financial Times" not in labels(x)
    assert ("Siemens", "StockPriceChange", Decimal("2"), "Percent") in figure_facts(x)


def test_a_publisher_reported_on_is_no_credit(extractor: Extractor) -> None:
    # look-alike: the word "Copyright" opening a compound, and a publisher as the subject
    x = extract(extractor, "Handelsblatt streicht Stellen\nCopyright-Streit: Handelsblatt "
                           "verklagt eine Plattform. Handelsblatt will 40 Stellen abbauen.\n")
    assert "Handelsblatt" in labels(x)


def test_a_company_and_a_date_inside_a_sentence_are_no_dateline(extractor: Extractor) -> None:
    x = extract(extractor, "Vonovia hebt die Prognose an\nVonovia, 3.12.2026: Der Konzern "
                           "steigerte den Umsatz um 5 Prozent.\n")
    assert "Vonovia" in labels(x)


# --- a ticker that is the root of another exchange's instrument code ---------------

def test_a_ticker_of_another_exchanges_instrument_code_names_no_company(
        extractor: Extractor) -> None:
    # the catalogue's "AAL" is a London-listed miner; ".O" is a Nasdaq instrument code
    g = extractor.gazetteer
    found = {m.label for m in g.find("Shares of American Airlines (AAL.O) fell 3%.")}
    assert "Anglo American" not in found
    assert "American Airlines" in found


def test_a_ticker_of_its_own_exchanges_instrument_code_still_names_the_company(
        extractor: Extractor) -> None:
    g = extractor.gazetteer
    assert ("Anglo American", "gazetteer/ticker") in {
        (m.label, m.rule) for m in g.find("The miner (AAL.L) fell 3%.")}
    assert ("United Airlines Holdings", "gazetteer/ticker") in {
        (m.label, m.rule) for m in g.find("The carrier (UAL.O) rose 4%.")}
    assert ("Anglo American", "gazetteer/ticker") in {
        (m.label, m.rule) for m in g.find("The miner (AAL) fell 3%.")}


# --- rivals listed with their instrument codes in brackets --------------------------

def test_rivals_with_instrument_codes_in_brackets_are_each_a_rival(extractor: Extractor) -> None:
    x = run(extractor, "Zenith Airlines raised its forecast on Tuesday. Rivals Delta Air Lines "
                       "(DAL.N) and American Airlines (AAL.O) also pointed to strong demand.",
            lang="en", headline="Zenith Airlines lifts outlook")
    assert ("Zenith Airlines", "competitorOf", "Delta Air Lines") in triples(x)
    assert ("Zenith Airlines", "competitorOf", "American Airlines") in triples(x)
    assert ("American Airlines", "competitorOf", "Delta Air Lines") not in triples(x)
    assert ("Delta Air Lines", "competitorOf", "American Airlines") not in triples(x)


def test_an_exchange_code_in_a_bracket_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Salesforce raised its forecast on Tuesday. Rivals Oracle "
                       "(NYSE: ORCL) and SAP also pointed to strong demand.",
            lang="en", headline="Salesforce lifts outlook")
    assert ("Salesforce", "competitorOf", "Oracle") in triples(x)
    assert ("Salesforce", "competitorOf", "SAP") in triples(x)
    assert not any(o == "New York Stock Exchange" for _, p, o in triples(x) if p == "competitorOf")


# --- "the airline", "the carrier", "the trading house" ------------------------------

def test_the_carrier_and_the_airline_mean_the_articles_airline(extractor: Extractor) -> None:
    x = run(extractor, "Zenith Airlines raised its forecast on Tuesday. The Denver-based carrier "
                       "expects more bookings. The airline is in talks with its pilots. "
                       "\"We are confident,\" Chief Executive Jane Harlow said.",
            lang="en", headline="Zenith Airlines lifts outlook")
    assert ("Zenith Airlines", "locatedIn", "Denver") in triples(x)
    assert ("Jane Harlow", "worksFor", "Zenith Airlines") in triples(x)


def test_the_carrier_is_no_chipmaker(extractor: Extractor) -> None:
    # look-alike: a carrier named in an article about a chipmaker is another company
    x = run(extractor, "Nvidia raised its forecast on Tuesday. The Denver-based carrier "
                       "expects more bookings.",
            lang="en", headline="Nvidia lifts outlook")
    assert ("Nvidia", "locatedIn", "Denver") not in triples(x)


# --- a firm's name opened by its city, and its short name after it -------------------

def test_a_city_opens_a_firms_name_with_its_legal_form(extractor: Extractor) -> None:
    x = run(extractor, "Hangzhou Lanxin Photonics Co., a maker of laser chips, is seeking "
                       "as much as HK$2 billion in a listing. Separately, Nvidia said demand "
                       "was strong. Lanxin expects revenue to grow 30% this year.",
            lang="en", headline="Laser chipmaker plans listing")
    assert labels(x) >= {"Hangzhou Lanxin Photonics"}
    assert "Hangzhou" not in labels(x)
    assert "Lanxin Photonics" not in labels(x)
    # the word after the city names the firm again, after another company was named
    assert ("Hangzhou Lanxin Photonics", "RevenueGrowth", Decimal("30"), "Percent") in figure_facts(x)


def test_a_city_after_a_preposition_stays_a_place(extractor: Extractor) -> None:
    # look-alike: the city is where something happens, the firm's name follows it
    x = run(extractor, "The group opened a plant in Hangzhou, and Lanxin Photonics Co. "
                       "will supply it.", lang="en", headline="New plant")
    assert "Hangzhou" in labels(x)
    assert "Hangzhou Lanxin Photonics" not in labels(x)


def test_a_legal_form_printed_without_its_stop_names_the_catalogued_firm(
        extractor: Extractor) -> None:
    x = run(extractor, "The trading house holds stakes in Mitsui & Co and Itochu.", lang="en",
            headline="Trading houses")
    assert "Mitsui & Co." in labels(x)


# --- a cited source before a rival noun ----------------------------------------------

def test_a_cited_source_is_not_whose_rival_it_is(extractor: Extractor) -> None:
    x = run(extractor, "Beim Marktanteil liegt Infineon laut dem Marktforscher Canalys bei "
                       "20 Prozent, deutlich vor dem Rivalen STMicroelectronics.",
            headline="Infineon baut Vorsprung aus")
    assert ("Infineon Technologies", "competitorOf", "STMicroelectronics") in triples(x)
    assert ("Canalys", "competitorOf", "STMicroelectronics") not in triples(x)


def test_a_company_named_without_a_source_cue_before_a_rival_noun_is_the_rival(
        extractor: Extractor) -> None:
    # look-alike: no source cue, the name before the rival noun is whose rival it is
    x = run(extractor, "Der Chipkonzern Infineon liegt deutlich vor dem Rivalen "
                       "STMicroelectronics.", headline="Chipmarkt")
    assert ("Infineon Technologies", "competitorOf", "STMicroelectronics") in triples(x)
