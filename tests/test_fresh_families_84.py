"""Retail-investor stories on Chinese and US tech and AI groups, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies,
invented figures): a link phrase alone on its line with no colon ("Lesen Sie auch") heads a
list of other headlines, whose names take no facts and become no subject of the next
paragraph; the people of a country ("Für 2027 erwarten die Japaner …") mean the one house
seated there that the passage has just named, where they mean no company; an amount "je
ADS" is earnings per depositary share; "erlöste" is a verb of revenue, as "setzte … um", though
not what a sale brought in; a unit phrase after a company's place in a market
("der kleinere Rivale im Spielegeschäft") names the market, not the company's unit; one
analyst named right after the credit of the house ("Bernstein-Analyst X erwartet … einen
Umsatz von …") forecasts for the company the passage is about, as "Analyst X von Bernstein"
does; "X macht Y … streitig" and "X nimmt Y Marktanteile ab" tell rivals; a product "der auf Y aufsetzt" is built on Y. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rival_pairs, run, triples

from kg.ingest import find_ad_blocks
from kg.nlp.extract import Extractor

# --- a link phrase alone on its line, with no colon -----------------------------------

_LINKS = ("Nvidia steigert den Umsatz kräftig.\n\nLesen Sie auch\n{first}\nPalantir nach Zahlen: "
          "Ist die Bewertung noch zu rechtfertigen?\n\nDie Analysten von Bank of America bekräftigten "
          "ihre Kaufempfehlung und hoben das Kursziel auf 250 US-Dollar an.")


def test_link_phrase_without_colon_heads_a_list_of_headlines(extractor: Extractor) -> None:
    x = run(extractor, _LINKS.format(first="AMD-Aktie: Was der OpenAI-Deal für Anleger bedeutet"),
            headline="Nvidia: Rekordumsatz")
    assert ("Nvidia", Decimal(250)) in metric_facts(x, "PriceTarget")
    assert not [r for r in x.ratings if r.about == "Advanced Micro Devices"]


def test_link_list_ends_at_the_first_sentence_of_the_report() -> None:
    """Look-alike: a line closed by a full stop after the header is the report again."""
    text = _LINKS.format(first="Die AMD-Aktie legte am Montag um 3 Prozent zu.")
    spans = find_ad_blocks(text)
    covered = [text[start:end] for start, end in spans]
    assert any("Lesen Sie auch" in piece for piece in covered)
    assert not any("AMD-Aktie legte" in piece for piece in covered)


def test_further_articles_on_the_topic_head_a_list_of_headlines() -> None:
    text = "Palantir hebt die Prognose an.\n\nWeitere Artikel zum Thema:\nPalantir vs. C3.ai: Wer gewinnt?\n"
    assert any("C3.ai" in text[start:end] for start, end in find_ad_blocks(text))


# --- the people of a country after a house seated there ---------------------------------

_PEOPLE = ("Baidu legt Zahlen vor. Skeptischer sind die Experten von {house}, die das Kursziel auf "
           "110 US-Dollar senken. Für 2027 erwarten die {people} nur noch einen Umsatz von 129 "
           "Milliarden Yuan.")


def test_people_of_a_country_mean_the_house_seated_there(extractor: Extractor) -> None:
    x = run(extractor, _PEOPLE.format(house="Nomura", people="Japaner"), headline="Baidu: Zahlen")
    revenue = [f for f in x.figures if f.metric == "Revenue"]
    assert [(f.about, f.estimated_by) for f in revenue] == [("Baidu", "Nomura")]


def test_people_of_another_country_mean_no_house(extractor: Extractor) -> None:
    """Look-alike: a house seated elsewhere is not what the people of Japan stand for."""
    x = run(extractor, _PEOPLE.format(house="Citigroup", people="Japaner"), headline="Baidu: Zahlen")
    assert not [f for f in x.figures if f.metric == "Revenue" and f.about == "Citigroup"]
    assert not [m for m in x.entities if m.label == "Citigroup" and "Japaner" in m.aliases]


def test_people_reporting_results_mean_no_house(extractor: Extractor) -> None:
    """Look-alike: a sentence that forecasts nothing ("Die Briten hatten … gemeldet") tells of a
    company, not of the British bank named before."""
    x = run(extractor, "Die britische Bank Barclays bestätigte ihr Kursziel von 31 Euro. Auch beim "
            "Konkurrenten Asos lief es besser: Die Briten hatten einen Umsatzanstieg um 4 Prozent "
            "gemeldet.", headline="Zalando: Zahlen")
    assert not [f for f in x.figures if f.about == "Barclays"]


# --- an amount per depositary share ------------------------------------------------------

def test_amount_per_ads_is_earnings_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Unter dem Strich verdiente Baidu 4,1 Milliarden Yuan. Je ADS lag der bereinigte "
            "Gewinn bei 13,20 Yuan.", headline="Baidu: Zahlen")
    assert ("Baidu", Decimal("13.20")) in metric_facts(x, "EarningsPerShare")
    assert ("Baidu", Decimal("13.20")) not in metric_facts(x, "Profit")


def test_price_of_the_ads_is_no_earnings(extractor: Extractor) -> None:
    """Look-alike: "ADS" as the share that trades, with no "je", keeps its price."""
    x = run(extractor, "An der Nasdaq notierten die ADS von Baidu zuletzt 2,3 Prozent tiefer bei 118,40 "
            "US-Dollar.", headline="Baidu: Zahlen")
    assert ("Baidu", Decimal("118.40")) in metric_facts(x, "SharePrice")
    assert not metric_facts(x, "EarningsPerShare")


# --- a unit phrase after a company's place in a market ---------------------------------

def test_unit_phrase_after_rival_names_the_market(extractor: Extractor) -> None:
    x = run(extractor, "Tencent wächst. NetEase, der kleinere Rivale im Spielegeschäft, hatte in der "
            "Vorwoche enttäuscht.", headline="Tencent: Zahlen")
    assert "NetEase Games" not in {e.label for e in x.entities}


def test_unit_phrase_of_a_company_still_names_its_unit(extractor: Extractor) -> None:
    """Look-alike: the company's own business with its figure is its unit."""
    x = run(extractor, "NetEase legt Zahlen vor. NetEase steigerte den Umsatz im Spielegeschäft um 5 "
            "Prozent.", headline="NetEase: Zahlen")
    assert "NetEase Games" in {e.label for e in x.entities}


# --- one analyst named right after the house's credit ----------------------------------

def test_named_analyst_after_house_credit_forecasts_for_the_passage(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia übertrifft die Erwartungen. Bernstein-Analyst Stacy Rasgon erwartet für "
            "das Geschäftsjahr 2028 einen Umsatz von 340 Milliarden US-Dollar.", headline="Nvidia: Zahlen")
    revenue = [(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "Revenue"]
    assert revenue == [("Nvidia", Decimal(340000000000), "Bernstein")]
    assert ("Bernstein", "covers", "Nvidia") in triples(x)


def test_named_analyst_estimating_an_unnamed_thing_gives_it_to_no_one(extractor: Extractor) -> None:
    """Look-alike: a clause with a pronoun after the analyst speaks of what the pronoun
    stands for, not of the article's company."""
    x = run(extractor, "Siemens kauft ein kleines Biotech-Unternehmen. Dessen wichtigstes Mittel steckt in "
            "der letzten Testphase. Deutsche-Bank-Analyst Tom Muster schätzt, dass es einen Umsatz von "
            "2 Milliarden Euro erreichen könnte.", headline="Deal")
    assert not [f for f in x.figures if f.metric == "Revenue"]


# --- "erlöste" as a verb of revenue ------------------------------------------------------

def test_erloeste_is_a_verb_of_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Die Sparte Tencent Games, zu der Titel wie „Honor of Kings“ gehören, erlöste im "
            "Inland 47,1 Milliarden Yuan, ein Zuwachs von 12 Prozent.", headline="Tencent: Zahlen")
    assert ("Tencent Games", Decimal(47100000000)) in metric_facts(x, "Revenue")


def test_what_a_sale_brought_in_is_no_revenue(extractor: Extractor) -> None:
    """Look-alike: proceeds of selling a business are no revenue."""
    x = run(extractor, "Siemens erlöste mit dem Verkauf der Sparte 2 Milliarden Euro. Vonovia trennte sich "
            "von 3.000 Wohnungen und erlöste dafür 210 Millionen Euro.", headline="Verkäufe")
    assert not metric_facts(x, "Revenue")


def test_erloeste_before_an_inverted_subject_leaves_the_product_named_before(extractor: Extractor) -> None:
    """Look-alike: "Mit der Suite X erlöste SAP …" names what sold first; the company after
    the verb does not take the amount."""
    x = run(extractor, "Mit der Cloud ERP Suite erlöste SAP 4,9 Milliarden Euro.", headline="SAP: Zahlen")
    assert ("SAP", Decimal(4900000000)) not in metric_facts(x, "Revenue")


# --- rivals told by "streitig machen" and "Marktanteile abnehmen" ----------------------

def test_making_a_company_contest_its_users_tells_rivals(extractor: Extractor) -> None:
    x = run(extractor, "ByteDance macht Tencent mit Doubao die Nutzer streitig.", headline="Tencent: Zahlen")
    assert frozenset({"ByteDance", "Tencent Holdings"}) in rival_pairs(x)


def test_taking_market_share_from_a_company_tells_rivals(extractor: Extractor) -> None:
    x = run(extractor, "AMD nimmt Intel bei Prozessoren weiter Marktanteile ab.", headline="AMD: Zahlen")
    assert frozenset({"Advanced Micro Devices", "Intel"}) in rival_pairs(x)


def test_making_a_company_a_supplier_tells_no_rivals(extractor: Extractor) -> None:
    """Look-alike: "macht" and "nimmt" with no contest or share taken tell no rivalry."""
    x = run(extractor, "AMD macht Microsoft ein Angebot und nimmt TSMC als Fertiger unter Vertrag.",
            headline="AMD: Zahlen")
    assert not rival_pairs(x)


# --- a product "der auf Y aufsetzt" ------------------------------------------------------

def test_product_that_sits_on_a_model_is_based_on_it(extractor: Extractor) -> None:
    x = run(extractor, "Der Robotaxi-Dienst Apollo Go, der auf Ernie aufsetzt, absolvierte 3,1 Millionen "
            "Fahrten.", headline="Baidu: Zahlen")
    assert ("Apollo Go", "basedOn", "Ernie") in triples(x)


def test_product_relying_on_a_model_is_not_based_on_it(extractor: Extractor) -> None:
    """Look-alike: "setzt auf Y" with no "auf" of building after the object tells reliance."""
    x = run(extractor, "Der Robotaxi-Dienst Apollo Go setzt auf Ernie.", headline="Baidu: Zahlen")
    assert ("Apollo Go", "basedOn", "Ernie") not in triples(x)
