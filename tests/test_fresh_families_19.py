"""Entity discovery, relations and figures on families of construction that
hold in any article, on sentences written for these tests (invented companies
beside catalogued ones): a company named after a compound noun ending in
"-dienstleister"; an index compound that announces the news with a day and a
seat before "mit"; a company named by its trade after a bare "specialist" or
"chain", also after a capitalised compound adjective ("Munich-based"), and by a
name ending in "Silicon"; "which it bought from Y" is no supply; "Y's largest
customer is X"; "Its chips are made by X"; a rival noun opening a sentence
where no company leads the article; an IPO's price range "je Aktie"; an
executive's guidance after a colon is the group's, not a unit's named before;
"X zählt Y und Z zu seinen Konkurrenten".
Each with a look-alike where nothing (or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- German company nouns -----------------------------------------------------------

def test_service_provider_compound_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Der Industriedienstleister Brakwede stellt seine Führung neu auf. "
            "Vorstandschef Jan Doe verlässt das Unternehmen.", headline="Führungswechsel")
    assert kinds(x).get("Brakwede") == "Company"
    assert ("Jan Doe", "worksFor", "Brakwede") in triples(x)


def test_financial_service_provider_compound_names_an_institution(extractor: Extractor) -> None:
    """Look-alike: the "Finanz-" compound names an institution, not a plain company."""
    x = run(extractor, "Der Finanzdienstleister Kormoran Invest legte Zahlen vor.", headline="Zahlen")
    assert kinds(x).get("Kormoran Invest") == "FinancialInstitution"


def test_bare_service_provider_names_no_company(extractor: Extractor) -> None:
    """Look-alike: "Dienstleister" alone is no compound; the word after it is no name."""
    x = run(extractor, "Der Dienstleister Müller half beim Umzug.", headline="Umzug")
    assert "Müller" not in kinds(x)


# --- an index compound that announces ------------------------------------------------

def test_index_compound_announcing_with_day_and_seat_is_the_articles(extractor: Extractor) -> None:
    x = run(extractor, "Der Industriedienstleister Brakwede stellt seine Führung neu auf. "
            "Der Vertrag läuft aus, teilte der im MDax gelistete Konzern am Montagabend "
            "in Düsseldorf mit. Die Nachfolgerin kam von Siemens, wo sie eine Sparte leitete.",
            headline="Führungswechsel bei Brakwede")
    assert ("Brakwede", "memberOf", "MDAX") in triples(x)
    assert ("Siemens", "memberOf", "MDAX") not in triples(x)


# --- English names by trade ----------------------------------------------------------

def test_fashion_chain_and_valve_specialist_name_companies(extractor: Extractor) -> None:
    x = run(extractor, "Barclays cut British fashion chain Castleford Retail to underweight. "
            "The holding owns valve specialist Reutwin Armaturen.", lang="en", headline="Moves")
    assert kinds(x).get("Castleford Retail") == "Company"
    assert kinds(x).get("Reutwin Armaturen") == "Company"
    assert ("Barclays", "covers", "Castleford Retail") in triples(x)


def test_capitalised_compound_adjective_before_a_bare_trade_noun(extractor: Extractor) -> None:
    x = run(extractor, "The family holds 15% of Munich-based robotics startup Agilo Robots.",
            lang="en", headline="Holdings")
    assert kinds(x).get("Agilo Robots") == "Company"


def test_specialist_after_no_bare_cue_names_no_person_as_company(extractor: Extractor) -> None:
    """Look-alike: "a specialist" with its article names a person, no company."""
    x = run(extractor, "He is a specialist Klaus Meier said.", lang="en", headline="People")
    assert kinds(x).get("Klaus Meier") != "Company"


def test_name_ending_in_silicon_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Harrow Silicon, a designer of AI chips, is betting on Taiwan.",
            lang="en", headline="Chips")
    assert kinds(x).get("Harrow Silicon") == "Company"


# --- supplies ------------------------------------------------------------------------

def test_company_bought_from_its_seller_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "The holding owns valve specialist Reutwin Armaturen, which it bought "
            "from Swedish investor EQT in 2022.", lang="en", headline="Holdings")
    assert not any(p == "supplierOf" for _s, p, _o in triples(x))


def test_goods_bought_from_a_maker_are_a_supply(extractor: Extractor) -> None:
    """Look-alike: a company that buys goods from another is its customer."""
    x = run(extractor, "Apple bought chips from TSMC last year.", lang="en", headline="Chips")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple") in triples(x)


def test_possessor_largest_customer_is(extractor: Extractor) -> None:
    x = run(extractor, "Intel's largest customer is Dell, which uses its processors.",
            lang="en", headline="Chips")
    assert ("Intel", "supplierOf", "Dell Technologies") in triples(x)


def test_possessed_thing_made_by_a_maker(extractor: Extractor) -> None:
    x = run(extractor, "Apple sells phones. Apple's phones are assembled by Foxconn.",
            lang="en", headline="Apple")
    assert ("Foxconn", "supplierOf", "Apple") in triples(x)


def test_thing_made_by_a_maker_without_an_owner_names_no_supply(extractor: Extractor) -> None:
    """Look-alike: "The Model Y is made by Tesla" names no customer of Tesla."""
    x = run(extractor, "BYD sells cars. The Model Y is made by Tesla in Berlin.",
            lang="en", headline="Cars")
    assert not any(p == "supplierOf" for _s, p, _o in triples(x))


# --- rivals counted ------------------------------------------------------------------

def test_counted_among_its_rivals_are_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Der Wärmepumpenhersteller Solvaro will an die Börse. Das Unternehmen "
            "zählt Bosch und Siemens zu seinen größten Konkurrenten.", headline="Börsengang")
    found = triples(x)
    assert ("Bosch", "competitorOf", "Solvaro") in found or ("Solvaro", "competitorOf", "Bosch") in found
    assert ("Siemens", "competitorOf", "Solvaro") in found or ("Solvaro", "competitorOf", "Siemens") in found


def test_counted_among_its_customers_are_no_rivals(extractor: Extractor) -> None:
    """Look-alike: companies counted among the customers are supplied, not rivals."""
    x = run(extractor, "Der Wärmepumpenhersteller Solvaro zählt Bosch zu seinen Kunden.",
            headline="Börsengang")
    assert not any(p == "competitorOf" for _s, p, _o in triples(x))
    assert ("Solvaro", "supplierOf", "Bosch") in triples(x)


# --- a rival noun opening a sentence --------------------------------------------------

def test_rival_noun_after_a_list_means_the_sentence_before_subject(extractor: Extractor) -> None:
    x = run(extractor, "Harrow Silicon makes chips. TSMC makes chips. TSMC is big. Harrow "
            "Silicon competes with Nvidia and with the chips of Google and Amazon. "
            "Rival Groq raised money in September.",
            lang="en", headline="Chip report: Harrow Silicon and TSMC")
    assert ("Harrow Silicon", "competitorOf", "Groq") in triples(x)
    assert not {("Amazon", "competitorOf", "Groq"), ("Groq", "competitorOf", "Amazon")} & triples(x)


# --- figures -------------------------------------------------------------------------

def test_price_range_per_share_is_a_share_price(extractor: Extractor) -> None:
    x = run(extractor, "Die Preisspanne liegt bei 24 bis 28 Euro je Aktie, teilte der "
            "Wärmepumpenhersteller Solvaro mit. Der Ausgabepreis liegt bei 26 Euro je Aktie.",
            headline="Börsengang")
    ranges = {(f.about, f.metric, f.min_value, f.max_value) for f in x.figures}
    assert ("Solvaro", "SharePrice", Decimal(24), Decimal(28)) in ranges
    assert ("Solvaro", "SharePrice", Decimal(26), "EUR") in figure_facts(x)
    assert not any(f.metric == "EarningsPerShare" for f in x.figures)


def test_earnings_per_share_stay_earnings(extractor: Extractor) -> None:
    """Look-alike: an amount earned "je Aktie" is earnings per share."""
    x = run(extractor, "Der Wärmepumpenhersteller Solvaro verdiente 1,20 Euro je Aktie.",
            headline="Zahlen")
    assert ("Solvaro", "EarningsPerShare", Decimal("1.2"), "EUR") in figure_facts(x)


def test_executive_guidance_after_a_colon_is_the_groups(extractor: Extractor) -> None:
    x = run(extractor, "Der Sensorhersteller Norvik steigerte den Umsatz. Die Industriesparte "
            "Factory Tools litt dagegen: Ihr Umsatz sank um 4 Prozent auf 146 Millionen Euro. "
            "Für das Gesamtjahr bestätigte Vorstandschef Jan Doe die Prognose: Der Umsatz "
            "soll zwischen 1,18 und 1,24 Milliarden Euro liegen.", headline="Norvik: Zahlen")
    ranges = {(f.about, f.metric, f.min_value, f.max_value) for f in x.figures}
    assert ("Norvik", "Revenue", Decimal("1180000000"), Decimal("1240000000")) in ranges
    assert not any(f.about == "Factory Tools" and f.min_value is not None for f in x.figures)


def test_unit_figure_after_its_own_name_stays_the_units(extractor: Extractor) -> None:
    """Look-alike: a unit named before the number in its sentence keeps its figure."""
    x = run(extractor, "Der Sensorhersteller Norvik steigerte den Umsatz. Vorstandschef Jan Doe "
            "sagte, die Sparte Factory Tools habe 146 Millionen Euro umgesetzt.",
            headline="Norvik: Zahlen")
    assert ("Norvik", "Revenue", Decimal("146000000"), "EUR") not in figure_facts(x)
    assert labels(x) >= {"Norvik"}
