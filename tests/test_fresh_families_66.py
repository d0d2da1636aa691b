"""Families of construction met in analyst and results news, each holding in any article,
on sentences written for these tests (catalogued companies, invented facts):

- the rival a company competes or wins against ("we keep winning against X and Y",
  "im Wettbewerb mit X und Y") adds nothing to what the article is about: an article whose
  own company is not found takes no subject, and so no figures, from the rivals it names so;
  a company named so and also as the subject keeps its figures.

Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

# --- the rival a company competes or wins against --------------------------------------


def test_rivals_won_against_do_not_take_the_articles_figures(extractor: Extractor) -> None:
    x = run(extractor, "Revenue rose 12% to $410 million in the quarter. \"We keep winning deals "
            "against SAP and Oracle,\" the chief executive said. In Europe the group still "
            "competes with SAP for large retailers. Operating profit rose 8% to $61 million.",
            lang="en", headline="Quarterly revenue beats estimates")
    abouts = {f.about for f in x.figures}
    assert "SAP" not in abouts and "Oracle" not in abouts


def test_a_subject_that_also_competes_keeps_its_figures(extractor: Extractor) -> None:
    x = run(extractor, "SAP said revenue rose 9% to 8.5 billion euros in the quarter. SAP "
            "competes with Oracle and Salesforce for large retailers, and it keeps winning "
            "against Oracle in Europe.", lang="en", headline="SAP revenue beats estimates")
    assert ("SAP", 8500000000) in metric_facts(x, "Revenue")


def test_german_rivals_in_competition_take_no_figures(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz stieg im Quartal um 12 Prozent auf 410 Millionen Euro. Im "
            "harten Wettbewerb mit SAP und Oracle gewinne man Kunden, sagte der Chef. Auch in "
            "Asien konkurriert die Gruppe mit SAP. Das operative Ergebnis stieg auf 61 Millionen Euro.",
            headline="Umsatz steigt kräftig")
    abouts = {f.about for f in x.figures}
    assert "SAP" not in abouts and "Oracle" not in abouts


def test_german_subject_in_competition_keeps_its_figures(extractor: Extractor) -> None:
    x = run(extractor, "SAP steigerte den Umsatz im Quartal um 9 Prozent auf 8,5 Milliarden "
            "Euro. SAP steht im Wettbewerb mit Oracle und Salesforce.",
            headline="SAP wächst kräftig")
    assert ("SAP", 8500000000) in metric_facts(x, "Revenue")
