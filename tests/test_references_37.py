"""Attribution follows salience and references: a bank named as the house of analysts is
not the topic a later "the bank" goes on about. Sentences written for the test (names of
real companies, all facts invented)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples
from test_salience_banks import document

from kg.nlp.document import ISSUER_TYPES
from kg.nlp.extract import Extractor
from kg.nlp.salience import antecedent, credited_as_analysts

BN = Decimal("5000000000")


def test_a_house_named_for_its_analysts_is_not_the_subject() -> None:
    doc = document("Barclays results", "Barclays reported higher revenue.",
                   "Analysts at Jefferies praised the figures.", "The bank raised its dividend.")
    last = doc.sentences[3]
    assert credited_as_analysts("en", doc.sentences[2], doc.sentences[2].mentions[0])
    assert antecedent(doc, last, ISSUER_TYPES, last.start) == "Barclays"


def test_a_house_that_acts_itself_stays_the_subject() -> None:
    # look-alike: the house opens the sentence as its own subject
    doc = document("Barclays results", "Barclays reported higher revenue.",
                   "Jefferies praised the figures.", "The bank raised its dividend.")
    assert not credited_as_analysts("en", doc.sentences[2], doc.sentences[2].mentions[0])
    last = doc.sentences[3]
    assert antecedent(doc, last, ISSUER_TYPES, last.start) == "Jefferies"


def test_die_bank_after_analysts_of_another_bank_is_the_articles_bank(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank steigerte den Gewinn. Analysten der Deutschen Bank lobten "
            "die Zahlen. Die Bank erhöhte den Umsatz auf 5 Milliarden Euro.",
            headline="Commerzbank mit mehr Gewinn")
    assert ("Commerzbank", "Revenue", BN, "EUR") in figure_facts(x)
    assert not any(f[0] == "Deutsche Bank" for f in figure_facts(x))


def test_die_bank_with_no_clear_bank_of_the_article_is_no_one(extractor: Extractor) -> None:
    # neither bank leads the article: the house of the analysts is not meant, nor is
    # the other bank clearly enough
    x = run(extractor, "Die Commerzbank steigerte den Gewinn. Analysten der Deutschen Bank lobten "
            "die Zahlen. Die Bank erhöhte den Umsatz auf 5 Milliarden Euro.", headline="Banken")
    assert not any(f[1] == "Revenue" for f in figure_facts(x))


def test_die_bank_after_a_bank_as_subject_is_that_bank(extractor: Extractor) -> None:
    # look-alike: the nearer bank is the subject of its own sentence
    x = run(extractor, "Die Deutsche Bank steigerte den Gewinn. Die Bank erhöhte den Umsatz auf "
            "5 Milliarden Euro.", headline="Deutsche Bank mit mehr Gewinn")
    assert ("Deutsche Bank", "Revenue", BN, "EUR") in figure_facts(x)


def test_a_bank_after_an_opening_phrase_and_its_verb_reports_its_own_results() -> None:
    # German verb-second: the adverbial opens, the verb follows, then the bank as subject
    for text in ("Im dritten Quartal hob die Commerzbank ihre Gewinnprognose an.",
                 "Am Mittwoch erhöhte die Commerzbank ihre Dividende."):
        doc = document("Banken", text, "Bayer legte zu.", lang="de")
        assert doc.salience.get("Commerzbank", 0.0) > doc.salience["Bayer"], text


def test_a_house_after_an_opening_phrase_and_its_verb_stays_the_house() -> None:
    # look-alikes: the same order, but the bank raises a target or rates another company
    for text in ("Am Mittwoch hob die Commerzbank das Kursziel für Bayer an.",
                 "Am Mittwoch hob die Commerzbank das Kursziel auf 40 Euro an.",
                 "Im Handel stufte die Commerzbank Bayer hoch."):
        doc = document("Bayer steigt", text, "Bayer-Aktien legten zu.", lang="de")
        assert "Commerzbank" not in doc.salience, text


def test_a_bank_after_a_house_and_a_rating_verb_is_the_rated_one() -> None:
    # look-alike: a name opens the sentence, so the bank after the verb is its object
    doc = document("Commerzbank steigt", "Jefferies stuft die Commerzbank hoch.",
                   "Die Aktie legte zu.", lang="de")
    assert "Jefferies" not in doc.salience
    assert doc.salience.get("Commerzbank", 0.0) > 0


def test_a_bank_after_an_introductory_phrase_and_comma_reports_its_own_results() -> None:
    for text in ("On Wednesday, Barclays raised its full-year outlook.",
                 "In the third quarter, Barclays raised its dividend."):
        doc = document("Banks", text, "Bayer rose.")
        assert doc.salience.get("Barclays", 0.0) > doc.salience["Bayer"], text


def test_a_house_after_an_introductory_phrase_stays_the_house() -> None:
    # look-alikes: the house raises its target, or the phrase before it is no opening phrase
    for text in ("On Wednesday, Jefferies raised its price target to 40 euros.",
                 "On Wednesday, Jefferies raised its target for Bayer.",
                 "According to Jefferies, Bayer raised its forecast."):
        doc = document("Bayer rises", text, "Bayer shares rose.")
        assert "Jefferies" not in doc.salience, text


def test_the_bank_after_an_introductory_phrase_goes_on_about_its_subject() -> None:
    doc = document("Banks", "Bayer sold a stake.", "On Wednesday, Barclays raised its dividend.",
                   "The bank also cut costs.")
    last = doc.sentences[3]
    assert antecedent(doc, last, ISSUER_TYPES, last.start) == "Barclays"


EMPLOYERS = [
    # a clause naming two companies before ", its <title>": which one, the grammar does not tell
    ("en", "SAP invests", "SAP invested in Celonis, its chief executive Christian Klein said.", set()),
    ("de", "SAP investiert", "SAP hat in Celonis investiert, sagte sein Mitgründer Bastian Nominacher.",
     set()),
    # a clause naming one company: the possessive is that company's
    ("en", "Funding round", "Celonis raised new funding, its co-founder Bastian Nominacher said.",
     {("Bastian Nominacher", "Celonis")}),
    ("de", "Finanzierungsrunde",
     "Celonis sammelte frisches Geld ein, sagte sein Mitgründer Bastian Nominacher.",
     {("Bastian Nominacher", "Celonis")}),
    # look-alikes: a bare title after the comma keeps the speaker at the article's company, and
    # an apposition inside the clause is of its subject
    ("en", "SAP invests in Celonis", "SAP invested in Celonis, chief executive Christian Klein said.",
     {("Christian Klein", "SAP")}),
    ("en", "SAP invests", "SAP, its chief executive Christian Klein said, will invest more.",
     {("Christian Klein", "SAP")}),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), EMPLOYERS)
def test_a_possessive_title_after_a_clause_is_of_its_one_company(
        extractor: Extractor, lang: str, headline: str, body: str, expected: set[tuple[str, str]]) -> None:
    x = run(extractor, body, lang=lang, headline=headline)
    assert {(s, o) for s, p, o in triples(x) if p == "worksFor"} == expected

TWO_BN = Decimal("2000000000")


def test_die_tochter_is_the_named_subsidiary_of_the_articles_company(extractor: Extractor) -> None:
    x = run(extractor, "Fresenius steigerte den Umsatz. Fresenius Kabi wuchs kräftig. Die Tochter "
            "steigerte den Umsatz auf 2 Milliarden Euro.", headline="Fresenius legt zu")
    assert ("Fresenius Kabi", "Revenue", TWO_BN, "EUR") in figure_facts(x)
    x = run(extractor, "Fresenius raised its revenue. Fresenius Kabi grew strongly. The subsidiary "
            "lifted revenue to 2 billion euros.", lang="en", headline="Fresenius grows")
    assert ("Fresenius Kabi", "Revenue", TWO_BN, "EUR") in figure_facts(x)


def test_die_tochter_with_no_named_subsidiary_is_no_one(extractor: Extractor) -> None:
    # look-alike: the parent alone is named, and the subsidiary head never means it
    x = run(extractor, "Fresenius steigerte den Umsatz. Die Tochter steigerte den Umsatz auf "
            "2 Milliarden Euro.", headline="Fresenius legt zu")
    assert not any(f[1] == "Revenue" and f[2] == TWO_BN for f in figure_facts(x))


def test_die_tochter_with_two_named_subsidiaries_is_no_one(extractor: Extractor) -> None:
    # look-alike: two subsidiaries of the article's company compete
    x = run(extractor, "Volkswagen steigerte den Umsatz. Audi und Porsche wuchsen kräftig. Die Tochter "
            "steigerte den Umsatz auf 2 Milliarden Euro.", headline="Volkswagen legt zu")
    assert not any(f[1] == "Revenue" and f[2] == TWO_BN for f in figure_facts(x))


def test_a_subsidiary_in_the_analysts_comment_is_not_the_covered_company(extractor: Extractor) -> None:
    x = run(extractor, "Fresenius shares rose 3%. Jefferies praised the cost discipline at Fresenius "
            "Kabi and raised its price target to 50 euros.", lang="en", headline="Fresenius rises")
    assert ("Jefferies", "covers", "Fresenius") in triples(x)
    assert ("Jefferies", "covers", "Fresenius Kabi") not in triples(x)
    x = run(extractor, "Fresenius-Aktien stiegen um 3 Prozent. Jefferies lobte die Kostendisziplin bei "
            "Fresenius Kabi und bestätigte das Kaufvotum.", headline="Fresenius steigt")
    assert ("Jefferies", "covers", "Fresenius") in triples(x)
    assert ("Jefferies", "covers", "Fresenius Kabi") not in triples(x)


def test_a_bank_reporting_its_own_results_keeps_its_figure(extractor: Extractor) -> None:
    # the results verb is a rating's too; the bank opens the clause and names no other company
    for body in ("HSBC raised its net profit to 2 billion dollars.",
                 "On Tuesday, HSBC raised its net profit to 2 billion dollars."):
        x = run(extractor, body, lang="en", headline="Results")
        assert ("HSBC", "Profit", TWO_BN, "USD") in figure_facts(x), body


def test_a_house_raising_a_target_or_a_forecast_for_a_company_has_no_figure_of_its_own(
        extractor: Extractor) -> None:
    # look-alikes: the house names the company it forecasts for, or raises a price target
    x = run(extractor, "Jefferies raised its profit forecast for Bayer to 2 billion euros.",
            lang="en", headline="Bayer rises")
    assert not any(f[0] == "Jefferies" for f in figure_facts(x))
    x = run(extractor, "Infineon-Aktien legten zu. Goldman Sachs hob das Ziel von 44 auf 50 Euro an.",
            headline="Infineon steigt")
    assert not any(f[0] == "Goldman Sachs" for f in figure_facts(x))
