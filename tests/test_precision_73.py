"""Readings that must not reach past their construction, each beside the reading it keeps:
a bank that is the subject of the sentence before ("Unter Druck stand dagegen die X Bank")
keeps the result the next sentence reports, where neither sentence rates a stock; a bank
named before in a rating sentence, or as the house of analysts, stays the analyst and the
figure the article's company's; a rival compound before a name not known as a company ("X
rival Korvath Apparel") pairs no one, where one before a verb stands for the article's company.
Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, metric_facts, run, triples

from kg.nlp.extract import Extractor

_OPENING = ("Die Commerzbank hob ihre Prognose an. Die Commerzbank erwartet einen Gewinn von "
            "2,9 Milliarden Euro. ")


def test_a_bank_after_its_verb_is_the_subject_the_passage_goes_on_with(extractor: Extractor) -> None:
    x = run(extractor, _OPENING + "Unter Druck stand dagegen die Morvenau Bank aus Stuttgart. "
                       "Das auf Agrarkredite spezialisierte Institut wies für das dritte Quartal "
                       "einen Verlust von 37 Millionen Euro aus.", headline="Commerzbank hebt Prognose")
    profits = metric_facts(x, "Profit")
    assert ("Morvenau Bank", Decimal("-37000000")) in profits
    assert ("Commerzbank", Decimal("-37000000")) not in profits


def test_a_bank_whose_analysts_rate_stays_the_analyst(extractor: Extractor) -> None:
    """Look-alike: the bank before is named as the house of analysts who rate the stock."""
    x = run(extractor, _OPENING + "Die Analysten der Baader Bank bestätigten ihr Votum \"Buy\". "
                       "Für 2027 wird ein Gewinn von 3,1 Milliarden Euro erwartet.",
            headline="Commerzbank hebt Prognose")
    profits = metric_facts(x, "Profit")
    assert ("Baader Bank", Decimal("3100000000")) not in profits


def test_a_figure_whose_sentence_names_a_company_is_not_the_bank_before(extractor: Extractor) -> None:
    """Look-alike: the investor opens the sentence before, the figure's own sentence names
    the company that raises the money."""
    x = run(extractor, "Renk will an die Börse zurückkehren. Angeboten werden 9 Millionen Aktien aus "
                       "dem Bestand des Finanzinvestors KKR. KKR will nach dem Börsengang noch gut "
                       "die Hälfte der Anteile halten. Mit dem Erlös aus den neuen Aktien von rund "
                       "310 Millionen Euro will Renk Schulden abbauen.", headline="Renk plant Börsengang")
    owners = {about for about, _m, value, _u in figure_facts(x) if value == Decimal("310000000")}
    assert "KKR" not in owners


_NIKE = ("Nike raised its forecast on Monday, saying Nike's new running shoes sold well. Nike "
         "shares rose 3.6% to $71.85. Nike expects a gross margin of 44%. ")


def _rivals(extractor: Extractor, body: str) -> set[frozenset[str]]:
    x = run(extractor, _NIKE + body, lang="en", headline="Nike upgraded at RBC as turnaround takes hold")
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


def test_a_rival_compound_before_an_unknown_name_pairs_no_one(extractor: Extractor) -> None:
    """"Lululemon rival Korvath Apparel": the rival is the unknown company named right after
    the compound, never the article's subject in its place."""
    rivals = _rivals(extractor, "Evercore ISI downgraded Lululemon rival Korvath Apparel to "
                                "\"in line\" from \"outperform\".")
    assert frozenset(("Nike", "Lululemon Athletica")) not in rivals


def test_a_rival_compound_before_a_verb_is_the_article_subject(extractor: Extractor) -> None:
    """Look-alike: no name after the compound; it stands for the article's company."""
    assert frozenset(("Nike", "Adidas")) in _rivals(extractor, "The Adidas rival said demand "
                                                                "stayed strong.")


def test_a_bank_that_speaks_of_a_company_stays_the_analyst(extractor: Extractor) -> None:
    """Look-alike: the bank opens the sentence before, but of another company it names there."""
    x = run(extractor, "Die Privatbank Berenberg traut dem Industriekonzern Siemens nach dem Abbau "
                       "der Lagerbestände wieder Wachstum zu. Analystin Vera Holm erwartet für 2027 "
                       "einen Umsatzanstieg um 7 Prozent. Die Aktie legte um 2,4 Prozent zu.",
            headline="Berenberg hebt Siemens auf Buy")
    growth = metric_facts(x, "RevenueGrowth")
    assert ("Siemens", Decimal("7")) in growth
    assert ("Berenberg", Decimal("7")) not in growth
