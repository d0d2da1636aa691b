"""Wrong facts of the precision40 families, each fixed so that it holds for any article:

* "JPMorgan and Citi set targets of $95 and $105 for Apple": with no pairing word, neither
  house owns both targets; "Kursziel: 250 Euro (Jefferies), 240 Euro (UBS)": a house in
  brackets right after a value owns that value; "…, das für AMD senkt die Bank auf 150
  Dollar": a second "das für X" clause starts a new target subject;
* "Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt LEG zum Halten": a
  comma-joined second clause with its own house and an unknown name rates that name;
* "Apple's revenue and profit rose 5% and 8%": two metric words and two numbers pair in order;
  "Volkswagen rechnet damit, dass Tesla …": one company's expectation of another's figure is
  no fact; "Nintendo raised its Switch 2 forecast to 23 million units": the maker's units;
* "BlackRock holds 7% of Apple, Vanguard 8% and State Street 4%": a gapped list, whose later
  names are holders, not objects.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _run(extractor: Extractor, text: str, lang: str) -> Extraction:
    return run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report")


def _targets(x: Extraction) -> set[tuple[str, Decimal | None, str | None]]:
    """Each price target as (about, value, house)."""
    return {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


def _ratings(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


# --- targets of several houses or companies in one sentence --------------------------------------

def test_unpaired_houses_own_no_target(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "JPMorgan and Citi set targets of $95 and $105 for Apple.", "en"))
    assert found == {("Apple", Decimal(95), None), ("Apple", Decimal(105), None)}


def test_paired_houses_keep_their_targets(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "JPMorgan and Citi set targets of $95 and $105, respectively, "
                                     "for Apple.", "en"))
    assert found == {("Apple", Decimal(95), "JPMorgan"), ("Apple", Decimal(105), "Citigroup")}


def test_one_house_keeps_its_targets(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Citi set a target of $105 for Apple.", "en"))
    assert found == {("Apple", Decimal(105), "Citigroup")}


def test_house_in_brackets_owns_its_value(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Kursziel: 250 Euro (Jefferies), 240 Euro (UBS) für SAP.", "de"))
    assert found == {("SAP", Decimal(250), "Jefferies"), ("SAP", Decimal(240), "UBS")}


def test_house_before_the_value_keeps_it(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Jefferies hebt das Kursziel für SAP auf 250 Euro (bisher 230 Euro).",
                          "de"))
    assert ("SAP", Decimal(250), "Jefferies") in found


def test_second_das_fuer_clause_is_not_the_first_company(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Goldman hebt das Ziel für Nvidia auf 200 Dollar, das für AMD senkt "
                                     "die Bank auf 150 Dollar.", "de"))
    assert ("Nvidia", Decimal(200), "Goldman Sachs") in found
    assert ("Nvidia", Decimal(150), "Goldman Sachs") not in found


def test_second_das_fuer_clause_of_an_unknown_name_is_left_out(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Goldman hebt das Ziel für Nvidia auf 200 Dollar, das für Zeltrona "
                                     "senkt die Bank auf 150 Dollar.", "de"))
    assert ("Nvidia", Decimal(200), "Goldman Sachs") in found
    assert not any(value == 150 for _, value, _ in found)


def test_second_target_with_its_own_fuer_keeps_its_company(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Goldman hebt das Ziel für Nvidia auf 200 Dollar, für AMD senkt die "
                                     "Bank das Ziel auf 150 Dollar.", "de"))
    assert ("Advanced Micro Devices", Decimal(150), "Goldman Sachs") in found
    assert not any(about == "Nvidia" and value == 150 for about, value, _ in found)


# --- a rating in a second clause with its own house and object -------------------------------------

def test_second_clause_rating_of_an_unknown_name_is_left_out(extractor: Extractor) -> None:
    found = _ratings(_run(extractor, "Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt "
                                     "Zeltrona zum Halten.", "de"))
    assert ("UBS", "Vonovia", "Kauf") in found
    assert not any(by == "Deutsche Bank" for by, _, _ in found)


@pytest.mark.parametrize(("text", "about"), [
    ("Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt Gerresheimer zum Halten.",
     "Gerresheimer"),
    ("Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt die Aktie zum Halten.", "Vonovia"),
    ("Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt sie zum Halten.", "Vonovia"),
    ("Die UBS hält Vonovia für einen Kauf, während die Deutsche Bank die Einstufung „Halten“ bestätigte.",
     "Vonovia"),
])
def test_second_clause_rating_of_a_known_or_same_company_kept(extractor: Extractor, text: str,
                                                              about: str) -> None:
    assert ("Deutsche Bank", about, "Halten") in _ratings(_run(extractor, text, "de"))


# --- two metrics, another company's expectation, a product's maker ----------------------------------

def test_listed_metrics_pair_in_order(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "Apple's revenue and profit rose 5% and 8%.", "en"))
    assert ("Apple", "RevenueGrowth", Decimal(5), "Percent") in facts
    assert ("Apple", "ProfitGrowth", Decimal(8), "Percent") in facts
    assert ("Apple", "ProfitGrowth", Decimal(5), "Percent") not in facts


def test_listed_metrics_with_more_numbers_are_left_out(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "Apple's revenue and profit rose 5%, 8% and 9%.", "en"))
    assert not any(m in ("RevenueGrowth", "ProfitGrowth") for _, m, _, _ in facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("Apple's revenue rose 5% and 8%.", {("Apple", "RevenueGrowth", Decimal(5), "Percent"),
                                         ("Apple", "RevenueGrowth", Decimal(8), "Percent")}),
    ("Apple's revenue rose 5% and its profit 8%.", {("Apple", "RevenueGrowth", Decimal(5), "Percent"),
                                                    ("Apple", "ProfitGrowth", Decimal(8), "Percent")}),
])
def test_one_metric_or_one_per_number_kept(extractor: Extractor, text: str,
                                           expected: set[tuple[str, str, Decimal, str]]) -> None:
    assert expected <= figure_facts(_run(extractor, text, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Volkswagen rechnet damit, dass Tesla seinen Umsatz um 10 Prozent steigert.", "de"),
    ("Volkswagen expects Tesla to grow its revenue by 10%.", "en"),
])
def test_another_companys_expectation_is_no_figure(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(about == "Tesla" for about, _, _, _ in figure_facts(_run(extractor, text, lang)))


@pytest.mark.parametrize(("text", "lang"), [
    ("Tesla rechnet damit, seinen Umsatz um 10 Prozent zu steigern.", "de"),
    ("Tesla expects revenue to grow 10%.", "en"),
])
def test_own_expectation_kept(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Tesla", "RevenueGrowth", Decimal(10), "Percent") in figure_facts(_run(extractor, text, lang))


def test_a_modal_is_no_expectation_of_another(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "Novartis will pay Roche $150 million upfront.", "en"))
    assert any(about == "Roche" and value == 150_000_000 for about, _, value, _ in facts)


def test_house_expectation_keeps_its_estimator(extractor: Extractor) -> None:
    x = _run(extractor, "Die UBS rechnet damit, dass Tesla seinen Umsatz um 10 Prozent steigert.", "de")
    assert any(f.about == "Tesla" and f.estimated_by == "UBS" for f in x.figures)


@pytest.mark.parametrize("text", [
    "Nintendo raised its Switch 2 forecast to 23 million units.",
    "Nintendo raised its sales forecast for the Switch 2 and now expects to sell 23 million units.",
])
def test_units_of_a_product_are_its_makers(extractor: Extractor, text: str) -> None:
    facts = figure_facts(_run(extractor, text, "en"))
    assert ("Nintendo", "Other", Decimal(23_000_000), "Count") in facts
    assert not any(about == "Nintendo Switch 2" for about, _, _, _ in facts)


def test_units_told_of_the_product_stay_the_products(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "The PlayStation 5 has sold more than 85 million units.", "en"))
    assert ("PlayStation 5", "Other", Decimal(85_000_000), "Count") in facts


# --- a gapped list of holders -----------------------------------------------------------------------

def test_gapped_holders_are_no_objects(extractor: Extractor) -> None:
    found = triples(_run(extractor, "BlackRock holds 7% of Apple, Vanguard 8% and State Street 4%.", "en"))
    assert ("BlackRock", "investsIn", "Apple") in found
    assert not any(s == "BlackRock" and o in ("Vanguard", "State Street") for s, _, o in found)


@pytest.mark.parametrize(("text", "objects"), [
    ("BlackRock holds 7% of Apple and Microsoft.", {"Apple", "Microsoft"}),
    ("BlackRock holds stakes in Apple, Microsoft and Nvidia.", {"Apple", "Microsoft", "Nvidia"}),
])
def test_listed_objects_kept(extractor: Extractor, text: str, objects: set[str]) -> None:
    found = triples(_run(extractor, text, "en"))
    assert {("BlackRock", "investsIn", o) for o in objects} <= found
