"""Families of figures on sentences written for these tests, each with look-alikes that
must keep their reading:

- The daily output a sentence opens with, named by its commodity ("Oil and gas production
  averaged 1.9 million barrels of oil equivalent per day", "Oil output was …"): the output of
  the producer the passage is about, as "Production averaged …" is. Look-alikes: the output of
  a country or of the world ("U.S. oil production", "Oil production in the United States",
  "Global oil output"), the price of a barrel, and the commodity's own move keep no figure of
  the producer.
- A bank's ratio beside its own goal in percent ("The bank's CET1 ratio stood at 14.2%, above
  its 13.5% target"): a target in percent is no analyst's price target, so the sentence rates
  nothing and the bank that "the bank's" refers to keeps its ratio. Look-alikes: a house that
  raises its price target on the bank still rates it, and a ratio compared with another bank's
  stays the one of the bank of the passage.
- A landlord's vacancy rate a sentence opens with ("Der Leerstand sank auf 2,1 Prozent", "The
  vacancy rate fell to 2.1%"): the company's ratio, filed as `Other`. Look-alikes: the vacancy
  of a city or the country ("in Berlin", "bundesweite", "deutschlandweit", "nationwide") and one
  a source gives inside a sentence ("Laut Empirica lag der Leerstand …") are no company's.
- A margin named by the acronym of its profit ("lifting the EBITDA margin to 39.1% from
  38.4%", "an EBITA margin of 18.2%"): the acronym is part of the metric word, no name of an
  unknown unit, so the margin is the company's. Look-alike: a margin after capitalised words
  that name a unit the extractor does not know ("the Racing Services margin") stays no
  company's.
- A gloss that opens right with a word of its own ("Gross merchandise volume (GMV), the total
  value of orders placed on its platform, grew 29% to $92 billion"): the word describes the
  metric before it and keeps the number from no metric. Look-alike: the same words outside a
  gloss ("sold 4,000 shares for a total value of $1.1 million") still name no revenue.
- A postal company's letter volumes and an airport's passenger traffic ("Die Briefmengen sanken
  um 6,5 Prozent", "Das Passagieraufkommen stieg um 9 Prozent auf 14,2 Millionen"): the
  company's volumes, filed as `Other`. Look-alike: the traffic of a place ("das
  Passagieraufkommen an deutschen Flughäfen") is no company's.
- Net debt written "Nettofinanzschulden" as "Nettofinanzverschuldung" is: the company's, filed
  as `Other`. Look-alike: "Nettofinanzergebnis" is a result, no debt.
- What a deal or plan saves, told as synergies or cost advantages ("Synergien von jährlich 100
  Millionen Euro", "Kostenvorteile von etwa 45 Millionen Euro", "annual synergies of $1.2
  billion", "cost saves of $10.5 billion"): amounts filed as `Other`, as savings are.
  Look-alike: synergies the two companies expect together ("Die beiden Unternehmen erwarten
  …") are neither's.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor

_BP = "BP reported a higher profit on Tuesday. "


@pytest.mark.parametrize("opening", ["Oil and gas production averaged",
                                     "Oil production was",
                                     "Oil output rose 2% to"])
def test_output_opening_with_its_commodity_is_the_producers(extractor: Extractor,
                                                            opening: str) -> None:
    x = run(extractor, _BP + f"{opening} 1.93 million barrels of oil equivalent per day in the "
            "quarter.", "en", "BP results")
    assert ("BP", "Other", Decimal("1930000"), "Count") in figure_facts(x)


@pytest.mark.parametrize("sentence", [
    "U.S. oil production rose to 13.1 million barrels per day in October.",
    "Oil production in the United States rose to 13.1 million barrels per day in October.",
    "Global oil output rose to 13.1 million barrels per day in October.",
    "Oil production of the OPEC+ group rose to 13.1 million barrels per day in October.",
])
def test_output_of_a_country_or_the_world_is_none_of_the_producers(extractor: Extractor,
                                                                    sentence: str) -> None:
    x = run(extractor, _BP + sentence, "en", "BP results")
    assert not any(about == "BP" and value == Decimal("13100000")
                   for about, _metric, value, _unit in figure_facts(x))


@pytest.mark.parametrize("sentence", ["Oil prices rose 2% to $71 a barrel.",
                                      "Oil rose 2% to $71 a barrel on Tuesday."])
def test_commodity_price_stays_no_figure_of_the_producer(extractor: Extractor,
                                                         sentence: str) -> None:
    x = run(extractor, _BP + sentence, "en", "BP results")
    assert not any(about == "BP" and value in (Decimal("2"), Decimal("71"))
                   for about, _metric, value, _unit in figure_facts(x))


_LLOYDS = "Lloyds Banking Group reported a higher profit on Wednesday. "


@pytest.mark.parametrize("goal", ["above its 13.5% target", "above the 13.5 percent target",
                                  "up from 13.9% in June and above its 13.5% target"])
def test_ratio_beside_a_goal_in_percent_is_the_banks(extractor: Extractor, goal: str) -> None:
    x = run(extractor, _LLOYDS + f"The bank's CET1 ratio stood at 14.2% at the end of September, "
            f"{goal}.", "en", "Lloyds results")
    assert ("Lloyds Banking Group", "Other", Decimal("14.2"), "Percent") in figure_facts(x)


def test_price_target_on_the_bank_still_rates_it(extractor: Extractor) -> None:
    x = run(extractor, _LLOYDS + "Jefferies raised its target on the bank to 85 pence, saying the "
            "14.2% capital ratio was above its 13.5% target.", "en", "Lloyds results")
    facts = {(f.about, f.metric, f.value, f.estimated_by) for f in x.figures}
    assert ("Lloyds Banking Group", "PriceTarget", Decimal("0.85"), "Jefferies") in facts
    assert not any(about == "Jefferies" for about, *_ in facts)


def test_ratio_compared_with_another_bank_stays_the_passages(extractor: Extractor) -> None:
    x = run(extractor, _LLOYDS + "The bank's CET1 ratio stood at 14.2% at the end of September, "
            "compared with 13.5% at Barclays.", "en", "Lloyds results")
    facts = figure_facts(x)
    assert ("Lloyds Banking Group", "Other", Decimal("14.2"), "Percent") in facts
    assert ("Lloyds Banking Group", "Other", Decimal("13.5"), "Percent") not in facts


_VONOVIA_DE = "Vonovia steigerte die Mieteinnahmen um 3 Prozent. "
_VONOVIA_EN = "Vonovia raised its rental income by 3%. "


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Der Leerstand sank auf 1,9 Prozent."),
    ("de", "Die Leerstandsquote lag bei nur 1,9 Prozent."),
    ("en", "The vacancy rate fell to 1.9% at the end of September."),
])
def test_vacancy_a_sentence_opens_with_is_the_landlords(extractor: Extractor, lang: str,
                                                       sentence: str) -> None:
    body = (_VONOVIA_DE if lang == "de" else _VONOVIA_EN) + sentence
    x = run(extractor, body, lang, "Vonovia")
    assert ("Vonovia", "Other", Decimal("1.9"), "Percent") in figure_facts(x)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Der Leerstand in Berlin liegt bei 1,9 Prozent."),
    ("de", "Der bundesweite Leerstand liegt bei 1,9 Prozent."),
    ("de", "Der Leerstand liegt deutschlandweit bei 1,9 Prozent."),
    ("de", "Laut Empirica lag der Leerstand zuletzt bei 1,9 Prozent."),
    ("en", "The vacancy rate in Berlin is 1.9%."),
    ("en", "The vacancy rate nationwide is 1.9%."),
    ("en", "According to CBRE, the vacancy rate was 1.9%."),
])
def test_vacancy_of_a_market_is_no_figure_of_the_landlord(extractor: Extractor, lang: str,
                                                          sentence: str) -> None:
    body = (_VONOVIA_DE if lang == "de" else _VONOVIA_EN) + sentence
    x = run(extractor, body, lang, "Vonovia")
    assert not any(value == Decimal("1.9") for _about, _metric, value, _unit in figure_facts(x))


_FERRARI = "Ferrari reported a higher profit on Tuesday. "


@pytest.mark.parametrize(("sentence", "value"), [
    ("EBITDA rose 9% to 690 million euros, lifting the EBITDA margin to 37.7% from 36.2%.", "37.7"),
    ("EBITDA rose 9% to 690 million euros, lifting the EBITDA margin to 37.7% from 36.2%.", "36.2"),
    ("The company posted an EBITA margin of 37.7%.", "37.7"),
])
def test_margin_named_by_its_acronym_is_the_companys(extractor: Extractor, sentence: str,
                                                     value: str) -> None:
    x = run(extractor, _FERRARI + sentence, "en", "Ferrari results")
    assert ("Ferrari", "Other", Decimal(value), "Percent") in figure_facts(x)


def test_margin_of_an_unknown_unit_is_no_figure_of_the_company(extractor: Extractor) -> None:
    x = run(extractor, _FERRARI + "Sales of the unit rose 9% to 690 million euros, lifting the "
            "Racing Services margin to 37.7%.", "en", "Ferrari results")
    assert not any(value == Decimal("37.7") for _about, _metric, value, _unit in figure_facts(x))


def test_gloss_opening_with_a_word_of_its_own_keeps_the_metric(extractor: Extractor) -> None:
    x = run(extractor, "Shopify reported higher revenue. Gross merchandise volume (GMV), the total "
            "value of orders placed through merchants on its platform, grew 27% to $88.0 billion.",
            "en", "Shopify results")
    facts = figure_facts(x)
    assert ("Shopify", "Other", Decimal("27"), "Percent") in facts
    assert ("Shopify", "Other", Decimal("88000000000"), "USD") in facts


def test_total_value_outside_a_gloss_names_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Shopify reported higher revenue. Its founder sold 4,000 shares for a total "
            "value of $1.1 million.", "en", "Shopify results")
    assert not any(metric in ("Revenue", "Other") and value == Decimal("1100000")
                   for _about, metric, value, _unit in figure_facts(x))


def test_letter_volumes_are_the_postal_companys(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Post steigerte den Gewinn. Die Briefmengen sanken um 5,5 "
            "Prozent.", "de", "Deutsche Post")
    assert ("DHL Group", "Other", Decimal("-5.5"), "Percent") in figure_facts(x)


def test_passenger_traffic_is_the_airports(extractor: Extractor) -> None:
    x = run(extractor, "Fraport steigerte den Gewinn. Das Passagieraufkommen stieg um 7 Prozent auf "
            "12,4 Millionen.", "de", "Fraport")
    facts = figure_facts(x)
    assert ("Fraport", "Other", Decimal("7"), "Percent") in facts
    assert ("Fraport", "Other", Decimal("12400000"), "Count") in facts


def test_passenger_traffic_of_a_place_is_no_companys(extractor: Extractor) -> None:
    x = run(extractor, "Fraport steigerte den Gewinn. Das Passagieraufkommen an deutschen "
            "Flughäfen stieg laut dem Branchenverband um 7 Prozent.", "de", "Fraport")
    assert not any(value == Decimal("7") for _about, _metric, value, _unit in figure_facts(x))


@pytest.mark.parametrize("word", ["Nettofinanzschulden", "Nettoschulden"])
def test_net_financial_debt_is_other(extractor: Extractor, word: str) -> None:
    x = run(extractor, f"Fraport steigerte den Gewinn. Die {word} sanken auf 6,8 Milliarden Euro.",
            "de", "Fraport")
    assert ("Fraport", "Other", Decimal("6800000000"), "EUR") in figure_facts(x)


def test_net_financial_result_is_no_debt(extractor: Extractor) -> None:
    x = run(extractor, "Fraport steigerte den Gewinn. Das Nettofinanzergebnis lag bei minus 110 "
            "Millionen Euro.", "de", "Fraport")
    assert ("Fraport", "Other", Decimal("-110000000"), "EUR") not in figure_facts(x)
    assert ("Fraport", "Other", Decimal("110000000"), "EUR") not in figure_facts(x)


@pytest.mark.parametrize(("lang", "body", "about", "value", "unit"), [
    ("de", "Zalando hatte About You übernommen. Bis Ende 2027 sollen die Synergien jährlich rund "
     "90 Millionen Euro erreichen.", "Zalando", "90000000", "EUR"),
    ("de", "Knorr-Bremse kauft zu. Der Konzern erwartet ab 2029 Kostenvorteile von jährlich etwa "
     "35 Millionen Euro.", "Knorr-Bremse", "35000000", "EUR"),
    ("en", "Covestro agreed to buy Lanxess. Covestro expects annual synergies of $450 million.",
     "Covestro", "450000000", "USD"),
    ("en", "UBS said it had now achieved gross cost saves of about $9.5 billion.", "UBS",
     "9500000000", "USD"),
])
def test_synergies_and_cost_advantages_are_other(extractor: Extractor, lang: str, body: str,
                                                 about: str, value: str, unit: str) -> None:
    x = run(extractor, body, lang, "Marktbericht" if lang == "de" else "Market report")
    assert (about, "Other", Decimal(value), unit) in figure_facts(x)


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Covestro und Lanxess wollen fusionieren. Die beiden Unternehmen erwarten Synergien "
     "von jährlich 450 Millionen Euro."),
    ("en", "Covestro and Lanxess agreed to merge. The two companies expect annual synergies of "
     "$450 million."),
])
def test_synergies_of_two_companies_together_are_neithers(extractor: Extractor, lang: str,
                                                          body: str) -> None:
    x = run(extractor, body, lang, "Marktbericht" if lang == "de" else "Market report")
    assert not any(value == Decimal("450000000") for _about, _metric, value, _unit in figure_facts(x))
