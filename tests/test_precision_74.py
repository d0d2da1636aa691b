"""A company noun that repeats the noun which introduced a company ("der Getriebehersteller
X … der Hersteller") takes that company up, unless a complement of its own says what it makes
("der Hersteller von Radaranlagen"): then it speaks of another maker, and the figures of its
sentence are not the introduced company's. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

_INTRODUCED = ("Jefferies senkte das Kursziel für den Getriebehersteller Renk auf 60 Euro. "
               "Zu den Profiteuren zählt auch die Morlitz Marine GmbH aus Bremen, an der "
               "Hensoldt 30 Prozent hält. ")


def test_a_maker_described_by_its_own_complement_is_not_the_one_the_noun_introduced(
        extractor: Extractor) -> None:
    x = run(extractor, _INTRODUCED + "Der Hersteller von Radaranlagen mit rund 450 Beschäftigten "
                                     "erwartet einen Umsatz von 90 Millionen Euro.")
    assert ("Renk Group", Decimal("450")) not in metric_facts(x, "Employees")
    assert ("Renk Group", Decimal("90000000")) not in metric_facts(x, "Revenue")


def test_the_bare_noun_still_takes_up_the_company_it_introduced(extractor: Extractor) -> None:
    x = run(extractor, _INTRODUCED + "Der Hersteller mit rund 4.500 Beschäftigten erwartet "
                                     "einen Umsatz von 1,3 Milliarden Euro.")
    assert ("Renk Group", Decimal("4500")) in metric_facts(x, "Employees")
    assert ("Renk Group", Decimal("1300000000")) in metric_facts(x, "Revenue")
