"""A company noun that repeats the noun which introduced a company ("der Getriebehersteller
X … der Hersteller") takes that company up, unless a complement of its own says what it makes
("der Hersteller von Radaranlagen"): then it speaks of another maker, and the figures of its
sentence are not the introduced company's. A firm found by its description whose name an
ampersand joins to a word before it ("Ashcombe & Pell") is named whole, not by its last part.
A profit warning names no profit: the price after it is the share's. Sentences written for
the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, run, run_in

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


def test_a_described_firm_joined_by_an_ampersand_is_named_whole(extractor: Extractor) -> None:
    x = run_in(extractor, "Smaller rival Ashcombe & Pell, a Bristol-based lender that specialises "
                          "in mortgages, rose 3.1% to 212 pence.", "en")
    assert "Ashcombe & Pell" in labels(x)
    assert "Pell" not in labels(x)


def test_a_described_firm_without_an_ampersand_keeps_its_one_word(extractor: Extractor) -> None:
    x = run_in(extractor, "Barclays rose 2% after a tie-up with Ashcombe, a Bristol-based lender "
                          "that specialises in mortgages.", "en")
    assert {"Barclays", "Ashcombe"} <= labels(x)


def test_a_catalogued_name_before_the_ampersand_stays_its_own(extractor: Extractor) -> None:
    x = run_in(extractor, "Barclays & Pell, a Bristol-based lender that specialises in mortgages, "
                          "rose 3.1% to 212 pence.", "en")
    assert "Barclays" in labels(x)
    assert "Barclays & Pell" not in labels(x)


def test_the_price_after_a_profit_warning_is_no_profit(extractor: Extractor) -> None:
    x = run(extractor, "Im MDax fielen die Aktien von Hapag-Lloyd nach einer Gewinnwarnung um "
                       "11 Prozent auf 93,40 Euro.")
    assert ("Hapag-Lloyd", Decimal("93.40")) not in metric_facts(x, "Profit")
    assert ("Hapag-Lloyd", Decimal("93.40")) in metric_facts(x, "SharePrice")


def test_the_profit_after_a_warning_is_still_read(extractor: Extractor) -> None:
    x = run(extractor, "Hapag-Lloyd gab eine Gewinnwarnung heraus. Der Konzern erwartet für 2026 "
                       "nur noch einen Gewinn von 410 Millionen Euro.")
    assert ("Hapag-Lloyd", Decimal("410000000")) in metric_facts(x, "Profit")
