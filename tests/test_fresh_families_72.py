"""Families of construction that hold in any article, on sentences written for these tests
(invented companies and figures beside catalogued groups and model families): a company
introduced by its seat's compound or a country's adjective and up to two words of its trade
before its noun, one of them an acronym ("Chinese AI startup X", "Shanghai-based artificial
intelligence startup X"); a net profit in a sentence that names no company, after a sentence
about a unit, is the group's (a division reports no profit after tax and interest), while the
unit's operating profit there stays the unit's; a later version written onto a catalogued
versioned model's name ("Ernie 5.7" where the catalogue knows "Ernie 5", "Kimi K2.7" where it
knows "Kimi K2") names that version, not nothing; a version joined to a model family's name
carries the tier the catalogue joins by a hyphen to the family's versions ("Qwen3.7-Max" where
it knows "Qwen3-Max"), not another word ("Qwen3.7-Modell"). Each with a look-alike that must
keep its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- a company after its seat or country and two words of its trade ---------------------

def test_seat_compound_and_two_trade_words_introduce_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Shanghai-based artificial intelligence startup Zorvani AI said on Monday "
            "that revenue rose 12% to $40 million.", lang="en", headline="Startup results")
    assert kinds(x).get("Zorvani AI") == "Company"
    assert ("Zorvani AI", "locatedIn", "Shanghai") in triples(x)
    assert ("Zorvani AI", Decimal("40000000")) in metric_facts(x, "Revenue")


def test_country_adjective_and_trade_acronym_introduce_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Chinese AI startup Zorvani AI on Tuesday released a reasoning model, "
            "and its revenue rose 30% to $25 million.", lang="en", headline="Model launch")
    assert kinds(x).get("Zorvani AI") == "Company"
    assert ("Zorvani AI", Decimal("25000000")) in metric_facts(x, "Revenue")


def test_person_after_seat_compound_and_trade_words_is_no_company(extractor: Extractor) -> None:
    """Look-alike: an analyst's post after the trade words names a person, not a firm."""
    x = run(extractor, "Hong Kong-based AI analyst Mei Lin said the sector was overheating.",
            lang="en", headline="Market view")
    assert kinds(x).get("Mei Lin") != "Company"


# --- a net profit after a unit's sentence -------------------------------------------------

_UNIT_BEFORE = ("Der Konzernumsatz von Baidu sank im dritten Quartal um 3 Prozent auf 31,4 Milliarden "
                "Yuan. Dagegen legte die Cloud-Sparte Baidu AI Cloud um 18 Prozent auf 5,7 Milliarden "
                "Yuan zu. ")


def test_net_profit_after_a_units_sentence_is_the_groups(extractor: Extractor) -> None:
    x = run(extractor, _UNIT_BEFORE + "Der bereinigte Nettogewinn fiel auf 4,8 Milliarden Yuan.",
            headline="Baidu: Zahlen")
    assert ("Baidu", Decimal("4800000000")) in metric_facts(x, "Profit")
    assert ("Baidu AI Cloud", Decimal("4800000000")) not in metric_facts(x, "Profit")


def test_net_income_after_a_units_sentence_is_the_groups_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Baidu's revenue fell 3% to 31.4 billion yuan in the third quarter. Its cloud "
            "unit, Baidu AI Cloud, grew 18% to 5.7 billion yuan. Adjusted net income fell to 4.8 "
            "billion yuan.", lang="en", headline="Baidu results")
    assert ("Baidu", Decimal("4800000000")) in metric_facts(x, "Profit")
    assert ("Baidu AI Cloud", Decimal("4800000000")) not in metric_facts(x, "Profit")


def test_operating_profit_after_a_units_sentence_stays_the_units(extractor: Extractor) -> None:
    """Look-alike: the unit's operating result, which a division does report, stays the unit's."""
    x = run(extractor, "Der Konzernumsatz von Baidu sank um 3 Prozent auf 31,4 Milliarden Yuan. Der "
            "Umsatz der Cloud-Sparte Baidu AI Cloud stieg um 18 Prozent auf 5,7 Milliarden Yuan. Das "
            "operative Ergebnis der Sparte stieg auf 0,8 Milliarden Yuan.", headline="Baidu: Zahlen")
    assert ("Baidu AI Cloud", Decimal("800000000")) in metric_facts(x, "Profit")


# --- a later version of a catalogued versioned model --------------------------------------

def test_decimal_after_a_catalogued_version_names_a_later_version(extractor: Extractor) -> None:
    x = run(extractor, "Baidus neues Sprachmodell Ernie 5.7 soll es mit GPT-5 aufnehmen.",
            headline="Baidu: Neues Modell")
    assert kinds(x).get("Ernie 5.7") == "AIModel"
    assert ("Baidu", "develops", "Ernie 5.7") in triples(x)
    assert "Ernie 5" not in kinds(x)


def test_decimal_after_a_lettered_catalogued_version_names_a_later_version(extractor: Extractor) -> None:
    x = run(extractor, "Moonshot AI released Kimi K2.7 on Monday.", lang="en", headline="Model launch")
    assert kinds(x).get("Kimi K2.7") == "AIModel"
    assert ("Moonshot AI", "develops", "Kimi K2.7") in triples(x)


def test_catalogued_later_version_keeps_its_catalogued_name(extractor: Extractor) -> None:
    """Look-alike: a later version the catalogue lists under its model stays that model."""
    x = run(extractor, "Meta released Llama 3.1 in July.", lang="en", headline="Model launch")
    assert kinds(x).get("Llama 3") == "AIModel"
    assert "Llama 3.1" not in kinds(x)


def test_amount_after_a_catalogued_version_names_no_later_version(extractor: Extractor) -> None:
    """Look-alike: a percent word after the decimal makes it an amount, no version."""
    x = run(extractor, "Beim Modell Ernie 5,7 Prozent mehr Anfragen meldete Baidu.",
            headline="Baidu: Modelle")
    assert "Ernie 5.7" not in kinds(x)
    assert "Ernie 5,7" not in kinds(x)


# --- a tier joined to a new version by a hyphen -------------------------------------------

def test_catalogued_hyphen_tier_is_a_word_of_the_new_version(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba released Qwen3.7-Max last week, and Zeekr will use Qwen3.7-Max in "
            "its cars.", lang="en", headline="Alibaba model")
    assert kinds(x).get("Qwen3.7-Max") == "AIModel"
    assert "Qwen3.7" not in kinds(x)
    assert ("Alibaba Group", "develops", "Qwen3.7-Max") in triples(x)


def test_other_word_after_the_hyphen_is_no_word_of_the_version(extractor: Extractor) -> None:
    """Look-alike: a German compound's noun after the hyphen is no tier of the model."""
    x = run(extractor, "Alibaba stellte das Qwen3.7-Modell am Dienstag vor.", headline="Alibaba: Modell")
    assert kinds(x).get("Qwen3.7") == "AIModel"
    assert "Qwen3.7-Modell" not in kinds(x)


# --- a model measured against others in German ------------------------------------------

def test_model_taking_on_others_is_their_rival(extractor: Extractor) -> None:
    x = run(extractor, "Das neue Modell Ernie 5.7 soll es laut Baidu mit GPT-5 und Gemini 3 Pro "
            "aufnehmen können.", headline="Baidu: Neues Modell")
    assert ("Ernie 5.7", "competitorOf", "GPT-5") in triples(x)
    assert ("Ernie 5.7", "competitorOf", "Gemini 3 Pro") in triples(x)


def test_model_scoring_better_than_others_is_their_rival(extractor: Extractor) -> None:
    x = run(extractor, "Das Modell Llama 7 schneidet in Mathematiktests besser ab als GPT-5 und "
            "Qwen3 von Alibaba.", headline="Meta: Neues Modell")
    assert ("Llama 7", "competitorOf", "GPT-5") in triples(x)
    assert ("Llama 7", "competitorOf", "Qwen3") in triples(x)


def test_company_scoring_better_is_no_model_rivalry(extractor: Extractor) -> None:
    """Look-alike: a company's results measured against a model's maker relate no models, and
    the maker of a model named after "mit" is no rival of the company taking it on."""
    x = run(extractor, "Mit neuen Chips will es Infineon mit Nvidia aufnehmen, dessen Modell "
            "Nemotron 5 gefragt ist.", headline="Infineon: Chips")
    assert not any(p == "competitorOf" and "Nemotron 5" in (s, o) for s, p, o in triples(x))


# --- rivals given as examples of a field ----------------------------------------------------

def test_examples_of_a_field_competed_with_are_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Baidu competes with a crowded field of Chinese model makers, including "
            "DeepSeek, Moonshot AI and MiniMax.", lang="en", headline="Model race")
    for rival in ("DeepSeek", "Moonshot AI", "MiniMax"):
        assert ("Baidu", "competitorOf", rival) in triples(x) \
            or (rival, "competitorOf", "Baidu") in triples(x)


def test_examples_after_what_is_competed_for_are_no_rivals(extractor: Extractor) -> None:
    """Look-alike: after a rival and what the two compete for, the examples are customers."""
    x = run(extractor, "Baidu competes with Alibaba for customers, including Geely and BYD.",
            lang="en", headline="Model race")
    assert not any(p == "competitorOf" and {"Geely", "BYD"} & {s, o} for s, p, o in triples(x))
