"""Readings that went astray on names joined in lists, compounds and clauses, and their look-alikes.

A long list of names before a figure is walked once, not once per subset of it; a compound
whose first word is itself a catalogued name names that company, not a longer name the
article opened with it; a clause of paying after a comma has one payer or none; a seat's
inhabitants as a noun opening a sentence name the company; an article and
the name of a trade open no reference to a firm whose name ends in that word. Sentences
written for the test (real company names, invented facts).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers
import pytest

import kg.nlp.attribution as attribution
from kg.nlp.extract import Extractor
from kg.nlp.references import _trade_noun

_INDEX = ["Siemens", "BASF", "Bayer", "Allianz", "Adidas", "Puma", "Infineon", "Porsche", "Volkswagen",
          "BMW", "Zalando", "Henkel", "Merck", "Lufthansa", "Fresenius", "Beiersdorf", "Symrise",
          "Continental", "Covestro", "Rheinmetall", "Deutsche Telekom", "Heidelberg Materials", "Daimler Truck",
          "Hannover Rück", "Vonovia"]


def test_a_list_of_25_names_is_walked_once(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    check = attribution.is_figure_object

    def counted(*args: object) -> bool:
        calls[0] += 1
        return check(*args)  # type: ignore[arg-type]
    monkeypatch.setattr(attribution, "is_figure_object", counted)
    body = ", ".join(_INDEX) + " all rose on Tuesday, and Kering said revenue rose 5% to €2bn."
    x = helpers.run(extractor, body, "en", headline="Market report")
    # a walk back that branches on every earlier name makes millions of calls for 25 names
    assert calls[0] < 5000
    assert ("Kering", "Revenue", Decimal("2000000000"), "EUR") in helpers.figure_facts(x)


def test_owner_of_listed_brands_is_still_no_brand(extractor: Extractor) -> None:
    # the look-alike the walk was made for: brands listed after "owner of" own no figure
    x = helpers.run(extractor, "Kering, the owner of Gucci, Saint Laurent and Balenciaga, said revenue "
                    "rose 5% to €2bn.", "en", headline="Market report")
    assert {about for about, *_ in helpers.figure_facts(x)} <= {"Kering"}


def test_compound_of_a_catalogued_name_is_that_company(extractor: Extractor) -> None:
    body = ("Siemens Energy hat einen Großauftrag erhalten. Siemens-Chef und Aufsichtsratsmitglied "
            "Roland Busch lobte den Auftrag.")
    assert helpers.employers(extractor, body, "de") == {("Roland Busch", "Siemens")}


def test_compound_of_an_uncatalogued_word_is_the_longer_name(extractor: Extractor) -> None:
    # look-alike: "Helixon" is no name of its own, so it stands for the firm named in full
    body = ("Helixon Therapeutics hat eine Finanzierung erhalten. Helixon-Gründer und Vorstandschef "
            "Jan Berg lobte die Runde.")
    assert helpers.employers(extractor, body, "de") == {("Jan Berg", "Helixon Therapeutics")}


def _investments(extractor: Extractor, body: str) -> set[str]:
    x = helpers.run(extractor, body, "en", headline="Market report")
    return {about for about, metric, *_ in helpers.figure_facts(x) if metric == "Investment"}


def test_reporter_of_a_partners_spending_does_not_pay(extractor: Extractor) -> None:
    body = ("BASF said on Tuesday its partner Siemens would triple capacity for gases it ships to "
            "TSMC and Samsung, spending $2 billion through 2028.")
    assert _investments(extractor, body) == {"Siemens"}


def test_reporter_of_its_own_spending_pays(extractor: Extractor) -> None:
    # look-alike: "said it would": the one subject pays
    body = ("BASF said on Tuesday it would triple capacity for gases it ships to TSMC and Samsung, "
            "spending $2 billion through 2028.")
    assert _investments(extractor, body) == {"BASF"}


def test_two_subjects_of_a_paying_clause_pay_nothing_alone(extractor: Extractor) -> None:
    body = "BASF and Siemens will build a plant for gases they ship to TSMC, spending $2 billion through 2028."
    assert _investments(extractor, body) == set()


def _counts(extractor: Extractor, body: str) -> set[tuple[str, Decimal | None]]:
    x = helpers.run(extractor, body, "de", headline="Absatzbericht")
    return {(about, value) for about, _, value, unit in helpers.figure_facts(x) if unit == "Count"}


def test_seat_inhabitants_inside_the_sentence_keep_the_seat(extractor: Extractor) -> None:
    # the phrase inside a sentence keeps its city, which tells the company's seat
    body = ("Volkswagen hat die Zahlen vorgelegt. Konkurrent BMW legt am Freitag nach. Im dritten "
            "Quartal lieferten die Wolfsburger rund 2,2 Millionen Fahrzeuge aus.")
    assert ("Volkswagen", "locatedIn", "Wolfsburg") in _triples(extractor, body, "de")


def test_seat_inhabitants_opening_the_sentence_are_the_company(extractor: Extractor) -> None:
    body = ("Volkswagen hat die Zahlen vorgelegt. Konkurrent BMW legt am Freitag nach. Die Wolfsburger "
            "lieferten 2,2 Millionen Fahrzeuge aus.")
    assert _counts(extractor, body) == {("Volkswagen", Decimal("2200000"))}


def test_seat_inhabitants_of_no_named_company_name_none(extractor: Extractor) -> None:
    # look-alike: no company named before sits in the city, so the phrase names no company
    body = ("BMW hat die Zahlen vorgelegt. Konkurrent Mercedes-Benz legt am Freitag nach. Im dritten "
            "Quartal kauften die Wolfsburger rund 2,2 Millionen Fahrzeuge.")
    assert not {about for about, _ in _counts(extractor, body)} & {"Volkswagen", "BMW"}


@pytest.mark.parametrize(("word", "trade"), [
    ("Maschinenbau", True),   # the stem of "Maschinenbauer"
    ("Konzern", True),        # a company head noun
    ("Logistik", True),       # an industry word
    ("Kristallwerk", False),  # the last word of a firm's name, no trade of the lexicon
    ("Weberei", False),
])
def test_trade_nouns(word: str, trade: bool) -> None:
    assert _trade_noun("de", word) is trade


def test_name_head_of_a_firm_is_still_the_firm(extractor: Extractor) -> None:
    body = ("Die Lausitzer Kristallwerk GmbH hat einen Auftrag erhalten. Konkurrent BASF legt nach. "
            "Das Kristallwerk beschäftigt 340 Mitarbeiter.")
    x = helpers.run(extractor, body, "de", headline="Branchenbericht")
    assert ("Lausitzer Kristallwerk", Decimal("340")) in helpers.metric_facts(x, "Employees")


def _triples(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str, str]]:
    x = helpers.run_in(extractor, body, lang)
    return {(r.subject, r.predicate, r.object) for r in x.relations}


def test_a_date_set_off_before_the_subject_is_no_unknown_name(extractor: Extractor) -> None:
    body = "On Tuesday, chipmaker Nvidia, which counts Microsoft among its customers, partnered with Foxconn on robots."
    assert ("Nvidia", "partnerOf", "Foxconn") in _triples(extractor, body, "en")


def test_a_date_set_off_before_the_subject_is_no_unknown_name_de(extractor: Extractor) -> None:
    body = "Am Dienstag, kurz vor der Messe, kaufte Continental, ein Partner von Nvidia, den Zulieferer Hella."
    assert not any(s == "Nvidia" for s, _, _ in _triples(extractor, body, "de"))


def test_an_unknown_name_set_off_by_a_phrase_acts(extractor: Extractor) -> None:
    # look-alike: a capitalised name no mention covers opens the sentence; the phrase after it
    # describes it, so the name inside the phrase does not act
    body = "Zorvatec, a partner of Nvidia, partnered with Foxconn on robots."
    assert not any(s == "Nvidia" for s, _, _ in _triples(extractor, body, "en"))


def _suppliers(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(extractor, body, lang) if p == "supplierOf"}


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Zu den Kunden von Bosch zählen BMW, Audi, außerdem Porsche."),
    ("de", "Bosch beliefert BMW, Audi, insbesondere Porsche mit Steuergeräten."),
    ("en", "Bosch supplies BMW, Audi, notably Porsche with control units."),
])
def test_a_list_goes_on_past_an_adverb(extractor: Extractor, lang: str, body: str) -> None:
    assert _suppliers(extractor, body, lang) == {("Bosch", "BMW"), ("Bosch", "Audi"), ("Bosch", "Porsche")}


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Continental, ein Lieferant von BMW und Audi, kaufte Hella."),
    ("en", "Continental, a supplier to BMW and Audi, bought Hella."),
])
def test_a_list_set_off_by_commas_ends_before_the_verb(extractor: Extractor, lang: str, body: str) -> None:
    # look-alike: the list stands in a phrase set off after the subject; the name after the
    # verb is its object, no further item
    assert not any(o == "Hella" for _, o in _suppliers(extractor, body, lang))


@pytest.mark.parametrize(("body", "published", "period"), [
    # annual results come out months after the year's end: in July, the year just ended
    ("Vodafone said pre-tax profit rose 5% to £2.1bn in the year to March.", date(2026, 7, 20), "FY2026"),
    ("Vodafone said pre-tax profit rose 5% to £2.1bn in the year to March.", date(2026, 5, 12), "FY2026"),
    # look-alike: more than half a year on, the year to March is the one under way
    ("Vodafone expects pre-tax profit of £2.1bn for the year to March.", date(2026, 11, 3), "FY2027"),
])
def test_year_to_a_month_reported_within_half_a_year(extractor: Extractor, body: str, published: date,
                                                     period: str) -> None:
    x = helpers.run(extractor, body, "en", headline="Vodafone results", published=published)
    assert helpers.period_of(x, "Profit", "2100000000") == period
