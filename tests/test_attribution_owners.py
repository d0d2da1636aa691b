"""Who a figure is about when the text names other organisations around it:
the owner of a named rival, partner or customer; an analyst's bank; a
company named once in passing. Sentences written for the test (names of
real companies, the other companies and all facts invented), each family with
a positive case and a look-alike that must keep its fact.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest
from test_attribution import document, mention, weigh

from kg.nlp.document import ISSUER_TYPES, owns_named_relative
from kg.nlp.extract import Extractor
from kg.nlp.salience import salient
from kg.records import Extraction


def facts(x: Extraction) -> set[tuple[str, str, Decimal | None]]:
    return {(f.about, f.metric, f.value) for f in x.figures}


def abouts(x: Extraction) -> set[str]:
    return {f.about for f in x.figures}


# --- the owner of a named rival is not what the sentence is about ---------------

def test_owner_of_a_named_rival_takes_none_of_its_figures_en(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Shares of Siemens' smaller rival, Munich-based Gizmotronics, "
                               "jumped 30% on Tuesday. The company reported revenue of "
                               "2 billion euros last year.", lang="en", headline="Robot makers rally")
    assert "Siemens" not in abouts(x)


def test_owner_of_a_named_rival_takes_none_of_its_figures_de(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Aktie von Siemens' Konkurrent Gizmotronics stieg am Dienstag "
                               "um 30 Prozent. Das Unternehmen meldete einen Umsatz von "
                               "2 Milliarden Euro.", headline="Roboter gefragt")
    assert "Siemens" not in abouts(x)


def test_company_whose_shares_are_named_keeps_its_figures(extractor: Extractor) -> None:
    # look-alike: no rival named, so the shares and the revenue are Siemens' own
    x = helpers.run(extractor, "Shares of Siemens jumped 30% on Tuesday. The company reported "
                               "revenue of 2 billion euros last year.", lang="en",
                    headline="Robot makers rally")
    assert {("Siemens", "StockPriceChange", Decimal(30)),
            ("Siemens", "Revenue", Decimal(2000000000))} <= facts(x)


def test_named_supplier_keeps_its_figures_and_the_customer_its_own(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Apple supplier Foxconn said revenue rose 12% to $60 billion in "
                    "the quarter. Apple shares fell 1%.", lang="en", headline="Chip stocks")
    assert ("Foxconn", "Revenue", Decimal(60000000000)) in facts(x)
    assert ("Apple", "StockPriceChange", Decimal(-1)) in facts(x)
    assert ("Apple", "Revenue", Decimal(60000000000)) not in facts(x)


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Die Aktien des Siemens-Konkurrenten Brightmoor stiegen an der "
                       "Frankfurter Börse um 5 Prozent.", id="de-compound"),
    pytest.param("en", "Shares of Siemens rival Brightmoor soared on the Frankfurt Stock "
                       "Exchange.", id="en-no-possessive"),
])
def test_owner_of_a_named_rival_is_not_what_is_listed(extractor: Extractor, lang: str,
                                                      body: str) -> None:
    # the rival, unknown to the catalogue, is the one whose shares trade there
    found = helpers.triples(helpers.run(extractor, body, lang=lang, headline="Börse"))
    assert ("Siemens", "listedOn", "Frankfurt Stock Exchange") not in found


def test_company_whose_shares_trade_at_the_venue_is_listed(extractor: Extractor) -> None:
    # look-alike: the company's own shares, no rival named
    found = helpers.triples(helpers.run(extractor, "Die Siemens-Aktie stieg an der Frankfurter "
                                        "Börse um 5 Prozent.", headline="Börse"))
    assert ("Siemens", "listedOn", "Frankfurt Stock Exchange") in found


def test_owner_of_a_named_rival_counts_nothing_towards_salience() -> None:
    doc = document("Roboter gefragt", "Siemens' größter Konkurrent BYD legte kräftig zu.",
                   "BYD meldete mehr Umsatz.")
    found = weigh(doc, len("Roboter gefragt"))
    assert "Siemens" not in found
    assert found["BYD"] > 0


def test_named_rival_owner_is_no_antecedent_or_share_subject() -> None:
    doc = document("Roboter gefragt", "Die Aktie von Siemens' Konkurrent Talgo stieg stark.")
    sentence = doc.sentences[1]
    assert owns_named_relative("de", sentence, mention(sentence, "Siemens"))
    assert doc.recent(sentence, ISSUER_TYPES) is not None
    assert doc.recent(sentence, ISSUER_TYPES).label == "Talgo"  # type: ignore[union-attr]
    assert doc.share_subject(sentence) != "Siemens"


def test_owner_without_a_named_relative_still_counts() -> None:
    # look-alike: "Siemens' Konkurrenten" names no one, Siemens is still a subject there
    doc = document("Roboter gefragt", "Siemens' Konkurrenten legten zu, Siemens nicht.")
    sentence = doc.sentences[1]
    assert not owns_named_relative("de", sentence, sentence.mentions[0])


def test_company_named_once_deep_in_the_text_is_not_salient() -> None:
    # one mention opening a later sentence is a passing name, not the article's subject
    doc = document("Börsengang", "Ein Hersteller aus Bayern ging an die Börse.",
                   "Die Nachfrage war groß.", "Siemens zeichnete Aktien, BYD ebenfalls.")
    doc.salience = weigh(doc, len("Börsengang"))
    assert salient(doc, ISSUER_TYPES) is None


def test_only_company_named_deep_in_the_text_is_salient() -> None:
    # look-alike: no other organisation is named, the one name is the subject
    doc = document("Börsengang", "Ein Hersteller aus Bayern ging an die Börse.",
                   "Die Nachfrage war groß.", "Siemens zeichnete Aktien.")
    doc.salience = weigh(doc, len("Börsengang"))
    assert salient(doc, ISSUER_TYPES) == "Siemens"


def test_company_opening_the_lead_once_is_salient() -> None:
    # look-alike: the same single mention in the lead sentence makes it the subject
    doc = document("Börsengang", "Siemens zeichnete Aktien.", "Die Nachfrage war groß.")
    doc.salience = weigh(doc, len("Börsengang"))
    assert salient(doc, ISSUER_TYPES) == "Siemens"


# --- a target in a round-up belongs to the company rated just before -----------

def test_target_after_a_rating_goes_to_the_rated_company(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Puma-Aktie gab 2 Prozent nach. Auch für Adidas wird es "
                               "enger: Die Großbank UBS stuft Adidas nur noch mit \"Neutral\" "
                               "ein. Das Kursziel von 180 Euro wurde bestätigt.",
                    headline="Analysten-Check")
    assert ("Adidas", "PriceTarget", Decimal(180)) in facts(x)
    assert ("Puma SE", "PriceTarget", Decimal(180)) not in facts(x)
    assert ("UBS", "covers", "Puma SE") not in helpers.triples(x)


def test_target_after_a_plain_sentence_stays_with_the_share_passage(
        extractor: Extractor) -> None:
    # look-alike: the sentence between rates no one, the passage still speaks of Puma
    x = helpers.run(extractor, "Die Puma-Aktie gab 2 Prozent nach. Die Nachfrage nach "
                               "Laufschuhen blieb schwach. Das Kursziel von 80 Euro wurde "
                               "bestätigt.", headline="Analysten-Check")
    assert ("Puma SE", "PriceTarget", Decimal(80)) in facts(x)


# --- an institution credited as the analysts estimates, it owns no figure -------

@pytest.mark.parametrize(("text", "lang"), [
    ("Siemens agreed to buy a small biotech. Its lead drug, ABX-9, is in late-stage trials. "
     "Analysts at Goldman Sachs estimate it could reach peak sales of $3 billion.", "en"),
    ("Siemens kauft ein kleines Biotech-Unternehmen. Dessen wichtigstes Mittel steckt in der "
     "letzten Testphase. Analysten der Deutschen Bank schätzen, dass es einen Umsatz von "
     "2 Milliarden Euro erreichen könnte.", "de"),
])
def test_analysts_estimate_of_an_unnamed_thing_goes_to_no_one(extractor: Extractor, text: str,
                                                               lang: str) -> None:
    # neither the bank (it only estimates) nor the article's company (the
    # sentence speaks of something else) may take the figure
    x = helpers.run(extractor, text, lang=lang, headline="Deal")
    assert not [f for f in x.figures if f.metric == "Revenue"]


@pytest.mark.parametrize(("text", "lang", "bank"), [
    ("Analysts at Goldman Sachs estimate Siemens will post revenue of 80 billion euros "
     "next year.", "en", "Goldman Sachs"),
    ("Analysten der Deutschen Bank schätzen, dass Siemens im kommenden Jahr einen Umsatz "
     "von 80 Milliarden Euro erreicht.", "de", "Deutsche Bank"),
])
def test_analysts_estimate_of_a_named_company(extractor: Extractor, text: str, lang: str,
                                              bank: str) -> None:
    x = helpers.run(extractor, text, lang=lang, headline="Ausblick")
    assert [(f.about, f.estimated_by) for f in x.figures if f.metric == "Revenue"] \
        == [("Siemens", bank)]


def test_bank_speaking_of_itself_keeps_its_outlook(extractor: Extractor) -> None:
    # look-alike: no analysts credited, the bank's own profit
    x = helpers.run(extractor, "Die Deutsche Bank erwartet einen Gewinn von 5 Milliarden Euro.",
                    headline="Ausblick")
    assert ("Deutsche Bank", "Profit", Decimal(5000000000)) in facts(x)


def test_unknown_company_owns_its_listed_shares(extractor: Extractor) -> None:
    # "X's Nasdaq-listed shares": X, unknown, owns the move; the article's company does not
    x = helpers.run(extractor, "Siemens agreed to buy Zentavo. Siemens will pay $52 per share. "
                               "Zentavo's Nasdaq-listed shares jumped 58% to $51.40.",
                    lang="en", headline="Siemens to buy Zentavo")
    assert not [f for f in x.figures if f.about == "Siemens" and f.metric in
                ("StockPriceChange", "SharePrice") and f.value in (Decimal(58), Decimal("51.4"))]


# --- a figure stated twice keeps the hedge of either statement -----------------

@pytest.mark.parametrize(("body", "qualifier"), [
    ("Siemens agreed to buy a maker of rail signals for about $4.1 billion in cash.",
     "Approximately"),
    # look-alike: neither statement hedges
    ("Siemens agreed to buy a maker of rail signals for $4.1 billion in cash.", "Exact"),
])
def test_headline_amount_takes_the_hedge_of_the_text(extractor: Extractor, body: str,
                                                     qualifier: str) -> None:
    x = helpers.run(extractor, body, lang="en",
                    headline="Siemens to buy rail signal maker for $4.1 billion")
    assert [(f.about, f.metric, f.qualifier) for f in x.figures
            if f.value == Decimal(4100000000)] == [("Siemens", "Investment", qualifier)]


# --- "the unit's sales": a unit not named, so not its company's figure ----------

def test_figure_of_an_unnamed_unit_is_not_the_companys(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens named a new head of its rail business. Under her "
                               "leadership, the unit's sales grew 6% last year to 9 billion "
                               "euros.", lang="en", headline="Siemens names new chief")
    assert not [f for f in x.figures if f.about == "Siemens"]


def test_company_figure_beside_units_sold_is_kept(extractor: Extractor) -> None:
    # look-alike: "units" counted, no unit named; the revenue is Siemens'
    x = helpers.run(extractor, "Siemens sold 40,000 units and its revenue grew 6% to "
                               "9 billion euros.", lang="en", headline="Siemens grows")
    assert ("Siemens", "Revenue", Decimal(9000000000)) in facts(x)


def test_an_unlisted_unit_counts_for_its_parent_a_listed_one_for_itself(
        extractor: Extractor) -> None:
    # Google is Alphabet's unlisted unit: the share is its parent's. Porsche is Volkswagen's
    # subsidiary but listed on its own: an article about its share is about Porsche.
    unit = helpers.run(extractor, "Google meldete mehr Werbeumsatz. Die Nachfrage bleibt hoch. "
                                  "Die Aktie stieg um 3 Prozent. "
                                  "Mutterkonzern Alphabet bestätigte den Ausblick.",
                       headline="Google wächst")
    assert facts(unit) == {("Alphabet", "StockPriceChange", Decimal(3))}
    listed = helpers.run(extractor, "Der Sportwagenbauer Porsche senkte den Ausblick. Die Nachfrage "
                                    "in China bleibt schwach. Die Aktie verlor 4 Prozent. Mutterkonzern Volkswagen hält die Mehrheit "
                                    "der Stammaktien.", headline="Porsche senkt Prognose")
    assert facts(listed) == {("Porsche", "StockPriceChange", Decimal(-4))}


# --- "revenue at its cloud unit": the unit's figure ---------------------------------------

@pytest.mark.parametrize("body", [
    "Alibaba Group reported a 34% jump in revenue at its cloud intelligence unit.",
    "Alibaba Group reported a 34% jump in revenue at its cloud unit.",
    "Revenue at its cloud intelligence unit rose 34%, Alibaba Group said.",
])
def test_growth_in_revenue_at_a_unit_is_the_units(extractor: Extractor, body: str) -> None:
    x = helpers.run(extractor, body, lang="en", headline="Alibaba beats on cloud growth")
    assert facts(x) == {("Alibaba Cloud", "RevenueGrowth", Decimal(34))}


def test_growth_in_revenue_from_a_place_stays_the_companys(extractor: Extractor) -> None:
    # look-alike: revenue from a region is the company's own, not a unit's
    x = helpers.run(extractor, "Alibaba Group reported a 12% rise in revenue from Europe.",
                    lang="en", headline="Alibaba beats on cloud growth")
    assert facts(x) == {("Alibaba Group", "RevenueGrowth", Decimal(12))}
