"""A company called by its trade ("the chipmaker", "der Chemiekonzern", "the hedge fund"),
on sentences written for the test with catalogue companies and invented figures: the noun
means the one company of the passage of a fitting industry, and nothing where two fit, where
none fits, or where it names another company ("another chipmaker", "ein anderer Autobauer")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import metric_facts, rating_facts, run_in, triples

from kg.nlp.extract import Extractor

# (language, opening naming the company, the kind noun's sentence, the company, the metric, the value)
RESOLVED = [
    ("en", "Infineon Technologies reported higher orders on Tuesday. BASF shares fell.",
     "The chipmaker raised its revenue forecast to 17 billion euros.",
     "Infineon Technologies", "Revenue", Decimal("17e9")),
    ("en", "Volkswagen cut its outlook on Tuesday.",
     "The carmaker now expects revenue of 310 billion euros.", "Volkswagen", "Revenue", Decimal("310e9")),
    ("en", "Pfizer cut its outlook on Tuesday.",
     "The drugmaker now expects revenue of 61 billion dollars.", "Pfizer", "Revenue", Decimal("61e9")),
    ("en", "Walmart raised its outlook on Tuesday.",
     "The retailer now expects revenue of 710 billion dollars.", "Walmart", "Revenue", Decimal("710e9")),
    ("en", "Rio Tinto raised its outlook on Tuesday.",
     "The miner now expects revenue of 62 billion dollars.", "Rio Tinto", "Revenue", Decimal("62e9")),
    ("en", "RWE raised its outlook on Tuesday.",
     "The utility now expects revenue of 31 billion euros.", "RWE", "Revenue", Decimal("31e9")),
    ("en", "Allianz raised its outlook on Tuesday.",
     "The insurer now expects operating profit of 16 billion euros.", "Allianz", "Profit", Decimal("16e9")),
    ("en", "Shell cut its outlook on Tuesday.",
     "The oil major now expects revenue of 290 billion dollars.", "Shell", "Revenue", Decimal("290e9")),
    ("de", "Infineon Technologies hat am Dienstag mehr Aufträge gemeldet. Die BASF-Aktie fiel.",
     "Der Chipkonzern hob die Umsatzprognose auf 17 Milliarden Euro an.",
     "Infineon Technologies", "Revenue", Decimal("17e9")),
    ("de", "BASF hat am Dienstag die Prognose gesenkt.",
     "Der Chemiekonzern erwartet nun einen Umsatz von 66 Milliarden Euro.", "BASF", "Revenue", Decimal("66e9")),
    ("de", "Rheinmetall hat am Dienstag die Ziele erhöht.",
     "Der Rüstungskonzern erwartet nun einen Umsatz von 13 Milliarden Euro.",
     "Rheinmetall", "Revenue", Decimal("13e9")),
    ("de", "Die Allianz hat am Dienstag die Ziele erhöht.",
     "Der Versicherer erwartet nun einen operativen Gewinn von 16 Milliarden Euro.",
     "Allianz", "Profit", Decimal("16e9")),
    ("de", "Shell hat am Dienstag die Ziele gesenkt.",
     "Der Ölmulti erwartet nun einen Umsatz von 290 Milliarden Dollar.", "Shell", "Revenue", Decimal("290e9")),
    # "Bergbaukonzern" ends with "Baukonzern", no building company's noun
    ("de", "Rio Tinto hat am Dienstag die Ziele erhöht. Heidelberg Materials bestätigte die Prognose.",
     "Der Bergbaukonzern erwartet nun einen Umsatz von 62 Milliarden Dollar.",
     "Rio Tinto", "Revenue", Decimal("62e9")),
]


@pytest.mark.parametrize(("lang", "opening", "sentence", "company", "metric", "value"), RESOLVED)
def test_a_kind_noun_means_the_one_company_of_its_trade(
        extractor: Extractor, lang: str, opening: str, sentence: str, company: str, metric: str,
        value: Decimal) -> None:
    found = metric_facts(run_in(extractor, f"{opening} {sentence}", lang), metric)
    assert (company, value) in found


# (language, text, the companies that must not take the figure, the metric, the value)
UNRESOLVED = [
    # two companies of the trade in the passage: either may be meant
    ("en", "Infineon Technologies and Nvidia reported higher orders on Tuesday. The chipmaker "
     "raised its revenue forecast to 17 billion euros.",
     ("Infineon Technologies", "Nvidia"), "Revenue", Decimal("17e9")),
    ("en", "Volkswagen and BMW cut their outlooks on Tuesday. The carmaker now expects revenue of "
     "310 billion euros.", ("Volkswagen", "BMW"), "Revenue", Decimal("310e9")),
    ("de", "Infineon Technologies und Nvidia haben am Dienstag mehr Aufträge gemeldet. Der "
     "Chipkonzern hob die Umsatzprognose auf 17 Milliarden Euro an.",
     ("Infineon Technologies", "Nvidia"), "Revenue", Decimal("17e9")),
    ("de", "Volkswagen und BMW haben am Dienstag die Ziele gesenkt. Der Autobauer erwartet nun "
     "einen Umsatz von 310 Milliarden Euro.", ("Volkswagen", "BMW"), "Revenue", Decimal("310e9")),
    # another company of the trade
    ("en", "Infineon Technologies reported higher orders on Tuesday. Another chipmaker raised its "
     "revenue forecast to 17 billion euros.", ("Infineon Technologies",), "Revenue", Decimal("17e9")),
    ("en", "Infineon Technologies reported higher orders on Tuesday. A rival chipmaker raised its "
     "revenue forecast to 17 billion euros.", ("Infineon Technologies",), "Revenue", Decimal("17e9")),
    ("en", "Infineon Technologies reported higher orders on Tuesday. The rival chipmaker raised its "
     "revenue forecast to 17 billion euros.", ("Infineon Technologies",), "Revenue", Decimal("17e9")),
    ("de", "Infineon Technologies hat am Dienstag mehr Aufträge gemeldet. Ein anderer Chipkonzern "
     "hob die Umsatzprognose auf 17 Milliarden Euro an.",
     ("Infineon Technologies",), "Revenue", Decimal("17e9")),
    ("de", "Volkswagen hat am Dienstag die Ziele gesenkt. Der konkurrierende Autobauer erwartet "
     "nun einen Umsatz von 310 Milliarden Euro.", ("Volkswagen",), "Revenue", Decimal("310e9")),
    # a noun of another trade than the company's
    ("en", "Volkswagen cut its outlook on Tuesday. The chipmaker now expects revenue of 310 "
     "billion euros.", ("Volkswagen",), "Revenue", Decimal("310e9")),
    ("de", "Volkswagen hat am Dienstag die Ziele gesenkt. Der Chipkonzern erwartet nun einen "
     "Umsatz von 310 Milliarden Euro.", ("Volkswagen",), "Revenue", Decimal("310e9")),
]


@pytest.mark.parametrize(("lang", "text", "companies", "metric", "value"), UNRESOLVED)
def test_a_kind_noun_without_one_fitting_company_means_none(
        extractor: Extractor, lang: str, text: str, companies: tuple[str, ...], metric: str,
        value: Decimal) -> None:
    found = metric_facts(run_in(extractor, text, lang), metric)
    assert not {(company, value) for company in companies} & found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Elliott Management criticised the board of BASF on Monday. The hedge fund also "
           "bought a stake in Covestro."),
    ("de", "Elliott Management hat am Montag den Vorstand von BASF kritisiert. Der Finanzinvestor "
           "ist zudem bei Covestro eingestiegen."),
])
def test_the_fund_noun_means_the_fund_named_before(extractor: Extractor, lang: str, text: str) -> None:
    found = triples(run_in(extractor, text, lang))
    assert ("Elliott Management", "investsIn", "Covestro") in found
    assert ("BASF", "investsIn", "Covestro") not in found


@pytest.mark.parametrize(("lang", "text"), [
    # the fund's noun after a bank only: the bank is no fund
    ("en", "Deutsche Bank criticised the board of BASF on Monday. The hedge fund also bought a "
           "stake in Covestro."),
    ("de", "Die Deutsche Bank hat am Montag den Vorstand von BASF kritisiert. Der Finanzinvestor "
           "ist zudem bei Covestro eingestiegen."),
])
def test_the_fund_noun_never_means_a_bank(extractor: Extractor, lang: str, text: str) -> None:
    found = triples(run_in(extractor, text, lang))
    assert ("Deutsche Bank", "investsIn", "Covestro") not in found
    assert ("BASF", "investsIn", "Covestro") not in found


def test_a_ticker_in_the_bracket_is_no_other_candidate(extractor: Extractor) -> None:
    """"(NYSE: BA)" is Boeing's ticker line, whatever company the ticker alone may match: the
    planemaker right after it is Boeing."""
    x = run_in(extractor, "Boeing (NYSE: BA) - Citi upgraded the planemaker to \"buy\" from "
               "\"neutral\" and raised its target to $250. Boeing rose 1.9%.", "en",
               headline="Analyst calls: Boeing upgraded")
    assert ("Citigroup", "Boeing", "buy") in rating_facts(x)
    assert not any(about == "BAE Systems" for _by, about, _rating in rating_facts(x))
