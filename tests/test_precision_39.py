"""Wrong figures of constructions that hold in any article, on sentences written
for these tests, each with look-alikes that must keep their reading:

* a bank's business line named by its common noun as the clause's subject
  ("Die Investmentbank steigerte ihre Erträge", "The retail bank grew
  revenue") is an unnamed unit: its figure is not the parent's;
* a per-share phrase after an amount and its metric word ("statt 1,20 Euro
  Dividende je Aktie nur 0,90 Euro") tells that amount's unit, and makes no
  share price of the next amount;
* a name after an amount in the phrase of the matter it is about ("260
  Millionen Euro für Klagen früherer Aktionäre der X", "over the X
  lawsuit") does not book it: the passage's or the article's company does.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _owners(x: Extraction, value: str) -> set[str]:
    """Who the figures of ``value`` are about."""
    return {f.about for f in x.figures if f.value == Decimal(value)}


_BANK_DE = "Die Deutsche Bank steigerte den Vorsteuergewinn auf 2,1 Milliarden Euro. "


def test_business_line_of_a_bank_owns_its_figure(extractor: Extractor) -> None:
    x = run(extractor, _BANK_DE + "Die Investmentbank steigerte ihre Erträge um 9 Prozent auf "
            "2,71 Milliarden Euro. Die Privatkundenbank kam auf Erträge von 2,35 Milliarden Euro.",
            lang="de", headline="Deutsche Bank legt Zahlen vor")
    assert ("Deutsche Bank", "Profit", Decimal("2100000000"), "EUR") in figure_facts(x)
    assert _owners(x, "9") == set()
    assert _owners(x, "2710000000") == set()
    assert _owners(x, "2350000000") == set()


def test_business_line_of_a_bank_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Deutsche Bank posted a profit of 1.5 billion euros. The retail bank "
            "reported revenue of 700 million euros.", lang="en", headline="Deutsche Bank results")
    assert _owners(x, "1500000000") == {"Deutsche Bank"}
    assert _owners(x, "700000000") == set()


def test_a_bank_named_after_the_noun_keeps_its_figure(extractor: Extractor) -> None:
    """Look-alike: "Die Investmentbank Goldman Sachs" names the company itself."""
    x = run(extractor, "Die Investmentbank Goldman Sachs steigerte ihren Gewinn um 10 Prozent.",
            lang="de", headline="Goldman Sachs verdient mehr")
    assert _owners(x, "10") == {"Goldman Sachs"}


def test_a_bank_described_with_a_prefix_keeps_its_figure(extractor: Extractor) -> None:
    """Look-alike: "Die US-Investmentbank" after the company is that company."""
    x = run(extractor, "Goldman Sachs legte am Dienstag Zahlen vor. Die US-Investmentbank "
            "steigerte ihren Gewinn um 10 Prozent.", lang="de", headline="Goldman Sachs verdient mehr")
    assert _owners(x, "10") == {"Goldman Sachs"}


def test_an_analyst_bank_keeps_the_price_target(extractor: Extractor) -> None:
    """Look-alike: a price target is no figure of the bank that sets it."""
    x = run(extractor, "Siemens legte am Mittwoch zu. Die Investmentbank hob das Kursziel für "
            "Siemens auf 250 Euro.", lang="de", headline="Siemens gefragt")
    assert ("Siemens", "PriceTarget", Decimal("250"), "EUR") in figure_facts(x)


def test_per_share_phrase_after_a_metric_word_is_no_share_price(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern zahlt statt 1,20 Euro Dividende je Aktie nur 0,90 Euro.",
            lang="de", headline="Lufthansa kürzt die Dividende")
    assert "SharePrice" not in {f.metric for f in x.figures}
    assert {f.metric for f in x.figures if f.value == Decimal("0.9")} <= {"Dividend"}
    assert {(f.metric, f.status) for f in x.figures if f.value == Decimal("1.2")} \
        <= {("Dividend", "Previous")}


def test_share_price_after_a_dividend_keeps_its_reading(extractor: Extractor) -> None:
    """Look-alike: the share word opens a clause of its own, no per-share phrase."""
    x = run(extractor, "Lufthansa zahlt eine Dividende von 0,90 Euro je Aktie. Die Aktie stieg "
            "am Mittwoch auf 7,20 Euro.", lang="de", headline="Lufthansa kürzt die Dividende")
    assert ("Lufthansa", "Dividend", Decimal("0.9"), "EUR") in figure_facts(x)
    assert ("Lufthansa", "SharePrice", Decimal("7.2"), "EUR") in figure_facts(x)


_RESULTS_DE = ("Die Deutsche Bank hat im Quartal mehr verdient. Die Erträge stiegen um 6 Prozent. "
               "Die Kosten sanken um 3 Prozent. ")


def test_company_in_the_matter_of_a_provision_does_not_book_it(extractor: Extractor) -> None:
    x = run(extractor, _RESULTS_DE + "Belastet wurde das Ergebnis von einer Rückstellung von "
            "260 Millionen Euro für Klagen früherer Aktionäre der Postbank.",
            lang="de", headline="Deutsche Bank verdient mehr")
    assert _owners(x, "260000000") == {"Deutsche Bank"}


def test_company_a_dispute_is_about_does_not_book_the_charge(extractor: Extractor) -> None:
    x = run(extractor, _RESULTS_DE + "Eine Rückstellung von 260 Millionen Euro im Streit um die "
            "Postbank belastete das Ergebnis.", lang="de", headline="Deutsche Bank verdient mehr")
    assert "Postbank" not in _owners(x, "260000000")


def test_company_in_the_matter_of_a_charge_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Deutsche Bank beat forecasts. Revenue rose 6% in the quarter. Costs fell "
            "3%. Results were hit by a provision of 260 million euros over lawsuits by former "
            "shareholders of Postbank.", lang="en", headline="Deutsche Bank beats forecasts")
    assert "Postbank" not in _owners(x, "260000000")


def test_company_named_after_the_verb_keeps_the_figure(extractor: Extractor) -> None:
    """Look-alike: the subject after the verb, behind a phrase of time, owns the amount."""
    x = run(extractor, "Der Markt war ruhig. Die Erträge stiegen um 6 Prozent. Einen Umsatz von "
            "5 Milliarden Euro meldete am Dienstag Siemens.", lang="de", headline="Siemens meldet Zahlen")
    assert ("Siemens", "Revenue", Decimal("5000000000"), "EUR") in figure_facts(x)
