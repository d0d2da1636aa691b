"""Readings that must not reach past their construction, each beside the reading it keeps:
a bank that is the subject of the sentence before ("Unter Druck stand dagegen die X Bank")
keeps the result the next sentence reports, where neither sentence rates a stock; a bank
named before in a rating sentence, or as the house of analysts, stays the analyst and the
figure the article's company's. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

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
