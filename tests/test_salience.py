"""One salience score for every rule that asks what an article is about.
Sentences written for the test (names of real companies, all facts invented)."""

from __future__ import annotations

from test_attribution import document, weigh

from kg.catalogue import Catalogue, CatalogueEntry
from kg.nlp.attribution import salient_entity
from kg.nlp.document import ISSUER_TYPES
from kg.nlp.salience import most_salient, ranking, salient


def test_attribution_asks_the_same_score_as_references_and_relations() -> None:
    for doc in (document("Siemens legt zu", "Siemens meldete mehr Umsatz.", "BYD auch."),
                document("Marktbericht", "Adidas legte zu, Puma gab nach.", "Puma im Fokus."),
                document("Börse", "Goldman Sachs stuft Siemens auf \"Buy\".", "BYD fiel.")):
        assert salient_entity(doc) == salient(doc, ISSUER_TYPES)


def test_the_lead_and_the_subject_weigh_more_than_a_later_mention() -> None:
    # BYD opens the lead once; Siemens is named twice later, not opening its sentence
    doc = document("Autobauer", "BYD meldete einen Rekord.", "Der Dax stieg.",
                   "Im Dax legte Siemens zu.", "Im Dax legte Siemens weiter zu.")
    assert doc.salience["BYD"] > doc.salience["Siemens"]
    assert salient(doc, ISSUER_TYPES) == "BYD"


def test_a_bank_that_rates_counts_nothing_a_bank_that_reports_counts() -> None:
    rating = document("Analysten", "Goldman Sachs stuft Siemens auf \"Buy\".")
    assert "Goldman Sachs" not in rating.salience
    report = document("Banken", "Goldman Sachs meldete mehr Gewinn.", "Goldman Sachs wächst.")
    assert report.salience["Goldman Sachs"] > 0
    assert salient(report, ISSUER_TYPES) == "Goldman Sachs"


def test_a_credit_is_never_the_topic() -> None:
    # the dateline names the agency first; the article is about Adidas all the same
    doc = document("FRANKFURT (dpa-AFX) - Die Börse war ruhig.", "Im Dax legte Adidas zu.")
    assert "Deutsche Presse-Agentur" not in doc.salience
    assert most_salient(doc, weigh(doc, len(doc.sentences[0].text))) == "Adidas"


def test_topic_is_the_plain_count_where_salience_weighs_the_lead() -> None:
    # the lead's subject wins salience; named more often (in passing), Siemens is the topic
    doc = document("Bahn", "BYD liefert Busse.", "Der große Auftrag ging an Siemens.",
                   "Der Preis des Auftrags nützt Siemens.")
    plain = weigh(doc, len("Bahn"), positions=False)
    assert doc.salience["BYD"] > doc.salience["Siemens"]
    assert most_salient(doc, plain) == "Siemens"


def test_first_named_of_equals_is_the_topic_and_none_without_organisations() -> None:
    doc = document("Marktbericht", "Im Dax legten Adidas und Puma zu.")
    assert most_salient(doc, weigh(doc, len("Marktbericht"), positions=False)) == "Adidas"
    assert most_salient(document("Wetter", "Es regnet."), {}) is None



def test_of_equals_the_topic_names_the_first_and_the_clear_winner_none() -> None:
    doc = document("Marktbericht", "Am Freitag legten im Dax Puma und Adidas zu.")
    plain = weigh(doc, len("Marktbericht"), positions=False)
    assert plain["Puma"] == plain["Adidas"]
    assert most_salient(doc, plain) == "Puma"
    assert salient_entity(doc) is None


def test_ranking_pools_a_subsidiary_for_the_clear_winner_not_for_the_topic() -> None:
    doc = document("Medizintechnik", "Healthineers meldete mehr Umsatz.", "Siemens auch.")
    doc.catalogue = Catalogue({
        "Siemens": CatalogueEntry("Siemens", "Company", tickers=("SIE",)),
        "Siemens Healthineers": CatalogueEntry("Siemens Healthineers", "Company",
                                               parents=("Siemens",)),
    })
    counts = {"Siemens Healthineers": 3.0, "Siemens": 2.0}
    assert ranking(doc, counts) == [(5.0, "Siemens")]
    assert ranking(doc, counts, pooled=False) == [(3.0, "Siemens Healthineers"),
                                                   (2.0, "Siemens")]
    assert most_salient(doc, counts) == "Siemens Healthineers"
    doc.salience = counts
    assert salient_entity(doc) == "Siemens"


def test_ranking_leaves_out_other_types_and_excluded_names() -> None:
    doc = document("Banken", "Goldman Sachs und Siemens legten zu.", "BYD fiel.")
    counts = {"Goldman Sachs": 4.0, "Siemens": 2.0, "BYD": 1.0}
    assert [label for _, label in ranking(doc, counts, frozenset({"Company"}))] == ["Siemens", "BYD"]
    assert [label for _, label in ranking(doc, counts, exclude=frozenset({"Siemens"}))] == \
        ["Goldman Sachs", "BYD"]


def test_clear_winner_among_the_named_leaves_out_the_article_s_topic() -> None:
    doc = document("Rheinmetall", "Der Analyst sieht Siemens vor BYD.")
    doc.salience = {"Rheinmetall": 9.0, "Siemens": 4.0, "BYD": 2.0}
    assert salient(doc, ISSUER_TYPES) == "Rheinmetall"
    assert salient(doc, ISSUER_TYPES, among=frozenset({"Siemens", "BYD"})) == "Siemens"
    doc.salience = {"Rheinmetall": 9.0, "Siemens": 4.0, "BYD": 3.0}  # 4 < 1.5 × 3
    assert salient(doc, ISSUER_TYPES, among=frozenset({"Siemens", "BYD"})) is None


def test_clear_winner_among_the_named_counts_a_unit_for_its_parent() -> None:
    doc = document("Medizintechnik", "Healthineers wuchs.", "Der Analyst sieht Siemens vor BYD.")
    doc.catalogue = Catalogue({
        "Siemens": CatalogueEntry("Siemens", "Company", tickers=("SIE",)),
        "Siemens Healthineers": CatalogueEntry("Siemens Healthineers", "Company",
                                               parents=("Siemens",)),
    })
    doc.salience = {"Siemens Healthineers": 2.0, "Siemens": 2.0, "BYD": 2.5}
    among = frozenset({"Siemens", "BYD"})
    assert salient(doc, ISSUER_TYPES, among=among) == "Siemens"  # 2 + 2 ≥ 1.5 × 2.5
    doc.salience = {"Siemens": 2.0, "BYD": 2.5}
    assert salient(doc, ISSUER_TYPES, among=among) is None
